"""The quotebook command line: a thin layer over the extractor and the store.

Imports of the store, sqlite-utils and tabulate happen inside the commands, so
that starting a command stays fast.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext
from typing import Any, NoReturn

import click

from .output import Table, emit, is_terminal_table, output_options

QUOTE_COLUMNS = (
    "article_id", "quote", "start", "end", "speaker", "speaker_mention", "title", "cue", "kind", "paragraph"
)
STORED_QUOTE_COLUMNS = (
    "id", "date", "speaker", "title", "quote", "outlet", "dateline", "article_id", "article_title", "url",
    "speaker_mention", "cue", "kind", "start", "end", "paragraph", "speaker_id",
)
SPEAKER_COLUMNS = ("id", "name", "quotes", "latest_title", "first_seen", "last_seen")
# How each listing looks as a terminal table: the columns shown, those wrapped,
# and those left out first when the terminal is narrow (see output.Table).
QUOTE_TABLE = Table(
    ("article_id", "quote", "speaker", "title", "cue"), wrap=("quote", "title"),
    drop=("cue", "article_id", "title"), short=("article_id",),
)
STORED_QUOTE_TABLE = Table(
    ("id", "date", "speaker", "title", "quote", "outlet", "article_id"), wrap=("quote", "title"),
    drop=("article_id", "outlet", "title", "date"), short=("article_id",),
)
SPEAKER_TABLE = Table(SPEAKER_COLUMNS[1:], wrap=("latest_title",), drop=("first_seen", "last_seen"))
GROUPED_QUOTE_TABLE = Table(
    ("id", "date", "speaker", "title", "quote", "outlets", "copies"), wrap=("quote", "title", "outlets"),
    drop=("copies", "title", "date"),
)
SUGGESTION_COLUMNS = ("name", "other", "evidence", "command")
SUGGESTION_TABLE = Table(SUGGESTION_COLUMNS, wrap=("evidence",))
TABLE_ROWS = 20  # rows of quotes a table shows unless --limit or --all says otherwise


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


def fail(message: str, code: int = 1) -> NoReturn:
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
        for note in store.notes:
            click.echo(f"Note: {note}", err=True)
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotebook")
def cli():
    """Find every direct quotation in Indonesian news and who said it.

    \b
    Example:
      quotebook ingest data/sample
      quotebook quotes --speaker imron
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--indirect/--no-indirect", default=False, help="Also list indirect (reported) speech.")
@format_option
@output_options
def extract(paths, indirect, stdin_format, as_json, as_nl, as_csv, fmt):
    """Print the quotes in articles, without storing anything.

    PATHS are .txt files (one article each), .jsonl files (one article a line:
    text or html, optional id, url, title, date, source), .parquet files (a
    table of such articles), web pages (.html, .htm), WARC files (.warc,
    .warc.gz), directories (searched recursively) or - for standard input.

    \b
    Example:
      quotebook extract data/sample/articles.jsonl --nl
    """
    from .guarded import extract_article
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
            found, error = extract_article(item.text, indirect=indirect)
            if error:
                failed += 1
                click.echo(f"Error: {item.origin}: {error}", err=True)
                continue
            for quote in found:
                record = {"article_id": item.article_id}
                record.update(quote.to_dict())
                yield record

    emit(rows(), QUOTE_COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, table=QUOTE_TABLE)
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

    PATHS are read as by `quotebook extract`; articles extracted already are
    stored without extracting them again: the Parquet that `python -m
    quotebook.spark` writes, and the lines `quotebook extract --nl` prints
    (quotes without their article's text). An article already stored is
    skipped; one whose text changed under the same id or url is replaced.
    Every file or line that cannot be read is reported and the rest goes on;
    the exit code is 1 if anything failed.

    \b
    Example:
      quotebook ingest data/sample
      cat feed.jsonl | quotebook ingest -
    """
    from .ingest import Summary
    from .ingest import ingest as run
    from .progress import Tally
    from .sources import input_size

    summary = Summary()
    on_terminal = sys.stderr.isatty()
    total = input_size(paths) if on_terminal else None
    bar: Any  # a context manager whose value has update(nbytes), or None
    if total:
        bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr, show_eta=True)
    elif on_terminal and total is None:  # standard input, of unknown size: counts and rate instead
        bar = Tally(sys.stderr)
    else:
        bar = nullcontext()

    def report(kind):
        def echo(message):
            # Start on a fresh line so that a message does not run into the progress bar.
            click.echo(("\r\033[K" if on_terminal else "") + f"{kind}: {message}", err=True)
        return echo

    # Ctrl-C is caught outside: the progress display ends its line first, so the
    # message stands on a line of its own, and a Ctrl-C as the bar appears is caught too.
    try:
        with database(db_path, write=True, create=True) as store, bar as progress:
            run(
                store, paths, jobs=jobs or os.cpu_count() or 1, summary=summary,
                on_error=report("Error"), on_warning=report("Warning"),
                on_progress=progress.update if progress is not None else (lambda nbytes: None), again=again,
                on_skip=report("Skipped") if verbose else (lambda message: None), stdin_format=stdin_format,
            )
    except KeyboardInterrupt:
        if on_terminal:  # a Ctrl-C as the bar was being drawn leaves the line open (and the cursor hidden)
            click.echo("\r\033[K\033[?25h", err=True, nl=False)
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
@click.option(
    "--limit", "-n", type=click.IntRange(min=0), metavar="N",
    help=f"At most this many quotes.  [default: {TABLE_ROWS} in a table, all otherwise]",
)
@click.option("--all", "show_all", is_flag=True, help="Every quote, also in a table.")
@click.option("--group", is_flag=True, help="One row per statement: the same quote from several outlets, with its outlets.")
@db_option
@output_options
def quotes(speaker, search, since, until, source, limit, show_all, group, db_path, as_json, as_nl, as_csv, fmt):
    """Stored quotes, newest first.

    --speaker takes a name or an alias; a name that is no speaker's own but
    matches one far more quoted than the others means that one (stderr says
    which others matched); a name that matches none is answered with the closest.

    A table shows the first 20 and says how many more there are; JSON, CSV,
    TSV and --nl give them all. `quotebook show ID` prints one in its article.

    \b
    Example:
      quotebook quotes --speaker "ma'ruf amin" --since 2022 --search pekerja
    """
    from .store import BadQuery

    cut = limit is None and not show_all and not group and is_terminal_table(as_json, as_nl, as_csv, fmt)
    chosen = dict(speaker=speaker, search=search, since=since, until=until, source=source)
    with database(db_path) as store:
        try:
            rows = store.quotes(**chosen, limit=TABLE_ROWS if cut else limit, group=group)
        except BadQuery as exc:
            raise click.BadParameter(str(exc), param_hint="'--search'") from None
        columns = STORED_QUOTE_COLUMNS + ("outlets", "copies") if group else STORED_QUOTE_COLUMNS
        shown = emit(rows, columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt,
                     table=GROUPED_QUOTE_TABLE if group else STORED_QUOTE_TABLE)
        # Counted once the table is out, so that the first rows show at once.
        more = store.count_quotes(**chosen) - shown if cut and shown == TABLE_ROWS else 0
    if more:
        click.echo(f"... {more:,} more quote{'s' if more != 1 else ''}: --limit N to see more, --all for all")


@cli.command()
@click.option("--search", "-q", type=TEXT, metavar="TEXT", help="Speakers whose names hold these words (the last may be cut short).")
@click.option("--limit", "-n", type=click.IntRange(min=0), metavar="N", help="At most this many speakers.")
@click.option("--suggest", is_flag=True, help="List likely duplicate speakers, with the evidence and the command that merges them.")
@db_option
@output_options
def speakers(search, limit, suggest, db_path, as_json, as_nl, as_csv, fmt):
    """Speakers, most quoted first, with their latest title and when they were first and last quoted.

    \b
    Example:
      quotebook speakers --search budi --limit 10
      quotebook speakers --suggest
    """
    from .store import BadQuery

    with database(db_path) as store:
        if suggest:
            suggested = store.suggestions()[:limit]
            emit(suggested, SUGGESTION_COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt,
                 table=SUGGESTION_TABLE)
            return
        try:
            rows = store.speakers(search=search, limit=limit)
        except BadQuery as exc:
            raise click.BadParameter(str(exc), param_hint="'--search'") from None
        emit(rows, SPEAKER_COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, table=SPEAKER_TABLE)


@cli.command()
@click.argument("name", type=TEXT)
@click.option("--latest", type=click.IntRange(min=0), default=10, metavar="N", show_default=True, help="How many of the latest quotes to show.")
@db_option
@output_options
def speaker(name, latest, db_path, as_json, as_nl, as_csv, fmt):
    """One speaker: aliases, titles over time, quotes by outlet, latest quotes.

    \b
    Example:
      quotebook speaker "KH Ma'ruf Amin" --latest 3
    """
    with database(db_path) as store:
        profile = store.profile(name, latest=latest)
    if not is_terminal_table(as_json, as_nl, as_csv):
        emit([profile], tuple(profile), as_json=as_json, as_nl=as_nl, as_csv=as_csv)
        return
    seen = " to ".join(dict.fromkeys(d for d in (profile["first_seen"], profile["last_seen"]) if d))
    click.echo(f"{profile['name']}: {profile['quotes']} quote{'s' if profile['quotes'] != 1 else ''}"
               + (f", {seen}" if seen else ""))
    if profile["aliases"]:
        click.echo("Also written: " + "; ".join(profile["aliases"]))
    for joined in profile["joined"]:
        click.echo(f"Joined {joined['name']}: {joined['evidence']} (undo with: quotebook unmerge \"{joined['name']}\")")
    for heading, rows, table in (
        ("Titles", profile["titles"], Table(("title", "quotes", "first_seen", "last_seen"), wrap=("title",))),
        ("Outlets", profile["outlets"], Table(("outlet", "quotes"))),
        ("Latest quotes", profile["latest_quotes"],
         Table(("date", "title", "quote", "outlet"), wrap=("quote", "title"), drop=("outlet", "title"))),
    ):
        if rows:
            click.echo(f"\n{heading}")
            emit(rows, table.columns, fmt=fmt, table=table)


@cli.command()
@click.argument("name_a", type=TEXT)
@click.argument("name_b", type=TEXT)
@db_option
def merge(name_a, name_b, db_path):
    """Make NAME_B the same person as NAME_A.

    NAME_B's quotes and aliases move to NAME_A, whose name is kept. Articles
    ingested later that name NAME_B are filed under NAME_A too.

    \b
    Example:
      quotebook merge "Joko Widodo" Jokowi
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
    """Give the speaker NAME the name NEW_NAME (the old name stays as an alias).

    \b
    Example:
      quotebook rename imron "H. Imron Fatoni"
    """
    with database(db_path, write=True) as store:
        old = store.find_speaker(name)["name"]
        renamed = store.rename(name, new_name)
    click.echo(f"Renamed {old} to {renamed['name']}.")


@cli.command()
@click.argument("name", type=TEXT)
@db_option
def unmerge(name, db_path):
    """Make the spelling NAME a speaker of its own again, with the quotes written so.

    Undoes a merge or a join the rules made at ingest (`quotebook speaker`
    lists them); the rules do not join NAME again.

    \b
    Example:
      quotebook unmerge Jokowi
    """
    with database(db_path, write=True) as store:
        left, again = store.unmerge(name)
    click.echo(
        f"{again['name']} is a speaker of its own again with {again['quote_count']} "
        f"quote{'s' if again['quote_count'] != 1 else ''}; {left['name']} has {left['quote_count']}."
    )


@cli.command()
@db_option
def undo(db_path):
    """Take back the last correction (merge, rename or unmerge).

    \b
    Example:
      quotebook undo
    """
    with database(db_path, write=True) as store:
        said = store.undo()
    click.echo(said)


@cli.command()
@click.argument("quote_id", type=click.IntRange(min=1), metavar="QUOTE_ID")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Output the quote and its paragraph as a JSON object.")
def show(quote_id, db_path, as_json):
    """One quote in its article: speaker, title, outlet, date, URL, and the paragraph around it.

    QUOTE_ID is the id column of `quotebook quotes`. The quote is highlighted
    on a terminal (not when NO_COLOR is set).

    \b
    Example:
      quotebook show 6
    """
    import json

    from .output import terminal_width
    from .show import colour_wanted, find, render

    with database(db_path) as store:
        record = find(store, quote_id)
    if record is None:
        fail(f"no quote {quote_id} in {db_path}; the id column of `quotebook quotes` lists them")
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    colour = colour_wanted(sys.stdout)
    click.echo(render(record, terminal_width(), colour), color=colour)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets every machine that reaches this one read the database.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
def serve(db_path, host, port):
    """The database in the browser, through Datasette (pip install 'quotebook[web]').

    Opens quote_list, every quote with its speaker and article, newest first,
    with search, facets by speaker, outlet and year, and the canned queries
    what_did_they_say and speaker_profile. Adds two views to the database
    (quote_list, article_list); they hold no data. Stop with Ctrl-C.

    \b
    Example:
      quotebook serve --port 8001     # then open http://127.0.0.1:8001/
    """
    try:
        import datasette  # noqa: F401
    except ImportError:
        fail("quotebook serve needs Datasette: pip install 'quotebook[web]'", 2)
    from .serve import add_views, run

    with database(db_path, write=True, create=False) as store:
        add_views(store)
    run(db_path, host, port)


from .evaluate import evaluate_command  # noqa: E402

cli.add_command(evaluate_command, name="evaluate")
