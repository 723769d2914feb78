"""Plain text: the fast engine where it means the same.

The patterns for capitalised words are written for the `regex` module, whose
Unicode classes (``\\p{Lu}``, ``\\p{L}``, ``\\p{M}``) the standard `re` lacks. But
almost every article is plain: ASCII, and perhaps a few punctuation marks
beyond it (curly quotes, dashes, the ellipsis), none of them a letter, mark,
digit, word character or space. On such a text
``\\p{Lu}`` finds exactly what ``A-Z`` finds, ``\\p{L}`` what ``A-Za-z`` does,
``\\p{M}`` nothing, and ``\\w``, ``\\d``, ``\\s`` and ``\\b`` the same in
``re.ASCII`` as in Unicode; so the same pattern, written with ASCII classes,
gives the same matches on `re`'s engine, which is several times faster.

One more condition: a plain text has no word over 61 characters, so the
``(*SKIP)`` shortcut of context.CAP_RUN for overlong words (which `re` cannot
write) never applies there. Any other text keeps the `regex` patterns.
"""
from __future__ import annotations

import re
import sys
from typing import Any, Final, Sequence

import regex  # type: ignore[import-untyped]

# The characters beyond ASCII a plain text may hold: punctuation in every
# Unicode version (Pi, Pf, Ps, Pd, Po), never a letter, mark, digit or space.
PUNCTUATION: Final = "\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2026"
NOT_PLAIN: Final = re.compile(f"[^\x00-\x7f{PUNCTUATION}]")
LONGEST_WORD: Final = 61  # context.CAP_WORD's longest word: past it CAP_RUN skips (see there)

# \p{..} class -> its ASCII letters, inside a set ([...]) and standing alone.
ASCII_CLASSES: Final = {"Lu": ("A-Z", "[A-Z]"), "Ll": ("a-z", "[a-z]"), "L": ("A-Za-z", "[A-Za-z]"), "M": ("", "(?!)")}
UNICODE_CLASS: Final = re.compile(r"\\p\{(\w+)\}")
# The flags a twin keeps; any other regex flag is refused (it may mean otherwise in re).
FLAGS: Final = {regex.M: re.M}
IGNORED_FLAGS: Final = regex.U | regex.V0


def plain_characters(text: str) -> bool:
    """Are all the characters of the text ASCII or PUNCTUATION?"""
    return text.isascii() or NOT_PLAIN.search(text) is None


# The twins make repeats possessive, which re got wrong in some patterns before Python
# 3.11.5 (CPython gh-106052: Debian 12's 3.11.2 finds other matches than `regex`
# does); there every text keeps the `regex` patterns. (No Final: the tests set it.)
TWINS_TRUSTED = sys.version_info >= (3, 11, 5)


def is_plain(text: str, words: Sequence[str]) -> bool:
    """Is the text plain (see the module), its words (Article.words) all at most LONGEST_WORD
    long, and re's engine one the twins can trust (TWINS_TRUSTED)?"""
    return TWINS_TRUSTED and plain_characters(text) and short_words(words)


def short_words(words: Sequence[str]) -> bool:
    """Is every word at most LONGEST_WORD long? (A loop: compiled, far faster than max(map(len, ...)).)"""
    for word in words:
        if len(word) > LONGEST_WORD:
            return False
    return True


def ascii_classes(pattern: str) -> str:
    """The pattern with each \\p{Lu}, \\p{Ll}, \\p{L} and \\p{M} written in ASCII."""
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            m = UNICODE_CLASS.match(pattern, i)
            if m is not None:
                inside, alone = ASCII_CLASSES[m.group(1)]  # (KeyError: a class with no twin)
                out.append(inside if in_set else alone)
                i = m.end()
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_set:
            in_set = True
            out.append(ch)
            if pattern.startswith("^", i + 1):
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):  # a `]` first in a set is a literal
                out.append("]")
                i += 1
        elif ch == "]" and in_set:
            in_set = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def plain_twin(pattern: Any, source: str | None = None) -> Any:
    """The `regex` pattern (or the SOURCE written for it, when the pattern holds what
    re cannot write, see the module) compiled by re for plain text; the pattern itself
    where re's twins are not trusted (TWINS_TRUSTED: Python 3.10 cannot even compile
    their possessive repeats)."""
    flags = pattern.flags & ~IGNORED_FLAGS
    re_flags = re.ASCII
    for flag, same in FLAGS.items():
        if flags & flag:
            re_flags |= same
            flags &= ~flag
    if flags:
        raise ValueError(f"no plain twin for the flags {flags:#x} of {pattern.pattern!r}")
    if not TWINS_TRUSTED:
        return pattern  # (a `regex` pattern: the same methods, so Any is returned)
    return re.compile(ascii_classes(pattern.pattern if source is None else source), re_flags)
