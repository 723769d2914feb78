"""A speaker's name: its key, the role written in front of it, and the short forms of it.

Pure functions over names; ``quotebook.aliases`` and ``quotebook.identity`` build on them.

- ``speaker_key``: the identity of one spelling (`KH Ma’ruf Amin` = `Ma'ruf Amin`).
- ``split_role``: a role, rank or role abbreviation in front of a name is
  never part of it (`Mensos Risma` is Risma, title Mensos); a body speaking keeps
  its whole name (`Badan Pusat Statistik`).
- ``short_form``: how a shorter key can stand for a longer one (`jokowi` / `joko widodo`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Sequence

from . import lexicon

# (str.translate, not a regular expression: a class of these characters takes 1 ms to compile)
NO_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u02bc`\u00b4"))
NOT_WORD = re.compile(r"[\W_]+")
TWO_SPACES = re.compile(r"\s{2,}")
# The same for ASCII text, as one str.translate: apostrophes go, every other
# character but a letter or digit splits (a regular expression takes 10x as long).
ASCII_NOT_WORD = {**{c: " " for c in range(128) if not chr(c).isalnum()}, **NO_APOSTROPHES}
ASCII_NOT_WORD_KEEP_LINES = {**ASCII_NOT_WORD, ord("\n"): "\n"}


def fold(text: str) -> list[str]:
    """Lower-case words without accents; apostrophes join (Ma'ruf = Maruf), other marks split."""
    if text.isascii():
        return text.casefold().translate(ASCII_NOT_WORD).split()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return NOT_WORD.sub(" ", text.translate(NO_APOSTROPHES)).split()


def phrases(*names: str) -> frozenset[tuple[str, ...]]:
    """The entries of the lists NAMES, each as the tuple of its words (`fold`)."""
    return frozenset(words for name in names for words in _folded(lexicon.entries(name)) if words)


def _folded(entries: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``fold`` of each entry; ASCII entries folded as one text (a query command folds hundreds)."""
    text = "\n".join(entries)
    if not text.isascii():
        return [tuple(fold(entry)) for entry in entries]
    return [tuple(line.split()) for line in text.casefold().translate(ASCII_NOT_WORD_KEEP_LINES).split("\n")]


@cache
def _honorifics() -> frozenset[tuple[str, ...]]:
    return phrases("honorifics", "ranks", "corps_codes")


@cache
def abbreviations() -> dict[str, str]:
    """Role abbreviation (folded, one word) -> the role written out: `mensos` -> `Menteri Sosial`."""
    out = {}
    for entry in lexicon.entries("role_abbreviations"):
        short, long = TWO_SPACES.split(entry, maxsplit=1)
        out["".join(fold(short))] = long.strip()
    return out


@cache
def _role_openers() -> frozenset[tuple[str, ...]]:
    """Words that open a role, rank or honorific in front of a name."""
    return phrases("offices") | _honorifics() | {(a,) for a in abbreviations()}


@cache
def title_words() -> frozenset[str]:
    """Words that continue a role (`Sosial`, `Kota`, `Jawa`): organisation and place words, not name words."""
    words = set(lexicon.words("titles")) | _place_words()
    words -= lexicon.words("name_words") | lexicon.words("given_names") | lexicon.words("common_names")
    words -= lexicon.words("first_names")
    return frozenset(words)


@cache
def _place_words() -> frozenset[str]:
    return frozenset(w for p in phrases("places") for w in p)


def _lead(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> int:
    """How many of the first words make one of the phrases (longest first); 0 if none."""
    for size in (3, 2, 1):
        if len(words) >= size and tuple(words[:size]) in phrases:
            return size
    return 0


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """The identity of a speaker's name: `KH Ma’ruf Amin, M.A.` -> `maruf amin`.

    Case, accents and apostrophes do not count, nor do honorifics and ranks in
    front of the name or degrees after a comma. A name is never cut down to nothing.
    """
    words = fold(name.split(",")[0])
    while len(words) > 1:
        size = _lead(words, _honorifics())
        if not size or size >= len(words):
            break
        words = words[size:]
    return " ".join(words)


def typed_key(name: str) -> str:
    """The key of a name as a user or an article writes it, a role before it left out
    (`Mensos Tri Rismaharini` -> `tri rismaharini`); a name that is all role keeps it."""
    return speaker_key(split_role(name)[0] or name)


def split_role(name: str) -> tuple[str, str]:
    """(bare name, role) of a name as extracted: `Mensos Tri Rismaharini` -> (`Tri Rismaharini`, `Mensos`).

    Roles, ranks, honorifics and role abbreviations in front of the name go to
    the role, and so do the organisation and place words right after a role
    (`Gubernur Jawa Barat Ridwan Kamil`). A name that is nothing but a role
    (`Kapolda Metro Jaya`) leaves an empty name; a body's name (`Badan Pusat Statistik`)
    and a name with a particle (`Al Muzzammil Yusuf`) stay whole.
    """
    written = name.split()
    folded = ["".join(fold(w)) for w in written]  # `K.H.` -> `kh`, `Menpan-RB` -> `menpanrb`
    i, after_role = 0, False
    while i < len(written):
        size = _lead(folded[i:], _role_openers())
        if size:
            i, after_role = i + size, True
        elif not folded[i] or (
            after_role and (folded[i] in title_words() or folded[i] in STOPWORDS) and not _particle(written[i], folded[i])
        ):
            i += 1
        elif after_role and folded[i] in lexicon.words("name_words"):
            i += 1  # `Jaksa Agung`, `Kapolda Metro Jaya`: a name word right after a role stays in it
        else:
            break
    if i and all(w in lexicon.words("titles") or w in _place_words() for w in folded[i:]):
        i = len(written)  # `Kapolda Metro Jaya`: the role and its place, no name
    cut = i
    while len(written) - i > 2 and folded[i] in title_words() and not _particle(written[i], folded[i]):
        i += 1  # `RI Joko Widodo`: the end of a role the extractor left in front (two name words stay)
    if i > cut and _a_body_named(folded[cut:], i - cut):
        i = cut  # `Badan Pusat Statistik`, `PT Kereta Api Indonesia`: a body speaking, no one's role
    bare = " ".join(written[i:]).strip(" ,")
    return bare, " ".join(written[:i]).strip(" ,")


def _a_body_named(folded: list[str], cut: int) -> bool:
    """Are the (folded) words a body's name, whose first `cut` words the loop of split_role
    would take for the end of a role: the kind of body first, and after the cut a word of a
    body's and none of a person's (`Pusat Statistik`, `Api Indonesia`, `Udara India`; not `Bank
    Indonesia Perry Warjiyo`, `Divisi Humas Polri Sandi Nugroho`)?"""
    words = [w for w in folded if w]
    if not words or words[0] not in _body_openers():
        return False
    rest = [w for w in folded[cut:] if w]
    return any(w in _body_words() for w in rest) and not any(w in _person_name_words() for w in rest)


@cache
def _body_openers() -> frozenset[str]:
    """The words that open a body's name (`Badan Pusat Statistik`, `PT Kereta Api Indonesia`)."""
    return lexicon.words("organisation_heads") | lexicon.words("institution_kinds") | lexicon.words(
        "association_kinds"
    ) | lexicon.words("body_openers")


@cache
def _person_name_words() -> frozenset[str]:
    """The words the lists know as words of people's names."""
    return (
        lexicon.words("name_words") | lexicon.words("given_names") | lexicon.words("first_names")
        | lexicon.words("common_names") | lexicon.words("name_openers")
    )


@cache
def _body_words() -> frozenset[str]:
    """Words a body's name holds and a person's does not: title and place words, the
    stopwords, and the words the corpus writes in lower case, less any word of a name."""
    lower = lexicon.words("lower_case_words") | lexicon.words("common_words") | lexicon.words("mostly_lower_words")
    return frozenset((title_words() | _place_words() | STOPWORDS | lower) - _person_name_words())


def _particle(word: str, key: str) -> bool:
    """Is the word (folded: KEY) a name particle as a name writes it (`Al Muzzammil Yusuf`),
    not the abbreviation in capitals that ends a role (`TNI AL`)?"""
    return not word.isupper() and key in lexicon.words("name_particles")


# The days of the week as written: a time phrase after a title (`..., Senin (12/4)`), no part of it.
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu")
STOPWORDS = frozenset({"dan", "di", "dari", "pada", "yang", "untuk", "bidang", "the", "of", "and", "se", "ri", "republik"})


def short_form(short: str, full: str) -> str | None:
    """How the key SHORT can stand for the longer key FULL, or None:
    `sri mulyani` / `sri mulyani indrawati` the name words in order; `risma` /
    `tri rismaharini` a shortened name word; `jokowi` / `joko widodo` a
    nickname made of the name's words; `bas` / `bambang adi santoso` the initials."""
    s, f = short.split(), full.split()
    if not s or len(s) >= len(f):
        return None
    if len(s) > 1:
        it = iter(f)
        return "the name words in order" if all(w in it for w in s) else None
    word = s[0]
    if word in f:
        return "one of the name words"
    if len(word) >= 4 and any(w.startswith(word) for w in f):
        return "a shortened name word"
    if len(word) >= 2 and word == "".join(w[0] for w in f):
        return "the initials"
    for i, head in enumerate(f[:-1]):
        for cut in range(2, len(head) + 1):
            rest = word[cut:]
            if word.startswith(head[:cut]) and len(rest) >= 2 and any(w.startswith(rest) for w in f[i + 1 :]):
                return "a nickname made of the name words"
    return None
