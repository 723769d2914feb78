"""Build data/lower_case_words.txt from a corpus of Indonesian articles.

For every word, count how often the corpus writes it in mid-sentence (after
another word, not after a sentence end, a quote mark, a colon or a paragraph
start) in lower case and how often capitalised. A word that is nearly always
lower case there (or, seen a few times, never capitalised there) is a common
word: capitalised at the start of a sentence
(`Hanya saja`, `Unggahan di media sosial`, `Kedatangan Deka`) it opens no
name. Only the derived counts are written, never corpus text.

    python scripts/word_case.py /work/shared/corpus/*.jsonl > data/lower_case_words.txt

With --usually, the looser list of words written in lower case in most of their
mid-sentence uses (`kebun`, `lelang`, `sinar`: common words that also open the
names of places and firms), for data/common_words.txt:

    python scripts/word_case.py --usually /work/shared/corpus/*.jsonl > data/common_words.txt

With --mostly, the loosest list, down to rare words (`kisruh`, `polemik`): written in
lower case in mid-sentence at least twice and in most of their mid-sentence uses, for
data/mostly_lower_words.txt; it counts only the articles not held out (those whose
0-based line number is not a multiple of 5):

    python scripts/word_case.py --mostly /work/shared/corpus/*.jsonl > data/mostly_lower_words.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
# What may stand between two words of one sentence: spaces, commas, a dash, parentheses.
MID_GAP = re.compile(r"[ \t,()\-\u2013\u2014]*")
MIN_LOWER = 20  # seen at least this often in lower case mid-sentence
MIN_SHARE = 0.95  # and at least this share of its mid-sentence uses
# Or seen at least this often in lower case mid-sentence and never capitalised there: a
# rarer common word (`terlepas`) that opens a sentence as often as it stands inside one.
MIN_NEVER_UPPER = 5
USUAL_SHARE = 0.7  # with --usually: most of its mid-sentence uses
MOSTLY_MIN_LOWER = 2  # with --mostly: seen at least this often in lower case mid-sentence
HELD_OUT_EVERY = 5  # with --mostly: the lines whose 0-based number is a multiple of this are skipped


def count(paths: list[str], skip_held_out: bool = False) -> tuple[Counter, Counter, int]:
    lower: Counter = Counter()
    upper: Counter = Counter()
    articles = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if skip_held_out and i % HELD_OUT_EVERY == 0:
                    continue
                text = json.loads(line).get("text") or ""
                articles += 1
                for para in text.split("\n"):
                    prev_end = None
                    for m in WORD.finditer(para):
                        word = m.group()
                        mid = prev_end is not None and MID_GAP.fullmatch(para, prev_end, m.start()) is not None
                        prev_end = m.end()
                        if not mid or not word[:1].isalpha():
                            continue
                        key = word.lower()
                        if word[:1].islower():
                            lower[key] += 1
                        elif not word.isupper() or len(word) == 1:
                            upper[key] += 1
    return lower, upper, articles


def main(paths: list[str]) -> None:
    mostly = "--mostly" in paths
    usually = "--usually" in paths or mostly
    paths = [p for p in paths if p not in ("--usually", "--mostly")]
    share = USUAL_SHARE if usually else MIN_SHARE
    least = MOSTLY_MIN_LOWER if mostly else MIN_LOWER
    lower, upper, articles = count(paths, skip_held_out=mostly)
    kept = sorted(
        w for w, n in lower.items()
        if n >= least and n / (n + upper[w]) >= share or not usually and n >= MIN_NEVER_UPPER and not upper[w]
    )
    print(f"# Words that {articles} Indonesian news articles (Kompas.com and detik.com, 2025)")
    print(f"# write in lower case in mid-sentence at least {least} times and at least")
    if mostly:
        print(f"# {share:.0%} of their mid-sentence uses: common words, rare ones too, so a capitalised one")
        print("# opening a sentence before the word the article calls a speaker by (`Kisruh Budi")
        print("# dengan ...`, later `kata Budi`) opens no name. The articles held out (0-based line")
        print("# number a multiple of 5) not counted. Built by scripts/word_case.py --mostly (counts only,")
    elif usually:
        print(f"# {share:.0%} of their mid-sentence uses: usually common words, so a capitalised one")
        print("# opening a run after a role (`warga Kebun Lelang Rudi`) names a place, not the")
        print("# person. Built by scripts/word_case.py --usually (counts only,")
    else:
        print(f"# {share:.0%} of their mid-sentence uses, or at least {MIN_NEVER_UPPER} times and never capitalised")
        print("# there: common words, so one capitalised at the")
        print("# start of a sentence opens no name. Built by scripts/word_case.py (counts only,")
    print("# no corpus text); one word a line, lower case.")
    for w in kept:
        print(w)


if __name__ == "__main__":
    main(sys.argv[1:])
