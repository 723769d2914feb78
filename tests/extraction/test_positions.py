"""positions.py: the binary search the stages share (compiled, loops of its own; as
Python, the bisect module's functions)."""
from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from quotebook.extraction import positions


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-5, 60), max_size=40), st.integers(-10, 70))
def test_positions_search_as_bisect_does(values, x):
    a = sorted(values)
    assert positions.bisect_left(a, x) == bisect.bisect_left(a, x)
    assert positions.bisect_right(a, x) == bisect.bisect_right(a, x)


def test_the_core_knows_whether_it_runs_compiled():
    assert positions.COMPILED == positions.__file__.endswith((".so", ".pyd")) == (positions.bisect_left is not bisect.bisect_left)
