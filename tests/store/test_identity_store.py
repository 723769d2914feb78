"""One person, one speaker: the identity rules applied by the store, on a database of invented articles."""
import json

import pytest
from conftest import quote, record, write

from quotebook.store import AmbiguousSpeaker, NoSuchSpeaker, StoreError


def names(store):
    return sorted((s["name"], s["quotes"]) for s in store.speakers())


def article(article_id, text, *quotes, **fields):
    return record(article_id, text, **fields), list(quotes)


# -- roles never stay in a stored name -----------------------------------------


def test_a_role_abbreviation_goes_to_the_title_and_the_name_joins_its_person(store):
    write(
        store,
        article("a", "Menteri Sosial Tri Rismaharini meninjau dapur umum.",
                quote("Kami kirim bantuan hari ini", "Tri Rismaharini", "Menteri Sosial")),
        article("b", "Mensos Tri Rismaharini datang ke Sleman.", quote("Semua harus dapat", "Mensos Tri Rismaharini")),
    )
    assert names(store) == [("Tri Rismaharini", 2)]
    assert {q["title"] for q in store.quotes()} == {"Menteri Sosial", "Mensos"}


def test_a_role_alone_is_no_speaker(store):
    write(store, article("a", "Kapolda Metro Jaya meminta warga tenang.", quote("Tetap tenang", "Kapolda Metro Jaya")))
    assert names(store) == []
    (row,) = store.quotes()
    assert (row["speaker"], row["title"]) == (None, "Kapolda Metro Jaya")


# -- short forms join full names only with evidence ----------------------------


def test_a_nickname_with_the_same_office_joins_in_either_order(store):
    write(store, article("a", "Risma berkata.", quote("Ayo pakai masker", "Mensos Risma")))
    write(store, article("b", "Tri berkata.", quote("Bantuan sudah cair", "Tri Rismaharini", "Menteri Sosial")))
    assert names(store) == [("Tri Rismaharini", 2)]
    (joined,) = store.profile("Tri Rismaharini")["joined"]
    assert joined["name"] == "Risma"
    assert joined["evidence"] == "a shortened name word; both Mensos"


def test_an_alias_stated_in_one_article_joins_the_short_form_of_another(store):
    write(
        store,
        article("a", "Presiden Joko Widodo (Jokowi) meresmikan bendungan di Kupang.",
                quote("Bendungan ini untuk petani", "Joko Widodo", "Presiden")),
        article("b", "Jokowi menjawab wartawan.", quote("Saya tidak tahu", "Jokowi")),  # no title: the link is the evidence
    )
    assert names(store) == [("Joko Widodo", 2)]
    (link,) = store.db["speaker_links"].rows
    assert (link["article_id"], link["alias"], link["context"]) == ("a", "Jokowi", "Joko Widodo (Jokowi)")
    (joined,) = store.profile("jokowi")["joined"]
    assert joined["evidence"] == 'stated in article a: "Joko Widodo (Jokowi)"'


def test_a_nickname_inside_the_name_links_it(store):
    write(
        store,
        article("a", "Calon wali kota Munafri 'Appi' Arifuddin berkampanye.",
                quote("Kita bangun kota ini", "Munafri Arifuddin", "calon wali kota")),
        article("b", "Appi berkata.", quote("Terima kasih warga", "Appi")),
    )
    assert names(store) == [("Munafri Arifuddin", 2)]


def test_the_name_words_in_order_join(store):
    write(
        store,
        article("a", "a", quote("Defisit terjaga", "Sri Mulyani Indrawati", "Menteri Keuangan")),
        article("b", "b", quote("Pajak naik", "Sri Mulyani", "Menkeu")),
    )
    assert names(store) == [("Sri Mulyani Indrawati", 2)]


