"""Robustness, second round (issue 16): what a hostile user's input, a signal or an odd
--db still broke after issue 5. Each test drives quotebook as a user does and names the
item of the issue it covers.
"""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from quotebook import budget
from test_robustness import (
    HANG, QUOTEBOOK, SAMPLE, article_text, check_whole, deadline, error_lines, group_gone, run, stored, wait_for,
)


def jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


# ---------------------------------------------------------------------------
# 1. A per-article budget: an article that would stall extraction fails alone.


@pytest.fixture
def one_stalling_article(tmp_path, monkeypatch) -> Path:
    """Five articles; extracting the third never ends (as a quadratic blow-up on 1 MB
    would, in practice), and the budget is cut to a fifth of a second."""
    from quotebook import extraction

    real_extract = extraction.extract

    def stalls_on_article_5(text, **options):
        while "nomor 5 " in text:
            pass
        return real_extract(text, **options)

    monkeypatch.setattr(extraction, "extract", stalls_on_article_5)
    monkeypatch.setattr(budget, "BASE_SECONDS", 0.2)
    return jsonl(tmp_path / "few.jsonl", [{"id": f"n{n}", "text": article_text(n)} for n in range(3, 8)])


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_its_extraction_budget_fails_alone_in_ingest(one_stalling_article, tmp_path, jobs):
    db = tmp_path / "q.db"
    with deadline():
        result = run("ingest", one_stalling_article, "--jobs", jobs, "--db", db)
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert re.fullmatch(
        rf"Error: {re.escape(str(one_stalling_article))}:3: extraction stopped: over its time budget "
        r"\(0\.2 s of CPU for \d{3} characters of text\); the article is left out",
        error,
    ), error
    assert result.stderr.splitlines()[-1].startswith("5 articles: 4 new, 0 unchanged, 0 replaced, 1 failed; 12 quotes")
    assert stored(db) == 4
    check_whole(db)


def test_an_article_over_its_extraction_budget_fails_alone_in_extract(one_stalling_article):
    with deadline():
        result = run("extract", one_stalling_article, "--nl")
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert error.startswith(f"Error: {one_stalling_article}:3: extraction stopped: over its time budget (0.2 s ")
    assert len(result.stdout.splitlines()) == 4 * 3
