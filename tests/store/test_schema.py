"""The schema: numbered steps from an empty file, and databases made by older releases."""
import sqlite3

import sqlite_utils
from conftest import quote, record, write

from quotebook.store import Store, schema


def objects(path):
    """The tables, indexes and triggers of a database file, by type and name."""
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def test_the_release_database_reads_as_it_was_written(release_db):
    with Store(str(release_db)) as store:
        assert store.counts() == {"articles": 4, "quotes": 8, "speakers": 5}
        assert store.find_speaker("Anggoro Eko Cahyo")["name"] == "Imron Fatoni"  # the merge holds
        assert store.find_speaker("Suparman Hadi")["name"] == "Suparman"  # so does the rename
        assert [q["speaker"] for q in store.quotes(search="tanggul")] == ["Tri Adhianto"]


def test_the_release_database_takes_new_articles(release_db):
    with Store(str(release_db), write=True) as store:
        write(store, (record("baru", "Teks baru."), [quote("Tanggul jebol lagi", "Suparman Hadi")]))
        assert store.find_speaker("Suparman")["quote_count"] == 2
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_a_new_database_has_what_the_release_made(tmp_path, release_db):
    """The steps make the same tables, indexes and triggers from an empty file as the release did."""
    Store(str(tmp_path / "new.db"), write=True).close()
    with Store(str(release_db), write=True):
        pass
    assert objects(tmp_path / "new.db") == objects(release_db)


def test_step_1_builds_a_version_1_database_that_opens(tmp_path):
    """The fixture-building path: a file taken to version 1 by step 1 alone, filled as 0.1.0 filled it."""
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.step_1_tables_and_search(sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, origin, content_hash, text, ingested_at) "
        "VALUES ('a', 'a.txt', 'h', 'Teks.', '2024-01-01T00:00:00+00:00')"
    )
    conn.execute("INSERT INTO speakers (id, name, quote_count) VALUES (1, 'Budi Santoso', 1)")
    conn.execute("INSERT INTO speaker_aliases (key, speaker_id, name) VALUES ('budi santoso', 1, 'Budi Santoso')")
    conn.execute(
        "INSERT INTO quotes (article_id, speaker_id, quote, kind, start, \"end\", paragraph) "
        "VALUES ('a', 1, 'Kami siap', 'direct', 0, 9, 0)"
    )
    conn.close()
    with Store(str(path), write=True) as store:
        assert [q["speaker"] for q in store.quotes(search="siap")] == ["Budi Santoso"]
        assert store.find_speaker("budi")["name"] == "Budi Santoso"
