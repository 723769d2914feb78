"""Stated roles: the role the article writes next to a person's full name
anywhere, not only where the person speaks. `Pengacara RK, Muslim Hadi yakin
...` and later `kata Muslim`: Muslim Hadi's title is `Pengacara RK`, though
`yakin` is no speech verb and the quote's cue gives no role."""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import Final

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .positions import Cursor
from .article import after_menurut, Article, past_blanks, set_off_on_both_sides, through_the_role
from .people import People, Person
from .phrases import read_speaker_phrase
from .titles import ACTIVE_VERB, ALIAS_WORDS, ends_role, english_office, is_role_segment, listed_with_a_relation, opens_a_written_out_role, possessed_role, role_word, WRITTEN_OUT_OPENINGS
from .tokens import chunk_before, fold, is_upper_start, last_non_space, mostly_common_word, name_like, spelt_out, folded, word_spans, words_of, is_lower_start
from .vocabulary import VOCAB

# How far back the clause before a name is read, in characters (a role and its
# organisation: `Kepala Departemen Politik dan Perubahan Sosial Centre for ...`).
BEFORE: Final = 200
# A role longer than this is a sentence read as one, not a role; before the name, a
# role with more words in lower case than this holds the sentence's predicate
# (`siswa di Depok setuju dengan aturan yang dibuat Gubernur ... Dedi Mulyadi`).
MOST_WORDS: Final = 14
BEFORE_LOWER: Final = 6
MOST_PLACES: Final = 40
NEWLINE: Final = re.compile("\n")
# The word after which a role opens a phrase of its own: the agent of a passive
# (`dikonfirmasi oleh manajernya, Sinta`); after other prepositions a comma more
# often ends an opening phrase (`untuk relawan, Kapendi menyatakan ...`).
AFTER_PREPOSITION: Final = frozenset({"oleh"})
# The words that join roles held at once: `Musisi dan penyiar`, `Komika sekaligus artis peran`.
LISTING: Final = frozenset({"dan", "serta", "sekaligus"})
# What links a role to the name before it other than a comma: a copula (`Budi
# Santoso merupakan pengamat ...`, `Budi Santoso, yang juga pengamat ...`), in a
# relative clause a verb of holding a post (`Rina yang berprofesi sebagai pedagang`;
# without `yang` a sentence may tell of a past post: `Sebelum menjabat sebagai ...`),
# or an age written bare between commas (`Darmin, 46, warga Kampung Sawah`).
ROLE_LINK: Final = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*,[ \t]*\d{1,3}[ \t]*,[ \t]*|[ \t]*,?[ \t]*(?:"
    r"yang[ \t]+(?:(?:juga|kini|saat[ \t]+ini|sehari-hari|(?:pada[ \t]+)?(?:saat|kala|ketika|waktu)[ \t]+itu)[ \t]+)?"
    r"(?:(?:menjabat|berprofesi|bekerja)[ \t]+sebagai|merupakan|adalah)"
    r"|yang[ \t]+juga|(?:juga[ \t]+)?(?:merupakan|adalah))[ \t]+)"
)


def add_stated_roles(article: Article, people: People) -> None:
    """Give each person named in full the roles written next to that name: in the
    clause before it (`Asisten pelatih Timnas, Frank Kempen, ragu ...`) and set off
    after it (`Ricky Hartanto, Direktur Pemasaran PT Maju, di Cikarang`). Not a role
    relative to a speaker (`untuk Budi Santoso, anak saya`, in a quote): see _said_of_by_a_speaker."""
    text = article.text
    names = frozenset(p.key for p in people.by_key.values() if len(p.key) >= 2)
    # Only the fullest form of each name: a short form's titles go to its full
    # form anyway, and titles on a short form would change whom it resolves to.
    fullest = [p for p in people.by_key.values() if people.resolve_key(p.key, len(text)) is p]
    # Where each name's first word stands (looked up, not a scan of all words), and its
    # first two words: not every place of a first name many people share, for each of
    # them (that was quadratic).
    at: dict[tuple[str, ...], list[int]] = {}
    wanted = {_opening(p.name) for p in fullest}
    words = article.words
    for first in {w[0] for w in wanted}:
        at[(first,)] = places = article.places.where(first)
        for i in places:
            if i + 1 < len(words) and (first, words[i + 1]) in wanted:
                at.setdefault((first, words[i + 1]), []).append(i)
    newlines = Cursor([m.start() for m in NEWLINE.finditer(text)] if fullest else [])
    # (a one-word name is not where a longer name opening with it stands: `Mbah Slamet (85)` beside
    # `Kepala Desa Sumber, Slamet Riyadi`, two people, the one-word name not resolved to the other)
    longer = {_opening(p.name) for p in fullest if len(p.name) >= 2}
    longer_firsts = {opening[0] for opening in longer}  # (the cheap test first: most one-word names open none)
    for person in fullest:
        for start, end in _places(article, person.name, at):
            if len(person.name) == 1 and person.name[0].rstrip(".") in longer_firsts and _opens_a_longer_name(article, end, person.name[0], longer):
                continue
            for title in _roles_at(article, person, start, end, names, newlines):
                if not person.has_title(title) and _fuller(title, person.titles) and not _said_of_by_a_speaker(title):
                    people.add_title(person, title)


