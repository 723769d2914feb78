"""Reading articles from the paths a user gives: .txt, .jsonl, .json, .parquet, web pages and
WARC files (read by quotebook/web.py), directories, stdin.

Every article comes out as an ``Article``; every file or line that cannot be
read comes out as a ``SourceError`` naming where and what, so a caller can
report it on one line and go on with the rest; a file in a directory, or a
record in a WARC file, that holds no article comes out as ``Skipped``, to be
counted.

Input is streamed: JSON Lines files (quotebook.jsonl) and standard input are read a line at a
time, so memory does not grow with the size of a corpus. One article (a .txt
file or one JSON line) may be at most ``MAX_ARTICLE_BYTES``; a JSON document (an
object over several lines, an array) is read whole, and may be at most
``MAX_JSON_DOCUMENT_BYTES``.

Articles already extracted come with their ``quotes``, so that ingest stores
them without extracting again: the lines `quotebook extract --nl` prints (the
quotes of one article follow each other) and the Parquet datasets that
`python -m quotebook.spark` writes (read by quotebook.dataset).
"""
from __future__ import annotations

import codecs
import io
import json
import os
import stat
import sys
from typing import BinaryIO, Callable, Final, Iterable, Iterator, cast

from .articles import (
    EMPTY_FILE, MAX_ARTICLE_BYTES, SNIFF_BYTES, WIDE_BOMS, Article, Item, Missing, Skipped, SkippedTally, SourceError, decode,
    position_of, printable, too_large,
)
from .jsonl import read_json_document, read_jsonl, warned_once
from .paths import absent

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)  # like JSONL_SUFFIXES: JSON Lines, or one JSON document (see read_json)
GZIP_JSON_SUFFIXES = tuple(suffix + ".gz" for suffix in JSONL_SUFFIXES + JSON_SUFFIXES)  # read as they unpack
TABLE_SUFFIXES = (".csv", ".tsv")  # (refused: a table read as one text would be one article of its cells)
PARQUET_SUFFIXES = (".parquet",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
# A text or a page gzipped: read as standard input is, as the kind its name says.
GZIP_PAGE_SUFFIXES = (".txt.gz",) + tuple(suffix + ".gz" for suffix in HTML_SUFFIXES)
ARTICLE_SUFFIXES = (
    TEXT_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + GZIP_JSON_SUFFIXES + PARQUET_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES
    + GZIP_PAGE_SUFFIXES
)
# How standard input may be read (--format); "auto" tells JSON Lines, a JSON document, a web
# page and text apart.
STDIN_FORMATS = ("auto", "txt", "jsonl", "json", "html", "warc")
COUNT_AT_MOST = 256 * 1024 * 1024  # bytes of an over-long stream counted for the message
GZIP_MAGIC = b"\x1f\x8b"


def read_text(data: bytes, origin: str, path: str | None = None) -> Iterator[Item]:
    """One article from the bytes of a whole text file."""
    text, problem = decode(data)
    if text is None:
        yield SourceError(origin, problem or "not text", len(data))
    elif not text.strip():
        yield SourceError(origin, EMPTY_FILE, len(data))
    else:
        yield Article(text=text, origin=origin, path=path, nbytes=len(data), warnings=[problem] if problem else [])


def read_file(path: str) -> Iterator[Item]:
    """The articles in one file: a .txt, .jsonl, .json (either gzipped too), .parquet, web page
    or WARC file by its suffix; anything else (a pipe, `<(...)`, /dev/stdin, a name with none
    of those suffixes) as standard input is read. Gzip is unpacked whatever the name; a file
    named .gz that holds something else is read as what it holds (a browser may save a download
    unpacked under its .gz name), unless that cannot be read from its start: then one error
    says it is not gzip-compressed data."""
    if path.lower().endswith(".gz") and not_gzipped(path):
        yield from _gzip_or_readable(_read_by_name(path), printable(path), _size(path))
    else:
        yield from _read_by_name(path)


NOT_GZIPPED = "not gzip-compressed data, though its name ends in .gz"


def not_gzipped(path: str) -> bool:
    """Does the regular file PATH hold data that does not start as gzip's does?"""
    if _special(path):  # (a pipe's first bytes, once read, would be lost to the reading)
        return False
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(GZIP_MAGIC))
    except OSError:  # (reading it says why)
        return False
    return bool(start) and start != GZIP_MAGIC


