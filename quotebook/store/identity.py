"""Speaker identity: which ``speakers`` row a name means.

A person is one ``speakers`` row; every spelling that ``speaker_key`` folds to
the same key is the same person, and ``speaker_aliases`` maps each key to its
speaker. Merges and renames made by a human move or add alias rows (and are
logged in ``corrections``), so re-ingesting finds the corrected speaker.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from functools import cache, lru_cache

from .connection import Connection
from .errors import AmbiguousSpeaker, NoSuchSpeaker, StoreError


def _fold(text: str) -> list[str]:
    """Lower-case words without accents; apostrophes join (Ma'ruf = Maruf), other marks split."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['\u2018\u2019\u02bc`\u00b4]", "", text)
    return re.sub(r"[\W_]+", " ", text).split()


@cache
def _honorifics() -> frozenset[tuple[str, ...]]:
    from .. import lexicon

    entries = lexicon.entries("honorifics") + lexicon.entries("ranks")
    return frozenset(tuple(_fold(e)) for e in entries if _fold(e))


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """The identity of a speaker's name: `KH Ma’ruf Amin, M.A.` -> `maruf amin`.

    Case, accents and apostrophes do not count, nor do honorifics and ranks in
    front of the name or degrees after a comma. A name is never cut down to nothing.
    """
    words = _fold(name.split(",")[0])
    honorifics = _honorifics()
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for size in (3, 2, 1):
            if len(words) > size and tuple(words[:size]) in honorifics:
                words = words[size:]
                stripped = True
                break
    return " ".join(words)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Identity(Connection):
    """Finding, making, merging and renaming speakers."""

    def _speaker_for(self, name: str | None) -> tuple[int | None, bool]:
        """(speaker id, created?) for a name as extracted; a new speaker for a new key, None for no name."""
        key = speaker_key(name) if name else ""
        if not key:
            return None, False
        row = self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE key = ?", [key]).fetchone()
        if row:
            return row[0], False
        speaker_id = self.conn.execute("INSERT INTO speakers (name) VALUES (?)", [name]).lastrowid
        self.conn.execute(
            "INSERT INTO speaker_aliases (key, speaker_id, name) VALUES (?, ?, ?)", [key, speaker_id, name]
        )
        return speaker_id, True

    def get_speaker(self, speaker_id: int) -> dict:
        return dict(self.db.table("speakers").get(speaker_id))

    def find_speakers(self, name: str) -> list[dict]:
        """The speakers NAME means: the one whose name or alias it is, else all whose names hold its words."""
        key = speaker_key(name)
        if not key:
            return []
        exact = self._rows(
            "SELECT speakers.* FROM speaker_aliases JOIN speakers ON speakers.id = speaker_aliases.speaker_id "
            "WHERE speaker_aliases.key = ?",
            [key],
        )
        if exact:
            return exact
        words = " ".join(f'"{w}"' for w in key.split())
        return self._rows(
            """
            SELECT * FROM speakers WHERE id IN (
              SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts
              JOIN speaker_aliases ON speaker_aliases.rowid = speaker_aliases_fts.rowid
              WHERE speaker_aliases_fts MATCH :query
            ) ORDER BY quote_count DESC, name
            """,
            {"query": "key : (" + words + ")"},
        )

    def find_speaker(self, name: str) -> dict:
        """The one speaker NAME means, or an error that says who matched."""
        matches = self.find_speakers(name)
        if not matches:
            raise NoSuchSpeaker(f'no speaker matches "{name}"')
        if len(matches) > 1:
            raise AmbiguousSpeaker(name, matches)
        return matches[0]

    # -- corrections -------------------------------------------------------

    def merge(self, keep_name: str, other_name: str) -> tuple[dict, dict]:
        """Make OTHER the same person as KEEP: its quotes and aliases move to KEEP, whose name stays."""
        keep = self.find_speaker(keep_name)
        other = self.find_speaker(other_name)
        if keep["id"] == other["id"]:
            raise StoreError(f'"{keep_name}" and "{other_name}" are already one speaker: {keep["name"]}')
        with self.transaction():
            args = {"keep": keep["id"], "other": other["id"]}
            self.conn.execute("UPDATE quotes SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("UPDATE speaker_aliases SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("UPDATE corrections SET speaker_id = :keep WHERE speaker_id = :other", args)
            self.conn.execute("DELETE FROM speaker_titles WHERE speaker_id = :other", args)
            self.conn.execute("DELETE FROM speakers WHERE id = :other", args)
            self._log("merge", keep["id"], other["name"], keep["name"])
            self.changes.touched.add(keep["id"])
        return self.get_speaker(keep["id"]), other

    def rename(self, name: str, new_name: str) -> dict:
        """Give a speaker a new name; the old spellings stay as aliases."""
        speaker = self.find_speaker(name)
        key = speaker_key(new_name)
        if not key:
            raise StoreError(f'"{new_name}" has no letters to make a name of')
        with self.transaction():
            owner = self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE key = ?", [key]).fetchone()
            if owner and owner[0] != speaker["id"]:
                taken = self.get_speaker(owner[0])
                raise StoreError(
                    f'"{new_name}" is already the speaker {taken["name"]}; '
                    f'to make them one person use: quotebook merge "{taken["name"]}" "{speaker["name"]}"'
                )
            if owner:
                self.conn.execute("UPDATE speaker_aliases SET name = ? WHERE key = ?", [new_name, key])
            else:
                self.conn.execute(
                    "INSERT INTO speaker_aliases (key, speaker_id, name) VALUES (?, ?, ?)", [key, speaker["id"], new_name]
                )
            self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", [new_name, speaker["id"]])
            self._log("rename", speaker["id"], speaker["name"], new_name)
        return self.get_speaker(speaker["id"])

    def _log(self, action: str, speaker_id: int, name: str, new_name: str) -> None:
        self.conn.execute(
            "INSERT INTO corrections (made_at, action, speaker_id, name, new_name) VALUES (?, ?, ?, ?, ?)",
            [now(), action, speaker_id, name, new_name],
        )
