"""Helpers for the extraction tests, one file per stage module (test_marks.py for
quotebook/extraction/marks.py, ...).

Every text in these tests was written for them: the people, places and events
are invented, in the shape Indonesian news sites give them. The tests pin
general rules, never a particular article (issues 2 and 7, GUIDELINES.md).

Conventions:
- ``direct(text)`` runs ``extract``, checks that every offset slices out
  exactly its quote, and returns the direct quotes only (indirect speech may
  be returned with kind ``indirect`` and is never mixed in).
- Quote texts are compared without edge whitespace and edge punctuation
  (``,`` ``.`` ``?`` ``!``): the scorer matches quotes by word overlap.
- Speakers are compared exactly (bare full name, or None); titles by the
  key role words they must contain (titles are scored by word overlap).
- The tables of cases (ONE_QUOTE, QUOTES) say per text what ``check_one`` or
  ``check_quotes`` must find; each case's id is the name of the test it was.
"""
from __future__ import annotations

import os
import re

from quotebook import extract

UNCHECKED = object()  # an expectation a case does not state
# The share of its examples a property test of tests/extraction/test_shortcuts.py runs:
# half by default, so that the suite takes under two minutes on a busy two-core machine;
# `QUOTEBOOK_EXAMPLES=1` runs them all (after a change to a shortcut), more runs more.
EXAMPLES_SHARE = float(os.environ.get("QUOTEBOOK_EXAMPLES", "0.5"))


def examples(count: int) -> int:
    """How many examples a property test that asks for `count` runs (see EXAMPLES_SHARE)."""
    return max(100, round(count * EXAMPLES_SHARE))


def direct(text: str):
    out = extract(text)
    for q in out:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.quote, q
        assert q.kind in ("direct", "indirect"), q
    return [q for q in out if q.kind == "direct"]


def core(s: str) -> str:
    return s.strip().strip(",.!?\u2026").strip()


def words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def show(qs) -> list[tuple]:
    return [(q.quote, q.speaker, q.title, q.cue) for q in qs]


def only(text: str):
    qs = direct(text)
    assert len(qs) == 1, show(qs)
    return qs[0]


def assert_title(q, *keys: str) -> None:
    assert q.title is not None, f"no title for {q.speaker!r} ({q.quote!r})"
    for key in keys:
        assert words(key) <= words(q.title), f"{key!r} not in title {q.title!r}"


def assert_quotes(text: str, expected: list[tuple[str, str | None]]):
    """The direct quotes, in order: each (start of the quote text, speaker)."""
    qs = direct(text)
    got = [(core(q.quote), q.speaker) for q in qs]
    assert len(qs) == len(expected), show(qs)
    for (quote, speaker), (want_quote, want_speaker) in zip(got, expected):
        assert quote.startswith(want_quote), (quote, want_quote)
        assert speaker == want_speaker, (quote, speaker, want_speaker)
    return qs


def check_one(
    text: str, *, speaker=UNCHECKED, title=UNCHECKED, title_has: tuple[str, ...] = (), cue=UNCHECKED,
    quote=UNCHECKED, quote_starts=UNCHECKED, quote_ends=UNCHECKED, quote_has=UNCHECKED,
    speaker_mention=UNCHECKED,
) -> None:
    """The text has one direct quote, with what is stated: the speaker (None:
    unnamed), the title exactly or words in it, the cue, the quote's text
    (whole, its start or end, without edge punctuation, or words in it), the
    speaker as written."""
    q = only(text)
    if speaker is not UNCHECKED:
        assert q.speaker == speaker, show([q])
    if title is not UNCHECKED:
        assert q.title == title, show([q])
    if title_has:
        assert_title(q, *title_has)
    if cue is not UNCHECKED:
        assert q.cue == cue, show([q])
    if quote is not UNCHECKED:
        assert core(q.quote) == quote
    if quote_starts is not UNCHECKED:
        assert core(q.quote).startswith(quote_starts), q.quote
    if quote_ends is not UNCHECKED:
        assert core(q.quote).endswith(quote_ends), q.quote
    if quote_has is not UNCHECKED:
        assert quote_has in q.quote, q.quote
    if speaker_mention is not UNCHECKED:
        assert q.speaker_mention == speaker_mention, show([q])


def check_quotes(text: str, *, quotes: list[tuple[str, str | None]], titles: dict[int, tuple[str, ...]]) -> None:
    """The direct quotes, in order: each (start of its text, speaker); and the
    words of the titles of some, by index."""
    qs = assert_quotes(text, quotes)
    for index, keys in titles.items():
        assert_title(qs[index], *keys)
