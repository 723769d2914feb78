"""The quotebook command line: a thin layer over the extractor and the store.

Imports of the store, sqlite-utils and tabulate happen inside the commands, so
that starting a command stays fast.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext

import click

from .output import emit, output_options

QUOTE_COLUMNS = (
    "article_id", "quote", "start", "end", "speaker", "speaker_mention", "title", "cue", "kind", "paragraph"
)
STORED_QUOTE_COLUMNS = (
    "id", "date", "speaker", "title", "quote", "outlet", "dateline", "article_id", "article_title", "url",
    "speaker_mention", "cue", "kind", "start", "end", "paragraph", "speaker_id",
)
SPEAKER_COLUMNS = ("id", "name", "quotes", "latest_title", "first_seen", "last_seen")


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


def fail(message: str, code: int = 1):
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@contextmanager
def database(path: str, *, write: bool = False, create: bool = False):
    """The store at PATH; a database that cannot be used ends the command with exit code 2."""
    import sqlite3

    from .store import AmbiguousSpeaker, BadDatabase, Store, StoreError, describe

    try:
        store = Store(path, write=write, create=create)
    except BadDatabase as exc:
        fail(str(exc), 2)
    try:
        yield store
    except AmbiguousSpeaker as exc:
        lines = [f"{exc}; say which one:"]
        for match in exc.matches[:20]:
            title = f", {match['latest_title']}" if match["latest_title"] else ""
            count = match["quote_count"]
            lines.append(f"  {match['name']} ({count} quote{'s' if count != 1 else ''}{title})")
        if len(exc.matches) > 20:
            lines.append(f"  ... and {len(exc.matches) - 20} more")
        fail("\n".join(lines))
    except StoreError as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(describe(path, exc), 2)
    finally:
        store.close()


def check_date(ctx, param, value):
    if value is None:
        return None
    from .dates import NotADate, date_bound

    try:
        date_bound(value, upper=False)
    except NotADate as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def format_option(command):
    from .sources import STDIN_FORMATS

    return click.option(
        "--format", "stdin_format", type=click.Choice(STDIN_FORMATS), default="auto", show_default=True,
        help="How to read standard input (-): auto tells JSON Lines, a web page and text apart.",
    )(command)


def machine_readable(as_json, as_nl, as_csv) -> bool:
    return as_json or as_nl or as_csv


@click.group()
@click.version_option(package_name="quotebook")
def cli():
    """Find every direct quotation in Indonesian news and who said it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--indirect/--no-indirect", default=False, help="Also list indirect (reported) speech.")
@format_option
@output_options
def extract(paths, indirect, stdin_format, as_json, as_nl, as_csv, fmt):
    """Print the quotes in articles, without storing anything.

    PATHS are .txt files (one article each), .jsonl files (one article a line:
    text or html, optional id, url, title, date, source), web pages (.html,
    .htm), WARC files (.warc, .warc.gz), directories (searched recursively)
    or - for standard input.
    """
    from .extraction import extract as find_quotes
    from .sources import Skipped, SourceError, read_paths

    failed = 0

    def rows():
        nonlocal failed
        for item in read_paths(paths, stdin_format=stdin_format):
            if isinstance(item, Skipped):
                continue
            if isinstance(item, SourceError):
                failed += 1
                click.echo(f"Error: {item}", err=True)
                continue
            for warning in item.warnings:
                click.echo(f"Warning: {item.origin}: {warning}", err=True)
            try:
                found = find_quotes(item.text, indirect=indirect)
            except Exception as exc:  # one article that breaks the extractor must not stop the rest
                failed += 1
                click.echo(f"Error: {item.origin}: extraction failed: {type(exc).__name__}: {exc}", err=True)
                continue
            for quote in found:
                record = {"article_id": item.article_id}
                record.update(quote.to_dict())
                yield record

    columns = QUOTE_COLUMNS if machine_readable(as_json, as_nl, as_csv) else ("article_id", "quote", "speaker", "title", "cue")
    emit(rows(), columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, wrap=("quote", "title"))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
    help="Worker processes for extraction.  [default: number of cores]",
)
@click.option(
    "--again", is_flag=True,
    help="Extract articles already stored with the same text once more, replacing their quotes "
    "(after upgrading quotebook).",
)
@format_option
@click.option("--verbose", "-v", is_flag=True, help="Name every file and WARC record skipped.")
def ingest(paths, db_path, jobs, again, stdin_format, verbose):
    """Store the quotes of articles in the database, with their speakers.

    PATHS are read as by `quotebook extract`. An article already stored is
    skipped; one whose text changed under the same id or url is replaced.
    Every file or line that cannot be read is reported and the rest goes on;
    the exit code is 1 if anything failed.
    """
    from .ingest import Summary
    from .ingest import ingest as run
    from .sources import input_size

    summary = Summary()
    on_terminal = sys.stderr.isatty()
    total = input_size(paths) if on_terminal else None
    bar = (
        click.progressbar(length=total, label="Ingesting", file=sys.stderr, show_eta=True)
        if total
        else nullcontext()
    )

    def report(kind):
        def echo(message):
            # Start on a fresh line so that a message does not run into the progress bar.
            click.echo(("\r\033[K" if total else "") + f"{kind}: {message}", err=True)
        return echo

    with database(db_path, write=True, create=True) as store, bar as progress:
        try:
            run(
                store, paths, jobs=jobs or os.cpu_count() or 1, summary=summary,
                on_error=report("Error"), on_warning=report("Warning"),
                on_progress=progress.update if total else (lambda nbytes: None), again=again,
                on_skip=report("Skipped") if verbose else (lambda message: None), stdin_format=stdin_format,
            )
        except KeyboardInterrupt:
            fail(f"interrupted; stored so far: {summary}. Run the same command again to finish.", 130)
    if not summary.articles and not summary.skipped:
        click.echo("Warning: no article found: no .txt, .jsonl, .html, .htm or WARC file in what was given", err=True)
    click.echo(str(summary), err=True)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.option("--speaker", "-s", type=TEXT, metavar="NAME", help="Quotes by this speaker (any case, accents, aliases).")
