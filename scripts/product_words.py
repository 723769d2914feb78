"""Build data/product_words.txt from a corpus of Indonesian articles.

A word is seen naming a product or a brand when an article writes it capitalised
right after a product noun (data/product_nouns.txt: `mobil Zavira`, `merek
Polytron`, `mobil Kalindra Zavira` gives both words) or right before a model code
(`Suzuki XL7`): quotebook's own reading, abstain.written_as_product, which leaves
out words known as names, roles, places or common words. A word counts once per
article, and the list keeps the words seen so in at least MIN_ARTICLES articles
and never written right after a cue verb or an honorific (`kata Budi`, `Pak
Budi`): no person's name. Lines whose 0-based number is a multiple of 5 are
skipped (held out). Only the derived words are written, never corpus text.

    python scripts/product_words.py /work/shared/corpus/*.jsonl > data/product_words.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from quotebook.extraction.abstain import PRODUCT_WORD, written_as_product
from quotebook.extraction.tokens import fold
from quotebook.extraction.vocabulary import VOCAB

MIN_ARTICLES = 2
HELD_OUT_EVERY = 5
# A capitalised word right after a cue verb or an honorific: a name.
BEFORE_NAME = sorted(VOCAB.cues | VOCAB.honorifics | {"menurut"}, key=len, reverse=True)
CAPITALISED = re.compile(rf"(?<![\w-]){PRODUCT_WORD}(?![\w-])")
NAMED = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, BEFORE_NAME))})\.?)[ \t]+([A-Z][a-z]+)")


def count(paths: list[str]) -> tuple[Counter, set[str]]:
    products: Counter = Counter()
    names: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % HELD_OUT_EVERY == 0:
                    continue
                text = json.loads(line).get("text") or ""
                words = set(CAPITALISED.findall(text))
                products.update({fold(w) for w in words if written_as_product(text, w)})
                names.update(m.group(1).lower() for m in NAMED.finditer(text))
    return products, names


def main(paths: list[str]) -> None:
    products, names = count(paths)
    print(f"# Words that Indonesian news articles (Kompas.com and detik.com, 2025, {len(paths)} files)")
    print("# write capitalised right after a product noun (data/product_nouns.txt: mobil Avanza,")
    print("# merek Polytron) or right before a model code (a brand: Suzuki XL7), in at least")
    print(f"# {MIN_ARTICLES} articles, and never right after a cue verb or an honorific (a name: kata Budi,")
    print("# Pak Budi). Built by scripts/product_words.py (counts only, no corpus text; articles")
    print("# on lines numbered a multiple of 5 from 0 held out); words known as names, roles,")
    print("# places or common words left out. One word a line, lower case.")
    for word in sorted(w for w, n in products.items() if n >= MIN_ARTICLES and w not in names):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1:])
