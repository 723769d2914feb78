"""The article the project started from must always come out right."""
import json
from pathlib import Path

import pytest

from quotebook import extract

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not beside the checkout")
def test_seed_article_quotes_speakers_and_titles():
    text = (SEED / "antara-bpjamsostek-semarang.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    got = extract(text)
    assert [(q.speaker, q.title, q.cue) for q in got] == [
        (g["speaker"], g["title"], g["cue"]) for g in gold["quotes"]
    ]
    for q, g in zip(got, gold["quotes"]):
        assert text[q.start : q.end] == q.quote
        assert q.quote.strip() == g["quote"].strip()


def test_indirect_speech_only_when_asked_and_marked_as_such():
    text = (
        "Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno mengatakan, stok vaksin di puskesmas cukup "
        "sampai akhir bulan.\n"
        '"Warga tidak perlu panik," kata Retno.\n'
    )
    assert [q.kind for q in extract(text)] == ["direct"]
    both = extract(text, indirect=True)
    assert [q.kind for q in both] == ["indirect", "direct"]
    reported = both[0]
    assert reported.quote == "stok vaksin di puskesmas cukup sampai akhir bulan."
    assert text[reported.start : reported.end] == reported.quote
    assert reported.speaker == "Sri Nowo Retno"
    assert "Kepala Dinas Kesehatan" in reported.title


def test_quotebook_extract_stays_a_function_after_use():
    import quotebook.extraction  # noqa: F401  (loading the submodule must not shadow the function)

    assert callable(quotebook_extract())


def quotebook_extract():
    import quotebook

    return quotebook.extract
