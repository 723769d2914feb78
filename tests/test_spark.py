"""quotebook on Spark (local mode): the same quotes as `quotebook extract --nl`, and its Parquet output
stored by `quotebook ingest` as the articles themselves are.

One Spark session serves the whole test session (starting one takes several seconds); the job runs
once over the bundled sample and, when ../shared is there, the pfsa-dev articles, and the tests read
what it wrote.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotebook.cli import cli

pytest.importorskip("pyspark", reason="quotebook[spark] is not installed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (.ci/run installs one)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample" / "articles.jsonl"
PFSA = ROOT.parent / "shared" / "eval" / "pfsa-dev.jsonl"
PFSA_ARTICLES = 80  # (about 490 quotes: enough real text for every field, a third of the time of all 257)
# Lines a crawl may hold: each is one failed article for Spark as for `quotebook ingest`.
BAD_LINES = [
    '{"id": "rusak", "text": "Harga cabai naik',
    '{"id": "kosong", "text": "   "}',
    '{"id": "tanpa-teks", "title": "Banjir di Semarang"}',
]

# A crawl's page, given as "html": read into an article on the executors as ingest reads it.
PAGE = (
    '<html><head><title>Banjir Rendam Genuk</title></head><body><nav><a href="/">Beranda</a></nav>'
    "<article><h1>Banjir Rendam Genuk</h1><p>SEMARANG, KOMPAS.com - Banjir merendam ratusan rumah di Kecamatan "
    "Genuk, Kota Semarang, sejak Senin pagi setelah hujan deras turun semalaman.</p>"
    '<p>"Air mulai naik sejak subuh dan kami sudah mengungsikan warga ke balai kelurahan," kata Camat Genuk '
    "Suryanto kepada wartawan di lokasi.</p><p>Menurut dia, bantuan logistik sudah disalurkan ke posko "
    "pengungsian sejak siang.</p></article></body></html>"
)
PAGE_LINE = json.dumps({"id": "halaman-banjir", "url": "https://contoh.id/banjir-genuk", "html": PAGE})


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]").appName("quotebook-tests")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def articles(tmp_path_factory):
    """The sample, 80 development articles when ../shared is there, three bad lines and a page."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    if PFSA.exists():
        lines += PFSA.read_text(encoding="utf-8").splitlines()[:PFSA_ARTICLES]
    lines[3:3] = BAD_LINES + [PAGE_LINE]
    path = tmp_path_factory.mktemp("spark") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def written(spark, articles):
    """`python -m quotebook.spark ARTICLES OUTPUT`, run once: (exit code, OUTPUT)."""
    from quotebook.spark import main

    output = articles.parent / "extracted"
    return main([str(articles), str(output)]), output


@pytest.fixture(scope="session")
def nl_lines(articles) -> str:
    """What `quotebook extract --nl ARTICLES` prints."""
    result = run("extract", "--nl", articles)
    assert result.exit_code == 1 and result.stderr.count("Error: ") == len(BAD_LINES), result.stderr
    return result.stdout


@pytest.fixture(scope="session")
def direct(articles, tmp_path_factory):
    """ARTICLES stored by `quotebook ingest` (copy it before changing it): (database, summary line)."""
    db = tmp_path_factory.mktemp("direct") / "direct.db"
    code, said = ingest(articles, db, "--jobs", 2)
    assert code == 1 and ", 3 failed;" in said
    return db, said


def test_quotes_equal_extract_nl_record_for_record(spark, articles, nl_lines):
    from quotebook.spark import extract_quotes

    expected = [json.loads(line) for line in nl_lines.splitlines()]
    found = [row.asDict() for row in extract_quotes(spark.read.json(str(articles))).collect()]
    assert len(expected) > (400 if PFSA.exists() else 10)
    assert [list(r) for r in found[:1]] == [list(expected[0])]  # the same fields in the same order
    assert found == expected


def test_job_writes_one_row_per_article_with_errors_said(written, articles, nl_lines):
    code, output = written
    assert code == 1  # the bad lines
    rows = pq.read_table(output).to_pylist()
    lines = articles.read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(lines)
    failed = {r["id"]: r["error"] for r in rows if r["error"]}
    assert failed == {None: "not a JSON object", "kosong": 'the "text" is empty', "tanpa-teks": 'no "text" string (its fields: "id", "title")'}
    first = json.loads(lines[0])
    assert rows[0]["id"] == first["id"] and rows[0]["text"] == first["text"]
    assert rows[0]["outlet"] and rows[0]["quotes"][0]["speaker"]
    page = next(r for r in rows if r["id"] == "halaman-banjir")
    assert page["text"].startswith("SEMARANG, KOMPAS.com - Banjir") and page["quotes"][0]["cue"] == "kata"
    assert sum(len(r["quotes"]) for r in rows) == len(nl_lines.splitlines())


