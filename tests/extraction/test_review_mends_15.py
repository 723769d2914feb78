"""Shapes a review of the fifteenth session's rules broke, and wrong speakers a scan of its output
found, mended (quotebook/extraction: context, phrases, pipeline, abstain). Every text here was written for these tests."""
from __future__ import annotations

import pytest

from quotebook.extraction.article import Article
from quotebook.extraction.mentions import parse_mention

from .test_speakers import check


# Each text broke a new rule before its mend.
SESSION_15_BREAKS = [
    pytest.param(
        'Menurut tetangga korban, Budi jarang terlihat keluar rumah.\n\n"Dia memang pendiam," ujarnya.',
        None, None, id="menurut_a_role_then_a_clauses_subject_is_no_holder",
    ),
    pytest.param(
        'Menurut warga setempat, Joko Susilo saat ditemui di rumahnya, banjir datang tiba-tiba.\n\n"Airnya cepat naik," katanya.',
        "Joko Susilo", "warga setempat", id="menurut_a_role_then_its_holder_and_a_circumstance",
    ),
    pytest.param(
        'Sebelum dijemput oleh petugas Basarnas, Joni, seorang nelayan, bertahan di atas perahu.\n\n"Saya hanya bisa berdoa," kata Joni.',
        "Joni", "nelayan", id="the_role_after_the_name_wins_over_one_after_a_preposition",
    ),
    pytest.param(
        'Usai bertemu dengan anggota Komisi IV DPR, Sutrisno, didampingi istrinya, langsung pulang.\n\n"Kami diberi harapan," kata Sutrisno.',
        "Sutrisno", None, id="the_subject_after_an_opening_phrase_takes_no_role_from_it",
    ),
    pytest.param(
        'Penghargaan itu diberikan kepada siswa berprestasi dan guru pembimbingnya, Rina Kartika.\n\n"Saya bangga," kata Rina.',
        "Rina Kartika", None, id="a_list_after_a_preposition_is_no_role",
    ),
    pytest.param(
        'Presiden Direktur PT Sentosa Motor, Bill Sentosa, berkunjung tahun lalu.\n\n'
        '"Kami menghentikan penjualan," bunyi pernyataan resmi Sentosa.',
        "Sentosa", None, id="a_firm_named_as_a_persons_surname_stays_the_firm",
    ),
    pytest.param(
        '"Pasien sudah stabil," kata perawat jaga, dr. Budi Santoso sudah memeriksanya tadi pagi.',
        None, "perawat jaga", id="a_doctor_opening_a_new_clause_is_not_the_speaker",
    ),
    pytest.param(
        '"Stok vaksin masih cukup," kata Yuliani, Kepala Puskesmas Sentosa melalui sambungan telepon, Selasa.',
        "Yuliani", "Kepala Puskesmas Sentosa", id="a_role_after_the_name_then_melalui_is_no_new_clause",
    ),
    pytest.param(
        '"Aku senang," kata Ivan Gunawan.\n\n"Aku juga," kata Ayu Lestari. Ia juga mengunggah foto.\n\n'
        '"Makasih sahabatku," tulisnya sambil menandai akun @ivan_gunawan.',
        "Ayu Lestari", None, id="a_tagged_account_is_not_the_writers",
    ),
    pytest.param(
        '"Aku senang," kata Atta Pratama.\n\nAnang Hermawan menanggapi kabar itu. '
        '"Alhamdulillah, doakan lancar," katanya seperti dikutip dari akun YouTube @attapratama.',
        "Anang Hermawan", None, id="a_spoken_cue_on_someone_elses_channel",
    ),
    pytest.param(
        '"Kami siap," ujar Kepala Dinas Pendidikan Budi Santoso Di Kantornya, Senin (3/2).',
        "Budi Santoso", "Kepala Dinas Pendidikan", id="a_capitalised_preposition_after_a_name_ends_the_phrase",
    ),
]


@pytest.mark.parametrize("text,speaker,title", SESSION_15_BREAKS)
def test_session_15_review_breaks_stay_mended(text, speaker, title):
    check(text, speaker, title)



def test_a_source_then_a_name_opening_a_clause_with_an_active_verb_is_the_source_speaking():
    text = (
        '"Kami tidak tahu," kata Budi Santoso.\n\n'
        "Di sisi lain, lanjut Sugiarto, Nando menerima kartu anggota partai. "
        '"Tapi ada kewajiban menjadi anggota," katanya.'
    )
    check(text, "Sugiarto", None)


def test_a_sociologist_named_after_an_inline_cue_speaks_next():
    text = (
        '"Kami tidak tahu," kata Budi Santoso.\n\n'
        "Diskursus publik bisa memperburuk diskriminasi, kata sosiolog Malte Reinhart dari Lembaga Riset Sentosa, "
        'yang ikut meneliti kesenjangan upah. "Kategori ras tertentu menjadi lebih menonjol," ujarnya.'
    )
    check(text, "Malte Reinhart", "sosiolog")


def test_the_account_a_pronoun_cue_quotes_is_its_holders_when_the_handle_spells_their_name():
    text = (
        'JAKARTA - "Aku senang sekali," kata penyanyi Rina Kartika.\n\nMusisi Andi Prasetyo menjelaskan alasannya.\n\n'
        '"Kembali ke setelan awal setelah mengantar anak," tulisnya dikutip dari akun @rinakartikareal, Kamis.'
    )
    check(text, "Rina Kartika", "penyanyi")



