"""The quotebook command line: a thin layer over the extractor and the store."""
from __future__ import annotations

import sys

import click

from .output import emit, output_options

QUOTE_COLUMNS = ("article_id", "quote", "speaker", "title", "cue", "kind", "start", "end", "paragraph")


@click.group()
@click.version_option(package_name="quotebook")
def cli():
    """Find every direct quotation in Indonesian news and who said it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--indirect/--no-indirect", default=False, help="Also list indirect (reported) speech.")
@output_options
def extract(paths, indirect, as_json, as_nl, as_csv, fmt):
    """Print the quotes in articles, without storing anything.

    PATHS are .txt files (one article each), .jsonl files (one article a line:
    text, optional id, url, title, date, source), directories (searched
    recursively) or - for standard input.
    """
    from .extract import extract as find_quotes
    from .sources import SourceError, read_paths

    failed = 0

    def rows():
        nonlocal failed
        for item in read_paths(paths):
            if isinstance(item, SourceError):
                failed += 1
                click.echo(f"Error: {item}", err=True)
                continue
            for warning in item.warnings:
                click.echo(f"Warning: {item.origin}: {warning}", err=True)
            for quote in find_quotes(item.text):
                if quote.kind != "direct" and not indirect:
                    continue
                record = {"article_id": item.article_id}
                record.update(quote.to_dict())
                yield record

    columns = QUOTE_COLUMNS if (as_json or as_nl or as_csv) else ("article_id", "quote", "speaker", "title", "cue")
    emit(rows(), columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, wrap=("quote", "title"))
    if failed:
        sys.exit(1)
