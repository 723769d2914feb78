"""Introductions (quotebook/extraction/introductions.py): people the running
text brings in without naming them as speaking, whom the next pronoun cue means.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from quotebook.extraction.article import Article
from quotebook.extraction.introductions import named_with_role_opening, unnamed_subject
from quotebook.extraction.marks import Spans

from .conftest import check_one, direct


def test_an_unnamed_subject_opening_its_clause_is_one():
    found = unnamed_subject("Kompas.com meminta konfirmasi ke kantor cabang, sayangnya salah satu staf kantor ")
    assert found is not None and found.name == () and found.title == "staf kantor"


def test_an_unnamed_role_after_a_name_or_in_reported_speech_or_heading_a_relative_clause_is_none():
    assert unnamed_subject("Hari, salah satu wali murid ") is None
    assert unnamed_subject("Rizal Tuasikal salah satu warga lainnya ") is None
    assert unnamed_subject("Ia menjelaskan bahwa salah satu relawan ") is None
    assert unnamed_subject("Puspita Pratiwi (46), pelaku usaha mikro, menjadi salah satu pelaku usaha yang ") is None


def test_a_name_whose_role_heads_a_relative_clause_with_the_reporting_verb_stays_the_antecedent():
    text = (
        "Puspita Pratiwi (46), pelaku usaha mikro di Depok, menjadi salah satu pelaku usaha yang mengaku "
        "kesulitan memperoleh sertifikat.\n\n"
        '"Dapur kami masih menyatu dengan rumah," katanya.'
    )
    assert direct(text)[-1].speaker == "Puspita Pratiwi"


def test_a_role_and_its_club_opening_a_sentence_then_the_name_set_off_is_the_subject():
    # `Kiper Arema Jaya, Teguh ...,`: the club is no name, and the keeper speaks next
    text = (
        "Pelatih Sentosa Jaya, Joko Susilo, puas dengan hasil laga.\n"
        '"Anak-anak bermain disiplin," kata Joko.\n'
        "Kiper Sentosa Jaya, Teguh Amirudin, tampil gemilang.\n"
        '"Saya bersyukur," ujarnya.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [
        ("Joko Susilo", "Pelatih Sentosa Jaya"), ("Teguh Amirudin", "Kiper Sentosa Jaya"),
    ]


def test_one_of_the_people_a_story_is_about_set_off_after_their_role_is_no_source():
    text = (
        'Kapolsek Sentosa AKP Rudi Hartono mengatakan korban sudah ditangani. "Kami bergerak cepat," kata Rudi.\n'
        "Korban, Fajar Nugraha, dirawat di rumah sakit.\n"
        '"Pelaku masih kami buru," ujarnya.\n'
    )
    assert direct(text)[1].speaker != "Fajar Nugraha"


@pytest.mark.parametrize(
    "intro, title",
    [
        pytest.param(
            "Sari Wulandari, istri dari sang pemilik Kedai Kopi Mbah Darmo menjadi sosok di balik resep itu.",
            "istri dari sang pemilik Kedai Kopi Mbah Darmo", id="closed-by-the-verb",
        ),
        pytest.param(
            "Sari Wulandari, istri dari pemilik Kedai Kopi Mbah Darmo, menjadi sosok di balik resep itu.",
            "istri dari pemilik Kedai Kopi Mbah Darmo", id="closed-by-a-comma",
        ),
    ],
)
def test_a_name_opening_a_sentence_with_its_role_after_a_comma_is_the_subject(intro, title):
    # The name inside the role (the owner) is not whom the next pronoun means.
    text = (
        f"Aroma kopi tubruk tercium dari sebuah kedai kecil di Malang.\n{intro}\n"
        "Siapa sangka, resep lama itu kini jadi favorit mahasiswa.\n"
        '"Kami racik ulang supaya tidak terlalu pahit," ujarnya kepada wartawan.\n'
    )
    check_one(text, speaker="Sari Wulandari", title=title)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rudi Hartanto, siswa sekolah menengah pertama di Babelan ikut lomba.",  # `menengah` is no verb
        "Rudi Hartanto, pemilik mobil yang berdomisili di Bintaro ikut lomba.",  # the relative clause's verb
    ],
)
def test_a_role_closed_by_no_verb_of_the_sentence_makes_no_subject(sentence):
    article = Article(sentence)
    assert named_with_role_opening(article, article.paragraphs[0], Spans([])) == []


def test_a_role_closed_by_the_sentences_verb_makes_its_subject():
    article = Article("Rudi Hartanto, kepala ekonom di Bank Sentosa memproyeksikan suku bunga tetap.")
    (event,) = named_with_role_opening(article, article.paragraphs[0], Spans([]))
    assert (event.mention.name, event.mention.title, event.kind) == (("Rudi", "Hartanto"), "kepala ekonom di Bank Sentosa", "subject")


@pytest.mark.parametrize(
    "intro",
    [
        "Atlet panahan Indonesia, Rini Kusumawardani akan menjalani debutnya di Kejuaraan Dunia pekan depan.",
        "Atlet panahan Indonesia, Rini Kusumawardani, akan menjalani debutnya di Kejuaraan Dunia pekan depan.",
        "JAKARTA, KOMPAS.com- Atlet panahan Indonesia, Rini Kusumawardani akan menjalani debutnya pekan depan.",
    ],
)
def test_a_role_in_lower_case_then_a_name_opening_the_story_brings_in_its_subject(intro):
    # (a role with lower-case words, a name closed by a comma or by the verb, after a dateline too)
    text = (
        f"{intro}\nPemanah 22 tahun itu mengungkapkan bahwa tampil di kejuaraan dunia adalah mimpinya.\n"
        '"Dari kecil memang tujuannya ke level ini," ungkapnya dalam konferensi pers.\n'
    )
    check_one(text, speaker="Rini Kusumawardani", title="Atlet panahan Indonesia")


def test_the_other_one_of_a_role_is_no_part_of_the_title():
    text = (
        "Kuasa hukum lainnya, Yohanes Siregar, menilai laporan itu keliru.\n"
        '"Kami akan jawab di pengadilan," kata Yohanes.\n'
    )
    check_one(text, speaker="Yohanes Siregar", title="Kuasa hukum")


# A vox-pop feature turns from one interviewee to the next by a name and an age.
FIRST_INTERVIEWEE = '"Harga buku di sini murah," kata Wulan Sari, pegawai swasta.\n\n'
BROUGHT_IN_WITH_AGE = [
    pytest.param("Rudi Hartono (25) datang hampir setiap bulan. Biasanya ia mencari buku pelajaran.", "Rudi Hartono",
                 id="opening-the-sentence-with-an-active-verb"),
    pytest.param("Pandangan serupa datang dari Rudi Hartono (46), dosen.", "Rudi Hartono", id="a-shared-view-dari"),
    pytest.param("Kekhawatiran serupa disampaikan oleh pedagang bernama Rudi (43).", "Rudi", id="a-shared-view-oleh-bernama"),
    pytest.param("Sementara itu, Rudi Hartono (51), pedagang buku lama, masih bertahan.", "Rudi Hartono",
                 id="after-an-opener-with-a-role-set-off"),
]


@pytest.mark.parametrize("intro,speaker", BROUGHT_IN_WITH_AGE)
def test_someone_brought_in_by_a_name_and_an_age_is_whom_the_next_pronoun_means(intro, speaker):
    quotes = direct(FIRST_INTERVIEWEE + intro + '\n\n"Di toko baru harganya dua kali lipat," katanya.')
    assert quotes[-1].speaker == speaker, quotes[-1]


@pytest.mark.parametrize(
    "intro",
    [
        "Rudi Hartono (34) ditangkap di rumahnya pekan lalu.",  # a passive acts on him
        "Pelaku berinisial RH (34) ditangkap di rumahnya.",  # a suspect known by initials
        "Seorang pria di Sentosa, Rudi Hartono (49), menyerang tetangganya.",  # the name opens nothing
        "Tersangka, Rudi Hartono (27), ditahan di Mapolres.",  # one the story is about, acted on
        "Rudi Hartono (30), yang ditangkap pekan lalu di Sentosa, Jawa Barat, kini ditahan.",  # a passive relative clause
        "Sementara, Rudi Hartono (47) warga Jalan Melati yang disebut pegawai itu bukan pegawainya.",  # spoken of
    ],
)
def test_someone_brought_in_with_an_age_but_not_as_a_source_takes_no_pronoun(intro):
    quotes = direct(FIRST_INTERVIEWEE + intro + '\n\n"Di toko baru harganya dua kali lipat," katanya.')
    assert quotes[-1].speaker != "Rudi Hartono", quotes[-1]



@pytest.mark.parametrize(
    "intro",
    [
        "Siti Aminah (34) mengalami luka tusuk di bagian perut.",
        "Hal serupa dialami oleh Ahmad Fauzi (9), siswa kelas tiga SD.",
    ],
)
def test_an_official_goes_on_after_someone_brought_in_with_an_age(intro):
    # (a police chief or a minister quoted, a resident brought in: the next pronoun cue is still the official's)
    text = '"Pelaku sudah kami kejar," kata Kapolsek Sentosa AKP Hendra Gunawan.\n\n' + intro + '\n\n"Korban sudah kami bawa," ujarnya.'
    assert direct(text)[-1].speaker == "Hendra Gunawan"


@pytest.mark.parametrize("name", ["Wahyu Sulistyo", "Suprapto"])
def test_a_rank_before_the_name_set_off_after_an_office_goes_with_the_office(name):
    text = f'WONOGIRI - Kapolsek Sentosa, AKP {name}, meresmikan pos itu.\n\n"Terima kasih kepada warga," kata {name.split()[0]}.'
    quote = direct(text)[-1]
    assert (quote.speaker, quote.title) == (name, "Kapolsek Sentosa AKP")


@pytest.mark.parametrize(
    "intro",
    [
        # an age and a long role set off after the name (87 characters: the role was read to 80)
        "Tom Neill (70), mantan petugas kepolisian yang dulu bertugas dalam perlindungan kerajaan di Sentosa, "
        "memikirkan hal lain.",
    ],
)
def test_someone_new_brought_in_with_an_age_is_no_longer_the_previous_speaker(intro):
    # (a reader's case, kompas: both pronoun cues went to the resident quoted before)
    text = '"Kami tidak ingin dia di sini," ujar Mitchell.\n\n' + intro + '\n\n"Biaya keamanannya pasti besar," ujarnya.'
    assert direct(text)[-1].speaker != "Mitchell"


FLOOD = (
    'Banjir merendam puluhan rumah di Desa Sukamaju sejak Senin. Kepala Desa Sukamaju, Ahmad Fauzi, '
    'mengatakan air datang dari sungai.\n\n"Kami sudah minta bantuan perahu," kata Ahmad.\n\n'
)


def speakers_after_flood(sentence: str) -> list[str | None]:
    """The speakers of the village head's quote and of a pronoun-cued quote after SENTENCE."""
    text = FLOOD + f'{sentence}\n\n"Sampai sekarang belum ada yang datang," ujarnya.\n'
    return [q.speaker for q in direct(text)]


