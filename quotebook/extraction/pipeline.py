"""The pipeline: one article's text in, its quotes with speakers out.

``extract`` reads as the algorithm: pair the quote marks, read the cue beside
each quote, gather the people the article names, then choose each quote's
speaker (``_choose_speaker``): the person its cue names, else the holder of
the title it names, else the speaker named at the end of its run of quotes,
else the person named in the text before it (nobody, when the evidence for
that person is weak: see abstain), else the previous speaker.
"""
from __future__ import annotations

import gc
import re
import threading
from functools import lru_cache
from dataclasses import replace
from itertools import islice, takewhile
from typing import Final, Iterator

from .positions import bisect_left, bisect_right, Cursor
from ..model import Quote
from .tokens import common_word, DEMONSTRATIVES, WORD, each_replaced, fold, is_acronym, keeps_period, mostly_common_word, name_like, one_slip, SENTENCE_END, usual_name, folded, is_upper_start, words_of
from .vocabulary import longest_first, VOCAB
from .marks import has_quote_mark, QUOTE_MARK, QUOTE_MARK_CHARS, quote_spans, Span, Spans
from .titles import BODY_WORDS, holds_an_office, Mention, POSTED_RELATIONS, person_word, role_word, SENTENCE_OPENERS, strip_determiners
from ..names import abbreviations
from .article import Article
from .cues import Attribution, attribute
from .context import context_events, police_subject, police_title, role_pointed_back, stray_capital
from .events import Event
from .antecedents import from_context, named_run_ends
from .people import aliases_referring_back, named_with_age, NICKNAME_LOOKBACK, words_holding, People, Person, speaker_name, stated_aliases
from .abstain import acted_on_before_the_quote, PerText, FIRST_PERSON, ONE_OF_US, another_subject_since, of_one_acting, says_i, sentence_before, suspect_with_no_words_of_theirs, THIRD_PERSON, VICTIM, someone_new_opens_since, newcomer_since, source_named_then_taken_up, named_as_told, named_in, speaks_for, only_done_to_by_initials, taken_up_again, unnamed_role_says_since, near_namesake, no_name_word, own_role_spoken_of, place_for_a_name, reported_dead, product_for_a_name, spelling_variant, weak_switch, without_thanks_unspoken
from .referents import AGE, cue_noun, cue_referent, cue_words, described_role, handle_after_cue, noun_pointed_back, introduced_with_age, brought_in_as_an_adult, other_sex, Referent, relation_stated_at, relation_to_another, SpeltOut
from .stated_roles import add_stated_roles
from .mentions import forget_phrases_if_full, is_degree, place_word

# What a speaker choice gives: the person (None when unnamed) and the title.
Choice = tuple[Person | None, str | None]
# Reported speech: after the verb and its comma or `bahwa`, to the sentence end.
REPORTED_START: Final = re.compile(r"[ \t]*,?[ \t]*(?:bahwa[ \t]+)?")
REPORTED_END: Final = re.compile(r"[.!?](?=\s|$)")
# The end of the sentence a cue after a quote stands in: before the next quote mark.
# A period inside a word (`dikonfirmasi Kompas.com, Senin`, `Rp 1.000`) ends no sentence.
# (Possessive: a run given back would end with a period before a word, which ends no sentence.)
# (No possessive repeat of the group: re got those wrong before Python 3.11.5, gh-106052;
# the two branches never match the same character, so giving back finds nothing else.)
SENTENCE_AFTER_CUE: Final = re.compile(r"(?:[^.!?\"\u201c\u201d\u201e\n]|\.(?=\w))*[.!?](?=\s|$)")


# A no-break or thin space reads as a space (`kata\xa0Kang Marhaen`); one character
# for one, so offsets into the text as given stay right.
ONE_SPACE: Final = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}
ODD_SPACES: Final = tuple(map(chr, ONE_SPACE))
# An honorific's period glued to the name (`kata Prof.Suryadarma`, `dr.Rina`) reads
# as a space, so the honorific is a word of its own; one character for one. Each
# pattern run over the whole text opens with the period (a literal: see
# tokens.one_of), the word before it read back from there.
GLUED_PERIOD: Final = re.compile(r"\.(?=[A-Z](?:[a-z]|\.))")  # (`Prof.Budi`, and a chain: `Ir.H.M. Rahman`)
HONORIFIC_BEFORE: Final = re.compile(r"\b[A-Za-z]{1,6}\Z")
# An initial glued to the name (`M.Ihsan`) gets a space after its period (not a degree: `M.Si`).
GLUED_INITIAL: Final = re.compile(r"\.(?<=(?<![\w.])[A-Z].)(?=[A-Z][a-z]+\b)")


# A full stop glued to the next sentence (`kata Wawan.Dia menambahkan`, `tambahnya.Selain
# itu`): a word of letters, a period, and a capitalised word that opens sentences.
GLUED_STOP: Final = re.compile(r"\.(?<=[a-z].)(?=([A-Z][a-z]+)\b)")  # (opening with the literal: see tokens.one_of)
WORD_BEFORE_STOP: Final = re.compile(r"(?<![\w.\-/@])[A-Za-z][a-z]+$")


# An age set off by commas after a name, as some outlets write it (`Misdi, 39, dan Bayu`,
# `kata Paolo, 63.`, `Darsono, 58 tahun, masih ...`), reads as the age in parentheses every
# rule knows (`Misdi(39), dan`, `Darsono      (58), masih`): one character for one, so offsets
# into the text as given stay right.
AGE_SET_OFF: Final = re.compile(r",(?<=[a-z],) (\d{1,2})( tahun)?(?=[,.](?:\s|$))")  # (opening with the literal: see tokens.one_of)
NAME_BEFORE_AGE: Final = re.compile(r"(?<![\w.\-/@])[A-Z][a-z]+$")


def _ages_in_parentheses(text: str) -> str:
    """The text with each age set off by commas after a name written in parentheses."""
    ages = [m for m in AGE_SET_OFF.finditer(text) if _a_name_before(text, m.start())] if ", " in text else []
    if not ages:
        return text
    pieces, at = [], 0
    for m in ages:
        pieces += [text[at : m.start()], " " * (m.end() - m.start() - len(m.group(1)) - 2), f"({m.group(1)})"]
        at = m.end()
    return "".join(pieces) + text[at:]


def _a_name_before(text: str, at: int) -> bool:
    """Is the word right before `at` a capitalised word that may be a name, no place's?"""
    word = NAME_BEFORE_AGE.search(text, max(0, at - 30), at)
    return word is not None and name_like(word.group()) and not place_word(word.group())


def _unglued(text: str) -> str:
    """The text with a space for each period glued between an honorific and a name."""
    dots = [m.start() for m in GLUED_PERIOD.finditer(text) if _honorific_before(text, m.start())] if "." in text else []
    if not dots:
        return text
    return " ".join(text[i + 1 : j] for i, j in zip([-1] + dots, dots + [len(text)]))


def _honorific_before(text: str, dot: int) -> bool:
    """Is the word of one to six letters right before the period an honorific (`Prof`, `dr`)?"""
    word = HONORIFIC_BEFORE.search(text, max(0, dot - 6), dot)
    return word is not None and fold(word.group()) in VOCAB.honorifics


def _glued_stops(text: str) -> list[int]:
    """Where a full stop is glued to the next sentence: only before a pronoun or a word the
    corpus writes in lower case in mid-sentence (`Dia`, `Selain`, `Namun`), after a
    word that keeps no period (not `Kab.Bogor`, `H.Ahmad`, `M.Yusuf`, `Kompas.com`)."""
    cuts: list[int] = []
    for m in GLUED_STOP.finditer(text) if "." in text else ():
        after = m.group(1)
        if fold(after) not in VOCAB.pronouns and not common_word(after):
            continue
        before = WORD_BEFORE_STOP.search(text, max(0, m.start() - 40), m.start())
        if before is not None and not keeps_period(before.group() + "."):
            cuts.append(m.end())
    return cuts


def _spaced(text: str, cuts: list[int]) -> tuple[str, list[int]]:
    """The text with a space put in at each cut (sorted), and where those spaces stand in it."""
    if not cuts:
        return text, []
    pieces = [text[i:j] for i, j in zip([0] + cuts, cuts + [len(text)])]
    return " ".join(pieces), [at + k for k, at in enumerate(cuts)]


def _glued_initials(text: str) -> list[int]:
    """Where a space goes after an initial glued to a name (`M.Ihsan`), not inside a degree (`M.Si`)."""
    cuts: list[int] = []
    for m in GLUED_INITIAL.finditer(text) if "." in text else ():
        word = WORD.match(text, m.start() - 1)  # the initial
        if word is not None and not is_degree(word.group().rstrip(".")):
            cuts.append(m.end())
    return cuts


def new_quote(
    quote: str, start: int, end: int, speaker: str | None, speaker_mention: str | None,
    title: str | None, cue: str | None, kind: str, paragraph: int,
) -> Quote:
    """Quote(...) as the core makes it: the instance and the dict of its fields made here,
    compiled. Quote's own __init__ runs as Python, and cost a twentieth of the work in a
    text quoting someone new in each line."""
    made = object.__new__(Quote)
    object.__setattr__(made, "__dict__", {
        "quote": quote, "start": start, "end": end, "speaker": speaker, "speaker_mention": speaker_mention,
        "title": title, "cue": cue, "kind": kind, "paragraph": paragraph,
    })
    return made


def _as_given(quote: Quote, text: str, spaces: list[int]) -> Quote:
    """The quote with its offsets into the text as given, less the spaces put in
    (see _spaced), and its words as given: `text[start:end] == quote`."""
    start = quote.start - bisect_left(spaces, quote.start)
    end = quote.end - bisect_left(spaces, quote.end)
    return replace(quote, start=start, end=end, quote=text[start:end])


def extract(text: str, *, indirect: bool = False) -> list[Quote]:
    """Every direct quote in one article's text, with its speaker, title and cue,
    in reading order. With ``indirect=True`` reported speech (`X mengatakan,
    pemerintah akan ...`) comes too, as quotes of kind ``indirect``."""
    if not text or not (indirect or has_quote_mark(text)):
        return []
    COLLECTOR_OFF.enter()
    try:
        return _extract(text, indirect)
    finally:
        COLLECTOR_OFF.leave()


