"""Progress of an ingest on a terminal when the input's size is not known (standard input).

A bar needs a total; standard input has none, so a line that counts instead:
articles read, megabytes and the rate, redrawn in place a few times a second.
It has the bar's interface (a context manager with ``update(nbytes)``).
"""
from __future__ import annotations

import time
from typing import TextIO

REDRAW_SECONDS = 0.25


class Tally:
    def __init__(self, stream: TextIO, label: str = "Ingesting"):
        self.stream = stream
        self.label = label
        self.articles = 0
        self.nbytes = 0
        self.started = self.drawn = time.monotonic()

    def __enter__(self) -> "Tally":
        self.started = self.drawn = time.monotonic()
        return self

    def __exit__(self, *exc) -> None:
        if self.articles or exc[0] is not None:  # after Ctrl-C too, so that the message starts a new line
            self.draw()
            self.stream.write("\n")
            self.stream.flush()

    def update(self, nbytes: int) -> None:
        self.articles += 1
        self.nbytes += nbytes
        now = time.monotonic()
        if now - self.drawn >= REDRAW_SECONDS:
            self.drawn = now
            self.draw()

    def line(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-9)
        return (
            f"{self.label}: {self.articles:,} article{'s' if self.articles != 1 else ''} read, "
            f"{self.nbytes / 1e6:,.1f} MB, {self.articles / seconds:,.0f} articles/s"
        )

    def draw(self) -> None:
        self.stream.write("\r\033[K" + self.line())
        self.stream.flush()
