"""Article metadata read from the text: datelines of each outlet, credits, copyright year, related headlines."""
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebook.meta import read_meta

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"

BODY = "Pemerintah kota menyiapkan 40 bus tambahan untuk mengangkut pemudik pada akhir pekan ini."


@pytest.mark.parametrize(
    "opening, outlet, city",
    [
        ("Semarang (ANTARA) - ", "ANTARA", "Semarang"),
        ("Jakarta (ANTARA News) - ", "ANTARA", "Jakarta"),
        ("Jakarta (ANTARA) \u2013 ", "ANTARA", "Jakarta"),
        ("JAKARTA, KOMPAS.com - ", "Kompas.com", "Jakarta"),
        ("MAKASSAR, KOMPAS.com \u2013 ", "Kompas.com", "Makassar"),
        ("JAKARTA, KOMPAS \u2014 ", "Kompas", "Jakarta"),
        ("TANGERANG SELATAN, KOMPAS \u2014 ", "Kompas", "Tangerang Selatan"),
        ("JAKARTA, KOMPAS - - ", "Kompas", "Jakarta"),
        ("Liputan6.com, Jakarta - ", "Liputan6", "Jakarta"),
        ("TEMPO.CO, Jakarta - ", "Tempo", "Jakarta"),
        ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", "Republika", "Jakarta"),
        ("TRIBUNNEWS.COM, JAKARTA \u2013 ", "Tribunnews", "Jakarta"),
        ("TRIBUNJABAR.ID- ", "Tribunnews", None),
        ("medcom.id, Jakarta: ", "Medcom", "Jakarta"),
        ("VIVA \u2013 ", "Viva", None),
        ("jpnn.com - ", "JPNN", None),
        ("jpnn.com - jpnn.com - ", "JPNN", None),
        ("Suara.com - ", "Suara.com", None),
        ("RMOL. ", "RMOL", None),
        ("Bisnis.com, JAKARTA \u2014 ", "Bisnis.com", "Jakarta"),
        ("Gatra.com, Jakarta - ", "Gatra.com", "Jakarta"),
        ("JAKARTA, Beritasatu.com - ", "Beritasatu.com", "Jakarta"),
        ("DKI JAKARTA, KOMPAS.com - ", "Kompas.com", "DKI Jakarta"),
        # A bare city (detik's `Jakarta -`, Okezone's `JAKARTA -`) does not say which outlet wrote it.
        ("Jakarta - ", None, "Jakarta"),
        ("JAKARTA - ", None, "Jakarta"),
        ("BANDAR LAMPUNG - ", None, "Bandar Lampung"),
    ],
)
def test_dateline_of_each_outlet(opening, outlet, city):
    meta = read_meta(opening + BODY + "\n\nWarga diminta datang lebih awal.")
    assert (meta["outlet"], meta["dateline"]) == (outlet, city)


def test_dateline_below_a_headline_and_a_pull_quote():
    text = (
        "Terminal Siapkan Bus Tambahan\n\n"
        "\u201cKami siap melayani pemudik.\u201d\n\n"
        "ADVERTISEMENT\n\n"
        "SURABAYA, KOMPAS.com - " + BODY
    )
    assert (read_meta(text)["outlet"], read_meta(text)["dateline"]) == ("Kompas.com", "Surabaya")


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "Warga yang sedang kerja bakti mengamankan enam pelajar yang membawa pedang.",
        "Jakarta-Bandung kini bisa ditempuh dalam 40 menit dengan kereta cepat.",
        "Tren \u201cquiet quitting\u201d kini menjadi perbincangan di kalangan pekerja muda.",
        "",
    ],
)
def test_no_dateline_in_an_ordinary_opening(text):
    meta = read_meta(text)
    assert (meta["outlet"], meta["dateline"]) == (None, None)


