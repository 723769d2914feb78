"""Speaker phrases: the words after a cue verb that name the speaker
(``kata Juru Bicara KPK Johan Budi di Jakarta, Jumat.`` gives ``Juru Bicara
KPK Johan Budi``)."""
from __future__ import annotations

import re
from typing import Final

import regex  # type: ignore[import-untyped]  # Unicode classes for capitalised words

from .vocabulary import VOCAB
from .titles import english_office, ENGLISH_HEAD_AT, ENGLISH_JOINS, opens_a_written_out_role, possessed_role, role_word, stop_with_no_phrase, WRITTEN_OUT_OPENINGS
from ..names import abbreviations
from .tokens import abbreviates, ascii_word_end, is_upper_start, keeps_period, name_like, fold, words_of, is_lower_start


PARAGRAPH_END: Final = re.compile(r"[ \t]*(?:\n|$)")
# (a lone `&` is a word: it joins two offices, `CEO & Founder PT X`, see read_speaker_phrase)
PHRASE_TOKEN: Final = re.compile(r"[ \t]*(?:(\([^()\n]{0,80}\))|([,;:.!?\u2026\"\u201c\u201d\u2013\u2014])|([^\W_][\w'\u2019\u2018.\-/&]*|&(?=[ \t])))")
# After `Covid - 19`, as text tokenised word by word writes `Covid-19`, the phrase going on
# (`Satgas Penanganan Covid - 19 Kabupaten Tegal, Joko`): one word, so the phrase is not cut at
# `Covid`, a name; not a dash aside (`Rudi Hartono - 45 tahun - yang ...`).
SPACED_HYPHEN_GOES_ON: Final = re.compile(r"[ \t]*(?:[A-Z(,])")
PHRASE_PUNCTUATION: Final = ",;:.!?\u2026\"\u201c\u201d\u2013\u2014"  # PHRASE_TOKEN's second group
PAREN_INSIDE: Final = 80  # characters at most inside a parenthesis (PHRASE_TOKEN's first group)
MOST_PHRASE_PARTS: Final = 30  # words and commas at most in a speaker phrase
# A medical doctor's title in lower case, then the name (`kata dr Rina Lestari`); other
# honorifics in lower case are most often a relation (`ujar bapak Bagas`: the father of Bagas).
DOCTOR: Final = frozenset({"dr", "drg"})
DOCTOR_WITH_PERIOD: Final = re.compile(r"[ \t]*drg?\.[ \t]*(?=[A-Z])")  # `, dr. Rina`: set off before the name
PAREN_WORDS: Final = regex.compile(r"[\p{L}\p{M}\s.\-&]{1,40}")  # `(Elsam)`, `(Persero)` inside a title
# Two bodies' short forms or more (`(ATR/BPN)`, `(Polri/Kemendag)`); not words about the
# person (`(nama disamarkan/Red)`, `(kanan/berkemeja batik)`), which end the phrase.
PAREN_BODIES: Final = re.compile(r"[A-Z][A-Za-z]*(?:/[A-Z][A-Za-z]*)+")
# `kepada detikJateng` as detik.com publishes it, with its space lost: the outlet, no word of the role.
GLUED_OUTLET: Final = ("kepadadetik", "dikutipdetik")
VERB_WORD: Final = regex.compile(r"(?:me|ber|ter)\p{L}{3,}$")  # a verb ends a lower-case speaker phrase
DATED_CREDIT: Final = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*/")  # `Kompas (19/2/2022)`
RELATIVE_CLAUSE: Final = re.compile(r"yang[ \t]+[^,.;:!?\n\"\u201c\u201d()]{1,80}(?=,[ \t]*[A-Z])")
APPOSITIVE: Final = re.compile(r"[^,.;:\n\"\u201c\u201d()]{1,80}")
PAREN_THEN_COMMA: Final = re.compile(r"\([^()\n]{1,80}\)[ \t]*,")
# After a name and its comma, another name opening a clause: a lower-case word follows it
# that is no role nor a word of a name (`Soeharto juga ...`, `Budi Santoso telah ...`), or
# an active verb (`Noel menerima ...`).
NAME_THEN_PREDICATE: Final = re.compile(
    r"[ \t]*(?:[A-Z][\w'\-]*[ \t]+){1,3}(?:juga|telah|sudah|akan|tidak|belum|masih|pun|adalah|merupakan|me[a-z]{3,}|ber[a-z]{3,})\b"
)
ROLE_AFTER_NAME: Final = 80  # characters: as far as an appositive is read
# `penuturan Pak Budi`, `keterangan dari Rina`: an account noun (after `menurut`), then a capital.
ACCOUNT_THEN_CAPITAL: Final = re.compile(
    rf"(?:{'|'.join(sorted(VOCAB.account_nouns))})(?:[ \t]+dari)?[ \t]+(?=(?-i:[A-Z]))", re.IGNORECASE
)


