"""The article: one article's text with what the stages look up in it, found
once: its paragraphs, its words and where they start, where its reporting
and cue verbs stand, its clause breaks, what it says about its names, and
the speaker phrases already read in it. Nothing here outlives the article."""
from __future__ import annotations

import re
from typing import Final, TYPE_CHECKING

from .vocabulary import VOCAB
from .tokens import chunk_before, common_word, fold, keeps_period, last_non_space, negated, one_of, places_of, is_upper_start
from .layout import layout, Paragraph
from .titles import given_as_a_nickname, kin_then_name, Mention
from .evidence import NameEvidence, WordPlaces
from .plain import plain_characters, short_words
from .mentions import is_degree, parse_mention
from .phrases import read_speaker_phrase
from .positions import bisect_left, bisect_right, COMPILED, Cursor

if TYPE_CHECKING:  # (mypyc's machine integer; an int when run as Python)
    from mypy_extensions import i64

    from .cues import CueVerb  # (cues reads the article: a type only)


# The group makes TOKEN.split keep the words: gap, word, gap, word, ..., gap.
# (a-z is redundant with \w, but re tests it first, before the Unicode class.)
TOKEN: Final = re.compile(r"([^\W\d_][a-z\w'\u2019\-]*)")
# The same on plain characters (see plain.py), where a letter is A-Za-z and \w is A-Za-z0-9_.
TOKEN_PLAIN: Final = re.compile(r"([A-Za-z][A-Za-z0-9_'\u2019\-]*)")
# A clause ends at a sentence end, at a quote mark, or at a dash of up to three set off by
# spaces (`Semarang (ANTARA) - Kepala ...`, `KOMPAS.com --- Pelatih ...`, so a dateline
# never joins a title), or glued to an outlet's domain (`KOMPAS.com-Ketua ...`), or
# at a markup tag's bracket glued to a capital (`[img.2]Rina`):
# `[.!?…]["”']?\s+|["“”„]+|\s(?:-{1,3}|–|—)\s(?=[A-Z])|\.(?:com|id)-{1,3}\s*(?=[A-Z])|\](?=[A-Z])`, written with literal
# openings (see one_of), so a dash break is found at the dash, not at the
# space before it.
CLAUSE_BREAK: Final = re.compile(
    one_of(".!?\u2026", r"[\"\u201d']?\s+")
    + "|" + one_of('"\u201c\u201d\u201e', '["\u201c\u201d\u201e]*')
    + "|" + r"-(?:(?<=\s.)-{0,2}\s|(?<=\.com.)-{0,2}\s*|(?<=\.id.)-{0,2}\s*)(?=[A-Z])"
    + "|" + one_of("\u2013\u2014", r"(?<=\s.)\s(?=[A-Z])")
    + "|" + one_of("]", "(?=[A-Z])")  # a markup tag glued to the sentence after it: `[img.2]Rina Wati (39), ...`
)
QUOTE_MARKS: Final = "\"\u201c\u201d\u201e"  # CLAUSE_BREAK's second alternative: a run of them
CLAUSE_OPENINGS: Final = ".!?\u2026\"\u201c\u201d\u201e-\u2013\u2014]"  # what each of its matches opens with
DASHES: Final = "-\u2013\u2014"
BREAK_ENDS: Final = frozenset('"\u201c\u201d\u201e-]')  # what a match of CLAUSE_BREAK may end with, but a space
WORD_BEFORE: Final = re.compile(r"([\w.]+)$")  # what abbreviation_before finds (tests/extraction/test_shortcuts.py)
# The farthest back a clause is read from, in characters: a cue and its speaker stand
# within a few words of the quote, and a bound keeps every backward look linear in the
# text (a paragraph of quotes and cues with no sentence end was quadratic).
CLAUSE_WINDOW: Final = 400
SPACE: Final = re.compile(r"\s")
SENTENCE_GAP: Final = re.compile(r"[.!?][ \t]")  # a sentence end and its space (see sentence_starts)


