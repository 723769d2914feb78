"""The extraction core: direct quotes in one Indonesian news article, with speakers.

Text in, ``Quote`` records out, no I/O. The work goes in four steps, each a
function below:

1. ``layout``: split the text into paragraphs and mark the ones that carry
   no reported words (``Baca juga:`` lines, credits, a headline, site chrome).
2. ``quote_spans``: pair the quote marks of every kind into spans, joining a
   quote that runs over several paragraphs into one.
3. ``cue_after``, ``cue_before``, ``stands_alone``: read the cue next to each
   span (``," kata X``, ``X mengatakan, "``, ``X: "``) or, for a span that
   stands alone, the context around it (``_context_events``); a span with
   neither a cue nor a sentence of its own (a name or a term in quote marks)
   is dropped.
4. ``parse_mention`` and ``People``: every person the article names, split into
   title and bare name, with the fullest form of the name and the fullest
   title, so that ``kata Imron`` becomes Imron Fatoni, Kepala Cabang
   BPJAMSOSTEK Semarang Majapahit.

All patterns are linear: no nested quantifiers over the same characters.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, islice
from typing import Sequence

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from . import lexicon
from .model import Quote

# ---------------------------------------------------------------------------
# Lexicons and the patterns built from them (once per process)

# Per-process caches of pure functions of one word or one phrase. They are
# bounded to fill within the first thousand articles or so, so that
# a worker's memory is the same for ten thousand articles as for a million.
TOKEN_CACHE = 1 << 13
PHRASE_CACHE = 1 << 12
QUOTE_MARK_CHARS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"


def one_of(chars: str, then: str = "") -> str:
    r"""The pattern `[chars]then`, written as the alternatives `c1then|c2then|...`.

    Python's re skips fast over a text (one test per character) only to the
    places where an alternative opens with a literal character; an
    alternative that opens with a class, a group or `\b` makes it try the
    whole pattern at every position. The patterns run over whole texts are
    therefore written with literal openings, built with this. Two lookbehinds
    then stand in for what would have come before the literal: `(?<=\s.)`
    (the character before it is a space) and `(?<!\w.)` (a word starts
    with it, as `\b` before it would say)."""
    return "|".join(re.escape(c) + then for c in chars)


# A run of the same mark counts once (`""`, a stray `''`), so a text made of
# marks costs one step, not one per mark: `([marks])\1*|''+`.
QUOTE_MARK = re.compile(f"({one_of(QUOTE_MARK_CHARS)}|'(?='))\\1*")
OPENING_GLYPHS = "\u201c\u201e\u201f\u00ab"
CLOSING_GLYPHS = "\u201d\u00bb"
APOSTROPHES = "'\u2019\u2018`"
WORD = re.compile(r"[^\W_][\w'\u2019\u2018.\-/&]*")
SENTENCE_END = ".!?\u2026"


@dataclass(frozen=True)
class Lexicon:
    cues: frozenset
    cue_pattern: re.Pattern
    reporting: frozenset
    reporting_pattern: re.Pattern
    pronouns: frozenset
    honorifics: frozenset
    ranks: frozenset
    titles: frozenset
    roles: frozenset
    determiners: tuple
    not_names: frozenset
    places: frozenset
    offices: frozenset
    name_words: frozenset
    given_names: frozenset
    first_names: frozenset
    common_names: frozenset
    lower_case: frozenset
    chrome: re.Pattern


@cache
def lex() -> Lexicon:
    cues = lexicon.words("cues")
    reporting = lexicon.words("reporting_verbs")
    pronouns = lexicon.words("pronouns")
    cue_alt = "|".join(sorted(cues, key=len, reverse=True))
    # After the closing mark: optional comma or dash, then the cue verb, with
    # -nya or a pronoun or a speaker phrase after it.
    cue_pattern = re.compile(
        rf"[ \t]*[,.]?[ \t]*(?:[\u2013\u2014-][ \t]*)?(?P<cue>{cue_alt})(?P<nya>nya)?\b",
        re.IGNORECASE,
    )
    reporting_alt = "|".join(sorted(reporting, key=len, reverse=True))
    reporting_pattern = re.compile(rf"\b(?P<verb>{reporting_alt})\b")
    rank_words = frozenset(w.lower() for entry in lexicon.entries("ranks") for w in entry.split())
    chrome = re.compile(
        "|".join(f"(?:{p})" for p in lexicon.entries("chrome")), re.IGNORECASE
    )
    return Lexicon(
        cues=cues,
        cue_pattern=cue_pattern,
        reporting=reporting,
        reporting_pattern=reporting_pattern,
        pronouns=pronouns,
        honorifics=frozenset(w.lower().rstrip(".") for w in lexicon.entries("honorifics")),
        ranks=rank_words,
        titles=lexicon.words("titles"),
        roles=lexicon.words("roles"),
        determiners=tuple(sorted(lexicon.words("determiners"), key=len, reverse=True)),
        not_names=lexicon.words("not_names"),
        places=lexicon.words("places"),
        offices=lexicon.words("offices"),
        name_words=lexicon.words("name_words"),
        given_names=lexicon.words("given_names"),
        first_names=lexicon.words("first_names"),
        common_names=lexicon.words("common_names"),
        # Common words by the corpus' evidence, less the names the lexicons list (`Lalu`).
        lower_case=lexicon.words("lower_case_words")
        - lexicon.words("given_names") - lexicon.words("common_names") - lexicon.words("first_names"),
        chrome=chrome,
    )


# ---------------------------------------------------------------------------
# 1. Layout


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    skip: bool  # carries no reported words: Baca juga, credits, headline, chrome


def layout(text: str) -> list[Paragraph]:
    """The article's non-empty lines, each a paragraph, with the ones to skip marked."""
    L = lex()
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start += lead
        end = start + len(stripped)
        skip = bool(L.chrome.match(stripped))
        paragraphs.append(Paragraph(len(paragraphs), start, end, skip))
    _skip_headline(text, paragraphs)
    return paragraphs


# The dateline that opens a news story: `Semarang (ANTARA) -`, `JAKARTA, KOMPAS.com -`,
# `Liputan6.com, Jakarta -`, `Jakarta, CNN Indonesia --`, `Jakarta -`, `medcom.id, Jakarta:`.
DATELINE = re.compile(
    r"(?:[A-Z][\w.]*|[a-z][\w]*\.(?:com|co\.id|id|co))(?:[ ,]+(?:[A-Z][\w.]*|\([\w .]{2,30}\)|[a-z]+\.(?:com|id)))"
    r"{0,4}\s*(?:--?|\u2013|\u2014)\s*\S"
    r"|[a-z][\w]*\.(?:com|co\.id|id)(?:, [A-Z]\w*)?\s*:\s*\S"
)


def _skip_headline(text: str, paragraphs: list[Paragraph]) -> None:
    """A first line with no sentence end, followed by more text, is a headline;
    and whatever stands above a dateline (a headline, a pull quote, chrome) is
    not the story."""
    if len(paragraphs) < 2:
        return
    for para in paragraphs[1:5]:
        if DATELINE.match(text, para.start, min(para.end, para.start + 80)):
            for above in paragraphs[: para.index]:
                above.skip = True
            return
    first = paragraphs[0]
    line = text[first.start : first.end]
    if line[-1] not in SENTENCE_END + ",\"\u201d" and len(line.split()) <= 25:
        first.skip = True


# ---------------------------------------------------------------------------
# 2. Quote spans


@dataclass(slots=True)
class Span:
    open_at: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close_end: int  # one past the closing mark (== end when unclosed)
    paragraph: int  # paragraph of the opening mark
    last_paragraph: int
    closed: bool


