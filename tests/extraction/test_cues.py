"""Cues (quotebook/extraction/cues.py): the cue after the quote and before it, every
cue verb, and spans with no cue that are no quotes (terms, names, scare words).

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import assert_quotes, assert_title, check_one, check_quotes, core, direct, only, show


BRIDGE = (
    "Warga Dusun Krajan mengeluhkan jembatan gantung yang menjadi satu-satunya akses ke sekolah.\n"
    '"Papan jembatannya sudah banyak yang lapuk dan tali bajanya sudah rusak{p}" kata Budi '
    "Hartono, warga setempat.\n"
)


@pytest.mark.parametrize("p", ["", ",", ".", "!"], ids=["no-comma", "comma", "period", "exclamation"])
def test_cue_after_the_mark_whatever_the_punctuation_before_it(p):
    q = only(BRIDGE.format(p=p))
    assert core(q.quote) == "Papan jembatannya sudah banyak yang lapuk dan tali bajanya sudah rusak"
    assert q.speaker == "Budi Hartono"


@pytest.mark.parametrize(
    "o,close",
    [('"', ',"ucapnya'), ("\u201c", ",\u201ducapnya"), ('"', ',"kata dia')],
    ids=["straight", "curly", "kata-dia"],
)
def test_cue_glued_to_the_closing_mark(o, close):
    text = (
        "Pemilik warung makan di Jalan Kaliurang, Siti Mardiyah, mengaku tidak tahu warungnya "
        "masuk daftar penggusuran.\n"
        f"{o}Kami tidak pernah diberi tahu apa-apa soal itu{close}.\n"
    )
    q = only(text)
    assert core(q.quote) == "Kami tidak pernah diberi tahu apa-apa soal itu"
    assert q.speaker == "Siti Mardiyah"
    assert_title(q, "Pemilik warung makan")


NAMED_CUE = (
    "Dinas Kesehatan Jawa Tengah menyiapkan 40 posko kesehatan di sepanjang jalur mudik.\n"
    '"Kami ingin pemudik pulang dan kembali dengan selamat," {cue} Kepala Dinas Kesehatan Jawa '
    "Tengah Arief Wicaksono di Semarang, Senin (8/4/2024).\n"
)


NAMED_CUES = [
    "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "sebut", "imbuh", "tambah",
    "terang", "papar", "lanjut", "pungkas", "harap", "tandas", "urai", "sambung", "celetuk",
]


@pytest.mark.parametrize("cue", NAMED_CUES)
def test_cue_after_with_named_speaker(cue):
    q = only(NAMED_CUE.format(cue=cue))
    assert core(q.quote) == "Kami ingin pemudik pulang dan kembali dengan selamat"
    assert q.speaker == "Arief Wicaksono"
    assert_title(q, "Kepala Dinas Kesehatan Jawa Tengah")
    assert q.cue and q.cue.lower().startswith(cue)


PRONOUN_CUE = (
    "Kepala Dinas Kesehatan Jawa Tengah Arief Wicaksono mengatakan, pihaknya menyiapkan 40 posko "
    "kesehatan di sepanjang jalur mudik.\n"
    '"Kami ingin pemudik pulang dan kembali dengan selamat," {cue}.\n'
)


PRONOUN_CUES = [
    "katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "ungkapnya", "tegasnya", "imbuhnya",
    "tambahnya", "terangnya", "lanjutnya", "pungkasnya", "urainya", "sebutnya", "harapnya",
    "kata dia", "ujar dia", "sebut dia", "sambung dia", "tutur dia", "jelas dia", "kata ia",
    "ujar beliau", "celetuknya",
]


@pytest.mark.parametrize("cue", PRONOUN_CUES)
def test_cue_after_with_pronoun_goes_to_the_person_named_as_speaking(cue):
    q = only(PRONOUN_CUE.format(cue=cue))
    assert core(q.quote) == "Kami ingin pemudik pulang dan kembali dengan selamat"
    assert q.speaker == "Arief Wicaksono"
    assert_title(q, "Kepala Dinas Kesehatan Jawa Tengah")


def test_celetuk_before_a_short_name_and_the_verb_of_its_reply():
    text = (
        "Wakil Bupati Sentosa Bayu Pradipta meninjau vaksinasi di SD Negeri 3 bersama Camat Maju.\n"
        "Camat bertanya kepada seorang siswi apakah suntikan itu sakit.\n"
        '"Sakit lah pak," celetuk Bayu menimpali Camat.\n'
    )
    check_one(text, quote="Sakit lah pak", speaker="Bayu Pradipta", cue="celetuk")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Polda Jawa Barat menggelar "Operasi Ketupat Lodaya 2024" selama 13 hari mulai Rabu (3/4).\n'
            "Sebanyak 5.000 personel dikerahkan ke jalur mudik.\n",
            id="operation-name",
        ),
        pytest.param(
            'Pemerintah kota menyiapkan "rumah singgah" bagi gelandangan yang terjaring razia.\n'
            "Rumah itu dapat menampung 40 orang.\n",
            id="term-rumah-singgah",
        ),
        pytest.param(
            "Belakangan, banyak anak muda rela antre berjam-jam demi \u201cself reward\u201d berupa "
            "sepatu edisi terbatas.\n"
            "Antrean bahkan sudah terlihat sejak subuh.\n",
            id="scare-word-self-reward",
        ),
        pytest.param(
            'Polisi menangkap Sugiono alias "dokter", pemasok obat keras di kawasan Tanah Abang.\n'
            "Ia ditangkap di rumah kontrakannya.\n",
            id="nickname-alias",
        ),
        pytest.param(
            'Program "Kampung Tangguh Bencana" kini sudah berjalan di 30 desa di Kabupaten Lumajang.\n'
            "Program itu melatih warga menghadapi erupsi.\n",
            id="programme-name",
        ),
        pytest.param(
            "Novel \u201cLaut Biru di Utara\u201d karya Rahmat Effendi masuk daftar pendek penghargaan "
            "sastra tahun ini.\n"
            "Novel itu terbit tahun lalu.\n",
            id="title-of-a-work",
        ),
        pytest.param(
            'Oknum petugas itu disebut kerap meminta "uang rokok" kepada sopir angkot di terminal.\n'
            "Kasusnya kini ditangani Propam.\n",
            id="scare-word-uang-rokok",
        ),
        pytest.param(
            'Dalam kalimat seperti "Dia pergi diam-diam," kata ini memberi kesan dramatis.\n',
            id="kata-the-noun-pointed-at",
        ),
        pytest.param(
            'Di Shanghai berdiri sebuah museum yang didedikasikan untuk satu orang: "ilmuwan rakyat" Qian Xuesen.\n',
            id="epithet-before-a-name-after-a-colon",
        ),
    ],
)
def test_terms_names_and_nicknames_in_marks_are_not_quotes(text):
    assert direct(text) == [], show(direct(text))


@pytest.mark.parametrize("text, words", [
    ('Warga mengeluhkan jalan rusak. "sudah capek kami" Ucap Rosmawati, warga RT 05.\n', "sudah capek kami"),
    ('"alhamdulillah, akhirnya punya juga" Rukmini berucap sambil tersenyum.\n', "alhamdulillah, akhirnya punya juga"),
])
def test_short_words_in_lower_case_before_a_cue_or_with_a_comma_are_still_a_quote(text, words):
    assert [q.quote for q in direct(text)] == [words]


@pytest.mark.parametrize(
    "intro,name",
    [
        pytest.param(
            "Dedy, Kepala Peleton B dari Stasiun Pemadam Kebakaran Sektor II, Kebayoran Baru, Jakarta Selatan "
            "\u2014 tim pemadam yang tiba pertama kali \u2014 menuturkan, hidran tidak mengalirkan air.",
            "Dedy",
            id="name-then-role-then-place",
        ),
        pytest.param(
            "Kepala Dinas Pariwisata DKI Jakarta Cucu Ahmad Kurniawan memastikan tempat wisata dibuka sesuai jadwal.",
            "Cucu Ahmad Kurniawan",
            id="place-then-a-name-with-a-common-word",
        ),
        pytest.param(
            "Praktis Bima Santosa hanya berkomunikasi dengan perawat selama isolasi. Bima mengatakan, dia kini sehat.",
            "Bima Santosa",
            id="sentence-adverb",
        ),
        pytest.param(
            "Kepala Biro Kerja Sama BKN Paryanto mengatakan, pegawai bekerja dari rumah.",
            "Paryanto",
            id="kerja-sama",
        ),
        pytest.param(
            "Decky Senduk, sekretaris tim kampanye Vonnie - Hendry, mengaku belum ada sumbangan pihak ketiga.",
            "Decky Senduk",
            id="pair-of-names-in-the-role",
        ),
    ],
)
def test_the_speaker_in_a_long_subject(intro, name):
    text = f'{intro}\n"Kami masih memakai dana terbatas," katanya.\n'
    q = only(text)
    assert q.speaker == name


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Harga gabah di tingkat petani Kabupaten Ngawi turun menjelang panen raya.\n"
            '"Sekarang cuma laku Rp 5.000 per kilogram,"kata Ketua Kelompok Tani Sri Rejeki, '
            "Wagiman Susilo.\n"
        ),
        dict(quote="Sekarang cuma laku Rp 5.000 per kilogram", speaker="Wagiman Susilo", title_has=("Ketua Kelompok Tani",)),
        id="cue_glued_with_a_name_after_it",
    ),
    pytest.param(
        (
            "Kepala Sekolah SMP Negeri 4 Salatiga Yohanes Widodo mengatakan,\"Kegiatan belajar "
            'dipindahkan ke aula sampai atap kelas selesai diperbaiki."\n'
        ),
        dict(quote_starts="Kegiatan belajar dipindahkan ke aula", speaker="Yohanes Widodo", title_has=("Kepala Sekolah SMP Negeri 4 Salatiga",)),
        id="cue_before_glued_to_the_opening_mark",
    ),
    pytest.param(
        (
            "Pemilik warung, Suryadi Halim, marah ketika petugas Satpol PP datang membongkar tendanya.\n"
            '"Keluar kalian dari sini!" bentak Suryadi kepada petugas.\n'
        ),
        dict(quote="Keluar kalian dari sini", speaker="Suryadi Halim"),
        id="cue_bentak",
    ),
    pytest.param(
        (
            "Lembaga Bantuan Hukum Surabaya menyoroti penangkapan belasan mahasiswa saat unjuk rasa.\n"
            '"Penangkapan tanpa surat perintah itu jelas melanggar hukum acara," kecam Direktur LBH '
            "Surabaya Fajar Nugraha.\n"
        ),
        dict(speaker="Fajar Nugraha", title_has=("Direktur LBH Surabaya",)),
        id="cue_kecam",
    ),
    pytest.param(
        (
            "Masyarakat adat di Kampung Yoboi menolak pembukaan lahan sawit di hutan sagu mereka.\n"
            '"Kalau bukan kami, siapa lagi yang mau menjaga hutan ini?" tanya Markus Wenda, kepala suku '
            "setempat.\n"
        ),
        dict(quote="Kalau bukan kami, siapa lagi yang mau menjaga hutan ini", speaker="Markus Wenda"),
        id="cue_tanya",
    ),
    pytest.param(
        (
            "Wartawan menanyakan kapan tarif angkot baru mulai berlaku.\n"
            '"Belum ada keputusan soal itu," jawab Rizal Lubis, juru bicara Pemerintah Kota Medan.\n'
        ),
        dict(speaker="Rizal Lubis"),
        id="cue_jawab",
    ),
    pytest.param(
        (
            "Keluarga Bima Saputra, pendaki yang hilang di Gunung Slamet, akhirnya menerima kabar baik.\n"
            '"Terima kasih untuk semua yang sudah membantu pencarian anak kami," tulis Dewi Anggraini, '
            "ibu Bima, di akun Instagram pribadinya.\n"
        ),
        dict(quote_starts="Terima kasih untuk semua", speaker="Dewi Anggraini"),
        id="cue_tulis_written_words_are_quotes",
    ),
    pytest.param(
        (
            "Polda Jawa Tengah membantah kabar penculikan anak yang beredar di media sosial.\n"
            '"Kami mengimbau masyarakat tidak terpancing kabar bohong," demikian keterangan tertulis '
            "Humas Polda Jawa Tengah, Sabtu (2/3).\n"
        ),
        dict(quote="Kami mengimbau masyarakat tidak terpancing kabar bohong"),
        id="cue_demikian_a_written_statement_is_a_quote",
    ),
    pytest.param(
        (
            "PT Kereta Api Indonesia menambah 12 perjalanan kereta selama libur Natal.\n"
            '"Tiket tambahan sudah bisa dipesan mulai hari ini," kata Direktur Utama PT Kereta Api '
            "Indonesia Dimas Prakoso di Stasiun Gambir, Jakarta, Kamis.\n"
        ),
        dict(speaker="Dimas Prakoso", title_has=("Direktur Utama PT Kereta Api Indonesia",)),
        id="cue_after_with_office_before_the_name",
    ),
    pytest.param(
        (
            "Pedagang di sekitar SD Negeri Tegalrejo mengeluhkan larangan berjualan di depan sekolah.\n"
            '"Kami cuma cari makan, bukan bikin macet," kata salah seorang penjual bakso, Kasiman (56), '
            "di depan sekolah itu.\n"
        ),
        dict(speaker="Kasiman", title_has=("penjual bakso",)),
        id="cue_after_appositive_name_after_a_role",
    ),
    pytest.param(
        (
            "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Senin siang.\n"
            "Kepala Badan Penanggulangan Bencana Daerah Kabupaten Cianjur Asep Sukmana mengatakan, "
            '"Sebanyak 120 rumah rusak berat dan warganya sudah kami ungsikan."\n'
        ),
        dict(quote_starts="Sebanyak 120 rumah rusak berat", speaker="Asep Sukmana", title_has=("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Cianjur",)),
        id="before_mengatakan",
    ),
    pytest.param(
        (
            "Hujan lebat disertai angin kencang diperkirakan masih melanda Jawa Timur.\n"
            "Menurut Rendra Kusuma, prakirawan BMKG Stasiun Meteorologi Juanda, \"Hujan lebat masih akan "
            'turun hingga akhir pekan."\n'
        ),
        dict(speaker="Rendra Kusuma"),
        id="before_menurut",
    ),
    pytest.param(
        (
            "Ratusan guru honorer berunjuk rasa di depan Gedung DPRD Provinsi Banten, Kamis.\n"
            'Ketua Forum Guru Honorer Banten Siti Aminah: "Kami hanya minta diangkat sesuai janji."\n'
        ),
        dict(quote="Kami hanya minta diangkat sesuai janji", speaker="Siti Aminah", title_has=("Ketua Forum Guru Honorer Banten",)),
        id="before_colon",
    ),
    pytest.param(
        (
            "Dua anggota polisi ditangkap karena terlibat peredaran sabu di Kota Medan.\n"
            "Kapolda Sumatera Utara Irjen Wahyu Hidayat menegaskan bahwa \"tidak ada anggota yang kebal "
            'hukum, siapa pun dia."\n'
        ),
        dict(quote_starts="tidak ada anggota yang kebal hukum", speaker="Wahyu Hidayat", title_has=("Kapolda Sumatera Utara",)),
        id="before_menegaskan_bahwa",
    ),
    pytest.param(
        (
            "Sejumlah kelas di SD Negeri 2 Wonosari rusak diterjang angin kencang.\n"
            "Kepala sekolah, Nurhayati Lestari, menjelaskan alasan siswa dipulangkan lebih awal:\n"
            '"Atap kelas sudah bocor di mana-mana. Kami tidak mau anak-anak celaka."\n'
        ),
        dict(quote_starts="Atap kelas sudah bocor", speaker="Nurhayati Lestari"),
        id="before_reporting_verb_and_colon_quote_in_next_paragraph",
    ),
    pytest.param(
        (
            "Kepala Dinas Pertanian Kabupaten Grobogan Sunanto Wibisono mengatakan, luas panen padi tahun "
            "ini naik 12 persen.\n"
            'Menurut dia, "Kenaikan itu karena air dari bendungan sudah mengalir sampai ke sawah warga."\n'
        ),
        dict(quote_starts="Kenaikan itu karena air", speaker="Sunanto Wibisono", title_has=("Kepala Dinas Pertanian Kabupaten Grobogan",)),
        id="before_menurut_dia",
    ),
    pytest.param(
        (
            "Kepala Dinas Sosial Kabupaten Sentosa, Budi Santoso, meninjau lokasi banjir di Desa Sukamaju.\n"
            'Menurutnya, "Bantuan akan terus kami salurkan sampai air surut."\n'
        ),
        dict(quote_starts="Bantuan akan terus", speaker="Budi Santoso", title_has=("Kepala Dinas Sosial",)),
        id="before_menurutnya",
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
            'Program "Jumat Berkah" digelar setiap pekan di Kelurahan Sidomulyo.\n'
            '"Kami ingin berbagi dengan warga yang membutuhkan," kata Lurah Sidomulyo Agus Triyanto.\n'
        ),
        dict(quotes=[("Kami ingin berbagi", "Agus Triyanto")], titles={0: ("Lurah Sidomulyo",)}),
        id="term_in_marks_beside_a_real_quote_only_the_quote_comes_out",
    ),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_the_quotes_of_each_text(text, want):
    check_quotes(text, **want)


@pytest.mark.parametrize(
    "cue,verb",
    [
        ("dia menambahkan", "menambahkan"), ("ia berkata", "berkata"), ("dia menegaskan", "menegaskan"),
        ("ia juga menambahkan", "menambahkan"), ("beliau berkata kepada wartawan", "berkata"),
    ],
)
def test_a_pronoun_then_a_reporting_verb_after_the_quote_is_its_cue(cue, verb):
    # `"...," dia menambahkan.` is kept and attributed as `tambahnya` would be, like
    # `"...," Wawan menambahkan.`; not a pronoun opening a sentence of its own.
    text = (
        "Ketua Kelompok Tani Sumber Rejeki, Wawan Kuswara, mengatakan panen tahun ini gagal.\n"
        f'"Kami akan menanam lagi bulan depan," {cue}.\n'
    )
    check_one(text, speaker="Wawan Kuswara", title_has=("Ketua Kelompok Tani",), cue=verb)


def test_a_pronoun_then_a_verb_that_opens_its_own_clause_is_no_cue():
    # `"...," dia meminta agar ...`: the pronoun and verb go on as a sentence, not a cue.
    text = (
        "Ketua Kelompok Tani Sumber Rejeki, Wawan Kuswara, mengatakan panen tahun ini gagal.\n"
        '"Kami akan menanam lagi," dia meminta agar petani bersabar.\n'
    )
    assert direct(text) == []


# Issue 12: a pronoun subject after a phrase set off by a comma (`Dalam suratnya, ia
# mengatakan: "`) is the person the text is about; the phrase before it is no title.
@pytest.mark.parametrize(
    "clause",
    [
        "Dalam memo internalnya, ia mengatakan:",
        "Dalam surat terbukanya, dia menulis:",
        "Di hadapan para karyawan, ia mengatakan,",
    ],
)
def test_a_pronoun_after_an_opening_phrase_is_the_subject(clause):
    text = (
        "Direktur Utama Bank Jateng Rina Kartika mundur pekan lalu setelah lima tahun menjabat. "
        f'{clause} "Saya berkomitmen menyelesaikan masa transisi dengan baik."'
    )
    check_one(text, speaker="Rina Kartika", title="Direktur Utama Bank Jateng")


def test_a_pronoun_after_a_clause_with_its_own_verb_is_not_its_subject():
    # `X mengatakan, ia ingin ...`: X is the subject of the sentence, the pronoun only of its clause
    text = (
        "Direktur Utama Bank Sentosa Rina Kartika memimpin rapat. Nadia Pramesti dari lembaga Suara Warga "
        'mengatakan, ia ingin melihat ganti rugi cepat cair.\n\n"Pelanggan sudah lama menunggu," katanya.'
    )
    check_one(text, speaker="Nadia Pramesti")


PU_HEAD = "Kepala Dinas PU Kota Sentosa Rudi Hartono meninjau jalan.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Perbaikan jalan selesai akhir bulan," kara Rudi dalam keterangannya.',
        '"Perbaikan jalan selesai akhir bulan," ujra Rudi.',
        '"Perbaikan jalan selesai akhir bulan", tuturr Rudi.',
        '"Perbaikan jalan selesai akhir bulan," uajr dia.',
    ],
)
def test_a_cue_verb_with_a_typing_slip_before_a_name_is_a_cue(sentence):
    q = only(PU_HEAD + sentence)
    assert (core(q.quote), q.speaker) == ("Perbaikan jalan selesai akhir bulan", "Rudi Hartono")


@pytest.mark.parametrize("cue", ["sambungya", "tutupnha", "ujarya"])
def test_a_cue_with_nya_and_a_typing_slip_is_a_pronoun_cue(cue):
    q = only(PU_HEAD + f'"Perbaikan jalan selesai akhir bulan," {cue}.')
    assert (q.speaker, q.cue) == ("Rudi Hartono", cue)


def test_a_word_of_its_own_closing_the_clause_is_no_misspelt_cue():
    assert only(PU_HEAD + '"Perbaikan jalan selesai akhir bulan," tanyanya.').cue == "tanyanya"
    assert direct(PU_HEAD + 'Warga menyebut proyek itu "jalan tol mini," sebutan lama.') == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Rina terjatuh ketika seorang pria lain mendekatinya dan berkata, "Orang itu berbahaya."',
        'Seorang pria lain mendekat dan berkata, "Orang itu berbahaya."',
    ],
)
def test_an_unnamed_subject_of_two_joined_predicates_before_the_quote_is_nobody(sentence):
    # The subject of `mendekatinya dan berkata` is `seorang pria lain`: someone unnamed, not
    # the name earlier in the sentence, and the second predicate is no part of the title.
    text = "Rina Kartika pulang larut malam dari pasar.\n" + sentence + "\n"
    check_one(text, quote="Orang itu berbahaya", speaker=None, title="pria lain", cue="berkata")


@pytest.mark.parametrize(
    "cue,title",
    [("kata promotor acara", "promotor acara"), ("ujar pembasmi hama berlisensi", "pembasmi hama berlisensi")],
)
def test_a_description_we_know_no_role_of_then_a_name_set_off_is_the_named_speaker(cue, title):
    text = f'Konser musik digelar di Lapangan Sentosa pekan depan.\n"Acara ini akan meriah sekali," {cue}, Rina Kartika.\n'
    check_one(text, speaker="Rina Kartika", title=title)


@pytest.mark.parametrize(
    "tail",
    [
        "teriak massa aksi, Selasa (14/10/2025).",  # a day, no name
        "kata sambil tersenyum, Rina.",  # a clause, no description
        "tulis akun lain, Rina Kartika.",  # written words
    ],
)
def test_words_before_a_comma_that_describe_no_one_give_no_speaker(tail):
    text = f'Konser musik digelar di Lapangan Sentosa pekan depan.\n"Acara ini akan meriah sekali!" {tail}\n'
    check_one(text, speaker=None)


@pytest.mark.parametrize("so", ["begitu", "demikian"])
def test_a_cue_verb_after_begitu_or_demikian_is_the_cue(so):
    # `"...," begitu kata X`: the cue is the verb, X the speaker, read as after `kata` alone;
    # and the pronoun cue after it means X.
    text = (
        "Jalan desa di Sukamaju ramai oleh delman setiap Lebaran.\n"
        f'"Ini adalah tradisi lama kami," {so} kata Darmaji (61), warga Desa Sukamaju.\n'
        "Dia bercerita, awalnya delman hanya ada dua.\n"
        'Kini jumlahnya puluhan. "Sekarang juga jadi hiburan," tandas dia.\n'
    )
    qs = assert_quotes(text, [("Ini adalah tradisi lama kami", "Darmaji"), ("Sekarang juga jadi hiburan", "Darmaji")])
    assert qs[0].cue == "kata"
    assert_title(qs[0], "warga Desa Sukamaju")


def test_demikian_before_a_written_cue_stays_the_cue_of_the_text():
    q = only(PU_HEAD + '"Jalan ditutup sampai Senin," demikian bunyi pengumuman Dinas PU.')
    assert q.cue == "demikian"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Perbaikan jalan selesai akhir bulan," kaya Rudi.',  # `kaya` (rich) is a word of its own
        'Ia menamai kedainya "Kopi Senja" kara Rudi.',  # no punctuation closes the quoted name
    ],
)
def test_a_word_near_a_cue_verb_is_no_cue_when_it_is_a_word_or_ends_no_clause(sentence):
    assert all(q.speaker is None for q in direct(PU_HEAD + sentence))


ALBUM_HEAD = "Penyanyi asal Bandung, Laras Pramesti, merilis album keduanya pekan lalu.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'Laras mengatakan, "Rumah Kedua" ditulis saat ia merantau ke Jakarta.',
        'Laras menjelaskan, "Senja di Pelabuhan" terinspirasi dari kisah ayahnya.',
        'Laras mengaku bahwa "Rumah Kedua" adalah karya yang paling personal.',
        'Menurut Laras, "The House of Kings" akan tayang bulan depan.',
    ],
)
def test_a_title_in_quote_marks_opening_the_sentence_after_a_cue_is_no_quote(sentence):
    # the song or film is the subject of the sentence that goes on after the mark
    assert direct(ALBUM_HEAD + sentence) == []


@pytest.mark.parametrize(
    "sentence,quoted",
    [
        ('Laras mengatakan, "Rumah Kedua." Ia lalu tersenyum.', "Rumah Kedua"),
        ('Laras mengatakan, "Saya tidak tahu" saat ditanya wartawan.', "Saya tidak tahu"),
        ('Laras mengatakan, "Rumah Kedua" bersama timnya.', "Rumah Kedua"),
        ('Laras mengatakan, "Terima Kasih" berkali-kali kepada penonton.', "Terima Kasih"),
    ],
)
def test_words_after_a_cue_that_end_or_go_on_with_no_predicate_stay_a_quote(sentence, quoted):
    q = only(ALBUM_HEAD + sentence)
    assert (core(q.quote), q.speaker) == (quoted, "Laras Pramesti")


def test_the_quote_after_a_title_keeps_its_speaker():
    text = ALBUM_HEAD + 'Laras mengatakan, "Rumah Kedua" ditulis saat ia merantau. "Lagu itu sangat personal," ujarnya.\n'
    q = only(text)
    assert (core(q.quote), q.speaker) == ("Lagu itu sangat personal", "Laras Pramesti")


# A clause ending with a colon that names no one and points back to no one brings the
# words in itself: they are not the previous speaker's.
COLON_OPENINGS = [
    pytest.param("Investor berpegangan pada prinsip:", None, id="a_principle_held_by_a_group"),
    pytest.param("Spanduk di depan gedung itu bertuliskan:", None, id="a_banner"),
    pytest.param("Ia menjawab santai dengan canda:", "Budi Santoso", id="a_pronoun_points_back"),
    pytest.param("Berikut pernyataan lengkapnya:", "Budi Santoso", id="berikut_and_nya_point_back"),
    pytest.param("Budi yang tampak menahan tangis berkata:", "Budi Santoso", id="a_speech_verb_names_someone"),
    pytest.param(  # a wording verb: a text, however long the clause, `demikian` no cue in it
        "Dengan demikian, Pasal 12 Huruf B dalam rancangan peraturan versi pemerintah diusulkan berbunyi:",
        None,
        id="a_long_clause_giving_a_texts_wording",
    ),
]


@pytest.mark.parametrize("opening,speaker", COLON_OPENINGS)
def test_a_colon_clause_naming_no_one_brings_in_no_ones_words(opening, speaker):
    text = (
        "JAKARTA - Pasar saham melemah. Analis Sentosa Sekuritas Budi Santoso menilai koreksi wajar.\n\n"
        '"Koreksi ini sehat," ujar Budi.\n\n'
        f'{opening} "Jangan menaruh semua telur dalam satu keranjang."\n'
    )
    assert [q.speaker for q in direct(text)] == ["Budi Santoso", speaker]


def test_a_colon_closing_the_paragraph_before_is_the_quotes_cue():
    text = (
        "JAKARTA - Festival musik itu ditutup.\n\n"
        '"Penampilan terbaik tahun ini," kata ketua panitia, Rina Wulandari.\n\n'
        "Dalam ulasannya, majalah Irama menulis:\n\n"
        '"Dalam cahaya putih yang lembut, mereka membawakan lagu terakhir."\n'
    )
    first, second = direct(text)
    assert (first.speaker, second.speaker, second.cue) == ("Rina Wulandari", None, "menulis")


@pytest.mark.parametrize("circumstance", ["dalam Diskusi Publik di Jakarta, Sabtu", "saat ditemui di kantornya"])
def test_a_cue_verb_then_a_circumstance_leaves_the_subject_out_as_a_pronoun_cue_does(circumstance):
    q = only(PU_HEAD + f'"Perbaikan jalan selesai akhir bulan," ujar {circumstance}.')
    assert (q.speaker, q.title) == ("Rudi Hartono", "Kepala Dinas PU Kota Sentosa")


@pytest.mark.parametrize("cue", ["dalih", "kilah"])
def test_a_pretext_verb_after_the_quote_is_a_cue(cue):
    text = 'Kepala Dinas Pangan Sentosa Rudi Hartono menolak tuduhan itu.\n\n"Stok kami aman, tidak ada penimbunan," ' + cue + " Rudi."
    check_one(text, speaker="Rudi Hartono", cue=cue)


@pytest.mark.parametrize(
    "subject, speaker, title",
    [
        ("Salah seorang pedagang, Wulan Sari,", "Wulan Sari", "pedagang"),
        ("Salah seorang warga Sawangan, Putri, yang tinggal di dekat sungai,", "Putri", "warga Sawangan"),
        ("Salah seorang warga bernama Rina", "Rina", "warga"),
        ("Rizal Tuasikal salah seorang warga lainnya", "Rizal Tuasikal", "warga"),
        ("Muhammad Salah seorang petani di desa itu,", "Muhammad Salah", "petani di desa"),
        # a relation of someone unnamed, after the determiner: nobody (not the one dead)
        ("Salah seorang kerabat almarhum Andi Saputra", None, "kerabat almarhum Andi Saputra"),
    ],
)
def test_salah_seorang_opening_a_sentence_is_a_determiner_not_a_name(subject, speaker, title):
    # `Salah seorang warga, Putri, mengaku ...`: the capital of `Salah` opens the sentence; it was
    # read as a name before the determiner `seorang` (as `Rizal Tuasikal seorang ...`), so the
    # pronoun cue after it had no speaker (a reader's case, kompas; one more in the corpus)
    text = (
        '"Kami sudah bekerja," kata Kepala Dinas Perdagangan Joko Susilo.\n\n'
        f"{subject} mengaku dagangannya sepi sejak pagi.\n\n"
        '"Belum ada pembeli," ujarnya.'
    )
    assert [(q.speaker, q.title) for q in direct(text)][1] == (speaker, title)


@pytest.mark.parametrize("cue", ["cuit Elon Musk di X", "unggah Elon Musk di akun X miliknya"])
def test_a_post_is_a_cue(cue):
    check_one(f'"Partai baru ini untuk mengembalikan kebebasan Anda," {cue}.\n', speaker="Elon Musk")


def test_a_post_told_with_a_pronoun_after_a_quote_is_a_cue():
    quotes = direct(
        '"Partai ini untuk mengembalikan kebebasan Anda," kata Elon Musk.\n'
        '"Dengan faktor 2 banding 1, Anda menginginkan partai baru!" ia memposting pada hari Sabtu.\n'
    )
    assert [q.speaker for q in quotes] == ["Elon Musk", "Elon Musk"]


@pytest.mark.parametrize("subject, speaker, title", [
    ("Budi Santoso yang menulis", "Budi Santoso", None),
    ("Penyanyi Jennie yang berkata", "Jennie", "Penyanyi"),
])
def test_a_subject_then_yang_and_a_verb_right_before_the_quote_is_its_speaker(subject, speaker, title):
    # A reader's case: `Jennie yang berkata, "..."` gave no quote at all.
    quotes = direct(f'Penonton bersorak. {subject}, "Saya sangat bahagia malam ini."\n')
    assert [(q.speaker, q.title) for q in quotes] == [(speaker, title)]


def test_yang_before_a_verb_with_no_quote_after_it_keeps_the_relative_clause():
    # `langkah Gubernur X yang meminta ...` in a sentence about someone else: not X speaking.
    text = (
        'Ketua DPC Partai Sentosa Ali Rahman menyoroti air hujan itu. Ia mendukung langkah '
        'Gubernur Sentosa Budi Hartono yang meminta dinas segera meneliti temuan ini.\n\n'
        '"Saya setuju dengan gubernur," katanya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Ali Rahman"]


@pytest.mark.parametrize("after, speaker, title", [
    (" Hal itu disampaikan Kapolsek Sukamaju AKP Heri Prasetyo saat ditemui terpisah.", "Heri Prasetyo", "Kapolsek Sukamaju AKP"),
    (" Demikian dikatakan Kepala Pelaksana BPBD Sukamaju, Ahmad Fauzi, saat meninjau lokasi.", "Ahmad Fauzi", "Kepala Pelaksana BPBD Sukamaju"),
    ("\n\nPernyataan tersebut disampaikan oleh Direktur Utama PT Kereta Sentosa, Eva Kurniasih, dalam siaran resmi.", "Eva Kurniasih", "Direktur Utama PT Kereta Sentosa"),
])
@pytest.mark.parametrize("end", ['."', '".'])
def test_a_sentence_after_the_quote_saying_who_said_it_is_its_cue(after, speaker, title, end):
    # Testers' stories: the quote went to the one quoted before it (Bayu, Rina): a wrong person.
    quotes = direct(
        '"Sorenya kami masih main bola bareng," ujar Bayu, teman korban.\n\n'
        f'"Kami imbau para orang tua lebih mengawasi anak-anaknya{end}{after}\n'
    )
    assert [(q.speaker, q.title) for q in quotes][1] == (speaker, title)


@pytest.mark.parametrize("after", [
    " Hal itu dibantah oleh Kepala Desa Joko Susilo.",  # someone answering the words
    " Hal itu disampaikan dalam rapat desa.",  # said where, not by whom
    "\n\nWarga lain mengaku kecewa.\n\nHal itu disampaikan Kepala Desa Joko Susilo.",  # a paragraph between
    # (reviewers') someone else saying it too
    " Hal itu juga disampaikan Kepala Desa Joko Susilo saat membuka acara.",
    " Hal itu disampaikan pula oleh Kepala Desa Joko Susilo.",
])
def test_a_sentence_after_the_quote_naming_no_one_saying_it_is_no_cue(after):
    quotes = direct(
        '"Sorenya kami masih main bola bareng," ujar Bayu, teman korban.\n\n'
        f'"Kami tidak pernah menerima uang itu."{after}\n'
    )
    assert "Joko Susilo" not in [q.speaker for q in quotes]


def test_a_cue_before_the_quote_wins_over_a_sentence_after_it():
    # A reviewer's: `Devi mengatakan ... "..." Hal itu disampaikan Wakil Wali Kota ...` is Devi's.
    text = (
        "Kepala Dinas Kesehatan Kota Sentosa, Devi Kurniasih, meminta warga membawa anak ke posyandu.\n\n"
        'Devi mengatakan cakupan imunisasi baru 70 persen. "Target kami 95 persen sebelum akhir bulan ini." '
        "Hal itu disampaikan Wakil Wali Kota Sentosa, Ibnu Saud, saat membuka pekan imunisasi.\n"
    )
    assert [q.speaker for q in direct(text)] == ["Devi Kurniasih"]


@pytest.mark.parametrize("cue", ["singkat dia", "singkatnya", "singkat Wahyudi"])
def test_singkat_is_a_cue(cue):
    # Two readers' case (kompas): `," singkat dia.` dropped the quote altogether.
    text = (
        "Juru Bicara PN Makassar Wahyudi Said menjelaskan eksekusi lahan itu belum dijadwalkan.\n\n"
        f'"Saya cek dulu masalah eksekusinya," {cue}.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Wahyudi Said"]