class PhraseToken:
    """A match of PHRASE_TOKEN: where its token starts (past the spaces and tabs) and
    ends, and the token as the group it matched, the others empty (a group that
    matches is never empty)."""

    def __init__(self, start: int, end: int, paren: str, punct: str, word: str) -> None:
        self.start = start
        self.end = end
        self.paren = paren
        self.punct = punct
        self.word = word


def phrase_token(text: str, pos: int) -> PhraseToken | None:
    """PHRASE_TOKEN.match(text, pos) as a PhraseToken: by a compiled loop over the codes
    where the token's characters are ASCII or the pattern's own (the engine's call costs
    more than a word), else by the pattern."""
    n = len(text)
    i = max(pos, 0)  # (as the engine takes a place before the text)
    while i < n and (text[i] == " " or text[i] == "\t"):
        i += 1
    if i >= n:
        return None
    c = ord(text[i])
    if c == 40:  # `(`: what is inside, up to its `)`, no line break nor other parenthesis in it
        j = i + 1
        while j < n and j <= i + PAREN_INSIDE + 1:
            d = ord(text[j])
            if d == 41:
                return PhraseToken(i, j + 1, text[i : j + 1], "", "")
            if d == 40 or d == 10:
                break
            j += 1
        return None
    if text[i] in PHRASE_PUNCTUATION:
        return PhraseToken(i, i + 1, "", text[i], "")
    if c == 38:  # `&` set off by a space or tab: a word
        return PhraseToken(i, i + 1, "", "", "&") if i + 1 < n and (text[i + 1] == " " or text[i + 1] == "\t") else None
    if not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):  # (the third group is WORD: see tokens.words_of)
        return _matched_token(text, pos) if c >= 128 else None
    j = ascii_word_end(text, i + 1, n)
    if j < n and ord(text[j]) >= 128:
        return _matched_token(text, pos)  # (perhaps a letter of the word: the pattern knows)
    if j + 3 < n and text[j + 1] == "-" and text[j] == " " and text[j + 2] == " " and 48 <= ord(text[j + 3]) <= 57:
        k = ascii_word_end(text, j + 4, n)
        if SPACED_HYPHEN_GOES_ON.match(text, k):
            return PhraseToken(i, k, "", "", text[i:j] + "-" + text[j + 3 : k])
    return PhraseToken(i, j, "", "", text[i:j])


def _matched_token(text: str, pos: int) -> PhraseToken | None:
    m = PHRASE_TOKEN.match(text, pos)
    if m is None:
        return None
    paren, punct, word = m.group(1) or "", m.group(2) or "", m.group(3) or ""
    return PhraseToken(m.end() - len(paren or punct or word), m.end(), paren, punct, word)