def _gzip_or_readable(items: Iterator[Item], origin: str, size: int) -> Iterator[Item]:
    """ITEMS of a file named .gz that is not gzip; an error before any article (HTML, xz or
    zip data under that name: errors line after line, or `binary file`) is the file's one error."""
    for item in items:
        if isinstance(item, SourceError):
            yield SourceError(origin, NOT_GZIPPED, size)
            return
        yield item
        if isinstance(item, Article):
            break
    yield from items


def _read_by_name(path: str) -> Iterator[Item]:
    """What read_file reads, as the file's suffix says."""
    name, lower = printable(path), path.lower()
    if lower.endswith(PARQUET_SUFFIXES) and not _special(path):
        from .dataset import read_parquet

        yield from read_parquet(path, name)
        return
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            regular = stat.S_ISREG(info.st_mode)
            if regular and lower.endswith(TABLE_SUFFIXES):
                yield SourceError(name, TABLE_REFUSED)
                return
            if not regular or not lower.endswith(ARTICLE_SUFFIXES):
                # A pipe's text has no file to name it: its id comes from its text, as stdin's does.
                yield from read_stream(fh, name, path=path if regular else None, size=info.st_size if regular else None)
                return
            if lower.endswith(JSONL_SUFFIXES + JSON_SUFFIXES + GZIP_JSON_SUFFIXES):
                yield from read_json(fh, name, path, lines=lower.removesuffix(".gz").endswith(JSONL_SUFFIXES))
                return
            if lower.endswith(WARC_SUFFIXES):
                yield from _read_warc_file(fh, name)
                return
            if lower.endswith(GZIP_PAGE_SUFFIXES):
                page = lower.removesuffix(".gz").endswith(HTML_SUFFIXES)
                yield from read_stream(fh, name, path=path, fmt="html" if page else "txt")
                return
            if lower.endswith(TEXT_SUFFIXES) and _opens_json_records(fh):
                yield from warned_once(read_json(fh, name, path), JSON_IN_TXT)
                return
            data = fh.read(MAX_ARTICLE_BYTES + 1) if info.st_size <= MAX_ARTICLE_BYTES else b""
            size = max(info.st_size, len(data))
            if size > MAX_ARTICLE_BYTES:
                yield SourceError(name, too_large(size), size)
                return
    except OSError as exc:
        yield SourceError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_whole(data, name, "html" if lower.endswith(HTML_SUFFIXES) else "txt", path=path)


TABLE_REFUSED = ('a CSV or TSV table, which is not read: write the articles as JSON Lines (one object a line with a '
                 '"text" field) or Parquet')


def unreadable(path: str) -> str | None:
    """Why PATH (not '-') can give no article at all, or None: it names nothing, it is a
    table, which is refused whole, a file of nothing but blanks, or a folder with no
    article file below it."""
    problem = absent(path)
    if problem is not None:
        return problem
    if os.path.isdir(path):
        return _no_article_file(path)
    if path.lower().endswith(TABLE_SUFFIXES) and not _special(path):
        return TABLE_REFUSED
    if os.path.isfile(path) and _blank(path):
        return EMPTY_FILE
    return None


# What a folder with nothing to read holds none of (as a warning of extract and ingest says it too).
NO_ARTICLE_KINDS = "no .txt, .jsonl, .json, .html, .htm or WARC file"
NO_ARTICLE_FILE = f"{NO_ARTICLE_KINDS} in it"
BLANK_SNIFF_BYTES = 64 * 1024  # a file no longer than this is read whole to tell it holds only blanks


def _no_article_file(directory: str) -> str | None:
    """NO_ARTICLE_FILE, with what was passed over, when nothing below DIRECTORY is to be read
    (no file, or only files of other kinds); None once a file to read or a folder that
    cannot be listed (an error of the run) is found."""
    skipped = SkippedTally()
    for found in _files_below(directory):
        if not isinstance(found, Skipped):
            return None
        skipped.add(found)
    return NO_ARTICLE_FILE + skipped.text()


