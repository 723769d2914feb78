"""`quotebook serve`: the database in the browser, through Datasette.

Datasette is an optional extra (``pip install 'quotebook[web]'``). Before it
starts, two views are added to the database (once; they hold no data):
``quote_list``, every quote with its speaker, outlet, year and article title,
and ``article_list``. An article without a title is shown by the first words
of its text. The metadata handed to Datasette gives the title and
description, column descriptions, newest-first order, facets (speaker, outlet,
year), full-text search on the quote list and two canned queries.
"""
from __future__ import annotations

import json
import os
import tempfile

TITLE_WORDS = 60  # characters of an article's text that stand for a missing title

_FIRST_WORDS = (
    f"trim(substr(replace(replace(articles.text, char(13), ' '), char(10), ' '), 1, {TITLE_WORDS})) || '…'"
)
VIEWS = {
    "quote_list": f"""
CREATE VIEW quote_list AS
SELECT quotes.id, quotes.date, speakers.name AS speaker, quotes.title, quotes.quote,
  coalesce(articles.outlet, articles.source) AS outlet,
  coalesce(nullif(trim(articles.title), ''), {_FIRST_WORDS}) AS article, articles.url,
  substr(quotes.date, 1, 4) AS year, quotes.article_id, quotes.speaker_id, quotes.kind
FROM quotes
JOIN articles ON articles.id = quotes.article_id
LEFT JOIN speakers ON speakers.id = quotes.speaker_id""",
    "article_list": f"""
CREATE VIEW article_list AS
SELECT articles.id, articles.date, substr(articles.date, 1, 4) AS year,
  coalesce(articles.outlet, articles.source) AS outlet,
  coalesce(nullif(trim(articles.title), ''), {_FIRST_WORDS}) AS title, articles.url,
  (SELECT count(*) FROM quotes WHERE quotes.article_id = articles.id) AS quotes
FROM articles""",
}

# The speakers a name given in a canned query means: any of their names or aliases holding it.
_SPEAKERS_NAMED = """
SELECT speaker_id FROM speaker_aliases
WHERE name LIKE '%' || :name || '%' OR key LIKE '%' || lower(:name) || '%'
"""

# Described where the name alone does not say it (Datasette lists these above the table).
QUOTE_COLUMNS = {
    "id": "quotebook show ID prints the quote in its article",
    "date": "The article's date, or its copyright year when that is all it gives",
    "speaker": "One person across all articles, under the name quotebook keeps for them",
    "title": "The speaker's role or office as this article gives it",
    "article": "The article's title, or the first words of its text when it has none",
}


