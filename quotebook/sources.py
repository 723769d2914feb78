"""Reading articles from the paths a user gives: .txt, .jsonl, directories, stdin.

Every article comes out as an ``Article``; every file or line that cannot be
read comes out as a ``SourceError`` naming where and what, so a caller can
report it on one line and go on with the rest.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Union

ARTICLE_FIELDS = ("id", "url", "title", "date", "source")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class Article:
    text: str
    origin: str  # where it came from: a path, or path:line for JSON Lines
    id: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return self.id or self.url or self.origin


@dataclass
class SourceError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Union[Article, SourceError]


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, warning) for bytes that are text; (None, reason) for bytes that are not."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "not valid UTF-16 despite its byte-order mark"
    if b"\x00" in data[:8192]:
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


def _articles_from_jsonl(text: str, origin: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"not a JSON object: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield SourceError(where, f"expected a JSON object, found {type(record).__name__}")
            continue
        body = record.get("text")
        if not isinstance(body, str):
            yield SourceError(where, 'no "text" string in this line')
            continue
        if not body.strip():
            yield SourceError(where, 'the "text" is empty')
            continue
        meta = {k: (str(record[k]) if record.get(k) is not None else None) for k in ARTICLE_FIELDS}
        yield Article(text=body, origin=where, **meta)


def _read_text(text: str, origin: str, as_jsonl: bool, warning: str | None) -> Iterator[Item]:
    if not text.strip():
        yield SourceError(origin, "empty file, no article in it")
        return
    if as_jsonl:
        for item in _articles_from_jsonl(text, origin):
            if warning and isinstance(item, Article):
                item.warnings.append(warning)
            yield item
    else:
        yield Article(text=text, origin=origin, warnings=[warning] if warning else [])


def read_file(path: str) -> Iterator[Item]:
    """The articles in one .txt or .jsonl file (by suffix; anything else is read as .txt)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield SourceError(path, f"cannot read: {exc.strerror or exc}")
        return
    text, problem = decode(data)
    if text is None:
        yield SourceError(path, problem or "not text")
        return
    yield from _read_text(text, path, path.lower().endswith(JSONL_SUFFIXES), problem)


def read_stdin(stream=None) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with '{', otherwise one article."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    text, problem = decode(data)
    if text is None:
        yield SourceError("<stdin>", problem or "not text")
        return
    yield from _read_text(text, "<stdin>", text.lstrip().startswith("{"), problem)


def walk(directory: str) -> Iterator[Item]:
    """Every .txt and .jsonl file below a directory, in sorted order."""
    def on_error(exc: OSError) -> None:
        errors.append(SourceError(exc.filename or directory, f"cannot list: {exc.strerror or exc}"))

    errors: list[SourceError] = []
    for root, dirs, names in os.walk(directory, onerror=on_error):
        dirs.sort()
        yield from errors
        errors.clear()
        for name in sorted(names):
            if name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                path = os.path.join(root, name)
                if os.path.islink(path) and not os.path.exists(path):
                    yield SourceError(path, "broken symbolic link")
                    continue
                yield from read_file(path)
    yield from errors


def read_paths(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    """Articles and errors from every PATH given, in order; '-' is standard input."""
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin)
        elif os.path.isdir(path):
            yield from walk(path)
        elif os.path.islink(path) and not os.path.exists(path):
            yield SourceError(path, "broken symbolic link")
        elif not os.path.exists(path):
            yield SourceError(path, "no such file or directory")
        else:
            yield from read_file(path)
