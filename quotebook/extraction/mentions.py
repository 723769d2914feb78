"""Mentions: a phrase naming a person (``salah satu pedagang sayuran,
Jonathan``, ``Sutini (52), pemilik toko``) read into its comma-separated parts,
the part with the name found and the name's run of words bounded."""
from __future__ import annotations

import re
from typing import Callable, Final, Sequence

from .vocabulary import VOCAB
from .tokens import all_name_like, alternatives, ROMAN, common_word, mostly_common_word, opens_title, usual_name, CAPITALS_THEN_LOWER, fold, initials_after_rank, is_acronym, is_upper_start, keeps_period, name_initials, name_like, office_rank_or_honorific, title_word_ends_name, PHRASE_CACHE, folded, words_of, is_lower_start
from .titles import a_regions_next_level, BODY_WORDS, is_role_segment, jenderal_of_office, Mention, opens_a_written_out_role, READ_ON_PREPOSITIONS, relation_then_anothers_role, role_mention, role_word, Segment, SENTENCE_OPENERS, split_title, strip_determiners
from .evidence import after_unit, NameEvidence
from ..names import abbreviations, WEEKDAYS


PARENS_AND_COMMAS: Final = re.compile(r"[(),]")
# An academic or professional degree written after a name: `S.H.`, `M.Si.`, `Ph.D`, `MBA`,
# and a medical specialist's without periods (`SpA`, `SpPD`, `SpTHT-KL`: `Sp` and the field's capitals),
# perhaps with a consultant's mark (`Sp.PD(K)`, `Sp.A (K)`).
DEGREE: Final = re.compile(
    rf"(?:(?:[A-Z][a-zA-Z]{{0,3}}\.){{1,3}}[A-Za-z]{{0,3}}\.?|Sp[A-Z][A-Za-z]{{0,3}}(?:-[A-Z]{{1,3}})?|{alternatives(VOCAB.degrees)})"
    r"(?:[ \t]?\([A-Z]{1,3}\))?"
)
PAREN: Final = re.compile(r"\(([^()]*)\)")
APPOSITION_SPACED: Final = tuple(f" {w} " for w in VOCAB.apposition_words)
APPOSITION: Final = re.compile(rf"[ \t]+(?:{alternatives(tuple(sorted(VOCAB.apposition_words)))})[ \t]+")
# A degree holds a blank only before a consultant's mark, which ends it (no degree listed holds one).
DEGREES_HOLD_BLANKS: Final = any(" " in d or "\t" in d for d in VOCAB.degrees)


# A day and its date set off after a name or a role (`Chaidir, Kepala BKD DKI Jakarta, Jumat
# (10/7/2020), membenarkan ...`): when it was said, no part of the title.
DAY_AND_DATE: Final = re.compile(
    rf"(?:{'|'.join(WEEKDAYS)})" r"(?:[ \t]*\([ \t]*\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{2,4}[ \t]*\))?"
)


DAY_OPENINGS: Final = tuple({day[:3] for day in WEEKDAYS})


def _a_day_and_date(part: str) -> bool:
    """DAY_AND_DATE.fullmatch(part.strip()), the regex asked only of a part opening as a day does."""
    part = part.lstrip()
    return part.startswith(DAY_OPENINGS) and DAY_AND_DATE.fullmatch(part.rstrip()) is not None


def is_degree(part: str) -> bool:
    """DEGREE.fullmatch(part), not tried on a part with a blank that does not end with `)`."""
    if not DEGREES_HOLD_BLANKS and (" " in part or "\t" in part) and not part.endswith(")"):
        return False
    return DEGREE.fullmatch(part) is not None


def _split_segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, keeping commas inside parentheses; a word
    that sets a role off after a name (`selaku`) separates as a comma does."""
    if any(w in phrase for w in APPOSITION_SPACED):
        phrase = APPOSITION.sub(", ", phrase)
    if "(" not in phrase:
        return [s for part in phrase.split(",") if (s := part.strip())]
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
    return [s for part in out if (s := part.strip())]


def _segment_tokens(segment: str) -> tuple[list[str], bool]:
    """The words of one segment, parentheses kept as one token; and whether an age in
    parentheses follows a word (``Sutini (52)``), a strong sign of a name."""
    tokens: list[str] = []
    has_age = False
    pos = 0
    for m in PAREN.finditer(segment) if "(" in segment else ():
        tokens.extend(words_of(segment, pos, m.start()))
        inner = m.group(1).strip()
        if inner.isdigit():
            has_age = True
        elif inner:
            tokens.append(f"({inner})")
        pos = m.end()
    tokens.extend(words_of(segment, pos))
    if len(tokens) > 2 and (_initials_of_the_name(tokens) or _nickname_after_the_name(tokens)):
        tokens.pop()  # `Agus Harimurti Yudhoyono (AHY)`, `Joko Widodo (Jokowi)`: the name ends the part
    while len(tokens) > 2 and is_upper_start(tokens[-2]) and _degree_after_name(tokens[-1]):
        tokens.pop()  # `Juliana Anggono ST MSc`: degrees after the name, no comma between
    del tokens[len(tokens) - _capitals_after_a_degree(tokens) :]
    last = len(tokens) - 1
    return [t if not t.endswith(".") or keeps_period(t) or _abbreviated_role(t, i < last) else t.rstrip(".") for i, t in enumerate(tokens)], has_age


def _abbreviated_role(token: str, more: bool) -> bool:
    """An office modifier's abbreviation keeps its period before the office it heads (`Plt. Direktur`)."""
    return more and fold(token[:-1]) in VOCAB.office_modifiers


def _nickname_after_the_name(tokens: list[str]) -> bool:
    """Does the part end with a name of two words or more and its nickname in
    parentheses after it: one name word (`Presiden ke-7 RI Joko Widodo (Jokowi)`),
    or name words after an honorific or a familiar address (`Saifullah Anwar (Gus
    Ardi)`, `Bambang Santoso (Pak Bams)`)?"""
    last = tokens[-1]
    inner = last[1:-1].split()
    if not (last.startswith("(") and inner and name_like(tokens[-2]) and name_like(tokens[-3])):
        return False
    if len(inner) == 1:
        return name_like(inner[0])
    return (
        len(inner) <= 3 and (fold(inner[0]) in VOCAB.honorifics or fold(inner[0]) in VOCAB.familiar_address)
        and all(name_like(w) for w in inner[1:])
    )


def _degree_after_name(token: str) -> bool:
    """A degree written after a name: two capitals at least (`MSc`, `S.H.`, `M.Psi.`,
    a membership such as `MCIHort`), so not an initial (`Maria S.`) nor `Jr.`."""
    return sum(map(str.isupper, token)) >= 2 and (is_degree(token) or bool(CAPITALS_THEN_LOWER.match(token)))


def _capitals_after_a_degree(tokens: list[str]) -> int:
    """How many words end the part that are a degree and short capitals after it, more
    degrees no list holds (`Seema Shah MPH MS RD`); 0 when the run of short capitals
    opens with no degree (`Mahfud MD`, `Ahmad MS`: a name's letters)."""
    k = len(tokens)
    while k > 2 and tokens[k - 1].isalpha() and tokens[k - 1].isupper() and len(tokens[k - 1]) <= 3:
        k -= 1
    if k == len(tokens) or not _degree_after_name(tokens[k]) or _title_word(tokens[k - 1]) or not name_like(tokens[k - 1]):
        return 0  # (`Juru Bicara MA RI`: the court's initials after an office)
    return len(tokens) - k


def _initials_of_the_name(tokens: list[str]) -> bool:
    """Is the part a name and its initials in parentheses, nothing else (an
    organisation's initials after a role, `Wakil Rektor ... Petra Christian
    University (PCU)`, stay: they keep the organisation from reading as a name)?"""
    last = tokens[-1]
    initials = last[1:-1]
    if not (last.startswith("(") and len(tokens) == len(initials) + 1 and initials.isupper() and initials.isalpha()):
        return False
    words = tokens[:-1]
    return all(name_like(w) for w in words) and "".join(w[0] for w in words) == initials


def _name_run(tokens: list[str]) -> int:
    """Index where the trailing run of name tokens starts (len(tokens) if none).

    Short capitals inside or after a name belong to it (`Mahfud MD`, `Bambang
    PS Brodjonegoro`), and a name never starts with a title word that is also
    a name word right after an office written in capitals (`Direktur Utama`,
    `Jaksa Agung`; after a role in lower case it opens the name: `pelatih Bagus Wicaksono`).
    """
    i = len(tokens) - 1 if title_word_ends_name(tokens) or _regnal_numeral(tokens) else len(tokens)
    while i > 0 and _extends_name_back(tokens, i):
        i -= 1
    went_on = i
    while i < len(tokens) and i > 0 and fold(tokens[i]) in VOCAB.name_words and _office_goes_on(tokens[i - 1]):
        i += 1
    if 1 < i < len(tokens) and initials_after_rank(tokens[i - 1], tokens[i - 2]) and not (
        _jenderal_of_office_at(tokens, i - 2) and len(tokens[i - 1]) > 2
    ):
        i -= 1  # `Inspektur Jenderal RZ Panca Putra Simanjuntak` (not `Sekretaris Jenderal PBB Antonio Guterres`)
    elif 1 < i < len(tokens) and _acronym_closes(tokens[i - 2]) and name_initials(tokens[i - 1]) and len(tokens[i - 1]) <= 2:
        i -= 1  # `Ketua Ikatan Keluarga Sentosa (IKS) AB Purba`: initials opening the name
    elif i == 1 < len(tokens) and name_initials(tokens[0]) and len(tokens[0]) <= 2 and fold(tokens[0]) not in abbreviations():
        i = 0  # `Bupati Tanah Merah, AR Sitompul,`: the part is initials and a name (not `PM Wong`)
    elif i > went_on and _body_after_the_office(tokens, i):
        i += 1  # `Guru Besar UGM Maria Sumardjono`: the office's body, then the name

    if 1 < i < len(tokens) and tokens[i - 1] == "Lalu" and is_upper_start(tokens[i - 2]):
        i -= 1  # the Sasak name prefix after a title (`... Lombok Utara Lalu Kusnawan`), not the adverb
    if 0 < i < len(tokens) - 1 and _district_numeral(tokens[i - 1], tokens[i], tokens[i + 1]):
        i += 1  # `Dapil Aceh I Muslim Hadi`: the electoral district's numeral, then the name
    if i < len(tokens) - 1 and opens_a_written_out_role(tokens, i) and fold(tokens[i]) not in VOCAB.offices:
        i += 2  # `Duta Besar Inggris`: an office of two words, neither an office word alone
    return i


