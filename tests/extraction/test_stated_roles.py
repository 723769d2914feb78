"""Stated roles (quotebook/extraction/stated_roles.py): the role the article
writes next to a person's full name anywhere, also where the person does not
speak, is that person's title when the quote's cue gives none (issue 12: the
title stated at the introduction was lost when later quotes used the short form).

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import check_one, direct, only

STATED = [
    pytest.param(
        (
            "JAKARTA, KOMPAS.com - Asisten pelatih Timnas U20 Indonesia, Hendrik van Beek, ragu "
            "tentang peluang timnya di laga final.\n"
            "Timnas U20 akan menghadapi Thailand pada Sabtu malam.\n"
            '"Kami harus lebih sabar menunggu peluang," kata Van Beek.\n'
        ),
        dict(speaker="Hendrik van Beek", title="Asisten pelatih Timnas U20 Indonesia"),
        id="role_at_an_introduction_with_no_speech_verb",
    ),
    pytest.param(
        (
            "Menanggapi penetapan tersangka itu, pihak keluarga angkat suara. Pengacara keluarga korban, "
            "Samuel Hutapea yakin polisi bekerja profesional.\n"
            '"Ini bukti penyidik bekerja sungguh-sungguh," ujar Samuel kepada wartawan.\n'
        ),
        dict(speaker="Samuel Hutapea", title="Pengacara keluarga korban"),
        id="role_before_a_set_off_name_in_a_sentence_nobody_speaks_in",
    ),
    pytest.param(
        (
            "Capaian itu menuai apresiasi dari Anggota Komisi B DPRD Jawa Tengah dari Fraksi Partai Maju, "
            "Hartono Wijaya. Ia menilai capaian itu buah kebijakan yang tepat.\n"
            '"Ini pencapaian yang patut kita syukuri," ujar Hartono.\n'
        ),
        dict(speaker="Hartono Wijaya", title_has=("Anggota Komisi B DPRD Jawa Tengah",)),
        id="role_of_a_name_after_a_preposition",
    ),
    pytest.param(
        (
            "Pembangunan kota baru berjalan. Hal itu disebut Kepala Otorita KBS, Bambang Wicaksono dalam acara "
            "forum investasi, Sabtu. Sejumlah investor menyatakan minat.\n\nBambang juga menegaskan, kota itu siap.\n\n"
            '"Saat ini sudah ada 30 investor," kata Bambang.\n'
        ),
        dict(speaker="Bambang Wicaksono", title="Kepala Otorita KBS"),
        id="an_organisation_read_as_a_name_elsewhere_ends_the_role_it_is_in",
    ),
    pytest.param(
        (
            "Perusahaan itu akan menggabungkan dua sistem operasinya. Langkah ini disampaikan langsung oleh "
            "Rangga Wiratama, Presiden Ekosistem Android, dalam wawancara dengan sebuah media.\n\n"
            '"Kami akan menggabungkan keduanya," kata Wiratama.\n'
        ),
        dict(speaker="Rangga Wiratama", title="Presiden Ekosistem Android"),
        id="an_organisation_opening_with_a_common_word_is_no_name_in_the_role",
    ),
    pytest.param(
        (
            "Kuasa hukum Rina Amelia mengajukan banding atas putusan itu pada Senin.\n"
            "Rina Amelia sendiri hadir di ruang sidang.\n"
            '"Saya tidak pernah menerima uang itu," kata Rina.\n'
        ),
        dict(speaker="Rina Amelia", title=None),
        id="a_relation_before_the_name_is_someone_elses_role",
    ),
    pytest.param(
        (
            "Para menteri di kabinet pimpinan Presiden Arjuna Wibisono mulai bekerja.\n"
            '"Semua menteri harus bekerja cepat," kata Presiden Arjuna Wibisono.\n'
        ),
        dict(speaker="Arjuna Wibisono", title="Presiden"),
        id="a_longer_phrase_before_the_name_does_not_replace_the_stated_title",
    ),
    pytest.param(
        (
            "BEKASI, KOMPAS.com - Ibunda almarhum, Sri Wahyuningsih, mengungkapkan putranya sempat mengeluh pusing.\n"
            '"Dia bilang mau pulang hari Minggu," ujar Sri saat ditemui di pemakaman.\n'
        ),
        dict(speaker="Sri Wahyuningsih", title="Ibunda almarhum"),
        id="kinship_word_with_nda_is_a_role",
    ),
    pytest.param(
        (
            "Kabar itu juga dikonfirmasi oleh manajernya, Lestiani, yang menyebut penyanyi itu jatuh.\n"
            '"Benar, dia jatuh di kamar mandi," ujar Lestiani kepada wartawan.\n'
        ),
        dict(speaker="Lestiani", title="manajer"),
        id="a_role_with_nya_after_oleh_is_the_role_without_nya",
    ),
    pytest.param(
        (
            "Harga cabai naik lagi. Budi Santoso merupakan pengamat ekonomi Universitas Sentosa.\n"
            '"Ini musiman saja," ujar Budi.\n'
        ),
        dict(speaker="Budi Santoso", title="pengamat ekonomi Universitas Sentosa"),
        id="a_role_after_merupakan_is_stated_as_a_comma_would",
    ),
    pytest.param(
        (
            "Harga cabai naik lagi. Budi Santoso, yang juga pengamat ekonomi Universitas Sentosa, menilai harga wajar.\n"
            '"Ini musiman saja," ujar Budi.\n'
        ),
        dict(speaker="Budi Santoso", title="pengamat ekonomi Universitas Sentosa"),
        id="a_role_after_yang_juga_is_stated",
    ),
    pytest.param(
        (
            "Banjir datang lagi. Darmin Sulaiman, 46, warga Kampung Sawah, mengaku rumahnya terendam.\n"
            '"Air masuk sejak subuh," katanya.\n'
        ),
        dict(speaker="Darmin Sulaiman", title="warga Kampung Sawah"),
        id="a_role_after_an_age_written_bare_between_commas",
    ),
    pytest.param(
        (
            "Banjir datang lagi. Rina Wulandari, pedagang di Pasar Baru Sentosa, mengaku kiosnya terendam.\n"
            '"Air masuk sejak subuh," ujar Rina.\n'
        ),
        dict(speaker="Rina Wulandari", title="pedagang di Pasar Baru Sentosa"),
        id="a_place_of_two_capitalised_words_after_its_preposition_is_no_name_in_the_role",
    ),
    pytest.param(
        (
            "Banjir datang lagi. Rina Wulandari, warga Desa Sukamaju, Sentosa Barat, mengaku rumahnya terendam.\n"
            '"Air masuk sejak subuh," ujar Rina.\n'
        ),
        dict(speaker="Rina Wulandari", title="warga Desa Sukamaju, Sentosa Barat"),
        id="a_place_after_its_kind_and_a_comma_is_no_name_in_the_role",
    ),
    pytest.param(
        (
            "Rapat berlangsung alot. Gubernur Sentosa Agus Salim, Wali Kota Makmur Rudi Hartono hadir.\n"
            '"Kami sepakat," kata Rudi.\n'
        ),
        dict(speaker="Rudi Hartono", title="Wali Kota Makmur"),
        id="a_list_of_people_is_still_no_role",
    ),
    pytest.param(
        (
            "Harga cabai naik lagi.\n"
            '"Pembeli kurang," ujar Rina Wulandari yang berprofesi sebagai pedagang sayur.\n'
        ),
        dict(speaker="Rina Wulandari", title="pedagang sayur"),
        id="a_role_after_yang_berprofesi_sebagai_is_stated",
    ),
    pytest.param(
        (
            "Rapat berlangsung alot. Sebelum menjabat sebagai ketua panitia, Rina Wulandari menjabat sebagai bendahara.\n"
            '"Kami sepakat," ujar Rina.\n'
        ),
        dict(speaker="Rina Wulandari", title=None),
        id="a_post_held_told_without_yang_is_no_stated_role",
    ),
    pytest.param(
        (
            "Sidang digelar. Hakim ketua Budi Santoso Wijaya memberikan petuah kepada terdakwa.\n"
            '"Jangan diulangi," ujar Budi.\n'
        ),
        dict(speaker="Budi Santoso Wijaya", title="Hakim ketua"),
        id="a_role_of_two_role_words_states_the_lower_case_one_read_alone_more_fully",
    ),
    pytest.param(
        (
            "Kebakaran melanda kios di Pasar Sentosa. Darto Wibisono adalah orang pertama yang melihat api.\n"
            '"Apinya dari kios bagian belakang," kata Darto.\n'
        ),
        dict(speaker="Darto Wibisono", title=None),
        id="a_description_after_a_copula_cut_to_its_first_word_is_no_role",
    ),
    pytest.param(
        (
            "Pesantren itu berdiri sejak 1970. Fauzan Hakim merupakan anak dari almarhum Haji Mahmud, pendiri pesantren itu.\n"
            '"Ayah saya mewakafkan tanah ini," kata Fauzan.\n'
        ),
        dict(speaker="Fauzan Hakim", title="anak dari almarhum Haji Mahmud"),
        id="a_relation_after_a_copula_ends_before_the_other_persons_description",
    ),
]


@pytest.mark.parametrize("text,want", STATED)
def test_stated_roles(text, want):
    check_one(text, **want)


def test_a_role_set_off_after_a_name_keeps_the_firm_named_after_its_legal_form():
    text = (
        "JAKARTA - Somsak Wirathep, Direktur PT Bintang Samudra, hadir dalam acara itu.\n\n"
        '"Kami sungguh minta maaf," kata Wirathep.\n'
    )
    check_one(text, speaker="Somsak Wirathep", title="Direktur PT Bintang Samudra")


@pytest.mark.parametrize(
    "link, role",
    [
        pytest.param("yang juga merupakan", "Co-Founder & Creative Director of Kala Studio", id="yang-juga-merupakan-english-office"),
        pytest.param("yang menjabat sebagai", "Kepala Dinas Pariwisata Kabupaten Sentosa", id="yang-menjabat-sebagai"),
        pytest.param("yang merupakan", "Ketua Umum Apsindo", id="yang-merupakan"),
    ],
)
def test_a_capitalised_role_in_a_relative_clause_after_the_name(link, role):
    text = (
        f"Rinaldo Pratama, {link} {role}, menampilkan karya berjudul Nyala.\n"
        '"Kami ingin merayakan keberanian," ujar Rinaldo di Jakarta.\n'
    )
    q = only(text)
    assert (q.speaker, q.title) == ("Rinaldo Pratama", role)


@pytest.mark.parametrize("when", ["saat itu", "pada kala itu", "ketika itu"])
def test_a_role_held_at_the_time_told_links_to_the_name(when):
    text = (
        'Target pajak ditetapkan.\n\n"Kami menetapkan target kepatuhan," jelas Dwi Astuti yang '
        f"{when} menjabat sebagai Kepala Dinas Pendidikan dalam siaran pers.\n"
    )
    check_one(text, speaker="Dwi Astuti", title="Kepala Dinas Pendidikan")


@pytest.mark.parametrize(
    "opening",
    ["Seperti Rudi Hartono, pedagang di pasar itu juga mengeluh", "Selain Rudi Hartono, Ketua RT setempat juga mengeluhkan air"],
)
def test_a_role_after_a_name_in_an_opening_prepositional_phrase_is_not_stated_for_that_name(opening):
    # `Seperti X, pedagang di pasar itu ...`: the words after the comma open the sentence's own
    # subject, another person; the phrase after the name may give a role, and is not read
    q = only(f'{opening}.\n\n"Kami sudah lapor," kata Rudi.')
    assert (q.speaker, q.title) == ("Rudi Hartono", None)


@pytest.mark.parametrize("opening", ["Bagi", "Untuk", "Seperti", "Tapi bagi"])
def test_a_role_set_off_on_both_sides_in_an_opening_prepositional_phrase_is_the_names(opening):
    # `Bagi X, ROLE, acara ini ...`: the role is closed by a comma of its own, an apposition
    # of X (the sentence's subject comes after it), not the subject as above
    text = (f"Pameran itu ramai dikunjungi. {opening} Siti Rahmawati, Ketua Dekranasda Jawa Tengah, "
            'acara ini penting bagi perajin.\n\n"Kami ingin dikenal luas," kata Siti.')
    check_one(text, speaker="Siti Rahmawati", title="Ketua Dekranasda Jawa Tengah")


@pytest.mark.parametrize(
    "opening",
    [
        "Menurut Budi Santoso, petugas dinas sudah meninjau pasar itu kemarin",
        "Menurut Budi Santoso, warga sekitar sering melihat truk keluar masuk pada malam hari",
        "Menurut Budi Santoso (45), warga sekitar sering melihat truk itu lewat",
        "Menurut penuturan Budi Santoso, tetangga korban sempat mendengar teriakan",
    ],
)
def test_the_clause_after_menurut_and_a_name_is_the_sentences_not_a_role_of_the_name(opening):
    # `Menurut X, ...` opens the sentence as a preposition does: unless a second comma closes
    # them, the words after the name are the sentence's subject and predicate (a reader's
    # case gave `warga sekitar sering` and `petugas dinas sudah meninjau pasar itu` as titles)
    q = only(f'Harga cabai naik tajam pekan ini.\n\n{opening}.\n\n"Sudah lama begitu," kata Budi.')
    assert (q.speaker, q.title) == ("Budi Santoso", None)


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Menurut Budi Santoso, pengamat transportasi dari Universitas Indonesia, kebijakan itu terlambat.",
         "pengamat transportasi dari Universitas Indonesia"),
        ("Menurut Budi Santoso, 45, warga Kampung Sawah, truk itu lewat tiap malam.", "warga Kampung Sawah"),
        ("Truk itu lewat tiap malam, menurut Budi Santoso, pedagang cabai.", "pedagang cabai"),
    ],
)
def test_a_role_set_off_on_both_sides_after_menurut_or_closing_its_sentence_is_the_names(sentence, title):
    q = only(f'Harga cabai naik tajam pekan ini.\n\n{sentence}\n\n"Sudah lama begitu," kata Budi.')
    assert (q.speaker, q.title) == ("Budi Santoso", title)


@pytest.mark.parametrize(
    "sentence, speaker, title",
    [
        # a period inside the role (an abbreviation, a degree's) does not end the sentence
        ("Menurut Rina Marlina, warga Jl. Pahlawan, air datang sejak subuh.", "Rina Marlina", "warga Jl. Pahlawan"),
        ("Menurut Rina Marlina, warga Kec. Cibinong, air datang sejak subuh.", "Rina Marlina", "warga Kec. Cibinong"),
        ("Menurut Andi Wijaya, S.H., M.H., kuasa hukum warga, gugatan sudah didaftarkan.", "Andi Wijaya", "kuasa hukum warga"),
        # the role ends at its closing comma: what follows is the sentence's own clause
        ("Menurut Rina Marlina, Kepala SMP Negeri 1 Bogor, siswa belajar daring selama perbaikan.",
         "Rina Marlina", "Kepala SMP Negeri 1 Bogor"),
        ("Menurut Kapolres Bogor, AKBP Rio Wahyu Anggoro, pelaku ditangkap di rumahnya.", "Rio Wahyu Anggoro", "Kapolres Bogor AKBP"),
        ("Menurut Kapolres Bogor AKBP Rio Wahyu Anggoro, pelaku ditangkap di rumahnya.", "Rio Wahyu Anggoro", "Kapolres Bogor AKBP"),
        # an office with commas of its own, then its holder (a reviewer's case gave `Gadjah Mada`)
        ("Menurut Dekan Fakultas Ekonomi dan Bisnis, Universitas Gadjah Mada, Didi Achjari, kurikulum akan dirombak.",
         "Didi Achjari", "Dekan Fakultas Ekonomi dan Bisnis, Universitas Gadjah Mada"),
    ],
)
def test_a_role_set_off_after_menurut_and_a_name_ends_at_its_closing_comma(sentence, speaker, title):
    # (a reviewer's cases: the sentence's words after the role's comma came into the title)
    q = direct(f'Gedung sekolah itu rusak sejak Januari.\n\n{sentence}\n\n"Kami tidak punya pilihan," kata {speaker.split()[0]}.')[-1]
    assert (q.speaker, q.title) == (speaker, title)
