"""The quotebook command line: a thin layer over the extractor and the store.

This is the group; the commands live in quotebook/commands/, grouped by what they do.

A command's module is imported when that command runs (or when help lists the
commands), and the store, sqlite-utils and tabulate inside the commands, so
that starting a command stays fast: `quotebook quotes` imports neither the
extractor nor the readers of input files.
"""
from __future__ import annotations

import errno
import os
import sys
from difflib import get_close_matches
from importlib import import_module

import click

# Command name -> (module, function that makes it); help lists them sorted by name.
COMMANDS = {
    "extract": ("quotebook.commands.reading", "extract"),
    "ingest": ("quotebook.commands.reading", "ingest"),
    "quotes": ("quotebook.commands.queries", "quotes"),
    "speakers": ("quotebook.commands.queries", "speakers"),
    "speaker": ("quotebook.commands.queries", "speaker"),
    "merge": ("quotebook.commands.corrections", "merge"),
    "rename": ("quotebook.commands.corrections", "rename"),
    "unmerge": ("quotebook.commands.corrections", "unmerge"),
    "undo": ("quotebook.commands.corrections", "undo"),
    "show": ("quotebook.commands.browse", "show"),
    "serve": ("quotebook.commands.browse", "serve"),
    "evaluate": ("quotebook.evaluate", "evaluate_command"),
}


class LazyGroup(click.Group):
    """A group whose commands are imported when asked for (click's documented lazy loading)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, function = COMMANDS[name]
        return getattr(import_module(module), function)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """The command ARGS name; a name that is none says which one was likely meant
        (`quotebook qoutes`: `quotes`)."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            close = get_close_matches(name, COMMANDS, n=1)
            if close:
                ctx.fail(f"No such command '{name}'. Did you mean '{close[0]}'?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context):
        """The command; an OS error no command answers itself (the output cannot be
        written: a full disk) is one line, not a traceback. A closed pipe (`| head`)
        ends quietly with exit code 1, as click ends it (and sqlite-utils with it).
        Standard output closed from the start (`quotebook quotes >&-`) is an error
        before any work: Python then has no sys.stdout at all."""
        if sys.stdout is None:
            raise click.ClickException("standard output is closed: nothing can be written (to discard it: > /dev/null)")
        try:
            try:
                return super().invoke(ctx)
            finally:
                # What is left in the buffer is written here, where a closed pipe is still
                # click's to end quietly: at exit, Python would print an error and exit 120.
                if sys.stdout is not None:
                    sys.stdout.flush()
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise
            _output_to_nowhere()  # (what is left in its buffer cannot be written either)
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None


def _output_to_nowhere() -> None:
    """Point standard output at the null device, so that flushing what the failed write
    left in its buffer, when the process ends, raises nothing more."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
    finally:
        os.close(null)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """quotebook's version and its extraction core: compiled, or the sources (a checkout
    changed since its install runs them, a good deal slower, until it is installed again)."""
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version
    from os.path import dirname, join

    from ._compiled import core_state

    core = core_state(join(dirname(__file__), "extraction"))
    click.echo(f"quotebook, version {version('quotebook')}\nextraction core: {core}")
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and which extraction core runs, and exit.")
def cli():
    """Find every direct quotation in Indonesian news and who said it.

    \b
    Example:
      quotebook ingest data/sample
      quotebook quotes --speaker imron
    """
