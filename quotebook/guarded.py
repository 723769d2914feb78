"""Extraction of one article among many: an article that breaks the extractor
is reported (the error names the exception) and the run goes on with the rest.

The one ``except`` around ``extract``: ``ingest``, ``extract`` and
``evaluate`` all go through here.
"""
from __future__ import annotations

from .model import Quote


def extract_article(text: str, *, indirect: bool = False) -> tuple[list[Quote], str | None]:
    """(quotes, None), or ([], "extraction failed: ...") when the extractor raised."""
    from .extraction import extract

    try:
        return extract(text, indirect=indirect), None
    except Exception as exc:  # one article that breaks the extractor must not stop the run
        return [], f"extraction failed: {type(exc).__name__}: {exc}"