def read_speaker_phrase(text: str, pos: int, end: int) -> tuple[str, int]:
    """The phrase naming the speaker after a cue verb, and where it ends.

    ``kata Juru Bicara KPK Johan Budi di Jakarta, Jumat.`` gives ``Juru Bicara
    KPK Johan Budi``; ``kata salah satu pedagang sayuran, Jonathan, di Pasar``
    gives ``salah satu pedagang sayuran, Jonathan``; ``kata petugas keamanan
    di Kantor PSSI, Kamis`` gives ``petugas keamanan di Kantor PSSI``.
    """
    parts: list[str] = []
    lower_mode: bool | None = None  # the phrase started with a lower-case word
    i = pos
    while len(parts) < MOST_PHRASE_PARTS:
        m = phrase_token(text, i)
        if not m:
            break
        after = m.end
        if after > end:
            break
        paren, punct, word = m.paren, m.punct, m.word
        if paren:
            if not parts or not _paren_in_title(paren):
                break
            parts.append(paren)
        elif punct:
            if punct != "," or not parts:
                break
            if _appositive_end(text, after, end, bool(lower_mode)) is None and not _office_after_name(parts, text, after, end) and not (
                _in_a_role_set_off(parts) and _place_set_off(text, after, end)
            ):
                break
            if all(name_like(w) for w in parts) and NAME_THEN_PREDICATE.match(text, after, end) and not _office_after_name(parts, text, after, end):
                break  # `lanjut Fadli, Soeharto juga memiliki ...`: a new clause's subject, no second name of his
            parts.append(",")
            doctor = DOCTOR_WITH_PERIOD.match(text, after)
            if doctor is not None and NAME_THEN_PREDICATE.match(text, doctor.end(), end):
                parts.pop()
                break  # `kata perawat jaga, dr. Budi sudah memeriksanya`: a new clause's subject
            if doctor is not None:
                after = doctor.end()  # `CEO PT X, dr. Rina Lestari`: the doctor's `dr.` (see _appositive_end), then the name
            if _lower_case_next(text, after):
                lower_mode = True  # a role follows the name: `Ratna Dewi, ketua RT setempat`
        else:
            if not parts and _address_before_name(text, word, after, end):
                i = after  # `kata bang Rahmat`: a form of address in lower case, then the name
                continue
            clause = _relative_clause_before_name(text, m.start, end) if word == "yang" and _role_so_far(parts) else None
            if clause is not None:
                # `psikolog pendidikan yang berpraktik mandiri, Nadia Puspita`: the clause describes
                # the role and stays in it (the title), and the phrase reads on to the name
                parts.extend(text[m.start : clause].split())
                i = clause
                continue
            if fold(word) in VOCAB.apposition_words and _apposition_after_name(parts, text, after, end):
                parts.append(word)  # `Budi Santoso selaku Ketua DPRD`: read as a comma (see mentions)
                lower_mode = _lower_case_next(text, after)
                i = after
                continue
            short = _short_form_after(parts, text, after, end) if word == "atau" and parts and not lower_mode else None
            if short is not None:
                parts.extend(("atau", short.word))  # `PT Hutama Karya Infrastruktur atau HKI Budi`: read on
                i = short.end
                continue
            if word == "&" and not (parts and _office_word(parts[-1])):
                break  # `kata Budi & Rina`: two people (`CEO & Founder` joins two offices)
            if parts and not lower_mode and is_lower_start(word):
                if _second_of_a_role(parts[-1], word):
                    parts.append(word)  # `Pelaksana tugas Direktur ...`: a role of two words (`Plt`), its second in lower case
                    i = after
                    continue
                if ORDINAL.fullmatch(word):
                    if not _one_office(parts) or not _next_is_upper(text, after, end):
                        break  # `kata Juru Bicara Presiden ke-7 RI X`: the ordinal's office is X's, not the speaker's
                    parts.append(word)  # `Presiden ke-7 RI Joko Widodo`: the office's ordinal
                    i = after
                    continue
            sentence_end = _ends_sentence(text, word, after)
            bare = word.rstrip(".") if sentence_end else word
            stop, mode = _takes_word(text, bare, bool(parts), lower_mode, after, end)
            if stop and (
                _month_inside_name(parts, bare, text, after, end) or _surname_yang(parts, bare, text, after)
                or _preposition_inside_a_name(parts, bare, text, after, end) or _office_then_its_body(parts, bare, text, after, end)
                or _role_at_a_body(parts, bare, lower_mode, text, after, end)
            ):
                stop, mode = False, False
            if stop and lower_mode and parts and fold(parts[-1]) == "paling" and _superlative_ends(text, after, end):
                stop = False  # `arkeolog paling terkenal di Mesir`: a superlative's adjective, not a verb
            if stop and lower_mode and (sentence_end or text[after : after + 1] == ",") and stop_with_no_phrase(bare):
                stop = False  # `kata Rina, dokter spesialis penyakit dalam.`: the role's word, no phrase
            if stop:
                break
            if not mode and _role_after_age(parts, bare):
                parts.append(",")  # `Dodo (40) warga yang tinggal ...`: the role after the age, set off
                mode = True
            lower_mode = mode
            parts.append(bare)
            if sentence_end:
                i = after
                break
        i = after
    phrase = " ".join(parts).replace(" ,", ",").strip(", ")
    return phrase, i


def past_account_noun(text: str, pos: int) -> int:
    """After `menurut`, where its person starts: past a noun for their account
    (`Menurut penuturan Pak Budi`, `menurut keterangan dari Rina`) when a
    capitalised word follows it; else pos."""
    m = ACCOUNT_THEN_CAPITAL.match(text, pos)
    return m.end() if m else pos


def _address_before_name(text: str, word: str, after: int, end: int) -> bool:
    """Is the word a form of address written in lower case before a capitalised
    name (`kata bang Rahmat`, `tanya sus Wati`)? It names nobody itself."""
    return is_lower_start(word) and fold(word) in VOCAB.address_words and _next_is_upper(text, after, end)


def _short_form_after(parts: list[str], text: str, pos: int, end: int) -> PhraseToken | None:
    """The acronym of the capitalised words before `atau` that follows it (`... Karya
    Infrastruktur atau HKI`), if one does."""
    nxt = phrase_token(text, pos)
    return nxt if nxt and nxt.word and nxt.end <= end and abbreviates(parts, nxt.word) else None


