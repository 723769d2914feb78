"""The benchmark's corpus builder makes valid, varied articles (no timing here: bench/bench.py measures)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus():
    path = ROOT / "bench" / "corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def written(corpus, tmp_path_factory):
    # The bundled sample alone, as on a machine without shared/ beside the checkout.
    files = corpus.source_files(shared=None)
    assert files, "data/sample/ holds no articles"
    path = tmp_path_factory.mktemp("bench") / "corpus.jsonl"
    info = corpus.write_corpus(path, 12, seed=7, files=files)
    lines = path.read_text(encoding="utf-8").splitlines()
    return info, [json.loads(line) for line in lines]


def test_articles_are_valid_records(corpus, written):
    info, records = written
    assert info["articles"] == len(records) == 12
    assert len({r["id"] for r in records}) == 12
    for record in records:
        assert set(record) >= {"id", "source", "date", "title", "text"}
        assert record["source"] in corpus.OUTLETS
        assert corpus.FIRST_DAY.isoformat() <= record["date"] <= "2024-12-31"
        assert record["text"].strip() and record["title"]
        assert len(record["text"].encode()) <= corpus.MAX_BYTES + 200
    assert len({r["text"] for r in records}) == 12
    assert len({r["date"] for r in records}) > 1


def test_articles_are_kompas_length(corpus, written):
    _, records = written
    sizes = sorted(len(r["text"].encode()) for r in records)
    assert sizes[len(sizes) // 2] >= 2000


def test_quotes_survive_and_speakers_vary(written):
    from quotebook import extract

    _, records = written
    speakers_per_article = []
    for record in records:
        quotes = extract(record["text"])
        assert quotes, f"no quote found in {record['id']}"
        for quote in quotes:
            assert record["text"][quote.start : quote.end] == quote.quote
        speakers_per_article.append({q.speaker for q in quotes if q.speaker})
    everyone = set().union(*speakers_per_article)
    # Names are generated per article: few speakers recur across articles.
    assert len(everyone) >= 2 * max(len(s) for s in speakers_per_article)
    assert len(everyone) >= 12


def test_same_seed_same_corpus(corpus):
    files = corpus.source_files(shared=None)
    first = [a["text"] for a in corpus.articles(3, seed=1, files=files)]
    again = [a["text"] for a in corpus.articles(3, seed=1, files=files)]
    other = [a["text"] for a in corpus.articles(3, seed=2, files=files)]
    assert first == again
    assert first != other


def test_a_robustness_measurement_runs_in_a_process_of_its_own():
    """Each shape and size is measured in a fresh interpreter (what one measurement left
    in memory once changed the next one's figure): the CPU time of extract alone."""
    spec = importlib.util.spec_from_file_location("bench_main", ROOT / "bench" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    small = bench.cpu_seconds_to_extract("repeated kata X cues", 20_000, indirect=False)
    large = bench.cpu_seconds_to_extract("repeated kata X cues", 200_000, indirect=True)
    assert 0 < small < large < 30  # (seconds: a blow-up past the limit gives None)