def metadata(database: str) -> dict:
    """The Datasette metadata for a database served under the name DATABASE."""
    return {
        "title": "quotebook",
        # The quote is the column to read: it gets the room.
        "extra_css_urls": ["data:text/css,td.col-quote%7Bmin-width:28em%7Dtd.col-article%7Bmin-width:12em%7D"],
        "description": "Direct quotations in Indonesian news: who said what, when, and in which role.",
        "databases": {
            database: {
                "description": "Start with quote_list: every quote with its speaker, outlet and article, "
                "newest first. Search it, or facet it by speaker, outlet and year.",
                "tables": {
                    "quote_list": {
                        "description": "Every quote, newest first, with its speaker and article.",
                        "sort_desc": "date",
                        "facets": ["speaker", "outlet", "year"],
                        "fts_table": "quotes_fts",
                        "fts_pk": "id",
                        "columns": QUOTE_COLUMNS,
                    },
                    "article_list": {
                        "description": "Every article, newest first, with how many quotes it holds.",
                        "sort_desc": "date",
                        "facets": ["outlet", "year"],
                        "columns": {
                            "title": "The article's title, or the first words of its text when it has none",
                            "quotes": "How many quotes were found in it",
                        },
                    },
                    "quotes": {
                        "description": "The stored quotes (quote_list shows them with names and titles).",
                        "sort_desc": "date",
                        "columns": {
                            "speaker_name": "The speaker's name as this article gives it in full",
                            "speaker_mention": "The name as written at the cue",
                            "cue": "The verb or word that introduces the quote (kata, ujar, ...)",
                            "start": "Offset of the quote in the article's text",
                            "end": "Offset of the end of the quote in the article's text",
                            "paragraph": "The paragraph of the article that holds the quote (from 0)",
                        },
                    },
                    "speakers": {
                        "description": "One row a person, most quoted first.",
                        "sort_desc": "quote_count",
                        "label_column": "name",
                        "columns": {
                            "quote_count": "How many quotes they have",
                            "latest_title": "The title given with their latest quote",
                            "first_seen": "Date of their first quote",
                            "last_seen": "Date of their latest quote",
                        },
                    },
                    "speaker_aliases": {"description": "Every way a speaker's name has been written."},
                    "speaker_titles": {"description": "Every title a speaker has had, first and last seen."},
                    "corrections": {"description": "Merges and renames made by hand."},
                },
                "queries": {
                    "what_did_they_say": {
                        "title": "What did they say?",
                        "description": "Every quote by the speakers whose name holds the words given, newest first.",
                        "sql": "SELECT id, date, speaker, title, quote, outlet, article, url FROM quote_list\n"
                        f"WHERE speaker_id IN ({_SPEAKERS_NAMED.strip()})\nORDER BY date DESC, id LIMIT 500",
                    },
                    "speaker_profile": {
                        "title": "A speaker's profile",
                        "description": "Each title a speaker has had, with how many quotes and when first and last.",
                        "sql": "SELECT speakers.name, speakers.quote_count AS all_quotes, speaker_titles.title,\n"
                        "  speaker_titles.quote_count AS quotes, speaker_titles.first_seen, speaker_titles.last_seen\n"
                        "FROM speakers JOIN speaker_titles ON speaker_titles.speaker_id = speakers.id\n"
                        f"WHERE speakers.id IN ({_SPEAKERS_NAMED.strip()})\n"
                        "ORDER BY speakers.quote_count DESC, speakers.id, speaker_titles.last_seen DESC",
                    },
                },
            }
        },
    }


def add_views(store) -> None:
    """Create or update the views Datasette shows (they hold no data), in one write transaction."""
    have = dict(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    stale = {name: sql.strip() for name, sql in VIEWS.items() if have.get(name) != sql.strip()}
    if stale:
        with store.transaction():
            for name, sql in stale.items():
                store.conn.execute(f"DROP VIEW IF EXISTS {name}")
                store.conn.execute(sql)


def datasette_args(db_path: str, metadata_path: str, host: str, port: int) -> list[str]:
    return [
        "serve", db_path, "--metadata", metadata_path, "--host", host, "--port", str(port),
        "--setting", "suggest_facets", "off",  # suggestions on a large archive are slow and rarely useful
    ]


def start_page(db_path: str, host: str, port: int) -> str:
    """The address of the quote_list page of DB_PATH served on HOST:PORT (a name as Datasette writes it in a URL)."""
    from datasette.utils import tilde_encode

    return f"http://{f'[{host}]' if ':' in host else host}:{port}/{tilde_encode(database_name(db_path))}/quote_list"


def database_name(db_path: str) -> str:
    """The name Datasette gives the database: its file's name less the suffix."""
    return os.path.splitext(os.path.basename(db_path))[0]


def run(db_path: str, host: str, port: int) -> None:
    """Serve DB_PATH with Datasette until interrupted."""
    from datasette.cli import cli as datasette

    name = database_name(db_path)
    with tempfile.TemporaryDirectory(prefix="quotebook-serve-") as folder:
        metadata_path = os.path.join(folder, "metadata.json")
        with open(metadata_path, "w", encoding="utf-8") as fh:
            json.dump(metadata(name), fh, ensure_ascii=False, indent=1)
        datasette.main(datasette_args(db_path, metadata_path, host, port), prog_name="quotebook serve",
                       standalone_mode=False)
