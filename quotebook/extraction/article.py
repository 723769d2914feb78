"""The article's word and verb indexes and its clause breaks, found once per
article text and looked up by the later stages."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, islice

from .vocabulary import cue_words, determiner_heads, verb_words, lex, one_of, PASSIVE_REPORTING
from .tokens import fold, keeps_period


# The group makes TOKEN.split keep the words: gap, word, gap, word, ..., gap.
# (a-z is redundant with \w, but re tests it first, before the Unicode class.)
TOKEN = re.compile(r"([^\W\d_][a-z\w'\u2019\-]*)")


# A clause ends at a sentence end, at a quote mark, or at a dash set off by spaces
# (`Semarang (ANTARA) - Kepala ...`, so a dateline never joins a title):
# `[.!?…]["”']?\s+|["“”„]+|\s(?:--?|–|—)\s(?=[A-Z])`, written with literal
# openings (see one_of), so a dash break is found at the dash, not at the
# space before it.
CLAUSE_BREAK = re.compile(
    one_of(".!?\u2026", r"[\"\u201d']?\s+")
    + "|" + one_of('"\u201c\u201d\u201e', '["\u201c\u201d\u201e]*')
    + "|" + r"-(?<=\s.)-?\s(?=[A-Z])"
    + "|" + one_of("\u2013\u2014", r"(?<=\s.)\s(?=[A-Z])")
)


DASHES = "-\u2013\u2014"


WORD_BEFORE = re.compile(r"([\w.]+)$")


@lru_cache(maxsize=8)
def word_index(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Start offsets and the words of the whole text, found once per text.

    Split, not finditer: no match object per word. A word starts where the
    lengths of the parts before it add up to."""
    parts = TOKEN.split(text)
    # Where each part ends; the end of gap k is the start of word k.
    ends = accumulate(map(len, parts))
    return tuple(islice(ends, 0, len(parts) - 1, 2)), tuple(parts[1::2])


def indexes(words: tuple[str, ...], word: str) -> list[int]:
    """Every index of the word in words, in order (tuple.index does the scanning)."""
    found: list[int] = []
    try:
        while True:
            found.append(words.index(word, found[-1] + 1 if found else 0))
    except ValueError:
        return found


@lru_cache(maxsize=8)
def _verbs_at(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Indexes (into word_index) of the reporting verbs, the passive reporting
    verbs, and the cue verbs (with `menurut`), found in one pass over the words."""
    L = lex()
    verbs = verb_words()
    found = [(i, w) for i, w in enumerate(word_index(text)[1]) if w in verbs]
    cues = cue_words()
    return (
        tuple([i for i, w in found if w in L.reporting]),
        tuple([i for i, w in found if w in PASSIVE_REPORTING]),
        tuple([i for i, w in found if w in cues]),
    )


def reporting_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[0]


def passive_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[1]


def cue_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[2]


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence end, quote mark or dash break starts and where the
    next clause begins, for the whole text (a str caches its hash, so this is
    cheap to look up). A period here may still end an abbreviation (`Dr.`):
    clause_start asks about the few it comes to."""
    starts, ends = [], []
    scanned = 0  # the end of the last match
    for m in CLAUSE_BREAK.finditer(text):
        at = m.start()
        if text[at] in DASHES:
            at -= 1  # a dash break starts at the space before the dash ...
            if at < scanned:
                scanned = m.end()
                continue  # ... unless that space ends the break before it (`kata dia. - Jakarta`)
        scanned = m.end()
        starts.append(at)
        ends.append(scanned)
    return tuple(starts), tuple(ends)


def clause_start(text: str, lo: int, hi: int) -> int:
    """Start of the clause that ends at hi: after the last sentence end or quote mark."""
    starts, ends = _clause_breaks(text)
    i = bisect_left(starts, hi)
    while i > 0:
        i -= 1
        if ends[i] <= hi and not abbreviation_before(text, starts[i]):
            return max(lo, ends[i])
    return lo


def common_opener(text: str, at: int, word: str) -> bool:
    """Is the capitalised word at `at` a common word opening its sentence: one the
    corpus writes in lower case in mid-sentence (`Hanya`, `Sekarang`, `Kedatangan`)?
    In mid-sentence a capital makes the same word part of a name (`Rob Subbaraman`)."""
    L = lex()
    key = fold(word)
    if not word[:1].isupper() or key not in L.lower_case or key in L.offices or key in L.roles or key in L.titles:
        return False  # an office opens the title before a name: `Ketua RT 05 Rudi`
    if key in determiner_heads() or key in L.pronouns:
        return False  # `Salah satu warga, Sultan (60), mengatakan`, `Dia melanjutkan`
    lo = at
    while lo > 0 and text[lo - 1] in " \t":
        lo -= 1
    return lo == 0 or text[lo - 1] == "\n" or clause_start(text, 0, at) == at


def abbreviation_before(text: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or initial (H., Dr., M.)?"""
    if text[dot] != ".":
        return False
    m = WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return m is not None and keeps_period(m.group(1) + ".")
