"""quotebook: direct quotations in Indonesian news, who said them, and in which role.

The extraction core is pure: ``quotebook.extract(text)`` takes the text of one
article and returns its quotes; it does no I/O.
"""
import os
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import find_spec, module_from_spec, spec_from_loader

from .model import Quote

__all__ = ["Quote", "extract"]
__version__ = "0.1.0"


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every quote in one article's text, in reading order (see quotebook.extract)."""
    from .extraction import extract as _extract

    return _extract(text, indirect=indirect)


def stale(compiled: str, source: str) -> bool:
    """Was the source changed after it was compiled? (Files written by one
    install lie seconds apart at most.)"""
    try:
        return os.path.getmtime(source) > os.path.getmtime(compiled) + 2
    except OSError:
        return False


def _import_current_extraction() -> None:
    """setup.py compiles quotebook/extraction.py (mypyc) when it can. In a
    checkout installed with `pip install -e .` the compiled module sits beside
    the source and Python prefers it, so an edit to the source would go
    unseen until the next install: then the source is imported instead."""
    spec = find_spec(f"{__name__}.extraction")
    if spec is None or not spec.origin or spec.origin.endswith(".py"):
        return
    source = os.path.join(os.path.dirname(spec.origin), "extraction.py")
    if stale(spec.origin, source):
        loader = SourceFileLoader(f"{__name__}.extraction", source)
        python_spec = spec_from_loader(loader.name, loader)
        if python_spec is not None:
            module = module_from_spec(python_spec)
            sys.modules[loader.name] = module
            loader.exec_module(module)


_import_current_extraction()
