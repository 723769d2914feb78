"""Context (quotebook/extraction/context.py): who a quote with no name of its own is
from: a run of quote paragraphs, pronoun cues (`katanya`), people named in the text.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebook.extraction.article import Article
from quotebook.extraction.context import CAP_RUN, OVERLONG_WORD, context_events
from quotebook.extraction.marks import Spans
from .conftest import assert_quotes, assert_title, check_one, check_quotes, direct, only, show


def test_consecutive_quote_paragraphs_curly_marks_named_cue_with_title():
    text = (
        "Menjelang musim tanam, pupuk bersubsidi kembali langka di Kabupaten Indramayu.\n"
        "\u201cStok di kios sudah kosong sejak dua minggu lalu.\u201d\n"
        "\u201cPetani terpaksa membeli pupuk nonsubsidi yang harganya tiga kali lipat.\u201d\n"
        "\u201cKami sudah menyurati distributor,\u201d ujar Ketua Kelompok Tani Mekar Jaya, "
        "Darsono Wijaya.\n"
    )
    qs = assert_quotes(
        text,
        [
            ("Stok di kios sudah kosong", "Darsono Wijaya"),
            ("Petani terpaksa membeli pupuk", "Darsono Wijaya"),
            ("Kami sudah menyurati distributor", "Darsono Wijaya"),
        ],
    )
    for q in qs:
        assert_title(q, "Ketua Kelompok Tani")


def test_standalone_quote_after_a_sentence_introducing_the_speaker():
    text = (
        '"Renovasi pasar ditargetkan selesai Juni," kata Kepala Dinas Perdagangan Kota Pekalongan '
        "Andi Firmansyah.\n"
        "Sutini (52), pemilik toko kelontong di depan pasar, mengatakan, omzetnya turun hampir separuh "
        "sejak pasar direnovasi.\n"
        '"Pembeli bingung mau masuk lewat mana. Biasanya sehari bisa dapat satu juta, sekarang tiga '
        'ratus ribu saja susah."\n'
        '"Semoga cepat selesai, biar ramai lagi."\n'
    )
    qs = assert_quotes(
        text,
        [
            ("Renovasi pasar ditargetkan", "Andi Firmansyah"),
            ("Pembeli bingung mau masuk", "Sutini"),
            ("Semoga cepat selesai", "Sutini"),
        ],
    )
    for q in qs[1:]:
        assert_title(q, "pemilik toko kelontong")


@pytest.mark.parametrize(
    "text,speaker",
    [
        pytest.param(
            "Kepala Dinas Kesehatan Jawa Barat Budi Santoso mengatakan, vaksinasi dipercepat sesuai instruksi "
            "Presiden Joko Widodo.\n"
            '"Kami menargetkan sejuta dosis sebulan," katanya.\n',
            "Budi Santoso",
            id="a-president-named-in-reported-speech",
        ),
        pytest.param(
            '"Arus peti kemas naik," kata Direktur Utama PT Pelabuhan Nusa Arif Suhartono.\n'
            "Kenaikan itu tidak lepas dari dukungan Menteri BUMN Erick Thohir.\n"
            '"Kami akan menambah dermaga," ujar dia.\n',
            "Arif Suhartono",
            id="a-minister-thanked-between-quotes",
        ),
        pytest.param(
            '"Pelaku sudah kami tangkap," kata Kapolsek Cibinong Kompol Rudi Hartono.\n'
            "Korban diketahui bernama Andi Saputra, warga Desa Cijujung.\n"
            '"Motifnya masih kami dalami," katanya.\n',
            "Rudi Hartono",
            id="a-victim-with-a-role-after-the-name",
        ),
    ],
)
def test_pronoun_cues_stay_with_the_speaker(text, speaker):
    quotes = direct(text)
    assert quotes[-1].speaker == speaker


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Kepala Kantor Imigrasi Kelas I Batam Wahyu Setiadi mengatakan, permohonan paspor naik dua "
            "kali lipat menjelang musim haji.\n"
            'Ia menambahkan, "Kami membuka layanan pada hari Sabtu untuk mengurangi antrean."\n'
        ),
        dict(speaker="Wahyu Setiadi", title_has=("Kepala Kantor Imigrasi Kelas I Batam",)),
        id="before_pronoun_ia_menambahkan",
    ),
    pytest.param(
        (
            "Kepala Dinas Perhubungan Kabupaten Karawang Yudi Prasetyo mengatakan, warga tetap boleh masuk.\n"
            "Wali Kota Karawang Herman Santika sudah menerbitkan aturan pembatasan. "
            "Setiap orang wajib membawa surat keterangan sehat.\n"
            '"Warga dari luar kota kami periksa dulu di perbatasan," ucapnya.\n'
        ),
        dict(speaker="Herman Santika"),
        id="pronoun_cue_goes_to_a_person_opening_a_sentence_after_the_last_speaker",
    ),
    pytest.param(
        (
            "Ketua DPD Partai Maju Sulawesi Barat Andika Rompas hadir dalam rapat itu. Pratomo mengatakan siap maju lagi.\n"
            "Pratomo dinilai layak memimpin lagi karena, menurut Andika, dia tokoh paling berpengaruh.\n"
            '"Kami belum punya tokoh sekuat beliau," tambahnya.\n'
        ),
        dict(speaker="Andika Rompas"),
        id="menurut_in_the_middle_of_a_sentence_names_the_speaker",
    ),
    pytest.param(
        (
            "Gubernur Sulawesi Barat Ratna Mandasari dinyatakan positif dan menjalani isolasi.\n"
            "Oleh karena itu, kata ahli epidemiologi Universitas Tadulako, Basri Lamaro, di Palu, Sabtu, "
            "pemerintah daerah perlu menegakkan kembali aturan protokol kesehatan.\n"
            '"Penegakan aturan itu salah satu cara menghadang penularan," ujarnya.\n'
        ),
        dict(speaker="Basri Lamaro"),
        id="inline_cue_with_a_role_before_the_name",
    ),
    pytest.param(
        (
            "Qadir mengatakan, kemenangan itu milik warga.\n"
            "Pengamat politik Universitas Tadulako Hendra Wijaya menilai, paslon Rahmat - Qadir membuat sejarah baru.\n"
            '"Ada strategi politik yang menyentuh publik," katanya.\n'
        ),
        dict(speaker="Hendra Wijaya"),
        id="the_second_of_a_pair_of_names_does_not_open_a_sentence",
    ),
    pytest.param(
        (
            "Gubernur Jawa Barat Hendra Kusuma mengimbau warga tidak berwisata ke luar kota.\n"
            "Sejumlah pakar mempertanyakan keputusan itu. Salah satunya adalah Ketua Perkumpulan Ahli Kesehatan Masyarakat "
            "Rudy Hartanto. Risiko penularan masih tinggi.\n"
            '"Kalau semua ditumpuk di akhir pekan pasti ramai," ujarnya.\n'
        ),
        dict(speaker="Rudy Hartanto"),
        id="pronoun_cue_goes_to_a_titled_person_introduced_after_the_last_speaker",
    ),
    pytest.param(
        (
            "Sementara itu, Ayu Lestari menceritakan, keju itu dibuat peternak lokal.\n"
            "Acara itu juga dihadiri Wiryo Santoso, salah satu tokoh kuliner Indonesia.\n"
            '"Paduan ini, menurut saya, beda dengan yang tradisional," ujarnya.\n'
        ),
        dict(speaker="Wiryo Santoso", title_has=("tokoh kuliner Indonesia",)),
        id="pronoun_cue_goes_to_a_person_introduced_with_a_role_after_the_name",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


# Texts with several direct quotes: each (start of its text, speaker), and
# title words of some of them by index (see check_quotes).
QUOTES = [
    pytest.param(
        (
            "Sungai Ciliwung kembali meluap dan merendam permukiman di Kampung Pulo, Selasa (9/1) malam.\n"
            '"Tanggul sedang kami kerjakan dan ditargetkan selesai Maret," kata Kepala Dinas Sumber Daya '
            "Air DKI Jakarta Yusuf Hamdani.\n"
            "Namun warga mengaku sudah lelah menunggu.\n"
            '"Ini sudah ketiga kalinya bulan ini."\n'
            '"Barang-barang kami belum sempat kering dari banjir kemarin."\n'
            '"Kami minta pemerintah segera membangun tanggul," kata Rosmawati Siregar (45), warga RT 03.\n'
        ),
        dict(quotes=[
            ("Tanggul sedang kami kerjakan", "Yusuf Hamdani"),
            ("Ini sudah ketiga kalinya", "Rosmawati Siregar"),
            ("Barang-barang kami belum sempat kering", "Rosmawati Siregar"),
            ("Kami minta pemerintah segera membangun tanggul", "Rosmawati Siregar"),
            ], titles={0: ("Kepala Dinas Sumber Daya Air DKI Jakarta",)}),
        id="consecutive_quote_paragraphs_all_belong_to_the_speaker_named_after_the_last",
    ),
    pytest.param(
        (
            '"Distribusi beras murah kami mulai pekan depan," kata Kepala Bulog Kantor Wilayah Jawa '
            "Barat Indra Gunawan.\n"
            "Sementara itu, Ketua Himpunan Pedagang Pasar Bandung Yayat Supriatna mengatakan, harga beras "
            "di pasar sudah naik tiga kali sejak Januari.\n"
            'Dia melanjutkan, "Pembeli sekarang cuma sanggup beli satu atau dua liter."\n'
        ),
        dict(quotes=[("Distribusi beras murah", "Indra Gunawan"), ("Pembeli sekarang cuma sanggup", "Yayat Supriatna")], titles={1: ("Ketua Himpunan Pedagang Pasar Bandung",)}),
        id="before_pronoun_dia_melanjutkan_goes_to_the_last_person_named_as_speaking",
    ),
    pytest.param(
        (
            "Kenaikan harga kedelai membuat perajin tahu di Kabupaten Sumedang mengurangi produksi.\n"
            '"Kami hanya produksi setengah dari biasanya," kata Ujang Sopandi, perajin tahu di Desa '
            "Cibeureum.\n"
            '"Stok kedelai impor masih aman sampai akhir bulan," kata Lina Marlina, Kepala Dinas '
            "Perdagangan Kabupaten Sumedang.\n"
            '"Kami akan menggelar operasi pasar pekan depan," ujarnya.\n'
            '"Kalau operasi pasar jalan, kami bisa bertahan," kata Ujang.\n'
            '"Yang penting harganya jangan naik lagi," tambahnya.\n'
        ),
        dict(quotes=[
            ("Kami hanya produksi setengah", "Ujang Sopandi"),
            ("Stok kedelai impor masih aman", "Lina Marlina"),
            ("Kami akan menggelar operasi pasar", "Lina Marlina"),
            ("Kalau operasi pasar jalan", "Ujang Sopandi"),
            ("Yang penting harganya jangan naik", "Ujang Sopandi"),
            ], titles={2: ("Kepala Dinas Perdagangan Kabupaten Sumedang",)}),
        id="pronoun_cues_follow_the_right_person_when_two_are_quoted",
    ),
    pytest.param(
        (
            '"Pasokan gas melon lancar," kata Manajer Humas Pertamina Regional Jawa Bagian Barat '
            "Nita Anggraeni.\n"
            "Namun di lapangan, warga masih kesulitan mendapatkan tabung gas tiga kilogram.\n"
            '"Sudah keliling lima pangkalan, semuanya kosong," kata seorang warga Kelurahan Sukasari.\n'
            '"Terpaksa masak pakai kayu bakar lagi," tambahnya.\n'
        ),
        dict(quotes=[
            ("Pasokan gas melon lancar", "Nita Anggraeni"),
            ("Sudah keliling lima pangkalan", None),
            ("Terpaksa masak pakai kayu bakar", None),
            ], titles={1: ("warga",)}),
        id="pronoun_after_an_unnamed_speaker_stays_unnamed",
    ),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_the_quotes_of_each_text(text, want):
    check_quotes(text, **want)


# Capitalised runs (CAP_RUN) skip a word over 61 characters whole instead of trying
# each of its letters; what they find is what the pattern without the skip finds.
RUN_WITHOUT_SKIP = regex.compile(CAP_RUN.pattern[len(OVERLONG_WORD) + 1 :])
RUN_PIECES = st.sampled_from(["KATA" * 20, "Kata" * 20, "x" * 70, "Budi", "H.", "Dr.", "dan", "(Persero)", " ", " ", "\t", ".", "-", "'", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(RUN_PIECES, max_size=12).map("".join))
def test_capitalised_runs_around_overlong_words_are_those_of_the_plain_pattern(text):
    assert [m.span() for m in CAP_RUN.finditer(text)] == [m.span() for m in RUN_WITHOUT_SKIP.finditer(text)]


@pytest.mark.parametrize(
    "opening",
    [
        "Selain Rudi, beberapa warga di lingkungan rumahnya",
        "Selain Rudi Hartono, beberapa warga di lingkungan rumahnya",
        "Berbeda dengan Rudi Hartono, pedagang di pasar itu tidak",
        "Seperti Rudi Hartono, para pedagang di pasar itu",
        "Bersama Rudi Hartono, sejumlah warga kampung",
    ],
)
def test_a_phrase_after_a_name_in_an_opening_prepositional_phrase_is_no_role_of_that_name(opening):
    # `Selain X, beberapa warga ...`: the words after the comma are about other people
    text = f'{opening} juga mengeluhkan air yang keruh.\n\n"Kami sudah lapor," kata Rudi.'
    q = only(text)
    assert q.speaker in ("Rudi", "Rudi Hartono") and q.title is None, show([q])


@pytest.mark.parametrize(
    "sentence",
    [
        "Pudin Saputra, warga Jalan Kenanga, terpaksa tidak mandi dua hari.",
        "Polisi memeriksa Pudin Saputra, warga Jalan Kenanga.",
        "Camat berbicara kepada Pudin Saputra, warga Jalan Kenanga, di rumahnya.",
    ],
)
def test_a_role_set_off_after_a_name_elsewhere_in_the_sentence_is_still_its_role(sentence):
    text = f'{sentence}\n\nSelain Pudin, beberapa tetangga juga kesulitan air.\n\n"Kami sudah lapor," kata Pudin.'
    check_one(text, speaker="Pudin Saputra", title_has=("warga Jalan Kenanga",))


@pytest.mark.parametrize("account", ["penuturan", "keterangan", "penjelasan dari"])
def test_the_person_after_menurut_and_an_account_noun_is_the_source(account):
    # `Menurut penuturan Pak Darmo, ...`: Darmo gives the account, as after `Menurut Pak Darmo`.
    text = (
        "Kami disambut Pak Darmo, juru kunci makam desa.\n"
        f"Menurut {account} Pak Darmo, nama desa itu berasal dari sebuah prasasti. "
        '"Prasasti itu ditemukan kakek saya," ujarnya, "saat menggali sumur."\n'
    )
    assert [q.speaker for q in direct(text)] == ["Darmo", "Darmo"]


@pytest.mark.parametrize("account", ["penuturan", "keterangan"])
def test_menurut_and_an_account_noun_before_a_quote_is_its_cue(account):
    text = f'Warga Sukamaju, Ratna Sari, melihat kejadian itu.\nMenurut {account} Ratna, "Mobil itu melaju sangat kencang."\n'
    check_one(text, speaker="Ratna Sari", cue="menurut")


@pytest.mark.parametrize("according", ["Menurutnya", "Menurut dia"])
def test_a_name_opening_the_clause_after_menurutnya_is_the_speakers_view_of_them_not_a_new_speaker(according):
    # The speaker's view of someone criticised: the next pronoun cue is still the speaker's.
    text = (
        "Ketua Komisi B DPRD Klaten Darmadi Pratikno mengkritik rencana pemangkasan tunjangan guru.\n"
        '"Kami belum menerima kajian apa pun," katanya, Senin (3/11/2025).\n'
        f"{according}, Sulastini seharusnya fokus pada efisiensi belanja.\n"
        '"Mestinya guru dilindungi, bukan dikorbankan," terangnya.\n'
        "Sebelumnya, Bupati Klaten Sulastini Ningrum berencana memangkas tunjangan guru.\n"
        '"Ini hanya untuk satu tahun anggaran," kata Sulastini.\n'
    )
    got = [q.speaker for q in direct(text)]
    assert got == ["Darmadi Pratikno", "Darmadi Pratikno", "Sulastini Ningrum"]


@pytest.mark.parametrize("dateline", ["JAKARTA, KOMPAS \u2013", "BOGOR, ANTARA -", "Semarang (ANTARA) -"])
def test_a_dateline_before_the_speaker_is_no_part_of_a_title(dateline):
    # (the outlet and the dash read like the first of a pair of names, `Vonnie - Hendry`)
    text = f"{dateline} Presiden Joko Widodo meminta puskesmas diperkuat.\n" '"Puskesmas harus siap," kata Jokowi.\n'
    check_one(text, speaker="Joko Widodo", title="Presiden")


def test_tanggung_jawab_before_a_name_is_no_cue_naming_a_speaker():
    # `jawab` is a reply cue; in `tanggung jawab Lumbara` it names no one who speaks,
    # so `Lumbara` opening a later sentence is no speaker for `Dia ...`, `ucapnya`.
    text = (
        "Gubernur Kepulauan Senja Bayu Anggoro meresmikan layanan kapal cepat baru.\n"
        '"Jadi saya sekarang tanggung jawab Lumbara," tegasnya.\n'
        "Sebagai transportasi publik, Lumbara telah memberikan manfaat bagi warga.\n"
        "Dia mencontohkan, pemerintah provinsi juga memberi subsidi tiket bus.\n"
        '"Ini pelayanan untuk rakyat," ucapnya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Bayu Anggoro", "Bayu Anggoro"]


# A local government (`Pemkot`, `Pemkab`) named as the subject is no person: the place
# after it is not a name a pronoun cue could mean.
@pytest.mark.parametrize("body", ["Pemkot Sukamaju", "Pemkab Karangwangi", "Polres Karangwangi"])
def test_a_body_named_as_the_subject_is_not_the_speaker_of_a_pronoun_cue(body):
    text = (
        f"JAKARTA - {body} meminta maaf kepada masyarakat atas gangguan itu.\n\n"
        '"Mohon maaf atas ketidaknyamanan ini," imbuhnya.\n'
    )
    assert [q.speaker for q in direct(text)] == [None]


def test_a_relative_clause_set_off_before_the_verb_leaves_the_subject_before_it():
    police = "Wakil Kepala Kepolisian Sentosa, Inspektur Rudi Hartono, menyampaikan bahwa laporan diterima Rabu.\n\n"
    quote = '"Saya melihat istri bolak-balik ke toilet," ujarnya.\n'
    # someone unnamed speaks last: the pronoun is theirs, not the officer's
    check_one(police + "Suami korban, yang tidak ikut berangkat, menjelaskan bahwa ia ikut makan.\n\n" + quote,
              speaker=None, title="Suami korban")
    # a named subject with its clause set off speaks
    check_one(police + "Budi Santoso, yang juga ketua RT, menjelaskan bahwa ia ikut makan.\n\n" + quote,
              speaker="Budi Santoso")


@pytest.mark.parametrize("subject, speaker, title", [
    # a relative clause in lower case, not set off, after a name: the name speaks
    ("Atlet bulu tangkis Indonesia Rizky Pratama yang turut hadir di acara ini ikut menyampaikan", "Rizky Pratama",
     "Atlet bulu tangkis Indonesia"),
    ("Rizky Pratama yang selamat dari kecelakaan itu menyampaikan", "Rizky Pratama", None),
    # after a relation to someone named: unnamed, not the officer quoted before
    ("Istri korban Sutrisno yang turut hadir di kantor polisi menyampaikan", None, "Istri korban Sutrisno"),
    ("Rekan kerja Sutrisno yang enggan disebut namanya menyampaikan", None, "Rekan kerja Sutrisno"),
    # a description closed by a demonstrative: as before
    ("Pria yang bekerja sebagai sopir angkot itu menyampaikan", "Rudi Hartono", "Wakil Kepala Kepolisian Sentosa Inspektur"),
    # the name after a passive verb (one accompanying the subject), or before a wish: not the subject
    ("Rudi didampingi Kapolsek Sukamaju Joko Susilo yang baru sepekan menjabat menyampaikan", "Rudi Hartono",
     "Wakil Kepala Kepolisian Sentosa Inspektur"),
    # (a wish is no saying, but someone new opening the sentence may be whose `saya` the quote is: nobody)
    ("Rizky Pratama yang masih trauma berharap", None, None),
])
def test_a_relative_clause_in_lower_case_after_a_name_leaves_the_name_as_the_subject(subject, speaker, title):
    police = "Wakil Kepala Kepolisian Sentosa, Inspektur Rudi Hartono, menyampaikan bahwa laporan diterima Rabu. "
    text = police + '"Pelaku kami amankan," ujar Rudi.\n\n' + subject + ' rasa leganya.\n\n"Saya lega sekali," ucapnya.\n'
    quote = direct(text)[-1]
    assert (quote.speaker, quote.title) == (speaker, title)


# The subject of a reporting verb read back past what is no clause break: a name in
# quote marks inside the description (a programme's title, no quote), and read from
# a markup tag glued before the name (`[img.2]Dewi`).
@pytest.mark.parametrize(
    "introduction",
    [
        'Dewi Lestari (38), seorang pembawa acara podcast "Senja dan Bintang" asal Sentosa mengatakan bahwa '
        "waktu terbaiknya adalah saat membaca.",
        "[img.2]Dewi Lestari (38), penulis asal Sentosa mengatakan bahwa waktu terbaiknya adalah saat membaca.",
    ],
)
def test_the_subject_is_read_past_a_quoted_title_and_a_glued_markup_tag(introduction):
    text = (
        '"Semua harus ikut," kata Rudi Hartono.\n\n'
        f"{introduction}\n\n"
        '"Aku paling senang membaca buku," ujarnya.'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartono", "Dewi Lestari"]


# A subject no list reads as a person (`Kritikus musik`: a noun in no role list and a
# field), ending in a name right before the reporting verb: that person is the one
# the pronoun cue after the sentence means, not the speaker quoted before.
def test_a_name_closing_an_unread_subject_is_the_speaker_of_the_pronoun_cue_after():
    text = (
        'Menteri Keuangan Sri Wahyuni mengatakan anggaran cukup. "Kami siap," kata Sri.\n\n'
        "Kritikus musik Budi Santoso menilai album itu terlalu panjang.\n\n"
        '"Album ini membosankan," ujarnya.'
    )
    quote = direct(text)[-1]
    assert (quote.speaker, quote.title) == ("Budi Santoso", "Kritikus musik")


def test_a_text_or_a_body_before_a_capitalised_run_is_no_person_closing_the_subject():
    text = (
        '"Kami siap," kata Menteri Keuangan Sri Wahyuni.\n\n'
        "Laman resmi Uni Sentosa menyampaikan bahwa kesepakatan itu tercapai.\n\n"
        '"Ini capaian penting," ujarnya.'
    )
    assert direct(text)[-1].speaker != "Uni Sentosa"


# A titled name ending a prepositional phrase that opens the sentence (`Pada masa
# pemerintahan Presiden Budi, ...`) is a circumstance, no switch of speaker: the
# pronoun cue after the sentence stays with the speaker quoted before.
def test_a_name_in_an_opening_prepositional_phrase_does_not_take_the_pronoun_cue():
    text = (
        "Menteri Sosial Rudi Hartono meninjau penyaluran bantuan di Sentosa.\n\n"
        '"Data harus terus diperbarui," ujar Rudi.\n\n'
        "Ia menjelaskan data itu menjadi dasar penyaluran bantuan.\n\n"
        "Pada masa pemerintahan Presiden Budi, penerima bantuan didorong menjadi keluarga yang mandiri.\n\n"
        '"Selama ini fokusnya pada perlindungan sosial," ungkapnya.'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartono", "Rudi Hartono"]


def test_an_unnamed_source_reporting_a_named_person_is_not_that_person():
    # `mengatakan kepada wartawan ...` makes the words before the name a clause, not
    # the name's role; its subject, unnamed with its body, says the quote after it
    text = (
        "SUKAMAJU - Gubernur Sukamaju Bima Sakti dikabarkan akan menjual rumah peristirahatannya.\n\n"
        "Seorang pejabat senior Kantor Gubernur mengatakan kepada wartawan pada Jumat (6/6/2025), Bima "
        "sedang memikirkan kemungkinan menjual rumah tersebut.\n\n"
        '"Ya, dia sedang memikirkannya," ujarnya singkat.\n\n'
        "Bima membeli rumah itu pada Maret lalu.\n\n"
        '"Ini rumah yang luar biasa," ujar Bima dalam unggahan di media sosial.'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [
        (None, "pejabat senior Kantor Gubernur"),
        ("Bima Sakti", "Gubernur Sukamaju"),
    ]


def test_a_role_of_a_group_before_a_list_is_no_title_of_a_name_in_it():
    text = (
        '"Kami menolak rencana itu," kata Presiden Bima Sakti.\n\n'
        "Pada 19 Mei, para pemimpin Jerman, Bima, dan Italia dalam pernyataan bersama menekankan penolakan itu.\n\n"
        '"Itu melanggar hukum," ujar Bima.'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Bima Sakti", "Presiden")] * 2


@pytest.mark.parametrize(
    "clause, role",
    [
        ("Seorang pejabat senior Kementerian Keuangan ", "pejabat senior Kementerian Keuangan"),
        ("salah satu staf kantor ", "staf kantor"),
        ("Seorang warga Budi Santoso ", None),  # a name after the role: named
        ("Salah satu keluarga korban berinisial BS ", None),
    ],
)
def test_an_unnamed_subject_with_its_body(clause, role):
    from quotebook.extraction.introductions import unnamed_subject

    found = unnamed_subject(clause)
    assert (found.title if found else None) == role


@pytest.mark.parametrize(
    "text, initials, speaks",
    [
        pytest.param("Polisi menangkap pelaku berinisial HM.\n\nSementara itu, HM mengaku menyesal.", "HM", True, id="declared-by-berinisial"),
        pytest.param("Polisi menangkap pelaku AR (34).\n\nAR mengaku menyesal.", "AR", True, id="declared-by-a-person-word-and-an-age"),
        pytest.param("Polisi menangkap pelaku berinisial HM.\n\nKapolsek menjelaskan, HM mengaku menyesal.", "HM", False, id="inside-what-someone-reports"),
        pytest.param("Polisi menangkap pelaku berinisial HM.\n\nKarena itu, HM mengaku menyesal.", "HM", False, id="after-an-opener-of-a-reason"),
        pytest.param("Polisi menangkap pelaku berinisial HM.\n\nSementara itu, HM meminta maaf.", "HM", False, id="a-wish-no-speech"),
        pytest.param(
            "Polisi menangkap pengedar berinisial AS (29).\n\nSementara itu, AS menyatakan siap bekerja sama.", "AS", False,
            id="a-countrys-abbreviation",
        ),
        pytest.param(
            "Pasien berinisial RS (45) meninggal.\n\nSementara itu, RS menyatakan pasien ditangani sesuai prosedur.", "RS", False,
            id="an-institutions-word",
        ),
        pytest.param("Persib memimpin klasemen, disusul PSM (45).\n\nSementara itu, PSM menyatakan siap.", "PSM", False, id="no-person-word-before-the-age"),
        pytest.param("Polisi menangkap pelaku HM.\n\nSementara itu, HM mengaku menyesal.", "HM", False, id="never-said-to-be-initials"),
    ],
)
def test_initials_the_article_gives_a_person_speak_when_they_open_the_sentence(text, initials, speaks):
    events = context_events(Article(text), Spans([]), frozenset())
    assert any(e.mention.name == (initials,) and e.kind == "speak" for e in events) is speaks


@pytest.mark.parametrize("app", ["WhatsApp", "TikTok", "LinkedIn", "Bandung"])
def test_an_office_and_name_after_a_brand_ending_a_sentence_is_read(app):
    # A reader's case (kompas): `Tok.` of `TikTok.` was read as a short word like `Dr.` and
    # ran on into `Presiden AS Donald Trump`, which the sentence end then cut off.
    text = (
        f"Pesan itu beredar lewat {app}. Presiden RI Prabowo Subianto menanggapinya pada Senin.\n\n"
        '"Kami akan menindaklanjuti laporan warga," kata Prabowo.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Prabowo Subianto", "Presiden RI")]
    unicode_text = text.replace("Pesan itu", "Pesan café itu")  # (not plain: the regex patterns)
    assert [(q.speaker, q.title) for q in direct(unicode_text)] == [("Prabowo Subianto", "Presiden RI")]
    assert [m.group() for m in CAP_RUN.finditer(text)][:1] == ["Presiden RI Prabowo Subianto"]
