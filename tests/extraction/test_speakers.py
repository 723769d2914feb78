"""Speaker attribution on text nobody tuned the rules on (issue 12).

One table of cases per mechanism behind wrong or missing speakers. Every text
is invented, in the shape of Indonesian news sentences; none comes from an
article. Each case gives the paragraph(s) and the (speaker, title) expected for
the LAST quote in it: the quote the mechanism decides. Titles compare as sets
of lower-case words (the scorer compares titles by word overlap); None means
no speaker (or no title) at all, which is better than a wrong one.
"""
from __future__ import annotations

import pytest

from .conftest import direct, words


def last_quote(text: str):
    quotes = direct(text)
    assert quotes, "no quote found"
    return quotes[-1]


def check(text: str, speaker: str | None, title: str | None) -> None:
    q = last_quote(text)
    expected = None if title is None else words(title)
    assert (q.speaker, None if q.title is None else words(q.title)) == (speaker, expected), (q.speaker, q.title)


def table(*cases):
    """pytest params from (id, text, speaker, title) rows."""
    return [pytest.param(text, speaker, title, id=case_id) for case_id, text, speaker, title in cases]


# ---------------------------------------------------------------------------
# 5. Words that look like names: a common word opening a sentence is no name.

LOOK_ALIKES = table(
    (
        "cue-word-ends-its-sentence",
        "Menurut Rudi Hartono, laga berjalan seru.\n\n"
        "Hanya saja, wasit terlalu sering menghentikan permainan.\n\n"
        '"Kami kehilangan ritme," ujarnya.',
        "Rudi Hartono", None,
    ),
    (
        "adverb-opens-the-sentence",
        "Menurut Rina Wulandari, panen tahun ini melimpah.\n\n"
        "Sekarang, dia mengatakan koperasi membeli gabah petani.\n\n"
        '"Harganya lebih baik," katanya.',
        "Rina Wulandari", None,
    ),
    (
        "noun-opens-the-sentence",
        "Unggahan di media sosial baru-baru ini mengungkapkan warga kesulitan air.\n\n"
        '"Sudah tiga hari air tidak mengalir," tulis akun itu.',
        None, None,
    ),
    (
        "number-word-is-no-rank",
        '"Programnya berjalan," kata Menteri Sosial Rudi Hartono.\n\n'
        "Hal itu disampaikannya dalam acara Capaian Satu Tahun Kabinet-Merdeka di Jakarta. "
        "Ia menjelaskan data terus diperbarui.\n\n"
        '"Kami terus memperbaiki data," ujarnya.',
        "Rudi Hartono", "Menteri Sosial",
    ),
    (
        "adverb-before-the-name",
        'Awalnya Rini mengaku tidak tahu soal tagihan itu.\n\n"Saya kaget," ujarnya.',
        "Rini", None,
    ),
    (
        "common-word-inside-a-name-mid-sentence",
        "Hal itu disampaikan ekonom senior, Rob Suharman, Rabu.\n\n"
        '"Investasi akan naik," kata Suharman.',
        "Rob Suharman", "ekonom senior",
    ),
    (
        "outlet-and-date-after-the-name",
        "Kepala Dinas Perikanan Jawa Timur Rahmat Hidayat mengemukakan kuota sudah dibagi.\n\n"
        '"Kuota minimal 100.000 ton," kata Rahmat, Kompas (19/2/2022).',
        "Rahmat Hidayat", "Kepala Dinas Perikanan Jawa Timur",
    ),
    (
        "rare-common-word-opens-the-sentence-before-the-short-form",
        "Kisruh Marlina dengan mantan karyawannya masih berlanjut.\n\n"
        '"Saya kecewa," kata Marlina.',
        "Marlina", None,
    ),
    (
        "mostly-lower-word-opens-the-sentence-before-the-short-form",
        "Sengketa Wulandini dan adiknya belum juga usai.\n\n"
        '"Saya serahkan ke pengacara," ujar Wulandini.',
        "Wulandini", None,
    ),
    (
        "common-word-name-called-by-that-word",
        "Senja Marlina membuka pameran lukisannya di Bandung.\n\n"
        '"Ini karya lima tahun," kata Senja.',
        "Senja Marlina", None,
    ),
    (
        "common-word-name-capitalised-mid-sentence",
        "Senja Marlina membuka pameran di Bandung. Lukisan karya Senja Marlina dipajang di lantai dua.\n\n"
        '"Ini karya lima tahun," kata Marlina.',
        "Senja Marlina", None,
    ),
    (
        "capitalised-run-before-a-number",
        '"Kami ajak warga ikut mengawasi," jelas Hendra Gunawan.\n\n'
        "Pemkot juga telah menetapkan Peraturan Wali (Perwali) Kota Bandung Nomor 19 Tahun 2025 tentang pemilihan RT.\n\n"
        '"Sosialisasi dimulai pekan depan," ujarnya.',
        "Hendra Gunawan", None,
    ),
)


