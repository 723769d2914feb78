"""People: everyone the article names, so that a short form finds the
fullest form of the name and title: where ``kata Imron`` becomes Imron
Fatoni, Kepala Cabang BPJAMSOSTEK Semarang Majapahit."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Final, Iterator

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .positions import bisect_right
from .vocabulary import VOCAB
from .tokens import ADDRESS_WORD, DEMONSTRATIVE_AFTER, a_noun_before_a_name, fold, is_acronym, is_upper_start, matches_opening, NAME_WORD, name_like, one_slip, places_of, spelt_out, folded, run_start_bound
from .phrases import VERB_WORD
from .titles import holds_an_office, Mention, role_word, title_head, without_holders_clause
from .article import Article
from .plain import plain_twin
from ..names import abbreviations


@dataclass(init=False)
class Person:
    """(An __init__ of its own: see titles.Mention.)"""

    name: tuple[str, ...]
    titles: list[str]
    positions: list[int]

    def __init__(
        self, name: tuple[str, ...], titles: list[str] | None = None, positions: list[int] | None = None,
        key: tuple[str, ...] | None = None,
    ) -> None:
        self.name = name
        self.titles = [] if titles is None else titles
        self.positions = [] if positions is None else positions
        self.key = folded(name) if key is None else key  # (key: folded(name), known already)
        # The titles as a set, once there is one (most people have none: a set is 200 bytes).
        self.title_set: set[str] | None = set(self.titles) if self.titles else None
        self.sorted_to = 0  # how many positions there were when they were last sorted
        self.serial = -1  # the order the person was indexed in (see People._index)

    def has_title(self, title: str) -> bool:
        return self.title_set is not None and title in self.title_set

    def keep_title(self, title: str) -> None:
        """Add a title the person does not have yet."""
        if self.title_set is None:
            self.title_set = set()
        self.titles.append(title)
        self.title_set.add(title)

    def __reduce__(self) -> tuple:
        return (Person, (self.name, self.titles, self.positions))

    def last_named(self, pos: int) -> int:
        """Where the article last names the person at or before pos; -1 if not yet.
        A search in the sorted positions: once per quote, a scan of them all was
        quadratic for someone named and quoted all through a long text."""
        if self.sorted_to != len(self.positions):
            self.positions.sort()
            self.sorted_to = len(self.positions)
        i = bisect_right(self.positions, pos)
        return self.positions[i - 1] if i else -1


# A capitalised word (an office?) before another, and the word before it.
OFFICE_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}\p{L}*)[ \t]+(?=(" + NAME_WORD + r"))")
WORD_BEFORE: Final = regex.compile(r"(\p{L}+)[ \t]+$")
# A role set off by a comma before a name (its phrase), or after it and its age (`warga, Salim (63)`, `Salim (63), warga`).
ROLE_SET_OFF_BEFORE: Final = regex.compile(r"([^,.!?\n\"\u201c\u201d]+),[ \t]+$")
ROLE_SET_OFF_AFTER: Final = regex.compile(r"[ \t]*,[ \t]*(\p{L}+)")

# Up to this many people to compare, comparing them all is cheaper than looking them up.
FEW: Final = 32


class Namesakes:
    """The people a short name may stand for, and which of them it means at a place in the
    text. First the one the article made the short name stand for: the only one of them
    named before the short name was first written alone (`kata Marquez` after `Marc
    Marquez`, still his after `adiknya, Alex Marquez`), until another of them opens a
    sentence as its subject or speaker (`Plh Kepala ... Mohammad Alexander, saat
    dihubungi, membenarkan ...` after `tutur Alexander` for Alexander Sinuraya). Else
    one whose name it opens (short forms are first names), then the one named last
    before that place, then the longest name; of those alike, the first added. Found
    by a search in the places they are named: a scan of them all per quote was
    quadratic for many people sharing a first name."""

    def __init__(self, key: tuple[str, ...], people: list[Person], written_alone: list[int], text: str) -> None:
        self.owner, self.owned_from = _owner_of_short_name(people, written_alone)
        # where another of them opens a sentence after the owner was made: the owner's hold ends
        self.rival_from = 0 if self.owner is None else min(
            (at for p in people if p is not self.owner for at in p.positions if at > self.owned_from and _opens_a_sentence(text, at)),
            default=len(text) + 1,
        )
        opens = [_opens(p.key, key) for p in people]
        best = max(opens)
        group = [p for p, o in zip(people, opens) if o == best]
        self.longest = max(group, key=lambda p: len(p.key))  # when none is named yet
        meant: dict[int, Person] = {}  # a place: the longest name of those named there, the first added
        for p in group:
            for at in p.positions:
                if at not in meant or len(p.key) > len(meant[at].key):
                    meant[at] = p
        self.places = sorted(meant)
        self.meant = [meant[at] for at in self.places]

    def meant_at(self, pos: int) -> Person:
        if self.owner is not None and self.owned_from <= pos < self.rival_from:
            return self.owner
        i = bisect_right(self.places, pos)
        return self.meant[i - 1] if i else self.longest


def _owner_of_short_name(people: list[Person], written_alone: list[int]) -> tuple[Person | None, int]:
    """Whom the short name stands for from where it is first written alone: the one
    person of `people` named before that place (None when none or several were)."""
    if not written_alone:
        return None, 0
    first = min(written_alone)
    before = [p for p in people if p.positions and min(p.positions) < first]
    return (before[0], first) if len(before) == 1 else (None, 0)


# What may stand before a subject opening its sentence: capitalised words (a role,
# a time: `Pada Juni 2024,`), numbers and commas.
# (Each item matches one way only, the lookaheads ending it where it ends: a failed
# fullmatch would otherwise try every split of a long word in capitals.)
CAPITALISED_LEAD: Final = re.compile(
    r"(?:(?:[A-Z][\w'\u2019\-.]*(?![\w'\u2019\-.])|\d[\d/]*(?![\d/])|[()])[ \t]*,?[ \t]*)*"
)
SENTENCE_BREAK: Final = re.compile(r".*(?:[.!?\u201d\"][ \t]+|\n\s*)", re.S)  # (read by sentence_break_end)
SENTENCE_END_MARKS: Final = ".!?\u201d\""


def _opens_a_sentence(text: str, at: int) -> bool:
    """Does the phrase at `at` open its sentence (the paragraph, or after a sentence's
    end), with at most capitalised words before it?"""
    lo = max(0, at - 200)
    end = sentence_break_end(text, lo, at)
    start = end if end >= 0 else (0 if lo == 0 else at + 1)
    return start == at or (start < at and CAPITALISED_LEAD.fullmatch(text, start, at) is not None)


def sentence_break_end(text: str, lo: int, hi: int) -> int:
    """Where SENTENCE_BREAK.match(text, lo, hi) ends, -1 if it does not match: after the
    last sentence end (a period, `!`, `?` or closing mark, then spaces or tabs) or line
    break in text[lo:hi] and the blanks (whitespace, after a line break) after it; read
    back by a loop, as the pattern's greedy start gives the last."""
    hi = min(hi, len(text))  # (as the engine takes an end past the text)
    k = hi - 1
    while k >= lo:
        c = text[k]
        if c == "\n":
            end = k + 1
            while end < hi and text[end].isspace():
                end += 1
            return end
        if c in SENTENCE_END_MARKS and k + 1 < hi and (text[k + 1] == " " or text[k + 1] == "\t"):
            end = k + 1
            while end < hi and (text[end] == " " or text[end] == "\t"):
                end += 1
            return end
        k -= 1
    return -1


