"""Abstention: where the evidence for a quote's speaker is weak, no name rather
than a guess. A wrong name is the worst error a reader can be handed; a null
costs only the names that would have been right. (The title goes too when it
is the title of the person not named: `Presiden` beside a quote the President
did not give misleads as much as the name.)

The condition here was measured on annotated articles (the share of right
names among those it chose, far below the rest), not guessed:

- a switch on weak evidence: a quote with no name of its own (a pronoun cue,
  a quote standing alone) goes, by the running text, to a person who is not
  the previous speaker, whom the text since the previous quote never names as
  speaking and names only in an earlier paragraph, in the middle of a
  sentence (`Dia menambahkan, Prabowo belum ...`, `meminta bantuan Presiden
  ...`, a list) or as the subject of a passive (`Adi dinilai gagal`), and whom
  no pronoun takes up after. A person named as speaking, in the quote's own
  paragraph, opening a sentence as its subject (`Kusuma, warga Demak, kini
  ...`, `Pada Juni 2024, Menteri Perhubungan Budi ... memberikan`), or taken
  up by a pronoun (`... Pasalnya, dia bingung`) keeps the quote.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .vocabulary import VOCAB
from .tokens import fold
from .article import Article
from .events import Event
from .titles import Mention

# The kinds of event that name someone as speaking (see context.Event).
SPEAKING = frozenset({"speak"})
# A passive verb (`dinilai`, `diyakini`, `disebut`): its subject is talked about, not talking.
PASSIVE = re.compile(r"di[a-z]{3,}$")
# What may stand before a subject opening its sentence: capitalised words (a role,
# a time: `Pada Juni 2024,`), numbers and commas.
CAPITALISED_LEAD = re.compile(r"(?:(?:[A-Z][\w'\u2019\-.]*|\d[\d/]*|[()])[ \t]*,?[ \t]*)*")


def weak_switch(
    article: Article, pos: int, antecedent: Mention, window: list[Event], person: object, previous: object
) -> bool:
    """Is `person`, whom the antecedent chosen from the events of `window` means
    for the quote opening at `pos`, too weakly evidenced to take the quote from
    the `previous` speaker (both None when unnamed)?"""
    if previous is None or person is None or person is previous:
        return False
    named = [e for e in window if e.mention.name == antecedent.name]
    if not named or any(e.kind in SPEAKING for e in named):
        return False
    at = bisect_right(article.paragraphs, pos, key=lambda p: p.start) - 1
    if at < 0 or named[-1].pos >= article.paragraphs[at].start:
        return False
    return not any(_opens_as_subject(article, e.pos) for e in named) and not _taken_up(article, named[0].pos, pos)


def _opens_as_subject(article: Article, at: int) -> bool:
    """Is the person named at `at` the active subject opening a sentence: nothing
    but capitalised words before it in the sentence, and no passive verb after it?"""
    words, starts = article.words, article.starts
    start = article.clause_start(0, at)
    if CAPITALISED_LEAD.fullmatch(article.text, start, at) is None:
        return False
    i = bisect_left(starts, at)
    while i < len(words) and words[i][:1].isupper():
        i += 1
    return i == len(words) or not PASSIVE.match(words[i]) or fold(words[i]) in VOCAB.pronouns


def _taken_up(article: Article, lo: int, hi: int) -> bool:
    """Does a pronoun (`dia`, `ia`, `beliau`) stand between the name at lo and the
    quote at hi (`Kusuma, warga Demak, ... Pasalnya, dia bingung`)? The text goes
    on with the person it named."""
    words = article.words
    first, last = bisect_left(article.starts, lo), bisect_left(article.starts, hi)
    return any(fold(words[i]) in VOCAB.pronouns for i in range(first, last))

