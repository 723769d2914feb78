"""Aliases, appositions and layout on text nobody tuned the rules on (issue 12,
branch i12-r4-alias). Every text is invented, in the shape of Indonesian news
sentences; each case gives the (speaker, title) expected for the LAST quote in it.
Titles compare as sets of lower-case words."""
from __future__ import annotations

import pytest

from .test_speakers import check, table


# A nickname of several words in parentheses after the name (an honorific or a
# familiar address and a name word) belongs to the name, at the cue and later.
NICKNAMES_IN_PARENS = table(
    (
        "honorific-nickname-at-the-cue",
        "SENTOSA, KOMPAS.com - Banjir merendam tiga desa.\n\n"
        '"Kami siap membantu warga," kata Hendra Wibisana (Gus Hendra), dikutip dari Antara.',
        "Hendra Wibisana", None,
    ),
    (
        "honorific-nickname-later",
        "SENTOSA, KOMPAS.com - Banjir merendam tiga desa.\n\n"
        '"Kami siap membantu warga," kata Hendra Wibisana (Gus Hendra), dikutip dari Antara.\n\n'
        '"Semua posko sudah kami siapkan," kata Gus Hendra.',
        "Hendra Wibisana", None,
    ),
    (
        "familiar-nickname-before-a-role",
        "SENTOSA, KOMPAS.com - Harga beras naik lagi.\n\n"
        '"Harga naik terus," kata Sugeng Raharjo (Pak Geng), pedagang beras.',
        "Sugeng Raharjo", "pedagang beras",
    ),
    (
        "office-name-nickname",
        "SENTOSA, KOMPAS.com - Warga berkumpul di balai.\n\n"
        '"Kami mendukung," kata Ketua RT, Joko Prasetyo (Cak Jok).',
        "Joko Prasetyo", "Ketua RT",
    ),
)


@pytest.mark.parametrize("text,speaker,title", NICKNAMES_IN_PARENS)
def test_a_nickname_in_parentheses_belongs_to_the_name(text, speaker, title):
    check(text, speaker, title)


# A dateline glued to the story by a dash with no space (`KOMPAS.com-Ketua`,
# `KOMPAS.com- Ketua`) ends a clause as a spaced one does: the city is no title.
GLUED_DATELINES = table(
    (
        "no-space-around-the-dash",
        "SENTOSA, KOMPAS.com-Penyanyi Rina Handayani mengaku akan menikah tahun depan.\n\n"
        '"Doakan saja," kata Rina.',
        "Rina Handayani", "Penyanyi",
    ),
    (
        "space-after-the-dash-only",
        "JAKARTA, KOMPAS.com- Penyanyi Rina Handayani mengaku akan menikah tahun depan.\n\n"
        '"Doakan saja," kata Rina.',
        "Rina Handayani", "Penyanyi",
    ),
    (
        "name-set-off-by-commas",
        "SENTOSA, KOMPAS.com- Ketua DPRD Sentosa, Rudi Hartawan, menilai anggaran sudah cukup.\n\n"
        '"Tidak perlu ditambah," katanya.',
        "Rudi Hartawan", "Ketua DPRD Sentosa",
    ),
    (
        "domain-ending-in-id",
        "JAKARTA, beritasentosa.id- Penyanyi Rina Handayani mengaku akan menikah tahun depan.\n\n"
        '"Doakan saja," kata Rina.',
        "Rina Handayani", "Penyanyi",
    ),
)


@pytest.mark.parametrize("text,speaker,title", GLUED_DATELINES)
def test_a_glued_dateline_is_no_part_of_the_title(text, speaker, title):
    check(text, speaker, title)


