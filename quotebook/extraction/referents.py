"""Referents: who the words after a cue verb mean when they name no person
outright. A description refers back to someone the article has named
(`kata pria berusia 69 tahun itu`, `tambah sang pelatih`); written words
belong to the organisation named with them (`tulis TMC`, `demikian keterangan
tertulis Polri`); other words (`tulis dokumen tersebut`, `kata perekam video`,
an initialism the article never spells out) name someone who is not the
previous speaker, so the quote is nobody's rather than a guess."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile
from dataclasses import dataclass
from typing import Final

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import VOCAB
from .tokens import DEMONSTRATIVES, fold, is_acronym, is_upper_start, keeps_period, NAME_WORD, name_like, places_of, SHORT_NAME, VERB_SHAPE, is_lower_start
from .article import Article, past_blanks
from .marks import Span
from .cues import cue_verb_after, wording_cue
from .titles import Mention, person_word
from .evidence import CHILD_AGE

# The rest of the cue's sentence: to a sentence end, a quote mark or a parenthesis.
CUE_CLAUSE: Final = re.compile(r"[ \t]*([^.;:!?\n\"\u201c\u201d()]{1,200})")  # (read by cue_clause_at)
CUE_CLAUSE_STOPS: Final = ".;:!?\n\"\u201c\u201d()"
CUE_CLAUSE_MOST: Final = 200
# A body's short form in parentheses, which a speaker phrase goes on past (`Pelajar Nahdlatul Ulama (IPNU) itu`).
SHORT_FORM_IN_PARENS: Final = re.compile(r"\([A-Z][A-Za-z0-9&\-]{1,14}\)")
DEMONSTRATIVE: Final = re.compile(r"(?:^|[ \t])(?:itu|tersebut|ini)(?:$|[ \t,])")
AGE: Final = re.compile(r"\b\d{1,3}[ \t]+tahun\b|\bberusia\b|\bberumur\b")
# A name of up to three capitalised words (group 1).
NAME_GIVEN: Final = r"(\p{Lu}[\p{L}\p{M}'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\-]*){0,2})"
# `pria yang karib disapa Cak Imin`: a description that gives the name it goes by.
ALIAS_IN_DESCRIPTION: Final = regex.compile(r"\b(?:disapa|dipanggil|sapaan)[ \t]+" + NAME_GIVEN)
# `perempuan bernama lengkap Marfuah itu`, `pria berinisial RH itu`: the name right after the
# description's head (not `pemilik pabrik bernama Sinar Jaya itu`, the factory's, nor `kuasa
# hukum tersangka berinisial AB`, the suspect's).
NAMED_AFTER_THE_HEAD: Final = regex.compile(r"\S+[ \t]+(?:bernama(?:[ \t]+lengkap)?|berinisial)[ \t]+" + NAME_GIVEN)
# The capitalised words before a parenthesis, for `Agus Harimurti Yudhoyono (AHY)`.
WORDS_BEFORE: Final = regex.compile(rf"((?:{NAME_WORD}[ \t]+){{1,6}})$")
# Each parenthesis holding up to five characters (a place `(AHY)` may stand), the
# characters: a look ahead, so none is missed inside another (`(a(AHY)`).
PARENTHESISED: Final = re.compile(r"\((?=([^)]{1,5})\))")
# A person brought into the story with an age: `Rindang Maulana Wibisono (18)`.
NAME_WITH_AGE: Final = regex.compile(rf"({SHORT_NAME})[ \t]*\([ \t]*(\d{{1,3}})[ \t]*\)")  # (group 2: the age)


@dataclass(frozen=True, slots=True, init=False)
class Referent:
    """What a cue's words mean: 'back' (a description of someone named before,
    `words` its role words), 'role' (a bare role: the one person named before
    with it, else nobody), 'statement' (`pernyataan tersebut`: the organisation
    said before to speak, else nobody), 'organisation', 'person' or 'initials' (`words` the
    name as written), or 'nobody'."""

    kind: str
    words: tuple[str, ...]
    alias: tuple[str, ...]  # 'back': the name the description says the person goes by

    def __init__(self, kind: str, words: tuple[str, ...] = (), alias: tuple[str, ...] = ()) -> None:
        object.__setattr__(self, "kind", kind)  # (see titles.Mention)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "alias", alias)

    def __reduce__(self) -> tuple:
        return (Referent, (self.kind, self.words, self.alias))


def cue_referent(article: Article, span: Span, mention: Mention | None, spelt: SpeltOut) -> Referent | None:
    """What the words after the cue verb of the quote `span` mean, when its cue
    names nobody by a name we can read (mention None, a role, or a pronoun with a
    description); None when they say nothing (`," ujarnya`, `," ujar saat ditemui`)."""
    if mention is not None and len(mention.name) > 1 and not is_lower_start(mention.text):
        return None
    cue = cue_verb_after(article, span)
    if cue is None or not is_lower_start(cue.verb):
        return None
    if cue.nya and not wording_cue(cue.verb):
        return None  # `," ujarnya`: the pronoun says who (no need to read the words after it)
    sentence = _cue_clause(article.text, cue.end)
    if _handle_on_a_platform(sentence.split()):
        return Referent("nobody")  # `tulis Instagram @suara_kampus`: an account, not one named
    if cue.written:
        return _written_in(article, sentence.split(",")[0].split()[1:])
    words = _to_phrase_stop(sentence.split(",")[0].split())
    if wording_cue(cue.verb):
        # `," bunyi surat edaran tersebut`, `," bunyinya`: the words are a text's, read as
        # after `demikian bunyi`: its owner when named, else nobody
        return _statement_owner(article, []) if cue.nya else _text_owner(article, words)
    if named := _named_after_the_description(sentence):
        # `ucap ilmuwan di balik studi tersebut, Jan Havlicek yang ...`: him; nobody when a question
        # mark stands for a letter lost in the name (`Havlí?ek`), which cut the sentence there
        lost = _after_the_clause(article.text, cue.end, sentence)
        return Referent("nobody") if lost[:1] == "?" and lost[1:].isalpha() else Referent("person", named)
    if words and mention is not None and _role_pointed_back(mention, words, sentence):
        return Referent("back", tuple(words))  # `jelas Dokter Spesialis Mata di RSUD Sentosa itu`
    if [fold(w) for w in words[:2]] in (["yang", "lain"], ["yang", "lainnya"]):
        return Referent("nobody")  # `," timpal yang lain`: another one of them, unnamed
    if words and fold(words[0]) == "mereka":
        return Referent("statement")  # `," kata mereka`: a body said before to speak, else nobody; no one person
    if not words or (_says_nothing(words[0]) and not _honorific_as_a_noun(words)):
        return None
    if mention is not None and mention.name:
        if _name_in_a_description(sentence, mention.name):
            return _description(words, sentence)
        described = len(mention.name) == 1 and _capitalised_description(words, sentence) and article.count(words[0]) == 1
        return _description(words, sentence) if described else None
    if fold(words[0]) in VOCAB.statement_nouns:
        return _text_owner(article, words)
    if words[0][:1] == "@":
        return Referent("nobody")  # `tulis @rina_melati99`: an account handle names nobody
    if is_upper_start(words[0]):
        return None if mention is not None else _unread_name(article, fold(cue.verb), words, spelt)
    return _description(words, sentence)


def _after_the_clause(text: str, pos: int, clause: str) -> str:
    """The two characters after the cue's clause (found from pos, past the blanks before it)."""
    end = text.find(clause, pos) + len(clause)
    return text[end : end + 2]


