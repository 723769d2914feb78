"""Token shapes: how one word is compared (``fold``) and what it can be (part of
a name, an initial, an acronym, an office or rank word)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, TYPE_CHECKING

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import VOCAB

if TYPE_CHECKING:  # (mypyc's machine integer; an int when run as Python)
    from mypy_extensions import i64

# A capitalised word as names are written (`O'Neil`, `Butar-butar`, `Ma’ruf`), and a
# name of one to four such words of two letters or more: regex (not re) patterns.
NAME_WORD: Final = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*"
SHORT_NAME: Final = r"\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019\-]+){0,3}"

# Per-process caches of pure functions of one word or one phrase. They are
# bounded to fill within the first thousand articles or so, so that
# a worker's memory is the same for ten thousand articles as for a million.
TOKEN_CACHE: Final = 1 << 13
PHRASE_CACHE: Final = 1 << 12


def one_of(chars: str, then: str = "") -> str:
    r"""The pattern `[chars]then`, written as the alternatives `c1then|c2then|...`.

    Python's re skips fast over a text (one test per character) only to the
    places where an alternative opens with a literal character; an
    alternative that opens with a class, a group or `\b` makes it try the
    whole pattern at every position. The patterns run over whole texts are
    therefore written with literal openings, built with this. Two lookbehinds
    then stand in for what would have come before the literal: `(?<=\s.)`
    (the character before it is a space) and `(?<!\w.)` (a word starts
    with it, as `\b` before it would say)."""
    return "|".join(re.escape(c) + then for c in chars)


def whole_words(words: tuple[str, ...]) -> str:
    r"""The pattern `\b(?:w1|w2|...)`, each word opening with its literal first
    letter (see one_of): `i(?<!\w.)tu|t(?<!\w.)ersebut|...`."""
    return "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words)


def alternatives(words: tuple[str, ...]) -> str:
    """The words (written as they are, in their order) as regex alternatives."""
    return "|".join(map(re.escape, words))


# The forms of address, capitalised, as regex alternatives: `Pak`, `Bu`, `Mbah`, `Kang` (data/honorifics.txt,
# data/familiar_address.txt).
ADDRESS_WORD: Final = "|".join(sorted({w.capitalize() for w in VOCAB.honorifics | VOCAB.familiar_address if w.isalpha()}))


APOSTROPHES: Final = "'\u2019\u2018`"
APOSTROPHE_FOLD: Final = str.maketrans({a: "'" for a in APOSTROPHES[1:]})
WORD: Final = re.compile(r"[^\W_][\w'\u2019\u2018.\-/&]*")
SENTENCE_END: Final = ".!?\u2026"
# The demonstratives that close a description pointing back (`Ketua Perhimpunan Guru Sentosa tersebut`).
DEMONSTRATIVES: Final = frozenset({"itu", "tersebut", "ini"})
DEMONSTRATIVE_AFTER: Final = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b")
# `Unggahan itu dibagikannya`, `foto yang diunggahnya`: a passive verb whose agent
# `-nya` takes up a person as a pronoun does (after a demonstrative or `yang`, not
# a noun such as `dinasnya`).
PASSIVE_WITH_AGENT: Final = re.compile(
    rf"(?:{whole_words(('itu', 'tersebut', 'ini', 'yang'))})[ \t]+(?:(?:juga|pun|telah|sudah)[ \t]+)?(di[a-z]{{3,}}nya)\b"
)
ROMAN: Final = re.compile(r"[IVXL]+")
CAMEL_CASE: Final = regex.compile(r"\p{Ll}\p{Lu}")
# Capitals, then lower case: a firm or a product (`JPMorgan`, `PPh`), no name word.
CAPITALS_THEN_LOWER: Final = regex.compile(r"\p{Lu}{2,}\p{Ll}")
# `McDonald`, `McTominay`, `MacPherson`: a capital after the Irish and Scottish `Mc`
# and `Mac` is a name's.
MC_NAME: Final = regex.compile(r"Ma?c\p{Lu}\p{Ll}+$")
# Capitalised nouns made with pe-...-an opening a sentence (`Penanganan Covid`). No
# Indonesian root opens with z, q, x or v: `Pezavian` is a name.
NOUN_SHAPE: Final = re.compile(r"pe(?:n|m|ng|ny|r)?(?![zqxv])[a-z]{3,}an$")
# And with ke-...-an (`Kebangkitan`, `Kedatangan`): no first name, though a word of a body's
# name may have that shape (`RS Budi Kemuliaan`), so not one of _shaped_as_no_name.
KE_NOUN_SHAPE: Final = re.compile(r"ke(?![zqxv])[a-z]{3,}an$")
# Capitalised verbs opening a sentence (`Diterangkan Arifin`, `Menurutnya`).
# A bare -an ending makes verbs only with ber- and per- (`Berdatangan`): a me-
# word ending in -an is a name (`Mediarman`). Before any other consonant me- becomes
# mem-, men-, meng- or meny- (`menggali`), so `Megawati`, `Mesakh` are no verbs.
VERB_SHAPE: Final = re.compile(r"(?:di|me[mnr]?(?=[aeioulmnrwy])|ter)[a-z]{3,}(?:kan|i|nya)$|(?:ber|per)[a-z]{3,}(?:kan|an|i|nya)$")


# The caches of the functions of one word called most (hundreds of times an article): a
# dict, emptied when full. Compiled, a call of a function that looks up its own dict costs
# a fraction of one through lru_cache, whose wrapper is called as a Python object.
FOLDED: Final[dict[str, str]] = {}
NAME_LIKE: Final[dict[str, bool]] = {}
ACRONYM: Final[dict[str, bool]] = {}
KEEPS_PERIOD: Final[dict[str, bool]] = {}
NAME_INITIALS: Final[dict[str, bool]] = {}
OFFICE_RANK_OR_HONORIFIC: Final[dict[str, bool]] = {}
OPENS_TITLE: Final[dict[str, bool]] = {}
COMMON_WORD: Final[dict[str, bool]] = {}


def kept(cache: dict[str, bool], token: str, answer: bool) -> bool:
    """The answer, kept in the cache of its function (emptied when full)."""
    if len(cache) >= TOKEN_CACHE:
        cache.clear()
    cache[token] = answer
    return answer


def fold(token: str) -> str:
    """A token as compared: lower case, one apostrophe style, no final period."""
    folded = FOLDED.get(token)
    if folded is None:
        if len(FOLDED) >= TOKEN_CACHE:
            FOLDED.clear()
        folded = FOLDED[token] = fold_anew(token)
    return folded


def fold_anew(token: str) -> str:
    """fold(token), not looked up nor kept: for a word seen once (a name's last word)."""
    if token.isascii() and "`" not in token:
        return token.rstrip(".").lower()  # (no apostrophe to fold: translate is slow, and a word new to the cache comes often)
    return token.translate(APOSTROPHE_FOLD).rstrip(".").lower()


def words_of(text: str, pos: int = 0, end: int | None = None) -> list[str]:
    """WORD.findall(text, pos, end); in an ASCII text, where \\w is A-Za-z0-9_, by a
    compiled loop over the codes (the engine's call costs more than a name's few words)."""
    stop: i64 = len(text) if end is None else min(end, len(text))
    if not text.isascii():
        return WORD.findall(text, pos, stop)
    found: list[str] = []
    i: i64 = max(pos, 0)
    while i < stop:
        c: i64 = ord(text[i])
        if 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122:  # (WORD's first character in ASCII: a letter or digit)
            j = ascii_word_end(text, i + 1, stop)
            found.append(text[i:j])
            i = j
        else:
            i += 1
    return found


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of WORD in the text; by a compiled loop in an ASCII
    text (see words_of)."""
    if not text.isascii():
        return [m.span() for m in WORD.finditer(text)]
    found: list[tuple[int, int]] = []
    i: i64 = 0
    stop: i64 = len(text)
    while i < stop:
        c: i64 = ord(text[i])
        if 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122:
            j = ascii_word_end(text, i + 1, stop)
            found.append((i, j))
            i = j
        else:
            i += 1
    return found


def ascii_word_end(text: str, pos: int, stop: int) -> int:
    """Where the run of WORD's other characters in ASCII (a letter, a digit, _ ' . - / &)
    from pos ends, at stop at the latest: the end of a word whose first character is
    before pos, when the character there is ASCII."""
    j: i64 = pos
    while j < stop:
        d: i64 = ord(text[j])
        if not (48 <= d <= 57 or 65 <= d <= 90 or 97 <= d <= 122 or d == 95 or d == 39 or d == 46 or d == 45 or d == 47 or d == 38):
            break
        j += 1
    return j


def run_start_bound(text: str, lo: int, hi: int, commas: bool = False) -> int:
    """A place at or after lo before which no run of capitalised words (or `dan`, `&`)
    ending at hi, perhaps with blanks and a comma after it, can start: past the last
    ASCII character no such run holds, and past the last word of ASCII lower-case letters
    that is not `dan` and cannot end with one (no such word holds a capital). A backward
    search for the run (ORG_NAME_BEFORE, NAME_WORDS_BEFORE) tried every place of its
    window; from here it finds the same. A character past ASCII never bounds it, nor,
    with COMMAS, a comma (an organisation's fields listed: see evidence.LIST_CLOSED)."""
    i = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi  # (their `$` stands before a final line break too)
    while i > lo and (text[i - 1] == " " or text[i - 1] == "\t"):
        i -= 1
    if i > lo and text[i - 1] == ",":
        i -= 1
    while i > lo:
        if text[i - 1] == " " or text[i - 1] == "\t":
            i -= 1
            continue
        j = i  # the word ending at i, read back
        lower = True
        while j > lo and text[j - 1] != " " and text[j - 1] != "\t":
            c = ord(text[j - 1])
            if c < 128 and not (65 <= c <= 90 or 97 <= c <= 122 or c == 45 or c == 39 or c == 38 or (commas and c == 44)):
                return j  # (a digit, a line break, punctuation: no run holds it)
            lower = lower and 97 <= c <= 122
            j -= 1
        if lower and not text.endswith("dan", j, i):
            return i
        i = j
    return lo


def folded(words: Sequence[str]) -> tuple[str, ...]:
    """tuple(map(fold, words)): compiled, a loop calls fold directly, where map calls it as a Python object."""
    return tuple([fold(word) for word in words])


def chunk_before(text: str, lo: int, at: int) -> str:
    """The last run of non-space characters in text[lo:at] (text[lo:at].split()[-1], or "")."""
    end = last_non_space(text, lo, at) + 1
    start = end
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def is_upper_start(token: str) -> bool:
    """token[:1].isupper(): in ASCII by the code (the method's call costs more than the test)."""
    if not token:
        return False
    c = ord(token[0])
    return 65 <= c <= 90 if c < 128 else token[:1].isupper()


def is_lower_start(token: str) -> bool:
    """token[:1].islower(), as is_upper_start."""
    if not token:
        return False
    c = ord(token[0])
    return 97 <= c <= 122 if c < 128 else token[:1].islower()


def is_acronym(token: str) -> bool:
    found = ACRONYM.get(token)
    return found if found is not None else kept(ACRONYM, token, _is_acronym(token))


def _is_acronym(token: str) -> bool:
    if "a" <= token[1:2] <= "z":
        return False  # (the cheap test first: most words are written so)
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def name_like(token: str) -> bool:
    """Could this token be part of a person's name? (Cached: see FOLDED.)"""
    found = NAME_LIKE.get(token)
    return found if found is not None else kept(NAME_LIKE, token, _name_like(token))


def _name_like(token: str) -> bool:
    if not is_upper_start(token):
        return False
    key = fold(token)
    if key in VOCAB.name_words:
        return True
    return key not in VOCAB.no_name_words and not _shaped_as_no_name(token, key)


def all_name_like(words: list[str] | tuple[str, ...]) -> bool:
    """Are the words a name: each name-like, or the last a title word that ends one?"""
    return bool(words) and all(name_like(w) for w in words[:-1]) and (name_like(words[-1]) or title_word_ends_name(words))


def title_word_ends_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Is the last word a title word that ends a name (`Hendra Wira Negara`)?
    Indonesian writes a role before the name, never right after it: a word of
    an organisation's name (not an office nor a role) closing a run of two name
    words, the first one that opens names, is the name's last word."""
    if len(tokens) >= 2 and _rank_ends_name(tokens[-2], tokens[-1]):
        return True
    if len(tokens) < 3:
        return False
    last, key = tokens[-1], fold(tokens[-1])
    if not is_upper_start(last) or key not in VOCAB.titles or key in VOCAB.offices or key in VOCAB.roles:
        return False
    first, second = tokens[-3], tokens[-2]
    return fold(first) in VOCAB.name_openers and name_like(first) and name_like(second)


def _rank_ends_name(before: str, last: str) -> bool:
    """Is the last word a rank written out (`Laksamana`, `Kolonel`) right after a name
    word? A rank stands before its holder's name, so one with no name after it is the
    surname. Not a word that is also a role or office (`Kapten`, `Komisaris`), nor a
    contraction or unit written after a rank (`Kol`, `Inf`): only a rank that is also a
    family name (data/rank_surnames.txt; not `Korps Marinir`, a corps)."""
    key = fold(last)
    return (
        key in VOCAB.rank_surnames and last[1:].islower() and name_like(before)
        and key not in VOCAB.titles and key not in VOCAB.offices and key not in VOCAB.roles
    )


def _shaped_as_no_name(token: str, key: str) -> bool:
    """Is the word, by its shape, no part of a name: an acronym, a number, a
    brand, a common word with -nya, a reduplicated word, a verb or a noun, an
    organisation's contraction?"""
    if is_acronym(token) and len(token.rstrip(".")) > 1:
        return True
    if _has_digit(token) or (_lower_then_capital(token) and not MC_NAME.match(token)):
        return True  # a product or brand: `GeNose`, `GoPay`
    if _capitals_then_lower(token):
        return True  # a firm: `JPMorgan`
    if "/" in key and _office_after_a_slash(key):
        return True  # `ATR/Kepala`: one holder's two offices, the second's word no name's
    if len(key) >= 8 and key.endswith("nya"):
        return True  # a common word with -nya opening a sentence: `Tujuannya`, `Sebelumnya`
    if "-" in key:
        first, _, second = key.partition("-")
        if second and first.endswith(second):
            return True  # a reduplicated common word: `Berkali-kali`
        if second and all(part in VOCAB.place_words or part in VOCAB.compass_words for part in key.split("-")):
            return True  # places joined: `Jawa Timur-Bali`, `Jakarta-Bandung`
    opening = key[:1]  # (a test of the first letter before each test of several openings)
    if opening in VERB_FIRST_LETTERS and key.startswith(VERB_OPENINGS) and VERB_SHAPE.match(key):
        return not _named_like_a_verb(key)
    return bool(
        (key.startswith("pe") and key.endswith(NOUN_ENDINGS) and NOUN_SHAPE.match(key))
        or (opening in ORG_PREFIX_FIRST_LETTERS and key.startswith(VOCAB.org_prefixes))
    )


def past_the_last_comma(words: list[str]) -> list[str]:
    """The words after the last that ends with a comma, all of them without one (`Lewat akun X
    pribadinya, Bambang`: `Bambang`; `Sementara itu, Rina`: `Rina`)."""
    return words[max((i + 1 for i, w in enumerate(words) if w.endswith(",")), default=0) :]


def _office_after_a_slash(key: str) -> bool:
    after = key.rpartition("/")[2]
    return after in VOCAB.offices or after in VOCAB.titles


# What every match of VERB_SHAPE opens with: a name opens with none of them most often,
# and the test costs a fraction of the engine's call (the same for NOUN_SHAPE's pe- ... -an).
VERB_OPENINGS: Final = ("di", "me", "ter", "ber", "per")
VERB_FIRST_LETTERS: Final = frozenset(o[0] for o in VERB_OPENINGS)
ORG_PREFIX_FIRST_LETTERS: Final = frozenset(p[:1] for p in VOCAB.org_prefixes)
NOUN_ENDINGS: Final = ("an", "an\n")  # (`$` stands before a final line break too)


# A new name word (a cache's miss) is read for its shape: by loops when it is ASCII, where
# \p{Ll} and \p{Lu} are a-z and A-Z (the engine's call costs more than such a word).
def _lower_then_capital(token: str) -> bool:
    """Is there a lower-case letter right before a capital (CAMEL_CASE)?"""
    if not token.isascii():
        return CAMEL_CASE.search(token) is not None
    lower = False
    for i in range(len(token)):
        c = ord(token[i])  # (compiled: a code read, where `for ch in token` makes a string of each)
        if lower and 65 <= c <= 90:
            return True
        lower = 97 <= c <= 122
    return False


def _capitals_then_lower(token: str) -> bool:
    """Does the token open with two capitals or more, then a lower-case letter (CAPITALS_THEN_LOWER)?"""
    if not token.isascii():
        return CAPITALS_THEN_LOWER.match(token) is not None
    n = 0
    while n < len(token) and 65 <= ord(token[n]) <= 90:
        n += 1
    return n >= 2 and n < len(token) and 97 <= ord(token[n]) <= 122


# per- and -i, as verbs are (`perbaiki`) and names too (`Permadi`, `Permanasari`). (Not
# ber-: adjectives such as `bergizi` open programmes' names, capitalised too often for the
# corpus to count them as lower-case words.)
PER_I: Final = re.compile(r"per[a-z]{2,}[^aeiou]i$")
ME_I: Final = re.compile(r"me[a-z]{2,}[^aeiou]i$")


def _named_like_a_verb(key: str) -> bool:
    """Is the word shaped as per- ... -i, or as me- ... -i with a consonant before the -i, but
    not one the corpus writes in lower case: a name (`Permanasari`, `Melani`, `Meilani`), not
    a verb? (The rarer me- words: not even seen twice in lower case.)"""
    if PER_I.match(key):
        return key not in VOCAB.lower_case and key not in VOCAB.usually_lower
    return bool(ME_I.match(key)) and key not in VOCAB.mostly_lower and key not in VOCAB.lower_case


def _has_digit(token: str) -> bool:
    """any(ch.isdigit() for ch in token), by a loop over the codes."""
    for i in range(len(token)):
        c = ord(token[i])  # (compiled: a code read; a digit in ASCII is 0-9)
        if (48 <= c <= 57) if c < 128 else token[i].isdigit():
            return True
    return False


def keeps_period(token: str) -> bool:
    """Initials and abbreviations keep their period (M., H., Dr.); a word does not."""
    found = KEEPS_PERIOD.get(token)
    return found if found is not None else kept(KEEPS_PERIOD, token, _keeps_period(token))


def _keeps_period(token: str) -> bool:
    if not token.endswith("."):
        return False
    core = token.rstrip(".")
    if core.isdigit():
        return False  # a number ends its sentence: `... pandemi Covid - 19. Wishutama menerangkan`
    if len(core) == 3 and fold(core) in VOCAB.place_kinds:
        return True  # `Kec. Camplong`, `Kab. Sampang`
    if len(core) <= 2 or "." in core:
        return True
    key = fold_anew(core)
    # (`Moh.` shortens a name; `MOH.`, in capitals, is someone's initials and may end a sentence)
    return key in VOCAB.honorifics or (key in VOCAB.name_abbreviations and core[1:].islower())


def name_initials(token: str) -> bool:
    """Short capitals that belong to a name (`MD` in Mahfud MD, `RZ`), not an
    office, place, rank or roman numeral."""
    found = NAME_INITIALS.get(token)
    return found if found is not None else kept(NAME_INITIALS, token, _name_initials(token))


def _name_initials(token: str) -> bool:
    key = fold(token)
    return (
        is_acronym(token) and len(token) <= 3 and not ROMAN.fullmatch(token)
        and not (key in VOCAB.titles or key in VOCAB.places or key in VOCAB.honorifics or key in VOCAB.ranks)
        and key not in VOCAB.kinds  # `RS`, `RT`
    )


def initials_after_rank(token: str, before: str) -> bool:
    return (
        name_initials(token) and fold(token) not in VOCAB.offices
        and (fold(before) in VOCAB.ranks or fold(before) in VOCAB.honorifics)
    )


def usual_name(key: str) -> bool:
    """Is the (folded) word a given name, a common name or a first name of the lexicons?"""
    return key in VOCAB.given_names or key in VOCAB.common_names or key in VOCAB.first_names


def office_rank_or_honorific(token: str) -> bool:
    found = OFFICE_RANK_OR_HONORIFIC.get(token)
    return found if found is not None else kept(OFFICE_RANK_OR_HONORIFIC, token, _office_rank_or_honorific(token))


def _office_rank_or_honorific(token: str) -> bool:
    key = fold(token)
    return key in VOCAB.offices or key in VOCAB.ranks or key in VOCAB.honorifics


def opens_title(token: str) -> bool:
    found = OPENS_TITLE.get(token)
    return found if found is not None else kept(OPENS_TITLE, token, _opens_title(token))


def _opens_title(token: str) -> bool:
    key = fold(token)
    return key in VOCAB.offices or key in VOCAB.roles or key in VOCAB.ranks


def common_word(word: str) -> bool:
    """Is the capitalised word a common word the corpus writes in lower case in
    mid-sentence (`Hanya`, `Sekarang`), and no office, role or title (an office
    opens the title before a name: `Ketua RT 05 Rudi`), no determiner (`Salah
    satu warga, Sultan (60), mengatakan`) and no pronoun (`Dia melanjutkan`)?"""
    found = COMMON_WORD.get(word)
    return found if found is not None else kept(COMMON_WORD, word, _common_word(word))


def _common_word(word: str) -> bool:
    key = fold(word)
    return is_upper_start(word) and key in VOCAB.lower_case and plain_common(key)


def mostly_common_word(word: str) -> bool:
    """common_word, of the words the corpus writes mostly in lower case, rare ones too
    (`Kisruh`, `Polemik`: data/mostly_lower_words.txt)."""
    key = fold(word)
    return is_upper_start(word) and key in VOCAB.mostly_lower and plain_common(key)


def a_noun_before_a_name(key: str) -> bool:
    """Is the (folded) word a noun made with pe-...-an or ke-...-an, no given name, that, opening
    a run of capitalised words, makes the rest whose it is (`Kebangkitan Mamdani`)? (Not every
    word the corpus writes mostly in lower case: `Berlian Siagian`.)"""
    if not key.endswith("an") or usual_name(key) or key in VOCAB.name_openers:
        return False
    return (KE_NOUN_SHAPE.match(key) is not None or NOUN_SHAPE.match(key) is not None) and plain_common(key)


def plain_common(key: str) -> bool:
    """Is the (folded) common word no office, role, title, determiner or pronoun?"""
    if key in VOCAB.offices or key in VOCAB.roles or key in VOCAB.titles:
        return False
    return key not in VOCAB.determiner_heads and key not in VOCAB.pronouns


def places_of(text: str, words: Iterable[str]) -> list[int]:
    """Every place in the text where one of the words starts, sorted (str.find, far
    faster than a pattern opening with `\\b` tried at each character of a long text)."""
    places: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
    places.sort()
    return places


def matches_opening(pattern: re.Pattern[str], text: str, openings: str) -> list[re.Match[str]]:
    """pattern.finditer(text), for a pattern whose every match is not empty and opens
    with one of the characters OPENINGS: tried only where one of them stands. The
    engine finds a pattern that opens with any of several characters by testing
    each character of the text against the set (tens of instructions a character);
    str.find finds each character at a fraction of that."""
    found: list[re.Match[str]] = []
    end = 0  # where the last match ends: the next starts at or after it
    for at in places_of(text, openings):
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def each_replaced(text: str, chars: Iterable[str], by: str) -> str:
    """The text with each of the characters replaced by `by`: str.replace, only for
    those it holds, far cheaper than str.translate on a long text that is not ASCII."""
    for char in chars:
        if char in text:
            text = text.replace(char, by)
    return text


def last_non_space(text: str, lo: int, hi: int) -> int:
    """Where the last character of text[lo:hi] that is no whitespace stands; lo - 1 if
    none (text[lo:hi].rstrip(), read back from hi: not a copy of all before it)."""
    at = hi - 1
    while at >= lo and text[at].isspace():
        at -= 1
    return at


def one_slip(a: str, b: str) -> bool:
    """Are two different words of one first letter one slip of the pen apart: a
    letter replaced, added, left out or moved (`rendi`, `rnedi`; `ulytz`,
    `ultzy`)? Taking one letter out of each (or out of the longer) makes them equal."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(a) < len(b):
        return a in _one_out(b)
    return not _one_out(a).isdisjoint(_one_out(b))


def _one_out(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def spelt_out(words: list[str]) -> tuple[int, int] | None:
    """Where the first run of words an acronym in parentheses right after them spells
    out starts, and where its parenthesis stands (`Universitas Pendidikan Indonesia
    (UPI)`: the initials of the words before it); None when no parenthesis does so."""
    for i, word in enumerate(words):
        acronym = word[1:-1] if word.startswith("(") and word.endswith(")") else ""
        if len(acronym) < 2 or not acronym.isupper():
            continue
        for k in range(max(0, i - len(acronym)), i):
            if "".join(w[0] for w in words[k:i]) == acronym:
                return k, i
    return None


def abbreviates(words: list[str] | tuple[str, ...], acronym: str) -> bool:
    """Is the acronym the initials of the words it follows (`PT Hutama Karya Infrastruktur
    atau HKI`)? (An organisation's short form after `atau`, no alias of a person.)"""
    n = len(acronym)
    return 1 < n <= len(words) and acronym.isupper() and acronym.isalpha() and "".join(w[:1] for w in words[-n:]).upper() == acronym


# Answering a call or a message (`tidak menjawab panggilan telepon`, `belum membalas pesan`):
# negated, no answer came (a negated `menjawab` alone may come before the words that did).
ANSWERING: Final = frozenset({"menjawab", "mengangkat", "membalas"})
CALLS: Final = frozenset({"telepon", "teleponnya", "panggilan", "pesan", "pesannya", "konfirmasi", "surel"})
# A passive verb (`dinilai`, `dihubungi`, `disebut`): its subject is talked about, not talking.
PASSIVE: Final = re.compile(r"di[a-z]{3,}$")


def answers_a_call(verb: str, following: str) -> bool:
    """Are the verb and the word after it, folded, answering a call or a message?"""
    return verb in ANSWERING and following in CALLS


def unanswered(after_negation: list[str]) -> bool:
    """Do the words after a negation say no answer came: a verb of responding or a passive
    (`belum merespons`, `tidak bisa dihubungi`; not `tak kuasa menahan tangis`), or answering
    a call (`tidak menjawab panggilan telepon`)?"""
    if len(after_negation) > 1 and answers_a_call(after_negation[0], after_negation[1]):
        return True
    return any(w in VOCAB.response_verbs or PASSIVE.match(w) for w in after_negation)


def negated(words: tuple[str, ...], i: int) -> bool:
    """Is the word at words[i] a verb of responding, negated (`belum merespons`, `tidak menjawab
    panggilan`): its subject gave no response?"""
    verb = words[i]  # (as written: no fold per verb; the next word folded only after a verb of answering)
    following = fold(words[i + 1]) if verb in ANSWERING and i + 1 < len(words) else ""
    return i > 0 and (verb in VOCAB.response_verbs or answers_a_call(verb, following)) and fold(words[i - 1]) in VOCAB.negations
