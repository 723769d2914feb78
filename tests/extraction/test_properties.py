"""Properties ``extract`` keeps on any text at all (hypothesis).

- it never raises, whatever the text: random unicode, lone and nested quote
  marks of every kind, control characters, right-to-left text, text without
  spaces, thousands of quote marks;
- every quote's offsets slice out exactly its quote, inside the text;
- ``kind`` is ``direct`` or ``indirect``, ``paragraph`` a non-negative int;
- direct quotes come in reading order, do not overlap, and open right after a
  quote mark;
- nothing is invented: every word of a speaker or a title is in the text;
- the same text gives the same quotes.

Each property runs a bounded number of examples so the file takes seconds.
"""
from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebook import Quote, extract

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Every double quote mark the guidelines name, their cousins, and the single
# marks and apostrophes that appear inside quotes (and as a stray `''`).
QUOTE_MARKS = [
    '"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "''", "'", "\u2018", "\u2019",
    "\u201a", "\u201b", "`", "\u2039", "\u203a", "\uff02", "\u300c", "\u300d",
]
OPENING_CHARS = set('"\u201c\u201d\u201e\u201f\u00ab\u00bb\'')
CONTROL = [
    "\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1c", "\x1d", "\x1e", "\x7f", "\x85",
    "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\ufffd",
]
RTL = ["\u202e", "\u202b", "\u200f", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0644\u0647"]
SPACING = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u3000"]
PUNCT = [",", ".", ":", ";", "?", "!", "\u2026", "\u2014", "\u2013", "-", "(", ")", "(52)", "(3/4)", "/"]
NEWS_WORDS = [
    "kata", "ujar", "ucap", "katanya", "ujarnya", "tambahnya", "kata dia", "ujar dia", "tulis", "tanya",
    "Menurut", "menurut", "mengatakan", "menegaskan", "bahwa", "Dia", "Ia", "dia", "melanjutkan",
    "Budi", "Santoso", "Siti", "Ma\u2019ruf", "Ma'ruf", "Amin", "SBY", "Jokowi", "Kepala", "Dinas",
    "Kabupaten", "Jawa", "Tengah", "Presiden", "Wakil", "Direktur", "Utama", "PT", "H.", "Hj.", "KH",
    "Dr.", "Prof.", "Bapak", "Ibu", "S.H.,", "M.Si.", "AKBP", "Kombes", "Brigjen", "Ajun", "Komisaris",
    "seorang", "warga", "salah", "satu", "pedagang", "jaksa", "petugas", "parkir", "di", "itu",
    "Baca juga:", "BACA JUGA:", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Pewarta:",
    "Editor:", "JAKARTA, KOMPAS.com -", "alias", "Operasi", "Ketupat", "kami", "sudah", "rusak",
]

PIECES = QUOTE_MARKS + CONTROL + RTL + SPACING + PUNCT + NEWS_WORDS


def check(text: str) -> list[Quote]:
    """Run extract and check every property that holds on any text."""
    quotes = extract(text)
    assert isinstance(quotes, list)
    breaks = sum(text.count(c) for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    folded = _fold(text)
    last_end = -1
    for q in quotes:
        assert isinstance(q, Quote)
        assert isinstance(q.start, int) and isinstance(q.end, int)
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.quote, q
        assert q.kind in ("direct", "indirect"), q
        assert isinstance(q.paragraph, int) and not isinstance(q.paragraph, bool), q
        assert 0 <= q.paragraph <= breaks, q
        for value in (q.speaker, q.title, q.cue, q.speaker_mention):
            assert value is None or isinstance(value, str), q
        if q.speaker is not None:
            assert q.speaker.strip() and q.speaker == q.speaker.strip(), q
            assert "\n" not in q.speaker, q
            for word in re.findall(r"\w+", _fold(q.speaker)):
                assert word in folded, f"speaker word {word!r} not in the text: {q}"
        if q.title is not None:
            assert q.title.strip(), q
            for word in re.findall(r"\w+", _fold(q.title)):
                assert word in folded, f"title word {word!r} not in the text: {q}"
        if q.kind == "direct":
            assert q.quote.strip(), q
            assert q.start >= last_end, f"direct quotes overlap or go backwards: {quotes}"
            last_end = q.end
            before = text[: q.start].rstrip()
            assert before and before[-1] in OPENING_CHARS, f"direct quote not opened by a mark: {q}"
    return quotes


def _fold(s: str) -> str:
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower()


# ---------------------------------------------------------------------------
# Never raises, offsets exact: on arbitrary text


@FAST
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    check(text)


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_news_pieces_glued_without_spaces(text):
    check(text)


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join))
def test_news_pieces_with_spaces(text):
    check(text)


@FAST
@given(st.lists(st.sampled_from(QUOTE_MARKS + [" ", "\n", ",", ".", "a", "Budi", " kata "]), max_size=120).map("".join))
def test_quote_marks_alone_and_nested(text):
    check(text)


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(QUOTE_MARKS),
            st.sampled_from(CONTROL + RTL),
            st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=6),
        ),
        max_size=60,
    ).map("".join)
)
def test_control_characters_rtl_and_random_runs(text):
    check(text)


@FEW
@given(st.integers(min_value=0, max_value=6), st.sampled_from(QUOTE_MARKS), st.text(max_size=30))
def test_nested_marks_of_one_kind(depth, mark, filler):
    text = "Warga berkata " + mark * depth + filler + mark * depth + ", kata Budi Santoso.\n" + mark * (depth + 1)
    check(text)