def _a_person_described(words: list[str]) -> bool:
    """Are the words a description of a person and nothing more: a word for a role or a person
    in lower case first, a demonstrative last and nowhere else, no verb nor `yang` or `sambil`
    between (not `politikus itu merujuk pada pejabat tersebut`, `ibu itu sambil memeluk foto
    putranya tersebut`: the name after them is whom they speak of)?"""
    keys = [fold(w) for w in words]
    return (
        is_lower_start(words[0]) and person_word(keys[0])
        and keys[-1] in DEMONSTRATIVES and not any(k in DEMONSTRATIVES for k in keys[:-1])
        and not any(k in ("yang", "sambil") or VERB_SHAPE.match(k) for k in keys)
    )


def _named_after_the_description(sentence: str) -> tuple[str, ...]:
    """The name set off after a description in lower case closing with a demonstrative (`ucap
    ilmuwan di balik studi tersebut, Jan Havlicek yang meneliti ...`): two to four name words,
    then the sentence's end, a comma or a word in lower case; () when there is none."""
    if "," not in sentence:
        return ()
    description, after_comma = sentence.split(",", 2)[:2]
    words = description.split()
    if len(words) < 2 or not _a_person_described(words):
        return ()
    after = after_comma.split()
    name = tuple(takewhile(is_upper_start, after))
    if len(name) < 2 or len(name) > 4 or not all(name_like(w) for w in name):
        return ()
    return name if len(after) == len(name) or is_lower_start(after[len(name)]) else ()


