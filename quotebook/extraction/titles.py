"""Titles: a name phrase split into its title and its bare name (``Kepala
Cabang BPJAMSOSTEK Semarang Majapahit`` and ``Imron Fatoni``), as a ``Mention``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Sequence

from .. import lexicon
from ..names import abbreviations
from .vocabulary import VOCAB
from .tokens import abbreviates, common_word, DEMONSTRATIVES, is_upper_start, mostly_common_word, name_like, opens_title, fold, folded, is_lower_start, usual_name


# One comma-separated part of a speaker phrase: its words, where its name
# starts (len(words) when it has none), and whether an age follows a word.
Segment = tuple[tuple[str, ...], int, bool]


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A person as one place in the article writes them. Frozen: the parsers' caches
    give the same Mention to every article that reads the same phrase.

    An __init__ of its own, which mypyc compiles (object.__setattr__ of a field becomes a
    store in C): the one a dataclass writes is Python, called with a tuple and a dict of
    the arguments, thousands of instructions a call. (The stages' other records do the
    same; __reduce__ makes them as pickle and copy expect of a compiled class.)"""

    name: tuple[str, ...]  # name tokens, bare (no honorifics, ranks, degrees)
    title: str | None
    role_only: bool  # no name: `seorang warga`, `jaksa`
    pronoun: bool
    text: str  # as written
    # folded(name), once asked: the stages ask it of one Mention again and again, one pass
    # after another (a cache of folded names, emptied when full, held none of them by the
    # next pass in a text naming more people than it held).
    folded_name: tuple[str, ...] | None = field(default=None, init=False, compare=False, repr=False)

    def __init__(
        self, name: tuple[str, ...], title: str | None, role_only: bool = False, pronoun: bool = False, text: str = ""
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "role_only", role_only)
        object.__setattr__(self, "pronoun", pronoun)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "folded_name", None)

    def key(self) -> tuple[str, ...]:
        """folded(self.name), kept."""
        if self.folded_name is None:
            object.__setattr__(self, "folded_name", folded(self.name))
        assert self.folded_name is not None
        return self.folded_name

    def __reduce__(self) -> tuple:
        return (Mention, (self.name, self.title, self.role_only, self.pronoun, self.text))

    @property
    def name_text(self) -> str | None:
        return " ".join(self.name) if self.name else None


# `pedagang lain`, `warga lainnya`, `guru honorer lainnya di Kota X`: the role is
# `pedagang`, `warga`, `guru honorer di Kota X` (not `dan lain-lain`, `dan lainnya`).
OTHER_ONES: Final = re.compile(r"(?<=\w)(?<!\bdan)(?<!\batau)(?<!\bserta)[ \t]+(?:lain|lainnya)\b(?!-)")
# An active verb (`mendukung`, `menilai`): the predicate after a role.
ACTIVE_VERB: Final = re.compile(r"me[mn]?[a-z]{3,}$")


def strip_determiners(words: list[str]) -> list[str]:
    lowered = " ".join(words).lower()
    if not (lowered + " ").startswith(VOCAB.determiners_spaced):
        return words  # the common case, in one test
    for det in VOCAB.determiners:
        if lowered == det or lowered.startswith(det + " "):
            return words[len(det.split()) :]
    return words


def title_head(title: str) -> str:
    """The title's first word past determiners, folded (`Salah satu warga` -> `warga`); "" for none."""
    words = strip_determiners(title.split())
    return fold(words[0]) if words else ""


def is_role_segment(tokens: Sequence[str]) -> bool:
    words = _from_role(strip_determiners(list(tokens)))
    if not words:
        return False
    head = fold(words[0])
    return (
        role_word(head) or possessed_role(head) or (head in VOCAB.places and is_upper_start(words[0]))
        or english_office(words) or opens_a_written_out_role(words, 0)
        or (head in VOCAB.english_offices and is_lower_start(words[0]))  # `co-founder BN Montessori`
        or (head in BOARDS and len(words) >= 2 and role_word(fold(words[1])))  # `Dewan Pakar BGN, Ikeu Tanziha`
    )


# Bodies whose name, with a role as its second word, is a member's role (`Dewan Pakar`,
# `Dewan Pengawas`, `Tim Ahli`).
BOARDS: Final = frozenset({"dewan", "tim", "majelis"})


# How far into a run of capitals the head of an English office may stand (`Corporate
# Communication Group Head`): its modifiers come before it.
ENGLISH_HEAD_AT: Final = 6
# The words that join two modifiers of an English office (not counted among them).
ENGLISH_JOINS: Final = frozenset({"and", "&"})


def english_office(words: Sequence[str]) -> bool:
    """Do the words open an office written in English, its head among the first
    words after modifiers in capitals (`Country Manager Indonesia ...`, `SVP
    Strategy ...`), none of them a word that opens names?"""
    read = 0
    for word in words:
        if word in ENGLISH_JOINS:
            continue  # `Marketing and Customer Relations Division Head`
        read += 1
        key = fold(word)
        if read > ENGLISH_HEAD_AT or not is_upper_start(word) or key in VOCAB.name_openers or key in VOCAB.given_names:
            return False
        if key in VOCAB.english_offices:
            return True
    return False


def holds_an_office(title: str | None) -> bool:
    """Does the title open with an office (`Kapolsek Sentosa`, `Menteri Kesehatan`), not a
    role of the people a story is about (`korban`, `tersangka`: data/people_in_the_news.txt)?"""
    words = strip_determiners((title or "").split())
    return bool(words) and fold(words[0]) in VOCAB.offices and fold(words[0]) not in VOCAB.people_in_the_news


def role_word(key: str) -> bool:
    """Is the folded word a role or an office (data/roles.txt, data/offices.txt)?"""
    return key in VOCAB.offices or key in VOCAB.roles


def person_word(key: str) -> bool:
    """Is the folded word one for a person: a role or an office, or a word like `pria`, `wanita`
    (data/person_nouns.txt)?"""
    return role_word(key) or key in VOCAB.person_nouns


