"""The storage layer: schema, idempotent writes, speaker identity, queries, corrections, bad files."""
import hashlib
import sqlite3

import pytest
import sqlite_utils

from quotebook.dates import NotADate, date_bound
from quotebook.model import Quote
from quotebook.store import (
    AmbiguousSpeaker,
    BadDatabase,
    BadQuery,
    NoSuchSpeaker,
    Store,
    StoreError,
    fts_query,
    speaker_key,
)


def quote(text, speaker, title=None, start=0):
    return Quote(text, start, start + len(text), speaker, speaker, title, "kata", "direct", 0)


def record(article_id, text, **fields):
    row = {
        "id": article_id, "url": None, "title": None, "date": None, "source": None, "outlet": None,
        "dateline": None, "reporter": None, "editor": None, "year": None, "related": [],
        "origin": article_id, "content_hash": hashlib.sha256(text.encode()).hexdigest(), "text": text,
    }
    row.update(fields)
    return row


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "q.db"), write=True) as s:
        yield s


def write(store, *articles):
    """Write (record, quotes) pairs in one batch; the outcomes."""
    with store.transaction():
        return [store.write_article(r, q).outcome for r, q in articles]


# -- speaker identity ------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Ma’ruf Amin", "Ma'ruf Amin", "KH Ma'ruf Amin", "K.H. Ma'ruf Amin", "MA'RUF AMIN", "Maruf Amin", "Prof. Dr. Ma'ruf Amin, M.A."]
)
def test_spellings_of_one_name_share_a_key(name):
    assert speaker_key(name) == "maruf amin"


def test_people_who_share_a_first_name_keep_apart():
    assert speaker_key("Budi Santoso") != speaker_key("Budi Hartono")
    assert speaker_key("Budi") != speaker_key("Budi Santoso")


def test_keys_ignore_accents_and_initial_dots_but_keep_a_lone_honorific_word():
    assert speaker_key("Teguh P. Nugroho") == speaker_key("Teguh P Nugroho") == "teguh p nugroho"
    assert speaker_key("José Ramos-Horta") == "jose ramos horta"
    assert speaker_key("Gus") == "gus"


# -- full-text queries and dates -----------------------------------------


def test_search_words_with_signs_are_quoted_and_operators_kept():
    assert fts_query("covid-19") == '"covid-19"'
    assert fts_query('"bantuan sosial" OR bansos*') == '"bantuan sosial" OR bansos*'
    assert fts_query("(Ma'ruf AND amin)") == '("Ma\'ruf" AND amin)'


@pytest.mark.parametrize("bad", ['"unbalanced', "   ", 'a " b'])
def test_unusable_searches_raise_bad_query(bad):
    with pytest.raises(BadQuery):
        fts_query(bad)


def test_date_bounds():
    assert date_bound("2024-01", upper=True) > "2024-01-31"
    assert date_bound("2024-01", upper=True) < "2024-02"
    for bad in ("2024-13", "yesterday", "24-01-01", "2024-02-30"):
        with pytest.raises(NotADate):
            date_bound(bad, upper=False)


# -- schema ----------------------------------------------------------------


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


# -- writing ---------------------------------------------------------------


def test_same_article_again_adds_nothing_and_changed_text_replaces_its_quotes(store):
    first = (record("a", "versi satu"), [quote("Satu", "Budi Santoso"), quote("Dua", "Budi Santoso")])
    assert write(store, first) == ["new"]
    assert write(store, first) == ["unchanged"]
    assert write(store, (record("copy", "versi satu"), first[1])) == ["unchanged"]
    assert store.counts() == {"articles": 1, "quotes": 2, "speakers": 1}
    assert write(store, (record("a", "versi dua"), [quote("Tiga", "Ida Fauziyah")])) == ["replaced"]
    assert [q["quote"] for q in store.quotes()] == ["Tiga"]
    # Budi lost his only quotes with the old text, and so his row.
    assert [s["name"] for s in store.speakers()] == ["Ida Fauziyah"]
    assert store.counts()["speakers"] == 1


