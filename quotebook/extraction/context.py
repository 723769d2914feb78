"""Context: the people named in the running text around quotes that stand
alone (reporting-verb subjects, title-led names opening a sentence), as events
in the order of the text; antecedents.py chooses among them."""
from __future__ import annotations

import re
from typing import Final, TYPE_CHECKING

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .positions import bisect_left, Cursor
from .vocabulary import longest_first, VOCAB
from .tokens import abbreviates, ADDRESS_WORD, all_name_like, alternatives, APOSTROPHES, DEMONSTRATIVE_AFTER, DEMONSTRATIVES, each_replaced, fold, keeps_period, last_non_space, common_word, mostly_common_word, name_like, office_rank_or_honorific, one_of, PASSIVE_WITH_AGENT, places_of, SHORT_NAME, title_word_ends_name, usual_name, VERB_SHAPE, WORD, is_upper_start, is_lower_start
from .layout import DATELINE, Paragraph, QUOTE_MARK_CHARS
from .marks import Spans
from .article import after_menurut, Article, opens_with_preposition, past_blanks, set_off_on_both_sides
from .mentions import last_field_after, place_word
from .titles import given_as_a_nickname, is_role_segment, POSTED_RELATIONS, kin_then_name, listed_with_a_relation, PERSON_WORDS, relation_before, relation_then_anothers_role, person_word, role_word, SENTENCE_OPENERS, strip_determiners, title_head, Mention, without_other_ones
from .phrases import MOST_PHRASE_PARTS, PARAGRAPH_END, past_account_noun, read_speaker_phrase, VERB_WORD
from .cues import described_then_named, first_of_joined_predicates, subject_before
from .events import Event
from .evidence import AGE_IN_PARENS
from .plain import plain_twin
from .referents import brought_in_as_an_adult, introduced_with_age
from .introductions import brought_in_with_age, declines_to_speak, named_with_role_opening, names_given, office_holders_opening, topics_turned_to, unnamed_subject, verbless_introductions, views_from

if TYPE_CHECKING:  # (mypyc's machine integer; an int when run as Python)
    from mypy_extensions import i64


# Two or more capitalised words in a row (parentheses and `dan` may join them).
# A capitalised word keeps a final period only as an initial or abbreviation
# (`H.`, `Dr.`), so a run never crosses the end of a sentence. A word is at most 61
# characters: a longer one is no name, and an unbounded one made the pattern retry a
# long word without spaces from each of its letters, quadratic in its length.
WORD_CHARS: Final = r"\p{L}\p{M}\d'\u2019\-"


def cap_word(hold: str = "") -> str:
    """CAP_WORD; with HOLD "+", its letters and the spaces after it possessive (see CAP_RUN_PLAIN).
    A short word with a period (`Dr.`, `Tb.`) opens a word, never inside one: not `Tok.` of
    `TikTok.`, which ran on into the next sentence's name."""
    return rf"(?:(?<![\p{{L}}\p{{M}}])\p{{Lu}}[\p{{L}}\p{{M}}]{{0,2}}\.|\p{{Lu}}[{WORD_CHARS}]{{0,60}}{hold})"


CAP_WORD: Final = cap_word()
# Each word of a run of NAME_RUN (below) is the match of CAP_WORD at its start: the
# run's words take nothing back (what follows each is optional), and both patterns
# step from one capital's word to the next alike.
NAME_WORDS: Final = regex.compile(CAP_WORD)
NAME_WORDS_PLAIN: Final = plain_twin(NAME_WORDS)
# Up to this many keys, key_places searches the text for each (see there).
FEW_KEYS: Final = 32
# From a capital with 61 more word characters after it, no run can start before the
# last 61 characters of that word (its first word would be too long): the search skips
# there at once instead of trying each letter, 61 characters each (`KATA` x 250,000).
OVERLONG_WORD: Final = rf"(?=\p{{Lu}}[{WORD_CHARS}]{{61}})[{WORD_CHARS}]+(?=[{WORD_CHARS}]{{61}})(*SKIP)(*FAIL)"
# The words that may join the capitalised words of a run: `dan`, `of`, ... and the
# particles inside a name (`Frank van Kempen`, `Ahmad bin Salim`) but a preposition (`di`).
CONNECTORS: Final = frozenset(
    {w for w in ("dan",) if w in VOCAB.title_connectors}
    | set(VOCAB.english_connectors)
    | (VOCAB.name_particles - VOCAB.prepositions)
)
RUN_CONNECTORS: Final = "|".join(sorted(CONNECTORS, key=lambda w: (-len(w), w)))  # (the longest first)


def run_of(hold: str = "") -> str:
    """The pattern of a run (see cap_word for HOLD)."""
    return rf"{cap_word(hold)}(?:[ \t]+{hold}(?:{cap_word(hold)}|\([^()\n]{{1,40}}\)|(?:{RUN_CONNECTORS})\b))+"


CAP_RUN: Final = regex.compile(rf"{OVERLONG_WORD}|{run_of()}")
# (A plain text has no overlong word to skip.) Its twin holds the letters of a word and
# the spaces after it possessively: no character after either can be one of them, so
# giving one back never makes a match, and re, which tried that at each capitalised
# word not followed by another (a letter at a time), then runs several times faster.
# (regex runs possessive repeats slower: CAP_RUN keeps greedy ones.)
CAP_RUN_PLAIN: Final = plain_twin(CAP_RUN, run_of("+"))
# A word before the first name, so that a dateline (`Semarang - Sementara itu, ...`) is no pair.
PAIRED_NAME_BEFORE: Final = regex.compile(r"(?<=[\p{L},][ \t])\p{Lu}[\p{L}\p{M}]*[ \t]*[-\u2013][ \t]*$")
# A lower-case word right after a name: the person does something in the sentence.
PREDICATE_AFTER: Final = re.compile(r"[ \t]+(?:juga[ \t]+|pun[ \t]+)?[a-z]")
# Phrases that introduce the person a following quote is from.
INTRODUCING: Final = re.compile(rf"\b(?:{alternatives(VOCAB.introducing_words)})[ \t]*:?[ \t]*$")
# After a name, more names listed up to `dan` (`, Kombes Agus Salim, dan Kombes Eko`): unlike
# LIST_GOES_ON_AFTER, not a role set off in capitals (`Kombes X, Kapolres Bogor.`).
NAMES_UP_TO_DAN: Final = re.compile(r"[ \t]{0,2},[ \t]*(?:[A-Z][^.!?\n\"\u201c\u201d]{0,400}?(?:,[ \t]*|[ \t]+))?(?:dan|serta)[ \t]+[A-Z]")
APPOSITIVE_ROLE: Final = re.compile(r"[ \t]*,[ \t]*([a-z][^,.;:\n\"\u201c\u201d()]{2,80})[,.]")
# A lower-case word, read backwards (see _lower_word_before).
LOWER_WORD: Final = re.compile("[a-z]+")
WORD_BEFORE: Final = re.compile(r"\b([A-Za-z]+)[ \t]+$")
# `Menurut Kusnawan, ...` and `..., terang Fredly, ...`: a speaker named inside
# reported speech. `Menurut X` and `, kata X` / `, kata ahli X`, with literal
# openings (see one_of).
INLINE_CUE: Final = rf",\s*(?P<cue>{longest_first(frozenset(c for c in VOCAB.cues if c.isalpha()))})\b"
INLINE_NAME_AFTER: Final = r"\s+(?=[A-Z]|[a-z]+ [a-z]*\s*[A-Z])"
INLINE_ATTRIBUTION: Final = re.compile("(?:" + one_of("Mm", r"(?<!\w.)enurut") + f"|{INLINE_CUE}){INLINE_NAME_AFTER}")
# Its cue alternative alone, for a paragraph without `enurut`: a scan for commas, not also for each `m`.
INLINE_CUE_ATTRIBUTION: Final = re.compile(INLINE_CUE + INLINE_NAME_AFTER)
# A reporting verb in a relative clause on a lower-case noun (`para pekerja yang (meminta)`).
RELATIVE_VERB: Final = re.compile(r"(?<![\w-])[a-z][\w\-]*[ \t]+yang[ \t]+(?:(?:juga|sempat|telah|sudah|pun|kemudian|lalu|terus|masih)[ \t]+)*$")
# A relative clause set off by commas, closing the text before a verb: `, yang tidak ikut berangkat, `.
SET_OFF_RELATIVE: Final = re.compile(r",[ \t]*yang[ \t][^,]*,[ \t]*$")
# A relative clause of words in lower case right after a name, closing the text before a
# verb: `Eddy Soeparno yang menjadi pembicara kunci di acara ini menyampaikan`.
NAME_REACH: Final = 40  # (longer than any one word of a name)
NAME_THEN_RELATIVE: Final = re.compile(r"(?<![\w-])([A-Z][a-z]+)([ \t]+yang(?:[ \t]+[a-z][a-z\-]*){1,12}?[ \t]*)$")
# `Menurut warga setempat, ...`: someone unnamed as the source of what follows.
UNNAMED_SOURCE: Final = re.compile(one_of("Mm", r"(?<![\w-].)enurut[ \t]+(?=[a-z])(?!(?:dia|ia|beliau|mereka)\b)"))  # (`Menurut dia,`: the one before)
SET_OFF_SEGMENT: Final = re.compile(r"[ \t]*,[ \t]*([^,;:\n\"\u201c\u201d]{1,80})")
NUMBER_AFTER: Final = re.compile(r"[ \t]+\d")
SET_OFF_NAME_AFTER: Final = re.compile(r",[ \t]*[A-Z]")
# `oleh` before the agent of a passive verb, perhaps after an adverb (`ditanggapi dingin oleh Fauzi`).
AGENT_OLEH: Final = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?oleh(?=[ \t]+[A-Z])")
# The passive verb with its agent `-nya` that every match of PASSIVE_WITH_AGENT ends with: a
# paragraph without one is not scanned for that (tried at each `i`, `t` and `y`).
AGENT_VERB: Final = re.compile(r"di[a-z]{3,}nya\b")
# A person's name: one to four capitalised words, perhaps with an age after it;
# also a capitalised place after a role (`warga Kampung Sawah`).
NAME_RUN: Final = regex.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}")
NAME_RUN_PLAIN: Final = plain_twin(NAME_RUN, rf"{cap_word('+')}(?:[ \t]++{cap_word('+')}){{0,3}}")  # (see CAP_RUN_PLAIN)
AGE_AFTER: Final = re.compile(r"[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\)|,[ \t]*\d{1,3}[ \t]*(?=,))")
# A role word, a short name, a predicate: `hakim Budi pun geleng-geleng kepala`.
ROLE_NAME_SUBJECT: Final = regex.compile(
    rf"(?<![\p{{L}}\-])(\p{{Ll}}+)[ \t]+({SHORT_NAME})[ \t]+(?:(?:pun|juga|lalu|kemudian|langsung)[ \t]+)?\p{{Ll}}"
)
ROLE_NAME_SUBJECT_PLAIN: Final = plain_twin(ROLE_NAME_SUBJECT)
# The next level of an address set off after a run: `, Desa Morosari Kidul` (data/region_kinds.txt).
REGION_AFTER: Final = re.compile(rf"[ \t]*,[ \t]*(?:{alternatives(tuple(sorted(w.capitalize() for w in VOCAB.region_kinds)))})[ \t]+[A-Z]")
# A form of address and a name opening a sentence as its subject: `Mbah Karto yang ditemui terpisah
# masih hafal ...`, `Pak Darmo kini ...`.
ADDRESSED_SUBJECT: Final = regex.compile(
    rf"(?:{ADDRESS_WORD})"
    rf"[ \t]+({SHORT_NAME})[ \t]+(?:(?:yang|pun|juga|lalu|kemudian|langsung|masih|kini)[ \t]+)?\p{{Ll}}"
)
# `..., padahal dulu TGPF menyatakan`: a comma and a conjunction open a new clause.
NEW_CLAUSE: Final = re.compile(rf",[ \t]+(?:{alternatives(VOCAB.clause_conjunctions)})[ \t]")
SHORT_FORM_AFTER: Final = re.compile(r"[ \t]+atau[ \t]+([A-Z]{2,8})\b")  # `... Karya Infrastruktur atau HKI`
# What someone reports: after `bahwa` following a reporting verb, after `menurutnya`,
# or after a reporting verb or a source and a comma, a subject in the same sentence
# is content, not a speaker.
VERB_THEN_COMMA: Final = re.compile(r"([a-z]+)[ \t]*,[ \t]*$")  # `Dia mengungkapkan, ` before what is reported
# A source's capitalised name and its comma, ending what is read: `Bahlil, `.
SOURCE_NAME_THEN_COMMA: Final = r"[ \t]+(?:[A-Z][\w'\-]*[ \t]+){0,3}[A-Z][\w'\-]*[ \t]*,[ \t]*$"
# `Menurut Bahlil, ` or `lanjut Fadli, ` before what that source reports.
SOURCE_THEN_COMMA: Final = re.compile(r"\b(?:[Mm]enurut|lanjut)" + SOURCE_NAME_THEN_COMMA)
# `Menurut Rendra, ` opening a clause whose subject follows (`Menurut Rendra, Hartono menolak`;
# not `lanjut`, which also goes on to a place: `Dari Stasiun Tugu, lanjut Malioboro, Dimas ...`).
MENURUT_THEN_COMMA: Final = re.compile(r"\b[Mm]enurut" + SOURCE_NAME_THEN_COMMA)
REPORTED_CONTENT: Final = re.compile(
    "|".join((
        r"b(?<!\w.)ahwa\b",
        *(c + r"(?<!\w.)enurut(?:nya|[ \t]+(?:dia|ia|beliau))\b" for c in "Mm"),
        # `Baginya,`, `Namun bagi dia,`: a view opening the clause; not `berarti baginya, Rektor ...`
        r"(?:^|(?<![\w-])(?:[Nn]amun|[Tt]etapi|[Tt]api)[ \t]+)[Bb]agi(?:nya|[ \t]+(?:dia|beliau))[ \t]*,",
    ))
)
ROLE_AFTER: Final = re.compile(r"[ \t]*,?[ \t]*((?:[a-z][\w\-/]*[ \t]*){1,8})")
FIRST_WORD_AFTER: Final = re.compile(r"[ \t]*,?[ \t]*([a-z][\w\-/]*)")  # the first word of ROLE_AFTER's group (see first_word_after)