def kin_then_name(words: Sequence[str]) -> bool:
    """Do the words open with a relation to the person they go on to name (`Istri Samsul`,
    `Cucu Tuminah yang mendampingi`): the relative, not the one named? Not a word that is
    also a form of address (`Ibu Susi` may be Susi), a post (`Pengacara Hotman Paris`, `Ajudan
    Rina`: POSTED_RELATIONS), the opening of a name (`Anak Agung Gede`) nor the family
    (`Keluarga Samsul`, a group)."""
    if len(words) < 2:
        return False
    key = fold(words[0])
    return (
        key in ANOTHERS_RELATIONS and key not in POSTED_RELATIONS and key != FAMILY and name_like(words[1])
        and (key, fold(words[1])) not in VOCAB.name_prefixes
    )


FAMILY: Final = "keluarga"


def given_as_a_nickname(text: str, phrase: str) -> bool:
    """Does the text give the phrase as what someone is called (`yang akrab disapa Paman Birin`,
    `Paman Birin, sapaan akrabnya`)?"""
    if phrase not in text:
        return False  # (the cheap test first)
    escaped = re.escape(phrase)
    return re.search(rf"\b(?:disapa|dipanggil|alias)[ \t]+{escaped}\b|\b{escaped}[ \t]*,?[ \t]*(?:sapaan|panggilan)", text) is not None


def possessed_role(key: str) -> bool:
    """A role with -nya (`manajernya, Sinta`, `kakaknya, Rudi`): the role of the
    person named before, whose name the title does not repeat."""
    return len(key) > 5 and key.endswith("nya") and role_word(key[:-3])


def _unpossessed(words: list[str]) -> list[str]:
    """The role's words with -nya off its first word (`manajernya` is `manajer`)."""
    if words and possessed_role(fold(words[0])):
        return [words[0][:-3], *words[1:]]
    return words


# Phrases that open a sentence before its subject, as written (`Adapun`, `Sementara itu`).
SENTENCE_OPENERS: Final = frozenset(VOCAB.sentence_openers)


def _from_role(words: list[str]) -> list[str]:
    """The words from the office word on, after a connector opening the
    sentence (`Sementara itu Ketua BEM ...`, `Adapun Kepala BPS ...`, `Menurut
    Regional Manager ...`) or a cue verb before a role in lower case (`Menurut
    perwakilan peternak`, `kata juru bicara Gugus Tugas ...`); the words as they are
    without one."""
    if (
        len(words) > 2 and words[0] in VOCAB.cue_words and words[0] != "menurut" and words[1].islower()
        and fold(words[1]) in VOCAB.roles and not any(w.endswith(",") for w in words[:-1])
    ):
        # (not `Sebagai pengajar di ...`, nor `menurut psikolog` in mid-sentence; nor the words
        # of another cue's speaker: `kata pelatih Persib X, menanggapi pernyataan kapten tim`)
        return words[1:]
    if len(words) > 2 and (common_word(words[0]) or words[0] in SENTENCE_OPENERS):
        i = 2 if words[1].islower() else 1  # `Sementara itu`, `Kemudian`
        if is_upper_start(words[i]) and (opens_title(words[i]) or english_office(words[i:])):
            return words[i:]
    return words


def opens_a_written_out_role(words: list[str], i: int) -> bool:
    """Do words i and i + 1 open a role an abbreviation stands for (`Perdana Menteri`
    of `PM`), though the first is no office word?"""
    if i + 1 >= len(words):
        return False
    seconds = WRITTEN_OUT_OPENINGS.get(fold(words[i]))
    return seconds is not None and fold(words[i + 1]) in seconds


def _written_out_openings() -> dict[str, frozenset[str]]:
    """The first word of each role an abbreviation stands for (in lower case) -> the
    second words that follow it in those roles."""
    seconds: dict[str, set[str]] = {}
    for long in abbreviations().values():
        words = long.lower().split()
        if len(words) >= 2:
            seconds.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(after) for first, after in seconds.items()}


WRITTEN_OUT_OPENINGS: Final = _written_out_openings()


def split_title(phrase: str, parsed: tuple[Segment, ...], name_seg: int, cut: int) -> Mention:
    """The phrase's parts (parsed) as title and bare name, the name in part
    name_seg, its first cut words given to the title."""
    tokens, start, _ = parsed[name_seg]
    if len(parsed) == 1 and start == 0 and cut == 0:
        return Mention(name=tuple(tokens), title=None, text=phrase)  # a name alone (`kata Budi Santoso`)
    name = tokens[start:]
    prefix = tokens[:start]
    if cut > 0:
        prefix, name = prefix + name[:cut], name[cut:]
    elif cut < 0:  # the name opens before the run of name-like words: `Anak Agung Made Sujana`
        prefix, name = prefix[:cut], prefix[cut:] + name
    # Keep the role segments right before the name segment; when the name
    # segment ends a list of units (`..., Kelautan, dan Pertanian ... Suharini`,
    # `..., Informasi dan Humas BPBD ... Joko`), the whole list back to its office word.
    in_list = fold(tokens[0]) in ("dan", "serta")
    # a name standing alone after the last item of a list (`Deputi Bidang X Badan Y, Z, dan W (BMKG), Budi`)
    after_list = not prefix and name_seg > 0 and fold(parsed[name_seg - 1][0][0]) in ("dan", "serta")
    title_parts = [_segment_title(p) for p in _roles_before(parsed, name_seg, in_list or after_list)]
    if title_parts and _someone_acting_first(prefix):
        title_parts = []  # `Presiden RI, Joko Widodo bertemu Presiden Prabowo`: the roles set off before are Joko's
    ended = _sentence_end_in(prefix)
    if ended:  # `... Inspektorat Kementerian PU. Budi mengatakan`: a new sentence opens with the name
        prefix, title_parts = prefix[ended:], []
    listed = bool(title_parts) and (in_list or any(fold(t) in ("dan", "serta") for t in prefix[1:]))
    kept, ranks = _title_and_ranks(prefix, whole=listed)
    own = " ".join(_no_person_noun(strip_determiners(kept)))
    if own and title_parts and in_list and not own.startswith(tokens[0] + " "):
        own = tokens[0] + " " + own  # the last item of a list of units: `..., Kelautan, dan Pertanian`
    if own:
        title_parts.append(own)
    title_parts.extend(_roles_after(parsed, name_seg))
    parts = [without_other_ones(t) for t in title_parts if t]
    title = ", ".join(p for i, p in enumerate(parts) if not _stated_again(p, parts[i + 1 :]))
    if ranks:
        title = (title + " " + " ".join(ranks)).strip()
    return Mention(name=tuple(name), title=title or None, text=phrase)