def _handle_on_a_platform(words: list[str]) -> bool:
    """Do the cue's words open with a platform and an account's handle, a few words at most
    between (`Instagram @x`, `Instagram resmi @x`, `Instagram resmi Pemkot Sentosa, @x`)?"""
    return bool(words) and fold(words[0]) in VOCAB.platforms and any(w.startswith("@") for w in words[1:6])


def cue_noun(article: Article, span: Span) -> str:
    """The lower-case noun that a cue after the quote `span` describes its speaker
    with (`kata pemandu di Museum Sentosa`, `ujar seorang pemandu`: `pemandu`;
    determiners skipped), folded; "" when the cue has none."""
    words = cue_words(article, span)
    while words and (fold(words[0]) in VOCAB.determiner_heads or fold(words[0]) == "satu"):
        words = words[1:]
    word = words[0] if words else ""
    return fold(word) if word.isalpha() and word.islower() and not _stops(word) and not _says_nothing(word) else ""


def noun_pointed_back(article: Article, span: Span) -> str:
    """The noun of a cue after the quote that is that noun, pointed back at by a
    demonstrative or `sang`, and nothing more (`ujar pemandu tersebut`, `kata sang
    pemandu`), folded; else ""."""
    words = cue_words(article, span)
    noun = [w for w in words if fold(w) not in VOCAB.definite_determiners and fold(w) not in DEMONSTRATIVES]
    return cue_noun(article, span) if len(noun) == 1 < len(words) else ""


def handle_after_cue(article: Article, span: Span) -> str:
    """The handle of the account a written cue says the words were written on (`tulisnya
    di akun Instagram @rinakartika`), folded, without dots and underscores; "" when
    none, or when the account is one tagged, commented on or replied to."""
    cue = cue_verb_after(article, span)
    if cue is None or fold(cue.verb) not in VOCAB.written_cues:
        return ""
    clause = _cue_clause(article.text, cue.end)
    m = OWN_ACCOUNT.search(clause)
    if m is None or any(w in clause[: m.start()] for w in NOT_ONES_OWN):
        return ""
    return m.group(1).lower().replace(".", "").replace("_", "")


# `akun @x`, `akun Instagram @x`, `akun Instagram pribadinya, @x`: the account named as one.
OWN_ACCOUNT: Final = re.compile(r"\bakun(?:[ \t]+\S+){0,2}?[ \t,]+@([\w.]{3,})")
# Words that make the account someone else's: tagged, commented on, replied to.
NOT_ONES_OWN: Final = ("menandai", "komentar", "membalas", "menyebut")


def cue_words(article: Article, span: Span) -> list[str]:
    """The words after the cue verb of the quote `span`, to a comma or the clause's end."""
    cue = cue_verb_after(article, span)
    if cue is None or cue.nya:
        return []
    return _cue_clause(article.text, cue.end).split(",")[0].split()


def _cue_clause(text: str, pos: int) -> str:
    """The rest of the cue's sentence from pos (CUE_CLAUSE), on past the period
    of an abbreviation or an initial before a capital (`di RSUD Dr. Sentosa itu`)
    and past a short form in parentheses."""
    parts: list[str] = []
    while (found := cue_clause_at(text, pos)) is not None:
        start, end = found
        parts.append(text[pos:end])
        short = SHORT_FORM_IN_PARENS.match(text, end) if text.startswith("(", end) else None
        if short is not None:
            parts.append(short.group())  # `tegas Ketua Majelis Alumni Ikatan Pelajar Nahdlatul Ulama (IPNU) itu`
            pos = short.end()
            continue
        words = text[start:end].split()
        last = words[-1] if words else ""
        if not (text.startswith(". ", end) and text[end + 2 : end + 3].isupper() and keeps_period(last + ".")):
            break
        parts.append(".")
        pos = end + 1
    return "".join(parts).strip(" \t")


def cue_clause_at(text: str, pos: int) -> tuple[int, int] | None:
    """Where CUE_CLAUSE's group starts and ends when it matches at pos, by a loop: past
    the blanks, up to 200 characters to a sentence end, a quote mark or a parenthesis;
    when none follows the blanks, the last blank given back is the group's one character."""
    n = len(text)
    pos = max(0, min(pos, n))  # (as the engine takes a place outside the text)
    start = past_blanks(text, pos)
    end = start
    while end < n and end - start < CUE_CLAUSE_MOST and text[end] not in CUE_CLAUSE_STOPS:
        end += 1
    if end > start:
        return start, end
    return (start - 1, start) if start > pos else None


