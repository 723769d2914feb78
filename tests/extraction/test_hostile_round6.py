"""Speakers on near-miss paragraphs a hostile review wrote to find a wrong
speaker (issue 12, round 6). Every text is invented; each case gives the text
and the (speaker, title) expected for its LAST quote (None: nobody)."""
from __future__ import annotations

import pytest

from .test_speakers import check, table


CASES = table(
    (
        # the agent of a passive speech verb, a role with -nya and the name set off
        "possessed-role-agent-of-a-passive",
        '"Kami sudah siap," kata Rudi Hartono. Hal senada disampaikan tetangganya, Rina Wati. '
        '"Semua warga ikut membantu," katanya.',
        "Rina Wati", "tetangga",
    ),
    (
        "possessed-role-agent-then-pronoun-subject",
        '"Kami sudah siap," kata Rudi Hartono. Hal senada disampaikan tetangganya, Rina Wati. '
        'Dia menambahkan, "Semua warga ikut membantu."',
        "Rina Wati", "tetangga",
    ),
    (
        "possessed-role-after-the-cue",
        '"Kami sudah siap," kata Rudi Hartono. "Semua warga ikut membantu," kata ibunya, Rina Wati.',
        "Rina Wati", "ibu",
    ),
    (
        # the name after `Menurut <role>,` is the subject of the reported clause, not the role's holder
        "menurut-role-then-the-clause-subject",
        'Menurut Kapolsek, Rudi Hartono ditangkap di rumahnya. "Dia tidak melawan," ujarnya.',
        None, None,
    ),
    (
        "menurut-role-then-its-holder-set-off",
        'Menurut pengamat politik Universitas Sentosa, Rudi Hartono, pemilu berjalan baik. "Semua lancar," ujarnya.',
        "Rudi Hartono", "pengamat politik Universitas Sentosa",
    ),
    (
        "lower-case-role-then-a-first-name-that-is-a-common-word",
        '"Kami kalah karena lelah," kata pelatih Bagus Wicaksono.',
        "Bagus Wicaksono", "pelatih",
    ),
    (
        "office-field-joined-by-dan",
        '"Impor diawasi ketat," kata Direktur Jenderal Bea dan Cukai Budi Santoso.',
        "Budi Santoso", "Direktur Jenderal Bea dan Cukai",
    ),
    (
        "glued-dr-after-an-office",
        '"Pasien sudah pulang," kata Direktur RSUD Sentosa dr.Rina Wati.',
        "Rina Wati", "Direktur RSUD Sentosa",
    ),
    (
        "glued-honorific-opening-a-sentence-role-set-off",
        'Hj.Rina Wati, Ketua TP PKK Sentosa, membuka acara itu. "Kami bangga," ujarnya.',
        "Rina Wati", "Ketua TP PKK Sentosa",
    ),
    (
        "glued-initial",
        '"Mahasiswa harus kritis," kata dosen Universitas Sentosa M.Ihsan.',
        "M. Ihsan", "dosen Universitas Sentosa",
    ),
    (
        # after a phrase opening the sentence, an office and its holder set off: the subject
        "office-then-holder-after-an-opening-phrase",
        'Selain Bupati Hendra Gunawan, Kepala Dinas Pendidikan Sentosa, Agus Salim, juga hadir. '
        '"Sekolah harus aman," ujarnya.',
        "Agus Salim", "Kepala Dinas Pendidikan Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", CASES)
def test_hostile_near_misses(text, speaker, title):
    check(text, speaker, title)


def test_a_degree_glued_to_its_initial_stays_a_degree():
    check('"Kami siap," kata Budi Santoso, M.Si.', "Budi Santoso", None)


LONG_RUNS_AFTER_LOWER_ROLES = table(
    # after a role in lower case, a run longer than a name: an organisation first, then the name
    (
        "club-and-place-before-the-name",
        '"Kami kalah karena lelah," kata gelandang Persib Sentosa Rudi Hartono.',
        "Rudi Hartono", "gelandang Persib Sentosa",
    ),
    (
        "firm-of-two-words-before-the-name",
        'Sementara itu, analis Mandalika Sekuritas Rudi Hartono mengatakan, indeks masih akan naik.\n\n'
        '"Level support berada di 7.000," kata dia.',
        "Rudi Hartono", "analis Mandalika Sekuritas",
    ),
    (
        # a run of three stays a name with no evidence for the club (it may be one: `warga Yanto Budi Santoso`)
        "three-words-after-warga-stay-a-name",
        '"Air sudah surut," kata warga Yanto Budi Santoso.',
        "Yanto Budi Santoso", "warga",
    ),
    (
        "club-the-article-writes-alone",
        'Persita kalah 0-2 di kandang. "Kami kalah karena lelah," kata kiper Persita Rudi Hartono.',
        "Rudi Hartono", "kiper Persita",
    ),
)


@pytest.mark.parametrize("text,speaker,title", LONG_RUNS_AFTER_LOWER_ROLES)
def test_an_organisation_before_the_name_after_a_lower_case_role(text, speaker, title):
    check(text, speaker, title)


def test_the_office_after_menurut_speaks_unnamed_when_the_name_is_the_clause_subject():
    check(
        'Menurut Kapolsek Sentosa Barat, Rudi Hartono ditangkap di rumahnya. "Dia tidak melawan," ujarnya.',
        None, "Kapolsek Sentosa Barat",
    )


@pytest.mark.parametrize(
    "sentence,speaker,title",
    [
        # the holder set off on both sides, then a body opening the reported clause
        ("Menurut Deputi Bidang Statistik BPS, Rudi Hartono, Bank Dunia memakai standar baru.",
         "Rudi Hartono", "Deputi Bidang Statistik BPS"),
        ("Menurut Kepala Desa Sukamaju, Ujang Sutisna, Pemkab Garut akan membangun jembatan.",
         "Ujang Sutisna", "Kepala Desa Sukamaju"),
        # names listed after the office: the arrested, no holder
        ("Menurut Kapolsek, Rudi, Andi dan Joko ditangkap di rumahnya.", None, None),
        ("Menurut Kapolsek, Dodi, Ketua RT 05, dan Sarman melihat pelaku kabur.", None, None),
        # a person named alone after the holder's comma: the clause's subject may be either
        ("Menurut Kapolsek, Rudi Hartono, Budi Santoso ditangkap di rumahnya.", None, None),
    ],
)
def test_an_office_holder_set_off_before_the_reported_clause(sentence, speaker, title):
    check(sentence + ' "Semua sudah kami tangani," ujarnya.', speaker, title)
