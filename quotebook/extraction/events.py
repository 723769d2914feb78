"""Events: the points where the running text names someone (context.py finds
them, antecedents.py chooses among them)."""
from __future__ import annotations

from dataclasses import dataclass

from .titles import Mention


@dataclass(slots=True)
class Event:
    """A point where the article names someone as speaking or as a sentence's subject."""

    pos: int
    mention: Mention
    kind: str  # 'speak', 'subject', 'acting', 'introduced', 'turned_to', 'named', 'mentioned' or 'described'
    verb_end: int = 0  # for a reporting verb: where the reported words may start
