"""Short forms, nicknames, organisations and office words on text nobody tuned
the rules on (issue 12, branch i12-short). Every text is invented, in the shape
of Indonesian news sentences; each case gives the (speaker, title) expected for
the LAST quote in it. Titles compare as sets of lower-case words."""
from __future__ import annotations

import pytest

from quotebook.extraction.mentions import parse_mention

from .test_speakers import check, table
from .conftest import only


# A local office word after the name and a comma is the title, not the speaker.
LOCAL_OFFICES = table(
    (
        "dukuh-after-the-name",
        '"Air sumur kami berbau sejak pabrik itu buka," kata Sumarjono, Dukuh Kedungrejo II, saat ditemui.',
        "Sumarjono", "Dukuh Kedungrejo II",
    ),
    (
        "dukuh-as-a-place-is-nobody",
        '"Bantuan sudah kami kirim," kata Kepala BPBD Sentosa, Waluyo.\n\n'
        "Jembatan itu menghubungkan Dukuh Kedungrejo dengan Dukuh Ngasem.\n\n"
        '"Warga tidak sampai terisolir," jelasnya.',
        "Waluyo", "Kepala BPBD Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", LOCAL_OFFICES)
def test_a_local_office_after_the_name_is_its_title(text, speaker, title):
    check(text, speaker, title)


# An organisation that speaks is named whole, not split into title and name.
ORGANISATIONS = table(
    (
        "organisation-before-the-quote",
        'Kepolisian Sentosa mengatakan, "Kami sedang menyelidiki kebakaran gudang itu."',
        "Kepolisian Sentosa", None,
    ),
    (
        "organisation-after-the-quote",
        '"Pedagang akan dipindahkan ke pasar sementara," kata Kementerian Perdagangan Sentosa.',
        "Kementerian Perdagangan Sentosa", None,
    ),
    (
        "rank-and-name-is-a-person",
        '"Kami sudah menurunkan tim ke lokasi," kata Jenderal Wiranto.',
        "Wiranto", "Jenderal",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ORGANISATIONS)
def test_an_organisation_speaking_is_named_whole(text, speaker, title):
    check(text, speaker, title)


# Initials the article spells out: the person keeps the title given with the full name.
INITIALS = table(
    (
        "initials-keep-the-title",
        "Menteri Koordinator Bidang Pangan dan Pertanian, Bambang Adi Santoso (BAS), meninjau gudang Bulog.\n\n"
        '"Stok beras aman sampai akhir tahun," kata BAS.',
        "Bambang Adi Santoso", "Menteri Koordinator Bidang Pangan dan Pertanian",
    ),
    (
        "short-form-after-initials",
        "Anggota Komisi IV DPR Rudi Hartono Siregar (RHS) mendesak pemerintah menambah stok.\n\n"
        '"Harga cabai sudah terlalu tinggi," ujar Rudi di Jakarta.',
        "Rudi Hartono Siregar", "Anggota Komisi IV DPR",
    ),
    (
        "initials-of-a-place-in-a-title",
        "Bupati Ogan Sentosa Ilir (OSI) Mukhlis Harahap meninjau banjir.\n\n"
        '"Warga sudah dievakuasi," kata Bupati.',
        "Mukhlis Harahap", "Bupati Ogan Sentosa Ilir (OSI)",
    ),
)


@pytest.mark.parametrize("text,speaker,title", INITIALS)
def test_initials_stated_keep_the_full_name_and_title(text, speaker, title):
    check(text, speaker, title)


# A short form at the cue finds a full name of an unusual shape.
SHORT_FORMS = table(
    (
        "first-name-that-is-a-function-word",
        "Ancaman itu nyata, menurut Dan Whitaker, peneliti senior di lembaga kajian Asia Timur.\n\n"
        '"Mereka tidak akan berhenti menguji rudal," kata Whitaker.',
        "Dan Whitaker", "peneliti senior di lembaga kajian Asia Timur",
    ),
    (
        "reduplicated-surname",
        "Kuasa hukum para petani, Rahmat Jaya Sitorus-sitorus, mengatakan gugatan sudah didaftarkan.\n\n"
        '"Kami menunggu jadwal sidang," kata Rahmat.',
        "Rahmat Jaya Sitorus-sitorus", "Kuasa hukum para petani",
    ),
    (
        "reduplicated-common-word-is-no-name",
        'Ketua koperasi, Rina Wulandari mengatakan harga naik.\n\n"Rata-rata naik sepuluh persen," kata Rina.',
        "Rina Wulandari", "Ketua koperasi",
    ),
    (
        "conjunction-dan-opening-a-sentence-is-no-name",
        "Menurut Rina Wulandari, panen tahun ini melimpah.\n\n"
        'Dan Rina menambahkan, "Harganya lebih baik."',
        "Rina Wulandari", None,
    ),
)


@pytest.mark.parametrize("text,speaker,title", SHORT_FORMS)
def test_a_short_form_finds_an_unusual_full_name(text, speaker, title):
    check(text, speaker, title)


# A nickname given to a description belongs to the person named before whose name holds it.
DESCRIBED_NICKNAMES = table(
    (
        "nickname-after-a-description",
        "Ketua Komunitas Peduli Sungai, Sugiyarti mengatakan, sampah plastik masih menumpuk.\n\n"
        '"Sungai ini harus bersih lagi," ujar perempuan yang akrab disapa Ugi itu.',
        "Sugiyarti", "Ketua Komunitas Peduli Sungai",
    ),
    (
        "the-nickname-alone-later",
        "Ketua Komunitas Peduli Sungai, Sugiyarti mengatakan, sampah plastik masih menumpuk.\n\n"
        '"Sungai ini harus bersih lagi," ujar perempuan yang akrab disapa Ugi itu.\n\n'
        '"Kami akan terus memantau," kata Ugi.',
        "Sugiyarti", "Ketua Komunitas Peduli Sungai",
    ),
    (
        "a-place-holding-the-letters-is-nobody's-name",
        "Menteri Perumahan Budi Santosa meninjau Mal Pelayanan Publik Kota Semarang.\n\n"
        '"Pelayanan harus lebih cepat," ucap menteri yang akrab disapa Ara itu.',
        # (not Semarang's letters: the demonstrative refers back to the minister named before)
        "Budi Santosa", "Menteri Perumahan",
    ),
)


@pytest.mark.parametrize("text,speaker,title", DESCRIBED_NICKNAMES)
def test_a_nickname_after_a_description_is_the_person_named_before(text, speaker, title):
    check(text, speaker, title)


# The last word of a long office before the comma is not the name when the name's
# part ends in its initials.
LONG_OFFICES = table(
    (
        "office-comma-name-initials",
        "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan, Rudi Hartono Siregar (RHS), "
        "menjelaskan bahwa jalan tol segera dibuka.\n\n"
        '"Kami terus memantau pekerjaan di lapangan," ucapnya dalam konferensi pers.',
        "Rudi Hartono Siregar", "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    ),
)


@pytest.mark.parametrize("text,speaker,title", LONG_OFFICES)
def test_the_end_of_a_long_office_is_no_name(text, speaker, title):
    check(text, speaker, title)


def test_an_organisation_s_initials_after_a_role_keep_it_from_being_a_name():
    """`Wakil Rektor ... Petra Christian University (PCU)`: not a person called University."""
    mention = parse_mention("Wakil Rektor Bidang Akademik Sentosa Christian University (SCU)")
    assert mention is not None and not mention.name


# A nickname with an honorific in parentheses after the name is its alias.
NICKNAMES_IN_PARENS = table(
    (
        "honorific-nickname-in-parens",
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau dapur umum di Sentosa, Senin.\n\n"
        '"Bantuan sudah kami salurkan ke semua posko," kata Gus Ipul.',
        "Saifullah Yusuf", "Menteri Sosial",
    ),
    (
        "familiar-address-nickname-in-parens",
        "Gubernur Jawa Barat Ridwan Kamil (Kang Emil) meninjau tanggul yang jebol.\n\n"
        '"Warga sudah dievakuasi," kata Kang Emil.',
        "Ridwan Kamil", "Gubernur Jawa Barat",
    ),
    (
        "nickname-in-parens-after-a-comma",
        "Menteri Pertanian Hasanuddin Rahman, (Gus Udin) membuka pasar murah di alun-alun.\n\n"
        '"Harga beras kami tekan," kata Gus Udin.',
        "Hasanuddin Rahman", "Menteri Pertanian",
    ),
)


@pytest.mark.parametrize("text,speaker,title", NICKNAMES_IN_PARENS)
def test_a_nickname_in_parens_is_the_name_before_it(text, speaker, title):
    check(text, speaker, title)


# A nickname stated outright (`atau akrab disapa`) after a name of one word is its alias.
ONE_WORD_NAMES_WITH_A_NICKNAME = table(
    (
        "nickname-of-a-one-word-name-set-off",
        "Pendamping hukum warga, Kusumawardani, atau akrab disapa Dani, menemui penyidik.\n\n"
        '"Kami minta berkasnya segera dilimpahkan," kata Dani.',
        "Kusumawardani", "Pendamping hukum warga",
    ),
    (
        "nickname-at-a-cue",
        "Ketua RT 05 Hasanuddin Pohan menunjukkan tanggul yang jebol.\n\n"
        '"Air masuk sejak subuh," kata Hasanuddin atau kerap disapa Ucok.\n\n'
        '"Kami sudah lapor ke kelurahan," ujar Ucok.',
        "Hasanuddin Pohan", "Ketua RT 05",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ONE_WORD_NAMES_WITH_A_NICKNAME)
def test_a_nickname_stated_for_a_one_word_name_is_its_alias(text, speaker, title):
    check(text, speaker, title)


# A name particle (`van`, `von der`) joins the full name, and the short form at the
# cue may write it with a capital.
PARTICLES = table(
    (
        "capital-particle-at-the-cue",
        "Asisten pelatih tim nasional, Frank van Kempen, puas dengan hasil laga.\n\n"
        '"Kami bermain disiplin," ungkap Van Kempen.',
        "Frank van Kempen", "Asisten pelatih tim nasional",  # the role at the introduction (stated_roles)
    ),
    (
        "two-particles-in-the-name",
        "Sementara itu, Presiden Komisi Sentosa Ursula von der Leyen menyatakan senang.\n\n"
        '"Ini pesan yang kuat bagi kedua negara," kata Ursula.',
        "Ursula von der Leyen", "Presiden Komisi Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", PARTICLES)
def test_a_name_particle_joins_the_full_name(text, speaker, title):
    check(text, speaker, title)


# A Balinese name prefix (`Anak Agung`, `Ida Bagus`) opens the name, not the title's end.
NAME_PREFIXES = table(
    (
        "anak-agung-after-an-office",
        "Kepala Dinas Pariwisata Sentosa Anak Agung Made Sujana meninjau pantai yang tercemar.\n\n"
        '"Pantai ini akan kami bersihkan pekan depan," kata Sujana.',
        "Anak Agung Made Sujana", "Kepala Dinas Pariwisata Sentosa",
    ),
    (
        "ida-bagus-after-an-office",
        "Kepala Dinas Sentosa Ida Bagus Putu Wirawan meninjau pantai yang tercemar.\n\n"
        '"Pantai ini akan kami bersihkan pekan depan," kata Wirawan.',
        "Ida Bagus Putu Wirawan", "Kepala Dinas Sentosa",
    ),
)


@pytest.mark.parametrize("text,speaker,title", NAME_PREFIXES)
def test_a_name_prefix_opens_the_name(text, speaker, title):
    check(text, speaker, title)


# A point of the compass opening a name after a role or a comma is a first name,
# not the end of a place.
COMPASS_FIRST_NAMES = table(
    (
        "compass-word-after-a-role",
        "Pelatih Timur Sentosov puas dengan hasil laga semalam.\n\n"
        '"Kami bermain disiplin," kata Sentosov.',
        "Timur Sentosov", "Pelatih",
    ),
    (
        "compass-word-ending-a-province",
        "Gubernur Jawa Timur Khofifah Sentosa meninjau tanggul yang jebol.\n\n"
        '"Warga sudah dievakuasi," kata Khofifah.',
        "Khofifah Sentosa", "Gubernur Jawa Timur",
    ),
)


@pytest.mark.parametrize("text,speaker,title", COMPASS_FIRST_NAMES)
def test_a_compass_word_opening_a_name_is_a_first_name(text, speaker, title):
    check(text, speaker, title)


def test_a_short_name_of_the_first_three_letters_or_more_of_two_words_of_a_name():
    """`kata Sukhadi` for Sukarman Hadiwijaya (as Jokowi is Joko Widodo, the first word clipped too)."""
    text = (
        "Menteri Koordinator Bidang Pangan Sukarman Hadiwijaya meninjau gudang pupuk di Sentosa.\n"
        '"Persediaan jauh lebih banyak," kata Sukhadi.\n'
    )
    q = only(text)
    assert (q.speaker, q.title) == ("Sukarman Hadiwijaya", "Menteri Koordinator Bidang Pangan")

