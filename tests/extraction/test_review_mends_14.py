"""Shapes a review of the fourteenth session's title rules broke, mended (quotebook/extraction:
mentions, titles, referents). Every text here was written for these tests."""
from __future__ import annotations

import pytest

from quotebook.extraction import extract
from quotebook.extraction.mentions import parse_mention
from quotebook.extraction.tokens import name_like

COACH = "Pelatih asal Brasil, Marcos Silva, memimpin latihan pagi itu.\n\n"


def said(text):
    return [(q.speaker, q.title) for q in extract(text)]


@pytest.mark.parametrize(
    "phrase",
    ["ekolog Universitas Gadjah Mada", "pengamat politik dari Universitas Gadjah Mada", "dermatolog RS Cipto Mangunkusumo"],
)
def test_an_institution_after_a_common_role_is_nobodys_name(phrase):
    mention = parse_mention(phrase)
    assert mention is not None and mention.name == () and mention.title == phrase


def test_a_clubs_fc_is_no_initial_of_its_coachs_name():
    mention = parse_mention("Pelatih Arema FC Joel Cornelli")
    assert (mention.name, mention.title) == (("Joel", "Cornelli"), "Pelatih Arema FC")


def test_a_units_roman_numeral_is_no_name():
    text = 'Situs itu ditemukan warga.\n\n"Temuan ini sangat penting," kata arkeolog Balai Pelestarian Kebudayaan Wilayah X.\n'
    assert said(text) == [(None, "arkeolog Balai Pelestarian Kebudayaan Wilayah X")]


@pytest.mark.parametrize(("phrase", "initial"), [("tersangka berinisial X", "X"), ("pelaku V (34)", "V")])
def test_a_single_letter_after_a_role_in_lower_case_stays_someones_initial(phrase, initial):
    assert parse_mention(phrase).name == (initial,)


def test_a_role_after_bersama_and_someone_elses_name_is_the_named_ones():
    text = (
        "Kegiatan itu dibuka Menteri Pertanian Adil Makmur bersama Dirjen Tanaman Pangan, Rudi Hartono.\n\n"
        '"Benih sudah kami salurkan," kata Rudi.\n\n"Panen raya bulan depan," ujar menteri pertanian.\n'
    )
    assert said(text) == [("Rudi Hartono", "Dirjen Tanaman Pangan"), ("Adil Makmur", "Menteri Pertanian")]


@pytest.mark.parametrize(
    "tail",
    [
        "di Stadion Manahan Solo",
        "dalam jumpa pers di Jakarta International Stadium",
        "dalam wawancara dengan Detik Sport",
    ],
)
def test_a_place_or_medium_after_a_bare_role_keeps_the_holder_named_before(tail):
    text = COACH + f'"Kami siap bertanding," ujar pelatih asal Brasil {tail}.\n'
    assert said(text)[0][0] == "Marcos Silva"


def test_konjen_is_an_office():
    text = 'Ekspor naik.\n\nKonjen RI di Osaka, Diana Sutikno, mengatakan, produk itu laku. "Kami dorong terus," ujarnya.\n'
    assert said(text) == [("Diana Sutikno", "Konjen RI di Osaka")]


def test_sub_koordinator_is_an_office():
    text = 'Pencairan dimulai.\n\n"Silakan buka laman itu," kata Subkoordinator PIP Mulyono, dikutip dari sebuah media.\n'
    assert said(text) == [("Mulyono", "Subkoordinator PIP")]


def test_a_former_office_stated_mid_sentence_keeps_its_mantan():
    text = 'Laporan itu dibuat mantan Gubernur Jawa Barat Rudi Kamal.\n\n"Ini tidak benar," kata Rudi.\n'
    assert said(text) == [("Rudi Kamal", "mantan Gubernur Jawa Barat")]


