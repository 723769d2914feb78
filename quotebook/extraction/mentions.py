"""Mentions: a phrase naming a person (``salah satu pedagang sayuran,
Jonathan``, ``Sutini (52), pemilik toko``) read into its comma-separated parts,
the part with the name found and the name's run of words bounded."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import (
    ENGLISH_CONNECTORS, INSTITUTION_KINDS, lex, NAME_PARTICLES, NAMING_WORDS, PHRASE_CACHE, PLACE_KINDS, TITLE_CONNECTORS,
)
from .tokens import name_initials, initials_after_rank, is_acronym, is_upper_start, keeps_period, name_like, fold, WORD
from .titles import is_role_segment, Mention, role_mention, Segment, split_title, strip_determiners
from .evidence import NameEvidence


PARENS_AND_COMMAS = re.compile(r"[(),]")


# An academic or professional degree written after a name: `S.H.`, `M.Si.`, `Ph.D`, `MBA`.
DEGREE = re.compile(r"(?:(?:[A-Z][a-zA-Z]{0,3}\.){1,3}[A-Za-z]{0,3}\.?|MBA|MM|MSc|MA|MH|SH|SE|PhD|SKom|SPd|MPd|MSi)")


PAREN = re.compile(r"\(([^()]*)\)")


# Kinds of region always followed by the region's own name (never a person's):
# `Kabupaten Sukamaju`, `Kecamatan Cibiru`. Not Jalan or Gedung, named after people.
REGION_KINDS = frozenset("kabupaten kota kecamatan kelurahan desa provinsi dusun".split())


def _split_segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, keeping commas inside parentheses."""
    if "(" not in phrase:
        return [s.strip() for s in phrase.split(",") if s.strip()]
    out, depth, start = [], 0, 0
    for m in PARENS_AND_COMMAS.finditer(phrase):  # only these characters matter
        i, ch = m.start(), m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(phrase[start:i])
            start = i + 1
    out.append(phrase[start:])
    return [s.strip() for s in out if s.strip()]


def _segment_tokens(segment: str) -> tuple[list[str], bool]:
    """The words of one segment, parentheses kept as one token; and whether an age in
    parentheses follows a word (``Sutini (52)``), a strong sign of a name."""
    tokens: list[str] = []
    has_age = False
    pos = 0
    for m in PAREN.finditer(segment):
        tokens.extend(WORD.findall(segment[pos : m.start()]))
        inner = m.group(1).strip()
        if inner.isdigit():
            has_age = True
        elif inner:
            tokens.append(f"({inner})")
        pos = m.end()
    tokens.extend(WORD.findall(segment[pos:]))
    return [t if not t.endswith(".") or keeps_period(t) else t.rstrip(".") for t in tokens], has_age


def _name_run(tokens: list[str]) -> int:
    """Index where the trailing run of name tokens starts (len(tokens) if none).

    Short capitals inside or after a name belong to it (`Mahfud MD`, `Bambang
    PS Brodjonegoro`), and a name never starts with a title word that is also
    a name word right after an office (`Direktur Utama`, `Jaksa Agung`).
    """
    L = lex()
    i = len(tokens)
    while i > 0:
        t = tokens[i - 1]
        inner = i - 1 > 0 and name_like(tokens[i - 2])
        if name_like(t):
            i -= 1
        elif inner and i < len(tokens) and (fold(t) in NAME_PARTICLES or (t[:1].isupper() and fold(t) in L.cues)):
            i -= 1  # `Ahmad bin Salim`, `Gitadi Tegas Supramudyo`
        elif t in ("Al", "El") and i < len(tokens):
            i -= 1  # the Arabic article opening a name: `Al Chaidar`
        elif inner and name_initials(t):
            i -= 1
        else:
            break
    while i < len(tokens) and i > 0 and fold(tokens[i]) in L.name_words and fold(tokens[i - 1]) in L.offices:
        i += 1
    if 1 < i < len(tokens) and initials_after_rank(tokens[i - 1], tokens[i - 2]):
        i -= 1  # `Inspektur Jenderal RZ Panca Putra Simanjuntak`

    if 1 < i < len(tokens) and tokens[i - 1] == "Lalu" and tokens[i - 2][:1].isupper():
        i -= 1  # the Sasak name prefix after a title (`... Lombok Utara Lalu Kusnawan`), not the adverb
    return i


