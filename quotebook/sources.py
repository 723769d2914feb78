"""Reading articles from the paths a user gives: .txt, .jsonl, web pages and WARC
files (read by quotebook/web.py), directories, stdin.

Every article comes out as an ``Article``; every file or line that cannot be
read comes out as a ``SourceError`` naming where and what, so a caller can
report it on one line and go on with the rest; a file in a directory, or a
record in a WARC file, that holds no article comes out as ``Skipped``, to be
counted.

Input is streamed: JSON Lines files and standard input are read a line at a
time, so memory does not grow with the size of a corpus. One article (a .txt
file or one JSON line) may be at most ``MAX_ARTICLE_BYTES``.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import BinaryIO, Iterable, Iterator, Union, cast

from . import ids

ARTICLE_FIELDS = ("id", "url", "title", "date", "source")
ID_FIELDS = ("id", "url")  # what an article is known by (quotebook.ids): strings only, `1` is not `"1"`
# Metadata a JSON line may give; the rest is read from the article text.
META_FIELDS = ("outlet", "dateline", "reporter", "editor", "year", "related")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES
# How standard input may be read (--format); "auto" tells JSON Lines, a web page and text apart.
STDIN_FORMATS = ("auto", "txt", "jsonl", "html", "warc")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 8192
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

    @cached_property
    def content_hash(self) -> str:
        return ids.content_hash(self.text)

    @property
    def article_id(self) -> str:
        """The id the article is stored under (quotebook.ids)."""
        return ids.article_id(given=self.id or self.url, path=self.path, text_hash=self.content_hash)


@dataclass
class SourceError:
    origin: str
    message: str
    nbytes: int = 0

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


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


def _too_large(size: int) -> str:
    return (
        f"too large for one article ({size / 1048576:.1f} MB, the limit is "
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
    for key in ID_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            return SourceError(where, f'"{key}" must be a string, found {json_kind(record[key])}', nbytes)
    body = record.get("text")
    if not isinstance(body, str) and isinstance(record.get("html"), str):
        from .web import record_page

        return record_page(record, where, nbytes)
    if not isinstance(body, str):
        return SourceError(where, 'no "text" string in this line', nbytes)
    if not body.strip():
        return SourceError(where, 'the "text" is empty', nbytes)
    fields = record_fields(record)
    meta, warnings = _meta_from_record(record)
    return Article(text=body, origin=where, meta=meta, nbytes=nbytes, warnings=warnings, **fields)


def record_fields(record: dict) -> dict:
    """The ARTICLE_FIELDS of a JSON line, as text (None where it does not give them)."""
    return {k: (str(record[k]) if record.get(k) is not None else None) for k in ARTICLE_FIELDS}


def json_kind(value: object) -> str:
    """What a JSON value is, in words: `an object`, `an array`, `a number`, `true or false`."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return {"dict": "an object", "list": "an array"}.get(type(value).__name__, type(value).__name__)


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
            warnings.append(f'"{name}" ignored: {json_kind(value)}, not text')
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


