"""Name evidence: what the article as a whole says about its names (the short
forms it uses for speakers, which words stand alone as places), so that a run
of capitalised words is cut where the name starts."""
from __future__ import annotations

import re
from typing import Callable, Final, Sequence

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import VOCAB
from .plain import plain_twin
from .positions import Cursor
from .tokens import common_word, fold, is_acronym, matches_opening, mostly_common_word, name_initials, name_like, office_rank_or_honorific, run_start_bound, usual_name, is_upper_start, is_lower_start


# `Badan Pusat Statistik (BPS)`, `Kementerian Komunikasi dan Digital (Komdigi)`: an
# organisation's name, then the short form the article will use for it. The
# parenthesis is found first and the name read back in a bounded window.
SHORT_IN_PARENS: Final = re.compile(r"\(([A-Z][A-Za-z\-]{1,15})\)")
# (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`: fields listed with commas, the last after `dan`)
ORG_NAME_BEFORE: Final = regex.compile(r"((?:\p{Lu}[\p{L}\-]*|dan|&)(?:,?[ \t]+(?:\p{Lu}[\p{L}\-]*|dan|&)){1,8})[ \t]*$")
ORG_NAME_BEFORE_PLAIN: Final = plain_twin(ORG_NAME_BEFORE)
LIST_CLOSED: Final = re.compile(r",[ \t]+dan[ \t]+\S+$")


def defined_organisations(text: str, plain: bool = False) -> dict[str, str]:
    """The organisations the article names with a short form, as {short form folded: full name}
    (``plain``: the text is plain, see plain.py)."""
    found: dict[str, str] = {}
    name_before = ORG_NAME_BEFORE_PLAIN if plain else ORG_NAME_BEFORE
    for m in matches_opening(SHORT_IN_PARENS, text, "("):
        lo = max(0, m.start() - 100)
        before = name_before.search(text, run_start_bound(text, lo, m.start(), commas=True), m.start())
        if before is not None and "," in before.group(1) and not _fields_listed(before.group(1), m.group(1)):
            # else the run after the last comma (`Kemenkes, Kemendikbud, dan Kementerian Agama (Kemenag)`)
            before = name_before.search(text, run_start_bound(text, lo, m.start()), m.start())
        if before is None:
            continue
        words = before.group(1).split()
        head = next((i for i, w in enumerate(words) if fold(w) in VOCAB.titles or fold(w) in VOCAB.offices), None)
        if head is None or fold(words[head]) in VOCAB.offices or words[-1] in ("dan", "&"):
            continue  # no organisation word, or a person's position: `Wakil Menteri ... (Wamenkomdigi)`
        if is_acronym(words[head]) and _all_name_words(words[head + 1 :]):
            continue  # `Presiden ke-7 RI Joko Widodo (Jokowi)`: a person's nickname, no organisation
        found.setdefault(fold(m.group(1)), " ".join(words[_spelt_from(words, head, m.group(1)) :]))
    return found


def _fields_listed(run: str, short: str) -> bool:
    """Do the commas of the run list the fields of one organisation's name, the list closed
    by `dan` and one word, the short form opening with the letter of its organisation word
    (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`; not people listed after a body,
    `karyawan Bank BJB, Andi, dan Rina (RA)`)?"""
    if LIST_CLOSED.search(run) is None:
        return False
    head = next((w for w in run.split() if fold(w) in VOCAB.titles), "")
    return head[:1].upper() == short[:1].upper()


def _spelt_from(words: list[str], head: int, short: str) -> int:
    """Where the name starts: at its organisation word, or earlier when the words
    the short form's capitals spell begin before it (`Otoritas Jasa Keuangan (OJK)`,
    whose organisation word is `Keuangan`)."""
    n = len(short)
    if short.isupper() and len(words) - head < n <= len(words):
        if "".join(w[0] for w in words[-n:]) == short:
            return len(words) - n
    return head


def _all_name_words(words: list[str]) -> bool:
    """Are the words after an organisation's acronym a person's name: two or more
    name words, no title or place word (`RI Joko Widodo`)?"""
    return len(words) >= 2 and all(name_like(w) and fold(w) not in VOCAB.titles for w in words)


# How many words WordPlaces finds by a scan of the article's words before it indexes them all.
SCANS: Final = 16


