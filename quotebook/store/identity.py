"""Speaker identity: which ``speakers`` row a name means.

A person is one ``speakers`` row; every spelling that ``speaker_key`` folds to
the same key is the same person, and ``speaker_aliases`` maps each key to its
speaker (a second person with the same one-word name has the key `yanto #12`).
Short forms are joined to full names by the rules in ``joins``. Merges,
renames and unmerges made by a human move or add alias rows and are logged in
``corrections`` with what they changed, so re-ingesting finds the corrected
speaker and ``undo`` takes back the last one.
"""
from __future__ import annotations

# (json is imported where it is used: a query command never needs it)
from ..names import speaker_key, typed_key
from . import joins
from .connection import Connection
from .errors import AmbiguousSpeaker, NoSuchSpeaker, StoreError

MAX_NAME_WORDS = 12  # no speaker's name is longer: a longer search matches nobody
MAX_NAME_CHARACTERS = 200  # nor a name given to a speaker
SHOWN_CHARACTERS = 60  # of a name a user typed, in a message
DOMINANT = 3  # a candidate with this many times the quotes of the next is the one meant
# ... when the name typed has this many letters at least: an initial or two (`e`, `dr`)
# opens too many names to take the one quoted most as meant.
DOMINANT_LETTERS = 3


def now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Identity(Connection):
    """Finding, making, merging and renaming speakers."""

    def _speakers_for(self, mentions: list[tuple[str | None, str | None]]) -> tuple[dict[str, int], int]:
        """The speaker of each bare name of an article, found with all the titles the
        article gives it, and how many speakers are new."""
        titles: dict[str, list[str]] = {}
        for name, title in mentions:
            if name:
                titles.setdefault(name, []).extend([title] if title else [])
        speakers, created = {}, 0
        for name, its_titles in titles.items():
            speakers[name], new = joins.speaker_for(self.conn, name, its_titles, self._titles_held)
            created += new
        return speakers, created

    def _titles_held(self, speaker_id: int) -> list[str]:
        """The titles of a speaker's quotes, this transaction's included (``joins.titles_of``, in
        another order): those counted in speaker_titles and those of the quotes added since, rather
        than every quote's, which each article of a busy one-word name would read again. A speaker
        whose quotes the transaction removed (a replaced article) is read from its quotes."""
        if speaker_id in self.changes.touched:
            return joins.titles_of(self.conn, speaker_id)
        counted = [r[0] for r in self.conn.execute("SELECT title FROM speaker_titles WHERE speaker_id = ?", [speaker_id])]
        added = [title for title, _, _ in self.changes.added.get(speaker_id, ()) if title is not None]
        return list(dict.fromkeys(counted + added))

    def get_speaker(self, speaker_id: int) -> dict:
        return dict(self.db.table("speakers").get(speaker_id))

    def find_speakers(self, name: str) -> list[dict]:
        """The speakers NAME means: those whose name or alias it is (one-word
        namesakes included), else those an article says it is a name of, else all
        whose names hold its words, most quoted first."""
        return self._matches(typed_key(name))[0]

    def _matches(self, key: str) -> tuple[list[dict], bool]:
        """find_speakers of a typed key, and whether they were found by the words their names hold."""
        if not key or len(key.split()) > MAX_NAME_WORDS:
            return [], False
        exact = self._rows(
            "SELECT DISTINCT speakers.* FROM speaker_aliases JOIN speakers ON speakers.id = speaker_aliases.speaker_id "
            f"WHERE {joins.NAMESAKES} ORDER BY quote_count DESC, name",
            joins.namesakes(key),
        )
        if exact:
            return exact, False
        stated = self._rows(
            "SELECT DISTINCT speakers.* FROM speaker_links JOIN speaker_aliases ON speaker_aliases.key = speaker_links.name_key "
            "JOIN speakers ON speakers.id = speaker_aliases.speaker_id WHERE speaker_links.alias_key = :key "
            "ORDER BY quote_count DESC, name",
            {"key": key},
        )
        if stated:
            return stated, False  # `bamsoet`: an article says it is Bambang Soesatyo's (`Bambang Soesatyo (Bamsoet)`)
        return self._holding_words(key), True

    def _holding_words(self, key: str) -> list[dict]:
        """The speakers whose names or aliases hold the key's words (the last perhaps cut short), most quoted first."""
        words = key.split()
        query = "key : (" + " ".join(f'"{w}"' for w in words) + "*)"  # the last word may be cut short
        return self._rows(
            """
            SELECT * FROM speakers WHERE id IN (
              SELECT speaker_aliases.speaker_id FROM speaker_aliases_fts
              JOIN speaker_aliases ON speaker_aliases.rowid = speaker_aliases_fts.rowid
              WHERE speaker_aliases_fts MATCH :query
            ) ORDER BY quote_count DESC, name
            """,
            {"query": query},
        )

    def find_speaker(self, name: str, *, dominant: bool = False) -> dict:
        """The one speaker NAME means, or an error that says who matched.

        With ``dominant``, a name that is no speaker's own but matches one with
        far more quotes than the rest means that one; ``notes`` then says which
        others matched. A name that matches nobody is answered with the closest names.
        """
        key = typed_key(name)
        matches, by_words = self._matches(key)
        if not matches:
            near = self.closest_speakers(name)
            raise NoSuchSpeaker(
                f'no speaker in {self.path} matches {shown(name)}'
                + ("; the closest: " + ", ".join(f"{m['name']} ({m['quote_count']})" for m in near) if near else "")
            )
        if len(matches) == 1:
            if dominant and not by_words:
                self._note_fuller_names(name, key, matches[0])
            return matches[0]
        exact = speaker_key(name) in {speaker_key(m["name"]) for m in matches}
        top, second = matches[0], matches[1]
        letters = sum(c.isalpha() for c in key)
        if dominant and not exact and letters >= DOMINANT_LETTERS and top["quote_count"] >= DOMINANT * max(second["quote_count"], 1):
            others = ", ".join(f"{m['name']} ({m['quote_count']})" for m in matches[1:6])
            more = f" and {len(matches) - 6} more" if len(matches) > 6 else ""
            self.notes.append(f'{shown(name)} is taken as {top["name"]} ({top["quote_count"]} quotes); it also matches {others}{more}')
            return top
        raise AmbiguousSpeaker(name, matches)

    def _note_fuller_names(self, name: str, key: str, found: dict) -> None:
        """When a name (its typed key) is one speaker's own (`Prabowo`) and other speakers'
        names hold its words (`Prabowo Subianto`, not joined to it: the store could not tell
        they are one person), a note names them, so their quotes are not missed."""
        others = [m for m in self._holding_words(key) if m["id"] != found["id"]]
        if others:
            listed = ", ".join(f"{m['name']} ({m['quote_count']})" for m in others[:5])
            more = f" and {len(others) - 5} more" if len(others) > 5 else ""
            self.notes.append(
                f"{shown(name)} is the speaker {found['name']}; other speakers' names hold it too: {listed}{more}. "
                f"If one is the same person: {_merge_hint(found, others)}"
            )

    def closest_speakers(self, name: str, limit: int = 5) -> list[dict]:
        """The speakers whose names or aliases are nearest to NAME (accents and case aside)."""
        from ..identity import closest

        rows = self.conn.execute(
            "SELECT speaker_aliases.speaker_id, speaker_aliases.name FROM speaker_aliases "
            "JOIN speakers ON speakers.id = speaker_aliases.speaker_id WHERE speakers.quote_count > 0"
        ).fetchall()
        nearest = closest(name, {i: alias for i, (_, alias) in enumerate(rows)}, limit * 2)
        found = list(dict.fromkeys(rows[i][0] for i in nearest))[:limit]
        return [self.get_speaker(speaker_id) for speaker_id in found]

    # -- corrections -------------------------------------------------------

    def merge(self, keep_name: str, other_name: str) -> tuple[dict, dict]:
        """Make OTHER the same person as KEEP: its quotes and aliases move to KEEP, whose name stays."""
        keep = self.find_speaker(keep_name)
        other = self.find_speaker(other_name)
        if keep["id"] == other["id"]:
            raise StoreError(f'"{keep_name}" and "{other_name}" are already one speaker: {keep["name"]}')
        with self.transaction():
            name, keys = joins.move(self.conn, other["id"], keep["id"])
            self._log("merge", keep["id"], other["name"], keep["name"], {"id": other["id"], "keys": keys})
            self.changes.touched.add(keep["id"])
        return self.get_speaker(keep["id"]), other

    def rename(self, name: str, new_name: str) -> dict:
        """Give a speaker a new name; the old spellings stay as aliases."""
        speaker = self.find_speaker(name)
        key = speaker_key(new_name)
        if not key:
            raise StoreError(f'{shown(new_name)} has no letters to make a name of')
        if len(new_name) > MAX_NAME_CHARACTERS:
            raise StoreError(f"the new name is {len(new_name):,} characters long; a speaker's name has at most {MAX_NAME_CHARACTERS}")
        with self.transaction():
            owner = self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE key = ?", [key]).fetchone()
            if owner and owner[0] != speaker["id"]:
                taken = self.get_speaker(owner[0])
                raise StoreError(
                    f'{shown(new_name)} is already the speaker {taken["name"]}; '
                    f'to make them one person use: quotebook merge "{taken["name"]}" "{speaker["name"]}"'
                )
            if owner:
                old_alias = self.conn.execute("SELECT name FROM speaker_aliases WHERE key = ?", [key]).fetchone()[0]
                self.conn.execute("UPDATE speaker_aliases SET name = ? WHERE key = ?", [new_name, key])
            else:
                old_alias = None
                self.conn.execute(
                    "INSERT INTO speaker_aliases (key, speaker_id, name) VALUES (?, ?, ?)", [key, speaker["id"], new_name]
                )
            self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", [new_name, speaker["id"]])
            self._log("rename", speaker["id"], speaker["name"], new_name, {"key": key, "alias": old_alias})
        return self.get_speaker(speaker["id"])

    def unmerge(self, name: str) -> tuple[dict, dict]:
        """Take the spelling NAME, and the quotes written so, out of the speaker it was
        merged or joined into: (the speaker it left, the speaker it is again). The rules
        join it to nobody afterwards."""
        key = typed_key(name)
        row = self.conn.execute("SELECT speaker_id, name FROM speaker_aliases WHERE key = ?", [key]).fetchone()
        if row is None:
            raise NoSuchSpeaker(f'no speaker in {self.path} is written {shown(name)}; see the spellings with: quotebook speaker NAME')
        owner = self.get_speaker(row[0])
        if speaker_key(owner["name"]) == key:
            raise StoreError(f'{shown(name)} is the name of {owner["name"]} itself; unmerge one of its other spellings')
        keys = self._owned(owner["id"], self._joined_keys(owner["id"], key))
        with self.transaction():
            speaker_id = joins.new_speaker(self.conn, row[1])
            self._move_keys(owner["id"], speaker_id, keys)
            self._log("unmerge", speaker_id, row[1], owner["name"], {"from": owner["id"], "keys": keys})
            self.changes.touched.update({owner["id"], speaker_id})
        return self.get_speaker(owner["id"]), self.get_speaker(speaker_id)

    def _joined_keys(self, speaker_id: int, key: str) -> list[str]:
        """KEY and the keys that came with it when its speaker was joined or merged into SPEAKER_ID."""
        import json
        for keys_json, in self.conn.execute(
            "SELECT keys FROM speaker_joins WHERE speaker_id = ? UNION ALL "
            "SELECT json_extract(detail, '$.keys') FROM corrections WHERE speaker_id = ? AND action = 'merge' "
            "AND detail IS NOT NULL",
            [speaker_id, speaker_id],
        ):
            keys = json.loads(keys_json)
            if key in keys:
                return keys
        return [key]

    def _holder(self, keys: list[str]) -> int | None:
        """The speaker who holds the first of KEYS still held: after nested merges were
        undone, not always the one the correction was logged on."""
        for key in keys:
            row = self.conn.execute("SELECT speaker_id FROM speaker_aliases WHERE key = ?", [key]).fetchone()
            if row:
                return row[0]
        return None

    def _owned(self, speaker_id: int, keys: list[str]) -> list[str]:
        """Those of KEYS that are still SPEAKER_ID's: a spelling that came with a merge may
        have been unmerged from it since."""
        marks = ",".join("?" * len(keys))
        held = {k for k, in self.conn.execute(
            f"SELECT key FROM speaker_aliases WHERE speaker_id = ? AND key IN ({marks})", [speaker_id, *keys])}
        return [k for k in keys if k in held]

    def _move_keys(self, from_id: int, to_id: int, keys: list[str]) -> None:
        """Give those of the alias keys FROM_ID holds, and the quotes whose names have them, to another speaker."""
        import json
        marks = ",".join("?" * len(keys))
        self.conn.execute(f"UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ? AND key IN ({marks})",
                          [to_id, from_id, *keys])
        self.conn.execute("DELETE FROM speaker_joins WHERE speaker_id = ? AND keys = ?", [from_id, json.dumps(keys)])
        moved = [
            quote_id for quote_id, written in self.conn.execute(
                "SELECT id, speaker_name FROM quotes WHERE speaker_id = ? AND speaker_name IS NOT NULL", [from_id]
            )
            if typed_key(written) in keys
        ]
        self.conn.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?", [(to_id, q) for q in moved])

    def undo(self) -> str:
        """Take back the last correction (merge, rename or unmerge); what was undone."""
        import json
        row = self.conn.execute(
            "SELECT id, action, speaker_id, name, new_name, detail FROM corrections ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise StoreError("there is no correction to undo")
        correction_id, action, speaker_id, name, new_name, detail = row
        if detail is None:
            raise StoreError(f"the last correction ({action} {name}) was made by an older quotebook and cannot be undone")
        detail = json.loads(detail)
        with self.transaction():
            self.conn.execute("DELETE FROM corrections WHERE id = ?", [correction_id])
            if action == "merge":
                again = detail["id"]
                if self.conn.execute("SELECT 1 FROM speakers WHERE id = ?", [again]).fetchone():
                    again = joins.new_speaker(self.conn, name)  # its old id was given to someone since
                else:
                    self.conn.execute("INSERT INTO speakers (id, name) VALUES (?, ?)", [again, name])
                holder = self._holder(detail["keys"]) or speaker_id
                self._move_keys(holder, again, detail["keys"])
                self.changes.touched.update({holder, again})
                return f"Undid the merge of {name} into {new_name}: they are two speakers again."
            if action == "rename":
                # The speaker holding the new name's key now: a merge since moved this correction to
                # the speaker it kept, and undoing that merge gave the renamed one back its key.
                holder = self._holder([detail["key"]]) or speaker_id
                self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", [name, holder])
                if detail["alias"] is None:
                    self.conn.execute("DELETE FROM speaker_aliases WHERE key = ?", [detail["key"]])
                else:
                    self.conn.execute("UPDATE speaker_aliases SET name = ? WHERE key = ?", [detail["alias"], detail["key"]])
                return f"Undid the rename: {new_name} is {name} again."
            joins.move(self.conn, speaker_id, detail["from"])
            self.changes.touched.add(detail["from"])
            return f"Undid the unmerge: {name} is part of {new_name} again."

    def _log(self, action: str, speaker_id: int, name: str, new_name: str, detail: dict) -> None:
        import json
        self.conn.execute(
            "INSERT INTO corrections (made_at, action, speaker_id, name, new_name, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [now(), action, speaker_id, name, new_name, json.dumps(detail, ensure_ascii=False)],
        )


def shown(name: str) -> str:
    """A name a user typed, quoted for a message: cut after SHOWN_CHARACTERS (a pasted
    page is no name, and an error line of 100 KB helps nobody)."""
    return f'"{name}"' if len(name) <= SHOWN_CHARACTERS else f'"{name[:SHOWN_CHARACTERS]}..." ({len(name):,} characters)'


def _merge_hint(found: dict, others: list[dict]) -> str:
    """The merge command for a speaker and the one other whose name holds all its words or
    whose words its name holds (`Prabowo` and `Prabowo Subianto`): the one with more quotes
    kept, the fuller name on a tie. Otherwise which one, if any, is the same person is the
    user's to say (`Listyo Sigit Prabowo` is not `Prabowo Subianto`), NAME to fill in: kept,
    when the speaker asked for is a short form of them all (`Purbaya`), else merged into it."""
    words = set(speaker_key(found["name"]).split())
    fuller = [set(speaker_key(m["name"]).split()) >= words for m in others]
    if len(others) == 1:
        if fuller[0] or set(speaker_key(others[0]["name"]).split()) <= words:
            keep, other = sorted((found, others[0]), key=lambda m: (m["quote_count"], len(m["name"].split())), reverse=True)
            return f'quotebook merge "{keep["name"]}" "{other["name"]}"'
    return f'quotebook merge NAME "{found["name"]}"' if all(fuller) else f'quotebook merge "{found["name"]}" NAME'
