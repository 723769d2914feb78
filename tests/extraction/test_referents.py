"""Referents (quotebook/extraction/referents.py): who the words after a cue
verb mean when they name no person outright: a description that refers back,
written words and the organisation that owns them, initials the article spells
out, and words that name someone new (then nobody, never the previous speaker).

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import check_one, direct

PREVIOUS = '"Stok beras aman sampai akhir tahun," kata Kepala Dinas Pangan Kota Sentosa Rudi Hartono.\n\n'


def last(text: str):
    return direct(text)[-1]


@pytest.mark.parametrize(
    "tail,speaker",
    [
        # Written words: the organisation named with them, else nobody.
        ('"Harga naik karena pasokan turun," demikian keterangan tertulis Koalisi Warga Peduli Pangan.', "Koalisi Warga Peduli Pangan"),
        ('"Jalan Merdeka ditutup sementara," tulis TMC.', "TMC"),
        # An analysis or a piece of research is written words too (a reader's case: `tulis analisa pasar ...`).
        ('"IHSG berpotensi menguat terbatas," tulis analisa pasar Sentosa Sekuritas.', "Sentosa Sekuritas"),
        ('"Saham bank masih menarik," tulis riset Mandala Sekuritas, Senin.', "Mandala Sekuritas"),
        ('"Harga emas bertahan," tulis ulasan harian Sentosa Futures.', "Sentosa Futures"),
        ('"Iuran naik bertahap mulai Januari," tulis dokumen tersebut.', None),
        ('"Kok bisa begini, ya?" tulis akun @war***12 di kolom komentar.', None),
        ('"Lucu banget," tulis @rina_melati99.', None),
        # The platform before a handle names the medium, not someone writing.
        ('"Kami menolak kebijakan ini," tulis Instagram @suara_kampus, Minggu.', None),
        ('"Kami menolak kebijakan ini," tulis X @suarakampus dalam unggahannya.', None),
        ('"Arus lalu lintas dialihkan," tulis Instagram resmi @humaspolda_sentosa.', None),
        ('"Arus lalu lintas dialihkan," tulis Instagram resmi Pemkot Sentosa, @pemkotsentosa.', None),
        ('"Harga naik lagi," demikian bunyi salah satu spanduk di depan pasar.', None),
        # `bunyi` (the wording of) after the quote: the words of a text, never the previous speaker's.
        ('"Kegiatan belajar dimulai pukul 07.00," bunyi surat edaran tersebut.', None),
        ('"Kegiatan belajar dimulai pukul 07.00," bunyi surat edaran Dinas Pendidikan Kota Sentosa.', "Dinas Pendidikan Kota Sentosa"),
        ('"Ibu kota baru dibangun bertahap", bunyi artikel itu.', None),
        ('"Denda dibayar dua kali lipat," bunyinya.', None),
        ('"Denda dibayar dua kali lipat," bunyi kitab Purwa.', None),
        ('"Iuran naik bertahap," bunyi pernyataan tersebut dikutip Jumat (19/9/2025).', None),
        # `tertulis dalam X` (written in X): the text's owner when one word names it, else nobody.
        ('"Jalan ditutup sampai Desember," tertulis dalam unggahan yang dilihat, Minggu (5/10/2025).', None),
        ('"Pengadu mendalilkan teradu menerima uang," demikian tertulis dalam website resmi BKPS yang dilihat, Jumat.', "BKPS"),
        ('"Total harta Rp 1,5 miliar," demikian tertulis di laman SIRAP LKPS Sentosa yang dilihat, Rabu.', None),
        ('"Gugatan ditolak seluruhnya," tertulis dalam putusan.', None),
        # A group's noun opens an organisation's name, not a title before a person's.
        ('"Kami menolak," bunyi keterangan resmi Koalisi Masyarakat Sipil Melawan Kekerasan.', "Koalisi Masyarakat Sipil Melawan Kekerasan"),
        ('"Kami menolak," demikian keterangan Koalisi Masyarakat Sipil Peduli Sentosa.', "Koalisi Masyarakat Sipil Peduli Sentosa"),
        # Someone new and unnamed, or a group: nobody.
        ('"Itu truk yang sama," ujar perekam video.', None),
        ('"Kami akan terus memantau," tambah tim tersebut.', None),
    ],
)
def test_words_after_the_cue_that_name_no_person_are_not_the_previous_speaker(tail, speaker):
    q = last(PREVIOUS + tail)
    assert q.speaker == speaker, q


def test_a_name_in_marks_before_tertulis_is_no_quote():
    # (words quoted whole end with punctuation; a name or a term written somewhere does not)
    assert direct('Di gerbang desa itu "Selamat Datang" tertulis dalam huruf besar.') == []


def test_written_words_belong_to_the_organisation_in_its_fullest_form():
    text = (
        "Badan Pangan Sentosa (BPS) mencatat harga beras naik.\n\n"
        + PREVIOUS
        + '"Kenaikan tertinggi di pasar tradisional," demikian siaran pers BPS.'
    )
    assert last(text).speaker == "Badan Pangan Sentosa"


def test_initials_the_article_spells_out_are_the_full_name():
    text = (
        "Menteri Pangan Bambang Adi Santoso (BAS) meninjau gudang beras.\n\n"
        + PREVIOUS
        + '"Pasokan dari Jawa Timur sudah tiba," kata BAS di gudang.'
    )
    assert last(text).speaker == "Bambang Adi Santoso"


def test_initials_nobody_spells_out_are_given_as_written():
    text = PREVIOUS + 'Seorang pedagang mengaku rugi.\n\n"Saya rugi dua juta," kata SL di pasar.'
    assert last(text).speaker == "SL"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (  # `sang` + the role of the one person named with it
            '"Kami siap," kata Pelatih Timnas U17 Agus Salim.\n\n'
            "Pertandingan digelar di Stadion Merdeka.\n\n"
            '"Lawan kami kuat," kata Rudi Hartono, kapten tim.\n\n'
            '"Semua pemain harus fokus," tambah sang pelatih.',
            "Agus Salim",
        ),
        (  # a word for a person with an age and a demonstrative: the person speaking before
            '"Kami sudah berlatih," kata Simon Wirawan, pelatih tim tamu.\n\n'
            '"Pemain muda harus berani," ujar pria yang kini berusia 69 tahun tersebut.',
            "Simon Wirawan",
        ),
        (  # the name the description says the person goes by
            "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Wirawan mengaku menunggu keputusan resmi.\n\n"
            "Adapun kader yang dimaksud adalah Bupati Sentosa Abdul Rahman.\n\n"
            '"Kita tunggu saja," kata pria yang akrab disapa Cak Imin di Jakarta.',
            "Muhaimin Wirawan",
        ),
        (  # someone brought in with an age since the previous quote
            '"Setoran makin berat," kata Amir, sopir angkot.\n\n'
            "Ali (19), sopir angkot lain, sedang menunggu penumpang di depan stasiun.\n\n"
            '"Dua jam belum dapat penumpang," kata sopir yang belum punya SIM ini.',
            "Ali",
        ),
        (  # a capitalised role and where it is held, closed by a demonstrative: no name in it
            "Meski begitu, dr. Rahmat Hidayat, Sp.PD, menyebut penyakit itu tetap berbahaya.\n\n"
            '"Penyakit ini menyerang ginjal lebih dulu," jelas Dokter Spesialis Anak '
            "di RSUD Sentosa, Bandung itu saat dihubungi.",
            "Rahmat Hidayat",
        ),
        (  # the same role, not closed by a demonstrative, may be someone new
            "Meski begitu, dr. Rahmat Hidayat, Sp.PD, menyebut penyakit itu tetap berbahaya.\n\n"
            '"Penyakit ini menyerang ginjal lebih dulu," jelas Dokter Spesialis Anak '
            "di RSUD Sentosa saat meninjau bangsal itu.",
            None,
        ),
    ],
)
def test_descriptions_refer_back(text, speaker):
    assert last(text).speaker == speaker


@pytest.mark.parametrize(
    "tail,speaker",
    [
        ('"Bisa jadi dia merasa berkuasa," pungkas Doktor politik Universitas Sentosa ini.', "Andi Wirawan"),
        ('"Kami belum menyerah," pungkas pemain kelahiran Dordrecht, Belanda, tersebut.', "Andi Wirawan"),
        ('"Saya tidak tahu," kata Budi kepada wartawan di lokasi itu.', "Budi"),
    ],
)
def test_a_capitalised_word_then_a_common_word_and_a_demonstrative_is_a_description(tail, speaker):
    text = '"Itu perilaku yang tidak etis," kata Andi Wirawan, pengamat politik.\n\n' + tail
    assert last(text).speaker == speaker


def test_a_name_the_article_writes_elsewhere_then_a_time_phrase_is_no_description():
    text = (
        "Musk berselisih dengan Presiden Amerika Serikat.\n\n"
        '"Hari ini partai baru dibentuk," tulis Musk di akunnya.\n\n'
        "Menteri Keuangan Amerika Serikat Scott Bessent mengatakan partai baru tidak berpengaruh.\n\n"
        '"Mereka akan kalah dalam pemilihan," kata Musk awal minggu ini.'
    )
    assert last(text).speaker == "Musk"


INTRODUCED = "Sarinem, salah satu warga, datang bersama cucunya sejak pagi untuk melihat pawai.\n\nIa membawa bekal makanan ringan.\n\n"


@pytest.mark.parametrize(
    "tail,speaker",
    [
        # A noun for a person, capitalised words, a demonstrative closing the phrase:
        # the words say where the person is from; the person was named before.
        ('"Mau nonton pawai sama cucu," kata warga Sukamaju, Kabupaten Lebak itu.', "Sarinem"),
        ('"Mau nonton pawai sama cucu," kata warga Desa Sukamaju, Kecamatan Cibeber, tersebut.', "Sarinem"),
        # The name after the description, or before it, is the speaker's.
        ('"Mau nonton pawai sama cucu," kata Joko, warga Sukamaju, Kabupaten Lebak itu.', "Joko"),
        ('"Mau nonton pawai sama cucu," kata warga Sukamaju, Joko, itu.', "Joko"),
    ],
)
def test_a_name_inside_a_description_with_a_demonstrative_is_no_speaker(tail, speaker):
    assert last(INTRODUCED + tail).speaker == speaker


def test_the_person_a_description_is_relative_to_is_not_its_referent():
    text = (
        "Kuasa hukum terdakwa Rudi Hartono, Dewi Anggraini, menilai dakwaan jaksa lemah.\n\n"
        "Ia meminta majelis hakim membebaskan kliennya.\n\n"
        '"Tidak ada saksi yang melihat klien kami menerima uang," ujar pengacara Rudi Hartono tersebut.'
    )
    q = last(text)
    assert (q.speaker, q.title) == ("Dewi Anggraini", "Kuasa hukum terdakwa Rudi Hartono")


MUSEUM = (
    "Dalam kunjungan ke museum yang berlokasi di kantor pusat Sentosa Motor Headquarter di Nagoya, Jepang, "
    "terlihat beberapa motor roda tiga.\n"
    '"Motor roda tiga ini adalah pionir produksi mobil Sentosa," kata pemandu di Museum Sentosa yang didirikan pada 2007.\n'
    "Kendaraan itu menjadi cikal bakal mobil kecil Sentosa di Jepang.\n"
    "Maka, Sentosa bertekad menghadirkan mobil buatan lokal dengan harga terjangkau.\n"
)


@pytest.mark.parametrize(
    "tail,speaker",
    [
        # The noun of the previous cue, pointed back at: the previous speaker (here unnamed),
        # not the company the sentence before made its subject.
        ('"Sentosa ingin menghadirkan mobil dalam negeri yang murah," ujar pemandu tersebut.', None),
        ('"Sentosa ingin menghadirkan mobil dalam negeri yang murah," ujar sang pemandu.', None),
    ],
)
def test_the_noun_of_the_previous_cue_pointed_back_at_is_its_speaker(tail, speaker):
    assert last(MUSEUM + tail).speaker == speaker


def test_the_noun_of_an_earlier_unnamed_speaker_pointed_back_at_is_not_the_last_speaker():
    text = (
        "Bupati Sentosa Rudi Hartono meninjau posyandu di Desa Sukamaju, Senin.\n\n"
        '"Umur berapa anak ini?" tanya Rudi ke bidan di ruang periksa.\n\n'
        '"Dua tahun," jawab bidan.\n\n'
        '"Sudah imunisasi campak?" tanya Rudi.\n\n'
        '"Sudah, pak, bulan lalu," kata bidan tersebut.'
    )
    quotes = direct(text)
    assert [q.speaker for q in quotes] == ["Rudi Hartono", None, "Rudi Hartono", None]
    assert quotes[-1].title == "bidan"


def test_the_noun_of_an_earlier_cue_is_the_holder_the_article_names_since():
    text = (
        '"Dua tahun," jawab bidan.\n\n'
        "Bidan Puskesmas Sukamaju Dewi Anggraini menjelaskan jadwal imunisasi.\n\n"
        '"Jadwalnya tiap Senin," ujar Dewi.\n\n'
        '"Semua anak sudah terdata," kata bidan tersebut.'
    )
    assert direct(text)[-1].speaker == "Dewi Anggraini"


@pytest.mark.parametrize(
    "between,speakers",
    [
        # `kata mereka`: a group or a body, never the one person quoted before
        ("Para petani di Desa Sukamaju juga mengeluhkan harga pupuk.", [None, None]),
        # `Menurut <a body>, ...`: the body speaks, and the pronoun cue after it is its too
        ("Menurut Asosiasi KSP, kunci sandi dirancang agar tahan dari serangan.", ["Asosiasi KSP", "Asosiasi KSP"]),
        ("Menurut Aliansi KSP, kunci sandi dirancang agar tahan dari serangan.", ["Aliansi KSP", "Aliansi KSP"]),
    ],
)
def test_mereka_at_the_cue_is_a_body_named_as_speaking_or_nobody(between, speakers):
    text = (
        "Direktur PT Sentosa Rudi Hartono mengatakan layanan itu aman.\n\n"
        '"Data pengguna kami lindungi," kata Rudi.\n\n'
        f"{between}\n\n"
        '"Harga naik dua kali lipat," kata mereka.\n\n'
        '"Tidak ada yang bisa dicuri," imbuhnya.'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartono", *speakers]


def test_the_same_noun_described_further_is_someone_else():
    text = (
        "Ketua MPR Rudi Hartono berpesan agar warga merayakan Lebaran di rumah.\n\n"
        '"Bersatu kita melawan wabah," kata politisi senior Partai Sentosa ini.\n\n'
        "Adapun Ketua DPR Dewi Anggraini berharap kegotongroyongan meningkat.\n\n"
        '"Kita semakin peduli kepada sesama," kata politisi dari Partai Merdeka ini.'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartono", "Dewi Anggraini"]


def test_a_capitalised_role_pointed_back_at_is_the_speaker_and_their_title():
    # The period of an honorific inside the phrase (`RSUD Dr. Sentosa`) ends no sentence.
    text = (
        "Meski begitu, dr. Rahmat Hidayat, Sp.PD, menyebut penyakit itu tetap berbahaya.\n\n"
        '"Penyakit ini menyerang ginjal lebih dulu," jelas Dokter Spesialis Anak di RSUD Dr. Sentosa, '
        "Bandung itu saat dihubungi."
    )
    quote = last(text)
    assert (quote.speaker, quote.title) == ("Rahmat Hidayat", "Dokter Spesialis Anak")



def test_a_former_office_referring_back_is_the_title_of_all_the_persons_quotes():
    text = (
        '"Kami harus menang," kata Dodi Pratama.\n\n'
        '"Timnas butuh pemain muda," kata mantan kapten tim nasional itu.'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Dodi Pratama", "mantan kapten tim nasional")] * 2


def test_a_title_the_article_states_beside_the_name_is_kept():
    text = (
        '"Kami harus menang," kata pelatih Persatuan Sentosa, Dodi Pratama.\n\n'
        '"Timnas butuh pemain muda," kata mantan kapten tim nasional itu.'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Dodi Pratama", "pelatih Persatuan Sentosa")] * 2


@pytest.mark.parametrize(
    "cue, speaker",
    [
        pytest.param("kata warga yang ditemui di pasar.", None, id="a-relative-clause-on-a-role-nobody-holds-is-someone-new"),
        pytest.param("kata warga yang ditemui di Jalan Raya Sentosa, Sabtu.", None, id="with-a-place-after-it"),
        pytest.param("ujar kepala dinas yang baru dilantik.", "Rudi Hartono", id="a-role-someone-holds-is-them"),
    ],
)
def test_a_relative_clause_on_a_role_is_the_roles_holder_or_someone_new(cue, speaker):
    quote = last(PREVIOUS + f'"Harga di pasar belum turun," {cue}')
    assert quote.speaker == speaker


# Issue 12: a description that refers back (`ujar kiper ... itu`) means the one person
# whose title it heads (`Kiper Timnas`), not one whose title only holds the word
# (`pelatih kiper`: the keepers' coach); two holders with neither speaking: nobody.
def test_a_description_means_the_holder_whose_title_it_heads():
    text = (
        "Kiper Timnas Dimas Saputra tampil gemilang. Pelatih kiper Joost Verhagen memujinya. "
        '"Saya senang bisa membantu tim," ujar kiper yang sudah tampil tiga kali itu.'
    )
    check_one(text, speaker="Dimas Saputra")


def test_a_description_two_holders_fit_is_nobodys():
    text = (
        "Kiper Timnas Dimas Saputra tampil gemilang. Kiper PSIS Yoga Pratama juga dipuji. "
        '"Saya senang bisa membantu tim," ujar kiper yang sudah tampil tiga kali itu.'
    )
    check_one(text, speaker=None)


def test_a_description_two_holders_fit_is_the_one_speaking():
    text = (
        "Kiper Timnas Dimas Saputra tampil gemilang. Kiper PSIS Yoga Pratama mengatakan timnya siap. "
        '"Saya senang bisa membantu tim," ujar kiper itu.'
    )
    check_one(text, speaker="Yoga Pratama")


# Review 8: a relation before a role heads a phrase about someone else (`Istri
# korban X, Y`): the one named holds the role after it, not the relation.
@pytest.mark.parametrize(
    "intro,cue,name,title",
    [
        pytest.param(
            "Istri korban Darto Wibisono, Sari Lestari, mengatakan suaminya berangkat melaut sejak Senin.",
            "kata Darto", "Darto Wibisono", "korban", id="istri_korban",
        ),
        pytest.param(
            "Pengacara tersangka Hendro Kusumo, Yosef Lumban, mengajukan penangguhan penahanan.",
            "kata Hendro", "Hendro Kusumo", "tersangka", id="pengacara_tersangka",
        ),
    ],
)
def test_a_relation_before_a_role_is_not_the_named_ones_title(intro, cue, name, title):
    q = last(f'{intro} "Saya terapung dua hari," {cue}.')
    assert (q.speaker, q.title) == (name, title)


def test_a_description_at_a_reply_cue_is_not_the_speaker_replied_to():
    text = (
        "Pemilik warung, Joko Susanto, cekcok dengan seorang pembeli dalam video yang viral.\n"
        '"Bayar dulu, Mas," ujar Joko dalam video.\n'
        '"Nanti saya transfer," sahut sang pembeli.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Joko Susanto", "Pemilik warung"), (None, "pembeli")]


def test_a_description_at_a_reply_cue_is_still_the_holder_named_before():
    text = (
        "Pelatih Timnas U-23 Rudi Hartanto memimpin latihan di Stadion Sentosa.\n"
        '"Apakah tim siap?" tanya seorang wartawan.\n'
        '"Kami siap tempur," jawab sang pelatih.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)][-1] == ("Rudi Hartanto", "Pelatih Timnas U-23")


@pytest.mark.parametrize(
    "sentence",
    [
        'Warga mendengar "duar" bunyi ledakan dari gudang itu.',
        'Pintu itu berderit "kriet" bunyinya setiap malam.',
    ],
)
def test_a_quoted_sound_before_bunyi_is_no_quote(sentence):
    assert [q.quote for q in direct(PREVIOUS + sentence)][1:] == []


def test_a_reply_with_balas_names_the_one_who_replies_and_a_bare_reply_to_a_question_is_not_the_askers():
    text = (
        '"Tidak ada yang salah," kata Rudi Hartanto.\n'
        '"Semua salah," balas Dimas Prasetyo.\n'
        '"Kenapa?" tanya Rudi.\n'
        '"Karena terlambat," balasnya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartanto", "Dimas Prasetyo", "Rudi Hartanto", None]


@pytest.mark.parametrize("told, speaker", [
    ("Dengan tegas, terdakwa membantah informasi itu.", None),  # the reply, told between: not the judge's
    ("Terdakwa lalu menjawab singkat.", None),
    ("Ruang sidang hening sejenak.", "Gatot Sarwandi"),  # no reply told: the judge may go on
])
def test_a_reply_told_after_a_question_asked_is_not_the_askers(told, speaker):
    text = (
        "Ketua Majelis Hakim, Gatot Sarwandi, mengajukan pertanyaan terkait perintah tersebut.\n\n"
        '"Ada perintah ganti handphone?," tanya Hakim Gatot kepada terdakwa.\n\n'
        f"{told}\n\n"
        '"Tak ada. Tak ada perintah itu," ucapnya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Gatot Sarwandi", speaker]


@pytest.mark.parametrize("question, answer", [
    ('"Siapa yang mau belanja ke sini kalau jalannya rusak begini?" kata Sri Wahyuni.',
     '"Ya begini lah, Mas. Sepi," ujarnya.'),
    ('"Apakah pemerintah diam saja?" kata Wali Kota Sri Wahyuni.',
     '"Tidak. Kami bangun kolam retensi bersama Kepala Dinas PUPR, Ir. Dedi Santoso, dan DPRD," ujarnya.'),
    ('"Sudah berapa kali kamu mencuri?" tanya Kapolres Sri Wahyuni kepada tersangka.',
     '"Modusnya memakai kunci T, Mas. Motor langsung dibawa kabur," ujarnya kepada wartawan.'),
])
def test_a_speakers_own_question_then_words_to_the_reporter_stay_theirs(question, answer):
    # (a form of address is no sign of an answer: the asker goes on to address the reporter)
    assert [q.speaker for q in direct(f"{question}\n{answer}\n")] == ["Sri Wahyuni"] * 2


def test_a_form_of_address_after_no_question_keeps_the_speaker():
    text = '"Kami sudah lapor ke kecamatan," kata Kepala Desa Budi Santoso.\n"Tinggal tunggu, Pak," ujarnya.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Santoso", "Budi Santoso"]


def test_a_bare_reply_to_a_reporters_question_is_still_the_previous_speakers():
    text = (
        '"Kami sudah siap," kata Budi Santoso.\n'
        "Ditanya soal anggaran, ia enggan merinci.\n"
        '"Nanti saja," jawabnya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Budi Santoso", "Budi Santoso"]


def test_a_description_at_the_cue_refers_back_to_the_one_set_off_after_that_role():
    # The coach is only mentioned, as the agent of a passive, with his role before a comma;
    # `kata pelatih asal Portugal itu` means him, not the keeper quoted before.
    text = (
        "Penjaga gawang Persebaya, Erlangga Putra, tampil gemilang saat timnya ditahan imbang.\n"
        '"Kami ingin sekali menang," kata Erlangga.\n'
        "Penampilan itu diakui langsung oleh pelatih tim tamu, Divaldo Santos. Ia menyebut kiper itu luar biasa.\n"
        '"Saya ingin memberikan apresiasi khusus kepada dia," kata pelatih asal Portugal itu.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [
        ("Erlangga Putra", "Penjaga gawang Persebaya"), ("Divaldo Santos", "pelatih tim tamu"),
    ]


@pytest.mark.parametrize(
    "cue_words",
    [
        pytest.param("psikolog terkenal Budi Santoso", id="an-adjective-ends-the-phrase"),
        pytest.param("psikolog paling terkenal di Sentosa dan mantan menteri Budi Santoso", id="a-long-description"),
    ],
)
def test_a_role_whose_clause_names_someone_is_not_the_holder_named_before(cue_words):
    text = (
        "Penelitian itu dimulai oleh psikolog Belanda Rina Wati pada tahun 1990.\n\nHasilnya kini dipamerkan.\n\n"
        f'"Ini mahakarya kami," ujar {cue_words}.\n'
    )
    check_one(text, speaker=None)


def test_a_profession_in_ologist_is_a_title():
    text = 'Serangga itu tidak menggigit.\n\n"Serangga ini tidak berbahaya," kata entomolog Universitas Sentosa, Hamdan Latif.\n'
    check_one(text, speaker="Hamdan Latif", title="entomolog Universitas Sentosa")


@pytest.mark.parametrize("owner", ["Rudi", "Rudi Hartono"])
def test_the_owner_of_written_words_is_a_person_named_before_in_the_fullest_form(owner):
    # (`bunyi pernyataan Rudi`: the statement's owner is the person the article named, with their title)
    q = last(PREVIOUS + f'"Harga beras turun pekan depan," bunyi pernyataan {owner}.')
    assert (q.speaker, q.title) == ("Rudi Hartono", "Kepala Dinas Pangan Kota Sentosa"), q


@pytest.mark.parametrize(
    "before,speaker",
    [
        ("Presiden Kenya Daniel Mwangi menanggapi kritik itu.", "Daniel Mwangi"),
        ("Presiden Kenya Daniel Mwangi dan Presiden Peru Luis Quispe bertemu.", None),  # two presidents: either
    ],
)
def test_a_bare_office_after_the_cue_is_its_one_holder_named_before(before, speaker):
    q = last(before + '\n\n"Kami akan melihatnya," kata presiden kepada wartawan.')
    assert q.speaker == speaker, q


@pytest.mark.parametrize("between, speaker", [
    # another's report told since: `laporan tersebut` may be theirs, not the body quoted before
    ("Namun, laporan Tim Pencari Fakta Warga (TPFW) berkata lain. Dalam laporan tersebut, TPFW menemukan tiga korban.", None),
    # the same body's report, or a short form: still theirs
    ("Laporan itu juga menyebut dua warga terluka.", "Kepolisian Daerah Sentosa"),
    ("Menurut catatan Polda, dua warga terluka. Keterangan resmi Polda Sentosa menyebut hal yang sama.", "Kepolisian Daerah Sentosa"),
])
def test_a_text_referred_back_to_is_the_body_quoted_before_only_if_no_one_elses_was_told(between, speaker):
    text = (
        'Kepolisian Daerah Sentosa membantah kabar itu.\n\n"Tidak ada korban jiwa," tulis Kepolisian Daerah Sentosa.\n\n'
        f'{between}\n\n"Tiga warga meninggal di lokasi," bunyi laporan tersebut.\n'
    )
    assert last(text).speaker == speaker


@pytest.mark.parametrize("intro, cue", [
    ("Mantan sopir bupati, Rina Wulandari, bersaksi di persidangan.", "kata mantan pejabat kementerian"),
    ("Wakil Ketua DPRD, Rina Wulandari, hadir dalam rapat.", "kata wakil bupati"),
    ("Calon bupati, Rina Wulandari, hadir dalam debat.", "kata calon wakil bupati"),
])
def test_a_role_cue_is_no_one_named_before_with_another_office_after_the_same_modifier(intro, cue):
    # `mantan`, `wakil`, `calon` make another office of the role after them: the one named
    # before with the modifier and another role is someone else
    text = f'{intro} "Saya hanya menjalankan tugas," kata Rina.\n\n"Dana itu dicairkan tanpa prosedur," {cue}.\n'
    assert [q.speaker for q in direct(text)] == ["Rina Wulandari", None]


def test_a_role_cue_with_the_modifier_and_the_role_of_one_named_before_is_that_one():
    text = (
        'Mantan pelatih timnas, Hendra Wiratama, hadir dalam diskusi. "Kami setuju," kata Hendra.\n\n'
        '"Tim ini kuat," kata mantan pelatih asal Bandung.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Hendra Wiratama"] * 2


@pytest.mark.parametrize("intro, cue", [
    ("Mantan Wabup Garut, Helmi Budiman, diperiksa penyidik.", "kata mantan wakil bupati Garut"),
    ("Plt Kepala Dinas Kesehatan Garut, Helmi Budiman, meninjau posyandu.", "kata plt kadis"),
    ("Mantan Wakil Ketua KPK, Helmi Budiman, mengkritik revisi undang-undang.", "kata mantan pimpinan KPK"),
])
def test_a_role_cue_written_short_or_as_any_official_is_the_holder_named_before(intro, cue):
    text = f'{intro} "Saya datang memberi keterangan," kata Helmi.\n\n"Semua lewat verifikasi," {cue}.\n'
    assert [q.speaker for q in direct(text)] == ["Helmi Budiman"] * 2


@pytest.mark.parametrize("intro, cue", [
    ("Mantan Menteri Keuangan, Bambang Sudibyo, menilai defisit masih aman.", "kata mantan bendahara negara itu"),
    ("Mantan Kapolri, Jenderal (Purn) Badrun Hasyim, mengkritik revisi undang-undang.", "kata mantan kapolri"),
])
def test_a_role_cue_by_an_epithet_or_after_a_rank_in_the_title_is_the_holder(intro, cue):
    name = "Bambang Sudibyo" if "Bambang" in intro else "Badrun Hasyim"
    text = f'{intro} "Saya bicara sebagai warga," kata {name.split()[0]}.\n\n"Semua harus diawasi," {cue}.\n'
    assert [q.speaker for q in direct(text)] == [name] * 2


OFFICIAL_QUOTED = (
    'Kapolres Sleman AKBP Budi Hartono mengatakan kecelakaan terjadi pagi tadi. '
    '"Kami masih menyelidiki penyebabnya," kata Budi.\n\n'
)


@pytest.mark.parametrize("between, cue, speaker", [
    # Someone brought in unnamed since the previous quote: the description means them, no one named.
    ("Seorang sopir truk yang melintas melihat kejadian itu.", "kata sopir itu", None),
    ("Salah seorang pengendara mengaku sempat terjatuh.", "ujar pengendara asal Klaten itu", None),
    # Named in the same breath: that one.
    ("Seorang sopir truk, Joko Susilo (45), melihat kejadian itu.", "kata sopir itu", "Joko Susilo"),
    # A subject pointing back at someone unnamed (`Warga tersebut`) spoke since: not the official.
    ("Ia lalu menegur pemilik warung.\n\nWarga tersebut mengaku membeli lahan itu dari seseorang.",
     "ujar pria asal Wonogiri itu", None),
    # Nothing of the kind since: the official goes on.
    ("Perwira menengah itu menambahkan, sopir sudah diperiksa.", "ujar mantan Kapolres Bantul itu", "Budi Hartono"),
])
def test_a_description_after_someone_brought_in_unnamed_is_not_the_previous_speaker(between, cue, speaker):
    text = f'{OFFICIAL_QUOTED}{between}\n\n"Saya lihat mobilnya oleng ke kanan," {cue}.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Hartono", speaker]


@pytest.mark.parametrize("between, cue, speaker", [
    # A word no list of roles holds, the very word someone was brought in unnamed by since the
    # previous quote: that one, unnamed, not the official quoted before.
    ("Di pangkalan dekat lokasi, seorang pengojek mengeluhkan sepinya penumpang.", "ujar pengojek itu", None),
    ("Seorang penderes karet yang melintas melihat kejadian itu.", "kata penderes tersebut", None),
    # The word describes the one quoted before (not a clause's subject brought in): the official goes on.
    ("Sebelum masuk kepolisian, ia bekerja sebagai seorang pengojek.", "ujar mantan pengojek itu", "Budi Hartono"),
    # Nobody brought in by that word: the official goes on.
    ("Seorang pengendara mengaku sempat terjatuh.", "ujar pengojek itu", "Budi Hartono"),
    # One of them in what the official reports, not someone brought in (a reviewer's case).
    ("Ia menyebut, seorang pengojek kini harus antre dua jam.", "ujar pengojek itu", "Budi Hartono"),
])
def test_a_description_by_an_unlisted_word_after_someone_brought_in_by_it(between, cue, speaker):
    text = f'{OFFICIAL_QUOTED}{between}\n\n"Saya lihat mobilnya oleng ke kanan," {cue}.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Hartono", speaker]


@pytest.mark.parametrize("between, speaker", [
    ("Salah seorang pengojek yang biasa mangkal di depan pasar, Jaka Susilo, mengaku melihat kejadian itu.", "Jaka Susilo"),
    ("Seorang pengojek yang ditemui di pangkalan, Mulyadi (48), mengaku melihat kejadian itu.", "Mulyadi"),
    ("Seorang pengojek di pangkalan dekat pasar bernama Yanto Wibisono mengaku melihat kejadian itu.", "Yanto Wibisono"),
])
def test_someone_brought_in_by_an_unlisted_word_and_named_in_the_same_sentence_is_that_one(between, speaker):
    # A reviewer's cases: the newcomer named after the words about them was read as unnamed.
    text = f'{OFFICIAL_QUOTED}{between}\n\n"Saya lihat mobilnya oleng ke kanan," ujar pengojek itu.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Hartono", speaker]


@pytest.mark.parametrize("between, cue, speaker", [
    # A phrase of place or time ending in a capitalised word before `seorang`: the newcomer is
    # brought in all the same (a reviewer's cases), by a listed role or by a word no list knows.
    ("Di Desa Karangreja, seorang sopir truk melihat kejadian itu.", "kata sopir itu", None),
    ("Pada Senin, seorang penderes karet melihat kejadian itu.", "ujar penderes tersebut", None),
    # A name described (`Ratna, seorang ...`) or named as the source: not someone brought in.
    ("Joko Susilo, seorang sopir truk, melihat kejadian itu.", "kata sopir itu", "Joko Susilo"),
    ("Menurut Budi, seorang penderes karet melihat kejadian itu.", "ujar penderes tersebut", "Budi Hartono"),
    # A place written out with its regions set off (a reviewer's cases): before or after the newcomer.
    ("Di Desa Pasar Seluma, Kecamatan Seluma Selatan, seorang penderes karet melihat kejadian itu.", "ujar penderes tersebut", None),
    ("Di Kecamatan Pampangan, Ogan Komering Ilir, seorang peladang melihat kejadian itu.", "kata peladang itu", None),
    ("Seorang penyadap di Desa Semuntai, Kecamatan Mukok, mengaku melihat kejadian itu.", "kata penyadap itu", None),
    ("Sekitar pukul 06.15 WIB, seorang penderes karet melihat kejadian itu.", "ujar penderes tersebut", None),
    # In what the official reports: not someone brought in.
    ("Menurut dia, seorang penyelam sempat melihat bangkai kapal itu.", "ujar penyelam itu", "Budi Hartono"),
    # A time, then a name described (no comma after the time): that one (a reviewer's cases).
    ("Saat itu Rina Kartika, seorang guru honorer, melihat kejadian itu.", "kata guru itu", "Rina Kartika"),
    ("Pada Sabtu malam Rina Astuti, seorang wisatawan, melihat kejadian itu.", "kata wisatawan itu", "Rina Astuti"),
])
def test_a_newcomer_after_a_fronted_phrase_of_place_or_time(between, cue, speaker):
    text = f'{OFFICIAL_QUOTED}{between}\n\n"Saya lihat mobilnya oleng ke kanan," {cue}.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Hartono", speaker]


def test_a_subject_pointing_back_at_a_role_is_its_holder_named_before():
    text = (
        'Budi Santoso, warga Desa Sukamaju, tinggal di sana sejak 1990. "Air naik setiap tahun," kata Budi.\n\n'
        'Camat Sukamaju Rina Wati datang meninjau. "Kami akan bantu," kata Rina.\n\n'
        'Warga tersebut mengaku senang. "Terima kasih, Bu," ujar pria berkacamata itu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Budi Santoso", "Rina Wati", "Budi Santoso"]


OFFICIAL_BEFORE = (
    'Kepala Dinas Pendidikan Kota Sentosa Anak Agung Gede Wiratama meresmikan program itu. '
    '"Siswa kami ajak menyayangi lingkungan," ungkap Wiratama.\n\n'
)


def test_a_name_read_as_none_at_the_cue_is_not_the_previous_speakers():
    # A reader's case: `Jaya Negara` (`negara` is a title's word) read as no one, and
    # the quote fell back to the official quoted before.
    text = OFFICIAL_BEFORE + (
        'Wali Kota Sentosa IGN Jaya Negara berharap para duta menerapkannya di rumah.\n\n'
        '"Kita wujudkan harapan bersama," sebut Jaya Negara.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Anak Agung Gede Wiratama", None]


def test_a_capitalised_description_referring_back_at_the_cue_is_still_the_previous_speaker():
    text = OFFICIAL_BEFORE + '"Sekolah harus memilah sampah," kata Doktor Ilmu Lingkungan UI tersebut.\n'
    assert [q.speaker for q in direct(text)] == ["Anak Agung Gede Wiratama"] * 2


def test_an_office_written_short_before_its_body_is_the_holder_named_in_full():
    text = (
        'Kepala Dinas Penerangan TNI AL Laksamana Pertama Budi Santoso mengatakan kapal itu canggih.\n\n'
        '"Ada beberapa perangkat baru," kata Kadispen TNI AL, Minggu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Budi Santoso"]


@pytest.mark.parametrize("intro", [
    "Salah seorang pengungsi, Yuyun Wahyuni (37), mengungsi bersama tiga anaknya sejak Rabu malam.",
    "Yuyun Wahyuni (37) mengungsi bersama tiga anaknya sejak Rabu malam.",
])
def test_an_honorific_as_a_noun_in_a_description_refers_back(intro):
    # A tester's case: `ujar ibu tiga anak itu` read `ibu` as an honorific before a name,
    # left the cue to the usual rules, and the Lurah quoted before got the mother's words.
    text = (
        '"Kebutuhan paling mendesak adalah selimut," kata Lurah Kampung Melayu Ahmad Fikri.\n\n'
        f'{intro} Suaminya bertahan di rumah.\n\n'
        '"Anak yang kecil demam, semalam tidur di lantai GOR," ujar ibu tiga anak itu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Ahmad Fikri", "Yuyun Wahyuni"]


def test_an_honorific_before_a_name_at_the_cue_is_still_the_name():
    text = 'Warga Sentosa, Rina Kartika, mengaku kecewa. "Saya sudah lapor," kata ibu Rina.\n'
    assert [q.speaker for q in direct(text)] == ["Rina Kartika"]


# A review's paragraphs that the rules above first broke (each gave no speaker): their narrowings.
@pytest.mark.parametrize("text, speaker", [
    # someone named after a place set off after the role: not brought in unnamed
    ('"Kami fokus evakuasi dulu," kata Kepala BPBD Garut, Dedi Kurniawan.\n\n'
     'Salah seorang warga Desa Cibeureum, Asep Saepudin, mengaku air datang begitu cepat.\n\n'
     '"Airnya setinggi dada," kata warga itu.\n', "Asep Saepudin"),
    # `menjadi seorang nelayan` describes someone named, brings in no one
    ('"Nelayan tidak punya tabungan," kata Ketua HNSI Indramayu, Dedi Aryanto.\n\n'
     'Warsono, warga Eretan Wetan, sudah 25 tahun menjadi seorang nelayan.\n\n'
     '"Ombaknya sampai tiga meter," tutur nelayan itu.\n', "Warsono"),
    # the holder named after the unnamed one, with a word the unnamed one lacks
    ('"Pasokan turun," kata Kepala Pasar Sentosa, Agus Lamun.\n\n'
     'Seorang pedagang bahkan memilih pulang kampung. Pedagang sayur lainnya, Siti Aminah, mengaku omzetnya anjlok.\n\n'
     '"Pembeli cuma tanya harga," ujar pedagang sayur itu.\n', "Siti Aminah"),
    # `Pria tersebut` after the man himself was quoted, no official between
    ('Slamet Riyadi, sopir angkot di Wonogiri, mengaku pendapatannya turun. "Orang pakai motor semua," kata Slamet.\n\n'
     'Pria tersebut mengaku sudah 22 tahun menjadi sopir.\n\n'
     '"Dulu saya bisa menyekolahkan anak," ujar pria asal Wonogiri itu.\n', "Slamet Riyadi"),
    # a comma inside the relative clause, before a list, closes no opening phrase
    ('"Kami tidak ingin ada yang buka lewat jam," kata Kepala Satpol PP Kota Malang, Heru Mulyono.\n\n'
     'Operasi yang digelar gabungan, Kapolresta Kombes Nanang Haryono dan Dandim Letkol Yusuf Rizal itu menyasar 14 tempat.\n\n'
     '"Pelanggaran pertama kami beri teguran," ujarnya.\n', "Heru Mulyono"),
    # the speaker's own English title restated at the cue; `Sri Paus`
    ('Country Manager Grab Indonesia, Neneng Goenadi, mengatakan perlindungan itu berlaku. "Semua kami tanggung," kata Neneng.\n\n'
     '"Kami ingin keluarga mitra tenang," kata Country Manager Grab Indonesia.\n', "Neneng Goenadi"),
    ('"Biarlah senjata diam," kata Paus Leo XIV.\n\nPaus itu juga menyinggung perang di Ukraina.\n\n'
     '"Saya membawa penderitaan rakyat Ukraina," kata Sri Paus.\n', "Leo XIV"),
    # initials after an acronym keep their period: `PCNU KH.`
    ('"Warga di bawah tetap rukun," kata Ketua PCNU KH. Fahmi Amrullah di Jombang, Minggu.\n', "Fahmi Amrullah"),
    # an office written short, its body in the abbreviation
    ('Kepala Dinas Penerangan TNI AU, Marsekal Pertama Ardi Syahri, mengatakan penerbang selamat.\n\n'
     '"Penyebabnya masih diinvestigasi," kata Kadispenau.\n', "Ardi Syahri"),
])
def test_the_narrowed_rules_keep_the_speaker_a_review_found_lost(text, speaker):
    assert direct(text)[-1].speaker == speaker


# A second review's paragraphs that the rules above first broke, and their narrowings.
@pytest.mark.parametrize("text, speaker", [
    # `yang` before a verb in a longer clause: an object's relative clause, not the subject's
    ('Ketua RT, Dadang Kusnadi, datang pertama.\n\nDadang mengaku mendengar istri Pak Udin yang berteriak, '
     '"Tolong, suami saya pingsan!"\n\n"Saya langsung panggil warga," kata Dadang.\n', "Dadang Kusnadi"),
    # `Menurut polisi, seorang saksi yang ...`: someone unnamed in what the police say
    ('Kapolres Pasuruan AKBP Jazuli Iriawan mengatakan ledakan berasal dari petasan. "Pemilik rumah kami amankan," ujar Jazuli.\n\n'
     'Menurut polisi, seorang saksi yang rumahnya bersebelahan mengaku mendengar dua kali ledakan.\n\n'
     '"Kami masih menunggu hasil laboratorium," katanya.\n', "Jazuli Iriawan"),
    # `ibu korban` is a relation, no honorific used as a noun
    ('Seorang bocah, Dimas (9), tewas tenggelam di kolam. Sumarni, ibu korban, tak menyangka anaknya bermain sejauh itu.\n\n'
     '"Pamitnya cuma main bola," kata ibu korban tersebut.\n', "Sumarni"),
    # one brought in with an age before someone named speaks is not whom the description means
    ('Euis (45) datang membawa dua anaknya. "Dari jam enam saya di sini," kata Euis.\n\n'
     'Di belakangnya, Nining (39) mengaku sudah tiga kali antre. Euis, yang suaminya buruh bangunan, mengatakan beras murah membantu.\n\n'
     '"Harga beras di warung sudah mahal," ujar ibu dua anak itu.\n', "Euis"),
    # a description fitting no one brought in unnamed, or with the age of one named: not that unnamed one
    ('Kapolsek Sentosa AKP Ridwan Santoso mengatakan dua pencuri ditangkap. "Pelaku kami tangkap di kebun," kata Ridwan.\n\n'
     'Seorang warga yang memergoki pelaku mengaku sempat mengejar mereka.\n\n'
     '"Pelaku sudah tiga kali beraksi," kata perwira polisi tersebut.\n', "Ridwan Santoso"),
    ('Sutarno (72) menangis melihat rumahnya rata dengan tanah. "Semua barang habis," kata Sutarno.\n\n'
     'Seorang tetangga mengaku sempat mendengar suara gemuruh.\n\n'
     '"Saya langsung lari ke jalan," ujar pria 72 tahun itu.\n', "Sutarno"),
    # a name given in the description: that one
    ('Yanto, pemilik warung, mengaku rugi. "Sepi sekali," kata Yanto.\n\nMarfuah, penjual gorengan, juga mengeluh.\n\n'
     '"Minyak mahal," ujar perempuan bernama lengkap Marfuah itu.\n', "Marfuah"),
    # `Di` with a capital inside a name is its particle
    ('Pelatih asal Italia, Roberto Di Santo, resmi ditunjuk menangani Bali United.\n\n'
     '"Saya ingin tim ini bermain menyerang," kata Di Santo saat diperkenalkan.\n', "Roberto Di Santo"),
])
def test_the_second_reviews_narrowings_keep_the_speaker(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("opening", ["Menurut Kepala Sekolah, Bu Ani", "Di hadapan Kapolres, Bu Ani"])
def test_an_office_in_a_phrase_about_another_before_an_honorific_and_a_name_is_not_the_names(opening):
    text = f'{opening} sudah mengajar 30 tahun.\n\n"Saya ikhlas saja," kata Ani.\n'
    assert [(q.speaker, q.title) for q in direct(text)] == [("Ani", None)]


def test_nyai_is_an_honorific():
    text = 'Ketua majelis taklim, Nyai Siti Maimunah, hadir. "Kami bersyukur," kata Nyai Maimunah.\n'
    assert [(q.speaker, q.title) for q in direct(text)] == [("Siti Maimunah", "Ketua majelis taklim")]


def test_a_name_after_bernama_further_in_a_description_is_not_whom_it_means():
    # A third review's case: the factory's name, not the owner's.
    text = (
        'Sutrisno, pemilik pabrik tahu, mengeluh harga kedelai naik. "Kami terpaksa mengecilkan ukuran," kata Sutrisno.\n\n'
        'Pabrik itu sudah berdiri sejak 1990.\n\n"Pelanggan masih setia," ujar pemilik pabrik bernama Sinar Jaya itu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Sutrisno", "Sutrisno"]


def test_an_answer_addressing_the_asker_in_an_exchange_of_questions_is_not_the_askers():
    # A reader's police press conference: the chief asks, the suspects answer with `Bu`.
    text = (
        '"Kenapa ikut tawuran?" tanya Kapolsek Sentosa AKP Rina Marlina kepada dua pelaku.\n'
        '"Ikut saja, Bu. Diajak teman," jawab salah satu pelaku.\n'
        '"Bukan mau jadi jagoan?" desak Rina.\n'
        '"Enggak, Bu. Iseng saja, Bu," sambungnya.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Rina Marlina", None, "Rina Marlina", None]


def test_a_relation_of_the_previous_speaker_described_is_not_the_previous_speaker():
    # A tester's story: `kata adik ipar Warsini itu` after Warsini's own quote went to Warsini.
    text = (
        'Warsini (45) kehilangan rumahnya akibat longsor. "Semua habis," kata Warsini.\n\n'
        '"Kami sudah cari ke mana-mana, belum ketemu," kata adik ipar Warsini itu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Warsini", None]



@pytest.mark.parametrize("others, speaker", [
    # the one person the article names, who spoke before: them
    ("", "Abdul Karim Siregar"),
    # the holder of that very office, named before: the holder
    ("Ketua Ikatan Alumni Pesantren Sentosa (IAPS) Rudi Hartono hadir. ", "Rudi Hartono"),
    # someone else named before, holding no such office: no one (an office of another body)
    ("Kepala Dinas Sosial Sentosa Rina Wati hadir. ", None),
])
def test_a_short_form_in_parentheses_in_an_office_pointed_back_at(others, speaker):
    text = (
        f'{others}Ketua Majelis Ulama Kota Sentosa KH Abdul Karim Siregar menyambut fatwa itu. "Ini kabar baik '
        'bagi pekerja rentan," ujar Abdul Karim.\n\n'
        '"Zakat bisa membantu iuran mereka," tegas Ketua Ikatan Alumni Pesantren Sentosa (IAPS) itu.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Abdul Karim Siregar", speaker]


@pytest.mark.parametrize("introduction, cue, speaker", [
    # `salah seorang` describing someone named with an age brings in no one else
    ("Suparno (58), salah seorang korban, mengatakan api cepat membesar.", "kata pria paruh baya itu", "Suparno"),
    # someone unnamed brought in, then someone named speaking: the description means the one named
    (
        "Di haluan, seorang anak menari-nari. Salah satu penari, Dimas (11), mengaku tidak takut.",
        "kata bocah kelas V SD itu", "Dimas",
    ),
    # `tampak` introduces the one named after it, when no predicate follows the name
    (
        "Di antara penonton, tampak Claire Dubois, wisatawan asal Prancis. Ia mengaku takjub.",
        "kata perempuan berusia 29 tahun itu", "Claire Dubois",
    ),
    (
        "Di antara penonton, terlihat Menteri Sosial Saiful Anwar membagikan makanan ringan.",
        "kata pria asal Sentosa itu", "Rudi Hartono",
    ),
])
def test_who_a_description_refers_back_to_after_an_introduction(introduction, cue, speaker):
    text = (
        'Ketua panitia, Rudi Hartono, mengatakan acara berjalan lancar. "Semua aman," kata Rudi.\n\n'
        f'{introduction}\n\n"Saya belum pernah melihat yang seperti ini," {cue}.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Rudi Hartono", speaker]
