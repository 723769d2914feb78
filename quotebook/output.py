"""Printing records the sqlite-utils way: a terminal table, --fmt, --json, --nl, --csv or --tsv.

The default table is drawn for the terminal: its width is ``$COLUMNS``, else the
width of the terminal that standard output (or, when that is a pipe, standard
error) is on, else 120. Column widths are taken from the first rows, which are
printed at once; the rest stream under them. Only the columns named to wrap
(the quote, a title) are wrapped; when even then the table is too wide the
least important columns are left out, then the widest of the others made
narrower. A cell wider than its column (a long name in a later row) wraps
too. No line is ever wider than the width.

Every other format writes one line per record and never wraps: ``--fmt``
tables flatten whitespace inside a cell to one space, ``--tsv`` escapes tabs,
newlines and backslashes as ``\\t``, ``\\n`` and ``\\\\``.

``--tsv``, ``--no-headers`` and ``--wide`` do not reach the command function:
they are kept in the click context and read by :func:`emit`, so every command
that takes the output options has them.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
import textwrap
from dataclasses import dataclass
from itertools import chain, islice
from typing import Iterable, Iterator, Sequence

import click

FIRST_ROWS = 50  # rows read before the table's column widths are fixed
FALLBACK_WIDTH = 120
GAP = 2  # spaces between columns, as in tabulate's "simple" format
MAX_WORD = 20  # a longer word (a URL) may be cut to keep a wrapped column narrow
MIN_WRAP = (28, 12)  # the narrowest the first / another wrapped column gets, unless its text is narrower


@dataclass(frozen=True)
class Table:
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


def _remember(ctx: click.Context, param: click.Parameter, value):
    ctx.meta[f"quotebook.{param.name}"] = value
    return value


# C0 and C1 control characters, DEL, and lone surrogates (bytes of a file name that
# were not UTF-8): what a terminal could take as a command, or cannot print at all.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
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

    return UNPRINTABLE.sub(escape, text) if not text.isprintable() else text


def output_options(command):
    """The output flags every listing command shares."""
    for option in reversed(
        [
            click.option("--json", "as_json", is_flag=True, help="Output a JSON array."),
            click.option("--nl", "as_nl", is_flag=True, help="Output one JSON object a line."),
            click.option("--csv", "as_csv", is_flag=True, help="Output CSV with a header row."),
            click.option(
                "--tsv", "as_tsv", is_flag=True, expose_value=False, callback=_remember,
                help="Output tab-separated values, one line a record (tabs, newlines and \\ escaped as \\t, \\n, \\\\).",
            ),
            click.option(
                "--fmt",
                default="simple",
                show_default=True,
                callback=_check_format,
                help="Table format: any tabulate format (grid, github, tsv, html, ...), one line a record.",
            ),
            click.option(
                "--no-headers", "no_headers", is_flag=True, expose_value=False, callback=_remember,
                help="Leave out the header row of a table, CSV or TSV.",
            ),
            click.option(
                "--wide", "wide", is_flag=True, expose_value=False, callback=_remember,
                help="Table with every column, in full, however wide.",
            ),
        ]
    ):
        command = option(command)
    return command


def _check_format(ctx, param, value: str) -> str:
    if value != "simple":
        from tabulate import tabulate_formats

        if value not in tabulate_formats:
            raise click.BadParameter(f"{value!r} is not a table format; use one of: {', '.join(tabulate_formats)}")
    return value


def _flag(name: str) -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get(f"quotebook.{name}"))


def is_terminal_table(as_json: bool = False, as_nl: bool = False, as_csv: bool = False, fmt: str = "simple") -> bool:
    """Whether the output asked for is the default terminal table (the only one a listing may cut short)."""
    return not (as_json or as_nl or as_csv or _flag("as_tsv")) and fmt == "simple"


def terminal_width() -> int:
    """$COLUMNS, else the width of the terminal stdout or stderr is on, else 120."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for stream in (sys.__stdout__, sys.__stderr__):
        if stream is None:
            continue
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            continue
    return FALLBACK_WIDTH


