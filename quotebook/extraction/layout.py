"""Stage 1, layout: the article's paragraphs, and which of them carry no
reported words (``Baca juga:`` lines, credits, a headline, site chrome)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .vocabulary import VOCAB
from .tokens import SENTENCE_END, is_upper_start


@dataclass(slots=True, init=False)
class Paragraph:
    """(An __init__ of its own: see titles.Mention.)"""

    index: int
    start: int
    end: int
    skip: bool  # carries no reported words: Baca juga, credits, headline, chrome

    def __init__(self, index: int, start: int, end: int, skip: bool) -> None:
        self.index, self.start, self.end, self.skip = index, start, end, skip

    def __reduce__(self) -> tuple:
        return (Paragraph, (self.index, self.start, self.end, self.skip))


# The dateline that opens a news story: `Semarang (ANTARA) -`, `JAKARTA, KOMPAS.com -`,
# `Liputan6.com, Jakarta -`, `Jakarta, CNN Indonesia --`, `Jakarta -`, `medcom.id, Jakarta:`.
DATELINE: Final = re.compile(
    r"(?:[A-Z][\w.]*|[a-z][\w]*\.(?:com|co\.id|id|co))(?:[ ,]+(?:[A-Z][\w.]*|\([\w .]{2,30}\)|[a-z]+\.(?:com|id)))"
    r"{0,4}(?!-[a-z])\s*(?:--?|\u2013|\u2014)\s*\S"  # not a reduplicated word: `Barang-barang`
    r"|[a-z][\w]*\.(?:com|co\.id|id)(?:, [A-Z]\w*)?\s*:\s*\S"
)


# A dash glued between two words, the first with no period (`IEU-CEPA`, `Al-Khoziny`):
# a compound word, no dateline's (as `KOMPAS.com-Fenomena` is).
GLUED_DASH: Final = re.compile(r"(?:^|[ \t,(])[^ \t,(.]*\w-\w$")
# A sentence that ends inside a line and another that opens after it
# (`... kemiskinan. Prabowo juga ...`): a lead of two sentences, no headline.
SENTENCE_INSIDE: Final = re.compile(r"\b[a-z]{4,}[.!?][ \t]+[A-Z]")


# The quote marks (a quotation's own, or a line's in them).
QUOTE_MARK_CHARS: Final = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"
SUBHEADING_STOP: Final = re.compile("[:;\"\u201c\u201d\u201e\u00ab\u00bb]|[.!?,] ")


def layout(text: str) -> list[Paragraph]:
    """The article's non-empty lines, each a paragraph, with the ones to skip marked."""
    paragraphs: list[Paragraph] = []
    pos = 0
    blank_lines_part = "\n\n" in text
    wraps = False  # does the line before go on in this one?
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            wraps = False
            continue
        lead = len(line) - len(line.lstrip())
        start += lead
        end = start + len(stripped)
        if wraps and stripped[0].islower():
            paragraphs[-1].end = end  # `demi\ncucu, demi saudara`: a line wrapped inside a sentence
        else:
            skip = bool(VOCAB.chrome.match(stripped))
            paragraphs.append(Paragraph(len(paragraphs), start, end, skip))
        # Where blank lines part the paragraphs, a line break after a lower-case word or
        # a comma and before a lower-case one wraps a sentence; elsewhere every line is
        # a paragraph (a heading above a lower-case line: `Tiket\nbjb Tandamata`).
        wraps = blank_lines_part and (stripped[-1].islower() or stripped[-1] == ",")
    _skip_headline(text, paragraphs)
    for para, nxt in zip(paragraphs[1:-1], paragraphs[2:]):
        if para.skip:
            continue
        line = text[para.start : para.end]
        # (not the name of the person the section is about: `Ernest Prakasa` / `Ernest merasa ...`)
        para.skip = (is_subheading(line) and not text.startswith(line.split()[0] + " ", nxt.start)) or is_quoted_subheading(line)
    return paragraphs


def is_subheading(line: str) -> bool:
    """A short line in title case with no sentence end, colon or quote mark
    (`Ultimatum Prabowo`, `Kesadaran Baru soal Konsumsi`): a subheading, which
    names nobody speaking."""
    if not line[-1].isalnum():
        return False  # (the cheap test first: most lines end a sentence)
    words = line.split()
    if len(words) > 10 or SUBHEADING_STOP.search(line.replace(", ", " ", 1)):
        return False
    capitals = sum(1 for w in words if is_upper_start(w) or w[:1].isdigit())
    # (one comma between two title-case halves: `Banyak Rekan Hadir, Ronaldo Absen`)
    share = 0.6 if ", " not in line else 0.9
    return is_upper_start(words[0]) and is_upper_start(words[-1]) and capitals >= share * len(words)


def is_quoted_subheading(line: str) -> bool:
    """A line that is all one quotation in title case with no sentence end or comma
    closing it (`"Jangan Ingkari Sumpahmu"`): a subheading that quotes what the section
    goes on to report, not words said where it stands. (A short quote in sentence case
    that lost its stop, `"Terima kasih untuk semua doa"`, is still a quote.)"""
    if len(line) < 3 or line[0] not in QUOTE_MARK_CHARS or line[-1] not in QUOTE_MARK_CHARS:
        return False
    inner = line[1:-1].strip()
    return bool(inner) and not any(mark in inner for mark in QUOTE_MARK_CHARS) and is_subheading(inner.replace(", ", " "))


def _skip_headline(text: str, paragraphs: list[Paragraph]) -> None:
    """A first line with no sentence end, followed by more text, is a headline
    (not the lead: see _lead); and whatever stands above a dateline (a headline,
    a pull quote, chrome) is not the story."""
    if len(paragraphs) < 2:
        return
    for para in paragraphs[1:5]:
        if _dateline(text, para):
            for above in paragraphs[: para.index]:
                above.skip = True
            return
    first = paragraphs[0]
    line = text[first.start : first.end]
    if line[-1] not in SENTENCE_END + ",\"\u201d" and len(line.split()) <= 25 and not _lead(text, first):
        first.skip = True


def _lead(text: str, para: Paragraph) -> bool:
    """Is the line the story's lead, whose last sentence lost its stop: it opens with a
    dateline (`SENTOSA, KOMPAS.com - ...`), or holds a sentence's end?"""
    line = text[para.start : para.end]
    return SENTENCE_INSIDE.search(line) is not None or _dateline(text, para)


def _dateline(text: str, para: Paragraph) -> bool:
    """Does the paragraph open with a dateline? (Each holds a dash or a colon: a paragraph
    whose opening has none is not tried.)"""
    end = min(para.end, para.start + 80)
    if all(text.find(mark, para.start, end) < 0 for mark in "-\u2013\u2014:"):
        return False
    dateline = DATELINE.match(text, para.start, end)
    return dateline is not None and not GLUED_DASH.search(dateline.group())