def _office_word(word: str) -> bool:
    key = fold(word)
    return key in VOCAB.offices or key in VOCAB.english_offices


def _in_a_role_set_off(parts: list[str]) -> bool:
    """Does the phrase so far end with a role set off after a comma, opening in lower case,
    perhaps with places set off after it (`Rina, warga Jonggol`, `Rina, warga Desa X,
    Kecamatan Y`)?"""
    k = len(parts)
    while k > 0:
        start = k - 1
        while start > 0 and parts[start - 1] != ",":
            start -= 1
        if start == 0:
            return False
        if is_lower_start(parts[start]):
            return True
        if fold(parts[start]) not in VOCAB.region_kinds:
            return False
        k = start - 1  # (a place set off before: the part before its comma)
    return False


def _place_set_off(text: str, pos: int, end: int) -> bool:
    """After a role and a comma, does a place follow, set off to a comma or the sentence's end
    (`kata Rina, warga Jonggol, Kabupaten Bogor.`, `..., Jawa Barat, Senin`): where the role
    is, the title's? Its words are a kind of region and place words, at most four."""
    words = 0
    i = pos
    while True:
        nxt = phrase_token(text, i)
        if nxt is None or nxt.end > end or nxt.paren:
            return words > 0  # (the phrase's end, or a parenthesis after the place)
        if nxt.punct:
            return words > 0 and nxt.punct in ",."
        key = fold(nxt.word.rstrip("."))
        if not is_upper_start(nxt.word) or not (key in VOCAB.place_words or key in VOCAB.region_kinds or key in VOCAB.compass_words):
            return False
        words += 1
        if words > 4:
            return False
        if nxt.word.endswith("."):
            return True  # (the sentence's period glued to the last word)
        i = nxt.end


def _office_after_name(parts: list[str], text: str, pos: int, end: int) -> bool:
    """After a name and a comma, does an office follow, written in capitals
    (`ujar Sri Wahyuni, Kepala Dinkes Kulon Progo, di ...`): the name's role?"""
    words = [p for p in parts if not p.startswith("(")]  # an age: `Sutini (52), Kepala Dusun ...`
    if not words or not all(name_like(w) for w in words) or "," in parts:
        return False
    nxt = phrase_token(text, pos)
    if not nxt or not nxt.word or nxt.end > end:
        return False
    word = nxt.word
    return is_upper_start(word) and (fold(word) in VOCAB.offices or english_office(words_of(text, pos, min(end, pos + ROLE_AFTER_NAME))))


def _apposition_after_name(parts: list[str], text: str, pos: int, end: int) -> bool:
    """After a name, does a role or an office follow the word that sets it off
    (`Budi Santoso selaku kuasa hukum ...`, `... selaku Ketua DPRD ...`)?"""
    words = [p for p in parts if not p.startswith("(")]
    nxt = phrase_token(text, pos)
    if not words or not all(name_like(w) for w in words) or "," in parts or not nxt or not nxt.word or nxt.end > end:
        return False
    key = fold(nxt.word)
    if key in VOCAB.roles or key in VOCAB.offices or key in VOCAB.relational_roles:
        return True
    run: list[str] = []
    for word in text[pos:end].split()[: 2 * ENGLISH_HEAD_AT]:  # `selaku Managing Director Vidio`: an office in English
        if not is_upper_start(word) and word not in ENGLISH_JOINS:
            break
        run.append(word.strip(",."))
    return english_office(run)


def _role_so_far(parts: list[str]) -> bool:
    """Did the phrase open with a lower-case role (`warga asal Ungaran`)?"""
    return bool(parts) and is_lower_start(parts[0])


def _relative_clause_before_name(text: str, pos: int, end: int) -> int | None:
    """`yang berpraktik mandiri, Nadia Puspita,` at pos, after a role: where the
    relative clause ends when a name set off by a comma follows it; else None."""
    m = RELATIVE_CLAUSE.match(text, pos, end)
    if m is None or _appositive_end(text, m.end() + 1, end, True) is None or _ends_in_someone_else(m.group().split()):
        return None
    after = words_of(text[m.end() + 1 : m.end() + 60])
    return m.end() if after and name_like(after[0]) and fold(after[0]) not in VOCAB.not_names else None