class CollectorOff:
    """What is done when the first extraction starts and the last one ends. Python's
    collector of reference cycles is off while any extraction runs: it walks every
    object alive, again and again as they grow, in a long text the article's words, events
    and people (a third of the time in a text of a megabyte); an extraction leaves no cycle.
    The first extraction in turns it off and the last one out back on, unless it was off
    already: one switch for the process, so the threads that extract count under a lock
    (each reading and setting it for itself once left it off for good). And as the last
    one leaves, the caches of phrases are emptied if full (see mentions.SEGMENT): a long
    text frees what it filled them with, not the extraction after it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.was_on = False

    def enter(self) -> None:
        with self.lock:
            if self.running == 0:
                self.was_on = gc.isenabled()
                gc.disable()
            self.running += 1

    def leave(self) -> None:
        with self.lock:
            self.running -= 1
            if self.running == 0:
                forget_phrases_if_full()  # (between extractions only: see mentions.SEGMENT)
                if self.was_on:
                    gc.enable()


COLLECTOR_OFF: Final = CollectorOff()


def _extract(text: str, indirect: bool) -> list[Quote]:
    unglued = _unglued(_ages_in_parentheses(each_replaced(text, ODD_SPACES, " ")))
    spaced, spaces = _spaced(unglued, sorted(_glued_stops(unglued) + _glued_initials(unglued)))
    article = Article(spaced)
    attributions = attribute(article, quote_spans(spaced, article.paragraphs))
    if not attributions and not indirect:
        return []
    for _, found in attributions:
        if found.mention and (stray_capital(article, found.mention) or _pronoun_first(found.mention)):
            # `Da menegaskan, "..."` (a typo for `Ia`), `kata dia di Lapas ... Kelas II A`: a pronoun
            found.mention = Mention((), None, pronoun=True, text=found.mention.text)
    quoted = Spans([span for span, _ in attributions])
    events = context_events(article, quoted, _names_cued(article, attributions))
    people = _everyone_named(article, events, attributions)
    quotes = _direct_quotes(article, attributions, events, people)
    if indirect:
        quotes.extend(_reported_speech(article, events, people))
        quotes.sort(key=lambda q: q.start)
    if spaced != text:
        quotes = [_as_given(q, text, spaces) for q in quotes]
    return quotes


def _names_cued(article: Article, attributions: list[tuple[Span, Attribution]]) -> frozenset[str]:
    """The words the cues use for speakers: a bare capitalised run matters only
    when it holds one of them (it may be the fullest form of that name); and the
    name set off after a role a cue describes its speaker with (`pelatih PSBS, Divaldo
    Alves` for `kata pelatih asal Portugal itu`: who the description refers back to)."""
    needed = set(article.evidence.short)
    roles = set()
    for span, found in attributions:
        if found.mention and found.mention.name:
            needed.update(found.mention.key())
        elif found.mention and " " in found.mention.text and (noun := cue_noun(article, span)) and role_word(noun):
            roles.add(noun)  # (a description of words: not `ujarnya`, `kata dia`)
    for role in roles:
        for m in _role_then_name(role).finditer(article.text):
            needed.update(folded(m.group(1).split()))
    return frozenset(needed)


@lru_cache(maxsize=256)
def _role_then_name(role: str) -> re.Pattern[str]:
    """A name set off by a comma after the role and a few words (`pelatih PSBS, Divaldo Alves`)."""
    return re.compile(rf"\b{re.escape(role)}\b[^,.;:!?\n\"\u201c\u201d]{{0,40}},[ \t]+([A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+)*)")


def _everyone_named(article: Article, events: list[Event], attributions: list[tuple[Span, Attribution]]) -> People:
    people = People(article.text)
    for event in events:
        people.add(event.mention, event.pos)
    for span, found in attributions:
        if found.mention and found.mention.name:
            people.add(found.mention, span.open_at)
    cued = frozenset(fold(f.mention.name[0]) for _, f in attributions if f.mention and len(f.mention.name) == 1)
    for alias, full, pos in stated_aliases(article, cued):
        people.add_alias(alias, full, pos)
    _aliases_of_last_named(article, people, events, attributions)
    add_stated_roles(article, people)
    return people


def _aliases_of_last_named(
    article: Article, people: People, events: list[Event], attributions: list[tuple[Span, Attribution]]
) -> None:
    """`Perempuan yang disapa Leni ini` after `Ketua Bawaslu ... Maria Yosefa
    mengatakan`: the nickname is an alias of the one brought in with an age earlier in its
    paragraph, else of the last person named as speaking (or by a cue) before it, when that
    is a full name and no one else goes by it; else of the one person named before whose
    name the nickname shortens."""
    nicknames = aliases_referring_back(article)
    if not nicknames:
        return
    # (the words of everyone's full names once: an alias added here is someone's already;
    # not a familiar address and the nickname itself, `Kang Emil`)
    name_words = {k for p in people.by_key.values() if len(bare := _bare_key(p.name)) >= 2 for k in bare}
    aged = {m.group(1) for m in WORD_WITH_AGE.finditer(article.text)}  # (once: a search per nickname was quadratic)
    named = NamedBefore(events, attributions)
    holding: dict[str, tuple[list[int], list[re.Match]]] = {}  # (see _the_one_it_shortens)
    for nickname, pos in nicknames:
        if fold(nickname) in name_words or nickname in aged:
            continue  # a word of someone's name, or a name given with an age (`Enah (49)`): the usual rules find them
        # (not the cue that gives the nickname itself: `kata Cak Imin, sapaan akrabnya`; one brought in
        # with an age in the paragraph first: `seorang pemuda bernama Rizal Fahmi (23) ... . Pemuda yang
        # akrab dipanggil Bang Jali itu`, not the official quoted before)
        para = article.paragraph_at(pos)
        lo = para.start if para is not None else 0
        newcomer = introduced_with_age(article, lo, pos) if para is not None else None
        if newcomer is not None and len(newcomer.name) >= 2 and not _someone_named_after(article.text, newcomer, lo, pos):
            people.add_alias((nickname,), Mention(newcomer.name, None, text=" ".join(newcomer.name)), pos)
            continue
        mention = named.last_before(pos, (fold(nickname),))
        person = people.resolve_mention(mention, pos) if mention is not None else None
        if person is not None and len(person.name) >= 2:
            people.add_alias((nickname,), Mention(person.name, None, text=" ".join(person.name)), pos)
        elif (shortened := _the_one_it_shortens(article, nickname, pos, holding)) is not None:
            people.add_alias((nickname,), shortened, pos)


def _someone_named_after(text: str, newcomer: Mention, lo: int, pos: int) -> bool:
    """Does a capitalised word stand inside a sentence between the newcomer's name and pos
    (`Nadia Putri (12) ... dibimbing wali kelasnya, Suryani. Guru yang akrab disapa Bu Yani
    itu`): someone else named since, whom a nickname referring back may mean?"""
    at = text.rfind(newcomer.name[-1], lo, pos)
    return at >= 0 and NAMED_INSIDE.search(text, at + len(newcomer.name[-1]), pos) is not None


# A capitalised word inside a sentence: after a comma or a parenthesis, or a word in lower case.
NAMED_INSIDE: Final = re.compile(r"(?:[,(]|[a-z])[ \t]+[A-Z][a-z]")


def _the_one_it_shortens(
    article: Article, nickname: str, pos: int, holding: dict[str, tuple[list[int], list[re.Match]]]
) -> Mention | None:
    """The one name word written before pos that the nickname shortens (`Pria yang akrab
    disapa Pak Man itu` after `Suparman (60) menjadi sopir`), as a person; None when the
    text writes none or several (no common word: `Kemanusiaan` holds `Man` too). Not a word
    a cue calls someone by: that one is quoted under their name (`kata Sriyono`), and
    `Mbak Sri, begitu ia biasa disapa` brings in someone else."""
    key = fold(nickname)
    if key not in holding:  # (the words holding it found once in the whole text: a nickname after each quote)
        found = words_holding(article, nickname, 0, len(article.text))
        holding[key] = ([w.start() for w in found], found)
    starts, found = holding[key]
    window = found[bisect_left(starts, pos - NICKNAME_LOOKBACK) : bisect_left(starts, pos)]
    words = {
        w.group() for w in window
        if name_like(w.group()) and not mostly_common_word(w.group()) and fold(w.group()) not in article.evidence.cued
    }
    return Mention((words.pop(),), None, text=nickname) if len(words) == 1 else None


# A capitalised word with an age after it: `Enah (49)`.
WORD_WITH_AGE: Final = re.compile(r"([A-Z][\w'\-]*)[ \t]*\([ \t]*\d{1,3}[ \t]*\)")


class NamedBefore:
    """The people named as speaking (or by a cue), by place: the last one before a
    place whose name is not a given one (less honorifics) found by a search, not by
    a look through all of them for each nickname (quadratic in a long article)."""

    def __init__(self, events: list[Event], attributions: list[tuple[Span, Attribution]]) -> None:
        named = [(e.pos, e.mention) for e in events if e.kind in ("speak", "subject", "introduced", "turned_to") and e.mention.name]
        named += [(span.open_at, f.mention) for span, f in attributions if f.mention and f.mention.name]
        # By place; of those named at one place, the first in the list comes last (it is the one meant).
        order = sorted(range(len(named)), key=lambda i: (named[i][0], -i))
        self.places = [named[i][0] for i in order]
        self.mentions = [named[i][1] for i in order]
        self.bare = [_bare_key(m.name) for m in self.mentions]
        self.other_before: list[int] = []  # for each, the last before it with another bare key; -1 if none
        for i, bare in enumerate(self.bare):
            if i == 0:
                self.other_before.append(-1)
            else:
                self.other_before.append(i - 1 if self.bare[i - 1] != bare else self.other_before[i - 1])

    def last_before(self, pos: int, unless: tuple[str, ...]) -> Mention | None:
        """The mention named last before pos whose bare key (see _bare_key) is not `unless`."""
        i = bisect_left(self.places, pos) - 1
        if i >= 0 and self.bare[i] == unless:
            i = self.other_before[i]
        return self.mentions[i] if i >= 0 else None


def _bare_key(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name's folded words without honorifics or familiar address (`Cak Imin`: `imin`)."""
    return tuple(k for k in folded(name) if k not in VOCAB.honorifics and k not in VOCAB.familiar_address)


