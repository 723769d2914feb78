"""Speaker phrases: the words after a cue verb that name the speaker
(``kata Juru Bicara KPK Johan Budi di Jakarta, Jumat.`` gives ``Juru Bicara
KPK Johan Budi``)."""
from __future__ import annotations

import re

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import lex, NAME_PARTICLES, NAMING_WORDS, ROLE_PHRASE_STOPS, TITLE_CONNECTORS
from .tokens import keeps_period, name_like, fold, WORD


PARAGRAPH_END = re.compile(r"[ \t]*(?:\n|$)")


PHRASE_TOKEN = re.compile(r"[ \t]*(?:(\([^()\n]{0,80}\))|([,;:.!?\u2026\"\u201c\u201d\u2013\u2014])|([^\W_][\w'\u2019\u2018.\-/&]*))")


PAREN_WORDS = regex.compile(r"[\p{L}\p{M}\s.\-&]{1,40}")  # `(Elsam)`, `(Persero)` inside a title


VERB_WORD = regex.compile(r"(?:me|ber|ter)\p{L}{3,}$")  # a verb ends a lower-case speaker phrase


DATED_CREDIT = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*/")
APPOSITIVE = re.compile(r"[^,.;:\n\"\u201c\u201d()]{1,80}")


def read_speaker_phrase(text: str, pos: int, end: int) -> tuple[str, int]:
    """The phrase naming the speaker after a cue verb, and where it ends.

    ``kata Juru Bicara KPK Johan Budi di Jakarta, Jumat.`` gives ``Juru Bicara
    KPK Johan Budi``; ``kata salah satu pedagang sayuran, Jonathan, di Pasar``
    gives ``salah satu pedagang sayuran, Jonathan``; ``kata petugas keamanan
    di Kantor PSSI, Kamis`` gives ``petugas keamanan di Kantor PSSI``.
    """
    L = lex()
    parts: list[str] = []
    lower_mode: bool | None = None  # the phrase started with a lower-case word
    i = pos
    while len(parts) < 30:
        m = PHRASE_TOKEN.match(text, i)
        if not m or m.end() > end:
            break
        paren, punct, word = m.groups()
        if paren:
            inner = paren[1:-1].strip()
            if not parts or not (inner.isdigit() or PAREN_WORDS.fullmatch(inner)):
                break
            parts.append(paren)
            i = m.end()
            continue
        if punct:
            if punct != "," or not parts:
                break
            seg_end = _appositive_end(text, m.end(), end, bool(lower_mode))
            if seg_end is None:
                break
            parts.append(",")
            nxt = PHRASE_TOKEN.match(text, m.end())
            if nxt and nxt.group(3) and not nxt.group(3)[:1].isupper():
                lower_mode = True  # a role follows the name: `Ratna Dewi, ketua RT setempat`
            i = m.end()
            continue
        sentence_end = word.endswith(".") and (
            not keeps_period(word) or PARAGRAPH_END.match(text, m.end())  # `kata Mahfud MD.` ends a paragraph
        )
        bare = word.rstrip(".") if sentence_end else word
        key = fold(bare)
        if bare[:1].isdigit() and parts and not lower_mode:
            pass  # a unit's number inside a title: `Daop 8 Surabaya`, `RT 001`
        elif not bare[:1].isupper():
            if not parts:
                if key in L.pronouns or key in L.roles or key in L.titles or any(
                    d.split()[0] == key for d in L.determiners
                ):
                    lower_mode = True
                else:
                    break
            elif lower_mode:
                if key in ROLE_PHRASE_STOPS or (
                    VERB_WORD.match(key) and key not in L.roles and key not in L.titles and key not in NAMING_WORDS
                ):
                    break
            elif not (key in TITLE_CONNECTORS and _next_is_upper(text, m.end(), end)) and key not in L.roles:
                break
            elif key in L.roles and parts[-1][:1] == "(" and parts[-1][1:-1].strip().isdigit():
                parts.append(",")  # `Dodo (40) warga yang tinggal ...`: the role after the age, set off
                lower_mode = True
        else:
            if key in L.not_names and key not in L.pronouns and parts:
                break
            if lower_mode is None or name_like(bare):
                lower_mode = False  # after a name, a lower-case word ends the phrase
        parts.append(bare)
        i = m.end()
        if sentence_end:
            break
    phrase = " ".join(parts).replace(" ,", ",").strip(", ")
    return phrase, i


def _next_is_upper(text: str, pos: int, end: int) -> bool:
    m = PHRASE_TOKEN.match(text, pos)
    return bool(m and m.group(3) and m.end() <= end and m.group(3)[:1].isupper())


def _appositive_end(text: str, pos: int, end: int, lower_mode: bool) -> int | None:
    """After a comma in a speaker phrase: does a name (or rank and name) follow,
    as in `pedagang sayuran, Jonathan,`? Then where it ends, else None."""
    L = lex()
    m = APPOSITIVE.match(text, pos)
    if not m or m.end() > end:
        return None
    words = []
    found = WORD.findall(m.group(0))
    if found and fold(found[0]) in ("dan", "serta") and len(found) > 1 and found[1][:1].isupper():
        found = found[1:]  # the last item of a list of units: `Ketahanan Pangan, Kelautan, dan Pertanian`
    for w in found:
        if not (w[:1].isupper() or fold(w) in NAME_PARTICLES):
            break
        words.append(w)
    if not words:
        # A role after the name: `kata Ratna Dewi, ketua RT setempat`.
        found = WORD.findall(m.group(0))
        if not lower_mode and found and len(found) <= 8 and (fold(found[0]) in L.roles or fold(found[0]) in L.offices):
            return m.end()
        return None
    if len(words) > 6 or fold(words[0]) in L.not_names:
        return None
    if m.group(0).strip() == words[0] and DATED_CREDIT.match(text, m.end()):
        return None  # `kata Rahmat, Kompas (19/2/2022)`: the outlet and date of the interview
    if not any(name_like(w.rstrip(".")) for w in words) and not _appositive_end(text, m.end() + 1, end, lower_mode):
        return None  # a place may stand between role and name: `Kepala Puskesmas X, Jakarta Utara, Edison`
    return m.end()
