"""Events: the points where the running text names someone (context.py finds
them, antecedents.py chooses among them)."""
from __future__ import annotations

from dataclasses import dataclass

from .titles import Mention


@dataclass(slots=True, init=False)
class Event:
    """A point where the article names someone as speaking or as a sentence's subject.
    (An __init__ of its own: see titles.Mention.)"""

    pos: int
    mention: Mention
    kind: str  # 'speak', 'subject', 'acting', 'introduced', 'turned_to', 'named', 'mentioned' or 'described'
    verb_end: int  # for a reporting verb: where the reported words may start

    def __init__(self, pos: int, mention: Mention, kind: str, verb_end: int = 0) -> None:
        self.pos, self.mention, self.kind, self.verb_end = pos, mention, kind, verb_end

    def __reduce__(self) -> tuple:
        return (Event, (self.pos, self.mention, self.kind, self.verb_end))