def test_an_article_that_fails_midway_leaves_nothing_and_loses_nothing(store):
    write(store, (record("good", "baik"), [quote("Baik", "Budi Santoso")]))
    broken = Quote("Rusak", None, None, "Ida Fauziyah", None, None, "kata", "direct", 0)  # start NOT NULL
    with store.transaction():
        assert store.write_article(record("ok", "juga baik"), [quote("Juga", "Budi Santoso")]).outcome == "new"
        with pytest.raises(sqlite3.IntegrityError):
            store.write_article(record("bad", "rusak"), [quote("Sebelum", "Ida Fauziyah"), broken])
    assert sorted(r["id"] for r in store.db["articles"].rows) == ["good", "ok"]
    assert {q["quote"] for q in store.quotes()} == {"Baik", "Juga"}
    assert [s["name"] for s in store.speakers()] == ["Budi Santoso"]


def test_one_speaker_across_articles_and_spellings_with_titles_over_time(store):
    write(
        store,
        (record("a", "a", date="2021-10-05"), [quote("Satu", "Ma'ruf Amin", "Wakil Presiden")]),
        (record("b", "b", year=2024), [quote("Dua", "Ma’ruf Amin", "Wakil Presiden Republik Indonesia")]),
        (record("c", "c", date="2019-01-02"), [quote("Tiga", "KH Ma'ruf Amin", "Ketua Umum MUI")]),
        (record("d", "d", date="2022-01-01"), [quote("Empat", "Budi Santoso"), quote("Lima", "Budi Hartono")]),
    )
    (maruf,) = store.find_speakers("maruf amin")
    assert maruf["name"] == "Ma'ruf Amin"
    assert (maruf["quote_count"], maruf["first_seen"], maruf["last_seen"]) == (3, "2019-01-02", "2024")
    assert maruf["latest_title"] == "Wakil Presiden Republik Indonesia"
    profile = store.profile("Ma’ruf")
    assert [(t["title"], t["first_seen"], t["last_seen"]) for t in profile["titles"]] == [
        ("Wakil Presiden Republik Indonesia", "2024", "2024"),
        ("Wakil Presiden", "2021-10-05", "2021-10-05"),
        ("Ketua Umum MUI", "2019-01-02", "2019-01-02"),
    ]
    assert profile["aliases"] == ["KH Ma'ruf Amin", "Ma’ruf Amin"]
    assert [q["quote"] for q in profile["latest_quotes"]] == ["Dua", "Satu", "Tiga"]
    assert store.counts()["speakers"] == 3


# -- queries ---------------------------------------------------------------


@pytest.fixture
def filled(store):
    write(
        store,
        (record("a", "a", date="2021-10-05", outlet="KOMPAS.com"), [quote("Pekerja rentan harus terlindungi", "Ma'ruf Amin", "Wakil Presiden")]),
        (record("b", "b", date="2022-03-28", outlet="TEMPO.CO", source="Tempo"), [quote("Harga cabai naik lagi", "Budi Hartono", "pedagang")]),
        (record("c", "c", date="2023-06-12", outlet="ANTARA"), [quote("Kuota covid-19 ditambah", "Budi Santoso", "Kepala Dinas"), quote("Tanpa nama", None)]),
    )
    return store


def test_speaker_lookup_exact_partial_ambiguous_and_missing(filled):
    assert [q["quote"] for q in filled.quotes(speaker="HARTONO")] == ["Harga cabai naik lagi"]
    assert [q["quote"] for q in filled.quotes(speaker="ma'ruf")] == ["Pekerja rentan harus terlindungi"]
    with pytest.raises(AmbiguousSpeaker) as ambiguous:
        filled.quotes(speaker="budi")
    assert sorted(m["name"] for m in ambiguous.value.matches) == ["Budi Hartono", "Budi Santoso"]
    with pytest.raises(NoSuchSpeaker):
        filled.quotes(speaker="Joko Widodo")
    with pytest.raises(NoSuchSpeaker):
        filled.quotes(speaker="'; DROP TABLE quotes; --")


