"""Context: the people named in the running text around quotes that stand
alone (reporting-verb subjects, title-led names opening a sentence), and who
a quote with no name of its own (``katanya``, a quote on its own line) is from."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import (
    ENGLISH_CONNECTORS, lex, NAMING_WORDS, one_of, PASSIVE_REPORTING, PEOPLE_IN_THE_NEWS, ROLE_PHRASE_STOPS,
    TITLE_CONNECTORS, TRAILING_ADVERBS,
)
from .tokens import keeps_period, name_like, office_rank_or_honorific, fold
from .layout import Paragraph
from .marks import Spans
from .article import clause_start, common_opener, indexes, passive_at, reporting_at, word_index
from .titles import strip_determiners, Mention
from .evidence import NameEvidence
from .mentions import parse_mention
from .phrases import PARAGRAPH_END, read_speaker_phrase, VERB_WORD
from .cues import subject_before


# Two or more capitalised words in a row (parentheses and `dan` may join them).
# A capitalised word keeps a final period only as an initial or abbreviation
# (`H.`, `Dr.`), so a run never crosses the end of a sentence.
CAP_WORD = r"\p{Lu}(?:[\p{L}\p{M}]{0,2}\.|[\p{L}\p{M}\d'\u2019\-]*)"


CAP_RUN = regex.compile(
    rf"{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|\([^()\n]{{1,40}}\)|(?:dan|bin|binti|{'|'.join(ENGLISH_CONNECTORS)})\b))+"
)


# A word before the first name, so that a dateline (`Semarang - Sementara itu, ...`) is no pair.
PAIRED_NAME_BEFORE = regex.compile(r"(?<=[\p{L},][ \t])\p{Lu}[\p{L}\p{M}]*[ \t]*[-\u2013][ \t]*$")


# A lower-case word right after a name: the person does something in the sentence.
PREDICATE_AFTER = re.compile(r"[ \t]+(?:juga[ \t]+|pun[ \t]+)?[a-z]")


# Phrases that introduce the person a following quote is from.
INTRODUCING = re.compile(r"\b(?:adalah|ialah|yakni|yaitu|antaranya|satunya|dihadiri)[ \t]*:?[ \t]*$")


APPOSITIVE_ROLE = re.compile(r"[ \t]*,[ \t]*([a-z][^,.;:\n\"\u201c\u201d()]{2,80})[,.]")


ROLE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")


SENTENCE_OPENERS = re.compile(
    r"(?:Sementara itu|Sebelumnya|Selain itu|Namun|Kemudian|Lalu|Di sisi lain|Adapun|Terpisah|Pada kesempatan (?:itu|yang sama)),?"
)


@dataclass(slots=True)
class Event:
    """A point where the article names someone as speaking or as a sentence's subject."""

    pos: int
    mention: Mention
    kind: str  # 'speak', 'subject' or 'named'
    verb_end: int = 0  # for a reporting verb: where the reported words may start


# `Menurut Kusnawan, ...` and `..., terang Fredly, ...`: a speaker named inside reported speech.
@lru_cache(maxsize=1)
def _inline_attribution() -> re.Pattern:
    """`Menurut X` and `, kata X` / `, kata ahli X`, with literal openings (see one_of)."""
    cues = "|".join(sorted((c for c in lex().cues if c.isalpha()), key=len, reverse=True))
    return re.compile(
        "(?:" + one_of("Mm", r"(?<!\w.)enurut") + rf"|,\s*(?P<cue>{cues})\b)\s+(?=[A-Z]|[a-z]+ [a-z]*\s*[A-Z])"
    )


