"""Who is who: whether two names are one person, and the title a speaker goes by.

Pure functions over names and titles; the store applies them (``quotebook.store``)
and keeps what they found with the article that gave it. Names and their keys
are in ``quotebook.names``, aliases stated in articles in ``quotebook.aliases``.

- ``join_evidence``: whether a short form and a full name are one person, and
  why: a stated link, the name words in order, or a nickname of the name with
  the same office. A one-word name never joins a longer one by name alone.
- ``homonyms``: two people with the same one-word name and different places or roles.
- ``best_title``: the fullest recent title of a speaker, noise left out.
- ``closest``: the speakers nearest to a name that matches none (rapidfuzz).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable

from . import lexicon
from .names import STOPWORDS, WEEKDAYS, abbreviations, fold, phrases, short_form

# ---------------------------------------------------------------------------
# Titles and offices


@cache
def _expansions() -> dict[str, str]:
    """Role and organisation abbreviations (folded) -> their long forms, for comparing titles."""
    out = dict(abbreviations())
    for entry in lexicon.entries("organisation_abbreviations"):
        short, long = re.split(r"\s{2,}", entry, maxsplit=1)
        out["".join(fold(short))] = long.strip()
    return out


# A time phrase the title ran into: `..., hari ini`, `..., Senin (12/4)`, `... hari ini`
# (a day's name only after a comma: `Pasar Minggu` is a place).
TIME_TAIL = re.compile(
    rf"(?:,\s*(?:hari ini|kemarin|tadi\b.*|pada\b.*|(?:{'|'.join(WEEKDAYS)})\b.*|\(\d.*)"
    r"|\s+(?:hari ini|kemarin))$",
    re.IGNORECASE,
)


DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'-]+,\s*")  # `JAKARTA, Presiden`: the dateline the title ran into


@lru_cache(maxsize=8192)
def expand_title(title: str) -> str:
    """Role abbreviations written out: `Mensos` -> `Menteri Sosial`, `Kapolda Papua` -> `Kepala Kepolisian Daerah Papua`."""
    table = _expansions()
    return " ".join(table.get("".join(fold(w)), w) for w in title.split())


@lru_cache(maxsize=8192)
def clean_title(title: str | None) -> str | None:
    """A title without the time phrase the extractor may leave at its end
    (`Kepala Dinas Perhubungan DKI Jakarta, hari ini`); None where no role is left (`Keamanan`)."""
    if not title:
        return None
    title = DATELINE_HEAD.sub("", TIME_TAIL.sub("", title.strip())).strip(" ,;:-")
    words = set(fold(expand_title(title)))
    if words & (lexicon.words("offices") | lexicon.words("roles")):
        return title
    folded = fold(title)
    # A rank of two words or more (`Komisaris Besar`), not a lone word of one (`Besar`).
    pairs = {tuple(folded[i : i + size]) for size in (2, 3) for i in range(len(folded) - size + 1)}
    return title if pairs & phrases("ranks") else None


@lru_cache(maxsize=8192)
def _office(title: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(core words, modifiers) of a title that names an office; None for a title with no office word."""
    words = [w for w in fold(expand_title(title)) if w not in STOPWORDS]
    offices = lexicon.words("offices")
    if not any(w in offices for w in words):
        return None
    modifiers = lexicon.words("office_modifiers")
    generic = set(lexicon.words("titles")) | offices
    core = frozenset(w for w in words if w in generic and w not in modifiers)
    return core, frozenset(w for w in words if w in modifiers)


def same_office(a: str, b: str) -> bool:
    """`Mensos` and `Menteri Sosial (Mensos)`, `Presiden` and `Presiden Republik Indonesia`:
    one names the other's office, with the same modifiers (a Wakil Presiden is not the Presiden)."""
    oa, ob = _office(a), _office(b)
    if oa is None or ob is None or oa[1] != ob[1]:
        return False
    return oa[0] <= ob[0] or ob[0] <= oa[0]


def shared_office(a_titles: Iterable[str], b_titles: Iterable[str]) -> str | None:
    """A title of A that names the same office as one of B's, else None."""
    b_titles = list(b_titles)
    for a in a_titles:
        if any(same_office(a, b) for b in b_titles):
            return a
    return None


def offices_conflict(a_titles: Iterable[str], b_titles: Iterable[str]) -> bool:
    """Both hold offices and none of them is the same."""
    a_office = [t for t in a_titles if _office(t)]
    b_office = [t for t in b_titles if _office(t)]
    return bool(a_office and b_office) and shared_office(a_office, b_office) is None