def _ends_in_someone_else(clause: list[str]) -> bool:
    """Does the relative clause (`yang ...`) end by bringing in a companion, whose name
    the one set off after it is (`yang didampingi perawat, Rina`, `yang datang bersama
    istrinya, Siti`), or in a relative of the holder's (`yang menggendong putrinya,
    Aisyah`)? Not an object the holder acts on (`yang menangani korban, Andi`)."""
    words = [fold(w) for w in clause[-4:]]
    if words and words[-1].endswith("nya") and _relative(words[-1][:-3]):
        return True
    joined = max((i for i, w in enumerate(words) if w in COMPANION_WORDS), default=-1)
    return joined >= 0 and any(role_word(w) or _relative(w) or _relative(w[:-3]) for w in words[joined + 1 :])


def _relative(key: str) -> bool:
    """A relative's word, as in data/relational_roles.txt or RELATIVES (`istri`, `putri`);
    called with a word's last three letters cut too, for its -nya (`istrinya`)."""
    return key in VOCAB.relational_roles or key in RELATIVES


# The words bringing in someone who comes along (`didampingi`, `bersama`).
COMPANION_WORDS: Final = frozenset(("bersama", "didampingi", "ditemani", "dengan", "membonceng", "mengajak", "menggendong"))
# Relatives beside data/relational_roles.txt, which holds those that are also roles of a kind.
RELATIVES: Final = frozenset(("putri", "putra", "bayi", "balita", "saudara", "saudari", "nenek", "kakek"))


def _paren_in_title(paren: str) -> bool:
    """A parenthesis inside a speaker phrase: an age, or words (`(Persero)`)."""
    inner = paren[1:-1].strip()
    return inner.isdigit() or bool(PAREN_WORDS.fullmatch(inner)) or bool(PAREN_BODIES.fullmatch(inner))


def _lower_case_next(text: str, pos: int) -> bool:
    nxt = phrase_token(text, pos)
    return bool(nxt and nxt.word and not is_upper_start(nxt.word))


def _ends_sentence(text: str, word: str, after: int) -> bool:
    """Does the word's final period end the sentence (not an initial's or an
    abbreviation's, unless the paragraph ends there: `kata Mahfud MD.`; nor a role
    abbreviation's before the office it heads: `kata Plt. Direktur Jenderal ...`)?"""
    if not word.endswith(".") or _abbreviated_role_before_office(text, word, after) or _rank_before_name(text, word, after):
        return False
    return not keeps_period(word) or bool(PARAGRAPH_END.match(text, after)) or _letters_of_a_body(text, word, after)


# Two capitals written after a body's acronym as part of it (`TNI AL`, `DPR RI`); not
# initials, which may follow an acronym too (`Ketua PCNU KH. Fahmi`, `Ketua DPRD HM. Rusli`).
BODY_SUFFIXES: Final = frozenset({"RI", "AL", "AD", "AU", "UI", "AS"})


def _letters_of_a_body(text: str, word: str, after: int) -> bool:
    """Is the word two capitals of a body and a period right after a body's acronym (`TNI
    AL.`, `DPR RI.`): ending the sentence, no one's initials (`Budi S.`, `PCNU KH.`)?"""
    if not (len(word) == 3 and word[:2] in BODY_SUFFIXES):
        return False
    before = text[max(0, after - len(word) - 12) : after - len(word)].split()
    return bool(before) and len(before[-1]) >= 3 and before[-1].isupper() and before[-1].isalpha()


def _rank_before_name(text: str, word: str, after: int) -> bool:
    """Is the word a corps' abbreviation with its period after a rank (`Letkol Inf.`, `Kombes
    Pol.`), then, one space on, a word that may open a name (`Letkol Inf. Muhammad Arif`)?
    A pronoun or an opener after it starts a sentence (`... Letkol Inf. Ia ...`), and so does
    a word after an office (`kata Panglima TNI. Kapal ...`)."""
    if fold(word) not in VOCAB.ranks or word.isupper():
        return False
    before = text[: after - len(word)].split()
    if not before or fold(before[-1]) not in VOCAB.ranks:
        return False
    nxt = phrase_token(text, after)
    return bool(nxt and nxt.word and text[after : nxt.start] == " " and is_upper_start(nxt.word) and name_like(nxt.word))


def _abbreviated_role_before_office(text: str, word: str, after: int) -> bool:
    """Is the word an office modifier's abbreviation with its period (`Plt.`, `Plh.`),
    then an office on the same line (`Direktur`, `Kapusdatin`)? It never stands
    alone; a role's abbreviation may end a sentence before the next one opens with
    an office (`kata Menkeu. Gubernur Jawa Barat ...`, `tegas Kapolres. Ia ...`)."""
    if fold(word) not in VOCAB.office_modifiers:  # (fold drops the period: the word itself was folded before)
        return False
    nxt = phrase_token(text, after)
    key = fold(nxt.word) if nxt and nxt.word and text[after : nxt.start] == " " else ""
    return key in VOCAB.offices or key in abbreviations()


