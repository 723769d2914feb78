"""The commands that read the store: quotes, speakers and one speaker's profile."""
from __future__ import annotations

import click

from ..output import NOTHING_TO_SHOW, Table, emit, is_terminal_table, output_options, safe_for_terminal
from .shared import COUNT, TEXT, check_date, database, db_option

STORED_QUOTE_COLUMNS = (
    "id", "date", "speaker", "title", "quote", "outlet", "dateline", "article_id", "article_title", "url",
    "speaker_mention", "cue", "kind", "start", "end", "paragraph", "speaker_id",
)
SPEAKER_COLUMNS = ("id", "name", "quotes", "latest_title", "first_seen", "last_seen")
# How each listing looks as a terminal table: the columns shown, those wrapped,
# and those left out first when the terminal is narrow (see quotebook.table.Table).
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


@click.command()
@click.option("--speaker", "-s", type=TEXT, metavar="NAME", help="Quotes by this speaker (any case, accents, aliases).")
@click.option("--search", "-q", type=TEXT, metavar="TEXT", help='Full-text search in the quotes ("a phrase", OR, NOT, prefix*).')
@click.option("--since", metavar="DATE", callback=check_date, help="From this date on (YYYY, YYYY-MM, YYYY-MM-DD, or a day as 1 Mei 2023, 2023/05/01).")
@click.option("--until", metavar="DATE", callback=check_date, help="Up to and including this date.")
@click.option("--source", type=TEXT, metavar="OUTLET", help="Only from this outlet or source (any case).")
@click.option(
    "--limit", "-n", type=COUNT, metavar="N",
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

    A table shows the first 20 (or --limit N) and a note on stderr says how
    many match; JSON, CSV, TSV and --nl give them all. `quotebook show ID` prints one in its article.

    \b
    Example:
      quotebook quotes --speaker "ma'ruf amin" --since 2022 --search pekerja
    """
    from ..store import BadQuery

    if since and until and since > until + "~":
        raise click.BadParameter(f"{since} is after --until {until}: nothing can be in that range", param_hint="'--since'")
    # A table of quotes (not of statements: those are not counted) says when it is cut short.
    counted = not group and is_terminal_table(as_json, as_nl, as_csv, fmt)
    if limit is None and not show_all and counted:
        limit = TABLE_ROWS
    chosen = dict(speaker=speaker, search=search, since=since, until=until, source=source)
    with database(db_path) as store:
        try:
            rows = store.quotes(**chosen, limit=limit, group=group)
        except BadQuery as exc:
            raise click.BadParameter(str(exc), param_hint="'--search'") from None
        columns = STORED_QUOTE_COLUMNS + ("outlets", "copies") if group else STORED_QUOTE_COLUMNS
        shown = emit(rows, columns, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt,
                     table=GROUPED_QUOTE_TABLE if group else STORED_QUOTE_TABLE, when_empty=nothing_in(store, db_path))
        # Counted once the table is out, so that the first rows show at once.
        matched = store.count_quotes(**chosen) if counted and shown and shown == limit else shown
    if matched > shown:  # (on stderr, as every note: what is piped on holds the rows alone)
        click.echo(f"Note: {shown:,} of {matched:,} quotes shown; --limit N to see more, --all for all", err=True)


@click.command()
@click.option("--search", "-q", type=TEXT, metavar="TEXT", help="Speakers whose names hold these words (the last may be cut short).")
@click.option("--limit", "-n", type=COUNT, metavar="N", help="At most this many speakers.")
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
    from ..store import BadQuery

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
        emit(rows, SPEAKER_COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, table=SPEAKER_TABLE,
             when_empty=nothing_in(store, db_path))


def nothing_in(store, db_path):
    """What an empty listing says: that the database holds nothing yet, when it does not."""
    def said() -> str:
        if store.holds_articles():
            return NOTHING_TO_SHOW
        from ..store.errors import ingest_into

        return f"(nothing to show: {db_path} holds no article yet; store some with: {ingest_into(db_path)})"
    return said


@click.command()
@click.argument("name", type=TEXT)
@click.option("--latest", type=COUNT, default=10, metavar="N", show_default=True, help="How many of the latest quotes to show.")
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
    click.echo(safe_for_terminal(
        f"{profile['name']}: {profile['quotes']} quote{'s' if profile['quotes'] != 1 else ''}" + (f", {seen}" if seen else "")
    ))
    if profile["aliases"]:
        click.echo(safe_for_terminal("Also written: " + "; ".join(profile["aliases"])))
    for joined in profile["joined"]:
        click.echo(safe_for_terminal(
            f"Joined {joined['name']}: {joined['evidence']} (undo with: quotebook unmerge \"{joined['name']}\")"
        ))
    for heading, rows, table in (
        ("Titles", profile["titles"], Table(("title", "quotes", "first_seen", "last_seen"), wrap=("title",))),
        ("Outlets", [{**row, "outlet": row["outlet"] or "(unknown)"} for row in profile["outlets"]],
         Table(("outlet", "quotes"))),
        ("Latest quotes", profile["latest_quotes"],
         Table(("date", "title", "quote", "outlet"), wrap=("quote", "title"), drop=("outlet", "title"))),
    ):
        if rows:
            click.echo(f"\n{heading}")
            emit(rows, table.columns, fmt=fmt, table=table)