WORD_AFTER: Final = re.compile(r"[ \t]+(\w+)")
# `bahwa` after a verb (`Ia melihat bahwa`, `menilai bahwa`): what follows is what someone
# says, sees or thinks (after a noun it is a fact's content: `Informasi bahwa ... dibenarkan X`).
BAHWA_AFTER_A_VERB: Final = re.compile(r"\b(?:me|ber|ter)[a-z]{3,}[ \t]+bahwa\b")
# After a name, the next of a list: `Andi Saputra, Budi Hartono, dan ...`, `Anies dan Ridwan`.
LIST_GOES_ON_AFTER: Final = re.compile(r"(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*(?:,[ \t]*[A-Z]|,?[ \t]*(?:dan|serta)[ \t]+[A-Z])")
# A copula before a role and a name: the role is what follows it.
COPULA: Final = re.compile(r"\b(?:adalah|ialah)[ \t]+")
# An active verb (`mengundang`, `menemui`, `menghadirkan`): a name after it is its object.
ACTIVE_VERB: Final = re.compile(r"me[a-z]{3,}$")
# Words of that shape that name whose words follow: `menurut Budi`, `melalui Kabid Humas ...` (its spokesperson).
NAMING_VERBS: Final = frozenset({"menurut", "melalui"})
# How far back in its paragraph a subject described (`Warga Kopo ini`) looks for the one
# brought in with an age (to the paragraph's start was quadratic in one endless paragraph).
AGED_REACH: Final = 1000
# A paragraph opening with a pronoun subject and (after an adverb or two) its verb: `Ia juga menekankan`.
PRONOUN_REPORTING: Final = re.compile(r"(?:Ia|Dia|Beliau)[ \t]+(?:(?:pun|juga|lalu|kemudian|lantas|kembali)[ \t]+){0,2}(\w+)")


def context_events(article: Article, spans: Spans, needed: frozenset[str]) -> list[Event]:
    """People named in the running text (outside quotes), paragraph by
    paragraph: reporting-verb subjects, speakers after passive verbs, cue
    phrases used for indirect speech, short forms opening a sentence, and
    capitalised runs (title-led names). In the order of the text."""
    events: list[Event] = []
    places = Cursor(key_places(article, needed))
    agents = Cursor([m.start() for m in AGENT_VERB.finditer(article.text)])  # (one scan; no match holds a line break)
    for para in article.paragraphs:
        if para.skip:
            continue
        first = len(events)  # where this paragraph's events start
        events.extend(_verb_subjects(article, para, spans))
        events.extend(_passive_speakers(article, para, spans))
        events.extend(_inline_speakers(article, para, spans))
        events.extend(_unnamed_sources(article, para, spans))
        events.extend(_short_form_subjects(article, para, spans))
        runs = _cap_runs(article, para)
        for start, end in runs:
            if start not in spans:
                events.extend(_run_events(article, para, start, end, needed))
        events.extend(_described(article, para, spans, needed, places))
        events.extend(verbless_introductions(article, para, spans))
        events.extend(names_given(article, para, spans))
        events.extend(office_holders_opening(article, para, spans))
        events.extend(named_with_role_opening(article, para, spans))
        events.extend(brought_in_with_age(article, para, spans))
        events.extend(views_from(article, para, spans))
        events.extend(topics_turned_to(article, para, spans, needed, runs))
        events.extend(_subjects_right_before_quotes(article, para, spans))
        if agents.any_between(para.start, para.end):
            events.extend(_taken_up_by_a_passive(article, para, spans, events[first:]))
    events.sort(key=lambda e: e.pos)
    return events


def _taken_up_by_a_passive(article: Article, para: Paragraph, spans: Spans, events: list[Event]) -> list[Event]:
    """`Kabar itu dirasakan penyanyi Rina Kartika. Unggahan itu dibagikannya ...`:
    the agent `-nya` of a passive verb takes up the person the paragraph named last
    before it (of `events`, the paragraph's so far, the last found of those before it),
    who becomes whom the text is about (a subject), unless the paragraph has named
    someone as speaking or as a subject already (`Hal itu disampaikannya` after
    `Presiden ... meminta ... Menteri ...` is the President's). The events are read once,
    in the order of the text, as the matches go on (for each match, all of them was
    quadratic in a long paragraph)."""
    text = article.text
    out: list[Event] = []
    found = sorted((e.pos, i) for i, e in enumerate(events) if e.pos >= para.start and e.kind != "described")
    strong = min((events[i].pos for _, i in found if events[i].kind in STRONG_KINDS), default=len(text))
    read, last = 0, -1  # how many of `found` stand before the match; the latest found of those
    for m in PASSIVE_WITH_AGENT.finditer(text, para.start, para.end):
        if m.start(1) in spans:
            continue
        while read < len(found) and found[read][0] < m.start():
            last = max(last, found[read][1])
            read += 1
        if last >= 0 and strong >= m.start():
            mention = events[last].mention
            if mention.name and mention.title is not None and len(mention.name) >= 2:
                out.append(Event(m.start(1), mention, "subject"))
    return out


# The kinds of event that say the paragraph named someone speaking or as a subject already.
STRONG_KINDS: Final = frozenset({"speak", "subject", "introduced", "turned_to", "acting"})