class Article:
    """One article's text and what the stages look up in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = layout(text)
        self.by_index: dict[int, Paragraph] = {p.index: p for p in self.paragraphs}
        self.paragraph_starts = [p.start for p in self.paragraphs]
        # The words and their start offsets: a compiled loop over the characters, else
        # split (not finditer: no match object per word).
        plain = plain_characters(text)
        if COMPILED:
            words, self.starts = text_words(text)
        else:
            parts: list[str] = (TOKEN_PLAIN if plain else TOKEN).split(text)
            self.starts, words = word_starts(parts), parts[1::2]
        self.words: tuple[str, ...] = tuple(words)
        # The fast patterns mean the same (see plain.py).
        self.plain = plain and short_words(self.words)
        # Indexes into words of the reporting verbs, the passive reporting
        # verbs, and the cue verbs (with `menurut`), found in one pass.
        found = verb_words_at(self.words)
        # (not a verb of responding negated: `belum merespons` reports that nothing was said)
        self.reporting_at = [i for i, w in found if w in VOCAB.reporting and not negated(self.words, i)]
        self.passive_at = [i for i, w in found if w in VOCAB.passive_reporting]
        self.cue_at = [i for i, w in found if w in VOCAB.cue_words and not self._compound_at(i)]
        # The cue words a comma comes before, past blanks (`..., kata Budi`), compounds too.
        self.cue_after_comma_at = [i for i, w in found if w in VOCAB.cue_words and _comma_before(text, self.starts[i])]
        # The same, as the stages ask for them paragraph by paragraph (see within).
        self.reporting_words = Cursor(self.reporting_at)
        self.passive_words = Cursor(self.passive_at)
        self.cue_words = Cursor(self.cue_at)
        self.cue_after_comma_words = Cursor(self.cue_after_comma_at)
        self._mentions: dict[str, Mention | None] = {}
        self._phrases: dict[tuple[int, int], tuple[str, int]] = {}  # see speaker_phrase
        self.cue_verbs: dict[int, CueVerb | None] = {}  # see cues.cue_verb_after
        # Each paragraph's first word and one past its last, by the paragraph's index.
        self.first_word_of: list[int] = []
        self.end_word_of: list[int] = []
        word_at = Cursor(self.starts)
        for p in self.paragraphs:
            self.first_word_of.append(word_at.left(p.start))
            self.end_word_of.append(word_at.left(p.end))
        self.clauses = Clauses(text)
        self._sentence_gaps: list[int] | None = None  # see sentence_starts
        self.name_comma_starts: dict[int, list[int]] = {}  # a paragraph's index: see introductions._name_comma_starts
        self.places = WordPlaces(self.words)
        self.evidence = NameEvidence(
            text, self.starts, self.words, self.reporting_at, self.cue_at, self.clauses.opens_sentence, self.places, self.plain
        )

    def _compound_at(self, i: int) -> bool:
        """Is word i the second of a compound (`tanggung jawab`), no cue?"""
        return i > 0 and self.words[i - 1].lower() in VOCAB.cue_compound_openers

    def mention(self, phrase: str) -> Mention | None:
        """The phrase read as a person (parse_mention with this article's name
        evidence), once per phrase: the same name comes back at several cues."""
        found = self._mentions.get(phrase, UNREAD)
        if found is UNREAD:
            found = self._mentions[phrase] = parse_mention(phrase, self.evidence)
            if found is not None and found.role_only and self._nickname_with_a_relation(phrase):
                found = self._mentions[phrase] = Mention(tuple(phrase.split()), None, text=phrase)
        return found

    def _nickname_with_a_relation(self, phrase: str) -> bool:
        """Is the phrase a relation and a name that the article gives as someone's nickname
        (`yang akrab disapa Paman Birin`): that person (by the alias), not Birin's uncle?"""
        words = phrase.split()
        return len(words) == 2 and kin_then_name(words) and given_as_a_nickname(self.text, phrase)

    def speaker_phrase(self, pos: int, end: int) -> tuple[str, int]:
        """read_speaker_phrase(self.text, pos, end), once per phrase: the cue reads the
        phrase after its verb, and stated_roles again from the name it gives. Kept by where
        its first word stands (the phrase skips spaces and tabs before it); when it reads no
        word it ends where it was asked to start."""
        first = past_blanks(self.text, pos)
        found = self._phrases.get((first, end))
        if found is None:
            found = self._phrases[(first, end)] = read_speaker_phrase(self.text, first, end)
        return found if found[1] != first else (found[0], pos)

    def sentence_starts(self, start: int, end: int) -> list[int]:
        """The start, and where each sentence end and the space or tab after it in
        text[start:end] is followed by more, in order (the ends found once per article)."""
        gaps = self._gaps()
        return [start] + [at + 2 for at in gaps[bisect_left(gaps, start) : bisect_left(gaps, end - 1)]]

    def sentence_start(self, start: int, end: int) -> int:
        """The last of sentence_starts(start, end), found by one search (not a list of them all)."""
        gaps = self._gaps()
        last = bisect_left(gaps, end - 1) - 1
        return gaps[last] + 2 if last >= 0 and gaps[last] >= start else start

    def _gaps(self) -> list[int]:
        """The sentence ends of the text (see sentence_gaps), found once."""
        if self._sentence_gaps is None:
            self._sentence_gaps = sentence_gaps(self.text)
        return self._sentence_gaps

    def count(self, word: str) -> int:
        """How many of the article's words are this word (see WordPlaces)."""
        return len(self.places.where(word))

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph the offset stands in (or after, between two), None before the first."""
        at = bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraphs[at] if at >= 0 else None

    def within(self, indexes: Cursor, para: Paragraph) -> list[int]:
        """The word indexes (sorted, searched by a Cursor: a stage asks paragraph after
        paragraph) whose words stand in the paragraph (its words found once: the stages
        ask for each paragraph several times)."""
        if not indexes.a:
            return indexes.a
        return indexes.a[indexes.left(self.first_word_of[para.index]) : indexes.left(self.end_word_of[para.index])]

    def any_within(self, indexes: Cursor, para: Paragraph) -> bool:
        """bool(within(indexes, para)), by one search and no list."""
        return indexes.any_between(self.first_word_of[para.index], self.end_word_of[para.index])

    def clause_start(self, lo: int, hi: int) -> int:
        """See Clauses.start."""
        return self.clauses.start(lo, hi)

    def common_opener(self, at: int, word: str) -> bool:
        """See NameEvidence.common_opener."""
        return self.evidence.common_opener(at, word)

    def opens_before_a_name(self, at: int, word: str, following: str) -> bool:
        """Is the capitalised word at `at`, before FOLLOWING, a common word opening its
        sentence before a name: one common_opener says is, or a rarer one the corpus
        writes mostly in lower case (`Kisruh`, `Polemik`, `Hubungan`: see
        NameEvidence.rare_common_opener) before the word the article
        calls someone by at a cue or a reporting verb (`Kisruh Budi dengan ...`, `kata
        Budi`), a word the article itself never uses for a speaker?"""
        evidence = self.evidence
        if evidence.common_opener(at, word):
            return True
        return (
            evidence.rare_common_opener(word, following) and fold(following) in evidence.short
            and fold(word) not in evidence.short and self.clauses.opens_sentence(at)
        )

    def in_opening_phrase(self, lo: int, at: int) -> bool:
        """Does the name at `at` stand in a prepositional phrase opening its sentence
        (`Selain Rudi Hartono,`, `Seperti Rudi,`, `Berbeda dengan Rudi,`), the clause
        read back to lo at most? The words after its comma are the sentence's own,
        about others (`Selain Rudi, beberapa warga di lingkungan rumahnya ...`), not a
        role set off after the name."""
        # (The cheap test first: a clause break ends after a space, a quote mark or a
        # dash, so the last word before `at`, if it holds neither, is the clause's.)
        last = chunk_before(self.text, lo, at)
        if not last or (BREAK_ENDS.isdisjoint(last) and fold(last) not in VOCAB.prepositions):
            return False
        before = self.text[self.clause_start(lo, at) : at].split()
        return 0 < len(before) <= 2 and fold(before[-1]) in VOCAB.prepositions and opens_with_preposition(before)


class Clauses:
    """Where the clauses of a text start, its clause breaks (see Breaks) found when
    first asked. (Its own object, not the Article's: the article's NameEvidence asks
    it too, and a method of the Article held by it would make the Article a cycle of
    references that only Python's collector of cycles could free.)"""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: Breaks | None = None

    def start(self, lo: int, hi: int) -> int:
        """Start of the clause that ends at hi: after the last sentence end or quote mark,
        at most CLAUSE_WINDOW characters back (then at the first word that starts there).
        A period of an abbreviation ends no clause: the break before it is found at once
        (see Breaks), not by trying every abbreviation in the window per call (`"Ya."`
        again and again made each call try dozens)."""
        if self._breaks is None:
            self._breaks = Breaks(self.text)
        breaks = self._breaks
        starts, ends = breaks.starts, breaks.ends
        floor = max(lo, hi - CLAUSE_WINDOW)
        cut = floor > lo  # an abbreviation's period before the floor ends the look back
        k = breaks.at.left(hi) - 1  # the last break before hi
        if k >= 0:
            if ends[k] <= hi and breaks.real(k) == k:
                return max(lo, ends[k]) if ends[k] >= floor else _word_from(self.text, floor, hi)
            j = breaks.real(k - 1) if k else -1  # the breaks after j, before k, are all abbreviations'
            if j >= 0 and not (cut and (starts[k] < floor or (j + 1 < k and starts[j + 1] < floor))):
                return max(lo, ends[j]) if ends[j] >= floor else _word_from(self.text, floor, hi)
        return lo if floor == lo else _word_from(self.text, floor, hi)

    def opens_sentence(self, at: int) -> bool:
        """Does the word at `at` open its paragraph or its clause?"""
        lo = at
        while lo > 0 and self.text[lo - 1] in " \t":
            lo -= 1
        return lo == 0 or self.text[lo - 1] == "\n" or self.start(0, at) == at


# How far before a name its `Menurut` is looked for (an office and a rank before the name).
MENURUT_REACH: Final = 120


def after_menurut(text: str, lo: int, at: int) -> bool:
    """Does the name at AT stand in the phrase of a `Menurut` opening its sentence: right
    after it (or `Menurut penuturan`), or after an office written before it in capitals
    (`Menurut Kapolres Bogor, AKBP Rio ...`)? Then the sentence's own clause comes after the
    phrase. (`..., menurut Budi, pedagang.` ends its sentence with the name's role.)"""
    opening = text.rfind("Menurut", max(lo, at - MENURUT_REACH), at)
    if opening < 0:
        return False
    before = last_non_space(text, lo, opening)
    if before >= lo and text[before] not in ".!?\n\"\u201d":
        return False  # (a sentence's, not a clause's: `..., menurut Budi, pedagang.`)
    words = text[opening + len("Menurut") : at].replace(",", " , ").split()
    if words and fold(words[0]) in VOCAB.account_nouns:
        words = words[1:]
    return words.count(",") <= 1 and all(w == "," or is_upper_start(w) or w.startswith("(") for w in words)


def set_off_on_both_sides(text: str, pos: int, end: int) -> bool:
    """After a name ending at POS: does a second comma close what its comma opens, before
    the sentence ends (`Menurut Budi, pedagang cabai, harga naik`)? Not after `Menurut
    Budi, petugas dinas sudah meninjau pasar.`: there the words are the sentence's own."""
    opens = past_blanks(text, pos)
    if not text.startswith(",", opens):
        return False
    part = opens + 1
    for i in range(opens + 1, end):
        if text[i] == "." and not _ends_a_sentence(text, i, end):
            continue  # `warga Jl. Pahlawan,`, `Andi Wijaya, S.H., M.H., kuasa hukum`
        if text[i] in ".;:!?\n":
            return False
        if text[i] == ",":
            if not is_degree(text[part:i].strip()):
                return True
            part = i + 1  # (a degree's comma: `Andi Wijaya, S.H., kuasa hukum, ...`)
    return False


def through_the_role(phrase: str) -> str:
    """A name and what its comma sets off after it, up to the comma that closes it (past
    degrees set off by commas of their own: `Andi Wijaya, S.H., M.H., kuasa hukum`)."""
    parts = phrase.split(",")
    k = 1
    while k < len(parts) - 1 and is_degree(parts[k].strip()):
        k += 1
    # A role listing its fields (`Divisi Sosialisasi, Pendidikan Pemilih, dan Sumber Daya`)
    # goes on to the last one, after `dan`.
    j = k + 1
    while j < len(parts) and is_upper_start(parts[j].strip()):
        j += 1
    if j < len(parts) and parts[j].split()[:1] in (["dan"], ["serta"]):
        k = j
    return ",".join(parts[: k + 1])


def _ends_a_sentence(text: str, dot: int, end: int) -> bool:
    """Does the period at DOT end its sentence: a blank or the end after it, and a word
    before it that does not keep its period (`Jl.`, `Kec.`, `S.H.`)?"""
    if dot + 1 < end and not text[dot + 1].isspace():
        return False
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return not keeps_period(text[start : dot + 1])


def opens_with_preposition(words: list[str]) -> bool:
    """Do the words open a sentence with a prepositional phrase: a capitalised
    preposition (`Selain`, `Seperti`, `Bersama`), or a common word and one
    (`Berbeda dengan`, `Senada dengan`, `Sama seperti`)?"""
    if not words or not is_upper_start(words[0]):
        return False
    head = fold(words[0])
    return head in VOCAB.prepositions or (len(words) > 1 and common_word(words[0]) and fold(words[1]) in VOCAB.prepositions)


def sentence_gaps(text: str) -> list[int]:
    """Where each sentence end followed by a space or a tab stands: the starts of the
    matches of SENTENCE_GAP, found by str.find (the engine tests each character of
    the text against the pattern's first set)."""
    return [at for at in places_of(text, ".!?") if text[at + 1 : at + 2] in (" ", "\t")]


def past_blanks(text: str, pos: int) -> int:
    """Where the spaces and tabs from pos on end (the end of `[ \t]*` matched at pos,
    which is within the text)."""
    n: i64 = len(text)
    i: i64 = max(0, min(pos, n))
    while i < n:
        c: i64 = ord(text[i])
        if c != 32 and c != 9:  # (a space, a tab)
            break
        i += 1
    return i


def text_words(text: str) -> tuple[list[str], list[int]]:
    """The words of the text and where each starts: what TOKEN.split gives (a letter,
    then letters, digits, `_`, `'`, `\u2019` or `-`), by a loop over the characters:
    in ASCII by their codes, past it by what the engine asks (\\w is isalnum or `_`, \\d
    isdecimal). Compiled, it costs two thirds of TOKEN_PLAIN's split and word_starts on a
    plain text, and about a seventh of TOKEN's on any other; as Python, many times more."""
    words: list[str] = []
    starts: list[int] = []
    n: i64 = len(text)  # (machine integers: no test of a Python integer's kind at each step)
    i: i64 = 0
    while i < n:
        c: i64 = ord(text[i])
        if (97 <= c <= 122 or 65 <= c <= 90) if c < 128 else (text[i].isalnum() and not text[i].isdecimal()):
            j: i64 = i + 1
            while j < n:
                d: i64 = ord(text[j])  # goes on the word: a letter, a digit, _ ' \u2019 or - (a call here would cost a tenth)
                if d < 128:
                    if not (97 <= d <= 122 or 65 <= d <= 90 or 48 <= d <= 57 or d == 95 or d == 39 or d == 45):
                        break
                elif not (d == 0x2019 or text[j].isalnum()):
                    break
                j += 1
            starts.append(i)
            words.append(text[i:j])
            i = j
        else:
            i += 1
    return words, starts


def word_starts(parts: list[str]) -> list[int]:
    """Where each word of TOKEN.split's parts (gap, word, gap, ..., word, gap)
    starts: where the lengths of the parts before it add up to (the running sums
    at each gap before a word). (A loop: compiled, it adds machine integers, where
    accumulate made a Python integer per part.)"""
    starts: list[int] = []
    at = 0
    for k in range(0, len(parts) - 1, 2):
        at += len(parts[k])
        starts.append(at)
        at += len(parts[k + 1])
    return starts


def _comma_before(text: str, at: int) -> bool:
    """Is the last character before `at` that is no white space (as \\s) a comma?"""
    i = last_non_space(text, 0, at)
    return i >= 0 and text[i] == ","


def verb_words_at(words: tuple[str, ...]) -> list[tuple[int, str]]:
    """Each word of the verb lists (VOCAB.verb_words) and its index, in one pass."""
    verbs = VOCAB.verb_words
    return [(i, word) for i, word in enumerate(words) if word in verbs]


# What Article.mention gives a phrase not yet read (one lookup, where `in` and [] were two).
UNREAD: Final = Mention((), None, text="")
# What `real` has not yet been asked about.
UNKNOWN: Final = -2


class Breaks:
    """Where each clause break (sentence end, quote mark or dash break) of the text
    starts and where the next clause begins; and for each break the last one at or
    before it that is no abbreviation's period (`Dr.`), found only for the breaks a
    clause is read back to (most are never asked about)."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        scanned = 0  # the end of the last match
        for at in places_of(text, CLAUSE_OPENINGS):
            if at < scanned:
                continue  # (inside the break before: matches do not overlap)
            end = clause_break_end(text, at)
            if end < 0:
                continue
            if text[at] in DASHES and text[at - 1].isspace():
                at -= 1  # a dash break starts at the space before the dash ...
                if at < scanned:
                    scanned = end
                    continue  # ... unless that space ends the break before it (`kata dia. - Jakarta`)
            scanned = end
            starts.append(at)
            ends.append(scanned)
        self.starts = starts
        self.ends = ends
        self.at = Cursor(starts)  # (the clauses are asked about in the order of the text, mostly)
        # (not `_real`: mypyc names the C field `__real`, a GCC keyword)
        self.last_real: list[int] = [UNKNOWN] * len(starts)  # per break, once read: see real()

    def real(self, k: int) -> int:
        """The last break at or before break k that is no abbreviation's period, -1 if
        none: read back from k to a break already known (each break is read once)."""
        real = self.last_real
        walked: list[int] = []
        i = k
        while i >= 0 and real[i] == UNKNOWN:
            if not abbreviation_before(self.text, self.starts[i]):
                real[i] = i
                break
            walked.append(i)
            i -= 1
        last = real[i] if i >= 0 else -1
        for w in walked:
            real[w] = last
        return last


def clause_break_end(text: str, at: int) -> int:
    """Where the match of CLAUSE_BREAK at `at` ends, -1 if none: a loop for a sentence end
    and for quote marks, the breaks most texts hold (an engine call each cost more than
    the break); the pattern for a dash or a bracket, whose breaks look behind."""
    n = len(text)
    c = text[at]
    if c in ".!?\u2026":
        j = at + 1  # then perhaps a closing mark, then whitespace (\s is what isspace says)
        if j + 1 < n and text[j] in "\"\u201d'" and text[j + 1].isspace():
            j += 1
        if j >= n or not text[j].isspace():
            return -1
        while j < n and text[j].isspace():
            j += 1
        return j
    if c in QUOTE_MARKS:
        j = at + 1
        while j < n and text[j] in QUOTE_MARKS:
            j += 1
        return j
    m = CLAUSE_BREAK.match(text, at)
    return m.end() if m is not None else -1


def _word_from(text: str, at: int, hi: int) -> int:
    """The start of the first word that begins at or after AT (so a clause cut short is not cut mid-word)."""
    if at == 0 or text[at - 1].isspace():
        return at
    m = SPACE.search(text, at, hi)
    return m.end() if m else hi


def abbreviation_before(text: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or initial (H., Dr., M.)?"""
    if text[dot] != ".":
        return False
    # The run of word characters and periods right before the dot, at most 12 back
    # (WORD_BEFORE.search(text, max(0, dot - 12), dot), whose `$` also stands before a
    # final newline): read back by a loop, where the search tried each of the 12 places.
    lo = max(0, dot - 12)
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] == "."):
        start -= 1  # (\w is what isalnum says, and `_`)
    if start == end:
        return False
    return keeps_period(text[start:end] + ".") or _corps_after_rank(text, start, end)


def _corps_after_rank(text: str, start: int, end: int) -> bool:
    """Is the word at [start, end), its period after it, a corps' abbreviation after a rank
    (`Kombes Pol.`, `Letkol Inf.`), a capitalised word one space after it (`Kombes Pol. Eko
    Prasetyo mengatakan`)? Its period ends no sentence (as phrases._rank_before_name reads a
    speaker phrase)."""
    if end - start > 4 or text[end + 1 : end + 2] != " " or not is_upper_start(text[end + 2 : end + 3]):
        return False  # (the cheap tests first: a corps' abbreviation has at most four letters)
    word = text[start:end]
    if word.isupper() or fold(word) not in VOCAB.ranks:
        return False
    return fold(chunk_before(text, 0, start).rstrip(" ")) in VOCAB.ranks