def context_events(
    text: str, paragraphs: list[Paragraph], spans: Spans, evidence: NameEvidence, needed: frozenset
) -> list[Event]:
    """People named in the running text (outside quotes): reporting-verb subjects,
    cue phrases used for indirect speech, and title-led names opening a sentence."""
    L = lex()
    events: list[Event] = []
    starts, words = word_index(text)

    def within(indexes: tuple[int, ...], para: Paragraph) -> tuple[int, ...]:
        """The word indexes (sorted) whose words stand in the paragraph."""
        first, last = bisect_left(starts, para.start), bisect_left(starts, para.end)
        return indexes[bisect_left(indexes, first) : bisect_left(indexes, last)]

    for para in paragraphs:
        if para.skip:
            continue
        for i in within(reporting_at(text), para):
            if starts[i] in spans:
                continue
            at = starts[i]
            lo = clause_start(text, para.start, at)
            if _second_of_a_pair(text, para.start, lo):
                lo = clause_start(text, para.start, lo - 3)  # `tim kampanye Vonnie - Hendry, mengaku`
            lo = max(lo, at - 300)
            clause = text[lo:at]
            if clause == clause.lower():
                continue  # no capital, no name nor pronoun opening the sentence: `pemerintah mengatakan`
            mention = subject_before(text, lo, at, evidence)
            if mention and mention.name and len(mention.name) == 1 and fold(mention.name[0]) in evidence.organisations:
                continue  # `Komdigi memastikan ...`: the organisation, not a person a pronoun could mean
            if mention and (mention.name or mention.pronoun):
                events.append(Event(at, mention, "speak", at + len(words[i])))
        for i in within(passive_at(text), para):
            # `disampaikan anggota Basarnas Jember Jefri`, `diutarakan ketua BTN, La Nyalla`
            at = starts[i]
            if at in spans:
                continue
            phrase, _ = read_speaker_phrase(text, at + len(words[i]), para.end)
            mention = parse_mention(phrase, evidence) if phrase else None
            if mention and mention.name:
                events.append(Event(at, mention, "speak"))
        for m in _inline_attribution().finditer(text, para.start, para.end):
            if m.start() in spans:
                continue
            phrase, _ = read_speaker_phrase(text, m.end(), para.end)
            if not m.group("cue"):
                phrase = phrase.split(",")[0]  # `Menurut Kusnawan, Blue Water ...`
            mention = parse_mention(phrase, evidence) if phrase else None
            if mention and mention.name:
                events.append(Event(m.start(), mention, "speak"))
        for i in within(evidence.short_at, para):
            # A lone capitalised word is no evidence of a person, unless it
            # opens a sentence and the article uses it for a speaker.
            word, at = words[i], starts[i]
            if at in spans or (i + 1 < len(words) and words[i + 1][:1].isupper()) or not name_like(word):
                continue  # the cheap tests first
            if common_opener(text, at, word) or fold(word) in evidence.organisations:
                continue
            lo = clause_start(text, para.start, at)
            if _opens_clause(text[lo:at]) and not _second_of_a_pair(text, para.start, at):
                events.append(Event(at, Mention((word,), None, text=word), "subject"))
        for m in CAP_RUN.finditer(text, para.start, para.end):
            at = m.start()
            if at in spans:
                continue
            words_in_run = _words_to_sentence_end(m.group())
            if common_opener(text, at, words_in_run[0]):
                # `Kedatangan Deka ke rumah sakit`: the common word opens the sentence, the name follows
                at = text.index(words_in_run[1], at + len(words_in_run[0]))
                words_in_run = words_in_run[1:]
            if words_in_run[-1].endswith(".") and PARAGRAPH_END.match(text, m.end()):
                # `... Mahfud MD.` at the end of a paragraph: the period ends the sentence
                words_in_run[-1] = words_in_run[-1][:-1]
            while len(words_in_run) > 1 and words_in_run[-1] in TITLE_CONNECTORS:
                words_in_run.pop()
            if len(words_in_run) < 2 or not any(map(name_like, words_in_run)):
                continue
            if NUMBER_AFTER.match(text, m.end()):
                continue  # `Peraturan Wali Kota Makassar Nomor 19`, `Jalan Sudirman 12`: no person
            role_m = ROLE_BEFORE.search(text, max(para.start, at - 30), at)
            role = role_m.group(1) if role_m else None
            titled_run = (role and (fold(role) in L.roles or fold(role) in PASSIVE_REPORTING)) or any(
                map(office_rank_or_honorific, words_in_run)
            )
            run = " ".join(words_in_run)
            comma_after = text.startswith(",", at + len(run))
            role_after = _appositive_role(text, at + len(run), para.end) if comma_after and not titled_run else None
            if not titled_run and not role_after and needed.isdisjoint(map(fold, words_in_run)):
                continue  # a bare name nobody's cue refers to: no speaker, no title to learn
            phrase = role + " " + run if role and fold(role) in L.roles else run
            if " dan " in run:
                # A list of people: `Seto Nurdiantoro, Nova Arianto dan Fakhri Husaini`.
                head = parse_mention(run.split(" dan ")[0], evidence)
                if head and len(head.name) >= 2:
                    events.append(Event(at, head, "named"))
            mention = parse_mention(phrase, evidence)
            if not mention or not mention.name:
                continue
            titled = mention.title is not None
            if not titled and len(mention.name) < 2:
                continue
            if role and fold(role) in PASSIVE_REPORTING:
                events.append(Event(at, mention, "speak"))
                continue
            if not titled and role_after and len(mention.name) >= 2:
                # `dihadiri William Wongso, salah satu tokoh kuliner Indonesia`
                mention = Mention(mention.name, role_after, text=run)
            kind = "named"
            if titled or fold(words_in_run[0]) in L.honorifics:
                lo = clause_start(text, para.start, at)
                if _opens_clause(text[lo:at]):
                    kind = "subject"
            if kind == "named" and mention.title and len(mention.name) >= 2 and " dan " not in run:
                if INTRODUCING.search(text, max(para.start, at - 40), at):
                    kind = "introduced"  # `Salah satunya adalah Ketua ... Hasbullah Thabrany.`
                elif not PREDICATE_AFTER.match(text, at + len(run)):
                    # `berkat dukungan Menteri BUMN Erick Thohir.`: named, but
                    # not doing or saying anything in the sentence
                    kind = "mentioned"
            events.append(Event(at, mention, kind))
        events.extend(_described(text, para, spans, evidence, needed))
    events.sort(key=lambda e: e.pos)
    return events


