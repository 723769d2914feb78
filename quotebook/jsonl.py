"""Articles from JSON Lines, read a line at a time: one article a line (its text or html,
ARTICLE_FIELDS, META_FIELDS), or the quote lines `quotebook extract --nl` prints, joined
into one article known by its quotes.
"""
from __future__ import annotations

import io
import json
import sys
from typing import Any, BinaryIO, Iterable, Iterator, cast

from .articles import (
    ARTICLE_FIELDS, EMPTY_FILE, ID_FIELDS, LONE_SURROGATE, MAX_ARTICLE_BYTES, META_FIELDS, SNIFF_BYTES, WIDE_BOMS, Article,
    Item, QuotedArticle, SourceError, decode, too_large,
)
from .model import Quote


def _article_from_record(line: str, where: str, nbytes: int) -> Item:
    record, problem = parsed_json(line)
    if problem:
        return SourceError(where, f"not a JSON object: {problem}", nbytes)
    return _item_from_record(record, where, nbytes, _may_hold_surrogates(line))


def _may_hold_surrogates(json_text: str) -> bool:
    """Text decoded from bytes holds no surrogate: only a \\uD8xx-\\uDFxx escape in the JSON makes one."""
    return "\\ud" in json_text or "\\uD" in json_text


def _item_from_record(record: object, where: str, nbytes: int, surrogates: bool) -> Item:
    """What one JSON value read as a record gives: an article, a quote of `extract --nl` or `--json`, or an error."""
    if not isinstance(record, dict):
        return SourceError(where, f"expected a JSON object, found {json_kind(record)}", nbytes)
    if "text" not in record and "quote" in record and "article_id" in record:
        return _quote_line(record, where, nbytes)
    return article_from_dict(record, where, nbytes, surrogates=surrogates)


def parsed_json(text: str, lines: bool = False) -> tuple[Any, str | None]:
    """(json.loads(text), None), or (None, what is wrong and where, in one phrase: see _json_error)."""
    try:
        return json.loads(text), None
    except (ValueError, RecursionError) as exc:  # (ValueError: also a number Python will not read)
        return None, _json_error(exc, lines)


def article_from_dict(record: dict, where: str, nbytes: int = 0, surrogates: bool = True) -> Item:
    """The article one record gives (a JSON line, a row of a table): its text, ARTICLE_FIELDS and META_FIELDS.
    ``surrogates=False`` says no field can hold half of a UTF-16 pair, so none is searched for one."""
    if surrogates and (problem := _lone_surrogate(record, ("text", "html") + ARTICLE_FIELDS + META_FIELDS)):
        return SourceError(where, problem, nbytes)
    for key in ID_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            found = json_kind(record[key]) + _as_a_string(key, record[key])
            return SourceError(where, f'"{key}" must be a string, found {found}', nbytes)
    body = record.get("text")
    if not isinstance(body, str) and isinstance(record.get("html"), str):
        from .web import record_page

        return record_page(record, where, nbytes)
    if not isinstance(body, str):
        return SourceError(where, _no_text(record), nbytes)
    if not body.strip():
        return SourceError(where, 'the "text" is empty', nbytes)
    fields = record_fields(record)
    meta, warnings = meta_from_record(record)
    return Article(text=body, origin=where, meta=meta, nbytes=nbytes, warnings=warnings, **fields)


def _no_text(record: dict) -> str:
    """What is wrong with a record that gives no text: its "text" of another kind, or none, and
    then where the articles may be (a wrapper, `{"articles": [...]}`) or what fields it has."""
    if record.get("text") is not None:
        return f'"text" must be a string, found {json_kind(record["text"])}'
    for key, value in record.items():
        if isinstance(value, list) and value and all(isinstance(entry, dict) and "text" in entry for entry in value[:10]):
            how = f" (jq -c '.{key}[]' FILE > articles.jsonl)" if key.isidentifier() else ""
            return f'no "text" string; its "{key}" is an array of articles: give them as an array or as JSON Lines{how}'
    given = [key for key, value in record.items() if value is not None]  # (a table's row has every column)
    named = ", ".join(f'"{key}"' for key in given[:6]) + (", ..." if len(given) > 6 else "")
    return f'no "text" string (its fields: {named})' if given else 'no "text" string (an empty object)'


