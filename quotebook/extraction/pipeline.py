"""The pipeline: one article's text in, its quotes with speakers out; the
final choice of each quote's speaker."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Quote
from .tokens import fold, SENTENCE_END
from .layout import layout
from .marks import QUOTE_MARK, QUOTE_MARK_CHARS, quote_spans, Span, Spans
from .evidence import NameEvidence
from .titles import Mention
from .cues import Attribution, cue_after, cue_before, stands_alone
from .people import speaker_name, stated_aliases, People, Person
from .context import context_events, from_context, named_run_ends, Event


REPORTED_START = re.compile(r"[ \t]*,?[ \t]*(?:bahwa[ \t]+)?")


REPORTED_END = re.compile(r"[.!?](?=\s|$)")
# The end of the sentence a cue after a quote stands in: before the next quote mark.
SENTENCE_AFTER_CUE = re.compile(r"[^.!?\"\u201c\u201d\u201e\n]*[.!?](?=\s|$)")


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every direct quote in one article's text, with its speaker, title and cue,
    in reading order. With ``indirect=True`` reported speech (`X mengatakan,
    pemerintah akan ...`) comes too, as quotes of kind ``indirect``."""
    if not text or not (indirect or QUOTE_MARK.search(text)):
        return []
    paragraphs = layout(text)
    by_index = {p.index: p for p in paragraphs}
    spans = quote_spans(text, paragraphs)
    evidence = NameEvidence(text)

    attributions: list[tuple[Span, Attribution]] = []
    for span in spans:
        para = by_index[span.paragraph]
        last = by_index[span.last_paragraph]
        found = cue_after(text, span, last.end, evidence) or cue_before(text, span, para.start, evidence)
        if found is None:
            if not stands_alone(text, span, para):
                continue
            found = Attribution(None, None, "alone")
        attributions.append((span, found))
    if not attributions and not indirect:
        return []

    # The words the cues use for speakers: a bare capitalised run matters only
    # when it holds one of them (it may be the fullest form of that name).
    needed = set(evidence.short)
    for _, found in attributions:
        if found.mention and found.mention.name:
            needed.update(map(fold, found.mention.name))
    events = context_events(text, paragraphs, Spans([s for s, _ in attributions]), evidence, frozenset(needed))
    event_positions = [e.pos for e in events]
    run_ends = named_run_ends(text, attributions)
    people = People()
    for event in events:
        people.add(event.mention, event.pos)
    for span, found in attributions:
        if found.mention and found.mention.name:
            people.add(found.mention, span.open_at)
    for alias, full, pos in stated_aliases(text, evidence):
        people.add_alias(alias, full, pos)

    quotes: list[Quote] = []
    previous: tuple[Person | None, str | None] | None = None
    previous_end = 0
    for n, (span, found) in enumerate(attributions):
        mention = found.mention
        speaker: Person | None = None
        title: str | None = None
        organisation = _organisation(mention, evidence) if mention else ""
        if organisation:
            # `tulis BPS dalam laman resminya`: the organisation, in the fullest form the article gives
            speaker = Person(tuple(organisation.split()))
        elif mention and mention.name:
            speaker = people.resolve(mention.name, span.open_at)
            title = mention.title
            if speaker is not None and len(speaker.name) == 1 and mention.title and fold(mention.name[0]) not in evidence.short:
                # `kata Kepala Puskesmas Cilincing`: an office and its place, for
                # a holder the article names elsewhere.
                holder = people.by_title(mention.title + " " + mention.name[0], span.open_at)
                if holder is not None:
                    speaker = holder
        elif mention and mention.role_only:
            title = mention.title
            if title and title[:1].isupper():
                speaker = people.by_title(title, span.open_at)
                word = title
                if speaker is None and " " not in word:
                    # `tutur Lalu` for Lalu M Syafriadi: a word that is no name
                    # alone, but opens the name of someone in the article
                    named = people.resolve((word,), span.open_at)
                    if named is not None and named.key[0] == fold(word) and len(named.key) > 1:
                        speaker = named
                        title = None  # the word was the name; the title comes from the person
        else:
            ahead = run_ends[n]
            if ahead is not None:
                speaker = people.resolve(ahead.name, span.open_at)
                title = ahead.title
            else:
                window = events[bisect_left(event_positions, previous_end) : bisect_left(event_positions, span.open_at)]
                context = from_context(window, strong=True)
                if context is None and previous is None:
                    context = from_context(window, strong=False)
                if context is not None:
                    speaker = people.resolve(context.name, span.open_at)
                    title = context.title
                elif previous is not None:
                    speaker, title = previous
        if speaker is not None:
            title = people.best_title(speaker) or title
        quotes.append(
            Quote(
                quote=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker_name(speaker) if speaker else None,
                speaker_mention=mention.text if mention else None,
                title=title,
                cue=found.cue,
                kind="direct",
                paragraph=span.paragraph,
            )
        )
        previous = (speaker, title)
        previous_end = max(span.close_end, found.end)
        if found.position == "after" and text[previous_end - 1 : previous_end] not in SENTENCE_END:
            # The rest of the cue's sentence names no new speaker: `," kata Budi usai
            # laga yang juga disaksikan Menteri Olahraga Rudi Hartono itu.`
            end = SENTENCE_AFTER_CUE.match(text, previous_end, by_index[span.last_paragraph].end)
            if end is not None:
                previous_end = end.end()
    if indirect:
        quotes.extend(_indirect(text, events, people, quotes, by_index))
        quotes.sort(key=lambda q: q.start)
    return quotes


def _organisation(mention: Mention, evidence: NameEvidence) -> str:
    """The full name of the organisation a one-word cue names (`tulis BPS`), if the article defines it."""
    words = mention.name or ((mention.title,) if mention.role_only and mention.title else ())
    return evidence.organisations.get(fold(words[0]), "") if len(words) == 1 else ""


def _indirect(text: str, events: list[Event], people: People, direct: list[Quote], by_index) -> list[Quote]:
    """Reported speech: the clause after `X mengatakan,` up to the end of its
    sentence, when no quote mark opens it (that would be a direct quote)."""
    out: list[Quote] = []
    for event in events:
        if not event.verb_end or not event.mention.name:
            continue
        start = REPORTED_START.match(text, event.verb_end).end()  # type: ignore[union-attr]  # it matches the empty string
        if start >= len(text) or text[start] in QUOTE_MARK_CHARS or text[start] == "\n":
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        m = REPORTED_END.search(text, start, line_end)
        end = m.start() + 1 if m else line_end
        clause = text[start:end]
        if len(clause.split()) < 4 or QUOTE_MARK.search(clause):
            continue
        speaker = people.resolve(event.mention.name, event.pos)
        paragraph = next((p.index for p in by_index.values() if p.start <= start < p.end), 0)
        out.append(
            Quote(
                quote=clause,
                start=start,
                end=end,
                speaker=speaker_name(speaker) if speaker else None,
                speaker_mention=event.mention.text,
                title=(people.best_title(speaker) if speaker else None) or event.mention.title,
                cue=text[event.pos : event.verb_end],
                kind="indirect",
                paragraph=paragraph,
            )
        )
    return out