# The first and second persons: a role holding one is the speaker's relation to someone
# (`anak saya`, `pelatih kami`), no title the reader can use. (Not the suffixes -ku, -mu:
# `Ilmu`, `Suku` end so.)
SPEAKERS_OWN: Final = re.compile(r"\b(?:saya|aku|kami|kita|kalian|anda|kamu|engkau|gue|gua)\b", re.IGNORECASE)


def _said_of_by_a_speaker(title: str) -> bool:
    """Is the role one a speaker gives someone by their relation to the speaker or the hearer?"""
    return SPEAKERS_OWN.search(title) is not None


def _opens_a_longer_name(article: Article, end: int, first: str, longer: set[tuple[str, ...]]) -> bool:
    """Does the word after the one-word name ending at `end` go on to a longer name the
    article gives (`Slamet` in `Slamet Riyadi`)?"""
    m = NEXT_WORD.match(article.text, end)
    return m is not None and (first.rstrip("."), m.group(1)) in longer


NEXT_WORD: Final = regex.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}'\-]*)")


def _opening(name: tuple[str, ...]) -> tuple[str, ...]:
    """The first two words of a name (its first alone), as article.words gives them."""
    return tuple(w.rstrip(".") for w in name[:2])


def _places(article: Article, name: tuple[str, ...], at: dict[tuple[str, ...], list[int]]) -> list[tuple[int, int]]:
    """Where the name stands in the text as whole words, (start, end) of its first
    MOST_PLACES writings: a role is stated where a person comes in, and a bound keeps
    the pass linear in the text however often a name comes back."""
    n = len(name)
    words = tuple([w.rstrip(".") for w in name])  # an initial's period is no word character
    found = []
    for i in at.get(words[:2], ()):  # (as _opening(name))
        if article.words[i : i + n] == words:
            end = article.starts[i + n - 1] + len(name[-1])
            found.append((article.starts[i], end))
            if len(found) == MOST_PLACES:
                break
    return found


