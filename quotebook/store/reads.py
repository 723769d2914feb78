"""Reading the store: quotes, speakers and one speaker's profile."""
from __future__ import annotations

import re
from typing import Any, Iterator

from .errors import BadQuery
from . import joins, schema
from .identity import Identity, speaker_key

FTS_OPERATORS = {"AND", "OR", "NOT"}
# A search that matches fewer quotes than this sorts all its matches by date (see Reads._search_plan).
COMMON = 2000
# A search in at least one quote in this many is read newest first, each quote looked up in the full-text index.
EACH_SHARE = 10


def fts_query(text: str) -> str:
    """A user's search as an FTS5 query.

    Phrases in double quotes, AND/OR/NOT, NEAR(...), parentheses and a
    trailing * for prefixes keep their FTS5 meaning; any other word is quoted,
    so `covid-19` or `Ma'ruf` are searched as written instead of failing.
    """
    if text.count('"') % 2:
        raise BadQuery('unbalanced double quote: close the phrase with another "')
    parts = []
    for phrase, word in re.findall(r'("[^"]*")|([^\s"]+)', text):
        if phrase:
            parts.append(phrase)
            continue
        if word in FTS_OPERATORS or word.startswith("NEAR("):
            parts.append(word)
            continue
        opening = re.match(r"[(^]*", word).group()  # type: ignore[union-attr]  # matches the empty string
        closing = re.search(r"[)*]*$", word[len(opening):]).group()  # type: ignore[union-attr]
        core = word[len(opening) : len(word) - len(closing)]
        if core and not re.fullmatch(r"[^\W_]+", core):
            core = '"' + core + '"'
        parts.append(opening + core + closing)
    query = " ".join(parts).strip()
    if not query:
        raise BadQuery("nothing to search for")
    _check_brackets(re.sub(r'"[^"]*"', "", query))
    return query


def _check_brackets(query: str) -> None:
    """Refuse a search (without its phrases) whose brackets do not pair, in words SQLite lacks."""
    depth = 0
    for sign in re.findall(r"[()]", query):
        depth += 1 if sign == "(" else -1
        if depth < 0:
            raise BadQuery("unbalanced bracket: a ) closes no (")
    if depth:
        raise BadQuery("unbalanced bracket: each ( needs its )")


def _bound(value: str, *, upper: bool) -> str:
    from ..dates import NotADate, date_bound

    try:
        return date_bound(value, upper=upper)
    except NotADate as exc:
        raise BadQuery(str(exc)) from None


def _grouped(rows: Iterator[dict]) -> Iterator[dict]:
    """One row per statement: the first (newest) copy, with every outlet that published it."""
    groups: dict[tuple, dict] = {}
    for row in rows:
        key = (row["speaker_id"], joins.statement_key(row["quote"])) if row["speaker_id"] else ("row", row["id"])
        first = groups.setdefault(key, dict(row, outlets=[], copies=0))
        first["copies"] += 1
        outlet = row["outlet"] or row.get("article_id")
        if outlet not in first["outlets"]:
            first["outlets"].append(outlet)
    for row in groups.values():
        row["outlets"] = "; ".join(str(o) for o in row["outlets"])
        yield row