def _capitalised_description(words: list[str], sentence: str) -> bool:
    """`pungkas Doktor politik Universitas Sentosa ini`: a capitalised noun, a
    common word after it, a demonstrative: a description, not a one-word name
    (`kata Rudi kepada wartawan`, `ujar Andi yang juga ketua RT itu` are names,
    and so is a word the article writes elsewhere too: `kata Musk awal minggu ini`)."""
    return (
        len(words) > 2 and is_lower_start(words[1]) and not _stops(words[1]) and fold(words[1]) != "yang"
        and not VERB_SHAPE.match(fold(words[1])) and bool(DEMONSTRATIVE.search(sentence))
    )


def _role_pointed_back(mention: Mention, words: list[str], sentence: str) -> bool:
    """Is the cue's phrase a person's role and no name, closed by a demonstrative
    (`Kepala Dinas Sentosa itu`), not a group (`tim tersebut`)?"""
    head = fold(words[0])
    return (
        mention.role_only and bool(mention.title) and head not in VOCAB.group_nouns
        and head not in VOCAB.determiner_heads and _closed_by_demonstrative(sentence)
    )


def _closed_by_demonstrative(sentence: str) -> bool:
    """Does a demonstrative close the speaker phrase (`Kepala Dinas Sentosa itu`,
    `Dokter Spesialis Mata di RSUD Sentosa, Bandung itu`)? It points back at the
    role, so the phrase describes someone named before. Where the person works
    (`di`, `dari`) belongs to the phrase; `saat`, `kepada` end it."""
    words = sentence.split()
    end = next((i for i, w in enumerate(words) if i and fold(w) in VOCAB.phrase_stops), len(words))
    return end >= 2 and fold(words[end - 1].rstrip(",")) in DEMONSTRATIVES


def _name_in_a_description(sentence: str, name: tuple[str, ...]) -> bool:
    """`kata warga Sukamaju, Kabupaten Lebak itu`, `ujar pengacara Rudi Hartono
    tersebut`: a noun for a person in lower case, the name read right after it,
    nothing but capitalised words to a demonstrative closing the phrase. The
    demonstrative points back at the noun, so the capitalised words say where the
    person is from or whose they are; the person is someone named before, not
    them. (`kata pria bernama Rudi itu` gives the name; `kata warga Sukamaju,
    Rudi` the name after the description.)"""
    first = sentence.split(None, 1)[:1]
    if first and first[0].rstrip(",") and not first[0].islower():
        return False  # (the cheap test first: that word, its commas dropped, is words[0] below)
    words = [w.rstrip(",") for w in _to_phrase_stop(sentence.split())]
    words = [w for w in words if w]
    if len(words) < 3 or fold(words[-1]) not in DEMONSTRATIVES or tuple(words[1 : 1 + len(name)]) != name:
        return False
    head = fold(words[0])
    return (
        words[0].islower() and (head in VOCAB.roles or head in VOCAB.person_nouns)
        and all(is_upper_start(w) for w in words[1:-1]) and not any(fold(w) in VOCAB.naming_words for w in words)
    )


def _says_nothing(first: str) -> bool:
    """Does the cue's phrase open with a word that leaves it to the usual rules: a
    pronoun (`kata mereka`), an honorific (`kata dr. Rizky`), a preposition (`ujar
    saat ditemui`), another cue verb (`ujar ungkap Yuwono`)?"""
    key = fold(first)
    return (
        key in VOCAB.pronouns or key in VOCAB.honorifics or (key in VOCAB.cues and not wording_cue(key))
        or key == "mereka" or _stops(first)
    )


# `ibu tiga anak`, `bapak dua anak`: a count after an honorific used as a noun.
COUNTS: Final = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split())


def _honorific_as_a_noun(words: list[str]) -> bool:
    """Is the cue's phrase a description opening with an honorific in lower case as a noun,
    a count or `rumah tangga` after it and a demonstrative closing it (`ibu tiga anak itu`,
    `bapak dua anak tersebut`), not an honorific before a name (`kata ibu Rina`) nor a
    relation (`kata ibu korban itu`: the victim's mother, read as before)?"""
    return (
        len(words) >= 3 and words[0].islower() and fold(words[0]) in VOCAB.honorifics
        and (words[1] in COUNTS or words[1:3] == ["rumah", "tangga"]) and fold(words[-1]) in DEMONSTRATIVES
    )


def _to_phrase_stop(words: list[str]) -> list[str]:
    """The words before the first that ends a speaker phrase (`di`, `saat`; not `yang`)."""
    for i, w in enumerate(words):
        if i and _stops(w) and fold(w) != "yang":
            return words[:i]
    return words