@pytest.mark.parametrize("subject", [
    "Warga lain mengatakan bantuan datang terlambat.",
    "Warga lainnya mengeluhkan lambatnya bantuan.",
    "Petugas BPBD lain yang ditemui di lokasi mengatakan perahu masih kurang.",
])
def test_a_role_and_lain_as_the_whole_subject_is_someone_else_unnamed(subject):
    # A testers' case: without `seorang`, the next pronoun cue went to the village head.
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", None]


@pytest.mark.parametrize("sentence, speaker", [
    # The role set off before a name: that name.
    ("Pengacara warga lainnya, Rudi Hartono, menjelaskan gugatan sudah didaftarkan.", "Rudi Hartono"),
    # A thing, not a person, and `warga lain` inside what Ahmad reports: Ahmad goes on.
    ("Unggahan lain menyatakan bantuan sudah dikirim.", "Ahmad Fauzi"),
    ("Ahmad menambahkan, warga lain sudah mengungsi ke balai desa.", "Ahmad Fauzi"),
])
def test_lain_after_a_thing_or_before_a_name_or_inside_a_report_makes_no_one_else(sentence, speaker):
    assert speakers_after_flood(sentence) == ["Ahmad Fauzi", speaker]


def test_the_role_and_lain_is_the_unnamed_subjects_role():
    found = unnamed_subject("Petugas BPBD lainnya yang ditemui di lokasi ")
    assert found is not None and found.title == "petugas BPBD lainnya" and not found.name
    assert unnamed_subject("Unggahan lain ") is None


