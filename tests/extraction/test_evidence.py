"""Name evidence (quotebook/extraction/evidence.py): what the whole article says
about a name decides where a run of capitalised words is cut.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import check_one


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    # `Wisata Lampuuk` stands elsewhere without the name: the name starts after it.
    pytest.param(
        (
            "Pengunjung Taman Wisata Lampuuk di Aceh Besar melonjak pada libur panjang.\n"
            "Pengelola Taman Wisata Lampuuk Zulfansyah Ramadhan mengatakan, kuota pengunjung dinaikkan.\n"
            '"Kami tetap membatasi jumlah orang di pantai," ujarnya.\n'
        ),
        dict(speaker="Zulfansyah Ramadhan", title_has=("Pengelola Taman Wisata Lampuuk",)),
        id="organisation_named_elsewhere_ends_before_the_name",
    ),
    # `kata Tri` makes the whole run one name, even though `Tri Yunis` also stands alone.
    pytest.param(
        (
            "Menurut epidemiolog Universitas Andalas, Tri Yunis Miko Wahyono, pelacakan kontak amat penting.\n"
            '"Kalau pemeriksaan terlambat, penularan terus terjadi," kata Tri.\n'
            "Tri Yunis mengusulkan pemerintah kota menambah petugas.\n"
        ),
        dict(speaker="Tri Yunis Miko Wahyono"),
        id="a_name_used_alone_keeps_all_its_words",
    ),
    # `Kecamatan Lampuuk, juga berharap`: Lampuuk is not a short form of a speaker.
    pytest.param(
        (
            "General Manager PT Taman Wisata Lampuuk I Gede Made Sudarsana mengatakan, pengunjung mulai kembali.\n"
            "Namun, Made juga berharap kuota ditambah. Pedagang di Kecamatan Lampuuk, juga berharap pantai dibuka.\n"
            '"Kami menambah kuota menjadi dua ribu orang," ujarnya.\n'
        ),
        dict(speaker="I Gede Made Sudarsana"),
        id="a_place_before_a_comma_is_not_the_subject_of_the_verb",
    ),
    pytest.param(
        (
            "Secara terpisah, epidemiolog Universitas Andalas, Tri Yunis Miko Wahyono, menjelaskan, tes antigen penting.\n"
            '"Lonjakan kasus bisa tidak terhindarkan," ucap Miko.\n'
        ),
        dict(speaker="Tri Yunis Miko Wahyono"),
        id="a_name_set_off_by_commas_is_not_cut_at_its_short_form",
    ),
    # `Rendra` alone once, `Rendra Wahyudi` twice: a first name, not a place before the name.
    pytest.param(
        (
            "Persija akan segera merekrut Rendra Wahyudi dari Persib.\n"
            "Klub itu terus berupaya merekrut striker Persib, Rendra Wahyudi.\n"
            "Pelatih berharap Rendra cepat beradaptasi.\n"
            '"Liga ini salah satu liga terbesar," ungkap Wahyudi.\n'
        ),
        dict(speaker="Rendra Wahyudi"),
        id="a_first_name_written_mostly_before_the_surname_stays_in_the_name",
    ),
    # `Ancol` alone twice, before the name once: a place, the name starts after it.
    pytest.param(
        (
            "Banjir kembali merendam Ancol sejak pagi.\n"
            "Warga Ancol Rika Lestari mengatakan, air masuk ke rumahnya.\n"
            "Petugas menyedot air di Ancol.\n"
            '"Kami mengungsi ke rumah saudara," kata Lestari.\n'
        ),
        dict(speaker="Rika Lestari"),
        id="a_place_written_alone_more_often_is_cut_off",
    ),
    # `Sahabat` is a role word, no first name, however often the pair is written.
    pytest.param(
        (
            "Dinas Sosial meluncurkan program Relawan Sahabat Wiratama pekan lalu.\n"
            "Program Relawan Sahabat Wiratama menyasar warga lanjut usia.\n"
            "Sahabat dari kelurahan lain juga dilibatkan.\n"
            '"Kami senang bisa membantu," ujar Wiratama.\n'
        ),
        dict(speaker="Wiratama"),
        id="a_role_word_written_mostly_before_a_name_is_no_first_name",
    ),
    # `Tanah Datar` twice without the name, and `kata Wiryono`: the region ends before the one-word name.
    pytest.param(
        (
            "Mantan Ketua DPRD Tanah Datar, Rudi akhirnya ditahan.\n"
            "Kasi Intel Kejaksaan Negeri Tanah Datar Wiryono mengatakan Rudi ditahan saat penyerahan tersangka.\n"
            "Proyek hotel Tanah Datar terbengkalai.\n"
            '"Langkah hukum ini bagian dari komitmen kami," kata Wiryono saat dikonfirmasi.\n'
        ),
        dict(speaker="Wiryono", title_has=("Kasi Intel Kejaksaan Negeri Tanah Datar",)),
        id="a_region_of_two_words_ends_before_a_name_used_alone_at_a_cue",
    ),
    # `Budi` opens names and never stands without `Hartawan`: the first name, not the
    # organisation's last word, though the article calls him `Hartawan`.
    pytest.param(
        (
            "Sementara itu, Kepala BPJS Ketenagakerjaan Budi Hartawan Saputra mengatakan, klaim dipercepat.\n"
            '"Klaim kini cair dalam tiga hari," kata Hartawan.\n'
        ),
        dict(speaker="Budi Hartawan Saputra", title="Kepala BPJS Ketenagakerjaan"),
        id="a_first_name_before_the_short_form_opens_the_name",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


def test_a_rare_common_word_opening_a_sentence_is_no_short_form():
    # `Mulanya` (written mostly in lower case) opens the sentence before the name the
    # article uses alone: no person `Mulanya Wellington`, and no short form `Mulanya`.
    check_one(
        (
            "Pelatih Sentosa FC, Marco Wellington, hadir dalam jumpa pers di Bandung, Jumat.\n\n"
            "Mulanya Wellington menolak untuk naik kuda lumping, namun akhirnya mau juga.\n\n"
            "Wellington mengaku ini kunjungan pertamanya ke Indonesia.\n\n"
            '"Saya sangat senang berada di sini," paparnya.\n'
        ),
        speaker="Marco Wellington", title="Pelatih Sentosa FC",
    )


def test_an_organisation_word_written_in_lower_case_opening_a_sentence_is_no_title():
    # `Hubungan` (of Hubungan Masyarakat) opens the sentence as a common noun before the name
    check_one(
        (
            "Rudi Wirawan kembali mengungkap rencana pernikahannya dengan Maya Sari.\n\n"
            "Rudi Wirawan mengatakan pernikahan digelar tahun depan.\n\n"
            "Hubungan Rudi Wirawan dan Maya Sari telah terjalin sejak 2016.\n\n"
            '"Kami berencana menikah setelah musim balap," imbuh Rudi Wirawan.\n'
        ),
        speaker="Rudi Wirawan", title=None,
    )


@pytest.mark.parametrize(
    "office, speaker, title",
    [
        pytest.param("Kepala Departemen Komunikasi Bank Indonesia", "Ramdor Wisnu Prakasa",
                     "Kepala Departemen Komunikasi Bank Indonesia", id="after-a-place"),
        pytest.param("analis mata uang Bank Sentosa", "Wisnu Prakasa", "analis mata uang Bank Sentosa Ramdor",
                     id="after-a-role-in-lower-case-stays-unsure"),
        pytest.param("Wakil Ketua Umum Apsindo", "Wisnu Prakasa", "Wakil Ketua Umum Apsindo Ramdor",
                     id="after-an-organisation-word-stays-unsure"),
    ],
)
def test_an_unknown_word_after_an_office_and_its_place_opens_a_name_of_three_called_by_its_middle_word(office, speaker, title):
    text = (
        f"{office} Ramdor Wisnu Prakasa mengatakan, kebijakan itu bagian dari upaya menjaga stabilitas.\n"
        '"Kebijakan ini ditempuh dengan hati-hati," kata Wisnu.\n'
    )
    check_one(text, speaker=speaker, title=title)