def _someone_acting_first(prefix: Sequence[str]) -> bool:
    """Do the words before the name open with someone else's name, two name-like words
    no title opens, then the clause going on in lower case (`Joko Widodo bertemu Presiden`
    before `Prabowo Subianto`)?"""
    return (
        len(prefix) >= 3 and all(name_like(w) and not opens_title(w) and fold(w) not in VOCAB.titles for w in prefix[:2])
        and any(is_lower_start(w) for w in prefix[2:])
    )


def _no_person_noun(words: list[str]) -> list[str]:
    """The role's words, none when they open with a word for a person with no role
    (`seorang pria bernama Rudi`, `wanita asal Sentosa`): a description, no title."""
    return [] if words and words[0].islower() and fold(words[0]) in VOCAB.person_nouns else words


def without_other_ones(role: str) -> str:
    """The role without `lain`/`lainnya` (`guru honorer lainnya di X`: `guru honorer di X`)."""
    return OTHER_ONES.sub("", role) if "lain" in role else role  # (the pattern tries each place of the role)


def _stated_again(part: str, later: list[str]) -> bool:
    """Is the role part stated again, more fully, by a later part (`Warga lainnya,
    Sulastri (34), warga Desa X`: `warga Desa X`)?"""
    key = part.lower() + " "
    return any(p.lower().startswith(key) for p in later)


def _sentence_end_in(prefix: tuple[str, ...]) -> int:
    """Where the words before the name start after a sentence end: after an acronym
    whose period ends a sentence (`Kementerian PU.`), which an abbreviation's or an
    initial's (`H.`, `S.H.`) does not; 0 when none does."""
    return max((i + 1 for i, t in enumerate(prefix) if len(t) > 2 and t.endswith(".") and t[:-1].isalpha() and t[:-1].isupper()), default=0)


def _title_and_ranks(prefix: tuple[str, ...], whole: bool = False) -> tuple[list[str], list[str]]:
    """The words before the name as the title's words (honorifics dropped,
    starting at the title's first word, or all of them when `whole`: the
    last item of a list of units) and the ranks (which go to its end)."""
    ranks: list[str] = []
    kept: list[str] = []
    after_rank = False
    prefix = tuple(role_through(list(prefix)))
    before_name = _before_name_run(prefix)
    for i, tok in enumerate(prefix):
        key = fold(tok)
        if key in VOCAB.honorifics and not (key in VOCAB.titles and kept) and (not kept or i >= before_name):
            continue
        if key == "jenderal" and kept and not after_rank and jenderal_of_office(kept[-1]):
            kept.append(tok)  # `Direktur Jenderal Pajak`: the office's word, in its place
            continue
        if _rank_word(tok, after_rank) and not _office_before_its_field(prefix, i) or (key.strip("()") in ("pol", "tni") and ranks):
            ranks.append(tok)
            after_rank = True
            continue
        after_rank = False
        kept.append(tok)
    # The title starts at its first office or role word (`Pengasuh Pondok ...`),
    # else at its first organisation word (`Corporate Communications PT ...`).
    opens = 0 if whole else next(
        (i for i, t in enumerate(kept) if _opens_title_at(kept, i) or english_office(kept[i : i + 2 * ENGLISH_HEAD_AT])), None
    )
    if opens is None:
        opens = next((i for i, t in enumerate(kept) if fold(t) in VOCAB.titles or t.startswith("(")), len(kept))
        while 0 < opens < len(kept) and _unknown_office_word(kept[opens - 1]):
            opens -= 1  # `Dirtipidter Bareskrim Polri`: an office we do not list, before its organisation
    while 0 < opens < len(kept) and fold(kept[opens - 1]) in VOCAB.office_modifiers:
        opens -= 1  # `terhadap mantan Gubernur ...`: a former office is another office
    kept = _without_a_partner(_after_predicate(_before_alias(_after_someone_else(kept[opens:], office_only=True))))
    named = next((i for i, t in enumerate(kept) if fold(t) in VOCAB.naming_words and all(is_upper_start(w) for w in kept[i + 1 :])), None)
    if named is not None:
        kept = kept[:named]  # `chef Aroma Rasa bernama Dominikus` before `Sigit Dewanto`: the name's first word, no title's
    while kept and (fold(kept[-1]) in VOCAB.naming_words or kept[-1] == "yang"):
        kept.pop()  # `warga bernama Sinta`, `siswi asal X yang bernama Dinda`: the role is `warga`, `siswi asal X`
    return kept, ranks


def _unknown_office_word(word: str) -> bool:
    """Can the capitalised word before an organisation be an office or unit we do not
    list (`Dirtipidter`, `Bareskrim`): no common word, place or word opening names?"""
    key = fold(word)
    return (
        is_upper_start(word) and not common_word(word) and key not in VOCAB.places
        and key not in VOCAB.name_openers and key not in VOCAB.given_names and key not in VOCAB.first_names
    )


