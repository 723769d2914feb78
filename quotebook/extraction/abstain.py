"""Abstention: where the evidence for a quote's speaker is weak, no name rather
than a guess. A wrong name is the worst error a reader can be handed; a null
costs only the names that would have been right. (The title goes too when it
is the title of the person not named: `Presiden` beside a quote the President
did not give misleads as much as the name.)

Each condition here was measured on annotated articles (the share of right
names among those it chose, far below the rest), not guessed:

- a switch on weak evidence: a quote with no name of its own (a pronoun cue,
  a quote standing alone) goes, by the running text, to a person who is not
  the previous speaker, whom the text since the previous quote never names as
  speaking and names only in an earlier paragraph, in the middle of a
  sentence (`Dia menambahkan, Presiden Rudi belum ...`, `meminta bantuan
  Gubernur ...`, a list) or as the subject of a passive (`Adi dinilai gagal`), and whom
  no pronoun takes up after. A person named as speaking, in the quote's own
  paragraph, opening a sentence as its subject (`Rina, warga Cimahi, kini
  ...`, `Pada Juni 2025, Menteri Rudi Hartono memberikan ...`), or taken
  up by a pronoun (`... Pasalnya, dia bingung`) keeps the quote.
- the quote's own role spoken of: the same switch to a person whose role
  in the story (`Salah satu korban bernama Rina`; data/people_in_the_news.txt)
  the quote names as someone else (`Korban yang merasa tertipu membuat
  laporan`, not `saya sebagai korban`): the quote is about them, not theirs.
- a near namesake: a one-word name the article never gives a role nor a
  fuller form (`kata Sutarmo`), spelled one letter off a name word of someone
  the article does introduce (`Ketua Bawaslu ... Sutarno Wiraguna`), or the
  opening of one (`Joyo` and `Joyokusumo`): a typo of that
  person or someone else; either way the name as written is not the speaker
  in their fullest form.
- a place for a name: a one-word speaker with a role, a word the corpus writes
  as a place and never after a cue verb or an honorific (`juru bicara Presiden
  Nigeria`): the holder of the role is not named.
- a word that is no name: a one-word speaker that the corpus writes in lower
  case in mid-sentence (`Gratis` from `Makan Bergizi Gratis`, `Caranya`,
  `Salah` from `Salah seorang warga`) or a name particle (`Da`).
- a product for a name: a role with a brand or a model after it (`kata
  pengemudi Zavira` after `mobil Zavira`, `kata tenaga penjual Toyota`): the
  vehicle driven, the make sold, not the holder's name.
"""
from __future__ import annotations

import re
from typing import Callable, Final, Iterator, Sequence

from .positions import bisect_left
from .vocabulary import VOCAB
from .tokens import a_noun_before_a_name, chunk_before, DEMONSTRATIVES, VERB_SHAPE, fold, folded, is_acronym, ME_I, mostly_common_word, name_like, one_slip, PASSIVE_WITH_AGENT, places_of, is_upper_start, PASSIVE, unanswered
from .article import Article, past_blanks
from .events import Event
from .titles import given_as_a_nickname, holds_an_office, kin_then_name, Mention, POSTED_RELATIONS, person_word, role_word, SENTENCE_OPENERS, strip_determiners, title_head
from .people import AGE_AFTER, CAPITALISED_LEAD, People, Person
from .mentions import place_word

# A word of a quote.
WORD: Final = re.compile(r"\w+")


class PerText:
    """What a function answered for the words of the text it was last asked about: a name
    quoted at every cue is asked about again at each quote, and reading every place of the
    word each time was quadratic. One text at a time, known by identity (an equal copy of
    a long text would be compared character by character at every question)."""

    def __init__(self) -> None:
        self.text = ""
        self.answers: dict[str, int] = {}

    def answer(self, text: str, word: str, find: Callable[[], int]) -> int:
        """The answer for the word in the text: found (by calling `find`) the first time only."""
        if text is not self.text:
            self.text, self.answers = text, {}
        if word not in self.answers:
            self.answers[word] = find()
        return self.answers[word]


WRITTEN, INTRODUCED, ADULT, PRODUCT = PerText(), PerText(), PerText(), PerText()
# The kinds of event that name someone as speaking (see context.Event).
SPEAKING: Final = frozenset({"speak"})


# Kinds of event by which the text brings someone in as a new source (see introductions).
BROUGHT_IN: Final = frozenset({"turned_to", "introduced"})


def weak_switch(
    article: Article, pos: int, antecedent: Mention, window: list[Event], person: object, previous: object,
    quoted_before: bool = False,
) -> bool:
    """Is `person`, whom the antecedent chosen from the events of `window` means
    for the quote opening at `pos`, too weakly evidenced to take the quote from
    the `previous` speaker (None when unnamed, or no quote came before: not
    `quoted_before`)? An unnamed previous speaker makes the mention no stronger."""
    if (previous is None and not quoted_before) or person is None or person is previous:
        return False
    named = [e for e in window if e.mention.name == antecedent.name]
    if not named or any(e.kind in SPEAKING for e in named):
        return False
    para = article.paragraph_at(pos)
    if para is None or named[-1].pos >= para.start:
        return False
    return (
        not any(_opens_as_subject(article, e.pos) or e.kind in BROUGHT_IN for e in named)
        and not _taken_up(article, named[0].pos, pos)
    )


# A role in the story that names a group its holder speaks for or belongs to
# (`Keluarga sudah ikhlas`, said by one of the family).
GROUP_ONE_IS_OF: Final = frozenset({"warga", "keluarga", "kerabat", "tetangga", "pasien"})
STORY_ROLES: Final = VOCAB.people_in_the_news - GROUP_ONE_IS_OF  # (what own_role_spoken_of asks of a title)
# After the role word: others of it, not the speaker (`korban lain`, `korban lainnya`).
OTHERS_AFTER: Final = frozenset({"lain", "lainnya"})
# A role word right after these is the speaker's own (`saya sebagai korban`, `kami korban`).
OWN_ROLE_BEFORE: Final = frozenset({"sebagai", "selaku", "saya", "aku", "kami", "kita"})


def named_in(quote: str, name: tuple[str, ...]) -> bool:
    """Does the quote write the name whole (`Profesor (Yohanes Surya) bilang`), as one
    speaks of someone else, not of oneself?"""
    return len(name) >= 2 and " ".join(name) in quote


def named_as_told(quote: str, told: Mention, previous: tuple[str, ...] = ()) -> bool:
    """Does the quote write, standing alone, the one word the text before it called the
    person by (`Kepada istrinya, Dian mengeluhkan ...` then `"... HP Dian sudah tidak aktif,"
    jelas dia`), or the last word of a longer name it gave, pointed at (`Paulus Tannos meminta
    ...` then `"... upaya Tannos ini ...," ucap dia`; not `Keluarga besar Siregar`, a clan's
    name)? The quote speaks of them. Not in a quote whose speaker says `saya` (`Nama
    saya Yanto`), nor where the word opens the quote or a sentence of it (`Untung saja ...`,
    `Ayu sih belum ...`: a speaker's own name, or a common word), nor inside a longer name
    (`Dian Sastro`, `Ali bin Abi Thalib`) or after a capitalised word that names something
    else by it (`Jalan Dian`); an acronym, an honorific, or an honorific and an office before
    it still names the person (`HP Dian`, `Pak Dian`, `Bapak Presiden Dian`); so does the first
    word of a longer name after an honorific (`Pak Wayan` for Wayan Sukerta), unless the previous
    speaker's name (`previous`) has it too (`Pak Wayan` may be Wayan Sumerta, quoted before)."""
    word = told.name[-1] if told.name else ""  # (of a longer name, its last word: `upaya Tannos ini`)
    if len(told.name) > 1 and told.name[0] in quote and told.name[0] not in previous and _after_an_honorific(quote, told.name[0]):
        word = told.name[0]  # `Wayan Sukerta ...`, then `"... untuk Pak Wayan ...," ujarnya`
    elif len(word) < (3 if len(told.name) == 1 else 4) or word not in quote:
        return False
    if says_i(quote):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", quote):
        after = quote[m.end() :].split(maxsplit=1)
        before = quote[: m.start()].rstrip(OPENING_MARKS).split()
        if not before or before[-1][-1:] in ".!?:":
            continue
        if after and (is_upper_start(after[0]) or fold(after[0]) in VOCAB.name_particles):
            continue
        if is_upper_start(before[-1]) and not is_acronym(before[-1]) and fold(before[-1]) not in VOCAB.honorifics and not _addressed_office(before):
            continue
        if len(told.name) > 1 and word != told.name[0] and not (after and fold(after[0].rstrip(",.")) in DEMONSTRATIVES):
            continue
        return True
    return False


def _after_an_honorific(quote: str, word: str) -> bool:
    """Does the word stand right after an honorific in the quote (`Pak Wayan`, `Bu Rina`)?"""
    return any(
        fold(m.group(1)) in VOCAB.honorifics
        for m in re.finditer(rf"(?<![\w-])(\w+)[ \t]+{re.escape(word)}(?![\w-])", quote)
    )