def _verb_subjects(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Imron mengatakan`: the subject before each reporting verb, named or a pronoun."""
    text, starts, words = article.text, article.starts, article.words
    events: list[Event] = []
    for i in article.within(article.reporting_words, para):
        at = starts[i]
        if at in spans or fold(words[i]) in VOCAB.post_verbs:
            continue  # (`Rina memposting video ...`: no words of hers to follow)
        thanks = fold(words[i]) in VOCAB.thanks_verbs
        verb_end = at + len(words[i])
        lo = article.clause_start(para.start, at)
        if _second_of_a_pair(text, para.start, lo):
            lo = article.clause_start(para.start, lo - 3)  # `tim kampanye Vonnie - Hendry, mengaku`
        opened = _quoted_name_before(text, para.start, lo, spans)
        if opened >= 0:
            lo = article.clause_start(para.start, opened)  # `pembawa acara podcast "Senja" asal Sentosa mengatakan`
        lo = max(lo, at - SUBJECT_REACH)
        if thanks and not _thanks_of_the_sentences_subject(text, lo, at):
            continue
        if text.find(",", lo, at) >= 0:  # `..., padahal TGPF menyatakan`
            lo = max((m.end() for m in NEW_CLAUSE.finditer(text, lo, at)), default=lo)
        subject_end = _before_set_off_relative(text, lo, at, fold(words[i]) not in VOCAB.view_verbs)
        clause = text[lo:subject_end]
        if "yang" in clause and RELATIVE_VERB.search(clause):  # (`in` first: the pattern is tried at each character)
            continue  # `dari para pekerja yang meminta ...`: the verb's subject is the noun before `yang`, no one named
        unnamed = unnamed_subject(clause)
        if _reported_content(clause):
            # `Downing menyampaikan bahwa Perdana Menteri ... Starmer telah mengucapkan`: Downing
            # speaks; Starmer only in what he reports (still the source of its reported speech)
            mention = subject_before(article, lo, subject_end)
            if mention and mention.name:
                events.append(Event(at, mention, "mentioned", verb_end))
            continue
        if unnamed is not None:  # `salah satu staf kantor mengatakan`: someone the next pronoun may mean
            events.append(Event(at, unnamed, "speak"))
            continue
        kin = _kin_of_someone_named_before(text, clause, lo)
        if kin is not None:  # `Cucu Tuminah yang mendampingi mengatakan` after Tuminah: her grandchild, unnamed
            events.append(Event(at, kin, "speak"))
            continue
        described = clause.rsplit(",", 1)[-1].strip()
        if role_pointed_back(described) or police_subject(described):
            # `Dalam narasinya, konten kreator itu menyebutkan`, `Polisi mengatakan pelaku ...`: someone
            # described, or the police, whom the next pronoun cue means (see pipeline._choose_speaker)
            events.append(Event(at, Mention((), None, role_only=True, text=described), "speak"))
            continue
        if (
            described.endswith(DEMONSTRATIVE_ENDINGS) and _described_subject(described)
            and (aged := brought_in_as_an_adult(article, max(para.start, lo - AGED_REACH), lo)) is not None
        ):
            # `Syamsuddin (49) terus melambaikan tangan. Pria yang bekerja sebagai sopir angkot itu mengaku`: him
            events.append(Event(at, aged, "speak", verb_end))
            continue
        if clause == clause.lower():
            continue  # no capital, no name nor pronoun opening the sentence: `pemerintah mengatakan`
        subject_end = first_of_joined_predicates(text, lo, subject_end)
        mention = (
            subject_before(article, lo, subject_end) or _name_closing_the_subject(text[lo:subject_end])
            or (_initialled_subject(article, para, lo, subject_end) if fold(words[i]) in VOCAB.saying_verbs else None)  # (not `meminta`)
        )
        if mention and mention.name and _described_subject(clause):
            # `Sudi (53). Warga Kopo, Bandung ini mengapresiasi`: the one brought in with an age, else whom `ia` means
            aged = introduced_with_age(article, max(para.start, lo - AGED_REACH), lo)
            mention = aged or Mention((), None, pronoun=True, text=mention.text)
        if mention and mention.name and _described_as_a_group(mention):
            continue  # `para pemimpin Jerman, Prancis, dan Italia menekankan`: a group, no one person
        if mention and stray_capital(article, mention):
            mention = Mention((), None, pronoun=True, text=mention.text)  # `Da juga menegaskan`: a typo for `Ia`
        if mention and mention.name and len(mention.name) == 1 and fold(mention.name[0]) in article.evidence.organisations:
            continue  # `Komdigi memastikan ...`: the organisation, not a person a pronoun could mean
        if mention and len(mention.name) == 1 and mention.text == mention.name[0] and _common_noun_opening(article, mention.text):
            continue  # `Lukisan pada zaman ini lebih menekankan ...`: a thing, no one a pronoun could mean
        if mention and mention.name and _several_named(article, text[lo:subject_end], mention):
            events.append(Event(at, Mention((), None, role_only=True, text=mention.text), "speak"))
            continue  # `Tersangka Rahmat Hidayat dan Sopian Hadi mengaku ...`: both, nobody by name
        if mention and mention.name and fold(words[i]) in VOCAB.view_verbs and _paraphrase_goes_on(text, para.start, lo):
            # `Ia menekankan ... . Presiden Rudi ingin ...`: a view the previous speaker reports
            events.append(Event(at, mention, "mentioned", verb_end))
        elif mention and (mention.name or mention.pronoun):
            events.append(Event(at, mention, "speak", verb_end))
        elif mention and (_unnamed_role(mention) or _bare_office(mention)):
            events.append(Event(at, mention, "speak"))  # `Ayah ZR menyebut`, `Gubernur menambahkan`
    return events


def role_pointed_back(subject: str) -> str:
    """The role, office or word for a person that a whole subject of a few words in lower
    case (but a sentence's capital) points back at (`pria itu`, `konten kreator tersebut`:
    `kreator`), or ''. Not with an age (`Pemain 28 tahun ini`, `Pria berusia 51 tahun
    ini`): the writer knows them, most often the one the story follows."""
    if not subject.endswith(DEMONSTRATIVE_ENDINGS):
        return ""  # (the cheap test first)
    words = subject.split()
    if not (2 <= len(words) <= 5 and words[-1] in DEMONSTRATIVES and (subject[:1].lower() + subject[1:]).islower()):
        return ""
    if any(c.isdigit() for c in subject) or AGE_WORDS.intersection(words):
        return ""
    return next((
        w for w in (fold(w) for w in words[:2])
        if (w in VOCAB.person_nouns or role_word(w)) and w not in VOCAB.office_modifiers
    ), "")


AGE_WORDS: Final = frozenset({"berusia", "berumur"})
DEMONSTRATIVE_ENDINGS: Final = ("itu", "tersebut", "ini")


def police_subject(subject: str) -> bool:
    """Is the subject the police alone (`Polisi`, `pihak kepolisian`)?"""
    if len(subject) > 18 or "olisi" not in subject:
        return False  # (the cheap test first)
    words = [fold(w) for w in subject.split()]
    if words[:1] == ["pihak"]:
        words = words[1:]
    return words in (["polisi"], ["kepolisian"])


def police_title(title: str | None) -> bool:
    """Is the title a police officer's (`Kasi Humas Polresta Denpasar Kompol`)?"""
    return any(fold(w) in VOCAB.police_words for w in (title or "").replace("(", " ").replace(")", " ").split())


def _several_named(article: Article, subject: str, last: Mention) -> bool:
    """Does the subject of a reporting verb list two people with `dan`, `last` the second
    (`Tersangka Rahmat Hidayat dan Sopian Hadi mengaku`, `Orangtua korban, Slamet dan
    Sumiati, mengatakan`: see _people_listed)?"""
    segments = subject.rstrip(" \t,").split(",")
    listed = segments[-1]  # (not `Bersama X dan Y, Bupati Z mengatakan`: an opening phrase)
    if " dan " not in listed and len(segments) >= 2 and (listed.islower() or _and_a_relative(segments[-2])):
        listed = segments[-2]  # `Slamet dan Sumiati, orangtua korban,`, `Slamet dan istrinya, Sumiati,`
    if " dan " not in listed:
        return False
    head = article.mention(AGE_IN_PARENS.sub("", listed.rsplit(" dan ", 1)[0]).strip())  # (`Sugeng (45) dan Partini (41)`)
    return (
        head is not None and bool(head.name) and head.name != last.name and _people_listed(head, last)
        and (len(head.name) >= 2 or head.text == head.name[0])  # (one word: a bare name, not `pengelola Sarinah`)
    )


def _and_a_relative(segment: str) -> bool:
    """Does the segment end with someone and their relative (`Slamet dan istrinya`), opening
    with no preposition (not `Bersama Kapolres X dan jajarannya`)?"""
    m = AND_A_RELATIVE.search(segment)
    words = segment.split()
    return m is not None and fold(m.group(1)) in VOCAB.relational_roles and fold(words[0]) not in VOCAB.prepositions


# `... dan istrinya` closing a segment: the relation, without its `-nya`.
AND_A_RELATIVE: Final = re.compile(r"[ \t]dan[ \t]+([a-z]+)nya[ \t]*$")


def _thanks_of_the_sentences_subject(text: str, lo: int, at: int) -> bool:
    """Does no reporting verb nor cue stand before a verb of thanks at `at` in its sentence
    (`Dalam kesempatan yang sama, Rosmala berterima kasih atas ...`)? Not `Menteri X
    mengatakan, Presiden Y bersyukur ...`, `Presiden Y, kata Menteri X, bersyukur ...`:
    thanks another reports, who goes on speaking."""
    return VOCAB.reporting_pattern.search(text, lo, at) is None and not any(
        fold(w) in VOCAB.cue_words for w in WORD.findall(text, lo, at)
    )


def _kin_of_someone_named_before(text: str, clause: str, lo: int) -> Mention | None:
    """The subject when it is a relation to someone named before lo, perhaps with a relative
    clause after (`Istri Samsul`, `Cucu Tuminah yang mendampingi`; see kin_then_name), as
    an unnamed person with the relation as title; None for any other subject."""
    words = clause.split()
    if not kin_then_name(words):
        return None
    end = 1
    while end < min(len(words), 4) and name_like(words[end]) and not words[end - 1].endswith(","):
        end += 1
    if words[end - 1].endswith(",") or (end < len(words) and words[end] != "yang"):
        return None  # `Istri Samsul, Siti, mengatakan`: named
    name = " ".join(words[1:end])
    if re.compile(rf"\b{re.escape(name)}\b").search(text, 0, lo) is None or given_as_a_nickname(text, " ".join(words[:end])):
        return None  # (not `Paman Birin`, a nickname: someone's name)
    return Mention((), f"{fold(words[0])} {name}", role_only=True, text=" ".join(words[:end]))


def _common_noun_opening(article: Article, word: str) -> bool:
    """Is the one capitalised word read as a subject's name a noun: one the corpus writes
    mostly in lower case (data/mostly_lower_words.txt), no word opening names, nor one the
    article writes as a name (after a cue, capitalised in mid-sentence, before another
    name word or an age: `Subur Wibowo (52)` and later `Subur, yang juga ketua ...`)?"""
    if not mostly_common_word(word):
        return False  # (the cheap test first: most names are no such word)
    key = fold(word)
    return (
        key not in VOCAB.name_openers and not usual_name(key)
        and key not in article.evidence.cued and not article.evidence.capitalised_mid_sentence(word)
        and re.search(rf"\b{re.escape(word)}[ \t]+(?:\(\d|[A-Z])", article.text) is None
    )


def _initialled_subject(article: Article, para: Paragraph, lo: int, end: int) -> Mention | None:
    """`Sementara itu, HM mengaku ...`: the verb's subject is a person the article names
    by initials alone (`jurnalis berinisial HM`, `pelaku AR (34)`), opening the sentence
    or after an opener alone (not inside what someone reports, `Kapolsek menjelaskan, HM
    mengaku ...`, nor `Kuasa hukum HM mengatakan`: the lawyer speaks). Not initials that
    name a body or a country too (`RS`, `PAN`, `Amerika Serikat (AS)`)."""
    text = article.text
    subject = text[lo:end].rstrip()
    token = subject.rpartition(" ")[2]
    if not (2 <= len(token) <= 4 and token.isalpha() and token.isupper()) or token in VOCAB.country_abbreviations:
        return None
    key = fold(token)
    if key in VOCAB.titles or key in VOCAB.kinds or key in article.evidence.organisations or not _named_by_initials(text, token):
        return None
    at = lo + len(subject) - len(token)
    opener = text[article.clause_start(para.start, at) : at].strip().rstrip(",").rstrip()  # (the sentence's words before it)
    if opener and (opener not in SENTENCE_OPENERS or fold(opener.split()[0]) in VOCAB.subordinators):
        return None  # (`Karena AR mengaku ...`: a reason the reporter gives)
    return Mention((token,), None, text=token)


def _named_by_initials(text: str, token: str) -> bool:
    """Does the text say the capitals are someone's initials: `berinisial HM`, or an age
    after them and a word for a person before (`pelaku AR (34)`; not the seats `PAN (4)`,
    nor a club's points, `disusul PSM (45)`)?"""
    if "inisial" in text and re.search(rf"\b(?:[Bb]er)?inisial(?:kan)?[ \t]+{token}\b", text):
        return True
    return (f"{token} (" in text or f"{token}(" in text) and any(
        m.group(1) in PERSON_WORDS for m in re.finditer(rf"\b([a-z\-]+)[ \t]+{token}[ \t]*\([ \t]*\d{{1,3}}[ \t]*\)", text)
    )


def _before_set_off_relative(text: str, lo: int, at: int, saying: bool) -> int:
    """Where the subject before the verb at `at` ends: before a relative clause set off
    by commas right before the verb (`Suami korban, yang tidak ikut berangkat,
    menjelaskan`) or, before a verb of saying (not a wish: `Rina yang masih trauma ingin
    pulang`, often in an official's account), one in lower case after a name (`Eddy Soeparno
    yang menjadi pembicara kunci menyampaikan`); else at the verb."""
    first = text.find("yang", lo, at)
    if first < 0:
        return at
    m = SET_OFF_RELATIVE.search(text, lo, at)
    if m is not None:
        return m.start()
    if not saying:
        return at
    m = NAME_THEN_RELATIVE.search(text, max(lo, first - NAME_REACH), at)  # (the name stands right before a `yang`)
    if m is None or not _a_name_word(m.group(1)) or _no_subjects_name_after(text[lo : m.start(1)].split()):
        return at  # (`Keputusan ini sejalan dengan tekanan dari Presiden Donald Trump yang ...`: no subject)
    return m.start(2)


def _no_subjects_name_after(lead: list[str]) -> bool:
    """Do the words before a name put it in a predicate or make it a place (a preposition,
    `asal`, an active or a passive verb: `didampingi`), or open a subject unnamed, read with
    its relative clause (`Seorang pembeli asal Cikarang yang datang ...`: see
    introductions.unnamed_subject)?"""
    if lead and fold(lead[0]) in ("seorang", "salah"):
        return True
    return any(
        fold(w) in VOCAB.prepositions or w == "asal" or w.startswith(("me", "ber")) or (w.startswith("di") and len(w) > 5)
        for w in lead
    )


def _a_name_word(word: str) -> bool:
    """Is the capitalised word a name's, not a common word nor one for a person (`Pria yang
    bekerja sebagai sopir angkot itu mengaku`: a description, whole)?"""
    key = fold(word)
    return name_like(word) and not mostly_common_word(word) and key not in VOCAB.person_nouns and not role_word(key)


def _quoted_name_before(text: str, start: int, lo: int, spans: Spans) -> int:
    """Where the opening mark stands of a name in quote marks that ends right before lo
    (`pembawa acara podcast "Senja dan Bintang" asal Sentosa`: a title, no quote, after a
    lower-case word): the clause goes on before it; -1 when none does."""
    if lo < 2 or text[lo - 1] not in QUOTE_MARK_CHARS:
        return -1
    opened = max(text.rfind(mark, max(start, lo - 60), lo - 1) for mark in QUOTE_MARK_CHARS)
    if opened < 0:
        return -1  # (text[...:-1] below would be the whole text to its end)
    name = text[opened + 1 : lo - 1]
    words = text[max(start, opened - 30) : opened].split()
    if not is_upper_start(name) or len(name.split()) > 6 or any(c in name for c in ".,!?\n") or opened in spans:
        return -1
    return opened if words and words[-1].isalpha() and words[-1].islower() else -1


def _name_closing_the_subject(clause: str) -> Mention | None:
    """`Kritikus musik Budi Santoso menilai`: a subject no rule reads as a person (its
    noun is in no list), a capitalised noun opening the clause and one or two
    lower-case words, then a name of two to four words right before the verb: that
    person, the words before as their title. (Else the pronoun cue after the
    sentence would reach back to whoever spoke before.)"""
    words = clause.split()
    while words and fold(words[-1]) in VOCAB.trailing_adverbs:
        words.pop()
    n = 0
    while n < min(4, len(words)) and name_like(words[-1 - n]) and words[-1 - n].isalpha():
        n += 1
    name, before = words[len(words) - n :], words[: len(words) - n]
    if n < 2 or not 2 <= len(before) <= 3 or not before[0].isalpha() or not is_upper_start(before[0]):
        return None
    if not all(w.isalpha() and w.islower() for w in before[1:]) or any(_function_word(w) for w in before):
        return None
    if any(fold(w) in VOCAB.time_words for w in before):
        return Mention(tuple(name), None, text=" ".join(words))  # `Pagi tadi Budi Santoso menjelaskan`: a time, no role
    head = fold(before[0])
    if head in VOCAB.statement_nouns or head in VOCAB.group_nouns or head in VOCAB.product_nouns:
        return None  # `Laman resmi Uni Eropa menyampaikan`: a text's or a body's words, no person
    return Mention(tuple(name), " ".join(before), text=" ".join(words))


def _function_word(word: str) -> bool:
    """Is the word one that opens a phrase or a clause, or a pronoun or a verb: no noun of a role?"""
    key = fold(word)
    return (
        key in VOCAB.prepositions or key in VOCAB.pronouns or key in DEMONSTRATIVES or key in VOCAB.reporting
        or key in VOCAB.clause_conjunctions or word in SENTENCE_OPENERS or bool(VERB_SHAPE.match(key) or VERB_WORD.match(key))
    )


def _paraphrase_goes_on(text: str, start: int, lo: int) -> bool:
    """Does the paragraph, before the clause at lo, open with a pronoun and a
    reporting verb (`Ia menekankan ...`): the previous speaker paraphrased?"""
    m = PRONOUN_REPORTING.match(text, start, lo)
    return m is not None and fold(m.group(1)) in VOCAB.reporting


def _circumstance_first(clause: str) -> bool:
    """Does the clause open with a word of circumstance (`Saat`, `Ketika`, `Usai`, `Selain`)?"""
    first = clause.split(None, 1)
    return bool(first) and (first[0].lower() in VOCAB.circumstance_words or first[0].lower() in ("selain", "sambil"))


def _reported_content(clause: str) -> bool:
    """Is the clause before a reporting verb what someone else reports: after
    `menurutnya` (`menurut dia`; `Baginya,`: in their view), after `bahwa` that follows a
    reporting verb, or after a reporting verb and its comma (`Dia mengungkapkan, Kapolsek X
    tidak ...`)?"""
    said = VERB_THEN_COMMA.search(clause) if clause.rstrip(" \t\n").endswith(",") else None  # (tried at each letter)
    if said is not None and fold(said.group(1)) in VOCAB.reporting and not _circumstance_first(clause):
        return True  # (not `Saat wartawan bertanya, Bupati X memilih diam`: a time, the Bupati its subject)
    if ("enurut" in clause or "anjut" in clause) and SOURCE_THEN_COMMA.search(clause):
        return True  # `Menurut Bahlil, Soeharto adalah ...`, `Selain itu, lanjut Fadli, Soeharto ...`
    if "enurut" in clause and MENURUT_THEN_COMMA.search(clause, 0, clause.rfind(",") + 1):
        return True  # `Menurut Rendra, Hartono Gunadi menolak diperiksa`: the subject after the source's comma
    if "bahwa" not in clause and "enurut" not in clause and "agi" not in clause[:12]:  # (`Baginya,` opens the clause)
        return False
    m = REPORTED_CONTENT.search(clause)
    if m is None:
        return False
    return m.group() != "bahwa" or VOCAB.reporting_pattern.search(clause, 0, m.start()) is not None


def _bare_office(mention: Mention) -> bool:
    """Is the subject an office alone, capitalised (`Gubernur`, `Kapolres`): its holder
    speaks, whom the article may name elsewhere?"""
    return mention.role_only and bool(mention.title) and " " not in mention.text and (
        is_upper_start(mention.text) and fold(mention.text) in VOCAB.offices
    )


def _unnamed_role(mention: Mention) -> bool:
    """Is the subject someone unnamed by their relation to another (`Ayah ZR`, `Kakak
    korban`, `Suami korban`, `Pendukung calon Bupati Sleman Budi Santoso`, `Seorang kerabat
    almarhum X`), not a description referring back (`Kerabat itu`)?"""
    written = strip_determiners(mention.text.replace(",", " ").split())
    words = [fold(w) for w in written]
    return (
        mention.role_only and len(words) >= 2 and words[0] in VOCAB.relational_roles
        and (len(words) <= 4 or relation_then_anothers_role(written))
        and not any(w in DEMONSTRATIVES or w == "yang" for w in words)
    )


def _described_subject(clause: str) -> bool:
    """Is the subject a description ending with a demonstrative, opening with a role
    (`Warga Kopo, Bandung ini`, `Pria asal Garut itu`): someone named before, no new name?"""
    words = clause.replace(",", " ").split()
    return (
        len(words) >= 3 and words[-1] in DEMONSTRATIVES
        and (fold(words[0]) in VOCAB.roles or fold(words[0]) in VOCAB.person_nouns)
    )


def stray_capital(article: Article, mention: Mention) -> bool:
    """Is the mention's name a lone word of two letters that the article writes
    nowhere else (`Da juga menegaskan`, a typo for `Ia`): no person?"""
    return len(mention.name) == 1 and mention.title is None and _stray_word(article, mention.name[0])


def _stray_word(article: Article, word: str) -> bool:
    return len(word) == 2 and word[1:].islower() and article.count(word) == 1


def _subjects_right_before_quotes(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Mendengar itu hakim Budi pun geleng-geleng kepala. "...," ujarnya.`: the
    person a role and a name make the subject of the sentence right before a quote
    in the same paragraph, whatever the verb, is whom its pronoun cue means."""
    text = article.text
    events: list[Event] = []
    first = spans.at.left(para.start + 1)
    for span in spans.spans[first : spans.at.left(para.end)]:
        end = last_non_space(text, para.start, span.open_at)  # the sentence end before the mark (not a slice per quote: quadratic)
        if end <= para.start or text[end] not in ".!?" or end in spans:
            continue
        lo = article.clause_start(para.start, end)
        addressed = ADDRESSED_SUBJECT.match(text, lo, end)
        if addressed is not None and lo == article.sentence_start(para.start, end):
            # `Mbah Karto yang ditemui terpisah masih hafal ... . "...," katanya.`: Mbah Karto
            mention = article.mention(text[lo : addressed.end(1)])
            if mention and mention.name and all_name_like(mention.name):
                events.append(Event(addressed.start(1), mention, "subject"))
            continue
        m = (ROLE_NAME_SUBJECT_PLAIN if article.plain else ROLE_NAME_SUBJECT).search(text, lo, end)
        role = fold(m.group(1)) if m else ""
        if m is None or role not in VOCAB.roles or role in VOCAB.relational_roles or _embedded(text[lo : m.start()]):
            continue
        if _reported_content(text[article.sentence_start(para.start, m.start()) : m.start()]):
            continue  # `Ia menambahkan, guru Markus telah ia minta ...`: whom the speaker speaks of
        mention = article.mention(_role_with_its_head(text, lo, m.start(1), m.group(1)) + " " + m.group(2))
        if mention and mention.name and all_name_like(mention.name):
            events.append(Event(m.start(2), mention, "subject"))
    return events


def _passive_speakers(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`disampaikan anggota Basarnas Jember Jefri`, `diutarakan ketua BTN, La Nyalla`,
    `disanggah kontraktor proyek, Budi Santoso`."""
    events: list[Event] = []
    for i in article.within(article.passive_words, para):
        at = article.starts[i]
        if at in spans:
            continue
        after = at + len(article.words[i])
        by = AGENT_OLEH.match(article.text, after)  # `Hal berbeda diungkapkan oleh Budi Santoso`
        agent_at = by.end() if by else after
        phrase, end = read_speaker_phrase(article.text, agent_at, para.end)
        # (a description we know no role in, then the name set off: `disanggah kontraktor proyek, Budi Santoso`)
        described = None if phrase else described_then_named(article, _past_oleh(article.text, after), para.end)
        if described is not None and (described[0].title or "").endswith("nya"):
            described = None  # (`oleh manajernya, Pinkan`: a relation, which the capitalised run reads)
        if described is not None:
            end = described[1]
        if fold(article.words[i]) in VOCAB.answer_passives and _no_answer_of_theirs(article.text, para.start, at, end):
            continue
        mention = described[0] if described is not None else article.mention(phrase) if phrase else None
        if mention and mention.name:
            said_before = _said_before(article, para, at) or _said_earlier(article.text, para.start, at, end)
            events.append(Event(at, mention, "mentioned" if said_before else "speak"))
        elif (unnamed := _unnamed_agent(article.text, agent_at)) is not None and not _a_question_conveyed(article, para, at):
            events.append(Event(at, unnamed, "speak"))  # `Hal senada diungkapkan seorang pengemudi ...`: unnamed
    return events


# Someone unnamed as a passive verb's agent: `(diungkapkan) seorang pengemudi perempuan yang ...`.
UNNAMED_AGENT: Final = re.compile(r"[ \t]*(?:[Ss]alah[ \t]+(?:satu|seorang)|[Ss]eorang)[ \t]+([a-z][\w\-]*(?:[ \t]+(?!yang\b)[a-z][\w\-]*){0,2})")


def _unnamed_agent(text: str, at: int) -> Mention | None:
    """The one a passive verb's agent at `at` brings in unnamed, by a role (`seorang pengemudi
    perempuan`), if so."""
    m = UNNAMED_AGENT.match(text, at)
    words = m.group(1).split() if m is not None else []
    if not words or not person_word(fold(words[0])):
        return None
    cut = next((i for i, w in enumerate(words) if fold(w) in VOCAB.prepositions or fold(w) in VOCAB.circumstance_words), len(words))
    return Mention((), " ".join(words[:cut]), role_only=True, text=" ".join(words[:cut]))  # (not `dari`, `dalam`)


def _a_question_conveyed(article: Article, para: Paragraph, at: int) -> bool:
    """Is what the passive verb at `at` conveys a question (`Pertanyaan soal tarif kembali
    disampaikan seorang wartawan`): its agent asks; the answer after is someone else's?"""
    return "tanya" in article.text[article.sentence_start(para.start, at) : at].lower()


def _past_oleh(text: str, at: int) -> int:
    """Past `oleh` (perhaps after an adverb) right after a passive verb ending at `at`, if one."""
    m = OLEH_AFTER.match(text, at)
    return m.end() if m is not None else at


OLEH_AFTER: Final = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?oleh(?=[ \t])")


# The words before a verb of answering that make it no answer of its agent's now: negated
# (`belum ditanggapi`, `tak kunjung dijawab`), in a relative clause (`yang pernah dibantah`) or
# one given before (`sempat ditanggapi X dengan santai`, `pernah dibantah`).
NO_ANSWER_BEFORE: Final = frozenset({"yang", "pernah", "sempat"}) | VOCAB.negations
# After the agent, what the answer was: an act, not words (`dijawab Persib dengan dua gol`);
# group 1 the word after `dengan`, which may say how it was spoken (`dengan nada pasrah`).
ANSWERED_WITH: Final = re.compile(r"[ \t,]*dengan[ \t]+(\w+)")


def _no_answer_of_theirs(text: str, lo: int, at: int, end: int) -> bool:
    """Does a passive verb of answering at `at` (data/answer_passives.txt) not make the agent
    after it (to `end`) someone answering in words: negated or in a relative clause in the
    three words before it, or an act after the agent (`dengan dua gol`; `dengan tegas` is
    how words were spoken, when the quote follows that sentence and no act or earlier time
    does: `dengan tegas lewat satu gol`, `dengan santai bulan lalu`)?"""
    if any(fold(w) in NO_ANSWER_BEFORE for w in _three_words_before(text, lo, at)):
        return True
    answered = ANSWERED_WITH.match(text, end)
    if answered is None:
        return False
    if fold(answered.group(1)) not in VOCAB.spoken_manners:
        return True
    rest = REST_OF_SENTENCE.match(text, answered.end()).group()  # type: ignore[union-attr]  # it matches the empty string
    quoted_next = QUOTE_NEXT.match(text, answered.end() + len(rest)) is not None
    return not quoted_next or ACT_AFTER.search(rest) is not None or EARLIER_AFTER.search(rest) is not None


def _three_words_before(text: str, lo: int, at: int) -> list[str]:
    """The (at most) three words right before a verb at `at`, not before lo."""
    return text[max(lo, at - 40) : at].split()[-3:]


# After how an answer was spoken, what makes it an act (`dengan tegas lewat satu gol`).
ACT_AFTER: Final = re.compile(r"\b(?:lewat|melalui)\b")
# After a passive verb's agent, a time well before now (`pekan lalu`; not `kemarin`, when news
# most often reports what was said): said earlier.
EARLIER_AFTER: Final = re.compile(r"\b(?:(?:pekan|minggu|bulan|tahun)[ \t]+lalu|sebelumnya)\b")
# Before a passive verb, words that place what was said before now (`sempat disinggung`).
EARLIER_BEFORE: Final = frozenset({"sempat", "pernah", "sebelumnya"})
REST_OF_SENTENCE: Final = re.compile(r"[^.!?\n\"\u201c\u201d]*")
# A sentence's end, then a quote mark opening the next words.
QUOTE_NEXT: Final = re.compile(r"[.!?]?\s*[\"\u201c]")


def _agent_of_words_said_earlier(text: str, lo: int, at: int, end: int) -> bool:
    """Is the run at [at, end) the agent after `oleh` of a passive reporting verb that tells
    what was said before now (see _said_earlier)?"""
    if text.find("oleh", max(lo, at - 6), at) < 0:
        return False  # (the cheap test first)
    m = PASSIVE_AND_OLEH_BEFORE.search(text, max(lo, at - 60), at)
    return m is not None and fold(m.group(1)) in VOCAB.passive_reporting and _said_earlier(text, lo, m.start(1), end)


# A passive verb, perhaps an adverb, and `oleh` right before a run (group 1: the verb).
PASSIVE_AND_OLEH_BEFORE: Final = re.compile(r"\b(\w+)[ \t]+(?:[a-z]+[ \t]+)?oleh[ \t]+$")


def _said_earlier(text: str, lo: int, at: int, end: int) -> bool:
    """Does the passive reporting verb at `at`, its agent ending at `end`, report what was
    said before now (`sempat disinggung oleh X`, `disampaikan langsung oleh X ... pekan
    lalu`)? The one speaking next is then most often the one quoted before."""
    if any(fold(w) in EARLIER_BEFORE for w in _three_words_before(text, lo, at)):
        return True
    return EARLIER_AFTER.search(REST_OF_SENTENCE.match(text, end).group()) is not None  # type: ignore[union-attr]  # it matches the empty string


# `agar apa yang disampaikan Prabowo ... diperhatikan`: what someone said, spoken of.
WHAT_THEY_SAID: Final = re.compile(r"\b[Aa]pa[ \t]+yang[ \t]+$")


def _said_before(article: Article, para: Paragraph, at: int) -> bool:
    """Is the passive reporting verb at `at` in what someone reports (`Ia melihat bahwa wacana
    yang diutarakan Menteri X ...`), or does it make what someone said a thing spoken of
    (`Purbaya puas dengan apa yang disampaikan Menteri PU ...`)? Its agent said it some
    time, and is not who speaks now.
    (A relative clause alone says nothing, `keterangan yang disampaikan prakirawan X` is X's;
    nor a fact's content, `Informasi bahwa pelaku diamankan dibenarkan oleh Kasat X`.)"""
    before = article.text[article.clause_start(para.start, at) : at]
    return BAHWA_AFTER_A_VERB.search(before) is not None or _reported_content(before) or WHAT_THEY_SAID.search(before) is not None


def _inline_speakers(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Menurut Kusnawan, ...` and `..., terang Fredly, ...`."""
    events: list[Event] = []
    menurut = article.text.find("enurut", para.start, para.end) >= 0
    if not (menurut or _may_cite_by_cue(article, para)):
        return events
    for m in (INLINE_ATTRIBUTION if menurut else INLINE_CUE_ATTRIBUTION).finditer(article.text, para.start, para.end):
        if m.start() in spans:
            continue
        at = m.end() if m.group("cue") else past_account_noun(article.text, m.end())
        phrase, end = read_speaker_phrase(article.text, at, para.end)
        role_then_name = _role_then_name(article, phrase)
        subject_after_role = (
            role_then_name and _clause_goes_on(article.text, end, para.end) and not _holder_set_off(article, phrase, end)
        )
        if not m.group("cue"):
            # `Menurut Kusnawan, Blue Water ...`: the name alone; `Menurut Kapolres X, AKBP Y,
            # pelaku ...`: the office and its holder, not the sentence's own clause after them
            phrase = _through_the_holder(article, phrase) if role_then_name and not subject_after_role else phrase.split(",")[0]
        mention = article.mention(phrase) if phrase else None
        if mention and (mention.name or (subject_after_role and _office_alone(mention)) or _body_alone(mention)):
            events.append(Event(m.start(), mention, "speak"))
    return events


def _through_the_holder(article: Article, phrase: str) -> str:
    """An office and the holder set off after it, up to the holder's name: the office may
    hold commas of its own (`Dekan Fakultas Ekonomi dan Bisnis, Universitas Gadjah Mada,
    Didi Achjari`, `Kepala Desa Sukamaju, Kecamatan Cibadak, Ujang Sutisna`)."""
    parts = phrase.split(",")
    for k in range(1, len(parts)):
        holder = article.mention(parts[k].strip())
        if holder is not None and holder.name and (holder.title is None or all(fold(w) in VOCAB.ranks for w in holder.title.split())):
            return ",".join(parts[: k + 1])
    return phrase


def _holder_set_off(article: Article, phrase: str, end: int) -> bool:
    """Is the office's holder set off by commas on both sides, a body opening the clause
    after them (`Menurut Deputi ... BPS, Ateng Hartono, Bank Dunia memperkenalkan ...`)?
    Not someone else's name or role (`Menurut Kapolsek, Asep, Kepala Dusun X, ikut
    diperiksa`), nor names listed (`Menurut Kapolsek, Rudi, Andi dan Joko ...`)."""
    holder = _through_the_holder(article, phrase)
    if holder == phrase or LIST_GOES_ON.match(article.text, end):
        return False
    after = article.mention(phrase[len(holder) + 1 :].split(",")[0].strip())
    return after is None or _body_alone(after) or (
        bool(after.name) and bool(after.title) and not office_rank_or_honorific((after.title or "").split()[0])  # `Bank Dunia`
    )


# A list going on after a phrase: `(Dodi, Ketua RT 05,) dan Sarman`.
LIST_GOES_ON: Final = re.compile(r"[ \t,]*(?:dan|serta)[ \t]")


def _body_alone(mention: Mention) -> bool:
    """Is the mention an organisation with no name (`Menurut Aliansi Sentosa, ...`): it
    speaks, as a body (no person a pronoun cue after could mean)?"""
    words = (mention.title or "").split()
    return (
        mention.role_only and len(words) >= 2 and all(is_upper_start(w) for w in words)
        and fold(words[0]) in VOCAB.titles and not office_rank_or_honorific(words[0])
    )


def _office_alone(mention: Mention) -> bool:
    """Is the mention an office with no name (`Menurut Kapolsek, Rudi ditangkap`: the
    Kapolsek speaks, unnamed)?"""
    return mention.role_only and mention.title is not None and fold(mention.title.split()[0]) in VOCAB.offices


def _unnamed_sources(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Menurut warga setempat, ...`, `Menurut sumber eksklusif kepada ...`: someone
    unnamed whose words the sentence gives, whom the next pronoun cue or description
    (`ujar sumber tersebut`) means: a role with no name; or the holder named after
    it (`Menurut dokter spesialis anak ..., dr. Rina Kartika, ...`), with the role
    as title. Not a bare word (`Menurut pakar,`: experts in general) nor a role
    referring back (`Menurut pengendara tersebut`)."""
    events: list[Event] = []
    text = article.text
    if text.find("enurut", para.start, para.end) < 0:
        return events
    for m in UNNAMED_SOURCE.finditer(text, para.start, para.end):
        if m.start() in spans:
            continue
        phrase, end = read_speaker_phrase(text, m.end(), para.end)
        mention = article.mention(phrase) if phrase else None
        if not (mention and mention.title):
            continue
        # `Menurut mantan kepala museum, Rudi Hartono, ...`: a former role, after `Menurut` opening
        # the sentence (not inside what someone reports), names its source only by the holder set off after it
        opens_sentence = text[m.start()] == "M"
        former = opens_sentence and not _role_head(mention.title) and _role_head(_past_former(mention.title))
        if not (former or _role_head(mention.title)):
            continue
        if mention.name and "," in phrase and not _clause_predicate_after(text, end, para.end):
            # the phrase read on to the holder set off (`, dr. Rina Kartika,`); not a clause's subject (`, Budi jarang ...`)
            events.append(Event(m.start(), mention, "speak"))
            continue
        if mention.name:
            continue
        holder = _named_after(article, end, para.end)
        if holder is not None:
            events.append(Event(m.start(), Mention(holder.name, holder.title or mention.title, text=holder.text), "speak"))
        elif not former and len(mention.title.split()) >= 2 and fold(mention.title.split()[-1]) not in DEMONSTRATIVES:
            events.append(Event(m.start(), mention, "speak"))
    return events


def _clause_predicate_after(text: str, pos: int, end: int) -> bool:
    """Does a lower-case word that opens no phrase follow at pos (`Budi jarang terlihat`):
    the name before it is a clause's subject? (`Budi saat ditemui, ...` is not.)"""
    m = NEXT_WORD.match(text, pos, end)
    key = m.group(1) if m is not None and m.group(1).islower() else ""
    return bool(key) and key not in VOCAB.phrase_stops and key not in VOCAB.circumstance_words and key not in VOCAB.time_words


def _named_after(article: Article, pos: int, end: int) -> Mention | None:
    """The person named set off by a comma at pos (`, dr. Rina Kartika, ...`), if one is."""
    m = SET_OFF_SEGMENT.match(article.text, pos, end)
    mention = article.mention(m.group(1)) if m else None
    return mention if mention is not None and mention.name else None


def _role_head(title: str) -> bool:
    """Does the title open (past `seorang`, `salah satu`) with a word for a person's role?"""
    head = title_head(title)
    return head in VOCAB.roles and head not in VOCAB.group_nouns


def _past_former(title: str) -> str:
    """The title past the words that make it a former one (`mantan kepala museum`: `kepala museum`)."""
    words = title.split()
    while len(words) > 1 and fold(words[0]) in FORMER:
        words = words[1:]
    return " ".join(words)


FORMER: Final = frozenset({"mantan", "eks", "bekas"})


def _may_cite_by_cue(article: Article, para: Paragraph) -> bool:
    """Can INLINE_CUE_ATTRIBUTION match in the paragraph? Each match is a cue word
    standing alone (a word of the article's word index) after a comma and blanks;
    and only a paragraph with a cue that is no compound's second word is read."""
    return article.any_within(article.cue_words, para) and article.any_within(article.cue_after_comma_words, para)


def _clause_goes_on(text: str, pos: int, end: int) -> bool:
    """Does a lower-case word follow the phrase with no comma (`Menurut Kapolsek, Rudi
    ditangkap ...`)? Then the name after the comma is the reported clause's subject,
    not the role's holder set off (`Menurut Kapolsek, Rudi Hartono, pelaku ...`)."""
    m = NEXT_WORD.match(text, pos, end)
    return m is not None and is_lower_start(m.group(1))


NEXT_WORD: Final = re.compile(r"[ \t]+(\w+)")


def _role_then_name(article: Article, phrase: str) -> bool:
    """Is the phrase a role with no name, then the name set off by a comma
    (`epidemiolog UI, Tri Yunis Wahyono`)?"""
    first = phrase.split(",")[0]
    if first == phrase or not is_role_segment(first.split()):
        return False
    role, rest = article.mention(first), phrase.split(",")[1].split()
    # (a one-word `name` in the role is its place's: `Universitas Sentosa`)
    return role is None or len(role.name) < (2 if len(rest) >= 2 and all(name_like(w) for w in rest) else 1)


def _short_form_subjects(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """A lone capitalised word is no evidence of a person, unless it opens a
    sentence and the article uses it for a speaker (`Imron` of `kata Imron`)."""
    text, starts, words = article.text, article.starts, article.words
    events: list[Event] = []
    for i in article.within(article.evidence.short_words, para):
        word, at = words[i], starts[i]
        if at in spans or (i + 1 < len(words) and is_upper_start(words[i + 1])) or not name_like(word):
            continue  # the cheap tests first
        if article.common_opener(at, word) or fold(word) in article.evidence.organisations or _stray_word(article, word):
            continue
        if i + 1 < len(words) and fold(words[i + 1]) in VOCAB.subject_pronouns:
            continue  # `Kedepan dia memastikan`: the pronoun is the subject, the word before it no name
        before = text[article.clause_start(para.start, at) : at]
        if _opens_clause(before) and not _second_of_a_pair(text, para.start, at):
            # (after `Menurutnya,` the previous speaker's view of the one named: see _run_kind)
            events.append(Event(at, Mention((word,), None, text=word), "mentioned" if _reported_content(before) else "subject"))
    return events


def _cap_runs(article: Article, para: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of each capitalised run in the paragraph (CAP_RUN's matches): in a
    plain text by plain_cap_runs, else by the pattern."""
    if article.plain:
        return plain_cap_runs(article.text, para.start, para.end)
    return [m.span() for m in CAP_RUN.finditer(article.text, para.start, para.end)]


def plain_cap_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of CAP_RUN_PLAIN's matches in text[start:end] (a plain text), by a
    compiled loop over the codes (the engine's call at each capital cost more than
    reading the run): a capitalised word, then one or more of a blank and a
    capitalised word, a parenthesis or a connector. Where no run opens at a capital,
    the next character is tried, as a search does (a run may open inside a word)."""
    found: list[tuple[int, int]] = []
    i = _next_capital(text, start, end)
    while i < end:
        run_end = _run_from(text, i, end)
        if run_end >= 0:
            found.append((i, run_end))
        i = _next_capital(text, run_end if run_end >= 0 else i + 1, end)
    return found


def _next_capital(text: str, pos: int, end: int) -> int:
    """Where the first capital (A-Z) at or after pos stands; end if none before it."""
    i: i64 = pos
    stop: i64 = end
    while i < stop:
        c: i64 = ord(text[i])
        if 65 <= c <= 90:
            return i
        i += 1
    return end


def _run_from(text: str, at: int, end: int) -> int:
    """Where CAP_RUN_PLAIN's match at the capital at `at` ends; -1 if none matches there."""
    first = run_end = _cap_word_end(text, at, end)
    while True:
        q = past_blanks(text, run_end)  # (blanks past the end: none of the run's)
        if q == run_end or q >= end:
            break
        part_end = _run_part_end(text, q, end)
        if part_end < 0:
            break
        run_end = part_end
    return run_end if run_end > first else -1


def _cap_word_end(text: str, at: int, end: int) -> int:
    """Where CAP_WORD (plain) from the capital at `at` ends: up to two letters and a
    period, else up to 60 of WORD_CHARS. (Backing off a letter puts a letter where the
    period should be, and the longer word stops at that period: no other way matches.)"""
    stop: i64 = end
    k: i64 = at + 1
    while k < stop and k < at + 3 and _ascii_letter(ord(text[k])):
        k += 1
    if k < stop and ord(text[k]) == 46 and (at == 0 or not _ascii_letter(ord(text[at - 1]))):  # `.`, opening a word
        return k + 1
    k = at + 1
    while k < stop and k < at + 61 and _plain_word_char(ord(text[k])):
        k += 1
    return k


def _run_part_end(text: str, at: int, end: int) -> int:
    """Where the part of a run after its blanks at `at` ends: a capitalised word, a
    parenthesis of 1 to 40 characters with no parenthesis or line break inside, or
    a connector as a whole word; -1 if none opens there."""
    stop: i64 = end
    c: i64 = ord(text[at])
    if 65 <= c <= 90:
        return _cap_word_end(text, at, end)
    k: i64 = at + 1
    if c == 40:  # `(`
        while k < stop and k <= at + 41:
            d: i64 = ord(text[k])
            if d == 41:  # `)`
                return k + 1 if k > at + 1 else -1
            if d == 40 or d == 10:  # `(`, a line break
                return -1
            k += 1
        return -1
    if not 97 <= c <= 122:
        return -1  # (every connector opens with a lower-case letter)
    while k < stop and (_ascii_letter(ord(text[k])) or 48 <= ord(text[k]) <= 57 or ord(text[k]) == 95):
        k += 1  # (the whole word, as \b asks)
    return k if text[at:k] in CONNECTORS else -1


def _run_words(article: Article, start: int, end: int) -> tuple[int, list[str]] | None:
    """Where the name of the capitalised run at [start, end) starts and its words, to
    the end of its sentence and without a connector at its end; None unless two or
    more with a name-like one, and none before a number."""
    text, at = article.text, start
    words = _words_to_sentence_end(text[start:end])
    if not (any(name_like(w) for w in words) or (words[-1].endswith(".") and name_like(words[-1][:-1]))):
        return None  # (before the dearer test of its first word: the words below are some of these)
    if len(words) > 1 and article.opens_before_a_name(at, words[0], words[1]):
        # `Kedatangan Deka ke rumah sakit`: the common word opens the sentence, the name follows
        at = text.index(words[1], at + len(words[0]))
        words = words[1:]
    elif len(words) > 2 and _last_of_a_list_of_fields(text, at, words[0]):
        # `Menteri Pendidikan, ..., Riset, dan Teknologi Nadiem Makarim`: the office's last field, then the name
        at = text.index(words[1], at + len(words[0]))
        words = words[1:]
    if words[-1].endswith(".") and PARAGRAPH_END.match(text, end):
        # `... Mahfud MD.` at the end of a paragraph: the period ends the sentence
        words[-1] = words[-1][:-1]
    while len(words) > 1 and (words[-1] in VOCAB.title_connectors or words[-1] in VOCAB.name_particles):
        words.pop()
    if len(words) < 2 or not any(name_like(w) for w in words):
        return None
    if _blank_then(text, end, "") and NUMBER_AFTER.match(text, end):
        return None  # `Peraturan Wali Kota Makassar Nomor 19`, `Jalan Sudirman 12`: no person
    return at, words


# A list of an office's fields, one word each, closing with `dan` or `serta` before a word:
# `, Riset, dan ` (not `Koperasi Karya Bahagia, dan `, a list of bodies).
FIELDS_BEFORE: Final = re.compile(r",[ \t]*([A-Z][\w\-]*),?[ \t]+(?:dan|serta)[ \t]+$")


def _last_of_a_list_of_fields(text: str, at: int, word: str) -> bool:
    """Does the word at `at` close a list of an office's fields (`Riset, dan Teknologi`: see
    mentions.last_field_after)?"""
    if fold(word) not in VOCAB.office_fields:
        return False  # (the cheap test first)
    m = FIELDS_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and last_field_after(m.group(1), word)


def _role_with_its_head(text: str, lo: int, at: int, role: str) -> str:
    """The role word before a name with the role or office word right before it, the
    head of one compound role (`Pelatih kiper Sjoerd`: the keepers' coach, no keeper).
    A relation there heads a phrase about someone else (`Istri korban Budi, Rina`):
    the name holds the role after it."""
    m = WORD_BEFORE.search(text, max(lo, at - 30), at)
    if m is None:
        return role
    key = fold(m.group(1))
    if key in VOCAB.relational_roles:
        return role
    return f"{m.group(1)} {role}" if role_word(key) else role


def _role_before_its_field(text: str, lo: int, at: int, field: str, first: str) -> str:
    """The role right before the lower-case word `field` at `at`, when a usual given name
    (`first`) opens the run after it (`Ekonom senior Budi Santoso`; see
    mentions._role_and_its_field_before); else ''."""
    if not usual_name(fold(first)):
        return ""  # (the cheap test first: most runs open with no usual given name after such a word)
    m = WORD_BEFORE.search(text, max(lo, at - 30), at)
    role = m.group(1) if m is not None else ""
    key, field_key = fold(role), fold(field)
    holders = key in VOCAB.roles and key not in VOCAB.relational_roles and key not in VOCAB.not_the_holders_name
    field_ok = field_key not in VOCAB.prepositions and field_key not in VOCAB.not_the_holders_name and not place_word(field)
    return role if holders and field_ok else ""


def _run_events(article: Article, para: Paragraph, start: int, end: int, needed: frozenset[str]) -> list[Event]:
    """A capitalised run outside quotes (`Kepala Dinas ... Budi Santoso`): the
    person it names, if it has a title or a name some cue refers to, and how
    the sentence names them (see _run_kind). A list of people (`Seto
    Nurdiantoro, Nova Arianto dan Fakhri Husaini`) names its first too."""
    text = article.text
    found = _run_words(article, start, end)
    if found is None:
        return _office_subject(article, para, start, end)
    at, words = found
    if len(words) > MOST_PHRASE_PARTS:
        # No name and title run longer than a speaker phrase may be: its last words are
        # read, not a run of a megabyte as one person's title.
        at += len(" ".join(words[:-MOST_PHRASE_PARTS])) + 1
        words = words[-MOST_PHRASE_PARTS:]
    role_at, role = _lower_word_before(text, max(para.start, at - 30), at)
    role_key = fold(role) if role else ""
    if role_key in VOCAB.roles:
        role = _role_with_its_head(text, para.start, role_at, role)
    elif role and (head := _role_before_its_field(text, para.start, role_at, role, words[0])):
        role, role_key = f"{head} {role}", fold(head)  # `Ekonom senior Budi Santoso menunjukkan ...`
    titled_run = role_key in VOCAB.roles or role_key in VOCAB.passive_reporting or any(
        office_rank_or_honorific(w) for w in words
    ) or _role_opening_a_sentence(article, para, at, words)
    run = " ".join(words)
    short = SHORT_FORM_AFTER.match(text, at + len(run), para.end) if _blank_then(text, at + len(run), "atau") else None
    if short is not None and abbreviates(words, short.group(1)):
        return []  # `PT Hutama Karya Infrastruktur atau HKI Budi ...`: a firm, its holder after its short form
    role_after = None if titled_run else _appositive_role(text, at + len(run), para.end)
    if role_after and (article.in_opening_phrase(para.start, at) or _sentence_after_menurut(text, para, at, at + len(run))):
        role_after = None
    if not titled_run and not role_after and not any(fold(w) in needed for w in words):
        return []  # a bare name nobody's cue refers to: no speaker, no title to learn
    events = _first_of_a_list(article, para, at, run)
    phrase = role + " " + run if role_key in VOCAB.roles else run
    if at > start and _last_of_a_list_of_fields(text, start, text[start:at].rstrip()):
        phrase = text[article.clause_start(para.start, start) : at + len(run)]  # the office with all its fields
    mention = article.mention(phrase)
    if mention and mention.title and _common_words_only(mention.title):
        # `acara Capaian Satu Tahun Prabowo-Gibran`: `Satu` of `Inspektur Satu` is no rank alone
        mention = Mention(mention.name, None, text=mention.text)
    named = [w for w in words[1:] if not w.startswith("(")]  # (past an age: `Samsul Arifin (47)`)
    if mention and not mention.name and _relative_of_someone_cued(words[0], named, needed):
        # `Keluarga Samsul Arifin (47) masih berduka`, then `kata Samsul`: his fullest name
        return events + [Event(at + len(words[0]) + 1, Mention(tuple(named), None, text=" ".join(named)), "mentioned")]
    if not mention or not mention.name or (mention.title is None and len(mention.name) < 2 and not _addressed_subject(article, para, at, words)):
        return events
    if mention.title is None and fold(mention.name[-1]) in VOCAB.kinds_after_names:
        return events  # `akun TikTok resminya, Dedi Mulyadi Official`: an account's or a body's name, no one's
    if REGION_AFTER.match(text, at + len(run)):
        return events  # `Dukuh Pandansari Lor, Desa Morosari Kidul, Kecamatan ...`: an address, no one's name
    if _place_of_the_office(text, para.start, at, at + len(run), mention):
        return events  # `Kapolres Karimun, AKBP Robby Topan, menjelaskan`: the holder is set off beside it
    if mention.title and not any(fold(w) in needed for w in mention.name) and DEMONSTRATIVE_AFTER.match(text, at + len(run)):
        return events  # `Pemain Dewa United ini menegaskan`: a role and its club, referring back; no name
    if role_key in VOCAB.passive_reporting:
        if role_key in VOCAB.answer_passives and _no_answer_of_theirs(text, para.start, role_at, at + len(run)):
            return events  # `belum ditanggapi Kadis X`, `dijawab Rizky dengan dua gol`: no words of theirs
        if not SET_OFF_NAME_AFTER.match(text, at + len(run)):  # `dibenarkan Kabid Humas Polda X, Kombes Rudi`:
            # the agent is the name set off after the office
            said_before = _said_before(article, para, role_at) or _said_earlier(text, para.start, role_at, at + len(run))
            events.append(Event(at, mention, "mentioned" if said_before else "speak"))
        return events
    if mention.title and fold(mention.title.split()[0]) in POSTED_RELATIONS and SET_OFF_NAME_AFTER.match(text, at + len(run)):
        mention = Mention(mention.name, None, text=run)  # `Pengacara Budi Santoso, Rina Marlina, ...`: Budi is her client
    opens = mention.title is not None or fold(words[0]) in VOCAB.honorifics
    if mention.title is None and role_after and len(mention.name) >= 2:
        # `dihadiri William Wongso, salah satu tokoh kuliner Indonesia`
        mention = Mention(mention.name, role_after, text=run)
    kind = _run_kind(article, para, at, run, mention, opens)
    if kind != "mentioned" and _agent_of_words_said_earlier(text, para.start, at, at + len(run)):
        kind = "mentioned"  # `sempat disinggung oleh Presiden X pekan lalu`: not who speaks now
    if kind == "subject" and not any(fold(w) in needed for w in mention.name) and not _holds_office(mention.title):
        kind = "acting"  # `Ipda Andri Saputra bermaksud turun`: no office, named by no cue: a victim, not a source
    if kind == "subject" and events and _people_listed(events[0].mention, mention):
        # `Presiden X dan Perdana Menteri Y menandatangani ...`: the list does it, and a pronoun cue
        # after it may mean either; the last is named, the subject is several, nobody by name
        events.append(Event(at, mention, "named"))
        events.append(Event(at, Mention((), None, role_only=True, text=run), "subject"))
        return events
    events.append(Event(at, mention, kind))
    if kind == "mentioned":
        events.extend(_relation_as_subject(article, para, at, run))
    return events


OPENING_REACH: Final = 80


def _addressed_subject(article: Article, para: Paragraph, at: int, words: list[str]) -> bool:
    """Is the run an honorific and one word opening its sentence, perhaps after a phrase in
    lower case set off (`Di warungnya, Bu Sri kembali menata ...`, `Ditanya sampai kapan,
    Mbah Dinem tertawa`): a person by name? Not a relation (`Ibu Rudi, Casmirah (55), ...`:
    his mother), nor one set off after a role (`Ketua RW 05, H Mursyid, juga ...`)."""
    key = fold(words[0])
    if len(words) != 2 or key not in VOCAB.honorifics or key in VOCAB.relational_roles:
        return False
    opens = article.sentence_start(para.start, at)
    if at - opens > OPENING_REACH:
        return False  # (a phrase opening a sentence is short: no long copy in an endless sentence)
    opening = article.text[opens:at].strip()
    if not opening or opening in SENTENCE_OPENERS:
        return True
    return opening.endswith(",") and opening.count(",") == 1 and all(w.islower() for w in opening.split()[1:])


def _relative_of_someone_cued(relation: str, named: list[str], needed: frozenset[str]) -> bool:
    """Is the run a relation, then a full name holding a word a cue calls someone by (not
    `Keluarga Besar Samsul Arifin`: `Besar` opens no name)?"""
    return (
        fold(relation) in VOCAB.relational_roles and len(named) >= 2 and all_name_like(named)
        and not mostly_common_word(named[0]) and any(fold(w) in needed for w in named)
    )


def _people_listed(head: Mention, last: Mention) -> bool:
    """Do the first and the last of a run with `dan` name two people: the first's name
    after no institution's kind (not `Mahasiswa Universitas Gadjah Mada dan Dekan ...`,
    `Pengurus Masjid Raya Al Falah dan Ketua ...`: the institution's name), no word of
    either name a common word, and none of the first's in the last's title (not `Dokter
    Spesialis Dermatologi Venereologi dan Estetika Fitri`, `Deputi Transformasi Hijau dan
    Digital, Ale`: one office's fields)?"""
    title_words = (head.title or "").split()
    institution = any(  # (not `Kota Depok`, `Ketua RT`: a region's)
        fold(w) in VOCAB.kinds and fold(w) not in VOCAB.region_kinds and not w.isupper() for w in title_words[-2:]
    )
    in_the_last_title = set(head.name) & set((last.title or "").split())
    return not institution and not in_the_last_title and not any(mostly_common_word(w) for w in head.name + last.name)


def _relation_as_subject(article: Article, para: Paragraph, at: int, run: str) -> list[Event]:
    """A relation and the other person's role opening the clause before the run that names
    that person (`Pendukung calon Bupati Sleman Budi Santoso mendatangi ...`): the
    relation's holders, unnamed, only mentioned as that person is, and named after them
    (a quote with nobody before it is theirs, not the candidate's; one after a quote
    stays the previous speaker's); speaking, when their verb is a reporting one."""
    text = article.text
    lo = article.clause_start(para.start, at)
    if relation_before(text[lo:at].split()) != 0:
        return []
    whole = article.mention(text[lo : at + len(run)])
    if whole is None or not _unnamed_role(whole):
        return []
    verb = RELATION_PREDICATE.match(text, at + len(run))
    said = verb is not None and fold(verb.group(1)) in VOCAB.reporting  # `Penggemar penyanyi X ikut menyampaikan duka`
    return [Event(at, whole, "speak" if said else "mentioned")]


# The first word of the predicate after a run, past an adverb or two (`ikut menyampaikan`, `juga mengaku`).
RELATION_PREDICATE: Final = re.compile(r"[ \t]+(?:(?:juga|ikut|turut|pun|lalu|kemudian|sempat|telah|sudah)[ \t]+){0,2}(\w+)")


def _office_subject(article: Article, para: Paragraph, start: int, end: int) -> list[Event]:
    """A run that is an office and its place or body with no name (`Rektor UPI`,
    `Kepala Dinas Pendidikan`), opening its clause before a predicate: the sentence
    is about the office's holder (whom the article may name), not whoever spoke
    before; a subject with the office as title."""
    text, run = article.text, article.text[start:end]
    if " " not in run or fold(run.split()[0]) not in VOCAB.offices or "." in run:
        return []
    if not _predicate_follows(text, end):
        return []
    before = text[article.clause_start(para.start, start) : start]
    if not _opens_clause(before) or _reported_content(before):
        return []
    mention = article.mention(run)
    if mention is None or not mention.role_only or mention.title != run:
        return []
    return [Event(start, mention, "subject")]


def _predicate_follows(text: str, pos: int) -> bool:
    """Do a verb (`menggunakan`) and before it at most three lower-case words (`yang
    dilantik`), none a demonstrative, follow pos: no name or place read on (`Pimpinan
    Bank bjb Sumedang Rina ...`), no description referring back (`... dari PKS ini`)?"""
    for word in text[pos : pos + 120].split()[:4]:
        if not word.isalpha() or not word.islower() or word in DEMONSTRATIVES:
            return False
        if VERB_WORD.match(word) and word not in VOCAB.roles:
            return True
    return False


def _lower_word_before(text: str, lo: int, at: int) -> tuple[int, str]:
    """Where the match of `\\b([a-z]+)[ \\t]+$` in text[lo:at] starts, and its word;
    (-1, "") if none: a word of lower-case ASCII letters not glued to a word character
    before it, then spaces or tabs (`$` also stands before a final newline). Read
    backwards by a compiled loop: the pattern, tried at each character, read each word to its end."""
    n: i64 = len(text)
    hi: i64 = at - 1 if 1 <= at <= n and text[at - 1] == "\n" else min(at, n)
    first: i64 = max(lo, 0)
    i: i64 = hi
    while i > first and (ord(text[i - 1]) == 32 or ord(text[i - 1]) == 9):  # (a space, a tab)
        i -= 1
    if i == hi:
        return -1, ""
    word_end: i64 = i
    while i > first and 97 <= ord(text[i - 1]) <= 122:  # (a-z)
        i -= 1
    if i == word_end or (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
        return -1, ""
    return i, text[i:word_end]


def _role_opening_a_sentence(article: Article, para: Paragraph, at: int, words: list[str]) -> bool:
    """`Penyanyi Rina Kartika ikut berduka.`: a role, capitalised as the first word
    of its clause, before a name. (Mid-sentence a capitalised role word is part of
    a proper name: `eks-Jamaah Islamiyah`.) Not when a name is set off after the run:
    `Kiper Arema Jaya, Teguh Amiruddin, tampil ...` names the club, then its keeper."""
    end = at + len(" ".join(words))
    return (
        fold(words[0]) in VOCAB.roles and not SET_OFF_NAME_AFTER.match(article.text, end)
        and _opens_clause(article.text[article.clause_start(para.start, at) : at])
    )


def _place_of_the_office(text: str, lo: int, at: int, end: int, mention: Mention) -> bool:
    """Is the one word after an office (`Kapolres Karimun`, `Kepala Dinas Pendidikan
    Sentosa`) set off by a comma from a capitalised name, the holder's, after it or
    before it (`Rina Wati, Ketua TP PKK Sentosa,`): the office's place or unit, not a name?"""
    if mention.title is None or len(mention.name) != 1:
        return False
    if fold(mention.title.split()[-1]) in VOCAB.offices and SET_OFF_NAME_AFTER.match(text, end):
        return True
    office = any(fold(w) in VOCAB.offices for w in mention.title.split())
    return office and (SET_OFF_NAME_AFTER.match(text, end) is not None or _name_set_off_before(text, lo, at))


def _name_set_off_before(text: str, lo: int, at: int) -> bool:
    """Does a name of two words or more (perhaps after an honorific, with an age) and a
    comma stand right before `at` (`Hj Rina Wati, Ketua ...`; not `Diusir AS, Seorang ...`)?"""
    m = NAME_SET_OFF_BEFORE.search(text, max(lo, at - 60), at)
    words = [w for w in m.group(1).split() if fold(w) not in VOCAB.honorifics] if m else []
    return len(words) >= 2 and all_name_like(words)


NAME_SET_OFF_BEFORE: Final = regex.compile(r"(\p{Lu}[\p{L}\-']+(?:[ \t]+\p{Lu}[\p{L}\-']+)+)[ \t]*(?:\(\d{1,3}\)[ \t]*)?,[ \t]*$")


def _common_words_only(title: str) -> bool:
    """Is the title made of words the corpus writes in lower case, none of them a
    role, an office or a title word (`Satu`, `Dua` of a run such as `Satu Tahun ...`)?"""
    return all(
        (key := fold(w)) in VOCAB.lower_case and key not in VOCAB.roles and key not in VOCAB.offices and key not in VOCAB.titles
        for w in title.split()
    )


def _holds_office(title: str | None) -> bool:
    """Does the title name an office (`Wali Kota Karawang`), not only a rank (`Ipda`)?"""
    return title is not None and any(fold(w) in VOCAB.offices and fold(w) not in VOCAB.ranks for w in title.split())


def _first_of_a_list(article: Article, para: Paragraph, at: int, run: str) -> list[Event]:
    """A run that lists people (`Seto Nurdiantoro, Nova Arianto dan Fakhri
    Husaini`) names its first one; only mentioned in a phrase (`audiensi dengan Wali
    Kota X dan Bupati Y`) or in what a pronoun's subject does (`Pihaknya berharap ...
    di bawah kepemimpinan Presiden X dan Kanselir Y`: see _in_a_pronouns_predicate)."""
    if " dan " in run:
        head = article.mention(run.split(" dan ")[0])
        if head and len(head.name) >= 2:
            text = article.text
            embedded = _embedded(text[max(0, at - 60) : at]) or _in_a_pronouns_predicate(
                text[article.clause_start(para.start, at) : at]
            )
            return [Event(at, head, "mentioned" if embedded else "named")]
    return []


def _run_kind(article: Article, para: Paragraph, at: int, run: str, mention: Mention, opens: bool) -> str:
    """How the sentence names the person of a run at `at`: as its subject
    (a titled name opening the clause), introduced (`Salah satunya adalah
    Ketua ... Hasbullah Thabrany.`), only mentioned (`berkat dukungan Menteri
    BUMN Erick Thohir.`: not doing or saying anything; in a relative clause or a
    prepositional phrase), or named."""
    text = article.text
    before = text[article.clause_start(para.start, at) : at]
    if _listed(text, para.start, at, at + len(run)):
        return "mentioned"  # `Pesertanya adalah Kombes X, Kombes Y, dan Kombes Z`: one of several
    if relation_before(before.rsplit(None, 6)) >= 0:  # (the last words are enough: a run a long clause before it is common)
        return "mentioned"  # `Pendukung calon Bupati X mendatangi ...`: the supporters do it, not X
    if opens and _opens_clause(before):
        verb = WORD_AFTER.match(text, at + len(run))
        held = verb is not None and fold(verb.group(1)) in VOCAB.view_verbs and _paraphrase_goes_on(text, para.start, at)
        if _reported_content(before) or held or declines_to_speak(article, at + len(run)):
            return "mentioned"  # not after `Menurutnya,`; not `Camat X belum bisa dikonfirmasi`
        return "subject"
    if "bahwa" in before[before.rfind(",") + 1 :] and _reported_content(before):
        # `Ia menyebut bahwa Menteri Keuangan X berkomitmen ...`: what the speaker says of X (not
        # `Usai menegaskan bahwa ..., Menteri X memastikan`: the comma closed that clause)
        return "mentioned"
    if mention.title and (_embedded(text[max(para.start, at - 60) : at]) or _in_opening_phrase(before, text, at + len(run))):
        return "mentioned"
    if mention.title and len(mention.name) >= 2:
        if " dan " not in run and INTRODUCING.search(text, max(para.start, at - 40), at):
            reported = _in_reported_words(article, para, at) and not _named_again_before_a_quote(article, at + len(run), mention)
            return "mentioned" if reported else "introduced"
        if " dan " not in run and _shown_before(text, para.start, at) and not PREDICATE_AFTER.match(text, at + len(run)):
            return "introduced"  # `Di antara penonton, tampak Sophie Laurent, wisatawan asal Prancis.`
        if " dan " not in run and not PREDICATE_AFTER.match(text, at + len(run)):
            return "mentioned"
    if mention.title and _in_a_pronouns_predicate(before):
        return "mentioned"  # `Dia lalu meminta bantuan Presiden X ...`: whom the one before asks, not a speaker
    return "named"


def _in_reported_words(article: Article, para: Paragraph, at: int) -> bool:
    """Does a reporting verb right after its subject (a name word, `Ia`) stand before `at` in its
    sentence (`Kapolsek X menuturkan, korban ialah Kepala Dusun Y`, `Ia menilai yang
    bertanggung jawab adalah Kepala Dinas Z`): the one introduced is what the speaker
    speaks of, and a pronoun cue after it is still the speaker's? (Not a verb in a
    clause of its own: `Pejabat yang menyampaikan ... adalah`, `bertujuan mengajak`.)"""
    if not article.any_within(article.reporting_words, para):
        return False
    start = max(article.sentence_start(para.start, at), at - SUBJECT_REACH)
    words, starts, verbs = article.words, article.starts, article.reporting_at
    i = bisect_left(verbs, bisect_left(starts, start))
    while i < len(verbs) and starts[verbs[i]] < at:
        w = verbs[i]
        before = words[w - 1] if w > 0 else ""
        if fold(before) in VOCAB.subject_pronouns or (name_like(before) and not common_word(before)):
            return True  # (not `Turut menyampaikan sambutan ... adalah`, `Yang menyampaikan ... adalah`)
        i += 1
    return False


SUBJECT_REACH: Final = 300  # (as far back as a reporting verb's subject is looked for: see _verb_subjects)
NAMED_AGAIN_REACH: Final = 600  # (the sentence or two after the one introduced)


def _named_again_before_a_quote(article: Article, end: int, mention: Mention) -> bool:
    """Is the one introduced named again, or taken up by a pronoun, after their name and
    before the next quote mark (`... adalah Menteri Keuangan Sri Mulyani Indrawati. Sri
    Mulyani tiba pukul 09.00.`): whom the text goes on about, whose words a pronoun cue may
    then give?"""
    text = article.text
    reach = min(len(text), end + NAMED_AGAIN_REACH)
    marks = [q for q in (text.find(mark, end, reach) for mark in QUOTE_MARK_CHARS) if q >= 0]
    between = text[end : min(marks) if marks else reach]
    if PRONOUN_SUBJECT.search(between):
        return True  # `... adalah Euis Komariah, guru SDN Cidahu 2. Ia mengaku tak menyangka ...`
    return any(len(w) >= 3 and re.search(_name_word_again(w), between) for w in mention.name)


# A pronoun as a subject: `Ia`, `Dia`, `Beliau` opening a sentence, or `ia` anywhere (never an
# object; not `Menurut dia`, `mengancam dia`).
PRONOUN_SUBJECT: Final = re.compile(r"(?:(?:^|[.!?][\"\u201d]?\s+|\n\s*)(?:Ia|Dia|Beliau)|\bia)\b")


def _name_word_again(word: str) -> str:
    """The word whole, or a longer word it opens when it has four letters or more
    (`Jokowi` after `Presiden Joko Widodo`)."""
    rest = r"\w*" if len(word) >= 4 else ""
    return rf"\b{re.escape(word)}{rest}\b"


def _shown_before(text: str, lo: int, at: int) -> bool:
    """Does a word that shows someone present (`tampak`: data/seen_words.txt) stand right
    before at, past blanks? (Read a character at a time: asked at most capitalised runs.)"""
    end = at
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > lo and text[start - 1].isalpha():
        start -= 1
    return start < end and text[start:end].lower() in VOCAB.seen_words


def _in_a_pronouns_predicate(before: str) -> bool:
    """Does the clause before a name open with a subject pronoun and an active verb (past
    adverbs and `akan`: `Ia juga mengapresiasi `, `Dia kemudian meminta bantuan `): the
    name is in what that person does? (Not `Mereka diterima oleh Gubernur X`: X acts.)"""
    first = before.split(None, 1)
    if len(first) < 2 or fold(first[0].rstrip(",")) not in VOCAB.subject_pronouns:
        return False
    verb = next((key for w in first[1].split() if (key := fold(w.rstrip(","))) not in VOCAB.trailing_adverbs and key != "akan"), "")
    return bool(ACTIVE_VERB.match(verb)) or (verb.startswith("ber") and len(verb) > 5)  # (`bertemu`, `berharap`)


def _listed(text: str, lo: int, at: int, end: int) -> bool:
    """Is the run at [at, end) one of a list of names, not its last: more names follow to
    `dan` (see NAMES_UP_TO_DAN), and it opens the sentence's predicate or follows a name
    and a comma (`adalah Kombes X, Kombes Y, dan ...`)?"""
    if text.find(",", end, end + 3) < 0 or not NAMES_UP_TO_DAN.match(text, end):
        return False
    before = text[max(lo, at - 40) : at]
    return bool(INTRODUCING.search(before)) or bool(NAME_AND_COMMA_BEFORE.search(before))


# A capitalised word and a comma right before a run: the run goes on a list.
NAME_AND_COMMA_BEFORE: Final = re.compile(r"[A-Z][\w'\-]*[ \t]*,[ \t]*$")


def _in_opening_phrase(before: str, text: str, end: int) -> bool:
    """Does the name end a prepositional phrase that opens its sentence and is set off
    by a comma (`Pada masa pemerintahan Presiden Rudi, penerima bantuan ...`): a
    circumstance of what the sentence says, not someone doing or saying it?"""
    return text[end : end + 1] == "," and opens_with_preposition(before.split()) and "," not in before


def _embedded(before: str) -> bool:
    """Does the text before a name put it in a relative clause (`stadion yang juga
    pernah dikunjungi Menteri ...`), a prepositional phrase (`berlatih bersama
    dengan Kepala Dinas ...`, `bersama penyanyi Lala`) or make it the object of an
    active verb (`menghadirkan penyanyi Lala`, `menemui Kepala Desa ...`): someone
    the sentence is not about?"""
    words = before.split()
    if len(words) > 1 and words[-1].islower() and fold(words[-1]) in VOCAB.roles:
        words = words[:-1]  # the role before the name
    if not words:
        return False
    last = fold(words[-1])
    return last in VOCAB.prepositions or _in_relative_clause(" ".join(words)) or _object_taking(last)


def _in_relative_clause(before: str) -> bool:
    """Is `yang` among the last four words before the name, not one of an opener set off
    by a comma (`Dalam kesempatan yang sama, influencer Rina ...`: data/sentence_openers.txt;
    `Di laga yang sama, bek Rizky ...` stays a circumstance the name is in)?"""
    if "yang" not in before.split()[-4:]:
        return False
    comma = before.rfind(",")
    if comma < 0 or "yang" in before[comma:].split():
        return True
    head = before[:comma]
    return not any(head.endswith(opener) for opener in OPENERS_WITH_YANG)


# The sentence openers holding `yang` (`Dalam kesempatan yang sama`).
OPENERS_WITH_YANG: Final = tuple(opener for opener in SENTENCE_OPENERS if "yang" in opener.split())


def _object_taking(word: str) -> bool:
    """Is the (folded) word an active verb whose object the name after it is
    (`mengundang`, `menemui`), not one that names a source (`menurut`, a reporting
    verb, `melalui` its spokesperson)?"""
    return bool(ACTIVE_VERB.match(word)) and word not in VOCAB.reporting and word not in NAMING_VERBS


def _described(
    article: Article, para: Paragraph, spans: Spans, needed: frozenset[str], at: Cursor
) -> list[Event]:
    """The role written beside the name of someone a cue names, learnt as a title:
    before it (`pelatih tim tamu, Budi Santoso`, `warga sekitar bernama Rupi (40)`) or
    after it (`Rudi Hartono (37) pedagang bakso`, `Darmin, 46, warga Kampung Sawah`,
    `Jaelani salah seorang sopir angkot`). The events name nobody as speaking."""
    out: list[Event] = []
    text = article.text
    places = at.a
    first, end = at.left(para.start), at.left(para.end)
    if first == end:
        return out  # no word of the paragraph is a needed one: it describes nobody
    # No run holds a comma: past the last one before the first needed word, the runs
    # are those of a scan of the whole paragraph; none after the last needed word counts.
    lo = max(para.start, text.rfind(",", para.start, places[first]) + 1)
    for start, run_end in _name_runs(article, lo, para.end, places[end - 1]):
        if at.any_between(start, run_end):
            event = _described_run(article, para, start, run_end, spans, needed)
            if event is not None:
                out.append(event)
    return out


def _name_runs(article: Article, lo: int, hi: int, last: int) -> list[tuple[int, int]]:
    """(start, end) of NAME_RUN's matches in text[lo:hi] that start at or before LAST:
    in a plain text by plain_name_runs, else by the pattern."""
    if article.plain:
        return plain_name_runs(article.text, lo, hi, last)
    found = []
    for m in NAME_RUN.finditer(article.text, lo, hi):
        if m.start() > last:
            break
        found.append(m.span())
    return found


def plain_name_runs(text: str, start: int, end: int, last: int) -> list[tuple[int, int]]:
    """The spans of NAME_RUN_PLAIN's matches in text[start:end] (a plain text) that
    start at or before LAST, by a compiled loop (see plain_cap_runs): a capitalised
    word, then up to three more, each after blanks."""
    found: list[tuple[int, int]] = []
    i = _next_capital(text, start, end)
    while i < end and i <= last:
        run_end = _cap_word_end(text, i, end)
        for _ in range(3):
            q = past_blanks(text, run_end)
            if q == run_end or q >= end or not 65 <= ord(text[q]) <= 90:
                break
            run_end = _cap_word_end(text, q, end)
        found.append((i, run_end))
        i = _next_capital(text, run_end, end)
    return found


def key_places(article: Article, keys: frozenset[str]) -> list[int]:
    """Where a word of a run of NAME_RUN whose fold is one of the keys may start,
    sorted (places inside longer words too). For a few keys, each key's places in the
    folded text, when fold makes it a character at a time (a search of the text per
    key costs least); else the starts of the matches of NAME_WORDS that fold to a key,
    in one scan (a search per key was quadratic in a text naming thousands of people)."""
    text = article.text
    if len(keys) <= FEW_KEYS and "" not in keys and "\u03a3" not in text:
        folded = each_replaced(text, APOSTROPHES[1:], "'").lower()  # fold's APOSTROPHE_FOLD
        if len(folded) == len(text):
            return places_of(folded, keys)
    if article.plain:
        return plain_key_places(text, keys)
    return [m.start() for m in NAME_WORDS.finditer(text) if fold(m.group()) in keys]


def plain_key_places(text: str, keys: frozenset[str]) -> list[int]:
    """The starts of NAME_WORDS_PLAIN's matches in a plain text that fold to one of the keys,
    by a compiled loop over the codes (the engine's call costs more than a name word): from
    each capital not inside a match, CAP_WORD (see _cap_word_end). (No list of every name
    word's span: a text naming thousands of people made one of a tuple per word.)"""
    found: list[int] = []
    i = _next_capital(text, 0, len(text))
    while i < len(text):
        end = _cap_word_end(text, i, len(text))
        if fold(text[i:end]) in keys:
            found.append(i)
        i = _next_capital(text, end, len(text))
    return found


def _ascii_letter(c: int) -> bool:
    return 65 <= c <= 90 or 97 <= c <= 122


def _plain_word_char(c: int) -> bool:
    """One of WORD_CHARS in a plain text: a letter, a digit, ' \u2019 or -."""
    return 65 <= c <= 90 or 97 <= c <= 122 or 48 <= c <= 57 or c == 39 or c == 0x2019 or c == 45


def _described_run(article: Article, para: Paragraph, start: int, run_end: int, spans: Spans, needed: frozenset[str]) -> Event | None:
    """The run of capitalised words at [start, run_end) as a described name (see _described), if it is one."""
    text, at = article.text, start
    run = _words_to_sentence_end(text[start:run_end])
    while run and (not name_like(run[0]) or fold(run[0]) in VOCAB.prepositions):
        at = text.index(run[1], at + len(run[0])) if len(run) > 1 else at
        run = run[1:]  # `Menurut Subairi`, `Pastor Yustinus`, `Seperti Rudi`: the name starts later
    if not run or at in spans or not any(fold(w) in needed for w in run) or not (name_like(run[-1]) or title_word_ends_name(run)):
        return None
    end = at + len(" ".join(run))
    opens = past_blanks(text, end)  # (an age opens with a parenthesis or a comma: see AGE_AFTER)
    age = AGE_AFTER.match(text, end, para.end) if text[opens : opens + 1] in ("(", ",") else None
    mention = _role_before(article, para, at, end, age, run[-1])
    if mention is None:
        past = age.end() if age else end
        after = _role_after(article, past, para.end, tuple(run))
        if after is not None and (
            article.in_opening_phrase(para.start, at) or _sentence_after_menurut(text, para, at, past)
            or _subject_after_the_comma(article, para, at, past, after.title or "")
        ):
            after = None
        mention = after
    if mention is None:
        mention = _role_after_preposition(article, para, at, end, age, run[-1])
    return Event(at, mention, "described") if mention is not None else None


def _subject_after_the_comma(article: Article, para: Paragraph, at: int, past: int, role: str) -> bool:
    """Does the role after a name's comma run on into a predicate, the name standing inside
    its clause, not opening it (`Tak jauh dari lapak Ali, seorang pria paruh baya sedang
    melihat-lihat ...`): the subject of what follows the comma, someone else, not a role of
    the name's? (Not `Darmin, 46, warga Kampung Sawah mengatakan`: the comma left out.)"""
    text = article.text
    found = text.find(role, past, past + len(role) + 40)
    nxt = WORD_AFTER.match(text, found + len(role)) if role and found >= 0 else None
    if nxt is None or not (fold(nxt.group(1)) in VOCAB.predicate_openers or VERB_WORD.match(nxt.group(1))):
        return False
    return any(is_lower_start(w) for w in text[article.clause_start(para.start, at) : at].split())


def _sentence_after_menurut(text: str, para: Paragraph, at: int, end: int) -> bool:
    """Does the name at [at, end) stand in a `Menurut` phrase opening its sentence, with no
    second comma closing what its comma sets off: the words after it are the sentence's
    (`Menurut Budi, petugas dinas sudah meninjau pasar.`), no role of the name's?"""
    return after_menurut(text, para.start, at) and not set_off_on_both_sides(text, end, para.end)


def _role_before(article: Article, para: Paragraph, at: int, end: int, age: re.Match | None, last: str) -> Mention | None:
    """`pelatih tim tamu, Budi Santoso`, `warga sekitar bernama Rupi (40)`: the
    name from `at` to `end` (its last word `last`) with the role before it."""
    text = article.text
    near = text[max(para.start, at - 12) : at].rstrip()  # cheap tests before the clause is read
    if not (near.endswith(",") or (near and fold(near.split()[-1]) in VOCAB.naming_words)):
        return None
    if near.endswith(",") and _after_someone_saying(text, para.start, at):
        return None
    if near.split()[-1:] in (["yakni"], ["yaitu"]) and LIST_GOES_ON_AFTER.match(text, end):
        return None  # `memeriksa tiga saksi, yakni Andi, Budi, dan Citra`: a list, the clause no role of one
    lo = max(article.clause_start(para.start, at), at - 150)
    lo = max((m.end() for m in COPULA.finditer(text, lo, at)), default=lo)  # `Pelaku adalah suami tiri korban, X`: after it
    found = article.mention(text[lo:end] + _age_words(age))
    if (
        found and found.name and found.title and fold(found.name[-1]) == fold(last)
        and len(found.title.split()) <= 12 and "." not in found.title
        and not any(fold(w) in VOCAB.reporting for w in found.title.split())
        and not _described_as_a_group(found) and not any(fold(w) in DEMONSTRATIVES for w in found.title.split()[:-1])
    ):
        # (a reporting verb makes it a clause, not a role: `pejabat itu mengatakan kepada AFP, Budi ...`;
        # a plural determiner a group: `para pemimpin Jerman, Prancis, ...`; a demonstrative before
        # its last word a sentence: `Eks pemain Lokomotiv ini ditempatkan sebagai deputi pelatih, X`)
        return found
    return None


def _role_after_preposition(
    article: Article, para: Paragraph, at: int, end: int, age: re.Match | None, last: str
) -> Mention | None:
    """`Kritik datang dari anggota Komisi II DPR lainnya, Deddy Yevri Sitorus.`, `dirasakan
    oleh seorang pembeli, Aika (19), yang ...`: the role opening after the clause's last
    preposition (or agent `oleh`), set off before a name (from `at` to `end`, its last
    word `last`) that a comma or the sentence's end closes. Not where the clause opens
    with a phrase (`Usai bertemu dengan anggota DPR, Budi, langsung pulang`) or a
    connector (`Sedangkan untuk pegawai lain, Prabowo ...`): the name is its subject."""
    text = article.text
    if not text[max(para.start, at - 3) : at].rstrip().endswith(",") or not CLOSES_APPOSITION.match(text, age.end() if age else end):
        return None
    if _after_someone_saying(text, para.start, at):
        return None
    lo = max(article.clause_start(para.start, at), at - 150)
    opening = text[lo:at].split(None, 1)[:1]
    start = max((m.end() for m in LOWER_WORD.finditer(text, lo, at) if m.group() in AFTER_A_ROLE_OPENS), default=lo)
    if start == lo or not opening or (_opens_a_phrase(opening[0]) and text.find(",", lo, start) < 0):
        return None  # (an opening phrase closed before the preposition leaves it in the clause: `Saat itu, X berbincang dengan ...`)
    found = article.mention(text[start:end] + _age_words(age))
    if found is None or not found.name or fold(found.name[-1]) != fold(last) or not found.title or _described_as_a_group(found):
        return None
    words = found.title.split()
    if "," in found.title or "yang" in words or "dan" in words:
        return None  # (a list, or a relative clause: `pihak keluarga yang diwakili Ketua LMK X, Achmad`)
    return found if _role_head_word(words[0]) or fold(words[0]) in VOCAB.relational_roles else None


def _opens_a_phrase(word: str) -> bool:
    """Does the word opening a clause open a phrase before its subject (`Usai`, `Setelah`,
    `Untuk`, `Sedangkan`, `Adapun`)?"""
    key = fold(word)
    return (
        key in VOCAB.prepositions or key in VOCAB.phrase_stops or key in VOCAB.circumstance_words
        or key in VOCAB.clause_conjunctions or word in SENTENCE_OPENERS
    )


def _age_words(age: re.Match | None) -> str:
    """The age after a name as a speaker phrase writes it (` (40)`), or ""."""
    return f" ({age.group().strip(' (),')})" if age else ""


AFTER_A_ROLE_OPENS: Final = VOCAB.prepositions | {"oleh"}
CLOSES_APPOSITION: Final = re.compile(r"[ \t]*(?:[,.;]|$)", re.M)
def _after_someone_saying(text: str, start: int, at: int) -> bool:
    """Does a reporting verb and a comma stand right before the name at `at` (`Kasubdit X
    Rudi Santoso menjelaskan, Budi Hartono ...`): someone else's clause, no role set off?"""
    said = SAID_BEFORE.search(text, max(start, at - 40), at)
    return said is not None and fold(said.group(1)) in VOCAB.reporting


# The word before the comma that sets off a name.
SAID_BEFORE: Final = re.compile(r"([a-z]+),[ \t]*$")


def _blank_then(text: str, pos: int, word: str) -> bool:
    """Can a pattern of spaces or tabs, then the word (or, for "", a character that is no
    letter), match at pos? (A test before the engine's call, which costs more.)"""
    at = past_blanks(text, pos)
    if at == pos or at >= len(text):
        return False
    return text.startswith(word, at) if word else not text[at].isalpha()


def first_word_after(text: str, pos: int, end: int) -> str:
    """FIRST_WORD_AFTER.match(text, pos, end)'s word, "" when it does not match, by a loop:
    past blanks, a comma and blanks, a lower-case letter, then word characters (what
    isalnum says, `_`), hyphens and slashes. (Each part takes all it can, and nothing it
    gives back could open the word, so the greedy reading is the match.)"""
    end = min(end, len(text))
    at = min(past_blanks(text, pos), end)
    if at < end and text[at] == ",":
        at = min(past_blanks(text, at + 1), end)
    if not (at < end and "a" <= text[at] <= "z"):
        return ""
    j = at + 1
    while j < end and (text[j].isalnum() or text[j] == "_" or text[j] == "-" or text[j] == "/"):
        j += 1
    return text[at:j]


def _role_after(article: Article, pos: int, end: int, name: tuple[str, ...]) -> Mention | None:
    """`(37) pedagang bakso`, `, warga Kampung Sawah`, `salah seorang sopir angkot setempat`."""
    text = article.text
    first = first_word_after(text, pos, end)
    if not first or not (_role_head_word(first) or first.lower() in VOCAB.determiner_heads):
        return None  # (the cheap test first: with no determiner to strip, the first word is the role's below)
    m = ROLE_AFTER.match(text, pos, end)
    if not m or not m.group(1) or _of_a_group(m.group(1)):
        return None
    words = strip_determiners(m.group(1).split())
    if not words or not _role_head_word(words[0]):
        return None
    kept: list[str] = []
    for w in words:
        if kept and _ends_role(fold(w)):
            break
        kept.append(w)
    # A capitalised place may follow: `warga Kampung Sawah`.
    place = (NAME_RUN_PLAIN if article.plain else NAME_RUN).match(text[m.end() : end])
    if len(kept) == len(words) and place:
        kept.extend(place.group().split())
    while kept and fold(kept[-1]) in VOCAB.role_end_words:
        kept.pop()
    if len(kept) == 1 and listed_with_a_relation(text, pos, kept[0]):
        return None  # `memeriksa Ika, ibu, dan adiknya`: a list of people, no role of Ika's
    return Mention(name, without_other_ones(" ".join(kept)), text=" ".join(name)) if kept else None


def _role_head_word(word: str) -> bool:
    """Is the word a role or an office (`pedagang`, `ketua`)?"""
    return fold(word) in VOCAB.roles or fold(word) in VOCAB.offices


def _ends_role(key: str) -> bool:
    """Does the lower-case word after a role end it (`pedagang bakso cukup antusias`)?"""
    return (
        key in VOCAB.phrase_stops or key in VOCAB.trailing_adverbs or key in VOCAB.predicate_openers
        or key in VOCAB.reporting or bool(VERB_WORD.match(key) and key not in VOCAB.roles)
    )


def _second_of_a_pair(text: str, start: int, at: int) -> bool:
    """Does the text at `at` follow a name and a dash (`paslon Wahdi - Qomaru`):
    the second of a pair of names, not the start of a clause?"""
    lo = max(start, at - 40)
    if not (text[lo:at].rstrip(" \t").endswith(("-", "\u2013")) and PAIRED_NAME_BEFORE.search(text, lo, at)):
        return False
    dateline = DATELINE.match(text, start, at + 1)  # (`JAKARTA, KOMPAS \u2013 Presiden ...`: no pair)
    return dateline is None or dateline.end() != at + 1


def _appositive_role(text: str, pos: int, end: int) -> str | None:
    """The role set off by commas right after a name (`William Wongso, salah
    satu tokoh kuliner Indonesia,`), when it opens with a role or office word."""
    if text[pos : pos + 1] != ",":
        return None
    m = APPOSITIVE_ROLE.match(text, pos, end)
    if not m or _of_a_group(m.group(1)):
        return None
    words = strip_determiners(m.group(1).split())
    if not words or not _role_head_word(words[0]):
        return None
    if fold(words[0]) in VOCAB.people_in_the_news:
        return None  # `menganiaya Joko Susilo, pemilik warung`: a victim, not a source
    end = next((i for i, w in enumerate(words) if i and _opens_circumstance(fold(w))), len(words))
    return without_other_ones(" ".join(words[:end]))


def _opens_circumstance(key: str) -> bool:
    """Does the word after a role set off by commas end it: a circumstance (`koordinator
    warga ditemui di sela-sela ...`, `saat`) or a reporting verb? A relative clause
    describes the role and stays (`pedagang buku yang berjualan di ...`)."""
    return (key in VOCAB.phrase_stops and key != "yang") or key in VOCAB.reporting


def _described_as_a_group(mention: Mention) -> bool:
    """Does a plural determiner stand right before the mention's title (`para pemimpin
    Jerman, Prancis, dan Italia`): the title of a group, the name one of a list?"""
    title = mention.title or ""
    at = mention.text.rfind(title) if title else -1
    return at > 0 and _of_a_group(" ".join(mention.text[:at].split()[-1:]))


def _of_a_group(description: str) -> bool:
    """Does the description after a name open with a plural determiner (`Rudi, sejumlah
    pejabat pemerintah menegaskan`): about a group, not the one named?"""
    words = description.split()
    return bool(words) and fold(words[0]) in VOCAB.group_determiners


def _opens_clause(before: str) -> bool:
    """Does a name with only this text before it in its clause open the clause?
    An opening phrase set off by a comma does not count (`Terkait hal itu, ...`)."""
    before = before.strip()
    opening = before.strip(" ,")
    if not opening or opening in SENTENCE_OPENERS:
        return True
    return before.endswith(",") and len(before.split()) <= 6 and before.count(",") == 1


def _words_to_sentence_end(run: str) -> list[str]:
    """The words of a capitalised run up to the first that ends a sentence (its period dropped)."""
    words = run.split()
    if "." not in run:
        return words
    for i, w in enumerate(words):
        if w.endswith(".") and not keeps_period(w):
            words = words[: i + 1]
            words[-1] = words[-1].rstrip(".")
            break
    return words