def test_a_parking_attendant_budi_stays_apart_from_the_minister(store):
    write(
        store,
        article("a", "a", quote("Vaksin sudah tiba", "Budi Gunadi Sadikin", "Menteri Kesehatan")),
        article("b", "b", quote("Parkir penuh sejak pagi", "Budi", "juru parkir di Pasar Minggu")),
        article("c", "c", quote("Sepi hari ini", "Budi")),
    )
    assert names(store) == [("Budi", 2), ("Budi Gunadi Sadikin", 1)]


def test_joko_santoso_stays_apart_from_joko_widodo(store):
    write(
        store,
        article("a", "a", quote("Ekonomi tumbuh", "Joko Widodo", "Presiden")),
        article("b", "b", quote("Harga cabai naik", "Joko Santoso", "pedagang")),
        article("c", "c", quote("Saya sudah lama jualan", "Joko", "pedagang")),
    )
    assert names(store) == [("Joko", 1), ("Joko Santoso", 1), ("Joko Widodo", 1)]


def test_two_traders_yanto_in_different_towns_are_two_speakers(store):
    write(
        store,
        article("a", "a", quote("Sayur mahal", "Yanto", "pedagang sayur di Pasar Kliwon Kudus")),
        article("b", "b", quote("Ikan langka", "Yanto", "pedagang ikan di Pasar Baru Bogor")),
        article("c", "c", quote("Pembeli sepi", "Yanto", "pedagang di Kudus")),
    )
    assert names(store) == [("Yanto", 1), ("Yanto", 2)]
    with pytest.raises(AmbiguousSpeaker):
        store.find_speaker("Yanto")


def test_a_one_word_name_is_told_apart_by_the_titles_of_earlier_batches_and_of_its_own(store):
    write(store, article("a", "a", quote("Sayur mahal", "Yanto", "pedagang sayur di Kudus")))
    write(
        store,
        article("b", "b", quote("Ikan langka", "Yanto", "pedagang ikan di Bogor")),  # the Kudus one's title, counted
        article("c", "c", quote("Pembeli sepi", "Yanto", "pedagang ikan di Pasar Bogor")),  # b's, not counted yet
    )
    assert names(store) == [("Yanto", 1), ("Yanto", 2)]


def test_a_replaced_article_is_told_apart_by_the_titles_its_speaker_has_left(store):
    """Article a changes its Yanto into a fishmonger of Bogor: the Kudus greengrocer's only
    quote is gone with the old text, so nothing tells the two apart and the speaker stays."""
    write(
        store,
        article("a", "a", quote("Sayur mahal", "Yanto", "pedagang sayur di Kudus")),
        article("b", "b", quote("Ikan langka", "Yanto", "pedagang ikan di Bogor")),
    )
    speaker_of = lambda article_id: store.conn.execute(  # noqa: E731
        "SELECT speaker_id FROM quotes WHERE article_id = ?", [article_id]).fetchone()[0]
    first = speaker_of("a")
    write(store, article("a", "a, diperbaiki", quote("Ikan mahal", "Yanto", "pedagang ikan di Bogor")))
    assert speaker_of("a") == first != speaker_of("b")


def test_a_short_form_two_full_names_could_mean_joins_neither(store):
    write(
        store,
        article("a", "a", quote("Satu", "Ahmad Fauzi Hasan", "Ketua DPRD")),
        article("b", "b", quote("Dua", "Ahmad Fauzi Rahman", "Ketua DPRD")),
        article("c", "c", quote("Tiga", "Ahmad Fauzi", "Ketua DPRD")),
    )
    assert len(names(store)) == 3


# -- the same statement from several outlets -----------------------------------


def test_the_same_quote_from_two_outlets_counts_once_and_groups_with_its_outlets(store):
    said = "Stok beras aman sampai Lebaran"
    write(
        store,
        article("a", "ANTARA", quote(said, "Arief Prasetyo Adi", "Kepala Badan Pangan Nasional"), outlet="ANTARA"),
        article("b", "Koran", quote(said.upper() + ".", "Arief Prasetyo Adi"), outlet="Radar Bogor"),
        article("c", "Lain", quote("Harga turun", "Arief Prasetyo Adi"), outlet="ANTARA"),
    )
    assert names(store) == [("Arief Prasetyo Adi", 2)]
    grouped = list(store.quotes(group=True))
    assert sorted((g["copies"], g["outlets"]) for g in grouped) == [(1, "ANTARA"), (2, "ANTARA; Radar Bogor")]


