"""Dates: reading an article's date, and the bounds of --since and --until.

Stored dates are ISO (`2020-04-13`), or a bare year when the article gives
no more; both compare as text, which is how the store filters them.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from . import lexicon

ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
DMY_DATE = re.compile(r"(?:\w+,\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
NAMED_DATE = re.compile(r"(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b")
BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class NotADate(ValueError):
    """A --since/--until value that is not a date; the message says what to write."""


@cache
def months() -> dict[str, int]:
    """Every spelling of a month name (data/months.txt) -> its number."""
    table = {}
    for entry in lexicon.entries("months"):
        number, *names = entry.split()
        for name in names:
            table[name] = int(number)
    return table


def iso_date(text: str) -> str | None:
    """`2020-04-13T10:00`, `13/04/2020`, `Senin, 13 April 2020` -> `2020-04-13`; None if not a date."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return text
    if m := ISO_DATE.match(text):
        y, mo, d = m.groups()
    elif m := DMY_DATE.match(text):
        d, mo, y = m.groups()
    elif (m := NAMED_DATE.match(text)) and m.group(2).lower() in months():
        d, y = m.group(1), m.group(3)
        mo = str(months()[m.group(2).lower()])
    else:
        return None
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def date_bound(value: str, *, upper: bool) -> str:
    """A --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD) as a bound on ISO dates."""
    parts = value.split("-")
    try:
        if not BOUND.fullmatch(value):
            raise ValueError
        datetime(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise NotADate(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    # `~` sorts after every digit and `-`, so `2024-01~` is after every day of January.
    return value + "~" if upper else value
