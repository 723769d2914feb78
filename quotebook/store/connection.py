"""Opening a quotebook database file, and the one way to write to it.

Writes: one writer at a time per file (``BEGIN IMMEDIATE``), WAL so that
readers never wait for it, and a busy timeout so that a second writer waits
its turn instead of failing. Every write goes through ``transaction()``.
"""
from __future__ import annotations

import os
import re
import sqlite3
import stat
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, TypeVar

from . import schema
from ..paths import absent, NOT_A_DIRECTORY
from .errors import BadDatabase, BadQuery, ingest_into

if TYPE_CHECKING:
    import sqlite_utils

    from .counts import Changes

BUSY_TIMEOUT_MS = 30_000
DISK_FULL = "the disk is full"
# What SQLite says when FTS5 cannot parse a search (not all of it says "fts5").
FTS_ERRORS = ("fts5", "unknown special query", "unterminated string", "no such column")


# The files SQLite keeps beside a database while it is open: its write-ahead log, the
# log's index in shared memory, the rollback journal.
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


def _side_file_of(path: str, real: str) -> tuple[str, str] | None:
    """(the database, the suffix) when PATH, or REAL, the file a symbolic link at PATH leads
    to, is one of SIDE_FILES beside an SQLite database; None for any other name
    (`research-journal` beside a text file `research`)."""
    for name in dict.fromkeys((path, real)):
        for suffix in SIDE_FILES:
            base = name[: -len(suffix)]
            if name.endswith(suffix) and os.path.isfile(base) and _starts_as_sqlite(base):
                return (base if name == path else f"{base} (where {path} leads)"), suffix
    return None


def _starts_as_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


FTS_SYNTAX = re.compile(r'fts5: syntax error near "(.*)"', re.S)


def _fts_problem(message: str) -> str:
    """SQLite's complaint about a full-text search, in the words of the search."""
    syntax = FTS_SYNTAX.fullmatch(message)
    if syntax is not None:
        if syntax.group(1) == "NOT":
            return "unexpected NOT: NOT stands between two words, as in korupsi NOT suap"
        return f'unexpected "{syntax.group(1)}"' if syntax.group(1) else "it ends where a word should follow"
    if message.startswith("unknown special query"):
        return "* only ends a word, as in korup* for every word that starts so"
    return message


Opened = TypeVar("Opened", bound="Connection")


