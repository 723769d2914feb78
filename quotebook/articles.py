"""What reading input gives: an ``Article``, a ``SourceError`` naming where and what went
wrong, or ``Skipped`` input that holds no article; and the decoding of bytes into text that
every reader shares (quotebook.sources, quotebook.jsonl, quotebook.web).
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import BinaryIO, Union

from . import ids
from .model import Quote

ARTICLE_FIELDS = ("id", "url", "title", "date", "source")
ID_FIELDS = ("id", "url")  # what an article is known by (quotebook.ids): strings only, `1` is not `"1"`
# Metadata a JSON line may give; the rest is read from the article text.
META_FIELDS = ("outlet", "dateline", "reporter", "editor", "year", "related")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 8192
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# UTF-32 first: its little-endian mark starts with UTF-16's.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)


@dataclass
class Article:
    text: str
    origin: str  # where it came from: a path, or path:line for JSON Lines
    id: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    path: str | None = None  # the file as named (bytes that are not UTF-8 kept), for an article that is a whole .txt file
    meta: dict = field(default_factory=dict)  # any META_FIELDS the JSON line gives
    nbytes: int = 0  # bytes of input this article took, for progress
    warnings: list[str] = field(default_factory=list)
    quotes: list[Quote] | None = None  # the quotes already extracted, if the input gives them

    @cached_property
    def content_hash(self) -> str:
        return ids.content_hash(self.text)

    @property
    def article_id(self) -> str:
        """The id the article is stored under (quotebook.ids). (The text is hashed only for
        an article with no id, url or path: `extract` needs no hash otherwise.)"""
        given = self.id or self.url
        return ids.article_id(given=given, path=self.path, text_hash="" if given or self.path else self.content_hash)


@dataclass
class QuotedArticle(Article):
    """An article known by its quotes alone: the lines of `quotebook extract --nl`, which give the
    article's id as stored (``article_id``) and its quotes, not its text."""

    @cached_property
    def content_hash(self) -> str:
        found = json.dumps([q.to_dict() for q in self.quotes or []], ensure_ascii=False)
        return ids.content_hash("quotes:" + found)

    @property
    def article_id(self) -> str:
        return self.id or ""


# What a source with no bytes in it is (a file, a gzip of nothing, standard input that ends at once).
EMPTY_FILE = "empty file, no article in it"


@dataclass
class SourceError:
    origin: str
    message: str
    nbytes: int = 0

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class Missing(SourceError):
    """A path given that names nothing to read (a typo, a broken link): an error, and no article."""


@dataclass
class Skipped:
    """Input that holds no article: a file of another format in a directory, a WARC record
    that is no HTML page. ``detail`` says which kind (``.png``, ``request``)."""

    origin: str
    reason: str
    detail: str
    nbytes: int = 0

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason} ({self.detail})"


class SkippedTally:
    """What reading passed over, by reason and kind, as a run's summary says it."""

    def __init__(self) -> None:
        self.kinds: dict[str, dict[str, int]] = {}  # reason -> {detail: count}

    def add(self, item: Skipped) -> None:
        details = self.kinds.setdefault(item.reason, {})
        details[item.detail] = details.get(item.detail, 0) + 1

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def text(self) -> str:
        """`; 3 skipped: not an article format (.pdf, .png)`, one part per reason; '' when none."""
        counts = {reason: sum(details.values()) for reason, details in self.kinds.items()}
        if not counts:
            return ""
        parts = []
        for reason, details in self.kinds.items():
            kinds = sorted(details)
            shown = ", ".join(kinds[:6]) + (", ..." if len(kinds) > 6 else "")
            parts.append(f"{counts[reason]} {reason} ({shown})" if len(counts) > 1 else f"{reason} ({shown})")
        return f"; {sum(counts.values())} skipped: " + ", ".join(parts)


Item = Union[Article, SourceError, Skipped]


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, warning) for bytes that are text; (None, reason) for bytes that are not."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None, f"not valid {encoding} despite its byte-order mark"
            if "\x00" in text[:SNIFF_BYTES]:
                return None, f"binary file (NUL characters after a {encoding} byte-order mark), not text"
            return text, None
    if b"\x00" in data[:SNIFF_BYTES]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if "\ufffd" in text or controls > len(text) // 100:
        return None, f"{utf8_error}, and not readable as Windows-1252 text either"
    return text, f"{utf8_error}; read as Windows-1252"


def too_large(size: int, more: bool = False) -> str:
    return (
        f"too large for one article ({'over ' if more else ''}{size / 1048576:.1f} MB, the limit is "
        f"{MAX_ARTICLE_BYTES // 1048576} MB); split it into articles, one a line of JSON Lines"
    )


def position_of(stream: BinaryIO) -> int | None:
    """Where a stream stands in its file; None for a pipe or a stream with no position."""
    try:
        return stream.tell()
    except (OSError, AttributeError, ValueError):
        return None


def printable(path: str) -> str:
    """A path as text: bytes of a file name that are not UTF-8 written as \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