def test_a_dash_deep_in_the_article_is_not_a_dateline():
    text = "\n\n".join([BODY] * 8 + ["Jakarta - Bogor macet total sejak pagi."])
    assert read_meta(text)["dateline"] is None


def test_credits_year_and_related_headlines():
    text = (
        "Jakarta (ANTARA) - " + BODY + "\n\n"
        "Baca juga: Pemudik diimbau berangkat lebih awal\n\n"
        "\u201cSemua armada sudah kami periksa,\u201d kata Kepala Terminal Budi Santoso.\n\n"
        "BACA JUGA: Tarif bus naik jelang Lebaran\n"
        "Baca: Jalur alternatif dibuka\n\n"
        "Pewarta: Rina Wulandari\n"
        "Editor : Agus Salim\n"
        "Copyright \u00a9 ANTARA 2023"
    )
    meta = read_meta(text)
    assert meta == {
        "outlet": "ANTARA",
        "dateline": "Jakarta",
        "reporter": "Rina Wulandari",
        "editor": "Agus Salim",
        "year": 2023,
        "related": [
            "Pemudik diimbau berangkat lebih awal",
            "Tarif bus naik jelang Lebaran",
            "Jalur alternatif dibuka",
        ],
    }


@pytest.mark.parametrize(
    "credits, reporter, editor",
    [
        ("Pewarta : Nur Hidayati\nEditor : Maryati", "Nur Hidayati", "Maryati"),
        ("Penulis: Kontributor Sampang, Taufik Hidayat | Editor: Robert Sinaga", "Taufik Hidayat", "Robert Sinaga"),
        ("Reporter: Dewi Lestari\nPenyunting: Andi Wijaya", "Dewi Lestari", "Andi Wijaya"),
        ("Penulis naskah film itu, Irfan Ramli, ikut hadir.", None, None),
    ],
)
def test_reporter_and_editor(credits, reporter, editor):
    meta = read_meta(BODY + "\n\n" + credits)
    assert (meta["reporter"], meta["editor"]) == (reporter, editor)


@pytest.mark.parametrize(
    "line, year",
    [
        ("Copyright \u00a9 ANTARA 2024", 2024),
        ("\u00a9 2008 - 2023 Kompas.com. All rights reserved", 2023),
        ("Hak cipta 2019 Harian Contoh", 2019),
        ("Terbit Rabu (22/5/2019)", None),
    ],
)
def test_copyright_year(line, year):
    assert read_meta(BODY + "\n\n" + line)["year"] == year


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not beside the checkout")
def test_seed_article_meta():
    text = (SEED / "antara-bpjamsostek-semarang.txt").read_text(encoding="utf-8")
    gold = dict(json.loads((SEED / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["meta"])
    gold["related"] = gold.pop("related_links")
    assert read_meta(text) == gold


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text):
    meta = read_meta(text)
    assert set(meta) == {"outlet", "dateline", "reporter", "editor", "year", "related"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Jakarta", "JAKARTA", " ", ",", "-", "\u2014", "(ANTARA)", "KOMPAS.com", "\n", "Baca juga:",
     "Pewarta:", "|", "\u00a9", "2024", "Kontributor", "jpnn.com", ".", ":", "A", "'"]
)).map("".join))
def test_never_raises_on_dateline_shaped_text(text):
    read_meta(text)


@pytest.mark.parametrize(
    "text",
    [
        "A" * 1_000_000,
        "Jakarta" + " -" * 500_000,
        "Jakarta " * 125_000 + "(ANTARA)",
        "Aa " * 333_333,
        "Penulis:" + "|" * 1_000_000,
        "Penulis: Kontributor " + "a" * 1_000_000,
        "Editor" + " " * 1_000_000 + ":",
        "\u00a9 20" * 250_000,
        "\n" * 1_000_000,
    ],
)
def test_linear_time_on_a_megabyte(text):
    started = time.process_time()
    read_meta(text)
    assert time.process_time() - started < 1.0  # CPU seconds: a busy machine does not count