def _mark_role(text: str, at: int, length: int) -> str:
    """'open', 'close' or 'either', judged by what stands on each side of the mark."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + length] if at + length < len(text) else "\n"
    space_before = before.isspace() or before in "([{\u2014\u2013"
    space_after = after.isspace() or after in ",.;:!?)]}\u2026" or after in "\u2014\u2013"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    glyph = text[at]
    if glyph in OPENING_GLYPHS:
        return "open"
    if glyph in CLOSING_GLYPHS or length == 2:
        return "close"
    return "either"  # glued on both sides (`,"ucapnya`, `mengatakan,"Kami`): open or close by state


CUE_AFTER_MARK = re.compile(r"[a-z]+")


def _cue_follows(text: str, pos: int) -> bool:
    """Is the mark ending at pos glued to a cue verb (`”ujar Windhu`)? Then it closes."""
    word = CUE_AFTER_MARK.match(text, pos)
    return word is not None and (word.group() in lex().cues or word.group().endswith("nya"))


def _nested_opens(text: str, marks: list[tuple[int, int]], i: int) -> bool:
    """Inside a quote, does the opening-looking mark i open a quote within it?

    Not when a cue verb follows it (`ekonomi, ”ujar Windhu`: a closing mark
    with a space before it); otherwise only when a closing mark follows soon
    (a slogan or a title inside speech is short) and another after that
    closes the outer quote.
    """
    at, length = marks[i]
    if _cue_follows(text, at + length) or len(marks) - i < 3:
        return False
    nxt_at, nxt_len = marks[i + 1]
    return nxt_at - at <= 200 and _mark_role(text, nxt_at, nxt_len) != "open"


def quote_spans(text: str, paragraphs: list[Paragraph]) -> list[Span]:
    """Pair quote marks into spans, paragraph by paragraph.

    A quote left open at the end of a paragraph goes on into the next one when
    that paragraph opens with a quote mark (the convention for quotes over
    several paragraphs); otherwise it ends with its paragraph.
    """
    spans: list[Span] = []
    current: Span | None = None
    depth = 0
    live = [p for p in paragraphs if not p.skip]
    for n, para in enumerate(live):
        marks = [(m.start(), m.end() - m.start()) for m in QUOTE_MARK.finditer(text, para.start, para.end)]
        first_mark = 0
        if current is not None:
            if marks and marks[0][0] == para.start:
                first_mark = 1  # the mark that reopens a continued quote
            else:
                spans.append(current)
                current = None
                depth = 0
        for i in range(first_mark, len(marks)):
            at, length = marks[i]
            role = _mark_role(text, at, length)
            if current is None:
                if role != "close" and not _cue_follows(text, at + length):
                    current = Span(at, at + length, para.end, para.end, para.index, para.index, False)
                    depth = 1
                continue
            if role == "open" and _nested_opens(text, marks, i):
                depth += 1  # a quote inside the quote: it belongs to the outer one
                continue
            depth -= 1
            if depth > 0:
                continue
            current.end, current.close_end, current.closed = at, at + length, True
            current.last_paragraph = para.index
            spans.append(current)
            current = None
        if current is not None:
            current.end = current.close_end = para.end
            current.last_paragraph = para.index
            depth = 1
            nxt = live[n + 1] if n + 1 < len(live) else None
            if nxt is None or not QUOTE_MARK.match(text, nxt.start):
                spans.append(current)
                current = None
                depth = 0
    if current is not None:
        spans.append(current)
    return [s for s in spans if text[s.start : s.end].strip()]


# ---------------------------------------------------------------------------
# 4. People: mentions of a person, and the article's table of them


@lru_cache(maxsize=TOKEN_CACHE)
def fold(token: str) -> str:
    """A token as compared: lower case, one apostrophe style, no final period."""
    return token.translate(APOSTROPHE_FOLD).rstrip(".").lower()


APOSTROPHE_FOLD = str.maketrans({a: "'" for a in APOSTROPHES[1:]})


def _is_upper_start(token: str) -> bool:
    return token[:1].isupper()


@lru_cache(maxsize=TOKEN_CACHE)
def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Words that introduce the name after a role: `warga bernama Sinta`, `pria berinisial AS`.
NAMING_WORDS = frozenset({"bernama", "berinisial", "namanya"})
# Words naming a kind of place: a single capitalised word after one is its name.
PLACE_KINDS = frozenset(
    "kelurahan desa kecamatan kabupaten kota dusun kampung jalan jl pasar perumahan provinsi kawasan gang "
    "rt rw pulau gunung sungai danau pantai teluk selat terminal stasiun bandara pelabuhan "
    "candi masjid gereja pura vihara klenteng museum gedung stadion kampus taman hotel".split()
)
# Institutions named by the word after them (`Universitas Tadulako`, `Institut Pertanian`).
INSTITUTION_KINDS = frozenset("universitas institut politeknik akademi sekolah stikes stie stiki".split())
ROMAN = re.compile(r"[IVXL]+")
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "da", "dos", "el", "al", "la", "di"})


@lru_cache(maxsize=TOKEN_CACHE)
def _name_like(token: str) -> bool:
    """Could this token be part of a person's name?"""
    L = lex()
    if not _is_upper_start(token):
        return False
    key = fold(token)
    if key in L.name_words:
        return True
    if (
        key in L.titles or key in L.places or key in L.not_names or key in L.ranks
        or key in L.honorifics or key in L.roles or key in L.cues or key in L.reporting
    ):
        return False
    if _is_acronym(token) and len(token.rstrip(".")) > 1:
        return False
    if any(ch.isdigit() for ch in token):
        return False
    if CAMEL_CASE.search(token):
        return False  # a product or brand: `GeNose`, `GoPay`
    if len(key) >= 8 and key.endswith("nya"):
        return False  # a common word with -nya opening a sentence: `Tujuannya`, `Sebelumnya`
    if "-" in key:
        first, _, second = key.partition("-")
        if second and first.endswith(second):
            return False  # a reduplicated common word: `Berkali-kali`
    return not (VERB_SHAPE.match(key) or NOUN_SHAPE.match(key) or key.startswith(ORG_PREFIXES))


CAMEL_CASE = regex.compile(r"\p{Ll}\p{Lu}")
# Contracted names of ministries and local governments: `Kemenperin`, `Pemkab`.
ORG_PREFIXES = ("kemen", "pemkab", "pemkot", "pemprov", "ditjen", "dinkes", "disdik", "dishub")
# Capitalised nouns made with pe-...-an opening a sentence (`Penanganan Covid`).
NOUN_SHAPE = re.compile(r"pe(?:n|m|ng|ny|r)?[a-z]{3,}an$")
# Capitalised verbs opening a sentence (`Diterangkan Arifin`, `Menurutnya`).
# A bare -an ending makes verbs only with ber- and per- (`Berdatangan`): a me-
# word ending in -an is a name (`Mediarman`).
VERB_SHAPE = re.compile(r"(?:di|me[mnr]?|ter)[a-z]{3,}(?:kan|i|nya)$|(?:ber|per)[a-z]{3,}(?:kan|an|i|nya)$")


@dataclass(slots=True)
class Mention:
    """A person as one place in the article writes them."""

    name: tuple[str, ...]  # name tokens, bare (no honorifics, ranks, degrees)
    title: str | None
    role_only: bool = False  # no name: `seorang warga`, `jaksa`
    pronoun: bool = False
    text: str = ""  # as written

    @property
    def name_text(self) -> str | None:
        return " ".join(self.name) if self.name else None


PARENS_AND_COMMAS = re.compile(r"[(),]")