def _opens(full: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Does the short name open the full one, past its given names (`Mohammad
    Alexander` is called Alexander)?"""
    start = 0
    while start < len(full) - 1 and full[start] in VOCAB.given_names:
        start += 1
    return full[: len(key)] == key or full[start : start + len(key)] == key


class People:
    """Everyone the article names, so a short or pronoun mention finds its full form."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the article's
        self.by_key: dict[tuple[str, ...], Person] = {}
        self.by_initial: dict[str, list[Person]] = {}
        # Who may cover a short name (see _could_cover): by each word of the key, each
        # opening of four letters or more of a word, and each run of two or more initials;
        # built only once many people share a first letter (see FEW).
        self._everyone: list[Person] = []  # in the order they were added
        self._by_word: dict[str, list[Person]] = {}
        self._by_opening: dict[str, list[Person]] = {}
        self._by_initials: dict[str, list[Person]] = {}
        self._by_deletion: dict[str, list[Person]] = {}  # each word of a key less one letter (see near)
        self._deletions_of = 0  # how many of everyone _by_deletion indexes (built only when near asks)
        self._openings_of = 0  # how many of everyone _by_opening indexes (built only when a word alone is asked of)
        self._indexed_count = 0  # how many of everyone are indexed
        self._titles: dict[int, str] | None = None  # see best_title
        self._by_title: TitleIndex | None = None  # see by_title
        self._holders: dict[str, list[Person]] = {}  # each title given, its holders (see _holding)
        self._fullest: dict[tuple[str, ...], list[Person]] = {}  # see _fullest_covering
        self._namesakes: dict[tuple[str, ...], Namesakes] = {}  # a short name several people share
        self.aliases: dict[tuple[str, ...], tuple[str, ...]] = {}  # a stated alias -> the full name
        self._offices: dict[str, set[str]] | None = None  # see _offices_before
        self._meant_at = 0  # how many times resolve chose among namesakes by the place (see is_titled)
        self._after_elders: frozenset[str] | None = None  # see _called_as_an_elder

    def add_alias(self, alias: tuple[str, ...], full: Mention, pos: int) -> None:
        """`Saifullah Yusuf, atau yang akrab disapa Gus Ipul`: `kata Gus Ipul` is Saifullah Yusuf."""
        self.aliases[folded(alias)] = full.name
        self.add(full, pos)  # (after the alias: add clears what was gathered from the names, is_titled too)

    def add(self, mention: Mention, pos: int) -> Person | None:
        if not mention.name:
            return None
        self._fullest.clear()
        self._namesakes.clear()
        self._titles_changed()
        key = mention.key()
        person = self.by_key.get(key)
        if person is None and self._someones_thing(key):
            return None
        if person is None and mention.title and len(key) == 1:
            holder = self._holding(f"{mention.title} {mention.name[0]}")
            if holder is not None:  # `Lurah Sulaa menambahkan` after `Lurah Sulaa, La Ode Muhammad Syukur`
                self.aliases[key] = holder.name
                holder.positions.append(pos)
                return holder
        if person is None:
            person = self.by_key[key] = Person(mention.name, key=key)
            # Every way of covering a short name shares a first letter with one
            # of the full name's words (see _covers).
            for initial in {k[0] for k in key if k}:
                self.by_initial.setdefault(initial, []).append(person)
            self._everyone.append(person)
        if mention.title and not person.has_title(mention.title):
            self._keep_title(person, mention.title)  # once each: every use looks for one, or the first longest
        person.positions.append(pos)
        return person

    def _holding(self, title: str) -> Person | None:
        """The one person named before with this title (an office and its place), if one."""
        found = self._holders.get(title.lower(), [])
        return found[0] if len(found) == 1 else None

    def _someones_thing(self, key: tuple[str, ...]) -> bool:
        """Is the name a common noun, then the last words of someone named before (`Kebangkitan
        Mamdani juga menyoroti ...` after Zohran Mamdani: the rise of Mamdani, no one new)?"""
        if len(key) < 2 or not a_noun_before_a_name(key[0]):
            return False
        rest = key[1:]
        return any(len(p.key) > len(rest) and p.key[-len(rest) :] == rest for p in self._could_cover(rest))

    def _called_as_an_elder(self, key: str) -> bool:
        """Does the text write the (folded) one-word name right after Mbah, Mbok, Nyai, Nyi or
        Hajah? (The words after them found once per article, and only where one stands: a
        search of the whole text for each name cost as much as the rest of the extraction.)"""
        if self._after_elders is None:
            text = self.text
            found = any(h in text for h in ELDER_HONORIFICS)
            self._after_elders = frozenset(
                fold(m.group(1)) for m in AFTER_AN_ELDER_HONORIFIC.finditer(text)
            ) if found else frozenset()
        return key in self._after_elders

    def _aged_with_a_role_of_their_own(self, key: tuple[str, ...], covering: list[Person]) -> bool:
        """Is the one-word name brought in with an age of its own (not the longer name's age)
        and a role set off beside it, beside a longer namesake holding an office whose role's
        head is not theirs (`Salah satu warga, Salim (63),` beside Kepala BPBD Agus Salim; not
        `Sheinbaum (63) berjalan`, the president named before, nor `Slamet (56), ketua RT`)?"""
        own = self.by_key.get(key)
        if own is None or not own.titles:
            return False
        longer = [p for p in covering if p is not own]
        if not any(holds_an_office(t) for p in longer for t in p.titles):
            return False  # (two people of plain roles, `warga`, `pedagang`: nothing tells them apart)
        heads = {title_head(t) for t in own.titles}
        if heads & {title_head(t) for p in longer for t in p.titles}:
            return False  # `Slamet (56), ketua RT` beside Ketua RT 05 Slamet Riyadi: one man
        return _aged_alone(self.text, key[0], covering)

    def _initials_brought_in(self, key: str) -> bool:
        """Does the text write the (folded) one-word key as initials (`AS`) it brings in as a
        person of their own: after `berinisial`/`inisial`, or with an age (`AS (34)`)?"""
        if not 2 <= len(key) <= 5 or not key.isalpha():
            return False  # (not `CR7`, a player's nickname)
        initials = key.upper()
        text, end = self.text, len(initials)
        return any(
            not text[at + end : at + end + 1].isalnum() and not text[at - 1 : at].isalnum()
            and (AGE_AFTER.match(text, at + end) or INITIALS_NAMED.search(text, max(0, at - 12), at))
            for at in places_of(text, (initials,))
        )

    def add_title(self, person: Person, title: str) -> None:
        """A title learnt for the person after everyone was gathered (a description
        referring back to them: `kata mantan kapten tim nasional itu`, or a role the
        article gives them elsewhere: see stated_roles)."""
        if not person.has_title(title):
            self._keep_title(person, title)
            self._titles_changed()

    def _keep_title(self, person: Person, title: str) -> None:
        title = without_holders_clause(title) if " yang " in title else title
        if person.has_title(title):
            return
        person.keep_title(title)
        self._holders.setdefault(title.lower(), []).append(person)

    def _titles_changed(self) -> None:
        """What was gathered from the people's titles is to be gathered again."""
        self._titles = None
        self._by_title = None

    def resolve(self, name: tuple[str, ...], pos: int) -> Person | None:
        """The fullest person a (possibly short) name stands for."""
        return self.resolve_key(folded(name), pos)

    def resolve_mention(self, mention: Mention, pos: int) -> Person | None:
        """resolve(mention.name, pos), by the key the Mention keeps."""
        return self.resolve_key(mention.key(), pos)

    def resolve_key(self, key: tuple[str, ...], pos: int) -> Person | None:
        """resolve for the name's key (folded: a Person's key, not folded again)."""
        full = self.aliases.get(key)
        if full is None and len(key) > 1 and key[0] in VOCAB.familiar_address:
            full = self.aliases.get(key[1:])  # `kata Kang Emil` after `Ridwan Kamil (Kang Emil)`
        if full is not None:
            key = folded(full)
        person = self._resolve(key, pos)
        if full is None and person is not None and person.key in self.aliases:
            # `kata Benny` for `Benjamin Sitompul atau yang dikenal dengan nama Benny Sitompul`
            person = self._resolve(folded(self.aliases[person.key]), pos) or person
        if person is not None and len(key) > 1 and key[0] in VOCAB.familiar_address:
            # `Mas` opens some Javanese names (Mas Achmad Santosa) and is a
            # familiar address elsewhere (`kata Mas Gibran` for Gibran Rakabuming)
            bare = self._resolve(key[1:], pos)
            if bare is not None and bare is not person and len(bare.key) >= len(person.key):
                return bare
        return person

    def _resolve(self, key: tuple[str, ...], pos: int) -> Person | None:
        """The fullest person a folded key stands for."""
        if not key or not key[0]:
            return None
        fullest = self._fullest.get(key)
        if fullest is None:
            fullest = self._fullest[key] = self._fullest_covering(key)
        if len(fullest) <= 1:
            return fullest[0] if fullest else None
        namesakes = self._namesakes.get(key)
        if namesakes is None:
            alone = self.by_key.get(key)
            namesakes = self._namesakes[key] = Namesakes(key, fullest, alone.positions if alone is not None else [], self.text)
        self._meant_at += 1
        return namesakes.meant_at(pos)

    def _fullest_covering(self, key: tuple[str, ...]) -> list[Person]:
        """The people a short name's key may stand for, in their fullest forms: those
        no longer name covers (`Budi Karya` gives way to `Budi Karya Sumadi`; `Budi
        Setiyadi` and `Budi Gunadi Sadikin` are two people). Once per key, not per
        quote: each of N quotes comparing N people pairwise was cubic."""
        covering = [
            p for p in self._could_cover(key)
            if (_covers(p.key, key) or self._first_and_last(p.key, key)) and not self._named_in_other_office(key, p)
        ]
        if len(key) == 1 and any(p.key != key for p in covering) and self._initials_brought_in(key[0]):
            # `pria berinisial AS (34)` then `kata AS`, beside the community leader Ade Sukmana: the
            # initials are a person of their own (one spelt out is `Bambang Adi Santoso (BAS)`)
            return [p for p in covering if p.key == key]
        if len(key) == 1 and any(p.key != key for p in covering) and (
            self._called_as_an_elder(key[0]) or self._aged_with_a_role_of_their_own(key, covering)
        ):
            # `Penjual nasi gudeg, Mbok Sri (58),` beside Menteri Keuangan Sri Mulyani Indrawati, `Mbah
            # Slamet (85)` beside Kepala Desa Slamet Riyadi: one brought in with an honorific of
            # elders and an age or a role of their own is someone else; nor is any elder a child
            # (`kata Mbah Putri`, her grandmother, beside `Putri Maharani (9)`)
            own = self.by_key.get(key)
            if own is not None and (own.titles or _with_age(self.text, key[0]) or _set_off_after_honorific(self.text, key[0])):
                return [own]
            covering = [p for p in covering if p is own or not _named_as_a_minor(self.text, p.name)]
        if len(covering) == 1 and covering[0].key == key:
            return self._misspelt(key) or covering
        if len(covering) <= 1:
            return covering
        among = {id(p) for p in covering}
        return [
            p for p in covering
            if not any(id(q) in among and _fuller(q, p) and _covers(q.key, p.key) for q in self._could_cover(p.key))
        ]

    def _first_and_last(self, full: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """Is the short name the first and last words of a name of three (`Andi Rahim` for
        Andi Abdullah Rahim), given no title of its own and written only right after cues
        (`ujar Andi Rahim`)? A namesake is brought in otherwise: `Budi Siregar (45), warga
        Desa Lumban`, `Eko Prasetyo mengaku kecewa` beside Ketua DPRD Budi Santoso Siregar
        and the coach Eko Wahyu Prasetyo."""
        if len(full) != 3 or short != (full[0], full[2]):
            return False
        alone = self.by_key.get(short)
        return (alone is None or not alone.titles) and _cued_only(self.text, short)

    def _named_in_other_office(self, key: tuple[str, ...], person: Person) -> bool:
        """Does the article write the one word, a later word of the person's name of
        three words or more, right after an office the person holds none of
        (`Gubernur Wiraguna` beside `Kapolda Irjen Darmono Adi Wiraguna`), in quotes
        too? Then the word names someone else as well, and `kata Wiraguna` is not
        the longer name (a wrong person is worse than the one word). A former office
        (`mantan ...`) says nothing of what the person holds now; a profession or
        a bare `Ketua` may be one more role of theirs (see _offices_before)."""
        if len(key) != 1 or len(person.key) < 3 or key[0] not in person.key[1:] or _opens(person.key, key):
            return False
        offices = self._offices_before().get(key[0])
        if not offices or not person.titles:
            return False
        held: set[str] = set()
        for title in person.titles:
            words = [fold(w) for w in title.split()]
            if any(w in VOCAB.office_modifiers for w in words):
                return False
            held.update(_office_heads(w) for w in words if role_word(w))
        return bool(held) and not any(_office_heads(office) in held for office in offices)

    def _offices_before(self) -> dict[str, set[str]]:
        """Each capitalised word the article writes right after a capitalised office
        word, or after an office and its place in one word (`Presiden RI`, `Gubernur
        Sentosa`), not a former or deputy one: those offices, all folded."""
        if self._offices is None:
            self._offices = {}
            for m in OFFICE_BEFORE.finditer(self.text):
                office, start = fold(m.group(1)), m.start()
                if is_acronym(m.group(1)) or office in VOCAB.places:
                    place = WORD_BEFORE.search(self.text, max(0, start - 40), start)  # `Presiden RI Wiraguna`
                    if place is not None:
                        office, start = fold(place.group(1)), place.start()
                if office not in VOCAB.offices or office in VOCAB.roles or office in VOCAB.office_modifiers:
                    continue  # (not `Dokter`, `Ketua`, `Mantan`: one person may be both)
                before = WORD_BEFORE.search(self.text, max(0, start - 40), start)
                if before is None or fold(before.group(1)) not in VOCAB.office_modifiers:
                    self._offices.setdefault(fold(m.group(2)), set()).add(office)
        return self._offices

    def _indexed(self) -> None:
        """Index the people added since the last time (see _could_cover and near)."""
        for person in self._everyone[self._indexed_count :]:
            self._index(person)

    def _index(self, person: Person) -> None:
        person.serial = self._indexed_count
        self._indexed_count += 1
        key = person.key
        for k in key:
            _listed(self._by_word, k, person)
        initials = "".join(k[:1] for k in key)
        for i in range(len(initials)):
            for j in range(i + 2, len(initials) + 1):
                _listed(self._by_initials, initials[i:j], person)

    def _openings_indexed(self) -> None:
        """Index the people added since the last time by each opening of four letters or
        more of each word of their key: only a name of one word asks (see _could_cover and
        near), and in a text naming thousands of people by full name that may be never (it
        was a fifth of indexing a person)."""
        for person in self._everyone[self._openings_of :]:
            for k in person.key:
                for n in range(4, len(k) + 1):
                    _listed(self._by_opening, k[:n], person)
        self._openings_of = len(self._everyone)

    def _deletions_indexed(self) -> None:
        """Index the people added since the last time by each word of their key less one
        letter: only near needs it, asked about few names (it was half of indexing a person)."""
        for person in self._everyone[self._deletions_of :]:
            for k in person.key:
                for i in range(len(k)):
                    _listed(self._by_deletion, k[:i] + k[i + 1 :], person)
        self._deletions_of = len(self._everyone)

    def _could_cover(self, key: tuple[str, ...]) -> list[Person]:
        """The people whose key may cover this one (see _covers), in the order they were
        added: a short name's word is a word of theirs or a run of their initials; one
        word alone may also open a word of theirs, or start with a word of theirs (two
        first syllables). Of several words, the rarest one's people. Not everyone who
        shares a first letter (many people sharing a first name made that quadratic),
        unless they are few."""
        sharing = self.by_initial.get(key[0][0], [])
        if len(sharing) <= FEW:
            return sharing
        self._indexed()
        word = key[0]
        if len(key) > 1:
            word = self._rarest(key)
            groups = [self._by_word.get(word), self._by_initials.get(word)]
        else:
            self._openings_indexed()
            groups = [self._by_opening.get(word), self._by_word.get(word), self._by_initials.get(word)]
            groups += [self._by_word.get(word[:n]) for n in range(len(word) - 1)]
        found = [group for group in groups if group]
        if len(found) == 1:
            return found[0]  # (each index's list holds each person once, in the order added)
        return sorted({id(p): p for group in found for p in group}.values(), key=lambda p: p.serial)

    def _rarest(self, key: tuple[str, ...]) -> str:
        """The word of the key fewest people's names hold (as a word or initials); the first of those."""
        rarest, fewest = key[0], -1
        for k in key:
            people = self._by_word.get(k)
            count = len(people) if people is not None else 0
            by_initials = self._by_initials.get(k)
            if by_initials is not None:
                count += len(by_initials)
            if fewest < 0 or count < fewest:
                rarest, fewest = k, count
        return rarest

    def near(self, word: str) -> Iterator[Person]:
        """The people with a name word that may be one letter off the (folded) word, or
        open with it, or open it (four letters or more), each once: looked up, not everyone
        compared (that was quadratic in an article naming many people), unless they are
        few. Callers compare."""
        if len(self._everyone) <= FEW:
            yield from self._everyone
            return
        self._indexed()
        self._openings_indexed()
        self._deletions_indexed()
        groups = [self._by_opening.get(word, ()), self._by_deletion.get(word, ())]
        groups += [self._by_word.get(word[:n], ()) for n in range(4, len(word))]
        for i in range(len(word)):
            less = word[:i] + word[i + 1 :]
            groups += [self._by_deletion.get(less, ()), self._by_word.get(less, ())]
        seen: set[int] = set()
        for group in groups:
            for person in group:
                if id(person) not in seen:
                    seen.add(id(person))
                    yield person

    def _misspelt(self, key: tuple[str, ...]) -> list[Person]:
        """`tandas Rendo` after `Rando Da Costa`: a one-word name of five letters or
        more that no one else's name holds, one slip off a word of exactly one
        full name the article gives, is that person (a typo at the cue), unless the
        article brings the word in with an age, or writes that word of the full name
        only once (then the full name may hold the typo: `Jhonny Simanjutak` and
        `kata Simanjuntak`)."""
        if len(key) != 1 or len(key[0]) < 5:
            return []
        near = [
            (p, word) for p in self.near(key[0]) if len(p.key) >= 2
            for word, k in zip(p.name, p.key) if one_slip(k, key[0])
        ]
        if len(near) != 1 or _with_age(self.text, key[0]) or self.text.count(near[0][1]) < 2:
            return []  # (`Deden (27)` is someone, not a typo for Dede Kurniawan)
        return [near[0][0]]

    def the_one_named_before(self, pos: int) -> Person | None:
        """The only person the article names before pos, if it names one only."""
        named: dict[int, Person] = {}
        for person in self._everyone:
            if person.positions and min(person.positions) < pos:
                whom = self.resolve_key(person.key, pos) or person  # (a short form is the full name's)
                named[id(whom)] = whom
        return next(iter(named.values())) if len(named) == 1 else None

    def aged(self, person: Person, age: str) -> bool:
        """Does the text give the person this age (`Sutrisno (56)`)?"""
        return age in self._ages(person)

    def aged_otherwise(self, person: Person, age: str) -> bool:
        """Does the text give the person an age (`Tuminah (72)`) and not this one?"""
        ages = self._ages(person)
        return bool(ages) and age not in ages

    def _ages(self, person: Person) -> set[str]:
        """The ages the text writes right after the person's name."""
        return {_digits(m) for m in _ages_after(self.text, " ".join(person.name))}

    def best_title(self, person: Person) -> str | None:
        """The fullest title given to the person, under the full name and every
        short one: the longest, and of those the first written."""
        if self._titles is None:
            gathered: dict[int, list[str]] = {}
            for other in self.by_key.values():
                full = self.resolve_key(other.key, 0) or other
                gathered.setdefault(id(full), []).extend(other.titles)
            self._titles = {key: _fullest(titles) for key, titles in gathered.items() if titles}
        if id(person) in self._titles:
            return self._titles[id(person)]
        return _fullest(person.titles) if person.titles else None

    def by_title(self, title: str, pos: int) -> Person | None:
        """The person a bare title stands for (`kata Presiden`): one whose title
        is exactly it, else starts with it, else spells it out before it in
        parentheses (`tegas JPU` for the `Jaksa Penuntut Umum (JPU)`); of
        several, the one named last before this point, in the fullest form of
        their name (`kata Jaksa` after `kata Jaksa Bayu` is Bayu Surya Pratama,
        if the article names him so). Looked up in the titles' index, not every
        person's titles read per cue (quadratic in an article naming many people)."""
        index = self._title_index()
        for exact in (True, False):
            holders = index.holders(title, exact)
            if holders is not None:
                holder = holders.named_last(pos)
                return self.resolve_key(holder.key, pos) or holder
        return None

    def holders_of(self, office: str, pos: int) -> int:
        """How many people named before pos the article gives a title holding the
        office word, not after a word making another office of it (`Hakim Ketua Rudi`,
        `Anggota majelis hakim Sari`: two judges; `Wakil Presiden` is not a Presiden)."""
        key = fold(office)
        held = {
            id(self.resolve_key(p.key, pos) or p)
            for p in self._title_index().by_word.get(key, [])
            if p.last_named(pos) >= 0 and any(_holds(t, key) for t in p.titles)
        }
        return len(held)

    def titled_before(self, word: str, pos: int) -> Person | None:
        """The one person named before `pos` with a title headed by the word (`sang
        pelatih` for the Pelatih Timnas named before, once in the fullest form of its
        name); None when none or several are."""
        found = list(islice(self.headed_before(word, pos), 2))
        return found[0] if len(found) == 1 else None

    def headed_before(self, word: str, pos: int) -> Iterator[Person]:
        """The people named before `pos` with a title whose head is the word: its first
        role or office word (`kiper` heads `Kiper Timnas`, not `pelatih kiper`), each
        once in the fullest form of their name, in no particular order."""
        key = fold(word)
        read, named = self._holders_read((word,), pos)
        for _, full in read.order[read.heads_read :]:
            if _headed(full, key):
                read.headed.append((read.first[id(full)], full))
        read.heads_read = len(read.order)
        return self._fullest_before(read, read.headed, named, pos, key)

    def titled_all(self, words: tuple[str, ...], pos: int) -> Iterator[Person]:
        """The people named before `pos` with a title holding all the words (`kepala
        desa` for a Kepala Desa Sukamaju), each once in the fullest form of their name,
        in no particular order."""
        if not words:
            return self._titled_named_before(words, pos)
        read, named = self._holders_read(words, pos)
        return self._fullest_before(read, read.order, named, pos)

    def heads(self, person: Person, word: str, pos: int) -> bool:
        """Is the person one of headed_before(word, pos)?"""
        return _headed(person, fold(word)) and self.is_titled(person, (word,), pos)

    def is_titled(self, person: Person, words: tuple[str, ...], pos: int) -> bool:
        """Is the person one of titled_all(words, pos)?"""
        if not words:
            return any(person is p for p in self._titled_named_before(words, pos))
        read, named = self._holders_read(words, pos)
        if read.first.get(id(person), named) < named:
            return True
        return any(i < named and (self.resolve_key(p.key, pos) or p) is person for i, p in read.by_place)

    def titled_quoted(self, words: tuple[str, ...], pos: int, quoted: list[Person]) -> Iterator[Person]:
        """Those of titled_all(words, pos) who are among the QUOTED (everyone quoted so far,
        in the order quoted: a list that only grows), in no particular order. Who is both
        is kept from one call to the next: a look through every holder for each quote
        was quadratic for many holders of whom few are quoted."""
        if not words:
            return _among(self._titled_named_before(words, pos), {id(p) for p in quoted})
        read, named = self._holders_read(words, pos)
        for _, full in read.order[read.matched :]:
            if id(full) in read.quoted:
                read.both.append((read.first[id(full)], full))
        read.matched = len(read.order)
        for person in quoted[read.quoted_read :]:
            read.quoted.add(id(person))
            if id(person) in read.first:
                read.both.append((read.first[id(person)], person))
        read.quoted_read = len(quoted)
        return self._fullest_before(read, read.both, named, pos, quoted=read.quoted)

    def _fullest_before(
        self, read: HoldersRead, found: list[tuple[int, Person]], named: int, pos: int,
        key: str = "", quoted: set[int] | None = None,
    ) -> Iterator[Person]:
        """Of the holders READ, the fullest forms FOUND among those not depending on the
        place (by where each is first read) of the first NAMED, then those of the holders
        depending on the place found at `pos`: each once, with a title headed by KEY
        (given one) and among those QUOTED (given them)."""
        for i, person in found:
            if i < named:
                yield person
        seen: set[int] = set()
        for i, holder in read.by_place:
            if i >= named:
                continue
            full = self.resolve_key(holder.key, pos) or holder
            if read.first.get(id(full), named) < named or id(full) in seen:
                continue  # (among those found, or already given)
            seen.add(id(full))
            if (not key or _headed(full, key)) and (quoted is None or id(full) in quoted):
                yield full

    def _holders_read(self, words: tuple[str, ...], pos: int) -> tuple[HoldersRead, int]:
        """The holders of a title holding all the (non-empty) words, read up to those named
        before `pos`, and how many those are. The holders' fullest forms are kept from one
        call to the next (a look through all of them for each quote was quadratic for many
        holders), those that depend on the place found again by each use."""
        index = self._title_index()
        keys = folded(words)
        read = index.read.get(keys)
        if read is None:
            read = index.read[keys] = HoldersRead()
        firsts, holders = index.first_named(keys[0])
        named = bisect_right(firsts, pos - 1)
        wanted = set(keys)
        for i in range(read.count, named):
            holder = holders[i]
            if any(wanted <= set(folded(t.split())) for t in holder.titles):
                meant_at = self._meant_at
                full = self.resolve_key(holder.key, pos) or holder
                if self._meant_at != meant_at:
                    read.by_place.append((i, holder))
                elif id(full) not in read.first:
                    read.first[id(full)] = i
                    read.order.append((i, full))
        read.count = max(read.count, named)
        return read, named

    def _titled_named_before(self, words: tuple[str, ...], pos: int) -> Iterator[Person]:
        """The people named before `pos` with a title holding all the words, each once in
        the fullest form of their name, in the order the article first names them: looked
        up in the titles' index by the first word (all people, when there is none), not
        every person's titles read per cue."""
        keys = {fold(w) for w in words}
        if words:
            firsts, holders = self._title_index().first_named(fold(words[0]))
            named = holders[: bisect_right(firsts, pos - 1)]
        else:
            named = [p for p in self.by_key.values() if p.last_named(pos - 1) >= 0]
        seen: set[int] = set()
        for person in named:
            if not any(keys <= set(folded(t.split())) for t in person.titles):
                continue
            full = self.resolve_key(person.key, pos) or person
            if id(full) not in seen:
                seen.add(id(full))
                yield full

    def _title_index(self) -> TitleIndex:
        if self._by_title is None:
            self._by_title = TitleIndex(list(self.by_key.values()))
        return self._by_title


def _among(people: Iterator[Person], ids: set[int]) -> Iterator[Person]:
    """Those of the people whose ids are given, read no further than asked (a generator
    expression would be read whole in the compiled core)."""
    for person in people:
        if id(person) in ids:
            yield person


def _headed(person: Person, key: str) -> bool:
    """Has the person a title headed by the (folded) word?"""
    return any(_title_head(t) == key for t in person.titles)


def _holds(title: str, key: str) -> bool:
    """Does the title hold the (folded) office word, not right after an office modifier?"""
    words = [fold(w) for w in title.split()]
    return any(w == key and (i == 0 or words[i - 1] not in VOCAB.office_modifiers) for i, w in enumerate(words))


def _title_head(title: str) -> str:
    """The title's first role or office word, folded ('' when it has none)."""
    return next((k for k in folded(title.split()) if role_word(k)), "")


class TitleIndex:
    """The people by their titles, built once the article's people and titles are
    all known: by each title's words (exact), by each opening of them, by each of
    its words (folded), and those with a parenthesis in a title (see _spells_out)."""

    def __init__(self, people: list[Person]) -> None:
        self.serial = {id(p): n for n, p in enumerate(people)}
        self.exact: dict[tuple[str, ...], list[Person]] = {}
        self.opening: dict[tuple[str, ...], list[Person]] = {}
        self.by_word: dict[str, list[Person]] = {}
        self.in_parentheses = [p for p in people if any(" (" in t for t in p.titles)]
        self._first_named: dict[str, tuple[list[int], list[Person]]] = {}
        self._holders: dict[tuple[str, bool], NamedLast | None] = {}
        self.read: dict[tuple[str, ...], HoldersRead] = {}  # see People.is_titled
        for person in people:
            # (also without its commas: `Kepala Dinas Penerangan TNI AL, Laksamana Pertama` opens with the office)
            exact = {tuple(t.lower().split()) for t in person.titles} | {tuple(t.lower().replace(",", " ").split()) for t in person.titles}
            exact |= {short for t in person.titles if " (" in t and (short := _acronym_form(t))}
            for table, keys in (
                (self.exact, exact),
                (self.opening, {words[:n] for words in exact for n in range(len(words) + 1)}),
            ):
                for key in keys:
                    table.setdefault(key, []).append(person)
            for word in {fold(w) for t in person.titles for w in t.split()}:
                self.by_word.setdefault(word, []).append(person)

    def first_named(self, word: str) -> tuple[list[int], list[Person]]:
        """The holders of a title holding the (folded) word, by where the article first
        names them (named at all), and those places, both sorted."""
        found = self._first_named.get(word)
        if found is None:
            named = sorted(
                (min(at for at in p.positions if at >= 0), self.serial[id(p)], p)
                for p in self.by_word.get(word, []) if any(at >= 0 for at in p.positions)
            )
            found = self._first_named[word] = ([at for at, _, _ in named], [p for _, _, p in named])
        return found

    def holders(self, title: str, exact: bool) -> NamedLast | None:
        """Those whose title is the title's words or those it abbreviates (exact), else
        those whose title starts with them or spells it out; None when nobody's does."""
        key = (title, exact)
        if key not in self._holders:
            words = tuple(title.lower().split())
            long = abbreviations().get(fold(words[0]), "") if words else ""
            written_out = tuple(long.lower().split()) + words[1:] if long else ()  # `Menag`: Menteri Agama; `Kadispen TNI AL`
            table = self.exact if exact else self.opening
            found = table.get(words, []) + (table.get(written_out, []) if written_out else [])
            if not found and len(words) > 2 and words[-1] == "ri":
                found = table.get(words[:-1], [])  # `Wakil Ketua Komisi I DPR RI` for the Wakil Ketua Komisi I DPR
            if not exact:
                found += [p for p in self.in_parentheses if any(_spells_out(t, title) for t in p.titles)]
            serial = self.serial
            self._holders[key] = NamedLast(sorted({id(p): p for p in found}.values(), key=lambda p: serial[id(p)])) if found else None
        return self._holders[key]


class HoldersRead:
    """Of the holders of a title by where they are first named (see TitleIndex.first_named),
    how many were read; the fullest forms not depending on the place, in the order read,
    with where each first stands among them (first, order); and the holders whose fullest
    form depends on the place (by_place). Of those fullest forms, for headed_before: how
    many were looked at and those headed by the title's word; for titled_quoted: how many
    were matched with those quoted, how many of those quoted were read, their ids, and
    the fullest forms that are both."""

    def __init__(self) -> None:
        self.count = 0
        self.first: dict[int, int] = {}
        self.order: list[tuple[int, Person]] = []
        self.by_place: list[tuple[int, Person]] = []
        self.heads_read = 0
        self.headed: list[tuple[int, Person]] = []
        self.matched = 0
        self.quoted_read = 0
        self.quoted: set[int] = set()
        self.both: list[tuple[int, Person]] = []


class NamedLast:
    """Of some people (in the order added), the one the article names last at or
    before a place (of several named there, the first added), the first added when
    none is named yet: a search in the places they are named, not each person's."""

    def __init__(self, people: list[Person]) -> None:
        self.first = people[0]
        meant: dict[int, Person] = {}
        for person in people:
            for at in person.positions:
                meant.setdefault(at, person)
        self.places = sorted(meant)
        self.meant = [meant[at] for at in self.places]

    def named_last(self, pos: int) -> Person:
        i = bisect_right(self.places, pos)
        return self.meant[i - 1] if i else self.first


def _office_heads(word: str) -> str:
    """The office word's head, written out when it abbreviates one (`kapolda`: `kepala`)."""
    written_out = abbreviations().get(word, "").split()
    return fold(written_out[0]) if written_out else word


def _acronym_form(title: str) -> tuple[str, ...]:
    """The title's words with the name an acronym in parentheses spells out replaced by
    it (`Rektor Universitas Pendidikan Indonesia (UPI)`: `rektor upi`), lower case;
    () when no parenthesis holds the initials of the words right before it."""
    words = title.split()
    found = spelt_out(words)
    if found is None:
        return ()
    k, i = found
    return tuple(w.lower() for w in words[:k] + [words[i][1:-1]] + words[i + 1 :])


def _spells_out(title: str, acronym: str) -> bool:
    """Does the title open with the words an acronym in parentheses right after
    them stands for (`Jaksa Penuntut Umum (JPU)` for `JPU`)? An acronym of only
    part of it (`Ketua Badan Pengawas Pemilu (Bawaslu)`) names the organisation."""
    head, paren, _ = title.partition(" (" + acronym + ")")
    words = head.split()
    return bool(paren) and len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym.upper()


def _fuller(a: Person, b: Person) -> bool:
    """Is a's name fuller than b's: more words, or, both one word, more letters
    when b is only ever written bare (`Wulandarini` for `imbuh Wulan`; not
    `Soekarnoputri` for Presiden Soekarno)?"""
    if len(a.key) != len(b.key):
        return len(a.key) > len(b.key)
    return len(a.key) == 1 and len(a.key[0]) > len(b.key[0]) and not b.titles


# The suffixes that set a son's name apart from his father's (folded).
GENERATIONS: Final = frozenset({"jr", "sr"})


def _listed(table: dict[str, list[Person]], word: str, person: Person) -> None:
    """The person in the word's list, once: a person's words are indexed one after another."""
    people = table.get(word)
    if people is None:
        table[word] = [person]
    elif people[-1] is not person:
        people.append(person)


def _covers(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Does the full name contain the short one: a run of its words, a prefix of one
    word (`Novi` in Triatmi Noviartuti), initials (`SBY`), or the first syllables of
    two words run together (`Jokowi`)?"""
    n, k = len(full), len(short)
    if k == 0 or k > n or (full[-1] in GENERATIONS and short == full[:-1]):
        return False  # `Budi Santoso Jr.` is not the Budi Santoso the article names too
    for i in range(n - k + 1):
        if full[i : i + k] == short:
            return True
    if k > 1:
        # Initials for some of the words: `Sultan HB X` in Sultan Hamengku Buwono X.
        return any(_covers_from(full, short, i) for i in range(n - k + 1)) or _covers_without_openers(full, short)
    return _covers_one_word(full, short[0])


def _cued_only(text: str, key: tuple[str, ...]) -> bool:
    """Does the text write the name (its folded key) only right after a cue word (`ujar Andi Rahim`)?"""
    name = r"[ \t]+".join(regex.escape(k) for k in key)
    before = [WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in regex.finditer(rf"(?i)\b{name}\b", text)]
    return bool(before) and all(b is not None and fold(b.group(1)) in VOCAB.cue_words for b in before)


def _covers_without_openers(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Does the short name cover the full one with the words that only open a given
    name left out past its first word (`Tengku Taufik` for Tengku Muhammad Taufik)?"""
    kept = full[:1] + tuple(w for w in full[1:] if w not in VOCAB.first_names)
    k = len(short)
    return len(kept) < len(full) and any(kept[i : i + k] == short for i in range(len(kept) - k + 1))


def _covers_from(full: tuple[str, ...], short: tuple[str, ...], at: int) -> bool:
    """Does the short name cover the full one's words from `at` on, each of
    its words a word of the full name or the initials of several?"""
    n = len(full)
    for word in short:
        size = len(word)
        if at < n and full[at] == word:
            at += 1
        elif size >= 2 and at + size <= n and word == "".join(w[0] for w in full[at : at + size]):
            at += size
        else:
            return False
    return True


def _covers_one_word(full: tuple[str, ...], s: str) -> bool:
    """A one-word short name: a prefix of a word, the initials of all, or the
    first syllables of two words run together (the first whole: `Jokowi`; or the
    first three letters or more of each: `Zulhas` for Zulkifli Hasan)."""
    n = len(full)
    if len(s) >= 4 and any(w.startswith(s) for w in full) and (n > 1 or (len(s) >= 5 and full[0].isalpha())):
        return True  # (a one-word name clipped to five letters or more: `Wulan` for Wulandarini)
    if len(s) == n and n >= 2 and s == "".join(w[0] for w in full):
        return True
    for i in range(n - 1):
        a, b = full[i], full[i + 1]
        if s.startswith(a) and len(s) > len(a) and b.startswith(s[len(a) :]) and len(s) - len(a) >= 2:
            return True
        if any(a.startswith(s[:k]) and b.startswith(s[k:]) for k in range(3, min(len(a), len(s) - 3) + 1)):
            return True
    return False


# An age in parentheses right after a name: `Deden (27)`.
AGE_AFTER: Final = re.compile(r"[ \t]*\([ \t]*\d{1,3}[ \t]*\)")


# Honorifics of elders and of the pious: one-word names after them are familiar (`Mbah Slamet`, `Mbok Sri`).
ELDER_HONORIFICS: Final = ("Mbah", "Mbok", "Nyai", "Nyi", "Hajah")


ANY_ELDER_HONORIFIC: Final = "(?:" + "|".join(ELDER_HONORIFICS) + ")"
# A word right after one of them (group 1).
AFTER_AN_ELDER_HONORIFIC: Final = regex.compile(rf"\b{ANY_ELDER_HONORIFIC}[ \t]+(\p{{Lu}}[\p{{L}}\p{{M}}'\-]*)")


def _set_off_after_honorific(text: str, key: str) -> bool:
    """Does the text set the name off after an honorific of elders, a role before it
    (`Ketua majelis taklim Al-Hidayah, Hajah Nurhayati, menerima ...`)?"""
    return regex.search(rf"\w,[ \t]+{ANY_ELDER_HONORIFIC}[ \t]+{regex.escape(key.capitalize())}[ \t]*,", text) is not None


def _named_as_a_minor(text: str, name: tuple[str, ...]) -> bool:
    """Does the text write the name with a minor's age after it: `Putri Maharani (9)`?"""
    m = regex.search(rf"\b{regex.escape(' '.join(name))}[ \t]*\([ \t]*(\d{{1,2}})[ \t]*\)", text)
    return m is not None and int(m.group(1)) < 18


def _aged_alone(text: str, key: str, covering: list[Person]) -> bool:
    """Does the text bring the (folded) one-word name in with an age and a role set off
    beside it, not as the last word of a longer name it may stand for (`Salah satu warga,
    Salim (63),`, `Pemilik toko di kawasan itu, Wijaya (58),`, `Ramadhan (61), pengungsi asal
    ...` beside Kepala BPBD Agus Salim, Hendra Wijaya and Fikri Ramadhan; not `Agus Salim (50)`,
    nor `Sheinbaum (63) berjalan`)?"""
    name = key.capitalize()
    longer = {k for p in covering if len(p.key) > 1 for k in p.key if k != key}
    ages = [age for at in places_of(text, (name,)) if (age := _set_off_age(text, at, name, longer)) is not None]
    if not ages:
        return False
    # (asked only here, past the rare set-off age: each longer name is searched for in the whole text)
    theirs = {_digits(m) for p in covering if len(p.key) > 1 for m in _ages_after(text, " ".join(p.name))}
    return any(_digits(age) not in theirs for age in ages)  # (`Ahmad Yani (45)`, then `Yani (45)`: the same one)


def _set_off_age(text: str, at: int, name: str, longer: set[str]) -> re.Match[str] | None:
    """The age after the name at `at`, when a role is set off beside it and no word of a
    longer name stands before it."""
    age = AGE_AFTER.match(text, at + len(name))
    if age is None:
        return None
    before = WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is not None and fold(before.group(1)) in longer:
        return None
    role_before = ROLE_SET_OFF_BEFORE.search(text, max(0, at - 60), at)
    if role_before is not None and any(fold(w) in VOCAB.roles for w in role_before.group(1).split()):
        return age
    role_after = ROLE_SET_OFF_AFTER.match(text, age.end())
    return age if role_after is not None and fold(role_after.group(1)) in VOCAB.roles else None


def _ages_after(text: str, name: str) -> list[re.Match[str]]:
    """The ages written right after each place of the name (`Rendy Setiawan (46)`)."""
    return [m for at in places_of(text, (name,)) if (m := AGE_AFTER.match(text, at + len(name))) is not None]


def _digits(age: re.Match[str]) -> str:
    return "".join(ch for ch in age.group() if ch.isdigit())


def _with_age(text: str, key: str) -> bool:
    """Does the text bring the (folded) one-word name in with an age: `Deden (27)`?"""
    return named_with_age(text, key.capitalize())


def named_with_age(text: str, name: str) -> bool:
    """Does the text write the name with an age right after it: `Rendy Setiawan (46)`?
    (Each place of the name found by places_of: a pattern made for each name filled re's cache.)"""
    return bool(_ages_after(text, name))


def _fullest(titles: list[str]) -> str:
    """The title with the most words; of those, the first written."""
    return max(enumerate(titles), key=lambda it: (len(it[1].split()), -it[0]))[1]


def speaker_name(person: Person) -> str:
    """The name as a Quote gives it: one apostrophe style."""
    return " ".join(person.name).replace("\u2019", "'").replace("\u2018", "'")


# The words that state an alias, found first, then the name before them and the
# alias after them read in a bounded window (linear on any text):
# `Dewi Kartika alias Deka`, `Saifullah Yusuf, atau yang akrab disapa Gus Ipul`,
# `Bambang Suharjo atau Basuki,`, `Rudi Hartono yang biasa dipanggil Rudi`, `Sukarto (70), yang
# akrab disapa Mbah Karto`, `Rosidi (67), warga yang akrab disapa Abah Ocid`, `Sudarto (58), petani
# Desa Sabrang yang akrab disapa Pak Darto` (the role and up to three words of its place or body).
ALIAS_WORD: Final = re.compile(
    r"\b(?:alias|disapa|dipanggil"
    r"|dikenal(?:[ \t]+(?:oleh[ \t]+)?[a-z]+)?[ \t]+(?:dengan[ \t]+(?:nama|sapaan|sebutan|panggilan)|sebagai)"  # (`dikenal warga sebagai`)
    r"|dikenal(?:[ \t]+dengan)?(?:[ \t]+(?:nama|sapaan|sebutan|panggilan))?|(?P<plain>atau))[ \t]+"
)
ALIAS_OPENERS: Final = ("alias", "disapa", "dipanggil", "dikenal", "atau")  # how each ALIAS_WORD opens
# After the one `dipanggil` names, what they were called for: a summons (`untuk`, `ke`).
SUMMONED_FOR: Final = re.compile(r"[ \t]+(?:untuk|ke|oleh)[ \t]")
# The nouns that make `dikenal dengan` give a name outright (`dikenal dengan sebutan Pak Darto`).
NICKNAME_NOUNS: Final = ("nama", "sapaan", "sebutan", "panggilan", "sebagai")  # (and `dikenal warga sebagai`)
# The adverb that makes `disapa`, `dipanggil` give a nickname (`akrab disapa`), not a summons.
NICKNAME_ADVERB: Final = re.compile(r"(?:akrab|biasa|kerap|karib|sering)[ \t]+$")
# `oleh warga `: those who call someone by a nickname, before `dipanggil` (see CALLED_BY).
CALLERS: Final = r"oleh[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+"
FULL_BEFORE: Final = regex.compile(
    rf"(?P<full>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,5}})(?:[ \t]*\([ \t]*\d{{1,3}}[ \t]*\))?"
    r"(?:[ \t]*,[ \t]*(?!atau\b)(?P<role>[a-z]+)(?P<place>(?:[ \t]+(?!yang\b)[\w\-]+){0,3})[ \t]+(?=yang)|[ \t]*,?[ \t]*)"
    rf"(?:atau[ \t]+)?(?:yang[ \t]+)?(?:(?:akrab|biasa|kerap|lebih)[ \t]+)?(?:{CALLERS})?$"
)
# Those who call someone so, before `dipanggil` or `disapa` (`yang oleh warga dipanggil Kang Warno`):
# a nickname, as after an adverb.
CALLED_BY: Final = re.compile(rf"\b{CALLERS}$")
ALIAS_AFTER: Final = regex.compile(rf"(?P<alias>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})(?P<after>[ \t]*[,.)]|[ \t]+[a-z])?")
# `Munafri 'Appi' Arifuddin`: a nickname in single marks inside the name.
QUOTED_NICKNAME: Final = regex.compile(rf"(?P<first>{NAME_WORD})[ \t]+['\u2018](?P<alias>{NAME_WORD})['\u2019][ \t]+(?P<last>{NAME_WORD})")
# `Agus Harimurti Yudhoyono (AHY)`: initials in parentheses after the words they begin.
INITIALS_IN_PARENS: Final = re.compile(r"\(([A-Z]{2,5})\)")
# `berinisial` or `inisial` right before initials (`pria berinisial AS`).
INITIALS_NAMED: Final = re.compile(r"\b(?:ber)?inisial[ \t]+$")
# `Saifullah Yusuf (Gus Ipul)`: a nickname with an honorific in parentheses after the name.
NICKNAME_IN_PARENS: Final = regex.compile(rf"\((?P<alias>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})\)")
# (a comma may stand before the parenthesis: `Saifullah Yusuf, (Gus Ipul)`)
NAME_WORDS_BEFORE: Final = regex.compile(rf"((?:{NAME_WORD}[ \t]+){{1,4}}{NAME_WORD})[ \t]*,?[ \t]*$")
NAME_AFTER: Final = regex.compile(r"[ \t]*\p{Lu}")
# `pria yang akrab disapa Aco`, `pria yang akrab disapa Pak Man`: a nickname given to a lower-case description.
DESCRIBED_ALIAS: Final = regex.compile(
    r"\b\p{Ll}+[ \t]+yang[ \t]+(?:(?:akrab|biasa|karib)[ \t]+)?(?:disapa|dipanggil)[ \t]+"
    rf"(?:(?:{ADDRESS_WORD})[ \t]+)?(?P<alias>\p{{Lu}}\p{{Ll}}{{2,}})\b(?![ \t]+\p{{Lu}})"
)
# `kata Cak Imin, sapaan akrabnya` (`panggilan akrabnya`): a nickname (perhaps after an honorific) said to be
# that of someone named before (`-nya`).
NICKNAME_OF_SOMEONE: Final = regex.compile(r"\b(?P<alias>\p{Lu}\p{Ll}{2,})[ \t]*,?[ \t]*(?:sapaan|panggilan)(?:[ \t]+(?:akrab|karib))?nya\b")
# `Bu Karti, begitu ia biasa disapa, ...`: a nickname (perhaps after a form of address) said to
# be how someone named before is called.
NICKNAME_AS_CALLED: Final = regex.compile(
    rf"(?<!\p{{L}})(?:(?:{ADDRESS_WORD})[ \t]+)?(?P<alias>\p{{Lu}}\p{{Ll}}{{2,}})[ \t]*,[ \t]*begitu[ \t]+"
    r"(?:(?:ia|dia|beliau)[ \t]+)?(?:(?:akrab|biasa|karib|kerap|sering)[ \t]+)?(?:di)?(?:sapa|panggil)\b"
)
# `Perempuan yang disapa Leni ini menegaskan`: a description giving the nickname of
# someone named before, with a demonstrative that refers back.
DESCRIBED_BACK: Final = regex.compile(
    r"\b(?P<head>\p{L}+)[ \t]+yang[ \t]+(?:(?:akrab|biasa|karib)[ \t]+)?(?:disapa|dipanggil)[ \t]+"
    r"(?:(?P<address>\p{Lu}\p{Ll}+)[ \t]+)?(?P<alias>\p{Lu}\p{Ll}{2,})[ \t]+(?:ini|itu|tersebut)\b"
)
NAME_WORD_RE: Final = regex.compile(NAME_WORD)
# The (folded) words no name the parser reads holds but as its last word: the words
# that are no name word (VOCAB.no_name_words), less those a run of name words takes
# in all the same (see mentions._extends_name_back and _name_run: a particle, a cue,
# a month, a compass word, an office's or a common name, and short words: initials,
# `Al`, `Dan`) and the words of name prefixes (`Lalu`: mentions._back_to_name_prefix).
NEVER_IN_A_NAME: Final = frozenset(
    key for key in VOCAB.no_name_words
    if not (
        len(key) <= 3 or key in VOCAB.name_words or key in VOCAB.name_particles or key in VOCAB.cues
        or key in VOCAB.months or key in VOCAB.compass_words or key in VOCAB.office_names
        or key in VOCAB.common_names or any(key in prefix for prefix in VOCAB.name_prefixes)
    )
)
NON_SPACE: Final = regex.compile(r"\S+")
# `Benny, sapaan akrab Direktur RS Sentosa Benjamin Sitompul,`, `Ara -sapaan Maruarar Sirait-`,
# `Benny (sapaan akrab Benjamin Sitompul)`: the nickname first, then the word that says
# it is one, then the full name (perhaps after its role) up to the phrase's end.
FULL_NAME_GIVEN: Final = r"(?:yang[ \t]+)?(?:bernama|memiliki[ \t]+nama)[ \t]+lengkap|nama[ \t]+lengkap(?:nya)?"
NICKNAME_FIRST: Final = regex.compile(
    rf"(?P<alias>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
    rf"(?:[ \t]*[,(\-\u2013\u2014][ \t]*(?:sapaan(?:[ \t]+(?:akrab|karib))?|{FULL_NAME_GIVEN})|[ \t]+{FULL_NAME_GIVEN})"
    r"[ \t\u00a0]+(?P<full>[^,;:.!?()\-\u2013\u2014\n\"\u201c\u201d]{3,120})"
)
NICKNAME_MARK: Final = re.compile("[ \t]['\u2018](?=[A-Z])")
# What a nickname in marks opens with after its mark: its word, the closing mark, a name word.
NICKNAME_CLOSED: Final = regex.compile(rf"{NAME_WORD}['\u2019][ \t]+{NAME_WORD}")
# The same patterns for a plain text (see plain.py).
FULL_BEFORE_PLAIN, ALIAS_AFTER_PLAIN, QUOTED_NICKNAME_PLAIN, NICKNAME_IN_PARENS_PLAIN = map(
    plain_twin, (FULL_BEFORE, ALIAS_AFTER, QUOTED_NICKNAME, NICKNAME_IN_PARENS)
)
NAME_WORDS_BEFORE_PLAIN, NAME_AFTER_PLAIN, DESCRIBED_ALIAS_PLAIN, NAME_WORD_RE_PLAIN = map(
    plain_twin, (NAME_WORDS_BEFORE, NAME_AFTER, DESCRIBED_ALIAS, NAME_WORD_RE)
)
Alias = tuple[tuple[str, ...], Mention, int]  # the alias's words, the full mention with its title, where it stands


def stated_aliases(article: Article, cued: frozenset[str] = frozenset()) -> list[Alias]:
    """The other names the article says a person goes by: `X alias Y`, `X, atau
    yang akrab disapa Y`, nicknames in single marks (`Munafri 'Appi' Arifuddin`) and
    initials spelled out (`Agus Harimurti Yudhoyono (AHY)`). `cued`: the (folded) one-word
    names cues give speakers, which a word in parentheses after a name may be (see _nicknames_in_parens)."""
    return (
        _aliases_stated(article) + _nicknames(article) + _initials_stated(article) + _initials_then_name(article)
        + _nicknames_in_parens(article, cued) + _described_aliases(article) + _nicknames_first(article)
    )


def _alias_words(text: str) -> list[re.Match]:
    """ALIAS_WORD.finditer(text), tried only where one of its words stands."""
    found: list[re.Match] = []
    for at in places_of(text, ALIAS_OPENERS):
        if found and at < found[-1].end():
            continue  # inside the match before (finditer's matches do not overlap)
        m = ALIAS_WORD.match(text, at)
        if m is not None:
            found.append(m)
    return found


def _aliases_stated(article: Article) -> list[Alias]:
    text = article.text
    found: list[Alias] = []
    full_before = FULL_BEFORE_PLAIN if article.plain else FULL_BEFORE
    alias_after = ALIAS_AFTER_PLAIN if article.plain else ALIAS_AFTER
    for m in _alias_words(text):
        after = alias_after.match(text, m.end(), m.end() + 60)
        if after is None:
            continue
        alias = tuple(w for w in after.group("alias").split() if fold(w) not in VOCAB.honorifics)
        while len(alias) > 1 and is_acronym(alias[-1]) and len(alias[-1]) >= 3:
            alias = alias[:-1]  # `Nazril Irham atau Ariel NOAH`: the band's name after the nickname
        if m.group(0).startswith("dipanggil") and SUMMONED_FOR.match(text, after.end("alias")):
            continue  # `yang biasa dipanggil Bu Hartini untuk membuka gerbang`: a summons, no nickname
        if m.group("plain") and (len(alias) != 1 or not after.group("after") or not name_like(alias[0])):
            continue  # a bare `atau` joins two names only before a comma or a verb: `Bambang Suharjo atau Basuki,`
        if DEMONSTRATIVE_AFTER.match(text, after.end("alias")):
            # `Pemilik toko Sinar Jaya yang dikenal dengan panggilan Koh Ahian itu`: a description referring
            # back to someone named before (see aliases_referring_back), not the name before it (the shop's)
            continue
        # (the name before, searched for last: the search tries each place of its window)
        before = full_before.search(text, max(0, m.start() - 80), m.start())
        if before is not None and before.group("place") and not _a_place_or_body(before.group("place").split()):
            # `Kasno (45), sopir pribadi Hendro Wibowo yang akrab disapa Pak Hen`: Hendro's nickname
            before = full_before.search(text, before.end("role"), m.start())
        if before is None or (before.group("role") and not _own_role(before.group("role"))):
            continue  # (`Rosidi (67), warga yang akrab disapa Abah Ocid`; not `ayah korban yang ...`)
        full = _alias_owner(article, before.start("full"), before.end("full"))
        # (one name word only where a nickname is stated outright: `Aminullah atau kerap disapa JQ`,
        # `Budi alias Deka`, `pedagang yang dikenal dengan sebutan Pak Darto`; not `Budi dipanggil Rina
        # ke kantor`, someone summoning him)
        outright = m.group(0).startswith("alias") or m.group(0).rstrip().endswith(NICKNAME_NOUNS)
        nickname = NICKNAME_ADVERB.search(text, max(0, m.start() - 8), m.start()) or CALLED_BY.search(text, max(0, m.start() - 30), m.start())
        shortest = 1 if outright or nickname else 2
        if alias and full is not None and len(full.name) >= shortest and folded(alias) != folded(full.name):
            found.append((alias, full, before.start("full")))
    return found


def _a_place_or_body(words: list[str]) -> bool:
    """Are the words after a role a place or a body it is of (`Desa Sabrang`, `SD Negeri 3`,
    `desa setempat`): each capitalised word in a run opened by a kind of place, an
    organisation's word, an acronym or a word for a group (`band Senja Kala`), not a person's
    name (`pribadi Hendro Wibowo`, `kantor Bupati Sugiarto`)?"""
    placed = False
    for word in words:
        key = fold(word)
        if word.isdigit() and not placed:
            continue  # `sopir angkot trayek 64`: a number, no name
        if not is_upper_start(word) and not word.isdigit():
            placed = key in VOCAB.group_nouns  # (`vokalis band Senja Kala`: the band's name after its word)
        elif key in VOCAB.place_kinds or (key in VOCAB.titles and key not in VOCAB.offices) or is_acronym(word):
            placed = True
        elif not placed:
            return False
    return True


def _own_role(word: str) -> bool:
    """Is the word a role of the one it is set off after, not a relation to someone else nor a word
    for anyone (`Menurut Rosidi (67), perempuan yang akrab disapa Mak Icih itu ...`: someone else)?"""
    key = fold(word)
    return key in VOCAB.roles and key not in VOCAB.relational_roles and key not in VOCAB.person_nouns


def _nicknames_first(article: Article) -> list[Alias]:
    """`Benny, sapaan akrab Direktur RS Sentosa Benjamin Sitompul, ...`, `Nana, yang bernama
    lengkap Nur Hasanah, ...`: the nickname before `sapaan` (or a full name given) is an alias
    of the full name after it (of two words or more), who keeps the role written with it."""
    text = article.text
    found: list[Alias] = []
    if "sapaan" not in text and "nama lengkap" not in text:
        return found  # (`lengkap` alone stands in one article of eight: a search of each was measurable)
    for m in NICKNAME_FIRST.finditer(text):
        alias = tuple(w for w in m.group("alias").split() if fold(w) not in VOCAB.honorifics)
        full = article.mention(m.group("full").strip())
        if not alias or full is None or len(full.name) < 2 or fold(full.name[-1]) != fold(m.group("full").split()[-1]):
            continue  # (`kata Kang Emil, sapaan akrabnya`: no full name after it)
        if full.title and any(fold(w) in VOCAB.relational_roles for w in full.title.split()):
            continue  # `Ucok, sapaan akrab anak sulung Budi Santoso`: the nickname is the son's
        if folded(alias) != folded(full.name):
            found.append((alias, full, m.start("full")))
    return found


def _initials_stated(article: Article) -> list[Alias]:
    """`Menteri Koordinator ..., Agus Harimurti Yudhoyono (AHY)`: the initials are an
    alias of the name whose words they begin, who keeps the title the clause gives."""
    text = article.text
    found: list[Alias] = []
    name_words_before = NAME_WORDS_BEFORE_PLAIN if article.plain else NAME_WORDS_BEFORE
    name_after = NAME_AFTER_PLAIN if article.plain else NAME_AFTER
    for m in matches_opening(INITIALS_IN_PARENS, text, "("):
        if name_after.match(text, m.end()):
            continue  # (`Bupati Ogan Komering Ilir (OKI) Muchendi`: a place inside a title)
        before = name_words_before.search(text, run_start_bound(text, max(0, m.start() - 120), m.start()), m.start())
        if before is None:
            continue
        initials = m.group(1)
        words = list(NON_SPACE.finditer(text, before.start(1), before.end(1)))[-len(initials):]
        if len(words) < len(initials) or "".join(w.group()[0] for w in words) != initials:
            continue
        if any(fold(w.group()) in NEVER_IN_A_NAME for w in words[:-1]):
            continue  # (`Badan Pusat Statistik (BPS)`: an organisation's words, which no name holds)
        full = _alias_owner(article, words[0].start(), words[-1].end())
        if full is not None and folded(full.name) == tuple(fold(w.group()) for w in words):
            found.append(((initials,), full, words[0].start()))
    return found


# `KDM alias Kang Dedi Mulyadi`: initials, then the name they stand for after `alias`.
INITIALS_ALIAS: Final = regex.compile(rf"\b(?P<initials>[A-Z]{{2,5}})[ \t]+alias[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,4}})")


def _initials_then_name(article: Article) -> list[Alias]:
    """`pria yang akrab disapa KDM alias Kang Dedi Mulyadi`: the initials are an alias
    of the name whose words they begin (a familiar address left out of the name)."""
    found: list[Alias] = []
    for at in places_of(article.text, ("alias",)):
        m = INITIALS_ALIAS.search(article.text, max(0, at - 8), at + 90)
        if m is None or m.start("name") < at:
            continue
        words = m.group("name").split()
        if "".join(w[0] for w in words) != m.group("initials"):
            continue
        name = tuple(w for w in words if fold(w) not in VOCAB.familiar_address)
        if len(name) >= 2:
            found.append(((m.group("initials"),), Mention(name, None, text=" ".join(name)), m.start()))
    return found


def _nicknames_in_parens(article: Article, cued: frozenset[str]) -> list[Alias]:
    """`Menteri Sosial Saifullah Yusuf (Gus Ipul)`: a nickname opened by an honorific
    or a familiar address (`Cak`, `Kang`), or one word the name's words make
    (`Joko Widodo (Jokowi)`) or a cue gives a speaker by (`Pramono Aji (Oney)`, then
    `kata Oney`; not a club's or a country's name), in parentheses after a name is its
    alias, keyed without the honorific, as a cue's short form is (`kata Gus Ipul`)."""
    text = article.text
    found: list[Alias] = []
    name_words_before = NAME_WORDS_BEFORE_PLAIN if article.plain else NAME_WORDS_BEFORE
    for m in matches_opening(NICKNAME_IN_PARENS_PLAIN if article.plain else NICKNAME_IN_PARENS, text, "("):
        words = m.group("alias").split()
        one_word = len(words) == 1
        addressed = fold(words[0]) in VOCAB.honorifics or fold(words[0]) in VOCAB.familiar_address
        if one_word and not name_like(words[0]):
            continue  # (a word that is no name word is no nickname: see below, before the search)
        alias = tuple(w for w in words if fold(w) not in VOCAB.honorifics and fold(w) not in VOCAB.familiar_address)
        before = name_words_before.search(text, run_start_bound(text, max(0, m.start() - 120), m.start()), m.start())
        if not alias or before is None:
            continue
        name = before.group(1).rstrip()
        if not one_word and not addressed and not _clipped_words(folded(name.split()), folded(words)):
            continue  # (`Bupati Ogan Komering Ilir (Sumatera Selatan)`: a place, no nickname)
        cued_word = one_word and _cued_nickname(article, words[0], cued)
        if one_word and not (cued_word or _nickname_of(folded(name.split()), fold(words[0]))):
            continue  # one word: only a short form of the name (`Joko Widodo (Jokowi)`), not `(Sumsel)`, `(BPS)`
        full = _alias_owner(article, before.start(1), before.start(1) + len(name))
        if full is None or len(full.name) < 2 or fold(full.name[-1]) != fold(name.split()[-1]):
            continue
        if one_word and not (cued_word or _nickname_of(folded(full.name), fold(words[0]))):
            continue
        if full.title and not _titled_clause(full.title):
            full = Mention(full.name, None, text=" ".join(full.name))  # (`... berkunjung ke rumah Presiden`: no title)
        found.append((alias, full, before.start(1)))
    return found


def _cued_nickname(article: Article, word: str, cued: frozenset[str]) -> bool:
    """Is the word in parentheses after a name one a cue gives a speaker by, and no
    organisation, place, country or initials (`(Persib)`, `(China)`, `(BPS)`)?"""
    key = fold(word)
    return (
        key in cued and not is_acronym(word) and key not in article.evidence.organisations
        and key not in VOCAB.place_words
    )


def _nickname_of(full: tuple[str, ...], s: str) -> bool:
    """Is the one (folded) word a nickname the full name's words make: a short form
    (see _covers), a clipped first syllable (`Mul` for Mulyadi), a last syllable
    with a sound before it (`Iwan` for Hendrawan, `Yanto` for Suryanto), or a first
    syllable run into letters of the next word from its start (`Bamsoet` for Bambang
    Soesatyo)? Said only of a word in parentheses after the name, where the clipping is stated."""
    if _covers(full, (s,)):
        return True
    if len(s) >= 3 and any(w.startswith(s) or (len(s) >= 4 and w.endswith(s[1:])) for w in full):
        return True
    return any(
        a.startswith(s[:k]) and b.startswith(s[k]) and _letters_in_order(s[k:], b)
        for a, b in zip(full, full[1:]) for k in range(2, len(s) - 1)
    )


def _letters_in_order(letters: str, word: str) -> bool:
    """Do the letters stand in the word in this order (not always side by side)?"""
    rest = iter(word)
    return all(ch in rest for ch in letters)


def _clipped_words(full: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    """Is each (folded) word of a nickname of several a word of the full name or its
    start, in order, the first clipped (`Melki Laka Lena` for Emanuel Melkiades Laka Lena)?"""
    at = 0
    for word in alias:
        while at < len(full) and not full[at].startswith(word):
            at += 1
        if at == len(full):
            return False
        at += 1
    return alias != full[-len(alias):] and len(alias[0]) >= 3


def _described_aliases(article: Article) -> list[Alias]:
    """`ujar perempuan yang akrab disapa Ugi` after `..., Sugihartati mengatakan`: a
    nickname given to a description belongs to the last person named before
    with a name word holding it, a word the article uses alone for someone
    speaking (not `Semarang` for `Ara`); none when no one's does."""
    found: list[Alias] = []
    for m in _given_nicknames(article, DESCRIBED_ALIAS_PLAIN if article.plain else DESCRIBED_ALIAS):
        alias = m.group("alias")
        if BROUGHT_IN_AS_NEW.search(article.text, max(0, m.start() - 40), m.start()):
            continue  # `seorang ibu rumah tangga yang akrab disapa Mbak Tari`, `Salah satunya, sopir ...`: someone new
        lo = max(0, m.start() - NICKNAME_LOOKBACK)
        holders = [w for w in words_holding(article, alias, lo, m.start()) if fold(w.group()) in article.evidence.short]
        if holders:  # (the name alone: the titles come with its own mentions)
            holder = holders[-1]
            found.append(((alias,), Mention((holder.group(),), None, text=holder.group()), holder.start()))
    return found


def words_holding(article: Article, nickname: str, lo: int, hi: int) -> list[regex.Match]:
    """The capitalised words between lo and hi that hold the nickname and are longer
    (`Sugihartati` for `Ugi`, `Suparman` for `Man`), in order."""
    key = fold(nickname)
    name_word = NAME_WORD_RE_PLAIN if article.plain else NAME_WORD_RE
    found = []
    for word in name_word.finditer(article.text, lo, hi):
        whole = fold(word.group()).strip("'\u2019-")
        if key in whole and whole != key:
            found.append(word)
    return found


# How far before a nickname the words it may shorten are looked for.
NICKNAME_LOOKBACK: Final = 2000


# An indefinite determiner before a description, in its sentence: the description brings in
# someone new (`seorang ibu yang akrab disapa ...`, `Salah satunya, sopir angkot yang ...`).
BROUGHT_IN_AS_NEW: Final = re.compile(r"\b(?:[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang)(?:nya)?|[Ss]ebuah)\b[^.!?\n]*$")


# How far past `disapa` a match of DESCRIBED_ALIAS or DESCRIBED_BACK may end: a nickname,
# a form of address and a demonstrative (searching to the end of a long line was quadratic).
NICKNAME_REACH: Final = 300


def _given_nicknames(article: Article, pattern: regex.Pattern) -> list[regex.Match]:
    """pattern.finditer(article.text) for DESCRIBED_ALIAS or DESCRIBED_BACK, searched
    only from three words before each `disapa` or `dipanggil` (a match opens with the
    word before `yang`) to the end of its line (no match holds a line break) or
    NICKNAME_REACH, past the matches found before (matches never overlap), not tried at
    every word of the text."""
    text, starts = article.text, article.starts
    found: list[regex.Match] = []
    if "disapa" not in text and "dipanggil" not in text:
        return found  # (the words not looked up: a text that has neither has no match)
    end = 0  # where the last match ends
    for i in sorted(article.places.where("disapa") + article.places.where("dipanggil")):
        reach = min(len(text), starts[i] + NICKNAME_REACH)
        line_end = text.find("\n", starts[i], reach)
        stop = reach if line_end < 0 else line_end
        m = pattern.search(text, max(end, starts[max(0, i - 3)]), stop)
        while m is not None and m.start() <= starts[i]:  # (a match opening after it is a later place's)
            found.append(m)
            end = m.end()
            m = pattern.search(text, end, stop)
    return found


def aliases_referring_back(article: Article) -> list[tuple[str, int]]:
    """`Perempuan yang disapa Leni ini menegaskan ...`: each nickname a description
    of a person (a word for a person or a role) gives with a demonstrative, or that
    is said to be someone's (`kata Cak Imin, sapaan akrabnya`, `Bu Karti, begitu ia biasa
    disapa`), and where it stands;
    whom it refers back to is for the caller to say."""
    found: list[tuple[str, int]] = []
    if "sapaan" in article.text or "panggilan" in article.text:
        found += [(m.group("alias"), m.start()) for m in NICKNAME_OF_SOMEONE.finditer(article.text)]
    found += _nicknames_as_called(article.text)
    for m in _given_nicknames(article, DESCRIBED_BACK):
        head, address = fold(m.group("head")), m.group("address")
        if address and fold(address) not in VOCAB.familiar_address and fold(address) not in VOCAB.honorifics:
            continue  # (`disapa Cak Imin ini`: the address is no part of the nickname)
        if head in VOCAB.person_nouns or head in VOCAB.roles or head in VOCAB.offices:
            if not _of_a_relation(article.text, m.start()):
                found.append((m.group("alias"), m.start()))
    return found


def _nicknames_as_called(text: str) -> list[tuple[str, int]]:
    """NICKNAME_AS_CALLED's nicknames, searched only in the few words before each `begitu` (a
    common word: a search of the whole text cost as much as all the other aliases)."""
    found: list[tuple[str, int]] = []
    at = text.find("begitu")
    while at >= 0:
        m = NICKNAME_AS_CALLED.search(text, max(0, at - 40), at + 60)
        if m is not None and (not found or m.start() != found[-1][1]):
            found.append((m.group("alias"), m.start()))
        at = text.find("begitu", at + 6)
    return found


def _of_a_relation(text: str, at: int) -> bool:
    """Does a word for kin stand right before the description at `at` (`ayah bocah yang
    akrab disapa Abil itu`): the nickname is the relative's, not the speaker's?"""
    before = text[max(0, at - 30) : at].split()
    return bool(before) and fold(before[-1]) in VOCAB.relational_roles


def _nicknames(article: Article) -> list[Alias]:
    text = article.text
    found: list[Alias] = []
    quoted_nickname = QUOTED_NICKNAME_PLAIN if article.plain else QUOTED_NICKNAME
    for at in places_of(text, "'\u2018"):  # (each mark found by str.find, then the space before it matched)
        mark = NICKNAME_MARK.match(text, at - 1) if at else None
        if mark is None or not NICKNAME_CLOSED.match(text, mark.end()):
            continue  # (`program 'Makan Bergizi Gratis'`: the words in marks are no nickname)
        m = quoted_nickname.search(text, max(0, mark.start() - 40), mark.end() + 80)
        if m is None or m.start("alias") != mark.end():
            continue
        full = _alias_owner(article, m.start(), m.end(), drop=m.group(0), name=f"{m.group('first')} {m.group('last')}")
        if full is not None:
            found.append(((m.group("alias"),), full, m.start()))
    return found


def _titled_clause(title: str) -> bool:
    """Is the title a role, not a clause read up to the name (`Presiden Prabowo Subianto
    berkunjung ke rumah Presiden ke-7 RI`: a verb inside)?"""
    return not any(w.islower() and VERB_WORD.match(w) and w not in VOCAB.roles for w in title.split())


def _alias_owner(article: Article, start: int, end: int, drop: str = "", name: str = "") -> Mention | None:
    """The person whose name ends at `end`, with the title its clause gives (`Menteri Sosial, Saifullah Yusuf`)."""
    para = article.paragraph_at(start)
    phrase = article.text[article.clause_start(max(para.start if para else 0, start - 200), start) : end]  # (in its paragraph)
    if drop:
        phrase = phrase[: len(phrase) - len(drop)] + name
    mention = article.mention(phrase)
    if mention is None or not mention.name or fold(mention.name[-1]) != fold(phrase.split()[-1]):
        mention = article.mention(name or article.text[start:end])
    return mention if mention is not None and mention.name else None
