"""The commands that read articles: extract (print their quotes) and ingest (store them)."""
from __future__ import annotations

import os
import signal
import sys
from contextlib import nullcontext
from typing import Any

import click

from ..articles import printable
from ..output import NOTHING_TO_SHOW, Table, emit, output_options, safe_for_terminal
from .shared import database, db_option, fail, format_option, on_signal, verbose_option, WORKERS

QUOTE_COLUMNS = (
    "article_id", "quote", "start", "end", "speaker", "speaker_mention", "title", "cue", "kind", "paragraph"
)
# How extract's quotes look as a terminal table (see quotebook.table.Table).
QUOTE_TABLE = Table(
    ("article_id", "quote", "speaker", "title", "cue"), wrap=("quote", "title"),
    drop=("cue", "article_id", "title"), short=("article_id",),
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--indirect/--no-indirect", default=False, help="Also list indirect (reported) speech.")
@format_option
@verbose_option
@output_options
def extract(paths, indirect, stdin_format, verbose, as_json, as_nl, as_csv, fmt):
    """Print the quotes in articles, without storing anything.

    PATHS are .txt files (one article each), .jsonl files (one article a line:
    text or html, optional id, url, title, date, source), .json files (JSON
    Lines, or one JSON document: an article object or an array of them), either
    gzipped (.jsonl.gz, .json.gz), .parquet files (a table of such articles), web
    pages (.html, .htm), WARC files (.warc, .warc.gz), directories (searched
    recursively) or - for standard input.

    \b
    Example:
      quotebook extract data/sample/articles.jsonl --nl
    """
    from ..articles import SkippedTally
    from ..guarded import extract_article
    from ..sources import Skipped, SourceError, read_paths

    failed = read = 0
    skipped = SkippedTally()
    hint_typed_input(paths)
    fail_if_nothing_readable(paths, storing=False)

    def rows():
        nonlocal failed, read
        for item in read_paths(paths, stdin_format=stdin_format):
            if isinstance(item, Skipped):
                skipped.add(item)
                if verbose:
                    click.echo(f"Skipped: {safe_for_terminal(str(item))}", err=True)
                continue
            read += 1
            if isinstance(item, SourceError):
                failed += 1
                click.echo(f"Error: {safe_for_terminal(str(item))}", err=True)
                continue
            for warning in item.warnings:
                click.echo(f"Warning: {safe_for_terminal(f'{item.origin}: {warning}')}", err=True)
            found, error = extract_article(item.text, indirect=indirect)
            if error:
                failed += 1
                click.echo(f"Error: {safe_for_terminal(f'{item.origin}: {error}')}", err=True)
                continue
            article_id = item.article_id if found else ""  # once an article: it may hash the text
            for quote in found:
                yield {"article_id": article_id, **quote.to_dict()}

    try:
        emit(rows(), QUOTE_COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, table=QUOTE_TABLE,
             when_empty=lambda: NOTHING_TO_SHOW if read > failed else None)  # (an error or "no article found" says it already)
    except KeyboardInterrupt:  # (click's own answer, "Aborted!" and 1, is the code of a failed input)
        fail("interrupted", 130)
    if not read:
        warn_no_article(paths, skipped.text())
    elif skipped and not verbose:  # (what was not read, as ingest's summary says it)
        click.echo(f"Note: {skipped.text().removeprefix('; ')}; -v names them", err=True)
    if failed:
        sys.exit(1)


def warn_no_article(paths, skipped: str = "") -> None:
    """Say that PATHS held no article; SKIPPED, what was passed over (SkippedTally.text)."""
    where = ", ".join(printable(str(p)) for p in paths)
    if skipped:
        click.echo(f"Warning: no article found in {where}{skipped}", err=True)
    else:
        from ..sources import NO_ARTICLE_KINDS

        click.echo(f"Warning: no article found: {NO_ARTICLE_KINDS} in {where}", err=True)


def hint_typed_input(paths) -> None:
    """Say how to end standard input when it is a terminal: `-` otherwise waits without a word."""
    try:
        typed = "-" in paths and sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, AttributeError):  # (closed, or no stream behind it)
        typed = False
    if typed:
        click.echo("Reading an article from the terminal: type or paste it, then Ctrl-D on a line "
                   "of its own (Ctrl-C to stop).", err=True)


