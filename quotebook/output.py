"""Printing records the sqlite-utils way: a terminal table, --json, --nl or --csv."""
from __future__ import annotations

import csv
import json
import re
import shutil
import sys
import textwrap
from typing import Iterable, Sequence

import click


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
                "--fmt",
                default="simple",
                show_default=True,
                callback=_check_format,
                help="Table format: any tabulate format (grid, github, plain, ...).",
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


def emit(
    rows: Iterable[dict],
    columns: Sequence[str],
    *,
    as_json: bool = False,
    as_nl: bool = False,
    as_csv: bool = False,
    fmt: str = "simple",
    wrap: Sequence[str] = (),
    out=None,
) -> int:
    """Write rows in the chosen format; returns how many were written.

    JSON and CSV stream row by row; the table needs all rows to size its columns.
    Columns named in ``wrap`` are wrapped so the table fits the terminal.
    """
    if as_json + as_nl + as_csv > 1:
        raise click.UsageError("choose one of --json, --nl and --csv")
    out = out or sys.stdout
    count = 0
    # On a terminal, control characters are escaped: in a table or CSV as \x1b, in JSON as \u001b.
    tty = getattr(out, "isatty", lambda: False)()
    if as_nl:
        for row in rows:
            out.write(_json(row, tty) + "\n")
            count += 1
        return count
    if as_json:
        out.write("[")
        for row in rows:
            out.write(("\n " if count == 0 else ",\n ") + _json(row, tty))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    if as_csv:
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _escaped_cell(_cell(row.get(k))) if tty else _cell(row.get(k)) for k in columns})
            count += 1
        return count
    from tabulate import tabulate

    table = [[_escaped_cell(_cell(row.get(c))) for c in columns] for row in rows]
    if not table:
        click.echo("(nothing to show)", err=True)  # an empty table would print nothing at all
        return 0
    width = shutil.get_terminal_size((120, 24)).columns
    wrap_at = [columns.index(c) for c in wrap if c in columns]
    if wrap_at:
        fixed = sum(
            max(len(c), *(len(str(r[i])) for r in table)) + 2
            for i, c in enumerate(columns)
            if i not in wrap_at
        )
        # The first wrapped column (the quote) gets twice the room of the others.
        shares = [2] + [1] * (len(wrap_at) - 1)
        free = max(0, width - fixed - 3 * len(wrap_at))
        rooms = [max(16, free * share // sum(shares)) for share in shares]
        for r in table:
            for i, room in zip(wrap_at, rooms):
                r[i] = textwrap.fill(str(r[i]), room) if r[i] else r[i]
    # A column of text stays text as written (a bare year in a date column is
    # not a number to right-align); columns of numbers are aligned as numbers.
    text_columns = [i for i in range(len(columns)) if all(isinstance(r[i], str) for r in table)]
    out.write(tabulate(table, headers=list(columns), tablefmt=fmt, disable_numparse=text_columns) + "\n")
    return len(table)


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
