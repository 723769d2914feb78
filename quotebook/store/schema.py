"""The schema of a quotebook database, as numbered steps from an empty file.

Step N brings a database at version N-1 (``PRAGMA user_version``) to version
N, inside the caller's write transaction, and names the tables and triggers
it makes: every open checks that a database has those of its version. A new database takes every step; a
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

import os
import sqlite3
import sys
from typing import TYPE_CHECKING, Callable, NamedTuple

if TYPE_CHECKING:  # imported when a database is made or upgraded: it takes longer than a query
    import sqlite_utils

TABLES = ("articles", "speakers", "speaker_aliases", "speaker_titles", "quotes", "corrections")
# Full-text search: the table, its indexed columns (sqlite-utils names the index
# TABLE_fts and its triggers TABLE_ai, TABLE_ad and TABLE_au).
FTS = (("quotes", ("quote",)), ("speaker_aliases", ("name", "key")))
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
TRIGGERS_V1 = tuple(f"{table}_{suffix}" for table, _ in FTS for suffix in ("ai", "ad", "au"))
# From step 4 on, new rows are indexed once per transaction (index_new_rows), not by a trigger each.
TRIGGERS = tuple(f"{table}_{suffix}" for table, _ in FTS for suffix in ("ad", "au"))

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


class Step(NamedTuple):  # (NamedTuple, not a dataclass: making a dataclass at import costs every command's start-up)
    """One step of the schema: what it does, and the tables and triggers it makes (checked on every open)."""

    run: Callable[[sqlite_utils.Database], None]
    tables: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()  # triggers of earlier steps it removes


def tables_and_search(db: sqlite_utils.Database) -> None:
    """Release 0.1.0: the six tables, their indexes, full-text search kept up to date by triggers."""
    db.executescript(TABLES_V1)
    for table, columns in FTS:
        db.table(table).enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE)


def ids_that_never_collide(db: sqlite_utils.Database) -> None:
    """Article ids as quotebook.ids makes them: a .txt file's id becomes its file URI, and a
    JSON id that starts like one quotebook makes is kept apart with `json:` before it."""
    from ..ids import escape_given, file_id

    rows = db.execute(
        "SELECT id, origin, url, content_hash FROM articles WHERE substr(id, 1, 5) IN ('file:', 'json:') "
        "OR substr(id, 1, 7) = 'sha256:' OR (url IS NULL AND substr(id, 1, 1) = '/')"
    ).fetchall()
    renamed = []
    for old, origin, url, content_hash in rows:
        if old == "sha256:" + content_hash[:32]:
            continue  # an article without id, url or file: its id is already the hash of its text
        if url is None and origin and _was_a_file(old, origin):
            renamed.append((old, file_id(old)))
        else:
            renamed.append((old, escape_given(old)))
    for old, new in renamed:
        if new != old:
            db.execute("UPDATE quotes SET article_id = ? WHERE article_id = ?", [new, old])
            db.execute("UPDATE articles SET id = ? WHERE id = ?", [new, old])


def _was_a_file(article_id: str, origin: str) -> bool:
    """Did release 0.1.0 store this id for a .txt file? It stored the file's absolute path,
    and the path as given (maybe relative) as its origin."""
    given = os.path.normpath(origin)
    return os.path.isabs(article_id) and (article_id == given or article_id.endswith(os.sep + given))


IDENTITY_V2 = """
CREATE TABLE speaker_links (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    name_key TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    how TEXT NOT NULL,
    context TEXT NOT NULL
);
CREATE INDEX idx_speaker_links_alias_key ON speaker_links (alias_key);
CREATE INDEX idx_speaker_links_name_key ON speaker_links (name_key);
CREATE INDEX idx_speaker_links_article_id ON speaker_links (article_id);
CREATE TABLE speaker_joins (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    name TEXT NOT NULL,
    keys TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX idx_speaker_joins_speaker_id ON speaker_joins (speaker_id);
ALTER TABLE quotes ADD COLUMN statement TEXT;
CREATE INDEX idx_quotes_speaker_id_statement ON quotes (speaker_id, statement);
ALTER TABLE corrections ADD COLUMN detail TEXT;
"""


def identity(db: sqlite_utils.Database) -> None:
    """Aliases stated in articles (speaker_links), short forms joined with their evidence
    (speaker_joins), a statement key on quotes so that outlets' copies of a quote count once,
    and the details of a correction, to undo it. Quotes stored before get their statement key."""
    from .joins import statement_key

    db.executescript(IDENTITY_V2)
    rows = db.execute("SELECT id, quote FROM quotes").fetchall()
    db.conn.executemany("UPDATE quotes SET statement = ? WHERE id = ?", [(statement_key(q), i) for i, q in rows])


def _indexed(table: str) -> str:
    """SQL true when the row OLD is in TABLE's full-text index (FTS5 keeps a docsize row for each row it indexed)."""
    return f"EXISTS (SELECT 1 FROM {table}_fts_docsize WHERE id = old.rowid)"


def search_per_transaction(db: sqlite_utils.Database) -> None:
    """Full-text search indexed once per write transaction instead of by a trigger on each
    inserted row: a row trigger wrote each article's quotes into the index as a segment of its
    own (FTS5 flushes at every savepoint, and ingest writes each article in one), most of
    an ingest's writing time. ``index_new_rows`` indexes the rows a transaction added, before
    it commits; a row deleted, or its text changed, leaves the index by a trigger as before,
    when it is in it (a row added and removed in one transaction never was)."""
    for table, columns in FTS:
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        indexed = _indexed(table)
        db.executescript(f"""
            DROP TRIGGER "{table}_ai";
            DROP TRIGGER "{table}_ad";
            DROP TRIGGER "{table}_au";
            CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" WHEN {indexed} BEGIN
              INSERT INTO "{table}_fts" ("{table}_fts", rowid, {names}) VALUES ('delete', old.rowid, {old});
            END;
            CREATE TRIGGER "{table}_au" AFTER UPDATE OF {names} ON "{table}" WHEN {indexed} BEGIN
              INSERT INTO "{table}_fts" ("{table}_fts", rowid, {names}) VALUES ('delete', old.rowid, {old});
              INSERT INTO "{table}_fts" (rowid, {names}) VALUES (new.rowid, {new});
            END;
        """)


def index_new_rows(conn: sqlite3.Connection) -> None:
    """Index the rows added since the last indexing, in the open transaction, with one
    statement per table. New rows take ids above every stored one (SQLite gives a new row
    the largest rowid plus one, and a row deleted leaves the index with it), so the rows
    not yet indexed are exactly those above the largest id in the index."""
    for table, columns in FTS:
        names = ", ".join(f'"{c}"' for c in columns)
        conn.execute(
            f'INSERT INTO "{table}_fts" (rowid, {names}) SELECT rowid, {names} FROM "{table}" '
            f'WHERE rowid > (SELECT coalesce(max(id), 0) FROM "{table}_fts_docsize")'
        )


def newest_first(db: sqlite_utils.Database) -> None:
    """Quotes in the order every listing gives them (newest first, then by id) from one index.
    With the date alone, the quotes of the newest day were all sorted before the first could be
    given, and a common word's search looked each of them up in the full-text index."""
    db.executescript("DROP INDEX idx_quotes_date; CREATE INDEX idx_quotes_newest ON quotes (date DESC, id);")


STEPS = (
    Step(tables_and_search, tables=TABLES + tuple(f"{table}_fts" for table, _ in FTS), triggers=TRIGGERS_V1),
    Step(ids_that_never_collide),
    Step(identity, tables=("speaker_links", "speaker_joins")),
    Step(search_per_transaction, triggers=TRIGGERS, dropped=TRIGGERS_V1),
    Step(newest_first),
)
IDENTITY_VERSION = 3  # the version from which a database holds speaker_links, speaker_joins and the statement keys
SCHEMA_VERSION = len(STEPS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def sqlite_utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """CONN as a sqlite_utils.Database. sqlite-utils imports pandas and numpy when they are
    installed (half a second of CPU), only to convert their values, which quotebook never
    hands it: unless loaded already, they are kept out of its import."""
    if "sqlite_utils" not in sys.modules:
        kept_out = [name for name in ("pandas", "numpy") if name not in sys.modules]
        for name in kept_out:
            sys.modules[name] = None  # type: ignore[assignment]  # None there: `import pandas` fails at once
        try:
            import sqlite_utils  # noqa: F401
        finally:
            for name in kept_out:
                del sys.modules[name]
    import sqlite_utils

    return sqlite_utils.Database(conn)


def upgrade(conn: sqlite3.Connection) -> None:
    """Take the steps the database lacks; the caller holds the write transaction."""
    db = sqlite_utils_db(conn)
    for number in range(version(conn) + 1, SCHEMA_VERSION + 1):
        STEPS[number - 1].run(db)
        conn.execute(f"PRAGMA user_version = {number}")


def problem(conn: sqlite3.Connection) -> str | None:
    """What keeps quotebook from using this database (None when nothing does), in a few words.

    A database with none of quotebook's tables is someone else's (or empty);
    one with some but not all of them, or without its triggers, is damaged;
    one whose schema version this quotebook does not know is refused.
    """
    found = version(conn)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not tables & set(TABLES):  # whatever its version says: other programs set user_version too
        return "not a quotebook database" + (
            f" (it holds other tables: {_few(tables)})" if tables else " (it has no tables)"
        )
    if found > SCHEMA_VERSION:
        return (
            f"made by a newer quotebook (schema version {found}; this one knows versions up to "
            f"{SCHEMA_VERSION}): upgrade quotebook to use it"
        )
    if found == 0:
        return "not a quotebook database: its schema version is 0, which no release of quotebook made"
    steps = STEPS[:found]
    missing = [f"table {t}" for step in steps for t in step.tables if t not in tables]
    missing += [f"trigger {t}" for t in expected_triggers(found) if t not in triggers]
    if missing:
        return f"damaged quotebook database: missing the {', the '.join(missing)}; restore it from a backup"
    return None


def expected_triggers(found: int) -> list[str]:
    """The triggers a database at schema version FOUND has: those its steps made and kept."""
    expected: dict[str, None] = {}
    for step in STEPS[:found]:
        for name in step.dropped:
            expected.pop(name, None)
        expected.update(dict.fromkeys(step.triggers))
    return list(expected)


def _few(names: set[str]) -> str:
    return ", ".join(sorted(names)[:5]) + (", ..." if len(names) > 5 else "")