def _stops(word: str) -> bool:
    """Does the word end a speaker phrase: `saat`, `dalam`, `di`, `dari`?"""
    key = fold(word)
    return key in VOCAB.phrase_stops or key in VOCAB.circumstance_words


def _text_owner(article: Article, words: list[str]) -> Referent:
    """Words naming a text (`keterangan tertulis Polri`, `pernyataan resmi X`,
    after `bunyi` also `artikel itu`): the owner named after its statement nouns;
    nobody after a work's noun, whose capitalised words are its title (`kitab Agama`)."""
    nouns = 0
    while nouns < len(words) and fold(words[nouns]) in VOCAB.statement_nouns:
        if fold(words[nouns]) in VOCAB.work_nouns:
            return Referent("nobody")
        nouns += 1
    return _statement_owner(article, words[nouns:])


def _written_in(article: Article, words: list[str]) -> Referent:
    """The words after `tertulis dalam` (`unggahan yang dilihat`, `website resmi BKPS`):
    the text's owner when one capitalised word names it, else nobody; more such words
    may name the text itself (`laman SIRAP LKPS`: a system of the body LKPS) rather than whose it is."""
    until = next((i for i, w in enumerate(words) if fold(w) == "yang" or fold(w) in VOCAB.source_verbs), len(words))
    if sum(1 for w in words[:until] if is_upper_start(w)) > 1:
        return Referent("nobody")
    return _text_owner(article, words)


def _statement_owner(article: Article, words: list[str]) -> Referent:
    """`keterangan tertulis Polri`, `pernyataan resmi Kantor Jaksa Agung`: the
    organisation (or person) named last after the statement noun; an account
    handle (`akun Instagram @...`) or no name at all: nobody."""
    if any(w.startswith("@") for w in words):
        return Referent("nobody")
    if len(words) <= 2 and all(w.islower() and w.isalpha() for w in words) and _refers_to_a_body(words):
        body = tuple(w for w in words if fold(w) not in DEMONSTRATIVES and fold(w) not in VOCAB.group_nouns)
        return Referent("statement", body)  # `demikian pernyataan polisi`, `lanjut pernyataan tersebut`: said before
    run: list[str] = []
    for w in words:
        if is_upper_start(w) or (run and w in ("dan", "&")):
            run.append(w)
        elif fold(w) == "yang" or fold(w) in VOCAB.source_verbs:
            break  # `pernyataan tersebut dikutip Jumat`: the date it was quoted on, no owner
        else:
            run = []
    if not run:
        return Referent("nobody")
    return _organisation_or_person(article, run)


def _refers_to_a_body(words: list[str]) -> bool:
    """Are the words after a statement noun none, a demonstrative, or a word for a body
    or a role (`pernyataan tersebut`, `pernyataan polisi`): whose statement the text said before?"""
    head = fold(words[0]) if words else ""
    return not words or fold(words[-1]) in DEMONSTRATIVES or head in VOCAB.group_nouns or head in VOCAB.roles


def _organisation_or_person(article: Article, run: list[str]) -> Referent:
    """A capitalised run that owns written words: the person it names when it
    ends in a name of two or more name words after a title or an acronym
    (`P2BK Purabaya Yanto Prayitno`; not after a group's noun: `Koalisi Warga
    Peduli Pangan`), else the organisation, in the fullest form the article defines."""
    full = article.evidence.organisations.get(fold(run[0]), "") if len(run) == 1 else ""
    if full:
        return Referent("organisation", tuple(full.split()))
    mention = article.mention(" ".join(run))
    if (
        mention is not None and len(mention.name) >= 2 and fold(run[0]) not in VOCAB.group_nouns
        and (mention.title or any(is_acronym(w) for w in run[: len(run) - len(mention.name)]))
        and not any(is_acronym(w) for w in mention.name) and all(name_like(w) for w in mention.name)
    ):
        return Referent("person", mention.name)
    return Referent("organisation", tuple(run))


def _unread_name(article: Article, cue: str, words: list[str], spelt: SpeltOut) -> Referent | None:
    """Capitalised words after the cue that read as no person: an organisation
    the article defines, or one writing (`tulis TMC`); an initialism (`kata
    AHY`), the person the article spells it out for, else as written; other
    words (None) are left to the context."""
    run = []
    for w in words:
        if not is_upper_start(w):
            break
        run.append(w)
    if run and (fold(run[0]) in article.evidence.organisations or cue in VOCAB.written_cues):
        return _organisation_or_person(article, run)
    if len(run) == 1 and is_acronym(run[0]) and len(run[0]) <= 5:
        return Referent("initials", spelt.name(run[0]) or tuple(run))
    return None


