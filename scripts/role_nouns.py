"""List candidate role nouns for data/roles.txt from a corpus of Indonesian articles.

A role noun names what a person is (`pebalap`, `komedian`, `kader`): Indonesian
counts people with `seorang`, `salah seorang` and `para`, so a lower-case word
after one of them is a noun for people; one the corpus also writes next to a
name (`Pebalap Ducati, Marc ...`, `Budi Santoso, kader partai ...`, `Budi
Santoso (40) pebalap ...`) is a role a title may open with. The script prints
the words not yet in the lists of roles, offices, words for a person or
relations, with both counts; a person reads them and adds to data/roles.txt the
ones that name a role (not `diri` in `seorang diri`, nor words for a whole group
such as `jajaran`). Only counts are printed, never corpus text. Lines whose
0-based number is a multiple of 5 are skipped (held out).

    python scripts/role_nouns.py /work/shared/corpus/*.jsonl
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from quotebook.extraction.vocabulary import VOCAB

COUNTED = re.compile(r"\b(?:[Ss]eorang|[Ss]alah seorang|[Pp]ara)[ \t]+([a-z][a-z\-]+)")
NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)+"
# The word before a name: in lower case inside a sentence, or capitalised opening one,
# with up to three lower-case words of its field before the name (`pengamat politik X`).
BEFORE_NAME = re.compile(
    r"(?:(?<=[a-z,] )([a-z][a-z\-]+)|(?:^|(?<=\. ))([A-Z][a-z\-]+))(?: [a-z][a-z\-]+){0,3},? " + NAME, re.M
)
# The word after a name set off by a comma or an age (`X, kader ...`, `X (40) pebalap ...`).
AFTER_NAME = re.compile(NAME + r",? (?:\(\d+\),? )?(?:seorang |salah seorang |salah satu )?([a-z][a-z\-]+)")
MIN_COUNTED = 2  # seen after a word counting people at least this often
MIN_NEAR = 2  # and next to a name at least this often
HELD_OUT_EVERY = 5


def count(paths: list[str]) -> tuple[Counter, Counter]:
    counted: Counter = Counter()
    near: Counter = Counter()
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for i, line in enumerate(f):
                if i % HELD_OUT_EVERY == 0:
                    continue
                text = json.loads(line).get("text") or ""
                counted.update(m.group(1) for m in COUNTED.finditer(text))
                near.update((m.group(1) or m.group(2)).lower() for m in BEFORE_NAME.finditer(text))
                near.update(m.group(1) for m in AFTER_NAME.finditer(text))
    return counted, near


def main(paths: list[str]) -> None:
    counted, near = count(paths)
    known = VOCAB.roles | VOCAB.offices | VOCAB.person_nouns | VOCAB.relational_roles
    print("# word\tafter seorang/para\tnext to a name")
    for word, n in counted.most_common():
        if n >= MIN_COUNTED and near[word] >= MIN_NEAR and word not in known:
            print(f"{word}\t{n}\t{near[word]}")


if __name__ == "__main__":
    main(sys.argv[1:])
