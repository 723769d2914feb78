"""The one definition of an article's id: what makes re-reading an article
find the same row, and two different articles never share one.

* a JSON line's ``id`` (a string), else its ``url``, as given;
* a ``.txt`` file: its file URI, ``file://`` and the absolute path with every
  byte that is not a plain letter, digit or ``/._-~`` written as ``%XX``
  (``/news/a b.txt`` -> ``file:///news/a%20b.txt``), so that two file names
  that differ in any byte never share an id;
* anything else (a JSON line with neither, text on standard input):
  ``sha256:`` and the first 32 hex digits of the SHA-256 of its text.

Ids quotebook makes start with ``file:`` or ``sha256:``; a given id or url
that starts with one of those (or with ``json:``) is kept apart from them
with ``json:`` in front, so no JSON line can take a file's place.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

MADE_PREFIXES = ("file:", "sha256:", "json:")


def content_hash(text: str) -> str:
    """The SHA-256 of an article's text (hex), which tells a changed article from an unchanged one."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def escape_given(given: str) -> str:
    """A JSON id or url as an article id."""
    return "json:" + given if given.startswith(MADE_PREFIXES) else given


def file_id(path: str) -> str:
    """A file's id: its file URI (a path holding bytes that are not UTF-8 keeps them, as %XX)."""
    return Path(os.path.abspath(path)).as_uri()


def article_id(*, given: str | None, path: str | None, text_hash: str) -> str:
    """The id of an article: its given id or url, else its file, else its text."""
    if given:
        return escape_given(given)
    if path:
        return file_id(path)
    return "sha256:" + text_hash[:32]