class WordPlaces:
    """Where each of an article's words stands: found by a scan of the words for each
    of the first SCANS words asked about, then looked up in an index of them all (a
    scan for each of many words asked about was quadratic in a text naming many
    people; an index of every word costs more than a few scans in a usual article)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._found: dict[str, list[int]] = {}
        self._index: dict[str, list[int]] | None = None

    def where(self, word: str) -> list[int]:
        """The indexes of the word in the words, in order."""
        found = self._found.get(word)
        if found is None:
            if self._index is None and len(self._found) >= SCANS:
                self._index = _indexed(self.words)
            if self._index is None:
                found = _scanned(self.words, word)
            else:
                found = self._index.get(word, [])
            self._found[word] = found
        return found


def _scanned(words: tuple[str, ...], word: str) -> list[int]:
    """The indexes of the word in the words, in one pass. (Compiled, a loop comparing
    strings costs a fifth of tuple.count and tuple.index, which compare each word
    through Python's generic comparison; pure Python, it costs more.)"""
    found: list[int] = []
    for i, other in enumerate(words):
        if other == word:
            found.append(i)
    return found


def _indexed(words: tuple[str, ...]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        at = index.get(word)  # (not setdefault: compiled, it costs several times more)
        if at is None:
            index[word] = [i]
        else:
            at.append(i)
    return index


def _a_place_only(word: str) -> bool:
    """Is the word a place or a country of the hand lists, and no name word (`Perancis`;
    not `Solo`, a name too; not `Media`, a corpus' place word and a first name)?"""
    key = fold(word)
    return (key in VOCAB.places or key in VOCAB.countries) and key not in VOCAB.name_words and key not in VOCAB.common_names


def _common_name_alone(key: str) -> bool:
    """Is the (folded) word a common given name and no title or place word (`asep`;
    not `agung` of Jaksa Agung)?"""
    return key in VOCAB.common_names and key not in VOCAB.titles and key not in VOCAB.offices and key not in VOCAB.place_words


def after_unit(word: str) -> bool:
    """Is the word an organisation's acronym (`DPR`, `BPBD`), no rank or office (`AKBP`)
    and no short form in parentheses?"""
    return is_acronym(word) and word[:1] != "(" and not office_rank_or_honorific(word)


# An age in parentheses after a name (`Rafi (7)`, `Rafi ( 7 tahun )`); under CHILD_AGE a child's.
AGE_IN_PARENS: Final = re.compile(r"\([ \t]*(\d{1,2})[ \t]*(?:tahun[ \t]*)?\)")
# Under this age a person is a child (Indonesian law: Undang-Undang Perlindungan Anak).
CHILD_AGE: Final = 18


class NameEvidence:
    """What the article as a whole says about its names.

    ``short`` holds the tokens it uses alone for someone speaking (``kata
    Imron``, ``Imron menjelaskan``, ``Menurut Imron``). With how often the
    words of a run stand elsewhere with and without each other, it tells where a name
    starts in a run such as ``Semarang Majapahit Imron Fatoni``: at a short
    form, provided the words before it also stand elsewhere without it (a
    place or an office does; a first name such as ``Mochamad`` does not).
    """

    def __init__(
        self, text: str, starts: list[int], words: tuple[str, ...],
        reporting_at: list[int], cue_at: list[int], opens_sentence: Callable[[int], bool],
        places: WordPlaces, plain: bool = False,
    ) -> None:
        """From the article's words, their starts, the indexes of its reporting
        verbs and cue verbs, whether a word at an offset opens its sentence (see
        Article), where each word stands, and whether the text is plain (see plain.py)."""
        self.text = text
        self.starts = starts
        self.words = words
        self._opens_sentence = opens_sentence
        self._named_here: dict[str, bool] = {}  # see capitalised_mid_sentence
        self.places = places
        # The short forms as the article writes them: `Imron menjelaskan`, and
        # `kata Imron`, `Menurut Imron` (cued).
        # (a country or place is no one's short form: `Perancis menyatakan`, `menyatakan, Perancis dapat ...`)
        cued = {
            words[i + 1] for i in cue_at
            if i + 1 < len(words) and self._joined(i) and name_like(words[i + 1]) and not _a_place_only(words[i + 1])
        }
        written = {word for at in reporting_at if (word := self._subject_of(at)) and not _a_place_only(word)} | cued
        self.short = frozenset(fold(w) for w in written)
        self.cued = frozenset(fold(w) for w in cued)  # the short forms written right after a cue word
        # Where the article writes a short form again (as written at a cue).
        self.short_at = sorted(i for word in written for i in self.places.where(word)) if written else []
        self.short_words = Cursor(self.short_at)  # (see Article.within)
        self.organisations = defined_organisations(text, plain)
        self._before_a_childs_age: tuple[str, ...] | None = None

    def given_a_childs_age(self, name: str) -> bool:
        """Does the article write the name right before a child's age (`Rafi (7)`)? The text
        before each such age is found once per article, the first time it is asked."""
        if self._before_a_childs_age is None:
            self._before_a_childs_age = tuple(
                self.text[max(0, m.start() - 200) : m.start()].rstrip(" \t")  # (a name is far shorter)
                for m in AGE_IN_PARENS.finditer(self.text) if int(m.group(1)) < CHILD_AGE
            )
        return any(before.endswith(name) for before in self._before_a_childs_age)

    def _joined(self, a: int) -> bool:
        """Is word a directly followed by word a + 1, with only spaces between?"""
        return not self.text[self.starts[a] + len(self.words[a]) : self.starts[a + 1]].strip()

    def _subject_of(self, verb: int) -> str | None:
        """The word the article uses alone for the subject of the reporting verb
        at word index `verb` (`Imron menjelaskan`, `Budi ikut menyampaikan`, `Ma'ruf Amin juga
        menegaskan`), if a name of one or two words opens the clause before it."""
        words = self.words
        j = verb - 1
        if j >= 0 and words[j] in ("juga", "pun", "kembali", "turut", "ikut"):
            j -= 1
        if j < 0 or not all(self._joined(a) for a in range(j, verb)):
            return None  # `Kecamatan Borobudur, juga berharap`: not the verb's subject
        first = j
        while first > 0 and first > j - 1 and is_upper_start(words[first - 1]) and self._joined(first - 1):
            first -= 1
        if not is_upper_start(words[first]) or (first > 0 and is_upper_start(words[first - 1]) and self._joined(first - 1)):
            return None
        # `Sekarang Rudi menegaskan`: a common word opening the sentence is no name, nor
        # a rarer one the corpus writes mostly in lower case before a name (`Mulanya Rudi menolak`)
        if name_like(words[first]) and not self.common_opener(self.starts[first], words[first]):
            if not (first < j and self.rare_common_opener(words[first]) and self._common_here(words[first])):
                return words[first]
        return words[first + 1] if first + 1 <= j and name_like(words[first + 1]) else None

    def _common_here(self, word: str) -> bool:
        """Does the article show the word to be a common one: with -nya (`Mulanya`), or
        also written in lower case? (A given name may be a common word: `Cahaya Lestari`.)"""
        key = fold(word)
        return key.endswith("nya") or self.written_in_lower_case(key)

    def rare_common_opener(self, word: str, following: str = "") -> bool:
        """Is the capitalised word one the corpus writes mostly in lower case (`Kisruh`,
        `Mulanya`), no honorific nor a word a corpus saw opening names (`Tuan`, `Bintang`),
        that the article never capitalises in mid-sentence? Before FOLLOWING, a word a
        corpus saw opening names, an organisation's word it usually writes in lower case
        counts too (`Hubungan Rudi Wirawan dan ...`; not `Kepolisian Sentosa`)."""
        key = fold(word)
        common = mostly_common_word(word) or (
            fold(following) in VOCAB.name_openers and key in VOCAB.titles and key in VOCAB.usually_lower
            and key not in VOCAB.offices and key not in VOCAB.roles
        )
        return (
            common and key not in VOCAB.honorifics and key not in VOCAB.name_openers
            and not self.capitalised_mid_sentence(word)
        )

    def common_opener(self, at: int, word: str) -> bool:
        """Is the capitalised word at `at` a common word opening its sentence: one the
        corpus writes in lower case in mid-sentence (`Hanya`, `Sekarang`, `Kedatangan`)?
        In mid-sentence a capital makes the same word part of a name (`Rob Subbaraman`),
        and one the article itself capitalises there is a name here (`Cucu Suryana,
        ...` and later `jelas Cucu`)."""
        return common_word(word) and not self.capitalised_mid_sentence(word) and self._opens_sentence(at)

    def capitalised_mid_sentence(self, word: str) -> bool:
        """Does the article write the capitalised word right after a lower-case word
        and a space (`jelas Cucu`), where only a name is capitalised?"""
        found = self._named_here.get(word)
        if found is None:
            text, starts, words = self.text, self.starts, self.words
            found = self._named_here[word] = any(
                i > 0 and is_lower_start(words[i - 1]) and text[starts[i - 1] + len(words[i - 1]) : starts[i]] == " "
                for i in self.places.where(word)
            )
        return found

    def prefix_in_a_sentence(self, word: str, name: str) -> bool:
        """Does the article write the name prefix that also opens sentences (`Lalu`) inside a
        sentence, before the same name word (`Kepala Desa X, Lalu Sapri Ahmadi` for `Lalu
        Sapri mengatakan`)? Then it is that name's prefix at a sentence's start too."""
        key = f"prefix:{word} {name}"
        found = self._named_here.get(key)
        if found is None:
            words = self.words
            found = self._named_here[key] = any(
                0 < i < len(words) - 1 and not self._opens_sentence(self.starts[i]) and words[i + 1] == name
                for i in self.places.where(word)
            )
        return found

    def calls_someone(self, word: str) -> bool:
        """Does the article call someone by the word: a short form (`kata Santosa`), or the
        word right after an honorific (`Pak Santosa`)?"""
        if fold(word) in self.short:
            return True
        words = self.words
        return any(i > 0 and fold(words[i - 1]) in VOCAB.honorifics for i in self.places.where(word))

    def written_in_lower_case(self, word: str) -> bool:
        """Does the article also write this word in lower case, as a common word?
        (A lower-case key is found only as written in lower case.)"""
        return bool(self.places.where(word))

    def independent(self, word: str, following: str) -> bool:
        """Does the word stand elsewhere in the article without the word after it
        (as a place or organisation does, and a first name seldom)? The pair
        counts as together with one character between the two words."""
        return len(self.places.where(word)) > self.pair_count(word, following)

    def pair_count(self, word: str, following: str) -> int:
        """How often the article writes the two words together, one character apart."""
        starts, words = self.starts, self.words
        return sum(
            1 for i in self.places.where(word)
            if i + 1 < len(words) and words[i + 1] == following and starts[i + 1] == starts[i] + len(word) + 1
        )

    def _mostly_paired(self, word: str, following: str) -> bool:
        """Does the article write the two words together twice or more, and the
        first alone less often (`merekrut Rendra Wahyudi`, `striker Persib, Rendra
        Wahyudi`, and once `membayar Rendra`)? A first name then, not a place or
        organisation before the name: those stand alone more than beside one person.
        A word known as a role or a place (`program Relawan Sahabat Wiratama`) is none."""
        key = fold(word)
        known = (VOCAB.roles, VOCAB.relational_roles, VOCAB.offices, VOCAB.person_nouns, VOCAB.place_words)
        if any(key in words for words in known):
            return False
        together = self.pair_count(word, following)
        return together >= 2 and len(self.places.where(word)) - together < together

    def attached(self, before: str, word: str) -> bool:
        """Does the article write the word after this same word more than once
        (`Margasatwa Ragunan`, `Founder Haveltea`)?"""
        if not before:
            return False
        variants = {before, before.lower(), before[:1].upper() + before[1:]}
        return sum(self.pair_count(b, word) for b in variants) >= 2

    def used_as_place(self, word: str) -> bool:
        """Does the article use the word as a place elsewhere (`di Sumedang`, `Kabupaten Sumedang`)?"""
        return any(i > 0 and self.words[i - 1] in VOCAB.place_words_before for i in self.places.where(word))

    def name_start(self, name: Sequence[str], before: str = "", set_off: bool = False) -> int:
        """How many leading words of a capitalised run belong before the name.

        A leading word goes when the article also writes it in lower case (a
        common word opening a sentence: `Ucapan Shin Tae-yong`), or when it
        stands elsewhere without the word after it (a place or organisation:
        `Ancol Rika Lestari`) and is never used alone for a speaker, or when
        the article writes it elsewhere after the same word as here but without
        the rest of the name (`Taman Margasatwa Ragunan (TMR)` makes
        `... Margasatwa Ragunan Ketut Widarsono` Ketut Widarsono).

        ``before`` is the word before the run in its phrase; ``set_off`` says
        the run is a name set off by commas (`epidemiolog UI, Tri Yunis ...,`).
        """
        if before and (fold(before) in VOCAB.ranks or fold(before) in VOCAB.honorifics or _closes_a_body(before)):
            return 0  # nothing stands between a rank and its name: `Jenderal Raden Prabowo Argo Yuwono`
        keys = [fold(w) for w in name]
        at_short_form = self._start_at_short_form(name, keys, set_off, before)
        if at_short_form == 1 and len(name) == 3 and after_unit(before) and not self.region_of_unit(name):
            return 0  # `Wakil Ketua DPR Sufmi Dasco Ahmad` called Dasco: his first name, no region
        if at_short_form is not None:
            return at_short_form
        return self._after_organisation(name, keys, before, self._leading_common_words(name, keys), set_off)

    def _start_at_short_form(self, name: Sequence[str], keys: list[str], set_off: bool, before: str = "") -> int | None:
        """`Jaringan Gusdurian Alissa Wahid` called Alissa: the name starts at
        its short form, with the given names right before it (`Blambangan Sri
        Indah Lestari`); None when no short form (after a word that is not a
        given name) is in the run."""
        given = VOCAB.given_names
        # A name set off by commas (`epidemiolog UI, Tri Yunis Miko Wahyono,`)
        # is not cut at its short form unless its first word stands alone elsewhere.
        cut_at_short = not (set_off and len(keys) > 2 and not self.independent(name[0], name[1]))
        for k in range(1, len(keys) - 1 if cut_at_short else 1):
            # (`Van Kempen` for Frank van Kempen; `Daeng Nai` for `..., Muhammad Ilham Daeng Nai (52),` set off)
            if keys[k] in self.short and keys[k] not in VOCAB.name_particles and not (set_off and keys[k] in VOCAB.inner_name_openers):
                if all(key in given for key in keys[:k]):
                    return None
                while k > 0 and (
                    keys[k - 1] in given or self._initials_of(name[k - 1], name[k]) or self._first_name_of(name[k - 1], name[k])
                    or (k == 1 and _common_name_alone(keys[0]) and (set_off or after_unit(before)))
                ):
                    # given names and initials open the name: `Sri Indah Lestari`, `AR Budi Santoso`; and a common
                    # given name opening the run after a body's initials or set off (`KPK Asep Guntur Rahayu`, not `Pondok Indah Budi`)
                    k -= 1
                return k
        return None

    def region_of_unit(self, name: Sequence[str], guess: bool = True) -> bool:
        """Is the first word of a run of three after an organisation's acronym
        its region (`BPBD Garut Joko Prasetyo`) or a common word of its name
        (`PDI Perjuangan Puan Maharani`), not the person's first name (`DPR Sufmi
        Dasco Ahmad`)? It is when the article writes it without the name after
        it, or when a corpus knows it as a place (data/place_words.txt) and not
        as opening names (data/name_openers.txt); a word known as both is the
        region unless the article writes the run again. A word the corpus does
        not know is the region when a usual first name follows (`Joko`), if GUESS."""
        first = fold(name[0])
        if first in VOCAB.usually_lower or self.written_in_lower_case(first) or self.independent(name[0], name[1]):
            return True
        place, opener = first in VOCAB.place_words, first in VOCAB.name_openers
        if place and opener:
            return self.text.count(" ".join(name)) < 2
        if place or opener:
            return place
        return guess and (fold(name[1]) in VOCAB.common_names or fold(name[1]) in VOCAB.given_names)

    def _first_name_of(self, word: str, following: str) -> bool:
        """Is the word a first name before the short form (`BPJS Kesehatan Ali Gufron
        Mukti` called Gufron): one the corpus sees opening names and not as a place,
        an organisation's word or a common word (`Utama`), which the article never
        writes without the short form after it?"""
        key = fold(word)
        return (
            key in VOCAB.name_openers and key not in VOCAB.place_words and key not in VOCAB.places
            and key not in VOCAB.titles and key not in VOCAB.usually_lower and not self.independent(word, following)
        )

    def opens_a_name_of_three(self, word: str, short: str, before: str) -> bool:
        """`Kepala Departemen Komunikasi Bank Indonesia Ramdan Denny Prakoso` called
        Denny: the word before the short form (the middle of the run's last three)
        opens the name, though no corpus saw it open one, when nothing marks it as an
        organisation's: a name-like word of three letters or more no list knows (no
        role, organisation word, place or common word), never written without the short
        form after it, after a place that closes the organisation (`Bank Indonesia`,
        `Kabupaten Gunungkidul`)."""
        key = fold(word)
        if not before or len(word) < 3 or not name_like(word) or is_acronym(word) or common_word(word) or self.independent(word, short):
            return False
        known = (VOCAB.titles, VOCAB.places, VOCAB.place_words, VOCAB.usually_lower, VOCAB.roles, VOCAB.offices)
        if any(key in words for words in known):
            return False
        closing = fold(before)
        if closing in VOCAB.offices or closing in VOCAB.roles:
            return False  # (`Kapolres Sentosa Budi Hartono`: the word after an office is its place)
        # (not an organisation's word nor an acronym: `Ketua Umum Apindo Sanny ...`, `PARA Syndicate Ari ...`)
        return closing in VOCAB.places

    def _initials_of(self, word: str, following: str) -> bool:
        """Are the two capitals the initials opening a name (`AR Budi Santoso`):
        no known acronym, never written without the name after them (`Bara JP`)?"""
        return len(word) == 2 and name_initials(word) and not self.independent(word, following)

    def _leading_common_words(self, name: Sequence[str], keys: list[str]) -> int:
        """How many leading words of the run are common words (written in lower
        case elsewhere) or places, or stand elsewhere without a short form after them."""
        k = 0
        while len(keys) - k >= 2:
            lead, nxt = keys[k], keys[k + 1]
            if lead in self.short or usual_name(lead):
                break
            common_word = self.written_in_lower_case(lead)
            place = len(keys) - k > 2 and self.used_as_place(name[k])
            pair = name[k], name[k + 1]
            stands_apart = nxt in self.short and self.independent(*pair) and not self._mostly_paired(*pair)
            if not (common_word or place or stands_apart):
                break
            k += 1
        return k

    def _after_organisation(self, name: Sequence[str], keys: list[str], before: str, k: int, set_off: bool = False) -> int:
        """Where the name starts after the first k words: after the last word
        of an organisation or place the article names elsewhere, else at k. In a
        run set off by commas after its role (`Wakasek SMAN 1, Agung Harry Sunjaya
        Sapanca,`) the first two words written again alone are the name's short
        form, not an organisation opening the run."""
        # The last word of an organisation the article names elsewhere
        # (`Taman Margasatwa Ragunan (TMR)`): the name starts after it.
        # A name the article writes in full more than once keeps its words
        # (`... Investasi Luhut Binsar Pandjaitan` twice, `Investasi Luhut` once).
        # The name may be its last word alone when the article writes that word
        # alone at a cue (`Kejaksaan Negeri Tanah Datar Wiryono`, `kata Wiryono`).
        last_alone = len(keys) >= 3 and keys[-1] in self.cued
        for j in range(len(keys) - (2 if last_alone else 3), k - 1, -1):
            if usual_name(keys[j]) or (set_off and j == 1):
                continue
            if any(word in self.short for word in keys[: j + 1]):
                break  # `kata Tri` makes `Tri Yunis Miko Wahyono` one name
            org_or_place = self.attached(name[j - 1] if j else before, name[j]) or self.used_as_place(name[j])
            if org_or_place and self.independent(name[j], name[j + 1]) and self.pair_count(name[j], name[j + 1]) == 1:
                return j + 1
        return k


def _closes_a_body(before: str) -> bool:
    """Is the word before the run a body's short form in parentheses, after which the name starts
    (`Badan Pusat Statistik (BPS) Amalia ...`)? Not a role's (`Direktur Utama (Dirut) Jasa
    Raharja Rubi ...`: data/offices.txt): the body comes after that."""
    return before.startswith("(") and fold(before.strip("()")) not in VOCAB.offices
