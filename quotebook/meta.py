"""Article metadata read from the text itself: outlet, dateline city, reporter,
editor, copyright year and the headlines of ``Baca juga:`` lines.

``read_meta`` is pure and never raises. Every pattern is matched against one
line at a time, the dateline formats (data/outlets.txt) only against the first
few lines, and no pattern nests one repetition inside another, so the time is
linear in the length of the text whatever it holds.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import lexicon

# The dateline opens the first paragraph of the body; a headline, a pull quote
# or some site chrome may come before it, but not more than a few lines.
HEAD_LINES = 6
HEAD_CHARS = 3000

CITY = r"(?P<city>[A-Z][A-Za-z'\u2019-]*(?: [A-Z][A-Za-z'\u2019-]*){0,2})"
# A dash (or two, spaced or not) with a space after it: `Jakarta-Bandung` is no dateline.
DASH = r"[ \t]*[-\u2013\u2014]{1,3}(?:[ \t]+[-\u2013\u2014]{1,3})?(?:[ \t]+|$)"

# Kompas credits a stringer as `Penulis: Kontributor Sampang, Taufiqurrahman`.
CONTRIBUTOR = re.compile(r"kontributor [^,]{1,40},[ \t]*", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_NAME_CHARS = 80


def _any_of(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def credit_fields() -> dict[str, str]:
    """Credit label -> the column it fills (data/credits.txt)."""
    return dict(entry.lower().split(maxsplit=1) for entry in lexicon.entries("credits"))


@cache
def patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(credit line, related-article line, copyright line), built from the lists in data/."""
    credit = re.compile(rf"({_any_of(list(credit_fields()))})[ \t]*:[ \t]*(.*)", re.IGNORECASE)
    openers = _any_of([w.lower() for w in lexicon.entries("related_openers")])
    related = re.compile(rf"(?:{openers})(?: juga)?[ \t]*:[ \t]*(\S.*)", re.IGNORECASE)
    copyright_ = re.compile(_any_of(list(lexicon.entries("copyright_signs"))), re.IGNORECASE)
    return credit, related, copyright_


@cache
def copyright_signs() -> tuple[str, ...]:
    """The signs of a copyright line (data/copyright_signs.txt), lower-cased."""
    return tuple(sign.lower() for sign in lexicon.entries("copyright_signs"))


@cache
def dateline_formats() -> tuple[tuple[str | None, re.Pattern], ...]:
    """(readable outlet name or None, pattern) for each line of data/outlets.txt, in file order."""
    formats = []
    for entry in lexicon.entries("outlets"):
        name, pattern = re.split(r"\s{2,}", entry, maxsplit=1)
        pattern = pattern.replace("{CITY}", CITY).replace("{DASH}", DASH)
        formats.append((None if name == "-" else name, re.compile(pattern)))
    return tuple(formats)


@cache
def _usual_place_names() -> dict[str, str]:
    return {entry.lower(): entry for entry in lexicon.entries("places")}


def usual_case(city: str) -> str:
    """The city as it is usually written: `JAKARTA` -> `Jakarta`, `DKI JAKARTA` -> `DKI Jakarta`."""
    known = _usual_place_names()
    words = []
    for word in city.split():
        if word.lower() in known:
            words.append(known[word.lower()])
        elif word.isupper() and len(word) > 2:
            words.append("-".join(part.capitalize() for part in word.split("-")))
        else:
            words.append(word)
    return " ".join(words)


def read_dateline(line: str) -> tuple[str | None, str | None] | None:
    """(outlet, city) if the line opens with a dateline, else None."""
    for name, pattern in dateline_formats():
        found = pattern.match(line)
        if found:
            groups = found.groupdict()
            city = groups.get("city")
            outlet = name or groups.get("outlet")
            return outlet, usual_case(city) if city else None
    return None


def _credit_name(value: str) -> str | None:
    value = value.strip()
    contributor = CONTRIBUTOR.match(value)
    if contributor:
        value = value[contributor.end():]
    value = value.strip(" \t.,;")
    if not value or len(value) > MAX_NAME_CHARS:
        return None
    return value


def read_meta(text: str) -> dict:
    """Outlet, dateline city, reporter, editor, copyright year and related headlines of one article.

    Each is None (``related``: an empty list) when the text does not give it.
    """
    meta: dict[str, Any] = {"outlet": None, "dateline": None, "reporter": None, "editor": None, "year": None, "related": []}
    if not isinstance(text, str):
        return meta
    head = text[:HEAD_CHARS]
    seen = 0
    for line in head.splitlines():
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        found = read_dateline(line)
        if found:
            meta["outlet"], meta["dateline"] = found
            break
        seen += 1
        if seen == HEAD_LINES:
            break

    credit_line, related_line, copyright_line = patterns()
    # Most articles have no copyright line: one look at the whole text spares a search of each line.
    lowered = text.lower()
    copyrighted = any(sign in lowered for sign in copyright_signs())
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if ":" in line:  # (a credit and a related headline have their colon: most lines have none)
            related = related_line.match(line)
            if related:
                meta["related"].append(related.group(1).strip())
                continue
            for part in line.split("|"):
                credit = credit_line.match(part.strip())
                if credit:
                    field = credit_fields()[credit.group(1).lower()]
                    if meta[field] is None:
                        meta[field] = _credit_name(credit.group(2))
        if meta["year"] is None and copyrighted and copyright_line.search(line):
            years = YEAR.findall(line)
            if years:
                meta["year"] = int(years[-1])
    return meta
