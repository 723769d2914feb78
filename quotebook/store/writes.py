"""Writing articles and their quotes.

Each article is written inside its own SAVEPOINT within the caller's
transaction (``Store.transaction()``): an article is stored whole or not at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple, Sequence

from . import joins
from .identity import Identity, now

if TYPE_CHECKING:
    from ..model import Quote

ARTICLE_COLUMNS = (
    "id", "url", "title", "date", "source", "outlet", "dateline", "reporter", "editor", "year", "related",
    "origin", "content_hash", "text", "ingested_at",
)
INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join(':' + c for c in ARTICLE_COLUMNS)})"
)
UPDATE_ARTICLE = f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in ARTICLE_COLUMNS[1:])} WHERE id = :id"
INSERT_QUOTES = (
    "INSERT INTO quotes (article_id, speaker_id, quote, speaker_name, speaker_mention, title, cue, kind, "
    'date, start, "end", paragraph, statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
)


# The outcomes of an article stored already, which writes nothing.
ALREADY_STORED: Final = ("unchanged", "duplicate")


class Written(NamedTuple):  # (NamedTuple, not a dataclass: see schema.Step)
    """What writing one article did."""

    outcome: str  # new | unchanged | duplicate | replaced
    quotes: int = 0
    new_speakers: int = 0


class Writes(Identity):
    def status(self, article_id: str, content_hash: str, *, again: bool = False) -> str:
        """new, unchanged, duplicate (its text stored under another id) or changed:
        what writing this article would do.

        With ``again``, an article stored under this id with the same text
        counts as changed, so that a newer extractor's quotes replace the old.
        """
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is not None:
            return "unchanged" if row[0] == content_hash and not again else "changed"
        duplicate = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return "duplicate" if duplicate else "new"

    def write_article(
        self, record: dict, quotes: Sequence[Quote], *, again: bool = False, prepared: joins.Prepared | None = None
    ) -> Written:
        """Store one article and its quotes, inside the open transaction, whole or not at all.

        ``record`` is the articles row without ``ingested_at``. Unchanged text
        (same id) or a duplicate (the same text under another id) writes nothing; changed text
        under a known id replaces the article and all its quotes (so does the
        same text with ``again``). ``prepared`` is ``joins.prepare`` of its text
        and quotes, when that was worked out already.
        """
        status = self.status(record["id"], record["content_hash"], again=again)
        if status in ALREADY_STORED:
            return Written(status)
        self.conn.execute("SAVEPOINT article")
        try:
            if prepared is None:
                prepared = joins.prepare(record["text"], quotes)
            written = self._write_article(record, quotes, prepared, replace=status == "changed")
        except BaseException:
            if self.conn.in_transaction:  # (SQLite ends the whole transaction itself on a full disk)
                self.conn.execute("ROLLBACK TO article")
                self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")
        return written

    def _write_article(self, record: dict, quotes: Sequence[Quote], prepared: joins.Prepared, replace: bool) -> Written:
        row = {column: record.get(column) for column in ARTICLE_COLUMNS}
        row["ingested_at"] = now()
        if isinstance(row.get("related"), list):
            import json  # (here: a query command never needs it)

            row["related"] = json.dumps(row["related"], ensure_ascii=False)
        if replace:
            self.changes.touched.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL",
                    [row["id"]],
                )
            )
            self.conn.execute("DELETE FROM quotes WHERE article_id = ?", [row["id"]])
            self.conn.execute("DELETE FROM speaker_links WHERE article_id = ?", [row["id"]])
            self.conn.execute(UPDATE_ARTICLE, row)
        else:
            self.conn.execute(INSERT_ARTICLE, row)
        date = row.get("date") or (str(row["year"]) if row.get("year") else None)
        joins.record_links(self.conn, record["id"], prepared.links)
        # Bare names (a role in front goes to the title), each with all the titles the article gives it.
        speakers, new_speakers = self._speakers_for(prepared.mentions)
        if prepared.links:
            self.changes.linked.update(speakers.values())
        rows, counted, seen = [], [], set[tuple[int, str]]()
        for quote, (name, title), statement in zip(quotes, prepared.mentions, prepared.statements):
            speaker_id = speakers.get(name) if name else None
            if speaker_id is not None:
                counted.append((speaker_id, title, date, self._new_statement(speaker_id, statement, seen)))
            rows.append(
                (row["id"], speaker_id, quote.quote, name, quote.speaker_mention, title,
                 quote.cue, quote.kind, date, quote.start, quote.end, quote.paragraph, statement)
            )
        self.conn.executemany(INSERT_QUOTES, rows)
        for speaker_id, title, date, new in counted:  # counted once stored: a failed insert rolls back uncounted
            self.changes.add_quote(speaker_id, title, date, new)
        return Written("replaced" if replace else "new", len(rows), new_speakers)

    def _new_statement(self, speaker_id: int, statement: str, seen: set[tuple[int, str]]) -> bool:
        """Whether a quote is a statement the speaker has not made yet (the same quote
        from another outlet, or twice in one article, is not)."""
        if (speaker_id, statement) in seen:
            return False
        seen.add((speaker_id, statement))
        return self.conn.execute(
            "SELECT 1 FROM quotes WHERE speaker_id = ? AND statement = ? LIMIT 1", [speaker_id, statement]
        ).fetchone() is None