def table(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


STORED = {
    "articles": "SELECT id, url, title, date, source, outlet, dateline, reporter, editor, year, related, "
                "content_hash, text FROM articles ORDER BY id",
    "quotes": 'SELECT q.article_id, q.quote, q.speaker_name, s.name, q.speaker_mention, q.title, q.cue, q.kind, '
              'q.date, q.start, q."end", q.paragraph FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id '
              "ORDER BY q.id",
    "speakers": "SELECT id, name, quote_count, latest_title, first_seen, last_seen FROM speakers ORDER BY id",
    "aliases": "SELECT key, speaker_id, name FROM speaker_aliases ORDER BY key",
    "titles": "SELECT * FROM speaker_titles ORDER BY speaker_id, title",
}


def stored(db) -> dict:
    return {name: table(db, sql) for name, sql in STORED.items()}


def ingest(path, db, *more):
    result = run("ingest", path, "--db", db, *more)
    return result.exit_code, result.stderr.strip().splitlines()[-1]


def test_ingest_of_the_parquet_equals_ingest_of_the_articles_and_is_idempotent(written, direct, tmp_path):
    _, output = written
    direct_db, said = direct
    via_spark = tmp_path / "spark.db"
    assert ingest(output, via_spark, "--jobs", 2) == (1, said)
    assert stored(via_spark) == stored(direct_db)
    assert len(stored(direct_db)["speakers"]) > (100 if PFSA.exists() else 5)
    code, again = ingest(output, via_spark)
    assert code == 1 and " 0 new, " in again and " 0 quotes stored" in again
    assert stored(via_spark) == stored(direct_db)


def test_corrections_hold_when_the_parquet_comes_again(written, tmp_path):
    _, output = written
    db = tmp_path / "q.db"
    ingest(output, db)
    assert run("rename", "Imron", "Imron Rosyadi (BPJS)", "--db", db).exit_code == 0
    before = stored(db)
    code, said = ingest(output, db, "--again")
    assert " 0 new, " in said and " 0 new speakers" in said
    assert stored(db)["speakers"] == before["speakers"]
    assert ("Imron Rosyadi (BPJS)",) in table(db, "SELECT name FROM speakers")


def test_ingest_of_extract_nl_lines_stores_the_same_quotes_and_speakers(nl_lines, direct, tmp_path):
    lines = tmp_path / "quotes.jsonl"
    lines.write_text(nl_lines, encoding="utf-8")
    direct = shutil.copy(direct[0], tmp_path / "direct.db")
    from_lines = tmp_path / "lines.db"
    code, said = ingest(lines, from_lines)
    assert code == 0 and " 0 failed; " in said
    quotes = 'SELECT q.article_id, q.quote, s.name, q.title, q.start FROM quotes q ' \
             'LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id'
    assert table(from_lines, quotes) == table(direct, quotes)
    assert table(from_lines, STORED["aliases"]) == table(direct, STORED["aliases"])
    assert " 0 new, " in ingest(lines, from_lines)[1]
    # An article stored with its text keeps it: quote lines do not replace it.
    before = stored(direct)
    assert " 0 new, " in ingest(lines, direct)[1]
    assert stored(direct) == before


def test_parquet_shards_as_input(spark, tmp_path):
    from quotebook.spark import extract_articles, read_articles

    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    shards = tmp_path / "crawl.parquet"
    shards.mkdir()
    columns = pa.schema([(name, pa.string()) for name in ("id", "url", "title", "date", "source", "text")])
    for number, part in enumerate((records[:3], records[3:])):
        pq.write_table(pa.Table.from_pylist(part, schema=columns), shards / f"part-{number}.parquet")
    rows = [r.asDict(recursive=True) for r in extract_articles(read_articles(spark, str(shards))).collect()]
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    from quotebook.dataset import article_row

    assert rows == [article_row(r) for r in records]


def test_a_file_that_is_not_parquet_is_one_error(tmp_path):
    bad = tmp_path / "rusak.parquet"
    bad.write_bytes(b"PAR1 bukan parquet")
    result = run("ingest", bad, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"Error: {bad}: not a Parquet file")


def test_a_quote_line_missing_a_field_is_one_error(tmp_path):
    lines = tmp_path / "quotes.jsonl"
    lines.write_text(json.dumps({"article_id": "a1", "quote": "Stok aman.", "start": 3}) + "\n", encoding="utf-8")
    result = run("ingest", lines, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f'Error: {lines}:1: a quote of quotebook extract, but "end", "kind", "paragraph" '
        "missing or of the wrong type"
    )


def test_an_input_that_names_nothing_is_worded_as_ingest_words_it(tmp_path, capsys):
    from quotebook.spark import main

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a1", "text": "Harga cabai naik."}\n', encoding="utf-8")
    assert main([f"{feed}/", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"Error: {feed}/: not a directory\n"
    assert not (tmp_path / "out").exists()


def test_input_without_text_is_one_error_and_writes_nothing(spark, tmp_path, capsys):
    from quotebook.spark import main

    feed = tmp_path / "judul.jsonl"
    feed.write_text('{"id": "a1", "judul": "Harga cabai naik"}\n', encoding="utf-8")
    assert main([str(feed), str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"Error: {feed}: a DataFrame of articles needs a text or html column; it has: id, judul"
    ]
    assert not (tmp_path / "out").exists()
