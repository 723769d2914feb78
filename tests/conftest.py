"""Helpers shared by the tests."""
import hashlib
import shutil
from pathlib import Path

import pytest

from quotebook.model import Quote
from quotebook.store import Store

FIXTURES = Path(__file__).parent / "store" / "fixtures"


@pytest.fixture(autouse=True)
def no_terminal_size(monkeypatch):
    """The runner's terminal width (an exported COLUMNS or LINES) does not reach the
    commands under test: a test that needs a width sets it."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


def quote(text, speaker, title=None, start=0):
    """A direct quote as the extractor returns it, cued by `kata`."""
    return Quote(text, start, start + len(text), speaker, speaker, title, "kata", "direct", 0)


def record(article_id, text, **fields):
    """An articles row as ingest makes it (without ingested_at)."""
    row = {
        "id": article_id, "url": None, "title": None, "date": None, "source": None, "outlet": None,
        "dateline": None, "reporter": None, "editor": None, "year": None, "related": [],
        "origin": article_id, "content_hash": hashlib.sha256(text.encode()).hexdigest(), "text": text,
    }
    row.update(fields)
    return row


def write(store, *articles):
    """Write (record, quotes) pairs in one transaction; the outcomes."""
    with store.transaction():
        return [store.write_article(r, q).outcome for r, q in articles]


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "q.db"), write=True) as s:
        yield s


@pytest.fixture
def release_db(tmp_path):
    """A copy of the database release 0.1.0 made (tests/store/fixtures/README.md)."""
    path = tmp_path / "release-0.1.0.db"
    shutil.copy(FIXTURES / "release-0.1.0.db", path)
    return path


def digest(path):
    """The SHA-256 of a file's bytes: a file left untouched keeps it."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def invoke(*args, input=None):
    """Run the quotebook command line in the test's process."""
    from click.testing import CliRunner

    from quotebook.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def filled(store):
    """A store with three articles, four quotes and three named speakers, two of them Budi."""
    write(
        store,
        (record("a", "a", date="2021-10-05", outlet="KOMPAS.com"), [quote("Pekerja rentan harus terlindungi", "Ma'ruf Amin", "Wakil Presiden")]),
        (record("b", "b", date="2022-03-28", outlet="TEMPO.CO", source="Tempo"), [quote("Harga cabai naik lagi", "Budi Hartono", "pedagang")]),
        (record("c", "c", date="2023-06-12", outlet="ANTARA"), [quote("Kuota covid-19 ditambah", "Budi Santoso", "Kepala Dinas"), quote("Tanpa nama", None)]),
    )
    return store