# An ordinal written with digits: `ke-7`.
ORDINAL: Final = re.compile(r"ke-\d{1,3}")


def _second_of_a_role(previous: str, word: str) -> bool:
    """Is the (lower-case) word the second of a role written out in two words after the
    previous (`Pelaksana tugas`, as `Plt` abbreviates it)?"""
    return word in WRITTEN_OUT_SECONDS and opens_a_written_out_role([previous, word], 0)


# The second words of the roles written out in two words (a word not among them is tested no further).
WRITTEN_OUT_SECONDS: Final = frozenset(second for seconds in WRITTEN_OUT_OPENINGS.values() for second in seconds)


def _one_office(parts: list[str]) -> bool:
    """Are the parts one office word, perhaps after its modifiers (`Presiden`, `Wakil Presiden`)?"""
    keys = [fold(p) for p in parts]
    return bool(keys) and keys[-1] in VOCAB.offices and all(k in VOCAB.office_modifiers for k in keys[:-1])


def _takes_word(
    text: str, bare: str, has_parts: bool, lower_mode: bool | None, after: int, end: int
) -> tuple[bool, bool | None]:
    """Whether the word ends the phrase before it (stop), and the phrase's
    mode after it: a lower-case phrase (a role) goes on through lower-case
    words; after a name, a lower-case word ends the phrase."""
    key = fold(bare)
    if bare[:1].isdigit() and has_parts and not lower_mode:
        return False, lower_mode  # a unit's number inside a title: `Daop 8 Surabaya`, `RT 001`
    if is_upper_start(bare):
        if key in VOCAB.not_names and key not in VOCAB.pronouns and has_parts and not _part_of_a_name(key, text, after):
            return True, lower_mode
        return False, False if lower_mode is None or name_like(bare) else lower_mode
    if not has_parts:
        if key in DOCTOR and _next_is_upper(text, after, end):
            return False, True  # `kata dr Rina Lestari, dokter ...`: a medical doctor's `dr`, then the name
        return (False, True) if _opens_lower_phrase(key) else (True, lower_mode)
    if lower_mode:
        stop = key in VOCAB.phrase_stops or key in VOCAB.source_verbs or key.startswith(GLUED_OUTLET) or bool(
            VERB_WORD.match(key) and key not in VOCAB.roles and key not in VOCAB.titles
            and key not in VOCAB.naming_words
        )
        return stop, lower_mode
    if key == "sekaligus" and _next_is_role(text, after, end):
        return False, True  # `Budi, ekonom asal Sentosa sekaligus wakil direktur ...`: a second role of the same person
    # `Direktur RSUD Sentosa dr Rina Wati`: a medical doctor's `dr` before the name goes on
    goes_on = key in VOCAB.title_connectors or key in VOCAB.honorifics
    return not (goes_on and _next_is_upper(text, after, end, key in VOCAB.english_connectors)) and key not in VOCAB.roles, lower_mode


def _superlative_ends(text: str, after: int, end: int) -> bool:
    """Does the adjective after `paling` end the description, or only a place follow it
    before a comma (`paling terkenal di Mesir, Zahi Hawass`)? Not a complement that may
    name someone else (`pemain paling terpukul atas kepergian pelatih Hendra`, `menteri
    paling berpengaruh di kabinet Presiden Prabowo Subianto`: neither is the speaker)."""
    m = phrase_token(text, after)
    if m is None or m.end > end or m.punct:
        return True
    if m.word not in VOCAB.place_words_before or not is_lower_start(m.word):
        return False  # (a preposition of place: `di`, `dari`, `asal`)
    at, words = m.end, 0
    while (t := phrase_token(text, at)) is not None and t.end <= end and not t.punct:
        key = fold(t.word)
        if not (key in VOCAB.place_words or key in VOCAB.region_kinds) and (
            not is_upper_start(t.word) or key in VOCAB.titles or key in VOCAB.offices
        ):
            return False  # (`di kabinet ...`, `di bawah asuhan pelatih ...`: no place's word)
        at, words = t.end, words + 1
    return t is not None and t.end <= end and t.punct == "," and words > 0


