"""Token shapes: how one word is compared (``fold``) and what it can be (part of
a name, an initial, an acronym, an office or rank word)."""
from __future__ import annotations

import re
from functools import lru_cache

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import lex, ORG_PREFIXES, TOKEN_CACHE


APOSTROPHES = "'\u2019\u2018`"


APOSTROPHE_FOLD = str.maketrans({a: "'" for a in APOSTROPHES[1:]})


WORD = re.compile(r"[^\W_][\w'\u2019\u2018.\-/&]*")


SENTENCE_END = ".!?\u2026"


ROMAN = re.compile(r"[IVXL]+")


CAMEL_CASE = regex.compile(r"\p{Ll}\p{Lu}")


# Capitalised nouns made with pe-...-an opening a sentence (`Penanganan Covid`).
NOUN_SHAPE = re.compile(r"pe(?:n|m|ng|ny|r)?[a-z]{3,}an$")


# Capitalised verbs opening a sentence (`Diterangkan Arifin`, `Menurutnya`).
# A bare -an ending makes verbs only with ber- and per- (`Berdatangan`): a me-
# word ending in -an is a name (`Mediarman`).
VERB_SHAPE = re.compile(r"(?:di|me[mnr]?|ter)[a-z]{3,}(?:kan|i|nya)$|(?:ber|per)[a-z]{3,}(?:kan|an|i|nya)$")


@lru_cache(maxsize=TOKEN_CACHE)
def fold(token: str) -> str:
    """A token as compared: lower case, one apostrophe style, no final period."""
    return token.translate(APOSTROPHE_FOLD).rstrip(".").lower()


def is_upper_start(token: str) -> bool:
    return token[:1].isupper()


@lru_cache(maxsize=TOKEN_CACHE)
def is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=TOKEN_CACHE)
def name_like(token: str) -> bool:
    """Could this token be part of a person's name?"""
    L = lex()
    if not is_upper_start(token):
        return False
    key = fold(token)
    if key in L.name_words:
        return True
    if (
        key in L.titles or key in L.places or key in L.not_names or key in L.ranks
        or key in L.honorifics or key in L.roles or key in L.cues or key in L.reporting
    ):
        return False
    if is_acronym(token) and len(token.rstrip(".")) > 1:
        return False
    if any(ch.isdigit() for ch in token):
        return False
    if CAMEL_CASE.search(token):
        return False  # a product or brand: `GeNose`, `GoPay`
    if len(key) >= 8 and key.endswith("nya"):
        return False  # a common word with -nya opening a sentence: `Tujuannya`, `Sebelumnya`
    if "-" in key:
        first, _, second = key.partition("-")
        if second and first.endswith(second):
            return False  # a reduplicated common word: `Berkali-kali`
    return not (VERB_SHAPE.match(key) or NOUN_SHAPE.match(key) or key.startswith(ORG_PREFIXES))


@lru_cache(maxsize=TOKEN_CACHE)
def keeps_period(token: str) -> bool:
    """Initials and abbreviations keep their period (M., H., Dr.); a word does not."""
    if not token.endswith("."):
        return False
    core = token.rstrip(".")
    return len(core) <= 2 or "." in core or fold(core) in lex().honorifics


@lru_cache(maxsize=TOKEN_CACHE)
def name_initials(token: str) -> bool:
    """Short capitals that belong to a name (`MD` in Mahfud MD, `RZ`), not an
    office, place, rank or roman numeral."""
    L = lex()
    key = fold(token)
    return (
        is_acronym(token) and len(token) <= 3 and not ROMAN.fullmatch(token)
        and not (key in L.titles or key in L.places or key in L.honorifics or key in L.ranks)
    )


def initials_after_rank(token: str, before: str) -> bool:
    L = lex()
    return (
        name_initials(token) and fold(token) not in L.offices
        and (fold(before) in L.ranks or fold(before) in L.honorifics)
    )


def usual_name(key: str) -> bool:
    """Is the (folded) word a given name, a common name or a first name of the lexicons?"""
    L = lex()
    return key in L.given_names or key in L.common_names or key in L.first_names


@lru_cache(maxsize=TOKEN_CACHE)
def office_rank_or_honorific(token: str) -> bool:
    L = lex()
    key = fold(token)
    return key in L.offices or key in L.ranks or key in L.honorifics


@lru_cache(maxsize=TOKEN_CACHE)
def opens_title(token: str) -> bool:
    L = lex()
    key = fold(token)
    return key in L.offices or key in L.roles or key in L.ranks
