"""What the store raises: each message is one line a user can act on."""
from __future__ import annotations


def ingest_into(path: str) -> str:
    """The command that stores articles in the database at PATH, to be copied into a shell."""
    from shlex import quote  # (here only: a query's start-up is measured)

    return f"quotebook ingest PATH --db {quote(path)}"


class StoreError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class BadDatabase(StoreError):
    """The database file cannot be used: missing, not SQLite, corrupt, damaged, newer, read-only or locked."""


class BadQuery(StoreError):
    """A search the full-text index cannot run."""


class NoSuchSpeaker(StoreError):
    pass


class AmbiguousSpeaker(StoreError):
    def __init__(self, name: str, matches: list[dict]):
        self.name = name
        self.matches = matches
        super().__init__(f'"{name}" matches {len(matches)} speakers')