def _description(words: list[str], sentence: str) -> Referent:
    """A description with no name. Definite (`sang pelatih`), with a demonstrative
    in its sentence (`pelatih asal Belanda itu`, `profesor di bidang ilmu mesin
    itu`), an age (`pelatih 51 tahun`), a relative clause on a word for a person
    (`pria yang ...`) or a word for a person (`perempuan asal Blitar`), it refers back to
    someone named before; a bare role (`ujar pelatih asal Belanda`), also with a
    relative clause (`kata warga yang ditemui di lokasi`), is the one person named
    before with it, if there is one; otherwise (`kata perekam
    video`, `kata seorang warga`, `kata petugas lain`) it is someone new and unnamed."""
    definite = fold(words[0]) in VOCAB.definite_determiners
    if definite:
        words = words[1:]
    text = " ".join(words)
    if not words or fold(words[0]) in VOCAB.determiner_heads or fold(words[0]) in VOCAB.group_nouns:
        return Referent("nobody")  # `seorang warga`, `salah satu pengguna`, `tim tersebut`
    alias = ALIAS_IN_DESCRIPTION.search(text) or NAMED_AFTER_THE_HEAD.match(text)
    if alias:
        name = tuple(w for w in alias.group(1).split() if fold(w) not in VOCAB.familiar_address)
        return Referent("back", tuple(words), name)
    relative = len(words) > 1 and words[1] == "yang"
    pointed = definite or DEMONSTRATIVE.search(sentence) or AGE.search(text) or fold(words[0]) in VOCAB.person_nouns
    head = fold(words[0])
    if relative and not pointed and (head in VOCAB.roles or head in VOCAB.offices) and head not in VOCAB.relational_roles:
        # `kata warga yang ditemui di lokasi`: only a relative clause on a role, nothing
        # pointing back: the one named before with that role, else someone new
        return Referent("role", tuple(words))
    if pointed or relative:
        return Referent("back", tuple(words))
    if _bare_role(words) and _names_someone(sentence.split(",")[0].split()):
        return Referent("nobody")  # `ujar psikolog terkenal Budi Santoso`: someone the phrase names, not one before
    if _bare_role(words) or _bare_office(words):
        return Referent("role", tuple(words))  # `ujar pelatih asal Belanda`, `kata presiden`: the one named before with it, if one
    return Referent("nobody")


def _bare_office(words: list[str]) -> bool:
    """Is the description one office word that no one holds but by office (`kata presiden`;
    not a role many hold, `kata hakim`, `kata warga`)?"""
    key = fold(words[0])
    return len(words) == 1 and key in VOCAB.offices and key not in VOCAB.roles and key not in VOCAB.relational_roles


def _names_someone(words: list[str]) -> bool:
    """Does a name stand in the cue's clause after the role, one the phrase could not
    read (`psikolog terkenal Budi Santoso`, `arkeolog paling terkenal di Sentosa dan mantan
    menteri Budi Santoso`)? A run of capitalised words right after the role is its
    organisation (`pelatih Arema FC`); one after a preposition or a verb is a place, a
    medium or someone else (`di Stadion Manahan Solo`, `didampingi Sekda Budi Hartono`)."""
    i = 2
    while i < len(words):
        if not is_upper_start(words[i]):
            i += 1
            continue
        run_start = i
        while i < len(words) and is_upper_start(words[i]):
            i += 1
        run = [w.rstrip(".") for w in words[run_start:i]]
        before = fold(words[run_start - 1])
        set_apart = (
            before in VOCAB.prepositions or before in VOCAB.phrase_stops
            or (bool(VERB_SHAPE.match(before)) and before not in VOCAB.offices and before not in VOCAB.roles)
            or (before.startswith("di") and len(before) > 6)
        )
        if not set_apart and any(_a_persons(a) and _a_persons(b) for a, b in zip(run, run[1:])):
            return True
    return False


def _a_persons(word: str) -> bool:
    """Is the word like a person's name's: name-like, no place's, organisation's or office's?"""
    key = fold(word)
    return name_like(word) and key not in VOCAB.place_words and key not in VOCAB.titles and key not in VOCAB.kinds


# Words by which a role describes another holder than one named before: `petugas lain`,
# `psikolog kedua yang diwawancarai`, `sopir berinisial BS`.
SOMEONE_ELSE: Final = frozenset({"lain", "lainnya", "kedua", "ketiga", "keempat", "kelima", "berinisial"})