def emit(
    rows: Iterable[dict],
    columns: Sequence[str],
    *,
    as_json: bool = False,
    as_nl: bool = False,
    as_csv: bool = False,
    fmt: str = "simple",
    table: Table | None = None,
    out=None,
) -> int:
    """Write rows in the chosen format; returns how many were written.

    ``columns`` are the record's columns (JSON, CSV, TSV and ``--wide`` give
    them all); ``table`` says how the default table and ``--fmt`` show them.
    Everything streams row by row but ``--fmt`` tables, which tabulate sizes
    from all rows.
    """
    as_tsv, headers = _flag("as_tsv"), not _flag("no_headers")
    if as_json + as_nl + as_csv + as_tsv > 1:
        raise click.UsageError("choose one of --json, --nl, --csv and --tsv")
    out = out or sys.stdout
    # On a terminal, control characters are escaped: in a table, CSV or TSV as \x1b, in JSON as \u001b.
    tty = getattr(out, "isatty", lambda: False)()
    if as_nl:
        return _write_lines((_json(row, tty) for row in rows), out)
    if as_json:
        return _write_json(rows, out, tty)
    if as_csv or as_tsv:
        return _write_separated(rows, columns, out, tsv=as_tsv, headers=headers, tty=tty)
    table = table or Table(columns)
    if _flag("wide"):
        table = Table(columns, wrap=(), short=())
    rows = iter(rows)
    first = list(islice(rows, FIRST_ROWS))
    if not first:
        click.echo("(nothing to show)", err=True)  # an empty table would print nothing at all
        return 0
    if fmt != "simple":
        return _write_tabulate(chain(first, rows), table, fmt, headers, out)
    width = None if _flag("wide") else terminal_width()
    return _write_table(first, rows, table, width, headers, out)


def _write_lines(lines: Iterable[str], out) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count


def _write_json(rows: Iterable[dict], out, tty: bool) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(("\n " if count == 0 else ",\n ") + _json(row, tty))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_separated(
    rows: Iterable[dict], columns: Sequence[str], out, *, tsv: bool, headers: bool, tty: bool
) -> int:
    if tsv:
        lines = ("\t".join(_tsv_field(row.get(c), tty) for c in columns) for row in rows)
        return _write_lines(chain(["\t".join(columns)] if headers else [], lines), out) - headers
    writer = csv.writer(out)
    if headers:
        writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_escaped_cell(_cell(row.get(c))) if tty else _cell(row.get(c)) for c in columns])
        count += 1
    return count


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_field(value, tty: bool) -> str:
    field = str(_cell(value)).translate(_TSV_ESCAPES)
    return safe_for_terminal(field) if tty else field


def _write_tabulate(rows: Iterable[dict], table: Table, fmt: str, headers: bool, out) -> int:
    from tabulate import tabulate

    cells = [[_flat(_short(_cell(row.get(c))) if c in table.short else _cell(row.get(c))) for c in table.columns]
             for row in rows]
    # A column of text stays text as written (a bare year in a date column is
    # not a number to right-align); columns of numbers are aligned as numbers.
    text_columns = [i for i in range(len(table.columns)) if all(isinstance(r[i], str) for r in cells)]
    out.write(
        tabulate(cells, headers=list(table.columns) if headers else (), tablefmt=fmt, disable_numparse=text_columns)
        + "\n"
    )
    return len(cells)


def _flat(value):
    """One line: every run of whitespace in a text cell becomes one space, and
    other control characters are escaped (\\x1b), so a table cell cannot drive
    the terminal whatever the stored text holds."""
    return safe_for_terminal(re.sub(r"\s+", " ", value).strip()) if isinstance(value, str) else value


def _text(value, short: bool = False) -> str:
    value = _cell(value)
    if isinstance(value, float):
        return format(value, "g")
    text = _flat(str(value))
    return _short(text) if short else text


def _short(value):
    """The last part of a path (a file name), for an article id that is one."""
    if isinstance(value, str) and "/" in value.rstrip("/"):
        return value.rstrip("/").rsplit("/", 1)[1]
    return value


# -- the terminal table --------------------------------------------------------


@dataclass
class _Column:
    name: str
    width: int  # the widest text in the first rows (or the header)
    word: int  # the longest word in the first rows
    wrap: bool
    short: bool
    number: bool


def _write_table(first: list[dict], rest: Iterator[dict], table: Table, width: int | None, headers: bool, out) -> int:
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


def _json(row: dict, tty: bool) -> str:
    """One row as JSON; for a terminal, also DEL and C1 controls escaped (json escapes C0 itself)."""
    line = json.dumps(row, ensure_ascii=False)
    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", line) if tty else line


def _escaped_cell(value):
    return safe_for_terminal(value) if isinstance(value, str) else value


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value