def _without_a_partner(kept: list[str]) -> list[str]:
    """The title words without the other person a `dan` joins to the name (`presenter
    Rudi Santoso dan` before `Maya Sari`; `keluarga Budi, yakni Rina Sari dan`): a
    common role in lower case (capitalised only when no office: `Presenter X dan Y`
    opening a sentence), or a relation to someone, before both is each one's; an
    office written with a capital or with its organisation is one person's (`Pelatih
    Persib X dan Y`: Y is no coach), and the partner gets none. (A capitalised `Dan`
    is a name: `Jaksa Agung Dan X`.)"""
    if not kept or kept[-1] not in ("dan", "serta", "&"):
        return kept
    kept = kept[:-1]
    while kept and name_like(kept[-1]) and not opens_title(kept[-1]) and fold(kept[-1]) not in VOCAB.titles:
        kept.pop()
    while kept and fold(kept[-1]) in VOCAB.introducing_words:
        kept.pop()
    if kept:
        kept[-1] = kept[-1].rstrip(",")
    head = fold(kept[0]) if kept else ""
    common = kept and (is_lower_start(kept[0]) or head in VOCAB.roles and head not in VOCAB.offices)
    shared = common and (head in VOCAB.relational_roles or all(is_lower_start(w) for w in kept[1:]))
    return kept if shared else []


def _before_name_run(prefix: tuple[str, ...]) -> int:
    """Where the honorifics and ranks right before the name start (`... Panitia H.
    Rudi`, `... AKBP dr. Rina`): an honorific there is the person's and is dropped;
    one inside the office is a word of its name (`Otorita Ibu Kota Nusantara`,
    `Timwas Haji DPR`) and stays."""
    at = len(prefix)
    while at > 0 and (fold(prefix[at - 1]) in VOCAB.honorifics or fold(prefix[at - 1]) in VOCAB.ranks):
        if prefix[at - 1] == "Haji" and at > 1 and _takes_a_field(prefix[at - 2]):
            break  # `Ketua Komnas Haji Mustolih`, `Kepala Badan Penyelenggara Haji ...`: the body's field
        at -= 1
    return at


def _takes_a_field(word: str) -> bool:
    """Is the word before `Haji` the head of a body named by its field (`Komnas`,
    `Kementerian`: data/organisation_heads.txt) or a field itself (`Penyelenggara`), so
    that `Haji` is the pilgrimage the body is for? Not an office (`Ketua Haji Ahmad`), a
    place or a body's own name (`Kepala Desa Sukamaju Haji Abdul`, `Ketua DPRD Haji
    Mukhlis`, `Ketua Umum Muhammadiyah Haji Haedar`): there it is the person's honorific."""
    key = fold(word)
    return is_upper_start(word) and (key in VOCAB.organisation_heads or key in VOCAB.office_fields)


def _opens_title_at(kept: list[str], i: int) -> bool:
    """Does the title open at kept[i]: an office, role or rank word, not a rank's
    tail in lower case nor the `Jenderal` of an office (`Direktorat Jenderal`)?"""
    t = kept[i]
    if fold(t) == "jenderal" and i and jenderal_of_office(kept[i - 1]):
        return False
    return (opens_title(t) and not _common_rank_tail(t, False)) or opens_a_written_out_role(kept, i)


def _after_predicate(kept: list[str]) -> list[str]:
    """The title words after the sentence's predicate, when one stands among them
    (`ibu tiga anak tidak menyurutkan niat selebritas Rina W.`: `selebritas`), from
    the first role or office word after it; a relative clause's verb describes the
    role and stays (`petugas yang berjaga`)."""
    last = None
    for i, t in enumerate(kept):
        if fold(t) == "yang":
            break
        if is_lower_start(t) and ends_role(fold(t)) and not _inside_office(kept, i):
            last = i
    if last is None:
        return kept
    return kept[next((i for i in range(last + 1, len(kept)) if opens_title(kept[i])), len(kept)) :]


# The prepositions inside an office's name, before the organisation or field it
# serves (`Kabid Humas pada Puspenkum ...`, `Wakil Sekjen untuk Operasi ...`).
# Those past which a speaker phrase reads on to the organisation and its holder's
# name (see cues._office_read_on); not `bidang`, whose field reads
# into the name (`bidang Transformasi Digital Rina Hartati`).
READ_ON_PREPOSITIONS: Final = ("pada", "untuk", "di")
OFFICE_PREPOSITIONS: Final = READ_ON_PREPOSITIONS + ("bidang",)


def _inside_office(kept: list[str], i: int) -> bool:
    """Is kept[i] a preposition inside an office, between its capitalised words?"""
    return fold(kept[i]) in OFFICE_PREPOSITIONS and 0 < i < len(kept) - 1 and is_upper_start(kept[i + 1]) and is_upper_start(kept[i - 1])


# `Menteri Sosial Saifullah Yusuf atau (yang akrab disapa) Gus Ipul`: the words
# that state an alias of the name before them, and the words that lead up to them.
ALIAS_WORDS: Final = frozenset(("atau", "alias", "disapa", "dipanggil"))
ALIAS_LEAD: Final = frozenset(("atau", "yang", "akrab", "biasa", "karib", "kerap", "lebih"))


def _before_alias(kept: list[str]) -> list[str]:
    """The title words before a name and its alias (`Menteri Sosial Saifullah
    Yusuf atau Gus Ipul`, read for the alias): the role before the full name."""
    at = next((i for i, t in enumerate(kept) if t in ALIAS_WORDS), None)
    if at is None:
        return kept
    if kept[at] == "atau" and at + 1 < len(kept) and abbreviates(kept[:at], kept[at + 1]):
        return kept[:at] + kept[at + 2 :]  # `PT Hutama Karya Infrastruktur atau HKI`: the firm's short form
    while at > 0 and kept[at - 1] in ALIAS_LEAD:
        at -= 1
    if at == 0 or not name_like(kept[at - 1]):
        return kept
    kept = kept[:at]
    while kept and name_like(kept[-1]):
        kept.pop()
    return kept