def speaks_for(text: str, previous_title: str | None, person: Person, quote: str, window: list[Event]) -> bool:
    """Is the person one whose excuse or request the text told last since the previous quote
    (`Lisa beralasan sakit dan meminta ...`: EXCUSES), and does the quote speak of someone in
    the third person, never as `saya`? Then `"Kemarin itu dia kurang enak badan," ungkapnya` is
    not surely theirs: it is what one speaking for them says. That holds when an excuse proper
    (`beralasan`, `berdalih`) was told of them and they hold no office nor speak for others
    (a Sekda or a lawyer explains another's doings in their own words), or when the previous
    speaker's title names them whole right after a relation (`pengacara Lisa`, `kuasa hukum
    Lisa Mariana`: data/relational_roles.txt). (Someone who asks for something, then speaks of
    another as `dia`, is often speaking themself.)"""
    if not _speaks_of({fold(w) for w in WORD.findall(quote)}, THIRD_PERSON):
        return False
    acts = _acts_of(text, person, window)
    if not acts or acts[-1] not in EXCUSES:
        return False
    if any(act in EXCUSES_PROPER for act in acts) and not _official_or_counsel(person):
        return True
    return previous_title is not None and _named_after_a_relation(previous_title, person.key)


def _official_or_counsel(person: Person) -> bool:
    """Does a title of the person hold an office or a profession that speaks for others
    (`Sekda`, `kuasa hukum`): one who explains others' doings (`berdalih kliennya ...`,
    `beralasan kepala sekolah ...`) in their own words?"""
    return _official(person) or any(fold(w) in POSTED_RELATIONS for title in person.titles for w in title.split())


def _official(person: Person) -> bool:
    """Does a title of the person hold an office (see holds_an_office)?"""
    return any(holds_an_office(title) for title in person.titles)


def without_thanks_unspoken(text: str, window: list[Event], quote: str) -> list[Event]:
    """The window without its events of thanks or a plea (`Sumarni bersyukur ...`, `korban Siti
    memohon agar ...`: data/thanks_verbs.txt, PLEAS) when the quote never speaks as `saya` or
    `aku`: whom its pronoun cue means is then read as if they were not told (the official who
    spoke before often goes on: `"Kami pantau terus," ujarnya`). `"Saya dan keluarga ...,"
    pungkasnya` after `Rosmala berterima kasih ...` is hers."""
    if not any(_moved(text, e) for e in window) or says_i(quote):
        return window
    return [e for e in window if not _moved(text, e)]


def _moved(text: str, event: Event) -> bool:
    """Is the event someone's thanks or plea (see without_thanks_unspoken)?"""
    if event.kind != "speak" or not event.verb_end:
        return False
    verb = fold(text[event.pos : event.verb_end])
    return verb in VOCAB.thanks_verbs or verb in PLEAS


def _acts_of(text: str, person: Person, window: list[Event]) -> list[str]:
    """The (folded) reporting verbs the text makes the person the subject of since the previous quote."""
    return [
        fold(text[e.pos : e.verb_end]) for e in window
        if e.kind == "speak" and e.verb_end and e.mention.name and folded(e.mention.name) == person.key[: len(e.mention.name)]
    ]


def _named_after_a_relation(title: str, key: tuple[str, ...]) -> bool:
    """Does the title name the person right after a relation: a word of their name first,
    and each capitalised word after it one of their name (`kuasa hukum Siti Rahma` is not Siti Aminah's)?"""
    words = title.replace(",", " ").split()
    for i, word in enumerate(words):
        if fold(word) in VOCAB.relational_roles:
            rest = words[i + 1 :]
            if rest and fold(rest[0]) == "hukum":
                rest = rest[1:]  # (`kuasa hukum Lisa`)
            run = [w for w in rest[:4] if is_upper_start(w)]
            if rest and is_upper_start(rest[0]) and all(fold(w) in key for w in run):
                return True
    return False


def taken_up_again(text: str, window: list[Event], chosen: Mention, quote_at: int) -> bool:
    """Is someone only mentioned after the chosen speaker's event (in what that speaker
    reports: `Dia mengungkapkan, Kapolsek Hendro Saputro tidak ...`) taken up again by a
    sentence opening with a word of that name before the quote (`Hendro kemudian
    memerintahkan ...`)? Then the pronoun cue may be theirs: no name."""
    at = next((e.pos for e in window if e.mention is chosen), None)
    if at is None:
        return False
    for e in window:
        if e.kind == "mentioned" and e.pos > at and e.mention.name and e.mention.name != chosen.name:
            words = "|".join(re.escape(w) for w in e.mention.name if len(w) >= 3)
            if words and re.search(rf"(?:[.!?][ \t]+|\n[ \t]*)(?:{words})\b", text[e.pos : quote_at]):
                return True
    return False


def own_role_spoken_of(quote: str, titles: tuple[str | None, ...]) -> bool:
    """Does the quote name, as someone else, the role in the story
    (data/people_in_the_news.txt) that opens one of the person's titles
    (`korban`: `Korban yang merasa tertipu ...`)? Not after `sebagai` or a
    pronoun (`saya sebagai korban`, `kami korban`), nor before `lain` (`Korban
    lain ...`: others); not a compound's first word (`Anak buah kapal`:
    data/role_compounds.txt). Not a group's word (`warga`, `keluarga`): one of them
    speaks of the group they are one of (`Saat warga menemukan ...`)."""
    roles = {
        key for t in titles if t and (key := fold(t.split()[0])) in STORY_ROLES and tuple(folded(t.split()[:2])) not in VOCAB.role_compounds
    }
    if not roles:
        return False
    words = [fold(w) for w in WORD.findall(quote)]
    return any(
        w in roles and (i == 0 or words[i - 1] not in OWN_ROLE_BEFORE)
        and (i + 1 == len(words) or words[i + 1] not in OTHERS_AFTER)
        for i, w in enumerate(words)
    )


def reported_dead(text: str, name: tuple[str, ...], pos: int) -> bool:
    """Does the text before pos report the person dead: named in full right after a
    word for the late or a body (`mayat Endang Sulastri`, `almarhum Budi Santoso`), or
    set off at most two words after a killing verb that tells a killing done
    (`membunuh istri sirinya, Endang Sulastri`), not one in a relative clause
    (`Tersangka yang diduga menghabisi nyawa korban, Joko`) or only tried (`nyaris
    menewaskan`)? The whole name: a namesake (`Siti Rohmah` beside `Siti Aminah`) is
    someone else."""
    full = " ".join(name)
    for at in places_of(text, (full,)):
        if at + len(full) > pos:
            break  # (the places are sorted: the rest stand after pos)
        if text[at - 1 : at].isalnum() or text[at + len(full) : at + len(full) + 1].isalnum():
            continue
        if LATE_OR_BODY_BEFORE.search(text, max(0, at - 20), at):
            return True
        if (kill := KILLING_BEFORE.search(text, max(0, at - 90), at)) and not kill.group(1):
            return True
    return False


# A word for the late or a body right before the name (`Mayat Endang Sulastri`, `almarhum Budi Santoso`).
LATE_OR_BODY_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(VOCAB.deceased_words | {'mayat', 'jenazah', 'jasad'}))})[ \t]+\Z", re.IGNORECASE
)
# A verb of killing, then the one killed set off after at most two words (`membunuh
# istri sirinya, Endang`); group 1: a relative clause's `yang` or a verb of trying
# before it (`yang diduga menghabisi`, `nyaris menewaskan`).
KILLING_BEFORE: Final = re.compile(
    r"(\byang(?:[ \t]+[a-z]+){0,2}[ \t]+|\b(?:nyaris|hampir|mencoba|berusaha|hendak|ingin|mengancam|akan)[ \t]+)?"
    r"\b(?:membunuh|menghabisi|menewaskan)(?:[ \t]+nyawa)?(?:[ \t]+[a-z][\w\-]*){0,2},?[ \t]+\Z"
)


# A person spoken of (`dia`, `ia`, `beliau`) or a group speaking (`kami`), and the
# speaker speaking of themself alone.
SPOKEN_OF_OR_FOR: Final = frozenset({"dia", "ia", "beliau", "kami"})
FIRST_PERSON: Final = frozenset({"saya", "aku", "gue", "gua"})
THIRD_PERSON: Final = frozenset({"dia", "ia", "beliau", "klien", "kliennya"})
# What someone a representative speaks for is told doing when they do not speak themselves.
EXCUSES: Final = frozenset({"beralasan", "berdalih", "meminta", "memohon"})
# Of those, the excuses proper: told of someone, their own words seldom follow as `dia`.
EXCUSES_PROPER: Final = frozenset({"beralasan", "berdalih"})
# A plea told of someone: a victim's, a mother's, often to others than the reporter.
PLEAS: Final = frozenset({"memohon"})
OPENING_MARKS: Final = " \t\n\"'\u201c\u2018"
# Words that open another clause, with a subject of its own: `dihubungi saat warga masih dievakuasi`.
ANOTHER_CLAUSE: Final = frozenset({"saat", "ketika", "sementara", "sedangkan", "padahal", "karena", "yang", "bahwa"})
# A name, perhaps an adverb or two, and a passive verb: `Rudi akhirnya ditangkap`; then the
# rest of its sentence, where another passive may go on (`ditetapkan sebagai tersangka dan dijerat`).
NAME_THEN_PASSIVE: Final = re.compile(
    r"(?:[A-Z][\w'\-]*[ \t]+){0,4}[A-Z][\w'\-]*(?P<aside>(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*,[^,.!?\n\"\u201c\u201d]{1,60},)?)[ \t]+"
    r"(?:(?:akhirnya|pun|juga|lalu|kemudian|langsung|sempat|telah|sudah|kembali|lantas)[ \t]+){0,2}"
    r"(?P<passive>di[a-z]{3,}\b[^.!?\n]*)"
)


