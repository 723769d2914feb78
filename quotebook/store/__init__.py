"""The quotebook database: articles, speakers and their quotes in one SQLite file.

The tables are plain sqlite-utils tables (full-text search in the
``quotes_fts`` and ``speaker_aliases_fts`` tables that sqlite-utils and
Datasette recognise), so the file can be browsed without quotebook.

    schema.py      the tables as numbered steps (migrations) and the check on open
    connection.py  opening the file; ``transaction()``, the one way to write
    identity.py    which speaker a name means; merge and rename
    counts.py      each speaker's quote and title counts, kept in step on commit
    writes.py      storing an article and its quotes
    reads.py       quotes, speakers, a speaker's profile
"""
from __future__ import annotations

from .connection import describe, remove_new
from .errors import AmbiguousSpeaker, BadDatabase, BadQuery, NoSuchSpeaker, StoreError
from .identity import speaker_key
from .reads import Reads, fts_query
from .writes import Written, Writes

__all__ = [
    "AmbiguousSpeaker", "BadDatabase", "BadQuery", "NoSuchSpeaker", "Store", "StoreError", "Written",
    "describe", "fts_query", "remove_new", "speaker_key",
]


class Store(Writes, Reads):
    """One quotebook database file, opened for reading (queries) or writing (ingest, corrections)."""