def _body_after_the_office(tokens: list[str], i: int) -> bool:
    """Is tokens[i], right after an office that goes on past a name word, the short form of
    its body, a name after it (`Guru Besar UGM Maria`, `Guru Besar UI Hikmahanto Juwana`):
    three capitals or more, or two before a name of two words (not a name's initials: `AB
    Purba`), and no rank before it?"""
    if i >= len(tokens) - 1 or not is_acronym(tokens[i]) or not tokens[i].isalpha() or not name_like(tokens[i + 1]):
        return False
    if i >= 2 and fold(tokens[i - 2]) in VOCAB.ranks:
        return False  # `Komisaris Besar RZ Panca`: a rank of two words, then the name's initials
    return len(tokens[i]) >= 3 or (i + 2 < len(tokens) and name_like(tokens[i + 2]))


def _regnal_numeral(tokens: list[str]) -> bool:
    """Does a Roman numeral of two letters or more close the part after a pope's or an
    emperor's office and one name word (`Paus Leo XIV`: data/regnal_titles.txt)? It is
    the name's (after another office it numbers a unit: `Ketua Pansus II`)."""
    return (
        len(tokens) >= 3 and len(tokens[-1]) >= 2 and ROMAN.fullmatch(tokens[-1]) is not None
        and name_like(tokens[-2]) and fold(tokens[-3]) in VOCAB.regnal_titles
    )


