"""The terminal table, and how a value shows in a cell of any table.

The table is drawn for the terminal: its width is ``$COLUMNS``, else the
width of the terminal that standard output (or, when that is a pipe, standard
error) is on, else 120. Column widths are taken from the first rows, which are
printed at once; the rest stream under them. Only the columns named to wrap
(the quote, a title) are wrapped; when even then the table is too wide the
least important columns are left out, then the widest of the others made
narrower. A cell wider than its column (a long name in a later row) wraps
too. No line is ever wider than the width.
"""
from __future__ import annotations

import os
import re
import sys
import textwrap
from itertools import chain
from typing import Iterator, NamedTuple, Sequence

FALLBACK_WIDTH = 120
GAP = 2  # spaces between columns, as in tabulate's "simple" format
MAX_WORD = 20  # a longer word (a URL) may be cut to keep a wrapped column narrow
MIN_WRAP = (28, 12)  # the narrowest the first / another wrapped column gets, unless its text is narrower


class Table(NamedTuple):  # (NamedTuple, not a dataclass: see store.schema.Step)
    """How a listing looks as a terminal table.

    ``columns`` in the order shown; ``wrap`` the columns whose text wraps (the
    first gets twice the room of the others); ``drop`` the columns to leave out
    first, in order, when the table does not fit; ``short`` the columns shown by
    their last path part (a file name, not its path). ``--wide`` shows every
    column of the records instead, in full.
    """

    columns: Sequence[str]
    wrap: Sequence[str] = ()
    drop: Sequence[str] = ()
    short: Sequence[str] = ()


# C0 and C1 control characters, DEL, and lone surrogates (bytes of a file name that
# were not UTF-8): what a terminal could take as a command, or cannot print at all.
# Compiled at the first text that needs it (re keeps it): most text is printable, and a
# class reaching the surrogates takes 1-2 ms to compile, 2% of a query command.
UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\ud800-\udfff]"
NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def safe_for_terminal(text: str, keep: str = "") -> str:
    """TEXT with control characters (except those in KEEP) written as escapes (\\x1b,
    \\n, and \\xff for a byte of a file name that was not UTF-8), so that printing it
    can neither move the cursor, clear the screen nor start a line that looks like ours."""

    def escape(match: re.Match) -> str:
        ch = match.group()
        if ch in keep:
            return ch
        if ch in NAMED_ESCAPES:
            return NAMED_ESCAPES[ch]
        code = ord(ch) - 0xDC00 if 0xDC80 <= ord(ch) <= 0xDCFF else ord(ch)  # surrogateescape'd byte
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return re.sub(UNPRINTABLE, escape, text) if not text.isprintable() else text


def terminal_width() -> int:
    """$COLUMNS, else the width of the terminal stdout or stderr is on, else 120. (A
    terminal that reports no width, as `script` or a serial console may, counts as none.)"""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for stream in (sys.__stdout__, sys.__stderr__):
        if stream is None:
            continue
        try:
            width = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            continue
        if width > 0:
            return width
    return FALLBACK_WIDTH


def flat(value):
    """One line: every run of whitespace in a text cell becomes one space, and
    other control characters are escaped (\\x1b), so a table cell cannot drive
    the terminal whatever the stored text holds."""
    return safe_for_terminal(re.sub(r"\s+", " ", value).strip()) if isinstance(value, str) else value


def _text(value, short: bool = False) -> str:
    value = cell(value)
    if isinstance(value, float):
        return format(value, "g")
    text = flat(str(value))
    return last_part(text) if short else text


def last_part(value):
    """The last part of a path (a file name), for an article id that is one."""
    if isinstance(value, str) and "/" in value.rstrip("/"):
        return value.rstrip("/").rsplit("/", 1)[1]
    return value


# -- the terminal table --------------------------------------------------------


class _Column:  # (a plain class, not a dataclass: see store.schema.Step)
    __slots__ = ("name", "width", "word", "wrap", "short", "number")

    def __init__(self, name: str, width: int, word: int, wrap: bool, short: bool, number: bool) -> None:
        self.name = name
        self.width = width  # the widest text in the first rows (or the header)
        self.word = word  # the longest word in the first rows
        self.wrap = wrap
        self.short = short
        self.number = number


