"""Introductions: people the running text brings in without naming them as
speaking, whom the next pronoun cue means: someone unnamed as the subject of a
reporting verb (`sayangnya salah satu staf kantor mengatakan`), a name with
its role in a line of its own with no verb (`Maya, pembeli lainnya.`), and the
holder of an office or a role set off by commas opening a sentence (`Presiden
KSPSI, Andi Gani Nena Wea, mendorong ...`, `Adi, seorang warga, juga setuju`), and
someone new brought in by a name and an age (`Ratna Yuliani (25) datang ...`,
`Pandangan serupa datang dari Rendy Setiawan (46), dosen.`), and someone a view
comes from (`Pandangan berbeda datang dari budayawan Bambang Sutrisno.`)."""
from __future__ import annotations

import re
from typing import Final

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .positions import bisect_left
from .vocabulary import VOCAB
from .tokens import all_name_like, common_word, DEMONSTRATIVES, fold, is_acronym, mostly_common_word, ROMAN, name_like, past_the_last_comma, SHORT_NAME, unanswered, usual_name, VERB_SHAPE, is_upper_start
from .layout import DATELINE, Paragraph, QUOTE_MARK_CHARS
from .marks import Spans
from .article import Article, past_blanks
from .titles import before_a_naming_clause, NAMING_VERBS, person_word, role_word, SENTENCE_OPENERS, strip_determiners, Mention, without_other_ones, role_through
from .phrases import read_speaker_phrase, VERB_WORD
from .events import Event
from .plain import plain_twin
from .mentions import before_a_members_place, place_word

# An unnamed subject right before a reporting verb: `salah satu staf kantor (mengatakan)`,
# `Seorang warga berusia 78 tahun (mengaku)`.
# (Not `salah satu pelaku usaha yang (mengaku)`: the verb is in a relative clause.)
# Capitalised words after the role may be its body (`seorang pejabat senior Gedung Putih`: group
# body); a place may follow it (`seorang buruh angkut di pasar itu`: group place).
UNNAMED_SUBJECT: Final = re.compile(
    r"(?<![\w-])(?:[Ss]alah[ \t]+(?:satu|seorang)|[Ss]eorang)[ \t]+(?:(?!yang\b)[a-z][\w\-]*[ \t]+)(?:(?!yang\b)[a-z\d][\w\-]*[ \t]+){0,3}"
    r"(?:(?:di|dari|asal)[ \t]+(?P<place>(?:(?!yang\b)[a-z][\w\-]*[ \t]+){1,5}))?(?P<body>(?:[A-Z][\w\-]*,?[ \t]+){0,4})$"
)
# The same with a relative clause after the role, the verb after it the subject's: `Seorang
# tetangga yang enggan disebut namanya (mengaku)`, `Seorang petugas yang melayani Ayu (mengaku)`
# (group 1: the role; group 2: capitalised words after it, its body's, field's or class's,
# `seorang petugas BPBD Karawang yang ...`, `seorang siswa kelas V yang`, unless they are a
# name: `salah satu warga Budi Santoso yang ...`, see _unnamed_before_relative; group 3: a
# place, perhaps capitalised: `seorang pedagang di Los B yang ...`).
UNNAMED_SUBJECT_WITH_RELATIVE: Final = re.compile(
    r"(?<![\w-])(?:[Ss]alah[ \t]+(?:satu|seorang)|[Ss]eorang)[ \t]+((?:(?!yang\b)[a-z][\w\-]*[ \t]+){1,4})"
    r"((?:(?:[A-Z][\w\-]*|\d+)[ \t]+){0,3})((?:(?:di|dari|asal)[ \t]+(?:(?!yang\b)\w[\w\-]*[ \t]+){1,3})?)"
    r"yang[ \t]+(?:[\w\-]+[ \t]+){1,8}$"
)
# `Maya, pembeli lainnya.`, `Rudi Hartono (45), warga Cimahi.`: a sentence of a name,
# perhaps an age, a comma and a lower-case role, with no verb.
VERBLESS_INTRO: Final = regex.compile(
    rf"(?:^|(?<=[.!?][ \t]))({SHORT_NAME})[ \t]*(?:\([ \t]*\d{{1,3}}[ \t]*\)[ \t]*)?,[ \t]*"
    r"([a-z][^.,;:!?\n\"\u201c\u201d()]{2,60})\.(?=\s|$)",
    regex.M,
)
VERBLESS_INTRO_PLAIN: Final = plain_twin(VERBLESS_INTRO)

# `Presiden Konfederasi Serikat Pekerja (KSPSI), Andi Gani Nena Wea, mendorong ...`: an
# office, its holder's name set off by commas, a lower-case verb: the sentence's subject
# (also after a phrase opening the sentence: see _past_opening_phrase).
def office_then_name(hold: str = "") -> str:
    """OFFICE_THEN_NAME's pattern; with HOLD "+", the words of the office and the spaces
    after each possessive: what follows each is a space, a comma or a word that opens
    otherwise, none of which it holds, so giving back never makes a match (see
    context.CAP_RUN_PLAIN: re runs it several times faster; regex, slower)."""
    return (
        rf"(?:^|(?<=[.!?,\-\u2013\u2014][ \t]))(\p{{Lu}}[\p{{L}}\-]*{hold}(?:[ \t]+{hold}(?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*{hold}"
        rf"|[a-z]+{hold}|\d{{1,3}}{hold}|\([A-Z][\w\-]{{1,15}}\))){{0,12}})[ \t]*,[ \t]*({SHORT_NAME})(?:[ \t]*,[ \t]*|[ \t]+)(?=[a-z])"
    )


OFFICE_THEN_NAME: Final = regex.compile(office_then_name(), regex.M)
OFFICE_THEN_NAME_PLAIN: Final = plain_twin(OFFICE_THEN_NAME, office_then_name("+"))
# What every match of OFFICE_THEN_NAME holds from its comma on, in re (a literal first,
# so a fast scan): a name set off by commas (no comma nor line break in it), then a
# lower-case letter. A paragraph without it is not tried at each sentence start.
# (The tails' repeats are possessive: what a repeat gives back is never the comma or
# period that must follow it, so backing off is never tried.)
OFFICE_TAIL: Final = re.compile(r",[ \t]*[A-Z]")