@pytest.mark.parametrize("text,speaker,title", LOOK_ALIKES)
def test_look_alike_words_are_no_names(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 4. Aliases the article states: the short form at the cue is the full name.

ALIASES = table(
    (
        "akrab-disapa-with-honorific",
        "Menteri Pertanian, Suryadi Wibowo, atau yang akrab disapa Cak Adi, meninjau sawah.\n\n"
        '"Panen tahun ini bagus," ujar Cak Adi.',
        "Suryadi Wibowo", "Menteri Pertanian",
    ),
    (
        "alias",
        "Lina Marlina alias Limar belum bisa melupakan kejadian itu.\n\n"
        '"Masih terasa sekali," kata Limar.',
        "Lina Marlina", None,
    ),
    (
        "atau-before-a-comma",
        "Calon wali kota nomor urut 1, Hendra Gunawan atau Hegun, menyapa warga.\n\n"
        '"Apa kabar semuanya?" kata Hegun.',
        "Hendra Gunawan", "Calon wali kota nomor urut 1",
    ),
    (
        "nickname-in-single-marks",
        "Bupati Bantul Darsono 'Acong' Wibisono membuka pasar murah.\n\n"
        '"Harga di sini lebih murah," jelas Acong.',
        "Darsono Wibisono", "Bupati Bantul",
    ),
    (
        "familiar-address-kang",
        "Bupati Garut, Rahmat Sudrajat, mengungkapkan rencana itu.\n\n"
        '"Timnya belum lengkap," kata Kang Rahmat, sapaan akrabnya.',
        "Rahmat Sudrajat", "Bupati Garut",
    ),
    (
        "a-description-giving-the-nickname-with-its-familiar-address",
        "Menteri Koordinator Bidang Pangan Rahmat Iskandar mengungkapkan, anggaran sudah cair.\n\n"
        '"Petani dilatih lebih dulu," kata Rahmat, Selasa.\n\n'
        "Pria yang karib disapa Cak Imon ini menuturkan, pelatihan dimulai tahun depan.\n\n"
        "Dana yang disediakan mencapai Rp 8 triliun.\n\n"
        '"Beda dengan program lama," tandas Imon.',
        "Rahmat Iskandar", "Menteri Koordinator Bidang Pangan",
    ),
    (
        "atau-a-nickname-and-the-band-in-capitals",
        "Musisi Bagas Wiratmo atau Bimo KELANA didapuk memerankan tokoh itu.\n\n"
        'Bimo mengungkap momen itu. "Antusias sekali," ujar Bimo di kantor.',
        "Bagas Wiratmo", "Musisi",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ALIASES)
def test_stated_aliases_resolve_to_the_full_name(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 2. The role next to the name, before or after it.

ROLES = table(
    (
        "role-bernama-name",
        '"Jalan ini sudah lama rusak," kata seorang pedagang bernama Wati (45) saat ditemui.',
        "Wati", "pedagang",
    ),
    (
        "name-age-role-without-commas",
        'Sutrisno Hadi (37) pedagang bakso cukup antusias.\n\n"Lebih ramai," kata Sutrisno.',
        "Sutrisno Hadi", "pedagang bakso",
    ),
    (
        "name-comma-age-comma-role",
        '"Saya tidak menyangka," ujar Karmin, 46, warga Kampung Duri.',
        "Karmin", "warga Kampung Duri",
    ),
    (
        "name-age-role-at-the-cue",
        '"Kami tidak keluar rumah," ujar Tarno (40) warga yang tinggal di depan lokasi.',
        "Tarno", "warga",
    ),
    (
        "name-salah-seorang-role",
        '"Penumpang mulai ramai lagi," kata Juned salah seorang sopir angkot setempat.',
        "Juned", "sopir angkot setempat",
    ),
    (
        "lower-case-role-comma-name-opening-the-sentence",
        "Dengan hasil ini, pelatih tim tamu, Bambang Wirawan mensyukuri tiga poin.\n\n"
        '"Kami masih harus berbenah," kata Bambang.',
        "Bambang Wirawan", "pelatih tim tamu",
    ),
    (
        "role-lain-drops-lain",
        'Pedagang lain, Lestiana mengaku omzetnya turun.\n\n"Sekarang sepi sekali," ujar Lestiana.',
        "Lestiana", "Pedagang",
    ),
    (
        "acting-prefix-pelaksana-harian",
        "Pelaksana Harian Kepala Dinas Sosial Jawa Barat Rini Kurniasih mengatakan, bantuan sudah dikirim.\n\n"
        '"Semua posko sudah menerima," ucap Rini.',
        "Rini Kurniasih", "Pelaksana Harian Kepala Dinas Sosial Jawa Barat",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ROLES)
def test_the_role_beside_the_name_is_its_title(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 1. Who a pronoun or a cue-less quote means: the last person who speaks or
#    holds a view (mengaku, menilai, berharap, menginginkan, ingin).

ANTECEDENTS = table(
    (
        "attitude-verb-ingin",
        "Pedagang asal Sukasari, Hasan Basri (52) ingin pasar segera direnovasi.\n\n"
        '"Atapnya sudah bocor," katanya.',
        "Hasan Basri", "Pedagang asal Sukasari",
    ),
    (
        "berbeda-dengan-then-attitude-verb",
        '"Atapnya sudah bocor," kata Hasan Basri, pedagang ikan.\n\n'
        "Berbeda dengan Hasan, pembeli asal Cimahi, Dewi Lestari (31) menginginkan harga turun.\n\n"
        '"Semua serba mahal," ujarnya.',
        "Dewi Lestari", "pembeli asal Cimahi",
    ),
    (
        "name-then-role-without-comma-before-the-verb",
        'Yusuf Tahapary salah satu nelayan lainnya mengaku masih takut melaut.\n\n"Ombaknya tinggi," ujarnya.',
        "Yusuf Tahapary", "nelayan",
    ),
    (
        "bystander-in-the-tail-of-the-cue-sentence",
        '"Kami bermain disiplin," kata Hendra Wijaya usai laga yang juga disaksikan '
        "Gubernur Jawa Barat Agus Salim itu.\n\n"
        "Menurut dia, timnya masih bisa lolos.\n\n"
        '"Kami belum menyerah," katanya.',
        "Hendra Wijaya", None,
    ),
    (
        "agent-of-dibenarkan",
        "Kapolda Jawa Barat Inspektur Jenderal Made Wirawan memerintahkan patroli ditambah. "
        "Penambahan patroli itu dibenarkan Kepala Bidang Humas Polda Jawa Barat, Komisaris Besar Rudi Hartono. "
        '"Betul, mulai malam ini," ujar dia saat dikonfirmasi.',
        "Rudi Hartono", "Kepala Bidang Humas Polda Jawa Barat Komisaris Besar",
    ),
    (
        "name-and-role-set-off-opening-a-sentence-with-any-verb",
        '"Setuju, biar anak tidur cepat," kata Chandra Wijaya, warga Cimahi.\n\n'
        "Adi, seorang warga Sukajadi, juga menyetujui penerapan jam malam.\n\n"
        '"Anak saya perempuan semua," ujarnya.',
        "Adi", "warga Sukajadi",
    ),
    (
        "agent-after-oleh",
        '"Harga naik," kata Siti Aminah, pedagang sayur.\n\n'
        "Hal berbeda diungkapkan oleh Kepala Pasar Baru Hendra Wijaya.\n\n"
        '"Pasokan masih cukup," ujarnya.',
        "Hendra Wijaya", "Kepala Pasar Baru",
    ),
    (
        "senada-dengan-then-a-titled-name",
        '"Harga naik," kata Siti Aminah, pedagang sayur.\n\n'
        "Senada dengan Siti, Ketua Asosiasi Pedagang Pasar Cimahi Hendra Wijaya mengeluhkan harga.\n\n"
        '"Pasokan dari petani turun," ujarnya.',
        "Hendra Wijaya", "Ketua Asosiasi Pedagang Pasar Cimahi",
    ),
    (
        "name-in-a-relative-clause-is-no-antecedent",
        '"Kami siap bertanding," kata Hendra Wijaya, pelatih tim tuan rumah.\n\n'
        "Laga itu digelar di stadion yang juga pernah dikunjungi Menteri Pemuda dan Olahraga Rudi Hartono.\n\n"
        '"Lawan kami kuat," katanya.',
        "Hendra Wijaya", "pelatih tim tuan rumah",
    ),
    (
        "name-in-a-prepositional-phrase-is-no-antecedent",
        '"Kami siap bertanding," kata Hendra Wijaya, pelatih tim tuan rumah.\n\n'
        "Timnya berlatih bersama dengan Kepala Dinas Olahraga Jawa Barat Rudi Hartono di lapangan.\n\n"
        '"Lawan kami kuat," katanya.',
        "Hendra Wijaya", "pelatih tim tuan rumah",
    ),
    (
        "first-of-a-list-in-a-prepositional-phrase-is-no-antecedent",
        '"Ada tiga mandat utama," ujar Menteri Sosial Saifullah Yusuf.\n\n'
        "Hal itu disampaikan pada audiensi dengan Wali Kota Sukabumi Ayep Zaki dan Bupati Rokan Hilir Bistamam.\n\n"
        "Ia menjelaskan bahwa kementeriannya punya tiga program utama.\n\n"
        '"Datanya dikelola BPS," ujarnya.',
        "Saifullah Yusuf", "Menteri Sosial",
    ),
    (
        "office-holder-set-off-by-commas-opening-a-sentence",
        '"Timnya belum lengkap," kata Bupati Sukamaju, Marhaen Wibowo.\n\n'
        "Ketua Serikat Pekerja Nusantara (SPN), Andi Gani Wirawan, mendorong agar gelar itu dipercepat.\n\n"
        "Dia mengatakan, Marsinah adalah anggota serikat.\n\n"
        '"Kami sangat kecewa," ujar dia.',
        "Andi Gani Wirawan", "Ketua Serikat Pekerja Nusantara (SPN)",
    ),
    (
        "introduced-in-a-line-with-no-verb",
        '"Seru sekali," kata Ani, salah seorang pembeli.\n\n'
        "Maya, pembeli lainnya. Ia datang lebih cepat.\n\n"
        '"Kalau datang awal masih sepi," ujarnya.',
        "Maya", "pembeli",
    ),
    (
        "a-line-with-a-name-and-a-clause-introduces-nobody",
        '"Seru sekali," kata Ani, salah seorang pembeli.\n\n'
        "Pasar Baru, tempat yang selalu ramai. Ia datang lebih cepat.\n\n"
        '"Kalau datang awal masih sepi," ujarnya.',
        "Ani", "pembeli",
    ),
    (
        "a-victim-who-only-acts-loses-to-the-one-named-as-speaking",
        "Menurut Kabid Humas Polda Sentosa Komisaris Besar Ferdi Wijaya, korban bertugas di mobil patroli.\n\n"
        "Saat mendekati posko, Ipda Andri Saputra bermaksud turun dari mobil. Nyawa Ipda Andri tidak tertolong. "
        '"Jadi, tidak ada hubungannya dengan massa," katanya.',
        "Ferdi Wijaya", "Kabid Humas Polda Sentosa Komisaris Besar",
    ),
    (
        "unnamed-speaker-since-the-previous-quote",
        '"Uangnya sudah tertransfer ke bank lain," kata Andi, pemilik agen perbankan.\n\n'
        "Kompas.com berupaya meminta konfirmasi ke kantor cabang bank, sayangnya salah satu staf kantor "
        "mengatakan ada aturan kerahasiaan.\n\n"
        '"Mohon maaf, itu harus yang bersangkutan sendiri," katanya.',
        None, "staf kantor",
    ),
    (
        "unnamed-role-in-reported-speech-is-no-antecedent",
        '"Kami rapat di rumah terdakwa," kata Kapendi, saksi.\n\n'
        "Ia menjelaskan bahwa salah satu relawan mengusulkan spanduk terima kasih.\n\n"
        '"Spanduknya dipasang di depan kantor," tambahnya.',
        "Kapendi", "saksi",
    ),
    (
        "agent-of-dibenarkan-set-off-after-an-office-of-an-unknown-place",
        "Kapolda Sentosa Inspektur Jenderal Made Wirawan memerintahkan patroli ditambah. "
        "Penambahan patroli itu dibenarkan Kepala Bidang Humas Polda Sentosa, Komisaris Besar Rudi Hartono. "
        '"Betul, mulai malam ini," ujar dia saat dikonfirmasi.',
        "Rudi Hartono", "Kepala Bidang Humas Polda Sentosa Komisaris Besar",
    ),
    (
        "a-role-and-its-club-referring-back",
        '"Kami siap bertanding," ujar Rudi Hartono.\n\n'
        "Pemain Persatuan Sentosa United ini menegaskan bahwa tim tidak akan meremehkan lawan.\n\n"
        '"Semua pemain ingin menang," tambahnya.',
        "Rudi Hartono", None,
    ),
    (
        "a-site-name-in-the-tail-of-the-cue-sentence",
        '"Kami sudah melapor," ujar Sinta Maharani saat dikonfirmasi Beritaku.com, Senin (2/6/2025).\n\n'
        "Laporan itu kini ditangani polisi.\n\n"
        '"Kami menunggu hasilnya," kata dia.',
        "Sinta Maharani", None,
    ),
    (
        "a-view-inside-the-previous-speakers-paraphrase",
        "Menteri Pertanian Joko Santoso menegaskan program telah berjalan.\n"
        '"Hari ini kita mengevaluasi capaian kita," ujar Joko dalam keterangannya.\n\n'
        "Ia menekankan jika data diperbarui, program akan lebih tepat. Presiden Hendra Wijaya ingin "
        "petani naik kelas melalui program pemberdayaan.\n"
        '"Tidak hanya menerima bantuan, tapi juga pendampingan," tegasnya.',
        "Joko Santoso", "Menteri Pertanian",
    ),
    (
        "agent-of-a-passive-verb-of-agreeing",
        '"Tarif harus naik," ujar Ketua Asosiasi Pengemudi Sentosa, Budi Santoso.\n\n'
        "Hal tersebut juga diamini oleh Direktur Ojek Sentosa, Rudi Hartono. Dia mengaku khawatir pendapatan menurun.\n\n"
        '"Di beberapa kota, pengemudi berkurang," katanya.',
        "Rudi Hartono", "Direktur Ojek Sentosa",
    ),
    (
        "reporting-verb-in-a-relative-clause-names-no-one",
        '"Kami harus tegas," tegas Bupati Sentosa Rudi Hartono.\n\n'
        "Rudi menceritakan, setelah ia bersama Menteri Energi dan rombongan tiba di lokasi PT Tambang Sentosa, "
        "mereka menghadapi protes dari para pekerja yang meminta agar perusahaan tidak ditutup.\n\n"
        '"Mereka khawatir kehilangan pekerjaan," ujarnya.',
        "Rudi Hartono", "Bupati Sentosa",
    ),
    (
        "reporting-verb-joined-to-an-earlier-predicate",
        '"Stok aman," kata Kepala Dinas Sentosa Rudi Hartono.\n\n'
        "Sementara itu, Direktur Utama PT Sentosa Abadi, Agus Salim menyambut baik kunjungan tersebut "
        "dan menegaskan komitmen perusahaan.\n\n"
        '"Kami menjaga pasokan," katanya.',
        "Agus Salim", "Direktur Utama PT Sentosa Abadi",
    ),
    (
        "object-of-an-active-verb-is-no-antecedent",
        '"Acara ini untuk warga," kata Budi Santoso.\n\n'
        "Panitia mengundang Menteri Pariwisata Agus Salim yang hadir bersama istrinya.\n\n"
        '"Kami ingin warga terhibur," ujarnya.',
        "Budi Santoso", None,
    ),
    (
        "a-performer-the-event-brings-in-is-no-antecedent",
        '"Acara ini untuk warga," kata Ketua Panitia Budi Santoso.\n\n'
        'Acara itu menghadirkan penyanyi Lala Wulan yang tampil memukau. "Kami ingin warga terhibur," ujarnya.',
        "Budi Santoso", "Ketua Panitia",
    ),
    (
        "object-after-a-pronoun-subject-is-no-antecedent",
        '"Kami siap," kata Hendra Wijaya.\n\n'
        "Ia kemudian menemui Kepala Desa Sukamaju Agus Salim yang menunggu di balai desa.\n\n"
        '"Semoga bermanfaat," ujarnya.',
        "Hendra Wijaya", None,
    ),
    (
        "a-role-between-a-preposition-and-the-name",
        '"Kami siap," kata Hendra Wijaya.\n\n'
        "Ia meninjau lokasi bersama penyanyi Lala Wulan yang datang terlambat.\n\n"
        '"Semoga bermanfaat," ujarnya.',
        "Hendra Wijaya", None,
    ),
    (
        "capitalised-role-opening-a-sentence-introduces-a-subject",
        '"Kami siap bertanding," kata Hendra Wijaya, pelatih tim.\n\n'
        "Penyanyi Rina Kartika ikut memberi semangat. Unggahan itu dibagikannya melalui akun Instagram pribadinya.\n\n"
        '"Semangat terus, kalian hebat," tulisnya.',
        "Rina Kartika", "Penyanyi",
    ),
    (
        "agent-nya-of-a-passive-takes-up-the-person-named-before",
        '"Kami siap bertanding," kata Hendra Wijaya, pelatih tim.\n\n'
        "Dukungan juga datang dari penyanyi Rina Kartika. Unggahan itu dibagikannya melalui akun Instagram pribadinya.\n\n"
        '"Semangat terus, kalian hebat," tulisnya.',
        "Rina Kartika", "penyanyi",
    ),
    (
        "agent-nya-of-a-passive-after-a-subject-is-the-subject",
        "Bupati Bogor Rudi Hartono meminta bantuan kepada Menteri Sosial Agus Salim. "
        "Hal itu disampaikannya di pendopo.\n\n"
        '"Warga butuh beras," ujarnya.',
        "Rudi Hartono", "Bupati Bogor",
    ),
    (
        "an-unnamed-source-after-menurut",
        '"Harga naik," kata Budi Santoso, pedagang ikan.\n\n'
        "Menurut warga setempat, harga cabai juga naik.\n\n"
        '"Sudah seminggu begini," katanya.',
        None, "warga setempat",
    ),
    (
        "menurut-a-role-then-its-holder-set-off",
        '"Harga naik," kata Budi Santoso, pedagang ikan.\n\n'
        "Menurut dokter spesialis anak, dr. Rina Kartika, langkah awal sangat menentukan.\n\n"
        '"Jangan langsung bermain," katanya.',
        "Rina Kartika", "dokter spesialis anak",
    ),
    (
        "menurut-a-former-role-then-its-holder-set-off",
        '"Koleksi ini luar biasa," ujar Budi Santoso.\n\n'
        "Menurut mantan kepala museum, Rudi Hartono, pameran ini dirancang untuk umum.\n\n"
        '"Tidak ada lagi yang tersisa," jelasnya.',
        "Rudi Hartono", "mantan kepala museum",
    ),
    (
        "menurut-a-former-role-inside-what-someone-reports-is-theirs",
        '"Anggaran desa cukup," kata Budi Santoso, camat Sukamaju.\n\n'
        "Budi mengatakan, menurut mantan kepala desa, Hendra Wijaya, dana itu belum cair.\n\n"
        '"Kami akan menagihnya," katanya.',
        "Budi Santoso", "camat Sukamaju",
    ),
    (
        "the-agent-of-a-passive-saying-verb-speaks",
        '"Pasokan gas harus dijaga," kata Direktur Utama PT Gas Sentosa, Gamal Santoso.\n\n'
        "Pentingnya pembangunan pipa juga ditekankan oleh Wahyudin Sunarya, Direktur Pemasaran PT Energi Raya. "
        "Ia menyatakan pipa itu akan selesai tahun depan.\n\n"
        '"Tanpa pipa, industri tidak bisa tumbuh," tegasnya.',
        "Wahyudin Sunarya", "Direktur Pemasaran PT Energi Raya",
    ),
    (
        "a-person-the-article-names-by-initials-speaks",
        "Pengadilan menerima permohonan jurnalis berinisial HM. Kuasa hukum HM, Budi Santoso mengatakan putusan itu adil.\n\n"
        '"Putusan ini adil," ujar Budi.\n\n'
        "Sementara itu, HM mengaku mengapresiasi putusan itu. Dia mengaku bersyukur.\n\n"
        '"Saya ikhlas dan tidak ada dendam," katanya.',
        "HM", None,
    ),
    (
        "initials-with-an-age-speak",
        "Polisi menangkap pelaku AR (34) di rumahnya. Kapolsek Sukamaju, AKP Budi Santoso, membenarkan penangkapan itu.\n\n"
        '"Pelaku sudah kami amankan," ujar Budi.\n\n'
        "AR mengatakan dirinya menyesal.\n\n"
        '"Saya khilaf," katanya.',
        "AR", None,
    ),
    (
        "initials-inside-what-an-official-reports-are-not-the-speaker",
        "Polisi menangkap pelaku berinisial HM di rumahnya.\n\n"
        '"Pelaku sudah kami amankan," ujar Kapolsek Sukamaju AKP Budi Santoso.\n\n'
        "Budi menjelaskan, HM mengaku menjual barang curian itu secara daring.\n\n"
        '"Barang bukti sudah kami sita," katanya.',
        "Budi Santoso", "Kapolsek Sukamaju AKP",
    ),
    (
        "the-lawyer-of-someone-named-by-initials-speaks-for-himself",
        "Pengadilan menerima permohonan jurnalis berinisial RS.\n\n"
        '"Kami bersyukur," ujar Rina Kartika, kerabat RS.\n\n'
        "Kuasa hukum RS mengatakan putusan itu adil.\n\n"
        '"Putusan ini adil," katanya.',
        None, "Kuasa hukum RS",
    ),
    (
        "a-description-refers-to-the-unnamed-source",
        "Aktris Lala Wulan dikabarkan kembali berkencan.\n\n"
        "Menurut sumber eksklusif kepada sebuah majalah, Lala kini lebih bahagia.\n\n"
        '"Ia tampak lebih ringan," ujar sumber tersebut.',
        None, "sumber tersebut",
    ),
    (
        "a-view-opening-its-own-paragraph",
        "Menteri Pertanian Joko Santoso menegaskan program telah berjalan.\n"
        '"Hari ini kita mengevaluasi capaian kita," ujar Joko dalam keterangannya.\n\n'
        "Presiden Hendra Wijaya ingin petani naik kelas melalui program pemberdayaan.\n"
        '"Tidak hanya menerima bantuan, tapi juga pendampingan," tegasnya.',
        "Hendra Wijaya", "Presiden",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ANTECEDENTS)
def test_a_pronoun_means_the_last_person_speaking_or_holding_a_view(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 8. Cue verbs of every register.

CUES = table(
    (
        "cue-verb-written-with-a-capital",
        "Menteri Sosial Rudi Hartono meninjau sekolah itu bersama Sinta, siswi kelas X.\n\n"
        "Sinta mengaku senang dikunjungi.\n\n"
        '"Siapa yang mau jadi dokter?" Tanya Rudi kepada para siswa.',
        "Rudi Hartono", "Menteri Sosial",
    ),
    (
        "capitalised-word-after-a-quote-opens-a-sentence",
        'Rudi Hartono meninjau sekolah itu. "Kami siap." Jelas bahwa persiapan sudah matang.',
        None, None,
    ),
    (
        "kelakar",
        "Gubernur Jawa Tengah Hadi Prasetyo membuka pameran.\n\n"
        '"Saya datang paling awal," kelakar Gubernur saat membuka sambutan.',
        "Hadi Prasetyo", "Gubernur Jawa Tengah",
    ),
    (
        "gurau",
        '"Jangan-jangan saya yang kalah," gurau Hadi Prasetyo.',
        "Hadi Prasetyo", None,
    ),
    (
        "name-then-verb-after-the-quote",
        "Juru bicara KPK Yanti Lestari mengatakan, kasus ini terus didalami.\n\n"
        "Ketua DPRD Jawa Barat Rudi Santoso melaporkan kasus ini pekan lalu.\n\n"
        '"Kami belum bisa mengumumkan tersangkanya," Yanti memungkas.',
        "Yanti Lestari", "Juru bicara KPK",
    ),
    (
        "role-name-then-verb-after-the-quote",
        "Dokter hewan Sinta Wulandari menjelaskan gejala kucing yang sakit.\n\n"
        '"Kalau kucing tidak mau makan, segera bawa ke klinik," dokter Sinta mengingatkan.',
        "Sinta Wulandari", "Dokter hewan",
    ),
    (
        "reduplicated-word-opening-a-paragraph-is-no-dateline",
        'Polisi menangkap dua pelaku.\n\n"Kerugian sekitar Rp13 juta," ujar Kapolsek Sukajadi Kompol Sutarjo.\n\n'
        "Barang-barang yang dicuri berupa kaos dan sepatu.",
        "Sutarjo", "Kapolsek Sukajadi Kompol",
    ),
)


@pytest.mark.parametrize("text,speaker,title", CUES)
def test_cue_verbs(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 8. Non-commissioned ranks go to the title, like the officers' ranks.

NCO_RANKS = table(
    (
        "pelda",
        'Danramil Cibiru, Pelda Joko, kepada wartawan, menegaskan isu itu tidak benar.\n\n"Isu itu bohong," ujarnya.',
        "Joko", "Danramil Cibiru Pelda",
    ),
    (
        "kopka",
        '"Jalur sudah kami buka," kata Babinsa Desa Sukamaju Kopka Rahmat Hidayat.',
        "Rahmat Hidayat", "Babinsa Desa Sukamaju Kopka",
    ),
)


@pytest.mark.parametrize("text,speaker,title", NCO_RANKS)
def test_nco_ranks_are_no_names(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 3. Institutions and places are not people.

PLACES = table(
    (
        "one-word-after-an-office-then-the-holder-set-off",
        "Pelaku ditangkap di Kabupaten Sukamaju.\n\n"
        "Kapolres Sukamaju, AKBP Rudi Hartono, menjelaskan motif pelaku.\n\n"
        '"Pelaku cemburu," jelas Kapolres.',
        "Rudi Hartono", "Kapolres Sukamaju AKBP",
    ),
    (
        "the-place-of-a-role-is-no-name",
        '"Pemilu ditunda sepekan," tulis juru bicara Presiden Nigeria di media sosial.',
        None, "juru bicara Presiden",
    ),
    (
        "region-name-before-a-one-word-name",
        "Kepala Dinas Pendidikan Kabupaten Sukamaju Wulandarini memaparkan program baru.\n\n"
        '"Program ini gratis," kata Wulandarini.',
        "Wulandarini", "Kepala Dinas Pendidikan Kabupaten Sukamaju",
    ),
    (
        "wali-kota-is-an-office-not-a-region",
        'Wali Kota Mohammad Idrus meninjau banjir.\n\n"Pompa sudah kami tambah," kata Idrus.',
        "Mohammad Idrus", "Wali Kota",
    ),
    (
        "one-word-alone-after-a-territorial-command-is-its-territory",
        'Mayat seorang perempuan ditemukan di sungai.\n\nKapolsek Karangrejo belum bisa memastikan penyebabnya. '
        '"Kami masih menunggu hasil autopsi," ungkapnya.',
        None, "Kapolsek",
    ),
)


@pytest.mark.parametrize("text,speaker,title", PLACES)
def test_places_and_institutions_are_no_people(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 7. Organisations that speak: the organisation in the fullest form given.

ORGANISATIONS = table(
    (
        "a-report-by-a-unit-and-the-person-signing-it",
        "Banjir merendam dua kampung di Desa Sukamaju.\n\n"
        '"Air mulai surut sejak pagi," demikian laporan tertulis P3BK Sukamaju Rudi Hartono.',
        "Rudi Hartono", None,
    ),
    (
        "tulis-short-form",
        "Badan Meteorologi Nasional (BMN) menyatakan hujan lebat masih akan turun.\n\n"
        '"Waspadai banjir di wilayah pesisir," tulis BMN dalam laman resminya.',
        "Badan Meteorologi Nasional", None,
    ),
    (
        "organisation-subject-is-no-antecedent",
        "Wakil Menteri Pertanian Dodi Kurniawan mengatakan benih unggul segera dibagikan.\n\n"
        "Hal itu dilakukan Kementerian Pertanian (Kementan) bersama pemerintah daerah. "
        "Kementan memastikan setiap petani mendapat jatah.\n\n"
        '"Kami mulai dari Jawa Tengah," tuturnya.',
        "Dodi Kurniawan", "Wakil Menteri Pertanian",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ORGANISATIONS)
def test_organisations_speaking(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# 6. Descriptions that refer back: the person named before, not nobody.

REFERRING_BACK = table(
    (
        "a-former-office-referring-back-is-the-title-of-later-quotes",
        '"Kami harus menang," kata Dodi Pratama.\n\n'
        '"Timnas butuh pemain muda," kata mantan kapten tim nasional itu.\n\n'
        "Ia juga memuji pelatih.\n\n"
        '"Pelatih kami bagus," ujar Dodi.',
        "Dodi Pratama", "mantan kapten tim nasional",
    ),
    (
        "a-paraphrase-referring-back-is-no-title",
        '"Kami harus menang," kata Dodi Pratama.\n\n'
        '"Timnas butuh pemain muda," kata pemain asal Sentosa itu.\n\n'
        '"Pelatih kami bagus," ujar Dodi.',
        "Dodi Pratama", None,
    ),
    (
        "role-itu",
        '"Kami bermain baik," kata Agus Salim, pelatih tim tamu.\n\n'
        '"Semoga laga kedua lebih baik," kata mantan kapten tim nasional itu.',
        "Agus Salim", "pelatih tim tamu",
    ),
    (
        "role-tersebut",
        '"Anggaran sudah cair," ujar Kepala Dinas Pendidikan Jawa Barat Rina Marlina.\n\n'
        '"Sekolah bisa langsung membeli buku," papar Ketua Perhimpunan Guru Sentosa tersebut.',
        "Rina Marlina", "Kepala Dinas Pendidikan Jawa Barat",
    ),
    (
        "a-role-that-is-no-office-may-describe-the-speaker-quoted-before",
        '"Kami siap bertanding," kata Yoga Pratama, kiper tim tamu.\n\n'
        '"Saya bangga membela tim ini," tutur pemain asal Sentosa tersebut.',
        "Yoga Pratama", "kiper tim tamu",
    ),
)


@pytest.mark.parametrize("text,speaker,title", REFERRING_BACK)
def test_descriptions_that_refer_back(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# A bare role at the cue (`kata Jaksa`, `tegas JPU`) for the official the
# article introduced with that role: the fullest form of their name, also when
# the role came last with a short form (`kata Jaksa Bayu`), and when the cue
# is the acronym the article spelt out in parentheses (`Jaksa Penuntut Umum (JPU)`).

BARE_ROLES = table(
    (
        "bare-role-after-the-role-and-a-short-form",
        "Dakwaan dibacakan Jaksa Penuntut Umum (JPU) Bayu Surya Pratama di Pengadilan Tipikor Sentosa.\n\n"
        '"Terdakwa menerima uang dari rekanan," kata Jaksa Bayu dalam dakwaannya.\n\n'
        "Uang itu dibagikan kepada sejumlah pihak.\n\n"
        '"Saksi menyetujui pencairan dana tersebut," kata Jaksa.',
        "Bayu Surya Pratama", "Jaksa Penuntut Umum (JPU)",
    ),
    (
        "acronym-spelt-out-in-the-title",
        "Dakwaan dibacakan Jaksa Penuntut Umum (JPU) Bayu Surya Pratama di Pengadilan Tipikor Sentosa.\n\n"
        "Jaksa menilai para terdakwa memperkaya diri sendiri.\n\n"
        '"Perbuatan terdakwa melanggar aturan pengadaan," tegas JPU.',
        "Bayu Surya Pratama", "Jaksa Penuntut Umum (JPU)",
    ),
    (
        "acronym-of-an-organisation-in-the-title-names-no-holder",
        "Ketua Badan Pengawas Pemilu (Bawaslu) Sentosa Rina Kartika meninjau gudang logistik.\n\n"
        "Gudang itu menyimpan surat suara.\n\n"
        '"Semua logistik harus diawasi," tulis Bawaslu.',
        None, "Bawaslu",
    ),
    (
        "an-office-abbreviation-is-no-name",
        "Kasi Intel Kejaksaan Negeri Sentosa Wiryono mengatakan tersangka ditahan.\n\n"
        '"Ia ditahan saat tahap dua," kata Kasintel.',
        None, "Kasintel",
    ),
)


@pytest.mark.parametrize("text,speaker,title", BARE_ROLES)
def test_a_bare_role_is_its_holder_in_the_fullest_form(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# A short cue that fits two people quoted before (the same first name, the same
# role) and neither named since the previous quote: nobody rather than a guess.

TWO_CANDIDATES = table(
    (
        "one-first-name-two-people-quoted",
        '"Harga naik," kata Budi Santoso, pedagang ikan.\n\n'
        '"Pasokan turun," kata Budi Hartono, pedagang sayur.\n\n'
        '"Pembeli sepi," kata Budi.',
        None, None,
    ),
    (
        "one-first-name-one-of-them-named-since",
        '"Harga naik," kata Budi Santoso, pedagang ikan.\n\n'
        '"Pasokan turun," kata Budi Hartono, pedagang sayur.\n\n'
        "Budi Santoso menambahkan pembeli makin sedikit.\n\n"
        '"Pembeli sepi," kata Budi.',
        "Budi Santoso", "pedagang ikan",
    ),
    (
        "one-name-spelt-two-ways-is-one-person",
        '"Harga naik," kata Budi Santoso, pedagang ikan.\n\n'
        '"Pasokan turun," kata Budi Santosa.\n\n'
        '"Pembeli sepi," kata Budi.',
        "Budi Santosa", None,
    ),
    (
        "one-role-two-holders-quoted",
        '"Jalan rusak," kata Kepala Desa Sukamaju Agus Salim.\n\n'
        '"Air bersih kurang," kata Kepala Desa Sukajadi Rudi Hartono.\n\n'
        '"Kami butuh bantuan," kata sang kepala desa.',
        None, "kepala desa",
    ),
    (
        "one-role-one-holder-quoted",
        '"Jalan rusak," kata Kepala Desa Sukamaju Agus Salim.\n\n'
        "Bantuan juga diserahkan kepada Kepala Desa Sukajadi Rudi Hartono.\n\n"
        '"Kami butuh bantuan," kata sang kepala desa.',
        "Agus Salim", "Kepala Desa Sukamaju",
    ),
)


@pytest.mark.parametrize("text,speaker,title", TWO_CANDIDATES)
def test_a_short_cue_that_fits_two_people_quoted_is_nobody(text, speaker, title):
    check(text, speaker, title)


# ---------------------------------------------------------------------------
# Forms of address: a short one in lower case between the cue and the name is
# left out (never read as no phrase, which gave the previous speaker); `Sus`
# (a nurse's or nanny's address) is an honorific like Pak. A kinship noun in
# lower case is a relation, not an address: the name after it is not the speaker.

EARLIER = '"Harga cabai naik," kata Kepala Pasar Sentosa Budi Hartono.\n\n'

ADDRESS = table(
    ("bang", EARLIER + '"Laris sekali hari ini," kata bang Rahmat.', "Rahmat", None),
    ("sus-then-addressee", EARLIER + '"Memang harus dibayar?" tanya sus Wati kepada Dimas.', "Wati", None),
    ("teh", EARLIER + '"Airnya dingin sekali," kata teh Euis.', "Euis", None),
    ("mas-then-place", EARLIER + '"Jalannya rusak," kata mas Joko di warungnya.', "Joko", None),
    ("ncus", EARLIER + '"Adiknya sudah tidur," kata ncus Wati.', "Wati", None),
    ("mbak-then-role", EARLIER + '"Ayo mampir," kata mbak Sari, penjual jamu.', "Sari", "penjual jamu"),
    ("capitalised-sus", EARLIER + '"Senang sekali," kata Sus Rini.', "Rini", None),
    ("pak-before-a-role", EARLIER + '"Semua sudah beres," kata pak Kades.', None, "Kades"),
    ("kinship-is-a-relation", EARLIER + '"Anak saya demam," ujar ayah Bagas.', None, "ayah Bagas"),
)


@pytest.mark.parametrize("text,speaker,title", ADDRESS)
def test_a_form_of_address_before_the_name_is_left_out(text, speaker, title):
    check(text, speaker, title)


JUDGES = (
    '"Menjatuhkan pidana penjara selama dua tahun," kata Hakim Ketua Bayu Pranata di ruang sidang.\n\n'
    "Anggota majelis hakim, Dewi Lestari, menyampaikan, majelis sependapat dengan ahli.\n\n"
    '"Menimbang bahwa dakwaan tidak terbukti," ujar hakim Dewi.\n\n'
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(  # a bare office at the cue, two judges named before: neither
            JUDGES + '"Terdakwa bersikap sopan selama persidangan," ucap Hakim.',
            (None, "Hakim"),
            id="a-cue",
        ),
        pytest.param(  # a bare office speaking before a pronoun cue: neither, nor who spoke before
            JUDGES + "Hakim mengatakan, pernyataan terdakwa tidak dapat diterima.\n\n"
            '"Menimbang bahwa terdakwa bersalah," ujarnya.',
            (None, "Hakim"),
            id="a-pronoun-cue",
        ),
        pytest.param(  # one judge named: the holder
            '"Menjatuhkan pidana penjara selama dua tahun," kata Hakim Bayu Pranata di ruang sidang.\n\n'
            '"Terdakwa bersikap sopan selama persidangan," ucap Hakim.',
            ("Bayu Pranata", "Hakim"),
            id="one-holder",
        ),
    ],
)
def test_a_bare_office_several_named_before_hold_is_none_of_them(text, expected):
    quotes = direct(text)
    assert (quotes[-1].speaker, quotes[-1].title) == expected


# A relation, then the other person's role in lower case, then a name: the name is the
# other person's (the singer, the coach), and the relation speaks unnamed.
RELATION_BEFORE_ANOTHERS_ROLE = table(
    (
        "fans-of-a-singer-at-the-cue",
        "Ribuan orang memadati rumah duka di Bandung.\n\n"
        'Penggemar penyanyi Rina Wati mengatakan, "Kami sangat kehilangan."',
        None, "Penggemar penyanyi Rina Wati",
    ),
    (
        "fans-of-a-singer-before-a-pronoun-cue",
        "Ribuan orang memadati rumah duka di Bandung. Penggemar penyanyi Rina Wati mengaku sangat sedih.\n\n"
        '"Kami sangat kehilangan," katanya.',
        None, "Penggemar penyanyi Rina Wati",
    ),
    (
        "wife-of-a-coach",
        "Tim berduka sejak Jumat. Istri pelatih Budi Santoso mengaku belum bisa tidur.\n\n"
        '"Kami masih terkejut," katanya.',
        None, "Istri pelatih Budi Santoso",
    ),
    (
        "supporters-of-a-candidate-doing-something",
        "Ribuan orang berkumpul di depan kantor KPU. Pendukung calon Bupati Sleman Budi Santoso mendatangi kantor itu.\n\n"
        '"Kami menuntut keadilan," katanya.',
        None, "Pendukung calon Bupati Sleman Budi Santoso",
    ),
    (
        "the-supporters-as-object-leave-the-speaker",
        '"Kami sudah bersiaga," kata Kapolres Sleman AKBP Rudi Hartono. Ia menyebut pendukung calon Bupati Sleman '
        'Budi Santoso membawa senjata.\n\n"Mereka membawa senjata tajam," ujarnya.',
        "Rudi Hartono", "Kapolres Sleman AKBP",
    ),
    (
        "a-relative-named-by-initials",
        "Briptu Rudi Hartono diduga menipu banyak orang.\n\n"
        "Salah satu keluarga korban berinisial IK mengungkapkan, korban berasal dari beberapa daerah.\n\n"
        '"Total kerugian sekitar Rp 5 miliar," ujarnya.',
        "IK", "keluarga korban",
    ),
    (
        "fans-speaking-after-an-official",
        "Penyanyi dangdut Rina Wati meninggal dunia di Jakarta. Kapolsek Tebet Kompol Hendra Wijaya mengatakan tidak "
        'ada tanda kekerasan.\n\n"Almarhumah ditemukan tidak sadarkan diri di kamar," kata Hendra.\n\n'
        'Penggemar penyanyi Rina Wati ikut menyampaikan duka di media sosial.\n\n"Kami kehilangan idola," katanya.',
        None, "Penggemar penyanyi Rina Wati",
    ),
    (
        "a-friend-of-the-late",
        "Ratusan pelayat mendatangi rumah duka di Yogyakarta.\n\n"
        'Sahabat almarhum Budi Santoso mengatakan, "Dia orang baik dan tidak pernah menolak membantu."',
        None, "Sahabat almarhum Budi Santoso",
    ),
    (
        "a-close-friend",
        'Rumah duka dipadati pelayat.\n\nSahabat dekat Agus Salim mengatakan, "Dia orang yang jujur."',
        None, "Sahabat dekat Agus Salim",
    ),
    (
        "supporters-after-a-quote-leave-the-pronoun-to-the-speaker",
        '"Kami akan menang di Sleman," kata calon Bupati Sleman Budi Santoso, Sabtu (12/10). Pendukung calon '
        "Bupati Sleman Budi Santoso memadati lapangan sejak pagi.\n\n"
        '"Terima kasih atas dukungan warga Sleman," ujarnya.',
        "Budi Santoso", "calon Bupati Sleman",
    ),
    (
        "a-lawyer-of-a-body-is-named",
        '"Penetapan tersangka sudah sesuai prosedur," kata kuasa hukum KPK Iskandar Marpaung dalam sidang.',
        "Iskandar Marpaung", "kuasa hukum KPK",
    ),
    (
        "an-adjutant-with-a-rank-is-named",
        "Bupati Sleman batal menghadiri rapat paripurna DPRD.\n\n"
        'Ajudan Bupati Sleman Ipda Rina Marlina mengatakan, "Ibu Bupati sedang rapat dengan gubernur."',
        "Rina Marlina", "Ajudan Bupati Sleman Ipda",
    ),
    (
        "a-senior-lawyer-is-named",
        '"Klien saya tidak bersalah," kata pengacara senior Hotman Sitorus di PN Jakarta Selatan.',
        "Hotman Sitorus", "pengacara senior",
    ),
    (
        "an-assistant-coach-is-his-own-office",
        '"Kami siap bertanding," kata asisten pelatih Budi Santoso.',
        "Budi Santoso", "asisten pelatih",
    ),
)


@pytest.mark.parametrize("text,speaker,title", RELATION_BEFORE_ANOTHERS_ROLE)
def test_a_relation_before_anothers_role_names_the_other(text, speaker, title):
    check(text, speaker, title)


# A titled name in what the speaker reports after `bahwa` is spoken of, not speaking:
# the next pronoun cue stays with the speaker.
SPOKEN_OF_AFTER_BAHWA = table(
    (
        "a-minister-after-bahwa",
        '"Jalan ini harus selesai tahun depan," kata Andi Rusdi, Senin. Ia menyebut bahwa Menteri Keuangan '
        'Budi Hartono berkomitmen membangun jalan.\n\n"Kami akan mengawal anggarannya," jelasnya.',
        "Andi Rusdi", None,
    ),
    (
        "a-second-pronoun-sentence",
        '"Jalan ini harus selesai tahun depan," kata Andi Rusdi, Senin. Ia menyebut bahwa Menteri Keuangan '
        "Budi Hartono berkomitmen membangun jalan. Ia juga meminta pemerintah daerah kreatif.\n\n"
        '"Kami akan mengawal anggarannya," jelasnya.',
        "Andi Rusdi", None,
    ),
    (
        "the-president-through-whom",
        '"Jalan ini harus selesai tahun depan," kata Andi Rusdi, Senin. Ia menyebut bahwa pemerintah pusat '
        'melalui Presiden Prabowo berkomitmen membangun jalan.\n\n"Kami akan mengawal anggarannya," jelasnya.',
        "Andi Rusdi", None,
    ),
)


@pytest.mark.parametrize("text,speaker,title", SPOKEN_OF_AFTER_BAHWA)
def test_a_titled_name_after_bahwa_is_spoken_of(text, speaker, title):
    check(text, speaker, title)


# A sentence turning to someone as its topic (`Bagi X,`, `Untuk X,`, `Beda lagi kisah X`)
# hands the next pronoun cue to them, not to whoever spoke before.
TOPIC = (
    '"Harganya cocok untuk saya," kata Biya Lestari, seorang karyawan swasta.\n\n'
    "Biya mengaku cocok dengan harga tersebut.\n\n"
)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            TOPIC + "Untuk Virdha, tempatnya juga menawarkan sesi privat. Namun, karena jadwalnya padat, ia memilih kelas grup.\n\n"
            '"Menurutku sepadan saja," pungkas dia.\n\n"Saya suka kelas pagi," ujar Virdha Anggraini.',
            "Virdha Anggraini", id="untuk-a-name-the-cues-use",
        ),
        pytest.param(
            TOPIC + "Beda lagi kisah Budi Hartono (51), pedagang buku di Kwitang.\n\n"
            '"Saya hidup untuk menghidupkan buku," katanya.',
            "Budi Hartono", id="beda-lagi-kisah-a-full-name",
        ),
        pytest.param(  # a place of the same shape: no one turned to
            TOPIC + 'Bagi Jakarta, harga itu biasa saja.\n\n"Menurutku sepadan saja," pungkas dia.',
            "Biya Lestari", id="a-place-is-no-one",
        ),
        pytest.param(  # `Untuk` not set off by a comma: no topic
            TOPIC + 'Untuk Virdha Anggraini pilates adalah hobi baru.\n\n"Menurutku sepadan saja," pungkas dia.',
            "Biya Lestari", id="no-comma-no-topic",
        ),
    ],
)
def test_a_sentence_turning_to_someone_hands_them_the_pronoun_cue(text, speaker):
    assert direct(text)[1].speaker == speaker


def test_a_name_after_a_comma_closing_a_bahwa_clause_is_not_spoken_of():
    text = (
        '"Kami mendukung penuh program ini," kata anggota Komisi XI DPR Andre Wijaya di Jakarta, Senin.\n\n'
        "Usai menegaskan bahwa pemerintah siap membantu daerah, Menteri Keuangan Budi Hartono memastikan anggaran "
        'sudah ditransfer ke daerah.\n\n"Dananya sudah kami kirim ke kas daerah," ujarnya.'
    )
    assert last_quote(text).speaker != "Andre Wijaya"  # (the minister's words, or nobody's by name)


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(  # `Untuk X,`: what is done for X, by a name the cues never use
            "Dimas Saputra (23), pekerja bangunan, tewas tertimpa crane di proyek apartemen di Kemayoran, Jakarta Pusat, Rabu (5/3/2025).\n\nAyah korban, Suyanto (55), mengaku masih tak percaya anaknya pergi secepat itu.\n\n\"Pagi tadi dia masih pamit berangkat kerja,\" kata Suyanto.\n\nUntuk Dimas Saputra, keluarga sudah menyiapkan pemakaman di TPU Karet Bivak sore ini.\n\n\"Kami ikhlas, tapi kontraktornya harus bertanggung jawab,\" ujarnya.",
            "Kami ikhlas", "Suyanto", id="the-dead-one-done-for",
        ),
        pytest.param(  # `Bagi X, katanya, ...`: still the previous speaker's paraphrase
            "Presiden ke-7 RI Joko Widodo menegaskan tidak akan ikut berkampanye untuk calon mana pun dalam Pilkada Solo.\n\n\"Saya serahkan sepenuhnya kepada rakyat,\" kata Jokowi di kediamannya di Sumber, Solo, Jumat (7/3/2025).\n\nSutrisno (61), pedagang angkringan di Jalan Slamet Riyadi, yakin Jokowi tetap akan turun tangan.\n\n\"Semua orang di sini tahu siapa yang didukung,\" kata Sutrisno.\n\nBagi Jokowi, katanya, Solo tetap rumah yang tidak akan dilepas begitu saja.\n\n\"Pak Jokowi itu orang sini, tidak mungkin diam,\" ujarnya.",
            "Pak Jokowi itu orang sini", "Sutrisno", id="the-previous-speaker-paraphrased",
        ),
        pytest.param(  # `tulis Persib dalam ...`: a club, no person
            "Persib Bandung memastikan tiket laga kandang melawan Persija ludes terjual, Kamis (13/3/2025).\n\n\"Tiket untuk laga Persib vs Persija telah habis terjual. Terima kasih Bobotoh,\" tulis Persib dalam unggahan di akun Instagram resminya.\n\nAsep Sunandar (27), bobotoh asal Cimahi, mengaku sudah mengantongi tiket sejak penjualan dibuka.\n\n\"Saya beli lewat aplikasi, cuma lima menit langsung habis,\" kata Asep.\n\nBagi Persib, laga ini menjadi penentu peluang juara musim ini.\n\n\"Kami akan datang dengan koreo terbesar,\" ujarnya.",
            "Kami akan datang dengan koreo", "Asep Sunandar", id="a-club-that-writes",
        ),
        pytest.param(  # `Untuk Rina, istrinya, ia ...`: another acts for the topic
            "Antrean kendaraan di SPBU Jalan Raya Bogor mengular hingga 500 meter sejak Senin (3/3/2025) pagi.\n\n\"Kami sudah menunggu tiga jam,\" kata Budi, warga Cempaka Putih.\n\nUntuk Rina, istrinya, ia sudah menyiapkan bekal makanan sejak subuh.\n\n\"Kalau tidak begitu, kami bisa kelaparan di sini,\" katanya.\n\nRina yang duduk di jok belakang hanya tersenyum. \"Saya ikut saja,\" ujar Rina.",
            "Kalau tidak begitu", "Budi", id="another-acts-for-the-topic",
        ),
    ],
)
def test_a_topic_that_is_no_one_turned_to_leaves_the_pronoun_cue(text, quote, speaker):
    assert next(q.speaker for q in direct(text) if q.quote.startswith(quote)) == speaker


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_a_list_of_names_after_adalah_brings_in_no_one(sep):
    text = (
        '"Seleksi dibuka hari ini," kata Irjen Budi Hartono.\n\n'
        "Kelima peserta adalah Kombes Iwan Saputra, Kombes Agus Salim, dan Kombes Eko Prasetyo."
        f'{sep}"Hari ini dilaksanakan tahap uji kompetensi," ucapnya.'
    )
    assert last_quote(text).speaker in (None, "Budi Hartono")
