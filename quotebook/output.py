"""Printing records the sqlite-utils way: a terminal table, --fmt, --json, --nl, --csv or --tsv.

The default table is drawn for the terminal, as quotebook.table says: as wide
as the terminal, the quote wrapped, the least important columns left out first.

Every other format writes one line per record and never wraps: ``--fmt``
tables flatten whitespace inside a cell to one space, ``--tsv`` escapes tabs,
newlines and backslashes as ``\\t``, ``\\n`` and ``\\\\``.

``--tsv``, ``--no-headers`` and ``--wide`` do not reach the command function:
they are kept in the click context and read by :func:`emit`, so every command
that takes the output options has them.
"""
from __future__ import annotations

import re
import sys
from functools import cache
from itertools import chain, islice
from typing import Callable, Iterable, Sequence

import click

from .table import Table, cell, flat, last_part, safe_for_terminal, terminal_width, write_table

FIRST_ROWS = 50  # rows read before the table's column widths are fixed


def _remember(ctx: click.Context, param: click.Parameter, value):
    ctx.meta[f"quotebook.{param.name}"] = value
    return value


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


NOTHING_TO_SHOW = "(nothing to show)"


def is_terminal_table(as_json: bool = False, as_nl: bool = False, as_csv: bool = False, fmt: str = "simple") -> bool:
    """Whether the output asked for is the default terminal table (the only one a listing may cut short)."""
    return not (as_json or as_nl or as_csv or _flag("as_tsv")) and fmt == "simple"


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
    when_empty: Callable[[], str | None] = lambda: NOTHING_TO_SHOW,
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
        return _write_lines((json_line(row, tty) for row in rows), out)
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
        # (asked once the rows are read: None after an error that said why)
        if said := when_empty():
            click.echo(safe_for_terminal(said), err=True)  # an empty table would print nothing at all
        return 0
    if fmt != "simple":
        return _write_tabulate(chain(first, rows), table, fmt, headers, out)
    width = None if _flag("wide") else terminal_width()
    return write_table(first, rows, table, width, headers, out)


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
        out.write(("\n " if count == 0 else ",\n ") + json_line(row, tty))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_separated(
    rows: Iterable[dict], columns: Sequence[str], out, *, tsv: bool, headers: bool, tty: bool
) -> int:
    if tsv:
        lines = ("\t".join(_tsv_field(row.get(c), tty) for c in columns) for row in rows)
        return _write_lines(chain(["\t".join(columns)] if headers else [], lines), out) - headers
    import csv

    writer = csv.writer(out)
    if headers:
        writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_escaped_cell(cell(row.get(c))) if tty else cell(row.get(c)) for c in columns])
        count += 1
    return count


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_field(value, tty: bool) -> str:
    field = str(cell(value)).translate(_TSV_ESCAPES)
    return safe_for_terminal(field) if tty else field


def _write_tabulate(rows: Iterable[dict], table: Table, fmt: str, headers: bool, out) -> int:
    from tabulate import tabulate

    cells = [[flat(last_part(cell(row.get(c))) if c in table.short else cell(row.get(c))) for c in table.columns]
             for row in rows]
    # A column of text stays text as written (a bare year in a date column is
    # not a number to right-align); columns of numbers are aligned as numbers.
    text_columns = [i for i in range(len(table.columns)) if all(isinstance(r[i], str) for r in cells)]
    out.write(
        tabulate(cells, headers=list(table.columns) if headers else (), tablefmt=fmt, disable_numparse=text_columns)
        + "\n"
    )
    return len(cells)


@cache
def _json_encoder():
    """One encoder for every row (json.dumps with an option builds a new one each call),
    made when the first row is written: a table never needs this encoder."""
    import json

    return json.JSONEncoder(ensure_ascii=False)


def json_line(row: dict, tty: bool) -> str:
    """One row as JSON; for a terminal, also DEL and C1 controls escaped (json escapes C0 itself)."""
    line = _json_encoder().encode(row)
    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", line) if tty else line


def _escaped_cell(value):
    return safe_for_terminal(value) if isinstance(value, str) else value