def test_an_organisation_an_acronym_spells_out_is_no_name_in_the_role():
    text = (
        "Warga ikut ditahan, menurut Elena Marsh, Wakil Presiden Nasional United Farm Workers (UFW). "
        'Seorang pekerja dilaporkan meninggal.\n\n"Ada warga yang turut ditahan," kata Marsh.\n'
    )
    assert said(text) == [("Elena Marsh", "Wakil Presiden Nasional United Farm Workers (UFW)")]


def test_a_departemen_is_an_organisation_word():
    text = (
        "Departemen Keamanan Dalam Negeri (DKN) menyebut migran itu kabur.\n\n"
        '"Individu itu tidak dikejar," jelas DKN dalam pernyataan tertulis.\n'
    )
    assert said(text) == [("Departemen Keamanan Dalam Negeri", None)]


def test_duta_besar_opens_a_role_though_duta_alone_is_a_name_word():
    text = (
        "Investasi terus masuk. Optimisme itu turut disambut Duta Besar Pakistan, Zahid Hafiz, yang meninjau "
        'langsung kawasan pembangunan.\n\n"Ini tempat yang indah," kata Zahid.\n'
    )
    assert said(text) == [("Zahid Hafiz", "Duta Besar Pakistan")]
    surname = 'Menanda Putra Duta menerima penghargaan itu.\n\n"Saya siap mengabdi," kata Menanda.\n'
    assert said(surname) == [("Menanda Putra Duta", None)]


@pytest.mark.parametrize(
    "cue_words, speaker, title",
    [
        ("ujar Konsul Jenderal RI di Houston, Nana Yuliana, Selasa", "Nana Yuliana", "Konsul Jenderal RI di Houston"),
        ("kata Kepala Sekolah di Desa Sukamaju, Arifi Santoso", "Arifi Santoso", "Kepala Sekolah di Desa Sukamaju"),
        ("kata Kepala Dinas Kesehatan di Semarang, Jawa Tengah", None, "Kepala Dinas Kesehatan"),
    ],
)
def test_an_office_at_a_place_then_a_name_set_off(cue_words, speaker, title):
    assert said(f'Ekspor naik.\n\n"Kami dorong terus," {cue_words}.\n') == [(speaker, title)]


@pytest.mark.parametrize(
    "opening, speaker, title",
    [
        ("Istri almarhum Brigadir Yoga Hutapea, Rina Hartanti, tak kuasa menahan tangis.", "Rina Hartanti", "Istri almarhum Brigadir Yoga Hutapea"),
        ("Ayah korban Dina Lestari, Slamet Riyadi, tampak terpukul.", "Slamet Riyadi", "Ayah korban Dina Lestari"),
        ("Adik Gubernur Sentosa Andra Wijaya, Rudi Hartanto, juga hadir.", "Rudi Hartanto", "Adik Gubernur Sentosa Andra Wijaya"),
    ],
)
def test_a_relative_set_off_after_the_one_they_are_related_to_is_the_subject(opening, speaker, title):
    text = f'Pemakaman berlangsung haru.\n\n{opening}\n\n"Saya ikhlas melepasnya," ujarnya.\n'
    assert said(text) == [(speaker, title)]


def test_a_firms_short_form_after_atau_is_no_alias_of_a_person():
    text = (
        "Jalan tol dibuka.\n\nHal itu disampaikan Direktur Operasi III PT Sinar Karya Abadi atau SKA Budi Santoso Putra "
        'dalam siaran pers, Sabtu.\n\n"Dengan tersambungnya ramp, arus lancar," jelasnya.\n'
    )
    assert said(text) == [("Budi Santoso Putra", "Direktur Operasi III PT Sinar Karya Abadi")]


def test_places_joined_by_a_hyphen_are_no_name():
    assert not name_like("Timur-Bali") and not name_like("Jakarta-Bandung")
    assert name_like("Abdul-Rahman")


