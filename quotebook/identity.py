"""Who is who: the rules that decide whether two names are one person.

Pure functions over names, titles and article text; the store applies them
(``quotebook.store``) and keeps what they found with the article that gave it.

- ``speaker_key``: the identity of one spelling (`KH Ma’ruf Amin` = `Ma'ruf Amin`).
- ``split_role``: a role, rank or role abbreviation in front of a name is
  never part of it (`Mensos Risma` is Risma, title Mensos).
- ``alias_links``: the links an article states between a full name and a
  short form (`Joko Widodo (Jokowi)`, `X alias Y`, `X atau Y`, `akrab disapa Y`,
  `Munafri 'Appi' Arifuddin`).
- ``join_evidence``: whether a short form and a full name are one person, and
  why: a stated link, the name words in order, or a nickname of the name with
  the same office. A one-word name never joins a longer one by name alone.
- ``homonyms``: two people with the same one-word name and different places or roles.
- ``best_title``: the fullest recent title of a speaker, noise left out.
- ``closest``: the speakers nearest to a name that matches none (rapidfuzz).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, Sequence

from . import lexicon

# ---------------------------------------------------------------------------
# Names and keys


APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> list[str]:
    """Lower-case words without accents; apostrophes join (Ma'ruf = Maruf), other marks split."""
    if text.isascii():
        return NOT_WORD.sub(" ", APOSTROPHES.sub("", text.casefold())).split()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return NOT_WORD.sub(" ", APOSTROPHES.sub("", text)).split()


def _phrases(*names: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(e)) for name in names for e in lexicon.entries(name) if fold(e))


@cache
def _honorifics() -> frozenset[tuple[str, ...]]:
    return _phrases("honorifics", "ranks")


@cache
def abbreviations() -> dict[str, str]:
    """Role abbreviation (folded, one word) -> the role written out: `mensos` -> `Menteri Sosial`."""
    out = {}
    for entry in lexicon.entries("role_abbreviations"):
        short, long = re.split(r"\s{2,}", entry, maxsplit=1)
        out["".join(fold(short))] = long.strip()
    return out


@cache
def _expansions() -> dict[str, str]:
    """Role and organisation abbreviations (folded) -> their long forms, for comparing titles."""
    out = dict(abbreviations())
    for entry in lexicon.entries("organisation_abbreviations"):
        short, long = re.split(r"\s{2,}", entry, maxsplit=1)
        out["".join(fold(short))] = long.strip()
    return out


@cache
def _role_openers() -> frozenset[tuple[str, ...]]:
    """Words that open a role, rank or honorific in front of a name."""
    return _phrases("offices", "honorifics", "ranks") | {(a,) for a in abbreviations()}


@cache
def _title_words() -> frozenset[str]:
    """Words that continue a role (`Sosial`, `Kota`, `Jawa`): organisation and place words, not name words."""
    words = set(lexicon.words("titles")) | _place_words()
    words -= lexicon.words("name_words") | lexicon.words("given_names") | lexicon.words("common_names")
    words -= lexicon.words("first_names")
    return frozenset(words)


@cache
def _place_words() -> frozenset[str]:
    return frozenset(w for p in _phrases("places") for w in p)


