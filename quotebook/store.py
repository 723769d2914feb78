"""The quotebook database: articles, speakers and their quotes in one SQLite file.

The tables are plain sqlite-utils tables (full-text search in the
``quotes_fts`` and ``speaker_aliases_fts`` tables that sqlite-utils and
Datasette recognise), so the file can be browsed without quotebook.

Writes: one writer at a time per file (``BEGIN IMMEDIATE``), WAL so that
readers never wait for it, and a busy timeout so that a second writer waits
its turn instead of failing. Each article is written inside its own SAVEPOINT
within a batch transaction: an article is stored whole or not at all.

Speaker identity: a person is one ``speakers`` row; every spelling that
``speaker_key`` folds to the same key is the same person, and
``speaker_aliases`` maps each key to its speaker. Merges and renames made by a
human move or add alias rows, so re-ingesting finds the corrected speaker.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Iterator, Sequence

from . import store_identity as identity
from .identity import speaker_key
from .model import Quote

BUSY_TIMEOUT_MS = 30_000
SCHEMA_VERSION = 1
TABLES = ("articles", "speakers", "speaker_aliases", "speaker_titles", "quotes", "corrections")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
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
CREATE INDEX IF NOT EXISTS idx_articles_content_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS idx_articles_outlet ON articles (outlet);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    latest_title TEXT,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX IF NOT EXISTS idx_speakers_quote_count ON speakers (quote_count);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    key TEXT PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_speaker_aliases_speaker_id ON speaker_aliases (speaker_id);
CREATE TABLE IF NOT EXISTS speaker_titles (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    title TEXT NOT NULL,
    quote_count INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    PRIMARY KEY (speaker_id, title)
);
CREATE TABLE IF NOT EXISTS quotes (
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
CREATE INDEX IF NOT EXISTS idx_quotes_article_id ON quotes (article_id);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_id_date ON quotes (speaker_id, date);
CREATE INDEX IF NOT EXISTS idx_quotes_date ON quotes (date);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    action TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers (id),
    name TEXT NOT NULL,
    new_name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_corrections_speaker_id ON corrections (speaker_id);
""" + "".join(
    # Full-text search the way sqlite-utils' enable_fts(create_triggers=True) sets it up.
    f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING FTS5 (
    {", ".join(columns)}, tokenize='unicode61 remove_diacritics 2', content="{table}"
);
CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {table}_fts (rowid, {", ".join(columns)}) VALUES (new.rowid, {", ".join("new." + c for c in columns)});
END;
CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, {", ".join(columns)}) VALUES ('delete', old.rowid, {", ".join("old." + c for c in columns)});
END;
CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, {", ".join(columns)}) VALUES ('delete', old.rowid, {", ".join("old." + c for c in columns)});
  INSERT INTO {table}_fts (rowid, {", ".join(columns)}) VALUES (new.rowid, {", ".join("new." + c for c in columns)});
