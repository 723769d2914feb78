"""Speaker identity (quotebook/store/identity.py): name keys, finding a speaker, merge and rename."""
import pytest
from conftest import quote, record, write

from quotebook.store import AmbiguousSpeaker, NoSuchSpeaker, StoreError, speaker_key


@pytest.mark.parametrize(
    "name", ["Ma’ruf Amin", "Ma'ruf Amin", "KH Ma'ruf Amin", "K.H. Ma'ruf Amin", "MA'RUF AMIN", "Maruf Amin", "Prof. Dr. Ma'ruf Amin, M.A."]
)
def test_spellings_of_one_name_share_a_key(name):
    assert speaker_key(name) == "maruf amin"


def test_people_who_share_a_first_name_keep_apart():
    assert speaker_key("Budi Santoso") != speaker_key("Budi Hartono")
    assert speaker_key("Budi") != speaker_key("Budi Santoso")


def test_keys_ignore_accents_and_initial_dots_but_keep_a_lone_honorific_word():
    assert speaker_key("Teguh P. Nugroho") == speaker_key("Teguh P Nugroho") == "teguh p nugroho"
    assert speaker_key("José Ramos-Horta") == "jose ramos horta"
    assert speaker_key("Gus") == "gus"



def test_speaker_lookup_exact_partial_ambiguous_and_missing(filled):
    assert [q["quote"] for q in filled.quotes(speaker="HARTONO")] == ["Harga cabai naik lagi"]
    assert [q["quote"] for q in filled.quotes(speaker="ma'ruf")] == ["Pekerja rentan harus terlindungi"]
    with pytest.raises(AmbiguousSpeaker) as ambiguous:
        filled.quotes(speaker="budi")
    assert sorted(m["name"] for m in ambiguous.value.matches) == ["Budi Hartono", "Budi Santoso"]
    with pytest.raises(NoSuchSpeaker):
        filled.quotes(speaker="Joko Widodo")
    with pytest.raises(NoSuchSpeaker):
        filled.quotes(speaker="'; DROP TABLE quotes; --")



def test_merge_and_rename_survive_reingesting(store):
    write(
        store,
        (record("a", "a", date="2020-01-01"), [quote("Satu", "Joko Widodo", "Presiden")]),
        (record("b", "b", date="2020-02-01"), [quote("Dua", "Jokowi")]),
    )
    kept, merged = store.merge("Joko Widodo", "jokowi")
    assert (kept["name"], kept["quote_count"], merged["name"]) == ("Joko Widodo", 2, "Jokowi")
    assert store.rename("joko widodo", "Ir. H. Joko Widodo")["name"] == "Ir. H. Joko Widodo"
    # The article that said Jokowi comes back with changed text: still the same person.
    assert write(store, (record("b", "b, diperbarui", date="2020-02-01"), [quote("Dua lagi", "Jokowi")])) == ["replaced"]
    assert write(store, (record("c", "c"), [quote("Tiga", "Joko Widodo")])) == ["new"]
    (speaker,) = store.speakers()
    assert (speaker["name"], speaker["quotes"]) == ("Ir. H. Joko Widodo", 3)
    assert [c["action"] for c in store.db["corrections"].rows] == ["merge", "rename"]


def test_a_corrected_speaker_outlives_its_quotes(store):
    write(store, (record("a", "a"), [quote("Satu", "Jokowi")]))
    store.rename("Jokowi", "Joko Widodo")
    write(store, (record("a", "a2"), [quote("Satu", "Ida Fauziyah")]))
    write(store, (record("a", "a3"), [quote("Satu", "Jokowi")]))
    assert [s["name"] for s in store.speakers()] == ["Joko Widodo"]


def test_correction_mistakes_are_refused(store):
    write(store, (record("a", "a"), [quote("Satu", "Joko Widodo"), quote("Dua", "Ida Fauziyah")]))
    with pytest.raises(StoreError, match="already one speaker"):
        store.merge("Joko Widodo", "joko widodo")
    with pytest.raises(StoreError, match="quotebook merge"):
        store.rename("Joko Widodo", "Ida Fauziyah")
    with pytest.raises(NoSuchSpeaker):
        store.rename("Nobody Here", "Someone")
    assert [s["name"] for s in store.speakers()] == ["Ida Fauziyah", "Joko Widodo"]