def _jenderal_of_office_at(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the `Jenderal` of an office (`Direktur Jenderal`), no rank, so that
    capitals of three letters or more after it are its organisation's (`WHO`), not the
    initials of a name (`Sekretaris Jenderal HM Prasetyo`)?"""
    return i > 0 and fold(tokens[i]) == "jenderal" and jenderal_of_office(tokens[i - 1])


def _district_numeral(before: str, token: str, after: str) -> bool:
    """Is the lone `I` after a place the Roman numeral of an electoral district (`Dapil
    Aceh I`), not the Balinese prefix of the name after it (`Bali I Wayan`: data/name_prefixes.txt)?"""
    return token == "I" and fold(before) in VOCAB.places and (fold(token), fold(after)) not in VOCAB.name_prefixes


def _office_goes_on(word: str) -> bool:
    """Can a title word after this one be part of the office or body (`Jaksa Agung`,
    `Kejaksaan Agung`: data/name_word_bodies.txt)? Not after an abbreviation, a whole
    role (`Walkot Agung Nugroho`), nor after a role in lower case (`pelatih Bagus Wicaksono`)."""
    key = fold(word)
    return is_upper_start(word) and (key in VOCAB.offices or key in VOCAB.name_word_bodies) and key not in abbreviations()


def _extends_name_back(tokens: list[str], i: int) -> bool:
    """Does tokens[i - 1] belong to the run of name words that starts at i?"""
    t = tokens[i - 1]
    if name_like(t):
        return True
    key, upper, inside = fold(t), is_upper_start(t), i < len(tokens)
    inner = i - 1 > 0 and name_like(tokens[i - 2])  # a name word before it too
    if inside and key in VOCAB.name_particles and (
        inner or (i - 2 > 0 and fold(tokens[i - 2]) in VOCAB.name_particles and name_like(tokens[i - 3]))
    ):
        return True  # `Ahmad bin Salim`, `Ursula von der Leyen`
    if inside and t == "Di" and (inner or i == 1):
        return True  # `Roberto Di Santo`, `kata Di Santo`: the preposition is lower case mid-sentence
    if inner and inside and upper and (key in VOCAB.cues or key in VOCAB.months):
        return True  # `Gitadi Tegas Supramudyo`, `Raja Juli Antoni`
    if inside and upper and key in VOCAB.compass_words and _opens_its_part(tokens, i - 1):
        return True  # `pelatih Timur Kapadze`: no place before it to end, a first name
    if i == len(tokens) >= 3 and _reduplicated_surname(tokens):
        return True
    if not inside and t == "Yang" and inner:
        return True  # `Li Ming Yang`: the surname, capitalised after a name word (the pronoun is lower case)
    if t in ("Al", "El") and inside:
        return True  # the Arabic article opening a name: `Al Chaidar`
    if t == "Dan" and i == 1 and 1 < len(tokens) <= 3 and name_like(tokens[1]):
        return True  # a part opening `Dan Pinkston,`: a first name, the conjunction is lower case here
    if inner and upper and key in VOCAB.office_names and fold(tokens[i - 2]) not in VOCAB.name_words:
        return True  # `Rio Hakim`, `Lukman Hakim Saifuddin`: after a name word, an office word is a name's
    if inside and upper and key in VOCAB.common_names and key not in VOCAB.honorifics:
        return True  # a name that is also a common word, before a name: `Sentosa Hari Prasetyo`, `Tim Cook`
    if inside and inner and DOTTED_INITIALS.fullmatch(t):
        return True  # `Maria S.W. Sumardjono`: initials between name words, each with its period (no acronym)
    return inner and name_initials(t) and key not in VOCAB.kinds_after_names  # (`Arema FC Joel`: the club's, no initials)


DOTTED_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,3}")


def _opens_its_part(tokens: list[str], i: int) -> bool:
    """Does tokens[i] open its part of the phrase, or follow a role (`Pelatih`; not
    a unit's word: `Jawa Bagian Barat`)?"""
    return i == 0 or not is_upper_start(tokens[i - 1]) or fold(tokens[i - 1]) in VOCAB.roles


def _reduplicated_surname(tokens: list[str]) -> bool:
    """`Muslim Jaya Butar-butar`: a reduplicated word ending a run of two name
    words is a surname (Batak), unless its part is a common word (`Rata-rata`)."""
    first, _, second = tokens[-1].partition("-")
    return (
        second == first.lower() and is_upper_start(first) and fold(first) not in VOCAB.usually_lower
        and name_like(tokens[-2]) and name_like(tokens[-3])
    )


# The caches of the parse's functions of a phrase (dicts: see tokens.FOLDED): a Segment or
# a Mention in them is shared by every article that asks; nothing changes it. They are
# emptied when full between extractions only (see forget_phrases_if_full): the stages
# compare a Mention by identity (`is`), and within an article two phrases that read the
# same must give the one object.
SEGMENT: Final[dict[str, Segment | None]] = {}
SEGMENTS: Final[dict[str, tuple[tuple[Segment, ...], int | None]]] = {}
WITH_NAME: Final[dict[tuple[str, int], Mention]] = {}
ROLE_MENTION: Final[dict[str, Mention | None]] = {}


def forget_phrases_if_full() -> None:
    """Empty each cache of phrases that holds PHRASE_CACHE entries or more; called when no
    extraction runs."""
    if len(SEGMENT) >= PHRASE_CACHE:
        SEGMENT.clear()
    if len(SEGMENTS) >= PHRASE_CACHE:
        SEGMENTS.clear()
    if len(WITH_NAME) >= PHRASE_CACHE:
        WITH_NAME.clear()
    if len(ROLE_MENTION) >= PHRASE_CACHE:
        ROLE_MENTION.clear()


def _segment(seg: str) -> Segment | None:
    """One comma-separated part of a speaker phrase as (words, where its name
    starts or len(words) when it has none, whether an age follows a word);
    None when it has no words. Cached apart from the phrase: the parts of a
    long subject clause come back in other clauses."""
    if seg in SEGMENT:
        return SEGMENT[seg]
    found = SEGMENT[seg] = _read_segment(seg)
    return found


def _read_segment(seg: str) -> Segment | None:
    tokens, has_age = _segment_tokens(seg)
    if not tokens:
        return None
    tokens = _office_before_rank_and_name(tokens)
    start = _name_run(tokens)
    if start < len(tokens):
        run = start
        start = _where_name_starts(tokens, start, has_age)
        if _closes_a_place(tokens, run, start, has_age):
            start = len(tokens)  # `warga Kampung Susun Bayam`: the place's last word, no one's name
    elif has_age and is_upper_start(tokens[-1]) and (
        fold(tokens[-1]) in VOCAB.common_names or (len(tokens) == 1 and fold(tokens[0]) in VOCAB.office_names)
    ):
        # an age makes a name of a word that is also a common word (`Hari (60), pedagang cabai`)
        # or, set off alone, an office's (`Ketua RT setempat, Hakim (56),`)
        start -= 1
    elif _initials_of_someone(tokens, has_age):
        start -= 1
    elif _opens_with_a_name_prefix(tokens):
        start = 0  # `I Nyoman Gede Surya Mataram`: a prefixed name, its last word a place's too
    return tuple(tokens), start, has_age


def _office_before_rank_and_name(tokens: list[str]) -> list[str]:
    """`Kompol Budi Santoso Kapolsek Cilandak`: a rank, a name, then an office and its
    place, read as the office and place first, then the rank and the name (`Kapolsek
    Cilandak Kompol Budi Santoso`); other words as they are."""
    ranks = 0
    while ranks < len(tokens) and is_upper_start(tokens[ranks]) and fold(tokens[ranks]) in VOCAB.ranks:
        ranks += 1
    end = ranks
    while end < len(tokens) and end - ranks < 3 and _plain_name_word(tokens[end]):
        end += 1
    while end + 2 < len(tokens) and fold(tokens[end]) in VOCAB.offices and fold(tokens[end + 1]) in VOCAB.offices:
        end += 1  # `Letkol Rahmat Hakim Dandim 0712`: of two office words the first is a surname
    office = tokens[end] if end + 1 < len(tokens) else ""  # (an office with its place or unit after it)
    if ranks and end > ranks and is_upper_start(office) and fold(office) in VOCAB.offices and not _surname_too(office):
        return tokens[end:] + tokens[:end]
    return tokens


def _surname_too(word: str) -> bool:
    """Is the office word a name word too (`Hakim` of Lukman Hakim)?"""
    key = fold(word)
    return key in VOCAB.name_words or key in VOCAB.common_names


def _plain_name_word(word: str) -> bool:
    """A name word that is no rank, office or title word."""
    key = fold(word)
    return name_like(word) and key not in VOCAB.ranks and key not in VOCAB.offices and key not in VOCAB.titles


def _opens_with_a_name_prefix(tokens: list[str]) -> bool:
    """Is the part a name that opens with a prefix (`I Nyoman`, `Ni Luh`, `La Ode`) and
    goes on in capitals, two words or more after it?"""
    keys = folded(tokens)
    return is_upper_start(tokens[0]) and any(
        keys[: len(p)] == p and len(keys) >= len(p) + 2 and all(is_upper_start(w) for w in tokens[len(p) :])
        for p in VOCAB.name_prefixes if p and keys[0] == p[0]
    )


def _initials_of_someone(tokens: tuple[str, ...] | list[str], has_age: bool) -> bool:
    """Does the part end with a person's initials after a role or `berinisial`, the
    role's holder named only so (`pelaku AS (34)`, `tersangka berinisial MR`)? Not
    an organisation's acronym after a role (`warga AS`, `pegawai BPS`): an age or
    `berinisial` makes them someone's."""
    last = tokens[-1]
    if len(tokens) < 2 or not (last.isalpha() and is_acronym(last) and len(last) <= 3):
        return False
    k = len(tokens) - 2
    if fold(tokens[k]) in VOCAB.naming_words:
        k -= 1
    elif not (has_age and fold(tokens[k]) in VOCAB.roles):
        return False
    # With an age, the initials are of the noun right before them (most often a child or
    # a victim): a role or relation before that one is the speaker's, about them (`ayah
    # korban AS (9)`, `kuasa hukum korban AS (17)`). `berinisial` alone names the whole
    # phrase's holder (`Salah satu keluarga korban berinisial IK mengungkapkan`).
    return not has_age or not any(fold(t) in VOCAB.roles or fold(t) in VOCAB.relational_roles for t in tokens[:k])


def _closes_a_place(tokens: list[str], run: int, start: int, has_age: bool) -> bool:
    """Is the one word read as a name after a kind of place in the run (`Kampung Susun Bayam`) a
    word mostly written in lower case, with no age after it: the place's last word?"""
    return (
        start == len(tokens) - 1 and not has_age and mostly_common_word(tokens[start])
        and any(fold(t) in VOCAB.place_kinds for t in tokens[run:start])
    )


def _where_name_starts(tokens: list[str], start: int, has_age: bool) -> int:
    """Where the name in the run of name-like words from `start` starts;
    len(tokens) when the run names a place or an organisation, not a person
    (which an age after the run never is)."""
    nobody = len(tokens)
    if start > 0 and fold(tokens[-1]) in VOCAB.kinds_after_names:
        return nobody  # `Guru Besar Sentosa University`: a role at an organisation named in English
    prev = fold(tokens[start - 1]) if start > 0 else ""
    rest = len(tokens) - start
    if start > 0 and tokens[start - 1][:1].isalpha() and not is_upper_start(tokens[start - 1]):
        # `di Kantor PSSI`, `sekitar Tanggul Usman`: a place, not a name,
        # unless a role word stands before it (`jaksa Ali Mukartono`), or an age after
        # it (`Penjual sayur Sinta Wulandari (41)`).
        aged = has_age and prev not in VOCAB.prepositions and rest <= 4 and not place_word(tokens[start])
        if not (
            aged or _lower_word_before_a_name(prev, rest) or _office_then_preposition(tokens, start)
            or _role_and_its_field_before(tokens, start) or _qualified_office_before(tokens, start)
        ):
            return nobody
    if rest == 1 and not has_age and start >= 2 and before_a_members_place(fold(tokens[start - 2]), fold(tokens[start - 1])):
        # `seorang warga Karangsari`, `salah satu suporter Persekab`: where from, someone unnamed (not
        # `salah satu pedagang Sumarni`, a name without its comma)
        return nobody
    if rest == 1 and start > 0 and is_upper_start(tokens[start - 1]) and ROMAN.fullmatch(tokens[start]):
        return nobody  # `Balai Pelestarian Kebudayaan Wilayah X`: a unit's number (not `pelaku berinisial X`)
    if rest <= 2 and _named_after_a_person(tokens, start):
        return nobody
    if start > 0 and 2 <= rest <= 3 and _a_country_of_several_words(tokens[start:]) and not office_rank_or_honorific(tokens[start - 1]):
        return nobody  # `Menteri Luar Negeri Arab Saudi`, `Dubes Timor Leste`: where, not who (not `AKBP Rio Samudra`)
    if rest == 2 and fold(tokens[start]) in VOCAB.place_words and mostly_common_word(tokens[start + 1]):
        return nobody  # `ahli Mesir Kuno`: a place and a common word, a field or an era, no one's name
    if rest == 1 and tokens[start - 1] in ("dan", "serta", "&") and any(_title_word(w) for w in tokens[: start - 1]):
        return nobody  # `Dokter Spesialis Mata dan Telinga`: `dan` joins two fields of the office
    if rest == 1 and (is_acronym(tokens[-1]) or prev in VOCAB.kinds):
        return nobody  # `warga Kelurahan Sukasari`, `Rektor Universitas Tadulako`: where, not who
    if rest == 1 and start > 0 and is_upper_start(tokens[start - 1]) and fold(tokens[-1]) in VOCAB.office_fields:
        return nobody  # `Direktur Riset`: the office's field (not `Kepala Seksi, Bina`: set off, a name)
    if rest == 2 and start > 0 and not is_acronym(tokens[start - 1]) and _a_city(tokens[start], tokens[start + 1]):
        return nobody  # `Wali Kota New York`: where, not who (`KBRI Phnom Penh` is the body: pipeline._named_organisation)
    if fold(tokens[0]) in COMPANY_FORMS:
        return nobody  # `PT Jasamarga Transjawa Tol menyampaikan`: the firm, no one in it named
    if rest == 2 and _named_institution(tokens, start, prev, has_age) and not _opens_a_name_not_a_place(tokens[start]):
        return nobody  # `Direktur PT Bintang Dunia`, `ekolog Universitas Gadjah Mada`: the institution's name
    if prev in BODY_WORDS:
        return nobody  # `pihak Jouska`: the organisation speaking, not a person
    if rest == 3 and prev in VOCAB.kinds and not _three_word_name(tokens[start:]):
        start += 1  # `Universitas Tadulako Hendra Wijaya`, `Kabupaten Karawang Yudi Prasetyo`
    elif (
        rest == 2 and prev in VOCAB.region_kinds and not (start > 1 and fold(tokens[start - 2]) == "wali")
        and not _opens_a_name_not_a_place(tokens[start])
    ):
        # `Kabupaten Sukamaju Wulandarini` (not `Wali Kota Mohammad Idris`, nor `Kepala
        # Desa Rudi Hartono`, where a word seen opening names and never a place follows)
        start += 1
    if start > 0 and _verb_in_a_name(tokens[start]) and is_upper_start(tokens[start - 1]):
        return nobody  # `Koalisi Masyarakat Sipil Melawan Impunitas`: a verb goes on the organisation's name
    if prev in VOCAB.roles and tokens[start - 1].islower():
        while len(tokens) - start > 1 and fold(tokens[start]) in VOCAB.usually_lower:
            start += 1  # `warga Kebun Lelang Rudi`: common words open a place's name, not a person's
    if (
        rest == 2 and start > 0 and fold(tokens[-1]) in VOCAB.countries and mostly_common_word(tokens[start])
        and any(fold(t) in VOCAB.kinds for t in tokens[:start])
    ):
        return nobody  # `entomolog di Institut Ilmu Pengetahuan Alam Islandia`: the institute's name goes on to its country
    if fold(tokens[start]) in VOCAB.place_kinds:
        # `pedagang Pasar Minggu`: a place, no name; in a longer run the
        # place comes first and the name after it.
        if len(tokens) - start <= 2:
            return nobody
        start += 2
    return start


def _named_institution(tokens: list[str], start: int, prev: str, has_age: bool) -> bool:
    """Is the word before the run (folded: prev) one naming the institution the run names:
    a firm's legal form (`PT`), or an institution's kind in capitals after a common role
    (`ekolog Universitas`; after an office the run may be its holder's name, and a clinic's
    may be a place: `Kepala Puskesmas Tegalsari Wahidin`)? The role may follow a determiner
    opening the sentence (`Seorang peneliti di Fakultas Hukum Universitas Gadjah Mada`), not
    before an age or after a kind in capitals (`Seorang guru SD Rina Marlina (45)`: hers)."""
    if prev in COMPANY_FORMS:
        return True
    if not (is_upper_start(tokens[start - 1]) and prev in VOCAB.kinds and prev not in VOCAB.place_kinds):
        return False
    if tokens[0].islower():
        return True
    return (
        len(tokens) > 1 and tokens[1].islower() and fold(tokens[0]) in VOCAB.determiner_heads
        and not has_age and not is_acronym(tokens[start - 1])
    )


# The active verb's prefix as its first sound shapes it (`melawan`, `membangun`,
# `mendukung`, `mengawal`, `menyapa`; not `media`).
VERB_PREFIX: Final = re.compile(r"me(?:[lrwy]|m[bpaeiou]|n[cdjtszaeiou]|ng[aeiougkh]|ny[aeiou])[a-z]{2,}$")


def _verb_in_a_name(token: str) -> bool:
    """Is the capitalised word an active verb the corpus writes in lower case
    (`Melawan`, `Membangun`)? No name opens with one; an organisation's name may hold one."""
    key = fold(token)
    return key in VOCAB.usually_lower and bool(VERB_PREFIX.match(key))


# The legal forms written before a firm's name: Perseroan Terbatas, Commanditaire Vennootschap.
COMPANY_FORMS: Final = frozenset({"pt", "cv"})


def _three_word_name(run: tuple[str, ...] | list[str]) -> bool:
    """Is a run of three after an institution's or place's kind a name of three
    words (`Satgas Rudi Hartono Saputra`): a usual first name that is no place,
    and a last word that is no first name (a surname), not `Universitas Ahmad
    Dahlan Rina` nor `Kabupaten Karawang Yudi Prasetyo`?"""
    return _opens_a_name_not_a_place(run[0]) and usual_name(fold(run[0])) and not usual_name(fold(run[-1]))


def _opens_a_name_not_a_place(token: str) -> bool:
    key = fold(token)
    return key in VOCAB.name_openers and key not in VOCAB.place_words and key not in VOCAB.places


def _title_word(token: str) -> bool:
    key = fold(token)
    return key in VOCAB.titles or key in VOCAB.offices or key in VOCAB.roles


def _a_country_of_several_words(run: tuple[str, ...] | list[str]) -> bool:
    """Are the words a country's name: place words, one of them a country's (`Arab Saudi`;
    not `Rio Tanjung`, two place words that name people too)?"""
    return all(fold(w) in VOCAB.place_words for w in run) and any(fold(w) in VOCAB.countries for w in run)


def _named_after_a_person(tokens: list[str], start: int) -> bool:
    """Is the run a place or institution named after someone, its kind and an
    honorific before it (`RSUD dr. Moh. Salim`, `Jalan KH Ahmad Dahlan`)? (A longer
    run may hold the person after it: `RSUP Prof Ngoerah I Wayan Sudana`.)"""
    k = start
    while k > 0 and fold(tokens[k - 1]) in VOCAB.honorifics:
        k -= 1
    kind = fold(tokens[k - 1]) if 0 < k < start else ""
    return kind in VOCAB.kinds


def _office_then_preposition(tokens: Sequence[str], start: int) -> bool:
    """Is the lower-case word before the run a preposition inside an office, the run
    its organisation or field and perhaps its holder's name (`Utusan Khusus untuk
    Urusan Iklim Budi Santoso`)? Only after an office in capitals, before three words
    or more, not a place's (`di Kabupaten ...`); the name must be one the article
    gives (see _read_past_a_preposition)."""
    return (
        tokens[start - 1] in READ_ON_PREPOSITIONS and len(tokens) - start >= 3
        and is_upper_start(tokens[0]) and fold(tokens[0]) in VOCAB.offices
        and not _a_place_word(fold(tokens[start]))
    )


def _a_place_word(key: str) -> bool:
    """Is the folded word a kind of place (`Kabupaten`, `Mapolres`) or a word of places' names?"""
    return key in VOCAB.place_kinds or key in VOCAB.place_words or key in VOCAB.region_kinds


def _read_past_a_preposition(tokens: Sequence[str]) -> bool:
    """Does the part's name run start right after a preposition inside an office
    (see _office_then_preposition), where a run of capitalised words names a place
    or an event as often as a person?"""
    if not (is_upper_start(tokens[0]) and fold(tokens[0]) in VOCAB.offices and any(t in READ_ON_PREPOSITIONS for t in tokens)):
        return False  # (as _office_then_preposition would say, without the run found first)
    run = _name_run(list(tokens))
    return 0 < run < len(tokens) and _office_then_preposition(tokens, run)


def opens_an_organisation(word: str) -> bool:
    """Does the word open an organisation's name: an acronym (`BPBD`), a contracted
    name (`Kemenkeu`, `Dinkes`), a title word naming a body (`Kejari`, `Dinas`,
    `Kementerian`; not one usually written in lower case: `Operasi`) or an office's
    field (`untuk Urusan ...`), and no kind of place (`Kabupaten`, `Mapolres`) nor a
    common word (`Apel`, `Sidang`, `Peresmian`)?"""
    key = fold(word)
    if _a_place_word(key) or common_word(word):
        return False
    return (
        after_unit(word) or key.startswith(VOCAB.org_prefixes) or key in VOCAB.office_fields
        or (key in VOCAB.titles and key not in VOCAB.usually_lower)
    )


def holder_named_elsewhere(words: Sequence[str], name: Sequence[str], evidence: NameEvidence) -> bool:
    """Is the name that ends the words, read on past a preposition inside an office
    (`Kabid Humas pada Kejari Sentosa Budi Santoso`), one the article gives: after a
    rank (`... Polda Sentosa Kombes Ade Rahman`) or a country's abbreviation, which
    closes the body's name (`... Puspenkum Kejagung RI Irwan Datuiding`; not a place
    after it, nor one word: `... Kedubes RI Kairo`), or opening with a word the
    article uses alone for a speaker (`kata Budi` later), or written elsewhere with no
    capitalised word before it? The words after an organisation are as often its region's
    as the holder's name (`Kejari Sentosa Budi Santoso` alone does not tell where the
    name starts), and a name right after a kind of place is the place's (`Balai Desa
    Sri Mulyo`)."""
    n = len(name)
    if not n:
        return False
    at = next((i for i in range(len(words) - n, 0, -1) if tuple(words[i : i + n]) == tuple(name)), None)
    if at is None:
        return False
    before = fold(words[at - 1])
    if before in VOCAB.place_kinds or before in VOCAB.region_kinds:
        return False
    if n >= 2 and words[at - 1] in VOCAB.country_abbreviations and fold(name[0]) not in VOCAB.place_words:
        return True
    return before in VOCAB.ranks or fold(name[0]) in evidence.short or _written_alone(" ".join(name), evidence.text)


# The word right before a place in the text, if a space alone stands between them.
WORD_THEN_SPACE: Final = re.compile(r"(\S+) $")


def _written_alone(name: str, text: str) -> bool:
    """Does the text write the name with no capitalised word right before it (`Menurut
    Budi Santoso,`, `disampaikan Budi Santoso`), so that nothing before it could be
    part of it (`Kejaksaan Negeri Sentosa Budi Santoso` twice tells nothing)? (A search for
    the name's characters, not a pattern made for each name, which filled re's cache.)"""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _word_character(text, at - 1) or _word_character(text, end):
            at = text.find(name, at + 1)
            continue
        before = WORD_THEN_SPACE.search(text, max(0, at - 40), at)
        if before is None or not is_upper_start(before.group(1)):
            return True
        at = text.find(name, end)
    return False


def _word_character(text: str, i: int) -> bool:
    """Is text[i] a character regex's \\w matches (a letter, digit or `_`), inside the text?"""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def place_word(token: str) -> bool:
    """Is the word a place's or an institution's (`Pasar`, `Jalan`, `Tanah`, `Jakarta`)?"""
    key = fold(token)
    return key in VOCAB.kinds or key in VOCAB.place_words or key in VOCAB.places or key in VOCAB.place_kinds


def _role_and_its_field_before(tokens: list[str], start: int) -> bool:
    """Do a role and one lower-case word, its field, stand right before a run of two words or
    more that opens with a usual given name (`Pengamat asuransi Tri Joko Santoso`): the
    holder's name (not `mahasiswa jurusan Teknik Sipil`, `CEO baru Intel Lip-Bu Tan`, nor
    after a word making the name another's or a thing's: `Manajer pribadi Ayu Ting Ting`,
    `Pemilik bengkel Agung Jaya Motor`: data/not_the_holders_name.txt)?"""
    if start < 2 or len(tokens) - start < 2 or not role_word(fold(tokens[start - 2])):
        return False
    role, field, first = fold(tokens[start - 2]), tokens[start - 1], tokens[start]
    return (
        usual_name(fold(first)) and not place_word(first) and not place_word(field) and fold(field) not in VOCAB.prepositions
        and role not in VOCAB.not_the_holders_name and fold(field) not in VOCAB.not_the_holders_name
        and role not in VOCAB.relational_roles
    )


# Roles whose word after them is a place or a body they belong to: `warga Karangsari`, `suporter Persekab`.
MEMBERS_OF: Final = frozenset({"warga", "penduduk", "suporter", "pendukung"})


def before_a_members_place(determiner: str, role: str) -> bool:
    """Do the two (folded) words before one capitalised word bring someone in unnamed with a
    role whose word after it is where they belong (`seorang warga` Karangsari, `salah satu
    suporter` Persekab)?"""
    return determiner in ("seorang", "satu") and role in MEMBERS_OF
# Lower-case words closing an office before its holder's name: `Kepala Desa setempat Rina`,
# `Bupati terpilih Budi Santoso`.
OFFICE_QUALIFIERS: Final = frozenset({"setempat", "terpilih"})


def _qualified_office_before(tokens: list[str], start: int) -> bool:
    """Does an office and a word qualifying it stand right before the run at start
    (`Pimpinan Cabang Perum Bulog setempat Rina Oktaviani`)?"""
    # An office, not any role (`tokoh pemuda setempat Karang Taruna Cibodas`: a body after the role),
    # and a name of two words at least (`Pengurus masjid setempat Al-Ikhlas`: a body's or a place's)
    return (
        fold(tokens[start - 1]) in OFFICE_QUALIFIERS and len(tokens) - start >= 2
        and any(fold(t) in VOCAB.offices for t in tokens[: start - 1])
    )


def _lower_word_before_a_name(prev: str, rest: int) -> bool:
    """Can a run of `rest` name-like words after the lower-case word `prev` be a name?"""
    if prev in VOCAB.english_connectors:
        # `Network for Democracy and Electoral Integrity Ferry Kurnia Rizkiyansyah`
        # names a person after the English; `PT House of Rattan` does not.
        return rest >= 3
    return (
        prev in VOCAB.roles or prev in VOCAB.titles or prev in VOCAB.ranks
        or prev in VOCAB.honorifics or prev in VOCAB.title_connectors or prev in VOCAB.naming_words
    )


def _segments(phrase: str) -> tuple[tuple[Segment, ...], int | None]:
    """The comma-separated parts of a speaker phrase, each as (words, where its
    name starts, whether an age follows), and which part holds the name. This
    part does not depend on the article, so it is computed once per phrase."""
    found = SEGMENTS.get(phrase)
    if found is None:
        found = SEGMENTS[phrase] = _read_segments(phrase)
    return found


def _read_segments(phrase: str) -> tuple[tuple[Segment, ...], int | None]:
    segments = [seg for seg in _split_segments(phrase) if not is_degree(seg)]
    if len(segments) > 1 and any(_a_day_and_date(seg) for seg in segments[1:]):
        segments = segments[:1] + [seg for seg in segments[1:] if not _a_day_and_date(seg)]
    parsed = [found for seg in segments if (found := _segment(seg)) is not None]
    parsed = parsed[:1] + [_prefix_in_the_name(found) for found in parsed[1:]]
    with_name = [i for i, (tokens, start, _) in enumerate(parsed) if start < len(tokens)]
    if len(with_name) > 1 and _opening_word(parsed[0][0]):
        with_name = with_name[1:]  # `Terbaru, anggota Komisi VII DPR Budi Santoso`: an opener, not `Dedy, anggota ...`
    return tuple(parsed), with_name[0] if len(with_name) == 1 else _name_segment(parsed, with_name)


def _prefix_in_the_name(part: Segment) -> Segment:
    """A part after a comma that opens with a name prefix, its name read as starting after it
    (`Kepala Dinas Sosial, Lalu Hendra Wiguna`): the name, from the prefix on. (Not the
    phrase's first part: `Lalu Budi Hartono menunjukkan ...` opens a sentence with "then".)"""
    tokens, start, has_age = part
    if 0 < start < len(tokens) and fold(tokens[start - 1]) in PREFIX_LASTS and _opens_with_a_name_prefix(list(tokens)):
        return tokens, 0, has_age
    return part


def _opening_word(tokens: tuple[str, ...]) -> bool:
    """Is the part one common word in capitals (`Terbaru`, `Sebelumnya`): a sentence's opener, no name?"""
    return len(tokens) == 1 and common_word(tokens[0])


def _name_segment(parsed: list[Segment], with_name: list[int]) -> int | None:
    """Which of the parts with a name (with_name) holds the name: one with an age
    beside it (`Sutini (52)`), else one that is a name alone (`Fia, warga Simpang
    Mayang`), else one with a name of two words or more, else the last with a name.
    A part followed later by one opening with `dan` is an item of a list of units
    (`..., Cipta Karya, dan Tata Ruang ... Iman Krestian`), not a name."""
    if not with_name:
        return None
    list_from = next((i for i, (tokens, _, _) in enumerate(parsed) if i and fold(tokens[0]) in ("dan", "serta")), None)

    def rank(i: int):
        tokens, start, has_age = parsed[i]
        alone = all(
            fold(t) in VOCAB.ranks or fold(t) in VOCAB.honorifics or (i == 0 and j == 0 and t in SENTENCE_OPENERS)
            for j, t in enumerate(tokens[:start])
        )  # (`Lalu Hendra Wiguna, Ketua Kelompok Tani X`: "then" or a Sasak prefix, a name either way)
        in_list = list_from is not None and i < list_from
        # `Dedy, Kepala Peleton ..., Kebayoran Baru`: a name alone, then its role
        head = i == 0 and start == 0 and len(parsed) > 1 and is_role_segment(parsed[1][0])
        # `Andreas Sitompul, kuasa hukum Rina Lestari (30)`: a name after a relation is
        # the other person's (data/relational_roles.txt), whatever stands beside it
        related = any(fold(t) in VOCAB.relational_roles for t in tokens[:start])
        # `Ketua RW 05 Kelurahan Sunter, Tanjung Priok, Sugeng`: the region's next level up, not a
        # name, before a usual name standing alone (not `Desa X, Maman Suparman, Cikajang, Garut`)
        region = a_regions_next_level(parsed, i) and any(
            j > i and parsed[j][1] == 0 and usual_name(fold(parsed[j][0][0])) for j in with_name
        )
        return (not related, not region, has_age, head, alone and not in_list, len(tokens) - start >= 2, i)

    return max(with_name, key=rank)


# A name of two or three words, then `dari` and where the person comes from (`Randy McCarthy dari
# firma hukum Hall Estill`): the name is the person's; a name after `dari` is an organisation's.
NAME_FROM: Final = re.compile(r"((?:[A-Z][\w'\-]+[ \t]+){1,2}[A-Z][\w'\-]+)[ \t]+dari[ \t]+\S")


def parse_mention(phrase: str, evidence: NameEvidence | None = None) -> Mention | None:
    """Title and name from a phrase such as ``Kepala Cabang BPJAMSOSTEK Semarang
    Majapahit Imron Fatoni``, ``salah satu pedagang sayuran, Jonathan``,
    ``Sutini (52), pemilik toko``, ``seorang warga``.

    ``evidence`` tells where a run of capitalised words that could be place
    or name starts to be a name (see ``NameEvidence``); ``Article.mention``
    passes its article's.
    """
    phrase = phrase.strip(" ,;:-\u2013\u2014")
    if not phrase:
        return None
    affiliated = NAME_FROM.match(phrase) if "dari" in phrase else None  # (the engine's call costs more than the test)
    if affiliated is not None and all_name_like(affiliated.group(1).split()) and not common_word(affiliated.group(1).split()[0]):
        return Mention(tuple(affiliated.group(1).split()), None, text=phrase)  # `Randy McCarthy dari firma hukum X`
    parsed, name_seg = _segments(phrase)
    if not parsed:
        return None
    if name_seg is None:
        return _mention_without_name(phrase, parsed[-1][0], evidence)
    tokens, start, has_age = parsed[name_seg]
    if _name_of_a_relation(tokens[:start], tokens[start], lambda: has_age or _a_childs_name(tokens[start:], evidence)):
        return _role_mention(phrase)  # `kata ayah korban Rafi (9)`: the father, not named
    # `Pengawas Perbankan, Asuransi, dan Dana Hendra Wijaya`: the list's last field, then the name
    field = 1 if _last_of_a_list_of_fields(parsed, name_seg, start, evidence) else 0
    cut = field + _title_words_in_run(tokens[start + field :], tokens[: start + field], name_seg, evidence)
    at = _back_to_name_prefix(tokens, start + cut, name_seg == 0, evidence)
    if _read_past_a_preposition(tokens) and not (evidence and holder_named_elsewhere(tokens, tokens[at:], evidence)):
        return _role_mention(phrase)  # `Kapolres pada Apel Gelar Pasukan Operasi Lilin Jaya`: a name the article does not give
    found = _mention_with_name(phrase, at - start)
    if found is not None and found.name and found.title and _a_place_after_a_role(found.title):
        return _role_mention(phrase)  # `pedagang Pasar Baru`, `pedagang Pasar Induk Caringin`: where they trade, no one named
    return found


def _a_place_after_a_role(title: str) -> bool:
    """Does the title read as a role in lower case and a kind of place in capitals closing it
    (`pedagang Pasar`, `warga Kampung`): the capitalised words after it name the place?"""
    words = title.split()
    return (
        len(words) >= 2 and is_upper_start(words[-1]) and fold(words[-1]) in VOCAB.place_kinds
        and all(w.islower() for w in words[:-1]) and fold(words[0]) in VOCAB.roles
    )


def _last_of_a_list_of_fields(parsed: tuple[Segment, ...], name_seg: int, start: int, evidence: NameEvidence | None) -> bool:
    """Does the name's part open with `dan` closing a list of an office's fields, one
    capitalised word a part (`Pengawas Perbankan, Asuransi, dan Dana Hendra Wijaya`),
    its first word a field a corpus saw naming offices and never opening a name
    (data/office_fields.txt), before a name of two words or more? That word is the
    list's last field, not a first name (`Rina, Rudi, dan Dana Wijaya` lists people)."""
    tokens = parsed[name_seg][0]
    if not (name_seg > 0 and start == 1 and tokens[0] in ("dan", "serta") and len(tokens) >= 4):
        return False
    before = parsed[name_seg - 1][0]
    return (
        len(before) == 1 and last_field_after(before[0], tokens[1])
        and not (evidence is not None and fold(tokens[1]) in evidence.short)
    )


def last_field_after(previous: str, word: str) -> bool:
    """Is the capitalised word after a field and `dan` the list's last field: a field a
    corpus saw naming offices and never opening a name (`Riset, dan Teknologi`)?"""
    key = fold(word)
    return _a_field(previous) and is_upper_start(word) and key in VOCAB.office_fields and not usual_name(key)


def _a_field(word: str) -> bool:
    """Is the capitalised word an office's field or a word the corpus usually writes in lower case?"""
    key = fold(word)
    return is_upper_start(word) and (key in VOCAB.office_fields or key in VOCAB.usually_lower)


# Between a relation and the name it is about: `kuasa hukum X`, `ayah korban X`, `ibu bocah X`.
RELATION_TAIL: Final = frozenset({"hukum"}) | VOCAB.people_in_the_news | VOCAB.person_nouns


def _name_of_a_relation(before: tuple[str, ...], first: str, has_age: Callable[[], bool]) -> bool:
    """Do the words before a name end with a relation in lower case, perhaps with the
    other person's role after it (`ayah korban`, `kuasa hukum`): the name is the other
    person's, and the speaker is not named (data/relational_roles.txt)? Not a compound
    role (`asisten pelatih Budi`: the assistant coach is Budi), nor a relation that is
    also a form of address right before the name (`kata ibu Sumiati` is Sumiati) unless
    an age marks the name as the other person's (`kata ibu Nayla (5)`; HAS_AGE is asked last,
    since it may search the article)."""
    k = len(before)
    while k > 0 and before[k - 1].islower() and fold(before[k - 1]) in RELATION_TAIL and fold(before[k - 1]) not in VOCAB.relational_roles:
        k -= 1
    if relation_then_anothers_role(before):
        return True
    if k == 1 and is_upper_start(before[0]) and fold(before[0]) not in VOCAB.honorifics and not _opens_a_prefix(before[0], first):
        # opening the sentence: `Keluarga Rina lalu datang`, `Tetangga Rina mengatakan`, `Anak Rina
        # menjelaskan` (not `Pengacara Hotman Paris`, nor `Anak Agung Gede Rai`: a name's prefix)
        return fold(before[0]) in VOCAB.relational_roles and fold(before[0]) not in VOCAB.professional_relations
    if not (k > 0 and before[k - 1].islower() and fold(before[k - 1]) in VOCAB.relational_roles):
        return False
    if k >= 2 and fold(before[k - 1]) == "anak" and fold(before[k - 2]) in CHILDREN_AS_A_FIELD:
        return False  # `dokter spesialis anak Rudy Hermawan`: a pediatrician, no one's child
    return k < len(before) or fold(before[k - 1]) not in VOCAB.honorifics or has_age()


# The roles `anak` after them makes a field (children), not a relation: `dokter spesialis anak`,
# `psikolog anak`, `pemerhati anak`.
CHILDREN_AS_A_FIELD: Final = frozenset({"spesialis", "dokter", "psikolog", "psikiater", "pemerhati", "aktivis"})


def _a_childs_name(name: tuple[str, ...], evidence: NameEvidence | None) -> bool:
    """Does the article bring the name in elsewhere with a child's age (`Rafi (7)`), so
    that `kata ibu Rafi` is the child's mother, not Rafi addressed as `ibu`?"""
    return evidence is not None and bool(name) and evidence.given_a_childs_age(" ".join(name))


def _opens_a_prefix(word: str, after: str) -> bool:
    """Does the word open a name prefix that the word after it goes on (`Anak Agung`), or is it
    a prefix of one word (`Lalu`)?"""
    key = fold(word)
    return key in PREFIX_FIRSTS and ((key,) in VOCAB.name_prefixes or (key, fold(after)) in PREFIX_OPENINGS)


# The first words of the name prefixes: only where one stands can a prefix start.
PREFIX_FIRSTS: Final = frozenset(prefix[0] for prefix in VOCAB.name_prefixes if prefix)
PREFIX_LASTS: Final = frozenset(prefix[-1] for prefix in VOCAB.name_prefixes if prefix)
PREFIX_OPENINGS: Final = frozenset(prefix[:2] for prefix in VOCAB.name_prefixes if len(prefix) >= 2)


def _back_to_name_prefix(tokens: tuple[str, ...], at: int, opens_phrase: bool, evidence: NameEvidence | None) -> int:
    """Where the name that starts at `at` starts when a name prefix (`Anak Agung`,
    `Ida Bagus`, `Cokorda`, `La Ode`) holds or ends right before that word, or
    stands later in the run (`Wali Kota Sentosa Jaya La Ode Rahmat`): at the prefix.
    Not a prefix that also opens sentences (`Lalu`) as the first word of the phrase
    (`opens_phrase`: the tokens are its first part), unless the article writes it before
    the same name word inside a sentence."""
    for j in range(max(0, at - 2), len(tokens) - 1):
        if fold(tokens[j]) not in PREFIX_FIRSTS or not is_upper_start(tokens[j]) or (
            j == 0 and opens_phrase and tokens[j] in SENTENCE_OPENERS
            and not (evidence is not None and evidence.prefix_in_a_sentence(tokens[j], tokens[j + 1]))
        ):
            # (the empty prefix, if any, would give `at` itself, as the end does; `beberapa
            # waktu lalu Purbaya`, `Lalu Budi Hartono menunjukkan`: no Sasak `Lalu`)
            continue
        for prefix in VOCAB.name_prefixes:
            end = j + len(prefix)
            if end >= at and end < len(tokens) and folded(tokens[j:end]) == prefix:
                return j
    return at


def _mention_without_name(phrase: str, tokens: tuple[str, ...], evidence: NameEvidence | None) -> Mention | None:
    """A phrase whose last part has no name: a role (`seorang warga`), or a
    name whose surname is a place word the article shows to be a name."""
    if evidence and len(tokens) >= 2 and _surname_like_a_place(tokens, evidence):
        # `Direktur ... Panca Karya Rusdy Ambon`, called Rusdy: the place word is his surname
        title = " ".join(strip_determiners(list(tokens[:-2]))) or None
        return Mention(tuple(tokens[-2:]), title, text=phrase)
    at = _name_after_lower_role(tokens, evidence) if evidence else 0
    if at and not relation_then_anothers_role(tokens[:at]):  # (`Sahabat dekat Budi Hartono`: Budi's friend)
        # `Pengamat transportasi Budi Hartono` called Budi; `Analis mata uang Bank X Budi Hartono`
        at += _title_words_in_run(tokens[at:], tokens[:at], 0, evidence)
        return Mention(tuple(tokens[at:]), " ".join(strip_determiners(list(tokens[:at]))), text=phrase)
    return _role_mention(phrase)


def _name_after_lower_role(tokens: tuple[str, ...], evidence: NameEvidence) -> int:
    """Where a name starts after a role and the lower-case words of its field
    (`Pengamat transportasi Budi Hartono`, `Artis peran Rina Wulandari`): a run of
    two name words or more that the article uses alone for someone speaking;
    0 when there is none (`warga kampung Kebun Jeruk`, `petani asal Sungai Raya`)."""
    words = strip_determiners(list(tokens))
    at = len(tokens) - len(words) + 1
    if not words or not (fold(words[0]) in VOCAB.roles or fold(words[0]) in VOCAB.offices):
        return 0
    while at < len(tokens) and is_lower_start(tokens[at]) and not _place_comes(tokens[at]):
        if fold(tokens[at]) in NAMING:
            return 0  # `Pemilik nama lengkap Rina Wulandari`: the name, and no role
        at += 1
    run = tokens[at:]
    if at == len(tokens) - len(words) + 1 or len(run) < 2 or not all(name_like(w) for w in run):
        return 0
    if fold(run[0]) in VOCAB.kinds:
        return 0
    return at if any(fold(w) in evidence.short for w in run) else 0


# The words that say a name follows: `bernama`, `nama lengkap`.
NAMING: Final = VOCAB.naming_words | {"nama"}


def _place_comes(word: str) -> bool:
    """Does the lower-case word bring a place or a group's name after it (`di`, `asal`,
    `kampung`, `klub`: `anggota klub buku Sinar Pagi`)?"""
    key = fold(word)
    return (
        key in VOCAB.prepositions or key in VOCAB.place_words_before or key in VOCAB.place_kinds
        or key in VOCAB.group_nouns
    )


def _title_words_in_run(
    name: tuple[str, ...], prefix: tuple[str, ...], name_seg: int, evidence: NameEvidence | None
) -> int:
    """How many leading words of the name's run go to the title (the cut): a
    capitalised run may hold the end of a place or organisation before the name."""
    fields = _leading_fields(name, prefix, evidence)
    if fields:  # `Direktorat Jenderal Imigrasi Hendra`: the office's field, then the name
        return fields + _title_words_in_run(name[fields:], prefix + name[:fields], name_seg, evidence)
    cut = 0
    # `Direktur Jenderal Pajak Bimo Wijayanto`: Jenderal after an office is part of it, no rank before a name
    before = "" if not prefix or _office_jenderal(prefix) else prefix[-1]
    if evidence and len(name) >= 2:
        # at the first word the article uses alone for a person (see NameEvidence)
        cut = evidence.name_start(name, before, set_off=not prefix and name_seg > 0)
        if _first_of_three(name, prefix, before, cut, evidence):
            return cut - 1 + _leading_places(name[cut - 1 :], evidence)
    if not cut and len(name) >= 3:  # (a name of one or two words has nothing to cut)
        cut = _cut_at_first_name(name, prefix, evidence)
    if not cut:
        cut = _at_most_three(name, prefix, before, evidence)
    elif len(name) - cut > 3 and evidence is not None and evidence.independent(name[cut], name[cut + 1]):
        # `... Bank Mega Syariah Eva Dahlia Kusumawati` cut at Mega, and Syariah written
        # apart from Eva elsewhere: still an organisation's word (not `Abu Hurairah ...`)
        cut += _at_most_three(name[cut:], prefix + name[:cut], name[cut - 1], evidence)
    cut = _past_a_city(name, _past_an_organisations_name(name, prefix, cut, evidence))
    return cut + _leading_places(name[cut:], evidence)


def _past_a_city(name: tuple[str, ...], cut: int) -> int:
    """The cut moved past a foreign city of two words (data/foreign_cities.txt) it splits
    or opens, when a name is left after it: `Wali Kota New York Zohran Mamdani`."""
    if 0 < cut < len(name) - 1 and _a_city(name[cut - 1], name[cut]):
        return cut + 1
    if cut < len(name) - 2 and _a_city(name[cut], name[cut + 1]):
        return cut + 2
    return cut


def _a_city(first: str, second: str) -> bool:
    return first in CITY_FIRST_WORDS and f"{fold(first)} {fold(second)}" in VOCAB.foreign_cities


# The first words of data/foreign_cities.txt as written: most runs have none, looked up as they are.
CITY_FIRST_WORDS: Final = frozenset(city.split()[0].title() for city in VOCAB.foreign_cities)


def _past_an_organisations_name(name: tuple[str, ...], prefix: tuple[str, ...], cut: int, evidence: NameEvidence | None) -> int:
    """The cut moved past a word that closes the name of a firm, a cooperative or a farmers'
    group (`Sejahtera`, `Tani`: data/organisation_tail_words.txt) left in the name, when a word
    that opens such a name (`PT`, `Kelompok`: ORGANISATION_OPENERS) comes before it:
    `PT Bandung Graha Sejahtera Lukas Pramana`, `Kelompok Tani Makmur Joko Susilo`. The last
    such word that leaves two words or more, none of them a place first, and before which the
    person's name has not begun: at a given name (`Andi Makmur Amir Saleh`) or a word the article
    calls someone by (`kata Lukas`, `Pak Santosa`). Any other word may open a person's name
    (`PT Medan Sinar Sejahtera Tumpal Agung Siregar`). With no such word to end the firm's name,
    a common word opening a name of two words the article does not use goes with the firm, and
    one word left after the firm's is its last, no one's (`petugas PT Sinar Parkir Jaya`): no one
    named rather than a wrong name."""
    keys = folded(name)
    # (where the organisation's name opens: before the run, or at a word of it)
    opener = -1 if _organisation_opens(prefix) else next((i for i, key in enumerate(keys[:-2]) if key in ORGANISATION_OPENERS), None)
    if opener is None:
        return cut
    ends = []
    for i in range(max(cut, opener + 1), len(keys) - 2):
        if usual_name(keys[i]) or (evidence is not None and evidence.calls_someone(name[i])):
            break  # (the person's name has begun)
        if keys[i] in VOCAB.organisation_tails:
            ends.append(i + 1)
    if ends:
        return next((end for end in reversed(ends) if not _leading_places(name[end:], evidence)), cut)
    called = evidence is not None and evidence.calls_someone(name[-1])
    if cut == len(name) - 2 and _firms_word(name[cut], evidence) and not called:
        cut += 1
    return len(name) if cut == len(name) - 1 and cut > opener + 1 and not called else cut


def _firms_word(word: str, evidence: NameEvidence | None) -> bool:
    """Is the word after a firm's opening one the corpus writes in lower case, no usual
    name and no word the article calls someone by: the firm's name goes on?"""
    key = fold(word)
    return mostly_common_word(word) and not usual_name(key) and not (evidence is not None and evidence.calls_someone(word))


# Words that open the name of a firm or a group (`PT Sinar Abadi`, `Kelompok Tani Makmur`).
ORGANISATION_OPENERS: Final = COMPANY_FORMS | VOCAB.association_kinds


def _organisation_opens(prefix: tuple[str, ...]) -> bool:
    """Does a word that opens such a name (ORGANISATION_OPENERS) stand among the last
    capitalised words before the run (`Direktur Utama PT Bandung`)?"""
    for word in prefix[::-1][:3]:
        if not is_upper_start(word):
            return False
        if fold(word) in ORGANISATION_OPENERS:
            return True
    return False


def _first_of_three(name: tuple[str, ...], prefix: tuple[str, ...], before: str, cut: int, evidence: NameEvidence) -> bool:
    """Does the word before the short form the name was cut at open a name of three
    (see NameEvidence.opens_a_name_of_three), after an office and its place written in
    capitals (`Kepala Departemen Komunikasi Bank Indonesia Ramdan Denny Prakoso`; after a role
    in lower case an organisation comes first: `analis mata uang Nusa Sekuritas Rudi ...`)?"""
    if not cut or len(name) - cut != 2 or fold(name[cut]) not in evidence.short:
        return False
    if any(is_lower_start(w) for w in prefix) or not any(fold(w) in VOCAB.offices for w in prefix):
        return False
    return evidence.opens_a_name_of_three(name[cut - 1], name[cut], name[cut - 2] if cut >= 2 else before)


def _at_most_three(name: tuple[str, ...], prefix: tuple[str, ...], before: str, evidence: NameEvidence | None) -> int:
    """How many leading words of a run longer than a name go to the title: at most
    three words of a long run are the name, unless it opens with a common given name
    after a role in lower case, or the article writes its first word
    alone after a cue (not only as the word opening this phrase) or a rank stands right
    before it (`Komisaris Besar Ade Ary Syam
    Indradi`) or an organisation's or place's acronym in parentheses closes the title
    (`Gubernur Nusa Tenggara Timur (NTT) Emanuel Melkiades Laka Lena`); an initial does
    not count (`Maria Yosefa S Lado`)."""
    if (
        not prefix or len(name) <= 3 or fold(name[0]) in VOCAB.given_names
        or _opens_with_a_given_name(name, before)
        or (_acronym_closes(prefix[-1]) and _only_name_words(name))
        or (evidence is not None and fold(name[0]) in evidence.cued and fold(prefix[0]) != fold(name[0]))
        or fold(before) in VOCAB.ranks or fold(before) in VOCAB.honorifics
    ):
        return 0
    cut = _three_words_from(name)
    if before.islower() or fold(before) in VOCAB.kinds:
        cut = _past_unknown_words(name, cut)
    elif 0 < cut == len(name) - 3 and evidence is not None and _organisation_goes_on(name[cut - 1], name[cut], evidence):
        cut += 1  # `Direktur Pengawasan Bursa Karbon Hendra Wijaya`: Karbon ends the exchange's name
    return cut


def _opens_with_a_given_name(name: tuple[str, ...], before: str) -> bool:
    """Is the run after a role in lower case four words opening with a common given name,
    no place's or institution's word among them (`budayawan Bambang Ekoloyo Butet
    Kartaredjasa`, `asisten pelatih Budi Eko Prasetyo Utomo`; not `pengelola Ratu Boko Heru
    Prasetyo Wibowo`, a place named for a person before the name)?"""
    return before.islower() and len(name) == 4 and fold(name[0]) in VOCAB.common_names and not any(place_word(w) for w in name)


def _organisation_goes_on(before: str, word: str, evidence: NameEvidence) -> bool:
    """Does the word, first of the last three of a run longer than a name, end the
    organisation before the name rather than open the name: a word the corpus writes in
    lower case in mid-sentence both often and nearly always (data/common_words.txt and
    data/lower_case_words.txt: `karbon`, not the rarer `cucu` or `embun` that are also
    first names) after a word of the organisation, no place (`DKI Jakarta Cucu Ahmad
    Kurnia` opens the name after the place), a word that neither opens names in a corpus
    nor is one the article calls someone by or capitalises after a lower-case word?"""
    key = fold(word)
    return (
        key in VOCAB.lower_case and key in VOCAB.usually_lower
        and fold(before) not in VOCAB.places and not is_acronym(before)
        and key not in VOCAB.name_openers and key not in evidence.short
        and not evidence.capitalised_mid_sentence(word)
    )


def _past_unknown_words(name: tuple[str, ...], cut: int) -> int:
    """After a role in lower case or an institution's kind, a run longer than a name holds
    an organisation's or place's name first (`gelandang Persib Sentosa Rudi Hartono`,
    `Direktur RS Sentosa Medika Benjamin Sitompul`): the name starts at the
    first word that opens names when no word before it is known in names, and two
    words are left."""
    k = cut
    while len(name) - k > 2 and _unknown_in_names(name[k]):
        k += 1
    return k if fold(name[k]) in VOCAB.name_openers and all(_unknown_in_names(w) for w in name[:k]) else cut


def _unknown_in_names(word: str) -> bool:
    key = fold(word)
    return not (
        key in VOCAB.name_openers or key in VOCAB.given_names or key in VOCAB.common_names
        or key in VOCAB.first_names or key in VOCAB.honorifics
    )


def _leading_fields(name: tuple[str, ...], prefix: tuple[str, ...], evidence: NameEvidence | None) -> int:
    """How many leading words of the run, right after a title's capitalised word,
    are fields a corpus shows naming offices (`Direktur Jenderal Pajak`, `Kantor
    Imigrasi`: data/office_fields.txt) and the article does not write alone after a cue."""
    if not prefix:
        return 0
    # `Direktur Jenderal Bea dan Cukai Budi Santoso`: the word joined by `dan` to a field is one too
    k = 1 if _second_field(name, prefix) else 0
    if not k and not is_upper_start(prefix[-1]):
        return 0
    while (
        len(name) - k >= 2 and fold(name[k]) in VOCAB.office_fields and not (evidence and fold(name[k]) in evidence.cued)
        # one word left only when it opens names: `Imigrasi Hendra`, but `Dinas Sosial Dana Wijaya`
        # (a field that is also a first name) keeps both words
        and (len(name) - k >= 3 or fold(name[k + 1]) in VOCAB.name_openers)
    ):
        k += 1
    return k


def _second_field(name: tuple[str, ...], prefix: tuple[str, ...]) -> bool:
    """Does the run open with a word joined by `dan` to an office's field before it,
    with a name of two words or more after it (`Bea dan Cukai Budi Santoso`)?"""
    return (
        len(prefix) >= 2 and len(name) >= 3 and prefix[-1] in ("dan", "&")
        and is_upper_start(prefix[-2]) and fold(prefix[-2]) in VOCAB.office_fields
    )


def _acronym_closes(token: str) -> bool:
    """Is the token an acronym in parentheses (`(NTT)`, `(BPBD)`), which closes the
    organisation or place it abbreviates: what follows is the name?"""
    return token.startswith("(") and token.endswith(")") and is_acronym(token[1:-1])


def _only_name_words(name: tuple[str, ...]) -> bool:
    """Does the run hold no organisation's word (an acronym past the initials opening it, an
    institution's or place's kind: `UIN Syarif Hidayatullah M ...`) and no common word
    that names a branch's place (`(BPS) Tanah Merah Hendra Wijaya`)?"""
    return not any(
        (is_acronym(w) and (i or len(w) > 2)) or fold(w) in VOCAB.kinds
        or fold(w) in VOCAB.usually_lower
        for i, w in enumerate(name)
    )


def _three_words_from(name: tuple[str, ...]) -> int:
    """Where the last three words of the run that are not one-letter initials start."""
    words = [i for i, w in enumerate(name) if len(w.rstrip(".")) > 1]
    return words[-3] if len(words) >= 3 else 0


def _office_jenderal(prefix: tuple[str, ...]) -> bool:
    """Does the title end with `Jenderal` as part of an office (`Direktur Jenderal`,
    `Sekretaris Jenderal`), not as a rank (`Kapolri Jenderal`)?"""
    return len(prefix) >= 2 and fold(prefix[-1]) == "jenderal" and jenderal_of_office(prefix[-2])


def _leading_places(name: tuple[str, ...], evidence: NameEvidence | None) -> int:
    """How many leading words of the name are places a corpus knows as places and
    never as opening a name (`Presiden Rusia Vladimir Putin`, `Menteri
    Pertahanan Israel Katz` called Katz). What is left must be a name of two
    words or one the article uses alone for the speaker (not `Kabinet Merah Putih`)."""
    def place(word: str) -> bool:
        key = fold(word)
        return (
            key in VOCAB.place_words and key not in VOCAB.name_openers and key not in VOCAB.compass_words
            and not is_acronym(word)
            and not (evidence and key in evidence.cued)
        )

    k = 0
    while len(name) - k >= 2 and place(name[k]) and not place(name[k + 1]):
        k += 1
    left = len(name) - k
    return k if left >= 2 or (k and evidence and fold(name[-1]) in evidence.short) else 0


def _cut_at_first_name(name: tuple[str, ...], prefix: tuple[str, ...], evidence: NameEvidence | None) -> int:
    """The cut at a word that only opens names (`Muhammad`) with no usual name
    before it; or after an organisation's last word (`Etanee Herry Nugraha`)."""
    def known(t: str) -> bool:
        key = fold(t)
        return key in VOCAB.given_names or key in VOCAB.common_names or bool(evidence and key in evidence.short)

    after_place = bool(prefix) and fold(prefix[-1]) in VOCAB.places  # `DKI Jakarta Cucu Ahmad Kurnia`
    cut = 0 if after_place else next(
        (k for k in range(1, len(name) - 1) if fold(name[k]) in VOCAB.first_names and not any(known(w) for w in name[:k])),
        0,
    )
    if (
        not cut and prefix and len(name) >= 3 and known(name[1]) and not known(name[0])
        and evidence is not None and (evidence.independent(name[0], name[1]) or _region_after_unit(name, prefix, evidence))
    ):
        # `Etanee Herry Nugraha`: an organisation's last word, then the name;
        # `BPBD Sentosa Joko Prasetyo`: the unit's region, then the name
        cut = 1
    return cut


def _region_after_unit(name: tuple[str, ...], prefix: tuple[str, ...], evidence: NameEvidence) -> bool:
    """Is the run of three after an organisation's acronym its region, then a
    name of two words (`BPBD Garut Joko Prasetyo`, not `DPR Sufmi Dasco Ahmad`)?"""
    if len(name) != 3:
        return False
    if after_unit(prefix[-1]):
        return evidence.region_of_unit(name)
    # After a head and field (`Kantor Imigrasi`) only on the article's or the corpus's
    # evidence: a first word nobody knows is as likely a first name (`Marthen Agus Lobo`).
    return _unit_ends(prefix) and evidence.region_of_unit(name, guess=False)


def _unit_ends(prefix: tuple[str, ...]) -> bool:
    """Does the title end with an organisation's name: its acronym (`BPBD`), or its
    head and field (`Kantor Imigrasi`, `Dinas Pendidikan`; not an office's field:
    `Menteri Hukum`)?"""
    if after_unit(prefix[-1]):
        return True
    return len(prefix) >= 2 and _organisation_word(prefix[-2]) and (
        fold(prefix[-1]) in VOCAB.office_fields or _organisation_word(prefix[-1])
    )


def _organisation_word(word: str) -> bool:
    """A capitalised title word that opens no title (`Dinas`, `Kantor`, `Pendidikan`)."""
    return is_upper_start(word) and fold(word) in VOCAB.titles and not opens_title(word)


def _surname_like_a_place(tokens: tuple[str, ...], evidence: NameEvidence) -> bool:
    """Is the last word, a place word such as Ambon or Timur, the surname of a person
    the article calls by the word before it (`Direktur ... Rusdy Ambon` ... `Menurut
    Rusdy`)? A title before the two, or the two written together again, says they are
    one name: `Menurut Prabowo Indonesia harus ...` is the place opening the clause."""
    before, last = tokens[-2], tokens[-1]
    return (
        is_upper_start(last) and fold(last) in VOCAB.places and name_like(before)
        and fold(before) in evidence.cued  # an organisation speaking is no short form: `Persib menegaskan`
        and (len(tokens) >= 3 or evidence.pair_count(before, last) >= 2)
    )


def _mention_with_name(phrase: str, cut: int) -> Mention:
    """The rest of parse_mention once the article has told how many words of the
    name's run go to the title (cut): a function of the phrase and cut alone, so
    cached. The Mention is shared by every article that asks; nothing changes it."""
    found = WITH_NAME.get((phrase, cut))
    if found is None:
        parsed, name_seg = _segments(phrase)
        assert name_seg is not None  # only called for a phrase with a name
        found = WITH_NAME[(phrase, cut)] = split_title(phrase, parsed, name_seg, cut)
    return found


def _role_mention(phrase: str) -> Mention | None:
    """A mention with no name, a function of the phrase alone, so cached (the
    Mention is shared, never changed)."""
    if phrase in ROLE_MENTION:
        return ROLE_MENTION[phrase]
    found = ROLE_MENTION[phrase] = role_mention(phrase, _segments(phrase)[0])
    return found