def _blank(path: str) -> bool:
    """Does the file at PATH hold nothing but blanks (no bytes, or empty lines)?"""
    if os.path.getsize(path) > BLANK_SNIFF_BYTES:
        return False
    try:
        with open(path, "rb") as fh:
            return not fh.read(BLANK_SNIFF_BYTES).strip()
    except OSError:  # (unreadable: reading it says why)
        return False


JSON_IN_TXT = "holds JSON articles, read as JSON (name such a file .json)"
RECORD_SNIFF_BYTES = 256 * 1024  # of a .txt, to tell whether it opens with a JSON record (an article's record is far less)


def _opens_json_records(fh: io.BufferedReader) -> bool:
    """Does the .txt file FH open with a JSON object, alone or first in an array (a scraper's
    records saved under the wrong name, which read as text would give their JSON as quotes)?
    Not a text that opens with braces or brackets of its own (`{Catatan}`, `[VIDEO]`). Only a
    file that opens with `{` or `[` has its start read and parsed (then read again from it)."""
    if not _sniffed_text(fh.peek(SNIFF_BYTES)[:SNIFF_BYTES]).lstrip().startswith((b"{", b"[")):
        return False
    start = _sniffed_text(fh.read(RECORD_SNIFF_BYTES)).decode("utf-8", "replace").lstrip()
    fh.seek(0)
    if start.startswith("["):
        start = start[1:].lstrip()
    if not start.startswith("{"):
        return False
    try:
        first, _ = json.JSONDecoder().raw_decode(start)
    except (ValueError, RecursionError):  # (no JSON, or a record longer than the head)
        return False
    return isinstance(first, dict)


def _special(path: str) -> bool:
    """Is PATH there and not a regular file (a pipe, /dev/stdin, a device)?"""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def read_whole(data: bytes, origin: str, fmt: str, path: str | None = None) -> Iterator[Item]:
    """One article from the bytes of a whole file: a web page (fmt "html") or text."""
    if fmt == "html":
        from .web import read_html

        yield from read_html(data, origin, path=path)
    else:
        yield from read_text(data, origin, path=path)


def sniff_format(head: bytes) -> str:
    """How to read standard input that starts with HEAD: JSON Lines, one JSON document
    (an object over several lines, an array), a web page, a WARC file or text."""
    start = _sniffed_text(head).lstrip(b" \t\r\n")
    if start.startswith(b"{"):
        return "json" if _object_goes_on_below(start) else "jsonl"
    if start.startswith(b"[") and start[1:].lstrip(b" \t\r\n")[:1] in (b"{", b"[", b"]", b'"'):
        return "json"  # an array (`[VIDEO] "Kami siap," kata ...` is a text)
    if start[:20].lower().startswith((b"<!doctype html", b"<html", b"<!-- saved from url=")):
        return "html"
    if start.startswith(b"WARC/"):
        return "warc"
    return "txt"


def _sniffed_text(head: bytes) -> bytes:
    """HEAD as UTF-8 without a byte order mark: UTF-16 and UTF-32 decoded (the cut end dropped)."""
    for bom, encoding in WIDE_BOMS:
        if head.startswith(bom):
            return head.decode(encoding, "ignore").encode("utf-8")
    return head.removeprefix(codecs.BOM_UTF8)