def _roles_at(
    article: Article, person: Person, start: int, end: int, names: frozenset[tuple[str, ...]], newlines: Cursor
) -> list[str]:
    """The roles the text gives the name written at [start, end): in its clause
    before it (within its paragraph) and set off after it. (NEWLINES: where the
    text's newlines stand; a search for them per name was quadratic in one long paragraph.)"""
    text = article.text
    i = newlines.left(start)
    para_start = newlines.a[i - 1] + 1 if i else 0
    j = newlines.left(end)
    para_end = newlines.a[j] if j < len(newlines.a) else len(text)
    phrase, phrase_end = article.speaker_phrase(start, para_end)
    may_give = _may_give_a_role(phrase, len(person.key))
    # (whether the name stands in the paragraph's opening phrase matters only to a phrase after
    # it that may give a role, or be linked to one: see _linked_role; a role set off on both
    # sides there is the name's, `Bagi Siti, Ketua Dekranasda, acara ini ...`)
    opening = (may_give or _may_link(text, end)) and article.in_opening_phrase(para_start, start)
    after = "" if opening and not text.startswith(",", phrase_end) else phrase
    if after and after_menurut(text, para_start, start):
        # `Menurut Budi, petugas dinas sudah ...`: the sentence goes on, no role of Budi's; `Menurut
        # Rina, Kepala SMP 1, siswa belajar ...`: the role ends at its second comma
        after = through_the_role(after) if set_off_on_both_sides(text, end, para_end) else ""
    before_name = last_non_space(text, 0, _past_honorifics(text, start))
    set_off = before_name >= 0 and text[before_name] in ",("
    found = []
    # A one-word name after a role, not set off, may be an organisation's (`manajer
    # Persib`): no role before it, and the clause is not read.
    if set_off or len(person.key) > 1:
        before = text[article.clause_start(max(para_start, start - BEFORE), start) : end]
        # (a clause that cannot give a role by its words has no part that can: each part
        # _from_office gives is the clause from one of its words on)
        parts = chain((before,), _from_office(before)) if _may_give_a_role(before, len(person.key)) else iter(())
        if set_off and _object_of_a_fronted_clause(before, text, end):
            parts = iter(())  # `Usai bertemu Dubes Jepang, Ridwan Saputra menyebut`: the one met holds it
        for phrase in parts:  # the clause, or only from an office on
            title = _role_of(article, phrase, person, BEFORE_LOWER, names)
            if title and not set_off and _relation(title):
                break  # `kuasa hukum Rina Amelia`: Rina's lawyer, not Rina
            if title:
                found.append(title)
                break
    title = _read_role(article, after, person, MOST_WORDS, names) if may_give and after else None
    if title and listed_with_a_relation(text, end, title):
        title = None  # `memeriksa Ika, ibu, dan adiknya`: a list of people, no role of Ika's
    if not title and after:
        title = _linked_role(article, person, start, end, para_end, names)
    return found + [title] if title else found


def _past_honorifics(text: str, start: int) -> int:
    """Where the honorifics right before the name at start begin (`Penjual jamu, Bu Sarinah`,
    `Ketua majelis taklim, Hj. Munawaroh`: at `Bu`, `Hj.`); start when none stands there."""
    while True:
        at = last_non_space(text, 0, start)
        lo = at
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        if at < 0 or lo == at + 1 or fold(text[lo : at + 1].rstrip(".")) not in VOCAB.honorifics:
            return start
        start = lo


# A name going on to a predicate in lower case: the main clause's subject.
NAME_THEN_LOWER: Final = re.compile(r"[ \t]+(?:juga[ \t]+|pun[ \t]+)?[a-z]")
# Verbs whose object a role after them is the subject's own: `Sebelum menjadi Gubernur Riau, X`.
COPULAS: Final = frozenset({"menjadi", "menjabat"})
# Words opening a clause set before the main one, of time or condition: `Usai bertemu ...,`.
FRONTED: Final = frozenset({"usai", "seusai", "selepas", "saat", "sejak", "begitu"}) | VOCAB.subordinators


# Words opening a phrase set before the subject about someone else than it: `Menurut Kepala
# Sekolah, Bu Ani ...`, `Didampingi Camat X, Budi ...` (and `Di hadapan`).
ANOTHERS_OPENING: Final = frozenset({"menurut", "didampingi", "kepada", "selain"})


def _object_of_a_fronted_clause(clause: str, text: str, end: int) -> bool:
    """Is the role before the name's comma the object of an active verb in a clause set
    before the main one (`Usai bertemu Dubes Jepang, Ridwan Saputra menyebut`, `Ditemui usai
    menerima Dubes X, Harun mengatakan`), the name going on to its predicate? Then the role
    is the one met. Not a role after `sebagai` or a copula (`Usai menerima SK sebagai Penjabat
    Bupati, X`, `Sebelum menjadi Gubernur Riau, Abdul Wahid`), nor an object set off with its
    name in the main clause (`KPK menahan Bupati Pati, Sudarsono, usai ...`)."""
    if NAME_THEN_LOWER.match(text, end) is None:
        return False
    words = clause.split(",")[0].split()
    lead = [fold(w) for w in words[:2]]
    if len(words) > 1 and (lead[0] in ANOTHERS_OPENING or lead == ["di", "hadapan"]):
        return True  # `Menurut Kepala Sekolah, Bu Ani sudah ...`, `Di hadapan Kapolres, Bu Sumiati menceritakan`: another's
    k = len(words)
    while k > 0 and is_upper_start(words[k - 1]):
        k -= 1  # (back to the first word of the role's run of capitals)
    if k < 2:
        return False
    verb = fold(words[k - 1])
    active = bool(ACTIVE_VERB.match(verb)) or verb == "bertemu"
    return active and verb not in COPULAS and any(fold(w) in FRONTED for w in words[: k - 1])