def _addressed_office(words: list[str]) -> bool:
    """Do the words end with an honorific and an office (`Bapak Presiden`): the one the quote
    names after them is spoken of with respect, not the speaker? (An office or rank alone is
    often a street's or a hero's: `Jalan Jenderal Sudirman`, `Presiden Sukarno`.)"""
    return len(words) >= 2 and fold(words[-1]) in VOCAB.offices and fold(words[-2].lstrip(OPENING_MARKS)) in VOCAB.honorifics


def acted_on_before_the_quote(text: str, quote: str, window: list[Event], chosen: Mention) -> bool:
    """Is the chosen person, named as speaking nowhere since the previous quote, last
    the subject of a passive verb of arrest or force (`Rudi akhirnya ditangkap polisi.
    Rudi dihadiahi timah panas ...`: data/force_passives.txt), while the quote speaks
    of someone as `dia` or for a group as `kami` and never of its speaker alone
    (`"Kami lumpuhkan supaya dia tidak kabur lagi," katanya.`)? Then it is most likely
    whoever acted on them speaking."""
    named = [e for e in window if e.mention.name == chosen.name]
    if not named or any(e.kind != "subject" for e in named):
        return False
    m = NAME_THEN_PASSIVE.match(text, named[-1].pos)
    if m is None or not _forced(WORD.findall(m.group("passive"))):
        return False
    said = [fold(w) for w in WORD.findall(quote)]
    if m.group("aside") and not _we_forced(said):
        return False  # `Siti (45), warga X, dievakuasi` then `"Kami ...," katanya`: maybe her family's words
    return _speaks_of(set(said), SPOKEN_OF_OR_FOR)


def _speaks_of(said: set[str], others: frozenset[str]) -> bool:
    """Do a quote's (folded) words speak of someone in OTHERS, and never as `saya` or `aku`?"""
    return bool(said & others) and not said & FIRST_PERSON


# The active stems of the passives of force: `tangkap` of `ditangkap`, `amankan` of `diamankan`.
FORCE_STEMS: Final = frozenset(v[2:] for v in VOCAB.force_passives)


def _we_forced(words: list[str]) -> bool:
    """Do the (folded) words say `kami` then a verb of force (`kami tangkap`, `kami amankan`)?"""
    return any(a == "kami" and b in FORCE_STEMS for a, b in zip(words, words[1:]))


# A name written as initials: `S`, `AR`, `M.`.
INITIALS: Final = re.compile(r"[A-Z]{1,3}\.?")
# The first word of a name's predicate, after an adverb or two: `harus mendekam`.
PREDICATE_OF_NAME: Final = re.compile(r"[ \t]+(?:(?:kini|harus|sudah|telah|sempat|akan|pun|juga|masih|terpaksa)[ \t]+){0,3}(\w+)")


def only_done_to_by_initials(text: str, pos: int, end: int, window: list[Event], chosen: Mention) -> bool:
    """Is the chosen person named by initials alone (`Kakek S`, `tersangka AR`: how the news
    names a suspect, a victim or a child), never named speaking since the previous quote
    nor in the cue after the quote (`ucap E`), their own clause calling them a suspect or
    held (see _suspected), while the quote (from pos to end) never speaks as `saya` or
    `aku` (a victim's own words)? Then a pronoun cue is most likely the official's who
    spoke before about them: nobody's, on that ground. (`Kakek S` robbed, or given aid,
    speaks of `kami`, a grandchild, the crop: theirs.)"""
    if not chosen.name or not all(INITIALS.fullmatch(w) for w in chosen.name):
        return False
    if any(e.kind == "speak" and e.mention.name == chosen.name for e in window):
        return False
    if not any(_suspected(text, e.pos, chosen) for e in window if e.mention.name == chosen.name):
        return False
    if set(WORD.findall(text, end, end + 40)) & set(chosen.name):
        return False
    return not says_i(text, pos, end)


def says_i(text: str, pos: int = 0, end: int | None = None) -> bool:
    """Do the words of text[pos:end] speak as `saya` or `aku` (data: FIRST_PERSON)?"""
    return not FIRST_PERSON.isdisjoint(folded(WORD.findall(text, pos, len(text) if end is None else end)))


def suspect_with_no_words_of_theirs(title: str | None, previous_title: str | None, text: str, between: tuple[int, int], quote: str) -> bool:
    """Is the one the running text names as acting or speaking a suspect or accused by their
    title (`Terdakwa Nasiro meminta Dirut PT X untuk ...`: data/suspect_words.txt), right
    after an official's quote (a prosecutor reading the indictment), the text `between` the
    quotes telling of no reply (`Jessica menjawab ...`: data/reply_verbs.txt), while the quote
    never speaks as `saya` or `aku` nor addresses the court or the officer (`Khilaf, Pak
    Hakim.`, `Mohon keringanan, Yang Mulia.`)? Then it most likely goes on with the official's
    account: not surely theirs, nobody. (`"Saya khilaf," ujarnya` after `Tersangka Budi mengaku
    ...`: his.)"""
    words = strip_determiners((title or "").split())
    return (
        bool(words) and fold(words[0]) in VOCAB.suspect_words and holds_an_office(previous_title)
        and not says_i(quote) and ADDRESSING.search(quote) is None
        and VOCAB.reply_verbs.isdisjoint(folded(WORD.findall(text, *between)))
    )


# A form of address set off in a quote (`Khilaf, Pak Hakim.`, `..., Pak.`, `Mohon keringanan, Yang Mulia.`).
ADDRESSING: Final = re.compile(r",[ \t]*(?:Pak|Bu|Bapak|Ibu|Yang[ \t]+Mulia)\b")


def _suspected(text: str, at: int, chosen: Mention) -> bool:
    """Is the person named at `at` a suspect or held by the words of their own clause: a title
    of data/suspect_words.txt (`Tersangka S`), or one of its words as their predicate, perhaps
    after an adverb or two (`Kini Nenek R harus mendekam`, `Kakek W harus
    mempertanggungjawabkan`)? Not a suspect word about someone else in their sentence
    (`Nenek S lega pelaku yang merampas tasnya sudah ditangkap`)."""
    if any(fold(w) in VOCAB.suspect_words for w in (chosen.title or "").split()):
        return True
    last = text.find(chosen.name[-1], at, at + 80)
    m = PREDICATE_OF_NAME.match(text, last + len(chosen.name[-1])) if last >= 0 else None
    return m is not None and fold(m.group(1)) in VOCAB.suspect_words


def _forced(predicate: list[str]) -> bool:
    """Is a verb of the predicate's words (`diketahui sudah ditahan`, `ditetapkan sebagai
    tersangka dan dijerat`) a passive of arrest or force, before any word opening another
    clause with its own subject (not `dihubungi saat warga masih dievakuasi`)?"""
    for word in predicate:
        if word in ANOTHER_CLAUSE:
            return False
        if word in VOCAB.force_passives:
            return True
    return False


def _opens_as_subject(article: Article, at: int) -> bool:
    """Is the person named at `at` the active subject opening a sentence: nothing
    but capitalised words before it in the sentence, a predicate after it in its paragraph
    (not a line listing a title and a name), and no passive verb first?"""
    words, starts = article.words, article.starts
    para = article.paragraph_at(at)
    start = article.clause_start(para.start if para is not None and _set_apart(article.text, para.start) else 0, at)
    if CAPITALISED_LEAD.fullmatch(article.text, start, at) is None:
        return False
    i = bisect_left(starts, at)
    owner = i > 0 and starts[i - 1] == start and starts[i - 1] + len(words[i - 1]) + 1 == at  # (one word, one space before)
    if owner and _nominalised(words[i - 1]):
        return False  # `Kebijakan Gubernur Rudi Hartono dinilai ...`: whose policy, not who acts
    while i < len(words) and is_upper_start(words[i]):
        i += 1
    if i < len(words) and para is not None and starts[i] >= para.end:
        return False
    return i == len(words) or not PASSIVE.match(words[i]) or fold(words[i]) in VOCAB.pronouns


def _set_apart(text: str, start: int) -> bool:
    """Does the line before the paragraph at `start` end as no sentence goes on (`[img.4]`,
    `------`, a subheading `Tarif Tidak Naik`), so that the paragraph opens a sentence,
    though that line has no full stop? Not a line broken inside a sentence (`Harda
    didampingi`, `yakni:`)."""
    last = chunk_before(text, 0, start)  # (the line's last word)
    return not last or (last[-1] not in ",:;" and not last[0].islower())


# A noun made with -an (`Kebijakan`, `Kedatangan`, `Tuduhan`, `Laporan`), a common word:
# before a name, whose it is. Not the adverbs, adjectives and conjunctions of that shape.
NOMINALISED: Final = re.compile(r"[A-Z][a-z]{2,}an")
NOT_NOMINALISED: Final = frozenset({
    "kemudian", "perlahan", "belakangan", "keesokan", "kebetulan", "kewalahan", "ketakutan", "sedangkan",
    "berdasarkan", "sehubungan", "bersamaan", "sebagian", "bukan", "bulan",
})


def _nominalised(word: str) -> bool:
    return NOMINALISED.fullmatch(word) is not None and fold(word) not in NOT_NOMINALISED and mostly_common_word(word)


def _taken_up(article: Article, lo: int, hi: int) -> bool:
    """Does a pronoun (`dia`, `ia`, `beliau`) stand between the name at lo and the
    quote at hi (`Rina, warga Cimahi, ... Pasalnya, dia bingung`)? The text goes
    on with the person it named."""
    words = article.words
    first, last = bisect_left(article.starts, lo), bisect_left(article.starts, hi)
    return any(fold(words[i]) in VOCAB.pronouns for i in range(first, last)) or (
        PASSIVE_WITH_AGENT.search(article.text, lo, hi) is not None  # `Unggahan itu dibagikannya`
    )


