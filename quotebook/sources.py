"""Reading articles from the paths a user gives: .txt, .jsonl, directories, stdin.

Every article comes out as an ``Article``; every file or line that cannot be
read comes out as a ``SourceError`` naming where and what, so a caller can
report it on one line and go on with the rest.

Input is streamed: JSON Lines files and standard input are read a line at a
time, so memory does not grow with the size of a corpus. One article (a .txt
file or one JSON line) may be at most ``MAX_ARTICLE_BYTES``.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, Iterator, Union

ARTICLE_FIELDS = ("id", "url", "title", "date", "source")
# Metadata a JSON line may give; the rest is read from the article text.
META_FIELDS = ("outlet", "dateline", "reporter", "editor", "year", "related")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 8192
COUNT_AT_MOST = 256 * 1024 * 1024  # bytes of an over-long stream counted for the message
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
    path: str | None = None  # the file, for an article that is a whole .txt file
    meta: dict = field(default_factory=dict)  # any META_FIELDS the JSON line gives
    nbytes: int = 0  # bytes of input this article took, for progress
    warnings: list[str] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return self.id or self.url or self.origin


@dataclass
class SourceError:
    origin: str
    message: str
    nbytes: int = 0

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Union[Article, SourceError]


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


def _too_large(size: int, more: bool = False) -> str:
    return (
        f"too large for one article ({'over ' if more else ''}{size / 1048576:.1f} MB, the limit is "
        f"{MAX_ARTICLE_BYTES // 1048576} MB); split it into articles, one a line of JSON Lines"
    )


def printable(path: str) -> str:
    """A path as text: bytes of a file name that are not UTF-8 written as \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _article_from_record(line: str, where: str, nbytes: int) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        reason = exc.msg if exc.msg.endswith(" at") else exc.msg + " at"  # json's own messages vary
        return SourceError(where, f"not a JSON object: {reason} column {exc.colno}", nbytes)
    except RecursionError:
        return SourceError(where, "not a JSON object: nested too deeply", nbytes)
    if not isinstance(record, dict):
        return SourceError(where, f"expected a JSON object, found {type(record).__name__}", nbytes)
    if problem := _lone_surrogate(record):
        return SourceError(where, problem, nbytes)
    body = record.get("text")
    if not isinstance(body, str):
        return SourceError(where, 'no "text" string in this line', nbytes)
    if not body.strip():
        return SourceError(where, 'the "text" is empty', nbytes)
    fields = {k: (str(record[k]) if record.get(k) is not None else None) for k in ARTICLE_FIELDS}
    meta, warnings = _meta_from_record(record)
    return Article(text=body, origin=where, meta=meta, nbytes=nbytes, warnings=warnings, **fields)


