"""The schema: numbered steps from an empty file, databases made by older releases
brought up to date, and damaged or newer databases refused before anything is written."""
import os
import sqlite3

import pytest
import sqlite_utils
from conftest import digest, invoke, quote, record, write

from quotebook.store import BadDatabase, Store, schema

FTS_TABLES = ("quotes_fts", "speaker_aliases_fts")


def objects(path):
    """The tables, indexes and triggers of a database file, by type and name."""
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def alter(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def version_1(path, *rows):
    """A database at schema version 1, made by step 1 alone as release 0.1.0 made it, holding ROWS."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema.STEPS[0].run(sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    for article_id, origin, url, text in rows:
        conn.execute(
            "INSERT INTO articles (id, origin, url, content_hash, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
            [article_id, origin, url, record(article_id, text)["content_hash"], text, "2024-01-01T00:00:00+00:00"],
        )
        conn.execute(
            'INSERT INTO quotes (article_id, quote, kind, start, "end", paragraph) VALUES (?, ?, ?, 0, 5, 0)',
            [article_id, text, "direct"],
        )
    conn.close()
    return path


@pytest.fixture
def made(tmp_path):
    """A database made by this quotebook, with one article and its speaker."""
    path = tmp_path / "q.db"
    with Store(str(path), write=True) as store:
        write(store, (record("a", "Teks."), [quote("Kami siap", "Budi Santoso")]))
    return path


# -- building and upgrading -----------------------------------------------


def test_a_new_database_has_what_the_release_made(tmp_path, release_db):
    """The steps make the same tables, indexes and triggers from an empty file as release 0.1.0 did,
    and those of speaker identity (step 3), less the triggers that indexed each row as it was
    inserted (step 4), with quotes' date index in the listing's order (step 5)."""
    Store(str(tmp_path / "new.db"), write=True).close()
    assert objects(tmp_path / "new.db") - objects(release_db) == {
        ("table", "speaker_links"), ("table", "speaker_joins"), ("index", "idx_speaker_links_alias_key"),
        ("index", "idx_speaker_links_name_key"), ("index", "idx_speaker_links_article_id"),
        ("index", "idx_speaker_joins_speaker_id"), ("index", "idx_quotes_speaker_id_statement"),
        ("index", "idx_quotes_newest"),
    }
    assert objects(release_db) - objects(tmp_path / "new.db") == {
        ("trigger", "quotes_ai"), ("trigger", "speaker_aliases_ai"), ("index", "idx_quotes_date"),
    }
    with Store(str(tmp_path / "new.db")) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_the_release_database_reads_as_it_was_written(release_db):
    with Store(str(release_db)) as store:
        assert store.counts() == {"articles": 4, "quotes": 8, "speakers": 5}
        assert store.find_speaker("Anggoro Eko Cahyo")["name"] == "Imron Fatoni"  # the merge holds
        assert store.find_speaker("Suparman Hadi")["name"] == "Suparman"  # so does the rename
        assert [q["speaker"] for q in store.quotes(search="tanggul")] == ["Tri Adhianto"]


def test_the_release_database_is_brought_up_to_date_by_a_read_command(release_db):
    result = invoke("quotes", "--search", "tanggul", "--nl", "--db", release_db)
    assert result.exit_code == 0, result.output
    # Step 2 gave the .txt article its file URI; the JSON ids stay as they were.
    assert '"article_id": "file:///tmp/i11s/in/warga-banjir.txt"' in result.stdout
    with Store(str(release_db)) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert sorted(r["id"] for r in store.db["articles"].rows) == [
            "antara-bpjamsostek-semarang", "file:///tmp/i11s/in/warga-banjir.txt",
            "sample-antara-imron-2022", "sample-kompas-pekerja-rentan",
        ]
        assert store.db.execute("SELECT count(*) FROM quotes WHERE article_id LIKE 'file:%'").fetchone()[0] == 2


def test_an_upgrade_by_a_read_command_is_not_left_in_the_wal(release_db):
    """The read command's own connection stays open while a writer upgrades, so the writer's
    close is not the last: unless it checkpoints, the upgrade stays in the WAL, which every
    later read-only command reads whole (20 ms a command on a database of a million quotes)."""
    sqlite3.connect(release_db).execute("PRAGMA journal_mode = WAL").fetchone()  # as any database quotebook wrote
    result = invoke("quotes", "--search", "tanggul", "--nl", "--db", release_db)
    assert result.exit_code == 0, result.output
    assert not os.path.exists(f"{release_db}-wal") or os.path.getsize(f"{release_db}-wal") == 0


def test_the_release_database_takes_new_articles(release_db):
    with Store(str(release_db), write=True) as store:
        write(store, (record("baru", "Teks baru."), [quote("Tanggul jebol lagi", "Suparman Hadi")]))
        assert store.find_speaker("Suparman")["quote_count"] == 2


def fts_consistent(path):
    """Each full-text index holds one row for each row of its table, and passes SQLite's own check."""
    conn = sqlite3.connect(path)
    try:
        for table in ("quotes", "speaker_aliases"):
            indexed = conn.execute(f"SELECT id FROM {table}_fts_docsize ORDER BY id").fetchall()
            assert indexed == conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid").fetchall(), table
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def test_step_4_keeps_the_release_databases_search_index_whole_and_indexes_what_comes_after(release_db):
    with Store(str(release_db), write=True) as store:
        write(
            store,
            (record("baru", "Teks baru."), [quote("Tanggul jebol lagi di Bekasi", "Suparman Hadi")]),
            (record("lain", "Teks lain."), [quote("Pompa air belum datang", "Wahyu Pratama")]),
        )
        # An article replaced in the next transaction: its old quote leaves the index, the new one enters it.
        write(store, (record("baru", "Teks baru, diperbaiki."), [quote("Tanggul sudah diperbaiki", "Suparman Hadi")]))
    fts_consistent(release_db)
    with Store(str(release_db)) as store:
        assert sorted(q["speaker"] for q in store.quotes(search="tanggul")) == ["Suparman", "Tri Adhianto"]
        assert [q["speaker"] for q in store.quotes(search="pompa")] == ["Wahyu Pratama"]
        assert list(store.quotes(search="jebol")) == []
        assert [s["name"] for s in store.speakers(search="wahyu")] == ["Wahyu Pratama"]


def test_a_row_added_and_removed_in_one_transaction_never_reaches_the_index(store, tmp_path):
    """The same article twice in one batch, its text changed: its first quotes are replaced
    before the batch is indexed, and the index holds the second version alone."""
    write(
        store,
        (record("a", "Versi satu."), [quote("Jembatan ambruk pagi tadi", "Rina Lubis")]),
        (record("a", "Versi dua."), [quote("Jembatan diperbaiki pekan depan", "Rina Lubis")]),
    )
    fts_consistent(store.path)
    assert [q["quote"] for q in store.quotes(search="jembatan")] == ["Jembatan diperbaiki pekan depan"]
    assert list(store.quotes(search="ambruk")) == []


def test_a_rolled_back_transaction_leaves_the_index_as_it_was(store):
    write(store, (record("a", "Satu."), [quote("Harga beras naik", "Rina Lubis")]))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.write_article(record("b", "Dua."), [quote("Harga cabai turun", "Agus Pohan")])
            raise RuntimeError("stopped")
    fts_consistent(store.path)
    assert [q["quote"] for q in store.quotes(search="harga")] == ["Harga beras naik"]


def test_step_2_keeps_given_ids_apart_from_the_ids_quotebook_makes(tmp_path):
    path = version_1(
        tmp_path / "v1.db",
        ("file:///berita/a.txt", "feed.jsonl:1", None, "Satu."),  # a JSON id that looks like a file's
        ("sha256:" + record("x", "Dua.")["content_hash"][:32], "<stdin>", None, "Dua."),  # one quotebook made
        ("sha256:1234", "feed.jsonl:3", None, "Tiga."),  # a JSON id that looks like one quotebook makes
        ("/berita/b.txt", "feed.jsonl:4", None, "Empat."),  # a JSON id that is a path, from a JSON line
    )
    Store(str(path), write=True).close()
    with Store(str(path)) as store:
        ids = sorted(r["id"] for r in store.db["articles"].rows)
        assert ids == sorted([
            "json:file:///berita/a.txt", "sha256:" + record("x", "Dua.")["content_hash"][:32],
            "json:sha256:1234", "/berita/b.txt",
        ])
        assert sorted(r["article_id"] for r in store.db["quotes"].rows) == ids


def test_a_txt_file_stored_by_the_release_is_found_again_under_its_new_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir("berita")
    article = tmp_path / "berita" / "a.txt"
    text = '"Kami siap," kata Budi Santoso.\n'
    article.write_text(text)
    path = version_1(tmp_path / "v1.db", (str(article), "berita/a.txt", None, text))
    result = invoke("ingest", "berita/a.txt", "--db", path, "--jobs", 1)
    assert "0 new, 1 unchanged" in result.stderr
    article.write_text(text + '\n"Stok aman," kata Budi Santoso.\n')
    result = invoke("ingest", "berita/a.txt", "--db", path, "--jobs", 1)
    assert "0 new, 0 unchanged, 1 replaced" in result.stderr
    with Store(str(path)) as store:
        assert [r["id"] for r in store.db["articles"].rows] == [article.as_uri()]


# -- refusing what cannot be used -------------------------------------------


@pytest.mark.parametrize("table", schema.TABLES + FTS_TABLES)
def test_a_database_with_a_table_dropped_is_refused_by_reads_and_writes(made, table, tmp_path):
    alter(made, f"DROP TABLE {table}")
    before = digest(made)
    message = f"Error: {made}: damaged quotebook database: missing the table {table}"
    for command in (["quotes"], ["speakers"], ["ingest", "-"], ["rename", "Budi Santoso", "Budi S."]):
        result = invoke(*command, "--db", made, input='"Stok aman," kata Ida Fauziyah.\n')
        assert result.exit_code == 2, (command, result.output)
        (line,) = result.stderr.splitlines()
        assert line.startswith(message) and line.endswith("restore it from a backup"), line
        assert digest(made) == before


@pytest.mark.parametrize("trigger", schema.TRIGGERS)
def test_a_database_with_a_trigger_dropped_is_refused(made, trigger):
    alter(made, f"DROP TRIGGER {trigger}")
    before = digest(made)
    for write_mode in (False, True):
        with pytest.raises(BadDatabase, match=f"^{made}: damaged quotebook database: missing the trigger {trigger};"):
            Store(str(made), write=write_mode)
    assert digest(made) == before


def test_a_database_from_a_newer_quotebook_is_refused(made):
    alter(made, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = digest(made)
    for command in (["quotes"], ["merge", "Budi Santoso", "Ida Fauziyah"], ["ingest", "-"]):
        result = invoke(*command, "--db", made, input='"Stok aman," kata Ida Fauziyah.\n')
        assert result.exit_code == 2, result.output
        assert result.stderr == (
            f"Error: {made}: made by a newer quotebook (schema version {schema.SCHEMA_VERSION + 1}; this one "
            f"knows versions up to {schema.SCHEMA_VERSION}): upgrade quotebook to use it\n"
        )
    assert digest(made) == before


def test_a_database_with_quotebook_tables_but_no_version_is_refused(made):
    alter(made, "PRAGMA user_version = 0")
    with pytest.raises(BadDatabase, match="schema version is 0, which no release of quotebook made"):
        Store(str(made), write=True)


def test_an_older_database_that_cannot_be_written_is_not_read_half_upgraded(release_db, monkeypatch):
    monkeypatch.setattr("quotebook.store.connection.os.access", lambda path, mode: mode == os.R_OK)  # as 0444; root would write anyway
    with pytest.raises(BadDatabase, match="made by an older quotebook .schema version 1. and must be brought up"):
        Store(str(release_db))


def test_another_programs_database_with_a_schema_version_of_its_own_is_not_called_a_newer_quotebook(tmp_path):
    path = tmp_path / "library.db"
    alter(path, "CREATE TABLE books (title TEXT)", "PRAGMA user_version = 7")
    before = digest(path)
    for write_mode in (False, True):
        with pytest.raises(BadDatabase, match=r"not a quotebook database \(it holds other tables: books\)"):
            Store(str(path), write=write_mode)
    assert digest(path) == before