NUMBER_AFTER = re.compile(r"[ \t]+\d")
# A person's name: one to four capitalised words, perhaps with an age after it.
NAME_RUN = regex.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}")
AGE_AFTER = re.compile(r"[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\)|,[ \t]*\d{1,3}[ \t]*(?=,))")
ROLE_AFTER = re.compile(r"[ \t]*,?[ \t]*((?:[a-z][\w\-/]*[ \t]*){1,8})")
ROLE_END_WORDS = frozenset("lain lainnya tersebut itu ini".split())
# Words that open the predicate after a role: `pedagang bakso cukup antusias`.
PREDICATE_OPENERS = frozenset("cukup sangat amat agak begitu tampak mulai tidak tak belum akan bisa dapat".split())


def _described(text: str, para: Paragraph, spans: Spans, evidence: NameEvidence, needed: frozenset) -> list[Event]:
    """The role written beside the name of someone a cue names, learnt as a title:
    before it (`pelatih tim tamu, Budi Santoso`, `warga sekitar bernama Rupi (40)`) or
    after it (`Rudi Hartono (37) pedagang bakso`, `Darmin, 46, warga Kampung Sawah`,
    `Jaelani salah seorang sopir angkot`). The events name nobody as speaking."""
    out: list[Event] = []
    for m in NAME_RUN.finditer(text, para.start, para.end):
        at, end = m.start(), m.end()
        run = _words_to_sentence_end(m.group())
        while run and not name_like(run[0]):
            at = text.index(run[1], at + len(run[0])) if len(run) > 1 else at
            run = run[1:]  # `Menurut Subairi`, `Pastor Yustinus`: the name starts later
        if not run or at in spans or needed.isdisjoint(map(fold, run)) or not name_like(run[-1]):
            continue
        end = at + len(" ".join(run))
        age = AGE_AFTER.match(text, end, para.end)
        after_name = age.end() if age else end
        near = text[max(para.start, at - 12) : at].rstrip()  # cheap tests before the clause is read
        mention = None
        if near.endswith(",") or (near and fold(near.split()[-1]) in NAMING_WORDS):
            lo = max(clause_start(text, para.start, at), at - 150)
            phrase = text[lo:end] + (f" ({age.group().strip(' (),')})" if age else "")
            found = parse_mention(phrase, evidence)
            if (
                found and found.name and found.title and fold(found.name[-1]) == fold(run[-1])
                and len(found.title.split()) <= 12 and "." not in found.title
            ):
                mention = found
        if mention is None:
            mention = _role_after(text, after_name, para.end, tuple(run))
        if mention is not None:
            out.append(Event(at, mention, "described"))
    return out