QUOTE_TYPES: dict[str, type | tuple[type, ...]] = {
    "quote": str, "start": int, "end": int, "speaker": (str, type(None)), "speaker_mention": (str, type(None)),
    "title": (str, type(None)), "cue": (str, type(None)), "kind": str, "paragraph": int,
}


def _quote_line(record: dict, where: str, nbytes: int) -> Item:
    """One line of `quotebook extract --nl`: a quote of the article ``article_id``, as an article without text."""
    if problem := _lone_surrogate(record, ("article_id",) + tuple(QUOTE_TYPES)):
        return SourceError(where, problem, nbytes)
    wrong = [name for name, kind in QUOTE_TYPES.items() if not isinstance(record.get(name), kind)]
    if wrong or not isinstance(record["article_id"], str) or not record["article_id"]:
        named = ", ".join(f'"{name}"' for name in (wrong or ["article_id"]))
        return SourceError(where, f"a quote of quotebook extract, but {named} missing or of the wrong type", nbytes)
    quote = Quote(**{name: record[name] for name in QUOTE_TYPES})
    return QuotedArticle(text="", origin=where, id=record["article_id"], nbytes=nbytes, quotes=[quote])


def join_quote_lines(items: Iterator[Item]) -> Iterator[Item]:
    """The quote lines of one article (extract --nl prints them one after another) as one
    article; a line of an article whose quotes came before others' an error (it replaced them)."""
    held: QuotedArticle | None = None
    done: set[str] = set()  # (the ids of the articles given whole)
    for item in items:
        if held is not None and isinstance(item, QuotedArticle) and item.id == held.id:
            held.quotes = (held.quotes or []) + (item.quotes or [])
            held.nbytes += item.nbytes
            continue
        if held is not None:
            done.add(cast(str, held.id))
            yield held
            held = None
        if isinstance(item, QuotedArticle) and item.id in done:
            yield SourceError(item.origin, f'a quote of the article "{item.id}" after other articles\' quotes: the '
                              "quote lines of one article must follow each other, as extract --nl prints them "
                              "(sort the lines by article_id)", item.nbytes)
        elif isinstance(item, QuotedArticle):
            held = item
        else:
            yield item
    if held is not None:
        yield held


def record_fields(record: dict) -> dict:
    """The ARTICLE_FIELDS of a JSON line, as text (None where it does not give them)."""
    return {k: (str(record[k]) if record.get(k) is not None else None) for k in ARTICLE_FIELDS}


def _as_a_string(key: str, value: object) -> str:
    """How to write a number given as an id as the string it is meant to be (`1` and `"1"` are
    two ids, so none is taken for the other)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f': write it in quotes, "{key}": "{json.dumps(value)}"'
    return ""


def json_kind(value: object) -> str:
    """What a JSON value is, in words: `an object`, `an array`, `a number`, `true or false`."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return {"dict": "an object", "list": "an array", "str": "a string"}.get(type(value).__name__, type(value).__name__)