def office_tail_in(text: str, start: int, end: int) -> bool:
    """OFFICE_TAIL.search(text, start, end) is not None, by each comma's next character past blanks."""
    end = min(end, len(text))
    at = text.find(",", start, end)
    while at >= 0:
        after = past_blanks(text, at + 1)
        if after < end and 65 <= ord(text[after]) <= 90:  # (A-Z)
            return True
        at = text.find(",", at + 1, end)
    return False

# `Adi, seorang warga Sukajadi, juga menyetujui ...`: a name opening a sentence, its
# role set off by commas (or by a comma and the verb: `Siti, istri dari pemilik Kedai
# Sentosa menjadi ...`), a lower-case predicate: the sentence's subject.
NAME_THEN_ROLE: Final = regex.compile(
    rf"(?:^|(?<=[.!?][ \t]))({SHORT_NAME})[ \t]*(?:\([ \t]*\d{{1,3}}[ \t]*\)[ \t]*)?,[ \t]*"
    r"(?:([a-z][^,.;:!?\n\"\u201c\u201d()]{2,80}),[ \t]*(?=[a-z])"
    r"|([a-z][^,.;:!?\n\"\u201c\u201d()]{2,80}?)[ \t]+(?=((?:me|ber)[a-z]{3,})[ \t]))",
    regex.M,
)
NAME_THEN_ROLE_PLAIN: Final = plain_twin(NAME_THEN_ROLE)
# What every match of VERBLESS_INTRO and of NAME_THEN_ROLE opens with: a name, perhaps an
# age, a comma, a lower-case letter. Most sentences fail it within their first words, so
# the slower patterns are tried only where it matches. (Its twin holds the name's letters
# and spaces possessively: neither is followed by a comma or a parenthesis, so giving one
# back never makes a match.)
NAME_COMMA_TAIL: Final = r"(?:\([ \t]*+\d{1,3}[ \t]*+\)[ \t]*+)?,[ \t]*+[a-z]"
NAME_COMMA: Final = regex.compile(rf"{SHORT_NAME}[ \t]*{NAME_COMMA_TAIL}")
NAME_COMMA_PLAIN: Final = plain_twin(
    NAME_COMMA, rf"\p{{Lu}}[\p{{L}}'\u2019\-]++(?:[ \t]++\p{{Lu}}[\p{{L}}'\u2019\-]++){{0,3}}+[ \t]*+{NAME_COMMA_TAIL}"
)


def unnamed_subject(clause: str) -> Mention | None:
    """The unnamed subject ending the clause before a reporting verb (`salah satu
    staf kantor`), as a mention with its role and no name, when it opens the
    clause: not a role describing a name before it (`Hari, salah satu wali
    murid`, `Rizal salah satu warga`) nor one in reported speech (`Ia menjelaskan
    bahwa salah satu relawan`). An adverb may open it (`sayangnya`)."""
    if "lain" in clause and (other := _someone_else(clause)) is not None:
        return other
    if "alah" not in clause and "eorang" not in clause:
        return None  # (a fast test: UNNAMED_SUBJECT is tried at each character)
    m = UNNAMED_SUBJECT.search(clause)
    if m is None and "yang" in clause:
        relative = UNNAMED_SUBJECT_WITH_RELATIVE.search(clause)  # `Seorang warga lain yang ikut membersihkan lumpur (menyebut)`
        if relative is not None:
            return _unnamed_before_relative(clause, relative)
    if m is None:
        return None
    body = m.group("body").split()
    written = m.group()[: m.start("body") - m.start()].split()  # (the words before the body)
    placed = bool(body) and any(fold(w) in VOCAB.prepositions or w in VOCAB.place_words_before for w in written)
    # (`seorang penonton asal Klaten, Jawa Tengah`: a place) `Seorang warga Karangsari mengatakan`: one
    # capitalised word after `seorang`/`salah satu` and a member's role is where they are from (as
    # mentions._where_name_starts reads it), the subject unnamed
    lead = [fold(w) for w in written]
    one_word = len(body) == 1 and len(lead) >= 2 and before_a_members_place(lead[-2], lead[-1])
    if body and not placed and not one_word and (not (_names_a_body(body[0]) or _a_field_or_class(body[0])) or any(fold(w) in VOCAB.naming_words for w in m.group().split())):
        return None  # `seorang warga Budi Santoso`, `salah satu keluarga korban berinisial IK`: named
    if m.group("place") and any(fold(w) in VOCAB.naming_words for w in m.group("place").split()):
        return None  # `Seorang pengojek di pangkalan dekat pasar bernama Yanto Wibisono`: named
    if not all(all(fold(w) in VOCAB.place_words for w in part.split()) for part in m.group("body").split(",")[1:]):
        return None  # `Seorang pedagang di Pantai Padang, Ermawati,`: named after the place (not `Klaten, Jawa Tengah,`)
    # (`seorang warga di kedai teh Castle Rising`: a place after a preposition, no name)
    before = clause[: m.start()].rstrip(" \t,")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if last and not (last.islower() and last != "bahwa" and last not in VOCAB.reporting):
        return None
    if m.group("place") and len(m.group("place").split()) > 3 and before.strip() and before.strip() not in SENTENCE_OPENERS:
        return None  # (a long place only opening the sentence: `Berdasarkan hasil pemeriksaan, seorang sopir di ...`)
    named = before.split(",", 1)[0].split() if "," in before else []
    if named and all(name_like(w) and not common_word(w) for w in named):
        return None  # `Susilawati, kakak dari salah satu peserta ...`: the one named before, described
    role = " ".join(strip_determiners(m.group().split())).rstrip(",")
    return Mention((), role, role_only=True, text=m.group().strip(" \t,"))


