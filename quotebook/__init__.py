"""quotebook: direct quotations in Indonesian news, who said them, and in which role.

The extraction core is pure: ``quotebook.extract(text)`` takes the text of one
article and returns its quotes; it does no I/O.
"""
from ._compiled import import_current_extraction
from .model import Quote

__all__ = ["Quote", "extract"]
__version__ = "0.2.0"


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every quote in one article's text, in reading order (see quotebook.extract)."""
    from .extraction import extract as _extract

    return _extract(text, indirect=indirect)


import_current_extraction(__name__)
