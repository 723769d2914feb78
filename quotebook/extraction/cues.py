"""Stage 3, cues: the cue beside each quote span, after it (``," kata X``) or
before it (``X mengatakan, "``, ``Menurut X, "``, ``X: "``); and whether a
span with no cue stands alone as a sentence of its own."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .vocabulary import VOCAB
from .tokens import all_name_like, alternatives, DEMONSTRATIVE_AFTER, fold, is_upper_start, one_slip, past_the_last_comma, SENTENCE_END, VERB_SHAPE, folded, is_lower_start
from .layout import Paragraph
from .marks import Span
from .article import abbreviation_before, Article, opens_with_preposition, past_blanks
from .titles import ACTIVE_VERB, Mention, opens_a_written_out_role, READ_ON_PREPOSITIONS, role_word, SENTENCE_OPENERS
from .phrases import past_account_noun, read_speaker_phrase
from .mentions import holder_named_elsewhere, opens_an_organisation, place_word
from .introductions import unnamed_subject
from .positions import bisect_left, bisect_right


PRONOUN_VERB: Final = re.compile(r"[ \t]*,?[ \t]*([a-z]{2,}nya)(?=[ \t]*[.,;\n]|$)")
CIRCUMSTANCE: Final = re.compile(rf"\s(?:{alternatives(VOCAB.circumstance_words)})\s")
ENDS_WITH_BAHWA: Final = re.compile(r"\bbahwa$")
TRAILING_BAHWA: Final = re.compile(r"\s*(?:bahwa)?\s*,?$")
OPENS_WITH_MENURUT: Final = re.compile(r"(?i)^\s*menurut\s+(.+)$")
# `Rizal Tuasikal salah satu warga lainnya mengaku`: a name, then its role with no comma.
NAME_THEN_DETERMINER: Final = re.compile(r"((?:[A-Z][\w'\u2019\-]*[ \t]+){0,3}[A-Z][\w'\u2019\-]*)( (?:salah (?:satu|seorang)|seorang) )")
# A description ending with a demonstrative refers back: `mantan kapten tim nasional itu`.
REFERS_BACK: Final = re.compile(r"\S[ \t]+\S+[ \t]+(?:itu|tersebut|ini)$")
# `"...," Yanti memungkas.`: a short name, then a reporting verb ending the sentence.
NAME_THEN_VERB: Final = re.compile(r"[ \t]*((?:[a-z]+[ \t]+)?(?:[A-Z][\w'\u2019\-]*[ \t]+){1,3})([a-z]+)(?=[ \t]*[.,;](?:\s|$))")
# `"...," dia menambahkan.`, `"...," ia juga berkata kepada wartawan.`: a pronoun, then a
# reporting verb closing the clause or followed by a preposition (`kepada`, `di`).
PRONOUN_THEN_VERB: Final = re.compile(
    rf"[ \t]*(dia|ia|beliau)[ \t]+(?:(?:{alternatives(tuple(sorted(VOCAB.trailing_adverbs, key=len, reverse=True)))})[ \t]+)?([a-z]+)(?=[ \t]*(?:[.,;:]|$)|[ \t]+([a-z]+))"
)
# VOCAB.cue_pattern tries each of its many verbs, ignoring case, at every place it is
# asked about: a few microseconds each, per quote. A cue it finds is a whole run of word
# characters (its start after the comma or dash of that pattern, or inside a run when
# searching) and ends that run, so on ASCII text a run that ends in none of these forms
# (a verb, or a verb and -nya, lower-cased) holds none; and one that does is matched by
# the pattern narrowed to that one verb, which gives the same match. At the closing mark
# the run is the whole word: a verb, or one with -nya after it (then the verb is the run
# less -nya), so the match is read off the run (see cue_verb_at).
CUE_VERBS: Final = frozenset(c.lower() for c in VOCAB.cues)
CUE_FORMS: Final = CUE_VERBS | frozenset(c + "nya" for c in CUE_VERBS)
CUE_LENGTHS: Final = tuple(sorted({len(form) for form in CUE_FORMS}))
CUE_OPENING: Final = r"[ \t]*[,.]?[ \t]*(?:[\u2013\u2014-][ \t]*)?"  # cue_pattern's, before the verb
# `"...," tertulis dalam unggahan itu`, `," demikian tertulis di laman resmi BKPS`: the words
# are written in the text named after the preposition (see referents.cue_referent).
WRITTEN_IN: Final = re.compile(CUE_OPENING + r"(?:demikian[ \t]+)?(?P<cue>tertulis)(?P<nya>)(?=[ \t]+(?:dalam|di|pada)[ \t])")
# `... menyambut baik kunjungan itu dan (menegaskan)`: a reporting verb joined to an earlier predicate.
JOINED_BY_DAN: Final = re.compile(r"[ \t]dan[ \t]+(?:(?:juga|pun|lalu|kemudian)[ \t]+)?$")
FIRST_ACTIVE_VERB: Final = re.compile(r"(?<=[ \t])me[a-z]{3,}(?=[ \t])")
SO_WORDS: Final = ("begitu", "demikian")
SO_BEFORE_CUE: Final = re.compile(CUE_OPENING + r"(?:begitu|demikian)(?=[ \t]+[a-z])")
WORD_AFTER_MARK: Final = re.compile(CUE_OPENING + r"(\w*)")  # (read by word_after_mark)
DASH_OPENINGS: Final = "\u2013\u2014-"  # CUE_OPENING's dashes
WORD_RUN: Final = re.compile(r"\w+")
CAPITAL_AFTER: Final = re.compile(r"[ \t]+[A-Z][a-z]")
SENTENCE_CLOSES: Final = re.compile(r"[ \t]*(?:[.!?]|$)", re.M)
_ONE_CUE: dict[str, re.Pattern[str]] = {}  # a form: cue_pattern narrowed to its verb
# A lower-case word after the closing mark, a capitalised word after it (see _misspelt_cue).
MISSPELT_CUE: Final = re.compile(rf"{CUE_OPENING}(?P<cue>[a-z]{{4,}})(?P<nya>)(?=[ \t]+(?:[A-Z][a-z]|(?:dia|beliau)\b))")


@dataclass(slots=True, init=False)
class Attribution:
    """What the cue beside a quote says: who (mention), with which verb (cue), and where.
    (An __init__ of its own: see titles.Mention.)"""

    mention: Mention | None
    cue: str | None
    position: str  # 'after', 'before', 'alone'
    end: int  # where the attribution ends (after the cue phrase), 0 when it ends at the quote

    def __init__(self, mention: Mention | None, cue: str | None, position: str, end: int = 0) -> None:
        self.mention, self.cue, self.position, self.end = mention, cue, position, end

    def __reduce__(self) -> tuple:
        return (Attribution, (self.mention, self.cue, self.position, self.end))


@dataclass(slots=True, init=False)
class CueVerb:
    """A cue verb after a closing mark as its pattern's match gives it: where the match
    starts (the blanks, comma or dash before the verb) and ends, where the verb starts,
    the verb as written (`ujar` of `ujarnya`), its `nya` as written or "", and whether it
    is `tertulis` before the text it names (WRITTEN_IN). Read once into fields: each read
    of a match object is a call. (An __init__ of its own: see titles.Mention.)"""

    start: int
    verb_start: int
    end: int
    verb: str
    nya: str
    written: bool

    def __init__(self, start: int, verb_start: int, end: int, verb: str, nya: str, written: bool = False) -> None:
        self.start, self.verb_start, self.end, self.verb, self.nya, self.written = start, verb_start, end, verb, nya, written

    @staticmethod
    def of(m: re.Match[str]) -> CueVerb:
        """The cue verb a match of cue_pattern (or one of its narrowings) found."""
        return CueVerb(m.start(), m.start("cue"), m.end(), m.group("cue"), m.group("nya") or "", m.re is WRITTEN_IN)


def cue_after(article: Article, span: Span, para_end: int) -> Attribution | None:
    """`," kata X`, `," ujarnya`, `" kata dia`: the cue right after the closing mark."""
    text = article.text
    if not span.closed:
        return None
    m = cue_verb_after(article, span)
    verb, after = (m.verb, m.end) if m else ("", 0)
    if not m or after > para_end or not (is_lower_start(verb) or _capitalised_cue(text, span, m)):
        # A verb we do not list, with -nya: `," ujanya.`, `," menurutnya.`
        inner = text[span.start : span.end].rstrip()
        other = PRONOUN_VERB.match(text, span.close_end)
        if other and other.end() <= para_end and inner[-1:] in ",.!?\u2026":
            return Attribution(Mention((), None, pronoun=True, text=other.group(1)), other.group(1), "after", other.end())
        if inner[-1:] not in ",.!?\u2026":
            return None
        return (
            _name_then_verb(article, span.close_end, para_end) or _pronoun_then_verb(text, span.close_end, para_end)
            or _misspelt_nya_cue(text, span.close_end, para_end)
        )
    if after < len(text) and (text[after] == "-" or text[after].isalnum()):
        return None
    cue = verb.lower()
    if cue in VOCAB.noun_cues and not _words_said(text, span):
        return None  # `Nama "Stadion Baru" usul Wali Kota X`: a term, named by whom
    if cue == "kata" and WORD_POINTED_AT.match(text, after):
        return None  # `"He quietly left," kata ini bisa ...`: the noun (this word), not the verb
    if m.written:
        return Attribution(None, cue, "after", after)  # the words after it name a text (see referents), no speaker
    if m.nya:
        named = _name_after_nya(article, after, para_end)
        if named is not None:
            return Attribution(named[0], cue + "nya", "after", named[1])  # `," ujarnya Ma'mun.`: a slip for `ujar Ma'mun`
        return Attribution(Mention((), None, pronoun=True, text=text[m.start : after].strip()), cue + "nya", "after", after)
    phrase, end = article.speaker_phrase(after, para_end)
    if not phrase and cue not in VOCAB.written_cues:
        described = described_then_named(article, after, para_end)
        if described is not None:
            return Attribution(described[0], cue, "after", described[1])
    phrase, end = _office_read_on(article, phrase, end, para_end) or (phrase, end)
    return _phrase_after(article, cue, phrase, end, para_end)


# A demonstrative right after `kata`: the noun (a word) pointed at, never a speaker.
WORD_POINTED_AT: Final = re.compile(r"[ \t]+(?:ini|itu|tersebut)\b")


def _words_said(text: str, span: Span) -> bool:
    """Before a cue verb that is a noun too (`usul`, `tuntas`): do the quoted words end with
    punctuation (`"...," usul Rifat`)? A name or a slogan does not (`Nama "Taman Sauyunan",
    usul Ketua RW X, disepakati`), and a missed quote costs less than a wrong speaker."""
    return text[span.start : span.end].rstrip()[-1:] in ",.!?\u2026"


def _name_after_nya(article: Article, pos: int, para_end: int) -> tuple[Mention, int] | None:
    """The person named right after a cue with -nya, closing the sentence, whom the article
    names elsewhere too (`," ujarnya Ma'mun.` after `Direktur X, Ma'mun, ...`), and where the
    phrase ends; None for anything else: a time (`katanya Ramadan lalu`), an outlet
    (`ujarnya Kompas.com.`), a place (`ujarnya Stadion Si Jalak Harupat.`), `ujarnya, Senin`."""
    text = article.text
    if not CAPITAL_AFTER.match(text, pos):
        return None
    phrase, end = article.speaker_phrase(pos, para_end)
    words = phrase.split()
    if not words or "." in phrase or not SENTENCE_CLOSES.match(text, end) or place_word(words[0]):
        return None
    mention = article.mention(phrase)
    if mention is None or not mention.name or len(article.places.where(mention.name[0])) < 2:
        return None
    return mention, end


# `kata promotor acara, Rina`: a few lower-case words, then a comma (see described_then_named).
DESCRIPTION_SET_OFF: Final = re.compile(r"[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,3}[a-z][a-z\-]*)[ \t]*,[ \t]*")


def described_then_named(article: Article, pos: int, para_end: int) -> tuple[Mention, int] | None:
    """`"...," kata promotor acara, Rina Kartika.`: a description in lower case that
    opens with no word we know as a role, then the name set off by a comma: the named
    person, the description their title; and where that ends. Not words of a
    clause (a verb, a preposition, a pronoun, an adverb: `kata sambil menunjuk, ...`,
    `ujar lagi, ...`), nor written words (`tulis akun lain, Kamis`); the name a
    name alone (not a day: `teriak massa aksi, Selasa`)."""
    m = DESCRIPTION_SET_OFF.match(article.text, pos, para_end)
    words = m.group(1).split() if m is not None else []
    if m is None or VERB_SHAPE.match(words[0]) or not all(_describes(w) for w in words):
        return None
    phrase, end = article.speaker_phrase(m.end(), para_end)
    mention = article.mention(phrase) if phrase and "," not in phrase else None
    if mention is None or not mention.name or mention.title or not all_name_like(mention.name):
        return None
    return Mention(mention.name, m.group(1), text=f"{m.group(1)}, {phrase}"), end


def _describes(word: str) -> bool:
    """Can the lower-case word be part of a description of a person (no active verb,
    no preposition, pronoun, adverb or word for written words)?"""
    key = fold(word)
    return not (
        key in VOCAB.phrase_stops or key in VOCAB.prepositions or key in VOCAB.pronouns or key in VOCAB.trailing_adverbs
        or key in VOCAB.source_verbs or key in VOCAB.statement_nouns or key in VOCAB.cues or key in VOCAB.reporting
        or key in VOCAB.circumstance_words or key == "yang" or ACTIVE_VERB.match(key)
    )


# A preposition inside an office's name, then a capital (see READ_ON_PREPOSITIONS).
OFFICE_PREPOSITION: Final = re.compile(rf"[ \t]+({'|'.join(READ_ON_PREPOSITIONS)})[ \t]+(?=[A-Z])")


def _office_read_on(article: Article, phrase: str, end: int, para_end: int) -> tuple[str, int] | None:
    """The speaker phrase read on past a preposition inside an office (`kata Kabid Humas
    pada Kejari Sentosa Budi Santoso`, the article calling him Budi elsewhere), and
    where it then ends: only when the office before it names no one, the words read
    on are capitalised and open with an organisation (not a place or an event: `kata
    Kapolres pada Apel Gelar Pasukan ...`), and the longer phrase names someone the
    article gives (see holder_named_elsewhere). `kata Menteri X Budi di Jakarta` and
    `kata Kepala Dinas X di Kantor Gubernur Y` end at `di`."""
    words = phrase.split()
    if not words or not is_upper_start(words[0]) or not (fold(words[0]) in VOCAB.offices or opens_a_written_out_role(words, 0)):
        return None
    m = OFFICE_PREPOSITION.match(article.text, end, para_end)
    if not m:
        return None
    short = article.mention(phrase)
    placed = short is not None and bool(short.name) and _a_place(short.name)
    if short is not None and short.name and not placed:
        return None
    rest, stop = read_speaker_phrase(article.text, m.end(), para_end)
    read_on = rest.split()
    if len(read_on) < 3 or any(is_lower_start(w) for w in read_on):
        return None
    longer = f"{phrase} {m.group(1)} {rest}"
    if placed and not (_place_then_name_set_off(rest) and _a_place(tuple(rest.split(",")[0].split()))):
        # a place is no holder's name (`kata Dubes Inggris untuk Indonesia, Dominic Jermey`), but
        # the words after the preposition must be a place too: not whom a message is for
        # (`pesan Dubes Belanda untuk Gubernur Jawa Tengah, Ahmad`)
        return None
    if _place_then_name_set_off(rest):
        mention = article.mention(longer)  # `ujar Konsul Jenderal RI di Houston, Nana Yuliana, Selasa`
        return (longer, stop) if mention is not None and mention.name == tuple(rest.split(",")[-1].split()) else None
    mention = article.mention(longer)
    if mention is None or not mention.name or mention.role_only or not opens_an_organisation(read_on[0]):
        return None
    return (longer, stop) if holder_named_elsewhere(longer.split(), mention.name, article.evidence) else None


def _a_place(name: tuple[str, ...]) -> bool:
    return all(fold(w) in VOCAB.place_words for w in name)


def _place_then_name_set_off(rest: str) -> bool:
    """Is the phrase after an office's preposition a place, then a name of two words or more
    set off by a comma (`Houston, Nana Yuliana`): no place nor day (`Semarang, Jawa Tengah`)?"""
    parts = [p.split() for p in rest.split(",")]
    if len(parts) != 2 or not parts[0] or len(parts[1]) < 2:
        return False
    return all_name_like(tuple(parts[1])) and not any(fold(w) in VOCAB.place_words or fold(w) in VOCAB.places for w in parts[1])


def _capitalised_cue(text: str, span: Span, m: CueVerb) -> bool:
    """`"...," Jelas Gus Ipul.`: a cue verb written with a capital, after a quote that
    ends with a comma (or `!`, `?`) and before a capitalised name; not a sentence of
    its own (`"..." Jelas bahwa ...`)."""
    inner = text[span.start : span.end].rstrip()
    return inner[-1:] in ",!?" and not m.nya and CAPITAL_AFTER.match(text, m.end) is not None


def cue_verb_after(article: Article, span: Span) -> CueVerb | None:
    """cue_verb_at the closing mark of the span, found once: the cue and its referent both ask."""
    at = span.close_end
    if at not in article.cue_verbs:
        article.cue_verbs[at] = _cue_verb_after(article.text, span)
    return article.cue_verbs[at]


def _cue_verb_after(text: str, span: Span) -> CueVerb | None:
    m = _cue_verb_after_so(text, span.close_end) or cue_verb_at(text, span.close_end)
    verb = m.verb if m is not None else ""
    if (m is None or fold(verb) == "demikian") and (found := WRITTEN_IN.match(text, span.close_end)):
        written = CueVerb.of(found)
        return written if _clause_ends(text, span, written) else None
    if m is None:
        return _misspelt_cue(text, span)
    if wording_cue(verb) and not _clause_ends(text, span, m):
        return None  # `mendengar "duar" bunyi ledakan`: the sound of a blast, no text's wording
    return m


def _cue_verb_after_so(text: str, pos: int) -> CueVerb | None:
    """`"...," begitu kata Rudi`, `," demikian ujar Rudi`: a cue verb after `begitu` or
    `demikian` ("so"), the verb the cue; not a written one (`demikian bunyi pasal itu`,
    `demikian pesan yang diterima`: `demikian` itself the cue of a text's wording)."""
    if word_after_mark(text, pos) not in SO_WORDS:
        return None  # (the test first: the engine's call costs more, and most cues have no `begitu`)
    so = SO_BEFORE_CUE.match(text, pos)
    if so is None:
        return None
    m = cue_verb_at(text, so.end())
    if m is None or m.nya or fold(m.verb) in VOCAB.written_cues or fold(m.verb) in VOCAB.statement_nouns:
        return None
    return m


def _misspelt_cue(text: str, span: Span) -> CueVerb | None:
    """`"...," kara Rudi`, `," uajr dia`: a word one typing slip away from a cue verb of
    four letters or more, after a quote closed with punctuation (see _clause_ends) and
    before a capitalised word or `dia` (see _slip_of_one)."""
    m = MISSPELT_CUE.match(text, span.close_end)
    found = CueVerb.of(m) if m is not None else None
    if found is None or not _clause_ends(text, span, found):
        return None
    return found if _slip_of_one(found.verb, LONG_CUE_VERBS) else None


def _slip_of_one(word: str, forms: frozenset[str]) -> bool:
    """Is the word one typing slip away from one of the forms, and no word the corpus
    knows as one of its own (so `kita`, `kota`, `kesan` are never `kata`, `pesan`)?"""
    known = word in VOCAB.lower_case or word in VOCAB.usually_lower or word in VOCAB.no_name_words
    return not known and any(one_slip(word, form) for form in forms)


# A word closing the clause after the quote (`," sambungya.`): a cue with -nya misspelt?
WORD_CLOSING_CLAUSE: Final = re.compile(rf"{CUE_OPENING}([a-z]{{6,}})(?=[ \t]*[.,;](?:\s|$))")
# The cue verbs of four letters or more, bare and with -nya: shorter ones are a slip from too many words.
LONG_CUE_VERBS: Final = frozenset(verb for verb in CUE_VERBS if len(verb) >= 4)
CUE_NYA_FORMS: Final = frozenset(verb + "nya" for verb in LONG_CUE_VERBS)


def _said_so_after(article: Article, span: Span) -> Attribution | None:
    """`"...." Hal itu disampaikan Kapolsek Heri saat ditemui.`, `"...". Demikian dikatakan
    Kepala BPBD, Ahmad Fauzi.`, or the next paragraph opening `Pernyataan tersebut disampaikan
    oleh ...`: for a closed quote with no cue beside it that ends as a sentence, a sentence
    after it saying with a passive verb of saying who said it (not `Hal itu dibantah X`:
    someone answering it; nor `Hal itu juga disampaikan X`: X saying it too; nor after
    `Devi mengatakan ...` in the quote's paragraph: hers, which X then said)."""
    text = article.text
    m = SAID_SO_AFTER.match(text, span.close_end) if span.closed else None
    if m is None or m.group("cue") not in SAYING_PASSIVES:
        return None
    if text[span.start : span.end].rstrip()[-1:] not in ".!?\u2026" and not text.startswith(".", span.close_end):
        return None  # (the quote ends no sentence: `"Kami," Hal ...` is no such cue)
    para = article.by_index[span.paragraph]
    if article.reporting_words.any_between(article.first_word_of[para.index], bisect_left(article.starts, span.open_at)):
        return None  # (`Devi mengatakan ... "..."`: someone named as speaking before it in its paragraph)
    cue_para = article.paragraphs[bisect_right(article.paragraph_starts, m.end()) - 1]
    if cue_para.index > span.last_paragraph + 1:
        return None  # (a paragraph between: not about this quote)
    if m.group("nya"):
        return Attribution(Mention((), None, pronoun=True, text=m.group("cue") + "nya"), m.group("cue") + "nya", "after", m.end())
    phrase, end = article.speaker_phrase(m.end(), cue_para.end)
    phrase, end = _office_read_on(article, phrase, end, cue_para.end) or (phrase, end)
    if not phrase:
        return None
    found = _phrase_after(article, m.group("cue"), phrase, end, cue_para.end)
    return found if found.mention is not None and not found.mention.pronoun else None


# The sentence _said_so_after reads: what was said, taken up (`Hal itu`, `Pernyataan tersebut`,
# `Demikian`), a passive verb (group cue; -nya its agent; no `juga` before it nor `pula` after
# it: someone else saying it too) and `oleh` before the speaker.
SAID_SO_AFTER: Final = re.compile(
    r"[ \t]*\.?\s*(?:(?:Hal|Pernyataan|Penjelasan|Keterangan|Ucapan)[ \t]+(?:itu|tersebut|ini)|Demikian)[ \t]+"
    r"(?P<cue>di[a-z]+?)(?P<nya>nya)?(?![ \t]+pula\b)(?:[ \t]+oleh)?(?=[ \t]|[.,])"
)
# The passive verbs of saying among data/passive_reporting_verbs.txt (not of agreeing,
# confirming or complaining: `Hal itu dibenarkan Kapolres` may confirm someone else's words).
SAYING_PASSIVES: Final = frozenset({
    "disampaikan", "diungkapkan", "dijelaskan", "dikatakan", "diterangkan", "ditegaskan", "diutarakan",
    "dituturkan", "dipaparkan", "disebutkan", "ditambahkan", "dinyatakan", "dikemukakan", "ditekankan",
}) & VOCAB.passive_reporting


def _misspelt_nya_cue(text: str, pos: int, para_end: int) -> Attribution | None:
    """`"...," sambungya.`: a word one typing slip away from a cue verb with -nya (of four
    letters or more before it), closing the clause, that the corpus does not know as a
    word of its own: the pronoun cue it was meant to be."""
    m = WORD_CLOSING_CLAUSE.match(text, pos, para_end)
    if m is None:
        return None
    word = m.group(1)
    if not _slip_of_one(word, CUE_NYA_FORMS):
        return None
    return Attribution(Mention((), None, pronoun=True, text=word), word, "after", m.end())


def wording_cue(cue: str) -> bool:
    """Is the cue verb a noun for the wording of a text (`bunyi`: `," bunyi surat
    edaran itu`), so that what follows it names the text, never a person?"""
    key = fold(cue)
    return key in VOCAB.written_cues and key in VOCAB.statement_nouns


def _clause_ends(text: str, span: Span, m: CueVerb) -> bool:
    """Does a punctuation mark end the quote or follow it before the cue (`...,"
    bunyi`, `...", bunyi`), as words quoted whole end, and a term does not?"""
    inner = text[span.start : span.end].rstrip()
    return inner[-1:] in ",.!?\u2026" or "," in text[span.close_end : m.verb_start]


def cue_verb_at(text: str, pos: int) -> CueVerb | None:
    """VOCAB.cue_pattern.match(text, pos), by the word there (the whole pattern when the
    word is not ASCII, where ignoring case is more than lower-casing). On ASCII the match
    is the whole run (see CUE_VERBS): the verb, or the verb and its -nya; its opening is
    the greedy one word_after_mark reads, since a run follows it."""
    i, j = _run_after_mark(text, pos)
    word = text[i:j]
    if not word.isascii():
        m = VOCAB.cue_pattern.match(text, pos)
        return CueVerb.of(m) if m is not None else None
    form = word.lower()
    if form not in CUE_FORMS:
        return None
    if form in CUE_VERBS:
        return CueVerb(pos, i, j, word, "")
    return CueVerb(pos, i, j, word[:-3], word[-3:])


def word_after_mark(text: str, pos: int) -> str:
    """WORD_AFTER_MARK.match(text, pos).group(1): the run of word characters (\\w: what
    isalnum says, and `_`) after CUE_OPENING, read by a loop. Every part of the opening
    is optional and the run may be empty, so the match is the greedy one: blanks, a comma
    or period, blanks, a dash, blanks."""
    i, j = _run_after_mark(text, pos)
    return text[i:j]


def _run_after_mark(text: str, pos: int) -> tuple[int, int]:
    """Where word_after_mark's run starts and ends."""
    n = len(text)
    i = past_blanks(text, pos)
    if i < n and (text[i] == "," or text[i] == "."):
        i = past_blanks(text, i + 1)
    if i < n and text[i] in DASH_OPENINGS:
        i = past_blanks(text, i + 1)
    j = i
    while j < n and (text[j].isalnum() or text[j] == "_"):
        j += 1
    return i, j


def _cue_verb_in(head: str) -> re.Match[str] | None:
    """VOCAB.cue_pattern.search(head): the pattern narrowed to the longest cue form
    that ends the first run of word characters ending in one, searched from the end of
    the run before it (so that the comma or dash before the verb is found as the whole
    search finds it); None when no run ends in a cue form."""
    if not head.isascii():
        return VOCAB.cue_pattern.search(head)
    after = 0  # where the run before ends
    for run in WORD_RUN.finditer(head):
        word = run.group().lower()
        for n in reversed(CUE_LENGTHS):
            if n <= len(word) and word[-n:] in CUE_FORMS:
                return _one_cue(word[-n:]).search(head, after)
        after = run.end()
    return None


def _one_cue(form: str) -> re.Pattern[str]:
    """cue_pattern with the one verb a word of this form is: the form itself, or the
    form less its -nya (the pattern tries the longest verb first)."""
    pattern = _ONE_CUE.get(form)
    if pattern is None:
        verb = form if form in CUE_VERBS else form[: -len("nya")]
        pattern = re.compile(rf"{CUE_OPENING}(?P<cue>{re.escape(verb)})(?P<nya>nya)?\b", re.IGNORECASE)
        _ONE_CUE[form] = pattern
    return pattern


def _phrase_after(article: Article, cue: str, phrase: str, end: int, para_end: int) -> Attribution:
    """Who the speaker phrase after a cue verb (ending at `end`) names."""
    if _refers_back(phrase, article.text, end, para_end):
        # `kata mantan kapten tim nasional itu`, `pungkas Doktor politik ... ini`:
        # a description of someone already named, as a pronoun would be
        return Attribution(Mention((), None, pronoun=True, text=phrase), cue, "after", end)
    if _circumstance_first(phrase):
        # `," ujar dalam Diskusi Publik ...`, `," kata saat ditemui`: the subject left out, as in `ujarnya`
        return Attribution(Mention((), None, pronoun=True, text=phrase), cue, "after", end)
    mention = article.mention(phrase) if phrase else None
    if mention is None:
        if phrase and fold(phrase.split()[0]) in VOCAB.pronouns:
            mention = Mention((), None, pronoun=True, text=phrase)
        elif fold(phrase) in article.evidence.organisations:
            mention = Mention((), phrase, role_only=True, text=phrase)  # `tulis BMN`, defined earlier
        else:
            return Attribution(None, cue, "after", end)
    return Attribution(mention, cue, "after", end)


def _circumstance_first(phrase: str) -> bool:
    """Does the phrase after a cue verb open with a lower-case word that only ends a
    speaker phrase (`dalam`, `saat`, `usai`: data/phrase_stops.txt), not `yang`?"""
    if not phrase or is_upper_start(phrase):
        return False  # (the cheap test first: a word with a capital is not in lower case)
    first = phrase.split(maxsplit=1)[0]
    return first.islower() and first != "yang" and first in VOCAB.phrase_stops


def _refers_back(phrase: str, text: str, end: int, para_end: int) -> bool:
    """Is the cue's phrase a description with a demonstrative (`mantan kapten tim
    nasional itu`), with no name set off in it, opening with a role or a lower-case word?"""
    if not phrase or " " not in phrase or "," in phrase or "(" in phrase:
        return False
    head = phrase.split()[0]
    if is_upper_start(head) and fold(head) not in VOCAB.offices and fold(head) not in VOCAB.roles:
        return False  # `Rudi Hartono itu` is no description
    return bool(REFERS_BACK.search(phrase) or DEMONSTRATIVE_AFTER.match(text, end, para_end))


def _name_then_verb(article: Article, pos: int, para_end: int) -> Attribution | None:
    """`"...," Yanti memungkas.`, `"...," dokter Yanti mengingatkan.`: a short name, perhaps
    after a role in lower case, then a reporting verb ending the sentence."""
    m = NAME_THEN_VERB.match(article.text, pos, para_end)
    if not m or m.group(2) not in VOCAB.reporting:
        return None
    role = m.group(1).split()[0]
    if role.islower() and not role_word(fold(role)):
        return None  # (`"...," lalu Yanti pergi.`: no role before the name)
    mention = article.mention(m.group(1).strip())
    if mention is None or not mention.name:
        return None
    return Attribution(mention, m.group(2), "after", m.end())


def _pronoun_then_verb(text: str, pos: int, para_end: int) -> Attribution | None:
    """`"...," dia menambahkan.`: a pronoun, then a reporting verb, as `tambahnya` would say."""
    m = PRONOUN_THEN_VERB.match(text, pos, para_end)
    if not m or m.group(2) not in VOCAB.reporting or (m.group(3) and m.group(3) not in VOCAB.prepositions):
        return None  # (`dia meminta agar ...`: a sentence of its own, no cue)
    return Attribution(Mention((), None, pronoun=True, text=m.group(1)), m.group(2), "after", m.end(2))


def _opener_before_subject(article: Article, at: int, words: list[str]) -> bool:
    """Is the clause's first word a common word opening it before the subject (see
    Article.opens_before_a_name when a word follows)?"""
    first = words[0].rstrip(",")
    if len(words) > 1 and not words[0].endswith(","):
        return article.opens_before_a_name(at, first, words[1])
    return article.common_opener(at, first)


def _opening_phrase(words: list[str]) -> int:
    """How many words open the clause as a phrase of several words that opens sentences
    (`Sementara itu`, `Di sisi lain`; see SENTENCE_OPENERS) with no comma after it, before a
    capitalised word; else 0."""
    if len(words) < 3 or words[0] not in OPENING_PHRASE_FIRST_WORDS:
        return 0
    for n in (2, 3, 4):
        if len(words) > n and " ".join(words[:n]) in SENTENCE_OPENERS:
            return n if is_upper_start(words[n]) else 0
    return 0


# The first words of the sentence openers of several words (`Sementara` of `Sementara itu`).
OPENING_PHRASE_FIRST_WORDS: Final = frozenset(opener.split()[0] for opener in SENTENCE_OPENERS if " " in opener)


def subject_before(article: Article, clause_lo: int, verb_at: int) -> Mention | None:
    """The speaker in `X mengatakan`, `Sutini (52), pemilik toko, mengatakan`."""
    clause = article.text[clause_lo:verb_at]
    lead, comma, rest = clause.partition(",")
    past_lead = clause_lo + len(lead) + 1 + len(rest) - len(rest.lstrip())
    if comma and opens_with_preposition(lead.split()):
        # `Selain Rudi, beberapa warga ... mengeluhkan`: the subject follows the opening phrase
        return _subject_in(article, past_lead, rest)
    if comma and rest.strip() and _subordinate(lead.split()):
        # `Karena ..., Feynman menyarankan`, `Setelah bertemu Gubernur X, sejumlah pedagang
        # mengatakan`: the subject follows the clause (but `Ketika dikonfirmasi Kapolsek X,
        # mengatakan`, with nothing after it, is the clause's)
        return _subject_in(article, past_lead, rest)
    found = _subject_in(article, clause_lo, clause)
    if found is not None and found.title and comma and _the_source_of(lead, found):
        # `Menurut Suwarno, pihak perusahaan selalu menyebut`: the source named before the comma, with
        # no role in the words after it (`pihak perusahaan selalu`)
        source = lead.split(None, 1)[1]
        return _subject_in(article, clause_lo + len(lead) - len(source), source)
    return found


def _the_source_of(lead: str, found: Mention) -> bool:
    """Is the lead a `Menurut` phrase naming the one found (`Menurut Suwarno`)?"""
    words = lead.split()
    return len(words) > 1 and fold(words[0]) == "menurut" and set(found.name) <= set(words[1:])


def _subordinate(lead: list[str]) -> bool:
    """Does the lead open with a subordinator, not a time phrase (`Ketika itu`, `Setelah itu`)?"""
    return len(lead) > 1 and fold(lead[0]) in VOCAB.subordinators and fold(lead[1].rstrip(",")) != "itu"


# A verb, then a comma or colon and a quote mark: `menulis, "`.
QUOTE_AFTER_VERB: Final = re.compile(r"[ \t]*\w+[ \t]*[,:][ \t]*[\"\u201c\u201d]")


def _subject_in(article: Article, clause_lo: int, clause: str) -> Mention | None:
    """The speaker the clause from clause_lo names (see subject_before)."""
    words = clause.split()
    while words and fold(words[-1].rstrip(",")) in VOCAB.trailing_adverbs:
        words.pop()  # `Ganjar Pranowo bahkan menyatakan`, `Luthfi juga menegaskan`
    if len(words) > 1 and words[-1] == "yang" and QUOTE_AFTER_VERB.match(article.text, clause_lo + len(clause)) \
            and all(is_upper_start(w) or role_word(fold(w)) for w in past_the_last_comma(words[:-1])):
        # `Budi Santoso yang menulis, "..."`, `Penyanyi Jennie yang berkata, "..."`: the one who wrote the
        # words right after; not a relative clause in a longer clause (`mendengar istri Pak Udin yang
        # berteriak, "..."`, `beredar pesan suami Bu Rina yang menulis, "..."`: his wife's, her husband's)
        words.pop()
    opener = _opening_phrase(words)
    if opener:
        del words[:opener]  # `Sementara itu Rini mengaku`: the opener's comma left out
    elif words and _opener_before_subject(article, clause_lo, words):
        words.pop(0)  # `Awalnya Rini mengaku`, `Sekarang, dia mengklaim`, `Mulanya Rini menolak`
    elif len(words) > 1 and is_upper_start(words[0]) and fold(words[1]) in VOCAB.subject_pronouns:
        words.pop(0)  # `Kedepan dia memastikan`: a word before the pronoun opens the sentence, no name
    clause = " ".join(words).strip(" ,")
    m = NAME_THEN_DETERMINER.match(clause)
    if m is not None and m.group(1) != "Salah":  # (`Salah seorang warga, Rina,`: no name before it)
        clause = f"{clause[: m.end(1)]},{clause[m.end(1) :]}"  # (sub would call back into Python for its template)
    if not clause:
        return None
    words = clause.split()
    if fold(words[0].rstrip(",")) in VOCAB.pronouns and len(words) <= 3:
        return Mention((), None, pronoun=True, text=clause)
    lead, _, last = clause.rpartition(",")
    if _pronoun_after_adjunct(lead, last.split()):
        # `Dalam memo internalnya, ia mengatakan`: the subject is the pronoun, and
        # what comes before its comma is no title
        return Mention((), None, pronoun=True, text=last.strip())
    if len(clause) > 250:
        clause = clause[-250:]
    mention = article.mention(clause)
    if mention is None or not mention.name:
        # `Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (16/9), mengatakan`
        m = CIRCUMSTANCE.search(clause)
        if m:
            shorter = article.mention(clause[: m.start()])
            if shorter is not None and shorter.name:
                return shorter
    return mention


def first_of_joined_predicates(text: str, lo: int, at: int) -> int:
    """Where the subject of the reporting verb at `at` ends: before the first of two
    predicates joined by `dan` (`Direktur ..., Agus Salim menyambut baik kunjungan
    itu dan menegaskan`), else at the verb itself."""
    if text.find("dan", lo, at) < 0 or not JOINED_BY_DAN.search(text, lo, at):
        return at
    m = FIRST_ACTIVE_VERB.search(text, lo, at)
    return m.start() if m is not None else at


def _pronoun_after_adjunct(lead: str, last: list[str]) -> bool:
    """Is the clause's subject a pronoun after a phrase set off by a comma, a phrase with
    no verb of its own (`Dalam memo internalnya, ia`; not `Budi mengatakan, ia`)?"""
    if not (lead and last and len(last) <= 3 and fold(last[0]) in VOCAB.pronouns):
        return False
    return not any(fold(w) in VOCAB.reporting or ACTIVE_VERB.match(fold(w)) for w in lead.split())


def cue_before(article: Article, span: Span, para_start: int) -> Attribution | None:
    """`X mengatakan, "`, `Menurut X, "`, `X: "`, `kata X, "` before the opening mark."""
    if names_a_subject(article.text, span):
        return None
    lo = article.clause_start(para_start, span.open_at)
    stripped = article.text[lo : span.open_at].rstrip()
    if not stripped:
        return _colon_closing_the_paragraph_before(article, span)
    if stripped.endswith(":") and len(stripped.split()) <= 12:
        return _cue_before_colon(article, lo, stripped[:-1])
    if not stripped.endswith(",") and not ENDS_WITH_BAHWA.search(stripped):
        return None
    head = TRAILING_BAHWA.sub("", stripped)
    if fold(head) == "menurutnya":  # (`Menurutnya, "..."`: as `Menurut dia`)
        return Attribution(Mention((), None, pronoun=True, text=head), "menurut", "before")
    m = OPENS_WITH_MENURUT.match(head)
    if m:
        mention = article.mention(head[past_account_noun(head, m.start(1)) :])
        return Attribution(mention, "menurut", "before") if mention else None
    verbs = _reporting_verbs(head)
    if verbs and not head[verbs[-1].end() :].strip():
        verb = verbs[-1]
        # `seorang pria lain mendekatinya dan berkata, "`: the subject of the first predicate, perhaps unnamed
        at = first_of_joined_predicates(article.text, lo, lo + verb.start())
        mention = unnamed_subject(article.text[lo:at]) or subject_before(article, lo, at)
        return Attribution(mention, verb.group("verb"), "before") if mention else None
    return _cue_verb_before(article, lo, head, span.open_at)


# The lower-case word after a closing mark (on the same line, no comma between; not
# the first half of a doubled word, `berkali-kali`).
WORD_AFTER_CLOSE: Final = re.compile(r"[ \t]+([a-z]+)(?![\w-])")
# A verb by its prefix (`ditulis`, `terinspirasi`, `bercerita`, `menjadi`, `mengangkat`),
# or a copula: what goes on with a sentence whose subject the word before is.
PREDICATE_SHAPE: Final = re.compile(r"(?:di|ter|ber|me)[a-z]{3,}|adalah|ialah|merupakan")


def _colon_closing_the_paragraph_before(article: Article, span: Span) -> Attribution | None:
    """A quote opening its paragraph after one that ends with a colon (`Dalam ulasannya,
    NME menulis:`): the cue is that paragraph's last clause, as if on the same line."""
    lo, clause = _last_clause_before(article, span)
    head = clause[:-1].rstrip()
    return _cue_before_colon(article, lo, head) if clause.endswith(":") and head and len(head.split()) <= 12 else None


def _last_clause_before(article: Article, span: Span) -> tuple[int, str]:
    """Where the last clause of the paragraph before the span's starts, and its words ('' if none)."""
    before = article.by_index.get(span.paragraph - 1)
    if before is None or before.skip:
        return 0, ""
    lo = article.clause_start(before.start, before.end)
    return lo, article.text[lo : before.end]


def names_a_subject(text: str, span: Span) -> bool:
    """Is the span a name in quote marks (a song, a book, a film) that opens the
    sentence going on after it: `Budi mengatakan, "Rumah Kedua" ditulis saat ...`?
    A few capitalised words with no punctuation closing them, then on the same line
    a lower-case predicate; words quoted whole end with punctuation or a new sentence."""
    if not span.closed or span.last_paragraph != span.paragraph:
        return False
    words = text[span.start : span.end].split()
    if not words or len(words) > 8 or words[-1][-1:] in SENTENCE_END + ",;:" or is_lower_start(words[0]):
        return False
    if any(is_lower_start(w) and fold(w) not in VOCAB.prepositions and fold(w) not in VOCAB.title_connectors for w in words):
        return False
    m = WORD_AFTER_CLOSE.match(text, span.close_end)
    if m is None:
        return False
    word = m.group(1)
    if word in VOCAB.prepositions or word in VOCAB.pronouns:
        return False  # (`bersama`, `mereka`: no predicate)
    return word in VOCAB.predicate_openers or PREDICATE_SHAPE.fullmatch(word) is not None


def _reporting_verbs(head: str) -> list[re.Match[str]]:
    """VOCAB.reporting_pattern.finditer(head), which tries its hundred verbs at every
    character; none when no run of word characters in the clause is one of the verbs
    (the pattern's `\\b` on each side makes a verb it finds a whole run)."""
    for run in WORD_RUN.findall(head):
        if run in VOCAB.reporting:
            return list(VOCAB.reporting_pattern.finditer(head))
    return []


def _cue_before_colon(article: Article, lo: int, head: str) -> Attribution | None:
    """`X mengatakan: "` or `X: "`, the clause from lo before the colon being head."""
    verbs = _reporting_verbs(head)
    if verbs:
        m = verbs[0]
        mention = subject_before(article, lo, lo + m.start())
        return Attribution(mention, m.group("verb"), "before") if mention else None
    mention = article.mention(head)
    return Attribution(mention, ":", "before") if mention else None


def _cue_verb_before(article: Article, lo: int, head: str, open_at: int) -> Attribution | None:
    """A cue verb in the clause before the quote: `"A," lanjutnya, "B."`, `kata X, "`."""
    text = article.text
    m = _cue_verb_in(head)
    if m and is_lower_start(m.group("cue")) and m.group("nya") and not head[m.end() :].strip(" ,"):
        # `"A," lanjutnya, "B."`
        return Attribution(Mention((), None, pronoun=True, text=m.group(0).strip()), m.group("cue").lower() + "nya", "before")
    if m and (is_lower_start(m.group("cue")) or _cue_opening_the_sentence(text, lo, head, m)):
        phrase, stop = read_speaker_phrase(text, lo + m.end(), open_at)
        if phrase and not text[stop:open_at].strip(" ,"):
            mention = article.mention(phrase)
            if mention:
                return Attribution(mention, m.group("cue").lower(), "before")
    return None


# Cues that, capitalised, open a sentence only as its cue (`Kata Darsono, "..."`), never as an
# adverb or a noun of their own before a comma (not `Jelas`, `Tegas`, `Harap`).
OPENING_CUES: Final = frozenset({"kata", "ujar", "tutur", "ucap"})


def _cue_opening_the_sentence(text: str, lo: int, head: str, m: re.Match[str]) -> bool:
    """Does the capitalised cue of m open the sentence before the quote (`Kata Hadi, "`,
    `Kata ibu dua anak itu, "`), the clause from lo (head) holding nothing before it?"""
    if not (is_upper_start(m.group("cue")) and fold(m.group("cue")) in OPENING_CUES) or head[: m.start("cue")].strip():
        return False
    at = lo - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at < 0 or text[at] in SENTENCE_END + "\n"


def stands_alone(text: str, span: Span, para: Paragraph) -> bool:
    """A span that is a sentence or paragraph of its own, not a term inside a sentence."""
    # Only the few characters around the marks are looked at, so that a huge
    # paragraph full of quote marks stays linear.
    lo = max(para.start, span.open_at - 80)
    before = text[lo : span.open_at].rstrip()
    if before and before[-1] not in SENTENCE_END + ":\"\u201d" and not abbreviation_before(text, lo + len(before) - 1):
        return False
    end = para.end if span.last_paragraph == para.index else len(text)
    after = text[span.close_end : min(end, span.close_end + 80)].lstrip()
    if after and not (after[0].isupper() or after[0] in "\"\u201c\u201d(["):
        return False
    inner = text[span.start : span.end].strip()
    if _an_epithet_before_a_name(text, span, inner, after):
        return False
    return len(inner.split()) >= 2 or inner[-1:] in SENTENCE_END + ","


def _an_epithet_before_a_name(text: str, span: Span, inner: str, after: str) -> bool:
    """Are the words in the marks a few in lower case, no punctuation among them, and the
    sentence going on right after the closing mark with a capitalised word, no cue (`untuk
    satu orang: "ilmuwan rakyat" Qian Xuesen.`: an epithet; not `"sudah capek kami" Ucap
    Rosmawati`, `"alhamdulillah, akhirnya punya juga" Rukmini berucap`)?"""
    if not (inner[:1].islower() and inner.replace(" ", "").isalpha() and len(inner.split()) <= 3):
        return False
    following = after.split(maxsplit=1)[0] if after else ""
    return text[span.close_end : span.close_end + 1] == " " and following[:1].isupper() and fold(following) not in VOCAB.cues


def _brought_in_by_no_one(article: Article, span: Span, para_start: int) -> Attribution | None:
    """A quote standing alone after a clause that ends with a colon, names no one and
    points back to no one (`Investor berpegangan pada prinsip: "`, `Spanduk itu
    bertuliskan: "`): the clause brings the words in, so they are not the previous
    speaker's; an unnamed source. (`Berikut pernyataannya:`, `Ia menjawab dengan canda:`
    point back to who spoke before.) A clause ending with a wording verb (`Dengan
    demikian, Pasal 5 dalam RUU ... diusulkan berbunyi:`) brings in a text, however
    long, whatever it names."""
    lo = article.clause_start(para_start, span.open_at)
    head = article.text[lo : span.open_at].rstrip()
    if not head:  # opening its paragraph: the clause closing the paragraph before
        lo, head = _last_clause_before(article, span)
    if not head.endswith(":"):
        return None
    head = head[:-1]
    if _gives_wording(head):
        return Attribution(Mention((), None, role_only=True, text=head), ":", "before")
    if len(head.split()) > 12:
        return None
    if _reporting_verbs(head) or _cue_verb_in(head) or article.mention(head) is not None or _points_back(head):
        return None  # (`Bellwald yang tampak menahan tangis berkata:`: someone speaks, unread)
    return Attribution(Mention((), None, role_only=True, text=head), ":", "before")


def _gives_wording(clause: str) -> bool:
    """Does the clause end with a verb giving a text's wording (data/wording_verbs.txt)?"""
    last = WORD_RUN.findall(clause)[-1:]
    return bool(last) and fold(last[0]) in VOCAB.wording_verbs


def _points_back(clause: str) -> bool:
    """Does the clause point back to someone named before: a pronoun, a word with -nya, `berikut`?"""
    return any(
        key in VOCAB.pronouns or key == "berikut" or (key.endswith("nya") and len(key) > 4)
        for key in folded(WORD_RUN.findall(clause))
    )


def attribute(article: Article, spans: list[Span]) -> list[tuple[Span, Attribution]]:
    """Each span with the cue after or before it; a span with neither is kept
    only when it stands alone (a name or a term in quote marks is dropped)."""
    out: list[tuple[Span, Attribution]] = []
    for span in spans:
        para = article.by_index[span.paragraph]
        last = article.by_index[span.last_paragraph]
        found = cue_after(article, span, last.end) or cue_before(article, span, para.start) or _said_so_after(article, span)
        if found is None:
            if not stands_alone(article.text, span, para):
                continue
            found = _brought_in_by_no_one(article, span, para.start) or Attribution(None, None, "alone")
        out.append((span, found))
    return out