@lru_cache(maxsize=PHRASE_CACHE)
def _segment(seg: str) -> Segment | None:
    """One comma-separated part of a speaker phrase as (words, where its name
    starts or len(words) when it has none, whether an age follows a word);
    None when it has no words. Cached apart from the phrase: the parts of a
    long subject clause come back in other clauses."""
    L = lex()
    tokens, has_age = _segment_tokens(seg)
    if not tokens:
        return None
    start = _name_run(tokens)
    prev = fold(tokens[start - 1]) if start > 0 else ""
    has_name = start < len(tokens)
    if has_name and start > 0 and tokens[start - 1][:1].isalpha() and not is_upper_start(tokens[start - 1]):
        # `di Kantor PSSI`, `sekitar Tanggul Usman`: a place, not a name,
        # unless a role word stands before it (`jaksa Ali Mukartono`).
        if prev in ENGLISH_CONNECTORS:
            # `Network for Democracy and Electoral Integrity Ferry Kurnia Rizkiyansyah`
            # names a person after the English; `PT House of Rattan` does not.
            has_name = len(tokens) - start >= 3
        elif not (
            prev in L.roles or prev in L.titles or prev in L.ranks or prev in L.honorifics
            or prev in TITLE_CONNECTORS or prev in NAMING_WORDS
        ):
            has_name = False
    if has_name and len(tokens) - start == 1 and is_acronym(tokens[-1]):
        has_name = False
    if has_name and len(tokens) - start == 1 and prev in PLACE_KINDS:
        has_name = False  # `warga Kelurahan Sukasari`: where, not who
    if has_name and prev in ("pihak", "kubu", "manajemen"):
        has_name = False  # `pihak Jouska`: the organisation speaking, not a person
    if has_name and len(tokens) - start == 3 and (prev in PLACE_KINDS or prev in INSTITUTION_KINDS):
        start += 1  # `Universitas Tadulako Hendra Wijaya`, `Kabupaten Karawang Yudi Prasetyo`
    elif has_name and len(tokens) - start == 2 and prev in REGION_KINDS and not (start > 1 and fold(tokens[start - 2]) == "wali"):
        start += 1  # `Kabupaten Sukamaju Wulandarini` (not `Wali Kota Mohammad Idris`): the region's name
    if has_name and fold(tokens[start]) in PLACE_KINDS:
        # `pedagang Pasar Minggu`: a place, no name; in a longer run the
        # place comes first and the name after it.
        if len(tokens) - start <= 2:
            has_name = False
        else:
            start += 2
    return tuple(tokens), start if has_name else len(tokens), has_age


@lru_cache(maxsize=PHRASE_CACHE)
def _segments(phrase: str) -> tuple[tuple[Segment, ...], int | None]:
    """The comma-separated parts of a speaker phrase, each as (words, where its
    name starts, whether an age follows), and which part holds the name. This
    part does not depend on the article, so it is computed once per phrase."""
    L = lex()
    segments = [seg for seg in _split_segments(phrase) if not DEGREE.fullmatch(seg)]
    parsed = [found for found in map(_segment, segments) if found is not None]
    # The segment with the name: one with an age beside it (`Sutini (52)`),
    # else one that is a name alone (`Fia, warga Simpang Mayang`), else one
    # with a name of two words or more, else the last with a name.
    # A part followed later by one opening with `dan` is an item of a list of
    # units (`..., Cipta Karya, dan Tata Ruang ... Iman Krestian`), not a name.
    list_from = next((i for i, (tokens, _, _) in enumerate(parsed) if i and fold(tokens[0]) in ("dan", "serta")), None)

    def rank(i: int):
        tokens, start, has_age = parsed[i]
        alone = all(fold(t) in L.ranks or fold(t) in L.honorifics for t in tokens[:start])
        in_list = list_from is not None and i < list_from
        # `Dedy, Kepala Peleton ..., Kebayoran Baru`: a name alone, then its role
        head = i == 0 and start == 0 and len(parsed) > 1 and is_role_segment(parsed[1][0])
        return (has_age, head, alone and not in_list, len(tokens) - start >= 2, i)

    with_name = [i for i, (tokens, start, _) in enumerate(parsed) if start < len(tokens)]
    name_seg = max(with_name, key=rank) if with_name else None
    return tuple(parsed), name_seg