# The words that only go on a rank (`Inspektur Satu`, `Komisaris Besar`); in lower
# case and after no rank word they are common words (`ada satu momen ...`).
RANK_TAILS: Final = (
    frozenset(w.lower() for e in lexicon.entries("ranks") for w in e.split()[1:])
    - frozenset(e.split()[0].lower() for e in lexicon.entries("ranks"))
) | frozenset(w.lower() for w in lexicon.entries("corps_codes"))  # (`Letkol Inf`; but `Korps Marinir`)


# The organisations whose name goes on with `Jenderal` (`Direktorat Jenderal Pajak`).
JENDERAL_ORGANISATIONS: Final = frozenset(("direktorat", "sekretariat", "inspektorat"))


def jenderal_of_office(before: str) -> bool:
    """Is a `Jenderal` after this word part of an office (`Direktur Jenderal`,
    `Sekretaris Jenderal`, `Direktorat Jenderal`), not a rank (`Komisaris Jenderal`,
    `Kapolri Jenderal`: a rank, an abbreviated office)?"""
    key = fold(before)
    if key in JENDERAL_ORGANISATIONS:
        return True
    return key in VOCAB.offices and key not in VOCAB.ranks and key not in abbreviations()


def _rank_word(tok: str, after_rank: bool) -> bool:
    key = fold(tok)
    return key in VOCAB.ranks and key not in ("tni", "polri") and not _common_rank_tail(tok, after_rank)


def _office_before_its_field(prefix: tuple[str, ...], i: int) -> bool:
    """Is prefix[i], a word both office and rank (`Komisaris`, `Kapten`), an office:
    no rank word follows it, and it is not the last word before the name
    (`Komisaris Utama PT X Budi`; but `Kapolsek X Komisaris Budi`, `Komisaris Besar`)?"""
    key = fold(prefix[i])
    if key not in VOCAB.offices or i + 1 >= len(prefix):
        return False
    return fold(prefix[i + 1]) not in VOCAB.ranks and fold(prefix[i + 1]) not in VOCAB.honorifics


def _common_rank_tail(tok: str, after_rank: bool) -> bool:
    """Is the word a rank's tail after no rank word, a common word (`satu`, `dua`,
    `besar`) or one of an organisation's name (`Pelayanan Terpadu Satu Pintu`)?"""
    return not after_rank and fold(tok) in RANK_TAILS


def _segment_title(segment: Segment) -> str:
    return " ".join(_unpossessed(_from_role(strip_determiners(_after_someone_else(role_through(list(segment[0])))))))


# `X melalui ROLE, NAME`: X speaks through the named holder of ROLE.
THROUGH: Final = frozenset({"melalui", "lewat"})


def role_through(words: list[str]) -> list[str]:
    """The role after `melalui` (`Pihak Jawa Pos melalui kuasa hukumnya`, `Kemendagri
    melalui Sekretaris Jenderal`), made the role of the one named before it where it
    names none of its own: a role with -nya, of whoever that is (`kuasa hukum Jawa Pos`,
    `kuasa hukum Bupati X Budi`), or office words alone, of an organisation only
    (`Sekretaris Jenderal Kemendagri`; not of `Ketua Umum Partai X Budi`: the party's
    Sekjen is no one's); the words as they are without one."""
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i] in THROUGH), None)
    if at is None or at + 1 == len(words) or not role_word(fold(words[at + 1])):
        return words
    role = words[at + 1 :]
    owner: list[str] = []
    for w in reversed(words[:at]):
        if not is_upper_start(w) or w.endswith(","):
            break
        owner.insert(0, w)
    if owner and fold(owner[0]) in BODY_WORDS:
        owner = owner[1:]  # `Pihak Jawa Pos`: the body's name
    if not owner or fold(owner[0]) in VOCAB.prepositions:
        return role  # (`Di Jakarta melalui ...`: a place, no owner)
    last = fold(role[-1])
    if len(last) > 5 and last.endswith("nya"):
        return [*role[:-1], role[-1][:-3], *owner]
    if all(role_word(fold(w)) or fold(w) == "jenderal" for w in role) and _an_organisation(owner):
        return [*role, *owner]
    return role


# The words that name a body by those who act for it: `pihak Jasa Marga`, `kubu X`.
BODY_WORDS: Final = frozenset({"pihak", "kubu", "manajemen"})


def _an_organisation(words: list[str]) -> bool:
    """Do the capitalised words name an organisation alone: no office, role or rank in
    them, and no two name-like words together that are no organisation's or place's?"""
    if any(role_word(fold(w)) or fold(w) in VOCAB.ranks for w in words):
        return False
    return not any(_name_word_in_a_role(a) and _name_word_in_a_role(b) for a, b in zip(words, words[1:]))


# The words that join one person to another in a clause (`Ketua X Budi bersama Sekretaris Y, Rina`).
ALONG_WITH: Final = frozenset({"dan", "serta", "bersama", "beserta", "didampingi", "maupun"})


def _after_someone_else(words: list[str], office_only: bool = False) -> list[str]:
    """The role after the last `dan`, `serta`, `bersama` ... that follows someone else's name and
    opens a role (`pelatih Klub A Rudi Hartono dan pelatih Klub B, Budi Santoso`: Budi's
    role is `pelatih Klub B`); the words as they are without one. With `office_only` (a run
    with no comma, where a list of units may hold `dan`), only before an office in capitals
    (`Gubernur X Budi Santoso dan Wakil Gubernur Y`)."""
    for i in range(len(words) - 2, 1, -1):
        if (
            fold(words[i]) in ALONG_WITH and _opens_a_role(words, i + 1, office_only)
            and _name_word_in_a_role(words[i - 1]) and (
                _name_word_in_a_role(words[i - 2], common=True)
                or (_office_in_capitals(words[i - 2]) and _opens_names(words[i - 1]))
            )
        ):
            return words[i + 1 :]  # (`Menko Airlangga dan Komisioner`: an office and one name word are someone too)
    return words