def _part_of_a_name(key: str, text: str, after: int) -> bool:
    """Is a capitalised word that opens no name elsewhere part of one here: `Sumber` (a
    source's credit, `Sumber: Antara`) as the first word of `Sumber Daya` (resources) in a
    body's name (`Balai Konservasi Sumber Daya Alam`), `Lalu` ("then") as the Sasak title
    opening a name (`Kepala Dinas Sosial, Lalu Samsul Adnan`; not `Lalu Lintas`, traffic)?"""
    if key == "sumber":
        return text.startswith(" Daya", after) and not text[after + 5 : after + 6].isalnum()
    if key == "lalu":
        nxt = text[after : after + 40].split(None, 1)
        return text[after : after + 1] == " " and bool(nxt) and name_like(nxt[0].rstrip(".,")) and fold(nxt[0]) != "lintas"
    return False


def _surname_yang(parts: list[str], bare: str, text: str, after: int) -> bool:
    """Is the capitalised `Yang` the surname ending a name (`kata Li Ming Yang, Direktur
    ...`), right after a name word and before no capitalised word? The pronoun is lower case."""
    if bare != "Yang" or not parts or not name_like(parts[-1]):
        return False
    nxt = phrase_token(text, after)
    return not (nxt and nxt.word and is_upper_start(nxt.word))


def _month_inside_name(parts: list[str], bare: str, text: str, after: int, end: int) -> bool:
    """Is the capitalised month a name word between two others (`Raja Juli Antoni`),
    not a date after the name (`kata Budi Juli lalu`, `Budi, Juli 2025`)?"""
    if not parts or fold(bare) not in VOCAB.months or not name_like(parts[-1]):
        return False
    return name_like(_word_one_space_after(text, after, end))


def _preposition_inside_a_name(parts: list[str], bare: str, text: str, after: int, end: int) -> bool:
    """Is the capitalised preposition after an office word a word of the name of its
    firm (`CEO & Founder Tentang Anak`), not a phrase after the speaker?"""
    if not parts or not _office_word(parts[-1]) or not is_upper_start(bare) or fold(bare) not in VOCAB.prepositions:
        return False  # (after an office only: `kata Budi Santoso Di Kantornya` in title case is a phrase)
    return is_upper_start(_word_one_space_after(text, after, end))


def _office_then_its_body(parts: list[str], bare: str, text: str, after: int, end: int) -> bool:
    """Is `dari` between an office set off after the name and its body in capitals
    (`Amanda McKenzie, CEO dari Climate Council`), not a phrase after the speaker?"""
    if bare != "dari" or len(parts) < 2 or parts[-2] != "," or not _office_word(parts[-1]):
        return False
    return is_upper_start(_word_one_space_after(text, after, end))


def _role_at_a_body(parts: list[str], bare: str, lower_mode: bool | None, text: str, after: int, end: int) -> bool:
    """Is `pada` between a role in lower case and the body it works at, named by its kind
    (`peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy`, `dosen pada Universitas
    Sentosa`), not a phrase of time after the speaker (`kata peneliti pada Senin`) nor a body
    spoken to (see BODIES_WORKED_AT)?"""
    if bare != "pada" or not lower_mode or not parts or fold(parts[-1]) not in STAFF_ROLES:
        return False
    if any(fold(p) in VOCAB.determiner_heads for p in parts):
        return False  # `kata seorang buruh pada Komisi E DPRD ...`: someone unnamed, speaking to the body
    body = _word_one_space_after(text, after, end)
    return is_upper_start(body) and fold(body) in BODIES_WORKED_AT


# The roles that work at a body (`peneliti pada Lembaga ...`); not one who speaks to it
# (`kata korban pada Lembaga Bantuan Hukum ..., Ratna ...`, `ujar wali murid pada Sekolah ...`).
STAFF_ROLES: Final = frozenset({"peneliti", "dosen", "pengajar", "staf", "analis", "pegawai", "karyawan", "akademisi", "ekonom"})
# Bodies a role works at, not an authority one speaks to (`keluh pedagang pada Satgas Pangan, AKP
# ...`, `tutur korban pada Unit Reskrim ...`: the one spoken to): research, teaching, civil society.
BODIES_WORKED_AT: Final = frozenset({
    "organisasi", "lembaga", "pusat", "fakultas", "universitas", "institut", "politeknik", "akademi", "sekolah", "yayasan",
})


def _word_one_space_after(text: str, pos: int, end: int) -> str:
    """The phrase's next word when one space stands before it at pos, else ""."""
    nxt = phrase_token(text, pos)
    return nxt.word if nxt and nxt.word and nxt.end <= end and text[pos : nxt.start] == " " else ""


def _role_after_age(parts: list[str], bare: str) -> bool:
    """Is the lower-case word a role right after a name's age (`Dodo (40) warga`)?"""
    return (
        bool(parts) and not is_upper_start(bare) and fold(bare) in VOCAB.roles
        and parts[-1][:1] == "(" and parts[-1][1:-1].strip().isdigit()
    )