def near_namesake(people: People, person: Person) -> bool:
    """Is the person named by one word only, with no role anywhere, and that word
    one letter off (or the opening of) a name word of someone the article introduces
    (with a role, by more than one word, or by one word it writes far more often: see
    _prevails)? Not one the article brings in as a person of their own (`Deden (27)`, `Bu Deden`:
    see _introduced_as_person) beside `petani muda Dede Kurniawan`."""
    if len(person.key) != 1 or len(person.key[0]) < 3 or people.best_title(person) is not None:
        return False
    word = person.key[0]
    return any(
        other is not person and (
            (other.titles or len(other.key) > 1) and any(_near(word, k) for k in other.key)
            or len(word) >= 6 and one_slip(word, other.key[0]) and _prevails(people.text, other.name[0], person.name[0])
        )
        for other in people.near(word)
    ) and not _introduced_as_person(people.text, person.name[0])


def _prevails(text: str, usual: str, rare: str) -> bool:
    """Does the text write the one spelling of a name at least three times as often as
    the other (`Suhari` all through, `Sahari` once or twice): the usual one is the
    person's name, the rare one a slip of the writer's? (Asked of names of six letters
    or more only: two short names a letter apart, `Rina` and `Rini`, are two people.)"""
    return _written(text, usual) >= 3 * max(1, _written(text, rare))


def spelling_variant(people: People, person: Person) -> tuple[Person, str | None] | None:
    """The person a near namesake (see near_namesake) is another spelling of, and
    their role: the one person whose name word the one word differs from by a doubled
    letter only (`Salimudin`, `Sallimudin`; `Arifudin`, `Ariffudin`), a long name,
    when no one else's is near it; None when two people could be meant, or the
    difference is any other slip (a typo that may be the full name's: `Simanjuntak`,
    `Simanjutak`). Named in their fullest form; of two one-word spellings, the one
    the article writes more often (the other may be the typo)."""
    word = person.key[0]
    close = [other for other in people.near(word) if other is not person and any(_near(word, k) for k in other.key)]
    if len(word) < 6 or len(close) != 1 or not any(_doubled(word, k) for k in close[0].key):
        return None
    other = close[0]
    role = people.best_title(other)
    if len(other.key) == 1 and _written(people.text, person.name[0]) > _written(people.text, other.name[0]):
        return person, role
    return other, role


# No word character right before, or after, a place.
NO_WORD_BEFORE: Final = re.compile(r"(?<!\w)")
NO_WORD_AFTER: Final = re.compile(r"(?!\w)")


def _written(text: str, word: str) -> int:
    """How often the text writes the word whole (no word character right before or after it),
    places not overlapping (so not places_of, which gives every place)."""
    return WRITTEN.answer(text, word, lambda: _count_written(text, word))


def _count_written(text: str, word: str) -> int:
    count = 0
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if NO_WORD_BEFORE.match(text, at) and NO_WORD_AFTER.match(text, end):
            count += 1
            at = text.find(word, end)  # (the places counted do not overlap)
        else:
            at = text.find(word, at + 1)
    return count


def _doubled(a: str, b: str) -> bool:
    """Does one word write a letter twice where the other writes it once (`sallimudin`, `salimudin`)?"""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )


def _near(a: str, b: str) -> bool:
    """Are two different name words one slip apart (`sutarmo`, `sutarno`;
    `arifudin`, `ariffudin`; see tokens.one_slip), or is the shorter, of four
    letters or more, the opening of the longer (`joyo`, `joyokusumo`)?"""
    if a == b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= 4 and long.startswith(short)) or one_slip(a, b)


def place_for_a_name(person: Person, title: str | None) -> bool:
    """Is the person, who holds a role, named by one word that the corpus writes as a
    place and never opens a name with (`juru bicara Presiden Nigeria`, `Kasat Lantas
    Polres Gowa`), or that stands alone after a command or unit named after its territory
    (`Kapolsek Wonokromo`, `Penyidik Polsek Wonokromo`: data/territorial_commands.txt): the
    role's place, not the holder's name?"""
    if not title or len(person.key) != 1:
        return False
    key = person.key[0]
    if fold(title.rsplit(None, 1)[-1]) in VOCAB.territorial_commands:
        return True  # (`Penyidik Polsek Wonokromo`: the unit's)
    return (key in VOCAB.place_words or key in VOCAB.places) and key not in VOCAB.name_openers and key not in VOCAB.given_names


def no_name_word(text: str, person: Person) -> bool:
    """Is the person named by one word only, a word the corpus writes in lower case
    in mid-sentence (data/lower_case_words.txt, data/common_words.txt), a name
    particle (`Da`, `van`) or shaped as a me- verb (`Melati`, `Mentari`: see
    tokens._named_like_a_verb), which the text never introduces as an adult's (with an
    age: `Ketua RT setempat, Hakim (56)`)? Initials in capitals are no such word (`pelaku AS (34)`)."""
    if len(person.key) != 1 or is_acronym(person.name[0]):
        return False
    key = person.key[0]
    common = key in VOCAB.lower_case or key in VOCAB.usually_lower or key in VOCAB.name_particles or (
        bool(ME_I.match(key)) and key not in VOCAB.name_openers  # (not `Megawati`, seen opening names)
    )
    return common and not _introduced_as_an_adult(text, person.name[0])


# A capitalised word as a product is named (`Zavira`, `Land-Cruiser`).
PRODUCT_WORD: Final = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# What stands right before a word written as a product's name: a product noun, then
# perhaps more such words (`mobil Zavira`, `mobil Kalindra Zavira`; capitalised only
# opening a sentence: `Mobil Zavira itu`, not `Astra Kalindra Motor`).
PRODUCT_BEFORE: Final = re.compile(
    rf"(?:\b(?:{'|'.join(VOCAB.product_nouns)})|(?:^|(?<=[.!?] ))(?:{'|'.join(n.capitalize() for n in VOCAB.product_nouns)}))"
    rf"[ \t]+((?:{PRODUCT_WORD}[ \t]+)*)\Z",
    re.M,
)
# What stands right after a brand: a model code, two or three capitals and a number
# (`Suzuki XL7`; not `Nomor PRINT-12/...`).
MODEL_CODE_AFTER: Final = re.compile(r"[ \t]+[A-Z]{2,3}\d{1,4}\b(?![./-])")
# How far before a word its product noun may stand.
PRODUCT_REACH: Final = 80
# The words a person's name follows: `bernama` and the honorifics (`Bu`, `Pak`).
BEFORE_A_PERSON: Final = "|".join(sorted(map(re.escape, VOCAB.naming_words | VOCAB.honorifics), key=len, reverse=True))
# One of them, perhaps with a period, ending where the text is read to; how far back it may open.
PERSON_WORD_BEFORE: Final = re.compile(rf"(?i:\b(?:{BEFORE_A_PERSON})\.?)\Z")
PERSON_WORD_REACH: Final = max(map(len, VOCAB.naming_words | VOCAB.honorifics)) + 1
# Where a word starts or ends (`\b`).
WORD_EDGE: Final = re.compile(r"\b")


def written_as_product(article: Article, word: str) -> bool:
    """Does the article write the word (as written, capitalised) as a product's or a
    brand's name: right after a product noun (data/product_nouns.txt), perhaps after
    more such words, or right before a model code? Not a word known as a name, role,
    place or common word, nor one after such a word (`mobil Pak Rudi`). Found once per
    word and article: a name quoted at every cue would read all its places each time."""
    return bool(PRODUCT.answer(
        article.text, word, lambda: _may_name_a_product(fold(word)) and _written_as_product(article, word)
    ))


def _written_as_product(article: Article, word: str) -> bool:
    text = article.text
    for at in (article.starts[i] for i in article.places.where(word)):
        if MODEL_CODE_AFTER.match(text, at + len(word)):
            return True
        lo = max(0, at - PRODUCT_REACH)
        reach = text[lo:at].lower()
        if not any(noun in reach for noun in VOCAB.product_nouns):
            continue  # (no product noun before it: the search, tried at each place of the reach, not made)
        before = PRODUCT_BEFORE.search(text, lo, at)
        if before is not None and all(_may_name_a_product(fold(w)) for w in before.group(1).split()):
            return True
    return False


def _may_name_a_product(key: str) -> bool:
    """Is the word none of the words known as names, roles, places or common words?"""
    return not (
        key in VOCAB.no_name_words or key in VOCAB.name_openers or key in VOCAB.given_names
        or key in VOCAB.first_names or key in VOCAB.common_names or key in VOCAB.place_words
        or key in VOCAB.lower_case or key in VOCAB.usually_lower or key in VOCAB.mostly_lower or key in VOCAB.months
    )


def product_for_a_name(article: Article, person: Person) -> bool:
    """Is the person named by a brand or a model: the first word of the name one the
    corpus (data/product_words.txt) or the article (see written_as_product) writes as
    a product's (`Toyota`, `Kalindra Zavira`), and no word of it one the article
    introduces as a person's (with an age, after `bernama` or an honorific)?"""
    word = person.name[0]
    if is_acronym(word) or not _may_name_a_product(person.key[0]):
        return False
    if person.key[0] not in VOCAB.product_words and not written_as_product(article, word):
        return False
    return not any(_introduced_as_person(article.text, w) for w in person.name)


def _introduced_as_person(text: str, word: str) -> bool:
    """Does the text write the word with an age (`Mercy (30)`) or after `bernama` or an
    honorific (`bernama Mercy`, `Bu Mercy`)?"""
    return bool(INTRODUCED.answer(
        text, word, lambda: any(age is not None or honorific for age, honorific in _introductions(text, word))
    ))


