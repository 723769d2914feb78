"""Build data/sentence_openers.txt from a corpus of Indonesian articles.

Count the phrases of one to four common words (the first capitalised, the others in lower
case) that open a sentence and are set off from it by a comma (`Sementara itu,`,
`Di sisi lain,`, `Dengan demikian,`). Those seen often open a sentence before its
subject, and do so without the comma too (`Sementara itu Budi mengatakan ...`).
Left out: a phrase with a pronoun, a reporting or cue verb, or such a word with
`-nya` (`Ia menambahkan,`, `Menurutnya,`, `Baginya,`): it names who speaks or
whose view follows; and one with a word for a person or an office (`Korban,`):
the subject itself. Only the derived phrases are written, never corpus text.

    python scripts/sentence_openers.py /work/shared/corpus/*.jsonl > data/sentence_openers.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from quotebook import lexicon
from quotebook.extraction.tokens import fold
from quotebook.extraction.vocabulary import VOCAB

MIN_ARTICLES = 5  # opening a sentence, set off by a comma, in at least this many articles
MOST_WORDS = 4
# Every word of a phrase kept is a common word (data/lower_case_words.txt, built from
# the same corpus by scripts/word_case.py): a phrase of rarer words that many copies
# of one story open with is that story's text, not an opener. A single word that
# seldom stands in mid-sentence (`Adapun`, `Pasalnya`) is kept from twice as many articles.
COMMON = frozenset(lexicon.entries("lower_case_words"))
# A sentence's opening phrase and the comma after it: at a paragraph start or after a
# sentence end and a space.
OPENING = re.compile(rf"(?:^|(?<=[.!?] ))([A-Z][a-z]+(?: [a-z]+){{0,{MOST_WORDS - 1}}}),[ ]", re.M)


def names_someone(phrase: str) -> bool:
    """Does the phrase hold a pronoun, a reporting or cue verb, or one of those
    (or a preposition) with `-nya` (`Menurutnya`, `Baginya`)?"""
    for word in map(fold, phrase.split()):
        stem = word[:-3] if word.endswith("nya") else ""
        if word in VOCAB.pronouns or word in VOCAB.verb_words or _a_role(word):
            return True
        if stem and (stem in VOCAB.verb_words or stem in VOCAB.prepositions):
            return True
    return False


def _a_role(word: str) -> bool:
    """A word for a person or an office (`Korban, Budi (40), ...`): the subject itself."""
    return any(word in words for words in (VOCAB.roles, VOCAB.offices, VOCAB.person_nouns))


def _often_enough(phrase: str, articles: int) -> bool:
    if articles >= 2 * MIN_ARTICLES and " " not in phrase:
        return True
    return articles >= MIN_ARTICLES and all(fold(w) in COMMON for w in phrase.split())


def main(paths: list[str]) -> None:
    seen: Counter[str] = Counter()
    articles = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                articles += 1
                seen.update({m.group(1) for m in OPENING.finditer(json.loads(line).get("text") or "")})
    kept = sorted(p for p, n in seen.items() if _often_enough(p, n) and not names_someone(p))
    # A phrase of the most words opens as a shorter one kept does (`Dalam kesempatan yang
    # sama`, as `Dalam hal ini`): not the first words of one story copied (`Pertimbangan ...`).
    shorter_firsts = {p.split()[0] for p in kept if len(p.split()) < MOST_WORDS}
    kept = [p for p in kept if len(p.split()) < MOST_WORDS or p.split()[0] in shorter_firsts]
    print("# Phrases that open a sentence before its subject (`Sementara itu, Budi")
    print("# mengatakan`), as written, matched whole with an optional comma after: those")
    print(f"# {articles} Indonesian news articles (Kompas.com and detik.com, 2025) set off by a")
    print(f"# comma at a sentence start in at least {MIN_ARTICLES} articles, less those naming who")
    print("# speaks or a role (`Ia menambahkan`, `Menurutnya`, `Korban`). Built by")
    print("# scripts/sentence_openers.py (counts")
    print("# only, no corpus text); one phrase a line.")
    for p in kept:
        print(p)


if __name__ == "__main__":
    main(sys.argv[1:])
