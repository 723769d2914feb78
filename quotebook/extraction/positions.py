"""Binary search over a sorted list of offsets, as the bisect module's
bisect_left and bisect_right without lo, hi or key; and a Cursor, for a list searched
again and again at places that come mostly in order.

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


class Cursor:
    """bisect_left over one sorted list asked again and again at places that come
    mostly in order (a stage reads the text from its start): each search gallops from
    where the last one ended, over the few items between, where a binary search over
    the whole list missed the processor's caches at most of its steps in a long text."""

    def __init__(self, a: list[int]) -> None:
        self.a = a
        self.at: i64 = 0  # the last answer

    def left(self, x: int) -> int:
        """bisect_left(self.a, x)."""
        a = self.a
        if not COMPILED:
            return bisect.bisect_left(a, x)
        n: i64 = len(a)
        i: i64 = self.at
        lo: i64 = 0
        hi: i64 = 0
        step: i64 = 1
        if i < n and a[i] < x:  # on from the last answer: probe 1, 2, 4 ... items further
            lo = i + 1
            hi = lo
            while hi < n and a[hi] < x:
                lo = hi + 1
                hi = lo + step
                step *= 2
            hi = min(hi, n)
        elif i > 0 and a[i - 1] >= x:  # back from it
            hi = i - 1
            lo = hi - 1
            while lo > 0 and a[lo] >= x:
                hi = lo
                step *= 2
                lo = hi - step
            lo = max(lo, 0)
        else:
            return i  # (everything before it is less than x; it, if any, is not)
        while lo < hi:  # every item before lo is less than x; the one at hi, if any, is not
            mid: i64 = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.at = lo
        return lo

    def any_between(self, lo: int, hi: int) -> bool:
        """any_between(self.a, lo, hi)."""
        i = self.left(lo)
        return i < len(self.a) and self.a[i] < hi


def any_between(a: list[int], lo: int, hi: int) -> bool:
    """Does the sorted list a hold a value in [lo, hi)?"""
    i = bisect_left(a, lo)
    return i < len(a) and a[i] < hi


if not COMPILED:  # run as Python, the bisect module's C functions are faster than any loop
    bisect_left = bisect.bisect_left  # noqa: F811
    bisect_right = bisect.bisect_right  # noqa: F811