# -- titles ------------------------------------------------------------------


def test_latest_title_is_the_fullest_recent_one_and_never_noise(store):
    write(
        store,
        article("a", "a", quote("Satu", "Mahfud MD", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"), date="2021-01-01"),
        article("b", "b", quote("Dua", "Mahfud MD", "Keamanan"), date="2021-02-01"),
        article("c", "c", quote("Tiga", "Mahfud MD", "Menteri Koordinator"), date="2021-03-01"),
    )
    (speaker,) = store.speakers()
    assert speaker["latest_title"] == "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"


# -- asking for a speaker ----------------------------------------------------------


def test_an_alias_wins_a_dominant_match_is_taken_with_a_note_and_a_miss_gets_the_closest(store):
    write(
        store,
        article("a", "a", *[quote(f"Kalimat {n}", "Anies Baswedan", "Gubernur DKI Jakarta") for n in range(6)]),
        article("b", "b", quote("Satu", "Anies Matta", "Ketua Partai Gelora")),
    )
    assert store.find_speaker("anies baswedan")["name"] == "Anies Baswedan"
    with pytest.raises(AmbiguousSpeaker):
        store.find_speaker("anies")
    assert store.find_speaker("anies", dominant=True)["name"] == "Anies Baswedan"
    assert store.notes == ['"anies" is taken as Anies Baswedan (6 quotes); it also matches Anies Matta (1)']
    with pytest.raises(NoSuchSpeaker, match=r"the closest: Anies Baswedan \(6\)"):
        store.find_speaker("Anis Baswedan")


# -- corrections: unmerge and undo -----------------------------------------------


def test_unmerge_takes_a_join_apart_for_good(store):
    write(
        store,
        article("a", "a", quote("Satu", "Sri Mulyani Indrawati", "Menteri Keuangan")),
        article("b", "b", quote("Dua", "Sri Mulyani", "Menteri Keuangan")),
    )
    left, again = store.unmerge("Sri Mulyani")
    assert (left["quote_count"], again["name"], again["quote_count"]) == (1, "Sri Mulyani", 1)
    assert store.profile("Sri Mulyani Indrawati")["joined"] == []
    # A new article of the short form stays with it, and the rules do not join it again.
    write(store, article("c", "c", quote("Tiga", "Sri Mulyani", "Menteri Keuangan")))
    assert names(store) == [("Sri Mulyani", 2), ("Sri Mulyani Indrawati", 1)]
    assert "Undid the unmerge" in store.undo()
    assert names(store) == [("Sri Mulyani Indrawati", 3)]


def test_undo_takes_back_a_merge_then_a_rename(store):
    write(
        store,
        article("a", "a", quote("Satu", "Rahmat Hidayat", "Ketua RT 05")),
        article("b", "b", quote("Dua", "Rachmat Hidayat", "Ketua RT 05")),
    )
    assert [(s["name"], s["other"], s["command"]) for s in store.suggestions()] == [
        ("Rahmat Hidayat", "Rachmat Hidayat", 'quotebook merge "Rahmat Hidayat" "Rachmat Hidayat"')
    ]
    store.merge("Rahmat Hidayat", "Rachmat Hidayat")
    store.rename("Rahmat Hidayat", "Rachmat Hidayat Saputra")
    assert names(store) == [("Rachmat Hidayat Saputra", 2)]
    assert store.undo() == "Undid the rename: Rachmat Hidayat Saputra is Rahmat Hidayat again."
    assert store.undo() == "Undid the merge of Rachmat Hidayat into Rahmat Hidayat: they are two speakers again."
    assert names(store) == [("Rachmat Hidayat", 1), ("Rahmat Hidayat", 1)]
    # The merge's alias went back with it: a new article of the other spelling finds its own speaker.
    write(store, article("c", "c", quote("Tiga", "Rachmat Hidayat")))
    assert names(store) == [("Rachmat Hidayat", 2), ("Rahmat Hidayat", 1)]
    with pytest.raises(StoreError, match="no correction to undo"):
        store.undo()


def test_corrections_record_what_undo_needs(store):
    write(store, article("a", "a", quote("Satu", "Ida Fauziyah", "Menteri Ketenagakerjaan")),
          article("b", "b", quote("Dua", "Ida Fauziah", "Menteri Ketenagakerjaan")))
    store.merge("Ida Fauziyah", "Ida Fauziah")
    (correction,) = store.db["corrections"].rows
    assert json.loads(correction["detail"])["keys"] == ["ida fauziah"]


def test_a_joined_speaker_whose_articles_change_away_goes_with_its_joins(store):
    write(
        store,
        article("a", "a", quote("Satu", "Sri Mulyani Indrawati", "Menteri Keuangan")),
        article("b", "b", quote("Dua", "Sri Mulyani", "Menteri Keuangan")),
    )
    write(
        store,
        article("a", "a2", quote("Satu", "Purbaya Yudhi Sadewa", "Menteri Keuangan")),
        article("b", "b2", quote("Dua", "Purbaya Yudhi Sadewa", "Menteri Keuangan")),
    )
    assert names(store) == [("Purbaya Yudhi Sadewa", 2)]
    assert list(store.db["speaker_joins"].rows) == []


def test_undoing_a_merge_after_the_merged_id_was_given_again(store):
    write(store, article("a", "a", quote("Satu", "Ida Fauziyah")), article("b", "b", quote("Dua", "Ida Fauziah")))
    store.merge("Ida Fauziyah", "Ida Fauziah")  # the last speaker's id is free again
    write(store, article("c", "c", quote("Tiga", "Yassierli", "Menteri Ketenagakerjaan")))
    store.undo()
    assert names(store) == [("Ida Fauziah", 1), ("Ida Fauziyah", 1), ("Yassierli", 1)]


def nested_merges(store):
    """Three people, one merged into a second and that one into the third."""
    write(store, article("a", "a", quote("Satu", "Budi Santoso", "Kepala Dinas Perhubungan"),
                         quote("Dua", "Agus Pohan"), quote("Tiga", "Sri Hartono", "warga")))
    store.merge("Budi Santoso", "Sri Hartono")
    store.merge("Agus Pohan", "Budi Santoso")
    assert names(store) == [("Agus Pohan", 3)]


def owners(store):
    """Each spelling with the name of the speaker it belongs to."""
    return dict(store.conn.execute(
        "SELECT a.name, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id").fetchall())


def test_unmerging_after_nested_merges_takes_only_the_spellings_still_there(store):
    nested_merges(store)
    store.unmerge("Sri Hartono")
    store.unmerge("Budi Santoso")  # its merge brought Sri Hartono too, who has left already
    assert names(store) == [("Agus Pohan", 1), ("Budi Santoso", 1), ("Sri Hartono", 1)]
    assert owners(store) == {"Agus Pohan": "Agus Pohan", "Budi Santoso": "Budi Santoso", "Sri Hartono": "Sri Hartono"}


def test_undoing_nested_merges_one_by_one_gives_three_people_again(store):
    nested_merges(store)
    store.undo()
    assert names(store) == [("Agus Pohan", 1), ("Budi Santoso", 2)]
    store.undo()  # logged on Agus Pohan, whom its spelling has left with Budi Santoso
    assert names(store) == [("Agus Pohan", 1), ("Budi Santoso", 1), ("Sri Hartono", 1)]
    assert owners(store) == {"Agus Pohan": "Agus Pohan", "Budi Santoso": "Budi Santoso", "Sri Hartono": "Sri Hartono"}
