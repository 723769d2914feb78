"""The store's invariants after any sequence of what a user does (issue 16): ingest,
re-ingest with changed text, ingest --again, merge, rename, unmerge and undo. After every step, with SQL: every quote's speaker and article exist, each
speaker's quote count and each title's count equal the quotes counted, the full-text
indexes hold exactly one row per table row, and no two speakers share an identity key.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections import Counter
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from quotebook.store import speaker_key
from test_robustness import article_text, run

ARTICLES = 8  # article ids n0..n7, so that steps meet the same articles and speakers again


def changed(n: int, version: int) -> str:
    """Article N's text, the VERSION-th time its outlet corrected it (a quote and its speaker change)."""
    if version == 0:
        return article_text(n)
    return article_text(n).replace("Kami minta warga bersabar", f"Perbaikan tahap {version} dimulai").replace(
        "ujarnya", f"kata {['Rina Lubis', 'Agus Pohan', 'Sri Tanjung'][version % 3]}"
    )


class StoreStates(RuleBasedStateMachine):
    @initialize()
    def open_database(self):
        self.folder = Path(tempfile.mkdtemp(prefix="quotebook-states-"))
        self.db = self.folder / "q.db"
        self.versions: dict[int, int] = {}

    def teardown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def ingest(self, records: list[dict], *options: str) -> None:
        source = self.folder / "in.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records))
        result = run("ingest", source, "--jobs", 1, "--db", self.db, *options)
        assert result.exit_code == 0, result.output

    def speaker_names(self) -> list[str]:
        if not self.db.exists():
            return []
        with closing(sqlite3.connect(self.db)) as conn:
            return [row[0] for row in conn.execute("SELECT name FROM speakers WHERE quote_count > 0 ORDER BY id")]

    def spellings(self) -> list[str]:
        if not self.db.exists():
            return []
        with closing(sqlite3.connect(self.db)) as conn:
            return [row[0] for row in conn.execute("SELECT name FROM speaker_aliases ORDER BY key")]

    @rule(articles=st.sets(st.integers(0, ARTICLES - 1), min_size=1, max_size=4))
    def ingest_articles(self, articles):
        self.ingest([{"id": f"n{n}", "text": changed(n, self.versions.setdefault(n, 0))} for n in sorted(articles)])

    @rule(n=st.integers(0, ARTICLES - 1))
    def reingest_with_changed_text(self, n):
        self.versions[n] = self.versions.get(n, 0) + 1
        self.ingest([{"id": f"n{n}", "text": changed(n, self.versions[n])}])

    @rule()
    def ingest_again(self):
        if self.versions:
            self.ingest([{"id": f"n{n}", "text": changed(n, v)} for n, v in sorted(self.versions.items())], "--again")

    @rule(data=st.data())
    def merge(self, data):
        names = self.speaker_names()
        if len(names) < 2:
            return
        keep, other = data.draw(st.lists(st.sampled_from(names), min_size=2, max_size=2, unique=True))
        result = run("merge", keep, other, "--db", self.db)
        assert result.exit_code in (0, 1), result.output  # 1: a name that matches more than one speaker

    @rule(data=st.data(), new_name=st.sampled_from(["Budi Santoso", "Bu Ida Hartono", "Kepala Desa Mekar", "Hendra S."]))
    def rename(self, data, new_name):
        names = self.speaker_names()
        if not names:
            return
        result = run("rename", data.draw(st.sampled_from(names)), new_name, "--db", self.db)
        assert result.exit_code in (0, 1), result.output

    @rule(data=st.data())
    def unmerge(self, data):
        spellings = self.spellings()
        if not spellings:
            return
        result = run("unmerge", data.draw(st.sampled_from(spellings)), "--db", self.db)
        assert result.exit_code in (0, 1), result.output  # 1: the speaker's own name, or no such spelling

    @rule()
    def undo(self):
        if self.db.exists():
            result = run("undo", "--db", self.db)
            assert result.exit_code in (0, 1), result.output  # 1: nothing to undo

    @invariant()
    def the_store_is_consistent(self):
        if not self.db.exists():
            return
        with closing(sqlite3.connect(self.db)) as conn:
            q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
            assert q("SELECT id FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)") == []
            assert q("SELECT id FROM quotes WHERE speaker_id IS NOT NULL AND speaker_id NOT IN (SELECT id FROM speakers)") == []
            # A speaker's quotes count each statement once (another outlet's copy of a quote is no new quote).
            counted = q("SELECT speaker_id, count(DISTINCT statement) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1")
            assert {sid: n for sid, n in q("SELECT id, quote_count FROM speakers") if n} == dict(counted)
            titles = Counter(q("SELECT speaker_id, title FROM quotes WHERE speaker_id IS NOT NULL AND title IS NOT NULL"))
            assert {(sid, t): n for sid, t, n in q("SELECT speaker_id, title, quote_count FROM speaker_titles") if n} == dict(titles)
            for table in ("quotes", "speaker_aliases"):
                assert q(f"SELECT count(*) FROM {table}_fts_docsize") == q(f"SELECT count(*) FROM {table}")
                conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")
            keys = Counter(speaker_key(name) for (name,) in q("SELECT name FROM speakers WHERE quote_count > 0"))
            assert [key for key, n in keys.items() if n > 1] == []
            aliases = dict(q("SELECT key, speaker_id FROM speaker_aliases"))
            for sid, name in q("SELECT id, name FROM speakers WHERE quote_count > 0"):
                assert aliases.get(speaker_key(name)) == sid, (name, aliases.get(speaker_key(name)), sid)


StoreStates.TestCase.settings = settings(
    max_examples=25, stateful_step_count=8, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_store_states = StoreStates.TestCase