def _linked_role(
    article: Article, person: Person, start: int, end: int, para_end: int, names: frozenset[tuple[str, ...]]
) -> str | None:
    """The role a copula or a bare age links to the name (see ROLE_LINK), read as if
    a comma set it off after the name. Only a role that is the whole phrase: after a
    copula a phrase cut to its first word describes (`Rudi adalah orang pertama yang
    ...` gives no `orang`); and a relation ends at a comma, after which the other
    person is described (`anak dari almarhum Haji X, pendiri pesantren itu`)."""
    link = ROLE_LINK.match(article.text, end) if _may_link(article.text, end) else None
    if link is None or link.end() >= para_end:
        return None
    if not article.text[link.end()].islower() and "yang" not in link.group():
        return None  # (a capitalised office after a relative clause's verb: `yang juga merupakan Co-Founder ...`)
    role = read_speaker_phrase(article.text, link.end(), para_end)[0]
    if not role:
        return None
    if fold(role.split()[0]) in VOCAB.relational_roles:
        role = role.split(",")[0]
    title = _role_of(article, f"{article.text[start:end]}, {role}", person, MOST_WORDS, names)
    # (the role as written: the title's words, perhaps without a joining `&`)
    return role if title is not None and words_of(title) == words_of(role) else None


def _may_link(text: str, end: int) -> bool:
    """Can ROLE_LINK match at `end`? Past spaces and tabs, each match goes on with an
    age in parentheses, a comma, or a word of its copulas (`yang`, `juga`, `merupakan`, `adalah`)."""
    i = past_blanks(text, end)
    return i < len(text) and text[i] in "(,yjma"


def _relation(title: str) -> bool:
    """Does the title name someone by their relation to the name after it (`kuasa
    hukum`, `ayah`: data/relational_roles.txt)?"""
    words = title.split()
    return fold(words[0]) in VOCAB.relational_roles or fold(words[-1]) in VOCAB.relational_roles


def _role_of(
    article: Article, phrase: str, person: Person, most_lower: int, names: frozenset[tuple[str, ...]]
) -> str | None:
    """The title the phrase gives the person, when it is a role (see _a_role)."""
    if not _may_give_a_role(phrase, len(person.key)):
        return None
    return _read_role(article, phrase, person, most_lower, names)


def _read_role(
    article: Article, phrase: str, person: Person, most_lower: int, names: frozenset[tuple[str, ...]]
) -> str | None:
    """_role_of a phrase that may give a role."""
    mention = article.mention(phrase)
    if mention is None or mention.key() != person.key or not mention.title:
        return None
    return mention.title if _a_role(mention.title, most_lower, names, person.key) else None


# The words a role may open with (see _a_role), less those with -nya (see possessed_role).
ROLE_HEADS: Final = VOCAB.offices | VOCAB.roles | VOCAB.titles | VOCAB.english_offices


def _may_give_a_role(phrase: str, name_words: int) -> bool:
    """Can the phrase give a name of so many words a role, by its words alone? A
    mention's name and title are different words of its phrase, and a role opens with
    a word of the role lists: a phrase of no more words than the name (the name alone,
    most often) or with no such word is not parsed."""
    words = words_of(phrase)
    if "(" not in phrase and len(words) <= name_words:
        return False
    for word in words:
        key = fold(word)
        if key in ROLE_HEADS or possessed_role(key):
            return True
    return False


