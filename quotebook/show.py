"""`quotebook show QUOTE_ID`: one stored quote in its article.

The speaker and title, the outlet, date, article title and URL, then the
paragraph that holds the quote with the quote highlighted. Colour only when
standard output is a terminal and ``NO_COLOR`` is not set (no-color.org).
"""
from __future__ import annotations

import os
import textwrap

from .output import safe_for_terminal

HIGHLIGHT = ("\033[1;33m", "\033[0m")  # bold yellow, then back to normal
_OPEN, _CLOSE = "\x01", "\x02"  # marks around the quote while the paragraph is wrapped


def find(store, quote_id: int) -> dict | None:
    """The quote QUOTE_ID with its speaker, article and the paragraph around it; None if there is none."""
    row = store.conn.execute(
        """
        SELECT quotes.id, quotes.quote, quotes.title, quotes.date, quotes.kind, quotes.cue, quotes.start, quotes."end",
          quotes.paragraph, quotes.article_id, coalesce(speakers.name, quotes.speaker_name) AS speaker,
          coalesce(articles.outlet, articles.source) AS outlet, articles.title AS article_title, articles.url,
          articles.text
        FROM quotes JOIN articles ON articles.id = quotes.article_id
        LEFT JOIN speakers ON speakers.id = quotes.speaker_id
        WHERE quotes.id = ?
        """,
        [quote_id],
    ).fetchone()
    if row is None:
        return None
    names = ("id", "quote", "title", "date", "kind", "cue", "start", "end", "paragraph", "article_id", "speaker",
             "outlet", "article_title", "url", "text")
    record = dict(zip(names, row))
    text = record.pop("text") or ""
    record["text_stored"] = bool(text)
    if not text:  # stored from extracted records (`extract --nl`, Parquet): the quote is all there is
        record["context"], record["context_start"] = record["quote"], 0
        return record
    first = text.rfind("\n", 0, record["start"]) + 1
    last = text.find("\n", record["end"])
    record["context"] = text[first: last if last >= 0 else len(text)].strip("\r")
    record["context_start"] = record["start"] - first  # where the quote starts in the context
    return record


def colour_wanted(stream) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def render(record: dict, width: int, colour: bool) -> str:
    """The quote in its article, as lines at most WIDTH wide (colour codes aside)."""
    who = record["speaker"] or "(speaker not found)"
    lines = [who + (f", {record['title']}" if record["title"] else "")]
    published = " · ".join(str(x) for x in (record["outlet"], record["date"]) if x)
    if published:  # (an article stored from extracted quotes has neither)
        lines.append(published)
    if record["article_title"]:
        lines.append(record["article_title"])
    if record["url"]:
        lines.append(record["url"])
    # (the article id last, with no mark after it: copied whole, wrapped or not)
    lines.append(f"quote {record['id']}, paragraph {record['paragraph']} of article {record['article_id']}")
    if not record.get("text_stored", True):
        lines.append("(the article's text is not stored: it came as extracted quotes; the quote alone)")
    # Control characters in what was stored are escaped (\x1b): they must not drive the terminal.
    # A URL or an id longer than the line stays whole, to be copied.
    lines = [wrapped for line in lines
             for wrapped in textwrap.wrap(safe_for_terminal(line), width, break_on_hyphens=False, break_long_words=False) or [""]]
    start, end = record["context_start"], record["context_start"] + len(record["quote"])
    context = record["context"]
    if context[start:end] == record["quote"]:
        context = (safe_for_terminal(context[:start]) + _OPEN + safe_for_terminal(context[start:end]) + _CLOSE
                   + safe_for_terminal(context[end:]))
    else:
        context = safe_for_terminal(context)
    # The two marks count as one character each while wrapping: wrap two narrower.
    body = "\n".join(textwrap.wrap(context, max(width - 2, 10), break_on_hyphens=False, break_long_words=False))
    on, off = HIGHLIGHT if colour else ("", "")
    if colour:  # the colour is set again on every line, so that a pager shows it too
        body = _colour_lines(body, on, off)
    body = body.replace(_OPEN, on).replace(_CLOSE, off)
    return "\n".join(lines) + "\n\n" + body


def _colour_lines(body: str, on: str, off: str) -> str:
    out, inside = [], False
    for line in body.split("\n"):
        line = (_OPEN if inside and not line.startswith(_OPEN) else "") + line
        if line.rfind(_OPEN) > line.rfind(_CLOSE):
            inside = True
            line += _CLOSE
        elif _CLOSE in line:
            inside = False
        out.append(line)
    return "\n".join(out)
