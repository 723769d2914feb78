"""Extraction of one article among many: an article that breaks the extractor
is reported (the error names the exception), and so is one that takes more
than its CPU budget (quotebook/budget.py), and the run goes on with the rest.

The one ``except`` around ``extract``: ``ingest``, ``extract`` and
``evaluate`` all go through here.
"""
from __future__ import annotations

from .budget import OverBudget, budget_for
from .model import Quote


def extract_article(text: str, *, indirect: bool = False) -> tuple[list[Quote], str | None]:
    """(quotes, None), or ([], "extraction failed: ...") when the extractor raised,
    or ([], "extraction stopped: over its time budget ...") when it took too long."""
    from .extraction import extract

    try:
        with budget_for(text):
            return extract(text, indirect=indirect), None
    except OverBudget as exc:
        return [], str(exc)
    except Exception as exc:  # one article that breaks the extractor must not stop the run
        return [], f"extraction failed: {type(exc).__name__}: {exc}"
