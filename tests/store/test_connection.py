"""Opening a database file (quotebook/store/connection.py): the file's settings, files that cannot be used, transactions."""
import os
import sqlite3

import pytest
import sqlite_utils
from conftest import digest, quote, record, write

from quotebook.store import BadDatabase, Store


def test_schema_is_plain_sqlite_utils_tables_with_fts_wal_and_keys(store):
    db = sqlite_utils.Database(store.conn)
    assert {"articles", "speakers", "speaker_aliases", "speaker_titles", "quotes", "corrections"} <= set(db.table_names())
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert db["speaker_aliases"].detect_fts() == "speaker_aliases_fts"
    assert {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys} == {("article_id", "articles"), ("speaker_id", "speakers")}
    assert {tuple(i.columns) for i in db["quotes"].indexes} >= {("article_id",), ("speaker_id", "date")}
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_opening_again_keeps_the_data(tmp_path):
    path = str(tmp_path / "q.db")
    with Store(path, write=True) as s:
        write(s, (record("a", "teks"), [quote("Halo", "Budi Santoso")]))
    with Store(path, write=True) as s:
        assert s.counts() == {"articles": 1, "quotes": 1, "speakers": 1}



def test_reading_a_missing_or_empty_file_creates_nothing(tmp_path):
    missing = tmp_path / "missing.db"
    with pytest.raises(BadDatabase, match="no such database"):
        Store(str(missing))
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(BadDatabase, match="not a quotebook database"):
        Store(str(empty))
    assert empty.read_bytes() == b""


@pytest.mark.parametrize("write_mode", [False, True])
def test_a_file_that_is_not_sqlite_is_left_untouched(tmp_path, write_mode):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    before = digest(path)
    with pytest.raises(BadDatabase, match="not an SQLite database"):
        Store(str(path), write=write_mode)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_someone_elses_sqlite_database_is_left_untouched(tmp_path):
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE books (title TEXT)")
    conn.execute("INSERT INTO books VALUES ('Bumi Manusia')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(BadDatabase, match="not a quotebook database .*books"):
        Store(str(path), write=True)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


def test_a_corrupt_database_is_reported(tmp_path):
    path = tmp_path / "q.db"
    with Store(str(path), write=True) as s:
        write(s, (record("a", "a" * 20000), [quote("Satu", "Joko Widodo")]))
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(BadDatabase, match="corrupt|not an SQLite"):
        Store(str(path), write=True)
    assert digest(path) == before


def test_a_locked_database_is_reported_after_the_busy_timeout(tmp_path):
    path = str(tmp_path / "q.db")
    Store(path, write=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BadDatabase, match="locked"):
            Store(path, timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_database_is_refused_for_writing(tmp_path, monkeypatch):
    path = tmp_path / "q.db"
    Store(str(path), write=True).close()
    path.chmod(0o444)
    # Root may write anyway; what counts is that quotebook asks the file system.
    monkeypatch.setattr("quotebook.store.connection.os.access", lambda p, mode: mode == os.R_OK)  # as for 0444
    before = digest(path)
    with pytest.raises(BadDatabase, match="read-only"):
        Store(str(path), write=True)
    assert digest(path) == before
    with Store(str(path)) as s:  # reading is fine
        assert s.counts()["articles"] == 0


def test_a_transaction_commits_all_or_nothing_and_says_which(store):
    write(store, (record("a", "Satu."), [quote("Kami siap", "Budi Santoso")]))
    assert store.committed
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.write_article(record("b", "Dua."), [quote("Stok aman", "Ida Fauziyah")])
            raise RuntimeError("the disk is full")
    assert not store.committed and not store.conn.in_transaction
    assert store.counts() == {"articles": 1, "quotes": 1, "speakers": 1}
    # The failed transaction's speaker counts were dropped with it.
    write(store, (record("c", "Tiga."), [quote("Harga naik", "Budi Santoso")]))
    assert store.find_speaker("Budi Santoso")["quote_count"] == 2


def test_a_query_does_not_import_sqlite_utils(filled, tmp_path):
    """sqlite-utils takes longer to import than a query takes: it is imported to make or upgrade a database only."""
    import subprocess
    import sys

    code = (
        "import sys; from quotebook.store import Store; s = Store(sys.argv[1]); "
        "n = len(list(s.quotes(speaker='Budi Santoso', limit=5))); print(n, 'sqlite_utils' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code, filled.path], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "False"]


@pytest.mark.parametrize("name", ["a b?c#d%e.db", "caf\udce9 100%.db", "ü~x;y=z&w+1,2@3.db"])
def test_a_database_whose_name_holds_uri_signs_or_bytes_that_are_not_utf8_is_read(tmp_path, name):
    """A query opens the file read-only through a file: URI, which escapes every such byte."""
    path = str(tmp_path / name)
    with Store(path, write=True) as s:
        write(s, (record("a", "teks"), [quote("Halo", "Budi Santoso")]))
    with Store(path) as s:
        assert [q["quote"] for q in s.quotes()] == ["Halo"]
