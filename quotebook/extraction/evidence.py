"""Name evidence: what the article as a whole says about its names (the short
forms it uses for speakers, which words stand alone as places), so that a run
of capitalised words is cut where the name starts."""
from __future__ import annotations

import re
from typing import Sequence

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import lex, PLACE_WORDS_BEFORE
from .tokens import name_like, usual_name, fold
from .article import common_opener, cue_at, indexes, reporting_at, word_index
from .titles import Mention


# `Badan Pusat Statistik (BPS)`, `Kementerian Komunikasi dan Digital (Komdigi)`: an
# organisation's name, then the short form the article will use for it. The
# parenthesis is found first and the name read back in a bounded window.
SHORT_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z\-]{1,15})\)")
ORG_NAME_BEFORE = regex.compile(r"((?:\p{Lu}[\p{L}\-]*|dan|&)(?:[ \t]+(?:\p{Lu}[\p{L}\-]*|dan|&)){1,8})[ \t]*$")


def defined_organisations(text: str) -> dict[str, str]:
    """The organisations the article names with a short form, as {short form folded: full name}."""
    L = lex()
    found: dict[str, str] = {}
    for m in SHORT_IN_PARENS.finditer(text):
        before = ORG_NAME_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if before is None:
            continue
        words = before.group(1).split()
        head = next((i for i, w in enumerate(words) if fold(w) in L.titles or fold(w) in L.offices), None)
        if head is None or fold(words[head]) in L.offices or words[-1] in ("dan", "&"):
            continue  # no organisation word, or a person's position: `Wakil Menteri ... (Wamenkomdigi)`
        found.setdefault(fold(m.group(1)), " ".join(words[head:]))
    return found