def _opens_lower_phrase(key: str) -> bool:
    """Can a speaker phrase open with this lower-case word (`dia`, `warga`, `salah satu`,
    a role with -nya: `tetangganya, Rina`, an English office: `co-founder X, Rina`)?"""
    return (
        key in VOCAB.pronouns or key in VOCAB.roles or key in VOCAB.titles or possessed_role(key)
        or key in VOCAB.determiner_heads or key in VOCAB.english_offices
    )


def _next_is_role(text: str, pos: int, end: int) -> bool:
    m = phrase_token(text, pos)
    return bool(m and m.word and m.end <= end and (fold(m.word) in VOCAB.roles or fold(m.word) in VOCAB.offices))


def _next_is_upper(text: str, pos: int, end: int, english: bool = False) -> bool:
    """Does a capitalised word come next; after an English connector, perhaps after another
    (`Director of the Asian Labour Forum`)?"""
    m = phrase_token(text, pos)
    if english and m and m.word in VOCAB.english_connectors and m.end <= end:
        m = phrase_token(text, m.end)
    return bool(m and m.word and m.end <= end and is_upper_start(m.word))


def _appositive_end(text: str, pos: int, end: int, lower_mode: bool) -> int | None:
    """After a comma in a speaker phrase: does a name (or rank and name) follow,
    as in `pedagang sayuran, Jonathan,`? Then where it ends, else None."""
    doctor = DOCTOR_WITH_PERIOD.match(text, pos)
    m = APPOSITIVE.match(text, doctor.end() if doctor else pos)
    if not m or m.end() > end:
        return None
    found = words_of(m.group(0))
    if len(found) > 1 and fold(found[0]) in DOCTOR and is_lower_start(found[0]):
        found = found[1:]  # `CEO PT X, dr. Rina Lestari`: a medical doctor's `dr`, then the name
    elif len(found) > 2 and fold(found[0]) in VOCAB.ranks and found[1] in DOCTOR:
        found = found[:1] + found[2:]  # `Kasubdit Dokpol, AKBP dr Adam Bimantoro`: a rank, a doctor's `dr`
    words = _leading_capitals(found)
    units = _units_listed(words)
    if not words:
        # A role after the name: `kata Ratna Dewi, ketua RT setempat`; the words of its
        # organisation's name do not count (`ekonom asal X sekaligus wakil direktur Lembaga Riset X`).
        lower = sum(1 for w in found if not is_upper_start(w))
        if not lower_mode and found and lower <= 8 and (fold(found[0]) in VOCAB.roles or fold(found[0]) in VOCAB.offices):
            return m.end()
        return None
    if len(words) > 6 + units or (fold(words[0]) in VOCAB.not_names and not _part_of_a_name(fold(words[0]), " ".join(words), len(words[0]))):
        return None
    if m.group(0).strip() == words[0] and DATED_CREDIT.match(text, m.end()):
        return None  # `kata Rahmat, Kompas (19/2/2022)`: the outlet and date of the interview
    if not any(name_like(w.rstrip(".")) for w in words) and not _appositive_end(text, _next_part(text, m.end()), end, lower_mode):
        return None  # a place may stand between role and name: `Kepala Puskesmas X, Jakarta Utara, Edison`
    return m.end()


def _next_part(text: str, pos: int) -> int:
    """Where the next comma-separated part starts after one ending at pos: past the
    comma, or past a parenthesis and its comma (`Perikanan dan Peternakan (DPPP), Rina`)."""
    paren = PAREN_THEN_COMMA.match(text, pos)
    return paren.end() if paren else pos + 1


def _leading_capitals(found: list[str]) -> list[str]:
    """The capitalised words (and name particles) that open the words found."""
    if found and fold(found[0]) in ("dan", "serta") and len(found) > 1 and is_upper_start(found[1]):
        found = found[1:]  # the last item of a list of units: `Ketahanan Pangan, Kelautan, dan Pertanian`
    words: list[str] = []
    for i, w in enumerate(found):
        listed = fold(w) in ("dan", "serta") and i + 1 < len(found) and is_upper_start(found[i + 1])
        if not (is_upper_start(w) or fold(w) in VOCAB.name_particles or (words and listed)):
            break
        words.append(w)
    return words


def _units_listed(words: list[str]) -> int:
    """The words the last item of a list of units adds to an office's name
    (`Kepala Pusat Data, Informasi dan Hubungan Masyarakat BPBD ...`): the
    words up to its `dan`; 0 when the words hold no list."""
    return next((i + 1 for i, w in enumerate(words) if i and fold(w) in ("dan", "serta")), 0)