class Connection:
    """One open database file: for reading (queries) or writing (ingest, corrections)."""

    def __init__(self, path: str, *, write: bool = False, create: bool = True, timeout_ms: int | None = None):
        self.path = path
        self.write = write
        self.create = write and create  # only an ingest makes a new database
        self.timeout_ms = BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms
        refuse_unusable(path)
        existed = os.path.exists(path)
        try:
            self.conn = self._connect()
        except BadDatabase as exc:
            if not existed and str(exc).endswith(DISK_FULL):
                remove_new(path)  # made by this open on a full disk, and not a database yet
            raise
        self._changes: Changes | None = None
        self.notes: list[str] = []  # what a reader should be told on the side (which speaker a name was taken as)
        self.committed = False  # did the last transaction commit?

    @property
    def changes(self) -> Changes:
        """What the open transaction did to speakers (made by the first write: a query has no need of it)."""
        if self._changes is None:
            from .counts import Changes

            self._changes = Changes()
        return self._changes

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection as a sqlite_utils.Database, for reading (writes go through transaction())."""
        return schema.sqlite_utils_db(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self: Opened) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: commit what the block did, the new rows indexed for full-text
        search and speaker counts brought up to date, or nothing.

        ``committed`` tells afterwards whether it was stored; it is True even
        when Ctrl-C arrives just after the COMMIT.
        """
        self.committed = False
        self.conn.execute("BEGIN IMMEDIATE")
        committing = False
        try:
            yield
            schema.index_new_rows(self.conn)  # before the join pass, which searches the speakers' names
            self.changes.settle(self.conn)
            committing = True
            self._commit()
            self.committed = True  # (inside the try: a signal right after COMMIT is still told apart)
        except BaseException:
            self.committed = committing and not self.conn.in_transaction
            self.changes.clear()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    # -- running a query -------------------------------------------------

    def _rows(self, sql: str, args: Any) -> list[dict]:
        return list(self._stream(sql, args))

    def _stream(self, sql: str, args: Any) -> Iterator[dict]:
        """Run the query now (so a bad search fails before any output), then yield its rows."""
        try:
            cursor = self.conn.execute(sql, args)
        except sqlite3.OperationalError as exc:
            if any(sign in str(exc) for sign in FTS_ERRORS):
                raise BadQuery(
                    f"not a valid full-text search ({_fts_problem(str(exc))}); to search for AND, OR, NOT, brackets "
                    'or other signs as written, put them in double quotes'
                ) from exc
            raise
        columns = [d[0] for d in cursor.description]
        return (dict(zip(columns, row)) for row in cursor)

    # -- opening ---------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        problem = absent(path)
        if problem == NOT_A_DIRECTORY:  # (`quotebook.db/`, `notes.txt/q.db`: a file named as a folder)
            raise BadDatabase(f"{path}: {problem}")
        if path.endswith(("/", os.sep)) and not os.path.isdir(path):
            # (SQLite would make a file of the name without its slash, then fail to open the folder)
            raise BadDatabase(f"{path}: names a folder (it ends with /), not a database file; give --db a file name")
        if problem and not self.create:
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):  # (ingest would refuse it too: say so, not suggest it)
                raise BadDatabase(f"{path}: no such database, nor its folder {folder}")
            raise BadDatabase(f"{path}: no such database; store articles in it first with: {ingest_into(path)}")
        if os.path.isdir(path):
            raise BadDatabase(f"{path}: is a directory, not a database file")
        # SQLite keeps its -wal and -shm files beside the database (beside the file a symbolic link leads to).
        real = os.path.realpath(path)
        side = _side_file_of(path, real)
        if side is not None:
            # (written to as a database, SQLite would take it back as its own file and delete it)
            raise BadDatabase(f"{path}: is SQLite's {side[1]} file of the database {side[0]}; give --db that file")
        if self.write and os.path.exists(path) and not os.access(path, os.W_OK):
            raise BadDatabase(f"{path}: the database file is read-only")
        folder = os.path.dirname(real)
        if self.write and not os.path.isdir(folder):
            raise BadDatabase(f"{path}: no such folder: {folder}; create it first, or give --db a file in a folder "
                              "that exists")
        read_only_folder = os.path.isdir(folder) and not os.access(folder, os.W_OK)
        if self.write and read_only_folder:
            raise BadDatabase(f"{path}: the database's folder is read-only (SQLite writes its journal there)")
        try:
            if self.write:
                conn = sqlite3.connect(path, isolation_level=None, timeout=self.timeout_ms / 1000)
            else:
                uri = file_uri(path) + "?mode=ro"
                if read_only_folder and not os.path.exists(real + "-wal"):
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
                self._check(conn)
                conn.execute("PRAGMA foreign_keys = ON")
                return conn
            except sqlite3.OperationalError as exc:
                if is_busy(exc) and time.monotonic() < deadline:
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

    def _check(self, conn: sqlite3.Connection) -> None:
        """Refuse a database quotebook cannot use, before writing anything; make a new
        one (ingest) and bring an older one up to date (any command)."""
        fresh = self.create and not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        if not fresh:
            problem = schema.problem(conn)
            if problem:
                hint = "; create one with quotebook ingest" if problem.endswith("(it has no tables)") else ""
                raise BadDatabase(f"{self.path}: {problem}{hint}")
        if self.write:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -16384")  # 16 MB of pages: index updates at archive scale stay in memory
        if schema.version(conn) == schema.SCHEMA_VERSION:
            return
        if not self.write:
            # An older database read after an upgrade: brought up to date once, by a writer.
            try:
                upgrading = Connection(self.path, write=True, create=False, timeout_ms=self.timeout_ms)
                # This reader stays open, so the writer's close is not the last one and would
                # leave the upgrade in the WAL, which every read-only command reads whole.
                upgrading.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                upgrading.close()
            except BadDatabase as exc:
                raise BadDatabase(
                    f"{exc}; it was made by an older quotebook (schema version {schema.version(conn)}) "
                    "and must be brought up to date before it can be read"
                ) from None
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema.version(conn) < schema.SCHEMA_VERSION:  # another writer may have done it meanwhile
                schema.upgrade(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


# The bytes a file: URI holds as they are (urllib.parse.quote's; not imported: it takes longer than a query).
URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def file_uri(path: str) -> str:
    """The file: URI of PATH, every other byte %-escaped (a name that is not UTF-8: its bytes)."""
    return "file:" + "".join(chr(b) if b in URI_SAFE else f"%{b:02X}" for b in os.fsencode(os.path.abspath(path)))


def is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def refuse_unusable(path: str) -> None:
    """A --db that names no file quotebook can keep a database in ends here, with why."""
    if path in ("", ":memory:"):
        raise BadDatabase(
            f"{path or chr(34) * 2}: not a database file (SQLite would keep the database in memory "
            "and lose it when the command ends); give --db a file"
        )
    if os.path.exists(path) and not os.path.isdir(path):
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise BadDatabase(f"{path}: not a regular file (a pipe, socket or device), not a database file")
        if not os.access(path, os.R_OK):
            raise BadDatabase(f"{path}: cannot read the database file (permission denied)")


def remove_new(path: str) -> None:
    """Remove a database file that this command made but filled with nothing (opening it on a
    full disk, or an ingest whose every article failed), with the files SQLite keeps beside it."""
    for name in (path, *(path + suffix for suffix in SIDE_FILES)):
        try:
            os.remove(name)
        except OSError:
            pass


def describe(path: str, exc: sqlite3.Error) -> str:
    """A one-line reason a database file cannot be used."""
    message = str(exc)
    if "database or disk is full" in message:
        return f"{path}: {DISK_FULL}"
    if "not a database" in message:
        return f"{path}: not an SQLite database"
    if "malformed" in message or "corrupt" in message:
        return f"{path}: the database is corrupt ({message})"
    if "readonly" in message or "read-only" in message:
        return f"{path}: the database is read-only"
    if is_busy(exc):
        return f"{path}: the database is locked by another process; try again when it is done"
    if "unable to open" in message:
        return f"{path}: cannot open the database file"
    return f"{path}: {message}"
