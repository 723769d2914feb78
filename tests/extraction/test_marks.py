"""Quote marks (quotebook/extraction/marks.py): every kind of mark, mismatched pairs,
several spans in a sentence, a quote over several paragraphs, a quote inside a quote.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import assert_title, check_one, check_quotes, core, only


MARKS = [
    pytest.param('"', '"', id="straight"),
    pytest.param("\u201c", "\u201d", id="curly"),
    pytest.param("\u201d", "\u201d", id="kompas-201d-both"),
    pytest.param("\u201e", "\u201c", id="low-high"),
    pytest.param("\u00ab", "\u00bb", id="guillemets"),
    pytest.param('"', "\u201d", id="straight-open-curly-close"),
    pytest.param("\u201c", '"', id="curly-open-straight-close"),
    pytest.param("\u201c", "\u201c", id="curly-open-twice"),
    pytest.param("\u201c", "''", id="curly-open-stray-double-apostrophe-close"),
    pytest.param('"', "''", id="straight-open-stray-double-apostrophe-close"),
]


ROAD = (
    "Bupati Temanggung Hendra Wiratmaja meninjau jalan yang amblas di Kecamatan Kledung, "
    "Senin (3/4/2023).\n"
    "\n"
    "{o}Kami akan memperbaiki jalan ini sebelum arus mudik Lebaran,{c} kata Hendra "
    "di Pendopo Kabupaten Temanggung.\n"
    "\n"
    "Perbaikan dianggarkan Rp 2,4 miliar dari APBD perubahan.\n"
)


@pytest.mark.parametrize("o,c", MARKS)
def test_marks_every_kind_gives_the_quote_its_speaker_and_title(o, c):
    text = ROAD.format(o=o, c=c)
    q = only(text)
    assert core(q.quote) == "Kami akan memperbaiki jalan ini sebelum arus mudik Lebaran"
    assert q.speaker == "Hendra Wiratmaja"
    assert_title(q, "Bupati Temanggung")


FLOOD_MULTI = (
    "Ketua RT 05 Kelurahan Kampung Melayu, Slamet Riyadi, menceritakan kejadian malam itu.\n"
    "{o}Air naik cepat sekali. Dalam satu jam sudah sepinggang orang dewasa.\n"
    "{o}Kami langsung membangunkan warga satu per satu. Anak-anak dan orang tua kami bawa dulu "
    "ke masjid yang lebih tinggi,{c} kata Slamet.\n"
    "Hingga Rabu pagi, 300 warga masih mengungsi.\n"
)


@pytest.mark.parametrize(
    "o,c",
    [
        pytest.param('"', '"', id="straight"),
        pytest.param("\u201c", "\u201d", id="curly"),
        pytest.param("\u201d", "\u201d", id="kompas"),
    ],
)
def test_multi_paragraph_quote_is_one_quote(o, c):
    text = FLOOD_MULTI.format(o=o, c=c)
    q = only(text)
    assert q.start == text.index("Air naik")
    assert q.end == text.index(c + " kata Slamet")
    assert "masjid yang lebih tinggi" in q.quote
    assert q.speaker == "Slamet Riyadi"
    assert_title(q, "Ketua RT 05")
    assert q.paragraph == 1


def test_multi_paragraph_quote_three_paragraphs_blank_lines_between():
    text = (
        "Kepala Pelaksana BPBD Kabupaten Garut Dadang Suherman menjelaskan kondisi di lokasi longsor.\n\n"
        '"Material longsor menutup jalan sepanjang 50 meter.\n\n'
        '"Alat berat baru bisa masuk besok pagi karena jalurnya masih labil.\n\n'
        '"Warga yang rumahnya di bawah tebing kami minta mengungsi dulu," kata Dadang.\n\n'
        "Longsor terjadi setelah hujan deras mengguyur sejak Selasa sore.\n"
    )
    q = only(text)
    assert q.start == text.index("Material longsor")
    assert "Alat berat" in q.quote and core(q.quote).endswith("mengungsi dulu")
    assert q.speaker == "Dadang Suherman"
    assert_title(q, "Kepala Pelaksana BPBD Kabupaten Garut")


def test_multi_paragraph_quote_opened_by_a_cue_before():
    text = (
        "Direktur RSUD Kota Cilegon Maryani Putri mengatakan, \"Ruang isolasi kami sudah penuh sejak "
        "Jumat.\n"
        '"Pasien baru terpaksa kami rujuk ke rumah sakit di Serang."\n'
        "Pemerintah kota berencana membuka ruang isolasi tambahan di gedung olahraga.\n"
    )
    q = only(text)
    assert "Ruang isolasi" in q.quote and "rujuk ke rumah sakit" in q.quote
    assert q.speaker == "Maryani Putri"
    assert_title(q, "Direktur RSUD Kota Cilegon")


def test_multi_paragraph_quote_survives_site_chrome_between_its_paragraphs():
    text = (
        "Ketua Paguyuban Pedagang Pasar Johar, Sutrisno Hadi, menyampaikan keluhan pedagang.\n"
        '"Sejak pindah ke tempat relokasi, pembeli kami berkurang separuh.\n'
        "ADVERTISEMENT\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
        '"Kami minta pemerintah kota mempercepat pembangunan pasar yang baru," kata Sutrisno.\n'
    )
    q = only(text)
    assert q.start == text.index("Sejak pindah")
    assert core(q.quote).endswith("pasar yang baru")
    assert q.speaker == "Sutrisno Hadi"


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("'Tunggu saja, nanti juga dibayar,'", id="straight-single"),
        pytest.param("\u2018Tunggu saja, nanti juga dibayar,\u2019", id="curly-single"),
        pytest.param("\u201cTunggu saja, nanti juga dibayar,\u201d", id="curly-double-in-straight"),
        pytest.param('"Tunggu saja, nanti juga dibayar,"', id="straight-double-in-straight"),
    ],
)
def test_quote_inside_a_quote_belongs_to_the_outer_one(inner):
    text = (
        "Puluhan buruh pabrik garmen di Kabupaten Sukoharjo menuntut pembayaran gaji yang tertunggak.\n"
        f'"Mandor bilang {inner} tapi sampai sekarang tidak ada kabar," kata Sumarni (39), salah '
        "satu buruh.\n"
    )
    q = only(text)
    assert core(q.quote).startswith("Mandor bilang")
    assert core(q.quote).endswith("tidak ada kabar")
    assert q.speaker == "Sumarni"


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Ratusan petani yang dipimpin Sukinah Wati berjalan kaki dari Rembang menuju Semarang.\n"
            "\u201cSepanjang jalan kami teriakkan \u2018tolak tambang\u2019 supaya orang tahu,\u201d ujar "
            "Sukinah.\n"
        ),
        dict(quote_has="tolak tambang", speaker="Sukinah Wati"),
        id="quoted_slogan_inside_curly_quote",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


# Texts with several direct quotes: each (start of its text, speaker), and
# title words of some of them by index (see check_quotes).
QUOTES = [
    pytest.param(
        (
            "Warga Desa Ngargoyoso menolak rencana penambangan batu di lereng Gunung Lawu.\n"
            '"Kalau bukit itu dikeruk, mata air kami habis\u201d, kata Suparmi (48), warga Dusun Tlogo.\n'
            "Penolakan disampaikan dalam pertemuan di balai desa, Rabu malam.\n"
            '\u201cKami sudah tanda tangan petisi dan mengirimkannya ke bupati," ujar Kepala Desa '
            "Ngargoyoso Tri Handoko.\n"
        ),
        dict(quotes=[
            ("Kalau bukit itu dikeruk", "Suparmi"),
            ("Kami sudah tanda tangan petisi", "Tri Handoko"),
            ], titles={1: ("Kepala Desa Ngargoyoso",)}),
        id="marks_mismatched_pairs_in_one_article_stay_separate_quotes",
    ),
    pytest.param(
        (
            "Pemerintah Kabupaten Sleman menargetkan 500 rumah tidak layak huni selesai dibedah tahun ini.\n"
            '"Tahun ini kami targetkan 500 rumah selesai," kata Kepala Dinas Perumahan Kabupaten Sleman '
            'Aris Munandar. "Sisanya kami kerjakan tahun depan," tambahnya.\n'
        ),
        dict(quotes=[("Tahun ini kami targetkan 500 rumah selesai", "Aris Munandar"), ("Sisanya kami kerjakan", "Aris Munandar")], titles={0: ("Kepala Dinas Perumahan Kabupaten Sleman",), 1: ("Kepala Dinas Perumahan",)}),
        id="two_spans_two_sentences_second_with_pronoun_cue",
    ),
    pytest.param(
        (
            "Warga Perumahan Griya Asri mengeluhkan sampah yang tidak diangkut selama dua pekan.\n"
            '"Kami sudah tiga kali melapor ke kelurahan," kata Ratna Dewi, ketua RT setempat, '
            '"tetapi sampai sekarang belum ada tanggapan."\n'
        ),
        dict(quotes=[("Kami sudah tiga kali melapor", "Ratna Dewi"), ("tetapi sampai sekarang belum ada tanggapan", "Ratna Dewi")], titles={1: ("ketua RT",)}),
        id="two_spans_around_the_cue_in_one_sentence",
    ),
    pytest.param(
        (
            "Pelatih Persiba Balikpapan Agus Salimun menilai timnya kehilangan fokus di babak kedua.\n"
            "\u201cKami unggul lebih dulu,\u201d kata Agus, \u201cnamun anak-anak terlalu cepat puas.\u201d\n"
        ),
        dict(quotes=[("Kami unggul lebih dulu", "Agus Salimun"), ("namun anak-anak terlalu cepat puas", "Agus Salimun")], titles={}),
        id="two_spans_around_the_cue_curly_marks",
    ),
    pytest.param(
        (
            "Kepala Kantor SAR Kendari Dedi Kurniawan memimpin pencarian nelayan yang hilang.\n"
            '"Tim menyisir perairan sejauh 20 mil," kata Dedi. "Cuaca masih buruk," lanjutnya, '
            '"jadi kapal kecil belum kami turunkan."\n'
        ),
        dict(quotes=[
            ("Tim menyisir perairan", "Dedi Kurniawan"),
            ("Cuaca masih buruk", "Dedi Kurniawan"),
            ("jadi kapal kecil belum kami turunkan", "Dedi Kurniawan"),
            ], titles={}),
        id="three_spans_in_one_paragraph",
    ),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_the_quotes_of_each_text(text, want):
    check_quotes(text, **want)
