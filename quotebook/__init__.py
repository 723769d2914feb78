"""quotebook: direct quotations in Indonesian news, who said them, and in which role.

The extraction core is pure: ``quotebook.extract(text)`` takes the text of one
article and returns its quotes; it does no I/O.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Quote

__all__ = ["Quote", "extract"]
__version__ = "0.2.0"


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every quote in one article's text, in reading order (see quotebook.extract)."""
    from .extraction import extract as _extract

    return _extract(text, indirect=indirect)


def __getattr__(name: str):
    # Quote is imported when first asked for: a command that only reads the database never needs it.
    if name == "Quote":
        from .model import Quote

        return Quote
    raise AttributeError(f"module 'quotebook' has no attribute {name!r}")