def write_table(first: list[dict], rest: Iterator[dict], table: Table, width: int | None, headers: bool, out) -> int:
    columns = [
        _Column(
            name,
            max([len(name) if headers else 1] + [len(_text(r.get(name), name in table.short)) for r in first]),
            max([0] + [len(w) for r in first for w in _text(r.get(name)).split()]),
            name in table.wrap,
            name in table.short,
            all(isinstance(r.get(name), (int, float)) or r.get(name) is None for r in first)
            and any(r.get(name) is not None for r in first),
        )
        for name in table.columns
    ]
    if width is not None:
        columns = _fit(columns, table, width)
    if headers:
        out.write(_line([(_abbreviated(c.name, c.width), c) for c in columns]) + "\n")
        out.write(_line([("-" * c.width, c) for c in columns]) + "\n")
    count = 0
    for row in chain(first, rest):
        for line in _row_lines(row, columns, width is not None):
            out.write(line + "\n")
        count += 1
        if count == len(first):
            out.flush()  # the first rows show at once, even through a pipe
    return count


def _fit(columns: list[_Column], table: Table, width: int) -> list[_Column]:
    """Choose and size the columns so that a line is at most WIDTH wide."""
    floor = {name: MIN_WRAP[min(i, 1)] for i, name in enumerate(table.wrap)}

    def least(c: _Column) -> int:
        # A wrapped column is not made so narrow that a usual word is cut.
        return min(c.width, max(floor[c.name], min(c.word, MAX_WORD))) if c.wrap else c.width

    def needed(cs: list[_Column]) -> int:
        return sum(least(c) for c in cs) + GAP * (len(cs) - 1)

    for name in table.drop:
        if needed(columns) <= width or len(columns) == 1:
            break
        columns = [c for c in columns if c.name != name]
    for c in columns:
        if c.wrap:
            c.width = max(1, c.width)
    # Still too wide: narrow the widest column, one character at a time.
    while needed(columns) > width:
        widest = max(columns, key=least)
        if least(widest) <= 1:
            break
        if widest.wrap:
            widest.width = least(widest) - 1
        else:
            widest.width -= 1
    # The room left goes to the wrapped columns, the first one twice as much.
    wrapped = sorted((c for c in columns if c.wrap), key=lambda c: list(table.wrap).index(c.name))
    natural = {id(c): c.width for c in wrapped}
    for c in wrapped:
        c.width = least(c)
    _share_room(wrapped, natural, width - needed(columns))
    return columns


def _share_room(wrapped: list[_Column], natural: dict[int, int], room: int) -> None:
    """Widen the WRAPPED columns by ROOM characters in all, none past its NATURAL width
    (by id): in each round the first column still short grows by two, the others by one."""
    while room > 0:
        growing = [c for c in wrapped if c.width < natural[id(c)]]
        if not growing:
            break
        for share, c in zip([2] + [1] * len(growing), growing):
            grow = min(share, room, natural[id(c)] - c.width)
            c.width += grow
            room -= grow


def _row_lines(row: dict, columns: list[_Column], fitted: bool) -> list[str]:
    cells = []
    for c in columns:
        text = _text(row.get(c.name), c.short)
        if fitted and (c.wrap or len(text) > c.width):
            # A later row's longer name wraps too rather than lose its end.
            cells.append(textwrap.wrap(text, c.width, break_on_hyphens=False) or [""])
        else:
            cells.append([text])
    height = max(len(lines) for lines in cells)
    return [
        _line([(lines[i] if i < len(lines) else "", c) for lines, c in zip(cells, columns)])
        for i in range(height)
    ]


def _abbreviated(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _line(cells: list[tuple[str, _Column]]) -> str:
    return (" " * GAP).join(text.rjust(c.width) if c.number else text.ljust(c.width) for text, c in cells).rstrip()


def cell(value):
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return value