@click.option("--search", "-q", type=TEXT, metavar="TEXT", help='Full-text search in the quotes ("a phrase", OR, NOT, prefix*).')
@click.option("--since", metavar="DATE", callback=check_date, help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", callback=check_date, help="Up to and including this date.")
@click.option("--source", type=TEXT, metavar="OUTLET", help="Only from this outlet or source (any case).")
@click.option("--limit", "-n", type=click.IntRange(min=0), metavar="N", help="At most this many quotes.")
@db_option
@output_options
def quotes(speaker, search, since, until, source, limit, db_path, as_json, as_nl, as_csv, fmt):
    """Stored quotes, newest first."""
    from .store import BadQuery

    with database(db_path) as store:
        try:
            rows = store.quotes(speaker=speaker, search=search, since=since, until=until, source=source, limit=limit)
        except BadQuery as exc:
            raise click.BadParameter(str(exc), param_hint="'--search'") from None
        columns = STORED_QUOTE_COLUMNS if machine_readable(as_json, as_nl, as_csv) else (
            "date", "speaker", "title", "quote", "outlet"
        )
        emit(rows, columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, wrap=("quote", "title"))


@cli.command()
@click.option("--search", "-q", type=TEXT, metavar="TEXT", help="Speakers whose names hold these words (the last may be cut short).")
@click.option("--limit", "-n", type=click.IntRange(min=0), metavar="N", help="At most this many speakers.")
@db_option
@output_options
def speakers(search, limit, db_path, as_json, as_nl, as_csv, fmt):
    """Speakers, most quoted first, with their latest title and when they were first and last quoted."""
    from .store import BadQuery

    with database(db_path) as store:
        try:
            rows = store.speakers(search=search, limit=limit)
        except BadQuery as exc:
            raise click.BadParameter(str(exc), param_hint="'--search'") from None
        columns = SPEAKER_COLUMNS if machine_readable(as_json, as_nl, as_csv) else SPEAKER_COLUMNS[1:]
        emit(rows, columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, wrap=("latest_title",))


@cli.command()
@click.argument("name", type=TEXT)
@click.option("--latest", type=click.IntRange(min=0), default=10, metavar="N", show_default=True, help="How many of the latest quotes to show.")
@db_option
@output_options
def speaker(name, latest, db_path, as_json, as_nl, as_csv, fmt):
    """One speaker: aliases, titles over time, quotes by outlet, latest quotes."""
    with database(db_path) as store:
        profile = store.profile(name, latest=latest)
    if machine_readable(as_json, as_nl, as_csv):
        emit([profile], tuple(profile), as_json=as_json, as_nl=as_nl, as_csv=as_csv)
        return
    seen = " to ".join(dict.fromkeys(d for d in (profile["first_seen"], profile["last_seen"]) if d))
    click.echo(f"{profile['name']}: {profile['quotes']} quote{'s' if profile['quotes'] != 1 else ''}"
               + (f", {seen}" if seen else ""))
    if profile["aliases"]:
        click.echo("Also written: " + "; ".join(profile["aliases"]))
    for heading, rows, columns, wrap in (
        ("Titles", profile["titles"], ("title", "quotes", "first_seen", "last_seen"), ("title",)),
        ("Outlets", profile["outlets"], ("outlet", "quotes"), ()),
        ("Latest quotes", profile["latest_quotes"], ("date", "title", "quote", "outlet"), ("quote", "title")),
    ):
        if rows:
            click.echo(f"\n{heading}")
            emit(rows, columns, fmt=fmt, wrap=wrap)


@cli.command()
@click.argument("name_a", type=TEXT)
@click.argument("name_b", type=TEXT)
@db_option
def merge(name_a, name_b, db_path):
    """Make NAME_B the same person as NAME_A.

    NAME_B's quotes and aliases move to NAME_A, whose name is kept. Articles
    ingested later that name NAME_B are filed under NAME_A too.
    """
    with database(db_path, write=True) as store:
        moved = store.find_speaker(name_b)["quote_count"]
        kept, merged = store.merge(name_a, name_b)
    click.echo(
        f"Merged {merged['name']} into {kept['name']}: moved {moved} quote{'s' if moved != 1 else ''}; "
        f"{kept['name']} now has {kept['quote_count']}."
    )


@cli.command()
@click.argument("name", type=TEXT)
@click.argument("new_name", type=TEXT)
@db_option
def rename(name, new_name, db_path):
    """Give the speaker NAME the name NEW_NAME (the old name stays as an alias)."""
    with database(db_path, write=True) as store:
        old = store.find_speaker(name)["name"]
        renamed = store.rename(name, new_name)
    click.echo(f"Renamed {old} to {renamed['name']}.")


from .evaluate import evaluate_command  # noqa: E402

cli.add_command(evaluate_command, name="evaluate")