@lru_cache(maxsize=8192)
def _context(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """(role words, place and organisation names) of a title: `pedagang sayur di Pasar Baru Bogor`
    -> ({pedagang}, {baru, bogor})."""
    roles = set(lexicon.words("offices")) | set(lexicon.words("roles"))
    role_words, names = set(), set()
    for written, word in ((w, " ".join(fold(w))) for w in expand_title(title).split()):
        if word in roles:
            role_words.add(word)
        elif written[:1].isupper() and word not in lexicon.words("place_nouns") and word not in STOPWORDS:
            names.add(word)
    return frozenset(role_words), frozenset(names)


def homonyms(a_titles: Iterable[str], b_titles: Iterable[str]) -> bool:
    """Two people who share a one-word name: both have titles, and no title of one
    fits one of the other (a different role, or the same role in another place)."""
    a_titles, b_titles = [t for t in a_titles if t], [t for t in b_titles if t]
    if not a_titles or not b_titles:
        return False
    for a in a_titles:
        ra, na = _context(a)
        for b in b_titles:
            rb, nb = _context(b)
            if (not ra or not rb or ra & rb) and (not na or not nb or na & nb):
                return False
    return True


@dataclass(frozen=True)
class TitleSeen:
    title: str
    quotes: int = 1
    last_seen: str | None = None


def best_title(titles: Iterable[TitleSeen]) -> str | None:
    """The fullest recent title: the most recent one's fullest statement.

    Noise (`Keamanan`, a time phrase) is left out. Of the titles seen last,
    the one held in most quotes; then, among all titles whose words include
    it (`Presiden` in `Presiden Republik Indonesia`), the longest.
    """
    clean = [(c, t) for t in titles if (c := clean_title(t.title))]
    if not clean:
        return None
    latest = max(clean, key=lambda ct: (ct[1].last_seen or "", ct[1].quotes, len(ct[0])))[0]
    words = _title_shape(latest)[0]
    fuller = [c for c, _ in clean if words <= _title_shape(c)[0]]
    return max(fuller, key=lambda c: (_title_shape(c)[1], c == latest))


@lru_cache(maxsize=8192)
def _title_shape(title: str) -> tuple[frozenset[str], int]:
    """(its words with abbreviations written out, folded; how many words it has as written):
    what best_title compares, asked of all a speaker's titles each time an ingest adds one."""
    return frozenset(fold(expand_title(title))), len(fold(title))


# ---------------------------------------------------------------------------
# Evidence that two names are one person


@dataclass(frozen=True)
class Person:
    """A speaker as the identity rules see it."""

    name: str
    key: str
    titles: tuple[str, ...] = ()


def join_evidence(short: Person, full: Person, stated: str | None = None) -> str | None:
    """Why SHORT (a short form or alias) is FULL, or None where the evidence is not enough.

    A link an article states (``stated``, a sentence naming the article) is
    enough unless their offices differ; a name of two words or more whose words
    come in order in FULL is enough unless their offices or roles differ; a one-word name
    needs, beside its form, the same office as FULL.
    """
    if offices_conflict(short.titles, full.titles):
        return None
    if stated:
        return stated
    form = short_form(short.key, full.key)
    if form is None:
        return None
    if homonyms(short.titles, full.titles):
        return None  # (`Direktur Utama Telkomsel` and `Direktur Jenderal ... Kemenhut`: one office word, two offices)
    office = shared_office(short.titles, full.titles)
    if len(short.key.split()) > 1:
        return form + (f"; both {office}" if office else "")
    if office:
        return f"{form}; both {office}"
    return None


def suggestion(a: Person, b: Person) -> str | None:
    """Why A and B may be one person, where the rules did not make them one: a
    short form without an office in common, or a spelling a letter or two apart
    (`Rahmat`/`Rachmat`). None when nothing points to it."""
    from rapidfuzz.distance import Levenshtein

    if a.key == b.key or offices_conflict(a.titles, b.titles) or homonyms(a.titles, b.titles):
        return None
    short, full = sorted((a, b), key=lambda p: len(p.key.split()))
    form = short_form(short.key, full.key)
    if form and form != "the initials":
        office = shared_office(short.titles, full.titles)
        return form + (f"; both {office}" if office else "")
    if len(a.key.split()) == len(b.key.split()) and Levenshtein.distance(a.key, b.key) <= max(1, len(a.key) // 8):
        office = shared_office(a.titles, b.titles)
        if office or len(a.key.split()) > 1:
            return "spelled nearly alike" + (f"; both {office}" if office else "")
    return None


def closest(name: str, choices: dict[int, str], limit: int = 5) -> list[int]:
    """The ids of the names in CHOICES nearest to NAME (accents, case and word order do not count)."""
    from rapidfuzz import fuzz, process

    query = " ".join(fold(name))
    if len(query) > 200:
        return []  # no speaker's name is that long
    folded = {i: " ".join(fold(n)) for i, n in choices.items()}

    def nearest_word(word: str, name: str, **_: object) -> float:
        """How near one word typed is to the nearest word of a name (`imorn`: `Imron Fatoni`)."""
        return max((fuzz.ratio(word, part) for part in name.split()), default=0.0)

    scorer = fuzz.token_sort_ratio if " " in query else nearest_word
    found = process.extract(query, folded, scorer=scorer, limit=limit, score_cutoff=75)
    return [key for _, _, key in found]
