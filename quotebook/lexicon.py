"""The word lists the extractor reads from data/ (shipped as quotebook.data).

Each file holds one entry a line; blank lines and lines starting with # are
skipped. Lists are read once per process.
"""
from __future__ import annotations

import pkgutil
from functools import cache


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data/NAME.txt, in file order."""
    # (pkgutil, not importlib.resources: that takes longer to import than a query command takes to run)
    data = pkgutil.get_data("quotebook.data", f"{name}.txt")
    if data is None:
        raise FileNotFoundError(f"quotebook.data/{name}.txt: the package's loader cannot read data files")
    text = data.decode("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of data/NAME.txt, lower-cased, as a set."""
    return frozenset(e.lower() for e in entries(name))