def _introductions(text: str, word: str) -> Iterator[tuple[int | None, bool]]:
    """At each place of the word in the text (places_of: a pattern made for each word, with
    all the honorifics in it, was compiled anew for most words), the age written after it,
    if any, and else whether `bernama` or an honorific stands before it."""
    for at in places_of(text, (word,)):
        end = at + len(word)
        age = AGE_AFTER.match(text, end) if WORD_EDGE.match(text, at) else None
        if age is not None:
            yield int(re.search(r"\d+", age.group()).group()), False  # type: ignore[union-attr]  # the pattern holds digits
        else:
            yield None, bool(WORD_EDGE.match(text, end)) and _after_a_person_word(text, at)


# Under this age a common word as a name is a child's, often made up (`sebut saja Bunga (9)`);
# under ADULT_AGE, a child's whose parent an honorific before it means (`kata Ibu Bunga`).
CHILD_AGE: Final = 13
ADULT_AGE: Final = 18


def _introduced_as_an_adult(text: str, word: str) -> bool:
    """Does the text write the word with an age (`Hakim (56)`, `Bintang (15)`), never with a
    child's (`sebut saja Bunga (9)`), nor with a minor's and after an honorific (`Bunga (14)`
    ... `kata Ibu Bunga`: her mother)? An honorific alone makes no name of a common word
    (`kata Bu Kantin`: the canteen's owner)."""
    return bool(ADULT.answer(text, word, lambda: _as_an_adult(text, word)))


def _as_an_adult(text: str, word: str) -> bool:
    aged = minor = honorific = False
    for years, after_honorific in _introductions(text, word):
        if years is not None:
            if years < CHILD_AGE:
                return False
            minor = minor or years < ADULT_AGE
            aged = True
        honorific = honorific or after_honorific
    return aged and not (minor and honorific)


def _after_a_person_word(text: str, at: int) -> bool:
    """Does `bernama` or an honorific, perhaps with a period, then spaces stand right before `at`?"""
    blanks = at
    while blanks > 0 and text[blanks - 1] in " \t":
        blanks -= 1
    return blanks < at and PERSON_WORD_BEFORE.search(text, max(0, blanks - PERSON_WORD_REACH), blanks) is not None


# A role in lower case set off after a name (`Fia, warga Simpang Mayang,`).
ROLE_AFTER: Final = re.compile(r"[ \t]+([a-z]+)\b")
NON_BLANK: Final = re.compile(r"\S+")
# The verb of a predicate, past the auxiliaries and adverbs before it.
PREDICATE_VERB: Final = re.compile(
    r"(?:(?:akan|telah|sudah|juga|pun|masih|sedang|tengah|baru|lalu|kemudian|langsung|segera|sempat|turut|ikut|kini|bahkan)[ \t]+)*([a-z]+)"
)
# A role and the words of its phrase set off by a comma before a name (`Pedagang cilok, `, `Ketua RT 03, `).
ROLE_SET_OFF: Final = re.compile(r"(\w+)[^,.!?\n\"\u201c\u201d]{0,40},[ \t]+")
VICTIM: Final = "korban"
# FIRST_PERSON as a word may be written, for a substring test before the words are read; `kami` so.
FIRST_PERSON_AS_WRITTEN: Final = tuple(w for word in FIRST_PERSON for w in (word, word.capitalize(), word.upper()))
KAMI_AS_WRITTEN: Final = ("kami", "Kami", "KAMI")
# Words by which a quote speaks for a body or of someone else: `Korban sudah kami bawa`.
ONE_OF_US: Final = frozenset({"kami", "dia", "ia", "beliau", "korban", "pelaku", "tersangka"})
OTHERS_THAN_US: Final = ONE_OF_US - {"kami"}  # (what a quote says of someone else than its speaker's group)
# (`Sementara itu` before `Sementara`)
OPENERS_LONGEST_FIRST: Final = tuple(sorted(SENTENCE_OPENERS, key=lambda o: (-len(o), o)))
# Words after a capitalised opening that are not its predicate.
NO_PREDICATE: Final = frozenset({"dan", "serta", "atau", "yang", "selaku", "sebagai", "bin", "binti"})
# What may stand between the sentence before a quote and its words.
MARKS_AND_BLANKS: Final = " \t\n\"\u201c\u201d\u201e"


def another_subject_since(article: Article, people: People, lo: int, hi: int, previous: Person | None, quote: str) -> bool:
    """Does the sentence right before the quote at hi (after lo, the previous quote's cue)
    open with a person other than the previous speaker as its subject, marked as a person
    by an age, an honorific, a role set off before or after the name, or a word seen opening
    names (`Ketua RW 05, H Mursyid, juga menyerahkan hadiah`)? A pronoun cue after it may
    mean either of them. Only when the quote speaks as one person (`saya`, or of its own
    family, see _own_kin_spoken_of, unless of the relative brought in), not for a body
    or of someone (`kami`, `dia`, `korban`): the previous speaker's account of the one
    brought in (but see _named_before_opens); or when the sentences after the one brought in go on with them as `ia`
    right up to the quote, in its paragraph, and it speaks of no one else (`dia`, `korban`)."""
    said = {fold(w) for w in WORD.findall(quote)} if any(w in quote for w in FIRST_PERSON_AS_WRITTEN) else set()
    kin = _own_kin_spoken_of(quote) if not said.isdisjoint(VOCAB.kin_words) else set()  # (the cheap test first)
    as_one = bool(said) and ((not said.isdisjoint(FIRST_PERSON) and said.isdisjoint(ONE_OF_US)) or bool(kin))
    opening = sentence_before(article, lo, hi)
    if opening < 0:
        return False  # (quotes with nothing between them)
    text = article.text
    if not as_one and not _pronoun_subject(text, opening, hi):
        # (the cheap tests first: most quotes going on with the previous speaker pass neither)
        return (
            any(w in quote for w in KAMI_AS_WRITTEN) and _named_before_opens(article, people, opening, hi, previous)
            and _speaks_for_a_group(quote)
        ) or _unnamed_acting_then_their_words(text, opening, hi, quote)
    gone_on = _back_past_pronoun_subjects(article, lo, opening)
    if not as_one and (gone_on == opening or "\n" in text[opening:hi] or not _of_no_one_else(quote)):
        return False  # (in a paragraph of its own the quote may well go back to the speaker before)
    taken_up, opening = gone_on != opening, gone_on
    start, role_before = _past_opener_and_role(text, opening, hi)
    if role_before in VOCAB.suspect_words or role_before == VICTIM:
        return False  # `Pelaku, Dedi (34), kabur ...`, `Korban, Siti, ...`: whom the previous speaker speaks of
    if role_before in kin:
        return False  # `Ibu korban, Rosnah (51), pingsan.` then `"Ibu saya ...," ujarnya`: her son's words of her
    if previous is not None and _office_named_again(text[opening:hi], previous):
        return False  # `Ketua RT 04, Haryono, turut mendampingi camat`: the camat speaking goes on
    if _someone_unnamed_acting(text, start, hi, victim=as_one):
        return True  # `Seorang perempuan pedagang menghampiri petugas. "Saya ..." teriaknya`: her, unnamed
    # (a subject said to be or do something, taken up by a pronoun that acts: `Dani dikabarkan menjadi
    # korban salah tangkap. Ia menceritakan ...`; not one held, `Joni ditahan ... Ia mengatakan`)
    after = _capitalised_subject_acting(text, start, hi, passive=taken_up)
    if after < 0:
        return False
    words = list(NON_BLANK.finditer(text, start, after))
    if words[0].group().rstrip(",").endswith("nya"):
        return False  # (`Menurutnya, Respati ...`: the previous speaker's view of someone)
    if kin_then_name([w.group() for w in words]) and not given_as_a_nickname(text, f"{words[0].group()} {words[1].group()}"):
        return True  # `Istri Samsul hanya bisa duduk diam`: his wife, unnamed (not a nickname: `Paman Birin`)
    marked = bool(role_before) or AGE_AFTER.search(text, start, after) is not None
    return any(_names_someone_new(text, people, words, i, previous, start, marked) for i in range(len(words)))


# Someone opening a sentence as a person: set off after a role (`Istri korban, Sri Wahyuni
# (49), tak kuasa ...`, `Seorang saksi mata, Warsito (47), yang ...`), or with an age after a
# phrase set off (`Di tribun, Sumini (50) duduk ...`); then the words of the predicate. The role
# and its comma first (possessive: each try is one pass), then the name.
ROLE_SET_OFF_FIRST: Final = re.compile(r"[A-Za-z][\w\-]*+(?:[ \t]++[\w\-]++){0,11},[ \t]+")
NAME_BEFORE_PREDICATE: Final = re.compile(
    r"(?P<name>[A-Z][\w'\-]*+(?:[ \t]+(?:[A-Z][\w'\-]*+|boru|bin|binti))*)"
    r"(?P<age>[ \t]*\([ \t]*\d{1,3}[ \t]*\))?[ \t]*,?[ \t]+(?=[a-z])"
)


def _set_off_person(text: str, at: int, hi: int) -> tuple[str, re.Match[str]] | None:
    """The role set off (or "") and the name's match when the sentence at `at` opens with
    someone set off after a role, or with an age (see NAME_BEFORE_PREDICATE)."""
    role = ROLE_SET_OFF_FIRST.match(text, at, hi)
    if role is not None and (m := NAME_BEFORE_PREDICATE.match(text, role.end(), hi)) is not None:
        return role.group().rstrip(", \t"), m
    m = NAME_BEFORE_PREDICATE.match(text, at, hi)
    return ("", m) if m is not None and m.group("age") else None