def _from_office(clause: str) -> Iterator[str]:
    """The clause from each office word after a lower-case word on (`menuai apresiasi
    dari Anggota Komisi B ..., Hartono`), and from a role right after a preposition
    when a comma sets the name off after it (`dikonfirmasi oleh manajernya, Sinta`):
    a role inside a sentence. (Read only as far as asked: the first that gives a role ends it.)"""
    after_preposition = any(p in clause.lower() for p in AFTER_PREPOSITION)
    for at, word_end in word_spans(clause):
        if not at:
            continue
        word = clause[at:word_end]
        office = is_upper_start(word) and (fold(word) in VOCAB.offices or _opens_written_out(clause, at, word))
        if not (office or after_preposition):
            continue  # (tested first: most words of a name's clause are no office)
        before = chunk_before(clause, 0, at)
        if not is_lower_start(before) or fold(before) in VOCAB.roles:
            continue
        if office and fold(before) in VOCAB.office_modifiers:
            yield clause[at - len(before) - 1 :]  # `terhadap mantan Gubernur X, Budi`: a former office
        elif office or (fold(before) in AFTER_PREPOSITION and is_role_segment([word]) and "," in clause[at:]):
            yield clause[at:]


def _opens_written_out(clause: str, at: int, word: str) -> bool:
    """Does the clause from the word at `at` open a role an abbreviation stands for (see
    opens_a_written_out_role; its first word as far as a blank, 40 characters at most)?
    Split only when the first word may."""
    end = at + len(word)
    while end < len(clause) and end < at + 40 and not clause[end].isspace():
        end += 1
    first = word if end == at + len(word) and len(word) <= 40 else clause[at : min(end, at + 40)]
    if fold(first) not in WRITTEN_OUT_OPENINGS:
        return False
    return opens_a_written_out_role(clause[at : at + 40].split(), 0)


def _a_role(title: str, most_lower: int, names: frozenset[tuple[str, ...]], own: tuple[str, ...]) -> bool:
    """Is the title a role: it opens with a role or office word (or, capitalised and
    two words or more, an organisation's), is of a role's length (at most
    `most_lower` words in lower case), within one sentence, holds no predicate and
    no one's name (`Gubernur Banten Wahidin Halim, Wali Kota Bekasi`: a list of
    people read as one; `Profesor Stebbing`: a name's first word)?"""
    words = title.split()
    keys = folded(words)
    head = keys[0]
    organisation = is_upper_start(words[0]) and (head in VOCAB.titles and len(words) > 1 or english_office(words))
    written_out = opens_a_written_out_role(words, 0)  # `Duta Besar`: its two words are no one's name
    return (
        (head in VOCAB.offices or head in VOCAB.roles or organisation or written_out)
        and head not in VOCAB.person_nouns
        and len(words) <= MOST_WORDS and ". " not in title
        and sum(is_lower_start(w) for w in words) <= most_lower
        and not _predicate_in(words)
        and not _holds(keys, own) and not _holds_any(folded(title.replace(",", " , ").split()), names)
        and not _two_name_words(_without_spelt_out(words[2:] if written_out else words))
        and not _name_opens_after_role(words)
    )


def _without_spelt_out(words: list[str]) -> list[str]:
    """The words less those an acronym in parentheses after them spells out (`United
    Farm Workers (UFW)`: an organisation's name, no person's)."""
    found = spelt_out(words)
    return words if found is None else words[: found[0]] + words[found[1] :]


def _two_name_words(words: list[str]) -> bool:
    """Do two name-like words stand together in the title, someone's name, not a
    place's after its kind or a preposition (`warga Kampung Sawah`, `pedagang di
    Pasar Baru`, `siswa SMA Negeri 1`)?"""
    return any(
        _name_word(a) and _name_word(b) and not _place_at(words, i)
        for i, (a, b) in enumerate(zip(words, words[1:]))
    )


def _name_word(word: str) -> bool:
    """Is the word like a name's, and not a common word the corpus writes mostly in lower
    case (`Presiden Ekosistem Android`: a field's word opens the organisation)?"""
    return name_like(word) and not mostly_common_word(word)


def _place_at(words: list[str], i: int) -> bool:
    """Does the run of capitalised words holding words[i] open with a place's or an
    institution's kind (`Desa Sukamaju, Nekamese`), or stand after a preposition (or an
    English connector: `Director of Ou Creative`); or
    does such a kind stand right before words[i] (`Direktur PT Bintang Dunia`)?"""
    if i > 0 and fold(words[i - 1]) in VOCAB.kinds:
        return True
    j = i
    while j > 0 and is_upper_start(words[j - 1]):
        j -= 1
    return (
        fold(words[j]) in VOCAB.kinds
        or (j > 0 and words[j - 1].islower() and fold(words[j - 1]) in VOCAB.prepositions)
        or (j > 0 and words[j - 1] in VOCAB.english_connectors)  # `Creative Director of Ou Creative`
    )