# The whole subject a role and `lain`/`lainnya` (another one), perhaps with a body's or a
# place's words between, and a place, an origin or a relative clause after: `Warga lain`, `Namun
# sejumlah warga lain`, `Petugas BPBD lainnya yang ditemui di lokasi`, `Pedagang lain di pasar
# itu juga`, `Seorang petani Sukamelang lain yang ...` (group 1: the role through `lain`; group
# 2: the role); not a group joined to someone (`Kades bersama warga lainnya`, `Camat didampingi
# staf lainnya`: the head among them).
SOMEONE_ELSE: Final = re.compile(
    r"[ \t]*(?:(?:[Nn]amun|[Ss]ementara(?:[ \t]+itu)?|[Ss]edangkan|[Aa]dapun),?[ \t]+)?"
    r"(?:(?:[Pp]ara|[Ss]ejumlah|[Bb]eberapa|[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang))[ \t]+)?"
    r"(([A-Za-z][a-z\-]*)(?:[ \t]+(?!(?:bersama|beserta|dan|serta|dengan|maupun|atau|didampingi)\b)[\w\-]+){0,2}?[ \t]+lain(?:nya)?)"
    r"(?:[ \t]+(?:di|asal|dari)[ \t]+[\w\-]+(?:[ \t]+[\w\-]+){0,2})?(?:[ \t]+yang\b[^,]*)?(?:[ \t]+(?:juga|pun|pula))?[ \t]*"
)


def _someone_else(clause: str) -> Mention | None:
    """The unnamed subject a role and `lain` make when they are the whole clause before the
    verb (`Warga lain mengatakan`): someone else than those named, whom the next pronoun cue
    means. Not a thing (`Unggahan lain menyatakan`), nor the role set off before a name
    (`Pengacara Jokowi lainnya, Rivai Kusumanegara, menjelaskan`)."""
    m = SOMEONE_ELSE.fullmatch(clause)
    if m is None or any(fold(w) in VOCAB.naming_words for w in clause[m.end(1) :].split()) or _named_at_the_end(clause[m.end(1) :]):
        return None  # (`Pedagang lain yang bernama Sutini`, `Pemain lain asal Papua Ricky Kambuaya`: named)
    head = fold(m.group(2))
    if not (person_word(head) or _agent_noun(head)):
        return None
    return Mention((), m.group(1)[0].lower() + m.group(1)[1:], role_only=True, text=m.group(1))


def _named_at_the_end(words_after: str) -> bool:
    """Do the words after `lain` close with a name, not set off: two capitalised words no place's
    (`asal Papua Ricky Kambuaya`, `dari Basarnas Andi Saputra`), or one with an age
    (`yang juga korban banjir Sutrisno (56)`); not a place (`di Pasar Kosambi`)?"""
    words = words_after.split()
    if len(words) >= 2 and AGE_AFTER.fullmatch(words[-1]) and is_upper_start(words[-2]):
        return True
    k = len(words)
    while k > 0 and is_upper_start(words[k - 1]):
        k -= 1
    unplaced = [w for w in words[k:] if not place_word(w)]
    return len(unplaced) >= 2


AGE_AFTER: Final = re.compile(r"\(\d{1,3}\)")


def _agent_noun(word: str) -> bool:
    """Is the word, no list's, shaped as one who does something (pe-, not a nominalisation
    in -an): `pendulang`, `penderes`, `pengojek`; not `penelitian`, `pernyataan`?"""
    return len(word) >= 6 and word.startswith("pe") and not word.endswith("an") and word.isalpha()


def _unnamed_before_relative(clause: str, m: re.Match[str]) -> Mention | None:
    """The unnamed subject of UNNAMED_SUBJECT_WITH_RELATIVE's match, opening its clause
    (as unnamed_subject's), its role the words before `yang`."""
    before = clause[: m.start()].rstrip(" \t,")
    if before.strip() and before.strip() not in SENTENCE_OPENERS and not _circumstance_set_off(clause[: m.start()]):
        return None  # `Menurut polisi, seorang saksi yang ...`, `Rina sebagai seorang ibu yang ...`: reported, or a description
    if any(fold(w) in NAMING_VERBS for w in clause[m.end(3) :].split()):
        return None  # `Seorang warga yang bernama Budi Santoso`, `yang akrab disapa Mak Icih`: named
    body = m.group(2).split()
    placed = fold(m.group(1).split()[-1]) in VOCAB.prepositions  # `Seorang relawan dari Keuskupan X yang`: a body, no name
    if body and not placed and not (role_word(fold(m.group(1).split()[0])) and (is_acronym(body[0]) or _names_a_body(body[0]) or _a_field_or_class(body[0]))):
        return None  # `salah satu warga Budi Santoso yang ...`: named; `Salah satu langkahnya yakni SPPG yang`: no one
    role = " ".join(strip_determiners((m.group(1) + m.group(2) + m.group(3)).split()))
    return Mention((), role, role_only=True, text=clause[m.start() :].strip())


def _circumstance_set_off(before: str) -> bool:
    """Is the text before a subject a phrase of when or where, set off by a comma (`Saat
    didekati, `, `Di lokasi, `): of up to four words, in lower case after the first, the
    first a word of circumstance (data/circumstance_words.txt)? (Not `Menurut polisi, `.)"""
    words = before.strip().rstrip(",").split()
    return (
        before.rstrip().endswith(",") and before.count(",") == 1 and 1 <= len(words) <= 4
        and fold(words[0]) in VOCAB.circumstance_words and all(w.islower() for w in words[1:])
    )


def _a_field_or_class(word: str) -> bool:
    """Is the word after a role a field written in lower case elsewhere (`guru Matematika`) or a
    class (`siswa kelas V`, `kelas 5`), no one's name?"""
    return mostly_common_word(word) or ROMAN.fullmatch(word) is not None or word.isdigit()


def _names_a_body(word: str) -> bool:
    """Does the capitalised word open the name of a body or a place, not a person's
    (`Gedung`, `Kementerian`, `Eropa`, `Dishub`: data/org_prefixes.txt)? Not initials:
    `seorang warga AS` may be a person's."""
    key = fold(word)
    return key in VOCAB.titles or key in VOCAB.kinds or key in VOCAB.place_words or key.startswith(VOCAB.org_prefixes)


