"""The extractor scored on annotated (gold) articles: the rules of the shared score.py.

A gold file is JSON Lines, one article a line::

    {"id": "...", "source": "outlet", "text": "...", "quotes": [
        {"quote": "...", "speaker": "Full Name" | null, "aliases": [...]?,
         "title": "role as the article states it" | null,
         "optional": true?, "speaker_unverified": true?}]}

The rules are those of the scorer the project is measured with (score.py
beside the dev sets), so that the numbers are the same: quotes are bags of
lower-cased word tokens, and a found quote matches a gold quote of the same
article when their token F1 is at least 0.75, one to one, best pairs first. A
speaker is right when its name, honorifics and academic suffixes dropped,
equals the gold speaker's or one of its aliases. An ``optional`` gold quote
costs nothing when missed and a match to it is neither right nor spurious; a
``speaker_unverified`` one counts for precision and recall only.

``quotebook evaluate`` (quotebook/evaluate.py) is the command over these.
"""
from __future__ import annotations

import gzip
import io
import re
import sys
import unicodedata
import zlib
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field, fields
from functools import cache
from typing import BinaryIO, cast

from . import lexicon
from .articles import SNIFF_BYTES, SourceError, decode
from .jsonl import json_kind, json_records, parsed_json
from .paths import absent
from .sources import GZIP_MAGIC, NOT_GZIPPED, not_gzipped, sniff_format

MATCH = 0.75
OVERALL = "overall"
COLUMNS = (
    "outlet", "articles", "gold", "predicted", "matched", "precision", "recall", "quote_f1",
    "speaker_acc", "named_prec", "title_f1", "e2e_f1",
)

WORD = re.compile(r"\w+", re.UNICODE)
MARK_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").translate(MARK_FOLD)


def tokens(text: str | None) -> Counter:
    return Counter(t.lower() for t in WORD.findall(fold(text).replace("'", "")))