FIRST_WORDS: Final = re.compile(r"[a-z]+(?:[ \t]+[a-z]+){0,2}")


def _openings_since(article: Article, lo: int, hi: int) -> list[int]:
    """Where a sentence or a paragraph opens after lo (the previous quote's cue) and before hi."""
    lines = article.paragraph_starts
    return [at for at in article.sentence_starts(lo, hi)[1:] if at < hi] + lines[bisect_left(lines, lo + 1) : bisect_left(lines, hi)]


def someone_new_opens_since(article: Article, lo: int, hi: int, previous: tuple[Person | None, str | None], quote: str) -> bool:
    """Does a sentence after lo (the previous quote's cue) and before the quote at hi open with
    someone new (see newcomer_since)? A pronoun cue after it may be theirs as well as the
    previous speaker's."""
    return newcomer_since(article, lo, hi, previous, quote) is not None


def newcomer_since(
    article: Article, lo: int, hi: int, previous: tuple[Person | None, str | None], quote: str
) -> tuple[int, str, tuple[str, ...]] | None:
    """Where the sentence opens, the role's first word (folded; "" for none) and the name, when
    a sentence after lo (the previous quote's cue) and before the quote at hi opens with
    someone new, marked as a person by a role set off or an age (_set_off_person), who does
    something there (see _gives_no_words), whom the quote does not name (nor by that role).
    Not when an official spoke before and the quote speaks for a body (`kami`); not one beside
    the previous speaker (`Ketua RT 04, Haryono, turut mendampingi camat`); nor a suspect,
    unless the quote speaks as one person (`"Saya khilaf," ujarnya`); nor one only given an
    age, a victim or a relative of the one spoken of (`Anaknya, Daniel, ...`) whom the quote
    speaks of (`Siti Aminah (34) menyeberang jalan.`, then `"Korban sudah kami bawa," ujarnya`)."""
    speaker, title = previous
    if speaker is None:
        return None
    text = article.text
    found = [
        (start, opening) for start in _openings_since(article, lo, hi)
        if (opening := _set_off_person(text, _past_circumstance(text, past_blanks(text, start), hi), hi)) is not None
    ]
    if not found:
        return None  # (the common case: no sentence there opens so)
    words = WORD.findall(quote)
    said = {fold(w) for w in words}
    if "kami" in said and holds_an_office(title):
        return None
    as_one = not said.isdisjoint(FIRST_PERSON) and said.isdisjoint(ONE_OF_US)
    for start, (set_off, m) in sorted(found, key=lambda f: f[0], reverse=True):  # (the last first)
        role = strip_determiners(set_off.split())
        key = fold(role[0]) if role else ""
        kin = key.endswith("nya") and key[:-3] in VOCAB.relational_roles
        related = key in VOCAB.relational_roles  # (`Ibu korban, Sri Wahyuni,`: someone's relative, named)
        if not (m.group("age") or key in VOCAB.roles or kin or related) or (key in VOCAB.suspect_words and not as_one) or key in said:
            continue
        names = [w for w in m.group("name").split() if is_upper_start(w)]
        if not all(name_like(w) and not place_word(w) for w in names) or _the_same_or_named(names, speaker, words):
            continue
        if _gives_no_words(text, m.end(), hi) or ((key in ("", VICTIM) or kin) and not said.isdisjoint(OTHERS_THAN_US)):
            continue
        if not _office_named_again(text[start:hi], speaker):
            return start, key, tuple(names)
    return None


# A sentence opening with a role and no name as its subject (its place after `di`, `dari`
# or `asal`; a relative clause set off), then its verb: `Pemilik kios pupuk di Lelea, yang
# enggan disebutkan namanya, membenarkan ...`. Group `described`: the words between.
ROLE_SUBJECT: Final = re.compile(
    r"(?P<role>[A-Z][a-z]+)"
    r"(?P<described>(?:[ \t]+(?:(?:di|dari|asal)(?:[ \t]+[A-Z][\w\-]*){1,3}|[a-z][\w\-]*|(?P<capitalised>[A-Z][\w\-]*+)(?:[ \t]+(?:[A-Z][\w\-]*+|\d++)){0,3}+)){0,8}?"
    r"(?:[ \t]*,[ \t]*yang[^,.!?\n\"\u201c\u201d]{1,60},)?)[ \t]+(?P<verb>(?:me|ber)[a-z]+)\b"
)
# Words between a role and its verb that describe no one: `Warga juga mengaku`, `Petugas enggan menyebutkan`.
NO_DESCRIPTION: Final = frozenset({"juga", "pun", "sudah", "telah", "kemudian", "lalu", "sempat", "masih", "akan"})


def unnamed_role_says_since(article: Article, lo: int, hi: int, previous: tuple[Person | None, str | None], quote: str) -> bool:
    """Does the last sentence after lo (the previous quote's cue) and before the quote at hi
    open with someone new, by a role described and no name, who says something there
    (`Pemilik kios pupuk di Lelea membenarkan stok sempat tersendat.`, `Karyawan PT Maju Jaya
    mengatakan`, `Warga yang melihat kejadian mengatakan`)? A pronoun cue right after it is
    theirs, unnamed, not the previous speaker's. (Reached only when no one in the window is a
    subject: the capitalised words after the role are a place, a body or someone new, never
    the previous speaker unless they hold a word of his name: `Warga Budi mengatakan`.) Not a role alone (`Warga mengaku
    resah`, `Petugas memastikan ...`: many, or any of them, often in the previous speaker's
    account), one pointed back at (see _pointed_back), a group (`Pihak sekolah menyatakan`), a
    relation, a word for any person, an office alone (not in data/roles.txt: its holder, see
    pipeline), nor a saying declined or to come (`enggan`, `akan`); not the previous
    speaker's own role, nor one the quote speaks of (`Sopirnya sudah kami periksa`)."""
    speaker, title = previous
    if speaker is None:
        return False
    text = article.text
    starts = _openings_since(article, lo, hi)
    if not starts:
        return False
    m = ROLE_SUBJECT.match(text, past_blanks(text, max(starts)), hi)
    if m is None:
        return False
    described = [fold(w) for w in WORD.findall(m.group("described"))]
    if m.group("capitalised") is not None and not set(speaker.key).isdisjoint(described):
        return False  # `Warga Budi mengatakan` after Budi Hartono: him again
    if fold(m.group("verb")) not in VOCAB.reporting:
        relative = _relative_then_reporting(text, m, hi) if "yang" in described else None
        if relative is None:
            return False
        described += relative  # `Warga yang melihat kejadian mengatakan`
    key = fold(m.group("role"))
    if key not in VOCAB.roles or key in VOCAB.group_nouns or key in VOCAB.relational_roles or key in VOCAB.person_nouns:
        return False
    last = "" if m.group("described").endswith(",") or not described else described[-1]  # (after a clause set off: none)
    if last in VOCAB.negations or last == "akan" or _pointed_back(described):
        return False
    if all(w in NO_DESCRIPTION for w in described):
        return False
    said = {fold(w) for w in WORD.findall(quote)}
    own = fold(title.split()[0]) if title else ""
    return key != own and key not in said and key + "nya" not in said


def _relative_then_reporting(text: str, m: re.Match[str], hi: int) -> list[str] | None:
    """The words of a relative clause in lower case from the verb ROLE_SUBJECT matched to the
    reporting verb after them, without it (`melihat kejadian` in `Warga yang melihat kejadian
    mengatakan`), or None when no reporting verb follows within a few words."""
    after = LOWER_WORDS.match(text, m.end(), hi)
    words = [fold(m.group("verb"))] + (after.group().split() if after else [])
    for i, word in enumerate(words[1:], 1):
        if word.startswith(("me", "ber")) and word in VOCAB.reporting:
            return words[:i]
    return None


# Up to six words in lower case: a relative clause before its subject's verb.
LOWER_WORDS: Final = re.compile(r"(?:[ \t]+[a-z][\w\-]*){1,6}")


def _pointed_back(described: list[str]) -> bool:
    """Do a role's words end with a demonstrative (`Pejabat itu`, `Penjual sayur asal Sukoharjo
    itu`): someone the text named before, not a place's (`di sekolah itu`)?"""
    return bool(described) and described[-1] in DEMONSTRATIVES and not (len(described) >= 3 and described[-3] in ("di", "dari"))


def _the_same_or_named(names: list[str], previous: Person, quote_words: list[str]) -> bool:
    """Are the names the previous speaker's (all of them among theirs: `Kapolsek, Agus, ...`
    after Agus Salim), or is one of them in the quote as a name (`Untung` capitalised, not
    `boro-boro untung`)?"""
    theirs = {fold(w) for w in previous.name}
    return all(fold(w) in theirs for w in names) or not set(names).isdisjoint(quote_words)


def _gives_no_words(text: str, at: int, hi: int) -> bool:
    """Does the predicate at `at` say its subject gives no words there: done to (`sempat
    dirawat`), what befell them in its first words (`bahkan pernah hanyut`), no predicate
    (`dan`), a post, or a negated answer (`belum merespons`, `tidak bisa dihubungi`; not `tak
    kuasa menahan tangis`)?"""
    first = FIRST_WORDS.match(text, at, hi)
    words = first.group().split() if first is not None else []
    if not words:
        return True
    if words[0] in VOCAB.negations:
        return unanswered(words[1:])
    verb = PREDICATE_VERB.match(text, at, hi)
    head = verb.group(1) if verb is not None else words[0]
    return any(w in VOCAB.undergoing_verbs for w in words) or (head != "yang" and _no_words_of_theirs(head))


