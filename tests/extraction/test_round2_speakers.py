"""Speakers on more shapes seen in a fresh sample of unseen articles (issue 12).

Every text is invented, in the shape of Indonesian news. Each case gives the
text and the (speaker, title) expected for its LAST quote (None: nobody).
"""
from __future__ import annotations

import pytest

from .test_speakers import check, table


# An honorific's period glued to the name (`Prof.Suryadarma`) is no part of the name.
GLUED_HONORIFICS = table(
    (
        "glued-prof-at-the-cue",
        "Guru Besar Fakultas Kedokteran Universitas Sentosa, Prof. Samsul Djauhari, mengingatkan pentingnya vaksinasi bagi lansia.\n\n"
        "Menurutnya, lansia rentan terkena penyakit berat.\n\n"
        '"Vaksin influenza sebaiknya diberikan setiap tahun," kata Prof.Samsul.',
        "Samsul Djauhari", "Guru Besar Fakultas Kedokteran Universitas Sentosa",
    ),
    (
        "glued-prof-in-the-introduction",
        "Direktur Utama Rumah Sakit Harapan Prof.Dr. Budi Santosa Wibowo mengatakan jumlah pasien demam berdarah naik.\n\n"
        '"Kami menambah ruang perawatan," ujarnya, Senin (3/3/2025).',
        "Budi Santosa Wibowo", "Direktur Utama Rumah Sakit Harapan",
    ),
)


@pytest.mark.parametrize("text,speaker,title", GLUED_HONORIFICS)
def test_a_glued_honorific_is_no_part_of_the_name(text, speaker, title):
    check(text, speaker, title)


# A capitalised word right before a subject pronoun opens the sentence: no name.
WORD_BEFORE_A_PRONOUN = table(
    (
        "word-before-dia-then-pronoun-cue",
        "Kepala Dinas Perhubungan Kota Bogor, Marse Hendra Saputra, meminta maaf atas kemacetan panjang di Jalan Pajajaran.\n\n"
        '"Kami mohon maaf kepada warga," kata Marse.\n\n'
        "Kedepan dia memastikan hal serupa tidak terjadi lagi.\n\n"
        '"Kami sudah menyiapkan rekayasa lalu lintas yang baru," tegas dia.',
        "Marse Hendra Saputra", "Kepala Dinas Perhubungan Kota Bogor",
    ),
)


@pytest.mark.parametrize("text,speaker,title", WORD_BEFORE_A_PRONOUN)
def test_a_capitalised_word_before_a_pronoun_is_no_name(text, speaker, title):
    check(text, speaker, title)