def _office_in_capitals(word: str) -> bool:
    return is_upper_start(word) and fold(word) in VOCAB.offices


def _opens_names(word: str) -> bool:
    """Is the word one that opens names (a usual given name, or one a corpus saw opening names:
    `Airlangga`), no common word (`Observasi`) nor an institution's short name (`Polkam`, `Unpad`)?"""
    key = fold(word)
    return (usual_name(key) or key in VOCAB.name_openers) and not mostly_common_word(word)


def _opens_a_role(words: list[str], at: int, office_only: bool) -> bool:
    """Does a role open at words[at] (with `office_only`, an office in capitals), or one an
    abbreviation stands for, whose first word is no office (`Perdana Menteri` of `PM`)?"""
    key = fold(words[at])
    if role_word(key) and (not office_only or _office_in_capitals(words[at])):
        return True
    return is_upper_start(words[at]) and opens_a_written_out_role(words, at)


def _name_word_in_a_role(word: str, common: bool = False) -> bool:
    """Is the word in a role a name's: name-like, no organisation's, place's or (unless
    `common`: a given name's first word may be one, `Adil Makmur`) common word (`Ahli
    Mesir Kuno dan mantan kepala ...`: two roles of one person)?"""
    key = fold(word)
    return name_like(word) and key not in VOCAB.titles and key not in VOCAB.place_words and (common or not common_word(word))


def _roles_before(parsed: tuple[Segment, ...], name_seg: int, in_list: bool) -> list[Segment]:
    """The role parts right before the name's part; in a list of units, the
    whole list back to its office word (or none when it has none)."""
    contiguous: list[Segment] = []
    before = parsed[:name_seg]
    if not in_list and len(before) >= 2 and _organisation_segment(before[-1][0]) and is_role_segment(before[-2][0]):
        before = before[:-2] + (_joined(before[-2], before[-1]),)  # `Kabid X, Badan Y (BPBD) Jawa Tengah, Budi`
    for i in range(len(before) - 1, -1, -1):
        p = before[i]
        if is_role_segment(p[0]) or (not in_list and a_regions_next_level(before, i)):
            contiguous.insert(0, p)
            if in_list:
                break
        elif in_list:
            contiguous.insert(0, p)
        else:
            break
    if in_list and contiguous and not is_role_segment(contiguous[0][0]):
        return []
    if not in_list and 0 < len(contiguous) < len(before) and _closes_a_phrase(before[-len(contiguous) - 1][0], before):
        return []  # `Dari balik gang di Pondok Labu, Jakarta Selatan, seorang ...`
    first = len(before) - len(contiguous)
    if not in_list and contiguous and all(
        _place_segment(p[0]) or a_regions_next_level(before, first + k) for k, p in enumerate(contiguous)
    ):
        return _role_before_places(before, first) or contiguous
    return contiguous


def a_regions_next_level(parsed: Sequence[Segment], i: int) -> bool:
    """Is part i one or two capitalised words alone, no usual name, after a part that ends with
    a region named after its kind: the next level up (`Ketua RW 05 Kelurahan Sunter, Tanjung Priok, Sugeng`)?"""
    tokens, start, has_age = parsed[i]
    return (
        i > 0 and start == 0 and not has_age and len(tokens) <= 2 and not usual_name(fold(tokens[0]))
        and _ends_with_a_region(parsed[i - 1][0])
    )


def _ends_with_a_region(tokens: Sequence[str]) -> bool:
    """Does the part end with a region named after its kind (`... Kelurahan Sunter`, `Desa Suka Maju`)?"""
    for k in range(len(tokens) - 2, max(len(tokens) - 5, -1), -1):
        if fold(tokens[k]) in VOCAB.region_kinds and is_upper_start(tokens[k]):
            return all(is_upper_start(t) for t in tokens[k + 1 :])
    return False


def _role_before_places(before: tuple[Segment, ...], first_place: int) -> list[Segment]:
    """`Ketua RT 18, RW 14, Klaster Sakura, Jakarta Timur, Budi`: the places before the name
    and the units in capitals before them, back to the role part that opens them; none
    when no role opens them (the places alone then stand for a role we cannot read:
    `Pengawas Hutan Balai X, Kalimantan Tengah, Budi`, with a role word we do not list)."""
    for i in range(first_place - 1, -1, -1):
        tokens = before[i][0]
        if is_role_segment(tokens) and not _place_segment(tokens):
            return list(before[i:])
        if not all(is_upper_start(t) or t[:1].isdigit() for t in tokens):
            break
    return []


def _closes_a_phrase(tokens: Sequence[str], before: tuple[Segment, ...]) -> bool:
    """Do the places right before the name close a phrase of lower-case words (`Dari balik
    gang di Pondok Labu, Jakarta Selatan`), which the part TOKENS opens, with no role part
    BEFORE: a circumstance, no office's place (`Kepala Balai Sentosa, Jawa Tengah`)?"""
    if any(is_role_segment(p[0]) and not _place_segment(p[0]) for p in before):
        return False
    return any(t.islower() and t not in ("dan", "serta", "&", "of") for t in tokens)


def _place_segment(tokens: Sequence[str]) -> bool:
    """Is the part a role part only as a place (`Jakarta Selatan`), which is a role's
    only after one (`Ketua RT 5, RW 2, Jawa Tengah, Budi`)?"""
    words = _from_role(strip_determiners(list(tokens)))
    return bool(words) and is_role_segment(tokens) and not (
        role_word(fold(words[0])) or possessed_role(fold(words[0])) or english_office(words)
    )


def _organisation_segment(tokens: Sequence[str]) -> bool:
    """Does the part name an organisation, its first word one in capitals (`Badan ...`,
    `Kementerian ...`, `Pengadilan Negeri ...`), no office or role?"""
    return bool(tokens) and is_upper_start(tokens[0]) and fold(tokens[0]) in VOCAB.titles and not is_role_segment(tokens)