def _lone_surrogate(record: dict) -> str | None:
    """Why a record cannot be read when a field holds half of a UTF-16 pair (JSON's
    \\uXXXX escapes allow it), which is not text and cannot be stored or printed."""
    for name in ("text",) + ARTICLE_FIELDS + META_FIELDS:
        value = record.get(name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and (found := LONE_SURROGATE.search(item)):
                escape = found.group().encode("unicode_escape").decode("ascii")
                return f'"{name}" holds {escape}, half of a UTF-16 pair, which is not text'
    return None


def _meta_from_record(record: dict) -> tuple[dict, list[str]]:
    """The META_FIELDS a JSON line gives; a warning for each that is not text or a number
    (for ``related``: a list of them)."""
    meta, warnings = {}, []
    for name in META_FIELDS:
        value = record.get(name)
        if value in (None, "", []):
            continue
        values = value if name == "related" and isinstance(value, list) else [value]
        if all(isinstance(v, (str, int, float)) for v in values):
            meta[name] = values if name == "related" else value
        else:
            kind = {"dict": "an object", "list": "an array"}.get(type(value).__name__, type(value).__name__)
            warnings.append(f'"{name}" ignored: {kind}, not text')
    return meta, warnings


def _lines(stream: BinaryIO) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line; (None, size) for a line over the size limit, skipped unread."""
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            size += len(line)
        yield None, size


class _CarriageReturnLines:
    """A buffered stream whose lines end with CR alone, read a line at a time as lines ending with LF."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream

    def readline(self, limit: int) -> bytes:
        parts, size = [], 0
        while size < limit:
            chunk = self.stream.peek(1 << 16)[: limit - size]  # type: ignore[attr-defined]
            if not chunk:
                break
            end = chunk.find(b"\r")
            parts.append(self.stream.read(len(chunk) if end < 0 else end + 1))
            size += len(parts[-1])
            if end >= 0:
                parts[-1] = parts[-1][:-1] + b"\n"
                break
        return b"".join(parts)


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[Item]:
    """The articles in a JSON Lines stream (buffered, so it can be peeked), one line at a time."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    empty = True
    if head.startswith(tuple(bom for bom, _ in WIDE_BOMS)):
        # Rare enough to read whole: UTF-16 and UTF-32 cannot be split into lines byte-wise.
        text, problem = decode(stream.read())
        if text is None:
            yield SourceError(origin, problem or "not text")
            return
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                empty = False
                yield _article_from_record(line, f"{origin}:{number}", len(line))
    elif b"\x00" in head:
        yield SourceError(origin, "binary file (NUL bytes), not text")
        return
    else:
        if b"\r" in head and b"\n" not in head:  # lines that end with CR alone (old Mac files)
            stream = _CarriageReturnLines(stream)  # type: ignore[assignment]
        for number, (line, size) in enumerate(_lines(stream), 1):
            where = f"{origin}:{number}"
            if line is None:
                empty = False
                yield SourceError(where, _too_large(size), size)
                continue
            if not line.strip():
                continue
            empty = False
            text, problem = decode(line)
            if text is None:
                yield SourceError(where, problem or "not text", size)
                continue
            item = _article_from_record(text.rstrip("\r\n"), where, size)
            if problem and isinstance(item, Article):
                item.warnings.append(problem)
            yield item
    if empty:
        yield SourceError(origin, "empty file, no article in it")


def read_text(data: bytes, origin: str, path: str | None = None) -> Iterator[Item]:
    """One article from the bytes of a whole text file."""
    text, problem = decode(data)
    if text is None:
        yield SourceError(origin, problem or "not text", len(data))
    elif not text.strip():
        yield SourceError(origin, "empty file, no article in it", len(data))
    else:
        yield Article(text=text, origin=origin, path=path, nbytes=len(data), warnings=[problem] if problem else [])


def read_file(path: str) -> Iterator[Item]:
    """The articles in one file: a .jsonl or .txt file by its suffix; anything else (a
    pipe, `<(...)`, /dev/stdin, a name with neither suffix) as standard input is read."""
    name = printable(path)
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            regular = stat.S_ISREG(info.st_mode)
            if not regular or not path.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                # A pipe's text has no file to name it: its id comes from its text, as stdin's does.
                yield from read_stream(fh, name, path=name if regular else None, size=info.st_size if regular else None)
                return
            if path.lower().endswith(JSONL_SUFFIXES):
                yield from read_jsonl(fh, name)
                return
            data = fh.read(MAX_ARTICLE_BYTES + 1) if info.st_size <= MAX_ARTICLE_BYTES else b""
            size = max(info.st_size, len(data))
            if size > MAX_ARTICLE_BYTES:
                yield SourceError(name, _too_large(size), size)
                return
    except OSError as exc:
        yield SourceError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_text(data, name, path=name)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with '{', otherwise one article."""
    yield from read_stream(stream if stream is not None else sys.stdin.buffer, "<stdin>")


def read_stream(stream: BinaryIO, origin: str, path: str | None = None, size: int | None = None) -> Iterator[Item]:
    """JSON Lines when the stream starts with '{', otherwise one article, read in bounded
    pieces: an endless or huge stream never fills memory. SIZE, when known, words the
    too-large message; PATH is the file, for an article that is a whole regular file."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if head.lstrip(b" \t\r\n" + codecs.BOM_UTF8).startswith(b"{"):
        yield from read_jsonl(stream, origin)
        return
    if b"\x00" in head and not head.startswith(tuple(bom for bom, _ in WIDE_BOMS)):
        yield SourceError(origin, "binary file (NUL bytes), not text")  # (/dev/zero would never end)
        return
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield SourceError(origin, _too_large(size) if size else _too_large_stream(stream, len(data)), len(data))
        return
    yield from read_text(data, origin, path=path)


def _too_large_stream(stream: BinaryIO, read: int) -> str:
    """The too-large message for a stream of unknown size: the rest is counted a
    megabyte at a time, up to a point (it may never end)."""
    size = read
    while size < COUNT_AT_MOST and (chunk := stream.read(1 << 20)):
        size += len(chunk)
    return _too_large(size, more=size >= COUNT_AT_MOST)


def walk(directory: str) -> Iterator[Item]:
    """Every .txt and .jsonl file below a directory, in sorted order."""
    for path in _files_below(directory):
        if isinstance(path, SourceError):
            yield path
        elif os.path.islink(path) and not os.path.exists(path):
            yield SourceError(printable(path), "broken symbolic link")
        elif os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            # Reading a FIFO found in a folder would wait forever for a writer.
            yield SourceError(printable(path), "not a regular file (a pipe, socket or device); skipped")
        else:
            yield from read_file(path)


def _files_below(directory: str) -> Iterator[str | SourceError]:
    """The paths of the article files below DIRECTORY, depth first in sorted order, and a
    SourceError for each folder that cannot be listed. A loop, not recursion, so that no
    depth of folders is too deep; links to folders are not followed (no cycles)."""
    stack = [directory]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield SourceError(printable(folder), f"cannot list: {exc.strerror or exc}")
            continue
        folders = []
        for entry in entries:
            if _is_folder(entry):
                if not entry.is_symlink():
                    folders.append(entry.path)
            elif entry.name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                yield entry.path
        stack.extend(reversed(folders))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link that loops, or a name too long to look at: not a folder to enter
        return False


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Articles and errors from every PATH given, in order; '-' is standard input."""
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin)
        elif os.path.isdir(path):
            yield from walk(path)
        elif os.path.islink(path) and not os.path.exists(path):
            yield SourceError(printable(path), "broken symbolic link")
        elif not os.path.exists(path):
            yield SourceError(printable(path), "no such file or directory")
        else:
            yield from read_file(path)


def input_size(paths: Iterable[str]) -> int | None:
    """Total bytes of the files PATHS name (for a progress bar); None when stdin is among them."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        below = _files_below(path) if os.path.isdir(path) else [path]
        total += sum(_size(p) for p in below if isinstance(p, str))
    return total


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
