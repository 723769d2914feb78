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