class Quoted:
    """The people quoted so far: each once, and by the first word of their full
    name those that are not one name spelt two ways (see _two_quoted_namesakes).
    Kept as the quotes are chosen, so no quote looks through all those before it."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.people: list[Person] = []  # in the order quoted
        self.by_first: dict[str, list[Person]] = {}

    def add(self, person: Person | None) -> None:
        if person is None or id(person) in self.ids:
            return
        self.ids.add(id(person))
        self.people.append(person)
        if len(person.key) >= 2:
            alike = self.by_first.setdefault(person.key[0], [])
            if len(alike) < 2 and not any(_spelt_alike(person, other) for other in alike):
                alike.append(person)  # (two are enough to know a first name is shared)


def _direct_quotes(
    article: Article, attributions: list[tuple[Span, Attribution]], events: list[Event], people: People
) -> list[Quote]:
    """A Quote for each attributed span, with the speaker chosen for it."""
    event_at = Cursor([e.pos for e in events])
    run_ends = named_run_ends(article.text, attributions)
    quotes: list[Quote] = []
    chosen: list[Person | None] = []
    quoted = Quoted()
    spelt = SpeltOut(article.text)
    carried: set[int] = set()  # (ids of) people given the role a description referring back states
    previous: Choice | None = None
    previous_end = 0
    for n, (span, found) in enumerate(attributions):
        # The people named between the previous quote (and its cue) and this one.
        window = events[event_at.left(previous_end) : event_at.left(span.open_at)]
        if any(_brought_back_by_address(e) for e in window) and _speaks_of_someone(article.text, span.start, span.end):
            # `Di langgar itu, Gus Dur pernah menginap.` then `"Beliau tidur di langgar itu ...," tuturnya`: of him
            window = [e for e in window if not _brought_back_by_address(e)]
        referent = cue_referent(article, span, found.mention, spelt) if found.position == "after" else None
        same = _same_noun_before(article, people, attributions, n, referent) if referent is not None else None
        if same is not None:
            speaker, title = chosen[same], quotes[same].title  # `kata pemandu di Museum Sentosa`, then `ujar pemandu tersebut`
        elif referent is not None:
            replied_to = previous if found.cue and fold(found.cue) in VOCAB.reply_cues else None
            speaker, title = _referred(
                article, people, (previous_end, span.open_at), referent, found.mention, window, previous, quoted,
                article.text[span.start : span.end],
            )
            if replied_to is not None and speaker is not None and speaker is replied_to[0]:
                speaker, title = None, " ".join(referent.words)  # `sahut sang pembeli`: not who spoke before
            role = described_role(referent, found.mention)
            if speaker is not None and role and people.best_title(speaker) is None:
                people.add_title(speaker, role)  # `kata mantan kapten tim nasional itu`
                carried.add(id(speaker))
        elif found.mention is not None and _two_quoted_namesakes(people, span.open_at, found.mention, window, quoted):
            speaker, title = None, found.mention.title  # `kata Budi` after Budi Santoso and Budi Hartono: either
        else:
            speaker, title = _choose_speaker(
                article, people, (span.open_at, span.end), found.mention, run_ends[n], window, previous, previous_end
            )
            if speaker is not None and found.mention is None and _named_in_the_cue(article, span, speaker):
                speaker, title = None, None  # `ujar bapak Bagas` (his father) after Bagas Wicaksono: not Bagas
            if speaker is not None and found.mention is None and _another_name_at_the_cue(article, span, speaker):
                speaker, title = None, None  # `sebut Jaya Negara`, a name read as none, after Wiratama: not Wiratama
            if (
                speaker is not None and not (found.mention and found.mention.name) and article.text.find("lien", span.start, span.end) >= 0
                and _speaks_of_them_as_a_client(article.text[span.start : span.end], speaker)
            ):  # (`lien` of `klien`: the cheap test first)
                speaker, title = _unless_a_client(people, speaker, title, list(zip(chosen, (q.quote for q in quotes))))
            holder = _account_holder(people, handle_after_cue(article, span), speaker) if not (found.mention and found.mention.name) else None
            if holder is not None:
                speaker, title = holder, None  # `tulisnya di akun @maiaestiantyreal`: the account's holder wrote it
        if speaker is not None and previous is not None and speaker is previous[0] and _answers_the_question(article, attributions, n, speaker):
            speaker, title = None, None  # `"Kenapa?" tanya Rudi. "Karena terlambat," balasnya.`: not Rudi
        if speaker is not None and found.mention is not None and _epithet_of_someone_unquoted(found.mention, speaker, quoted):
            speaker = None  # `ujar Kepala Negara` after `Prabowo disambut Presiden Lula`: the one President named, never quoted
        if speaker is not None and no_name_word(article.text, speaker):
            speaker, title = None, None  # `Gratis` of `program Makan Bergizi Gratis`: its 'title' is no role either
        if speaker is not None and near_namesake(people, speaker):
            # `kata Sutarmo` beside `Sutarno Wiraguna`: nobody; `kata Salimudin` beside
            # `Ketua KPUD Sallimudin`: that person, spelled otherwise (see abstain)
            speaker, title = spelling_variant(people, speaker) or (None, title)
        if speaker is not None and place_for_a_name(speaker, people.best_title(speaker) or title):
            speaker = None  # `juru bicara Presiden Nigeria`: the role's place (see abstain)
        if speaker is not None and _product_named(article, found.mention, speaker):
            # `kata pengemudi Zavira` after `mobil Zavira`: the vehicle, not the driver's name; the role as written
            speaker, title = None, found.mention.text if found.mention and found.mention.name else title
        if speaker is not None:
            title = people.best_title(speaker) or title
        quotes.append(
            new_quote(
                quote=article.text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker_name(speaker) if speaker else None,
                speaker_mention=found.mention.text if found.mention else None,
                title=title,
                cue=found.cue,
                kind="direct",
                paragraph=span.paragraph,
            )
        )
        chosen.append(speaker)
        quoted.add(speaker)
        previous = (speaker, title)
        previous_end = _cue_sentence_end(article, span, found)
    if carried:  # their quotes before the description, with no title: the role it states
        quotes = [
            replace(q, title=people.best_title(p)) if q.title is None and p is not None and id(p) in carried else q
            for q, p in zip(quotes, chosen)
        ]
    return quotes


def _epithet_of_someone_unquoted(mention: Mention, speaker: Person, quoted: Quoted) -> bool:
    """Is the cue an office's epithet (`ujar Kepala Negara`: data/office_epithets.txt) and its
    holder someone no quote before was given to? (A guest's office is named as often as the
    host's, and the host is most often the one quoted.)"""
    return mention.role_only and fold(mention.title or "") in VOCAB.office_epithets and id(speaker) not in quoted.ids


def _answers_the_question(article: Article, attributions: list[tuple[Span, Attribution]], n: int, asker: Person) -> bool:
    """Does quote n answer the question the quote before it asks, with a reply cue that
    names nobody (`jawabnya`, `balasnya`), or, in an exchange of questions and replies,
    with no name and a form of address (`"Enggak, Bu," sambungnya` after `"Ikut aja, Bu,"
    jawab salah satu pelaku` and `"Bukan jadi jagoan?" desak Kapolsek ...`)? Then it is not
    the asker's. (Outside such an exchange a form of address is no sign: the asker as often
    goes on to address the reporter or the crowd.)"""
    span, found = attributions[n]
    if n == 0 or (found.mention is not None and found.mention.name):
        return False
    asked = attributions[n - 1][0]
    if not article.text[asked.start : asked.end].rstrip(" ,\"'\u201d").endswith("?"):
        return False
    return _replied(found) or _reply_told_after_asking(article, attributions, n, asker) or (
        any(_replied(f) for _, f in attributions[max(0, n - 3) : n]) and ADDRESSED.search(article.text, span.start, span.end) is not None
    )


def _reply_told_after_asking(article: Article, attributions: list[tuple[Span, Attribution]], n: int, asker: Person) -> bool:
    """Was the question before quote n asked (`tanya Hakim Gatot kepada ...`), and is the last
    sentence before quote n, after the question's, one of someone else replying (`Dengan
    tegas, terdakwa membantah informasi itu.`: data/reply_verbs.txt), no pronoun nor the
    asker's name before the verb (not `Ia lalu menjawab sendiri pertanyaan itu`)? Then the
    quote is the reply. (A question cued `kata` is as often the speaker's own, rhetorical.)"""
    asked, asked_by = attributions[n - 1]
    if asked_by.cue is None or fold(asked_by.cue) not in ("tanya", "tanyanya"):
        return False
    opens = attributions[n][0].open_at
    last = sentence_before(article, asked.end, opens)
    if last <= asked.end:
        return False  # (no sentence of its own between the question's cue and the quote)
    words = folded(words_of(article.text, last, opens))
    verb = next((i for i, w in enumerate(words) if w in VOCAB.reply_verbs), -1)
    return verb > 0 and all(w not in THIRD_PERSON and w not in asker.key for w in words[:verb])


def _replied(found: Attribution) -> bool:
    """Is the cue a reply's (`jawab`, `balasnya`)?"""
    return found.cue is not None and fold(found.cue).removesuffix("nya") in VOCAB.reply_cues


# A form of address in a quote, set off (`Enggak, Bu.`, `Itu, Pak, berawal dari ...`).
ADDRESSED: Final = re.compile(r"(?:^|[,.!?][ \t]*)(?:Bu|Pak|Bapak|Ibu|Mas|Mbak|Kak|Bang)(?=[,.!?]|$)")


def _product_named(article: Article, mention: Mention | None, speaker: Person) -> bool:
    """Is the speaker a product or a brand (see abstain.product_for_a_name), not
    named bare at the cue (`tulis Toyota dalam keterangannya`: the company)?"""
    bare_at_cue = mention is not None and bool(mention.name) and not mention.title
    return not bare_at_cue and product_for_a_name(article, speaker)


def _same_noun_before(
    article: Article, people: People, attributions: list[tuple[Span, Attribution]], n: int, referent: Referent
) -> int | None:
    """The quote whose cue described its speaker with the noun that the cue of quote
    n is, alone, with a demonstrative pointing back (`kata pemandu di Museum
    Sentosa`, then `ujar pemandu tersebut`): that quote's speaker, named or not. The
    quote before it; or, when no one the article names before holds that role, the
    last quote before with that noun (`jawab perawat`, a quote of someone else, then
    `kata perawat tersebut`: the nurse, not whoever spoke last). (A description that
    says more, `kata politisi dari PDI-P ini` after `kata politisi senior Partai
    Golkar ini`, is someone else.)"""
    if n == 0 or referent.kind != "back" or referent.alias:
        return None
    noun = noun_pointed_back(article, attributions[n][0])
    if not noun:
        return None
    if attributions[n - 1][1].position == "after" and cue_noun(article, attributions[n - 1][0]) == noun:
        return n - 1
    if next(people.headed_before(noun, attributions[n][0].open_at), None) is not None:
        return None
    return next(
        (k for k in range(n - 2, -1, -1)
         if attributions[k][1].position == "after" and cue_noun(article, attributions[k][0]) == noun),
        None,
    )


def _cue_sentence_end(article: Article, span: Span, found: Attribution) -> int:
    """Where the next quote's window of context opens: after the quote and its
    cue, and after the rest of the sentence a cue after the quote stands in,
    which names no new speaker (`," kata Budi usai laga yang juga disaksikan
    Menteri Olahraga Rudi Hartono itu.`)."""
    end = max(span.close_end, found.end)
    if found.position == "after" and article.text[end - 1 : end] not in SENTENCE_END:
        sentence_end = sentence_after_cue_end(article.text, end, article.by_index[span.last_paragraph].end)
        if sentence_end >= 0:
            end = sentence_end
    return end


def sentence_after_cue_end(text: str, pos: int, endpos: int) -> int:
    """SENTENCE_AFTER_CUE.match(text, pos, endpos).end(), or -1 for no match, by a loop:
    the first of `.!?`, a quote mark or a line break that is no period before a word
    character ends the sentence there if it is `.!?` before white space or endpos. (The
    engine spent hundreds of instructions a character on it, trying each character both
    ways and then giving them all back when no sentence end came.)"""
    endpos = min(endpos, len(text))
    i = pos
    while i < endpos:
        c = ord(text[i])
        if c == 46 and i + 1 < endpos and (text[i + 1].isalnum() or text[i + 1] == "_"):  # (`.` before \w)
            i += 2
            continue
        if c == 46 or c == 33 or c == 63:  # (. ! ?)
            return i + 1 if i + 1 == endpos or text[i + 1].isspace() else -1
        if c == 34 or c == 10 or 0x201C <= c <= 0x201E:  # (" \n “ ” „)
            return -1
        i += 1
    return -1


def _victim_if_dead(text: str, person: Person, pos: int) -> str | None:
    """`korban` for someone the text reports dead before pos (see abstain.reported_dead)."""
    return "korban" if reported_dead(text, person.name, pos) else None


def _choose_speaker(
    article: Article, people: People, quote: tuple[int, int], mention: Mention | None,
    run_end: Mention | None, window: list[Event], previous: Choice | None, since: int,
) -> Choice:
    """The speaker of the quote whose marks stand at `quote` (where it opens, where its
    words end), whose cue gave `mention` (None for a quote standing alone), `since` where
    the previous quote's cue ended: see the module's docstring for the order."""
    pos, end = quote
    organisation = _organisation(article, mention) if mention else ""
    if organisation:
        # `tulis BPS dalam laman resminya`: the organisation, in the fullest form the article gives
        return Person(tuple(organisation.split())), None
    if mention and mention.name:
        return _named_speaker(article, people, pos, mention)
    if mention and mention.role_only:
        return _role_speaker(people, pos, mention)
    if run_end is not None:
        return people.resolve_mention(run_end, pos), run_end.title
    if _kept_unnamed(article, since, quote, window):
        return None, None  # `Pengelola SPBN yang ditemui ... Ia hanya menyebut ...`, `ujarnya, tanpa mau menyebutkan nama`
    events = window
    if previous is not None and holds_an_office(previous[1]) and not _asked_in_turn(article.text, previous):
        # an official goes on: a resident brought in is spoken of (unless a pronoun then says something
        # in that paragraph: `Bagi Karsidi, relokasi masih berat. Meski ..., ia mengaku ...`)
        window = [e for e in window if e.kind != "turned_to" or _taken_up_saying_next(article.text, e, window, pos)]
    said = article.text[pos:end]
    window = without_thanks_unspoken(article.text, window, said)
    context = from_context(window, strong=True)
    if context is None and previous is None:
        context = from_context(window, strong=False)
    if context is not None and context.role_only and (role := role_pointed_back(context.text)):
        unnamed = _brought_in_unnamed(article.text, 0, pos, role, anyone=False)  # `seorang konten kreator`, then `konten kreator itu`
        holder = _holder_described(people, pos, role, context.text)
        if holder is not None and holder.last_named(pos) > unnamed:
            return holder, None  # `Pelatih itu mengatakan`: the one named before as one
        if unnamed >= 0:
            return None, None  # the one brought in unnamed since
        context = from_context([e for e in window if e.mention is not context], strong=True)
        if context is None and previous is not None and holds_an_office(previous[1]) and _brought_in_unnamed(
            article.text, since, pos
        ) >= 0:
            return None, None  # `seorang pria diduga ...`, then `konten kreator itu`: not the police chief quoted before
    if context is not None and context.role_only and police_subject(context.text):
        return _police_speaker(people, pos, context, window, previous)
    if context is not None and any(e.mention is context and _office_event(e) for e in window):
        holder, title = _role_speaker(people, pos, context)  # `Gubernur menambahkan, ...`: the holder
        if holder is not None or _several_hold(people, pos, context):
            return holder, title  # (`Hakim menambahkan` after two judges: neither, nor who spoke before)
        context = from_context([e for e in window if not _office_event(e)], strong=True)
    if context is not None and _named_organisation(context):
        return None, None  # `Pemkot Sukamaju meminta maaf ...` then `"...," imbuhnya`: no person named Sukamaju
    if context is not None:
        person = people.resolve_mention(context, pos)
        if weak_switch(article, pos, context, window, person, previous[0] if previous else None, quoted_before=previous is not None):
            return None, None  # nobody by name, and not that person's title either
        if person is not None and person is not (previous[0] if previous else None) and own_role_spoken_of(
            said, (people.best_title(person), context.title, _victim_if_dead(article.text, person, pos))
        ):
            return None, None  # `Korban yang merasa tertipu ...` by the victim: not theirs (see abstain)
        if person is not None and person is not (previous[0] if previous else None) and (
            named_in(said, person.name) or named_as_told(said, context, previous[0].name if previous and previous[0] else ())
        ):
            return None, None  # `"Kemarin Profesor (Yohanes Surya) bilang ..."`, `"HP Dian ..."`: the quote speaks of them
        if person is not None and previous is not None and person is not previous[0] and speaks_for(
            article.text, previous[1], person, said, window
        ):
            return None, None  # `kata pengacara Lisa, Jhony`, `Lisa beralasan sakit`, then `ungkapnya`: not surely Lisa
        if person is not None and previous is not None and person is not previous[0] and acted_on_before_the_quote(
            article.text, said, window, context
        ):
            return None, None  # `Rudi dihadiahi timah panas ...` then `"Kami lumpuhkan supaya dia tidak kabur," katanya`
        if person is not None and previous is not None and person is not previous[0] and suspect_with_no_words_of_theirs(
            people.best_title(person) or context.title, previous[1], article.text, (since, pos), said
        ):
            return None, None  # `Terdakwa Nasiro meminta ...` in the prosecutor's account, then `tuturnya`
        if person is not None and taken_up_again(article.text, window, context, pos):
            return None, None  # `Dia mengungkapkan, Kapolsek Hendro ...` then `Hendro kemudian memerintahkan ...`
        if person is not None and previous is not None and person is not previous[0] and only_done_to_by_initials(
            article.text, pos, end, window, context
        ):
            return None, None  # `Kini, Kakek S harus mempertanggungjawabkan ...` then `pungkasnya`: the police's words
        return person, context.title
    if previous is not None and previous[0] is not None and mention is not None and mention.pronoun and _another_office(mention.text, previous[0]):
        return None, None  # `kata Wakil Ketua Komisi II DPRD X ini` after the Wakil Ketua DPRD X: someone else
    if previous is not None and (newcomer := newcomer_since(article, since, pos, previous, said)) is not None:
        # `Istri korban, Sri Wahyuni (49), tak kuasa menahan tangis.` then `katanya`: hers, or still his;
        # hers when `Ia mengatakan ...` follows (the pronoun goes on with the sentence's subject), or
        # when the one before was no official and the quote speaks as one person, of no one else
        taken = _taken_up_saying(article, people, events, pos, newcomer)
        if taken is None and _in_their_own_words(people, previous, newcomer, article.text[newcomer[0] : pos], said):
            taken = people.resolve(newcomer[2], pos) or Person(newcomer[2])
        return taken, None
    if previous is not None and previous[0] is not None and source_named_then_taken_up(article, since, pos, previous[0], said):
        return None, None  # `... mendapat apresiasi dari Staf Khusus BGN, Ary Santoso. Menurutnya, ...`: his, or still the other's
    if previous is not None and unnamed_role_says_since(article, since, pos, previous, said):
        return None, None  # `Pemilik kios pupuk di Lelea membenarkan ...` then `katanya`: the owner's, unnamed
    if previous is not None and another_subject_since(article, people, since, pos, previous[0], said):
        return None, None  # `Ketua RW 05, H Mursyid, juga menyerahkan hadiah.` then `"Saya ...," ujarnya`: his or the official's
    if previous is not None and previous[0] is not None and (
        own_role_spoken_of(said, (people.best_title(previous[0]), previous[1])) or _a_body_speaking_as_one(previous[0], said)
    ):
        # `"Selanjutnya terdakwa Nasori menyerahkan ...," urainya` after a quote given to the accused;
        # `"... jawaban saya tegas ...," ujarnya` after `tulis DJP`: a person, not the directorate
        return None, None
    return previous if previous is not None else (None, None)


def _brought_back_by_address(event: Event) -> bool:
    """Does the event name someone doing something (no verb of saying) by an honorific and one
    word alone (context._addressed_subject)?"""
    mention = event.mention
    return (
        event.kind != "speak" and mention.title is None and len(mention.name) == 1
        and fold(mention.text.split()[0]) in VOCAB.honorifics
    )


def _speaks_of_someone(text: str, start: int, end: int) -> bool:
    """Do the words of text[start:end] speak of someone as `dia`, `ia` or `beliau`?"""
    return not THIRD_PERSON.isdisjoint(folded(words_of(text, start, end)))


def _a_body_speaking_as_one(speaker: Person, said: str) -> bool:
    """Is the speaker a body named by its kind (`Direktorat Jenderal Pajak`: data/organisation_heads.txt)
    and the quote one person's words (`saya`, `aku`)?"""
    return fold(speaker.name[0]) in VOCAB.organisation_heads and says_i(said)


def _taken_up_saying(
    article: Article, people: People, window: list[Event], pos: int, newcomer: tuple[int, str, tuple[str, ...]]
) -> Person | None:
    """The one named in the sentence before the last one before the quote at pos (the last
    named there, else the newcomer, see abstain.newcomer_since), in one paragraph with it,
    acting there (see abstain.of_one_acting), no suspect nor victim, when that last sentence
    has a pronoun saying something (`Lusiana Wibowo (46), peziarah asal Jakarta, datang
    bersama suami. Ia mengatakan ...`): whom the pronoun, and the quote, mean. None otherwise."""
    speaking = [e for e in window if e.kind == "speak"]
    if not speaking or speaking[-1].mention.name or not speaking[-1].mention.pronoun:
        return None
    text, it = article.text, speaking[-1].pos
    named = [e for e in window if e.pos < it and e.mention.name]
    new = named[-1] if named and (named[-1].pos >= newcomer[0] or newcomer[0] >= it) else None
    at = new.pos if new is not None else newcomer[0]
    if "\n" in text[at:it]:
        return None
    their_end = REPORTED_END.search(text, at, it)
    pronoun_end = REPORTED_END.search(text, it, pos)
    if (
        their_end is None or REPORTED_END.search(text, their_end.end(), it) or pronoun_end is None
        or text[pronoun_end.end() : pos].strip(QUOTE_MARK_CHARS + " \t\n")
    ):
        return None  # (the pronoun's sentence right after theirs, and right before the quote)
    role = newcomer[1] if new is None else fold(new.mention.title.split()[0]) if new.mention.title else ""
    if role in VOCAB.suspect_words or role == VICTIM or not of_one_acting(folded(words_of(text, at, their_end.end()))):
        return None  # `Buronan tersebut, Hendro (45), ... belum diketahui keberadaannya. Ia mengatakan`: the prosecutor
    name = new.mention.name if new is not None else newcomer[2]
    if any(word in name for word in words_of(text, it, pronoun_end.end())):
        return None  # `Relawan, Anita (26), membagikan selimut. Dia mengatakan, selimut dari Anita ...`: not Anita
    if new is None:
        return people.resolve(newcomer[2], pos) or Person(newcomer[2])
    return people.resolve_mention(new.mention, pos)


def _in_their_own_words(
    people: People, previous: Choice, newcomer: tuple[int, str, tuple[str, ...]], since: str, said: str
) -> bool:
    """Is a quote after someone new brought in (abstain.newcomer_since; `since`, the text from
    their sentence to the quote) theirs: the one quoted before held no office, the newcomer is
    nobody's relative, no victim nor suspect, named no more since, and the quote speaks as one
    person (`saya`, `aku`) of no one else (`dia`, `korban`) nor for a body (`kami`)?
    (`Pengemudi ojek online, Heru Cahyono (35), juga kerap mampir. "Buat ojol kayak saya ...,"
    tuturnya` after a student: Heru's.)"""
    speaker, title = previous
    if speaker is None or holds_an_office(title) or holds_an_office(people.best_title(speaker)):
        return False
    _, role, name = newcomer
    if sum(word in name for word in words_of(since)) > len(name):
        return False  # `Dia mengatakan, selimut dari Anita ...`: the one who says so is someone else
    kin = role in VOCAB.relational_roles or (role.endswith("nya") and role[:-3] in VOCAB.relational_roles)
    if kin or role in VOCAB.suspect_words or role == VICTIM:
        return False
    words = folded(WORD.findall(said))
    return not FIRST_PERSON.isdisjoint(words) and ONE_OF_US.isdisjoint(words)


def _police_speaker(people: People, pos: int, police: Mention, window: list[Event], previous: Choice | None) -> Choice:
    """`Polisi mengatakan ...` then `jelasnya`: the officer quoted before (or, before any
    quote, named as speaking), else no one named."""
    if previous is None:  # (an officer holding an office: not `anggota Polres X, Bripka Y`, a suspect)
        named = from_context([e for e in window if e.mention is not police], strong=True)
        officer = people.resolve_mention(named, pos) if named is not None else None
        title = (named.title if named is not None else None) or (people.best_title(officer) if officer else None)
        if officer is not None and police_title(title) and holds_an_office(title):
            return officer, title
    elif previous[0] is not None and _a_police_officer(people, previous[0], previous[1]):
        return previous
    return None, None


def _a_police_officer(people: People, person: Person, title: str | None) -> bool:
    return police_title(title) or police_title(people.best_title(person))


# Someone brought into the story unnamed: `seorang` or `salah satu` and up to three words
# (`seorang pria diduga warga Jember`, `salah satu konten kreator`).
BROUGHT_IN_UNNAMED: Final = re.compile(
    r"\b(?:[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang))[ \t]+((?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)"
)
# A name right after them, perhaps after their place: `Seorang pria, Budi Santoso (40), ...`,
# `seorang warga bernama Rudi`, `salah seorang warga Desa Sukamaju, Asep` (group 1: its first word).
NAMED_AFTER: Final = re.compile(r"(?:[ \t]+[A-Z][\w\-]*)*[ \t]*(?:,[ \t]*|[ \t]+bernama[ \t]+)([A-Z][\w\-]*)")
# Before them, a description of someone named (`Ratna, seorang guru`, `Zulkifli (51), salah seorang
# korban`, `Heru, yang juga salah satu kepala sekolah`) or a count (`hanya memiliki seorang dokter`):
# no one brought in.
NOT_BROUGHT_IN_AFTER: Final = re.compile(
    r"(?:[A-Z][\w'\-]*(?:[ \t]*\([ \t]*\d{1,3}[ \t]*\))?[ \t]*,|\b(?:yang|juga|adalah|merupakan|sebagai|menjadi|jadi|berprofesi|memiliki|mempunyai|punya|ada|terdapat|hanya|cuma))[ \t]*$"
)


def _fronted(text: str, before: re.Match[str]) -> bool:
    """Is NOT_BROUGHT_IN_AFTER's capitalised word and comma the end of an opener (`Namun,`) or
    of a phrase of place or time opening the sentence (`Di Desa Karangreja, seorang penderes
    ...`, `Pada Senin, seorang pawang ...`), no name described (`Ratna, seorang guru`)?"""
    if not is_upper_start(before.group()):
        return False
    fronted = text[_sentence_start(text, before.start()) : before.end()].rstrip(" \t,")
    if fronted.lstrip() in SENTENCE_OPENERS:
        return True  # `Namun, salah satu anggota tim suksesnya ...`
    first, *places = fronted.split(",")
    opening = first.split()
    # (a place written out, `Di Desa Pasar Seluma, Kecamatan Seluma Selatan,`: each part after a comma a kind of region)
    if not opening or fold(opening[0]) not in PLACE_OR_TIME_OPENERS or not all(_a_region_part(part) for part in places):
        return False
    return bool(places) or _a_place_or_time_closing(opening)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding pos starts: after a sentence end and its space (not a period
    inside a word or a time, `pukul 06.15 WIB`), a line break or a quote mark."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind('"', 0, pos)) + 1


def _a_place_or_time_closing(words: list[str]) -> bool:
    """Do the capitalised words closing the phrase name a place or a time: after a preposition
    or a compass word (`di Pos Cemoro Sewu`, `Pada Senin`, `di ujung utara Malioboro`), opening
    with a kind of place (`Desa Karangreja`), all places, days or a time zone (`06.15 WIB`);
    not a name after other words (`Saat itu Rina Kartika,`, `Pada Sabtu malam Rina Astuti,`)?"""
    k = len(words)
    while k > 0 and is_upper_start(words[k - 1]) and fold(words[k - 1]) not in PLACE_OR_TIME_OPENERS:
        k -= 1
    run = [fold(w) for w in words[k:]]
    before = fold(words[k - 1]) if k > 0 else ""
    return bool(run) and (
        before in VOCAB.prepositions or before in PLACE_OR_TIME_OPENERS or before in VOCAB.compass_words
        or run[0] in VOCAB.kinds  # (kinds of region among them: `Kecamatan`)
        or all(w in VOCAB.place_words or w in VOCAB.not_names or w in TIME_ZONES for w in run)
    )


TIME_ZONES: Final = frozenset({"wib", "wita", "wit"})


def _a_region_part(part: str) -> bool:
    """Is the part of a place written out a region: opening with a kind of region (`Kecamatan
    Seluma Selatan`, `Kabupaten ...`), or all places (`Ogan Komering Ilir`)?"""
    keys = [fold(w) for w in part.split()]
    return bool(keys) and (keys[0] in VOCAB.kinds or all(k in VOCAB.place_words for k in keys))


# Words opening a phrase of place or time set before a sentence's subject.
PLACE_OR_TIME_OPENERS: Final = frozenset({
    "di", "pada", "dalam", "saat", "ketika", "sejak", "usai", "seusai", "setelah", "sebelum",
    "selama", "menjelang", "sesampainya", "setibanya", "sekitar", "hingga", "sampai",
})


def _brought_in_unnamed(text: str, lo: int, hi: int, role: str = "", anyone: bool = True) -> int:
    """Where the text between lo and hi last brings someone in unnamed: `seorang` or `salah
    satu` and a word for a person or a role as the first or second word after it (with `role`,
    that role, or for a word for a person any word after `seorang`: see _brings_in; `seorang
    konten kreator` for `konten kreator itu`), or `seorang lagi`;
    -1 if nowhere. Not `salah satu prioritas`, `salah satu klub dengan pelatih asing`,
    `tidak seorang pun`, one named right after (`seorang warga bernama Rudi`), nor a
    description of someone named or a count (NOT_BROUGHT_IN_AFTER)."""
    last = -1
    for m in BROUGHT_IN_UNNAMED.finditer(text, lo, hi):
        words = [fold(w) for w in m.group(1).split()][:2]
        if words[0] == "pun" or "bernama" in words or _named_after(text, m.end()):
            continue
        if (before := NOT_BROUGHT_IN_AFTER.search(text, max(0, m.start() - 40), m.start())) and not _fronted(text, before):
            continue
        if _brings_in(role, m.group(), words, anyone and words[0] != "diri" and _opens_its_clause(text, m.start())):
            last = m.start()
    return last


def _opens_its_clause(text: str, at: int) -> bool:
    """Does `seorang` at `at` open its sentence or clause, as a subject (not an object or a
    comparison: `bersama seorang temannya`, `seperti seorang penjahat`)?"""
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before or before[-1] in CLAUSE_OPENING


# What stands before a subject opening a sentence or a clause.
CLAUSE_OPENING: Final = frozenset(".!?,;:\n\"\u201c\u201d")


def _brings_in(role: str, opening: str, words: list[str], anyone: bool) -> bool:
    """Does `seorang` or `salah satu` and the words after it bring in someone (with `role`, one a
    description with that head may mean)? A word for a person or a role (not `salah satu
    prioritas`), or `seorang lagi`; and for a description headed by a word for a person with no
    role, anyone `seorang`, the classifier for people, brings in (`Seorang pembeli ...`, then
    `kata perempuan berjilbab itu`; `anyone`: `seorang` opens its clause, not `seorang diri`
    (alone), and the description gives no age)."""
    person = "eorang" in opening
    if role:
        return role in words or (person and anyone and role in VOCAB.person_nouns)
    return words[0] == "lagi" or any(w in VOCAB.person_nouns or role_word(w) for w in words)


def _named_after(text: str, pos: int) -> bool:
    """Does a name follow someone brought in at pos (NAMED_AFTER), not a place set off
    (`seorang warga Desa Sukamaju, Kecamatan Sentosa`)?"""
    m = NAMED_AFTER.match(text, pos)
    return m is not None and fold(m.group(1)) not in VOCAB.kinds and fold(m.group(1)) not in VOCAB.place_words


def _a_holder_fits_better(text: str, people: People, pos: int, unnamed: int, head: str, words: tuple[str, ...]) -> bool:
    """Does one named before hold every word of the description (see _holder_described),
    named after the one brought in unnamed at `unnamed`, or with a word the unnamed one's
    words lack (`kata pedagang bakso itu` after `seorang pedagang lain`)?"""
    holder = _holder_described(people, pos, head, " ".join(words))
    if holder is None:
        return False
    if holder.last_named(pos) > unnamed:
        return True
    m = BROUGHT_IN_UNNAMED.match(text, unnamed)
    brought = {fold(w) for w in m.group(1).split()} if m else set()
    described = [fold(w) for w in words if w.islower() and fold(w) not in DEMONSTRATIVES]
    return not all(d in brought for d in described)


def _holder_described(people: People, pos: int, role: str, described: str) -> Person | None:
    """The one person named before `pos` with a title headed by the role that holds every
    word of the description (`Pelatih itu` for the Pelatih Persib; not `Pelatih senior itu`
    nor `Kepala desa itu` for a Kepala BPBD), else None."""
    holder = people.titled_before(role, pos)
    if holder is None:
        return None
    title = set(folded((people.best_title(holder) or "").split()))
    words = strip_determiners(described.split())
    return holder if all(fold(w) in title or w in DEMONSTRATIVES for w in words) else None


def _a_countrys_body(mention: Mention) -> bool:
    """Is the mention one title word, a word and a country's abbreviation (`Departemen
    Kehakiman AS`): the department of a country, not a person `Kehakiman AS`? (Not
    `Kandidat Bupati Sleman Rusdi AS`: a role, and a name with initials.)"""
    title = mention.title or ""
    return len(mention.name) == 2 and mention.name[1] in VOCAB.country_abbreviations and bool(title) and " " not in title


def _kept_unnamed(article: Article, since: int, quote: tuple[int, int], window: list[Event]) -> bool:
    """Does the sentence of this quote's cue say its speaker would not be named (`ujarnya singkat,
    tanpa mau menyebutkan nama`), or a sentence since the previous quote's cue bring in its
    subject so (`Ayah salah satu terdakwa yang enggan disebutkan namanya tampak termenung`), with
    no one saying something or as a subject after it? (Not words in the quote itself, nor
    someone else kept unnamed: `laporan dari seorang warga yang ...`, `sejumlah karyawan yang ...`.)"""
    text, (pos, end) = article.text, quote
    reach = min(len(text), end + CUE_SENTENCE_REACH)  # (a search to the text's end for each quote was quadratic)
    close = min((i for i in (text.find(c, end + 2, reach) for c in ".!?\n") if i >= 0), default=reach)
    if text.find("nama", since, pos) < 0 and text.find("nama", end, close) < 0:
        return False  # (the cheap test first)
    found = [m.start() for m in UNNAMED_ON_REQUEST.finditer(text, end, close)]
    named = [e.pos for e in window if e.mention.name]
    found += [m.start() for m in UNNAMED_ON_REQUEST.finditer(text, since, pos) if _subject_kept_unnamed(article, since, m, named)]
    return bool(found) and not any(
        e.pos > max(found) and (e.mention.name or e.mention.role_only) and e.kind in ("speak", "subject") for e in window
    )  # (one unnamed saying something after it: that one, with the role they are given)


def _subject_kept_unnamed(article: Article, lo: int, wish: re.Match[str], named: list[int]) -> bool:
    """Is the wish not to be named (a match of UNNAMED_ON_REQUEST) a relative clause on its
    sentence's whole subject, or set off after it (`Seorang juru parkir, tanpa mau menyebutkan
    nama, mengaku`): a few words opening the sentence, no other comma, no group, no verb of
    saying, then `yang` or the comma? Or the predicate of a pronoun alone, the name its own (`Ia
    enggan menyebutkan nama lengkapnya.`, not `Ia enggan menyebutkan nama tersangka`; nor only the full
    name of one named since `lo`, at NAMED: `Warsini, pedagang sayur, ... . Ia enggan menyebutkan nama
    lengkapnya.`)?"""
    at = wish.start()
    para = article.paragraph_at(at)
    start = max(article.sentence_start(lo, at), para.start if para is not None else 0)  # (no sentence runs past a line break)
    words = article.text[start:at].split()
    if len(words) == 1 and fold(words[0]) in THIRD_PERSON_SUBJECTS:
        own = OWN_NAME_AFTER.match(article.text, wish.end())
        return own is not None and not (own.group(1) and any(lo <= p < at for p in named))
    if 2 <= len(words) <= 3 and fold(words[0]) in UNNAMED_DETERMINERS and wish.group().startswith(("tidak", "tak")):
        return True  # `Sang nenek tidak mau namanya ditulis.`: the wish is the predicate of one unnamed
    if not words or not (words[-1] == "yang" or words[-1].endswith(",")):
        return False
    opening = _fronted_place_or_time(words[:-1])  # (`Di tempat pelelangan ikan itu, seorang pengepul yang ...`)
    subject = [fold(w) for w in (words[opening:-1] if words[-1] == "yang" else words[opening:])]
    return (
        1 <= len(subject) <= SUBJECT_WORDS and is_upper_start(words[0]) and subject[0] != "menurut"
        and not any(w.endswith(",") for w in words[opening:-1])
        and not any(w in VOCAB.group_determiners or w in VOCAB.reporting for w in subject)
    )


def _fronted_place_or_time(words: list[str]) -> int:
    """How many words a phrase of place or time set off at the sentence's opening takes (`Di
    tempat pelelangan ikan yang sepi siang itu,`): through its comma when it opens with a
    preposition or a subordinator (`Saat ditemui,`); else 0."""
    last = max((i for i, w in enumerate(words) if w.endswith(",")), default=-1)
    if last < 0 or not (fold(words[0]) in VOCAB.prepositions or fold(words[0]) in VOCAB.subordinators):
        return 0
    return last + 1


# The words that open a subject of someone unnamed: `Sang nenek`, `Seorang pedagang`, `Si penjual`.
UNNAMED_DETERMINERS: Final = frozenset({"sang", "si", "seorang"})
# The pronouns that open a sentence for one person: `Ia enggan menyebutkan nama lengkapnya`.
THIRD_PERSON_SUBJECTS: Final = frozenset({"ia", "dia", "beliau"})
# After a wish's `nama` (or `identitas`), the name is the subject's own: `-nya`, `lengkapnya` (group 1),
# or the clause ends (`Ia menolak menyebutkan nama karena khawatir ...`).
OWN_NAME_AFTER: Final = re.compile(r"(?:nya|[ \t]+((?:lengkap|asli)nya))?[ \t]*(?:[.,;]|[ \t](?:karena|kepada|saat|ketika|demi|dengan|untuk)\b)")


# How far after a quote the sentence of its cue is read for a wish not to be named.
CUE_SENTENCE_REACH: Final = 300
# How many words a subject kept unnamed may have before its `yang` (`Ayah salah satu terdakwa`,
# `Seorang pengepul di pasar garam Desa Lembung`).
SUBJECT_WORDS: Final = 8


# A speaker kept unnamed on their own wish: `yang enggan disebutkan namanya`, `tanpa mau
# menyebutkan nama`, `meminta namanya tidak ditulis`, `tak bersedia disebut identitasnya`.
UNNAMED_ON_REQUEST: Final = re.compile(
    r"\b(?:enggan|tak[ \t]+mau|tidak[ \t]+mau|tanpa[ \t]+mau|tak[ \t]+bersedia|tidak[ \t]+bersedia|menolak)[ \t]+"
    r"(?:disebut|menyebut)(?:kan)?[ \t]+(?:nama|identitas)|\b(?:(?:meminta|minta)[ \t]+)?nama(?:nya)?[ \t]+(?:tidak|tak|jangan)[ \t]+(?:di)?(?:sebut|tulis)"
    r"|\b(?:tidak|tak)[ \t]+(?:mau|ingin|bersedia)[ \t]+nama(?:nya)?[ \t]+(?:di)?(?:sebut|tulis)"  # (`Sang nenek tidak mau namanya ditulis.`)
)


def _taken_up_saying_next(text: str, turned_to: Event, window: list[Event], pos: int) -> bool:
    """Is the next event after someone turned to a pronoun saying something, in their paragraph and
    their sentence or the next (not after `Panitia menyiapkan tenda.`), whose words up to the quote
    at pos do not name them again (`Ia mengaku sempat ragu mengirim Rahmat`: someone else)?"""
    following = next((e for e in window if e.pos > turned_to.pos), None)  # (the window is in the text's order)
    return (
        following is not None and following.kind == "speak" and following.mention.pronoun
        and "\n" not in text[turned_to.pos : following.pos]
        and len(SENTENCE_GAP.findall(text, turned_to.pos, following.pos)) <= 1
        and not any(word in turned_to.mention.name for word in words_of(text, following.pos, pos))
    )


# Where one sentence ends and the next begins.
SENTENCE_GAP: Final = re.compile(r"[.!?][ \t]+(?=[A-Z])")


def _asked_in_turn(text: str, previous: Choice) -> bool:
    """Was the previous speaker brought in by full name and age, with an occupation in
    lower case (`Rendy Setiawan (46), dosen`), as those a feature asks in turn are? Then
    the next one brought in so is the next to speak, not someone they speak of (as a
    `Lurah` or a police chief speaks of those brought in after them)."""
    person, title = previous
    if person is None or not title or not title[:1].islower():
        return False
    return named_with_age(text, " ".join(person.name))


def _pronoun_first(mention: Mention) -> bool:
    """Does the phrase read as a name open with a pronoun (`dia di Lapas Kelas II A`)?"""
    words = mention.text.split()
    return bool(mention.name) and len(words) > len(mention.name) and fold(words[0]) in VOCAB.pronouns


def _office_alone(mention: Mention) -> bool:
    """Is the mention an office with no name (`Gubernur`, `Kapolres`), which the article
    may name a holder of?"""
    title = mention.title or ""
    return mention.role_only and " " not in title and is_upper_start(title) and fold(title) in VOCAB.offices


def _office_event(event: Event) -> bool:
    """Does the event name an office whose holder the article may name: alone, or with
    its body as a sentence's subject (`Rektor UPI yang dilantik menggunakan ...`)?"""
    title = event.mention.title or ""
    return _office_alone(event.mention) or (
        event.kind == "subject" and event.mention.role_only and is_upper_start(title) and fold(title.split()[0]) in VOCAB.offices
    )


def _referred(
    article: Article, people: People, between: tuple[int, int], referent: Referent,
    mention: Mention | None, window: list[Event], previous: Choice | None, quoted: Quoted, quote: str,
) -> Choice:
    """The speaker the words after a cue mean (see referents): an organisation, a
    person (the fullest form the article gives for initials), nobody, or whom a
    description that refers back means (see _referred_back): the person brought
    in with an age since the previous quote (`Ali (19), sopir angkot,`) first."""
    pos = between[1]
    if referent.kind in ("organisation", "person", "initials"):
        person = people.resolve(referent.words, pos)
        if referent.kind == "organisation" and person is not None and not _first_words(person, referent.words):
            person = None  # `bunyi pernyataan Budi` is Budi Santoso's; `pernyataan resmi Ford` no Bill Ford's
        return person or Person(referent.words), None
    if referent.kind == "back" and mention is not None and mention.role_only and any(w[:1] == "(" for w in referent.words):
        # `tegas Ketua Majelis Alumni IPNU (IPNU) itu`: the holder of that office when the article names
        # them; else the one person it names, who spoke before; else no one (an office of another body)
        holder, title = _role_speaker(people, pos, mention)
        alone = people.the_one_named_before(pos) if holder is None else None
        if alone is not None and previous is not None and alone is previous[0]:
            return alone, None
        return holder, title
    if referent.kind == "back":
        # (one brought in with an age before someone named speaks is not whom it means: `Nining (39)
        # mengaku ...`, then `Euis ... mengatakan`, then `ujar ibu dua anak itu`: Euis)
        named_spoke = max((e.pos for e in window if e.kind == "speak" and e.mention.name), default=-1)
        spoke = max(named_spoke, between[0])
        # (a description of a grown-up, `ibu tiga anak itu`, means no child brought in: `Anak Dede, Fajar (10)`)
        # (nor, for `kata pria itu`, one brought in as a woman: `istrinya, Warsini (63)`)
        # (and for `kata teman korban itu`, only one brought in as a friend: not the victim, `Fadil (12)`)
        # (and for `kata perempuan berusia 52 tahun itu`, one brought in with that age: not her son, `Dimas (19)`)
        unlike, relation = other_sex(referent.words), relation_to_another(referent.words)
        age = DESCRIBED_AGE.search(" ".join(referent.words))
        aged = (brought_in_as_an_adult if _a_grown_up(referent.words) else introduced_with_age)(
            article, spoke, between[1], unlike, relation, age.group(1) if age is not None else ""
        )
        if aged is not None and _an_officer_described(referent.words, relation) and not _a_police_title(aged.title):
            # (and for `kata perwira pertama Polri itu`, an officer: not one brought in with an age and
            # no police title, `dua siswa, Fikri Ramadhan (14) dan Salsabila Putri (13)`)
            aged = None
        if aged is not None:
            return people.resolve_mention(aged, pos) or Person(aged.name), aged.title
        if referent.alias:
            return _goes_by(people, pos, referent, window), None
        head = _described_head(referent.words)
        # (a word for a person with an age, `pria 72 tahun itu`, is the one given that age, not anyone)
        unnamed = _brought_in_unnamed(article.text, *between, head, not _an_age_given(article.text, referent.words)) if head else -1
        if not head:
            head, unnamed = _unknown_head_brought_in(article.text, between, referent.words)
        if unnamed > named_spoke and not _a_holder_fits_better(article.text, people, pos, unnamed, head, referent.words):
            # `seorang sopir truk ...`, then `kata sopir itu`: not who spoke before (but `Seorang anak ...`,
            # then `Salah satu anak, Rangga (10), mengaku ...` and `kata bocah itu`: Rangga)
            return None, " ".join(referent.words)
        if head and previous is not None and _role_brought_in_bare(article, people, between, referent.words, previous, window):
            # `diterima oleh pejabat Kementerian Perhubungan`, then `ujar pejabat Kemenhub tersebut` after a driver
            return None, " ".join(referent.words)
        speaker, title = _referred_back(people, pos, referent.words, window, previous, quoted)
        if relation and speaker is not None and not _given_the_relation(people, speaker, relation):
            # `kata teman korban itu`: not the victim, nor anyone not called a friend
            return None, mention.title if mention is not None and mention.title else " ".join(referent.words)
        if (
            previous is not None and speaker is not None and speaker is previous[0]
            and not _fits_the_previous_speaker(people, referent.words, previous)
            and _someone_new_since(article, people, between, previous, quote, window)
        ):
            return None, " ".join(referent.words)  # `Ibu korban, Sri Wahyuni, menangis.`, then `tutur perempuan itu`: hers
        if speaker is not None and title is None and mention is not None and mention.role_only and is_upper_start(mention.text):
            title = mention.title  # `jelas Dokter Spesialis Anak di RSUD itu`: the office the cue writes
        return speaker, title
    if referent.kind == "statement":
        organisation = _organisation_before(window, previous, article.text, between)
        named = " ".join(organisation.key) if organisation is not None else ""
        # (`pernyataan polisi` is Kepolisian Essex's; `pernyataan pihak bandara` no police force's)
        return (organisation if all(fold(w) in named for w in referent.words) else None), None
    if referent.kind == "role":
        holder = people.titled_before(referent.words[0], pos)
        if holder is not None and _holds_the_office(holder, referent.words):
            return holder, None
    return None, mention.title if mention is not None else None


def _given_the_relation(people: People, person: Person, relation: tuple[str, ...]) -> bool:
    """Does one of the person's titles open with the relation's first word (`Teman sekelas korban`
    for `teman korban`), or does the text state it where it names them (see relation_stated_at)?"""
    if relation[0] in _title_heads(person):
        return True
    return any(relation_stated_at(people.text, at, relation) for at in person.positions[:RELATION_PLACES])


# How many places a person is named at are read for the relation stated there (where someone comes
# in, most often the first; a bound keeps each quote's look linear however often a name comes back).
RELATION_PLACES: Final = 20


def _title_heads(person: Person) -> set[str]:
    """The first word of each of the person's titles, folded, `-nya` left off (`istri` of `Istrinya`)."""
    return {fold(t.split()[0]).removesuffix("nya") for t in person.titles}


def _fits_the_previous_speaker(people: People, words: tuple[str, ...], previous: Choice) -> bool:
    """Does a description give the previous speaker's age, or words of their title (`pria asal
    Cirebon itu` for a `perantau asal Cirebon`)?"""
    speaker, title = previous
    age = DESCRIBED_AGE.search(" ".join(words))
    if speaker is None or (age is not None and people.aged(speaker, age.group(1))):
        return True
    held = {fold(w) for w in words_of(people.best_title(speaker) or title or "")}
    return any(is_upper_start(w) and fold(w) in held for w in words)


def _someone_new_since(
    article: Article, people: People, between: tuple[int, int], previous: Choice, quote: str, window: list[Event]
) -> bool:
    """With no one named as speaking since the previous quote, does a sentence since open with
    someone new (see abstain: someone_new_opens_since, another_subject_since), whom a description
    at the cue may mean as well as the previous speaker?"""
    lo, hi = between
    return from_context(window, strong=True) is None and (
        someone_new_opens_since(article, lo, hi, previous, quote) or another_subject_since(article, people, lo, hi, previous[0], quote)
    )


def _holds_the_office(person: Person, words: tuple[str, ...]) -> bool:
    """Does one of the person's titles hold the description's modifiers and the role after
    them, abbreviations spelt out (`mantan pelatih` for a Mantan pelatih Persib, `plt kadis`
    for a Plt Kepala Dinas; not `mantan pejabat kementerian` for a Mantan sopir bupati, nor
    `calon wakil bupati` for a Calon bupati)? A word for any official (`mantan pimpinan KPK`)
    is held by a title whose role is an office (a Mantan Wakil Ketua KPK)."""
    keys = _spelt_out(folded(words))
    k = 0
    while k < len(keys) - 1 and keys[k] in VOCAB.office_modifiers:
        k += 1
    modifiers, role = keys[:k], keys[k]
    office = VOCAB.office_epithets.get(" ".join(keys[k : k + 2]))
    if office:
        role = fold(office.split()[0])  # `mantan bendahara negara` for a Mantan Menteri Keuangan
    for title in person.titles:
        held = _spelt_out(folded(words_of(title)))
        if all(m in held for m in modifiers) and (role in held or (role in ANY_OFFICIAL and _an_office_heads(held))):
            return True
    return False


# Words for the holder of any office: `pimpinan KPK` for its Wakil Ketua.
ANY_OFFICIAL: Final = frozenset({"pimpinan", "pemimpin", "petinggi", "pejabat"})


def _another_office(description: str, person: Person) -> bool:
    """Does a cue's description referring back name an office in capitals that is one of the
    person's with a unit of its body added (`Wakil Ketua Komisi II DPRD Kabupaten Sentosa ini`
    after the Wakil Ketua DPRD Kabupaten Sentosa: a commission's, another person's), and none the
    person has? (One person holds several offices: `Anggota DPR RI Komisi XII ini` after the
    Wakil Ketua MPR may well be him.)"""
    words = description.split()
    if len(words) < 4 or not person.titles or not is_upper_start(words[0]):
        return False
    keys = _spelt_out(folded([w for w in words[:-1] if is_upper_start(w)]))
    if not _an_office_heads(keys):
        return False
    held = [_spelt_out(folded(words_of(title))) for title in person.titles]
    if any(set(keys) <= set(office) for office in held):
        return False  # (an office the person has)
    return any(keys[:2] == office[:2] and not (set(keys) - set(office)).isdisjoint(BODY_UNITS) for office in held)


# Units of a body that make another office of one of its offices (`Wakil Ketua Komisi II DPRD`).
BODY_UNITS: Final = frozenset({"komisi", "fraksi", "bidang", "divisi", "seksi", "subbagian", "unit", "pansus", "badan"})


def _spelt_out(keys: tuple[str, ...] | list[str]) -> list[str]:
    """The folded words with each role's abbreviation written out (`wabup` -> `wakil bupati`)."""
    found: list[str] = []
    for key in keys:
        long = abbreviations().get(key)
        found.extend(long.lower().split() if long else (key,))
    return found


def _an_office_heads(keys: list[str]) -> bool:
    """Is the first role word of the folded title, past its modifiers, an office (`ketua` of
    `mantan wakil ketua kpk`; not `sopir` of `mantan sopir bupati`)?"""
    head = next((k for k in keys if role_word(k) and k not in VOCAB.office_modifiers), "")
    return head in VOCAB.offices


def _account_holder(people: People, handle: str, chosen: Person | None) -> Person | None:
    """The one person the article names whose full name the handle of the account a
    pronoun cue quotes spells (`tulisnya di akun @maiaestiantyreal`: Maia Estianty),
    unless the one chosen has a name the handle spells too; else None."""
    def spelt(person: Person) -> bool:
        letters = "".join(person.key)
        return len(person.key) >= 2 and len(letters) >= 8 and letters in handle

    if not handle or (chosen is not None and spelt(chosen)):
        return None
    holders = [p for p in people.by_key.values() if spelt(p)]
    return holders[0] if len(holders) == 1 else None


# A quote speaking of its speaker's client: `Klien saya siap ...`; and the words opening a
# counsel's title before the client's name (`Pengacara Budi`, `Kuasa hukum Budi`).
CLIENT_SPOKEN_OF: Final = re.compile(r"\b[Kk]lien[ \t]+(?:saya|kami)\b")
COUNSEL: Final = POSTED_RELATIONS - {"ajudan"}  # (the posts held for someone but an aide's)


def _speaks_of_them_as_a_client(quote: str, person: Person) -> bool:
    """Does the quote speak of `klien saya` and name the person (a word of their name: `Klien
    saya (Mi Santoso) siap ...`), in its own words (not inside a quote of its own in single marks)?"""
    said = re.sub(r"'[^']*'", " ", quote) if "'" in quote else quote
    return CLIENT_SPOKEN_OF.search(said) is not None and not set(folded(WORD.findall(said))).isdisjoint(person.key)


def _unless_a_client(people: People, speaker: Person, title: str | None, earlier: list[tuple[Person | None, str]]) -> Choice:
    """For a quote speaking of `klien saya` and naming the one it was given to (see
    _speaks_of_them_as_a_client), someone the article names as another's client (`Pengacara Budi
    Santoso, Rina Marlina`, then `Budi menegaskan kepada Rina ...` and `"... Klien saya, Pak Budi,
    siap ...," tegasnya`), or whom someone quoted before (of `earlier`, the
    speakers and quotes so far) called `klien saya`: not theirs but their counsel's, when the
    article names one; else no one. Anyone else keeps it."""
    counsel = [
        p for p in people.by_key.values()
        if any(fold(t.split()[0]) in COUNSEL and set(folded(t.split()[1:])) & set(speaker.key) for t in p.titles)
    ]
    for person, said in earlier:
        if person is not None and person is not speaker and person not in counsel and CLIENT_SPOKEN_OF.search(said) and (
            set(folded(WORD.findall(said))) & set(speaker.key)
        ):
            counsel.append(person)  # `"Keberadaan klien saya, Mia Santoso, ..." kata Rika`
    if not counsel:
        return speaker, title
    return (counsel[0], people.best_title(counsel[0])) if len(counsel) == 1 else (None, None)


def _named_in_the_cue(article: Article, span: Span, person: Person) -> bool:
    """Do the words after the quote's cue verb, read as no speaker, name someone's
    relative with a word of the person's name (`ujar bapak Bagas`: his father)?"""
    words = cue_words(article, span)
    related = bool(words) and words[0].islower() and (fold(words[0]) in VOCAB.honorifics or fold(words[0]) in VOCAB.relational_roles)
    return related and not {fold(w.strip(".,")) for w in words[1:]}.isdisjoint(person.key)


def _another_name_at_the_cue(article: Article, span: Span, person: Person) -> bool:
    """Do capitalised words right after the quote's cue verb, read as no one (`sebut Jaya
    Negara`: `negara` is a title's word), hold a word like a name's that opens none of
    the person's name words, nor is opened by one (`Melki` for Melkiades)?"""
    words = cue_words(article, span)
    if not words or not is_upper_start(words[0]):
        return False  # (the cheap test first)
    run = list(takewhile(is_upper_start, words))
    if len(run) < len(words) and fold(words[len(run)]) in DEMONSTRATIVES:
        return False  # `kata Doktor Ilmu Politik UI tersebut`: a description referring back
    if len(run) > 1 and fold(run[0]) in ROYAL_STYLES and (fold(run[1]) in VOCAB.titles or role_word(fold(run[1]))):
        return False  # `kata Sri Paus`: a style before an office, no given name
    named = [
        fold(w) for w in run
        if name_like(w) and not is_acronym(w) and not common_word(w) and not role_word(fold(w))
        and fold(w) not in VOCAB.titles and fold(w) not in VOCAB.honorifics
    ]
    if set(named) <= {fold(w) for t in person.titles for w in t.split()}:
        return False  # `kata Country Manager Grab Indonesia`: the chosen person's own title, restated
    return bool(named) and not any(k.startswith(w) or w.startswith(k) for w in named for k in person.key if k)


# `Sri` before an office is a style (`Sri Paus`, `Sri Sultan`), not the given name it is elsewhere.
ROYAL_STYLES: Final = frozenset({"sri"})


def _first_words(person: Person, words: tuple[str, ...]) -> bool:
    """Are the words the person's name or its first words (`Budi` of Budi Santoso, not `Santoso`)?"""
    return folded(person.name[: len(words)]) == folded(words)


def _organisation_before(window: list[Event], previous: Choice | None, text: str, between: tuple[int, int]) -> Person | None:
    """`Menurut Kepolisian Essex, ...` then `"...," demikian pernyataan polisi`: the
    organisation named as speaking since the previous quote, else the previous
    speaker when that is an organisation and the text since has given no other body's
    text (`laporan Tim Pencari Fakta (TPF) berkata lain`, then `bunyi laporan tersebut`);
    else nobody."""
    for e in reversed(window):
        if e.kind == "speak" and e.mention.text:
            organisation = _named_organisation(e.mention)
            if organisation:
                return Person(tuple(organisation.split()))
    speaker = previous[0] if previous is not None else None
    if speaker is None or not _named_organisation(Mention((), None, text=" ".join(speaker.name))):
        return None
    return None if any(_anothers(m.group(1).split(), speaker) for m in STATEMENT_THEN_OWNER.finditer(text, *between)) else speaker


def _anothers(owner: list[str], speaker: Person) -> bool:
    """Is the owner a statement noun names (`laporan Tim Pencari Fakta Warga`) a body other than
    the speaker: no short form (`laporan BPS`, `keterangan resmi Polda ...` may be the speaker's
    own), no word of the speaker's name?"""
    return not is_acronym(owner[0]) and not {fold(w) for w in owner} & set(speaker.key)


# A statement noun and the run of capitalised words after it, its owner's (`laporan Tim Pencari Fakta`).
STATEMENT_THEN_OWNER: Final = re.compile(
    rf"(?i:\b(?:{longest_first(VOCAB.statement_nouns)}))"
    r"[ \t]+(?:(?i:resmi|tertulis)[ \t]+)?([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)+)"
)


def _goes_by(people: People, pos: int, referent: Referent, window: list[Event]) -> Person | None:
    """`pria yang karib disapa Cak Imin`: the person the article names so, or the
    last named since the previous quote with a name word holding it (Muhaimin), or the
    person it names past an honorific (`Pak Haedar`); else, when the nickname is the
    description's head's (`pria yang ...`, not `ayah bocah yang ...`), the one named as
    speaking since the previous quote (`Gubernur X mengatakan, ...` then `ujar pria yang
    akrab disapa KDM itu`) whose initials, if the nickname is capitals, it fits; they go
    by it from then on. Else nobody (the full name may be in the article, unread)."""
    alias = referent.alias
    known = people.resolve(alias, pos)
    if known is not None:
        return known
    keys = [fold(w) for w in alias if len(w) >= 3]
    for e in reversed(window):
        if e.mention.name and any(k in fold(w) for k in keys for w in e.mention.name):
            return people.resolve_mention(e.mention, pos) or Person(e.mention.name)
    bare = tuple(w for w in alias if fold(w) not in VOCAB.honorifics)
    if bare != alias and (known := people.resolve(bare, pos)) is not None:
        return known  # `disapa Pak Haedar` after Haedar Nashir
    if len(referent.words) < 2 or fold(referent.words[1]) not in NICKNAME_HEAD_LINKS:
        return None
    speaking = from_context(window, strong=True, titled=False)
    person = people.resolve_mention(speaking, pos) if speaking is not None and speaking.name else None
    if person is None or not _fits_initials(alias, person):
        return None
    people.add_alias(alias, Mention(person.name, None), pos)  # (then `tegas KDM` is theirs too)
    return person


# The word after a description's head that makes the nickname after it the head's (`pria yang akrab disapa`).
NICKNAME_HEAD_LINKS: Final = frozenset({"yang", "akrab", "karib", "biasa"})


def _fits_initials(alias: tuple[str, ...], person: Person) -> bool:
    """Could the nickname be the person's: not one word of capitals, or capitals that are
    their initials, perhaps after a form of address's (`KDM`: Kang Dedi Mulyadi)?"""
    if len(alias) != 1 or not is_acronym(alias[0]):
        return True
    initials, capitals = "".join(w[:1] for w in person.name).upper(), alias[0].upper()
    return capitals in (initials, capitals[:1] + initials)


def _referred_back(
    people: People, pos: int, words: tuple[str, ...], window: list[Event], previous: Choice | None, quoted: Quoted,
) -> Choice:
    """The person a description refers back to (see _referred_back_to), unless the description
    gives an age other than the one the text gives them (`ujar perempuan berusia 19 tahun itu`
    after Tuminah (72): someone else, unnamed) or one the text gives someone else (`kata pria
    72 tahun itu` after Sutrisno (72) and an official: either Sutrisno or another)."""
    chosen = _referred_back_to(people, pos, words, window, previous, quoted)
    age = DESCRIBED_AGE.search(" ".join(words))
    if chosen[0] is not None and age is not None and (
        people.aged_otherwise(chosen[0], age.group(1))
        or _someone_aged(people.text, age.group(1)) and not people.aged(chosen[0], age.group(1))
    ):
        return None, " ".join(words)
    if chosen[0] is not None and _known_as_one_of(people.text, chosen[0], other_sex(words)):
        return None, " ".join(words)  # `kata pria itu` after `Bu Siti` (or `Rosmawati br Sitorus`): not her
    return chosen


def _known_as_one_of(text: str, person: Person, words: frozenset[str]) -> bool:
    """Is the person known as one of the other sex than a description's head (WORDS, see
    other_sex): a word of WORDS stands in their name (`br` of `Rosmawati br Sitorus`) or opens
    one of their titles (`Istri`), or the text addresses them with an honorific of that sex
    (`Bu Siti`: data/female_honorifics.txt, male_honorifics.txt)?"""
    if not words:
        return False
    if any(fold(w.rstrip(".")) in words for w in person.name):
        return True
    if not words.isdisjoint(_title_heads(person)):
        return True
    sex = WOMAN if words is VOCAB.female_words else MAN
    return bool(HONOURED.answer(text, person.name[0], lambda: _honorifics_before(text, person.name[0])) & sex)


# What the honorifics before a name word say of its sex (see _honorifics_before), per text.
HONOURED: Final = PerText()
MAN, WOMAN = 1, 2


def _honorifics_before(text: str, word: str) -> int:
    """The sexes the honorifics right before the word in the text say (`Bu Siti`, `Pak Darmo`):
    MAN, WOMAN, both or neither."""
    found = 0
    for m in re.finditer(rf"\b(\w+)\.?[ \t]+{re.escape(word)}\b", text):
        key = fold(m.group(1))
        found |= (MAN if key in VOCAB.male_honorifics else 0) | (WOMAN if key in VOCAB.female_honorifics else 0)
    return found


def _an_age_given(text: str, words: tuple[str, ...]) -> bool:
    """Does the description give an age the text gives someone (`ujar pria 72 tahun itu` after
    `Sutrisno (72)`)? Not one no one is given (`kata pria berusia 60-an itu`): anyone may be meant."""
    described = " ".join(words)
    if not AGE.search(described):
        return False
    age = DESCRIBED_AGE.search(described)
    if age is not None:
        return _someone_aged(text, age.group(1))
    return DECADE_AGE.search(described) is None  # (`berusia lanjut`: an age, its number unknown)


def _someone_aged(text: str, age: str) -> bool:
    """Does the text give someone this age in parentheses (`Sutrisno (72)`)?"""
    return f"({age})" in text


# An age given by its decade (`berusia 60-an`, `usia 40-an`): no one's age in parentheses.
DECADE_AGE: Final = re.compile(r"\b\d0-an\b")


# The age a description gives its head: `perempuan berusia 19 tahun itu`, `pria 72 tahun itu` (not
# a span of time, `pria yang sudah 15 tahun menjadi sopir itu`, nor an age in a relative clause,
# `nelayan yang sudah melaut sejak berusia 12 tahun itu`).
DESCRIBED_AGE: Final = re.compile(r"^\w+[ \t]+(?:(?:yang[ \t]+)?(?:berusia|berumur)[ \t]+)?(\d{1,3})[ \t]+tahun\b")


def _referred_back_to(
    people: People, pos: int, words: tuple[str, ...], window: list[Event], previous: Choice | None, quoted: Quoted,
) -> Choice:
    """`tambah sang pelatih`, `kata pria berusia 69 tahun itu`: the one person
    named before with that role, else the last named as speaking since the
    previous quote, else the previous speaker; else nobody, with the description
    as title, also when it fits two people quoted before (see _two_quoted_holders).
    A name inside the description (`ujar pengacara Rudi Hartono tersebut`) is
    whose the person is, not them."""
    inside = {w for w in words if is_upper_start(w)}
    role = _described_role_word(words)
    if role and fold(words[0]) == role:
        first = _first_two(people.headed_before(role, pos), inside)
        if len(first) == 1:
            return first[0], None
        if len(first) > 1 and not _one_of_them_speaking(people, pos, role, inside, window, previous):
            return None, " ".join(words)  # `ujar kiper itu` after two keepers, neither speaking since: either
    elif role:
        holder = _one_holder(people, words, pos)
        if holder is not None and not set(holder.name) <= inside:
            return holder, None
    if role and _two_quoted_holders(people, pos, words, inside, window, quoted):
        return None, " ".join(words)  # `kata sang kepala desa` after two heads of villages: either
    if inside:
        window = [e for e in window if not (e.mention.name and set(e.mention.name) <= inside)]
    context = from_context(window, strong=True, titled=False)
    if context is None and previous is None:
        context = from_context(window, strong=False)  # the first quote: whoever the text names
    person = people.resolve_mention(context, pos) if context is not None else None
    if person is not None:
        return person, context.title if context is not None else None
    if context is not None and context.role_only and (pointed := role_pointed_back(context.text)):
        # `Warga tersebut mengaku ...`, then `ujar pria asal Wonogiri itu`: whom that subject
        # points back at, no one named when no one holds its role; not who spoke before
        holder = _holder_described(people, pos, pointed, context.text)
        if holder is None and previous is not None and previous[0] is not None and not holds_an_office(previous[1]) \
                and not holds_an_office(people.best_title(previous[0])):
            return previous  # `Pria tersebut` after the man himself was quoted (no official): him
        return holder, (None if holder is not None else " ".join(words))
    if (
        context is not None and context.role_only and _brought_in_unnamed(context.text, 0, len(context.text)) >= 0
        and _described_head(words) and not AGE.search(" ".join(words))
    ):
        # `Seorang tetangga ... mengaku ...`, then `kata warga tersebut`: that one, unnamed (not `kata
        # perwira polisi tersebut`, no role for such a one, nor `ujar pria 72 tahun itu`, one given that age)
        return None, " ".join(words)
    if previous is not None and previous[0] is not None:
        if inside and set(previous[0].name) <= inside:
            return None, " ".join(words)  # `kata adik ipar Warsini itu` after Warsini: her in-law, not her
        other = _quoted_in_that_body(people, inside, previous[0], quoted)
        return (other, None) if other is not None else previous
    return None, " ".join(words)


def _quoted_in_that_body(people: People, inside: set[str], speaker: Person, quoted: Quoted) -> Person | None:
    """`kata mantan Ketua Fraksi Partai Sentosa DPR RI itu` after a quote of a rector: the
    one person quoted before whose title names the body the description names (two
    words of it: `DPR RI`), when the previous speaker's title has none of its words;
    else None (the previous speaker: a description may well give them a new office)."""
    body = {fold(w) for w in inside if fold(w) not in VOCAB.offices and fold(w) not in VOCAB.office_modifiers}
    if len(body) < 2 or body & _title_words(people, speaker):
        return None
    found = [p for p in quoted.people if p is not speaker and len(body & _title_words(people, p)) >= 2]
    return found[0] if len(found) == 1 else None


def _title_words(people: People, person: Person) -> set[str]:
    return {fold(w) for w in (people.best_title(person) or "").split()}


def _first_two(holders: Iterator[Person], inside: set[str]) -> list[Person]:
    """The first two holders not named inside the description, read no further. A loop:
    the compiled core makes a generator expression a list, which read every holder for
    each quote (quadratic)."""
    found: list[Person] = []
    for person in holders:
        if not set(person.name) <= inside:
            found.append(person)
            if len(found) == 2:
                break
    return found


def _role_brought_in_bare(
    article: Article, people: People, between: tuple[int, int], words: tuple[str, ...], previous: Choice, window: list[Event]
) -> bool:
    """Does the text since the previous quote bring someone in by a role in lower case and a
    body, one of no group, named nowhere in that sentence (`diterima oleh pejabat Kementerian
    Perhubungan`; not `menyambut para pelari`), the role the description's head or, after
    someone holding no office, the description naming a body too (`ujar perwakilan Kemenhub
    tersebut` after a driver)? When no one named speaks since, no one named before holds the
    head and the previous speaker's title does not give it, the description means the one
    brought in."""
    speaker, title = previous
    if speaker is None or from_context(window, strong=True) is not None:
        return False
    head = _described_head(words)
    held = people.best_title(speaker) or title or ""
    if head in {fold(w) for w in words_of(held)} or next(people.headed_before(head, between[1]), None) is not None:
        return False
    of_a_body = any(is_upper_start(w) for w in words) and not holds_an_office(held)  # (not `mantan Kapolda X ini` of an official)
    text = article.text
    for m in ROLE_THEN_BODY.finditer(text, *between):
        role = fold(m.group(1))
        if (role == head or (of_a_body and role_word(role) and role not in VOCAB.person_nouns)) and not _after_a_group_word(text, m.start()):
            sentence_end = REPORTED_END.search(text, m.end(), between[1])
            if not _named_later(text, m.start(), sentence_end.start() if sentence_end else between[1]) and not _known_name_after(people, m):
                return True
    return False


def _known_name_after(people: People, m: re.Match[str]) -> bool:
    """Does the capitalised run after the role hold a word of someone the article names
    (`pejabat Kemenhub Budi Santoso`)?"""
    return any(people.resolve_key((fold(w),), m.end()) is not None for w in m.group(2).split())


# A word in lower case and a run of capitalised words after it (`pejabat Kementerian Perhubungan`).
ROLE_THEN_BODY: Final = re.compile(r"\b([a-z]+)((?:[ \t]+[A-Z][\w'\-]*)+)")


def _after_a_group_word(text: str, at: int) -> bool:
    """Does a word for many stand right before `at` (`para pelari`, `sejumlah pejabat`)?"""
    before = text[max(0, at - 20) : at].split()
    return bool(before) and fold(before[-1]) in VOCAB.group_determiners


def _unknown_head_brought_in(text: str, between: tuple[int, int], words: tuple[str, ...]) -> tuple[str, int]:
    """A description headed by a word no list knows (`ujar pengojek itu`), and where the text
    since the previous quote brings someone in unnamed by that very word, opening a clause
    (`Di pangkalan ojek, seorang pengojek mengeluhkan ...`): the head, and that place; else
    ("", -1). The word the text gives the newcomer says whom the description means, not
    the previous speaker."""
    head = _head_past_modifiers(words)
    if not head.isalpha() or head in DEMONSTRATIVES:
        return "", -1
    unnamed = _brought_in_unnamed(text, *between, head, False)
    if unnamed < 0 or not _opens_its_clause(text, unnamed):
        return "", -1
    if any(fold(w) in VOCAB.reporting or fold(w) in VOCAB.cue_words for w in words_of(text, _sentence_start(text, unnamed), unnamed)):
        return "", -1  # `Ia menyebut, seorang pengojek kini harus antre ...`, `Menurut dia, seorang ...`: in what someone reports
    sentence_end = REPORTED_END.search(text, unnamed)
    if _named_later(text, unnamed, sentence_end.start() if sentence_end else len(text)):
        return "", -1  # `Salah seorang pengojek yang biasa mangkal di sana, Jaka, mengaku ...`: named
    return head, unnamed


def _named_later(text: str, pos: int, end: int) -> bool:
    """Is the one brought in at pos named further on in its sentence (NAMED_LATER), not only
    placed (`di Desa Semuntai, Kecamatan Mukok,`) or dated (`, Senin,`)?"""
    for m in NAMED_LATER.finditer(text, pos, end):
        if m.group(1) is None:
            return True  # `bernama Yanto`
        if not place_word(m.group(1)) and fold(m.group(1)) not in VOCAB.not_names:
            return True
    return False


# A name further on in the sentence of someone brought in: set off by commas (perhaps with an
# age), or after `bernama`.
NAMED_LATER: Final = re.compile(r",[ \t]*([A-Z][\w'\-]*)(?:[ \t]+[A-Z][\w'\-]*)*[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\))?[ \t]*,|\bbernama[ \t]+[A-Z]")


# Words for a grown-up a description may open with (`ibu tiga anak itu`, `pria paruh baya itu`).
GROWN_UPS: Final = frozenset({"ibu", "ayah", "bapak", "kakek", "nenek", "pria", "wanita", "lelaki", "suami", "istri"})


def _an_officer_described(words: tuple[str, ...], relation: tuple[str, ...]) -> bool:
    """Does the description mean a police officer (`perwira pertama Polri itu`, `anggota Polri
    itu`): a police word in it, in no relation to another (`istri anggota Polres itu`), its head
    no one the story is about (`korban penganiayaan oknum Polsek itu`)?"""
    return (
        not relation and police_title(" ".join(words))
        and _head_past_modifiers(words) not in VOCAB.people_in_the_news
    )


def _a_police_title(title: str | None) -> bool:
    """Is the title a police officer's (`Kanit Resmob ... Ipda`, `polisi yang bertugas di ...`)?"""
    return police_title(title) or any(fold(w) in ("polisi", "polwan") for w in (title or "").split())


def _a_grown_up(words: tuple[str, ...]) -> bool:
    """Does the description open with a word for a grown-up (past its modifiers)?"""
    return _head_past_modifiers(words) in GROWN_UPS


def _described_head(words: tuple[str, ...]) -> str:
    """The word for a person or a role a description opens with past its modifiers (`sopir`
    of `kata sopir itu`, `pria` of `pria asal Wonogiri itu`), folded; "" for any other."""
    head = _head_past_modifiers(words)
    return head if person_word(head) else ""


def _described_role_word(words: tuple[str, ...]) -> str:
    """The role or office a description refers back with (`warga` of `warga tersebut`,
    `kepala` of `mantan kepala dinas itu`), folded; "" when it names none (`pria itu`)."""
    role = _head_past_modifiers(words)
    return role if role_word(role) and role not in VOCAB.person_nouns else ""


def _head_past_modifiers(words: tuple[str, ...]) -> str:
    """The description's first word past its office modifiers (`mantan`, `wakil`), folded
    (the last word when all are modifiers); "" for no words."""
    keys = [fold(w) for w in words]
    while len(keys) > 1 and keys[0] in VOCAB.office_modifiers:
        keys = keys[1:]
    return keys[0] if keys else ""


def _one_holder(people: People, words: tuple[str, ...], pos: int) -> Person | None:
    """The one person named before with a title holding all the lower-case words of a
    description opening with a modifier (`mantan kepala dinas itu`: not the head of
    office, nor the deputy's `wakil kepala dinas`)."""
    holders = list(islice(people.titled_all(_described_words(words), pos), 2))
    return holders[0] if len(holders) == 1 else None


def _described_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-case words of a description but its demonstrative (`kepala desa` of `sang kepala desa itu`)."""
    return tuple(w for w in words if w.islower() and fold(w) not in DEMONSTRATIVES)


def _one_of_them_speaking(
    people: People, pos: int, role: str, inside: set[str], window: list[Event], previous: Choice | None
) -> bool:
    """Is one of the role's holders (but those named inside the description) the last
    named as speaking since the previous quote, or, with no one so named, the previous
    speaker? Then the description means that one."""
    said = next((e.mention for e in reversed(window) if e.kind == "speak" and e.mention.name), None)
    speaking = people.resolve_mention(said, pos) if said is not None else (previous[0] if previous else None)
    return speaking is not None and not set(speaking.name) <= inside and people.heads(speaking, role, pos)


def _two_quoted_holders(
    people: People, pos: int, words: tuple[str, ...], inside: set[str], window: list[Event], quoted: Quoted
) -> bool:
    """Does the description (`sang kepala desa`) fit two people quoted before, of whom
    the text since the previous quote names neither as speaking? Either may be meant."""
    described = _described_words(words)
    if len(_first_two(people.titled_quoted(described, pos, quoted.people), inside)) < 2:
        return False
    context = from_context(window, strong=True, titled=False)
    speaking = people.resolve_mention(context, pos) if context is not None else None
    if speaking is None:
        return True
    return set(speaking.name) <= inside or id(speaking) not in quoted.ids or not people.is_titled(speaking, described, pos)


def _two_quoted_namesakes(
    people: People, pos: int, mention: Mention, window: list[Event], quoted: Quoted
) -> bool:
    """Is the cue's name one word that opens the full names of two people quoted
    before (`kata Budi` after Budi Santoso and Budi Hartono), of whom the text since
    the previous quote names neither? Either may be meant. (Two names a letter
    apart, `Roy Hadi Siahaan` and `Roy Hardi Siahaan`, are one person misspelt.)"""
    holders = quoted.by_first.get(fold(mention.name[0]), []) if len(mention.name) == 1 else []
    if len(holders) < 2:
        return False
    named = {id(people.resolve_mention(e.mention, pos)) for e in window if e.mention.name}
    return not any(id(h) in named for h in holders)


def _spelt_alike(a: Person, b: Person) -> bool:
    """Are the two names the same words, each the same or one slip apart?"""
    return len(a.key) == len(b.key) and all(x == y or one_slip(x, y) for x, y in zip(a.key, b.key))


def _organisation(article: Article, mention: Mention) -> str:
    """The full name of the organisation a one-word cue names (`tulis BPS`), if the
    article defines it; else an organisation the cue names whole (see _named_organisation)."""
    words = mention.name or ((mention.title,) if mention.role_only and mention.title else ())
    defined = article.evidence.organisations.get(fold(words[0]), "") if len(words) == 1 else ""
    return defined or _named_organisation(mention)


def _named_organisation(mention: Mention) -> str:
    """`Kepolisian Essex mengatakan`, `kata Kementerian Pendidikan`: a capitalised
    run opening with an organisation word (not an office: `Kepala ...`) and holding
    no name of two words or more is the organisation speaking, named whole."""
    run = mention.text.split()
    body = len(run) > 2 and fold(run[0]) in BODY_WORDS
    if body:
        run = run[1:]  # `pihak KBRI Phnom Penh`: the body itself
    if len(run) < 2 or "," in mention.text or not all(is_upper_start(w) or w in ("dan", "&") for w in run):
        return ""
    if body and is_acronym(run[0]) and fold(run[0]) not in VOCAB.offices and fold(run[0]) not in VOCAB.ranks and (
        (fold(run[0]) in VOCAB.kinds and run[1:] == list(mention.name)) or not (mention.name and usual_name(fold(mention.name[0])))
    ):
        # `pihak BRT Transkota Line`: an organisation opening with its acronym, no one named;
        # `pihak RSUD Ahmad Yani`: an institution named after someone (not `pihak KPK Budi
        # Prasetyo`, `pihak PT Sritex Iwan Lukminto`: its spokesman, its owner)
        return " ".join(run)
    if run[1:] == list(mention.name) and _acronym_at_a_place(run):
        return " ".join(run)  # `kata KBRI Phnom Penh`: the embassy there, no person named Phnom Penh
    if len(mention.name) > 1 and not _a_countrys_body(mention):
        return ""
    head = fold(run[0])
    person_word = head in VOCAB.offices or head in VOCAB.ranks or head in VOCAB.honorifics or head in VOCAB.name_particles
    if any(fold(w) in VOCAB.english_offices for w in run[:4]):
        return ""  # `Corporate Secretary BRI Agustya Hendy Bernadi`: an English office, its holder unread
    return " ".join(run) if head in VOCAB.titles and not person_word else ""  # (not `Jenderal Sigit`, `Al Ghazali`)


def _acronym_at_a_place(run: list[str]) -> bool:
    """Does the run open with an organisation's acronym (three capitals or more, no
    office nor rank) and go on with a place (`KBRI Phnom Penh`, `BPBD Jawa Barat`),
    read as a name?"""
    head = run[0]
    key = fold(head)
    return (
        len(head) >= 3 and is_acronym(head) and key not in VOCAB.offices and key not in VOCAB.ranks
        and fold(run[1]) in VOCAB.place_words
    )


def _named_speaker(article: Article, people: People, pos: int, mention: Mention) -> Choice:
    """A cue that names someone: the fullest form of that name; nobody for a spokesperson of one
    word that is a word of someone else's name (see _spokesperson_of_another)."""
    speaker = people.resolve_mention(mention, pos)
    if speaker is not None and _spokesperson_of_another(people, mention, speaker):
        return None, " ".join([mention.title or ""] + list(mention.name)).strip()
    if (
        speaker is not None and len(speaker.name) == 1 and mention.title
        and fold(mention.name[0]) not in article.evidence.short
    ):
        # `kata Kepala Puskesmas Cilincing`: an office and its place, for
        # a holder the article names elsewhere.
        holder = people.by_title(mention.title + " " + mention.name[0], pos)
        if holder is not None:
            speaker = holder
    return speaker, mention.title