def _name_opens_after_role(words: list[str]) -> bool:
    """Does the title end with a name's first word after its role (`Profesor Stebbing`)? Not
    a country's (`Dubes Pakistan`)."""
    kept = [w for w in words if fold(w) not in VOCAB.ranks]
    return (
        len(kept) > 1 and name_like(kept[-1]) and (fold(kept[-2]) in VOCAB.offices or fold(kept[-2]) in VOCAB.roles)
        and fold(kept[-1]) not in VOCAB.countries
    )


def _predicate_in(words: list[str]) -> bool:
    """Does the title hold a predicate (`pernah memuji`, `yang akrab disapa`, `sempat
    diancam`), or name someone else's relation (`suami dari penyanyi`)? A relative
    clause's verb describes the role (`psikolog yang berpraktik mandiri`)."""
    relative = False
    for i, w in enumerate(words):
        key = fold(w)
        if key in ALIAS_WORDS or key in VOCAB.verb_words:
            return True
        if key == "yang":
            relative = True
        elif is_lower_start(w) and (ends_role(key) or _passive(key)) and not (relative and key in ("juga", "merupakan")) and (
            not relative or not ACTIVE_VERB.match(key)
        ):
            return True
        if key == "dari" and i + 1 < len(words) and fold(words[i + 1]) in VOCAB.roles:
            return True
    return False


def _passive(key: str) -> bool:
    """A passive verb (`diturunkan`, `dipimpin`), not a role (`direktur`)."""
    return key.startswith("di") and len(key) > 6 and key not in VOCAB.roles and key not in VOCAB.titles and key not in VOCAB.offices


def _holds(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    n = len(name)
    return any(words[i : i + n] == name for i in range(len(words) - n + 1))


def _holds_any(words: tuple[str, ...], names: frozenset[tuple[str, ...]]) -> bool:
    """Does a run of the words make one of the names, and another part of the title
    follow it (`Gubernur Banten Wahidin Halim, Wali Kota Bekasi`: a list of people read
    as one)? A name ending the title, or going on in lower case, is an organisation's
    or a place's in it (`Pelatih Selangor FC`, `Wali Kota New York terpilih`)."""
    return any(
        words[i:j] in names and j < len(words) and words[j] in (",", "dan", "serta")
        for i in range(len(words)) for j in range(i + 1, len(words))
    )


def _fuller(title: str, titles: list[str]) -> bool:
    """May the title join the person's titles: the person has none, or it states
    one of them more fully: going on after it (`siswa kelas XII` in `siswa kelas XII
    di SMA 9`), before one that is only an organisation or a rank (`Fraksi PAN` in
    `Wakil Ketua MPR dari Fraksi PAN`; not `Presiden` in `pimpinan Presiden`), or
    listing roles before it (`penyiar` in `Musisi dan penyiar`), or saying it is former
    (`mantan`: data/office_modifiers.txt)?"""
    keys = folded(title.split())
    for t in titles:
        have = folded(t.split())
        if keys[: len(have)] == have:
            return True
        if len(keys) > len(have) and keys[-len(have) :] == have and all(k in VOCAB.office_modifiers for k in keys[: -len(have)]):
            return True  # `mantan Gubernur X` for `Gubernur X`: the office was a former one
        if _holds(keys, have) and have[0] not in VOCAB.offices and have[0] not in VOCAB.roles:
            return True
        if len(keys) > len(have) and keys[-len(have) :] == have and keys[-len(have) - 1] in LISTING:
            return True  # the last of the roles listed: `Musisi dan penyiar` for `penyiar`
        if len(keys) == 2 and title.split()[1] == t and t.islower() and role_word(keys[0]) and role_word(t):
            # a role of two role words, the second in lower case read alone before: `Hakim ketua`
            # for `ketua` (not `pimpinan Presiden` for `Presiden`)
            return True
    return not titles