def _bare_role(words: list[str]) -> bool:
    """Is the description a role described further (`pelatih asal Belanda`; a word
    alone, `kata hakim`, may be any of a bench), not someone else (`petugas lain`),
    a relation (`kuasa hukum`) or a pronoun's (`pendukung dia`)?"""
    head = fold(words[0])
    return (
        len(words) >= 2 and (head in VOCAB.roles or head in VOCAB.offices) and head not in VOCAB.relational_roles
        and not any(fold(w) in VOCAB.pronouns or fold(w) in SOMEONE_ELSE for w in words)
    )


def described_role(referent: Referent, mention: Mention | None) -> str:
    """The office a description referring back states (`mantan kapten tim nasional
    itu` gives `mantan kapten tim nasional`, as the cue's phrase writes it), to
    carry as the title of whom it means; "" for any other description. Only a
    former or deputy office (`mantan`, `wakil`, ...: data/office_modifiers.txt) is
    taken: a plain noun (`profesor di bidang ...`, `pemain asal Belgia`) is a
    paraphrase of the person, often beside a role the article states elsewhere."""
    if referent.kind != "back" or referent.alias:
        return ""
    words = [w for w in referent.words if fold(w) not in DEMONSTRATIVES]
    if len(words) < 2 or fold(words[0]) not in VOCAB.office_modifiers or not words[0].islower() or "yang" in words:
        return ""
    head = fold(words[1])
    if not (head in VOCAB.roles or head in VOCAB.offices) or head in VOCAB.person_nouns or AGE.search(" ".join(words)):
        return ""
    if mention is not None and mention.role_only and mention.title and mention.title.split()[0] == words[0]:
        words = [w for w in mention.title.split() if fold(w) not in DEMONSTRATIVES]
    return " ".join(words)


def introduced_with_age(
    article: Article, lo: int, hi: int, unlike: frozenset[str] = frozenset(), relation: tuple[str, ...] = (), age: str = ""
) -> Mention | None:
    """The last person the text between lo and hi brings in with an age
    (`Ali (19), sopir angkot,`), whom a description after the next quote means; not one
    brought in by a role of UNLIKE's (see other_sex), and when a RELATION is given, one
    brought in in it (see relation_to_another), and when an AGE is given, one brought in with it."""
    found = None
    for m in NAME_WITH_AGE.finditer(article.text, lo, hi):
        if _fits_the_description(article.text, m, unlike, relation, age):
            found = _named_with_age(article, m) or found
    return found


def brought_in_as_an_adult(
    article: Article, lo: int, hi: int, unlike: frozenset[str] = frozenset(), relation: tuple[str, ...] = (), age: str = ""
) -> Mention | None:
    """The last person the text between lo and hi brings in with an adult's age, not in what
    someone reports (`Syamsuddin (49) terus melambaikan tangan`, not `Ia mengatakan salah satu
    korban, Fitri (24), sempat pingsan`): whom a description opening the next sentence may mean;
    not one brought in by a role of UNLIKE's, and when a RELATION or an AGE is given, one brought
    in in it, with it."""
    found = None
    for m in NAME_WITH_AGE.finditer(article.text, lo, hi):
        if not _fits_the_description(article.text, m, unlike, relation, age):
            continue
        opening = article.sentence_start(lo, m.start())
        if int(m.group(2)) >= CHILD_AGE and VOCAB.reporting_pattern.search(article.text, opening, m.start()) is None:
            found = _named_with_age(article, m) or found
    return found


def other_sex(words: tuple[str, ...]) -> frozenset[str]:
    """The words for a person of the other sex than the description's head (`pria` of `kata pria
    itu`: data/female_words.txt), or none."""
    head = fold(words[0]) if words else ""
    if head in VOCAB.male_words:
        return VOCAB.female_words
    return VOCAB.male_words if head in VOCAB.female_words else frozenset()


def relation_to_another(words: tuple[str, ...]) -> tuple[str, ...]:
    """The relation a description gives its person to one the story is about (`teman korban`
    of `kata teman korban itu`, `ayah tersangka` of `ujar ayah tersangka itu`:
    data/relational_roles.txt, then data/people_in_the_news.txt), folded: someone else than
    that one, whom the text must bring in in that relation (see relation_stated_at); or ()."""
    if len(words) >= 2 and fold(words[0]) in VOCAB.relational_roles and fold(words[1]) in VOCAB.people_in_the_news:
        return fold(words[0]), fold(words[1])
    return ()