def _spokesperson_of_another(people: People, mention: Mention, speaker: Person) -> bool:
    """Is the cue a spokesperson's with one word after it (`jelas juru bicara Intel`) that stands
    in the fuller name of someone never given that role (`CEO baru Intel Lip-Bu Tan`, where the
    text runs the company into the name): the body's spokesperson, not them?"""
    title = fold(mention.title or "")
    return (
        len(mention.name) == 1 and len(speaker.name) >= 2 and title.startswith(SPOKESPERSON)
        and not any(fold(t).startswith(SPOKESPERSON) for t in speaker.titles + [people.best_title(speaker) or ""])
    )


# How a spokesperson's role opens (`juru bicara`, `jubir`).
SPOKESPERSON: Final = ("juru bicara", "jubir")


def _role_speaker(people: People, pos: int, mention: Mention) -> Choice:
    """A cue that names a role (`kata Presiden`): its holder, when the article names
    them; a bare office several named before hold (`ucap Hakim` after `Hakim Ketua
    Rudi` and `Hakim Anggota Sari`) none of them by name."""
    title = mention.title
    if not title or not is_upper_start(title):
        return None, title
    if _several_hold(people, pos, mention):
        return None, title
    speaker = people.by_title(title, pos)
    office = VOCAB.office_epithets.get(fold(title))
    if speaker is None and office is not None and people.holders_of(office, pos) == 1:
        speaker = people.by_title(office, pos)  # `ujar Kepala Negara`: the President (not when two were named)
    if speaker is None and " " not in title:
        # `tutur Lalu` for Lalu M Syafriadi: a word that is no name alone, but opens
        # the name of someone in the article; `ujar Hakim` for `Ketua RT, Hakim (56)`
        named = people.resolve((title,), pos)
        if named is not None and named.key[0] == fold(title):
            return named, None  # the word was the name; the title comes from the person
    return speaker, title