def token_f1(gold: Counter, found: Counter) -> float:
    common = sum((gold & found).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


@cache
def degrees() -> re.Pattern:
    """Academic and professional suffixes after a comma (data/score_degrees.txt): "Budi Santoso, S.H., M.Si."."""
    starts = "|".join(re.escape(d) for d in lexicon.entries("score_degrees"))
    return re.compile(rf",\s*(?:(?:{starts})[\w.()]*\.?\s*,?\s*)+$")


def norm_name(name: str | None) -> str:
    """A speaker's name as it is compared: lower case, no honorifics, no academic suffixes."""
    if not name:
        return ""
    name = degrees().sub("", fold(name).strip())
    words = [w for w in re.split(r"[\s.,]+", name.lower().replace("'", "")) if w]
    honorifics = lexicon.words("score_honorifics")
    while words and words[0] in honorifics:
        words = words[1:]
    return " ".join(words)


def match(gold: list[dict], found: list[dict], threshold: float = MATCH) -> list[tuple[int, int]]:
    """(gold index, found index) pairs: token F1 >= threshold, one to one, best pairs first."""
    gold_tokens = [tokens(q.get("quote", "")) for q in gold]
    found_tokens = [tokens(q.get("quote", "")) for q in found]
    candidates = sorted(
        ((token_f1(g, f), i, j) for i, g in enumerate(gold_tokens) for j, f in enumerate(found_tokens)),
        reverse=True,
    )
    used_gold, used_found, pairs = set(), set(), []
    for f1, i, j in candidates:
        if f1 < threshold:
            break
        if i in used_gold or j in used_found:
            continue
        used_gold.add(i)
        used_found.add(j)
        pairs.append((i, j))
    return pairs


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


@dataclass
class Tally:
    """The counts behind the scores of a set of articles."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    unverified_gold: int = 0
    unverified_matched: int = 0
    named: int = 0
    named_right: int = 0
    gave_name: int = 0  # matched quotes the extractor put a name on
    gave_name_right: int = 0
    end_to_end_right: int = 0
    title_scores: list[float] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def row(self, outlet: str) -> dict:
        """The scores, rounded to four places as score.py rounds them; None where there is nothing to measure."""
        precision, recall = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        e2e_precision = _ratio(self.end_to_end_right, self.predicted - self.unverified_matched)
        e2e_recall = _ratio(self.end_to_end_right, self.gold - self.unverified_gold)
        return {
            "outlet": outlet,
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": precision,
            "recall": recall,
            "quote_f1": _f1(precision, recall),
            "speaker_acc": _ratio(self.named_right, self.named),
            "named_prec": _ratio(self.gave_name_right, self.gave_name),
            "title_f1": _ratio(sum(self.title_scores), len(self.title_scores)),
            "e2e_f1": _f1(e2e_precision, e2e_recall),
        }


def score_article(gold: list[dict], found: list[dict], threshold: float = MATCH) -> Tally:
    """The tally of one article: its gold quotes against the quotes found in it."""
    pairs = match(gold, found, threshold)
    matched_gold = {i for i, _ in pairs}
    optional = {i for i, g in enumerate(gold) if g.get("optional")}
    pairs = [(i, j) for i, j in pairs if i not in optional]
    tally = Tally(
        articles=1,
        gold=len(gold) - len(optional),
        predicted=len(found) - len(optional & matched_gold),
        matched=len(pairs),
        unverified_gold=sum(1 for i, g in enumerate(gold) if g.get("speaker_unverified") and i not in optional),
    )
    for i, j in pairs:
        g, f = gold[i], found[j]
        if g.get("speaker_unverified"):
            tally.unverified_matched += 1
            continue
        if g.get("speaker"):
            names = {norm_name(g["speaker"])} | {norm_name(a) for a in g.get("aliases") or []}
            right = norm_name(f.get("speaker")) in names
            tally.named += 1
            tally.named_right += right
            if g.get("title"):
                tally.title_scores.append(token_f1(tokens(g["title"]), tokens(f.get("title"))))
        else:
            right = not f.get("speaker")
        if f.get("speaker"):
            tally.gave_name += 1
            tally.gave_name_right += right
        tally.end_to_end_right += right
    return tally


def score(articles, threshold: float = MATCH) -> list[dict]:
    """One row per outlet, by name, then the overall row, for (outlet, gold quotes, found quotes) of each article."""
    overall = Tally()
    by_outlet: dict[str, Tally] = {}
    for outlet, gold, found in articles:
        tally = score_article(gold, found, threshold)
        overall.add(tally)
        by_outlet.setdefault(outlet, Tally()).add(tally)
    return [by_outlet[name].row(name) for name in sorted(by_outlet, key=str.casefold)] + [overall.row(OVERALL)]


# ---------------------------------------------------------------------------
# Gold files


@dataclass
class GoldArticle:
    origin: str  # path:line
    text: str
    source: str | None
    quotes: list[dict]


NO_QUOTES = 'no "quotes" list'


class GoldError(Exception):
    """A gold file or line that cannot be scored; the message names it."""


def _gold_article(line: str, where: str) -> GoldArticle:
    record, problem = parsed_json(line)
    if problem:
        raise GoldError(f"{where}: not a JSON object: {problem}")
    return _gold_record(record, where)


def _gold_record(record: object, where: str) -> GoldArticle:
    if not isinstance(record, dict):
        raise GoldError(f"{where}: expected a JSON object, found {json_kind(record)}")
    if not isinstance(record.get("text"), str):
        raise GoldError(f'{where}: no "text" string')
    quotes = record.get("quotes")
    if not isinstance(quotes, list):
        raise GoldError(f"{where}: {NO_QUOTES}")
    for n, quote in enumerate(quotes, 1):
        if not isinstance(quote, dict) or not isinstance(quote.get("quote"), str):
            raise GoldError(f'{where}: quote {n} has no "quote" text')
    source = record.get("source")
    return GoldArticle(where, record["text"], str(source) if source not in (None, "") else None, quotes)


def _unpacked(fh: BinaryIO) -> io.BufferedReader:
    """The file as it can be peeked at, unpacked as it is read if it is gzipped."""
    buffered = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, fh))
    if buffered.peek(2)[:2] == GZIP_MAGIC:
        return cast(io.BufferedReader, gzip.GzipFile(fileobj=buffered, mode="rb"))
    return buffered


def _gold_lines(fh: io.BufferedReader, name: str) -> tuple[list[GoldArticle], list[str]]:
    """The articles of a gold file of JSON Lines, and one message for each line that cannot be read."""
    articles: list[GoldArticle] = []
    errors: list[str] = []
    for n, raw in enumerate(fh, 1):
        where = f"{name}:{n}"
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{where}: not UTF-8 text (byte {exc.start})")
            continue
        if not line.strip():
            continue
        try:
            articles.append(_gold_article(line, where))
        except GoldError as exc:
            errors.append(str(exc))
    return articles, errors


def _gold_document(data: bytes, name: str) -> tuple[list[GoldArticle], list[str]]:
    """The articles of a gold file that is one JSON document (an array of them, objects one after
    another, or one article object over several lines), and one message for each entry that
    cannot be read."""
    text, problem = decode(data)
    if text is None or problem:  # (a gold file is UTF-8 text, as its lines are: no guess at another encoding)
        return [], [f"{name}: {problem or 'not text'}"]
    articles: list[GoldArticle] = []
    errors: list[str] = []
    for found in json_records(text, name):  # (read as ingest reads a document: see jsonl.read_json_document)
        if isinstance(found, SourceError):
            errors.append(str(found))
            continue
        record, where, _ = found
        try:
            articles.append(_gold_record(record, where))
        except GoldError as exc:
            errors.append(str(exc))
    return articles, errors


def read_gold(path: str) -> tuple[list[GoldArticle], list[str]]:
    """The articles of one gold file (JSON Lines, or one JSON document; gzipped or not), and
    one message for each line or entry (or the file) that cannot be read."""
    name = path if path != "-" else "<stdin>"
    if path != "-" and (problem := absent(path)):
        return [], [f"{path}: {problem}"]
    try:
        with open(path, "rb") if path != "-" else nullcontext(sys.stdin.buffer) as raw:
            fh = _unpacked(raw)
            if sniff_format(fh.peek(SNIFF_BYTES)[:SNIFF_BYTES]) == "json":
                articles, errors = _gold_document(fh.read(), name)
            else:
                articles, errors = _gold_lines(fh, name)
    except IsADirectoryError:
        return [], [f"{path}: is a directory, not a gold file"]
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        return [], [f"{path}: damaged gzip data: {exc}"]
    except OSError as exc:
        return [], [f"{path}: cannot read: {exc.strerror}"]
    if not articles and not errors:
        errors.append(f"{path}: no articles in it")
    elif not articles and all(e.endswith(NO_QUOTES) for e in errors):
        # (articles to extract from, not an annotated set: one line says so, not one per article)
        errors = [f"{name}: not an annotated set: no line has a \"quotes\" list (quotebook extract or ingest "
                  "reads articles without one)"]
    elif not articles and path.lower().endswith(".gz") and not_gzipped(path):
        errors = [f"{path}: {NOT_GZIPPED}"]  # (as ingest says it, not an error a line)
    return articles, errors