def test_many_quote_marks_are_handled_in_linear_time():
    cases = [
        '"' * 20000,
        "\u201c" * 10000 + "\u201d" * 10000,
        ('"a," kata Budi. ' * 3000),
        ("\u201dSaya datang,\u201d kata Presiden. " * 2000),
        "\u201c" + "kata " * 10000,
        "x" * 50000 + '"' + "y" * 50000,
        "\n".join('"Paragraf tanpa penutup' for _ in range(3000)),
    ]
    for text in cases:
        began = time.process_time()
        check(text)
        assert time.process_time() - began < 5, text[:40]  # CPU seconds: a busy machine does not count


# ---------------------------------------------------------------------------
# Well-formed input: a quote with a named cue is found, with its speaker

NAMES = [
    "Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Anggraini", "Yohanes Widodo",
    "Rudi Hartanto", "Made Suarjana", "Rina Oktaviani", "Slamet Riyadi", "Fransiska Tambunan",
]
CUES = ["kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "tambah", "terang", "lanjut", "pungkas"]
VOCAB = (
    "kami sudah meminta pemerintah segera memperbaiki jalan yang rusak sejak tahun lalu warga "
    "tidak bisa lewat kalau hujan turun anak anak harus berjalan kaki ke sekolah harga beras naik "
    "lagi minggu ini kami berharap bantuan datang sebelum lebaran"
).split()
PAIRS = [('"', '"'), ("\u201c", "\u201d"), ("\u201d", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb")]


@FEW
@given(
    st.lists(st.sampled_from(VOCAB), min_size=3, max_size=20),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(PAIRS),
)
def test_a_complete_quote_with_a_named_cue_is_found(words, name, cue, pair):
    o, c = pair
    sentence = " ".join(words)
    sentence = sentence[0].upper() + sentence[1:]
    text = (
        "Ratusan warga berkumpul di balai desa, Senin (3/4/2023).\n"
        f"{o}{sentence},{c} {cue} {name}.\n"
    )
    quotes = [q for q in check(text) if q.kind == "direct"]
    assert len(quotes) == 1, quotes
    assert quotes[0].quote.strip().rstrip(",") == sentence
    assert quotes[0].speaker == name


ROLES = ["warga", "pedagang", "sopir angkot", "petugas parkir", "pengunjung"]
PLACES = ["Pasar Minggu", "Kelurahan Sukasari", "Terminal Pulogadung", "Desa Sukamaju", "Jalan Sudirman"]


@FEW
@given(
    st.lists(st.sampled_from(VOCAB), min_size=3, max_size=12),
    st.sampled_from(["", "seorang ", "salah satu ", "salah seorang "]),
    st.sampled_from(ROLES),
    st.sampled_from(["", "di ", "asal ", "dari "]),
    st.sampled_from(PLACES),
    st.sampled_from(CUES),
)
def test_an_unnamed_speaker_never_gets_a_name_from_a_place(words, det, role, prep, place, cue):
    sentence = " ".join(words)
    sentence = sentence[0].upper() + sentence[1:]
    text = (
        f"Suasana di {place} ramai sejak pagi, Senin (3/4/2023).\n"
        f'"{sentence}," {cue} {det}{role} {prep}{place}.\n'
    )
    quotes = [q for q in check(text) if q.kind == "direct"]
    assert len(quotes) == 1, quotes
    assert quotes[0].speaker is None, quotes[0]
    assert quotes[0].title and role.split()[0] in quotes[0].title.lower(), quotes[0]


# ---------------------------------------------------------------------------
# Lines that carry no reported words never open a quote

CHROME_LINES = [
    'Baca juga: "Kami Siap," Kata Pelatih Jelang Laga Final',
    'BACA JUGA: Warga Tolak "Relokasi" Pasar',
    'Editor: Bagus "Ucok" Pratama',
    "Pewarta: Rina Oktaviani",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
]
BODY_LINES = [
    '"Jalan itu sudah lama rusak," kata Budi Santoso, warga setempat.',
    "\u201cKami menunggu bantuan sejak pekan lalu,\u201d ujar Kepala Desa Sukamaju Agus Prasetyo.",
    "Kepala Dinas Kesehatan Siti Rahmawati mengatakan, stok vaksin masih cukup.",
    '"Kami sudah melapor ke kelurahan.',
    '"Tetapi belum ada jawaban," katanya.',
    "Hujan turun sejak sore.",
]


@FAST
@given(st.lists(st.sampled_from(CHROME_LINES + BODY_LINES), min_size=1, max_size=12))
def test_chrome_lines_never_open_a_quote(lines):
    text = "Hujan Deras Rendam Permukiman Warga\nJAKARTA, KOMPAS.com - Banjir merendam permukiman warga.\n"
    text += "\n".join(lines) + "\n"
    chrome = []
    pos = 0
    for line in text.split("\n"):
        if line in CHROME_LINES:
            chrome.append((pos, pos + len(line)))
        pos += len(line) + 1
    for q in check(text):
        assert not any(lo <= q.start <= hi for lo, hi in chrome), (q, text)


# ---------------------------------------------------------------------------
# Deterministic


@FEW
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_same_text_same_quotes(text):
    assert extract(text) == extract(text)
    assert extract(text) == extract("".join(list(text)))
