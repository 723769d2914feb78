"""The commands that look at stored quotes in place: show (one quote in its article) and
serve (the database in the browser)."""
from __future__ import annotations

import errno
import sys

import click

from .shared import QUOTE_ID, database, db_option, fail


@click.command()
@click.argument("quote_id", type=QUOTE_ID, metavar="QUOTE_ID")
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
    from ..output import json_line, terminal_width
    from ..show import colour_wanted, find, render

    with database(db_path) as store:
        record = find(store, quote_id)
    if record is None:
        fail(f"no quote {quote_id} in {db_path}; the id column of `quotebook quotes` lists them")
    if as_json:
        click.echo(json_line(record, tty=sys.stdout.isatty()))
        return
    colour = colour_wanted(sys.stdout)
    click.echo(render(record, terminal_width(), colour), color=colour)


@click.command()
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
      quotebook serve --port 8001     # then open http://127.0.0.1:8001/quotebook/quote_list
    """
    try:
        import datasette  # noqa: F401
    except ImportError:
        fail("quotebook serve needs Datasette: pip install 'quotebook[web]'", 2)
    from ..serve import add_views, run, start_page

    if problem := cannot_listen(host, port):
        fail(f"cannot listen on {host}:{port}: {problem}", 2)
    with database(db_path, write=True, create=False) as store:
        add_views(store)
    click.echo(f"The quotes: {start_page(db_path, host, port)} (Ctrl-C stops the server)", err=True)
    run(db_path, host, port)


def cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen on HOST:PORT (`the port is in use`), tried before it
    starts: the server, started, printed a log of its start and stop around one error line."""
    import socket

    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]  # (`::` is IPv6)
        with socket.create_server((host, port), family=family):
            return None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return "the port is in use; choose another with --port"
        return exc.strerror or str(exc)
