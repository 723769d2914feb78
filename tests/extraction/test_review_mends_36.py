"""Passages a reviewer invented (session 36) to break that session's rules where the person
quoted before goes on speaking, or a name only looks like a relation, a noun or an age: each
text and the speaker of each quote in order.
"""
from __future__ import annotations

import pytest

from quotebook.extraction import extract


CASES = [
    pytest.param(
        "Ketua Paguyuban Pedagang Pasar Kranggan, Sriyono (52), mengatakan sepinya pembeli sudah "
        "berlangsung sejak pasar direnovasi. \"Los baru di lantai dua hampir tidak pernah "
        "dikunjungi,\" kata Sriyono, Kamis (13/11/2025).\n\nDi lantai dasar, Mbak Sri, begitu ia "
        "biasa disapa, sibuk menata cabai dan bawang di lapaknya. Ibu dua anak itu mengaku "
        "omzetnya anjlok separuh. \"Sehari paling laku lima kilo,\" kata Mbak Sri.",
        ['Sriyono', 'Sri'],
        id='r2_mbak_sri',
    ),
    pytest.param(
        "Kepala Dinas Perhubungan Kota Bogor Abdul Rahman mengatakan uji coba rute baru angkutan "
        "kota dimulai Senin depan. \"Kami ingin penumpang tidak lagi menunggu terlalu lama di "
        "halte,\" kata Rahman, Jumat (7/11/2025).\n\nNamun, rencana itu dikeluhkan sejumlah sopir. "
        "Salah satunya, sopir angkot yang akrab disapa Pak Man, khawatir penghasilannya "
        "berkurang. \"Rute baru itu sepi penumpang, Mas,\" kata Pak Man.",
        ['Abdul Rahman', 'Man'],
        id='r2_pak_man_rahman2',
    ),
    pytest.param(
        "Pengacara Hotman Paris Hutapea mendatangi Polda Metro Jaya untuk mendampingi keluarga "
        "korban penganiayaan di sebuah kafe di Jakarta Selatan. \"Kami minta pelaku segera "
        "ditahan,\" kata Hotman, Kamis (13/11/2025).\n\nKorban, seorang mahasiswi berusia 21 tahun, "
        "mengalami patah tulang hidung setelah dipukul seorang pengunjung kafe.\n\nPengacara Hotman "
        "Paris yang mendampingi keluarga korban mengatakan pihaknya sudah menyerahkan rekaman "
        "CCTV kepada penyidik. \"Rekaman ini sangat jelas, tidak ada alasan untuk menunda,\" "
        "ujarnya.",
        ['Hotman Paris Hutapea', 'Hotman Paris Hutapea'],
        id='r4_pengacara_hotman',
    ),
    pytest.param(
        "Bupati Gianyar Anak Agung Gede Mahayastra meresmikan pasar seni baru di Desa Ubud, Senin "
        "(10/11/2025). \"Pasar ini untuk perajin lokal, bukan untuk pemodal besar,\" kata "
        "Mahayastra.\n\nPasar seni itu menampung 250 perajin ukiran, lukisan, dan perak. Anak Agung "
        "Gede Mahayastra yang didampingi sejumlah kepala dinas mengatakan sewa kios digratiskan "
        "selama setahun. \"Setelah itu tarifnya tetap terjangkau,\" ujarnya.",
        ['Anak Agung Gede Mahayastra', 'Anak Agung Gede Mahayastra'],
        id='r4_anak_agung',
    ),
    pytest.param(
        "Ketua PHRI Bali Anak Agung Ngurah Oka mengatakan tingkat hunian hotel di Nusa Dua turun "
        "menjelang akhir tahun. \"Biasanya November sudah 80 persen, sekarang baru 60,\" kata "
        "Ngurah Oka, Rabu (12/11/2025).\n\nAnak Agung Ngurah Oka menduga wisatawan menunda "
        "perjalanan karena cuaca. Ia berharap pemerintah gencar berpromosi. \"Bali aman dikunjungi "
        "kapan saja,\" ucapnya.",
        ['Anak Agung Ngurah Oka', 'Anak Agung Ngurah Oka'],
        id='r4_anak_agung_ia',
    ),
    pytest.param(
        "Gubernur Kalimantan Selatan Sahbirin Noor, yang akrab disapa Paman Birin, meninjau "
        "banjir di Kabupaten Banjar, Minggu (9/11/2025). \"Bantuan logistik sudah kami kirim sejak "
        "kemarin,\" kata Sahbirin.\n\nPaman Birin yang hadir mengenakan sepatu bot mengatakan "
        "pemerintah provinsi menyiapkan dapur umum di tiga kecamatan. \"Tidak boleh ada warga yang "
        "kelaparan,\" ujarnya.",
        ['Sahbirin Noor', 'Sahbirin Noor'],
        id='r4_paman_birin',
    ),
    pytest.param(
        "Marolop Siagian (54), petani kopi di Desa Sipahutar, Tapanuli Utara, mengaku harga kopi "
        "turun drastis bulan ini. \"Biasanya Rp 70.000 per kilo, sekarang tinggal Rp 45.000,\" kata "
        "Marolop, Kamis (6/11/2025).\n\nBerlian Siagian, istri Marolop, mengatakan keluarganya "
        "terpaksa menunda biaya kuliah anak sulung mereka. \"Kami sudah pinjam ke koperasi, tapi "
        "belum cukup,\" ujar Berlian.\n\nIa berharap pemerintah daerah turun tangan. \"Tolong harga "
        "kopi dijaga, jangan dibiarkan dipermainkan tengkulak,\" katanya.",
        ['Marolop Siagian', 'Berlian Siagian', 'Berlian Siagian'],
        id='r1_berlian',
    ),
    pytest.param(
        "Ketua Kelompok Tani Hutan Desa Parbaju, Robert Sihombing, mengatakan kebakaran lahan "
        "menghanguskan 40 hektare hutan kemenyan. \"Itu sumber penghidupan kami turun-temurun,\" "
        "kata Robert, Senin (10/11/2025).\n\nBerlian Sihombing mengatakan kebakaran terjadi saat "
        "musim panen getah. \"Getah yang sudah kami sadap ikut terbakar,\" ujar Berlian.",
        ['Robert Sihombing', 'Berlian Sihombing'],
        id='r1_berlian_said',
    ),
    pytest.param(
        "Rahmat (45), nelayan di Kampung Nelayan Cilincing, Jakarta Utara, mengaku hasil "
        "tangkapannya terus menurun. \"Sekarang harus melaut lebih jauh, solar makin mahal,\" kata "
        "Rahmat, Senin (10/11/2025).\n\nIa khawatir anak-anaknya tidak mau lagi menjadi nelayan. "
        "\"Laut ini hidup kami, tapi saya tidak mau memaksa mereka,\" kata nelayan yang sudah "
        "melaut sejak berusia 12 tahun itu.",
        ['Rahmat', 'Rahmat'],
        id='r6_nelayan_12',
    ),
    pytest.param(
        "Hendra Wijaya (41) mendirikan rumah singgah bagi anak jalanan di Kecamatan Medan Area "
        "sejak 2012. \"Sekarang ada 35 anak yang tinggal di sini,\" kata Hendra, Sabtu "
        "(8/11/2025).\n\nIa tahu rasanya hidup di jalan. \"Saya dulu juga tidur di emperan toko,\" "
        "ujar pria yang menjadi yatim piatu sejak usia 10 tahun itu.",
        ['Hendra Wijaya', 'Hendra Wijaya'],
        id='r6_yatim_10',
    ),
# (a second reviewer's: `seorang` as an object or `seorang diri`, a nickname after an opening
# phrase's name, names that are forms of address elsewhere)
    pytest.param(
        "Warga Kampung Cibeber, Cianjur, sempat geger karena seorang nenek hilang selama tiga "
        "hari. Menurut Rosidi (67), perempuan yang akrab disapa Mak Icih itu pergi ke kebun dan "
        "tidak pulang. \"Kami cari ramai-ramai sampai ke hutan,\" kata Rosidi, Minggu "
        "(9/11/2025).\n\nMak Icih akhirnya ditemukan dalam keadaan lemas di sebuah gubuk di tepi "
        "hutan. \"Saya tersesat, tidak tahu jalan pulang,\" kata Mak Icih.",
        ['Rosidi', 'Icih'],
        id='r6_menurut_trap',
    ),
    pytest.param(
        "Angin puting beliung merusak belasan rumah di Desa Sukasari, Garut. Atap rumah Rosidi "
        "(67) hilang terbawa angin. \"Untung kami sedang di luar rumah,\" kata Rosidi, Selasa "
        "(11/11/2025).\n\nSelain Rosidi (67), nenek yang akrab disapa Mak Enok juga kehilangan "
        "dapurnya. \"Sekarang saya masak di rumah anak saya,\" kata Mak Enok.",
        ['Rosidi', 'Enok'],
        id='r6_selain_trap',
    ),
    pytest.param(
        "Sumiati (58) sudah berjualan pecel di depan Pasar Gede, Solo, sejak 1990. \"Dulu sehari "
        "bisa habis dua bakul, sekarang satu bakul saja susah,\" kata Sumiati, Kamis "
        "(13/11/2025).\n\nSetiap pagi ia berangkat dari Sukoharjo bersama seorang temannya yang "
        "juga berjualan di pasar itu. Keduanya naik angkot pukul 04.00. \"Kalau telat sedikit, "
        "tempat sudah diisi orang lain,\" ujar perempuan berkerudung biru itu.",
        ['Sumiati', 'Sumiati'],
        id='r1_bersama_temannya',
    ),
    pytest.param(
        "Di usia senja, Painem (80) masih menganyam tikar pandan di rumahnya di Desa Grenggeng, "
        "Kebumen. \"Kalau tidak bekerja, badan malah sakit semua,\" kata Painem, Senin "
        "(10/11/2025).\n\nSejak suaminya meninggal pada 2015, ia tinggal seorang diri. Tikar "
        "buatannya dijual Rp 35.000 per lembar kepada pengepul. \"Cukup untuk beli beras dan "
        "lauk,\" ujar nenek bertubuh kecil itu.",
        ['Painem', 'Painem'],
        id='r1_seorang_diri',
    ),
    pytest.param(
        "Yohanes Lado (34), nelayan asal Lamalera, Lembata, kini lebih sering menganggur karena "
        "cuaca buruk. \"Laut sekarang tidak menentu, kadang seminggu kami tidak bisa turun,\" kata "
        "Yohanes di Kupang, Rabu (12/11/2025).\n\nTiga tahun lalu ia menikahi seorang perempuan "
        "asal Bima dan kini menetap di Kelurahan Oesapa. \"Istri saya yang urus jualan ikan di "
        "pasar,\" ujar pria berkulit legam itu.",
        ['Yohanes Lado', 'Yohanes Lado'],
        id='r1_menikahi_seorang_perempuan',
    ),
    pytest.param(
        "Rini Handayani (39), ibu dari siswa SMP yang menjadi korban perundungan, melapor ke "
        "Polres Metro Bekasi, Senin (3/11/2025). \"Anak saya sampai tidak mau sekolah dua minggu,\" "
        "kata Rini.\n\nSebagai seorang ibu, ia mengaku hancur melihat anaknya murung berhari-hari. "
        "\"Saya hanya ingin pelakunya dibina, bukan dibalas,\" ucap perempuan berkacamata itu "
        "dengan mata berkaca-kaca.",
        ['Rini Handayani', 'Rini Handayani'],
        id='r1_sebagai_seorang_ibu',
    ),
    pytest.param(
        "Darmaji (52), pedagang kaki lima yang lapaknya digusur di kawasan Tanah Abang, mengaku "
        "tidak pernah diajak berdialog. \"Kami tidak pernah diajak bicara, tiba-tiba diangkut,\" "
        "kata Darmaji, Kamis (6/11/2025).\n\nIa merasa diperlakukan seperti seorang penjahat saat "
        "gerobaknya dinaikkan ke truk petugas. \"Gerobak itu satu-satunya modal saya,\" kata pria "
        "berkaus hitam itu.",
        ['Darmaji', 'Darmaji'],
        id='r1_seperti_seorang',
    ),
    pytest.param(
        "Pengemudi ojek daring, Hendra Saputra (29), mendapat penghargaan dari Polres Depok "
        "karena menolong korban kecelakaan. \"Saya tidak menyangka dapat piagam seperti ini,\" kata "
        "Hendra, Jumat (7/11/2025).\n\nMalam itu ia sempat menolong seorang pengendara motor yang "
        "terjatuh di Jalan Margonda. Korban mengalami luka di kepala. \"Saya bawa ke klinik "
        "terdekat pakai motor saya sendiri,\" ujar pemuda asal Depok itu.",
        ['Hendra Saputra', 'Hendra Saputra'],
        id='r1_menolong_seorang_pengendara',
    ),
    pytest.param(
        "Ani Suryani (57) membuka warung kelontong di Gang Kelinci, Pasar Baru, Jakarta Pusat, "
        "sejak 1995. \"Dulu ramai, sekarang orang belanja lewat aplikasi,\" kata Ani, Rabu "
        "(12/11/2025).\n\nSeorang diri ia mengurus warung itu sejak suaminya wafat tiga tahun lalu. "
        "\"Saya buka jam enam pagi, tutup jam sepuluh malam,\" katanya.",
        ['Ani Suryani', 'Ani Suryani'],
        id='r2_seorang_diri_ia',
    ),
    pytest.param(
        "Tuminah (68) tinggal di rumah kayu di Dusun Ngablak, Magelang, bersama dua ekor kambing. "
        "\"Kambing ini tabungan saya kalau ada perlu,\" kata Tuminah, Jumat (7/11/2025).\n\nSeorang "
        "anaknya kini merantau ke Malaysia, sementara dua lainnya sudah berkeluarga di Lampung. "
        "\"Saya tinggal sendiri, tapi tetangga sering menengok,\" ujarnya.",
        ['Tuminah', 'Tuminah'],
        id='r2_seorang_anaknya',
    ),
    pytest.param(
        "Pedangdut Cici Paramida tampil di panggung peringatan HUT Kabupaten Serang, Sabtu "
        "(8/11/2025). Ia membawakan lima lagu, termasuk lagu andalannya. \"Saya senang sekali bisa "
        "pulang kampung dan menyanyi di sini,\" kata Cici.",
        ['Cici Paramida'],
        id='r4_cici_paramida',
    ),
    pytest.param(
        "Rumah Samsudin (45) di Desa Pabuaran, Subang, hanyut terbawa banjir bandang. Putri "
        "sulungnya, Cici (12), kehilangan seluruh buku dan seragam sekolah. \"Saya sedih, buku "
        "catatan saya hilang semua,\" kata Cici, Rabu (12/11/2025).",
        ['Cici'],
        id='r4_cici_daughter',
    ),
    pytest.param(
        "Menteri Senior Negara Singapura untuk Kesehatan dan Tenaga Kerja, Koh Poh Koon, "
        "mengunjungi kawasan industri Batam, Kamis (13/11/2025). \"Kerja sama ini penting bagi "
        "kedua negara,\" kata Koh dalam keterangannya.",
        ['Koh Poh Koon'],
        id='r4_koh_poh_koon',
    ),
# (a reader of the session's diff: a name that is also a religion, a relative clause that names, a
# suspect or someone in the passive brought in, a predicate closed by a demonstrative, a name set off)
    pytest.param(
        "JAKARTA - Warga negara Amerika Serikat, Kristen Gray, dideportasi. \"Saya tidak "
        "bersalah,\" kata Kristen Gray.",
        ['Kristen Gray'],
        id='kristen-is-a-given-name',
    ),
    pytest.param(
        "BEKASI - Ketua RT, Joko Susilo, mengatakan warga resah. \"Kami sudah lapor,\" kata "
        "Joko.\n\nSeorang warga yang bernama Budi Santoso mengatakan ia kehilangan motor. \"Saya "
        "parkir di depan rumah,\" katanya.",
        ['Joko Susilo', 'Budi Santoso'],
        id='a-relative-clause-naming-its-subject',
    ),
    pytest.param(
        "BOGOR - Kapolsek Ciawi, AKP Budi Santoso, mengatakan pelaku pencurian ditangkap. \"Kami "
        "terus bergerak,\" kata Budi.\n\nSeorang pelaku berhasil diamankan di rumahnya. \"Saya minta "
        "masyarakat tetap waspada,\" ujarnya.",
        ['Budi Santoso', 'Budi Santoso'],
        id='a-suspect-brought-in-is-spoken-of',
    ),
    pytest.param(
        "BOGOR - Kapolsek Ciawi, AKP Budi Santoso, mengatakan pelaku pencurian ditangkap. \"Kami "
        "terus bergerak,\" kata Budi.\n\nSeorang warga dilaporkan hilang sejak Senin. \"Saya minta "
        "masyarakat tetap waspada,\" ujarnya.",
        ['Budi Santoso', 'Budi Santoso'],
        id='someone-brought-in-in-the-passive',
    ),
    pytest.param(
        "BOGOR - Kapolres Bogor, AKBP Rio Wahyu, mengatakan kasus itu masih diselidiki. \"Kami "
        "sudah periksa saksi,\" kata Rio.\n\nWarga sempat melihat pria itu di pasar. Polisi menyebar "
        "foto pelaku itu ke seluruh polsek. \"Saya minta warga segera melapor,\" ujarnya.",
        ['Rio Wahyu', 'Rio Wahyu'],
        id='a-predicate-closed-by-a-demonstrative',
    ),
    pytest.param(
        "LUMAJANG - Samsul Arifin (47) masih berduka. \"Dimas itu anaknya kuat,\" kata "
        "Samsul.\n\nIstri Samsul, Siti, mengatakan anaknya sudah lama sakit. \"Saya sudah bawa ke "
        "puskesmas,\" ujarnya.",
        ['Samsul Arifin', 'Siti'],
        id='a-name-set-off-after-a-relation',
    ),
]


@pytest.mark.parametrize("text,speakers", CASES)
def test_a_reviewers_passage_keeps_its_speakers(text, speakers):
    assert [q.speaker for q in extract(text)] == speakers


# A nickname given to someone brought in as new (`seorang ibu ... yang akrab disapa Mbak Tari`) is not
# the doctor quoted before whose name holds it (Lestari).
def test_a_nickname_of_someone_brought_in_as_new_is_not_a_longer_name_quoted_before():
    text = (
        "Kepala Puskesmas Cibinong dr. Lestari Wulandari mengatakan kasus demam berdarah di "
        "wilayahnya naik dua kali lipat sejak Oktober. \"Kami minta warga menguras bak mandi "
        "minimal seminggu sekali,\" kata Lestari, Senin (10/11/2025).\n\nDi Kampung Pabuaran, "
        "seorang ibu rumah tangga yang akrab disapa Mbak Tari mengaku anaknya sempat dirawat lima "
        "hari. \"Panasnya tinggi sekali, sampai kejang,\" kata Mbak Tari."
    )
    assert [q.speaker for q in extract(text)][1] != "Lestari Wulandari"