def fail_if_nothing_readable(paths, storing: bool = True) -> None:
    """End the command, before a database is made when STORING, when no PATH can give an
    article (a typo, the wrong or an empty folder, a CSV table): only errors would come of
    it, and an empty database."""
    from ..sources import unreadable

    problems = [unreadable(p) if p != "-" else None for p in paths]
    if not paths or not all(problems):
        return
    for path, problem in list(zip(paths, problems))[:-1]:
        click.echo(f"Error: {safe_for_terminal(f'{printable(path)}: {problem}')}", err=True)
    fail(f"{printable(paths[-1])}: {problems[-1]}" + ("; nothing read, nothing stored" if storing else ""))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--jobs", "-j", type=WORKERS, default=None, metavar="N",
    help="Worker processes for extraction, at most one per core.  [default: number of cores]",
)
@click.option(
    "--again", is_flag=True,
    help="Extract articles already stored with the same text once more, replacing their quotes "
    "(after upgrading quotebook).",
)
@format_option
@verbose_option
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
    import sqlite3

    from ..ingest import CannotStart, STOPS, Summary, Terminated
    from ..ingest import ingest as run
    from ..progress import Tally
    from ..sources import input_size
    from ..store import describe, remove_new
    # Loaded before the progress bar shows, not at the first article: a Ctrl-C that lands
    # while they are imported (their dataclasses are made with exec) leaves CPython set to end
    # the process by SIGINT after the message below, instead of with exit code 130.
    from .. import extraction, meta  # noqa: F401

    summary = Summary()
    on_terminal = sys.stderr.isatty()
    hint_typed_input(paths)
    fail_if_nothing_readable(paths)
    made_here = not os.path.exists(db_path)
    cores = os.cpu_count() or 1
    if jobs is not None and jobs > cores:
        # (each worker holds the word lists: thousands of them once filled the memory of a machine)
        click.echo(f"Warning: --jobs {jobs}: this machine has {cores} cores, and more workers than cores "
                   f"extract no faster; using {cores}", err=True)
        jobs = cores
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
            click.echo(("\r\033[K" if on_terminal else "") + f"{kind}: {safe_for_terminal(message)}", err=True)
        return echo

    # A signal whose exception Python drops (one raised inside a finalizer that the garbage
    # collector runs is only printed) must still stop the run: each article looks again.
    stopped: list[type[KeyboardInterrupt]] = []

    def terminate(signum, frame):
        stopped.append(Terminated)
        if not STOPS.defer(Terminated):  # (a batch being committed is counted first)
            raise Terminated

    def interrupt(signum, frame):
        stopped.append(KeyboardInterrupt)
        if not STOPS.defer(KeyboardInterrupt):
            raise KeyboardInterrupt

    def advance(nbytes):
        if stopped:
            raise stopped[0]
        if progress is not None:
            progress.update(nbytes)

    # Ctrl-C (and SIGTERM) is caught outside: the progress display ends its line first, so the
    # message stands on a line of its own. The handlers are set before the bar shows: a Ctrl-C
    # as it appeared could otherwise meet Python's own handler, whose KeyboardInterrupt a
    # finalizer may swallow (the run then went on to the end; the handlers here leave a mark).
    try:
        with on_signal(signal.SIGTERM, terminate), on_signal(signal.SIGINT, interrupt), \
                database(db_path, write=True, create=True) as store, bar as progress:
            try:
                run(
                    store, paths, jobs=jobs or cores, summary=summary,
                    on_error=report("Error"), on_warning=report("Warning"),
                    on_progress=advance, again=again,
                    on_skip=report("Skipped") if verbose else (lambda message: None), stdin_format=stdin_format,
                )
            except CannotStart as exc:
                fail(str(exc))
            except sqlite3.DatabaseError as exc:  # a full disk, most often: say what is safely stored
                stored = f"; stored so far: {summary}" if summary.new or summary.replaced else ""
                fail(describe(db_path, exc) + stored, 2)
    except KeyboardInterrupt as exc:
        if on_terminal:  # a Ctrl-C as the bar was being drawn leaves the line open (and the cursor hidden)
            click.echo("\r\033[K\033[?25h", err=True, nl=False)
        said, code = ("terminated", 143) if isinstance(exc, Terminated) else ("interrupted", 130)
        fail(f"{said}; stored so far: {summary}. Run the same command again to finish.", code)
    if not summary.articles and not summary.skipped and not summary.missing:
        warn_no_article(paths)
    click.echo(str(summary), err=True)
    if made_here and not summary.new and not summary.replaced:
        remove_new(db_path)  # (a file of only failing lines leaves no empty database, as a folder of none does)
        click.echo(f"Nothing stored: {printable(db_path)} not made", err=True)
    if summary.failed or summary.missing:
        sys.exit(1)

