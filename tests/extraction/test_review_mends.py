"""Rules of the thirteenth session mended after review: each misfired on an
ordinary sentence (quotebook/extraction: people, evidence, tokens, abstain,
context). Every text here was written for these tests."""
from __future__ import annotations

from quotebook.extraction import extract
from quotebook.extraction.people import CAPITALISED_LEAD

from .conftest import check_one

SRI = 'Menteri Keuangan Sri Wahyuni mengatakan anggaran cukup. "Kami siap," kata Sri.\n\n'


def speakers(text):
    return [q.speaker for q in extract(text)]


def test_words_in_capitals_before_a_shared_first_name_are_read_one_way():
    # `KCP SENTOSA` before a second Budi made the sentence-start test try every split of the capitals
    text = (
        'Kepala Desa Sukamaju Budi Santoso mengatakan warga siap.\n\n"Kami siap," kata Budi.\n\n'
        "Pada Rabu (12/10/2025), BPJAMSOSTEK KCP SENTOSA bersama Budi Hartono meninjau lokasi.\n\n"
        '"Kami datang," kata Budi Hartono.\n'
    )
    assert speakers(text) == ["Budi Santoso", "Budi Hartono"]
    assert CAPITALISED_LEAD.fullmatch("BPJAMSOSTEK KCP SENTOSA KETENAGAKERJAAN x") is None


def test_a_given_name_that_is_a_common_word_opens_the_name():
    for name in ("Cahaya Lestari", "Harapan Simanjuntak"):
        text = f'{name} mengatakan sekolah itu kekurangan guru.\n\n"Kami butuh bantuan," ujarnya.'
        assert speakers(text) == [name]


def test_dipanggil_with_no_adverb_is_a_summons_not_a_nickname():
    text = (
        "Kepala Desa Sukamaju Budi Santoso menjelaskan kronologi.\n\n"
        "Sebelumnya, Budi dipanggil Rina ke kantor kecamatan.\n\n"
        "Camat Sentosa Rina Kartika membenarkan hal itu.\n\n"
        '"Kami hanya meminta klarifikasi," kata Rina.'
    )
    check_one(text, speaker="Rina Kartika", title="Camat Sentosa")


def test_a_corps_after_a_capitalised_word_is_no_surname():
    check_one('"Latihan berjalan lancar," kata Komandan Korps Marinir.', speaker=None)
    check_one('Humas RSUD Sentosa, dr Harry Laksamana, menjelaskan.\n\n"Kami tangani," kata Harry.', speaker="Harry Laksamana")


def test_a_quote_about_other_victims_or_the_family_is_still_the_speakers():
    police = 'Kapolres Sentosa AKBP Rudi Hartono menjelaskan kasus itu.\n\n"Pelaku sudah kami tangkap," kata Rudi.\n\n'
    text = police + 'Salah satu korban, Rina Wati, mengaku rugi jutaan rupiah.\n\n"Korban lain bahkan ada yang rugi lebih besar," ujarnya.'
    assert speakers(text)[-1] == "Rina Wati"


def test_a_time_phrase_before_a_name_is_no_title():
    text = SRI + 'Pagi tadi Budi Santoso menjelaskan rencana itu.\n\n"Kami mulai besok," ujarnya.'
    q = extract(text)[-1]
    assert (q.speaker, q.title) == ("Budi Santoso", None)


def test_two_short_names_a_letter_apart_are_two_people():
    text = "Warga Sukamaju mengeluhkan banjir.\n\n" + '"Air masuk rumah," kata Rina.\n\n' * 3 + '"Bantuan belum datang," kata Rini.'
    assert speakers(text)[-1] == "Rini"