@pytest.mark.parametrize("subject", [
    "Namun warga lain mengatakan bantuan datang terlambat.",
    "Namun, warga lain mengeluhkan lambatnya bantuan.",
    "Sejumlah warga lain mengatakan bantuan datang terlambat.",
    "Warga lain juga mengatakan bantuan datang terlambat.",
    "Pedagang lain di pasar itu menyebut harga beras naik.",
])
def test_everyday_forms_of_a_role_and_lain_are_someone_else_unnamed(subject):
    # A reviewer's forms: an opening conjunction, a count, `juga`, a place after `lain`.
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", None]


@pytest.mark.parametrize("subject", [
    "Kades bersama warga lainnya menyatakan siap membersihkan lumpur.",
    "Ahmad dan perangkat desa lain mengatakan posko dibuka 24 jam.",
])
def test_a_group_joined_to_the_one_quoted_before_is_no_one_else(subject):
    # A reviewer's case: `Kades bersama warga lainnya` read as someone else than the village head.
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", "Ahmad Fauzi"]


def test_sementara_itu_before_a_role_and_lain_is_someone_else_too():
    assert speakers_after_flood("Sementara itu, warga lain mengatakan bantuan datang terlambat.") == ["Ahmad Fauzi", None]


def test_ikut_between_a_name_and_its_verb_makes_the_new_speaker():
    # A reader's case: `Atlet ... Mochammad ... ikut menyampaikan`, then `ucapnya`, went to the host quoted before.
    assert speakers_after_flood("Atlet sepak bola Budi Santoso ikut menyampaikan rasa bangganya.") == ["Ahmad Fauzi", "Budi Santoso"]


