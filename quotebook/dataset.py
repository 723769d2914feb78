"""Articles with their quotes as one table: what `python -m quotebook.spark` writes and `quotebook ingest` reads.

One row per article, in Parquet (a directory of part files, as Spark writes
it), with the columns of ``SCHEMA``:

    article_id                       the article's id in the index, as `quotebook
                                     extract --nl` prints it (quotebook.ids)
    id, url, title, date, source     the article as given
    outlet, dateline, reporter,      as given, else as read from the text (quotebook.meta)
    editor, year, related
    text                             the article's text
    quotes                           a list of structs with the fields of
                                     `quotebook extract --nl` (less article_id)
    warnings                         what reading the article warned of
    error                            why the article could not be read or extracted, else null

So one dataset carries all the store needs for an article (an article without
quotes is a row too), and `quotebook ingest DATASET` stores it as it stores the
articles themselves: same ids, same speakers, same idempotence, no extraction.

Reading needs pyarrow (``pip install 'quotebook[spark]'``); a file that is not
Parquet, or a table without a ``text`` column, is one clear error. A Parquet
table of articles without a ``quotes`` column is read as articles to extract.
"""
from __future__ import annotations

import os
from dataclasses import fields
from typing import Iterator

from .articles import Article, Item, SourceError
from .ingest import extract_text, merged_meta
from .jsonl import article_from_dict
from .model import Quote

QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
BATCH_ROWS = 256  # rows read at a time: memory stays flat however large a part file


def schema():
    """The Arrow schema of the dataset (pyarrow is imported only when it is needed)."""
    import pyarrow as pa

    text, number = pa.string(), pa.int32()
    quote = pa.struct([
        ("quote", text), ("start", number), ("end", number), ("speaker", text), ("speaker_mention", text),
        ("title", text), ("cue", text), ("kind", text), ("paragraph", number),
    ])
    return pa.schema([
        ("article_id", text), ("id", text), ("url", text), ("title", text), ("date", text), ("source", text),
        ("outlet", text), ("dateline", text), ("reporter", text), ("editor", text), ("year", number),
        ("related", pa.list_(text)), ("text", text), ("quotes", pa.list_(quote)),
        ("warnings", pa.list_(text)), ("error", text),
    ])


# ---------------------------------------------------------------------------
# Writing: one input record (a JSON line, a row of a crawl's table) -> one row


def article_row(record: dict, *, indirect: bool = False) -> dict:
    """The dataset's row for one article record, extracted as `quotebook ingest` does (with ``indirect``,
    as `quotebook extract --indirect`)."""
    if record.get("_corrupt_record"):  # Spark's mark for a line that is not JSON
        return _failed(record, "not a JSON object")
    item = article_from_dict(record, "")
    if not isinstance(item, Article):
        return _failed(record, item.message if isinstance(item, SourceError) else item.reason)
    meta, quotes, error = extract_text(item.text, indirect)
    return {
        "article_id": item.article_id, "id": item.id,
        "url": item.url, "title": item.title, "date": item.date, "source": item.source,
        **merged_meta(item.meta, meta),
        "text": item.text,
        "quotes": [q.to_dict() for q in quotes],
        "warnings": item.warnings,
        "error": error,
    }


def _failed(record: dict, error: str) -> dict:
    given = {k: record.get(k) for k in ("id", "url", "title", "date", "source")}  # article_id: none
    text = record.get("text")
    return {
        **{k: str(v) if v is not None else None for k, v in given.items()},
        "text": text if isinstance(text, str) else None, "quotes": [], "related": [], "warnings": [], "error": error,
    }


# ---------------------------------------------------------------------------
# Reading: a Parquet file -> articles with their quotes, for ingest


def read_parquet(path: str, name: str) -> Iterator[Item]:
    """The articles of one Parquet file, a batch of rows at a time."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield SourceError(name, "reading Parquet needs pyarrow: pip install 'quotebook[spark]'")
        return
    try:
        table = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield SourceError(name, f"not a Parquet file ({exc})")
        return
    if "text" not in table.schema_arrow.names:
        yield SourceError(name, 'no "text" column: not a table of articles')
        return
    per_row = os.path.getsize(path) // max(1, table.metadata.num_rows)
    number = 0
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            for record in batch.to_pylist():
                number += 1
                yield from_row(record, f"{name}:{number}", per_row)
    except (OSError, pa.ArrowException) as exc:
        yield SourceError(name, f"cannot read past row {number}: {exc}")


def from_row(record: dict, where: str, nbytes: int = 0) -> Item:
    """The article one row gives, with its quotes when the row has them."""
    if record.get("error"):
        return SourceError(where, record["error"], nbytes)
    item = article_from_dict(record, where, nbytes)
    if not isinstance(item, Article) or record.get("quotes") is None:
        return item
    try:
        item.quotes = [Quote(**{name: found[name] for name in QUOTE_FIELDS}) for found in record["quotes"]]
    except (KeyError, TypeError):
        return SourceError(where, f"quotes without the fields {', '.join(QUOTE_FIELDS)}", nbytes)
    item.warnings += record.get("warnings") or []
    return item