def _joined(role: Segment, organisation: Segment) -> Segment:
    """A role and the organisation set off after it, as one part (`Kabid X, Badan Y`)."""
    words = role[0][:-1] + (role[0][-1] + ",",) + organisation[0]
    return (words, len(words), False)


def _roles_after(parsed: tuple[Segment, ...], name_seg: int) -> list[str]:
    """The parts after the name's part, from the first role on (`Sutini (52), pemilik toko`)."""
    after: list[str] = []
    for p in parsed[name_seg + 1 :]:
        if is_role_segment(p[0]) or (after and not _opens_predicate(p[0])):
            role = _unpossessed(_from_role(strip_determiners(list(p[0]))))
            words = _to_predicate(role)
            after.append(" ".join(words))
            if len(words) < len(role):
                break  # the predicate starts inside the part: nothing after it is the role
        else:
            break
    return after


# The verbs that give someone's name or what they are called (`yang bernama Budi`, `yang akrab
# disapa Mak Icih`; not `yang enggan disebut namanya`, unnamed).
NAMING_VERBS: Final = frozenset({"bernama", "berinisial", "disapa", "dipanggil"})


def before_a_naming_clause(words: list[str]) -> list[str]:
    """The role's words before a relative clause giving its holder's name or nickname
    (`warga yang akrab disapa Abah Ocid`: `warga`)."""
    for i, w in enumerate(words):
        if w == "yang" and any(fold(v) in NAMING_VERBS for v in words[i + 1 : i + 4]):
            return words[:i]
    return words


def _to_predicate(words: list[str]) -> list[str]:
    """A role after the name up to its sentence's predicate (`ibu almarhum tidak
    berencana ...` is `ibu almarhum`) or the demonstrative closing it (`siswi kelas
    III ini`); a relative clause describing the role stays (`warga yang tinggal di ...`)."""
    for i, w in enumerate(words[1:], 1):
        key = fold(w)
        if key == "yang":
            return before_a_naming_clause(words)
        if key in DEMONSTRATIVES and w.islower():
            return words[:i]
        if is_lower_start(w) and ends_role(key) and not (i == len(words) - 1 and stop_with_no_phrase(w)):
            return words[:i]  # (a last word that opens no phrase is the role's: see stop_with_no_phrase)
    return words


def without_holders_clause(title: str) -> str:
    """The title without a relative clause describing its holder, after a role that
    states its organisation or place already (`pemilik agen di Desa X yang biasa
    digunakan warga`: `pemilik agen di Desa X`). A clause stays after a role that does
    not, since it often says where (`dokter spesialis yang bertugas di RSUD X`, `warga
    yang tinggal di ...`); when it is one word describing the role's last word (`warga
    asal X yang melintas`); when it states a second role (`Kepala BNPB yang juga
    Ketua Satgas`); and when it tells when the role was held (`yang menjabat sebelumnya`)."""
    words = title.split(" ")
    at = next((i for i, w in enumerate(words) if w == "yang"), 0)
    role, clause = words[:at], words[at + 1 :]
    if not any(is_upper_start(w) for w in role[1:]) or len(clause) < 2 or _states_a_second_role(clause):
        return title
    return title if any(fold(w) in TENURE_WORDS for w in clause) else " ".join(role).rstrip(",")


def _states_a_second_role(words: list[str]) -> bool:
    """Do the words after `yang` state a role (`juga Ketua Satgas`, `kini menjabat
    sebagai dosen`)?"""
    at = 0
    while at < len(words) and fold(words[at]) in ROLE_LINKS:
        at += 1
    return at < len(words) and role_word(fold(words[at]))


# The words between `yang` and a second role (`yang juga`, `yang kini menjabat sebagai`,
# `yang maju sebagai calon anggota DPRD`).
ROLE_LINKS: Final = frozenset((
    "juga", "kini", "sekarang", "pernah", "merupakan", "menjabat", "sebagai", "adalah", "maju", "menjadi", "terpilih",
    "bekerja", "berprofesi", "merangkap", "calon",
))
# Words by which a clause tells when the role was held (`Kepala Desa X yang menjabat
# sebelumnya`): it stays, or the former holder would read as the present one.
TENURE_WORDS: Final = frozenset(("menjabat", "sebelumnya", "terdahulu"))


def _opens_predicate(tokens: Sequence[str]) -> bool:
    """Does a part after a role open the sentence's predicate, not a place or a
    second role (`Ela (37), ibu dua anak dari Beji Timur, juga mendukung ...,
    tetapi ...`: the role ends at the comma)? A part in lower case that opens no
    role and names no place (`waduk Jatiluhur` goes on), or opens with a verb."""
    words = strip_determiners(list(tokens))
    if not words or not is_lower_start(words[0]):
        return False
    key = fold(words[0])
    if key in VOCAB.roles or key in VOCAB.offices:
        return False
    return not any(is_upper_start(w) for w in words[1:]) or ends_role(key)


def stop_with_no_phrase(word: str) -> bool:
    """Is the word, when nothing follows it in its part, a stop opening no phrase and so
    a word of the role (`dokter spesialis penyakit dalam`)? Not a time (`kemarin`)."""
    key = fold(word)
    return key in VOCAB.phrase_stops and key not in VOCAB.time_words


def ends_role(key: str) -> bool:
    """Does the lower-case word end a role written after the name: a word that
    opens a predicate (`tidak`, `juga`, `yang`, a reporting verb) or an active verb?"""
    return (
        key in VOCAB.predicate_openers or key in VOCAB.trailing_adverbs or key in VOCAB.reporting
        or key in VOCAB.phrase_stops or bool(ACTIVE_VERB.match(key) and key not in VOCAB.roles)
    )


# The words that count people, and people only (`seorang perekam video`, `salah
# seorang pengrajin`, `para pengrajin`): a lower-case noun after one is someone's role.
# (Not `sang`: `kata sang pemandu` points back at someone named, see referents.)
HUMAN_CLASSIFIERS: Final = ("seorang", "salah seorang", "para")