def verbless_introductions(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Maya, pembeli lainnya.`: the person a line with no verb brings in, with the role as title."""
    events: list[Event] = []
    for m in _verbless_openings(article, para):
        if m.start() in spans:
            continue
        name = tuple(m.group(1).split())
        role = _role(m.group(2).split())
        if role and all_name_like(name):
            events.append(Event(m.start(), Mention(name, role, text=m.group(1)), "introduced"))
    return events


def names_given(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Seorang juru parkir bertubuh gempal sibuk mengatur mobil. Namanya Ucok.`: a sentence that
    gives the name of one just brought in unnamed brings them in by it."""
    events: list[Event] = []
    if article.text.find("amanya", para.start, para.end) < 0:
        return events
    for m in NAME_GIVEN.finditer(article.text, para.start, para.end):
        name = tuple(m.group(1).split())
        if m.start() not in spans and all_name_like(name) and BROUGHT_IN_UNNAMED.search(article.text, max(para.start, m.start() - NAME_GIVEN_REACH), m.start()):
            events.append(Event(m.start(1), Mention(name, None, text=m.group(1)), "introduced"))
    return events


# A sentence giving a name: `Namanya Ucok.`; someone brought in unnamed before it (`seorang juru parkir`).
NAME_GIVEN: Final = regex.compile(rf"(?<![\p{{L}}])Namanya[ \t]+({SHORT_NAME})[ \t]*\.")
# (`seorang` opening a sentence or a clause: its subject; not `Korbannya seorang bocah. Namanya Dimas.`)
BROUGHT_IN_UNNAMED: Final = re.compile(r"(?:(?<![^\n])|[.!?,][ \t]+)[Ss]eorang[ \t]+[a-z]")
NAME_GIVEN_REACH: Final = 300  # (how far before `Namanya` the one brought in unnamed is looked for)


def declines_to_speak(article: Article, at: int) -> bool:
    """Is the predicate from `at` on a negated verb of responding or of being reached
    (`belum merespons`, `tidak bisa dihubungi`; see tokens.unanswered)?"""
    i = bisect_left(article.starts, at)
    words = article.words
    for k in range(i, min(i + 3, len(words))):
        key = fold(words[k])
        if key in VOCAB.negations:
            return unanswered([fold(w) for w in words[k + 1 : k + 3]])
        if key in VOCAB.reporting:
            return False
    return False


def _verbless_openings(article: Article, para: Paragraph) -> list[regex.Match]:
    """The matches of VERBLESS_INTRO in the paragraph (one holds no sentence end but its last period)."""
    return _openings(article, para, VERBLESS_INTRO_PLAIN if article.plain else VERBLESS_INTRO)


def _role(words: list[str], clause: bool = True) -> str:
    """The role of a verbless introduction (`pembeli lainnya` gives `pembeli`), or
    "" when the words are no role or (with `clause`) hold a verb or a clause."""
    words = strip_determiners(words)
    if not words or not (fold(words[0]) in VOCAB.roles or fold(words[0]) in VOCAB.offices):
        return ""
    if clause and any(w == "yang" or (VERB_WORD.match(w) and fold(w) not in VOCAB.roles) for w in words):
        return ""
    words = before_a_naming_clause(words)
    while words and fold(words[-1]) in VOCAB.role_end_words:
        words = words[:-1]
    return " ".join(words)


def office_holders_opening(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Presiden KSPSI, Andi Gani Nena Wea, mendorong ...`: the holder of an office
    named opening a sentence and set off by commas, as the sentence's subject
    (whatever the verb), with the office as title."""
    events: list[Event] = []
    for m in _office_openings(article, para):
        words, name = m.group(1).split(), tuple(m.group(2).split())
        opens = _opens_office(words[0]) or _relation_to_someone_named(words)
        if m.start() in spans or not opens or fold(words[-1]) in VOCAB.reporting:
            continue  # (`Kasubdit X Rudi Santoso menjelaskan, Budi Hartono ...`: a clause of someone speaking, no office)
        if fold(words[0]) in VOCAB.people_in_the_news and SPOKEN_OF_AFTER.match(article.text, m.end()):
            continue  # `Tersangka, Budi (27), ditahan ...`, `Ibu korban, Sumarni, meninggal ...`: spoken of
        if declines_to_speak(article, m.end()):
            continue  # `Camat X, Dadang Hermawan, belum merespons`: whoever speaks next, not them
        if THEIR_VIEW_BEFORE.search(article.text, max(para.start, m.start() - 30), m.start()):
            continue  # `Menurut dia, Kepala Dinas Pendidikan, Fransiskus Sina, pernah berjanji`: whom he speaks of
        ranks = 0
        while ranks < len(name) - 1 and fold(name[ranks]) in VOCAB.ranks:
            ranks += 1  # `Kapolres Wonogiri, AKBP Wahyu Sulistyo,`: the rank goes with the office
        if len(name) - ranks >= (1 if ranks or _an_ordinary_role(words) else 2) and all_name_like(name[ranks:]):
            role = without_other_ones(" ".join(role_through(words) + list(name[:ranks])))
            events.append(Event(m.start(2), Mention(name[ranks:], role, text=m.group(2)), "subject"))
    return events


# `Menurut dia, ` (`Menurutnya, `) right before an office holder opening what follows: someone the
# one before speaks of.
THEIR_VIEW_BEFORE: Final = re.compile(r"\b[Mm]enurut(?:nya|[ \t]+(?:dia|ia|beliau))[ \t]*,[ \t]*$")


def _an_ordinary_role(words: list[str]) -> bool:
    """Is the part a role of no office (`Pedagang lain`, `Sopir angkot`), no one's nor pointed
    back at? Its holder set off may be one word (`Pedagang lain, Tarmizi, memilih ...`), as a
    rank makes one word a name (`Kapolsek Sayung, AKP Suprapto,`); after an office one word is
    often someone spoken of (`Mantan Presiden RI, Soeharto, konon pernah ...`), as after
    someone's (`Pelanggan setianya, Acong, datang`) or one pointed back at (`Bocah malang itu,
    Fikri, terakhir terlihat`: reviewer P)."""
    key = fold(words[0])
    return (
        key in VOCAB.roles and key not in VOCAB.offices
        and not any(w.endswith("nya") or fold(w) in DEMONSTRATIVES for w in words)
    )


def _relation_to_someone_named(words: list[str]) -> bool:
    """Does the part open with a relation to someone it names (`Istri almarhum Brigadir
    Budi Santoso`, `Ayah korban Dina Lestari`) or to one the story is about (`Kakak korban`,
    `Ibu tersangka`): the one set off after it is the relative, the sentence's subject, not
    the one named inside?"""
    return fold(words[0]) in VOCAB.relational_roles and (
        any(name_like(a) and name_like(b) for a, b in zip(words[1:], words[2:]))
        or len(words) == 2 and fold(words[1]) in VOCAB.people_in_the_news
    )


def _office_openings(article: Article, para: Paragraph) -> list[regex.Match]:
    """The matches of OFFICE_THEN_NAME in the paragraph whose first word may be an
    office: none without OFFICE_TAIL. A match starts a sentence and holds no sentence
    end, so it is tried only at each sentence start (where finditer would find the same), and only
    where the word there is no plain word outside VOCAB.offices."""
    text = article.text
    if not office_tail_in(text, para.start, para.end):
        return []
    pattern = OFFICE_THEN_NAME_PLAIN if article.plain else OFFICE_THEN_NAME
    found: list[regex.Match] = []
    head = min(para.end, para.start + 80)
    dateline = DATELINE.match(text, para.start, head) if DATELINE_MARK.search(text, para.start, head) else None
    starts = article.sentence_starts(para.start, para.end) + ([dateline.end() - 1] if dateline else [])  # `JAKARTA, KOMPAS.com- Pemain ...`
    for at in sorted(starts):
        if found and at < found[-1].end():
            continue  # (a match may hold the dateline's start)
        at = _past_opening_phrase(text, at, para.end)
        if at < para.end and _may_open_office(article, at):
            m = pattern.match(text, at, para.end)
            if m is not None:
                found.append(m)
    return found


# What every match of DATELINE holds: a dash or a colon (a fast scan before the pattern).
DATELINE_MARK: Final = re.compile("[-\u2013\u2014:]")


# A phrase opening a sentence with a common word and set off by a comma (`Selain
# Bupati Hendra Gunawan, ...`, `Dalam acara itu, ...`): the subject comes after it.
OPENING_PHRASE: Final = re.compile(r"([A-Z][a-z]+)\b[^,.;:!?\n\"\u201c\u201d()]{0,80},[ \t]+(?=[A-Z])")


def _past_opening_phrase(text: str, at: int, end: int) -> int:
    """Where the sentence at `at` goes on past a phrase opening it (see OPENING_PHRASE), or `at`."""
    m = OPENING_PHRASE.match(text, at, end)
    return m.end() if m is not None and common_word(m.group(1)) else at


def _may_open_office(article: Article, at: int) -> bool:
    """Can a match of OFFICE_THEN_NAME at `at` open with a word of VOCAB.offices? Not
    where an ASCII character that is no letter stands, nor where the article's word
    there is letters only (then the pattern's first word) and no office."""
    char = article.text[at]
    if char.isascii() and not char.isalpha():
        return False
    i = bisect_left(article.starts, at)
    if i == len(article.starts) or article.starts[i] != at:
        return True  # no word of the index starts here: let the pattern judge
    word = article.words[i]
    return not word.isalpha() or _opens_office(word) or fold(word) in VOCAB.relational_roles


def _opens_office(word: str) -> bool:
    """An office (`Presiden`), or a role that quotes are sought from (`Kiper Arema Jaya,
    Teguh Amiruddin, tampil ...`), not one of the people a story is about (`Korban, X,`)."""
    key = fold(word)
    return key in VOCAB.offices or (key in VOCAB.roles and key not in VOCAB.people_in_the_news)


def named_with_role_opening(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """`Adi, seorang warga Sukajadi, juga menyetujui ...`: a person named opening a
    sentence with the role set off by commas, as the sentence's subject (whatever
    the verb: `tidak setuju`, `optimistis`), with the role as title."""
    events: list[Event] = []
    for m in _role_openings(article, para):
        name = tuple(m.group(1).split())
        if m.start() in spans or article.common_opener(m.start(), name[0]) or not all_name_like(name):
            continue
        words = (m.group(2) or m.group(3)).split()
        if any(w in VOCAB.reporting for w in words):
            continue  # `Apin, pemilik toko ... mengatakan, ...`: the reporting verb's subject (context.py)
        if m.group(4) and ("yang" in words or not VERB_SHAPE.match(m.group(4))):
            continue  # closed by no verb (`siswa sekolah menengah`), or by a relative clause's (`yang berdomisili`)
        role = _role(words, clause=False)
        if role:
            events.append(Event(m.start(), Mention(name, role, text=m.group(1)), "subject"))
    return events


def _role_openings(article: Article, para: Paragraph) -> list[regex.Match]:
    """The matches of NAME_THEN_ROLE in the paragraph (one holds no sentence end)."""
    return _openings(article, para, NAME_THEN_ROLE_PLAIN if article.plain else NAME_THEN_ROLE)


def _openings(article: Article, para: Paragraph, pattern: regex.Pattern) -> list[regex.Match]:
    """The matches of PATTERN in the paragraph as finditer would find them: as a match
    starts a sentence and holds no sentence end but its last period, it is tried only
    at each sentence start, where NAME_COMMA matches."""
    found: list[regex.Match] = []
    for at in _name_comma_starts(article, para):
        if not found or at >= found[-1].end():
            m = pattern.match(article.text, at, para.end)
            if m is not None:
                found.append(m)
    return found


def _name_comma_starts(article: Article, para: Paragraph) -> list[int]:
    """The sentence starts of the paragraph where NAME_COMMA matches, found once (both
    the verbless and the role openings ask)."""
    found = article.name_comma_starts.get(para.index)
    if found is None:
        text, end = article.text, para.end
        opening = NAME_COMMA_PLAIN if article.plain else NAME_COMMA
        found = [at for at in article.sentence_starts(para.start, end) if at < end and _may_open_name_comma(text, at, end) and opening.match(text, at, end)]
        article.name_comma_starts[para.index] = found
    return found


def _may_open_name_comma(text: str, at: int, end: int) -> bool:
    """Can NAME_COMMA match at `at`? Each match opens with a capital (\\p{Lu}: in ASCII, A-Z)
    and holds a comma."""
    c = ord(text[at])
    return (65 <= c <= 90 or c >= 128) and text.find(",", at, end) >= 0


# A name and an age: `Ratna Yuliani (25)`.
AGE: Final = re.compile(r"\([ \t]*\d{1,2}[ \t]*\)")  # what NAME_AND_AGE ends with: a paragraph without it is not scanned
NAME_AND_AGE: Final = regex.compile(rf"({SHORT_NAME})[ \t]*\([ \t]*\d{{1,2}}[ \t]*\)")
NAME_AND_AGE_PLAIN: Final = plain_twin(NAME_AND_AGE)
# Words that say the one brought in next shares a view or an experience (`Hal yang sama
# dirasakan oleh`, `Pandangan serupa datang dari`, `Senada dengan itu, ...`).
SHARED: Final = frozenset({"sama", "serupa", "senada"})


def brought_in_with_age(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """Someone new the text turns to, by a name (no initials) and an age: opening a
    sentence as its active subject (`Ratna Yuliani (25) datang ...`, `Sementara itu,
    warga bernama Teguh (60), terus ...`), or after `oleh`/`dari` in a sentence that
    says they share a view or an experience (`Kekhawatiran serupa disampaikan oleh
    sopir angkot bernama Dosol (43).`). Not a suspect known by initials (`AS (23)`),
    nor one a passive verb acts on (`Budi Santoso (34) ditangkap`)."""
    events: list[Event] = []
    text = article.text
    if text.find("(", para.start, para.end) < 0 or AGE.search(text, para.start, para.end) is None:
        return events
    for m in (NAME_AND_AGE_PLAIN if article.plain else NAME_AND_AGE).finditer(text, para.start, para.end):
        kind = _turned_to(article, para, m) if m.start() not in spans else ""
        if kind:
            events.append(Event(m.start(), Mention(tuple(_past_address(m.group(1).split())), None, text=m.group(1)), kind))
    return events


def _past_address(name: list[str]) -> list[str]:
    """The name's words after a form of address opening it (`Sarpini` of `Mbah Sarpini`), if any remain."""
    i = 0
    while i < len(name) - 1 and (fold(name[i].rstrip(".")) in VOCAB.honorifics or fold(name[i]) in VOCAB.familiar_address):
        i += 1
    return name[i:]


def _turned_to(article: Article, para: Paragraph, m: regex.Match) -> str:
    """How the match of NAME_AND_AGE brings in someone new the text turns to (see
    brought_in_with_age): 'turned_to' as a sentence's subject; 'introduced' as one who
    shares a view or an experience, a new source even after an official; "" for neither."""
    name = _past_address(m.group(1).split())  # (`Mbah Sarpini (78) memilih bertahan`)
    if not all_name_like(name) or any(w.isupper() for w in name) or article.common_opener(m.start(), m.group(1).split()[0]):
        return ""  # (`Tangan Masyitah (31) cekatan meracik ...`: her hands; the name is read elsewhere)
    before = article.text[article.clause_start(para.start, m.start()) : m.start()].split()
    if _opens_with_age(before, article.text, m.end(), para.end) or _one_of_them_named(before, article.text, m.end()):
        return "turned_to"
    if not _shares_with_age(before):
        return ""
    # a view voiced or felt (`disampaikan`, `dirasakan`, `datang dari`) is a new source's, even after an
    # official; an experience undergone (`Hal serupa dialami oleh X (9)`) may be a victim's
    voiced = any(fold(w) in VOICED for w in before)
    return "introduced" if voiced else "turned_to"


def _one_of_them_named(before: list[str], text: str, pos: int) -> bool:
    """Does a sentence that opens with `Salah satu` name its one with an age, closing it (`Salah
    satu yang bertahan adalah Mbah Sarpini (78).`): whom the text turns to next?"""
    return (
        len(before) >= 3 and [fold(w) for w in before[:2]] in (["salah", "satu"], ["salah", "seorang"])
        and fold(before[-1]) in ("adalah", "ialah", "yakni", "yaitu") and text.startswith(".", pos)
    )


def _opens_with_age(before: list[str], text: str, pos: int, end: int) -> bool:
    """Does the name with its age open its sentence (after an opener set off, and a
    role and `bernama`), an active predicate after it (see _acts_after_age)?"""
    words = _past_opener(before)
    if words is None or (words and not (fold(words[-1]) == "bernama" and all(w.islower() for w in words))):
        return False  # (`Seorang pria di X, Budi (49), menembak ...`: a role set off, no opener)
    return _acts_after_age(text, pos, end)


def _acts_after_age(text: str, pos: int, end: int) -> bool:
    """After a name's age at pos (a role set off perhaps), does an active predicate
    follow: no passive (`ditahan`), nor a role right after the age (`Budi (47) warga X
    yang disebut ...`: someone spoken of)?"""
    m = VERB_AFTER_AGE.match(text, pos, end)
    key = m.group(1) if m is not None else ""
    if m is not None and key == "yang":  # a relative clause on the name (`Budi (29), yang hendak pulang, juga ...`): its verb's voice
        after = WORD_AFTER.match(text, m.end(), end)
        key = after.group(1) if after is not None else ""
    return bool(key) and not PASSIVE_VERB.match(key) and key not in VOCAB.roles and key not in VOCAB.offices


# Verbs by which a view is voiced or felt, not an experience undergone (`dialami`).
VOICED: Final = VOCAB.passive_reporting | frozenset({"dirasakan", "datang"})


def _shares_with_age(before: list[str]) -> bool:
    """Is the name after `oleh` or `dari` in a sentence saying its bearer shares a view
    or an experience (`Hal yang sama juga dirasakan oleh siswa lainnya,`), or right after
    the verb that voices or feels the same `Hal` (`Hal serupa dirasakan Enah (62)`; not
    `Nasib serupa dirasakan X`, an experience, nor `Pada saat yang sama, datang X`)?"""
    words = [fold(w.strip(",")) for w in before]
    if not words or not any(w in SHARED for w in words):
        return False
    if words[0] == "hal" and words[-1] in VOICED and words[-1].startswith("di"):
        return True  # `Hal serupa dirasakan Enah (62)`: the one who voices or feels it, with no `oleh`
    named_after = words[-1] in ("oleh", "dari", "bernama") or before[-1].endswith(",")
    return named_after and any(w in ("oleh", "dari") for w in words)


def _past_opener(words: list[str]) -> list[str] | None:
    """The words after a phrase opening the sentence and set off by a comma (`Sementara
    itu,`), all of them without one; None when what the comma closes is no opener."""
    after = past_the_last_comma(words)
    if len(after) < len(words) and " ".join(words[: len(words) - len(after)]).rstrip(",") not in SENTENCE_OPENERS:
        return None
    return after


# After the age: a role set off by commas perhaps, then the first lower-case word.
VERB_AFTER_AGE: Final = re.compile(r"(?:[ \t]*,[^,.;:!?\n]{1,120},|[ \t]*,)?[ \t]+([a-z]+)")
PASSIVE_VERB: Final = re.compile(r"di[a-z]{3,}\b")
# What makes one the story is about, set off opening a sentence, someone spoken of: acted on
# (`ditahan`), dead (`meninggal dua tahun lalu`), or one of several (`Ujang Saepul, dan dua
# rekannya kini ditahan`).
SPOKEN_OF_AFTER: Final = re.compile(rf"{PASSIVE_VERB.pattern}|(?:(?:telah|sudah)[ \t]+)?(?:meninggal|wafat|tewas)\b|(?:dan|serta)[ \t]")
WORD_AFTER: Final = re.compile(r"[ \t]+([a-z]+)")


# A view coming from someone, opening its sentence or its clause after a comma or a
# dateline's dash: `Pandangan berbeda datang dari`, `Menanggapi hal itu, kritik keras datang
# dari`, `Jakarta - Kritik datang dari` (not `pengakuan yang datang dari tersangka` nor
# `setelah kritik keras datang dari` inside a sentence).
VIEW_FROM: Final = re.compile(
    r"(?:^|(?<=[.!?,][ \t])|(?<=[.!?][\"\u201d][ \t])|(?<=[\-\u2013\u2014][ \t]))"
    rf"(?i:{'|'.join(sorted(VOCAB.view_nouns, key=len, reverse=True))})(?:[ \t]+(?!yang\b)[a-z]+){{0,3}}"
    r"[ \t]+(?:(?:pun|juga|pula|kemudian|justru|antara[ \t]+lain)[ \t]+)?datang[ \t]+(?:(?:pula|juga)[ \t]+)?dari[ \t]+(?=\S)",
    re.M,
)


# What every match of VIEW_FROM holds, found fast (a literal opens it); VIEW_FROM itself is
# tried at each character.
DATANG_DARI: Final = re.compile(r"datang[ \t]+(?:(?:pula|juga)[ \t]+)?dari[ \t]+(?=\S)")


def views_from(article: Article, para: Paragraph, spans: Spans) -> list[Event]:
    """Someone named as whom a view comes from (`Pandangan lebih realistis datang dari
    Bambang Sutrisno, budayawan.`), as speaking: the `Menurutnya` and the `ujarnya` after
    are theirs."""
    text = article.text
    if text.find("datang", para.start, para.end) < 0 or DATANG_DARI.search(text, para.start, para.end) is None:
        return []
    events: list[Event] = []
    for m in VIEW_FROM.finditer(text, para.start, para.end):
        if m.start() in spans or _reported_before(article, para, m.start()):
            continue
        phrase, _ = read_speaker_phrase(text, m.end(), para.end)
        mention = article.mention(phrase) if phrase else None
        if mention is not None and mention.name:
            events.append(Event(m.start(), mention, "speak"))
    return events


def _reported_before(article: Article, para: Paragraph, at: int) -> bool:
    """Does the sentence before `at` open with a source (`Menurut Deddy,`, `Menurutnya,`; not
    `Menurut pantauan Kompas.com,`) or end with a reporting verb and a comma (`Menteri Y
    menyatakan, kritik keras datang dari X`)? Then the view is what they report."""
    before = article.text[article.clause_start(para.start, at) : at].split()
    if not before:
        return False
    first = fold(before[0].rstrip(","))
    source = first == "menurutnya" or (
        first == "menurut" and len(before) > 1 and (is_upper_start(before[1]) or fold(before[1].rstrip(",")) in VOCAB.pronouns)
    )
    return source or (before[-1].endswith(",") and fold(before[-1].rstrip(",")) in VOCAB.reporting)


# A sentence turning to someone as its topic, by name: `Bagi Ronald, ...`, `Untuk Virdha, ...`
# (set off by a comma), `Lain halnya dengan Suroso ...`, `Beda lagi kisah Ronald Edward ...`.
# Its words: `Bagi`/`Untuk` before the name, or a word of contrast, `halnya`/`lagi` and
# perhaps a link (`Lain halnya dengan`, `Beda lagi kisah`).
FOR_WORDS: Final = ("Bagi", "Untuk")
CONTRAST_WORDS: Final = ("Lain", "Beda", "Berbeda")
AGAIN_WORDS: Final = ("halnya", "lagi")
STORY_WORDS: Final = ("kisah", "cerita", "pengalaman")  # (told of a person: `Beda lagi kisah X`)
LINK_WORDS: Final = ("dengan",) + STORY_WORDS
OTHER_OPENING: Final = (
    rf"(?:{'|'.join(CONTRAST_WORDS)})[ \t]+(?:{'|'.join(AGAIN_WORDS)})(?:[ \t]+(?:{'|'.join(LINK_WORDS)}))?"
)
TOPIC_OPENING: Final = regex.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"\u201d][ \t]))"
    rf"(?:(?P<for>{'|'.join(FOR_WORDS)})|{OTHER_OPENING})"
    rf"[ \t]+(?P<name>{SHORT_NAME})(?P<comma>[ \t]*,)?",
    regex.M,
)
# Where it is tried (see _topic_tries): at a capitalised run opening with one of FOR_WORDS
# (`Bagi Ronald`), or where the word before a run is one the other openings end with and
# the words before it end as one does (`Lain halnya dengan `).
OTHER_OPENING_ENDS: Final = frozenset(AGAIN_WORDS + LINK_WORDS)
OTHER_OPENING_BEFORE: Final = regex.compile(rf"{OTHER_OPENING}[ \t]+$")
# (How far before a run the other openings may start.)
OTHER_OPENING_REACH: Final = 40
# After the topic's comma (an age, a phrase in lower case set off perhaps), the clause's first word.
AFTER_TOPIC: Final = regex.compile(r"[ \t]*(?:\([^()]{1,20}\)[ \t]*,?)?(?:[ \t]*\p{Ll}[^,.!?\"\u201c\u201d\n]{0,80},)?[ \t]*(\p{L}+)")
# A subject pronoun there is someone other than the topic, acting for them (`Untuk Rina, ia menyiapkan ...`).
OTHER_SUBJECTS: Final = frozenset({"ia", "dia", "beliau", "mereka"})
# The words of a sentence, read for a cue that names no one (`lanjutnya`, `menurut dia`).
LETTERS: Final = regex.compile(r"\p{L}+")


def topics_turned_to(
    article: Article, para: Paragraph, spans: Spans, needed: frozenset[str], runs: list[tuple[int, int]]
) -> list[Event]:
    """Someone a sentence turns to as its topic (see TOPIC_OPENING): the sentence tells what
    they think or do, and the pronoun cue after it is theirs, not the previous speaker's
    (`Biya mengaku cocok ...`, `Untuk Virdha, ...`, then `pungkas dia`). By a name the cues
    use for someone (NEEDED: a place of the same shape is named by no cue), or for `Bagi`
    and the others also a full name with a usual first name (`Untuk X,` is as often whom
    something is done for). Not a body writing (`tulis Persib dalam ...`), nor when another
    acts in the clause (`Untuk Rina, ia ...`) or the previous speaker is still paraphrased
    (`Bagi Jokowi, katanya, ...`)."""
    text = article.text
    events: list[Event] = []
    for at in _topic_tries(article, para.start, runs):
        m = TOPIC_OPENING.match(text, at, para.end)
        if m is None:
            continue
        name = m.group("name").split()
        if m.start() in spans or (m.group("for") and not m.group("comma")) or not all_name_like(name):
            continue
        cued = all(fold(w) in needed for w in name)
        full = m.group("for") != "Untuk" and len(name) >= 2
        if not (cued or (full and (usual_name(fold(name[0])) or _story_with_an_age(text, m)))):
            continue
        if _another_acts(text, m.end()) or _still_paraphrased(text, m.end(), para.end) or _writes_as_body(text, m.group("name")):
            continue
        events.append(Event(m.start("name"), Mention(tuple(name), None, text=m.group("name")), "turned_to"))
    return events


def _story_with_an_age(text: str, m: regex.Match) -> bool:
    """Is the topic someone's story with their age after the name (`Beda lagi kisah Ronald
    Edward (51)`): a person's, whatever their name? (Not `Beda lagi dengan Dewa United
    (24)`: a club's points.)"""
    before = text[m.start() : m.start("name")].split()
    return before[-1] in STORY_WORDS and AGE.match(text, past_blanks(text, m.end("name"))) is not None


def _topic_tries(article: Article, lo: int, runs: list[tuple[int, int]]) -> list[int]:
    """Where TOPIC_OPENING may match in a paragraph from lo with these capitalised RUNS
    (every name it takes is one). (The tests cheapest first: a paragraph has a run or two
    a sentence.)"""
    text, starts, words = article.text, article.starts, article.words
    tries = []
    for start, _ in runs:
        first = text[start]
        if (first == "B" or first == "U") and text.startswith(FOR_WORDS, start):
            tries.append(start)
            continue
        i = bisect_left(starts, start)
        if i == 0 or words[i - 1] not in OTHER_OPENING_ENDS:
            continue
        before = text[max(lo, start - OTHER_OPENING_REACH) : start]
        m = OTHER_OPENING_BEFORE.search(before)
        if m is not None:
            tries.append(start - len(before) + m.start())
    return tries


def _another_acts(text: str, pos: int) -> bool:
    """Does the clause after the topic at pos open with a subject pronoun (see OTHER_SUBJECTS)?"""
    after = AFTER_TOPIC.match(text, pos)
    return after is not None and fold(after.group(1)) in OTHER_SUBJECTS


def _still_paraphrased(text: str, pos: int, end: int) -> bool:
    """Is there a cue that names no one (`katanya`, `lanjutnya`, `menurut dia`) from pos to the
    next quote mark or `end`: the topic is in the previous speaker's paraphrase?"""
    stop = min([at for at in (text.find(mark, pos, end) for mark in QUOTE_MARK_CHARS) if at >= 0], default=end)
    words = [fold(w) for w in LETTERS.findall(text, pos, stop)]
    return any(
        (w.endswith("nya") and (w[:-3] in VOCAB.cues or w == "menurutnya")) or (w in VOCAB.cue_words and after in VOCAB.pronouns)
        for w, after in zip(words, words[1:] + [""])
    )


def _writes_as_body(text: str, name: str) -> bool:
    """Does the article write `tulis X dalam ...` (`tulis Persib dalam unggahannya`): X a club or a firm?"""
    return "tulis " + name in text and regex.search(rf"\btulis[ \t]+{regex.escape(name)}[ \t]+(?:dalam|di|lewat|melalui|pada)\b", text) is not None
