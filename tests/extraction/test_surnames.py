"""A one-word name that is a later word of someone's longer name, while the article
writes that word after an office that person does not hold: the word names someone
else too, so the longer name is not the speaker. Invented text; each case gives the
(speaker, title) expected for the LAST quote in it: the one-word name as the article gives it, never the
other person's full name."""
from __future__ import annotations

import pytest

from .test_speakers import check, table

OTHER_OFFICE = table(
    (
        "office-inside-a-quote",
        "Anggota DPRD Sentosa Teguh Waskito mengapresiasi ketegasan kepala daerah.\n"
        '"Kami mengapresiasi ketegasan Gubernur Wiraguna. Pesan beliau jelas," kata Teguh, Rabu.\n'
        "Teguh menyebut Polda di bawah kepemimpinan Kapolda Irjen Darmono Adi Wiraguna bekerja baik.\n"
        '"Polda sudah bekerja dengan baik," ujarnya.\n'
        "Hal itu diungkap Wiraguna dalam rapat paripurna, Senin lalu.\n"
        '"Kita bertekad tidak ada pungli yang tidak bisa diselidiki," ujar Wiraguna.',
        "Wiraguna", None,  # the Governor, as the article names him
    ),
    (
        "office-and-its-place-inside-a-quote",
        "Kapolda Sentosa Irjen Darmono Adi Wiraguna meninjau pos mudik.\n"
        '"Kami mendukung arahan Presiden RI Wiraguna," kata Kapolda.\n'
        '"Tidak ada yang kebal hukum," ujar Wiraguna.',
        "Wiraguna", None,
    ),
    (
        "office-outside-quotes-keeps-the-one-word-name",
        "Kapolri Jenderal Darmono Adi Wiraguna hadir dalam sidang kabinet.\n"
        "Presiden Wiraguna meminta penegak hukum serius menangani korupsi.\n"
        '"Tidak ada yang kebal hukum," ujar Wiraguna.',
        "Wiraguna", "Presiden",
    ),
)


@pytest.mark.parametrize("text,speaker,title", OTHER_OFFICE)
def test_a_surname_after_an_office_the_person_does_not_hold_is_someone_else(text, speaker, title):
    check(text, speaker, title)


SAME_PERSON = table(
    (
        "surname-after-the-full-name",
        "Presiden Gunawan Wira Atmaja meninjau lokasi banjir, Jumat.\n"
        '"Bantuan harus segera sampai," kata Atmaja.',
        "Gunawan Wira Atmaja", "Presiden",
    ),
    (
        "surname-after-an-office-the-person-holds",
        "Presiden Gunawan Wira Atmaja meninjau lokasi banjir, Jumat.\n"
        "Presiden Atmaja lalu menemui para pengungsi.\n"
        '"Bantuan harus segera sampai," kata Atmaja.',
        "Gunawan Wira Atmaja", "Presiden",
    ),
    (
        "surname-after-an-abbreviated-office",
        "Kepala Kepolisian Daerah Sentosa Irjen Darmono Adi Wiraguna meninjau pos mudik.\n"
        "Kapolda Wiraguna memeriksa kesiapan personel.\n"
        '"Personel kami siaga penuh," kata Wiraguna.',
        "Darmono Adi Wiraguna", "Kepala Kepolisian Daerah Sentosa Irjen",
    ),
    (
        "surname-after-a-profession",
        "Kepala Dinas Kesehatan Sentosa Ahmad Rizal Pranoto meninjau puskesmas.\n"
        "Dokter Pranoto memeriksa sejumlah pasien.\n"
        '"Stok obat cukup," kata Pranoto.',
        "Ahmad Rizal Pranoto", "Kepala Dinas Kesehatan Sentosa",
    ),
    (
        "surname-of-a-former-officer",
        "Mantan Kapolda Sentosa Darmono Adi Wiraguna kini maju dalam pilkada.\n"
        "Gubernur Wiraguna lalu meninjau pasar.\n"
        '"Harga beras stabil," kata Wiraguna.',
        "Darmono Adi Wiraguna", "Mantan Kapolda Sentosa",
    ),
    (
        "surname-after-a-former-office",
        "Ketua Umum Partai Sentosa Gunawan Wira Atmaja berpidato di Surabaya.\n"
        "Mantan Presiden Atmaja itu mengingatkan kader.\n"
        '"Kader harus turun ke bawah," kata Atmaja.',
        "Gunawan Wira Atmaja", "Ketua Umum Partai Sentosa",
    ),
    (
        "first-word-after-another-office",
        "Menteri Keuangan Purnomo Adi Sasongko memaparkan APBN.\n"
        "Bendahara Purnomo itu optimistis.\n"
        '"Defisit terkendali," kata Purnomo.',
        "Purnomo Adi Sasongko", "Menteri Keuangan",
    ),
)


@pytest.mark.parametrize("text,speaker,title", SAME_PERSON)
def test_a_surname_of_the_person_the_article_names_stays_theirs(text, speaker, title):
    check(text, speaker, title)