def _object_goes_on_below(start: bytes) -> bool:
    """Does the object opening START go on past its first line (as `json.dump(..., indent=2)`
    writes it), that line ending where JSON expects more? Else it is a line of JSON Lines
    (whose lines may be longer than what is sniffed, and may be broken: each its own error)."""
    line, newline, _ = start.partition(b"\n")
    if not newline:
        return False
    line = line.rstrip(b" \t\r")
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(line.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        pass
    return False


def read_stdin(stream: BinaryIO | None = None, fmt: str = "auto") -> Iterator[Item]:
    """Standard input, read as FMT (one of STDIN_FORMATS); "auto": JSON Lines when it starts
    with '{' (one JSON document when that '{' is alone on its line, or when it is an array
    of objects), a web page when it starts as one (<!DOCTYPE html>, <html>, a browser's
    "saved from" note), otherwise one article."""
    if stream is None and sys.stdin is None:  # (started with standard input closed: `<&-`)
        yield SourceError("<stdin>", "standard input is closed")
        return
    yield from read_stream(stream if stream is not None else _stdin_bytes(), "<stdin>", fmt=fmt, text_hint=fmt == "auto")


def _stdin_bytes() -> BinaryIO:
    """Standard input's bytes through a reader of its own, not sys.stdin.buffer: ingest's
    reader thread may still be waiting in it when a Ctrl-C ends the process, and Python,
    closing sys.stdin as it exits, waited for the lock that thread held on sys.stdin.buffer
    and aborted ("Fatal Python error: _enter_buffered_busy", exit -6 instead of 130)."""
    try:
        return open(sys.stdin.fileno(), "rb", closefd=False)
    except (AttributeError, OSError, ValueError):  # (no descriptor behind it: text given in memory)
        return sys.stdin.buffer


def read_stream(
    stream: BinaryIO, origin: str, path: str | None = None, size: int | None = None, fmt: str = "auto",
    text_hint: bool = False,
) -> Iterator[Item]:
    """A stream read as FMT (as read_stdin), in bounded pieces: an endless or huge stream
    never fills memory. SIZE, when known, words the too-large message; PATH is the file,
    for an article that is a whole regular file. TEXT_HINT: an error before any article of a
    stream taken for JSON or WARC by its start says how to read it as text (--format txt)."""
    # A stream that cannot be peeked at (a BytesIO, a raw pipe) is buffered to be.
    buffered = cast(io.BufferedReader, stream if hasattr(stream, "peek") else io.BufferedReader(cast(io.RawIOBase, stream)))
    head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if not head:  # (read no further: a terminal's Ctrl-D ends one read, and the next would wait for another)
        yield SourceError(origin, EMPTY_FILE)
        return
    if fmt == "auto" and _bracket_alone(head):
        buffered = _read_on_past_the_bracket(buffered)
        head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if head.startswith(GZIP_MAGIC):  # (`curl ... | quotebook ingest -`: read as FMT as it unpacks)
        yield from _gunzipped(
            buffered, origin, lambda unpacked: read_stream(unpacked, origin, path=path, fmt=fmt, text_hint=text_hint)
        )
        return
    if fmt == "auto":
        fmt = sniff_format(head)
        if fmt in ("jsonl", "json", "warc") and text_hint:
            yield from _hinted_as_text(read_stream(buffered, origin, path, size, fmt), fmt)
            return
    if fmt == "jsonl":
        yield from read_jsonl(buffered, origin)
        return
    if fmt == "json":
        yield from read_json(buffered, origin, path)
        return
    if fmt == "warc":
        from .web import read_warc

        yield from read_warc(buffered, origin)
        return
    if b"\x00" in head and not head.startswith(tuple(bom for bom, _ in WIDE_BOMS)):
        yield SourceError(origin, "binary file (NUL bytes), not text")  # (/dev/zero would never end)
        return
    data = buffered.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield SourceError(origin, too_large(size) if size else _too_large_stream(buffered, len(data)), len(data))
        return
    yield from read_whole(data, origin, fmt, path=path)


def _hinted_as_text(items: Iterator[Item], fmt: str) -> Iterator[Item]:
    """ITEMS of a stream whose start made it look like FMT; an error before any article (a
    text that opens with `{`, `[` or `WARC/`) says how to read it as the text it may be."""
    due = True  # (said once, of what could not be parsed, before any article)
    for item in items:
        if due and isinstance(item, SourceError) and item.message.startswith(UNPARSED):
            kind = "WARC" if fmt == "warc" else "JSON"
            item = SourceError(item.origin, f"{item.message} (read as {kind} by how it starts; "
                               "if it is a text, give --format txt)", item.nbytes)
            due = False
        due = due and not isinstance(item, Article)
        yield item


# How the errors of input that is not what its start made it look like begin.
UNPARSED: Final = ("not a JSON", "not a WARC")


def _bracket_alone(head: bytes) -> bool:
    """Is all that has come of the stream so far a `[` or `{` (a program that flushes it before
    the rest, an array pasted at a terminal a line at a time)? What follows tells what it is."""
    return _sniffed_text(head).strip(b" \t\r\n") in (b"[", b"{")


def _read_on_past_the_bracket(stream: io.BufferedReader) -> io.BufferedReader:
    """The stream, with what has come read on until more than the bracket has (or it ends,
    or SNIFF_BYTES have come), and given again from its start."""
    first = stream.read1(SNIFF_BYTES)
    while _bracket_alone(first) and len(first) < SNIFF_BYTES and (more := stream.read1(SNIFF_BYTES)):
        first += more
    return io.BufferedReader(_Prefixed(first, stream))


class _Prefixed(io.RawIOBase):
    """The bytes FIRST, then those of the stream REST: what was read ahead to sniff, given again."""

    def __init__(self, first: bytes, rest: io.BufferedReader) -> None:
        self.first, self.rest = first, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.first[: len(buffer)] if self.first else self.rest.read1(len(buffer))
        self.first = self.first[len(data):]
        buffer[: len(data)] = data
        return len(data)


def _too_large_stream(stream: BinaryIO, read: int) -> str:
    """The too-large message for a stream of unknown size: the rest is counted a
    megabyte at a time, up to a point (it may never end)."""
    size = read
    while size < COUNT_AT_MOST and (chunk := stream.read(1 << 20)):
        size += len(chunk)
    return too_large(size, more=size >= COUNT_AT_MOST)


def read_json(stream: io.BufferedReader, origin: str, path: str | None = None, lines: bool = False) -> Iterator[Item]:
    """A .json file, or (LINES) a .jsonl one: JSON Lines when it opens as JSON Lines (an object
    on its first line), else one JSON document, read whole (an object over several lines, an
    array, objects over several lines one after another: what a scraper writes, whatever it
    names the file). A .jsonl file is JSON Lines unless it plainly opens a document (`[`, or `{`
    alone on its first line): one broken line, a comment or a part cut by `split` is an error
    of its own line, not the file's. PATH, the file, known for the one article of a document
    that is an object. Gzip is unpacked whatever the file's name."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    if head.startswith(GZIP_MAGIC):
        yield from read_gzipped_json(stream, origin, path, lines)
    elif sniff_format(head) == "jsonl" or (lines and not _plainly_a_document(head)):
        yield from read_jsonl(stream, origin)
    else:
        yield from read_json_document(stream, origin, path)


def _plainly_a_document(head: bytes) -> bool:
    """Does HEAD open an array, or an object with `{` alone on its first line (as `json.dump(...,
    indent=2)` writes one)?"""
    start = _sniffed_text(head).lstrip(b" \t\r\n")
    return start.startswith(b"[") or start.split(b"\n", 1)[0].strip() == b"{"


def read_gzipped_json(fh: BinaryIO, origin: str, path: str | None, lines: bool) -> Iterator[Item]:
    """A gzipped .jsonl (LINES) or .json file, unpacked as it is read (see read_json)."""
    yield from _gunzipped(fh, origin, lambda unpacked: read_json(cast(io.BufferedReader, unpacked), origin, path, lines))


def _read_warc_file(fh: io.BufferedReader, origin: str) -> Iterator[Item]:
    """A WARC file. warcio reads one gzipped a record at a time, as crawlers write them (and
    says where such a file is cut), but not one gzipped whole (`gzip crawl.warc`): that one
    is unpacked here."""
    import gzip

    from .web import read_warc

    if _gzipped_whole(fh):
        yield from read_warc(cast(BinaryIO, gzip.GzipFile(fileobj=fh, mode="rb")), origin, packed=fh)
    else:
        yield from read_warc(fh, origin)


def _gzipped_whole(fh: io.BufferedReader) -> bool:
    """Does the (regular) file's first gzip member hold more than one WARC record? Its first
    megabyte is unpacked to see, and read again from the start."""
    import zlib

    if fh.peek(2)[:2] != GZIP_MAGIC:
        return False
    start = fh.tell()
    head = fh.read(1 << 20)
    fh.seek(start)
    try:
        first = zlib.decompressobj(wbits=31).decompress(head, 1 << 22)  # (one member at most, and bounded)
    except zlib.error:
        return False  # (warcio says what is wrong with it)
    return b"\r\n\r\nWARC/1." in first


def _gunzipped(fh: BinaryIO, origin: str, read: Callable[[BinaryIO], Iterator[Item]]) -> Iterator[Item]:
    """What READ gives of the gzipped stream FH as it unpacks; where FH is a file, each item's
    bytes are those of the packed file it took (the file's size is what progress counts to).
    Damaged data is one error after the items before it."""
    import gzip
    import zlib

    done, position = 0, position_of(fh)
    try:
        for item in read(cast(BinaryIO, gzip.GzipFile(fileobj=fh, mode="rb"))):
            now = position_of(fh)
            if now is not None and position is not None:
                item.nbytes, position = max(now - position, 0), now
            done += 1
            yield item
    except (OSError, EOFError, zlib.error) as exc:  # (gzip.BadGzipFile is an OSError)
        yield _damaged_gzip(origin, done, exc)


def _damaged_gzip(origin: str, done: int, exc: Exception) -> SourceError:
    import gzip

    if isinstance(exc, gzip.BadGzipFile) and not done:
        return SourceError(origin, f"not gzip-compressed data: {exc}")
    after = f" after {done} article{'s' if done != 1 else ''}" if done else ""
    return SourceError(origin, f"damaged gzip data{after}: {exc}")


def walk(directory: str) -> Iterator[Item]:
    """Every file of an article format below a directory, in sorted order; any other file Skipped,
    and the folder of resources a browser saves beside a page (PAGE_files) Skipped whole."""
    for found in _files_below(directory):
        if isinstance(found, (SourceError, Skipped)):
            yield found
        elif problem := absent(found):
            yield SourceError(printable(found), problem)
        elif not stat.S_ISREG(os.stat(found).st_mode):
            # Reading a FIFO found in a folder would wait forever for a writer.
            yield SourceError(printable(found), "not a regular file (a pipe, socket or device); skipped")
        else:
            yield from read_file(found)


def _files_below(directory: str) -> Iterator[str | SourceError | Skipped]:
    """The paths of the article files below DIRECTORY, depth first in sorted order, a Skipped
    for each other file and each folder of a saved page's resources, and a SourceError for
    each folder that cannot be listed. A loop, not recursion, so that no depth of folders
    is too deep; links to folders are not followed (no cycles)."""
    stack = [directory]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield SourceError(printable(folder), f"cannot list: {exc.strerror or exc}")
            continue
        is_folder = {entry.name: _is_folder(entry) for entry in entries}
        resources = saved_page_resources(
            [n for n, f in is_folder.items() if f], [n for n, f in is_folder.items() if not f]
        )
        folders = []
        for entry in entries:
            if entry.name in resources:
                yield Skipped(printable(entry.path), "folder of a saved page", entry.name)
            elif is_folder[entry.name] and entry.name == "__MACOSX":
                yield Skipped(printable(entry.path), "macOS metadata", entry.name)  # (what a Mac's zip holds beside the files)
            elif is_folder[entry.name] and entry.name.startswith("."):
                yield Skipped(printable(entry.path), "hidden folder", entry.name)  # (`.git`: old copies of the articles)
            elif is_folder[entry.name]:
                if not entry.is_symlink():
                    folders.append(entry.path)
            elif hadoop_bookkeeping(entry.name):
                continue
            elif entry.name.startswith("._"):
                # (`._story.txt`: the resource fork macOS writes beside each file on a drive it
                # does not own; binary, no article, an error of its own when read)
                yield Skipped(printable(entry.path), "macOS metadata", "._*")
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                yield entry.path
            else:
                yield Skipped(printable(entry.path), "not an article format", file_kind(entry.name))
        stack.extend(reversed(folders))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link that loops, or a name too long to look at: not a folder to enter
        return False


def hadoop_bookkeeping(name: str) -> bool:
    """_SUCCESS and .NAME.crc: what Spark writes beside the part files of a Parquet dataset."""
    return name == "_SUCCESS" or (name.startswith(".") and name.endswith(".crc"))


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
        elif problem := absent(path):
            yield Missing(printable(path), problem)
        else:
            yield from read_file(path)



def paced(paths: Iterable[str], stdin: BinaryIO | None = None) -> bool:
    """Does the input come at a pace of its own: standard input or a path that is not
    a file (a pipe, a terminal), whose next article may be long in coming? A file,
    a folder (whose pipes are skipped) or standard input read from a file is all there."""
    for path in paths:
        if path == "-":
            try:
                stream = stdin if stdin is not None else sys.stdin.buffer
                if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                    return True
            except (OSError, ValueError, AttributeError):
                continue  # no file behind it (text given in memory, or none: closed): all there
        elif _special(path):
            return True
    return False


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