def _split_segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, keeping commas inside parentheses."""
    if "(" not in phrase:
        return [s.strip() for s in phrase.split(",") if s.strip()]
    out, depth, start = [], 0, 0
    for m in PARENS_AND_COMMAS.finditer(phrase):  # only these characters matter
        i, ch = m.start(), m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(phrase[start:i])
            start = i + 1
    out.append(phrase[start:])
    return [s.strip() for s in out if s.strip()]


# An academic or professional degree written after a name: `S.H.`, `M.Si.`, `Ph.D`, `MBA`.
DEGREE = re.compile(r"(?:(?:[A-Z][a-zA-Z]{0,3}\.){1,3}[A-Za-z]{0,3}\.?|MBA|MM|MSc|MA|MH|SH|SE|PhD|SKom|SPd|MPd|MSi)")
PAREN = re.compile(r"\(([^()]*)\)")


def _segment_tokens(segment: str) -> tuple[list[str], bool]:
    """The words of one segment, parentheses kept as one token; and whether an age in
    parentheses follows a word (``Sutini (52)``), a strong sign of a name."""
    tokens: list[str] = []
    has_age = False
    pos = 0
    for m in PAREN.finditer(segment):
        tokens.extend(WORD.findall(segment[pos : m.start()]))
        inner = m.group(1).strip()
        if inner.isdigit():
            has_age = True
        elif inner:
            tokens.append(f"({inner})")
        pos = m.end()
    tokens.extend(WORD.findall(segment[pos:]))
    return [t if not t.endswith(".") or _keeps_period(t) else t.rstrip(".") for t in tokens], has_age


@lru_cache(maxsize=TOKEN_CACHE)
def _keeps_period(token: str) -> bool:
    """Initials and abbreviations keep their period (M., H., Dr.); a word does not."""
    if not token.endswith("."):
        return False
    core = token.rstrip(".")
    return len(core) <= 2 or "." in core or fold(core) in lex().honorifics


def _strip_determiners(words: list[str]) -> list[str]:
    L = lex()
    lowered = " ".join(words).lower()
    if not (lowered + " ").startswith(_determiners_spaced()):
        return words  # the common case, in one test
    for det in L.determiners:
        if lowered == det or lowered.startswith(det + " "):
            return words[len(det.split()) :]
    return words


@cache
def _determiner_heads() -> frozenset:
    return frozenset(det.split()[0] for det in lex().determiners)


@cache
def _determiners_spaced() -> tuple[str, ...]:
    return tuple(det + " " for det in lex().determiners)


def _name_run(tokens: list[str]) -> int:
    """Index where the trailing run of name tokens starts (len(tokens) if none).

    Short capitals inside or after a name belong to it (`Mahfud MD`, `Bambang
    PS Brodjonegoro`), and a name never starts with a title word that is also
    a name word right after an office (`Direktur Utama`, `Jaksa Agung`).
    """
    L = lex()
    i = len(tokens)
    while i > 0:
        t = tokens[i - 1]
        inner = i - 1 > 0 and _name_like(tokens[i - 2])
        if _name_like(t):
            i -= 1
        elif inner and i < len(tokens) and (fold(t) in NAME_PARTICLES or (t[:1].isupper() and fold(t) in L.cues)):
            i -= 1  # `Ahmad bin Salim`, `Gitadi Tegas Supramudyo`
        elif t in ("Al", "El") and i < len(tokens):
            i -= 1  # the Arabic article opening a name: `Al Chaidar`
        elif inner and _initials(t):
            i -= 1
        else:
            break
    while i < len(tokens) and i > 0 and fold(tokens[i]) in L.name_words and fold(tokens[i - 1]) in L.offices:
        i += 1
    if 1 < i < len(tokens) and _initials_after_rank(tokens[i - 1], tokens[i - 2]):
        i -= 1  # `Inspektur Jenderal RZ Panca Putra Simanjuntak`

    if 1 < i < len(tokens) and tokens[i - 1] == "Lalu" and tokens[i - 2][:1].isupper():
        i -= 1  # the Sasak name prefix after a title (`... Lombok Utara Lalu Kusnawan`), not the adverb
    return i


@lru_cache(maxsize=TOKEN_CACHE)
def _initials(token: str) -> bool:
    """Short capitals that belong to a name (`MD` in Mahfud MD, `RZ`), not an
    office, place, rank or roman numeral."""
    L = lex()
    key = fold(token)
    return (
        _is_acronym(token) and len(token) <= 3 and not ROMAN.fullmatch(token)
        and not (key in L.titles or key in L.places or key in L.honorifics or key in L.ranks)
    )


def _initials_after_rank(token: str, before: str) -> bool:
    L = lex()
    return (
        _initials(token) and fold(token) not in L.offices
        and (fold(before) in L.ranks or fold(before) in L.honorifics)
    )


@lru_cache(maxsize=PHRASE_CACHE)
def _segments(phrase: str) -> tuple[tuple[tuple[tuple[str, ...], int, bool], ...], int | None]:
    """The comma-separated parts of a speaker phrase, each as (words, where its
    name starts, whether an age follows), and which part holds the name. This
    part does not depend on the article, so it is computed once per phrase."""
    L = lex()
    segments = [seg for seg in _split_segments(phrase) if not DEGREE.fullmatch(seg)]
    parsed = [found for found in map(_segment, segments) if found is not None]
    # The segment with the name: one with an age beside it (`Sutini (52)`),
    # else one that is a name alone (`Fia, warga Simpang Mayang`), else one
    # with a name of two words or more, else the last with a name.
    # A part followed later by one opening with `dan` is an item of a list of
    # units (`..., Cipta Karya, dan Tata Ruang ... Iman Krestian`), not a name.
    list_from = next((i for i, (tokens, _, _) in enumerate(parsed) if i and fold(tokens[0]) in ("dan", "serta")), None)

    def rank(i: int):
        tokens, start, has_age = parsed[i]
        alone = all(fold(t) in L.ranks or fold(t) in L.honorifics for t in tokens[:start])
        in_list = list_from is not None and i < list_from
        # `Dedy, Kepala Peleton ..., Kebayoran Baru`: a name alone, then its role
        head = i == 0 and start == 0 and len(parsed) > 1 and _is_role_segment(parsed[1][0])
        return (has_age, head, alone and not in_list, len(tokens) - start >= 2, i)

    with_name = [i for i, (tokens, start, _) in enumerate(parsed) if start < len(tokens)]
    name_seg = max(with_name, key=rank) if with_name else None
    return tuple(parsed), name_seg


@lru_cache(maxsize=PHRASE_CACHE)
def _segment(seg: str) -> tuple[tuple[str, ...], int, bool] | None:
    """One comma-separated part of a speaker phrase as (words, where its name
    starts or len(words) when it has none, whether an age follows a word);
    None when it has no words. Cached apart from the phrase: the parts of a
    long subject clause come back in other clauses."""
    L = lex()
    tokens, has_age = _segment_tokens(seg)
    if not tokens:
        return None
    start = _name_run(tokens)
    prev = fold(tokens[start - 1]) if start > 0 else ""
    has_name = start < len(tokens)
    if has_name and start > 0 and tokens[start - 1][:1].isalpha() and not _is_upper_start(tokens[start - 1]):
        # `di Kantor PSSI`, `sekitar Tanggul Usman`: a place, not a name,
        # unless a role word stands before it (`jaksa Ali Mukartono`).
        if prev in ENGLISH_CONNECTORS:
            # `Network for Democracy and Electoral Integrity Ferry Kurnia Rizkiyansyah`
            # names a person after the English; `PT House of Rattan` does not.
            has_name = len(tokens) - start >= 3
        elif not (
            prev in L.roles or prev in L.titles or prev in L.ranks or prev in L.honorifics
            or prev in TITLE_CONNECTORS or prev in NAMING_WORDS
        ):
            has_name = False
    if has_name and len(tokens) - start == 1 and _is_acronym(tokens[-1]):
        has_name = False
    if has_name and len(tokens) - start == 1 and prev in PLACE_KINDS:
        has_name = False  # `warga Kelurahan Sukasari`: where, not who
    if has_name and prev in ("pihak", "kubu", "manajemen"):
        has_name = False  # `pihak Jouska`: the organisation speaking, not a person
    if has_name and len(tokens) - start == 3 and (prev in PLACE_KINDS or prev in INSTITUTION_KINDS):
        start += 1  # `Universitas Tadulako Hendra Wijaya`, `Kabupaten Karawang Yudi Prasetyo`
    if has_name and fold(tokens[start]) in PLACE_KINDS:
        # `pedagang Pasar Minggu`: a place, no name; in a longer run the
        # place comes first and the name after it.
        if len(tokens) - start <= 2:
            has_name = False
        else:
            start += 2
    return tuple(tokens), start if has_name else len(tokens), has_age


def parse_mention(phrase: str, evidence: "NameEvidence | None" = None) -> Mention | None:
    """Title and name from a phrase such as ``Kepala Cabang BPJAMSOSTEK Semarang
    Majapahit Imron Fatoni``, ``salah satu pedagang sayuran, Jonathan``,
    ``Sutini (52), pemilik toko``, ``seorang warga``.

    ``evidence`` tells where a run of capitalised words that could be place
    or name starts to be a name (see ``NameEvidence``). With it, a phrase is
    parsed once per article: the same name comes back at several cues.
    """
    if evidence is None:
        return _parse_mention(phrase, None)
    if phrase not in evidence.mentions:
        evidence.mentions[phrase] = _parse_mention(phrase, evidence)
    return evidence.mentions[phrase]


def _parse_mention(phrase: str, evidence: "NameEvidence | None") -> Mention | None:
    L = lex()
    phrase = phrase.strip(" ,;:-\u2013\u2014")
    if not phrase:
        return None
    parsed, name_seg = _segments(phrase)
    if not parsed:
        return None
    if name_seg is None:
        tokens = parsed[-1][0]
        if evidence and len(tokens) >= 2 and _surname_like_a_place(tokens[-2], tokens[-1], evidence):
            # `Direktur ... Panca Karya Rusdy Ambon`, called Rusdy: the place word is his surname
            title = " ".join(_strip_determiners(list(tokens[:-2]))) or None
            return Mention(tuple(tokens[-2:]), title, text=phrase)
        return _role_mention(phrase)

    tokens, start, _ = parsed[name_seg]
    name = tokens[start:]
    prefix = tokens[:start]
    # A capitalised run may hold the end of a place before the name: cut it at
    # the first token the article uses alone for a person.
    cut = 0
    if evidence and len(name) >= 2:
        cut = evidence.name_start(name, prefix[-1] if prefix else "", set_off=not prefix and name_seg > 0)
    if not cut and len(name) >= 3:  # (a name of one or two words has nothing to cut)
        def known(t: str) -> bool:
            key = fold(t)
            return key in L.given_names or key in L.common_names or bool(evidence and key in evidence.short)

        after_place = bool(prefix) and fold(prefix[-1]) in L.places  # `DKI Jakarta Cucu Ahmad Kurnia`
        cut = 0 if after_place else next(
            (k for k in range(1, len(name) - 1) if fold(name[k]) in L.first_names and not any(map(known, name[:k]))),
            0,
        )
        if (
            not cut and prefix and len(name) >= 3 and known(name[1]) and not known(name[0])
            and evidence is not None and evidence.independent(name[0], name[1])
        ):
            cut = 1  # `Etanee Herry Nugraha`: an organisation's last word, then the name
    if (
        not cut and prefix and len(name) > 3 and fold(name[0]) not in L.given_names
        and not (evidence and fold(name[0]) in evidence.cued)
        and not (fold(prefix[-1]) in L.ranks or fold(prefix[-1]) in L.honorifics)
    ):
        # At most three words of a long run are the name, unless the article
        # writes its first word alone after a cue or a rank stands right before it
        # (`Komisaris Besar Ade Ary Syam Indradi`).
        cut = len(name) - 3
    return _mention_with_name(phrase, cut)


@lru_cache(maxsize=PHRASE_CACHE)
def _mention_with_name(phrase: str, cut: int) -> Mention:
    """The rest of parse_mention once the article has told how many words of the
    name's run go to the title (cut): a function of the phrase and cut alone, so
    cached. The Mention is shared by every article that asks; nothing changes it."""
    L = lex()
    parsed, found = _segments(phrase)
    assert found is not None  # only called for a phrase with a name
    name_seg = found
    tokens, start, _ = parsed[name_seg]
    name = tokens[start:]
    prefix = tokens[:start]
    if cut:
        prefix, name = prefix + name[:cut], name[cut:]
    ranks: list[str] = []
    kept: list[str] = []
    for tok in prefix:
        key = fold(tok)
        if key in L.honorifics and not (key in L.titles and kept):
            continue
        if key in L.ranks and key not in ("tni", "polri") or (key in ("pol", "tni") and ranks):
            ranks.append(tok)
            continue
        kept.append(tok)
    # The title starts at its first office or role word (`Pengasuh Pondok ...`),
    # else at its first organisation word (`Corporate Communications PT ...`).
    opens = next((i for i, t in enumerate(kept) if _opens_title(t)), None)
    if opens is None:
        opens = next((i for i, t in enumerate(kept) if fold(t) in L.titles or t.startswith("(")), len(kept))
    kept = kept[opens:]
    while kept and fold(kept[-1]) in NAMING_WORDS:
        kept.pop()  # `warga bernama Sinta`: the role is `warga`
    title_parts = []
    # Keep the role segments right before the name segment; when the name
    # segment ends a list of units (`..., Kelautan, dan Pertanian ... Suharini`),
    # the whole list back to its office word.
    in_list = fold(tokens[0]) in ("dan", "serta")
    contiguous: list[tuple] = []
    for p in reversed(parsed[:name_seg]):
        if _is_role_segment(p[0]):
            contiguous.insert(0, p)
            if in_list:
                break
        elif in_list:
            contiguous.insert(0, p)
        else:
            break
    if in_list and contiguous and not _is_role_segment(contiguous[0][0]):
        contiguous = []
    for p in contiguous:
        title_parts.append(" ".join(_strip_determiners(list(p[0]))))
    own = " ".join(_strip_determiners(kept))
    if own and title_parts and fold(tokens[0]) in ("dan", "serta"):
        own = tokens[0] + " " + own  # the last item of a list of units: `..., Kelautan, dan Pertanian`
    if own:
        title_parts.append(own)
    after: list[str] = []
    for p in parsed[name_seg + 1 :]:
        if after or _is_role_segment(p[0]):
            after.append(" ".join(_strip_determiners(list(p[0]))))
        else:
            break
    title_parts.extend(after)
    title = ", ".join(t for t in title_parts if t)
    if ranks:
        title = (title + " " + " ".join(ranks)).strip()
    return Mention(name=tuple(name), title=title or None, text=phrase)


def _surname_like_a_place(before: str, last: str, evidence: "NameEvidence") -> bool:
    """Is `last`, a place word such as Ambon or Timur, the surname of a person
    the article calls by the word before it (`Rusdy Ambon` ... `Menurut Rusdy`)?"""
    L = lex()
    return (
        _is_upper_start(last) and fold(last) in L.places and _name_like(before)
        and fold(before) in evidence.cued  # an organisation speaking is no short form: `Persib menegaskan`
    )


@lru_cache(maxsize=TOKEN_CACHE)
def _office_rank_or_honorific(token: str) -> bool:
    L = lex()
    key = fold(token)
    return key in L.offices or key in L.ranks or key in L.honorifics


@lru_cache(maxsize=TOKEN_CACHE)
def _opens_title(token: str) -> bool:
    L = lex()
    key = fold(token)
    return key in L.offices or key in L.roles or key in L.ranks


def _is_role_segment(tokens: Sequence[str]) -> bool:
    L = lex()
    words = _strip_determiners(list(tokens))
    if not words:
        return False
    head = fold(words[0])
    return head in L.offices or head in L.roles or (head in L.places and _is_upper_start(words[0]))


@lru_cache(maxsize=PHRASE_CACHE)
def _role_mention(phrase: str) -> Mention | None:
    """A mention with no name: `seorang warga`, `petugas keamanan di Kantor PSSI`, `JPU`.
    A function of the phrase alone, so cached (the Mention is shared, never changed)."""
    L = lex()
    parsed, _ = _segments(phrase)
    words = _strip_determiners(list(parsed[0][0]))
    if not words:
        return None
    head = fold(words[0])
    if head in L.pronouns:
        return Mention(name=(), title=None, pronoun=True, text=phrase)
    if head not in L.roles and head not in L.titles:
        return None
    title = ", ".join(" ".join(_strip_determiners(list(p[0]))) for p in parsed)
    return Mention(name=(), title=title, role_only=True, text=phrase)


@dataclass
class Person:
    name: tuple[str, ...]
    titles: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = tuple(map(fold, self.name))


FAMILIAR_ADDRESS = frozenset({"mas"})


class People:
    """Everyone the article names, so a short or pronoun mention finds its full form."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, ...], Person] = {}
        self.by_initial: dict[str, list[Person]] = {}
        self._titles: dict[int, str] | None = None
        self.aliases: dict[tuple[str, ...], tuple[str, ...]] = {}  # a stated alias -> the full name

    def add_alias(self, alias: tuple[str, ...], full: Mention, pos: int) -> None:
        """`Saifullah Yusuf, atau yang akrab disapa Gus Ipul`: `kata Gus Ipul` is Saifullah Yusuf."""
        self.add(full, pos)
        self.aliases[tuple(map(fold, alias))] = full.name

    def add(self, mention: Mention, pos: int) -> Person | None:
        if not mention.name:
            return None
        key = tuple(map(fold, mention.name))
        person = self.by_key.get(key)
        if person is None:
            person = self.by_key[key] = Person(mention.name)
            # Every way of covering a short name shares a first letter with one
            # of the full name's words (see _covers).
            for initial in {k[0] for k in key if k}:
                self.by_initial.setdefault(initial, []).append(person)
        if mention.title:
            person.titles.append(mention.title)
        person.positions.append(pos)
        return person

    def resolve(self, name: tuple[str, ...], pos: int) -> Person | None:
        """The fullest person a (possibly short) name stands for."""
        full = self.aliases.get(tuple(map(fold, name)))
        if full is not None:
            name = full
        person = self._resolve(name, pos)
        if person is not None and len(name) > 1 and fold(name[0]) in FAMILIAR_ADDRESS:
            # `Mas` opens some Javanese names (Mas Achmad Santosa) and is a
            # familiar address elsewhere (`kata Mas Gibran` for Gibran Rakabuming)
            bare = self._resolve(name[1:], pos)
            if bare is not None and len(bare.key) > len(person.key):
                return bare
        return person

    def _resolve(self, name: tuple[str, ...], pos: int) -> Person | None:
        key = tuple(map(fold, name))
        if not key or not key[0]:
            return None
        covering = [p for p in self.by_initial.get(key[0][0], ()) if _covers(p.key, key)]
        if len(covering) <= 1:
            return covering[0] if covering else None
        # The fullest forms: those no longer name covers (`Budi Karya` gives
        # way to `Budi Karya Sumadi`; `Budi Setiyadi` and `Budi Gunadi Sadikin`
        # are two people).
        fullest = [
            p for p in covering
            if not any(len(q.key) > len(p.key) and _covers(q.key, p.key) for q in covering)
        ]
        if len(fullest) == 1:
            return fullest[0]

        # Two people share the short form: one whose name it opens (short
        # forms are first names), then the one named last before this point,
        # then the longest name.
        given = lex().given_names

        def rank(p: Person) -> tuple[bool, int, int]:
            before = [q for q in p.positions if q <= pos]
            start = 0
            while start < len(p.key) - 1 and p.key[start] in given:
                start += 1  # `Mohammad Alexander` is called Alexander
            opens = p.key[: len(key)] == key or p.key[start : start + len(key)] == key
            return (opens, max(before) if before else -1, len(p.key))

        return max(fullest, key=rank)

    def best_title(self, person: Person) -> str | None:
        """The fullest title given to the person, under the full name and every
        short one: the longest, and of those the first written."""
        if self._titles is None:
            gathered: dict[int, list[str]] = {}
            for other in self.by_key.values():
                full = self.resolve(other.name, 0) or other
                gathered.setdefault(id(full), []).extend(other.titles)
            self._titles = {key: _fullest(titles) for key, titles in gathered.items() if titles}
        if id(person) in self._titles:
            return self._titles[id(person)]
        return _fullest(person.titles) if person.titles else None

    def by_title(self, title: str, pos: int) -> Person | None:
        """The person a bare title stands for (`kata Presiden`): one whose title
        is exactly it, else starts with it; of several, the one named last
        before this point."""
        words = title.lower().split()
        for exact in (True, False):
            found = [
                p for p in self.by_key.values()
                if any((t.lower().split() == words) if exact else (t.lower().split()[: len(words)] == words) for t in p.titles)
            ]
            if found:
                return max(found, key=lambda p: max([q for q in p.positions if q <= pos], default=-1))
        return None