def _lone_surrogate(record: dict, names: Iterable[str]) -> str | None:
    """Why a record cannot be read when one of its fields NAMES holds half of a UTF-16 pair
    (JSON's \\uXXXX escapes allow it), which is not text and cannot be stored or printed."""
    for name in names:
        value = record.get(name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and (found := LONE_SURROGATE.search(item)):
                escape = found.group().encode("unicode_escape").decode("ascii")
                return f'"{name}" holds {escape}, half of a UTF-16 pair, which is not text'
    return None


def meta_from_record(record: dict) -> tuple[dict, list[str]]:
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


def read_jsonl(stream: io.BufferedReader, origin: str) -> Iterator[Item]:
    """The articles in a JSON Lines stream (buffered, so it can be peeked), one line at a time."""
    yield from join_quote_lines(_jsonl_items(stream, origin))


def _jsonl_items(stream: io.BufferedReader, origin: str) -> Iterator[Item]:
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    empty = True
    if head.startswith(tuple(bom for bom, _ in WIDE_BOMS)):
        # Rare enough to read whole: UTF-16 and UTF-32 cannot be split into lines byte-wise
        # (as a JSON document is, bounded the same: standard input may never end).
        data = stream.read(MAX_JSON_DOCUMENT_BYTES + 1)
        if len(data) > MAX_JSON_DOCUMENT_BYTES:
            yield SourceError(origin, f"too large for JSON Lines in UTF-16 or UTF-32 (over {MAX_JSON_DOCUMENT_BYTES // 1048576} MB, "
                              "read whole): write them in UTF-8", len(data))
            return
        whole, problem = decode(data)
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
        if b"\r" in head and b"\n" not in head:  # lines that end with CR alone (old Mac files)
            stream = _CarriageReturnLines(stream)  # type: ignore[assignment]
        for number, (line, size) in enumerate(_lines(stream), 1):
            where = f"{origin}:{number}"
            if line is None:
                empty = False
                yield SourceError(where, too_large(size), size)
                continue
            if not line.strip():
                continue
            text, problem = decode(line)
            if text is not None and not text.strip(JSON_BLANKS):
                continue  # (a byte order mark alone)
            empty = False
            if text is None:
                yield SourceError(where, problem or "not text", size)
                continue
            item = _article_from_record(text.rstrip("\r\n"), where, size)
            if problem and isinstance(item, Article):
                item.warnings.append(problem)
            yield item
    if empty:
        yield SourceError(origin, EMPTY_FILE)


# A JSON document is read whole (JSON Lines are read a line at a time): at most this many bytes.
MAX_JSON_DOCUMENT_BYTES = 20 * MAX_ARTICLE_BYTES
JSON_BLANKS = " \t\n\r"


def read_json_document(stream: BinaryIO, origin: str, path: str | None = None) -> Iterator[Item]:
    """The articles of one JSON document, read whole: an article object written over several
    lines (as `json.dump(article, indent=2)` writes it; a whole file, known by its PATH when it
    gives no id or url, as a .txt article is), or an array of article objects, or of the quote
    objects `quotebook extract --json` prints (each article's joined wherever they stand), or
    objects one after another (a scraper appending each article to one file). The entries of
    an array, or those objects, are named ORIGIN:N, N counting from 1, and read one at a time:
    those before a damaged one are kept."""
    data = stream.read(MAX_JSON_DOCUMENT_BYTES + 1)
    size = len(data)
    if size > MAX_JSON_DOCUMENT_BYTES:
        yield SourceError(origin, f"too large for a JSON document (over {MAX_JSON_DOCUMENT_BYTES // 1048576} MB, read whole): "
                          "write its articles as JSON Lines, one a line (.jsonl)", size)
        return
    text, problem = decode(data)
    del data  # (the bytes are not held while the articles are read)
    if text is None:
        yield SourceError(origin, problem or "not text", size)
        return
    if not text.strip(JSON_BLANKS):  # (nothing, or a byte order mark alone)
        yield SourceError(origin, EMPTY_FILE, size)
        return
    items = _document_items(json_records(text, origin), origin, size / len(text), _may_hold_surrogates(text), path)
    yield from _with_the_rest(_joined_by_article(warned_once(items, problem)), size)


# A record of a JSON document: its value, the name it is known by, and the characters it took.
Record = tuple[Any, str, int]


def json_records(text: str, origin: str) -> Iterator[Record | SourceError]:
    """The records of one JSON document: the entries of an array, objects standing one after
    another, or the one value the document is (named ORIGIN; the others ORIGIN:N, N counting
    from 1); a SourceError where the document breaks off, after the records before it."""
    start = _past_json_blanks(text, 0)
    if start == len(text):
        yield SourceError(origin, EMPTY_FILE)
        return
    in_array = text[start] == "["
    record, wrong = (None, None) if in_array else parsed_json(text, lines=True)
    if in_array or (wrong or "").startswith("Extra data"):  # (an array, or objects one after another)
        yield from _entries(text, start, origin, in_array)
    elif wrong:
        yield SourceError(origin, f"not a JSON document: {wrong}")
    else:
        yield record, origin, len(text)


def _document_items(
    records: Iterable[Record | SourceError], origin: str, bytes_a_character: float, surrogates: bool, path: str | None
) -> Iterator[Item]:
    """What each record of the document ORIGIN gives; its one article, if the document is one
    object (the record named ORIGIN), known by its PATH when it gives no id or url (as a .txt
    article is)."""
    for found in records:
        if isinstance(found, SourceError):
            yield found
            continue
        record, where, characters = found
        item = _within_article_limit(_item_from_record(record, where, round(characters * bytes_a_character), surrogates))
        if where == origin and isinstance(item, Article) and not isinstance(item, QuotedArticle):
            item.path = path
        yield item


def _entries(text: str, start: int, origin: str, in_array: bool) -> Iterator[Record | SourceError]:
    """Each entry of the JSON array opening at START, or (not IN_ARRAY) each of the values
    standing one after another from START, parsed one at a time; an error where the
    document breaks off, after the entries before it."""
    decoder = json.JSONDecoder()
    pos = _past_json_blanks(text, start + 1) if in_array else start
    if in_array and text.startswith("]", pos):
        yield SourceError(origin, "an empty JSON array, no article in it")
        return
    n, taken = 0, start  # (the characters the entries before took, brackets and commas too)
    while True:
        try:
            record, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            yield SourceError(origin, f"not a JSON document: {_json_error(exc, lines=True)}{_after(n)}")
            return
        n += 1
        end = _past_json_blanks(text, end)
        stop = end + 1 if in_array else end  # (past the comma or bracket after it)
        yield record, f"{origin}:{n}", stop - taken
        taken = stop
        if not in_array:
            if end == len(text):
                return
            pos = end
            continue
        if text.startswith(",", end):
            pos = _past_json_blanks(text, end + 1)
            continue
        if not text.startswith("]", end):
            yield SourceError(origin, f"not a JSON document: Expecting ',' delimiter at {_line_and_column(text, end)}{_after(n)}")
        elif (rest := _past_json_blanks(text, end + 1)) < len(text):
            yield SourceError(origin, f"not a JSON document: Extra data at {_line_and_column(text, rest)}")
        return


def _after(n: int) -> str:
    return f" (the {n} entr{'y' if n == 1 else 'ies'} before it read)" if n else ""


def _json_error(exc: ValueError | RecursionError, lines: bool) -> str:
    """What is wrong with JSON that cannot be read, and where: `Expecting value at column 1`,
    `at line 3 column 5` in a document of several LINES."""
    if isinstance(exc, json.JSONDecodeError):
        reason = exc.msg if exc.msg.endswith(" at") else exc.msg + " at"  # json's own messages vary
        return f"{reason} line {exc.lineno} column {exc.colno}" if lines else f"{reason} column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"a number of more than {sys.get_int_max_str_digits()} digits"  # (Python reads none longer)


def _line_and_column(text: str, pos: int) -> str:
    return f"line {text.count(chr(10), 0, pos) + 1} column {pos - text.rfind(chr(10), 0, pos)}"


def _past_json_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in JSON_BLANKS:
        pos += 1
    return pos


def warned_once(items: Iterable[Item], problem: str | None) -> Iterator[Item]:
    """The items, PROBLEM (one warning for the whole file: its decoding) on the first article."""
    for item in items:
        if problem and isinstance(item, Article):
            item.warnings.append(problem)
            problem = None
        yield item


def _joined_by_article(items: Iterable[Item]) -> Iterator[Item]:
    """The items, the quotes of each article (QuotedArticle) joined wherever they stand,
    given after the rest (sorted by speaker, say, an article's quotes are apart)."""
    held: dict[str, QuotedArticle] = {}
    for item in items:
        if not isinstance(item, QuotedArticle):
            yield item
        elif (joined := held.get(cast(str, item.id))) is None:
            held[cast(str, item.id)] = item
        else:
            joined.quotes = (joined.quotes or []) + (item.quotes or [])
            joined.nbytes += item.nbytes
    yield from held.values()


def _with_the_rest(items: Iterable[Item], total: int) -> Iterator[Item]:
    """The items, the last counting the bytes the others leave of TOTAL (a progress bar ends
    at the file's size, the entries' shares being rounded)."""
    last: Item | None = None
    counted = 0
    for item in items:
        if last is not None:
            yield last
        counted += item.nbytes
        last = item
    if last is not None:
        last.nbytes += max(total - counted, 0)
        yield last


def _within_article_limit(item: Item) -> Item:
    """The item, or an error for an article whose text is over the limit one article has
    (a JSON line or a text file is held to it as it is read)."""
    if isinstance(item, Article) and len(item.text) > MAX_ARTICLE_BYTES // 4:
        size = len(item.text.encode("utf-8"))
        if size > MAX_ARTICLE_BYTES:
            return SourceError(item.origin, too_large(size), item.nbytes)
    return item
