"""Helpers shared by the tests."""
import hashlib
import shutil
from pathlib import Path

import pytest

from quotebook.model import Quote
from quotebook.store import Store

FIXTURES = Path(__file__).parent / "store" / "fixtures"


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
