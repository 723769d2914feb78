"""Benchmark corpus: N varied, Kompas-length articles made from the texts the project has.

The sources are the bundled sample (data/sample/), or the seed article in
../shared/seed when the sample is missing, plus ../shared/eval/*.jsonl when a
shared/ folder sits beside the checkout. Each generated article:

* starts from one source article; a short one is followed by the body of
  another, until the article is about ``TARGET_BYTES`` long, and a long one is
  cut at a sentence end outside any quotation;
* has the names of the people quoted in it (as the extractor finds them in the
  source) replaced, consistently within the article, by generated
  Indonesian-looking names, so that speakers do not collapse into a handful;
* has its numbers changed (years stay plausible years) and a few common words
  swapped for synonyms, so that quotes differ too;
* may have two adjacent paragraphs without quotations swapped;
* keeps every quotation mark and cue as the source has them, so extraction
  works on it as on the source;
* gets a unique ``id``, a ``source`` among a few outlets and a ``date`` spread
  over a few years.

Articles are written one JSON line at a time: the corpus is never held in memory.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

TARGET_BYTES = 3000  # Kompas-length
MIN_BYTES = 2400  # shorter than this: another article's body follows
MAX_BYTES = 3400  # longer than this: cut at a sentence end

OUTLETS = ("Kompas", "ANTARA", "Tempo", "detikNews", "CNN Indonesia", "Republika", "Liputan6")
FIRST_DAY = _dt.date(2019, 1, 1)
DAYS = (_dt.date(2024, 12, 31) - FIRST_DAY).days + 1

# Given names the extractor knows as given names (data/common_names.txt) come
# first in a generated name, so that a name after a title is read as it was in
# the source; these few are special there (honorifics, Balinese birth order,
# the `Muhammad ...` rule) and are left out.
NOT_GIVEN = {"raden", "ratu", "made", "putu", "muhammad", "nur", "nurul", "sri", "tri", "dwi", "eka"}

FAMILY_NAMES = """
Abdullah Adiputra Afandi Akbar Alamsyah Ardiansyah Aritonang Armansyah Asmara Azhari Baharuddin Batubara
Budiman Darmawan Daulay Effendi Fadillah Firmansyah Ginting Gunadi Gunawan Habibie Hakim Halim Hamzah
Handoko Harahap Hardiansyah Harianja Haryanto Hasibuan Hendrawan Hermawan Hidayat Hutagalung Hutapea
Ibrahim Irawan Iskandar Ismail Jatmiko Junaedi Kartika Kurniawan Kusnadi Kusuma Lubis Mahendra Maulana
Munandar Mulyadi Mulyono Nababan Nainggolan Nasution Nugraha Nugroho Panjaitan Pangaribuan Permana
Prabowo Pranoto Prasetyo Purba Purnomo Purwanto Rahardjo Rahman Ramadhan Rangkuti Rusdi Saputra Sembiring
Setiadi Siahaan Sihombing Simanjuntak Simatupang Siregar Situmorang Subagyo Sudarsono Sugiarto Suherman
Sulistyo Sumarno Supriatna Suryadi Susanto Sutanto Syahputra Tambunan Tanjung Utomo Wibisono Wibowo
Wicaksono Widjaja Wijaya Winata Yulianto Zulkarnain
""".split()

# Family names made of syllables: Su-har-yanto, Pra-wi-ningsih, ...
HEADS = "Su Har Wi Pra Ku Se Pur Ma Ra Sa Di Ha Yu Ri Bu Ad Nu Ir Sy Te Ja Mu Ro Ca".split()
MIDDLES = ("", "ri", "wa", "di", "ya", "na", "ja", "to", "man", "har", "sa", "la", "ma", "ti", "no", "ra", "si")
TAILS = "to no yanto wati ningsih man di yah sih wan yono jaya sari putra ti na diono tomo rini sono".split()

# Common words with a near-synonym: each occurrence is kept or swapped at random.
SYNONYMS = {
    "sangat": "amat", "amat": "sangat",
    "harus": "mesti", "mesti": "harus",
    "bisa": "dapat", "dapat": "bisa",
    "segera": "lekas",
    "besar": "tinggi",
    "banyak": "sejumlah",
    "masyarakat": "warga", "warga": "masyarakat",
    "mendesak": "penting",
    "cukup": "memadai",
    "bahwa": "kalau",
    "saat": "ketika", "ketika": "saat",
    "hanya": "cuma",
    "sudah": "telah", "telah": "sudah",
    "juga": "pula",
    "agar": "supaya", "supaya": "agar",
    "namun": "tetapi",
}

APOSTROPHES = "'\u2019\u2018\u02bc`"
QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
SENTENCE_END = re.compile(r"[.!?][" + QUOTE_MARKS + r"\u2019')]*(?=\s+[" + QUOTE_MARKS + r"A-Z0-9(])")
PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")


# ---------------------------------------------------------------------------
# Sources


@dataclass
class Source:
    """One source article, cut into paragraphs, with the words to vary in it."""

    paragraphs: list[str]
    title: str | None
    dateline: str  # the dateline prefix of the first paragraph, '' if none
    given: set[str] = field(default_factory=set)  # name words that open a speaker's name
    family: set[str] = field(default_factory=set)  # the other words of speakers' names
    alias: dict[str, str] = field(default_factory=dict)  # a short form (Risma) -> the name word it shortens (Rismaharini)
    pattern: re.Pattern | None = None  # names, numbers and synonyms, in one alternation


def source_files(root: Path = ROOT, shared: Path | None = SHARED) -> list[Path]:
    """The files the corpus is made from, in a fixed order."""
    sample = root / "data" / "sample"
    files = sorted(sample.glob("*.jsonl")) + sorted(sample.glob("*.txt")) if sample.is_dir() else []
    if shared is not None:
        if not files and (shared / "seed").is_dir():
            files = sorted((shared / "seed").glob("*.txt"))
        files += sorted((shared / "eval").glob("*.jsonl"))
    return files


def _records(path: Path) -> Iterator[dict]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    if isinstance(record.get("text"), str) and record["text"].strip():
                        yield record
    else:
        yield {"text": path.read_text(encoding="utf-8")}


def load_sources(files: list[Path]) -> list[Source]:
    """Each distinct source text, prepared for variation."""
    from quotebook import extract

    from quotebook import meta

    skip = _not_name_words()
    seen: set[str] = set()
    sources = []
    for path in files:
        for record in _records(path):
            text = record["text"].replace("\r\n", "\n").strip()
            digest = hashlib.sha1(text.encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            paragraphs = [p.strip() for p in PARAGRAPHS.split(text) if p.strip()]
            dateline = _dateline(paragraphs[0], meta)
            source = Source(paragraphs, record.get("title") or None, dateline)
            mentions = set()
            for quote in extract(text):
                for i, word in enumerate((quote.speaker or "").split()):
                    if _name_word(word, skip):
                        single = len(quote.speaker.split()) == 1
                        (source.given if i == 0 and not single else source.family).add(_fold(word.strip(".,")))
                for word in (quote.speaker_mention or "").split():
                    if _name_word(word, skip):
                        mentions.add(_fold(word.strip(".,")))
            source.family -= source.given
            names = source.given | source.family
            for word in mentions - names:
                full = [n for n in names if n.startswith(word) and len(word) >= 4]
                if full:
                    source.alias[word] = min(full)
                else:
                    source.family.add(word)
            source.pattern = _pattern(source.given | source.family | set(source.alias))
            sources.append(source)
    if not sources:
        raise SystemExit("no source articles: data/sample/ is missing and no ../shared/seed beside the checkout")
    return sources


def _not_name_words() -> set[str]:
    from quotebook import lexicon

    words: set[str] = set()
    for name in ("honorifics", "ranks", "places", "offices", "roles", "titles", "not_names", "pronouns", "cues"):
        try:
            words |= {_fold(w) for entry in lexicon.entries(name) for w in entry.split()}
        except (FileNotFoundError, OSError):
            pass
    return words


def _name_word(word: str, skip: set[str]) -> bool:
    word = word.strip(".,")
    if len(word) < 3 or not word[0].isupper() or _fold(word) in skip:
        return False
    return all(ch.isalpha() or ch == "-" or ch in APOSTROPHES for ch in word)


def _dateline(first: str, meta) -> str:
    for _name, pattern in meta.dateline_formats():
        found = pattern.match(first)
        if found:
            return first[: found.end()]
    return ""


def _fold(word: str) -> str:
    return re.sub("[" + APOSTROPHES + "]", "'", word).lower()


def _pattern(names: set[str]) -> re.Pattern:
    """Name words (as written or in capitals), synonyms, dates and numbers, in one alternation."""

    def literal(word: str) -> str:
        return "".join("[" + APOSTROPHES + "]" if ch == "'" else re.escape(ch) for ch in word)

    variants = {v for name in names for v in (name[:1].upper() + name[1:], name.upper())}
    words = sorted(variants, key=len, reverse=True)
    name_part = "|".join(map(literal, words)) or "(?!)"
    synonyms = "|".join(sorted({v for w in SYNONYMS for v in (w, w.capitalize())}, key=len, reverse=True))
    return re.compile(
        r"\b(?:(?P<name>" + name_part + r")|(?P<syn>" + synonyms + r"))\b(?![" + APOSTROPHES + r"])"
        r"|(?P<date>(?<!\d)\d{1,2}(?P<sep>[ \t]*[/.-][ \t]*)\d{1,2}(?P=sep)(?:19|20)\d\d(?!\d))"
        r"|(?P<num>\d+)"
    )


# ---------------------------------------------------------------------------
# Names


def given_names() -> list[str]:
    from quotebook import lexicon

    try:
        common = [w for w in lexicon.entries("common_names") if w.isalpha() and w.lower() not in NOT_GIVEN]
    except (FileNotFoundError, OSError):
        common = []
    return [w.capitalize() for w in common] or ["Budi", "Agus", "Dewi", "Rina", "Eko", "Joko", "Siti", "Wahyu"]


def family_name(rng: random.Random, avoid: set[str]) -> str:
    while True:
        if rng.random() < 0.4:
            name = rng.choice(FAMILY_NAMES)
        else:
            name = rng.choice(HEADS) + rng.choice(MIDDLES) + rng.choice(TAILS)
        if name.lower() not in avoid:
            return name


# ---------------------------------------------------------------------------
# Articles


class Builder:
    """Makes article after article from the sources, deterministically for a seed."""

    def __init__(self, sources: list[Source], seed: int = 4):
        self.sources = sources
        self.rng = random.Random(seed)
        self.given = given_names()
        self.avoid = {g.lower() for g in self.given} | _not_name_words()
        self.hashes: set[bytes] = set()

    def article(self, number: int) -> dict:
        for _attempt in range(20):
            text, title = self._compose()
            digest = hashlib.blake2b(text.encode(), digest_size=12).digest()
            if digest not in self.hashes:
                self.hashes.add(digest)
                break
        day = FIRST_DAY + _dt.timedelta(days=self.rng.randrange(DAYS))
        return {
            "id": f"bench-{number:07d}",
            "source": self.rng.choice(OUTLETS),
            "date": day.isoformat(),
            "title": title,
            "text": text,
        }

    def _compose(self) -> tuple[str, str]:
        rng = self.rng
        first = rng.choice(self.sources)
        pieces = [(first, p) for p in _shuffled(first.paragraphs, rng)]
        size = sum(len(p.encode()) + 2 for _, p in pieces)
        used = 1
        while size < MIN_BYTES and used < 8:
            other = rng.choice(self.sources)
            body = list(other.paragraphs)
            body[0] = body[0][len(other.dateline):]
            for p in _shuffled(body, rng):
                pieces.append((other, p))
                size += len(p.encode()) + 2
            used += 1
        # Cut to length before varying: varying is the costly part.
        kept, size = [], 0
        for source, p in pieces:
            room = MAX_BYTES - size
            n = len(p.encode()) + 2
            if n > room:
                if room > 300 or not kept:
                    p = _trim(p, room)
                    if p:
                        kept.append((source, p))
                break
            kept.append((source, p))
            size += n
        names: dict[str, str] = {}
        numbers: dict[str, str] = {}
        swaps = {word: rng.random() < 0.5 for word in SYNONYMS}
        text = "\n\n".join(self._vary(source, p, names, numbers, swaps) for source, p in kept)
        title = self._vary(first, first.title, names, numbers, swaps) if first.title else _headline(text, first.dateline)
        return text, title

    def _vary(self, source: Source, text: str, names: dict, numbers: dict, swaps: dict) -> str:
        rng = self.rng

        def replace(m: re.Match) -> str:
            word = m.group()
            if m.group("date") is not None:
                sep = m.group("sep")
                day = FIRST_DAY + _dt.timedelta(days=rng.randrange(DAYS))
                return f"{day.day}{sep}{day.month}{sep}{day.year}"
            if m.group("num") is not None:
                return numbers.setdefault(word, _number(word, rng))
            if m.group("syn") is not None:
                lower = word.lower()
                if not swaps.get(lower):
                    return word
                new = SYNONYMS[lower]
                return new.capitalize() if word[0].isupper() else new
            key = _fold(word)
            key = source.alias.get(key, key)
            new = names.get(key)
            if new is None:
                new = rng.choice(self.given) if key in source.given else family_name(rng, self.avoid)
                names[key] = new
            return new.upper() if word.isupper() and len(word) > 1 else new

        return source.pattern.sub(replace, text)


def _number(digits: str, rng: random.Random) -> str:
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return str(rng.randint(2015, 2024))
    if len(digits) <= 2:  # days, months, small counts: keep them small
        return str(rng.randint(1, 28)) if digits.strip("0") else digits
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))


def _shuffled(paragraphs: list[str], rng: random.Random) -> list[str]:
    """The paragraphs, with one pair of adjacent body paragraphs holding no quotation swapped now and then."""
    out = list(paragraphs)
    if len(out) > 3 and rng.random() < 0.5:
        i = rng.randrange(1, len(out) - 1)
        if not any(ch in QUOTE_MARKS for ch in out[i] + out[i + 1]):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _trim(text: str, limit: int) -> str:
    """The text cut at the last sentence end, outside quotations, that keeps it within LIMIT bytes."""
    if len(text.encode()) <= limit:
        return text
    best = None
    marks = 0
    position = 0
    size = 0
    for m in SENTENCE_END.finditer(text):
        piece = text[position : m.end()]
        marks += sum(piece.count(q) for q in QUOTE_MARKS)
        size += len(piece.encode())
        position = m.end()
        if size > limit:
            break
        if marks % 2 == 0:
            best = m.end()
    if best is None:  # no sentence end outside a quotation: cut at a paragraph end, else at the limit
        cut = text.rfind("\n\n", 0, limit)
        best = cut if cut > 0 else len(text.encode()[:limit].decode("utf-8", "ignore"))
    return text[:best].rstrip()


def _headline(text: str, dateline: str) -> str:
    words = text[len(dateline):].split()[:10]
    return " ".join(words).rstrip(".,;:")


def write_corpus(path: Path, count: int, *, seed: int = 4, files: list[Path] | None = None,
                 head_path: Path | None = None, head_count: int = 0) -> dict:
    """Write COUNT articles to PATH as JSON Lines (and the first HEAD_COUNT also to HEAD_PATH)."""
    sources = load_sources(files if files is not None else source_files())
    builder = Builder(sources, seed)
    total = 0
    head = head_path.open("w", encoding="utf-8") if head_path and head_count else None
    try:
        with path.open("w", encoding="utf-8") as out:
            for number in range(count):
                line = json.dumps(builder.article(number), ensure_ascii=False) + "\n"
                out.write(line)
                total += len(line.encode())
                if head is not None and number < head_count:
                    head.write(line)
    finally:
        if head is not None:
            head.close()
    return {"articles": count, "bytes": total, "sources": len(sources)}


def articles(count: int, *, seed: int = 4, files: list[Path] | None = None) -> Iterator[dict]:
    """COUNT generated articles, one at a time."""
    builder = Builder(load_sources(files if files is not None else source_files()), seed)
    for number in range(count):
        yield builder.article(number)


# ---------------------------------------------------------------------------
# Real articles: distinct copies of ../shared/corpus


def real_files(shared: Path | None = SHARED) -> list[Path]:
    """The real full-length articles in ../shared/corpus/*.jsonl (none without shared/)."""
    return sorted((shared / "corpus").glob("*.jsonl")) if shared is not None else []


def write_copies(path: Path, count: int, files: list[Path]) -> dict:
    """COUNT articles: the real articles of FILES in turn, each copy made distinct (its own id and url,
    and after the first round a last paragraph `(Salinan N)`, so its text has a hash of its own and is
    stored as a new article), written a line at a time."""
    records = [r for f in files for r in _records(f)]
    if not records:
        raise SystemExit(f"no real articles in {', '.join(map(str, files)) or '../shared/corpus'}")
    total = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            record = dict(records[number % len(records)])
            copy = number // len(records)
            if copy:
                record["id"] = f"{record.get('id') or record.get('url') or 'article'}~{copy}"
                record["url"] = None
                record["text"] = record["text"].rstrip() + f"\n\n(Salinan {copy})"
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            total += len(line.encode())
    return {"articles": count, "bytes": total, "sources": len(records)}
