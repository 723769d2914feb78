"""Plain text (quotebook/extraction/plain.py): the `re` twins of the `regex`
patterns find the same on plain text, and whole stages give the same events
through either engine (issue 18: the output stays byte-identical).

The texts are invented, in the shape of Indonesian news; the shared corpus,
when present, adds real articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebook.extraction import context, evidence, introductions, people, plain
from quotebook.extraction.article import Article
from quotebook.extraction.cues import attribute
from quotebook.extraction.marks import quote_spans, Spans
from quotebook.extraction.pipeline import _names_cued

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

TEXTS = [
    "Jakarta - Kepala Dinas Kesehatan Kota Bandung, Dr. H. Budi Santoso (46), mengatakan "
    "\u201cwarga diminta tenang\u201d. Menurut Kusnawan, Blue Water tidak terdaftar.\n"
    "Maya, pembeli lainnya. Rudi Hartono yang biasa dipanggil Rudi, atau Bambang Suharjo atau Basuki, datang.\n"
    "Presiden Konfederasi Serikat Pekerja Seluruh Indonesia (KSPSI), Andi Gani Nena Wea, mendorong "
    "pemerintah. Adi, seorang warga Sukajadi, juga menyetujui. Munafri 'Appi' Arifuddin hadir "
    "bersama Agus Harimurti Yudhoyono (AHY) dan Menteri Sosial Saifullah Yusuf (Gus Ipul).\n"
    "Badan Pusat Statistik (BPS) mencatat inflasi. \u201cKami siap,\u201d kata perempuan yang akrab disapa Ugi "
    "itu \u2013 Sugihartati \u2014 di Jalan Sudirman 12\u2026 Ma\u2019ruf Amin dan Frank van Kempen bin Salim.",
    "SEMARANG, KOMPAS.com - Wakil Ketua DPR Sufmi Dasco Ahmad menyebut BPBD Garut Joko Prasetyo "
    "sudah datang.\n\"Kami sudah siap,\" ujar Dasco. Darmin, 46, warga Kampung Sawah, pedagang bakso.\n"
    "Ipda Andri Saputra bermaksud turun. Kedatangan Deka ke rumah sakit disambut Ketua RT 05 Hasan.",
    "x-Menurut Rina, (Elsam) MENTERI ABC def Ghi Jkl Mno Pqr Stu\tVwx, Yz. A. B. C. Dr.\nE",
]


def twins():
    """Each twin and its `regex` pattern, from the modules that have them."""
    for module in (context, evidence, introductions, people):
        for name, value in vars(module).items():
            if name.endswith("_PLAIN"):
                yield f"{module.__name__}.{name}", getattr(module, name[: -len("_PLAIN")]), value


def corpus_texts(count: int = 150) -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line).get("text") or "")
                if len(texts) % count == 0:
                    break
    return texts


def found(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_the_classes_are_written_in_ascii_inside_and_outside_a_set():
    assert plain.ascii_classes(r"\p{Lu}[\p{L}\p{M}'\-]*\p{Ll}+") == r"[A-Z][A-Za-z'\-]*[a-z]+"
    assert plain.ascii_classes(r"[^\p{Lu}\]]\\p{L}\p{M}") == r"[^A-Z\]]\\p{L}(?!)"


def test_a_text_is_plain_with_curly_quotes_and_dashes_only(monkeypatch):
    monkeypatch.setattr(plain, "TWINS_TRUSTED", True)  # (what the text is, whatever the interpreter)
    assert plain.is_plain("\u201cKami siap,\u201d kata Budi \u2013 warga\u2026", ["Kami"])
    assert not plain.is_plain("kata Andr\u00e9 Santoso", ["kata"])  # a letter beyond ASCII
    assert plain.is_plain("kata\x1cBudi\x0b", ["kata", "Budi"])  # (ASCII: \s, \w and \b read it alike)
    assert not plain.is_plain("kata\xa0Budi", ["kata"])  # a space beyond ASCII
    assert not plain.is_plain("K" * 62, ["K" * 62])  # a word CAP_RUN skips


def test_a_twin_refuses_the_flags_re_may_read_otherwise():
    import regex

    with pytest.raises(ValueError):
        plain.plain_twin(regex.compile("a", regex.I))


@pytest.mark.skipif(not plain.TWINS_TRUSTED, reason="re's possessive repeats are wrong before 3.11.5: no twin is used")
@pytest.mark.parametrize("name, pattern, twin", list(twins()), ids=lambda v: v if isinstance(v, str) else "")
def test_each_twin_finds_what_its_pattern_finds_on_plain_text(name, pattern, twin):
    texts = [t for t in TEXTS + corpus_texts() if plain.is_plain(t, Article(t).words)]
    assert len(texts) >= len(TEXTS)
    for text in texts:
        assert found(twin.finditer(text)) == found(pattern.finditer(text)), name
    for text in TEXTS:  # at every offset, as the stages call them
        for at in range(len(text)):
            one, other = twin.match(text, at, len(text) - 3), pattern.match(text, at, len(text) - 3)
            assert (one and (one.span(), one.groups())) == (other and (other.span(), other.groups())), (name, at)


def events_both_ways(text: str):
    """context_events, stated_aliases and the defined organisations of the text,
    through the `re` twins and through the `regex` patterns."""
    article = Article(text)
    attributions = attribute(article, quote_spans(text, article.paragraphs))
    quoted = Spans([span for span, _ in attributions])
    needed = _names_cued(article, attributions)
    out = []
    for fast in (True, False):
        article.plain = fast
        out.append((
            context.context_events(article, quoted, needed), people.stated_aliases(article),
            evidence.defined_organisations(text, fast),
        ))
    return out


def test_the_stages_give_the_same_events_through_either_engine():
    texts = [t for t in TEXTS + corpus_texts() if Article(t).plain]
    assert len(texts) >= len(TEXTS)
    with_events = 0
    for text in texts:
        fast, slow = events_both_ways(text)
        assert fast == slow
        with_events += bool(fast[0])
    assert with_events >= 3


def test_the_classes_mean_the_same_in_both_engines_on_every_plain_character():
    import re

    import regex

    chars = [chr(i) for i in range(128)] + list(plain.PUNCTUATION)
    for cls in (r"\s", r"\w", r"\d", r"\S", r"\W", r"\D", r"\p{Lu}", r"\p{Ll}", r"\p{L}", r"\p{M}", "."):
        twin = re.compile(plain.ascii_classes(cls), re.ASCII)
        unicode = regex.compile(cls)
        assert [bool(twin.match(c)) for c in chars] == [bool(unicode.match(c)) for c in chars], cls
    for c in chars:
        for text in ("a" + c, c + "a", c):
            assert [m.start() for m in re.finditer(r"\b", text, re.ASCII)] == [m.start() for m in regex.finditer(r"\b", text)]


def test_plain_words_are_the_words_of_the_unicode_token():
    from quotebook.extraction.article import text_words, TOKEN, TOKEN_PLAIN, word_starts

    texts = [t for t in TEXTS + corpus_texts() if plain.plain_characters(t)]
    assert len(texts) >= len(TEXTS)
    every_char = "".join(f"a{c}b {c}A{c}" for c in [chr(i) for i in range(128)] + list(plain.PUNCTUATION))
    for text in texts + ["", "a", " a", "a ", "_a1'b\u2019c-d 9x", "Z-'\u2019_9z\u201cA\u2014b\t@[`{Q", every_char]:
        parts = TOKEN_PLAIN.split(text)
        assert parts == TOKEN.split(text)
        starts = word_starts(parts)
        assert [text[s : s + len(w)] for s, w in zip(starts, parts[1::2])] == parts[1::2]
        assert len(starts) == len(parts) // 2
        assert text_words(text) == (parts[1::2], starts)  # (the compiled core's loop)


# Past ASCII: letters of several scripts, a mark, digits that are decimal (Arabic-Indic) and
# that are not (superscript two, a Roman numeral), the curly apostrophe, spaces and a surrogate.
UNICODE_WORD_CHARS = "aZ9_'-\u2019\u00e9\u0130\u03a3\u0301\u0661\u00b2\u2160\u00a0\u3000\u201c\u2014\ud800 .,"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=UNICODE_WORD_CHARS, max_size=16))
def test_the_words_of_any_text_read_by_the_loop_are_the_unicode_tokens(text):
    from quotebook.extraction.article import text_words, TOKEN, word_starts

    parts = TOKEN.split(text)
    assert text_words(text) == (parts[1::2], word_starts(parts))


def test_no_text_is_plain_where_re_cannot_be_trusted_with_the_twins(monkeypatch):
    monkeypatch.setattr(plain, "TWINS_TRUSTED", False)
    assert not plain.is_plain("Kata Budi Santoso.", ["Kata", "Budi", "Santoso."])
