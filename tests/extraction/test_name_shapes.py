"""Names read right beside the words that look like them (issue 12,
mechanisms 2, 3, 4, 5 and 8): a role next to the name, institutions and places
before it, words that are names and common words at once, glued marks. Every
text is invented, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .conftest import assert_quotes, check_one

ONE_QUOTE = [
    pytest.param(
        (
            "Kasat Reskrim AKP Darmawan Putra yang dihubungi menyebut tersangka sudah diperiksa."
            "\u201dBerkasnya kami kirim pekan depan. Tunggu saja,\"ucapnya.\n"
        ),
        dict(speaker="Darmawan Putra", quote_starts="Berkasnya kami kirim"),
        id="an_opening_mark_glued_to_a_full_stop_opens_a_quote",
    ),
    pytest.param(
        (
            "Menurut Kapolres Tanjung Asri AKBP Gilang Hari Wibisono, dua pelaku sudah diamankan.\n"
            '"Keduanya kami tahan di rutan polres," kata Kapolres.\n'
        ),
        dict(speaker="Gilang Hari Wibisono", title_has=("Kapolres Tanjung Asri",)),
        id="a_name_word_that_is_also_a_common_word_stays_in_the_name",
    ),
    pytest.param(
        (
            "Kasubbag Humas Polres Lembah Hijau Iptu Umi Kalsum membenarkan laporan itu.\n"
            '"Korban sudah kami mintai keterangan," kata Umi Kalsum.\n'
        ),
        dict(speaker="Umi Kalsum", title_has=("Kasubbag Humas Polres Lembah Hijau",)),
        id="umi_after_a_rank_is_a_name_not_an_honorific",
    ),
    pytest.param(
        (
            "Hari (58), penjual bawang di Pasar Cemara, mengaku omzetnya turun.\n"
            '"Pembeli sekarang cuma beli seperempat," tuturnya.\n'
        ),
        dict(speaker="Hari", title_has=("penjual bawang",)),
        id="a_common_word_that_is_also_a_name_before_an_age_is_the_name",
    ),
    pytest.param(
        '"Penjualan kuartal ini melampaui perkiraan," kata CEO Orbita Digital, Tim Hollis.\n',
        dict(speaker="Tim Hollis", title_has=("CEO",)),
        id="tim_before_a_name_is_a_given_name_not_a_team",
    ),
    pytest.param(
        '"Ombaknya sudah surut," kata salah seorang warga Kebun Kelapa Sarmin yang sedang berjaga.\n',
        dict(speaker="Sarmin", title_has=("warga Kebun Kelapa",)),
        id="common_words_after_warga_open_a_place_not_the_name",
    ),
    pytest.param(
        '"Jalur evakuasi sudah dibuka," kata Kepala Bidang Logistik, Sarana dan Prasarana BPBD Tanjungsari Eko Wiranto, Selasa.\n',
        dict(speaker="Eko Wiranto", title_has=("Kepala Bidang Logistik, Sarana dan Prasarana BPBD Tanjungsari",)),
        id="an_office_named_by_a_list_with_commas_is_one_title",
    ),
    pytest.param(
        '"Bantuan kami salurkan hari ini," kata Kepala Pelaksana BPBD Tanjungsari Dedi Kusnadi.\n',
        dict(speaker="Dedi Kusnadi", title_has=("Kepala Pelaksana BPBD Tanjungsari",)),
        id="a_region_after_a_units_acronym_is_not_the_name",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


def test_a_hospital_named_after_a_doctor_is_nobody():
    assert_quotes(
        (
            '"Sopirnya sempat melompat keluar," kata Darto (45), salah satu saksi mata.\n'
            "Menurutnya, sopir dibawa ke RSUD Dr. Moh. Sarwono Kota Lama untuk dirawat.\n"
            '"Kakinya terjepit kabin," imbuhnya.\n'
        ),
        [("Sopirnya", "Darto"), ("Kakinya", "Darto")],
    )


def test_a_one_word_name_clipped_at_the_cue_is_the_full_one():
    assert_quotes(
        (
            "Kepala Dinas Kesehatan Kabupaten Tanjungsari Kusumawardani meninjau posyandu.\n"
            '"Imunisasi kami kejar sampai akhir bulan," kata Kusumawardani.\n'
            '"Petugas datang ke rumah warga," imbuh Kusuma.\n'
        ),
        [("Imunisasi", "Kusumawardani"), ("Petugas", "Kusumawardani")],
    )


def test_a_one_word_name_with_a_title_of_its_own_is_not_clipped():
    assert_quotes(
        (
            "Presiden Pertama RI Sudarmo pernah tinggal di rumah itu, kata Ketua Yayasan Sudarmoputri.\n"
            '"Rumah ini saksi perjuangan," kata Sudarmo dalam pidatonya pada 1950.\n'
        ),
        [("Rumah ini", "Sudarmo")],
    )


def test_an_office_abbreviation_before_a_name_is_the_title():
    assert_quotes(
        (
            "Menteri Perdagangan (Mendag) Rosalina Hartati meninjau pasar induk.\n"
            '"Stok beras aman sampai Lebaran," kata Mendag Rosalina.\n'
        ),
        [("Stok beras", "Rosalina Hartati")],
    )


def test_an_office_abbreviation_alone_is_the_holder_the_article_names():
    assert_quotes(
        (
            "Menteri Agama Harun Fadlillah membuka seminar kerukunan di Jakarta.\n"
            '"Kerukunan adalah modal pembangunan," papar Menag.\n'
        ),
        [("Kerukunan", "Harun Fadlillah")],
    )


def test_a_name_word_after_an_office_abbreviation_is_the_name():
    assert_quotes(
        (
            "Wali Kota Sukamulya Agung Prasetya menutup jalan yang rusak.\n"
            '"Perbaikan selesai pekan depan," kata Walkot Agung.\n'
        ),
        [("Perbaikan", "Agung Prasetya")],
    )


def test_an_abbreviated_place_kind_does_not_end_the_sentence():
    assert_quotes(
        (
            "Warga lainnya, Marni (41), warga Desa Karangsari, Kec. Sumberjati, Lembah Asri mengaku senang.\n"
            '"Setiap tahun kami tunggu acara ini," kata dia.\n'
        ),
        [("Setiap tahun", "Marni")],
    )
