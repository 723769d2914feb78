"""A budget of CPU time for extracting one article.

Extraction is linear in the length of a text, but one article of a shape no
one foresaw must not stall a whole run: past its budget it stops with
``OverBudget``, the caller reports that article and goes on with the rest.

The budget is CPU time of this process (``ITIMER_VIRTUAL``), not wall time, so
a busy machine does not make articles fail. It is enforced by a signal, so only
in the main thread of a process on a system that has interval timers; elsewhere
extraction runs without one.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

try:  # signal.signal's own C function: the wrapper turns the handlers into enums and back,
    # by raising and catching an exception for each (ten times the cost of the rest, per article)
    from _signal import signal as set_handler  # type: ignore[import-not-found]
except ImportError:  # (another Python)
    set_handler = signal.signal

BASE_SECONDS = 5.0  # for any article: far more than a real article needs (milliseconds)
# And per MB of text. Extraction is linear, but a text made of nothing but short quotes
# (a transcript, a list of captions: tens of thousands of quotes to the megabyte) costs up
# to about 2 s/MB (the benchmark's robustness section); a long real article 0.3 s/MB.
# The budget stops a shape that grows faster than the text, never one that only is dense.
SECONDS_PER_MB = 20.0


class OverBudget(Exception):
    def __init__(self, seconds: float, chars: int):
        super().__init__(
            f"extraction stopped: over its time budget ({seconds:.1f} s of CPU for "
            f"{chars:,} characters of text); the article is left out"
        )


def seconds_for(text: str) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * len(text) / 1_000_000


@contextmanager
def budget_for(text: str) -> Iterator[None]:
    """Raise OverBudget inside the block once it has used the CPU time TEXT is allowed."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    seconds = seconds_for(text)

    def expire(signum, frame):
        raise OverBudget(seconds, len(text))

    previous = set_handler(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        set_handler(signal.SIGVTALRM, previous)