def relation_stated_at(text: str, at: int, relation: tuple[str, ...]) -> bool:
    """Does the text state the relation of the one named at `at`: in the words before the
    name, within its sentence (`Cucu korban, Rizal Fahmi`, `Ayah korban bernama Junaidi`,
    `Istrinya, Lestari`), or set off after it (`Junaidi (45), ayah korban,`, `Sugeng Riyadi,
    yang juga tetangga korban`)?"""
    before, after = _relation_patterns(relation)
    return before.search(text, max(0, at - RELATION_REACH), at) is not None or after.match(text, at) is not None


# How far before a name the relation stated for it may stand.
RELATION_REACH: Final = 60


@lru_cache(maxsize=64)
def _relation_patterns(relation: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The relation's two words before a name (see relation_stated_at), and after it."""
    # (`Istrinya, Lestari (40)`: the one spoken of's; `Kakak kandung korban`, `Paman kedua korban`)
    words = rf"\b{relation[0]}(?:(?:[ \t]+[a-z]+)?[ \t]+{relation[1]}|nya)\b"
    before = re.compile(rf"{words}[^.!?\n]{{0,25}}$", re.IGNORECASE)
    after = re.compile(
        rf"[^.!?\n,]{{0,40}}(?:\(\d{{1,3}}\))?[ \t]*,[ \t]*(?:yang[ \t]+)?(?:juga[ \t]+)?(?:merupakan[ \t]+|adalah[ \t]+)?{words}",
        re.IGNORECASE,
    )
    return before, after


def _fits_the_description(text: str, m: regex.Match, unlike: frozenset[str], relation: tuple[str, ...], age: str) -> bool:
    """May the one brought in with an age by the match of NAME_WITH_AGE be whom a description
    means: not brought in by a role of UNLIKE's, with the AGE and in the RELATION, when given
    (`kata perempuan berusia 52 tahun itu`: not her son `Dimas (19)`, brought in after her)?"""
    if (age and m.group(2) != age) or _brought_in_as_one_of(text, m.start(), unlike):
        return False
    return not relation or relation_stated_at(text, m.start(), relation)


def _brought_in_as_one_of(text: str, at: int, roles: frozenset[str]) -> bool:
    """Is the head of the role set off right before a name at `at` (folded, `-nya` left off) one
    of ROLES: `istri` of `Karto (68) dan istrinya, Warsini (63)`, `anak` of `Anak bungsu dari ibu
    penjual jamu itu` (whose mother is someone else)? No when no comma sets a role off."""
    if not roles:
        return False
    before = text[max(0, at - ROLE_REACH) : at].rstrip(" \t")
    if not before.endswith(","):
        return False
    words = ROLE_PART_END.split(before[:-1])[-1].split()
    last_and = max((i for i, w in enumerate(words) if w == "dan"), default=-1)
    head = fold(words[last_and + 1]) if 0 <= last_and < len(words) - 1 else fold(words[0]) if words else ""
    return (head[:-3] if head.endswith("nya") else head) in roles


# How far before a name its role set off is read, and what ends the part it stands in.
ROLE_REACH: Final = 60
ROLE_PART_END: Final = re.compile(r"[.,;:!?\n]")


def _named_with_age(article: Article, m: regex.Match) -> Mention | None:
    """The person a match of NAME_WITH_AGE names, when its words may be a name."""
    mention = article.mention(m.group(1))
    return mention if mention is not None and mention.name and all(name_like(w) for w in mention.name) else None


class SpeltOut:
    """The names an article spells initials out as (see spelled_out), each found once,
    among the places it writes them in parentheses, found once for all: a search of the
    whole text for each cue naming initials was quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: dict[str, tuple[str, ...]] = {}
        self.places: dict[str, list[int]] | None = None

    def name(self, initials: str) -> tuple[str, ...]:
        found = self.names.get(initials)
        if found is None:
            if self.places is None:
                self.places = {}
                for m in PARENTHESISED.finditer(self.text):
                    self.places.setdefault(m.group(1), []).append(m.start())
            indexed = len(initials) <= 5 and ")" not in initials
            places = self.places.get(initials, []) if indexed else places_of(self.text, (f"({initials})",))
            found = self.names[initials] = spelled_out(self.text, initials, places)
        return found


def spelled_out(text: str, initials: str, places: list[int]) -> tuple[str, ...]:
    """The name the article spells the initials out as, `Agus Harimurti Yudhoyono
    (AHY)`: the words right before the first of the PLACES of `(AHY)` whose first
    letters they are; () if none."""
    for at in places:
        m = WORDS_BEFORE.search(text, max(0, at - 120), at)
        words = m.group(1).split() if m else []
        for k in range(len(words) - 1, -1, -1):
            if "".join(w[0] for w in words[k:]).upper() == initials.upper():
                return tuple(words[k:])
    return ()