@pytest.mark.parametrize("subject, speaker", [
    # A reviewer's cases: the head with their staff, and someone else named in the same breath.
    ("Kades didampingi staf lainnya menjelaskan posko dibuka 24 jam.", "Ahmad Fauzi"),
    ("Relawan lain yang bernama Sutini Rahayu mengatakan perahu masih kurang.", "Sutini Rahayu"),
])
def test_a_role_and_lain_with_the_head_or_a_name_is_no_one_unnamed(subject, speaker):
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", speaker]


@pytest.mark.parametrize("subject, speaker", [
    # A reviewer's cases: a doer's word no list holds (read as a name `Pendulang` before), a
    # capitalised place or an origin after `lain`.
    ("Pendulang lain mengatakan emas makin sulit didapat.", None),
    ("Pedagang lain di Pasar Kosambi mengatakan harga naik.", None),
    ("Relawan lain asal Godean mengatakan perahu masih kurang.", None),
    # A study, not someone: the village head goes on.
    ("Penelitian lain menyebut banjir dipicu sedimentasi.", "Ahmad Fauzi"),
])
def test_more_forms_of_someone_else(subject, speaker):
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", speaker]


@pytest.mark.parametrize("subject, speaker", [
    # A name closing the subject after `lain`, not set off (a reviewer's cases): that one.
    ("Relawan lain asal Papua Ricky Kambuaya mengatakan perahu masih kurang.", "Ricky Kambuaya"),
    ("Warga lain yang juga korban banjir Sutrisno (56) mengatakan perahu masih kurang.", "Sutrisno"),
])
def test_a_name_closing_the_subject_after_lain_is_that_one(subject, speaker):
    assert speakers_after_flood(subject) == ["Ahmad Fauzi", speaker]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # one who shares the view or the feeling, right after its verb (no `oleh`): theirs
        ("Hal serupa dirasakan Enah (62), penjual gula aren.", "Enah"),
        ("Keluhan senada disampaikan Darsih (45), pedagang sayur.", "Darsih"),
        ("Hal serupa dirasakan oleh Enah (62), penjual gula aren.", "Enah"),
        # an experience undergone, not a view voiced: the one quoted before goes on
        ("Hal serupa dialami Enah (62), penjual gula aren.", "Ujang Sopandi"),
        ("Nasib serupa dirasakan Enah (62), penjual gula aren.", "Ujang Sopandi"),
        # nothing said to be shared: someone the text only names, or who comes
        ("Jalan itu juga dilalui Enah (62), penjual gula aren.", "Ujang Sopandi"),
        ("Pada saat yang sama, datang Enah (62), penjual gula aren.", "Ujang Sopandi"),
    ],
)
def test_one_sharing_a_view_right_after_its_verb_is_brought_in(sentence, speaker):
    text = (
        "Ujang Sopandi (40), sopir angkutan pedesaan, mengatakan waktu tempuh kini jauh lebih singkat.\n\n"
        '"Dulu satu setengah jam, sekarang empat puluh menit," ujarnya.\n\n'
        f'{sentence} Dulu ia harus menitipkan dagangannya pada tengkulak. "Sekarang bisa antar sendiri," katanya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Ujang Sopandi", speaker]
