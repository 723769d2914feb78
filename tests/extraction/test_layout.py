"""Layout (quotebook/extraction/layout.py): headlines, Baca juga lines, credits,
site chrome and pull quotes carry no quotes.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import assert_quotes, assert_title


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param('Warga Tolak "Relokasi" Pasar Lama Cirebon', id="term"),
        pytest.param('"Kami Sudah Lelah," Kata Warga Korban Banjir Kampung Pulo', id="quote-with-cue"),
        pytest.param('Ketua DPRD: "Pasar Lama Tidak Akan Dibongkar"', id="colon-quote"),
    ],
)
def test_headline_first_line_gives_no_quote(headline):
    text = (
        f"{headline}\n"
        "CIREBON, KOMPAS.com - Pedagang Pasar Lama Cirebon menolak rencana pemindahan ke lokasi baru.\n"
        '"Lokasi baru itu jauh dari pembeli," kata Ketua Paguyuban Pedagang Pasar Lama, Tarsono Hadi.\n'
    )
    qs = assert_quotes(text, [("Lokasi baru itu jauh dari pembeli", "Tarsono Hadi")])
    assert qs[0].start > text.index("CIREBON")


@pytest.mark.parametrize("prefix", ["Baca juga:", "BACA JUGA:", "Baca Juga :", "Simak juga:"])
def test_baca_juga_lines_give_no_quote(prefix):
    text = (
        "SEMARANG, KOMPAS.com - Pemprov Jawa Tengah menambah kuota mudik gratis tahun ini.\n"
        f'{prefix} "Kami Siap Tempur," Kata Pelatih PSIS Jelang Laga Final\n'
        '"Kuotanya kami tambah 5.000 kursi," kata Kepala Dinas Perhubungan Jawa Tengah Taufik '
        "Hidayatullah.\n"
        f'{prefix} Warga Tolak "Relokasi" Pasar Johar\n'
    )
    qs = assert_quotes(text, [("Kuotanya kami tambah", "Taufik Hidayatullah")])
    assert_title(qs[0], "Kepala Dinas Perhubungan Jawa Tengah")


@pytest.mark.parametrize("tagline", ['"Detik Pagi, Jangan Sampai Ketinggalan!"', '\u201cDetik Sore, Kabar Hangat Tiap Hari!\u201d'])
def test_a_programme_tagline_closing_the_article_gives_no_quote(tagline):
    text = (
        "Harga cabai di Pasar Sukamaju naik dua kali lipat pekan ini.\n"
        '"Pembeli jadi sepi," kata Rosmawati Siregar (45), pedagang sayur.\n'
        "Simak pembahasannya dalam program detikPagi secara langsung pukul 08.00 WIB.\n"
        f"{tagline}\n"
    )
    assert_quotes(text, [("Pembeli jadi sepi", "Rosmawati Siregar")])


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param('Editor: Bagus "Ucok" Pratama', id="editor-nickname"),
        pytest.param('Foto: "Senja di Pantai Depok" oleh Dimas Arya', id="photo-credit"),
        pytest.param(
            'Artikel ini telah tayang di Kompas.com dengan judul "Kami Sudah Lelah, Kata Warga Kampung '
            'Pulo". Klik untuk baca: https://regional.kompas.com/read/2024/01/10/kami-sudah-lelah',
            id="artikel-ini-telah-tayang",
        ),
    ],
)
def test_credit_lines_give_no_quote(credit):
    text = (
        "Warga Kampung Pulo kembali mengungsi setelah Sungai Ciliwung meluap.\n"
        '"Kami sudah lelah," kata Rosmawati Siregar (45), warga RT 03.\n'
        "Pewarta: Rina Oktaviani\n"
        f"{credit}\n"
    )
    assert_quotes(text, [("Kami sudah lelah", "Rosmawati Siregar")])


def test_pull_quote_above_the_dateline_gives_no_quote():
    text = (
        "Harga Cabai di Pasar Induk Naik Dua Kali Lipat\n"
        '"Pembeli sekarang cuma beli seperempat kilo."\n'
        "ADVERTISEMENT\n"
        "Liputan6.com, Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat "
        "dalam sepekan.\n"
        '"Pembeli sekarang cuma beli seperempat kilo. Dulu minimal sekilo," kata Darsih (47), '
        "pedagang cabai di pasar itu.\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
    )
    qs = assert_quotes(text, [("Pembeli sekarang cuma beli seperempat kilo", "Darsih")])
    assert qs[0].start > text.index("Liputan6.com")


def test_a_line_wrapped_inside_a_sentence_stays_in_its_paragraph_where_blank_lines_part_them():
    text = (
        "Mantan menteri Rudi Hartono menyapa pendukungnya di depan gedung pengadilan.\n\n"
        '"Saya hanya setia di barisan ibu-bapak, yang berjuang demi anak, demi\n'
        'cucu, demi saudara," ujar Rudi.\n\n'
        "Sidang dilanjutkan pekan depan.\n"
    )
    qs = assert_quotes(text, [("Saya hanya setia di barisan", "Rudi Hartono")])
    assert qs[0].quote.endswith("cucu, demi saudara,") and qs[0].cue == "ujar"


def test_a_heading_above_a_lower_case_line_stays_a_paragraph_where_single_lines_part_them():
    from quotebook.extraction.layout import layout

    text = "Produk Tabungan untuk Dapat Tiket\nbjb Tandamata menawarkan hadiah.\nNasabah senang."
    assert len(layout(text)) == 3
    assert len(layout(text.replace(".\n", ".\n\n"))) == 3 - 1  # (blank lines part them: the wrap joins)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Gubernur Hendra Wiratama Saputra berjanji menurunkan harga beras. Hendra juga meminta "
            "para bupati lebih memperhatikan petani kecil yang disebutnya sebagai 'penjaga lumbung'",
            id="two-sentences-the-last-without-stop",
        ),
        pytest.param(
            "SENTOSA, KOMPAS.com - Gubernur Hendra Wiratama Saputra berjanji menurunkan harga beras",
            id="opens-with-a-dateline",
        ),
    ],
)
def test_a_lead_whose_last_sentence_lost_its_stop_is_no_headline(lead):
    text = (
        f"{lead}\n"
        "Harga beras di pasar Sentosa naik sejak awal bulan.\n"
        '"Kami akan menggelar operasi pasar," kata Hendra.\n'
    )
    qs = assert_quotes(text, [("Kami akan menggelar operasi pasar", "Hendra Wiratama Saputra")])
    assert_title(qs[0], "Gubernur")


def test_a_compound_word_with_a_dash_is_no_dateline():
    text = (
        "SENTOSA, KOMPAS.com - Perjanjian dagang itu dicapai dalam pertemuan antara Gubernur Hendra "
        "Wiratama Saputra dan Duta Besar Lorenzo Bellini.\n"
        "Perundingan ASEAN-KTR bermula dari kajian bersama pada 2010.\n"
        'Gubernur Hendra menyatakan pencapaian itu penting. "Hari ini bersejarah," ucapnya.\n'
    )
    qs = assert_quotes(text, [("Hari ini bersejarah", "Hendra Wiratama Saputra")])
    assert_title(qs[0], "Gubernur")


@pytest.mark.parametrize("subheading", [
    pytest.param('"Angkot Tua, Hidup Sang Sopir"', id="title-case-with-comma"),
    pytest.param('"Jangan Ingkari Janjimu"', id="title-case"),
    pytest.param("\u201cDari Kampung untuk Negeri, Bersama Membangun Desa\u201d", id="curly-with-comma"),
])
def test_a_quoted_subheading_gives_no_quote(subheading):
    """A line that is one quotation in title case with nothing closing its sentence heads
    the section that reports those words; it is not a quote of whoever spoke before it."""
    text = (
        "BOGOR, KOMPAS.com - Jumlah angkot di Kota Bogor terus dikurangi.\n\n"
        '"Kami kurangi bertahap," kata Kepala Dinas Perhubungan Kota Bogor Rudi Hartono.\n\n'
        f"{subheading}\n\n"
        "Dari balik kemudi, Darmawan (48) mengaku resah.\n\n"
        '"Angkot ini sudah jadi hidup saya sejak lama," ujar Darmawan.\n'
    )
    assert_quotes(text, [("Kami kurangi bertahap", "Rudi Hartono"),
                         ("Angkot ini sudah jadi hidup saya sejak lama", "Darmawan")])


@pytest.mark.parametrize("line", [
    pytest.param('"Kami siap."', id="closed-by-a-stop"),
    pytest.param('"Kami siap," katanya.', id="with-a-cue"),
    pytest.param('"Kami siap!"', id="closed-by-an-exclamation"),
    pytest.param('"Kami siap melayani warga sampai akhir tahun"', id="sentence-case-without-its-stop"),
])
def test_a_short_quoted_line_that_closes_its_sentence_is_still_a_quote(line):
    text = (
        "BOGOR, KOMPAS.com - Jumlah angkot di Kota Bogor terus dikurangi.\n\n"
        '"Kami kurangi bertahap," kata Kepala Dinas Perhubungan Kota Bogor Rudi Hartono.\n\n'
        f"{line}\n\n"
        "Ia menyebut sopir angkot akan dilatih menjadi pengemudi bus.\n"
    )
    assert_quotes(text, [("Kami kurangi bertahap", "Rudi Hartono"), ("Kami siap", "Rudi Hartono")])