NAME_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*"
# The words that state an alias, found first (literal openings, see one_of), then
# the name before them and the alias after them are read in a bounded window:
# `Dewi Kartika alias Deka`, `Saifullah Yusuf, atau yang akrab disapa Gus Ipul`,
# `Bambang Suharjo atau Basuki,`, `Rudi Hartono yang biasa dipanggil Rudi`.
ALIAS_WORD = re.compile(r"\b(?:alias|disapa|dipanggil|dikenal(?:[ \t]+dengan)?(?:[ \t]+(?:nama|sapaan))?|(?P<plain>atau))[ \t]+")
FULL_BEFORE = regex.compile(
    rf"(?P<full>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,5}})[ \t]*,?[ \t]*"
    r"(?:atau[ \t]+)?(?:yang[ \t]+)?(?:(?:akrab|biasa|kerap|lebih)[ \t]+)?$"
)
ALIAS_AFTER = regex.compile(rf"(?P<alias>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})(?P<after>[ \t]*[,.)]|[ \t]+[a-z])?")
# `Munafri 'Appi' Arifuddin`: a nickname in single marks inside the name.
QUOTED_NICKNAME = regex.compile(rf"(?P<first>{NAME_WORD})[ \t]+['\u2018](?P<alias>{NAME_WORD})['\u2019][ \t]+(?P<last>{NAME_WORD})")
NICKNAME_MARK = re.compile("[ \t]['\u2018](?=[A-Z])")


def stated_aliases(text: str, evidence: "NameEvidence") -> list[tuple[tuple[str, ...], Mention, int]]:
    """The other names the article says a person goes by, each as (alias words,
    the full mention with its title, where it stands)."""
    L = lex()
    found = []
    for m in ALIAS_WORD.finditer(text):
        lo = max(0, m.start() - 80)
        before = FULL_BEFORE.search(text, lo, m.start())
        after = ALIAS_AFTER.match(text, m.end(), m.end() + 60)
        if before is None or after is None:
            continue
        alias = tuple(w for w in after.group("alias").split() if fold(w) not in L.honorifics)
        if m.group("plain") and (len(alias) != 1 or not after.group("after") or not _name_like(alias[0])):
            continue  # a bare `atau` joins two names only before a comma or a verb: `Bambang Suharjo atau Basuki,`
        full = _alias_owner(text, before.start("full"), before.end("full"), evidence)
        if alias and full is not None and len(full.name) >= 2 and tuple(map(fold, alias)) != tuple(map(fold, full.name)):
            found.append((alias, full, before.start("full")))
    for mark in NICKNAME_MARK.finditer(text):
        m = QUOTED_NICKNAME.search(text, max(0, mark.start() - 40), mark.end() + 80)
        if m is None or m.start("alias") != mark.end():
            continue
        full = _alias_owner(text, m.start(), m.end(), evidence, drop=m.group(0), name=f"{m.group('first')} {m.group('last')}")
        if full is not None:
            found.append(((m.group("alias"),), full, m.start()))
    return found


