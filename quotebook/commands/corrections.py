"""The commands that correct who is who: merge, rename, unmerge and undo."""
from __future__ import annotations

import click

from ..output import safe_for_terminal
from .shared import TEXT, database, db_option


@click.command()
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
        had = store.find_speaker(name_a)["quote_count"]
        kept, merged = store.merge(name_a, name_b)  # (merged: its row as it was)
    moved = merged["quote_count"]
    shared = had + moved - kept["quote_count"]  # (a count is of statements: an outlet's copy counts once)
    click.echo(safe_for_terminal(
        f"Merged {merged['name']} into {kept['name']}: moved {moved} quote{'s' if moved != 1 else ''}; "
        f"{kept['name']} now has {kept['quote_count']}"
        + (f" (a quote counts once however many articles print it: {shared} moved {'was' if shared == 1 else 'were'} "
           "already its own)." if shared > 0 else ".")
    ))


@click.command()
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
    click.echo(safe_for_terminal(f"Renamed {old} to {renamed['name']}."))


@click.command()
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
    click.echo(safe_for_terminal(
        f"{again['name']} is a speaker of its own again with {again['quote_count']} "
        f"quote{'s' if again['quote_count'] != 1 else ''}; {left['name']} has {left['quote_count']}."
    ))


@click.command()
@db_option
def undo(db_path):
    """Take back the last correction (merge, rename or unmerge).

    \b
    Example:
      quotebook undo
    """
    with database(db_path, write=True) as store:
        said = store.undo()
    click.echo(safe_for_terminal(said))