def _own_kin_spoken_of(quote: str) -> set[str]:
    """The words for its speaker's family the quote speaks of (`Anak saya dibunuh, ...
    keadilan untuk kami?`: data/kin_words.txt), as a private person, of no one else (`dia`,
    `korban`); none otherwise."""
    kin = {key for m in KIN_OF_MINE.finditer(quote) if (key := fold(m.group(1))) in VOCAB.kin_words}
    return kin if kin and _of_no_one_else(quote) else set()


# A word and `saya` or `aku` after it (`Anak saya`, `suami aku`).
KIN_OF_MINE: Final = re.compile(r"\b([A-Za-z]+)[ \t]+(?:saya|aku)\b")


def _speaks_for_a_group(quote: str) -> bool:
    """Does the quote speak for its speaker and those with them (`kami`), of no one else?"""
    said = {fold(w) for w in WORD.findall(quote)}
    return "kami" in said and said.isdisjoint(OTHERS_THAN_US)


def _named_before_opens(article: Article, people: People, opening: int, hi: int, previous: Person | None) -> bool:
    """Does the sentence at opening have as its subject, doing something, someone named before
    by a full name other than the previous speaker, by their last name (`Hawass bahkan telah
    membuat petisi ...` after `Zahi Hawass`)? A quote for a group after it (`"Kami ingin ...,"
    tegasnya`) may be theirs. (Not someone first named there: `Pemilik rumah, Hartono (58),
    mengalami luka bakar` then `"Api sudah kami padamkan," ujarnya`, the firefighter's.)"""
    text = article.text
    start, role_before = _past_opener_and_role(text, opening, hi)
    if role_before in VOCAB.suspect_words or role_before == VICTIM:
        return False
    after = _capitalised_subject_acting(text, start, hi)
    if after < 0:
        return False
    words = text[start:after].split()
    if any(w.endswith(",") for w in words):
        return False  # (`Untuk Dimas Saputra, keluarga ...`: a phrase before the subject)
    known = people.resolve_key((fold(words[-1]),), start)
    return (
        known is not None and known is not previous and _by_surname_named_before(known, fold(words[-1]), opening)
        and set(folded(words)) <= set(known.key) and not any(fold(t.split()[0]) in VOCAB.suspect_words for t in known.titles)
    )


def _capitalised_subject_acting(text: str, start: int, hi: int, passive: bool = False) -> int:
    """Where the capitalised opening of the sentence at start ends, when a predicate in lower
    case follows it that may give words of the subject's (see _no_words_of_theirs; with
    `passive`, a passive one too, not one of force: `ditahan`); -1 if not."""
    lead = CAPITALISED_LEAD.match(text, start, hi)
    after = lead.end() if lead is not None else start
    if after == start or after >= hi or not text[after].islower():
        return -1  # no capitalised opening, or no predicate in lower case after it
    verb = PREDICATE_VERB.match(text, after, hi)
    if verb is None:
        return -1
    if verb.group(1) == "yang" and text[after - 2] != ",":
        return after if _relative_clause_of_one_acting(text, verb.end(), hi) else -1
    if passive and PASSIVE.match(verb.group(1)) is not None and verb.group(1) not in VOCAB.force_passives:
        return after
    return -1 if _no_words_of_theirs(verb.group(1)) else after


def _by_surname_named_before(person: Person, key: str, pos: int) -> bool:
    """Is the folded word the last name of the person (or the one name of someone known by
    one: `Suparno tampak tenang` after `terdakwa ... Suparno`), named in full before pos?"""
    return fold(person.name[-1]) == key and person.last_named(pos - 1) >= 0


def _of_no_one_else(quote: str) -> bool:
    """Does the quote speak of no one but its speaker and those with them (no `dia`, `korban`)?"""
    return {fold(w) for w in WORD.findall(quote)}.isdisjoint(OTHERS_THAN_US)


def _back_past_pronoun_subjects(article: Article, lo: int, opening: int) -> int:
    """The sentence that the one at opening, and one before it, go on from with a pronoun as
    subject (`Istri Samsul hanya bisa duduk diam. Sesekali ia menyeka air matanya.`) or a
    description referring back (`Guru asal Papua ... itu mengaku khawatir.`), in its paragraph
    and after lo; opening itself when it has no such subject."""
    text = article.text
    paragraph = article.paragraph_starts[max(0, bisect_left(article.paragraph_starts, opening + 1) - 1)]
    for _ in range(2):
        if not _pronoun_subject(text, opening, len(text)) and not _described_back(text, opening):
            break
        before = [s for s in article.sentence_starts(max(lo, paragraph), opening) if s < opening]
        if not before:
            break
        opening = past_blanks(text, before[-1])
    return opening


def _described_back(text: str, at: int) -> bool:
    """Does the sentence at `at` open with a role or a word for a person described and closed by a
    demonstrative (`Guru asal Papua yang sudah tujuh tahun bertugas di Lebak itu mengaku ...`, `Pria
    yang bekerja sebagai sopir angkot itu mengaku ...`): the one brought in before?"""
    m = SUBJECT_DESCRIBED_BACK.match(text, at)
    if m is None or not person_word(fold(m.group(1))):
        return False  # (a role, or a word for a person: `Nenek sebelas cucu itu mengaku`)
    words = text[m.end(1) : m.end()].split()[:-2]  # (between the role and its demonstrative)
    head = words[: words.index("yang")] if "yang" in words else words
    return not any(VERB_SHAPE.match(w) for w in head)  # (not `Polisi menyebar foto pelaku itu`: a predicate)


# A sentence opening with a role, words of its description and a demonstrative before the predicate.
SUBJECT_DESCRIBED_BACK: Final = re.compile(r"([A-Z][a-z]+)(?:[ \t]+[\w\-]+){0,12}?[ \t]+(?:itu|tersebut)[ \t]+(?:pun[ \t]+|juga[ \t]+)?[a-z]")
# A sentence opening with someone brought in unnamed (`seorang` is the classifier for people) and a
# lower-case word after its first: `Seorang perempuan pedagang menghampiri ...` (not `Seorang diri
# ia ...`, alone, nor `Seorang anaknya ...`, the previous speaker's child; see _someone_unnamed_acting).
BROUGHT_IN_UNNAMED_FIRST: Final = re.compile(r"(?:[Ss]eorang|[Ss]alah[ \t]+seorang)[ \t]+(?!diri\b)[a-z][\w\-]*(?<!nya)[ \t]+[a-z]")


def _unnamed_acting_then_their_words(text: str, opening: int, hi: int, quote: str) -> bool:
    """Does the sentence at opening bring someone in unnamed, acting (see of_one_acting), in
    the quote's own paragraph, and the quote speak for no body and of no one else (`Seorang
    pasien lain yang baru keluar dari ruang operasi tampak tersenyum. "Alhamdulillah, terang
    sekarang," ucapnya.`; not `Seorang petugas sempat tertimpa reruntuhan.`, `"Kami ..."`)?"""
    if text.find("eorang", opening, hi) < 0 or "\n" in text[opening:hi] or any(w in quote for w in KAMI_AS_WRITTEN):
        return False  # (the cheap tests first: `Seorang`, `Salah seorang` must stand there)
    if not _of_no_one_else(quote):
        return False
    start = _past_opener_and_role(text, opening, hi)[0]
    return _someone_unnamed_acting(text, start, hi) and of_one_acting(folded(text[start:hi].split()[1:7]))


def _someone_unnamed_acting(text: str, start: int, hi: int, victim: bool = False) -> bool:
    """Does the sentence open with someone brought in unnamed, not a suspect, doing something
    (not `Seorang pelaku berhasil diamankan`, `Seorang warga dilaporkan hilang`, `belum`)? A
    victim too with VICTIM, when the quote speaks as one person (`Seorang korban tampak
    tertunduk. "Suami saya ...," katanya`)."""
    if BROUGHT_IN_UNNAMED_FIRST.match(text, start, hi) is None:
        return False
    written = text[start:hi].split()[1:7]
    words = [fold(w) for w in written]
    if any(w.endswith(",") for w in written) or any(w in VOCAB.naming_words for w in words):
        return False  # `Seorang perempuan paruh baya, Siti, ...`, `Seorang warga bernama Budi`: named
    return words[0] not in VOCAB.suspect_words and (words[0] != VICTIM or victim) and not any(
        PASSIVE.match(w) or w in VOCAB.negations for w in words[1:]
    )


# A sentence whose subject is a pronoun, perhaps after an adverb: `Ia`, `Sesekali ia`.
PRONOUN_SUBJECT: Final = re.compile(r"(?:[A-Z][a-z]+[ \t]+)?(?:[Ii]a|[Dd]ia)[ \t]+[a-z]")


def _pronoun_subject(text: str, opening: int, hi: int) -> bool:
    """Does the sentence at opening have `ia` or `dia` as its subject, past one word (`Kemudian
    ia`) or a phrase of time or place set off (`Saat diberi kesempatan menanggapi, ia ...`)?"""
    return PRONOUN_SUBJECT.match(text, _past_circumstance(text, opening, hi)) is not None


