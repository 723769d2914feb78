"""Stage 3, cues: the cue beside each quote span, after it (``," kata X``) or
before it (``X mengatakan, "``, ``Menurut X, "``, ``X: "``); and whether a
span with no cue stands alone as a sentence of its own."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import lex, TRAILING_ADVERBS
from .tokens import fold, SENTENCE_END
from .layout import Paragraph
from .marks import Span
from .article import abbreviation_before, clause_start, common_opener
from .titles import Mention
from .evidence import NameEvidence
from .mentions import parse_mention
from .phrases import read_speaker_phrase


PRONOUN_VERB = re.compile(r"[ \t]*,?[ \t]*([a-z]{2,}nya)(?=[ \t]*[.,;\n]|$)")


CIRCUMSTANCE = re.compile(r"\s(?:di|dari|saat|ketika|dalam|usai|seusai|kepada|pada|melalui|sewaktu|setelah|sebelum|seperti)\s")


ENDS_WITH_BAHWA = re.compile(r"\bbahwa$")


TRAILING_BAHWA = re.compile(r"\s*(?:bahwa)?\s*,?$")


OPENS_WITH_MENURUT = re.compile(r"(?i)^\s*menurut\s+(.+)$")


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    position: str  # 'after', 'before', 'alone'
    end: int = 0  # where the attribution ends (after the cue phrase), 0 when it ends at the quote


def cue_after(text: str, span: Span, para_end: int, evidence: NameEvidence) -> Attribution | None:
    """`," kata X`, `," ujarnya`, `" kata dia`: the cue right after the closing mark."""
    L = lex()
    if not span.closed:
        return None
    m = L.cue_pattern.match(text, span.close_end)
    if not m or m.end() > para_end or not m.group("cue")[:1].islower():
        # A verb we do not list, with -nya: `," ujanya.`, `," menurutnya.`
        inner = text[span.start : span.end].rstrip()
        other = PRONOUN_VERB.match(text, span.close_end)
        if other and other.end() <= para_end and inner[-1:] in ",.!?\u2026":
            return Attribution(Mention((), None, pronoun=True, text=other.group(1)), other.group(1), "after", other.end())
        return _name_then_verb(text, span.close_end, para_end, evidence) if inner[-1:] in ",.!?\u2026" else None
    if m.end() < len(text) and (text[m.end()] == "-" or text[m.end()].isalnum()):
        return None
    cue = m.group("cue").lower()
    if m.group("nya"):
        return Attribution(Mention((), None, pronoun=True, text=m.group(0).strip()), cue + "nya", "after", m.end())
    phrase, end = read_speaker_phrase(text, m.end(), para_end)
    if _refers_back(phrase, text, end, para_end):
        # `kata mantan kapten tim nasional itu`, `pungkas Doktor politik ... ini`:
        # a description of someone already named, as a pronoun would be
        return Attribution(Mention((), None, pronoun=True, text=phrase), cue, "after", end)
    mention = parse_mention(phrase, evidence) if phrase else None
    if mention is None:
        if phrase and fold(phrase.split()[0]) in L.pronouns:
            mention = Mention((), None, pronoun=True, text=phrase)
        elif fold(phrase) in evidence.organisations:
            mention = Mention((), phrase, role_only=True, text=phrase)  # `tulis BMN`, defined earlier
        else:
            return Attribution(None, cue, "after", end)
    return Attribution(mention, cue, "after", end)


# `Rizal Tuasikal salah satu warga lainnya mengaku`: a name, then its role with no comma.
NAME_THEN_DETERMINER = re.compile(r"^((?:[A-Z][\w'\u2019\-]*[ \t]+){0,3}[A-Z][\w'\u2019\-]*)( (?:salah (?:satu|seorang)|seorang) )")
# A description ending with a demonstrative refers back: `mantan kapten tim nasional itu`.
REFERS_BACK = re.compile(r"\S[ \t]+\S+[ \t]+(?:itu|tersebut|ini)$")
DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b")  # `Ketua Perhimpunan Guru Sentosa tersebut`
def _refers_back(phrase: str, text: str, end: int, para_end: int) -> bool:
    """Is the cue's phrase a description with a demonstrative (`mantan kapten tim
    nasional itu`), with no name set off in it, opening with a role or a lower-case word?"""
    L = lex()
    if not phrase or " " not in phrase or "," in phrase or "(" in phrase:
        return False
    head = phrase.split()[0]
    if head[:1].isupper() and fold(head) not in L.offices and fold(head) not in L.roles:
        return False  # `Rudi Hartono itu` is no description
    return bool(REFERS_BACK.search(phrase) or DEMONSTRATIVE_AFTER.match(text, end, para_end))


# `"...," Yanti memungkas.`: a short name, then a reporting verb ending the sentence.
NAME_THEN_VERB = re.compile(r"[ \t]*((?:[A-Z][\w'\u2019\-]*[ \t]+){1,3})([a-z]+)(?=[ \t]*[.,;](?:\s|$))")


def _name_then_verb(text: str, pos: int, para_end: int, evidence: NameEvidence) -> Attribution | None:
    m = NAME_THEN_VERB.match(text, pos, para_end)
    if not m or m.group(2) not in lex().reporting:
        return None
    mention = parse_mention(m.group(1).strip(), evidence)
    if mention is None or not mention.name:
        return None
    return Attribution(mention, m.group(2), "after", m.end())


def subject_before(text: str, clause_lo: int, verb_at: int, evidence: NameEvidence) -> Mention | None:
    """The speaker in `X mengatakan`, `Sutini (52), pemilik toko, mengatakan`."""
    L = lex()
    clause = text[clause_lo:verb_at]
    words = clause.split()
    while words and fold(words[-1].rstrip(",")) in TRAILING_ADVERBS:
        words.pop()  # `Ganjar Pranowo bahkan menyatakan`, `Luthfi juga menegaskan`
    if words and common_opener(text, clause_lo, words[0].rstrip(",")):
        words.pop(0)  # `Awalnya Rini mengaku`, `Sekarang, dia mengklaim`
    clause = NAME_THEN_DETERMINER.sub(r"\1,\2", " ".join(words).strip(" ,"), count=1)
    if not clause:
        return None
    words = clause.split()
    if fold(words[0].rstrip(",")) in L.pronouns and len(words) <= 3:
        return Mention((), None, pronoun=True, text=clause)
    if len(clause) > 250:
        clause = clause[-250:]
    mention = parse_mention(clause, evidence)
    if mention is None or not mention.name:
        # `Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (16/9), mengatakan`
        m = CIRCUMSTANCE.search(clause)
        if m:
            shorter = parse_mention(clause[: m.start()], evidence)
            if shorter is not None and shorter.name:
                return shorter
    return mention


def cue_before(text: str, span: Span, para_start: int, evidence: NameEvidence) -> Attribution | None:
    """`X mengatakan, "`, `Menurut X, "`, `X: "`, `kata X, "` before the opening mark."""
    L = lex()
    lo = clause_start(text, para_start, span.open_at)
    window = text[lo : span.open_at]
    if not window.strip():
        return None
    stripped = window.rstrip()
    if stripped.endswith(":") and len(stripped.split()) <= 12:
        head = stripped[:-1]
        m = L.reporting_pattern.search(head)
        if m:
            mention = subject_before(text, lo, lo + m.start(), evidence)
            return Attribution(mention, m.group("verb"), "before") if mention else None
        mention = parse_mention(head, evidence)
        return Attribution(mention, ":", "before") if mention else None
    if not stripped.endswith(",") and not ENDS_WITH_BAHWA.search(stripped):
        return None
    head = TRAILING_BAHWA.sub("", stripped)
    m = OPENS_WITH_MENURUT.match(head)
    if m:
        mention = parse_mention(m.group(1), evidence)
        return Attribution(mention, "menurut", "before") if mention else None
    verbs = list(L.reporting_pattern.finditer(head))
    if verbs and not head[verbs[-1].end() :].strip():
        verb = verbs[-1]
        mention = subject_before(text, lo, lo + verb.start(), evidence)
        return Attribution(mention, verb.group("verb"), "before") if mention else None
    m = L.cue_pattern.search(head)
    if m and m.group("cue")[:1].islower() and m.group("nya") and not head[m.end() :].strip(" ,"):
        # `"A," lanjutnya, "B."`
        return Attribution(Mention((), None, pronoun=True, text=m.group(0).strip()), m.group("cue").lower() + "nya", "before")
    if m and m.group("cue")[:1].islower():
        phrase, stop = read_speaker_phrase(text, lo + m.end(), span.open_at)
        if phrase and not text[stop : span.open_at].strip(" ,"):
            mention = parse_mention(phrase, evidence)
            if mention:
                return Attribution(mention, m.group("cue").lower(), "before")
    return None


def stands_alone(text: str, span: Span, para: Paragraph) -> bool:
    """A span that is a sentence or paragraph of its own, not a term inside a sentence."""
    # Only the few characters around the marks are looked at, so that a huge
    # paragraph full of quote marks stays linear.
    lo = max(para.start, span.open_at - 80)
    before = text[lo : span.open_at].rstrip()
    if before and before[-1] not in SENTENCE_END + ":\"\u201d" and not abbreviation_before(text, lo + len(before) - 1):
        return False
    end = para.end if span.last_paragraph == para.index else len(text)
    after = text[span.close_end : min(end, span.close_end + 80)].lstrip()
    if after and not (after[0].isupper() or after[0] in "\"\u201c\u201d(["):
        return False
    inner = text[span.start : span.end].strip()
    return len(inner.split()) >= 2 or inner[-1:] in SENTENCE_END + ","
