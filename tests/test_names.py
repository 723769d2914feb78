"""The rules of quotebook.names on their own: roles in names, short forms of a name."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotebook import lexicon
from quotebook.names import fold, phrases, short_form, split_role


# -- roles never stay in a name ----------------------------------------------


@pytest.mark.parametrize(
    "written, name, role",
    [
        ("Mensos Risma", "Risma", "Mensos"),
        ("Menkeu Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "Menkeu"),
        ("Presiden Joko Widodo", "Joko Widodo", "Presiden"),
        ("Wapres Ma'ruf Amin", "Ma'ruf Amin", "Wapres"),
        ("Gubernur Jawa Barat Ridwan Kamil", "Ridwan Kamil", "Gubernur Jawa Barat"),
        ("Kapolda Metro Jaya Irjen Fadil Imran", "Fadil Imran", "Kapolda Metro Jaya Irjen"),
        ("Kapolres Sleman AKBP Yuswanto Ardi", "Yuswanto Ardi", "Kapolres Sleman AKBP"),
        ("Wamenkeu Suahasil Nazara", "Suahasil Nazara", "Wamenkeu"),
        ("Jaksa Agung Burhanuddin", "Burhanuddin", "Jaksa Agung"),
        ("Menpan-RB Abdullah Azwar Anas", "Abdullah Azwar Anas", "Menpan-RB"),
        ("Wali Kota Surabaya Eri Cahyadi", "Eri Cahyadi", "Wali Kota Surabaya"),
        ("KH Ma'ruf Amin", "Ma'ruf Amin", "KH"),
        ("RI Joko Widodo", "Joko Widodo", "RI"),
    ],
)
def test_a_role_in_front_of_a_name_goes_to_the_role(written, name, role):
    assert split_role(written) == (name, role)


@pytest.mark.parametrize("written", ["Agung Laksono", "Kapau Fauziono", "Budi Gunadi Sadikin", "Wahyu Wibowo", "Kasim Arifin"])
def test_a_name_that_only_looks_like_a_role_is_kept_whole(written):
    assert split_role(written) == (written, "")


@pytest.mark.parametrize("written", ["Mensos", "Presiden", "Kapolda Metro Jaya", "Wakil Gubernur DKI Jakarta"])
def test_a_role_alone_is_no_name(written):
    assert split_role(written) == ("", written)


# -- short forms of a name ----------------------------------------------------


@pytest.mark.parametrize(
    "short, full, form",
    [
        ("sri mulyani", "sri mulyani indrawati", "the name words in order"),
        ("risma", "tri rismaharini", "a shortened name word"),
        ("jokowi", "joko widodo", "a nickname made of the name words"),
        ("bas", "bambang adi santoso", "the initials"),
        ("amin", "maruf amin", "one of the name words"),
        ("joko santoso", "joko widodo", None),
        ("mulyani sri", "sri mulyani indrawati", None),
        ("yanto", "yanto", None),
    ],
)
def test_short_forms(short, full, form):
    assert short_form(short, full) == form


# -- fold: ASCII text by one translate table, other text by Unicode rules -------


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_fold_of_ascii_text_splits_at_every_mark_and_joins_at_apostrophes(text):
    # The definition the ASCII table stands in for: apostrophes go, every other
    # character but a letter or digit splits, lower case.
    expected = re.sub(r"[\W_]+", " ", text.casefold().replace("'", "").replace("`", "")).split()
    assert fold(text) == expected


def test_fold_of_names_as_written():
    assert fold("KH Ma’ruf Amin, M.A.") == ["kh", "maruf", "amin", "m", "a"]
    assert fold("Ma'ruf  Amin") == ["maruf", "amin"]
    assert fold("Menpan-RB") == ["menpan", "rb"]
    assert fold("Sánchez_Ruiz") == ["sanchez", "ruiz"]


@pytest.mark.parametrize("name", ["offices", "honorifics", "ranks", "places", "titles", "role_abbreviations"])
def test_a_lexicon_folded_as_one_text_is_each_entry_folded(name):
    # (phrases folds a whole list in one pass: the same as folding each entry)
    assert phrases(name) == {words for e in lexicon.entries(name) if (words := tuple(fold(e)))}


# -- a body speaking keeps its whole name ---------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Badan Pusat Statistik",
        "PT Kereta Api Indonesia",
        "Direktorat Jenderal Pajak",
        "Angkatan Udara India",
        "Departemen Keamanan Dalam Negeri",
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "Al Muzzammil Yusuf",  # (the Arabic article of a name, not the navy's `AL`)
    ],
)
def test_a_body_or_a_name_with_a_particle_is_kept_whole(written):
    assert split_role(written) == (written, "")


@pytest.mark.parametrize(
    "written, name, role",
    [
        ("TNI AL Budi Santoso Wibowo", "Budi Santoso Wibowo", "TNI AL"),
        ("Kapolda Jatim Al Amin Nasution", "Al Amin Nasution", "Kapolda Jatim"),
        # a body before a person's name is the role, not a body speaking (a reviewer)
        ("Bank Indonesia Perry Warjiyo", "Perry Warjiyo", "Bank Indonesia"),
        ("Partai Gerindra Prabowo Subianto", "Prabowo Subianto", "Partai Gerindra"),
        ("Dewan Pengawas Budi Santoso", "Budi Santoso", "Dewan Pengawas"),
        ("Divisi Humas Polri Sandi Nugroho", "Sandi Nugroho", "Divisi Humas Polri"),
        ("Kepala Badan Pangan Nasional Arief Prasetyo Adi", "Arief Prasetyo Adi", "Kepala Badan Pangan Nasional"),
    ],
)
def test_a_role_naming_a_body_still_goes_to_the_role(written, name, role):
    assert split_role(written) == (name, role)