@pytest.mark.parametrize(
    "opening, speaker, title",
    [
        ("Ketua Umum Partai Bintang Sudirman Hadi melalui Sekretaris Jenderal Rudi Hartono menyampaikan sikap partai.", "Rudi Hartono", "Sekretaris Jenderal"),
        ("Bupati Sentosa Rudi Hartono melalui kuasa hukumnya, Budi Santoso, membantah tuduhan itu.", "Budi Santoso", "kuasa hukum Bupati Sentosa Rudi Hartono"),
        ("Di Jakarta melalui Ketua Panitia Budi Santoso, panitia mengumumkan hasil.", "Budi Santoso", "Ketua Panitia"),
    ],
)
def test_the_one_a_role_through_melalui_belongs_to_is_an_organisation_or_a_whole_person(opening, speaker, title):
    who = speaker.split()[0]
    assert said(f'Rapat digelar.\n\n{opening}\n\n"Kami solid," kata {who}.\n') == [(speaker, title)]


@pytest.mark.parametrize("words", ["psikolog kedua yang diwawancarai Tribun Sentosa", "psikolog berinisial BS di Klinik Harapan Sentosa"])
def test_an_ordinal_or_initials_make_a_role_someone_else_than_its_holder_named_before(words):
    text = f'Psikolog Rina Wulandari menjelaskan dampaknya.\n\n"Anak perlu didampingi," ujar {words}.\n'
    assert said(text)[0][0] is None


def test_a_common_roles_kind_word_in_lower_case_is_no_institution():
    assert said('Sekolah itu rusak.\n\n"Kami butuh bantuan," kata kepala sekolah Wiwik Sumarni.\n') == [("Wiwik Sumarni", "kepala sekolah")]


def test_two_capitals_after_the_jenderal_of_an_office_stay_initials():
    assert parse_mention("Sekretaris Jenderal HM Prasetyo").name == ("HM", "Prasetyo")


def test_a_role_before_yang_bernama_ends_before_yang():
    text = 'Berita itu viral.\n\nPemerintah merespons soal siswi asal Kabupaten Kotabaru yang bernama Dinda (18).\n\n"Nama saya satu huruf," kata Dinda.\n'
    assert said(text) == [("Dinda", "siswi asal Kabupaten Kotabaru")]


def test_a_place_and_a_common_word_after_a_role_are_a_field_no_name():
    assert parse_mention("pemandu wisata dan calon ahli Mesir Kuno").name == ()


def test_a_contributor_is_a_role():
    text = 'Wartawan dilarang merekam.\n\n"Saya juga kaget," ungkap Kontributor CNN, Risal kepada wartawan, Kamis.\n'
    assert said(text) == [("Risal", "Kontributor CNN")]


@pytest.mark.parametrize("subject", ["Dia", "Sulpakar"])
def test_someone_named_in_what_a_speaker_reports_after_a_comma_is_no_new_speaker(subject):
    text = (
        "Wartawan dilarang merekam.\n\nKasi Humas Polres Barru Iptu Sulpakar menuturkan, kejadian itu salah paham.\n\n"
        f"{subject} mengungkapkan, Kapolsek Irwansyah tidak berniat melarang wartawan.\n\n"
        '"Mungkin begini, lain maknanya dia," ujarnya.\n'
    )
    assert said(text) == [("Sulpakar", "Kasi Humas Polres Barru Iptu")]


def test_a_name_opening_with_a_prefix_is_a_name_though_it_ends_in_a_place_word():
    mention = parse_mention("Deputi Bidang Koordinasi Kemenko Kumham Imipas, I Nyoman Gede Surya Mataram")
    assert mention.name == ("I", "Nyoman", "Gede", "Surya", "Mataram")


def test_chair_is_an_english_office():
    text = 'Cuaca ekstrem.\n\n"Dingin sekali di sini," ujar Chair & CEO Sentosa Tech, Charles Robson.\n'
    assert said(text)[0][0] == "Charles Robson"


def test_a_body_spoken_for_by_pihak_is_the_body():
    text = 'Warga ditahan.\n\n"Setelah menerima informasi, kami bergerak," jelas pihak KBRI Phnom Penh dalam keterangannya.\n'
    assert said(text) == [("KBRI Phnom Penh", None)]


