"""Speaker counts: each speaker's quotes, titles and first and last dates, kept
in step with the quotes table when a transaction commits."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from . import joins

Added = dict[int, list[tuple[str | None, str | None, bool]]]  # speaker -> (title, date, new statement?) of each new quote


@dataclass
class Changes:
    """What the open transaction did to speakers, to be counted before it commits."""

    touched: set[int] = field(default_factory=set)  # speakers to recount in full (a replaced article, a merge)
    added: Added = field(default_factory=dict)
    fresh: set[int] = field(default_factory=set)  # speakers with new quotes
    linked: set[int] = field(default_factory=set)  # speakers of articles that state an alias

    def add_quote(self, speaker_id: int, title: str | None, date: str | None, new_statement: bool = True) -> None:
        """A new quote of a speaker; ``new_statement`` is False for another outlet's copy of one it has."""
        self.added.setdefault(speaker_id, []).append((title, date, new_statement))
        self.fresh.add(speaker_id)

    def settle(self, conn: sqlite3.Connection) -> None:
        refresh_speakers(conn, self.touched)
        joinable = self.joinable(conn)
        add_to_speakers(conn, {k: v for k, v in self.added.items() if k not in self.touched})
        made_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        refresh_speakers(conn, joins.join_short_forms(conn, joinable, made_at))
        self.clear()

    def joinable(self, conn: sqlite3.Connection) -> set[int]:
        """The speakers with new quotes whose join evidence may have changed: new
        speakers, new titles, aliases stated, recounts. A speaker quoted again
        under a title it had cannot join anyone it could not join before, and
        skipping it keeps the join pass from growing with the archive."""
        out = (self.fresh & self.touched) | (self.linked & self.fresh)
        for speaker_id, items in self.added.items():
            if speaker_id in out or speaker_id in self.touched:
                continue
            row = conn.execute("SELECT quote_count FROM speakers WHERE id = ?", [speaker_id]).fetchone()
            known = {r[0] for r in conn.execute("SELECT title FROM speaker_titles WHERE speaker_id = ?", [speaker_id])}
            if row is None or not row[0] or any(t is not None and t not in known for t, _, _ in items):
                out.add(speaker_id)
        return out

    def clear(self) -> None:
        self.touched.clear()
        self.added.clear()
        self.fresh.clear()
        self.linked.clear()


def add_to_speakers(conn: sqlite3.Connection, added: Added) -> None:
    """Bring speakers up to date with new quotes only, without recounting
    their old ones: an archive's most quoted people are touched by every batch."""
    for speaker_id, items in added.items():
        dates = [d for _, d, _ in items if d]
        conn.execute(
            """
            UPDATE speakers SET
              quote_count = quote_count + :n,
              first_seen = CASE WHEN :lo IS NULL OR (first_seen IS NOT NULL AND first_seen <= :lo)
                           THEN first_seen ELSE :lo END,
              last_seen = CASE WHEN :hi IS NULL OR (last_seen IS NOT NULL AND last_seen >= :hi)
                          THEN last_seen ELSE :hi END
            WHERE id = :id
            """,
            {"id": speaker_id, "n": sum(new for _, _, new in items), "lo": min(dates, default=None),
             "hi": max(dates, default=None)},
        )
        titles: dict[str, list[str | None]] = {}
        for title, date, _ in items:
            if title is not None:
                titles.setdefault(title, []).append(date)
        for title, title_dates in titles.items():
            known = [d for d in title_dates if d]
            conn.execute(
                """
                INSERT INTO speaker_titles (speaker_id, title, quote_count, first_seen, last_seen)
                VALUES (:id, :title, :n, :lo, :hi)
                ON CONFLICT (speaker_id, title) DO UPDATE SET
                  quote_count = quote_count + excluded.quote_count,
                  first_seen = CASE WHEN excluded.first_seen IS NULL
                                 OR (first_seen IS NOT NULL AND first_seen <= excluded.first_seen)
                               THEN first_seen ELSE excluded.first_seen END,
                  last_seen = CASE WHEN excluded.last_seen IS NULL
                                OR (last_seen IS NOT NULL AND last_seen >= excluded.last_seen)
                              THEN last_seen ELSE excluded.last_seen END
                """,
                {"id": speaker_id, "title": title, "n": len(title_dates),
                 "lo": min(known, default=None), "hi": max(known, default=None)},
            )
        if titles:  # (the latest title is read from the speaker's titles alone: none new, none changed)
            set_latest_title(conn, speaker_id)


def set_latest_title(conn: sqlite3.Connection, speaker_id: int) -> None:
    """The fullest recent title, from the speaker's titles (``identity.best_title``)."""
    conn.execute("UPDATE speakers SET latest_title = ? WHERE id = ?", [joins.latest_title(conn, speaker_id), speaker_id])


def refresh_speakers(conn: sqlite3.Connection, speaker_ids: Iterable[int]) -> None:
    """Recount quotes, titles and dates of these speakers; drop those left with no quotes.

    A speaker a human corrected (merge, rename) is kept even with no
    quotes, so that the correction holds when its articles come back.
    """
    for speaker_id in sorted(speaker_ids):
        args = {"id": speaker_id}
        conn.execute(
            """
            UPDATE speakers SET
              quote_count = (SELECT count(DISTINCT statement) FROM quotes WHERE speaker_id = :id),
              first_seen = (SELECT min(date) FROM quotes WHERE speaker_id = :id),
              last_seen = (SELECT max(date) FROM quotes WHERE speaker_id = :id)
            WHERE id = :id
            """,
            args,
        )
        conn.execute("DELETE FROM speaker_titles WHERE speaker_id = :id", args)
        conn.execute(
            """
            INSERT INTO speaker_titles (speaker_id, title, quote_count, first_seen, last_seen)
            SELECT speaker_id, title, count(*), min(date), max(date) FROM quotes
            WHERE speaker_id = :id AND title IS NOT NULL GROUP BY title
            """,
            args,
        )
        set_latest_title(conn, speaker_id)
        orphan = conn.execute(
            """
            SELECT 1 FROM speakers WHERE id = :id AND quote_count = 0
            AND NOT EXISTS (SELECT 1 FROM corrections WHERE speaker_id = :id)
            """,
            args,
        ).fetchone()
        if orphan:
            conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = :id", args)
            conn.execute("DELETE FROM speaker_joins WHERE speaker_id = :id", args)
            conn.execute("DELETE FROM speakers WHERE id = :id", args)