def _lead(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> int:
    """How many of the first words make one of the phrases (longest first); 0 if none."""
    for size in (3, 2, 1):
        if len(words) >= size and tuple(words[:size]) in phrases:
            return size
    return 0


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """The identity of a speaker's name: `KH Ma’ruf Amin, M.A.` -> `maruf amin`.

    Case, accents and apostrophes do not count, nor do honorifics and ranks in
    front of the name or degrees after a comma. A name is never cut down to nothing.
    """
    words = fold(name.split(",")[0])
    while len(words) > 1:
        size = _lead(words, _honorifics())
        if not size or size >= len(words):
            break
        words = words[size:]
    return " ".join(words)


def split_role(name: str) -> tuple[str, str]:
    """(bare name, role) of a name as extracted: `Mensos Tri Rismaharini` -> (`Tri Rismaharini`, `Mensos`).

    Roles, ranks, honorifics and role abbreviations in front of the name go to
    the role, and so do the organisation and place words right after a role
    (`Gubernur Jawa Barat Ridwan Kamil`). A name that is nothing but a role
    (`Kapolda Metro Jaya`) leaves an empty name.
    """
    written = name.split()
    folded = ["".join(fold(w)) for w in written]  # `K.H.` -> `kh`, `Menpan-RB` -> `menpanrb`
    i, after_role = 0, False
    while i < len(written):
        size = _lead(folded[i:], _role_openers())
        if size:
            i, after_role = i + size, True
        elif not folded[i] or (after_role and (folded[i] in _title_words() or folded[i] in STOPWORDS)):
            i += 1
        elif after_role and folded[i] in lexicon.words("name_words"):
            i += 1  # `Jaksa Agung`, `Kapolda Metro Jaya`: a name word right after a role stays in it
        else:
            break
    if i and all(w in lexicon.words("titles") or w in _place_words() for w in folded[i:]):
        i = len(written)  # `Kapolda Metro Jaya`: the role and its place, no name
    while len(written) - i > 2 and folded[i] in _title_words():
        i += 1  # `RI Joko Widodo`: the end of a role the extractor left in front (two name words stay)
    bare = " ".join(written[i:]).strip(" ,")
    return bare, " ".join(written[:i]).strip(" ,")


# ---------------------------------------------------------------------------
# Titles and offices

STOPWORDS = frozenset({"dan", "di", "dari", "pada", "yang", "untuk", "bidang", "the", "of", "and", "se", "ri", "republik"})
# A time phrase the title ran into: `..., hari ini`, `..., Senin (12/4)`, `... hari ini`
# (a day's name only after a comma: `Pasar Minggu` is a place).
TIME_TAIL = re.compile(
    r"(?:,\s*(?:hari ini|kemarin|tadi\b.*|pada\b.*|(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b.*|\(\d.*)"
    r"|\s+(?:hari ini|kemarin))$",
    re.IGNORECASE,
)


DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'-]+,\s*")  # `JAKARTA, Presiden`: the dateline the title ran into


@lru_cache(maxsize=8192)
def expand_title(title: str) -> str:
    """Role abbreviations written out: `Mensos` -> `Menteri Sosial`, `Kapolda Papua` -> `Kepala Kepolisian Daerah Papua`."""
    table = _expansions()
    return " ".join(table.get("".join(fold(w)), w) for w in title.split())


@lru_cache(maxsize=8192)
def clean_title(title: str | None) -> str | None:
    """A title without the time phrase the extractor may leave at its end
    (`Kepala Dinas Perhubungan DKI Jakarta, hari ini`); None where no role is left (`Keamanan`)."""
    if not title:
        return None
    title = DATELINE_HEAD.sub("", TIME_TAIL.sub("", title.strip())).strip(" ,;:-")
    words = set(fold(expand_title(title)))
    if words & (lexicon.words("offices") | lexicon.words("roles")):
        return title
    folded = fold(title)
    # A rank of two words or more (`Komisaris Besar`), not a lone word of one (`Besar`).
    pairs = {tuple(folded[i : i + size]) for size in (2, 3) for i in range(len(folded) - size + 1)}
    return title if pairs & _phrases("ranks") else None


@lru_cache(maxsize=8192)
def _office(title: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(core words, modifiers) of a title that names an office; None for a title with no office word."""
    words = [w for w in fold(expand_title(title)) if w not in STOPWORDS]
    offices = lexicon.words("offices")
    if not any(w in offices for w in words):
        return None
    modifiers = lexicon.words("office_modifiers")
    generic = set(lexicon.words("titles")) | offices
    core = frozenset(w for w in words if w in generic and w not in modifiers)
    return core, frozenset(w for w in words if w in modifiers)


def same_office(a: str, b: str) -> bool:
    """`Mensos` and `Menteri Sosial (Mensos)`, `Presiden` and `Presiden Republik Indonesia`:
    one names the other's office, with the same modifiers (a Wakil Presiden is not the Presiden)."""
    oa, ob = _office(a), _office(b)
    if oa is None or ob is None or oa[1] != ob[1]:
        return False
    return oa[0] <= ob[0] or ob[0] <= oa[0]


def shared_office(a_titles: Iterable[str], b_titles: Iterable[str]) -> str | None:
    """A title of A that names the same office as one of B's, else None."""
    b_titles = list(b_titles)
    for a in a_titles:
        if any(same_office(a, b) for b in b_titles):
            return a
    return None


def offices_conflict(a_titles: Iterable[str], b_titles: Iterable[str]) -> bool:
    """Both hold offices and none of them is the same."""
    a_office = [t for t in a_titles if _office(t)]
    b_office = [t for t in b_titles if _office(t)]
    return bool(a_office and b_office) and shared_office(a_office, b_office) is None


@lru_cache(maxsize=8192)
def _context(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """(role words, place and organisation names) of a title: `pedagang sayur di Pasar Baru Bogor`
    -> ({pedagang}, {baru, bogor})."""
    roles = set(lexicon.words("offices")) | set(lexicon.words("roles"))
    role_words, names = set(), set()
    for written, word in ((w, " ".join(fold(w))) for w in expand_title(title).split()):
        if word in roles:
            role_words.add(word)
        elif written[:1].isupper() and word not in lexicon.words("place_nouns") and word not in STOPWORDS:
            names.add(word)
    return frozenset(role_words), frozenset(names)


def homonyms(a_titles: Iterable[str], b_titles: Iterable[str]) -> bool:
    """Two people who share a one-word name: both have titles, and no title of one
    fits one of the other (a different role, or the same role in another place)."""
    a_titles, b_titles = [t for t in a_titles if t], [t for t in b_titles if t]
    if not a_titles or not b_titles:
        return False
    for a in a_titles:
        ra, na = _context(a)
        for b in b_titles:
            rb, nb = _context(b)
            if (not ra or not rb or ra & rb) and (not na or not nb or na & nb):
                return False
    return True


@dataclass(frozen=True)
class TitleSeen:
    title: str
    quotes: int = 1
    last_seen: str | None = None


def best_title(titles: Iterable[TitleSeen]) -> str | None:
    """The fullest recent title: the most recent one's fullest statement.

    Noise (`Keamanan`, a time phrase) is left out. Of the titles seen last,
    the one held in most quotes; then, among all titles whose words include
    it (`Presiden` in `Presiden Republik Indonesia`), the longest.
    """
    clean = [(c, t) for t in titles if (c := clean_title(t.title))]
    if not clean:
        return None
    latest = max(clean, key=lambda ct: (ct[1].last_seen or "", ct[1].quotes, len(ct[0])))[0]
    words = set(fold(expand_title(latest)))
    fuller = [c for c, _ in clean if words <= set(fold(expand_title(c)))]
    return max(fuller, key=lambda c: (len(fold(c)), c == latest))


# ---------------------------------------------------------------------------
# Aliases stated in articles


@dataclass(frozen=True)
class Link:
    """An article's statement that ALIAS is a name of NAME."""

    name: str
    alias: str
    how: str
    context: str


NAME_WORD = r"[A-Z][\w'’.-]*"
ALIAS = rf"({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
ALIAS_CUES = tuple((how, re.compile(cue)) for how, cue in (
    # (how, pattern right after the name)
    ("(...)", rf"\s*\(\s*{ALIAS}\s*\)"),
    ("alias", rf",?\s+alias\s+{ALIAS}"),
    ("akrab disapa", rf",?\s+(?:atau\s+)?(?:yang\s+)?(?:akrab|biasa|kerap|lebih dikenal|dikenal)\s+(?:disapa|dipanggil|dengan sapaan|dengan nama|sebagai|dikenal)\s+{ALIAS}"),
    ("atau", rf",?\s+atau\s+{ALIAS}"),
))
QUOTE_MARKS = "'‘’\"“”"


def alias_links(text: str, names: Iterable[str]) -> list[Link]:
    """The links TEXT states between full names and short forms or aliases, for
    the given NAMES (the article's speakers) as the full name (`Joko Widodo
    (Jokowi)` for Joko Widodo) or as the alias (the same for Jokowi).

    An alias that is a role, an organisation's initials or the name itself is not a link.
    """
    links: dict[tuple[str, str], Link] = {}
    for name in names:
        found = _aliases_after(text, name) if len(name.split()) > 1 else []
        found += _full_names_before(text, name)
        for full, how, alias, context in found:
            alias = alias.strip(" .,")
            if _plausible_alias(full, alias):
                links.setdefault((full, alias), Link(full, alias, how, context))
    return list(links.values())


def _aliases_after(text: str, name: str) -> list[tuple[str, str, str, str]]:
    """(name, how, alias, context) for each alias the text gives right after NAME, or inside it."""
    found = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        for how, cue in ALIAS_CUES:
            match = cue.match(text, end, end + 120)
            if match:
                found.append((name, how, match.group(1), text[start : match.end()]))
                break
        start = text.find(name, end)
    # `Munafri 'Appi' Arifuddin`: a nickname in quote marks inside the name.
    words = name.split()
    if any(f"{words[0]} {mark}" in text for mark in QUOTE_MARKS):
        inner = rf"{re.escape(words[0])}\s+[{QUOTE_MARKS}]({NAME_WORD})[{QUOTE_MARKS}]\s+{re.escape(' '.join(words[1:]))}"
        found += [(name, "'...'", m.group(1), m.group(0)) for m in re.finditer(inner, text)]
    return found


FULL_BEFORE = rf"((?:{NAME_WORD}\s+){{1,6}}{NAME_WORD})"


LINK_WORDS = re.compile(r"\(|\b(?:alias|atau|disapa|dipanggil|sapaan|nama|sebagai|dikenal)\b", re.IGNORECASE)


def _full_names_before(text: str, alias: str) -> list[tuple[str, str, str, str]]:
    """(full name, how, alias, context) where the text gives a full name with ALIAS after it:
    `Presiden Joko Widodo (Jokowi)` gives Joko Widodo for Jokowi."""
    if len(alias.split()) > 2:
        return []
    found = []
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        # Only where a bracket or a word that links names comes just before: a short window, searched from its end.
        if LINK_WORDS.search(text, max(0, start - 40), start) and not text[end : end + 1].isalnum():
            offset = max(0, start - 160)
            window = text[offset : end + 3]
            for how, pattern in BEFORE_CUES:
                match = next((m for m in pattern.finditer(window) if m.end(2) + offset == end), None)
                if match and (match.group(2) == alias or match.group(2).endswith(" " + alias)):  # this very mention
                    full = _bare_full_name(match.group(1))
                    if 2 <= len(full.split()) <= 5:
                        found.append((full, how, alias, match.group(0)))
                    break
        start = text.find(alias, end)
    return found


# The cues with a full name before the alias, which may follow an honorific
# (`Saifullah Yusuf atau Gus Ipul` for Ipul).
BEFORE_CUES = tuple(
    (how, re.compile(FULL_BEFORE + cue.pattern.replace(ALIAS, rf"((?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})")))
    for how, cue in ALIAS_CUES
)


def _bare_full_name(run: str) -> str:
    """The name in a capitalised run: `Kemarin Presiden Joko Widodo` -> `Joko Widodo`."""
    words = split_role(run)[0].split()
    while words and fold(words[0]) and fold(words[0])[0] in lexicon.words("not_names"):
        words = words[1:]  # a sentence's first word is no name
    return split_role(" ".join(words))[0]


def _plausible_alias(name: str, alias: str) -> bool:
    bare, role = split_role(alias)
    key = speaker_key(bare)
    if not bare or not key or key == speaker_key(name) or len(key.split()) > 2:
        return False
    if any(w in _title_words() or w in lexicon.words("not_names") for w in key.split()):
        return False
    letters = bare.replace(".", "")
    # An initialism is a link only where it is the initials of the name (`Bambang Adi Santoso (BAS)`).
    if letters.isupper() and len(letters) > 1:
        return short_form(key, speaker_key(name)) == "the initials"
    return True


# ---------------------------------------------------------------------------
# Evidence that two names are one person


def short_form(short: str, full: str) -> str | None:
    """How the key SHORT can stand for the longer key FULL, or None:
    `sri mulyani` / `sri mulyani indrawati` the name words in order; `risma` /
    `tri rismaharini` a shortened name word; `jokowi` / `joko widodo` a
    nickname made of the name's words; `bas` / `bambang adi santoso` the initials."""
    s, f = short.split(), full.split()
    if not s or len(s) >= len(f):
        return None
    if len(s) > 1:
        it = iter(f)
        return "the name words in order" if all(w in it for w in s) else None
    word = s[0]
    if word in f:
        return "one of the name words"
    if len(word) >= 4 and any(w.startswith(word) for w in f):
        return "a shortened name word"
    if len(word) >= 2 and word == "".join(w[0] for w in f):
        return "the initials"
    for i, head in enumerate(f[:-1]):
        for cut in range(2, len(head) + 1):
            rest = word[cut:]
            if word.startswith(head[:cut]) and len(rest) >= 2 and any(w.startswith(rest) for w in f[i + 1 :]):
                return "a nickname made of the name words"
    return None


@dataclass(frozen=True)
class Person:
    """A speaker as the identity rules see it."""

    name: str
    key: str
    titles: tuple[str, ...] = ()


def join_evidence(short: Person, full: Person, stated: str | None = None) -> str | None:
    """Why SHORT (a short form or alias) is FULL, or None where the evidence is not enough.

    A link an article states (``stated``, a sentence naming the article) is
    enough unless their offices differ; a name of two words or more whose words
    come in order in FULL is enough unless their offices or roles differ; a one-word name
    needs, beside its form, the same office as FULL.
    """
    if offices_conflict(short.titles, full.titles):
        return None
    if stated:
        return stated
    form = short_form(short.key, full.key)
    if form is None:
        return None
    office = shared_office(short.titles, full.titles)
    if len(short.key.split()) > 1:
        if homonyms(short.titles, full.titles):
            return None
        return form + (f"; both {office}" if office else "")
    if office:
        return f"{form}; both {office}"
    return None


def suggestion(a: Person, b: Person) -> str | None:
    """Why A and B may be one person, where the rules did not make them one: a
    short form without an office in common, or a spelling a letter or two apart
    (`Rahmat`/`Rachmat`). None when nothing points to it."""
    from rapidfuzz.distance import Levenshtein

    if a.key == b.key or offices_conflict(a.titles, b.titles) or homonyms(a.titles, b.titles):
        return None
    short, full = sorted((a, b), key=lambda p: len(p.key.split()))
    form = short_form(short.key, full.key)
    if form and form != "the initials":
        office = shared_office(short.titles, full.titles)
        return form + (f"; both {office}" if office else "")
    if len(a.key.split()) == len(b.key.split()) and Levenshtein.distance(a.key, b.key) <= max(1, len(a.key) // 8):
        office = shared_office(a.titles, b.titles)
        if office or len(a.key.split()) > 1:
            return "spelled nearly alike" + (f"; both {office}" if office else "")
    return None


def closest(name: str, choices: dict[int, str], limit: int = 5) -> list[int]:
    """The ids of the names in CHOICES nearest to NAME (accents, case and word order do not count)."""
    from rapidfuzz import fuzz, process

    query = " ".join(fold(name))
    if len(query) > 200:
        return []  # no speaker's name is that long
    folded = {i: " ".join(fold(n)) for i, n in choices.items()}
    found = process.extract(query, folded, scorer=fuzz.token_sort_ratio, limit=limit, score_cutoff=75)
    return [key for _, _, key in found]