def _several_hold(people: People, pos: int, mention: Mention) -> bool:
    """Is the mention a bare office (one word) that several people named before pos hold?"""
    title = mention.title or ""
    return bool(title) and " " not in title and people.holders_of(title, pos) > 1


# How far a reported clause is read for its sentence's or its line's end, in characters.
REPORTED_REACH: Final = 3000


def _reported_speech(article: Article, events: list[Event], people: People) -> list[Quote]:
    """Reported speech: the clause after `X mengatakan,` up to the end of its
    sentence, when no quote mark opens it (that would be a direct quote)."""
    text = article.text
    starts = [p.start for p in article.paragraphs]
    out: list[Quote] = []
    for event in events:
        if not event.verb_end or not event.mention.name or fold(text[event.pos : event.verb_end]) in VOCAB.thanks_verbs:
            continue  # (`berterima kasih atas ...`: no reported words)
        start = REPORTED_START.match(text, event.verb_end).end()  # type: ignore[union-attr]  # it matches the empty string
        if start >= len(text) or text[start] in QUOTE_MARK_CHARS or text[start] == "\n":
            continue
        reach = min(len(text), start + REPORTED_REACH)
        line_end = text.find("\n", start, reach)
        stop = reach if line_end < 0 else line_end
        m = REPORTED_END.search(text, start, stop)
        if m is None and line_end < 0 and reach < len(text):
            continue  # no sentence's nor line's end in reach: no clause (reading to the end was quadratic)
        end = m.start() + 1 if m else stop
        clause = text[start:end]
        if len(clause.split()) < 4 or QUOTE_MARK.search(clause):
            continue
        speaker, title = _reporter(people, event)
        out.append(
            new_quote(
                quote=clause,
                start=start,
                end=end,
                speaker=speaker_name(speaker) if speaker else None,
                speaker_mention=event.mention.text,
                title=title,
                cue=text[event.pos : event.verb_end],
                kind="indirect",
                paragraph=_paragraph_at(article, starts, start),
            )
        )
    return out


def _reporter(people: People, event: Event) -> Choice:
    """Who reports the speech the event's verb brings in, checked as a quote's speaker
    is: an organisation named whole (`Kementerian Kebudayaan Prancis menyatakan`),
    and no place nor common word as a person's name."""
    organisation = _named_organisation(event.mention)
    if organisation:
        return Person(tuple(organisation.split())), None
    speaker = people.resolve_mention(event.mention, event.pos)
    if speaker is not None and (place_for_a_name(speaker, event.mention.title) or no_name_word(people.text, speaker)):
        return None, event.mention.title
    return speaker, (people.best_title(speaker) if speaker else None) or event.mention.title


def _paragraph_at(article: Article, starts: list[int], pos: int) -> int:
    """The index of the paragraph pos stands in (0 when none): a search in the paragraphs'
    starts (sorted), not a scan of them all per clause (quadratic in a long article)."""
    i = bisect_right(starts, pos) - 1
    return article.paragraphs[i].index if i >= 0 and pos < article.paragraphs[i].end else 0