# A word the corpus writes in lower case opens a sentence without opening a name
# (`Terlepas dari itu, ...`), a rarer one too when the corpus never capitalises it
# in mid-sentence; but one the article itself capitalises in mid-sentence (`jelas
# Cucu`) is a name there.
SENTENCE_OPENERS = table(
    (
        "rare-common-word-opens-the-sentence",
        "SENTOSA, KOMPAS.com - Warga menggelar rapat di balai desa.\n\n"
        '"Kami mendukung," kata Rina Handayani, Ketua RT 05.\n\n'
        'Terlepas dari itu, ia menilai program itu baik. "Kami siap," ujarnya.',
        "Rina Handayani", "Ketua RT 05",
    ),
    (
        "common-word-the-article-capitalises-mid-sentence",
        "SENTOSA, KOMPAS.com - Mal dibuka kembali pekan ini.\n\n"
        "Cucu Suryana, Kepala Dinas Pariwisata Sentosa, menjelaskan aturan baru itu. "
        "Pengunjung dibatasi, lanjut Cucu, sesuai kapasitas gedung.\n\n"
        '"QR code ini bukan alat pelacak," jelas Cucu.',
        "Cucu Suryana", "Kepala Dinas Pariwisata Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", SENTENCE_OPENERS)
def test_a_common_word_opening_a_sentence_is_no_name(text, speaker, title):
    check(text, speaker, title)


# The phrases that open a sentence before its subject come from the corpus
# (scripts/sentence_openers.py): connectives set off by a comma in many articles
# open a clause without the comma too; a phrase naming who speaks does not.
@pytest.mark.parametrize(
    "before,opens",
    [
        ("Oleh karena itu", True),
        ("Di samping itu", True),
        ("Pasalnya", True),
        ("Sementara itu", True),
        ("Menurutnya", False),
        ("Ia menambahkan", False),
        ("berkat dukungan", False),
    ],
)
def test_an_opening_phrase_from_the_corpus_opens_the_clause(before, opens):
    from quotebook.extraction.context import _opens_clause

    assert _opens_clause(before) is opens


# `selaku` sets a role off after a name as a comma does: the role is the title and
# the name the speaker, never a place at the role's end.
SELAKU = table(
    (
        "after-the-name-at-the-cue",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\n"Kami siap," kata Budi Santoso selaku Ketua DPRD Sentosa.',
        "Budi Santoso", "Ketua DPRD Sentosa",
    ),
    (
        "subject-before-the-quote",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\nBudi Santoso selaku Ketua DPRD Sentosa mengatakan, "Kami siap."',
        "Budi Santoso", "Ketua DPRD Sentosa",
    ),
    (
        "relational-role-after-selaku",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\n"Kami akan banding," ujar Dedi Kurniawan selaku kuasa hukum Ratna Sari.',
        "Dedi Kurniawan", "kuasa hukum Ratna Sari",
    ),
    (
        "relational-role-and-the-clients-age-after-selaku",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\n"Kami akan banding," ujar Dedi Kurniawan selaku kuasa hukum Ratna Sari (30).',
        "Dedi Kurniawan", "kuasa hukum Ratna Sari",
    ),
    (
        "relational-role-and-the-clients-age-after-a-comma",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\n"Kami akan banding," ujar Dedi Kurniawan, kuasa hukum Ratna Sari (30).',
        "Dedi Kurniawan", "kuasa hukum Ratna Sari",
    ),
    (
        "stated-before-a-pronoun-cue",
        "SENTOSA, KOMPAS.com - Warga terluka.\n\nBahrun Saleh selaku Kepala Desa Sukamaju menjelaskan kejadian itu.\n\n"
        '"Korban dibawa ke rumah sakit," sambungnya.',
        "Bahrun Saleh", "Kepala Desa Sukamaju",
    ),
)


@pytest.mark.parametrize("text,speaker,title", SELAKU)
def test_selaku_sets_the_role_off_as_a_comma_does(text, speaker, title):
    check(text, speaker, title)


# Someone named only by initials, after a role with an age or after `berinisial`,
# is that person, written as the article writes them (GUIDELINES: an initialism
# the article does not spell out stays as written); an acronym after a role with
# neither (`warga AS`) stays part of the role.
INITIALS = table(
    (
        "initials-and-an-age-after-a-role",
        'SENTOSA, KOMPAS.com - Polisi menangkap pelaku AS (34) di rumahnya.\n\n"Saya khilaf," ujar pelaku AS (34).',
        "AS", "pelaku",
    ),
    (
        "berinisial-then-a-pronoun-cue",
        "SENTOSA, KOMPAS.com - Penipuan itu merugikan banyak keluarga.\n\n"
        "Salah satu keluarga korban berinisial IK mengungkapkan, korban datang dari beberapa desa.\n\n"
        '"Total kerugiannya miliaran," ujarnya.',
        "IK", "keluarga korban",
    ),
    (
        "initials-after-a-relation-are-the-other-persons",
        "SENTOSA, KOMPAS.com - Bocah itu dirawat di puskesmas.\n\n"
        '"Anak kami masih trauma," ujar ayah korban AS (9).',
        None, "ayah korban AS",
    ),
    (
        "a-name-after-the-relation-and-the-initials-is-the-speaker",
        "SENTOSA, KOMPAS.com - Bocah itu dirawat di puskesmas.\n\n"
        '"Kami minta keadilan," kata ayah dari bocah berinisial RA (8), Rudi Hartono.',
        "Rudi Hartono", "ayah dari bocah berinisial RA",
    ),
    (
        "acronym-after-a-role-is-no-one",
        'SENTOSA, KOMPAS.com - Turis itu tersesat.\n\n"Saya senang di sini," kata seorang warga AS.',
        None, "warga AS",
    ),
)


@pytest.mark.parametrize("text,speaker,title", INITIALS)
def test_initials_with_an_age_or_berinisial_name_someone(text, speaker, title):
    check(text, speaker, title)


# A name set off by commas after its role keeps its first words when the article
# writes them again alone (`"...," Agung Harvey.`, a cue without its verb): its short
# form, not an organisation opening the run.
SET_OFF_NAMES = table(
    (
        "first-two-words-written-alone-later",
        "SENTOSA, KOMPAS.com - Pemilihan ketua OSIS digelar serentak.\n\n"
        "Wakasek Kesiswaan SMA 2 Sentosa, Agung Harvey Wirawan Pratama, menambahkan pemilih berasal dari siswa.\n\n"
        '"Semua petugasnya juga siswa," Agung Harvey.\n\n'
        '"Awalnya ada 30 calon," tandasnya.',
        "Agung Harvey Wirawan Pratama", "Wakasek Kesiswaan SMA 2 Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", SET_OFF_NAMES)
def test_a_set_off_name_keeps_its_first_words(text, speaker, title):
    check(text, speaker, title)


# A nickname the article states, not made from the name's letters, resolves to the
# full name: after `sapaan` (nickname first) and as a short form of a stated alias of
# two words; one the article never ties to a name stays as written.
STATED_NICKNAMES = table(
    (
        "nickname-before-sapaan-akrab",
        "SENTOSA, KOMPAS.com - Rumah sakit itu baru. Benny, sapaan akrab Direktur RS Sentosa "
        "Benjamin Sitompul, menjelaskan layanan barunya.\n\n"
        '"Kami buka 24 jam," kata Benny.',
        "Benjamin Sitompul", "Direktur RS Sentosa",
    ),
    (
        "short-form-of-a-two-word-alias",
        "SENTOSA, KOMPAS.com - Eks Menteri Perdagangan Bartholomeus Wirasena alias Tommy Wira membacakan pleidoinya.\n\n"
        '"Saya tidak bersalah," kata Tommy.',
        "Bartholomeus Wirasena", "Eks Menteri Perdagangan",
    ),
    (
        "disapa-after-the-name",
        "SENTOSA, KOMPAS.com - Rumah sakit itu baru. Direktur RS Sentosa, dr Benjamin Sitompul, "
        "yang biasa disapa Benny, menjelaskan layanan baru.\n\n"
        '"Kami buka 24 jam," kata Benny.',
        "Benjamin Sitompul", "Direktur RS Sentosa",
    ),
    (
        "nickname-never-stated-is-no-guess",
        "SENTOSA, KOMPAS.com - Rumah sakit itu baru. Direktur RS Sentosa, Benjamin Sitompul, menjelaskan layanan baru.\n\n"
        '"Kami buka 24 jam," kata Benny.',
        "Benny", None,
    ),
    (
        "nickname-of-a-relative-of-the-name-after-sapaan",
        "SENTOSA, KOMPAS.com - Ucok, sapaan akrab anak sulung Budi Santoso, baru pulang dari rantau.\n\n"
        '"Saya kangen rumah," kata Ucok.',
        "Ucok", None,
    ),
)


@pytest.mark.parametrize("text,speaker,title", STATED_NICKNAMES)
def test_a_stated_nickname_resolves_to_the_full_name(text, speaker, title):
    check(text, speaker, title)


# A player's position is a role set off before the name like any other
# (`Kiper baru Persib Sentosa, Rudi Hartono, mengaku ...`).
SPORTS_ROLES = table(
    (
        "goalkeeper-set-off-before-the-name",
        "SENTOSA, KOMPAS.com - Kiper baru Persib Sentosa, Rudi Hartono, mengaku banyak belajar dari seniornya.\n\n"
        '"Mereka bilang saya cukup tenang," kata Rudi.',
        "Rudi Hartono", "Kiper baru Persib Sentosa",
    ),
    (
        "midfielder-before-the-name",
        "SENTOSA, KOMPAS.com - Laga berakhir imbang.\n\n"
        '"Kami kurang tajam," ujar gelandang PSS Dimas Prakoso.',
        "Dimas Prakoso", "gelandang PSS",
    ),
)


@pytest.mark.parametrize("text,speaker,title", SPORTS_ROLES)
def test_a_players_position_is_a_role(text, speaker, title):
    check(text, speaker, title)


# An acronym in parentheses closes the organisation or place it abbreviates: the
# run after it is the whole name, its initials and all its words (no cut to three
# words); a run that holds an organisation's word is still cut.
AFTER_AN_ACRONYM = table(
    (
        "four-word-name-after-a-place-acronym",
        "SENTOSA, KOMPAS.com - Sekolah itu rusak.\n\n"
        '"Kami perbaiki tahun ini," kata Gubernur Nusa Sentosa Timur (NST) Emanuel Bartolomeus Laka Dena.',
        "Emanuel Bartolomeus Laka Dena", "Gubernur Nusa Sentosa Timur (NST)",
    ),
    (
        "initials-opening-the-name",
        "SENTOSA, KOMPAS.com - Kerukunan terjaga.\n\n"
        '"Kami saling menghormati," kata Ketua Ikatan Keluarga Sentosa (IKS) AB Sitorus.',
        "AB Sitorus", "Ketua Ikatan Keluarga Sentosa (IKS)",
    ),
    (
        "university-after-the-acronym-stays-in-the-title",
        "SENTOSA, KOMPAS.com - Mahasiswa berunjuk rasa.\n\n"
        "Ketua Dewan Mahasiswa (DEMA) UIN Sentosa Raya M Ihsan Nazar Hakim menyebut tambang itu merusak hutan.\n\n"
        '"Kami menolak tambang itu," kata Ihsan.',
        "M Ihsan Nazar Hakim", "Ketua Dewan Mahasiswa (DEMA) UIN Sentosa Raya",
    ),
    (
        "a-branchs-place-of-common-words-after-the-acronym-stays-in-the-title",
        "SENTOSA, KOMPAS.com - Sensus dimulai.\n\n"
        '"Petugas datang ke rumah warga," kata Kepala Badan Pusat Statistik (BPS) Tanah Merah Hendra Wijaya.',
        "Hendra Wijaya", "Kepala Badan Pusat Statistik (BPS) Tanah Merah",
    ),
)


@pytest.mark.parametrize("text,speaker,title", AFTER_AN_ACRONYM)
def test_an_acronym_in_parentheses_closes_the_title(text, speaker, title):
    check(text, speaker, title)


# `kata Cak Imin, sapaan akrabnya`: the nickname is stated to be that of the person
# last named as speaking; with nobody named before, it stays as written.
NICKNAME_OF_SOMEONE = table(
    (
        "sapaan-akrabnya-after-the-cue",
        "SENTOSA, KOMPAS.com - Menteri Koordinator Pemberdayaan Masyarakat Mukhaimin Sastrawijaya menyebut "
        "mahasiswa baru langsung menjadi peserta BPJS Kesehatan.\n\n"
        '"Ini harus dicontoh oleh perguruan tinggi," kata Cak Imin, sapaan akrabnya.',
        "Mukhaimin Sastrawijaya", "Menteri Koordinator Pemberdayaan Masyarakat",
    ),
    (
        "panggilan-akrabnya-in-reported-speech-then-a-pronoun-cue",
        "SENTOSA, KOMPAS.com - Menurut Gubernur Jawa Barat periode 2018-2023, Hendra Wiratama, menyebut kawasan itu akan "
        "tumbuh pesat.\n\nSelain itu, kata Kang Hewi, panggilan akrabnya, pemerintah pusat mendukung penuh.\n\n"
        '"Tadi Pak Presiden setuju," tuturnya.',
        "Hendra Wiratama", "Gubernur Jawa Barat periode 2018-2023",
    ),
    (
        "nobody-named-before",
        'SENTOSA, KOMPAS.com - Tanggul itu jebol.\n\n"Warga sudah dievakuasi," kata Cak Dadan, sapaan akrabnya.',
        "Dadan", None,
    ),
)


@pytest.mark.parametrize("text,speaker,title", NICKNAME_OF_SOMEONE)
def test_a_nickname_said_to_be_someones_refers_back(text, speaker, title):
    check(text, speaker, title)


# A name right after a relation in lower case, perhaps with the other person's role
# between (`ayah korban`, `kuasa hukum`), is that other person's: the speaker is unnamed.
RELATIONS = table(
    (
        "a-victims-father",
        "SENTOSA, KOMPAS.com - Rafi Hartono (9) tenggelam di sungai.\n\n"
        '"Anak kami pandai berenang," kata ayah korban Rafi Hartono (9).',
        None, "ayah korban Rafi Hartono",
    ),
    (
        "a-lawyer-of-someone",
        'SENTOSA, KOMPAS.com - Sidang berlanjut.\n\n"Klien kami tidak bersalah," kata kuasa hukum Ratna Sari.',
        None, "kuasa hukum Ratna Sari",
    ),
    (
        "a-relation-that-is-a-form-of-address-right-before-the-name-is-the-speakers",
        'SENTOSA, KOMPAS.com - Penjambretan terjadi di pasar.\n\n"Tas saya ditarik dari belakang," kata ibu Sumiati.',
        "Sumiati", None,
    ),
    (
        "a-relation-before-the-name-of-a-child-brought-in-with-an-age-is-the-childs-parent",
        "SENTOSA, KOMPAS.com - Nayla (7) hilang sejak Senin.\n\n"
        '"Aku main di sungai," kata Nayla kepada polisi.\n\n'
        '"Kami sangat cemas," kata ibu Nayla.',
        None, "ibu Nayla",
    ),
    (
        "a-relation-before-the-name-of-a-grown-up-brought-in-with-an-age-is-the-speaker",
        'SENTOSA, KOMPAS.com - Sumiati (45) kehilangan tasnya.\n\n"Tas saya ditarik dari belakang," kata ibu Sumiati.',
        "Sumiati", None,
    ),
    (
        "anak-opening-a-sentence-before-a-name-is-the-persons-child",
        'SENTOSA, KOMPAS.com - Anak Rina Wulandari menjelaskan kondisi ibunya.\n\n"Ibu sudah membaik," ujarnya.',
        None, None,
    ),
    (
        "anak-agung-opening-a-name-is-its-prefix",
        'SENTOSA, KOMPAS.com - Pura itu dipugar.\n\n"Kami bergotong royong," kata Anak Agung Gede Rai.',
        "Anak Agung Gede Rai", None,
    ),
    (
        "a-compound-role-is-no-relation",
        'SENTOSA, KOMPAS.com - Tim kalah.\n\n"Kami akan evaluasi," kata asisten pelatih Budi Santoso.',
        "Budi Santoso", "asisten pelatih",
    ),
)


@pytest.mark.parametrize("text,speaker,title", RELATIONS)
def test_a_name_after_a_relation_is_the_other_persons(text, speaker, title):
    check(text, speaker, title)