class NameEvidence:
    """What the article as a whole says about its names.

    ``short`` holds the tokens it uses alone for someone speaking (``kata
    Imron``, ``Imron menjelaskan``, ``Menurut Imron``). With how often the
    words of a run stand elsewhere with and without each other, it tells where a name
    starts in a run such as ``Semarang Majapahit Imron Fatoni``: at a short
    form, provided the words before it also stand elsewhere without it (a
    place or an office does; a first name such as ``Mochamad`` does not).
    """

    def __init__(self, text: str) -> None:
        starts, words = word_index(text)
        written: set[str] = set()  # the short forms as the article writes them

        def joined(a: int) -> bool:
            """Is word a directly followed by word a + 1, with only spaces between?"""
            return not text[starts[a] + len(words[a]) : starts[a + 1]].strip()

        for i in reporting_at(text):
            # `Imron menjelaskan`, `Ma'ruf Amin juga menegaskan`
            j = i - 1
            if j >= 0 and words[j] in ("juga", "pun", "kembali"):
                j -= 1
            if j >= 0 and not all(joined(a) for a in range(j, i)):
                continue  # `Kecamatan Borobudur, juga berharap`: not the verb's subject
            first = j
            while first > 0 and first > j - 1 and words[first - 1][:1].isupper() and joined(first - 1):
                first -= 1
            before_upper = first > 0 and words[first - 1][:1].isupper() and joined(first - 1)
            if j >= 0 and words[first][:1].isupper() and not before_upper:
                for k in (first, first + 1):
                    if k == first and common_opener(text, starts[k], words[k]):
                        continue  # `Sekarang Rudi menegaskan`: the adverb opens the sentence
                    if k <= j and name_like(words[k]):
                        written.add(words[k])
                        break
        cued: set[str] = set()
        for i in cue_at(text):
            # `kata Imron`, `Menurut Imron`
            if i + 1 < len(words) and joined(i) and name_like(words[i + 1]):
                cued.add(words[i + 1])
        written |= cued
        self.short = frozenset(map(fold, written))
        self.cued = frozenset(map(fold, cued))  # the short forms written right after a cue word
        # Where the article writes a short form again (as written at a cue).
        self.short_at = tuple(sorted(i for w in written for i in indexes(words, w)))
        self.text = text
        self.starts = starts
        self.words = words
        self._found: dict[str, list[int]] = {}  # where a word stands, for the words asked about
        self.mentions: dict[str, Mention | None] = {}  # parse_mention's results in this article
        self.organisations = defined_organisations(text)

    def written_in_lower_case(self, word: str) -> bool:
        """Does the article also write this word in lower case, as a common word?
        (A lower-case key is found only as written in lower case.)"""
        return bool(self._where(word))

    def independent(self, word: str, following: str) -> bool:
        """Does the word stand elsewhere in the article without the word after it
        (as a place or organisation does, and a first name seldom)? The pair
        counts as together with one character between the two words."""
        return len(self._where(word)) > self.pair_count(word, following)

    def pair_count(self, word: str, following: str) -> int:
        """How often the article writes the two words together, one character apart."""
        starts, words = self.starts, self.words
        return sum(
            1 for i in self._where(word)
            if i + 1 < len(words) and words[i + 1] == following and starts[i + 1] == starts[i] + len(word) + 1
        )

    def attached(self, before: str, word: str) -> bool:
        """Does the article write the word after this same word more than once
        (`Margasatwa Ragunan`, `Founder Haveltea`)?"""
        if not before:
            return False
        variants = {before, before.lower(), before[:1].upper() + before[1:]}
        return sum(self.pair_count(b, word) for b in variants) >= 2

    def used_as_place(self, word: str) -> bool:
        """Does the article use the word as a place elsewhere (`di Sumedang`, `Kabupaten Sumedang`)?"""
        return any(i > 0 and self.words[i - 1] in PLACE_WORDS_BEFORE for i in self._where(word))

    def _where(self, word: str) -> list[int]:
        """The indexes of the word in the article, looked up once per word asked about."""
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = indexes(self.words, word)
        return found

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
        L = lex()
        if before and (fold(before) in L.ranks or fold(before) in L.honorifics or before.startswith("(")):
            return 0  # nothing stands between a rank and its name: `Jenderal Raden Prabowo Argo Yuwono`
        keys = list(map(fold, name))
        given = L.given_names
        # A name set off by commas (`epidemiolog UI, Tri Yunis Miko Wahyono,`)
        # is not cut at its short form unless its first word stands alone elsewhere.
        cut_at_short = not (set_off and len(keys) > 2 and not self.independent(name[0], name[1]))
        for k in range(1, len(keys) - 1 if cut_at_short else 1):
            if keys[k] in self.short:
                if not all(key in given for key in keys[:k]):
                    # `Jaringan Gusdurian Alissa Wahid` called Alissa; given names
                    # right before the short form stay (`Blambangan Sri Indah Lestari`).
                    while k > 0 and keys[k - 1] in given:
                        k -= 1
                    return k
                break
        k = 0
        while len(keys) - k >= 2:
            lead, nxt = keys[k], keys[k + 1]
            if lead in self.short or usual_name(lead):
                break
            common_word = self.written_in_lower_case(lead)
            place = len(keys) - k > 2 and self.used_as_place(name[k])
            if not (common_word or place or (nxt in self.short and self.independent(name[k], name[k + 1]))):
                break
            k += 1
        # The last word of an organisation the article names elsewhere
        # (`Taman Margasatwa Ragunan (TMR)`): the name starts after it.
        # A name the article writes in full more than once keeps its words
        # (`... Investasi Luhut Binsar Pandjaitan` twice, `Investasi Luhut` once).
        for j in range(len(keys) - 3, k - 1, -1):
            if usual_name(keys[j]):
                continue
            if any(word in self.short for word in keys[: j + 1]):
                break  # `kata Tri` makes `Tri Yunis Miko Wahyono` one name
            org_or_place = self.attached(name[j - 1] if j else before, name[j]) or self.used_as_place(name[j])
            if org_or_place and self.independent(name[j], name[j + 1]) and self.pair_count(name[j], name[j + 1]) == 1:
                return j + 1
        return k