def _alias_owner(text: str, start: int, end: int, evidence: "NameEvidence", drop: str = "", name: str = "") -> Mention | None:
    """The person whose name ends at `end`, with the title its clause gives (`Menteri Sosial, Saifullah Yusuf`)."""
    lo = _clause_start(text, max(0, start - 200), start)
    phrase = text[lo:end]
    if drop:
        phrase = phrase[: len(phrase) - len(drop)] + name
    mention = parse_mention(phrase, evidence)
    if mention is None or not mention.name or fold(mention.name[-1]) != fold(phrase.split()[-1]):
        mention = parse_mention(name or text[start:end], evidence)
    return mention if mention is not None and mention.name else None


def _covers(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Does the full name contain the short one: a run of its words, a prefix of one
    word (`Novi` in Triatmi Noviartuti), initials (`SBY`), or the first syllables of
    two words run together (`Jokowi`)?"""
    n, k = len(full), len(short)
    if k == 0 or k > n:
        return False
    for i in range(n - k + 1):
        if full[i : i + k] == short:
            return True
    if k > 1:
        # Initials for some of the words: `Sultan HB X` in Sultan Hamengku Buwono X.
        for i in range(n - k + 1):
            at = i
            for word in short:
                size = len(word)
                if at < n and full[at] == word:
                    at += 1
                elif size >= 2 and at + size <= n and word == "".join(w[0] for w in full[at : at + size]):
                    at += size
                else:
                    break
            else:
                return True
        return False
    if k == 1:
        s = short[0]
        if len(s) >= 4 and any(w.startswith(s) for w in full) and n > 1:
            return True
        if len(s) == n and n >= 2 and s == "".join(w[0] for w in full):
            return True
        for i in range(n - 1):
            a, b = full[i], full[i + 1]
            if s.startswith(a) and len(s) > len(a) and b.startswith(s[len(a) :]) and len(s) - len(a) >= 2:
                return True
    return False


# ---------------------------------------------------------------------------
# 3. Attribution: the cue beside each span, and the phrase that names the speaker


PARAGRAPH_END = re.compile(r"[ \t]*(?:\n|$)")
PHRASE_TOKEN = re.compile(r"[ \t]*(?:(\([^()\n]{0,80}\))|([,;:.!?\u2026\"\u201c\u201d\u2013\u2014])|([^\W_][\w'\u2019\u2018.\-/&]*))")
ROLE_PHRASE_STOPS = frozenset(
    "saat ketika sambil sembari seraya usai seusai setelah sebelum kepada kpd dalam melalui lewat "
    "dengan pada kemarin tadi yang sebagaimana seperti menjelang jelang".split()
)
# Lower-case words that join capitalised ones in a title or name: `Kebudayaan
# dan Pariwisata`, `Ahmad bin Salim`, and the English of organisations named in
# English (`Vice President of Marketplace`, `Network for Democracy and ...`).
ENGLISH_CONNECTORS = ("of", "for", "and", "at", "to")
TITLE_CONNECTORS = frozenset({"dan", "&", "bin", "binti", *ENGLISH_CONNECTORS})
# Passive reporting verbs put the speaker after them: `disampaikan Kepala ... Imron Fatoni`.
PASSIVE_REPORTING = frozenset(
    "disampaikan diungkapkan dijelaskan dikatakan diterangkan ditegaskan diutarakan dituturkan "
    "dipaparkan disebutkan ditambahkan dinyatakan diakui dikemukakan".split()
)
# Two or more capitalised words in a row (parentheses and `dan` may join them).
# A capitalised word keeps a final period only as an initial or abbreviation
# (`H.`, `Dr.`), so a run never crosses the end of a sentence.
CAP_WORD = r"\p{Lu}(?:[\p{L}\p{M}]{0,2}\.|[\p{L}\p{M}\d'\u2019\-]*)"
CAP_RUN = regex.compile(
    rf"{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|\([^()\n]{{1,40}}\)|(?:dan|bin|binti|{'|'.join(ENGLISH_CONNECTORS)})\b))+"
)


PAREN_WORDS = regex.compile(r"[\p{L}\p{M}\s.\-&]{1,40}")  # `(Elsam)`, `(Persero)` inside a title
VERB_WORD = regex.compile(r"(?:me|ber|ter)\p{L}{3,}$")  # a verb ends a lower-case speaker phrase


def read_speaker_phrase(text: str, pos: int, end: int) -> tuple[str, int]:
    """The phrase naming the speaker after a cue verb, and where it ends.

    ``kata Juru Bicara KPK Johan Budi di Jakarta, Jumat.`` gives ``Juru Bicara
    KPK Johan Budi``; ``kata salah satu pedagang sayuran, Jonathan, di Pasar``
    gives ``salah satu pedagang sayuran, Jonathan``; ``kata petugas keamanan
    di Kantor PSSI, Kamis`` gives ``petugas keamanan di Kantor PSSI``.
    """
    L = lex()
    parts: list[str] = []
    lower_mode: bool | None = None  # the phrase started with a lower-case word
    i = pos
    while len(parts) < 30:
        m = PHRASE_TOKEN.match(text, i)
        if not m or m.end() > end:
            break
        paren, punct, word = m.groups()
        if paren:
            inner = paren[1:-1].strip()
            if not parts or not (inner.isdigit() or PAREN_WORDS.fullmatch(inner)):
                break
            parts.append(paren)
            i = m.end()
            continue
        if punct:
            if punct != "," or not parts:
                break
            seg_end = _appositive_end(text, m.end(), end, bool(lower_mode))
            if seg_end is None:
                break
            parts.append(",")
            nxt = PHRASE_TOKEN.match(text, m.end())
            if nxt and nxt.group(3) and not nxt.group(3)[:1].isupper():
                lower_mode = True  # a role follows the name: `Ratna Dewi, ketua RT setempat`
            i = m.end()
            continue
        sentence_end = word.endswith(".") and (
            not _keeps_period(word) or PARAGRAPH_END.match(text, m.end())  # `kata Mahfud MD.` ends a paragraph
        )
        bare = word.rstrip(".") if sentence_end else word
        key = fold(bare)
        if bare[:1].isdigit() and parts and not lower_mode:
            pass  # a unit's number inside a title: `Daop 8 Surabaya`, `RT 001`
        elif not bare[:1].isupper():
            if not parts:
                if key in L.pronouns or key in L.roles or key in L.titles or any(
                    d.split()[0] == key for d in L.determiners
                ):
                    lower_mode = True
                else:
                    break
            elif lower_mode:
                if key in ROLE_PHRASE_STOPS or (
                    VERB_WORD.match(key) and key not in L.roles and key not in L.titles and key not in NAMING_WORDS
                ):
                    break
            elif not (key in TITLE_CONNECTORS and _next_is_upper(text, m.end(), end)) and key not in L.roles:
                break
        else:
            if key in L.not_names and key not in L.pronouns and parts:
                break
            if lower_mode is None or _name_like(bare):
                lower_mode = False  # after a name, a lower-case word ends the phrase
        parts.append(bare)
        i = m.end()
        if sentence_end:
            break
    phrase = " ".join(parts).replace(" ,", ",").strip(", ")
    return phrase, i


def _next_is_upper(text: str, pos: int, end: int) -> bool:
    m = PHRASE_TOKEN.match(text, pos)
    return bool(m and m.group(3) and m.end() <= end and m.group(3)[:1].isupper())


APPOSITIVE = re.compile(r"[^,.;:\n\"\u201c\u201d()]{1,80}")


def _appositive_end(text: str, pos: int, end: int, lower_mode: bool) -> int | None:
    """After a comma in a speaker phrase: does a name (or rank and name) follow,
    as in `pedagang sayuran, Jonathan,`? Then where it ends, else None."""
    L = lex()
    m = APPOSITIVE.match(text, pos)
    if not m or m.end() > end:
        return None
    words = []
    found = WORD.findall(m.group(0))
    if found and fold(found[0]) in ("dan", "serta") and len(found) > 1 and found[1][:1].isupper():
        found = found[1:]  # the last item of a list of units: `Ketahanan Pangan, Kelautan, dan Pertanian`
    for w in found:
        if not (w[:1].isupper() or fold(w) in NAME_PARTICLES):
            break
        words.append(w)
    if not words:
        # A role after the name: `kata Ratna Dewi, ketua RT setempat`.
        found = WORD.findall(m.group(0))
        if not lower_mode and found and len(found) <= 8 and (fold(found[0]) in L.roles or fold(found[0]) in L.offices):
            return m.end()
        return None
    if len(words) > 6 or fold(words[0]) in L.not_names:
        return None
    if not any(_name_like(w.rstrip(".")) for w in words) and not _appositive_end(text, m.end() + 1, end, lower_mode):
        return None  # a place may stand between role and name: `Kepala Puskesmas X, Jakarta Utara, Edison`
    return m.end()


# The group makes TOKEN.split keep the words: gap, word, gap, word, ..., gap.
# (a-z is redundant with \w, but re tests it first, before the Unicode class.)
TOKEN = re.compile(r"([^\W\d_][a-z\w'\u2019\-]*)")


@lru_cache(maxsize=8)
def word_index(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Start offsets and the words of the whole text, found once per text.

    Split, not finditer: no match object per word. A word starts where the
    lengths of the parts before it add up to."""
    parts = TOKEN.split(text)
    # Where each part ends; the end of gap k is the start of word k.
    ends = accumulate(map(len, parts))
    return tuple(islice(ends, 0, len(parts) - 1, 2)), tuple(parts[1::2])


def indexes(words: tuple[str, ...], word: str) -> list[int]:
    """Every index of the word in words, in order (tuple.index does the scanning)."""
    found: list[int] = []
    try:
        while True:
            found.append(words.index(word, found[-1] + 1 if found else 0))
    except ValueError:
        return found


@lru_cache(maxsize=8)
def _verbs_at(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Indexes (into word_index) of the reporting verbs, the passive reporting
    verbs, and the cue verbs (with `menurut`), found in one pass over the words."""
    L = lex()
    verbs = _verb_words()
    found = [(i, w) for i, w in enumerate(word_index(text)[1]) if w in verbs]
    cues = _cue_words()
    return (
        tuple([i for i, w in found if w in L.reporting]),
        tuple([i for i, w in found if w in PASSIVE_REPORTING]),
        tuple([i for i, w in found if w in cues]),
    )


@cache
def _cue_words() -> frozenset:
    return lex().cues | {"menurut", "Menurut"}


@cache
def _verb_words() -> frozenset:
    return lex().reporting | PASSIVE_REPORTING | _cue_words()


def reporting_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[0]


def passive_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[1]


def cue_at(text: str) -> tuple[int, ...]:
    return _verbs_at(text)[2]


# Words after which a capitalised word is a place: `di Sumedang`, `Kabupaten Sumedang`.
# Not Jalan, Hotel or Gedung: they are named after people (`Jalan Sudirman`).
PLACE_WORDS_BEFORE = frozenset({"di", "ke", "dari", "asal", "Kabupaten", "Kota", "Kecamatan", "Desa", "Provinsi"})


def _usual_name(key: str) -> bool:
    """Is the (folded) word a given name, a common name or a first name of the lexicons?"""
    L = lex()
    return key in L.given_names or key in L.common_names or key in L.first_names


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
                    if k <= j and _name_like(words[k]):
                        written.add(words[k])
                        break
        cued: set[str] = set()
        for i in cue_at(text):
            # `kata Imron`, `Menurut Imron`; not a cue word ending its sentence (`berjalan seru. Hanya ...`)
            if i + 1 < len(words) and joined(i) and _name_like(words[i + 1]):
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
            if lead in self.short or _usual_name(lead):
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
            if _usual_name(keys[j]):
                continue
            if any(word in self.short for word in keys[: j + 1]):
                break  # `kata Tri` makes `Tri Yunis Miko Wahyono` one name
            org_or_place = self.attached(name[j - 1] if j else before, name[j]) or self.used_as_place(name[j])
            if org_or_place and self.independent(name[j], name[j + 1]) and self.pair_count(name[j], name[j + 1]) == 1:
                return j + 1
        return k




@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    position: str  # 'after', 'before', 'alone'
    end: int = 0  # where the attribution ends (after the cue phrase), 0 when it ends at the quote


def cue_after(text: str, span: Span, para_end: int, evidence: NameEvidence) -> Attribution | None:
    """`," kata X`, `," ujarnya`, `" kata dia`: the cue right after the closing mark."""
    L = lex()
    if not span.closed:
        return None
    m = L.cue_pattern.match(text, span.close_end)
    if not m or m.end() > para_end or not m.group("cue")[:1].islower():
        # A verb we do not list, with -nya: `," ujanya.`, `," menurutnya.`
        inner = text[span.start : span.end].rstrip()
        other = PRONOUN_VERB.match(text, span.close_end)
        if other and other.end() <= para_end and inner[-1:] in ",.!?\u2026":
            return Attribution(Mention((), None, pronoun=True, text=other.group(1)), other.group(1), "after", other.end())
        return None
    if m.end() < len(text) and (text[m.end()] == "-" or text[m.end()].isalnum()):
        return None
    cue = m.group("cue").lower()
    if m.group("nya"):
        return Attribution(Mention((), None, pronoun=True, text=m.group(0).strip()), cue + "nya", "after", m.end())
    phrase, end = read_speaker_phrase(text, m.end(), para_end)
    mention = parse_mention(phrase, evidence) if phrase else None
    if mention is None:
        if phrase and fold(phrase.split()[0]) in L.pronouns:
            mention = Mention((), None, pronoun=True, text=phrase)
        else:
            return Attribution(None, cue, "after", end)
    return Attribution(mention, cue, "after", end)


PRONOUN_VERB = re.compile(r"[ \t]*,?[ \t]*([a-z]{2,}nya)(?=[ \t]*[.,;\n]|$)")


# A clause ends at a sentence end, at a quote mark, or at a dash set off by spaces
# (`Semarang (ANTARA) - Kepala ...`, so a dateline never joins a title):
# `[.!?…]["”']?\s+|["“”„]+|\s(?:--?|–|—)\s(?=[A-Z])`, written with literal
# openings (see one_of), so a dash break is found at the dash, not at the
# space before it.
CLAUSE_BREAK = re.compile(
    one_of(".!?\u2026", r"[\"\u201d']?\s+")
    + "|" + one_of('"\u201c\u201d\u201e', '["\u201c\u201d\u201e]*')
    + "|" + r"-(?<=\s.)-?\s(?=[A-Z])"
    + "|" + one_of("\u2013\u2014", r"(?<=\s.)\s(?=[A-Z])")
)
DASHES = "-\u2013\u2014"


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence end, quote mark or dash break starts and where the
    next clause begins, for the whole text (a str caches its hash, so this is
    cheap to look up). A period here may still end an abbreviation (`Dr.`):
    _clause_start asks about the few it comes to."""
    starts, ends = [], []
    scanned = 0  # the end of the last match
    for m in CLAUSE_BREAK.finditer(text):
        at = m.start()
        if text[at] in DASHES:
            at -= 1  # a dash break starts at the space before the dash ...
            if at < scanned:
                scanned = m.end()
                continue  # ... unless that space ends the break before it (`kata dia. - Jakarta`)
        scanned = m.end()
        starts.append(at)
        ends.append(scanned)
    return tuple(starts), tuple(ends)


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Start of the clause that ends at hi: after the last sentence end or quote mark."""
    starts, ends = _clause_breaks(text)
    i = bisect_left(starts, hi)
    while i > 0:
        i -= 1
        if ends[i] <= hi and not _abbreviation_before(text, starts[i]):
            return max(lo, ends[i])
    return lo


def common_opener(text: str, at: int, word: str) -> bool:
    """Is the capitalised word at `at` a common word opening its sentence: one the
    corpus writes in lower case in mid-sentence (`Hanya`, `Sekarang`, `Kedatangan`)?
    In mid-sentence a capital makes the same word part of a name (`Rob Subbaraman`)."""
    L = lex()
    key = fold(word)
    if not word[:1].isupper() or key not in L.lower_case or key in L.offices or key in L.roles or key in L.titles:
        return False  # an office opens the title before a name: `Ketua RT 05 Rudi`
    if key in _determiner_heads() or key in L.pronouns:
        return False  # `Salah satu warga, Sultan (60), mengatakan`, `Dia melanjutkan`
    lo = at
    while lo > 0 and text[lo - 1] in " \t":
        lo -= 1
    return lo == 0 or text[lo - 1] == "\n" or _clause_start(text, 0, at) == at


def _abbreviation_before(text: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or initial (H., Dr., M.)?"""
    if text[dot] != ".":
        return False
    m = WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return m is not None and _keeps_period(m.group(1) + ".")


WORD_BEFORE = re.compile(r"([\w.]+)$")


def subject_before(text: str, clause_lo: int, verb_at: int, evidence: NameEvidence) -> Mention | None:
    """The speaker in `X mengatakan`, `Sutini (52), pemilik toko, mengatakan`."""
    L = lex()
    clause = text[clause_lo:verb_at]
    words = clause.split()
    while words and fold(words[-1].rstrip(",")) in TRAILING_ADVERBS:
        words.pop()  # `Ganjar Pranowo bahkan menyatakan`, `Luthfi juga menegaskan`
    if words and common_opener(text, clause_lo, words[0].rstrip(",")):
        words.pop(0)  # `Awalnya Rini mengaku`, `Sekarang, dia mengklaim`
    clause = " ".join(words).strip(" ,")
    if not clause:
        return None
    words = clause.split()
    if fold(words[0].rstrip(",")) in L.pronouns and len(words) <= 3:
        return Mention((), None, pronoun=True, text=clause)
    if len(clause) > 250:
        clause = clause[-250:]
    mention = parse_mention(clause, evidence)
    if mention is None or not mention.name:
        # `Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (16/9), mengatakan`
        m = CIRCUMSTANCE.search(clause)
        if m:
            shorter = parse_mention(clause[: m.start()], evidence)
            if shorter is not None and shorter.name:
                return shorter
    return mention


TRAILING_ADVERBS = frozenset(
    "juga pun kembali lebih lanjut pula lagi sebelumnya kemudian lalu turut telah sempat pernah bahkan "
    "sendiri pun sudah masih tetap hanya justru langsung akhirnya pertama secara terpisah".split()
)
CIRCUMSTANCE = re.compile(r"\s(?:di|dari|saat|ketika|dalam|usai|seusai|kepada|pada|melalui|sewaktu|setelah|sebelum|seperti)\s")


ENDS_WITH_BAHWA = re.compile(r"\bbahwa$")
TRAILING_BAHWA = re.compile(r"\s*(?:bahwa)?\s*,?$")
OPENS_WITH_MENURUT = re.compile(r"(?i)^\s*menurut\s+(.+)$")


def cue_before(text: str, span: Span, para_start: int, evidence: NameEvidence) -> Attribution | None:
    """`X mengatakan, "`, `Menurut X, "`, `X: "`, `kata X, "` before the opening mark."""
    L = lex()
    lo = _clause_start(text, para_start, span.open_at)
    window = text[lo : span.open_at]
    if not window.strip():
        return None
    stripped = window.rstrip()
    if stripped.endswith(":") and len(stripped.split()) <= 12:
        head = stripped[:-1]
        m = L.reporting_pattern.search(head)
        if m:
            mention = subject_before(text, lo, lo + m.start(), evidence)
            return Attribution(mention, m.group("verb"), "before") if mention else None
        mention = parse_mention(head, evidence)
        return Attribution(mention, ":", "before") if mention else None
    if not stripped.endswith(",") and not ENDS_WITH_BAHWA.search(stripped):
        return None
    head = TRAILING_BAHWA.sub("", stripped)
    m = OPENS_WITH_MENURUT.match(head)
    if m:
        mention = parse_mention(m.group(1), evidence)
        return Attribution(mention, "menurut", "before") if mention else None
    verbs = list(L.reporting_pattern.finditer(head))
    if verbs and not head[verbs[-1].end() :].strip():
        verb = verbs[-1]
        mention = subject_before(text, lo, lo + verb.start(), evidence)
        return Attribution(mention, verb.group("verb"), "before") if mention else None
    m = L.cue_pattern.search(head)
    if m and m.group("cue")[:1].islower() and m.group("nya") and not head[m.end() :].strip(" ,"):
        # `"A," lanjutnya, "B."`
        return Attribution(Mention((), None, pronoun=True, text=m.group(0).strip()), m.group("cue").lower() + "nya", "before")
    if m and m.group("cue")[:1].islower():
        phrase, stop = read_speaker_phrase(text, lo + m.end(), span.open_at)
        if phrase and not text[stop : span.open_at].strip(" ,"):
            mention = parse_mention(phrase, evidence)
            if mention:
                return Attribution(mention, m.group("cue").lower(), "before")
    return None


def stands_alone(text: str, span: Span, para: Paragraph) -> bool:
    """A span that is a sentence or paragraph of its own, not a term inside a sentence."""
    # Only the few characters around the marks are looked at, so that a huge
    # paragraph full of quote marks stays linear.
    lo = max(para.start, span.open_at - 80)
    before = text[lo : span.open_at].rstrip()
    if before and before[-1] not in SENTENCE_END + ":\"\u201d" and not _abbreviation_before(text, lo + len(before) - 1):
        return False
    end = para.end if span.last_paragraph == para.index else len(text)
    after = text[span.close_end : min(end, span.close_end + 80)].lstrip()
    if after and not (after[0].isupper() or after[0] in "\"\u201c\u201d(["):
        return False
    inner = text[span.start : span.end].strip()
    return len(inner.split()) >= 2 or inner[-1:] in SENTENCE_END + ","


# ---------------------------------------------------------------------------
# Putting it together


@dataclass(slots=True)
class Event:
    """A point where the article names someone as speaking or as a sentence's subject."""

    pos: int
    mention: Mention
    kind: str  # 'speak', 'subject' or 'named'
    verb_end: int = 0  # for a reporting verb: where the reported words may start


class Spans:
    """The kept quote spans, sorted, for asking whether a place is inside one."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.opens = [s.open_at for s in spans]
        self.closes = [s.close_end for s in spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.opens, pos) - 1
        return i >= 0 and pos < self.closes[i]


def _context_events(
    text: str, paragraphs: list[Paragraph], spans: Spans, evidence: NameEvidence, needed: frozenset
) -> list[Event]:
    """People named in the running text (outside quotes): reporting-verb subjects,
    cue phrases used for indirect speech, and title-led names opening a sentence."""
    L = lex()
    events: list[Event] = []
    starts, words = word_index(text)

    def within(indexes: tuple[int, ...], para: Paragraph) -> tuple[int, ...]:
        """The word indexes (sorted) whose words stand in the paragraph."""
        first, last = bisect_left(starts, para.start), bisect_left(starts, para.end)
        return indexes[bisect_left(indexes, first) : bisect_left(indexes, last)]

    for para in paragraphs:
        if para.skip:
            continue
        for i in within(reporting_at(text), para):
            if starts[i] in spans:
                continue
            at = starts[i]
            lo = _clause_start(text, para.start, at)
            if _second_of_a_pair(text, para.start, lo):
                lo = _clause_start(text, para.start, lo - 3)  # `tim kampanye Vonnie - Hendry, mengaku`
            lo = max(lo, at - 300)
            clause = text[lo:at]
            if clause == clause.lower():
                continue  # no capital, no name nor pronoun opening the sentence: `pemerintah mengatakan`
            mention = subject_before(text, lo, at, evidence)
            if mention and (mention.name or mention.pronoun):
                events.append(Event(at, mention, "speak", at + len(words[i])))
        for i in within(passive_at(text), para):
            # `disampaikan anggota Basarnas Jember Jefri`, `diutarakan ketua BTN, La Nyalla`
            at = starts[i]
            if at in spans:
                continue
            phrase, _ = read_speaker_phrase(text, at + len(words[i]), para.end)
            mention = parse_mention(phrase, evidence) if phrase else None
            if mention and mention.name:
                events.append(Event(at, mention, "speak"))
        for m in _inline_attribution().finditer(text, para.start, para.end):
            if m.start() in spans:
                continue
            phrase, _ = read_speaker_phrase(text, m.end(), para.end)
            if not m.group("cue"):
                phrase = phrase.split(",")[0]  # `Menurut Kusnawan, Blue Water ...`
            mention = parse_mention(phrase, evidence) if phrase else None
            if mention and mention.name:
                events.append(Event(m.start(), mention, "speak"))
        for i in within(evidence.short_at, para):
            # A lone capitalised word is no evidence of a person, unless it
            # opens a sentence and the article uses it for a speaker.
            word, at = words[i], starts[i]
            if at in spans or (i + 1 < len(words) and words[i + 1][:1].isupper()) or not _name_like(word):
                continue  # the cheap tests first
            if common_opener(text, at, word):
                continue
            lo = _clause_start(text, para.start, at)
            if _opens_clause(text[lo:at]) and not _second_of_a_pair(text, para.start, at):
                events.append(Event(at, Mention((word,), None, text=word), "subject"))
        for m in CAP_RUN.finditer(text, para.start, para.end):
            at = m.start()
            if at in spans:
                continue
            words_in_run = _words_to_sentence_end(m.group())
            if common_opener(text, at, words_in_run[0]):
                # `Kedatangan Deka ke rumah sakit`: the common word opens the sentence, the name follows
                at = text.index(words_in_run[1], at + len(words_in_run[0]))
                words_in_run = words_in_run[1:]
            if words_in_run[-1].endswith(".") and PARAGRAPH_END.match(text, m.end()):
                # `... Mahfud MD.` at the end of a paragraph: the period ends the sentence
                words_in_run[-1] = words_in_run[-1][:-1]
            while len(words_in_run) > 1 and words_in_run[-1] in TITLE_CONNECTORS:
                words_in_run.pop()
            if len(words_in_run) < 2 or not any(map(_name_like, words_in_run)):
                continue
            role_m = ROLE_BEFORE.search(text, max(para.start, at - 30), at)
            role = role_m.group(1) if role_m else None
            titled_run = (role and (fold(role) in L.roles or fold(role) in PASSIVE_REPORTING)) or any(
                map(_office_rank_or_honorific, words_in_run)
            )
            run = " ".join(words_in_run)
            comma_after = text.startswith(",", at + len(run))
            role_after = _appositive_role(text, at + len(run), para.end) if comma_after and not titled_run else None
            if not titled_run and not role_after and needed.isdisjoint(map(fold, words_in_run)):
                continue  # a bare name nobody's cue refers to: no speaker, no title to learn
            phrase = role + " " + run if role and fold(role) in L.roles else run
            if " dan " in run:
                # A list of people: `Seto Nurdiantoro, Nova Arianto dan Fakhri Husaini`.
                head = parse_mention(run.split(" dan ")[0], evidence)
                if head and len(head.name) >= 2:
                    events.append(Event(at, head, "named"))
            mention = parse_mention(phrase, evidence)
            if not mention or not mention.name:
                continue
            titled = mention.title is not None
            if not titled and len(mention.name) < 2:
                continue
            if role and fold(role) in PASSIVE_REPORTING:
                events.append(Event(at, mention, "speak"))
                continue
            if not titled and role_after and len(mention.name) >= 2:
                # `dihadiri William Wongso, salah satu tokoh kuliner Indonesia`
                mention = Mention(mention.name, role_after, text=run)
            kind = "named"
            if titled or fold(words_in_run[0]) in L.honorifics:
                lo = _clause_start(text, para.start, at)
                if _opens_clause(text[lo:at]):
                    kind = "subject"
            if kind == "named" and mention.title and len(mention.name) >= 2 and " dan " not in run:
                if INTRODUCING.search(text, max(para.start, at - 40), at):
                    kind = "introduced"  # `Salah satunya adalah Ketua ... Hasbullah Thabrany.`
                elif not PREDICATE_AFTER.match(text, at + len(run)):
                    # `berkat dukungan Menteri BUMN Erick Thohir.`: named, but
                    # not doing or saying anything in the sentence
                    kind = "mentioned"
            events.append(Event(at, mention, kind))
    events.sort(key=lambda e: e.pos)
    return events


# A word before the first name, so that a dateline (`Semarang - Sementara itu, ...`) is no pair.
PAIRED_NAME_BEFORE = regex.compile(r"(?<=[\p{L},][ \t])\p{Lu}[\p{L}\p{M}]*[ \t]*[-\u2013][ \t]*$")


def _second_of_a_pair(text: str, start: int, at: int) -> bool:
    """Does the text at `at` follow a name and a dash (`paslon Wahdi - Qomaru`):
    the second of a pair of names, not the start of a clause?"""
    lo = max(start, at - 40)
    return text[lo:at].rstrip(" \t").endswith(("-", "\u2013")) and bool(PAIRED_NAME_BEFORE.search(text, lo, at))


# A lower-case word right after a name: the person does something in the sentence.
PREDICATE_AFTER = re.compile(r"[ \t]+(?:juga[ \t]+|pun[ \t]+)?[a-z]")
# Phrases that introduce the person a following quote is from.
INTRODUCING = re.compile(r"\b(?:adalah|ialah|yakni|yaitu|antaranya|satunya|dihadiri)[ \t]*:?[ \t]*$")
APPOSITIVE_ROLE = re.compile(r"[ \t]*,[ \t]*([a-z][^,.;:\n\"\u201c\u201d()]{2,80})[,.]")


def _appositive_role(text: str, pos: int, end: int) -> str | None:
    """The role set off by commas right after a name (`William Wongso, salah
    satu tokoh kuliner Indonesia,`), when it opens with a role or office word."""
    m = APPOSITIVE_ROLE.match(text, pos, end)
    if not m:
        return None
    L = lex()
    words = _strip_determiners(m.group(1).split())
    if not words or not (fold(words[0]) in L.roles or fold(words[0]) in L.offices):
        return None
    if fold(words[0]) in PEOPLE_IN_THE_NEWS:
        return None  # `menganiaya Joko Susilo, pemilik warung`: a victim, not a source
    return " ".join(words)


# Roles of people a story is about rather than people it quotes.
PEOPLE_IN_THE_NEWS = frozenset(
    "warga korban pelaku pemilik tersangka terdakwa terpidana istri suami anak ayah ibu adik kakak "
    "keluarga kerabat tetangga pasien".split()
)


def _opens_clause(before: str) -> bool:
    """Does a name with only this text before it in its clause open the clause?
    An opening phrase set off by a comma does not count (`Terkait hal itu, ...`)."""
    before = before.strip()
    if not before.strip(" ,") or SENTENCE_OPENERS.fullmatch(before.strip(" ,")):
        return True
    return before.endswith(",") and len(before.split()) <= 6 and before.count(",") == 1


ROLE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
SENTENCE_OPENERS = re.compile(
    r"(?:Sementara itu|Sebelumnya|Selain itu|Namun|Kemudian|Lalu|Di sisi lain|Adapun|Terpisah|Pada kesempatan (?:itu|yang sama)),?"
)


# `Menurut Kusnawan, ...` and `..., terang Fredly, ...`: a speaker named inside reported speech.
@lru_cache(maxsize=1)
def _inline_attribution() -> re.Pattern:
    """`Menurut X` and `, kata X` / `, kata ahli X`, with literal openings (see one_of)."""
    cues = "|".join(sorted((c for c in lex().cues if c.isalpha()), key=len, reverse=True))
    return re.compile(
        "(?:" + one_of("Mm", r"(?<!\w.)enurut") + rf"|,\s*(?P<cue>{cues})\b)\s+(?=[A-Z]|[a-z]+ [a-z]*\s*[A-Z])"
    )


def _words_to_sentence_end(run: str) -> list[str]:
    """The words of a capitalised run up to the first that ends a sentence (its period dropped)."""
    words = run.split()
    if "." not in run:
        return words
    for i, w in enumerate(words):
        if w.endswith(".") and not _keeps_period(w):
            words = words[: i + 1]
            words[-1] = words[-1].rstrip(".")
            break
    return words


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every direct quote in one article's text, with its speaker, title and cue,
    in reading order. With ``indirect=True`` reported speech (`X mengatakan,
    pemerintah akan ...`) comes too, as quotes of kind ``indirect``."""
    if not text or not (indirect or QUOTE_MARK.search(text)):
        return []
    paragraphs = layout(text)
    by_index = {p.index: p for p in paragraphs}
    spans = quote_spans(text, paragraphs)
    evidence = NameEvidence(text)

    attributions: list[tuple[Span, Attribution]] = []
    for span in spans:
        para = by_index[span.paragraph]
        last = by_index[span.last_paragraph]
        found = cue_after(text, span, last.end, evidence) or cue_before(text, span, para.start, evidence)
        if found is None:
            if not stands_alone(text, span, para):
                continue
            found = Attribution(None, None, "alone")
        attributions.append((span, found))
    if not attributions and not indirect:
        return []

    # The words the cues use for speakers: a bare capitalised run matters only
    # when it holds one of them (it may be the fullest form of that name).
    needed = set(evidence.short)
    for _, found in attributions:
        if found.mention and found.mention.name:
            needed.update(map(fold, found.mention.name))
    events = _context_events(text, paragraphs, Spans([s for s, _ in attributions]), evidence, frozenset(needed))
    event_positions = [e.pos for e in events]
    run_ends = _named_run_ends(text, attributions)
    people = People()
    for event in events:
        people.add(event.mention, event.pos)
    for span, found in attributions:
        if found.mention and found.mention.name:
            people.add(found.mention, span.open_at)
    for alias, full, pos in stated_aliases(text, evidence):
        people.add_alias(alias, full, pos)

    quotes: list[Quote] = []
    previous: tuple[Person | None, str | None] | None = None
    previous_end = 0
    for n, (span, found) in enumerate(attributions):
        mention = found.mention
        speaker: Person | None = None
        title: str | None = None
        if mention and mention.name:
            speaker = people.resolve(mention.name, span.open_at)
            title = mention.title
            if speaker is not None and len(speaker.name) == 1 and mention.title and fold(mention.name[0]) not in evidence.short:
                # `kata Kepala Puskesmas Cilincing`: an office and its place, for
                # a holder the article names elsewhere.
                holder = people.by_title(mention.title + " " + mention.name[0], span.open_at)
                if holder is not None:
                    speaker = holder
        elif mention and mention.role_only:
            title = mention.title
            if title and title[:1].isupper():
                speaker = people.by_title(title, span.open_at)
                word = title
                if speaker is None and " " not in word:
                    # `tutur Lalu` for Lalu M Syafriadi: a word that is no name
                    # alone, but opens the name of someone in the article
                    named = people.resolve((word,), span.open_at)
                    if named is not None and named.key[0] == fold(word) and len(named.key) > 1:
                        speaker = named
                        title = None  # the word was the name; the title comes from the person
        else:
            ahead = run_ends[n]
            if ahead is not None:
                speaker = people.resolve(ahead.name, span.open_at)
                title = ahead.title
            else:
                window = events[bisect_left(event_positions, previous_end) : bisect_left(event_positions, span.open_at)]
                context = _from_context(window, strong=True)
                if context is None and previous is None:
                    context = _from_context(window, strong=False)
                if context is not None:
                    speaker = people.resolve(context.name, span.open_at)
                    title = context.title
                elif previous is not None:
                    speaker, title = previous
        if speaker is not None:
            title = people.best_title(speaker) or title
        quotes.append(
            Quote(
                quote=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=_speaker_name(speaker) if speaker else None,
                speaker_mention=mention.text if mention else None,
                title=title,
                cue=found.cue,
                kind="direct",
                paragraph=span.paragraph,
            )
        )
        previous = (speaker, title)
        previous_end = max(span.close_end, found.end)
    if indirect:
        quotes.extend(_indirect(text, events, people, quotes, by_index))
        quotes.sort(key=lambda q: q.start)
    return quotes


REPORTED_START = re.compile(r"[ \t]*,?[ \t]*(?:bahwa[ \t]+)?")
REPORTED_END = re.compile(r"[.!?](?=\s|$)")


def _indirect(text: str, events: list[Event], people: People, direct: list[Quote], by_index) -> list[Quote]:
    """Reported speech: the clause after `X mengatakan,` up to the end of its
    sentence, when no quote mark opens it (that would be a direct quote)."""
    out: list[Quote] = []
    for event in events:
        if not event.verb_end or not event.mention.name:
            continue
        start = REPORTED_START.match(text, event.verb_end).end()  # type: ignore[union-attr]  # it matches the empty string
        if start >= len(text) or text[start] in QUOTE_MARK_CHARS or text[start] == "\n":
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        m = REPORTED_END.search(text, start, line_end)
        end = m.start() + 1 if m else line_end
        clause = text[start:end]
        if len(clause.split()) < 4 or QUOTE_MARK.search(clause):
            continue
        speaker = people.resolve(event.mention.name, event.pos)
        paragraph = next((p.index for p in by_index.values() if p.start <= start < p.end), 0)
        out.append(
            Quote(
                quote=clause,
                start=start,
                end=end,
                speaker=_speaker_name(speaker) if speaker else None,
                speaker_mention=event.mention.text,
                title=(people.best_title(speaker) if speaker else None) or event.mention.title,
                cue=text[event.pos : event.verb_end],
                kind="indirect",
                paragraph=paragraph,
            )
        )
    return out


def _speaker_name(person: Person) -> str:
    """The name as a Quote gives it: one apostrophe style."""
    return " ".join(person.name).replace("\u2019", "'").replace("\u2018", "'")


def _fullest(titles: list[str]) -> str:
    """The title with the most words; of those, the first written."""
    return max(enumerate(titles), key=lambda it: (len(it[1].split()), -it[0]))[1]


def _named_run_ends(text: str, attributions: list) -> list[Mention | None]:
    """For each quote standing alone: the named cue closing the run of quote-only
    paragraphs it opens (`"A."` / `"B."` / `"C," kata Herlina`), else None.
    Worked out from the last quote back, once for all."""
    out: list[Mention | None] = [None] * len(attributions)
    following: Mention | None = None
    for k in range(len(attributions) - 1, -1, -1):
        span, found = attributions[k]
        if found.position == "after":
            following = found.mention if found.mention and found.mention.name else None
        elif found.position != "alone":
            following = None
        out[k] = following
        if k > 0 and text[attributions[k - 1][0].close_end : span.open_at].strip():
            following = None  # words between the quotes end the run
    return out


def _from_context(events: list[Event], strong: bool) -> Mention | None:
    """The person named last between the previous quote and this one.

    Strong evidence, in two tiers: first the last person named as speaking, as
    a sentence's subject, or introduced (`Salah satunya adalah Ketua ...
    Hasbullah Thabrany`); else the last named with a title who does something
    in the sentence. A bare name elsewhere (which may be a programme or a
    place), or someone only mentioned (`berkat dukungan Menteri BUMN Erick
    Thohir.`), counts only when nobody has been quoted before.
    """
    tiers = (("speak", "subject", "introduced"), ("titled",)) if strong else (("named", "mentioned"),)
    for tier in tiers:
        for e in reversed(events):
            if not e.mention.name:
                continue
            kind = "titled" if e.kind == "named" and e.mention.title is not None else e.kind
            if kind in tier:
                return e.mention
    return None