def test_quote_filters(filled):
    def texts(**kw):
        return [q["quote"] for q in filled.quotes(**kw)]

    assert texts() == ["Kuota covid-19 ditambah", "Tanpa nama", "Harga cabai naik lagi", "Pekerja rentan harus terlindungi"]
    assert texts(search="covid-19") == ["Kuota covid-19 ditambah"]
    assert texts(search="cabai OR rentan") == ["Harga cabai naik lagi", "Pekerja rentan harus terlindungi"]
    assert texts(since="2022", until="2022-12") == ["Harga cabai naik lagi"]
    assert texts(until="2021-10-05") == ["Pekerja rentan harus terlindungi"]
    assert texts(source="tempo") == texts(source="tempo.co") == ["Harga cabai naik lagi"]
    assert texts(limit=1) == ["Kuota covid-19 ditambah"]
    row = next(filled.quotes(speaker="Budi Santoso"))
    assert (row["speaker"], row["title"], row["outlet"], row["date"]) == ("Budi Santoso", "Kepala Dinas", "ANTARA", "2023-06-12")
    with pytest.raises(BadQuery):
        filled.quotes(search="(cabai")


def test_speakers_listing_and_search(filled):
    assert [(s["name"], s["quotes"]) for s in filled.speakers()] == [("Budi Hartono", 1), ("Budi Santoso", 1), ("Ma'ruf Amin", 1)]
    assert [s["name"] for s in filled.speakers(search="budi")] == ["Budi Hartono", "Budi Santoso"]
    assert [s["name"] for s in filled.speakers(search="maruf am")] == ["Ma'ruf Amin"]
    assert len(list(filled.speakers(limit=2))) == 2


# -- corrections -------------------------------------------------------------


def test_merge_and_rename_survive_reingesting(store):
    write(
        store,
        (record("a", "a", date="2020-01-01"), [quote("Satu", "Joko Widodo", "Presiden")]),
        (record("b", "b", date="2020-02-01"), [quote("Dua", "Jokowi", "Presiden")]),
    )
    kept, merged = store.merge("Joko Widodo", "jokowi")
    assert (kept["name"], kept["quote_count"], merged["name"]) == ("Joko Widodo", 2, "Jokowi")
    assert store.rename("joko widodo", "Ir. H. Joko Widodo")["name"] == "Ir. H. Joko Widodo"
    # The article that said Jokowi comes back with changed text: still the same person.
    assert write(store, (record("b", "b, diperbarui", date="2020-02-01"), [quote("Dua lagi", "Jokowi")])) == ["replaced"]
    assert write(store, (record("c", "c"), [quote("Tiga", "Joko Widodo")])) == ["new"]
    (speaker,) = store.speakers()
    assert (speaker["name"], speaker["quotes"]) == ("Ir. H. Joko Widodo", 3)
    assert [c["action"] for c in store.db["corrections"].rows] == ["merge", "rename"]


def test_a_corrected_speaker_outlives_its_quotes(store):
    write(store, (record("a", "a"), [quote("Satu", "Jokowi")]))
    store.rename("Jokowi", "Joko Widodo")
    write(store, (record("a", "a2"), [quote("Satu", "Ida Fauziyah")]))
    write(store, (record("a", "a3"), [quote("Satu", "Jokowi")]))
    assert [s["name"] for s in store.speakers()] == ["Joko Widodo"]


def test_correction_mistakes_are_refused(store):
    write(store, (record("a", "a"), [quote("Satu", "Joko Widodo"), quote("Dua", "Ida Fauziyah")]))
    with pytest.raises(StoreError, match="already one speaker"):
        store.merge("Joko Widodo", "joko widodo")
    with pytest.raises(StoreError, match="quotebook merge"):
        store.rename("Joko Widodo", "Ida Fauziyah")
    with pytest.raises(NoSuchSpeaker):
        store.rename("Nobody Here", "Someone")
    assert [s["name"] for s in store.speakers()] == ["Ida Fauziyah", "Joko Widodo"]


# -- files that are not a usable database ----------------------------------


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    monkeypatch.setattr("quotebook.store.connection.os.access", lambda p, mode: False)
    before = digest(path)
    with pytest.raises(BadDatabase, match="read-only"):
        Store(str(path), write=True)
    assert digest(path) == before
    with Store(str(path)) as s:  # reading is fine
        assert s.counts()["articles"] == 0
