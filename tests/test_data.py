"""The word lists in data/: every file is read by the code, none holds an entry
twice, and lists that say opposite things about a word do not share it."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import quotebook
from quotebook import lexicon
from quotebook.extraction.vocabulary import Vocabulary

DATA = Path(__file__).resolve().parent.parent / "data"
PACKAGE = Path(quotebook.__file__).parent
LISTS = sorted(path.stem for path in DATA.glob("*.txt"))

# Lists that must never share a word: one says a word can be (part of) a
# person's name, the other that it cannot, or two kinds of word the
# extractor tells apart (a pronoun is no role; a place is no name).
NAME_LISTS = ("given_names", "first_names", "common_names", "name_words")
NOT_NAME_LISTS = ("not_names", "places", "place_kinds", "institution_kinds", "association_kinds", "organisation_tail_words", "kinds_after_names", "pronouns", "cues",
                  "reporting_verbs", "passive_reporting_verbs", "trailing_adverbs", "phrase_stops")
DISJOINT = [(a, b) for a in NAME_LISTS for b in NOT_NAME_LISTS] + [
    ("pronouns", "roles"), ("pronouns", "titles"), ("pronouns", "offices"),
    ("honorifics", "ranks"), ("name_words", "offices"), ("places", "offices"),
    ("cues", "titles"), ("reporting_verbs", "titles"), ("male_words", "female_words"), ("male_honorifics", "female_honorifics"),
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


def lists_read_in(source: str) -> set[str]:
    """The data files a module reads: lexicon.entries("NAME"), lexicon.words("NAME"),
    or the same functions under their own names (`words = lexicon.words`)."""

    def reader(func: ast.expr) -> bool:
        if isinstance(func, ast.Attribute):
            return isinstance(func.value, ast.Name) and func.value.id == "lexicon" and func.attr in ("entries", "words")
        return isinstance(func, ast.Name) and func.id in ("entries", "words")

    return {
        node.args[0].value for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and reader(node.func) and node.args
        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
    }


def test_every_data_file_is_read_by_the_code():
    read = set().union(*(lists_read_in(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")))
    assert read == set(LISTS)


def test_the_vocabulary_loads_every_list_the_extraction_names(monkeypatch):
    asked: set[str] = set()
    entries = lexicon.entries

    def spy(name: str) -> tuple[str, ...]:
        asked.add(name)
        return entries(name)

    monkeypatch.setattr(lexicon, "entries", spy)
    lexicon.words.cache_clear()  # words() reads its file through entries() again
    try:
        Vocabulary.load()
    finally:
        lexicon.words.cache_clear()
    assert asked == lists_read_in((PACKAGE / "extraction" / "vocabulary.py").read_text(encoding="utf-8"))
    assert len(asked) > 30


@pytest.mark.parametrize("name", LISTS)
def test_a_data_file_holds_each_entry_once(name):
    entries = [entry.lower().rstrip(".") for entry in lexicon.entries(name)]
    assert entries, f"data/{name}.txt is empty"
    twice = sorted(entry for entry, times in Counter(entries).items() if times > 1)
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

