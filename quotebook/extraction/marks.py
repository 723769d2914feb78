"""Stage 2, quote marks: where quote marks are paired into spans, a quote over
several paragraphs joined into one."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .positions import Cursor
from .vocabulary import VOCAB
from .tokens import one_of, places_of
from .layout import Paragraph, QUOTE_MARK_CHARS


# A run of the same mark counts once (`""`, a stray `''`), so a text made of
# marks costs one step, not one per mark: `([marks])\1*|''+`.
QUOTE_MARK: Final = re.compile(f"({one_of(QUOTE_MARK_CHARS)}|'(?='))\\1*")
QUOTE_MARK_OPENINGS: Final = QUOTE_MARK_CHARS + "'"
OPENING_GLYPHS: Final = "\u201c\u201e\u201f\u00ab"
CLOSING_GLYPHS: Final = "\u201d\u00bb"
CUE_AFTER_MARK: Final = re.compile(r"[a-z]+")


@dataclass(slots=True, init=False)
class Span:
    """(An __init__ of its own: see titles.Mention.)"""

    open_at: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close_end: int  # one past the closing mark (== end when unclosed)
    paragraph: int  # paragraph of the opening mark
    last_paragraph: int
    closed: bool

    def __init__(
        self, open_at: int, start: int, end: int, close_end: int, paragraph: int, last_paragraph: int, closed: bool
    ) -> None:
        self.open_at, self.start, self.end, self.close_end = open_at, start, end, close_end
        self.paragraph, self.last_paragraph, self.closed = paragraph, last_paragraph, closed

    def __reduce__(self) -> tuple:
        return (Span, (self.open_at, self.start, self.end, self.close_end, self.paragraph, self.last_paragraph, self.closed))


def has_quote_mark(text: str) -> bool:
    """Is there a quote mark in the text (QUOTE_MARK.search(text), by a search for each
    mark: the engine tests every character of a text with no quote mark against them all)?"""
    return any(mark in text for mark in QUOTE_MARK_CHARS) or "''" in text


def _mark_role(text: str, at: int, length: int) -> str:
    """'open', 'close' or 'either', judged by what stands on each side of the mark."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + length] if at + length < len(text) else "\n"
    space_before = before.isspace() or before in "([{\u2014\u2013"
    space_after = after.isspace() or after in ",.;:!?)]}\u2026" or after in "\u2014\u2013"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    glyph = text[at]
    if before in ".!?" and after.isupper():
        return "either"  # glued to a full stop and the next sentence (`ditangkap.”Saya`): open or close by state
    if glyph in OPENING_GLYPHS:
        return "open"
    if glyph in CLOSING_GLYPHS or length == 2:
        return "close"
    return "either"  # glued on both sides (`,"ucapnya`, `mengatakan,"Kami`): open or close by state


def _cue_follows(text: str, pos: int) -> bool:
    """Is the mark ending at pos glued to a cue verb (`”ujar Windhu`)? Then it closes."""
    end = pos  # (CUE_AFTER_MARK's match, read by a loop)
    while end < len(text) and 97 <= ord(text[end]) <= 122:  # (a-z)
        end += 1
    word = text[pos:end]
    return end > pos and (word in VOCAB.cues or word.endswith("nya"))


def _nested_opens(text: str, marks: list[tuple[int, int]], i: int) -> bool:
    """Inside a quote, does the opening-looking mark i open a quote within it?

    Not when a cue verb follows it (`ekonomi, ”ujar Windhu`: a closing mark
    with a space before it); otherwise only when a closing mark follows soon
    (a slogan or a title inside speech is short) and another after that
    closes the outer quote.
    """
    at, length = marks[i]
    if _cue_follows(text, at + length) or len(marks) - i < 3:
        return False
    nxt_at, nxt_len = marks[i + 1]
    return nxt_at - at <= 200 and _mark_role(text, nxt_at, nxt_len) != "open"


def quote_spans(text: str, paragraphs: list[Paragraph]) -> list[Span]:
    """Pair quote marks into spans, paragraph by paragraph.

    A quote left open at the end of a paragraph goes on into the next one when
    that paragraph opens with a quote mark (the convention for quotes over
    several paragraphs); otherwise it ends with its paragraph.
    """
    spans: list[Span] = []
    current: Span | None = None
    depth = 0
    live = [p for p in paragraphs if not p.skip]
    every_mark = mark_runs(text)
    mark_at = Cursor([at for at, _ in every_mark])
    for n, para in enumerate(live):
        # (a run of marks ends before its paragraph's end, a space or the text's end)
        marks = every_mark[mark_at.left(para.start) : mark_at.left(para.end)]
        first_mark = 0
        if current is not None:
            if marks and marks[0][0] == para.start:
                first_mark = 1  # the mark that reopens a continued quote
            else:
                spans.append(current)
                current = None
                depth = 0
        current, depth = _pair_marks(text, para, marks, first_mark, current, depth, spans)
        if current is not None:
            current.end = current.close_end = para.end
            current.last_paragraph = para.index
            depth = 1
            nxt = live[n + 1] if n + 1 < len(live) else None
            if nxt is None or not QUOTE_MARK.match(text, nxt.start):
                spans.append(current)
                current = None
                depth = 0
    if current is not None:
        spans.append(current)
    return [s for s in spans if text[s.start : s.end].strip()]


def mark_runs(text: str) -> list[tuple[int, int]]:
    """Where each match of QUOTE_MARK starts and its length, as finditer finds them: a run
    of one mark (`'` only two or more), found by str.find and a look at the characters
    after it (compiled, a fraction of a call of the engine per mark)."""
    runs: list[tuple[int, int]] = []
    end = 0  # where the last run ends: the next starts at or after it
    for at in places_of(text, QUOTE_MARK_OPENINGS):
        if at < end:
            continue
        mark = text[at]
        stop = at + 1
        while stop < len(text) and text[stop] == mark:
            stop += 1
        if mark == "'" and stop == at + 1:
            continue  # a lone `'` is no mark (an apostrophe)
        runs.append((at, stop - at))
        end = stop
    return runs


def _pair_marks(
    text: str, para: Paragraph, marks: list[tuple[int, int]], first: int,
    current: Span | None, depth: int, spans: list[Span],
) -> tuple[Span | None, int]:
    """Pair the paragraph's marks from index `first` on, given the quote still
    open (current, with depth quotes open inside it); each span closed goes to
    spans. What is open at the paragraph's end."""
    for i in range(first, len(marks)):
        at, length = marks[i]
        role = _mark_role(text, at, length)
        if current is None:
            if role != "close" and not _cue_follows(text, at + length):
                current = Span(at, at + length, para.end, para.end, para.index, para.index, False)
                depth = 1
            continue
        if role == "open" and _nested_opens(text, marks, i):
            depth += 1  # a quote inside the quote: it belongs to the outer one
            continue
        depth -= 1
        if depth > 0:
            continue
        current.end, current.close_end, current.closed = at, at + length, True
        current.last_paragraph = para.index
        spans.append(current)
        current = None
    return current, depth


class Spans:
    """The kept quote spans, sorted, for asking whether a place is inside one."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.opens = [s.open_at for s in spans]
        self.closes = [s.close_end for s in spans]
        self.at = Cursor(self.opens)  # (asked about in the order of the text, mostly)

    def __contains__(self, pos: int) -> bool:
        i = self.at.left(pos + 1) - 1  # (bisect_right of an integer)
        return i >= 0 and pos < self.closes[i]