def test_a_rank_then_a_doctors_dr_set_off_after_an_office_opens_the_name():
    check('"Jenazah berhasil diidentifikasi," ungkap Kasubdit Dokpol Polda Sentosa, AKBP dr Adam Wicaksono.',
          "Adam Wicaksono", "Kasubdit Dokpol Polda Sentosa AKBP")


@pytest.mark.parametrize("degrees", ["MPH", "SKM MKes", "SKed"])
def test_health_degrees_without_periods_after_the_name_are_no_name_words(degrees):
    text = f'JAKARTA - Kepala Puskesmas Sentosa Rina Lestari {degrees} mengatakan warga sehat.\n\n"Kami siap," kata Rina.'
    check(text, "Rina Lestari", "Kepala Puskesmas Sentosa")


@pytest.mark.parametrize(
    "phrase,name,title",
    [
        ("Kompol Budi Santoso Kapolsek Cilandak", ("Budi", "Santoso"), "Kapolsek Cilandak Kompol"),
        ("AKP Yusran Kasat Lantas Polres Sentosa", ("Yusran",), "Kasat Lantas Polres Sentosa AKP"),
    ],
)
def test_a_rank_and_a_name_before_the_office_are_read_as_after_it(phrase, name, title):
    # (the place after the office was read as the name: `Cilandak`)
    mention = parse_mention(phrase)
    assert (mention.name, mention.title) == (name, title)


def test_the_title_of_a_name_with_an_alias_stays_in_its_paragraph():
    text = (
        "Warga terdampak:\n- Kelurahan Balok, Kecamatan Sentosa: 31 KK\n\n"
        "Menanggapi situasi ini, Bupati Sentosa Dyah Ayu Permatasari atau akrab disapa Mbak Ayu, mengatakan pihaknya siap.\n\n"
        '"Kami terus berkoordinasi," kata Mbak Ayu.'
    )
    check(text, "Dyah Ayu Permatasari", "Bupati Sentosa")


@pytest.mark.parametrize("role", ["Fisikawan", "Cendekiawan", "Pustakawan"])
def test_a_wan_profession_before_a_name_is_a_role_not_a_name_word(role):
    mention = parse_mention(f"{role} Rudi Hartono")
    assert (mention.name, mention.title) == (("Rudi", "Hartono"), role)


def test_a_common_given_name_before_another_speakers_short_form_opens_the_name():
    # (`Guntur` is another speaker's short form; `Asep` before it is a given name, not the body's)
    text = (
        '"Kami melapor hari ini," kata Koordinator Gabungan Guntur Harahap. "Kami tunggu," ujar Guntur.\n\n'
        "Pelaksana Tugas Deputi Penindakan KPK Asep Guntur Rahayu menyebut akan mengecek laporan itu.\n\n"
        '"Laporan ditelaah dulu," ucap Asep.'
    )
    check(text, "Asep Guntur Rahayu", "Pelaksana Tugas Deputi Penindakan KPK")




def test_a_country_written_alone_after_a_reporting_verb_is_no_ones_short_form():
    # (`sikap tegas Perancis`: a cue word's form before the country made it the first word of `Perancis Emmanuel Macron`)
    article = Article("Ia menyoroti sikap tegas Perancis terhadap Israel. Wong menegaskan hal itu.")
    assert "wong" in article.evidence.short and "perancis" not in article.evidence.short



THIRD_REVIEW = [
    pytest.param('"Pelaku sudah kami tangkap," kata Iptu Lukman Hakim.', "Lukman Hakim", "Iptu", id="a_surname_that_is_an_office_word"),
    pytest.param('"Situasi kondusif," kata Letkol Inf Rahmat Hakim Dandim 0712 Tegal.', "Rahmat Hakim", "Dandim 0712 Tegal Letkol Inf",
                 id="of_two_office_words_after_a_name_the_first_is_a_surname"),
    pytest.param('JAKARTA - Lurah Pondok Indah Budi Hartono mengatakan warga tenang.\n\n"Aman," kata Budi.', "Budi Hartono",
                 "Lurah Pondok Indah", id="a_common_name_closing_a_place_stays_the_places"),
    pytest.param(
        'Ketua DPRD Toba Budi Santoso Siregar mengatakan anggaran disetujui. "Tahun ini dikerjakan," kata Budi Santoso.\n'
        'Namun warga Desa Lumban, Budi Siregar (45), mengaku belum melihat alat berat. "Belum ada," ujar Budi Siregar.',
        "Budi Siregar", "warga Desa Lumban", id="a_first_and_last_name_is_another_person_named_so",
    ),
]


@pytest.mark.parametrize("text,speaker,title", THIRD_REVIEW)
def test_third_review_breaks_stay_mended(text, speaker, title):
    check(text, speaker, title)


def test_an_office_set_off_after_the_name_keeps_its_body_after_dari():
    check('"Ini angka resmi," ujar Amanda Kendrick, CEO dari Climate Sentosa.', "Amanda Kendrick", "CEO dari Climate Sentosa")
    check('"Ini angka resmi," ujar Budi Santoso, Ketua RT dari Jakarta Utara, kepada wartawan.', "Budi Santoso", "Ketua RT")
