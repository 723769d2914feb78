"""Aliases stated in articles: `Joko Widodo (Jokowi)`, `X alias Y`, `X atau Y`,
`akrab disapa Y`, `Munafri 'Appi' Arifuddin`.

``alias_links`` finds the links an article states between a full name and a
short form; ``quotebook.identity.join_evidence`` weighs them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from . import lexicon
from .names import fold, short_form, speaker_key, split_role, title_words


@dataclass(frozen=True)
class Link:
    """An article's statement that ALIAS is a name of NAME."""

    name: str
    alias: str
    how: str
    context: str


NAME_WORD = r"[A-Z][\w'’.-]*"
ALIAS = rf"({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
ALIAS_CUES = tuple((how, re.compile(cue)) for how, cue in (
    # (how, pattern right after the name)
    ("(...)", rf"\s*\(\s*{ALIAS}\s*\)"),
    ("alias", rf",?\s+alias\s+{ALIAS}"),
    ("akrab disapa", rf",?\s+(?:atau\s+)?(?:yang\s+)?(?:akrab|biasa|kerap|lebih dikenal|dikenal)\s+(?:disapa|dipanggil|dengan sapaan|dengan nama|sebagai|dikenal)\s+{ALIAS}"),
    ("atau", rf",?\s+atau\s+{ALIAS}"),
))
QUOTE_MARKS = "'‘’\"“”"


def alias_links(text: str, names: Iterable[str]) -> list[Link]:
    """The links TEXT states between full names and short forms or aliases, for
    the given NAMES (the article's speakers) as the full name (`Joko Widodo
    (Jokowi)` for Joko Widodo) or as the alias (the same for Jokowi).

    An alias that is a role, an organisation's initials or the name itself is not a link.
    """
    links: dict[tuple[str, str], Link] = {}
    for name in names:
        found = _aliases_after(text, name) if len(name.split()) > 1 else []
        found += _full_names_before(text, name)
        for full, how, alias, context in found:
            alias = alias.strip(" .,")
            if _plausible_alias(full, alias):
                links.setdefault((full, alias), Link(full, alias, how, context))
    return list(links.values())


def _aliases_after(text: str, name: str) -> list[tuple[str, str, str, str]]:
    """(name, how, alias, context) for each alias the text gives right after NAME, or inside it."""
    found = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        for how, cue in ALIAS_CUES:
            match = cue.match(text, end, end + 120)
            if match:
                found.append((name, how, match.group(1), text[start : match.end()]))
                break
        start = text.find(name, end)
    # `Munafri 'Appi' Arifuddin`: a nickname in quote marks inside the name.
    words = name.split()
    if any(f"{words[0]} {mark}" in text for mark in QUOTE_MARKS):
        inner = rf"{re.escape(words[0])}\s+[{QUOTE_MARKS}]({NAME_WORD})[{QUOTE_MARKS}]\s+{re.escape(' '.join(words[1:]))}"
        found += [(name, "'...'", m.group(1), m.group(0)) for m in re.finditer(inner, text)]
    return found


FULL_BEFORE = rf"((?:{NAME_WORD}\s+){{1,6}}{NAME_WORD})"


LINK_WORDS = re.compile(r"\(|\b(?:alias|atau|disapa|dipanggil|sapaan|nama|sebagai|dikenal)\b", re.IGNORECASE)


def _full_names_before(text: str, alias: str) -> list[tuple[str, str, str, str]]:
    """(full name, how, alias, context) where the text gives a full name with ALIAS after it:
    `Presiden Joko Widodo (Jokowi)` gives Joko Widodo for Jokowi."""
    if len(alias.split()) > 2:
        return []
    found = []
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        # Only where a bracket or a word that links names comes just before: a short window, searched from its end.
        if LINK_WORDS.search(text, max(0, start - 40), start) and not text[end : end + 1].isalnum():
            offset = max(0, start - 160)
            window = text[offset : end + 3]
            for how, pattern in BEFORE_CUES:
                match = next((m for m in pattern.finditer(window) if m.end(2) + offset == end), None)
                if match and (match.group(2) == alias or match.group(2).endswith(" " + alias)):  # this very mention
                    full = _bare_full_name(match.group(1))
                    if 2 <= len(full.split()) <= 5:
                        found.append((full, how, alias, match.group(0)))
                    break
        start = text.find(alias, end)
    return found


# The cues with a full name before the alias, which may follow an honorific
# (`Saifullah Yusuf atau Gus Ipul` for Ipul).
BEFORE_CUES = tuple(
    (how, re.compile(FULL_BEFORE + cue.pattern.replace(ALIAS, rf"((?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})")))
    for how, cue in ALIAS_CUES
)


def _bare_full_name(run: str) -> str:
    """The name in a capitalised run: `Kemarin Presiden Joko Widodo` -> `Joko Widodo`."""
    words = split_role(run)[0].split()
    while words and fold(words[0]) and fold(words[0])[0] in lexicon.words("not_names"):
        words = words[1:]  # a sentence's first word is no name
    return split_role(" ".join(words))[0]


def _plausible_alias(name: str, alias: str) -> bool:
    bare, role = split_role(alias)
    key = speaker_key(bare)
    if not bare or not key or key == speaker_key(name) or len(key.split()) > 2:
        return False
    if any(w in title_words() or w in lexicon.words("not_names") for w in key.split()):
        return False
    letters = bare.replace(".", "")
    # An initialism is a link only where it is the initials of the name (`Bambang Adi Santoso (BAS)`).
    if letters.isupper() and len(letters) > 1:
        return short_form(key, speaker_key(name)) == "the initials"
    return True