def role_mention(phrase: str, parsed: tuple[Segment, ...]) -> Mention | None:
    """A mention with no name: `seorang warga`, `petugas keamanan di Kantor PSSI`, `JPU`,
    `seorang perekam video` (a noun the role lists lack, after a word counting people)."""
    words = strip_determiners(list(parsed[0][0]))
    if not words:
        return None
    head = fold(words[0])
    if head in VOCAB.pronouns:
        return Mention(name=(), title=None, pronoun=True, text=phrase)
    if head not in VOCAB.roles and head not in VOCAB.titles and head not in VOCAB.offices and not _counted_person(parsed, words):
        return None
    title = without_other_ones(", ".join(" ".join(strip_determiners(list(p[0]))) for p in parsed))
    return Mention(name=(), title=title, role_only=True, text=phrase)


def _counted_person(parsed: tuple[Segment, ...], words: list[str]) -> bool:
    """Does the phrase open with a word counting people, then a lower-case noun (see HUMAN_CLASSIFIERS)?"""
    opening = " ".join(parsed[0][0][: len(parsed[0][0]) - len(words)]).lower()
    return opening in HUMAN_CLASSIFIERS and is_lower_start(words[0]) and fold(words[0]) not in VOCAB.phrase_stops


# Relations to someone else (data/relational_roles.txt), less those that open an office of
# their own (`asisten pelatih Budi` is the assistant coach: data/office_modifiers.txt) and
# forms of address (`Ibu Gubernur Rina`).
ANOTHERS_RELATIONS: Final = VOCAB.relational_roles - VOCAB.office_modifiers - VOCAB.honorifics
# Of those, the ones that are a post held at a body (`Kuasa Hukum PT Pertani Darmawan`,
# `Ajudan Bupati Sleman Ipda Rina`, `pengacara senior Hotman`: the name is the holder's),
# so only a person's role in lower case after them is someone else's (`kuasa hukum calon Bupati X`).
POSTED_RELATIONS: Final = VOCAB.professional_relations | {"kuasa", "ajudan"}
# Words for a person (`pelaku`, `korban`, `pria`, `warga`, `penyanyi`); a person's role in
# lower case (`penyanyi`, `calon`, `korban`), and the words of a role or an office that may
# follow the one opening it.
PERSON_WORDS: Final = VOCAB.roles | VOCAB.people_in_the_news | VOCAB.person_nouns
PERSON_ROLE_WORDS: Final = (PERSON_WORDS | VOCAB.office_modifiers) - VOCAB.relational_roles
OTHERS_ROLE_WORDS: Final = (
    VOCAB.roles | VOCAB.offices | VOCAB.titles | VOCAB.office_modifiers | VOCAB.people_in_the_news | VOCAB.person_nouns | {"hukum"}
) - VOCAB.relational_roles


def relation_then_anothers_role(before: Sequence[str]) -> bool:
    """Do the words before a name hold a relation (opening them, or in lower case), then
    another person's role (`Penggemar penyanyi Rina Wati`, `istri pelatih Budi`,
    `Pendukung calon Bupati Sleman Budi Santoso`), or words in lower case only
    (`Sahabat dekat Budi`)? The name is that other person's."""
    for at, word in enumerate(before[:-1]):
        if (at == 0 or word.islower()) and (key := fold(word)) in ANOTHERS_RELATIONS:
            return _about_another(before[at + 1 :], key in POSTED_RELATIONS)
    return False


def _about_another(words: Sequence[str], posted: bool) -> bool:
    """Are the words after a relation, up to a name, about someone else: `almarhum` or
    `mendiang` among them; else a person's role in lower case opening them; else, after
    a relation held as no post, an office (`Istri Wali Kota Medan`) or lower-case words
    only (`Penggemar berat`)? Not with a word naming the relative (`keluarga korban
    berinisial IK`). After the role, only capitalised words (its office's body and place)
    or more role words."""
    if any(fold(w) in VOCAB.deceased_words for w in words):
        return True
    if words and fold(words[0]) == "hukum":
        words = words[1:]  # `kuasa hukum`, `penasihat hukum`: the relation's own second word
    if not words:
        return False
    first = words[0]
    if any(fold(w) in VOCAB.naming_words for w in words):
        return False  # `keluarga korban berinisial IK`: the relative, named
    if not posted and len(words) <= 2 and all(w.islower() for w in words):
        return True
    opens = first.islower() and fold(first) in PERSON_ROLE_WORDS
    if not (opens or (not posted and is_upper_start(first) and fold(first) in VOCAB.offices)):
        return False
    return all(not w.islower() or fold(w) in OTHERS_ROLE_WORDS for w in words[1:])


def relation_before(words: Sequence[str]) -> int:
    """Where the words' last relation stands when they end with it, perhaps with the
    other person's role after it in lower case (`Pendukung calon`, `ribuan penggemar`),
    the relation opening them or in lower case: the name after them is someone the
    relation's holder is related to. -1 when they do not."""
    k = len(words)
    while k > 0 and words[k - 1].islower() and fold(words[k - 1]) in OTHERS_ROLE_WORDS:
        k -= 1
    related = k > 0 and (k == 1 or words[k - 1].islower()) and fold(words[k - 1]) in ANOTHERS_RELATIONS
    return k - 1 if related else -1


# A word set off after a name, then a list going on: `, ibu, dan` (see listed_with_a_relation).
RELATION_IN_A_LIST: Final = re.compile(r"[ \t]*,[ \t]*(\w+)[ \t]*,[ \t]*(?:dan|serta)[ \t]")


def listed_with_a_relation(text: str, end: int, title: str) -> bool:
    """Is the title one relation set off after the name at `end`, then a list going on
    (`Ika, ibu, dan adiknya`: her mother and her brother)?"""
    if " " in title or fold(title) not in VOCAB.relational_roles:
        return False
    m = RELATION_IN_A_LIST.match(text, end)
    return m is not None and m.group(1) == title
