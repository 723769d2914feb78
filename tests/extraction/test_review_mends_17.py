"""Wrong speakers a scan of the seventeenth session's output on unseen articles found, mended
(quotebook/extraction: context, pipeline, mentions). Every text here was written for these tests."""
from __future__ import annotations

import pytest

from quotebook.extraction.mentions import parse_mention

from .test_speakers import check

HEAD_OF_RT = (
    "Ketua RT 05 Budi Santoso mengatakan warga sudah lama menunggu perbaikan jalan.\n\n"
    '"Sudah tiga tahun rusak," kata Budi.\n\n'
)
COACH = 'Pelatih Persib Bojan Hodak mengatakan timnya siap.\n\n"Kami siap," kata Bojan.\n\n'


@pytest.mark.parametrize("text,speaker,title", [
    (HEAD_OF_RT + "Rina Wulandari turut membagikan pengalamannya melewati jalan itu. Ia mengaku pernah terjatuh.\n\n"
     '"Motor saya sampai rusak," katanya.', "Rina Wulandari", None),
    (COACH + "Sementara itu, Marc Klok masih menjalani pemulihan cedera. Ia mengaku sudah bisa berlari.\n\n"
     '"Saya sudah lebih baik," ujarnya.', "Marc Klok", None),
    # an opening phrase holding `yang` does not make the name after it a relative clause's
    (HEAD_OF_RT + "Dalam kesempatan yang sama, warga Rina Wulandari turut membagikan pengalamannya. "
     'Ia mengaku pernah terjatuh.\n\n"Motor saya sampai rusak," katanya.', "Rina Wulandari", "warga"),
])
def test_a_pronoun_after_a_name_opening_the_sentence_before_it_is_that_person(text, speaker, title):
    check(text, speaker, title)


@pytest.mark.parametrize("text,speaker,title", [
    # a body or an institution opening the sentence: the pronoun after it is the speaker going on
    (COACH + "Setelah itu, Persib Bandung menggelar latihan tertutup. Ia menambahkan semua pemain siap.\n\n"
     '"Tidak ada yang cedera," ujarnya.', "Bojan Hodak", "Pelatih Persib"),
    ("Direktur Utama RSUD Sentosa, dr. Agus Prasetyo, mengatakan layanan kembali normal.\n\n"
     '"Pasien sudah bisa datang," kata Agus.\n\n'
     "Merespons kondisi tersebut, RSUD Sentosa menyiapkan petugas antar-jemput. Dia menambahkan bantuan datang dari relawan.\n\n"
     '"Kami berterima kasih," imbuhnya.', "Agus Prasetyo", "Direktur Utama RSUD Sentosa"),
    # no pronoun after the name: the name may be the topic, not the speaker (unchanged)
    (COACH + 'Sementara itu, Marc Klok masih menjalani pemulihan cedera.\n\n"Dia belum bisa main," ujarnya.',
     "Bojan Hodak", "Pelatih Persib"),
    # the name is what a sentence reported after `bahwa` opens: not the subject
    (COACH + "Bojan menegaskan bahwa Marc Klok belum bisa dimainkan. Ia menambahkan tim medis masih memantau.\n\n"
     '"Kami tidak mau ambil risiko," ujarnya.', "Bojan Hodak", "Pelatih Persib"),
])
def test_a_pronoun_after_something_else_opening_the_sentence_stays_with_the_speaker(text, speaker, title):
    check(text, speaker, title)


VICTIM_BETWEEN = (
    "MEDAN, KOMPAS.com - Kapolres Deli Serdang AKBP Raditya Kusuma mengatakan pelaku sudah ditangkap.\n\n"
    '"Pelaku kami tangkap di rumahnya," kata Raditya, Selasa (4/11/2025).\n\n'
    "Korban, Siti Aminah (45), kini dirawat di RSUD Lubuk Pakam.\n\n"
)


@pytest.mark.parametrize("cue,speaker", [
    ("kata polisi itu", "Raditya Kusuma"),
    ("ujar perwira menengah Polri itu", "Raditya Kusuma"),
    ("kata perempuan itu", "Siti Aminah"),  # names no role: the one brought in with an age
    ("ujar korban itu", "Siti Aminah"),
])
def test_a_description_means_the_one_brought_in_with_an_age_only_if_it_fits(cue, speaker):
    check(VICTIM_BETWEEN + f'"Satu orang masih kami kejar," {cue}.', speaker, None if speaker == "Siti Aminah" else "Kapolres Deli Serdang AKBP")


@pytest.mark.parametrize("phrase", [
    "Seorang peneliti di Fakultas Hukum Universitas Gadjah Mada",
    "Salah seorang dosen Universitas Gadjah Mada",
    "entomolog di Institut Ilmu Pengetahuan Alam Islandia",
])
def test_the_end_of_an_institutions_name_is_no_persons_name(phrase):
    mention = parse_mention(phrase)
    assert mention is not None and mention.name == () and mention.role_only


@pytest.mark.parametrize("phrase,name", [
    ("Seorang ekolog Universitas Tadulako Hendra Wijaya", ("Hendra", "Wijaya")),
    ("Rektor Universitas Sentosa Budi Hartono", ("Budi", "Hartono")),
])
def test_a_holder_named_after_an_institution_still_is(phrase, name):
    assert parse_mention(phrase).name == name


CONTEST = (
    "Penyelenggaraan lomba ini pun mendapat apresiasi dari Kepala Dinas Pendidikan Kota Salatiga, Rudi Hartawan. "
    '"Kami ingin semua sekolah ikut serta," ujar Rudi.\n\n'
)


@pytest.mark.parametrize("text,speaker,title", [
    (CONTEST + "Lomba tersebut juga mendapat dukungan dari Ketua Komite Sekolah, Wulan Sasmita. Ia menilai kegiatan "
     'ini penting bagi anak-anak.\n\n"Anak-anak perlu ruang untuk berkreasi," pungkasnya.', "Wulan Sasmita", "Ketua Komite Sekolah"),
    # `Menurutnya,` after her: not the head of office quoted before
    (CONTEST + "Lomba tersebut juga mendapat dukungan dari Ketua Komite Sekolah, Wulan Sasmita. Menurutnya, kegiatan "
     'ini penting bagi anak-anak.\n\n"Anak-anak perlu ruang untuk berkreasi," pungkasnya.', None, None),
])
def test_a_pronoun_after_a_name_set_off_after_an_office_closing_the_sentence_is_not_the_previous_speaker(text, speaker, title):
    check(text, speaker, title)


@pytest.mark.parametrize("text,speaker,title", [
    ('"Keluarganya baru tahu dari media sosial," kata peneliti pada Lembaga Hak Sipil Asia (LHSA), Farah Nadeem.',
     "Farah Nadeem", "peneliti pada Lembaga Hak Sipil Asia (LHSA)"),
    ('"Datanya sudah kami serahkan," kata analis pada Badan Pusat Statistik, Rudi Hartono.',
     "Rudi Hartono", "analis pada Badan Pusat Statistik"),
    # `pada` before a day or a date is when, not where: the phrase ends before it
    ('Rudi Hartono, peneliti, hadir di sana.\n\n"Datanya sudah kami serahkan," kata peneliti itu pada Senin (3/3/2025).',
     "Rudi Hartono", "peneliti"),
])
def test_a_role_reads_on_through_pada_to_the_body_it_works_at(text, speaker, title):
    check(text, speaker, title)