def read_jsonl(stream: io.BufferedReader, origin: str) -> Iterator[Item]:
    """The articles in a JSON Lines stream (buffered, so it can be peeked), one line at a time."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    empty = True
    if head.startswith(tuple(bom for bom, _ in WIDE_BOMS)):
        # Rare enough to read whole: UTF-16 and UTF-32 cannot be split into lines byte-wise.
        whole, problem = decode(stream.read())
        if whole is None:
            yield SourceError(origin, problem or "not text")
            return
        for number, entry in enumerate(whole.splitlines(), 1):
            if entry.strip():
                empty = False
                yield _article_from_record(entry, f"{origin}:{number}", len(entry))
    elif b"\x00" in head:
        yield SourceError(origin, "binary file (NUL bytes), not text")
        return
    else:
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
    """The articles in one .txt, .jsonl, web page or WARC file (by suffix; anything else is read as .txt)."""
    name = printable(path)
    try:
        with open(path, "rb") as fh:
            if path.lower().endswith(JSONL_SUFFIXES):
                yield from read_jsonl(fh, name)
                return
            if path.lower().endswith(WARC_SUFFIXES):
                from .web import read_warc

                yield from read_warc(fh, name)
                return
            size = os.fstat(fh.fileno()).st_size  # 0 for a pipe: read no more than the limit either way
            data = fh.read(MAX_ARTICLE_BYTES + 1) if size <= MAX_ARTICLE_BYTES else b""
            size = max(size, len(data))
            if size > MAX_ARTICLE_BYTES:
                yield SourceError(name, _too_large(size), size)
                return
    except OSError as exc:
        yield SourceError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_whole(data, name, "html" if path.lower().endswith(HTML_SUFFIXES) else "txt", path=path)


def read_whole(data: bytes, origin: str, fmt: str, path: str | None = None) -> Iterator[Item]:
    """One article from the bytes of a whole file: a web page (fmt "html") or text."""
    if fmt == "html":
        from .web import read_html

        yield from read_html(data, origin, path=path)
    else:
        yield from read_text(data, origin, path=path)


def sniff_format(head: bytes) -> str:
    """How to read standard input that starts with HEAD: JSON Lines, a web page or text."""
    start = head.lstrip(b" \t\r\n" + codecs.BOM_UTF8)
    if start.startswith(b"{"):
        return "jsonl"
    if start[:20].lower().startswith((b"<!doctype html", b"<html", b"<!-- saved from url=")):
        return "html"
    return "txt"


def read_stdin(stream: BinaryIO | None = None, fmt: str = "auto") -> Iterator[Item]:
    """Standard input, read as FMT (one of STDIN_FORMATS); "auto": JSON Lines when it starts
    with '{', a web page when it starts as one (<!DOCTYPE html>, <html>, a browser's
    "saved from" note), otherwise one article."""
    given = stream if stream is not None else sys.stdin.buffer
    # A stream that cannot be peeked at (a BytesIO, a raw pipe) is buffered to be.
    buffered = cast(io.BufferedReader, given if hasattr(given, "peek") else io.BufferedReader(cast(io.RawIOBase, given)))
    if fmt == "auto":
        fmt = sniff_format(buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if fmt == "jsonl":
        yield from read_jsonl(buffered, "<stdin>")
        return
    if fmt == "warc":
        from .web import read_warc

        yield from read_warc(buffered, "<stdin>")
        return
    data = buffered.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield SourceError("<stdin>", _too_large(len(data) + len(buffered.read())))
        return
    yield from read_whole(data, "<stdin>", fmt)


def walk(directory: str) -> Iterator[Item]:
    """Every file of an article format below a directory, in sorted order; any other file Skipped,
    and the folder of resources a browser saves beside a page (PAGE_files) Skipped whole."""
    def on_error(exc: OSError) -> None:
        errors.append(SourceError(printable(exc.filename or directory), f"cannot list: {exc.strerror or exc}"))

    errors: list[SourceError] = []
    for root, dirs, names in os.walk(directory, onerror=on_error):
        dirs.sort()
        yield from errors
        errors.clear()
        for resources in saved_page_resources(dirs, names):
            dirs.remove(resources)
            yield Skipped(printable(os.path.join(root, resources)), "folder of a saved page", resources)
        for name in sorted(names):
            if not name.lower().endswith(ARTICLE_SUFFIXES):
                yield Skipped(printable(os.path.join(root, name)), "not an article format", file_kind(name))
                continue
            path = os.path.join(root, name)
            if os.path.islink(path) and not os.path.exists(path):
                yield SourceError(printable(path), "broken symbolic link")
            elif os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
                # Reading a FIFO found in a folder would wait forever for a writer.
                yield SourceError(printable(path), "not a regular file (a pipe, socket or device); skipped")
            else:
                yield from read_file(path)
    yield from errors


def saved_page_resources(dirs: list[str], names: list[str]) -> list[str]:
    """The folders NAME_files beside a NAME.html (or .htm): what "Save page as" stores with a page."""
    pages = {os.path.splitext(name)[0] for name in names if name.lower().endswith(HTML_SUFFIXES)}
    return [d for d in dirs if d.endswith("_files") and d[: -len("_files")] in pages]


def file_kind(name: str) -> str:
    """`.png` for photo.PNG; the whole name for a file without a suffix."""
    suffix = os.path.splitext(name)[1].lower()
    return suffix if suffix and name != suffix else name


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None, stdin_format: str = "auto") -> Iterator[Item]:
    """Articles and errors from every PATH given, in order; '-' is standard input, read as STDIN_FORMAT."""
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin, stdin_format)
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
        if os.path.isdir(path):
            for root, _dirs, names in os.walk(path):
                for name in names:
                    if name.lower().endswith(ARTICLE_SUFFIXES):
                        total += _size(os.path.join(root, name))
        else:
            total += _size(path)
    return total


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
