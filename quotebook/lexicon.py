"""The word lists the extractor reads from data/ (shipped as quotebook.data).

Each file holds one entry a line; blank lines and lines starting with # are
skipped. Lists are read once per process.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data/NAME.txt, in file order."""
    text = files("quotebook.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
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