def parse_mention(phrase: str, evidence: "NameEvidence | None" = None) -> Mention | None:
    """Title and name from a phrase such as ``Kepala Cabang BPJAMSOSTEK Semarang
    Majapahit Imron Fatoni``, ``salah satu pedagang sayuran, Jonathan``,
    ``Sutini (52), pemilik toko``, ``seorang warga``.

    ``evidence`` tells where a run of capitalised words that could be place
    or name starts to be a name (see ``NameEvidence``). With it, a phrase is
    parsed once per article: the same name comes back at several cues.
    """
    if evidence is None:
        return _parse_mention(phrase, None)
    if phrase not in evidence.mentions:
        evidence.mentions[phrase] = _parse_mention(phrase, evidence)
    return evidence.mentions[phrase]


def _parse_mention(phrase: str, evidence: "NameEvidence | None") -> Mention | None:
    L = lex()
    phrase = phrase.strip(" ,;:-\u2013\u2014")
    if not phrase:
        return None
    parsed, name_seg = _segments(phrase)
    if not parsed:
        return None
    if name_seg is None:
        tokens = parsed[-1][0]
        if evidence and len(tokens) >= 2 and _surname_like_a_place(tokens[-2], tokens[-1], evidence):
            # `Direktur ... Panca Karya Rusdy Ambon`, called Rusdy: the place word is his surname
            title = " ".join(strip_determiners(list(tokens[:-2]))) or None
            return Mention(tuple(tokens[-2:]), title, text=phrase)
        return _role_mention(phrase)

    tokens, start, _ = parsed[name_seg]
    name = tokens[start:]
    prefix = tokens[:start]
    # A capitalised run may hold the end of a place before the name: cut it at
    # the first token the article uses alone for a person.
    cut = 0
    if evidence and len(name) >= 2:
        cut = evidence.name_start(name, prefix[-1] if prefix else "", set_off=not prefix and name_seg > 0)
    if not cut and len(name) >= 3:  # (a name of one or two words has nothing to cut)
        def known(t: str) -> bool:
            key = fold(t)
            return key in L.given_names or key in L.common_names or bool(evidence and key in evidence.short)

        after_place = bool(prefix) and fold(prefix[-1]) in L.places  # `DKI Jakarta Cucu Ahmad Kurnia`
        cut = 0 if after_place else next(
            (k for k in range(1, len(name) - 1) if fold(name[k]) in L.first_names and not any(map(known, name[:k]))),
            0,
        )
        if (
            not cut and prefix and len(name) >= 3 and known(name[1]) and not known(name[0])
            and evidence is not None and evidence.independent(name[0], name[1])
        ):
            cut = 1  # `Etanee Herry Nugraha`: an organisation's last word, then the name
    if (
        not cut and prefix and len(name) > 3 and fold(name[0]) not in L.given_names
        and not (evidence and fold(name[0]) in evidence.cued)
        and not (fold(prefix[-1]) in L.ranks or fold(prefix[-1]) in L.honorifics)
    ):
        # At most three words of a long run are the name, unless the article
        # writes its first word alone after a cue or a rank stands right before it
        # (`Komisaris Besar Ade Ary Syam Indradi`).
        cut = len(name) - 3
    return _mention_with_name(phrase, cut)


def _surname_like_a_place(before: str, last: str, evidence: "NameEvidence") -> bool:
    """Is `last`, a place word such as Ambon or Timur, the surname of a person
    the article calls by the word before it (`Rusdy Ambon` ... `Menurut Rusdy`)?"""
    L = lex()
    return (
        is_upper_start(last) and fold(last) in L.places and name_like(before)
        and fold(before) in evidence.cued  # an organisation speaking is no short form: `Persib menegaskan`
    )


@lru_cache(maxsize=PHRASE_CACHE)
def _mention_with_name(phrase: str, cut: int) -> Mention:
    """The rest of parse_mention once the article has told how many words of the
    name's run go to the title (cut): a function of the phrase and cut alone, so
    cached. The Mention is shared by every article that asks; nothing changes it."""
    parsed, name_seg = _segments(phrase)
    assert name_seg is not None  # only called for a phrase with a name
    return split_title(phrase, parsed, name_seg, cut)


@lru_cache(maxsize=PHRASE_CACHE)
def _role_mention(phrase: str) -> Mention | None:
    """A mention with no name, a function of the phrase alone, so cached (the
    Mention is shared, never changed)."""
    return role_mention(phrase, _segments(phrase)[0])
