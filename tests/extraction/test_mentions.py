"""Mentions (quotebook/extraction/mentions.py): where the name starts in a phrase:
places, organisations and English connectors before it, name prefixes in it.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import assert_title, check_one, direct, only


@pytest.mark.parametrize(
    "intro,name,role",
    [
        pytest.param(
            "Direktur Eksekutif Center for Policy and Public Studies Halimah Syamsuddin mengatakan, anggaran desa rawan diselewengkan.",
            "Halimah Syamsuddin",
            "Direktur Eksekutif Center for Policy and Public Studies",
            id="for-and",
        ),
        pytest.param(
            "Pelapak di Tokoraya bertambah. Vice President of Marketplace Tokoraya Wendi Saragih menambahkan, transaksi naik.",
            "Wendi Saragih",
            "Vice President of Marketplace Tokoraya",
            id="of",
        ),
        pytest.param(
            "Menurut Head of Research at PT Sekuritas Nusa Ardian Pohan, investor perlu berhati-hati.",
            "Ardian Pohan",
            "Head of Research at PT Sekuritas Nusa",
            id="at",
        ),
    ],
)
def test_organisations_named_in_english_belong_to_the_title(intro, name, role):
    text = f'{intro}\n"Kami minta semua pihak mengawasi bersama," ujarnya.\n'
    q = only(text)
    assert q.speaker == name
    assert_title(q, role)


@pytest.mark.parametrize(
    "text,speaker",
    [
        pytest.param(
            "Menteri Koordinator Bidang Kemaritiman dan Investasi Luhut Binsar Pandjaitan meninjau pelabuhan.\n"
            '"Pelabuhan ini harus beroperasi penuh," kata Menteri Koordinator Bidang Kemaritiman dan Investasi '
            "Luhut Binsar Pandjaitan.\n"
            "Menteri Koordinator Bidang Kemaritiman dan Investasi Luhut didampingi bupati.\n",
            "Luhut Binsar Pandjaitan",
            id="a-title-and-first-name-elsewhere",
        ),
        pytest.param(
            "Ribuan buruh berunjuk rasa di Jalan Sudirman, Makassar.\n"
            "Kepala Dinas Tenaga Kerja Sulawesi Selatan Sudirman Rahman Hamid menemui massa.\n"
            '"Aspirasi ini akan kami teruskan ke pusat," ujarnya.\n',
            "Sudirman Rahman Hamid",
            id="a-street-named-after-a-name",
        ),
        pytest.param(
            "Persib menegaskan belum ada pemain yang dilepas.\n"
            '"Semua pemain asing masih dalam rencana pelatih," kata manajer Persib Bandung.\n',
            None,
            id="a-club-speaking-is-no-person",
        ),
        pytest.param(
            "Dandim 0817 Gresik Letkol CZI Taufik Ismail mengatakan, posko sudah disiapkan.\n"
            '"Kami siaga penuh," ujarnya.\n',
            "Taufik Ismail",
            id="an-army-corps-code-is-no-initial",
        ),
    ],
)
def test_names_the_new_rules_must_leave_whole(text, speaker):
    quotes = direct(text)
    assert quotes[0].speaker == speaker


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Kepala Dinas Pariwisata Lombok Timur Lalu Hamdani Saputra meninjau pantai yang rusak.\n"
            '"Perbaikan dermaga kami mulai bulan depan," kata Hamdani.\n'
            "Lalu, wisatawan diminta tetap berhati-hati.\n"
        ),
        dict(speaker="Lalu Hamdani Saputra", title_has=("Kepala Dinas Pariwisata Lombok Timur",)),
        id="sasak_name_prefix_lalu_after_a_title_is_part_of_the_name",
    ),
    pytest.param(
        (
            "Suryadi dari PT House of Bamboo mengatakan, pesanan mebel anjlok.\n"
            '"Kami tidak bisa menerima pesanan baru," katanya.\n'
        ),
        dict(speaker="Suryadi"),
        id="a_name_after_an_english_of_is_the_company_not_the_speaker",
    ),
    pytest.param(
        (
            "General Manager PT Taman Wisata Candi Prambanan Ketut Sudarma mengatakan, kuota akan ditambah.\n"
            "Saat dibuka kembali, kuota pengunjung Candi Prambanan hanya 1.500 orang per hari.\n"
            '"Kami mengajukan tambahan kuota menjadi 3.000 orang," ujarnya.\n'
        ),
        dict(speaker="Ketut Sudarma"),
        id="a_temple_or_building_after_a_role_is_a_place_not_a_person",
    ),
    pytest.param(
        (
            "Chief Executive Officer Donasiku Faisal Timur menjelaskan, penyumbang mencapai 700.000 orang.\n"
            "Menurut Faisal, warga tak hanya berdonasi.\n"
            '"Yang menarik, jumlah penyumbangnya sangat besar," tuturnya.\n'
        ),
        dict(speaker="Faisal Timur", title_has=("Chief Executive Officer Donasiku",)),
        id="a_surname_that_is_also_a_place_stays_with_the_name",
    ),
    pytest.param(
        (
            "Presiden Sentosa Bagas Wiratama berpidato di sidang umum.\n"
            "Menurut Bagas Indonesia tidak punya pilihan lain.\n"
            '"Kami harus memulainya sekarang," ujar Bagas.\n'
        ),
        dict(speaker="Bagas Wiratama", title_has=("Presiden",)),
        id="a_place_opening_the_clause_after_menurut_and_a_name_is_no_surname",
    ),
    pytest.param(
        (
            "Pendiri sekaligus CEO Dompetku Arkan Abyasa Fidzuno menyatakan, pihaknya bekerja di ranah edukasi.\n"
            "Pihak Dompetku memastikan setiap risiko dijelaskan kepada klien. Dia membantah memegang akun klien.\n"
            '"Kami tidak punya wewenang mentransaksikan rekening nasabah," ujarnya.\n'
        ),
        dict(speaker="Arkan Abyasa Fidzuno"),
        id="an_organisation_speaking_through_pihak_is_not_a_person",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


# Issue 12: a lone `I` after a place is the numeral of an electoral district, not the
# first word of the name after it, unless it opens a Balinese name (`I Wayan`, `I Made`).
@pytest.mark.parametrize(
    "intro,cue,name",
    [
        pytest.param(
            "Anggota DPR RI dari Daerah Pemilihan Aceh I Fikri Ramadhan menilai anggaran itu kurang.", "kata Fikri",
            "Fikri Ramadhan", id="dapil_aceh_i",
        ),
        pytest.param(
            "Anggota DPRD dari Dapil Jawa Tengah I Sekar Ayuningtyas menyoroti jalan rusak.", "ujar Sekar",
            "Sekar Ayuningtyas", id="dapil_jawa_tengah_i",
        ),
        pytest.param(
            "Anggota DPR dari Dapil Sumut II Hasan Basri menolak usulan itu.", "kata Hasan", "Hasan Basri",
            id="dapil_sumut_ii",
        ),
        pytest.param(
            "Anggota DPRD Bali I Made Wiratama menilai anggaran itu kurang.", "kata Wiratama", "I Made Wiratama",
            id="balinese_i_made_stays",
        ),
        pytest.param(
            "Kepala Dinas Pariwisata Bali I Ketut Sudarsana menilai kunjungan naik.", "kata Sudarsana",
            "I Ketut Sudarsana", id="balinese_i_ketut_stays",
        ),
    ],
)
def test_a_district_numeral_before_a_name_is_not_part_of_it(intro, cue, name):
    check_one(f'{intro} "Ini harus dievaluasi," {cue}.', speaker=name)


# Issue 12: a company's head word in English ends an organisation, not a name.
@pytest.mark.parametrize(
    "phrase", ["juru bicara Sentosa Airways", "juru bicara SKY Airlines", "juru bicara Nusa Corp", "perwakilan Sentosa Ltd"]
)
def test_a_company_head_word_ends_an_organisation(phrase):
    check_one(f'Penerbangan ditunda. "Kami mohon maaf atas keterlambatan ini," ujar {phrase}.', speaker=None, title=phrase)


# A firm's or an institution's name is not a person's: the word after PT, CV or
# Universitas belongs to it, and a run opening with PT is the firm alone.
@pytest.mark.parametrize(
    "phrase", ["Rektor Universitas Sukamaju", "Direktur PT Bintang Samudra", "Manajer CV Karya Mandiri"]
)
def test_the_name_after_a_firm_or_institution_is_its_own(phrase):
    check_one(f'Kampus itu berbenah. "Kami mohon maaf atas keterlambatan ini," ujar {phrase}.', speaker=None, title=phrase)


def test_a_firm_opening_the_sentence_is_no_person_a_pronoun_cue_means():
    text = (
        "JAKARTA - Jalan tol ditutup sementara.\n\n"
        "PT Lintas Samudra Raya menyampaikan permohonan maaf atas gangguan itu.\n\n"
        '"Pengguna jalan dapat memakai gerbang lain," pungkasnya.\n'
    )
    assert [q.speaker for q in direct(text)] == [None]


def test_a_person_after_a_firm_keeps_the_name():
    check_one(
        'Jalan tol ditutup. "Kami mohon maaf," ujar Direktur Utama PT Lintas Samudra Budi Hartanto.',
        speaker="Budi Hartanto", title="Direktur Utama PT Lintas Samudra",
    )


# `Pezavian`: pe- and -an make nouns (`Penanganan`), but no Indonesian root opens with z, q, x or v.
def test_a_name_shaped_like_a_pe_an_noun_with_a_foreign_letter_is_a_name():
    text = (
        "TEHERAN - Presiden Negara Timur Rahim Pezavian meninjau lokasi.\n\n"
        '"Kami akan membangun kembali," ujar Pezavian.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Rahim Pezavian"]


# `Kebangkitan Mamdani juga menyoroti ...`: the rise of Mamdani, a noun made with -an before his name.
@pytest.mark.parametrize("noun", ["Kebangkitan", "Kedatangan", "Laporan", "Penampilan"])
def test_a_noun_made_with_an_before_a_name_is_no_first_name(noun):
    text = (
        "NEW YORK - Wali Kota terpilih Zohran Mamdani menang telak dalam pemilihan.\n\n"
        '"Kota ini milik kalian semua," kata Mamdani.\n\n'
        "Pengamat politik, Robert Lane, menilai kemenangan itu penting.\n\n"
        '"Partai harus berubah," ujarnya.\n\n'
        f"{noun} Mamdani juga menyoroti dinamika internal partai yang terus bergulat.\n\n"
        '"Saya pikir partai ini harus terbuka untuk semua orang," ujar Mamdani.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Zohran Mamdani", "Robert Lane", "Zohran Mamdani"]


# Two people sharing a family name, the second's given name a common word (`Bintang`): both people.
def test_a_given_name_that_is_a_common_word_before_a_family_name_stays_a_person():
    text = (
        "MEDAN - Ketua kelompok tani Rudi Siagian mengatakan panen tahun ini melimpah.\n\n"
        '"Harga gabah juga bagus," kata Rudi.\n\n'
        "Anaknya, Bintang Siagian, ikut membantu di sawah sejak pagi.\n\n"
        '"Saya senang bisa membantu bapak," ujar Bintang.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Siagian", "Bintang Siagian"]


@pytest.mark.parametrize(
    "phrase, speaker, title",
    [
        # initials with their periods between name words are the name's (no acronym, no degree)
        ("Guru Besar Fakultas Hukum UGM Maria S.W. Sumardjono", "Maria S.W. Sumardjono", "Guru Besar Fakultas Hukum UGM"),
        ("Yohanes R.K. Pumbouwi, Kepala Distrik Sentosa", "Yohanes R.K. Pumbouwi", "Kepala Distrik Sentosa"),
        # an acronym with periods after an office is no name's
        ("Direktur U.S. Travel Association Roger Dow", "Roger Dow", "Direktur U.S. Travel Association"),
        # the short form of the body after an office of two words (`Guru Besar`) is the title's
        ("Guru Besar UGM Maria Sumardjono", "Maria Sumardjono", "Guru Besar UGM"),
        ("Guru Besar UI Hikmahanto Juwana", "Hikmahanto Juwana", "Guru Besar UI"),
        # initials opening a name of one word, or after a rank, stay the name's
        ("Guru Besar AB Purba", "AB Purba", "Guru Besar"),
        ("Komisaris Besar RZ Panca Putra Simanjuntak", "RZ Panca Putra Simanjuntak", "Komisaris Besar"),
    ],
)
def test_where_the_name_starts_after_initials_and_short_forms(phrase, speaker, title):
    q = only(f'"Pasal ini bermasalah," kata {phrase}.\n')
    assert (q.speaker, q.title) == (speaker, title)
