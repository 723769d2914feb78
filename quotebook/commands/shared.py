"""What the commands share: the --db and --format options, the text and count types,
opening the database, ending a command with an error, signal handling, date checking."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import NoReturn

import click

from ..output import safe_for_terminal


def db_option(command):
    return click.option(
        "--db",
        "db_path",
        metavar="FILE",
        envvar="QUOTEBOOK_DB",
        default="quotebook.db",
        show_default=True,
        show_envvar=True,
        help="The database file.",
    )(command)


class Text(click.ParamType):
    """A string; bytes the terminal could not decode (kept by Python as lone surrogates) are refused."""

    name = "text"

    def convert(self, value, param, ctx):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail("holds bytes that are not UTF-8 (is the terminal set to UTF-8?)", param, ctx)
        return value


TEXT = Text()
LARGEST = 2**63 - 1  # what SQLite's integers hold


class Count(click.ParamType):
    """A number of rows: a whole number from 0 to the largest SQLite holds (said in words,
    not as click's `0<=x<=9223372036854775807`)."""

    name = "integer"

    def convert(self, value, param, ctx):
        number = click.INT.convert(value, param, ctx)
        if number < 0:
            self.fail(f"{number} is less than 0", param, ctx)
        if number > LARGEST:
            self.fail(f"{number} is more than the largest number a database holds", param, ctx)
        return number


COUNT = Count()


class Workers(click.IntRange):
    """A number of worker processes: a whole number from 1 (click's IntRange, but called an
    integer: `'abc' is not a valid integer`, not `... integer range`)."""

    name = "integer"

    def __init__(self) -> None:
        super().__init__(min=1)


WORKERS = Workers()


class QuoteId(click.ParamType):
    """A quote's id as `quotebook quotes` lists it: a whole number from 1."""

    name = "quote id"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        if text.isascii() and text.isdigit() and 1 <= int(text) <= LARGEST:
            return int(text)
        self.fail(f"{value!r} is not a quote id: the id column of `quotebook quotes` gives one (a whole number "
                  "from 1)", param, ctx)


QUOTE_ID = QuoteId()


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"Error: {safe_for_terminal(message, keep=chr(10))}", err=True)
    sys.exit(code)


@contextmanager
def database(path: str, *, write: bool = False, create: bool = False):
    """The store at PATH; a database that cannot be used ends the command with exit code 2."""
    import sqlite3

    from ..store import AmbiguousSpeaker, BadDatabase, Store, StoreError, describe

    try:
        store = Store(path, write=write, create=create)
    except BadDatabase as exc:
        fail(str(exc), 2)
    try:
        yield store
        for note in store.notes:
            click.echo(f"Note: {safe_for_terminal(note)}", err=True)
    except AmbiguousSpeaker as exc:
        lines = [f"{exc}; say which one:"]
        for match in exc.matches[:20]:
            title = f", {match['latest_title']}" if match["latest_title"] else ""
            count = match["quote_count"]
            lines.append(safe_for_terminal(f"  {match['name']} ({count} quote{'s' if count != 1 else ''}{title})"))
        if len(exc.matches) > 20:
            lines.append(f"  ... and {len(exc.matches) - 20} more")
        fail("\n".join(lines))
    except StoreError as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(describe(path, exc), 2)
    finally:
        store.close()


@contextmanager
def on_signal(signum: int, handler):
    """HANDLER for the signal SIGNUM inside the block (in the main thread; elsewhere it cannot be set)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signum, handler)
    try:
        yield
    finally:
        signal.signal(signum, previous)


def check_date(ctx, param, value):
    if value is None:
        return None
    from ..dates import NotADate, bound_date

    try:
        return bound_date(value)
    except NotADate as exc:
        raise click.BadParameter(str(exc)) from None


def verbose_option(command):
    return click.option("--verbose", "-v", is_flag=True, help="Name every file and WARC record skipped.")(command)


def format_option(command):
    from ..sources import STDIN_FORMATS

    return click.option(
        "--format", "stdin_format", type=click.Choice(STDIN_FORMATS), default="auto", show_default=True,
        help="How to read standard input (-): auto tells JSON Lines, a JSON document, a web page and text apart.",
    )(command)
