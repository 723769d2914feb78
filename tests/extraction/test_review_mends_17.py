"""Wrong speakers a scan of the seventeenth session's output on unseen articles found, mended
(quotebook/extraction: context, pipeline, mentions). Every text here was written for these tests."""
from __future__ import annotations

import pytest

from quotebook.extraction.mentions import parse_mention

from .test_speakers import check, last_quote

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
    # a victim is no police officer; nor does the chief's title write `polisi`: nobody
    ("kata polisi itu", None),
    ("ujar perwira menengah Polri itu", None),
    ("kata perempuan itu", "Siti Aminah"),  # names no role: the one brought in with an age
    ("ujar korban itu", "Siti Aminah"),
])
def test_a_description_means_a_party_to_the_case_brought_in_with_an_age_only_if_it_fits(cue, speaker):
    check(VICTIM_BETWEEN + f'"Satu orang masih kami kejar," {cue}.', speaker, None)


@pytest.mark.parametrize("text,speaker", [
    # a new role for someone who is no party to a case may well be theirs (a review's breaks)
    ("Kasatlantas Polres Malang AKP Agung Prasetyo mengatakan kecelakaan dipicu rem blong.\n\n"
     '"Truk melaju dari arah Batu dan menabrak empat sepeda motor," kata Agung.\n\n'
     'Sopir truk, Sugeng (47), selamat dan kini menjalani pemeriksaan.\n\n'
     '"Saya sudah injak rem, tapi tidak berfungsi," kata pengemudi itu.', "Sugeng"),
    ("Gun Gun Heryanto (44), peserta lari setengah maraton, juga tampak bersemangat.\n\n"
     '"Saya harus menjaga ritme lari," ujar akademisi perguruan tinggi itu.', "Gun Gun Heryanto"),
])
def test_a_description_with_a_new_role_still_means_the_one_brought_in_with_an_age(text, speaker):
    assert last_quote(text).speaker == speaker


@pytest.mark.parametrize("middle", [
    # the pronoun sentence after the name does not speak: the official goes on (a review's breaks)
    "Andi Saputra meninggal dunia di lokasi kejadian. Ia mengalami luka parah di bagian kepala.",
    "Kadek Arel mengalami cedera engkel pada menit ke-60. Ia langsung ditarik keluar.",
    "Sementara itu, Hartono Gunadi kini ditahan di Rutan Salemba. Dia dijerat pasal berlapis.",
])
def test_a_pronoun_that_does_not_speak_after_a_bare_name_leaves_the_speaker_going_on(middle):
    text = (
        "DEMAK, KOMPAS.com - Kapolsek Mranggen AKP Joko Susilo mengatakan kejadian itu terjadi pukul 05.30 WIB.\n\n"
        f'"Jalan masih gelap," kata Joko, Senin (3/11/2025).\n\n{middle}\n\n"Semua sudah kami tangani," katanya.'
    )
    check(text, "Joko Susilo", "Kapolsek Mranggen AKP")


SUSPECT_BY_INITIALS = (
    "Kasi Humas Polres Blitar Iptu Bambang Suryono menerangkan, saat ini S sudah ditetapkan sebagai tersangka.\n\n"
    '"Tersangka sudah kita tahan," kata Bambang di Mapolres Blitar, Rabu (5/11/2025).\n\n'
)


@pytest.mark.parametrize("text,speaker", [
    # a suspect named by initials, only done to since: not theirs, nor (on that ground) the officer's
    (SUSPECT_BY_INITIALS + "Kini, Kakek S harus mempertanggungjawabkan perbuatannya.\n\n"
     '"Ancaman hukumannya tujuh tahun penjara," pungkasnya.', None),
    # named speaking, or at the cue: theirs
    (SUSPECT_BY_INITIALS + 'Kakek S mengaku menyesal.\n\n"Saya khilaf," katanya.', "S"),
    ('Rina (40) tidak menyangka anaknya ditangkap. "Saya khawatir," kata Rina.\n\n'
     'E (42) juga demikian. Ia baru tahu dari teman anaknya.\n\n"Ternyata di sini," ucap E.', "E"),
])
def test_someone_named_by_initials_takes_a_pronoun_cue_only_when_named_speaking(text, speaker):
    assert last_quote(text).speaker == speaker


@pytest.mark.parametrize("text,speaker,title", [
    ("GARUT, KOMPAS.com - Kepala SMK Negeri 2 Garut Ahmad Bahrain mengatakan sekolahnya menerima bantuan.\n\n"
     '"Siswa jadi bisa praktik setiap hari," kata Bahrain.', "Ahmad Bahrain", "Kepala SMK Negeri 2 Garut"),
    ('Direktur RSUD Kota Bekasi Muhammad Yaman mengatakan layanan normal.\n\n"Pasien aman," ujar Yaman.',
     "Muhammad Yaman", "Direktur RSUD Kota Bekasi"),
])
def test_a_persons_name_ending_in_a_countrys_name_is_still_theirs(text, speaker, title):
    check(text, speaker, title)


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


@pytest.mark.parametrize("text,speaker", [
    # `pada` before an office is whom the speaker speaks to (a review's breaks)
    ("Presiden Prabowo Subianto meninjau panen raya di Desa Tegalrejo. Sejumlah petani menyampaikan keluhan.\n\n"
     '"Pupuk subsidi sering telat datang, Pak," kata seorang petani pada Presiden Prabowo Subianto.', None),
    ("Suparmi (54), warga Kelurahan Cilincing, mendatangi Polsek Cilincing untuk melaporkan anaknya yang hilang.\n\n"
     '"Tolong cari anak saya," ujar ibu itu pada Kapolsek Cilincing Kompol Hadi Prasetyo.', "Suparmi"),
])
def test_pada_before_an_office_ends_the_speakers_phrase(text, speaker):
    assert last_quote(text).speaker == speaker


@pytest.mark.parametrize("middle", [
    # the name is whom something goes to: the pronoun is the sentence's subject's
    "Retno menyerahkan bantuan tersebut secara simbolis kepada Kepala Desa Jipangan, Sutarno Hadi. "
    "Ia berharap bantuan itu dapat meringankan beban warga.",
    # the sentence reports the speaker's words: `Menurutnya,` goes on with them
    "Ia menambahkan, penyerahan bantuan juga dihadiri Wakil Bupati Boyolali, Wahyu Irawan. "
    "Menurutnya, bantuan akan disalurkan bertahap.",
    "Ia mengatakan data penerima berasal dari Kepala Desa Jipangan, Sutarno Hadi. Menurutnya, datanya sudah diperbarui.",
])
def test_a_pronoun_after_an_office_holder_spoken_to_or_reported_stays_with_the_speaker(middle):
    text = (
        "PT Bank Jateng Cabang Boyolali menyalurkan bantuan 200 paket sembako bagi warga terdampak banjir.\n\n"
        '"Bantuan ini bentuk kepedulian kami," kata Pemimpin Cabang Bank Jateng Boyolali, Retno Wulandari.\n\n'
        f'{middle}\n\n"Ke depan kami akan terus hadir untuk masyarakat," ujarnya.'
    )
    check(text, "Retno Wulandari", "Pemimpin Cabang Bank Jateng Boyolali")
