"""The quotebook command line: a thin layer over the extractor and the store.

This is the group; the commands live in quotebook/commands/, grouped by what they do.

Imports of the store, sqlite-utils and tabulate happen inside the commands, so
that starting a command stays fast.
"""
from __future__ import annotations

import click

from .commands.browse import serve, show
from .commands.corrections import merge, rename, undo, unmerge
from .commands.queries import quotes, speaker, speakers
from .commands.reading import extract, ingest
from .evaluate import evaluate_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotebook")
def cli():
    """Find every direct quotation in Indonesian news and who said it.

    \b
    Example:
      quotebook ingest data/sample
      quotebook quotes --speaker imron
    """


for command in (extract, ingest, quotes, speakers, speaker, merge, rename, unmerge, undo, show, serve):
    cli.add_command(command)
cli.add_command(evaluate_command, name="evaluate")
