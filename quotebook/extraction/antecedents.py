"""Antecedents: whom a quote with no name of its own (``katanya``, a quote on
its own line, a description that refers back) is from, among the people the
running text names since the previous quote (see context.Event)."""
from __future__ import annotations

from .titles import Mention
from .events import Event
from .marks import Span
from .cues import Attribution


def named_run_ends(text: str, attributions: list[tuple[Span, Attribution]]) -> list[Mention | None]:
    """For each quote standing alone: the named cue closing the run of quote-only
    paragraphs it opens (`"A."` / `"B."` / `"C," kata Herlina`), else None.
    Worked out from the last quote back, once for all."""
    out: list[Mention | None] = [None] * len(attributions)
    following: Mention | None = None
    for k in range(len(attributions) - 1, -1, -1):
        span, found = attributions[k]
        if found.position == "after":
            following = found.mention if found.mention and found.mention.name else None
        elif found.position != "alone":
            following = None
        out[k] = following
        if k > 0 and text[attributions[k - 1][0].close_end : span.open_at].strip():
            following = None  # words between the quotes end the run
    return out


def from_context(events: list[Event], strong: bool, titled: bool = True) -> Mention | None:
    """The person named last between the previous quote and this one.

    Strong evidence, in three tiers: first the last person named as speaking, as
    a sentence's subject, or introduced (`Salah satunya adalah Ketua ...
    Hasbullah Thabrany`); then the subject of actions whom no cue names (a
    victim: `Ipda Andri Saputra bermaksud turun`); else the last named with a
    title who does something in the sentence. A bare name elsewhere (which may be a programme or a
    place), or someone only mentioned (`berkat dukungan Menteri BUMN Erick
    Thohir.`), counts only when nobody has been quoted before. Someone unnamed
    speaking last (`salah satu staf kantor mengatakan`) gives a mention with no
    name: the quote is theirs, nobody's by name.
    """
    tiers = (("speak", "subject", "introduced", "turned_to"), ("acting",), ("titled",)[:titled]) if strong else (("named", "mentioned"),)
    for tier in tiers:
        for e in reversed(events):
            if not e.mention.name and not (e.mention.role_only and e.kind in tier):
                continue
            kind = "titled" if e.kind == "named" and e.mention.title is not None else e.kind
            if kind in tier:
                return e.mention
    return None
