"""Titles: a name phrase split into its title and its bare name (``Kepala
Cabang BPJAMSOSTEK Semarang Majapahit`` and ``Imron Fatoni``), as a ``Mention``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .vocabulary import determiners_spaced, lex, NAMING_WORDS
from .tokens import is_upper_start, opens_title, fold


# One comma-separated part of a speaker phrase: its words, where its name
# starts (len(words) when it has none), and whether an age follows a word.
Segment = tuple[tuple[str, ...], int, bool]


@dataclass(slots=True)
class Mention:
    """A person as one place in the article writes them."""

    name: tuple[str, ...]  # name tokens, bare (no honorifics, ranks, degrees)
    title: str | None
    role_only: bool = False  # no name: `seorang warga`, `jaksa`
    pronoun: bool = False
    text: str = ""  # as written

    @property
    def name_text(self) -> str | None:
        return " ".join(self.name) if self.name else None


# `pedagang lain`, `warga lainnya`: the role is `pedagang`, `warga`.
OTHER_ONES = re.compile(r"(?<=\w)[ \t]+(?:lain|lainnya)$")


def strip_determiners(words: list[str]) -> list[str]:
    L = lex()
    lowered = " ".join(words).lower()
    if not (lowered + " ").startswith(determiners_spaced()):
        return words  # the common case, in one test
    for det in L.determiners:
        if lowered == det or lowered.startswith(det + " "):
            return words[len(det.split()) :]
    return words


def is_role_segment(tokens: Sequence[str]) -> bool:
    L = lex()
    words = strip_determiners(list(tokens))
    if not words:
        return False
    head = fold(words[0])
    return head in L.offices or head in L.roles or (head in L.places and is_upper_start(words[0]))


def split_title(phrase: str, parsed: tuple[Segment, ...], name_seg: int, cut: int) -> Mention:
    """The phrase's parts (parsed) as title and bare name, the name in part
    name_seg, its first cut words given to the title."""
    L = lex()
    tokens, start, _ = parsed[name_seg]
    name = tokens[start:]
    prefix = tokens[:start]
    if cut:
        prefix, name = prefix + name[:cut], name[cut:]
    ranks: list[str] = []
    kept: list[str] = []
    for tok in prefix:
        key = fold(tok)
        if key in L.honorifics and not (key in L.titles and kept):
            continue
        if key in L.ranks and key not in ("tni", "polri") or (key in ("pol", "tni") and ranks):
            ranks.append(tok)
            continue
        kept.append(tok)
    # The title starts at its first office or role word (`Pengasuh Pondok ...`),
    # else at its first organisation word (`Corporate Communications PT ...`).
    opens = next((i for i, t in enumerate(kept) if opens_title(t)), None)
    if opens is None:
        opens = next((i for i, t in enumerate(kept) if fold(t) in L.titles or t.startswith("(")), len(kept))
    kept = kept[opens:]
    while kept and fold(kept[-1]) in NAMING_WORDS:
        kept.pop()  # `warga bernama Sinta`: the role is `warga`
    title_parts = []
    # Keep the role segments right before the name segment; when the name
    # segment ends a list of units (`..., Kelautan, dan Pertanian ... Suharini`),
    # the whole list back to its office word.
    in_list = fold(tokens[0]) in ("dan", "serta")
    contiguous: list[tuple] = []
    for p in reversed(parsed[:name_seg]):
        if is_role_segment(p[0]):
            contiguous.insert(0, p)
            if in_list:
                break
        elif in_list:
            contiguous.insert(0, p)
        else:
            break
    if in_list and contiguous and not is_role_segment(contiguous[0][0]):
        contiguous = []
    for p in contiguous:
        title_parts.append(" ".join(strip_determiners(list(p[0]))))
    own = " ".join(strip_determiners(kept))
    if own and title_parts and fold(tokens[0]) in ("dan", "serta"):
        own = tokens[0] + " " + own  # the last item of a list of units: `..., Kelautan, dan Pertanian`
    if own:
        title_parts.append(own)
    after: list[str] = []
    for p in parsed[name_seg + 1 :]:
        if after or is_role_segment(p[0]):
            after.append(" ".join(strip_determiners(list(p[0]))))
        else:
            break
    title_parts.extend(after)
    title = ", ".join(OTHER_ONES.sub("", t) for t in title_parts if t)
    if ranks:
        title = (title + " " + " ".join(ranks)).strip()
    return Mention(name=tuple(name), title=title or None, text=phrase)


def role_mention(phrase: str, parsed: tuple[Segment, ...]) -> Mention | None:
    """A mention with no name: `seorang warga`, `petugas keamanan di Kantor PSSI`, `JPU`."""
    L = lex()
    words = strip_determiners(list(parsed[0][0]))
    if not words:
        return None
    head = fold(words[0])
    if head in L.pronouns:
        return Mention(name=(), title=None, pronoun=True, text=phrase)
    if head not in L.roles and head not in L.titles:
        return None
    title = ", ".join(" ".join(strip_determiners(list(p[0]))) for p in parsed)
    return Mention(name=(), title=title, role_only=True, text=phrase)
