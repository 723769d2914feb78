"""The vocabulary: the word lists of data/ and the patterns built from them.

Loaded once per process (``lex()``); everything else reads them from here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon


# Per-process caches of pure functions of one word or one phrase. They are
# bounded to fill within the first thousand articles or so, so that
# a worker's memory is the same for ten thousand articles as for a million.
TOKEN_CACHE = 1 << 13


PHRASE_CACHE = 1 << 12


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


@dataclass(frozen=True)
class Lexicon:
    cues: frozenset
    cue_pattern: re.Pattern
    reporting: frozenset
    reporting_pattern: re.Pattern
    pronouns: frozenset
    honorifics: frozenset
    ranks: frozenset
    titles: frozenset
    roles: frozenset
    determiners: tuple
    not_names: frozenset
    places: frozenset
    offices: frozenset
    name_words: frozenset
    given_names: frozenset
    first_names: frozenset
    common_names: frozenset
    lower_case: frozenset
    chrome: re.Pattern


@cache
def lex() -> Lexicon:
    cues = lexicon.words("cues")
    reporting = lexicon.words("reporting_verbs")
    pronouns = lexicon.words("pronouns")
    cue_alt = "|".join(sorted(cues, key=len, reverse=True))
    # After the closing mark: optional comma or dash, then the cue verb, with
    # -nya or a pronoun or a speaker phrase after it.
    cue_pattern = re.compile(
        rf"[ \t]*[,.]?[ \t]*(?:[\u2013\u2014-][ \t]*)?(?P<cue>{cue_alt})(?P<nya>nya)?\b",
        re.IGNORECASE,
    )
    reporting_alt = "|".join(sorted(reporting, key=len, reverse=True))
    reporting_pattern = re.compile(rf"\b(?P<verb>{reporting_alt})\b")
    rank_words = frozenset(w.lower() for entry in lexicon.entries("ranks") for w in entry.split())
    chrome = re.compile(
        "|".join(f"(?:{p})" for p in lexicon.entries("chrome")), re.IGNORECASE
    )
    return Lexicon(
        cues=cues,
        cue_pattern=cue_pattern,
        reporting=reporting,
        reporting_pattern=reporting_pattern,
        pronouns=pronouns,
        honorifics=frozenset(w.lower().rstrip(".") for w in lexicon.entries("honorifics")),
        ranks=rank_words,
        titles=lexicon.words("titles"),
        roles=lexicon.words("roles"),
        determiners=tuple(sorted(lexicon.words("determiners"), key=len, reverse=True)),
        not_names=lexicon.words("not_names"),
        places=lexicon.words("places"),
        offices=lexicon.words("offices"),
        name_words=lexicon.words("name_words"),
        given_names=lexicon.words("given_names"),
        first_names=lexicon.words("first_names"),
        common_names=lexicon.words("common_names"),
        # Common words by the corpus' evidence, less the names the lexicons list (`Lalu`).
        lower_case=lexicon.words("lower_case_words")
        - lexicon.words("given_names") - lexicon.words("common_names") - lexicon.words("first_names"),
        chrome=chrome,
    )


@cache
def determiners_spaced() -> tuple[str, ...]:
    return tuple(det + " " for det in lex().determiners)


@cache
def determiner_heads() -> frozenset:
    return frozenset(det.split()[0] for det in lex().determiners)


# Words that introduce the name after a role: `warga bernama Sinta`, `pria berinisial AS`.
NAMING_WORDS = frozenset({"bernama", "berinisial", "namanya"})


# Words naming a kind of place: a single capitalised word after one is its name.
PLACE_KINDS = frozenset(
    "kelurahan desa kecamatan kabupaten kota dusun kampung jalan jl pasar perumahan provinsi kawasan gang "
    "rt rw pulau gunung sungai danau pantai teluk selat terminal stasiun bandara pelabuhan "
    "candi masjid gereja pura vihara klenteng museum gedung stadion kampus taman hotel".split()
)


# Institutions named by the word after them (`Universitas Tadulako`, `Institut Pertanian`).
INSTITUTION_KINDS = frozenset("universitas institut politeknik akademi sekolah stikes stie stiki".split())


NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "da", "dos", "el", "al", "la", "di"})


# Contracted names of ministries and local governments: `Kemenperin`, `Pemkab`.
ORG_PREFIXES = ("kemen", "pemkab", "pemkot", "pemprov", "ditjen", "dinkes", "disdik", "dishub")


ROLE_PHRASE_STOPS = frozenset(
    "saat ketika sambil sembari seraya usai seusai setelah sebelum kepada kpd dalam melalui lewat "
    "dengan pada kemarin tadi yang sebagaimana seperti menjelang jelang".split()
)


# Lower-case words that join capitalised ones in a title or name: `Kebudayaan
# dan Pariwisata`, `Ahmad bin Salim`, and the English of organisations named in
# English (`Vice President of Marketplace`, `Network for Democracy and ...`).
ENGLISH_CONNECTORS = ("of", "for", "and", "at", "to")


TITLE_CONNECTORS = frozenset({"dan", "&", "bin", "binti", *ENGLISH_CONNECTORS})


# Passive reporting verbs put the speaker after them: `disampaikan Kepala ... Imron Fatoni`.
PASSIVE_REPORTING = frozenset(
    "disampaikan diungkapkan dijelaskan dikatakan diterangkan ditegaskan diutarakan dituturkan "
    "dipaparkan disebutkan ditambahkan dinyatakan diakui dikemukakan dibenarkan dikonfirmasi".split()
)


# Words after which a capitalised word is a place: `di Sumedang`, `Kabupaten Sumedang`.
# Not Jalan, Hotel or Gedung: they are named after people (`Jalan Sudirman`).
PLACE_WORDS_BEFORE = frozenset({"di", "ke", "dari", "asal", "Kabupaten", "Kota", "Kecamatan", "Desa", "Provinsi"})


FAMILIAR_ADDRESS = frozenset({"mas", "kang"})


TRAILING_ADVERBS = frozenset(
    "juga pun kembali lebih lanjut pula lagi sebelumnya kemudian lalu turut telah sempat pernah bahkan "
    "sendiri pun sudah masih tetap hanya justru langsung akhirnya pertama secara terpisah".split()
)


# Roles of people a story is about rather than people it quotes.
PEOPLE_IN_THE_NEWS = frozenset(
    "warga korban pelaku pemilik tersangka terdakwa terpidana istri suami anak ayah ibu adik kakak "
    "keluarga kerabat tetangga pasien".split()
)


@cache
def cue_words() -> frozenset:
    return lex().cues | {"menurut", "Menurut"}


@cache
def verb_words() -> frozenset:
    return lex().reporting | PASSIVE_REPORTING | cue_words()