END;
"""
    for table, columns in (("quotes", ("quote",)), ("speaker_aliases", ("name", "key")))
)


ARTICLE_COLUMNS = (
    "id", "url", "title", "date", "source", "outlet", "dateline", "reporter", "editor", "year", "related",
    "origin", "content_hash", "text", "ingested_at",
)
INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join(':' + c for c in ARTICLE_COLUMNS)})"
)
UPDATE_ARTICLE = f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in ARTICLE_COLUMNS[1:])} WHERE id = :id"


class StoreError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class BadDatabase(StoreError):
    """The database file cannot be used: missing, not SQLite, corrupt, read-only or locked."""


class BadQuery(StoreError):
    """A search the full-text index cannot run."""


class NoSuchSpeaker(StoreError):
    pass


class AmbiguousSpeaker(StoreError):
    def __init__(self, name: str, matches: list[dict]):
        self.name = name
        self.matches = matches
        super().__init__(f'"{name}" matches {len(matches)} speakers')


# ---------------------------------------------------------------------------
# Speaker identity


# The rules live in quotebook.identity; the store applies them.


# ---------------------------------------------------------------------------
# Full-text queries


FTS_OPERATORS = {"AND", "OR", "NOT"}
# What SQLite says when FTS5 cannot parse a search (not all of it says "fts5").
FTS_ERRORS = ("fts5", "unknown special query", "unterminated string", "no such column")


def fts_query(text: str) -> str:
    """A user's search as an FTS5 query.

    Phrases in double quotes, AND/OR/NOT, NEAR(...), parentheses and a
    trailing * for prefixes keep their FTS5 meaning; any other word is quoted,
    so `covid-19` or `Ma'ruf` are searched as written instead of failing.
    """
    if text.count('"') % 2:
        raise BadQuery('unbalanced double quote: close the phrase with another "')
    parts = []
    for phrase, word in re.findall(r'("[^"]*")|([^\s"]+)', text):
        if phrase:
            parts.append(phrase)
            continue
        if word in FTS_OPERATORS or word.startswith("NEAR("):
            parts.append(word)
            continue
        opening = re.match(r"[(^]*", word).group()
        closing = re.search(r"[)*]*$", word[len(opening):]).group()
        core = word[len(opening) : len(word) - len(closing)]
        if core and not re.fullmatch(r"[^\W_]+", core):
            core = '"' + core + '"'
        parts.append(opening + core + closing)
    query = " ".join(parts).strip()
    if not query:
        raise BadQuery("nothing to search for")
    return query


# ---------------------------------------------------------------------------
# Dates


def date_bound(value: str, *, upper: bool) -> str:
    """A --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD) as a bound on ISO dates."""
    parts = value.split("-")
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ValueError
        datetime(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise BadQuery(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    # `~` sorts after every digit and `-`, so `2024-01~` is after every day of January.
    return value + "~" if upper else value


# ---------------------------------------------------------------------------
# The store


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Written:
    """What writing one article did."""

    outcome: str  # new | unchanged | replaced
    quotes: int = 0
    new_speakers: int = 0


class Store:
    """One quotebook database file, opened for reading (queries) or writing (ingest, corrections)."""

    def __init__(self, path: str, *, write: bool = False, create: bool = True, timeout_ms: int | None = None):
        self.path = path
        self.write = write
        self.create = write and create  # only an ingest makes a new database
        self.timeout_ms = BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms
        self.conn = self._connect()
        self._touched: set[int] = set()  # speakers to recount in full (a replaced article, a merge)
        self._added: dict[int, list[tuple[str | None, str | None, bool]]] = {}  # speaker -> (title, date, new statement?) of new quotes
        self._fresh: set[int] = set()  # speakers with new quotes: short forms to join after the batch

    # -- opening ---------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if not self.create and not os.path.exists(path):
            raise BadDatabase(f"{path}: no such database; store articles in it first with: quotebook ingest PATH --db {path}")
        if os.path.isdir(path):
            raise BadDatabase(f"{path}: is a directory, not a database file")
        if self.write and os.path.exists(path) and not os.access(path, os.W_OK):
            raise BadDatabase(f"{path}: the database file is read-only")
        # SQLite keeps its -wal and -shm files beside the database.
        folder = os.path.dirname(os.path.abspath(path))
        read_only_folder = os.path.isdir(folder) and not os.access(folder, os.W_OK)
        if self.write and read_only_folder:
            raise BadDatabase(f"{path}: the database's folder is read-only (SQLite writes its journal there)")
        try:
            if self.write:
                conn = sqlite3.connect(path, isolation_level=None, timeout=self.timeout_ms / 1000)
            else:
                uri = "file:" + _uri_path(path) + "?mode=ro"
                if read_only_folder and not os.path.exists(path + "-wal"):
                    # Reading a WAL database needs a -shm file made beside it. With no -wal
                    # file nothing is being written, so the file is read as it stands.
                    uri += "&immutable=1"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=self.timeout_ms / 1000)
        except sqlite3.Error as exc:
            raise BadDatabase(f"{path}: cannot open: {exc}") from exc
        # A few steps of opening (switching to WAL, recovering another process's
        # WAL) can report "locked" without waiting; those are retried for as long
        # as the busy timeout would have waited.
        deadline = time.monotonic() + self.timeout_ms / 1000
        while True:
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(self.timeout_ms)}")
                # Reading the schema first proves the file is SQLite before anything is written.
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if self.write:
                    self._prepare(conn, tables)
                elif not set(TABLES) <= tables:
                    raise BadDatabase(f"{path}: not a quotebook database (no quotes table); create one with quotebook ingest")
                elif identity.missing(conn):
                    raise BadDatabase(f"{path}: written by an older quotebook; bring it up to date with: quotebook ingest PATH --db {path}")
                conn.execute("PRAGMA foreign_keys = ON")
                return conn
            except sqlite3.OperationalError as exc:
                if _is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                conn.close()
                raise BadDatabase(describe(path, exc)) from exc
            except sqlite3.Error as exc:
                conn.close()
                raise BadDatabase(describe(path, exc)) from exc
            except BadDatabase:
                conn.close()
                raise

    def _prepare(self, conn: sqlite3.Connection, tables: set[str]) -> None:
        if tables and not tables & set(TABLES):
            # Someone else's SQLite file: quotebook adds nothing to it.
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise BadDatabase(
                f"{self.path}: not a quotebook database (it holds other tables: {shown}); give --db a new file"
            )
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -16384")  # 16 MB of pages: index updates at archive scale stay in memory
        if set(TABLES) <= tables and not identity.missing(conn):
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(SCHEMA):
                conn.execute(statement)
            identity.migrate(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @property
    def db(self):
        """The same connection as a sqlite_utils.Database, for reading (writes go through batches)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing articles --------------------------------------------------

    def begin(self) -> None:
        """Start a batch: one write transaction holding many articles."""
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Finish a batch: bring the touched speakers up to date, then commit."""
        self._refresh_speakers(self._touched)
        self._add_to_speakers({k: v for k, v in self._added.items() if k not in self._touched})
        self._refresh_speakers(identity.join_short_forms(self.conn, self._fresh, now()))
        self._touched.clear()
        self._added.clear()
        self._fresh.clear()
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self._touched.clear()
        self._added.clear()
        self._fresh.clear()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def status(self, article_id: str, content_hash: str, *, again: bool = False) -> str:
        """new, unchanged or changed: what writing this article would do.

        With ``again``, an article stored under this id with the same text
        counts as changed, so that a newer extractor's quotes replace the old.
        """
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is not None:
            return "unchanged" if row[0] == content_hash and not again else "changed"
        duplicate = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return "unchanged" if duplicate else "new"

    def write_article(self, record: dict, quotes: Sequence[Quote], *, again: bool = False) -> Written:
        """Store one article and its quotes, inside the current batch, whole or not at all.

        ``record`` is the articles row without ``ingested_at``. Unchanged text
        (same id, or the same text under any id) writes nothing; changed text
        under a known id replaces the article and all its quotes (so does the
        same text with ``again``).
        """
        status = self.status(record["id"], record["content_hash"], again=again)
        if status == "unchanged":
            return Written("unchanged")
        self.conn.execute("SAVEPOINT article")
        try:
            written = self._write_article(record, quotes, replace=status == "changed")
        except BaseException:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")
        return written

    def _write_article(self, record: dict, quotes: Sequence[Quote], replace: bool) -> Written:
        row = {column: record.get(column) for column in ARTICLE_COLUMNS}
        row["ingested_at"] = now()
        if isinstance(row.get("related"), list):
            row["related"] = json.dumps(row["related"], ensure_ascii=False)
        if replace:
            self._touched.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL",
                    [row["id"]],
                )
            )
            self.conn.execute("DELETE FROM quotes WHERE article_id = ?", [row["id"]])
            self.conn.execute("DELETE FROM speaker_links WHERE article_id = ?", [row["id"]])
            self.conn.execute(UPDATE_ARTICLE, row)
        else:
            self.conn.execute(INSERT_ARTICLE, row)
        date = row.get("date") or (str(row["year"]) if row.get("year") else None)
        mentions = [identity.mention(quote.speaker, quote.title) for quote in quotes]
        speakers, new_speakers = self._speakers_for(mentions)
        identity.record_links(self.conn, row["id"], row["text"], speakers)
        rows, statements = [], set()
        for quote, (name, title) in zip(quotes, mentions):
            speaker_id = speakers.get(name) if name else None
            statement = identity.statement_key(quote.quote)
            if speaker_id is not None:
                self._added.setdefault(speaker_id, []).append((title, date, self._new_statement(speaker_id, statement, statements)))
                self._fresh.add(speaker_id)
            rows.append(
                (row["id"], speaker_id, quote.quote, name, quote.speaker_mention, title,
                 quote.cue, quote.kind, date, quote.start, quote.end, quote.paragraph, statement)
            )
        self.conn.executemany(
            "INSERT INTO quotes (article_id, speaker_id, quote, speaker_name, speaker_mention, title, cue, kind, "
            'date, start, "end", paragraph, statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            rows,
        )
        return Written("replaced" if replace else "new", len(rows), new_speakers)

    def _speakers_for(self, mentions: list[tuple[str | None, str | None]]) -> tuple[dict[str, int], int]:
        """The speaker of each bare name of an article (found with all the titles the article gives it),
        and how many are new."""
        titles: dict[str, list[str]] = {}
        for name, title in mentions:
            if name:
                titles.setdefault(name, []).extend([title] if title else [])
        speakers, created = {}, 0
        for name, its_titles in titles.items():
            speakers[name], new = identity.speaker_for(self.conn, name, its_titles)
            created += new
        return speakers, created

    def _new_statement(self, speaker_id: int, statement: str, seen: set[tuple[int, str]]) -> bool:
        """Whether a quote is a statement the speaker has not made yet (the same quote
        from another outlet, or twice in one article, is not)."""
        if (speaker_id, statement) in seen:
            return False
        seen.add((speaker_id, statement))
        return self.conn.execute(
            "SELECT 1 FROM quotes WHERE speaker_id = ? AND statement = ? LIMIT 1", [speaker_id, statement]
        ).fetchone() is None

    def _add_to_speakers(self, added: dict[int, list[tuple[str | None, str | None]]]) -> None:
        """Bring speakers up to date with new quotes only, without recounting
        their old ones: an archive's most quoted people are touched by every batch."""
        for speaker_id, items in added.items():
            dates = [d for _, d, _ in items if d]
            self.conn.execute(
                """
                UPDATE speakers SET
                  quote_count = quote_count + :n,
                  first_seen = CASE WHEN :lo IS NULL OR (first_seen IS NOT NULL AND first_seen <= :lo)
                               THEN first_seen ELSE :lo END,
                  last_seen = CASE WHEN :hi IS NULL OR (last_seen IS NOT NULL AND last_seen >= :hi)
                              THEN last_seen ELSE :hi END
                WHERE id = :id
                """,
                {"id": speaker_id, "n": sum(new for _, _, new in items), "lo": min(dates, default=None),
                 "hi": max(dates, default=None)},
            )
            titles: dict[str, list[str | None]] = {}
            for title, date, _ in items:
                if title is not None:
                    titles.setdefault(title, []).append(date)
            for title, title_dates in titles.items():
                known = [d for d in title_dates if d]
                self.conn.execute(
                    """
                    INSERT INTO speaker_titles (speaker_id, title, quote_count, first_seen, last_seen)
                    VALUES (:id, :title, :n, :lo, :hi)
                    ON CONFLICT (speaker_id, title) DO UPDATE SET
                      quote_count = quote_count + excluded.quote_count,
                      first_seen = CASE WHEN excluded.first_seen IS NULL
                                     OR (first_seen IS NOT NULL AND first_seen <= excluded.first_seen)
                                   THEN first_seen ELSE excluded.first_seen END,
                      last_seen = CASE WHEN excluded.last_seen IS NULL
                                    OR (last_seen IS NOT NULL AND last_seen >= excluded.last_seen)
                                  THEN last_seen ELSE excluded.last_seen END
                    """,
                    {"id": speaker_id, "title": title, "n": len(title_dates),
                     "lo": min(known, default=None), "hi": max(known, default=None)},
                )
            self._set_latest_title(speaker_id)

    def _set_latest_title(self, speaker_id: int) -> None:
        self.conn.execute(
            "UPDATE speakers SET latest_title = ? WHERE id = ?", [identity.latest_title(self.conn, speaker_id), speaker_id]
        )

    def _refresh_speakers(self, speaker_ids: Iterable[int]) -> None:
        """Recount quotes, titles and dates of these speakers; drop those left with no quotes.

        A speaker a human corrected (merge, rename) is kept even with no
        quotes, so that the correction holds when its articles come back.
        """
        for speaker_id in sorted(speaker_ids):
            args = {"id": speaker_id}
            self.conn.execute(
                """
                UPDATE speakers SET
                  quote_count = (SELECT count(DISTINCT statement) FROM quotes WHERE speaker_id = :id),
                  first_seen = (SELECT min(date) FROM quotes WHERE speaker_id = :id),
                  last_seen = (SELECT max(date) FROM quotes WHERE speaker_id = :id)
                WHERE id = :id
                """,
                args,
            )
            self.conn.execute("DELETE FROM speaker_titles WHERE speaker_id = :id", args)
            self.conn.execute(
                """
                INSERT INTO speaker_titles (speaker_id, title, quote_count, first_seen, last_seen)
                SELECT speaker_id, title, count(*), min(date), max(date) FROM quotes
                WHERE speaker_id = :id AND title IS NOT NULL GROUP BY title
                """,
                args,
            )
            self._set_latest_title(speaker_id)
            orphan = self.conn.execute(
                """
                SELECT 1 FROM speakers WHERE id = :id AND quote_count = 0
                AND NOT EXISTS (SELECT 1 FROM corrections WHERE speaker_id = :id)
                """,
                args,
            ).fetchone()
            if orphan:
                self.conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = :id", args)
                self.conn.execute("DELETE FROM speakers WHERE id = :id", args)

    # -- corrections -------------------------------------------------------

    def merge(self, keep_name: str, other_name: str) -> tuple[dict, dict]:
        """Make OTHER the same person as KEEP: its quotes and aliases move to KEEP, whose name stays."""
        keep = self.find_speaker(keep_name)
        other = self.find_speaker(other_name)
        if keep["id"] == other["id"]:
            raise StoreError(f'"{keep_name}" and "{other_name}" are already one speaker: {keep["name"]}')
        self.begin()
        try:
            args = {"keep": keep["id"], "other": other["id"]}
            self.conn.execute("UPDATE quotes SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("UPDATE speaker_aliases SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("UPDATE corrections SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("DELETE FROM speaker_titles WHERE speaker_id = :other", args)
            self.conn.execute("DELETE FROM speakers WHERE id = :other", args)
            self._log("merge", keep["id"], other["name"], keep["name"])
            self._touched.add(keep["id"])
            self.commit()
        except BaseException:
            self.rollback()
            raise
        return self.get_speaker(keep["id"]), other

    def rename(self, name: str, new_name: str) -> dict:
        """Give a speaker a new name; the old spellings stay as aliases."""
        speaker = self.find_speaker(name)
        key = speaker_key(new_name)
        if not key:
            raise StoreError(f'"{new_name}" has no letters to make a name of')
        self.begin()
        try:
            owner = self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE key = ?", [key]).fetchone()
            if owner and owner[0] != speaker["id"]:
                taken = self.get_speaker(owner[0])
                raise StoreError(
                    f'"{new_name}" is already the speaker {taken["name"]}; '
                    f'to make them one person use: quotebook merge "{taken["name"]}" "{speaker["name"]}"'
                )
            if owner:
                self.conn.execute("UPDATE speaker_aliases SET name = ? WHERE key = ?", [new_name, key])
            else:
                self.conn.execute(
                    "INSERT INTO speaker_aliases (key, speaker_id, name) VALUES (?, ?, ?)", [key, speaker["id"], new_name]
                )
            self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", [new_name, speaker["id"]])
            self._log("rename", speaker["id"], speaker["name"], new_name)
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        return self.get_speaker(speaker["id"])

    def _log(self, action: str, speaker_id: int, name: str, new_name: str) -> None:
        self.conn.execute(
            "INSERT INTO corrections (made_at, action, speaker_id, name, new_name) VALUES (?, ?, ?, ?, ?)",
            [now(), action, speaker_id, name, new_name],
        )

    # -- queries -----------------------------------------------------------

    def counts(self) -> dict:
        return {table: self.db[table].count for table in ("articles", "quotes", "speakers")}

    def get_speaker(self, speaker_id: int) -> dict:
        return self.db["speakers"].get(speaker_id)

    def find_speakers(self, name: str) -> list[dict]:
        """The speakers NAME means: the one whose name or alias it is, else all whose names hold its words."""
        key = speaker_key(name)
        if not key:
            return []
        exact = self._rows(
            "SELECT speakers.* FROM speaker_aliases JOIN speakers ON speakers.id = speaker_aliases.speaker_id "
            "WHERE speaker_aliases.key = ?",
            [key],
        )
        if exact:
            return exact
        words = " ".join(f'"{w}"' for w in key.split())
        return self._rows(
            """
            SELECT * FROM speakers WHERE id IN (
              SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts
              JOIN speaker_aliases ON speaker_aliases.rowid = speaker_aliases_fts.rowid
              WHERE speaker_aliases_fts MATCH :query
            ) ORDER BY quote_count DESC, name
            """,
            {"query": "key : (" + words + ")"},
        )

    def find_speaker(self, name: str) -> dict:
        """The one speaker NAME means, or an error that says who matched."""
        matches = self.find_speakers(name)
        if not matches:
            raise NoSuchSpeaker(f'no speaker matches "{name}"')
        if len(matches) > 1:
            raise AmbiguousSpeaker(name, matches)
        return matches[0]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> Iterator[dict]:
        """Quotes, newest first (an article's own in reading order), with their speaker and article."""
        where, args = [], {}
        if speaker is not None:
            where.append("quotes.speaker_id = :speaker_id")
            args["speaker_id"] = self.find_speaker(speaker)["id"]
        if search is not None:
            where.append("quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)")
            args["search"] = fts_query(search)
        if since is not None:
            where.append("quotes.date >= :since")
            args["since"] = date_bound(since, upper=False)
        if until is not None:
            where.append("quotes.date < :until")
            args["until"] = date_bound(until, upper=True)
        if source is not None:
            where.append(
                "instr(lower(coalesce(articles.outlet, '') || ' ' || coalesce(articles.source, '')), lower(:source)) > 0"
            )
            args["source"] = source
        # Pick the quotes first from the quotes table alone (joining articles only
        # to filter by outlet), then fetch the few picked rows' details: a common
        # word's thousands of full-text hits are sorted as bare ids and dates.
        sql = f"""
            WITH picked AS (
              SELECT quotes.id, quotes.date FROM quotes
              {"JOIN articles ON articles.id = quotes.article_id" if source is not None else ""}
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY quotes.date DESC, quotes.id
              {"LIMIT :limit" if limit is not None else ""}
            )
            SELECT quotes.id, quotes.date, speakers.name AS speaker, quotes.title, quotes.quote,
              articles.outlet, articles.dateline, quotes.article_id, articles.title AS article_title,
              articles.url, quotes.speaker_mention, quotes.cue, quotes.kind, quotes.start, quotes."end",
              quotes.paragraph, quotes.speaker_id
            FROM picked
            JOIN quotes ON quotes.id = picked.id
            JOIN articles ON articles.id = quotes.article_id
            LEFT JOIN speakers ON speakers.id = quotes.speaker_id
            ORDER BY picked.date DESC, picked.id
        """
        if limit is not None:
            args["limit"] = limit
        return self._stream(sql, args)

    def speakers(self, *, search: str | None = None, limit: int | None = None) -> Iterator[dict]:
        """Speakers with quotes, most quoted first."""
        where, args = ["quote_count > 0"], {}
        if search is not None:
            key = speaker_key(search)
            if not key:
                raise BadQuery("nothing to search for")
            where.append(
                "id IN (SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts "
                "JOIN speaker_aliases ON speaker_aliases.rowid = speaker_aliases_fts.rowid "
                "WHERE speaker_aliases_fts MATCH :query)"
            )
            # Every word, the last one also as a prefix: `ma'ruf am` finds Ma'ruf Amin.
            words = key.split()
            args["query"] = "key : (" + " ".join(f'"{w}"' for w in words) + "*)"
        sql = f"""
            SELECT id, name, quote_count AS quotes, latest_title, first_seen, last_seen FROM speakers
            WHERE {" AND ".join(where)} ORDER BY quote_count DESC, name
            {"LIMIT :limit" if limit is not None else ""}
        """
        if limit is not None:
            args["limit"] = limit
        return self._stream(sql, args)

    def profile(self, name: str, *, latest: int = 10) -> dict:
        """One speaker: aliases, titles over time, quotes by outlet and the latest quotes."""
        speaker = self.find_speaker(name)
        sid = [speaker["id"]]
        aliases = [r[0] for r in self.conn.execute(
            "SELECT name FROM speaker_aliases WHERE speaker_id = ? UNION "
            "SELECT DISTINCT speaker_name FROM quotes WHERE speaker_id = ? AND speaker_name IS NOT NULL",
            sid * 2,
        )]
        return {
            "id": speaker["id"],
            "name": speaker["name"],
            "quotes": speaker["quote_count"],
            "latest_title": speaker["latest_title"],
            "first_seen": speaker["first_seen"],
            "last_seen": speaker["last_seen"],
            "aliases": sorted({a for a in aliases if a != speaker["name"]}),
            "titles": self._rows(
                "SELECT title, quote_count AS quotes, first_seen, last_seen FROM speaker_titles "
                "WHERE speaker_id = ? ORDER BY last_seen DESC, first_seen DESC, title",
                sid,
            ),
            "outlets": self._rows(
                "SELECT coalesce(articles.outlet, articles.source) AS outlet, count(*) AS quotes FROM quotes "
                "JOIN articles ON articles.id = quotes.article_id WHERE quotes.speaker_id = ? "
                "GROUP BY 1 ORDER BY 2 DESC, 1",
                sid,
            ),
            "latest_quotes": self._rows(
                "SELECT quotes.date, quotes.title, quotes.quote, articles.outlet, quotes.article_id FROM quotes "
                "JOIN articles ON articles.id = quotes.article_id WHERE quotes.speaker_id = ? "
                "ORDER BY quotes.date DESC, quotes.id LIMIT ?",
                sid + [latest],
            ),
        }

    # -- helpers -----------------------------------------------------------

    def _rows(self, sql: str, args) -> list[dict]:
        return list(self._stream(sql, args))

    def _stream(self, sql: str, args) -> Iterator[dict]:
        """Run the query now (so a bad search fails before any output), then yield its rows."""
        try:
            cursor = self.conn.execute(sql, args)
        except sqlite3.OperationalError as exc:
            if any(sign in str(exc) for sign in FTS_ERRORS):
                raise BadQuery(
                    f"not a valid full-text search ({exc}); to search for AND, OR, NOT, brackets "
                    'or other signs as written, put them in double quotes'
                ) from exc
            raise
        columns = [d[0] for d in cursor.description]
        return (dict(zip(columns, row)) for row in cursor)


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def describe(path: str, exc: sqlite3.Error) -> str:
    """A one-line reason a database file cannot be used."""
    message = str(exc)
    if "not a database" in message:
        return f"{path}: not an SQLite database"
    if "malformed" in message or "corrupt" in message:
        return f"{path}: the database is corrupt ({message})"
    if "readonly" in message or "read-only" in message:
        return f"{path}: the database is read-only"
    if _is_busy(exc):
        return f"{path}: the database is locked by another process; try again when it is done"
    if "unable to open" in message:
        return f"{path}: cannot open the database file"
    return f"{path}: {message}"


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))


def _statements(script: str) -> Iterator[str]:
    """The statements of a script, trigger bodies kept whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
