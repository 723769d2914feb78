"""Token shapes (quotebook/extraction/tokens.py): which words can be part of a name.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import check_one


def test_a_capitalised_word_with_nya_is_never_part_of_a_name():
    from quotebook.extraction import parse_mention

    mention = parse_mention("Tujuannya Budiman Santoso")
    assert mention.name == ("Budiman", "Santoso")


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Ketua Tim Peneliti GeNose Kuwat Triyono mengatakan, alat itu akurat.\n"
            "Sebagian umat Muslim menilai aturan itu tidak adil.\n"
            '"Alat ini sudah diuji di banyak rumah sakit," ujarnya.\n'
        ),
        dict(speaker="Kuwat Triyono"),
        id="products_and_believers_are_not_speakers",
    ),
    pytest.param(
        (
            "Kepala Subdirektorat Industri Kayu dan Rotan Kemenperin Mediarman mengatakan, larangan ekspor tetap berlaku.\n"
            '"Larangan ekspor bahan baku akan tetap kami pertahankan," ujarnya.\n'
        ),
        dict(speaker="Mediarman", title_has=("Kepala Subdirektorat Industri Kayu dan Rotan Kemenperin",)),
        id="a_name_with_the_shape_of_a_verb_is_still_a_name",
    ),
    pytest.param(
        (
            "Ketua Umum Partai Sentosa Megarini Kusumadewi membuka kongres.\n"
            '"Kita harus bersatu," kata Megarini.\n'
        ),
        dict(speaker="Megarini Kusumadewi", title_has=("Ketua Umum Partai Sentosa",)),
        id="me_then_a_consonant_other_than_l_m_n_r_w_y_makes_no_verb",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


@pytest.mark.parametrize("word,is_name", [
    ("Permanasari", True), ("Permadi", True), ("Perbarui", False), ("Bergizi", False),
    # a tester's names shaped as me- verbs ending in -i; verbs the corpus writes in lower case
    ("Melani", True), ("Meilani", True), ("Melati", True), ("Melengkapi", False), ("Mengatasi", False), ("Mendekati", False),
])
def test_a_word_shaped_as_a_verb_in_i_is_a_verb_only_when_the_corpus_writes_it_in_lower_case(word, is_name):
    from quotebook.extraction.tokens import name_like

    assert name_like(word) is is_name


def test_a_surname_shaped_like_a_per_i_verb_ends_the_name_and_its_nickname_resolves():
    text = (
        "Bupati Sentosa Dyah Kartika Permanasari atau akrab disapa Mbak Tika, mengatakan tanggul harus dibangun.\n\n"
        '"Diperlukan tanggul laut," kata Mbak Tika.'
    )
    check_one(text, speaker="Dyah Kartika Permanasari", title="Bupati Sentosa")
