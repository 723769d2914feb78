"""The schema of a quotebook database, as numbered steps from an empty file.

Step N brings a database at version N-1 (``PRAGMA user_version``) to version
N, inside the caller's write transaction. A new database takes every step; a
database made by an older release takes the steps it lacks, so a file made by
any release opens in every later one. A step, once released, never changes:
a later schema change is a new step at the end of ``STEPS``.

Why our own steps and not sqlite-utils' ``Migrations``: release 0.1.0 records
its schema as ``user_version = 1`` and has no ``_sqlite_migrations`` table,
and refusing a database made by a *newer* release needs an ordered version
number, which ``user_version`` is. The steps themselves use sqlite-utils:
``executescript`` (its SQL statement splitter, which keeps the caller's
transaction open) and ``enable_fts(..., create_triggers=True)``.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

import sqlite_utils

TABLES = ("articles", "speakers", "speaker_aliases", "speaker_titles", "quotes", "corrections")
# Full-text search: the table, its indexed columns (sqlite-utils names the index
# TABLE_fts and its triggers TABLE_ai, TABLE_ad and TABLE_au).
FTS = (("quotes", ("quote",)), ("speaker_aliases", ("name", "key")))
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
TRIGGERS = tuple(f"{table}_{suffix}" for table, _ in FTS for suffix in ("ai", "ad", "au"))

TABLES_V1 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    title TEXT,
    date TEXT,
    source TEXT,
    outlet TEXT,
    dateline TEXT,
    reporter TEXT,
    editor TEXT,
    year INTEGER,
    related TEXT,
    origin TEXT,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX idx_articles_content_hash ON articles (content_hash);
CREATE INDEX idx_articles_outlet ON articles (outlet);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    latest_title TEXT,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX idx_speakers_quote_count ON speakers (quote_count);
CREATE TABLE speaker_aliases (
    key TEXT PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    name TEXT NOT NULL
);
CREATE INDEX idx_speaker_aliases_speaker_id ON speaker_aliases (speaker_id);
CREATE TABLE speaker_titles (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    title TEXT NOT NULL,
    quote_count INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    PRIMARY KEY (speaker_id, title)
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    speaker_id INTEGER REFERENCES speakers (id),
    quote TEXT NOT NULL,
    speaker_name TEXT,
    speaker_mention TEXT,
    title TEXT,
    cue TEXT,
    kind TEXT NOT NULL,
    date TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL
);
CREATE INDEX idx_quotes_article_id ON quotes (article_id);
CREATE INDEX idx_quotes_speaker_id_date ON quotes (speaker_id, date);
CREATE INDEX idx_quotes_date ON quotes (date);
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    action TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers (id),
    name TEXT NOT NULL,
    new_name TEXT NOT NULL
);
CREATE INDEX idx_corrections_speaker_id ON corrections (speaker_id);
"""


def step_1_tables_and_search(db: sqlite_utils.Database) -> None:
    """Release 0.1.0: the six tables, their indexes, full-text search kept up to date by triggers."""
    db.executescript(TABLES_V1)
    for table, columns in FTS:
        db[table].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE)


STEPS: tuple[Callable[[sqlite_utils.Database], None], ...] = (step_1_tables_and_search,)
SCHEMA_VERSION = len(STEPS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: sqlite3.Connection) -> None:
    """Take the steps the database lacks; the caller holds the write transaction."""
    db = sqlite_utils.Database(conn)
    for number in range(version(conn) + 1, SCHEMA_VERSION + 1):
        STEPS[number - 1](db)
        conn.execute(f"PRAGMA user_version = {number}")
