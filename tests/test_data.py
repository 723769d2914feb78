"""The word lists in data/: every file is read by the code, none holds an entry
twice, and lists that say opposite things about a word do not share it."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotebook import dates, lexicon, meta
from quotebook.extraction.vocabulary import Vocabulary

DATA = Path(__file__).resolve().parent.parent / "data"
LISTS = sorted(path.stem for path in DATA.glob("*.txt"))

# Lists that must never share a word: one says a word can be (part of) a
# person's name, the other that it cannot, or two kinds of word the
# extractor tells apart (a pronoun is no role; a place is no name).
NAME_LISTS = ("given_names", "first_names", "common_names", "name_words")
NOT_NAME_LISTS = ("not_names", "places", "place_kinds", "institution_kinds", "pronouns", "cues",
                  "reporting_verbs", "passive_reporting_verbs", "trailing_adverbs", "phrase_stops")
DISJOINT = [(a, b) for a in NAME_LISTS for b in NOT_NAME_LISTS] + [
    ("pronouns", "roles"), ("pronouns", "titles"), ("pronouns", "offices"),
    ("honorifics", "ranks"), ("name_words", "offices"), ("places", "offices"),
    ("cues", "titles"), ("reporting_verbs", "titles"),
]
# The words that stand in two such lists on purpose, and why: the test fails
# on any other shared word, and when one of these is no longer shared.
KNOWN = {
    # `Lalu` opens Sasak names (Lalu Hamdani) and is the adverb `then`
    # opening a sentence; the extractor tells the two apart by what stands before it.
    ("given_names", "not_names"): {"lalu"},
    ("given_names", "trailing_adverbs"): {"lalu"},
    # `Hari` is a name (Hari Tanoesoedibjo) and the word `day` opening a sentence.
    ("common_names", "not_names"): {"hari"},
}


def listed(name: str) -> set[str]:
    return {entry.lower().rstrip(".") for entry in lexicon.entries(name)}


def test_every_data_file_is_read_by_the_code(monkeypatch):
    asked: set[str] = set()
    read = lexicon.entries

    def spy(name: str) -> tuple[str, ...]:
        asked.add(name)
        return read(name)

    monkeypatch.setattr(lexicon, "entries", spy)
    lexicon.words.cache_clear()  # words() reads its file through entries() again
    readers = (meta.dateline_formats, meta._usual_place_names, dates.months)
    for reader in readers:
        reader.cache_clear()
    try:
        Vocabulary.load()
        for reader in readers:
            reader()
    finally:
        lexicon.words.cache_clear()
        for reader in readers:
            reader.cache_clear()
    assert asked == set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_a_data_file_holds_each_entry_once(name):
    entries = [entry.lower().rstrip(".") for entry in lexicon.entries(name)]
    assert entries, f"data/{name}.txt is empty"
    twice = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert not twice, f"data/{name}.txt lists these more than once: {twice}"


@pytest.mark.parametrize("name", LISTS)
def test_a_data_file_says_what_it_is_in_a_header_comment(name):
    assert (DATA / f"{name}.txt").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(("first", "second"), DISJOINT, ids=lambda name: name)
def test_lists_that_contradict_each_other_share_no_word(first, second):
    shared = listed(first) & listed(second)
    assert shared == KNOWN.get((first, second), set())


def test_the_lists_told_apart_are_all_in_data():
    assert {name for pair in DISJOINT for name in pair} <= set(LISTS)
    assert set(KNOWN) <= set(DISJOINT)

