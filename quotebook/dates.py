"""Dates: reading an article's date, and the bounds of --since and --until.

Stored dates are ISO (`2020-04-13`), or a bare year when the article gives
no more; both compare as text, which is how the store filters them.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from . import lexicon

ISO_DATE = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")  # (also `2023/05/01`, `2023.05.01`)
COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?=\d{6}\b|\b|T)")  # `20230501`, `20230501T101500`, `20230501123000`
DMY_DATE = re.compile(r"(?:\w+,\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
NAMED_DATE = re.compile(r"(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b")
MONTH_FIRST_DATE = re.compile(r"(?:\w+,\s*)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")  # `May 1, 2023`
# What iso_date reads, for a message about a date it could not.
DATE_FORMS = "2023-05-01; 2023/05/01; 20230501; 01/05/2023 (day first); 1 Mei 2023; May 1, 2023"
OTHER_DAY_FORMS = DATE_FORMS.split("; ", 1)[1]  # (a bound's message names YYYY-MM-DD itself)
BOUND = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # ASCII digits: \d would take ٢٠٢٤ too, kept as written


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
    """`2020-04-13T10:00`, `13/04/2020`, `Senin, 13 April 2020`, `April 13, 2020` -> `2020-04-13`;
    None if not a date (the forms: DATE_FORMS). What follows the date (a time) is not read."""
    return _read_date(text.strip())[0]


def _read_date(text: str) -> tuple[str | None, int]:
    """(the ISO date TEXT opens with, or None; where that date ends in TEXT)."""
    if re.fullmatch(r"\d{4}", text):
        return text, len(text)
    if m := ISO_DATE.match(text):
        y, _, mo, d = m.groups()
    elif m := COMPACT_DATE.match(text):
        y, mo, d = m.groups()
    elif m := DMY_DATE.match(text):
        d, mo, y = m.groups()
    elif (m := NAMED_DATE.match(text)) and m.group(2).lower() in months():
        d, y = m.group(1), m.group(3)
        mo = str(months()[m.group(2).lower()])
    elif (m := MONTH_FIRST_DATE.match(text)) and m.group(1).lower() in months():
        d, y = m.group(2), m.group(3)
        mo = str(months()[m.group(1).lower()])
    else:
        return None, 0
    try:
        return date(int(y), int(mo), int(d)).isoformat(), m.end()
    except ValueError:
        return None, 0


def bound_date(value: str) -> str:
    """A --since/--until value as YYYY, YYYY-MM or YYYY-MM-DD: those as given, if a date, any
    other form iso_date reads (`2023/05/01`, `1 Mei 2023`) as its ISO date."""
    if BOUND.fullmatch(value):
        parts = [int(part) for part in value.split("-")] + [1, 1]
        try:
            datetime(parts[0], parts[1], parts[2])
        except ValueError:
            raise NotADate(f"{value!r} is not a date: there is no such month or day") from None
        return value
    found, end = _read_date(value.strip()) if value.isascii() else (None, 0)  # (not other digits: ٢٠٢٠)
    if found is None or end < len(value.strip()):  # (a bound is a date and nothing more: not `2023-01-1999`)
        raise NotADate(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (or a day as {OTHER_DAY_FORMS})")
    return found


def date_bound(value: str, *, upper: bool) -> str:
    """A --since/--until value (see bound_date) as a bound on ISO dates."""
    value = bound_date(value)
    # `~` sorts after every digit and `-`, so `2024-01~` is after every day of January.
    return value + "~" if upper else value
