"""Binary search over a sorted list of offsets, as the bisect module's
bisect_left and bisect_right without lo, hi or key.

Compiled, these compare machine integers and are called directly, at half the
cost of the bisect module's functions, which the compiled code calls as Python
objects, comparing each pair of integers as Python objects (a few hundred
searches an article, one or more a quote). Run as Python, they are the bisect
module's own.
"""
from __future__ import annotations

import bisect
from importlib.machinery import EXTENSION_SUFFIXES
from typing import Final, TYPE_CHECKING

if TYPE_CHECKING:  # (mypyc's machine integer; an int when run as Python)
    from mypy_extensions import i64

# Whether the extraction core runs compiled (its modules are compiled all together or not
# at all): a compiled module's file is an extension module. (Run as Python, a loop that
# is cheap in C may cost many times what the engine or a builtin costs: see article.text_words.)
COMPILED: Final = str(globals().get("__file__") or "").endswith(tuple(EXTENSION_SUFFIXES))


def bisect_left(a: list[int], x: int) -> int:
    """Where x would go in the sorted list a, before any equal to it."""
    lo: i64 = 0
    hi: i64 = len(a)
    while lo < hi:
        mid: i64 = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int) -> int:
    """Where x would go in the sorted list a, after any equal to it."""
    lo: i64 = 0
    hi: i64 = len(a)
    while lo < hi:
        mid: i64 = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def any_between(a: list[int], lo: int, hi: int) -> bool:
    """Does the sorted list a hold a value in [lo, hi)?"""
    i = bisect_left(a, lo)
    return i < len(a) and a[i] < hi


if not COMPILED:  # run as Python, the bisect module's C functions are faster than any loop
    bisect_left = bisect.bisect_left  # noqa: F811
    bisect_right = bisect.bisect_right  # noqa: F811