def _role_after(text: str, pos: int, end: int, name: tuple[str, ...]) -> Mention | None:
    """`(37) pedagang bakso`, `, warga Kampung Sawah`, `salah seorang sopir angkot setempat`."""
    L = lex()
    m = ROLE_AFTER.match(text, pos, end)
    if not m or not m.group(1):
        return None
    words = strip_determiners(m.group(1).split())
    if not words or not (fold(words[0]) in L.roles or fold(words[0]) in L.offices):
        return None
    kept: list[str] = []
    for w in words:
        key = fold(w)
        if kept and (key in ROLE_PHRASE_STOPS or key in TRAILING_ADVERBS or key in PREDICATE_OPENERS or key in L.reporting or (VERB_WORD.match(key) and key not in L.roles)):
            break
        kept.append(w)
    # A capitalised place may follow: `warga Kampung Sawah`.
    tail = text[m.end() : end]
    place = CAP_RUN_AFTER.match(tail)
    if len(kept) == len(words) and place:
        kept.extend(place.group().split())
    while kept and fold(kept[-1]) in ROLE_END_WORDS:
        kept.pop()
    return Mention(name, " ".join(kept), text=" ".join(name)) if kept else None


CAP_RUN_AFTER = regex.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}")


def _second_of_a_pair(text: str, start: int, at: int) -> bool:
    """Does the text at `at` follow a name and a dash (`paslon Wahdi - Qomaru`):
    the second of a pair of names, not the start of a clause?"""
    lo = max(start, at - 40)
    return text[lo:at].rstrip(" \t").endswith(("-", "\u2013")) and bool(PAIRED_NAME_BEFORE.search(text, lo, at))


def _appositive_role(text: str, pos: int, end: int) -> str | None:
    """The role set off by commas right after a name (`William Wongso, salah
    satu tokoh kuliner Indonesia,`), when it opens with a role or office word."""
    m = APPOSITIVE_ROLE.match(text, pos, end)
    if not m:
        return None
    L = lex()
    words = strip_determiners(m.group(1).split())
    if not words or not (fold(words[0]) in L.roles or fold(words[0]) in L.offices):
        return None
    if fold(words[0]) in PEOPLE_IN_THE_NEWS:
        return None  # `menganiaya Joko Susilo, pemilik warung`: a victim, not a source
    return " ".join(words)


def _opens_clause(before: str) -> bool:
    """Does a name with only this text before it in its clause open the clause?
    An opening phrase set off by a comma does not count (`Terkait hal itu, ...`)."""
    before = before.strip()
    if not before.strip(" ,") or SENTENCE_OPENERS.fullmatch(before.strip(" ,")):
        return True
    return before.endswith(",") and len(before.split()) <= 6 and before.count(",") == 1


def _words_to_sentence_end(run: str) -> list[str]:
    """The words of a capitalised run up to the first that ends a sentence (its period dropped)."""
    words = run.split()
    if "." not in run:
        return words
    for i, w in enumerate(words):
        if w.endswith(".") and not keeps_period(w):
            words = words[: i + 1]
            words[-1] = words[-1].rstrip(".")
            break
    return words


def named_run_ends(text: str, attributions: list) -> list[Mention | None]:
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


def from_context(events: list[Event], strong: bool) -> Mention | None:
    """The person named last between the previous quote and this one.

    Strong evidence, in two tiers: first the last person named as speaking, as
    a sentence's subject, or introduced (`Salah satunya adalah Ketua ...
    Hasbullah Thabrany`); else the last named with a title who does something
    in the sentence. A bare name elsewhere (which may be a programme or a
    place), or someone only mentioned (`berkat dukungan Menteri BUMN Erick
    Thohir.`), counts only when nobody has been quoted before.
    """
    tiers = (("speak", "subject", "introduced"), ("titled",)) if strong else (("named", "mentioned"),)
    for tier in tiers:
        for e in reversed(events):
            if not e.mention.name:
                continue
            kind = "titled" if e.kind == "named" and e.mention.title is not None else e.kind
            if kind in tier:
                return e.mention
    return None