def test_a_name_then_dari_is_the_persons_not_the_organisations_after_it():
    text = 'Saham naik.\n\nRandall McCoy dari firma hukum Hall Ester menyebut kasus itu rumit. "Tidak ada yang pasti," ujarnya.\n'
    assert said(text) == [("Randall McCoy", None)]


def test_an_unnamed_someone_at_a_named_place_is_no_one_named():
    text = (
        'Desa itu ramai.\n\n"Kami senang," kata Rina Gill, pemilik toko.\n\n'
        "Seorang warga di kedai teh Castle Rising menyebut langkah itu berlebihan.\n\n"
        '"Seolah mereka berpikir taruh saja di sini," ujarnya.\n'
    )
    assert said(text)[1][0] is None


def test_an_office_after_dan_and_someone_elses_name_is_the_named_ones():
    mention = parse_mention("Gubernur Sentosa Pramana Anung dan Menteri Koordinator Bidang PMK Mulyadi Iskandar")
    assert (mention.name, mention.title) == (("Mulyadi", "Iskandar"), "Menteri Koordinator Bidang PMK")
    both = parse_mention("Wakil Ketua MPR dan anggota Komisi III DPR Eddy Santoso")  # two roles of one person
    assert both.title == "Wakil Ketua MPR dan anggota Komisi III DPR"


@pytest.mark.parametrize(
    "middle",
    ["Selain itu, lanjut Fadli, Suharyo juga memiliki peran penting dalam pembangunan.", "Menurut Fadli, Suharyo adalah tokoh penting."],
)
def test_someone_named_in_what_a_source_reports_after_menurut_or_lanjut_is_no_new_speaker(middle):
    text = (
        'Gelar diusulkan.\n\n"Semua memenuhi syarat," kata Menteri Kebudayaan Fadli Rahman.\n\n'
        f'{middle}\n\n"Jasanya besar," ujar dia.\n'
    )
    assert said(text)[1] == ("Fadli Rahman", "Menteri Kebudayaan")


def test_a_pronoun_cue_is_not_of_someone_its_quote_names_whole():
    text = (
        "Acara itu meriah.\n\nYohan Suryadi mengingatkan pentingnya sains.\n\n"
        '"Kemarin Profesor (Yohan Suryadi) bilang, jangan pensiun dulu. Tapi saya bilang sudah waktunya," ungkapnya.\n'
    )
    assert said(text)[0][0] is None


def test_a_time_clause_with_a_reporting_verb_is_no_report():
    text = (
        "Kasus itu berlanjut.\n\nWakil Ketua KPK Nurul Hakim menyebut penyidik sudah memanggil tersangka dua kali.\n\n"
        "Saat wartawan bertanya, Bupati Lampung Tengah Arman Saputra memilih diam dan bergegas masuk ke mobilnya.\n\n"
        '"Tanya saja ke pengacara saya," katanya.\n'
    )
    assert said(text) == [("Arman Saputra", "Bupati Lampung Tengah")]


def test_someone_reported_on_then_taken_up_by_name_leaves_a_pronoun_cue_unnamed():
    text = (
        "Pungli terungkap.\n\nKepala Seksi Pidana Khusus, Rina Marlina, menjelaskan, kasus bermula dari laporan warga. "
        "Dia mengungkapkan, Kapolsek Cibinong AKP Hendro Saputro tidak mengetahui adanya pungutan tersebut.\n\n"
        'Hendro kemudian memerintahkan anggotanya menyelidiki.\n\n"Kami tidak akan menoleransi pungli," ujarnya.\n'
    )
    assert said(text)[0][0] != "Rina Marlina"


@pytest.mark.parametrize("phrase", ["Bersama Rudi Santoso dari Polres Bogor", "Kepada Rudi Santoso dari Polres Bogor"])
def test_a_common_word_before_a_name_and_dari_is_no_part_of_the_name(phrase):
    mention = parse_mention(phrase)
    assert mention is None or "Bersama" not in mention.name and "Kepada" not in mention.name
