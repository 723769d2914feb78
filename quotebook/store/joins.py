"""Speaker identity rules applied to stored speakers (the rules themselves are in
``quotebook.names``, ``quotebook.aliases`` and ``quotebook.identity``).

- Each article's speakers are looked up by the key of their bare name (a role
  in front of it goes to the title); a one-word name whose titles say it is
  someone else (another trade, another town) gets a speaker of its own, whose
  alias key carries its id (`yanto #12`).
- The aliases an article states (`Joko Widodo (Jokowi)`) are kept in
  ``speaker_links`` with the article and the words that state them.
- After each batch, a short form joins a full name where ``join_evidence``
  says so and no second full name could be meant; each join is kept in
  ``speaker_joins`` with its evidence, and ``unmerge`` takes it apart.
- ``suggestions`` lists the likely duplicates the rules did not join.
"""
from __future__ import annotations

# (json is imported where it is used: a query command never needs it)
from itertools import combinations
import sqlite3
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

from ..names import fold, short_form, speaker_key, split_role, typed_key

# The identity rules are imported where they are used: a query needs none of them.
if TYPE_CHECKING:
    from ..aliases import Link
    from ..identity import Person
    from ..model import Quote

def statement_key(quote: str) -> str:
    """The same words in any outlet's copy (case, accents and punctuation aside) give the same key."""
    from hashlib import sha1  # (here: it loads OpenSSL, which a query does without)

    return sha1(" ".join(fold(quote)).encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------
# An article's speakers


def mention(name: str | None, title: str | None) -> tuple[str | None, str | None]:
    """(bare name, title) of a quote's speaker: a role in front of the name becomes the title when it has none."""
    from ..identity import clean_title

    if not name:
        return None, title
    bare, role = split_role(name)
    if not title and role and clean_title(role):
        title = role
    return (bare if speaker_key(bare) else None), title


# The speakers of a key and of its namesakes (`yanto`, `yanto #12`): digits sort before `:`.
NAMESAKES = "(key = :key OR (key > :low AND key < :high))"


def namesakes(key: str) -> dict[str, str]:
    return {"key": key, "low": key + " #", "high": key + " #:"}


def speaker_for(
    conn: sqlite3.Connection, name: str, titles: Sequence[str], held: Callable[[int], list[str]]
) -> tuple[int, bool]:
    """(speaker id, created?) for a bare name with the titles its article gives it; HELD gives
    a stored speaker's titles (those of its quotes, as ``titles_of``)."""
    from ..identity import homonyms

    key = speaker_key(name)
    rows = conn.execute(
        f"SELECT speaker_id FROM speaker_aliases WHERE {NAMESAKES} ORDER BY key = :key DESC, speaker_id",
        namesakes(key),
    ).fetchall()
    one_word = len(key.split()) == 1
    for (speaker_id,) in rows:
        if not one_word or not homonyms(titles, held(speaker_id)):
            return speaker_id, False
    speaker_id = new_speaker(conn, name)
    alias_key = f"{key} #{speaker_id}" if rows else key
    conn.execute("INSERT INTO speaker_aliases (key, speaker_id, name) VALUES (?, ?, ?)", [alias_key, speaker_id, name])
    return speaker_id, True


def new_speaker(conn: sqlite3.Connection, name: str) -> int:
    """A new speakers row; its id."""
    return int(conn.execute("INSERT INTO speakers (name) VALUES (?)", [name]).lastrowid or 0)


def titles_of(conn: sqlite3.Connection, speaker_id: int) -> list[str]:
    """The titles of a speaker's stored quotes, including those of the batch being written."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT title FROM quotes WHERE speaker_id = ? AND title IS NOT NULL", [speaker_id]
    )]


class Prepared(NamedTuple):  # (NamedTuple, not a dataclass: see schema.Step)
    """What storing an article needs that its text and quotes alone decide: worked out
    beside the extraction (in an ingest's worker processes), so that the one writer only writes."""

    mentions: list[tuple[str | None, str | None]]  # each quote's (bare name, title), as ``mention`` gives them
    statements: list[str]  # each quote's ``statement_key``
    links: list[Link]  # the aliases the article states for its speakers


def prepare(text: str, quotes: Sequence[Quote]) -> Prepared:
    from ..aliases import alias_links  # (its patterns take a while to compile: a query has no need of them)

    found: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
    for quote in quotes:  # (an article quotes the same speaker with the same title again and again)
        pair = (quote.speaker, quote.title)
        if pair not in found:
            found[pair] = mention(*pair)
    mentions = [found[(quote.speaker, quote.title)] for quote in quotes]
    names = sorted({name for name, _ in mentions if name})
    return Prepared(mentions, [statement_key(quote.quote) for quote in quotes], alias_links(text, names))


def record_links(conn: sqlite3.Connection, article_id: str, links: list[Link]) -> None:
    """Keep the aliases the article states for its speakers, with the words that state them
    (for a new article, or one whose old links were deleted with its old quotes)."""
    if not links:
        return
    conn.executemany(
        "INSERT INTO speaker_links (article_id, name, alias, name_key, alias_key, how, context) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, link.name, link.alias, speaker_key(link.name), alias_key(link), link.how, link.context)
         for link in links],
    )


def alias_key(link: Link) -> str:
    return typed_key(link.alias)


def latest_title(conn: sqlite3.Connection, speaker_id: int) -> str | None:
    from ..identity import TitleSeen, best_title

    return best_title(
        TitleSeen(t, n, last)
        for t, n, last in conn.execute(
            "SELECT title, quote_count, last_seen FROM speaker_titles WHERE speaker_id = ?", [speaker_id]
        )
    )


# ---------------------------------------------------------------------------
# Joining short forms to full names


def person(conn: sqlite3.Connection, speaker_id: int) -> Person | None:
    from ..identity import Person

    row = conn.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()
    if row is None:
        return None
    return Person(row[0], speaker_key(row[0]), tuple(titles_of(conn, speaker_id)))


def _keys(conn: sqlite3.Connection, speaker_id: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT key FROM speaker_aliases WHERE speaker_id = ?", [speaker_id])]


def _shorter_keys(words: list[str]) -> set[str]:
    """Every key that could be a short form of a name of these words (see
    ``short_form``): its words in order, one word, a shortened word, the
    initials, a nickname made of two words' beginnings."""
    if len(words) <= 8:
        picks = [p for size in range(2, len(words)) for p in combinations(range(len(words)), size)]
    else:  # a run this long is rarely one name: its stretches only, not its 2**n subsets
        picks = [tuple(range(i, j)) for i in range(len(words)) for j in range(i + 2, len(words) + 1)]
    keys = {" ".join(words[i] for i in picked) for picked in picks if len(picked) < len(words)}
    keys.update(words)
    keys.update(w[:k] for w in words for k in range(4, len(w)))
    keys.add("".join(w[0] for w in words))
    for i, head in enumerate(words[:-1]):
        keys.update(head[:cut] + later[:r] for cut in range(2, len(head) + 1)
                    for later in words[i + 1:] for r in range(2, len(later) + 1))
    return keys


def _fuller_query(words: list[str]) -> str:
    """An FTS query for the keys a name of these words could be a short form of:
    all its words, or for one word the keys with a word starting as it does."""
    if len(words) > 1:
        return "key : (" + " AND ".join(f'"{w}"' for w in words) + ")"
    return f'key : ("{words[0][:3]}"*)'


def candidates(conn: sqlite3.Connection, speaker_id: int) -> set[int]:
    """Speakers that may be the same person: a fuller name with its words, a
    short form of its name, or an alias link between them."""
    keys = _keys(conn, speaker_id)
    found: set[int] = set()
    for key in keys:
        words = [w for w in key.split() if len(w) >= 2 and not w.startswith("#") and '"' not in w]
        if not words:
            continue
        found.update(r[0] for r in conn.execute(
            "SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts JOIN speaker_aliases "
            "ON speaker_aliases.rowid = speaker_aliases_fts.rowid WHERE speaker_aliases_fts MATCH ? LIMIT 500",
            [_fuller_query(words)],
        ))
        shorter = sorted(_shorter_keys(words) - {key})
        for at in range(0, len(shorter), 500):
            chunk = shorter[at:at + 500]
            found.update(r[0] for r in conn.execute(
                f"SELECT speaker_id FROM speaker_aliases WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ))
    marks = ",".join("?" * len(keys))
    found.update(r[0] for r in conn.execute(
        f"SELECT speaker_aliases.speaker_id FROM speaker_links JOIN speaker_aliases ON speaker_aliases.key IN "
        f"(speaker_links.name_key, speaker_links.alias_key) WHERE speaker_links.alias_key IN ({marks}) "
        f"OR speaker_links.name_key IN ({marks})",
        keys * 2,
    ))
    found.discard(speaker_id)
    return found


def stated(conn: sqlite3.Connection, short_id: int, full_id: int) -> str | None:
    """The words of an article that link SHORT's name to FULL's, with the article."""
    short_keys, full_keys = _keys(conn, short_id), _keys(conn, full_id)
    row = conn.execute(
        f"SELECT article_id, context FROM speaker_links WHERE alias_key IN ({','.join('?' * len(short_keys))}) "
        f"AND name_key IN ({','.join('?' * len(full_keys))}) ORDER BY id LIMIT 1",
        short_keys + full_keys,
    ).fetchone()
    return f'stated in article {row[0]}: "{row[1]}"' if row else None


class Rules:
    """The join rules over the stored speakers, for one pass after a batch: what
    is read for each speaker (name, alias keys) is read once."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.linked = {r[0] for r in conn.execute("SELECT alias_key FROM speaker_links")}
        # A speaker a human split off (unmerge) is joined to nobody by the rules.
        self.held = {r[0] for r in conn.execute("SELECT speaker_id FROM corrections WHERE action = 'unmerge'")}
        self._names: dict[int, str | None] = {}
        self._keys: dict[int, list[str]] = {}
        self._name_keys: dict[int, str] = {}
        self._candidates: dict[int, set[int]] = {}
        # Evidence is the same whichever way a pair is asked (a short form has fewer words
        # than its full form, so at most one direction holds): each pair is weighed once.
        self._evidence: dict[tuple[int, int], tuple[int, int, str] | None] = {}

    def name(self, speaker_id: int) -> str | None:
        if speaker_id not in self._names:
            row = self.conn.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()
            self._names[speaker_id] = row[0] if row else None
        return self._names[speaker_id]

    def keys(self, speaker_id: int) -> list[str]:
        if speaker_id not in self._keys:
            self._keys[speaker_id] = _keys(self.conn, speaker_id)
        return self._keys[speaker_id]

    def name_key(self, speaker_id: int, name: str) -> str:
        if speaker_id not in self._name_keys:
            self._name_keys[speaker_id] = speaker_key(name)
        return self._name_keys[speaker_id]

    def forget(self, *speaker_ids: int) -> None:
        for speaker_id in speaker_ids:
            self._names.pop(speaker_id, None)
            self._keys.pop(speaker_id, None)
            self._name_keys.pop(speaker_id, None)
        self._evidence.clear()
        self._candidates.clear()

    def candidates(self, speaker_id: int) -> set[int]:
        if speaker_id not in self._candidates:
            self._candidates[speaker_id] = candidates(self.conn, speaker_id)
        return self._candidates[speaker_id]

    def evidence(self, a: int, b: int) -> tuple[int, int, str] | None:
        """(short id, full id, why) where the rules make speakers A and B one person."""
        pair = (a, b) if a < b else (b, a)
        if pair not in self._evidence:
            self._evidence[pair] = self._weigh(a, b)
        return self._evidence[pair]

    def _weigh(self, a: int, b: int) -> tuple[int, int, str] | None:
        from ..identity import join_evidence

        name_a, name_b = self.name(a), self.name(b)
        if name_a is None or name_b is None or a in self.held or b in self.held:
            return None
        for (short_id, short_name), (full_id, full_name) in (((a, name_a), (b, name_b)), ((b, name_b), (a, name_a))):
            short_key, full_key = self.name_key(short_id, short_name), self.name_key(full_id, full_name)
            if len(short_key.split()) > len(full_key.split()):
                continue
            linked = not self.linked.isdisjoint(self.keys(short_id))
            said = stated(self.conn, short_id, full_id) if linked else None
            if said is None and short_form(short_key, full_key) is None:
                continue  # nothing in the names or the articles links them: no need to read their titles
            short, full = person(self.conn, short_id), person(self.conn, full_id)
            why = join_evidence(short, full, said) if short and full else None
            if why:
                return short_id, full_id, why
        return None

    def full_forms(self, short_id: int) -> list[tuple[int, str]]:
        """The speakers that SHORT is, by the rules, a short form or alias of, each with why."""
        out = []
        for other in sorted(self.candidates(short_id)):
            found = self.evidence(short_id, other)
            if found and found[0] == short_id:
                out.append((other, found[2]))
        return out


def join_short_forms(conn: sqlite3.Connection, speaker_ids: Iterable[int], made_at: str) -> set[int]:
    """Join the short forms among and around these speakers to their full names,
    where exactly one full name fits; the speakers that grew."""
    import json
    rules = Rules(conn)
    changed: set[int] = set()
    for speaker_id in sorted(set(speaker_ids)):
        shorts = {speaker_id} | {
            other for other in rules.candidates(speaker_id) if (rules.evidence(other, speaker_id) or (0,))[0] == other
        }
        for short_id in sorted(shorts):
            fulls = rules.full_forms(short_id)
            if len(fulls) != 1:
                continue
            (full_id, why), = fulls
            name, keys = move(conn, short_id, full_id)
            rules.forget(short_id, full_id)
            conn.execute(
                "INSERT INTO speaker_joins (made_at, speaker_id, name, keys, evidence) VALUES (?, ?, ?, ?, ?)",
                [made_at, full_id, name, json.dumps(keys), why],
            )
            changed.add(full_id)
            changed.discard(short_id)
    return changed


def move(conn: sqlite3.Connection, from_id: int, to_id: int) -> tuple[str, list[str]]:
    """Make speaker FROM part of TO: its quotes, aliases and corrections go to TO, and FROM goes.
    FROM's name and alias keys, to record the move."""
    args = {"from": from_id, "to": to_id}
    name = conn.execute("SELECT name FROM speakers WHERE id = ?", [from_id]).fetchone()[0]
    keys = _keys(conn, from_id)
    for table in ("quotes", "speaker_aliases", "corrections", "speaker_joins"):
        conn.execute(f"UPDATE {table} SET speaker_id = :to WHERE speaker_id = :from", args)
    conn.execute("DELETE FROM speaker_titles WHERE speaker_id = :from", args)
    conn.execute("DELETE FROM speakers WHERE id = :from", args)
    return name, keys


# ---------------------------------------------------------------------------
# Likely duplicates for a human to decide


def suggestions(conn: sqlite3.Connection) -> list[dict]:
    """Pairs of speakers that may be one person, with why and the command that
    merges them (the fuller name kept): those with an office in common first,
    then the most quoted."""
    from ..identity import Person, suggestion

    people: dict[int, Person] = {}
    quotes: dict[int, int] = {}
    for speaker_id, name, count in conn.execute("SELECT id, name, quote_count FROM speakers WHERE quote_count > 0"):
        titles = tuple(r[0] for r in conn.execute("SELECT title FROM speaker_titles WHERE speaker_id = ?", [speaker_id]))
        people[speaker_id] = Person(name, speaker_key(name), titles)
        quotes[speaker_id] = count
    held = {r[0] for r in conn.execute("SELECT speaker_id FROM corrections WHERE action = 'unmerge'")}
    blocks: dict[str, set[int]] = {}
    for speaker_id, p in people.items():
        for word in p.key.split():
            blocks.setdefault(word[:3], set()).add(speaker_id)
    pairs = {(a, b) for ids in blocks.values() for a in ids for b in ids if a < b and not {a, b} & held}
    out = []
    for a, b in sorted(pairs):
        why = suggestion(people[a], people[b])
        if why is None:
            continue
        keep, other = sorted((a, b), key=lambda i: (-len(people[i].key.split()), -quotes[i], i))
        out.append({
            "name": people[keep].name, "other": people[other].name, "evidence": why,
            "quotes": quotes[keep] + quotes[other],
            "command": f'quotebook merge "{people[keep].name}" "{people[other].name}"',
        })
    # The pairs that hold the same office first: the likeliest to be one person.
    return sorted(out, key=lambda r: ("; both " not in r["evidence"], -r["quotes"], r["name"], r["other"]))
