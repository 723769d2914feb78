"""Build data/place_words.txt, data/name_openers.txt and data/office_fields.txt
from a corpus of Indonesian articles.

A word is seen as a place when it is written capitalised right after a kind of
region (`Kota`, `Kabupaten`, `Kab.`, `Provinsi`, `Kecamatan`, `Desa`,
`Kelurahan`, `Pulau`) or after lower-case `di` or `warga`; it is seen opening a
name when it is written capitalised right after a cue verb or `menurut`
(`kata Budi`, `Menurut Budi`), a rank or an honorific (`Kombes Budi`,
`Pak Budi`; not `Jenderal` as part of an office: `Direktur Jenderal Pajak`);
it is seen naming an office's field when it is written capitalised right after
the head of an organisation (`Dinas`, `Kantor`, `Badan`, `Satgas`,
`Direktorat Jenderal`: `Kantor Imigrasi`, `Badan Gizi`, `Direktorat Jenderal
Pajak`) and is never seen opening a name nor as a place, nor listed as a name or
an honorific. Words that are themselves titles, offices, roles, ranks,
honorifics or kinds of place are left out. A word counts once per article, and
a list keeps the words seen so in at least MIN_ARTICLES articles. Only the
derived words are written, never corpus text.

    python scripts/place_and_name_words.py places /work/shared/corpus/*.jsonl > data/place_words.txt
    python scripts/place_and_name_words.py openers /work/shared/corpus/*.jsonl > data/name_openers.txt
    python scripts/place_and_name_words.py fields /work/shared/corpus/*.jsonl > data/office_fields.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

from quotebook import lexicon
from quotebook.extraction.titles import jenderal_of_office

MIN_ARTICLES = 2
TOKEN = re.compile(r"[^\s\"\u201c\u201d,;:()]+|[,;:()\"\u201c\u201d]")
REGION_KINDS = {"kota", "kabupaten", "kab", "provinsi", "kecamatan", "desa", "kelurahan", "pulau"}
PLACE_AFTER_LOWER = {"di", "warga"}
# The heads of organisations named by their field (`Dinas Kesehatan`, `Kantor Imigrasi`).
ORGANISATION_HEADS = lexicon.words("organisation_heads")


def _single(name: str) -> set[str]:
    return {e.lower().rstrip(".") for e in lexicon.entries(name) if " " not in e}


CUES = lexicon.words("cues") | {"menurut"}
BEFORE_NAME = _single("ranks") | _single("honorifics")
NOT_COUNTED = (
    _single("titles") | _single("offices") | _single("roles") | _single("ranks") | _single("honorifics")
    | _single("place_kinds") | _single("institution_kinds") | _single("region_kinds") | REGION_KINDS
    | lexicon.words("months") | lexicon.words("pronouns")
)
# Common words, left out of places and openers (a field may be one: `Badan Gizi`).
LOWER_CASE = lexicon.words("lower_case_words")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and word.replace("-", "").replace("'", "").isalpha()


def kind_of(before: str, prev: str, word: str) -> str | None:
    """'place', 'opener' or 'field' for `word` written after `before` and `prev`, else None."""
    if not _capitalised(word) or word.lower() in NOT_COUNTED:
        return None
    key = prev.rstrip(".").lower()
    office_jenderal = prev == "Jenderal" and jenderal_of_office(before)
    if prev[:1].isupper() and (key in ORGANISATION_HEADS or office_jenderal):
        return "field"
    if word.lower() in LOWER_CASE:
        return None
    if (key in REGION_KINDS and prev[:1].isupper()) or prev in PLACE_AFTER_LOWER:
        return "place"
    if (key in CUES and (prev.islower() or key == "menurut")) or (key in BEFORE_NAME and prev[:1].isupper()):
        return "opener"
    return None


def count(paths: list[str]) -> dict[str, Counter]:
    seen: dict[str, Counter] = {"place": Counter(), "opener": Counter(), "field": Counter()}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                found: set[tuple[str, str]] = set()
                for para in text.split("\n"):
                    tokens = TOKEN.findall(para)
                    for before, prev, word in zip(["", *tokens], tokens, tokens[1:]):
                        kind = kind_of(before, prev, word)
                        if kind:
                            found.add((kind, word.lower()))
                for kind, word in found:
                    seen[kind][word] += 1
    return seen


HEADERS = {
    "place": "seen as a place name (capitalised right after Kota, Kabupaten, Kab., Provinsi,\n"
             "# Kecamatan, Desa, Kelurahan, Pulau, or lower-case di or warga)",
    "opener": "seen opening a name (capitalised right after a cue verb or menurut, a rank or\n"
              "# an honorific: kata Budi, Menurut Budi, Kombes Budi, Pak Budi)",
    "field": "seen naming an office's field (capitalised right after Dinas, Kantor, Badan,\n"
             "# Satgas, Direktorat Jenderal ...: Kantor Imigrasi, Direktorat Jenderal Pajak),\n"
             "# never seen opening a name, not a place (place_words.txt),\n"
             "# no listed name, honorific or point of the compass,",
}
# Words a field may not be: names, honorifics (`Badan Haji` is no title before `Haji Rudi`),
# points of the compass (`Timur Kapadze`).
NOT_FIELDS = (
    lexicon.words("given_names") | lexicon.words("common_names") | lexicon.words("first_names")
    | _single("honorifics") | lexicon.words("compass_words")
)


def main(args: list[str]) -> None:
    which, paths = {"places": "place", "openers": "opener", "fields": "field"}[args[0]], args[1:]
    seen = count(paths)
    if which == "field":
        # (a word seen once opening a name counts against it)
        places = {w for w, n in seen["place"].items() if n >= MIN_ARTICLES}
        others = set(seen["opener"]) | places | NOT_FIELDS
        seen["field"] = Counter({w: n for w, n in seen["field"].items() if w not in others})
    print(f"# Words that Indonesian news articles (Kompas.com and detik.com, 2025, {len(paths)} files)")
    print(f"# {HEADERS[which]}")
    print(f"# in at least {MIN_ARTICLES} articles. Built by scripts/place_and_name_words.py (counts only,")
    print("# no corpus text); titles, offices, roles, ranks, honorifics, kinds of place and")
    print("# common lower-case words left out. One word a line, lower case." if which != "field" else
          "# (not common lower-case words: `Badan Gizi`) left out. One word a line, lower case.")
    for word in sorted(w for w, n in seen[which].items() if n >= MIN_ARTICLES):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1:])