class Reads(Identity):
    def counts(self) -> dict:
        return {table: self.db[table].count for table in ("articles", "quotes", "speakers")}

    def holds_articles(self) -> bool:
        return bool(self.db.execute("select exists (select 1 from articles)").fetchone()[0])

    def quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        group: bool = False,
    ) -> Iterator[dict]:
        """Quotes, newest first (an article's own in reading order), with their speaker and article.

        With ``group``, the copies of one statement (the same words by the same
        speaker, in several outlets) are one row, the newest, with ``outlets``
        listing where it was published and ``copies`` how often.
        """
        # Pick the quotes first from the quotes table alone (joining articles only
        # to filter by outlet), then fetch the few picked rows' details.
        chosen, args = self._chosen_quotes(
            speaker=speaker, search=search, since=since, until=until, source=source,
            plan=self._search_plan(search, speaker=speaker, limit=limit),
        )
        sql = f"""
            WITH picked AS (
              SELECT quotes.id, quotes.date {chosen}
              ORDER BY quotes.date DESC, quotes.id
              {"LIMIT :limit" if limit is not None else ""}
            )
            SELECT quotes.id, quotes.date, speakers.name AS speaker, quotes.title, quotes.quote,
              articles.outlet, articles.dateline, quotes.article_id, articles.title AS article_title,
              articles.url, quotes.speaker_mention, quotes.cue, quotes.kind, quotes.start, quotes."end",
              quotes.paragraph, quotes.speaker_id
            FROM picked
            JOIN quotes ON quotes.id = picked.id
            JOIN articles ON articles.id = quotes.article_id
            LEFT JOIN speakers ON speakers.id = quotes.speaker_id
            ORDER BY picked.date DESC, picked.id
        """
        if limit is not None:
            args["limit"] = limit
        rows = self._stream(sql, args)
        return _grouped(rows) if group else rows

    def _search_plan(self, search: str | None, *, speaker: str | None, limit: int | None) -> str:
        """How to find a search's quotes. A rare word's few full-text hits are fetched by id and
        sorted by date ("hits"). Otherwise, when a limit stops the listing and no speaker
        narrows it, the quotes are read newest first until enough match: tested against the
        set of hits ("newest"), or, for a word in a tenth of all quotes or more (EACH_SHARE), whose set
        would take longer to build than the few quotes read take to look up in the full-text
        index one by one ("newest, each"). "" leaves the choice to SQLite."""
        if search is None:
            return ""
        share = next(self._stream("SELECT coalesce(max(rowid), 0) / :share AS n FROM quotes", {"share": EACH_SHARE}))
        many = max(COMMON, share["n"])
        hits = self._hits(fts_query(search), many)
        if hits < COMMON:
            return "hits"
        if limit is None or speaker is not None:
            return ""
        return "newest, each" if hits >= many else "newest"

    def _hits(self, query: str, most: int) -> int:
        """How many quotes the full-text QUERY matches, counted up to MOST."""
        sql = "SELECT count(*) AS n FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH :search LIMIT :most)"
        return int(next(self._stream(sql, {"search": query, "most": most}))["n"])

    def suggestions(self) -> list[dict]:
        """Likely duplicate speakers with the evidence and the merge command (``joins.suggestions``)."""
        return joins.suggestions(self.conn)

    def count_quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
    ) -> int:
        """How many quotes ``quotes()`` gives without a limit (counted, not fetched)."""
        chosen, args = self._chosen_quotes(speaker=speaker, search=search, since=since, until=until, source=source)
        return next(self._stream(f"SELECT count(*) AS n {chosen}", args))["n"]

    def _chosen_quotes(
        self,
        *,
        speaker: str | None,
        search: str | None,
        since: str | None,
        until: str | None,
        source: str | None,
        plan: str = "",
    ) -> tuple[str, dict[str, Any]]:
        """The FROM and WHERE of the quotes the options choose, and their arguments, read by
        PLAN (see ``_search_plan``; "" leaves the choice to SQLite)."""
        where: list[str] = []
        args: dict[str, Any] = {}
        if speaker is not None:
            where.append("quotes.speaker_id = :speaker_id")
            args["speaker_id"] = self.find_speaker(speaker, dominant=True)["id"]
        if search is not None:
            where.append(
                "EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH :search AND quotes_fts.rowid = quotes.id)"
                if plan == "newest, each"
                else "quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)"
            )
            args["search"] = fts_query(search)
        if since is not None:
            where.append("quotes.date >= :since")
            args["since"] = _bound(since, upper=False)
        if until is not None:
            where.append("quotes.date < :until")
            args["until"] = _bound(until, upper=True)
        if source is not None:
            where.append(
                "instr(lower(coalesce(articles.outlet, '') || ' ' || coalesce(articles.source, '')), lower(:source)) > 0"
            )
            args["source"] = source
        if plan == "hits":
            table = "quotes NOT INDEXED"  # rowid lookups stay allowed: the hits are fetched by id and sorted
        elif plan:
            table = "quotes INDEXED BY idx_quotes_newest"
        else:
            table = "quotes"
        chosen = f"""FROM {table}
              {"JOIN articles ON articles.id = quotes.article_id" if source is not None else ""}
              {"WHERE " + " AND ".join(where) if where else ""}"""
        return chosen, args

    def speakers(self, *, search: str | None = None, limit: int | None = None) -> Iterator[dict]:
        """Speakers with quotes, most quoted first."""
        where = ["quote_count > 0"]
        args: dict[str, Any] = {}
        if search is not None:
            key = speaker_key(search)
            if not key:
                raise BadQuery("nothing to search for")
            where.append(
                "id IN (SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts "
                "JOIN speaker_aliases ON speaker_aliases.rowid = speaker_aliases_fts.rowid "
                "WHERE speaker_aliases_fts MATCH :query)"
            )
            # Every word, the last one also as a prefix: `ma'ruf am` finds Ma'ruf Amin.
            words = key.split()
            args["query"] = "key : (" + " ".join(f'"{w}"' for w in words) + "*)"
        sql = f"""
            SELECT id, name, quote_count AS quotes, latest_title, first_seen, last_seen FROM speakers
            WHERE {" AND ".join(where)} ORDER BY quote_count DESC, name
            {"LIMIT :limit" if limit is not None else ""}
        """
        if limit is not None:
            args["limit"] = limit
        return self._stream(sql, args)

    def profile(self, name: str, *, latest: int = 10) -> dict:
        """One speaker: aliases, titles over time, quotes by outlet and the latest quotes."""
        speaker = self.find_speaker(name, dominant=True)
        sid = [speaker["id"]]
        aliases = [r[0] for r in self.conn.execute(
            "SELECT name FROM speaker_aliases WHERE speaker_id = ? UNION "
            "SELECT DISTINCT speaker_name FROM quotes WHERE speaker_id = ? AND speaker_name IS NOT NULL",
            sid * 2,
        )]
        # An outlet's copies of one statement (the same quote in two of its articles) count once, as
        # in the speaker's quote count, and the latest quotes show the newest copy; each quote of a
        # database from before the statement keys is its own statement.
        statement = "coalesce(quotes.statement, quotes.id)" if schema.version(self.conn) >= schema.IDENTITY_VERSION else "quotes.id"
        return {
            "id": speaker["id"],
            "name": speaker["name"],
            "quotes": speaker["quote_count"],
            "latest_title": speaker["latest_title"],
            "first_seen": speaker["first_seen"],
            "last_seen": speaker["last_seen"],
            "aliases": sorted({a for a in aliases if a != speaker["name"]}),
            "joined": self._joined(speaker["id"]),
            "titles": self._rows(
                "SELECT title, quote_count AS quotes, first_seen, last_seen FROM speaker_titles "
                "WHERE speaker_id = ? ORDER BY last_seen DESC, first_seen DESC, title",
                sid,
            ),
            "outlets": self._rows(
                f"SELECT coalesce(articles.outlet, articles.source) AS outlet, count(DISTINCT {statement}) AS quotes "
                "FROM quotes JOIN articles ON articles.id = quotes.article_id WHERE quotes.speaker_id = ? "
                "GROUP BY 1 ORDER BY 2 DESC, 1",
                sid,
            ),
            "latest_quotes": self._rows(
                "SELECT date, title, quote, outlet, article_id FROM ("
                "SELECT quotes.id, quotes.date, quotes.title, quotes.quote, articles.outlet, quotes.article_id, "
                f"row_number() OVER (PARTITION BY {statement} ORDER BY quotes.date DESC, quotes.id) AS copy "
                "FROM quotes JOIN articles ON articles.id = quotes.article_id WHERE quotes.speaker_id = ?"
                ") WHERE copy = 1 ORDER BY date DESC, id LIMIT ?",
                sid + [latest],
            ),
        }

    def _joined(self, speaker_id: int) -> list[dict]:
        """The short forms and aliases the rules joined to this speaker, with their evidence."""
        if schema.version(self.conn) < schema.IDENTITY_VERSION:
            return []  # a database of release 0.1.0, read as it stands
        return self._rows(
            "SELECT name, evidence, made_at FROM speaker_joins WHERE speaker_id = ? ORDER BY id", [speaker_id]
        )