def source_named_then_taken_up(article: Article, lo: int, hi: int, previous: Person, quote: str) -> bool:
    """Does the last sentence before the quote at hi open by taking someone up (`Menurutnya,`,
    `Ia`, `Dia`), right after a sentence since lo (the previous quote's cue) that opens with a
    thing, has no word of saying and closes on someone new set off after their title
    (`Penyelenggaraan kompetisi ini mendapat apresiasi dari Staf Khusus BGN, Ary Santoso.
    Menurutnya, ...`)? The pronoun, and the quote, may be theirs: not surely the previous
    speaker's. (Not after a person as the subject: `Retno menyerahkan bantuan kepada Kepala
    Desa X, Sutarno. Ia berharap ...` is Retno.)"""
    text = article.text
    if not any(text.find(word, lo, hi) >= 0 for word in TAKEN_UP_WORDS):
        return False  # (the cheap test first)
    opening = sentence_before(article, lo, hi)
    if opening < 0 or TAKEN_UP.match(text, opening, hi) is None:
        return False
    starts = [s for s in _openings_since(article, lo, opening) if s < opening]
    if not starts:
        return False
    sentence = text[past_blanks(text, max(starts)) : opening]
    m = SET_OFF_NAME_CLOSING.search(sentence)
    if m is None or any(fold(w) in VOCAB.reporting or fold(w) in VOCAB.cue_words for w in WORD.findall(sentence)):
        return False
    first = sentence.split(None, 1)[0]
    if not (mostly_common_word(first) or a_noun_before_a_name(fold(first))) or role_word(fold(first)):
        return False  # `Retno menyerahkan bantuan kepada Kepala Desa X, Sutarno. Ia berharap ...`: the subject
    names = m.group(1).split()
    if any(w in quote for w in names):
        return False  # `"Terima kasih kepada Pak Sutrisno ...," ujarnya`: the quote speaks of them
    return all(name_like(w) and not place_word(w) for w in names) and set(previous.key).isdisjoint(folded(names))


# A sentence taking up someone named before: `Menurutnya,`, `Ia ...`, `Dia ...`.
TAKEN_UP: Final = re.compile(r"(?:Menurutnya|Menurut[ \t]+dia|Ia|Dia|Beliau)\b")
TAKEN_UP_WORDS: Final = ("Menurut", "Ia", "Dia", "Beliau")  # (what TAKEN_UP opens with)
# A name set off after a title, closing its sentence: `..., Ary Santoso.`
SET_OFF_NAME_CLOSING: Final = re.compile(r"[A-Za-z][ \t]*,[ \t]+([A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,3})[ \t]*[.!?]?[ \t\n]*$")


def sentence_before(article: Article, lo: int, hi: int) -> int:
    """Where the last sentence or line after lo with words before hi starts, past its blanks; -1 if none."""
    text, lines = article.text, article.paragraph_starts
    starts = [lo] + article.sentence_starts(lo, hi) + lines[bisect_left(lines, lo) : bisect_left(lines, hi)]
    start = max((s for s in starts if text[s:hi].strip(MARKS_AND_BLANKS)), default=-1)
    return past_blanks(text, start) if start >= 0 else -1


def _names_someone_new(
    text: str, people: People, words: list[re.Match[str]], i: int, previous: Person | None, start: int, marked: bool
) -> bool:
    """Is the i-th word of the sentence's capitalised opening a name of someone other than the
    previous speaker, marked as a person (`marked`: an age or a role before; or an honorific
    or role before it in its part, a comma before it, a role set off after it, or a word seen
    opening names)?"""
    m = words[i]
    bare = m.group().strip(",()")
    if not _a_new_name(bare) or not _opens_its_part(words, i):
        return False
    key = fold(bare)
    known = people.resolve_key((key,), start)
    if previous is not None and known is previous:
        return False
    if known is not None and _by_surname_named_before(known, key, start):
        return True  # `Hawass bahkan telah membuat petisi` after `Zahi Hawass`: someone named before, by surname
    if _introduced_as_an_adult(text, bare):
        return True  # `Kasmirah akhirnya ditemukan ...` after `Mbah Kasmirah (78)`: a person, not the previous speaker
    set_off = any(w.group().endswith(",") for w in words[:i]) or (m.group().endswith(",") and _role_after(text, m.end()))
    return marked or set_off or i > 0 or key in VOCAB.name_openers


def _opens_its_part(words: list[re.Match[str]], i: int) -> bool:
    """Does the i-th word open its part of the capitalised opening, after a comma or
    at its start, past honorifics and roles (`H Mursyid`, `Petani Sutrisno`; not `Presiden
    Prabowo`, `Polda Metro Jaya`: an office's holder, a body's name)?"""
    j = i
    while j > 0 and not words[j - 1].group().endswith(","):
        key = fold(words[j - 1].group().rstrip("."))
        if key not in VOCAB.honorifics and (key not in VOCAB.roles or key in VOCAB.offices or key in VOCAB.titles):
            return False
        j -= 1
    return True


# A phrase of place or time set off before a sentence's subject: its first word, up to five
# more, a comma (`Di rumah duka, `, `Seusai menjalani operasi, `, `di luar pagar asrama, `,
# `Saat Solopos.com berada di lokasi, `: a dot only inside a word).
CIRCUMSTANCE_SET_OFF: Final = re.compile(r"[A-Za-z]+(?:[ \t]+[\w\-]+(?:\.[\w\-]+)*){0,5},[ \t]+")
# (not `kepada`: `Kepada wartawan,` opens what someone tells, no place or time)
CIRCUMSTANCE_OPENERS: Final = frozenset(w for w in VOCAB.circumstance_words if w != "kepada")


def _past_circumstance(text: str, start: int, hi: int) -> int:
    """Past a phrase of place or time set off opening the sentence at start (`Di rumah duka, ibu
    korban, Sri Wahyuni, ...`, `Seusai menjalani operasi, Inaq ...`), if one."""
    end = start
    while end < hi and text[end].isalpha():
        end += 1
    if end == start or text[start:end].lower() not in CIRCUMSTANCE_OPENERS:
        return start  # (the cheap test first: asked at every sentence since the previous quote)
    fronted = CIRCUMSTANCE_SET_OFF.match(text, start, hi)
    return fronted.end() if fronted is not None else start


def _past_opener_and_role(text: str, start: int, hi: int) -> tuple[int, str]:
    """Where the sentence's subject starts past an opener (`Sementara itu,`: data/sentence_openers.txt),
    a phrase of place or time set off (`Di rumah duka,`: data/circumstance_words.txt) and a role set
    off before it (`Pedagang cilok, Ujang, ...`, `Cucu korban, Rina, ...`, `Seorang guru yang mengajar
    di sekolah itu, Markus, ...`), and that role's word (folded), if one."""
    for opener in OPENERS_LONGEST_FIRST:
        if text.startswith(opener, start) and text[start + len(opener) : start + len(opener) + 1] in (",", " "):
            start = past_blanks(text, start + len(opener) + (text[start + len(opener)] == ","))
            break
    start = _past_circumstance(text, start, hi)
    m = ROLE_SET_OFF.match(text, start, hi)
    role = strip_determiners(m.group().split()) if m is not None else []
    key = fold(role[0].rstrip(",")) if role else ""
    if m is not None and (key in VOCAB.roles or key in VOCAB.relational_roles or key in VOCAB.suspect_words):
        return m.end(), key
    return start, ""


def _office_named_again(sentence: str, previous: Person) -> bool:
    """Does the sentence name the office of the previous speaker in lower case (`mendampingi camat`)?"""
    offices = {head for t in previous.titles if (head := title_head(t)) in VOCAB.offices}
    return bool(offices) and any(w in offices for w in WORD.findall(sentence) if w.islower())


def _relative_clause_of_one_acting(text: str, at: int, hi: int) -> bool:
    """Do the words in lower case after `yang` at `at` (`Suparno yang mengenakan kemeja putih
    tampak tenang`) tell of one acting (see of_one_acting: not `Joni yang ditahan sejak Senin`,
    `Sarmin yang tinggal seorang diri dikenal ramah`, `Sugeng yang kalah belum bersedia ...`)?"""
    clause = LOWER_WORDS.match(text, at, hi)
    return clause is not None and of_one_acting(clause.group().split())


def of_one_acting(words: Sequence[str]) -> bool:
    """Do the words (folded) say nothing of one done to (`ditahan`), silent (`belum`),
    undergoing (`tertimpa`: data/undergoing_verbs.txt) or posting (`memposting`)?"""
    return not any(
        PASSIVE.match(w) or w in VOCAB.negations or w in VOCAB.undergoing_verbs or w in VOCAB.post_verbs for w in words
    )


def _no_words_of_theirs(verb: str) -> bool:
    """Does the word after the capitalised opening say it gives no words of the subject's:
    no predicate (a list: `Koramil Genuk, Kodim, serta PT X`; a role: `X selaku Komisaris`),
    a passive (`X akan dimakamkan`), a negation (`X belum merespons`) or a post (`X memposting
    video`, whose words the quote is not)?"""
    return (
        verb in NO_PREDICATE or verb in VOCAB.prepositions or PASSIVE.match(verb) is not None
        or verb in VOCAB.negations or verb in VOCAB.post_verbs
    )


def _role_after(text: str, at: int) -> bool:
    """Does a role in lower case follow at `at` (`Fia, warga Simpang Mayang,`)?"""
    m = ROLE_AFTER.match(text, at)
    return m is not None and fold(m.group(1)) in VOCAB.roles


def _a_new_name(word: str) -> bool:
    """Could the capitalised word name a person (not `Salah` of `Salah satu`, a day or a place)?"""
    key = fold(word)
    return (
        len(word) >= 3 and word[:1].isupper() and word[1:].islower()
        and name_like(word) and not mostly_common_word(word) and key not in VOCAB.place_words
        and key not in VOCAB.months and key not in VOCAB.time_words and key not in VOCAB.determiner_heads
    )