# After `bahwa` following a reporting verb, or after `menurutnya`, a subject is
# what someone reports: the pronoun cue means the reporter.
REPORTED_CONTENT = table(
    (
        "a-name-after-bahwa",
        "Juru bicara Kedutaan Besar Inggris di Jakarta, Matthew Dowling, menyebut pertemuan kedua pemimpin berlangsung hangat.\n\n"
        "Dowling juga menyampaikan bahwa Perdana Menteri Inggris, Sir Keir Starmer, telah secara pribadi mengucapkan terima kasih kepada Presiden Prabowo Subianto.\n\n"
        '"Kerja sama kedua negara akan terus diperkuat," imbuhnya.',
        "Matthew Dowling", "Juru bicara Kedutaan Besar Inggris di Jakarta",
    ),
    (
        "a-name-after-menurutnya",
        "Pengamat ekonomi Universitas Sentosa, Rudi Hartono Siregar, menilai kebijakan itu terlambat.\n\n"
        "Menurutnya, Menteri Keuangan Sri Wahyuni sudah mengatakan rencana itu sejak awal tahun.\n\n"
        '"Pasar sudah lama menunggu kepastian," ujarnya.',
        "Rudi Hartono Siregar", "Pengamat ekonomi Universitas Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", REPORTED_CONTENT)
def test_a_name_in_what_is_reported_is_no_speaker(text, speaker, title):
    check(text, speaker, title)


def test_an_organisation_in_the_words_its_short_form_spells():
    check(
        "Otoritas Jasa Keuangan (OJK) mencatat kredit perbankan tumbuh 10 persen pada Januari.\n\n"
        "Pertumbuhan itu ditopang kredit investasi.\n\n"
        '"Kualitas kredit tetap terjaga dengan rasio kredit bermasalah yang rendah," tulis OJK dalam keterangan resminya.',
        "Otoritas Jasa Keuangan", None,
    )


# An office word that is also a name word (`Hakim`) after a name word is the name's.
OFFICE_WORDS_IN_NAMES = table(
    (
        "set-off-after-a-long-role-with-dan",
        "Hasil survei terbaru menunjukkan tingkat kepuasan warga naik.\n\n"
        "Staf Khusus Gubernur dan Wakil Gubernur Jakarta Bidang Komunikasi Publik, Chiko Hakim, menanggapi hasil survei tersebut dengan santai.\n\n"
        '"Kami akan terus bekerja untuk warga," ungkap Chiko di Balai Kota, Senin (3/3/2025).',
        "Chiko Hakim", "Staf Khusus Gubernur dan Wakil Gubernur Jakarta Bidang Komunikasi Publik",
    ),
    (
        "inside-a-three-word-name",
        '"Kerukunan umat harus dijaga bersama," kata Menteri Agama Luqman Hakim Saifullah di Jakarta.',
        "Luqman Hakim Saifullah", "Menteri Agama",
    ),
    (
        "after-an-office-it-stays-in-the-title",
        '"Sidang ditunda pekan depan," kata Ketua Majelis Hakim Rudi Ruswanto di Pengadilan Negeri Bandung.',
        "Rudi Ruswanto", "Ketua Majelis Hakim",
    ),
)


@pytest.mark.parametrize("text,speaker,title", OFFICE_WORDS_IN_NAMES)
def test_an_office_word_after_a_name_word_is_the_names(text, speaker, title):
    check(text, speaker, title)


# Titles: a role noun before an institution, an English office before another, kept.
ROLE_HEADS_KEPT = table(
    (
        "graduate-of-a-university",
        "Sebanyak 900 mahasiswa mengikuti wisuda di Bandung, Sabtu (8/3/2025).\n\n"
        '"Saya bangga bisa lulus tepat waktu," kata salah satu wisudawati Universitas Sentosa Raya (USR) Nadia Kartika.',
        "Nadia Kartika", "wisudawati Universitas Sentosa Raya (USR)",
    ),
    (
        "deputy-before-an-english-office",
        '"Kontrak pemain akan diperpanjang dua musim," terang Deputy CEO PT Persada Bola Utama Dimas Ardiansyah Putra.',
        "Dimas Ardiansyah Putra", "Deputy CEO PT Persada Bola Utama",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ROLE_HEADS_KEPT)
def test_the_role_head_of_a_title_is_kept(text, speaker, title):
    check(text, speaker, title)


def test_a_name_before_a_new_clause_is_no_subject_of_its_verb():
    # `, padahal dulu TPF menyatakan`: the verb's subject is in the new clause, not the minister
    check(
        "Wakil Ketua Komisi X DPR RI Lalu Hendra Irwansyah menilai sikap pemerintah melukai korban.\n\n"
        '"Temuan tim itu tidak boleh diragukan," kata Lalu saat dikonfirmasi, Senin (16/6/2025).\n\n'
        "Penyangkalan terhadap peristiwa itu muncul dari Menteri Kebudayaan Farid Zainal, padahal dulu TPF menyatakan peristiwa itu benar terjadi.\n\n"
        "Politikus PKB ini menyebut temuan TPF adalah dokumen resmi.\n\n"
        '"Menurut saya, itu dokumen resmi negara," tegasnya.',
        "Lalu Hendra Irwansyah", "Wakil Ketua Komisi X DPR RI",
    )
