"""Names read right beside the words that look like them (issue 12,
mechanisms 2, 3, 4, 5 and 8): a role next to the name, institutions and places
before it, words that are names and common words at once, glued marks. Every
text is invented, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .conftest import assert_quotes, check_one, direct
from .test_speakers import check

ONE_QUOTE = [
    pytest.param(
        (
            "Kasat Reskrim AKP Darmawan Putra yang dihubungi menyebut tersangka sudah diperiksa."
            "\u201dBerkasnya kami kirim pekan depan. Tunggu saja,\"ucapnya.\n"
        ),
        dict(speaker="Darmawan Putra", quote_starts="Berkasnya kami kirim"),
        id="an_opening_mark_glued_to_a_full_stop_opens_a_quote",
    ),
    pytest.param(
        (
            "Menurut Kapolres Tanjung Asri AKBP Gilang Hari Wibisono, dua pelaku sudah diamankan.\n"
            '"Keduanya kami tahan di rutan polres," kata Kapolres.\n'
        ),
        dict(speaker="Gilang Hari Wibisono", title_has=("Kapolres Tanjung Asri",)),
        id="a_name_word_that_is_also_a_common_word_stays_in_the_name",
    ),
    pytest.param(
        (
            "Kasubbag Humas Polres Lembah Hijau Iptu Umi Kalsum membenarkan laporan itu.\n"
            '"Korban sudah kami mintai keterangan," kata Umi Kalsum.\n'
        ),
        dict(speaker="Umi Kalsum", title_has=("Kasubbag Humas Polres Lembah Hijau",)),
        id="umi_after_a_rank_is_a_name_not_an_honorific",
    ),
    pytest.param(
        (
            "Hari (58), penjual bawang di Pasar Cemara, mengaku omzetnya turun.\n"
            '"Pembeli sekarang cuma beli seperempat," tuturnya.\n'
        ),
        dict(speaker="Hari", title_has=("penjual bawang",)),
        id="a_common_word_that_is_also_a_name_before_an_age_is_the_name",
    ),
    pytest.param(
        '"Penjualan kuartal ini melampaui perkiraan," kata CEO Orbita Digital, Tim Hollis.\n',
        dict(speaker="Tim Hollis", title_has=("CEO",)),
        id="tim_before_a_name_is_a_given_name_not_a_team",
    ),
    pytest.param(
        '"Ombaknya sudah surut," kata salah seorang warga Kebun Kelapa Sarmin yang sedang berjaga.\n',
        dict(speaker="Sarmin", title_has=("warga Kebun Kelapa",)),
        id="common_words_after_warga_open_a_place_not_the_name",
    ),
    pytest.param(
        '"Jalur evakuasi sudah dibuka," kata Kepala Bidang Logistik, Sarana dan Prasarana BPBD Tanjungsari Eko Wiranto, Selasa.\n',
        dict(speaker="Eko Wiranto", title_has=("Kepala Bidang Logistik, Sarana dan Prasarana BPBD Tanjungsari",)),
        id="an_office_named_by_a_list_with_commas_is_one_title",
    ),
    pytest.param(
        '"Bantuan kami salurkan hari ini," kata Kepala Pelaksana BPBD Tanjungsari Dedi Kusnadi.\n',
        dict(speaker="Dedi Kusnadi", title_has=("Kepala Pelaksana BPBD Tanjungsari",)),
        id="a_region_after_a_units_acronym_is_not_the_name",
    ),
    pytest.param(
        (
            "Wakil Ketua Komisi VIII DPR Sulastri Wening Pradipta mengatakan, anggaran akan dikaji ulang.\n"
            '"Kami minta kementerian membuka datanya," kata Wening.\n'
        ),
        dict(speaker="Sulastri Wening Pradipta", title="Wakil Ketua Komisi VIII DPR"),
        id="a_first_name_after_an_acronym_stays_in_the_name_the_article_shortens_to_the_second",
    ),
    pytest.param(
        (
            "Anggota Komisi X DPR Andreas Tirta Maheswara mengatakan, sekolah swasta perlu dibantu.\n"
            '"Gurunya juga harus diperhatikan," kata Tirta.\n'
        ),
        dict(speaker="Andreas Tirta Maheswara", title="Anggota Komisi X DPR"),
        id="a_word_known_to_open_names_after_an_acronym_stays_in_the_name",
    ),
    pytest.param(
        (
            "Kepala Pelaksana BPBD Garut Tirta Maheswara mengatakan, pengungsi mulai pulang.\n"
            '"Logistik masih cukup untuk sepekan," kata Tirta.\n'
        ),
        dict(speaker="Tirta Maheswara", title="Kepala Pelaksana BPBD Garut"),
        id="a_word_known_as_a_place_after_an_acronym_is_the_units_region",
    ),
    pytest.param(
        '"Kapal pendarat sudah bersandar," kata Komandan Lantamal Kolonel Marinir Yoga Pratama, Rabu.\n',
        dict(speaker="Yoga Pratama", title_has=("Komandan Lantamal", "Kolonel Marinir")),
        id="a_corps_word_after_a_rank_belongs_to_the_rank_not_the_name",
    ),
    pytest.param(
        (
            "Menteri Luar Negeri Perancis Antoine Dubreuil menyebut perundingan belum selesai.\n"
            '"Kami tidak akan mundur dari meja perundingan," kata Dubreuil.\n'
        ),
        dict(speaker="Antoine Dubreuil", title_has=("Menteri Luar Negeri Perancis",)),
        id="a_country_before_a_foreign_name_belongs_to_the_title",
    ),
    pytest.param(
        (
            "Direktur Jenderal Pajak Galih Wicaksono mengatakan, pelaporan SPT dibuka hingga akhir Maret.\n"
            '"Kami imbau wajib pajak tidak menunggu hari terakhir," terangnya.\n'
        ),
        dict(speaker="Galih Wicaksono", title_has=("Direktur", "Jenderal", "Pajak")),
        id="jenderal_after_an_office_is_part_of_it_not_a_rank_before_the_name",
    ),
    pytest.param(
        '"Komet itu jauh lebih biru dari perkiraan," kata peneliti dikutip Space Daily.\n',
        dict(speaker=None, title="peneliti"),
        id="a_source_after_dikutip_is_not_the_speaker",
    ),
    pytest.param(
        '"Api cepat menjalar," kata Kepala Seksi Operasi Damkar Kepulauan Seribu Rahmat Hidayat.\n',
        dict(speaker="Rahmat Hidayat", title_has=("Kepulauan Seribu",)),
        id="a_word_after_kepulauan_names_the_islands",
    ),
    pytest.param(
        '"Penerimaan tahun ini sesuai target," kata Direktur Jenderal Pajak Bimo Santoso di Jakarta.\n',
        dict(speaker="Bimo Santoso", title="Direktur Jenderal Pajak"),
        id="an_offices_field_opening_the_run_belongs_to_the_title",
    ),
    pytest.param(
        '"Pemeriksaan paspor diperketat," ujar Direktur TPI Direktorat Jenderal Imigrasi Hendra.\n',
        dict(speaker="Hendra", title="Direktur TPI Direktorat Jenderal Imigrasi"),
        id="an_offices_field_before_a_one_word_name",
    ),
    pytest.param(
        'Antrean pemohon paspor di Sentosa memanjang sejak pagi.\n'
        '"Kami melayani pemohon hingga sore," kata Kepala Kantor Imigrasi Sentosa Budi Wijaya.\n',
        dict(speaker="Budi Wijaya", title="Kepala Kantor Imigrasi Sentosa"),
        id="the_place_after_an_offices_head_and_field_is_not_the_name",
    ),
    pytest.param(
        '"Kami melayani pemohon hingga sore," kata Kepala Kantor Imigrasi Marthen Agus Lobo.\n',
        dict(speaker="Marthen Agus Lobo", title="Kepala Kantor Imigrasi"),
        id="a_first_word_nobody_knows_as_a_place_after_an_offices_head_and_field_opens_the_name",
    ),
    pytest.param(
        '"Bantuan cair pekan depan," kata Kepala Dinas Sosial Dana Wijaya.\n',
        dict(speaker="Dana Wijaya", title="Kepala Dinas Sosial"),
        id="a_field_that_is_also_a_first_name_stays_in_a_two_word_name",
    ),
    pytest.param(
        '"Program ini berjalan baik," kata Menteri Kehutanan Raja Mei Santoso.\n',
        dict(speaker="Raja Mei Santoso", title="Menteri Kehutanan"),
        id="a_month_between_two_name_words_is_a_name_word",
    ),
    pytest.param(
        '"Program ini berjalan baik," kata Menteri Kehutanan Rudi Santoso Juli lalu.\n',
        dict(speaker="Rudi Santoso", title="Menteri Kehutanan"),
        id="a_month_after_the_name_is_a_date",
    ),
    pytest.param(
        '"Pasukan sudah siaga," kata Komandan Satgas Garuda Hendra Wijaya.\n',
        dict(speaker="Hendra Wijaya", title="Komandan Satgas Garuda"),
        id="the_word_after_satgas_names_the_task_force",
    ),
    pytest.param(
        (
            "Sebuah mobil Pajero menabrak pembatas jalan di Sukamaju, Senin (3/2).\n"
            '"Saya tidak melihat ada mobil lain," kata pengemudi Pajero Rudi Hartono.\n'
        ),
        dict(speaker="Rudi Hartono", title="pengemudi Pajero"),
        id="an_object_after_a_role_that_the_article_writes_alone_is_not_the_name",
    ),
    pytest.param(
        'Warga menolak rencana itu.\n"Kami akan bicara dengan warga," kata Kepala Desa Rudi Hartono.\n',
        dict(speaker="Rudi Hartono", title="Kepala Desa"),
        id="two_words_after_desa_that_open_with_a_first_name_are_the_name",
    ),
    pytest.param(
        'Warga menolak rencana itu.\n"Kami akan bicara dengan warga," kata Kepala Desa Sukamaju Hartono.\n',
        dict(speaker="Hartono", title="Kepala Desa Sukamaju"),
        id="two_words_after_desa_that_open_with_no_first_name_are_its_name_and_the_person",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami siaga," kata Ketua Satgas Rudi Hartono Saputra.\n',
        dict(speaker="Rudi Hartono Saputra", title="Ketua Satgas"),
        id="a_first_name_and_a_surname_after_an_institutions_kind_are_a_name_of_three",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami bantu," kata Wali Kota Sentosa Jaya La Ode Rahmat.\n',
        dict(speaker="La Ode Rahmat", title="Wali Kota Sentosa Jaya"),
        id="the_buton_prefix_la_ode_opens_the_name",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami bantu," kata Wali Kota La Ode Rahmat.\n',
        dict(speaker="La Ode Rahmat", title="Wali Kota"),
        id="the_buton_prefix_la_ode_after_wali_kota_opens_the_name",
    ),
    pytest.param(
        'Pertemuan berlangsung hangat. Menko Bambang dan Komisioner Edwin Marlowe menandatangani surat bersama.\n'
        '"Kami bekerja tujuh hari seminggu," kata Marlowe.\n',
        dict(speaker="Edwin Marlowe", title="Komisioner"),
        id="an_office_and_one_name_word_before_dan_are_someone_elses",
    ),
    pytest.param(
        'Rapat digelar di Jakarta. Menko Polkam dan Ketua Dewan Pertimbangan Budi Gunawan memimpin rapat.\n'
        '"Situasi terkendali," kata Budi.\n',
        dict(speaker="Budi Gunawan", title="Menko Polkam dan Ketua Dewan Pertimbangan"),
        id="an_office_and_its_fields_short_name_before_dan_are_the_same_persons_first_role",
    ),
    pytest.param(
        'Hujan turun sejak pagi.\n"Waspada angin kencang," kata Koordinator Observasi dan Prakirawan Stasiun '
        'Meteorologi Sentosa, Budi Hartono.\n',
        dict(speaker="Budi Hartono", title="Koordinator Observasi dan Prakirawan Stasiun Meteorologi Sentosa"),
        id="an_office_and_its_field_before_dan_are_the_same_persons_first_role",
    ),
    pytest.param(
        'Rudi Hartono, Kepala BKD Kota Sentosa, Jumat (10 / 7 / 2020), membenarkan penonaktifan itu.\n'
        '"Lurah kami periksa," kata Rudi.\n',
        dict(speaker="Rudi Hartono", title="Kepala BKD Kota Sentosa"),
        id="a_day_and_its_date_set_off_after_the_role_are_no_part_of_it",
    ),
    pytest.param(
        'Menu sekolah diperiksa.\n"Protein hewani wajib ada," kata Dewan Pakar Badan Gizi Sentosa, Rina Kartika.\n',
        dict(speaker="Rina Kartika", title="Dewan Pakar Badan Gizi Sentosa"),
        id="a_board_with_a_role_as_its_second_word_is_a_members_role",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami bantu," kata Kepala Dinas Sosial Kota Sentosa, Lalu Hendra Wiguna.\n',
        dict(speaker="Lalu Hendra Wiguna", title="Kepala Dinas Sosial Kota Sentosa"),
        id="the_sasak_prefix_lalu_after_a_comma_opens_the_name",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami bantu," kata Lalu Hendra Wiguna, Ketua Kelompok Tani Sukamaju.\n',
        dict(speaker="Lalu Hendra Wiguna", title="Ketua Kelompok Tani Sukamaju"),
        id="the_sasak_prefix_lalu_opens_the_name_before_its_role",
    ),
    pytest.param(
        'Banjir merendam desa itu.\n"Kami bantu," kata Kasat Lalu Lintas Polres Sentosa AKP Budi Santoso.\n',
        dict(speaker="Budi Santoso", title="Kasat Lalu Lintas Polres Sentosa AKP"),
        id="lalu_lintas_traffic_stays_in_the_office",
    ),
    pytest.param(
        'Sejak beberapa waktu lalu Rudi Hartono menyiapkan lahan itu.\n"Kami siap tanam," kata Rudi.\n',
        dict(speaker="Rudi Hartono"),
        id="lalu_in_lower_case_then_is_no_prefix_of_the_name_after_it",
    ),
    pytest.param(
        'Perdana Menteri Avalon, Sir Edwin Marlowe, menyebut peristiwa itu mengerikan.\n"Kami berduka," tulis Marlowe.\n',
        dict(speaker="Edwin Marlowe"),
        id="the_english_knighthood_sir_is_no_part_of_the_name",
    ),
    pytest.param(
        'Supermodel Ingrid Valsen kembali tampil di pesta itu.\n"Saya suka ide ini," kata Valsen.\n',
        dict(speaker="Ingrid Valsen", title="Supermodel"),
        id="a_profession_opening_the_sentence_is_no_part_of_the_name",
    ),
    pytest.param(
        'Korban dibawa ke rumah sakit.\n"Kondisinya stabil," kata Direktur RS Sentosa Medika Budi Sitompul.\n',
        dict(speaker="Budi Sitompul", title="Direktur RS Sentosa Medika"),
        id="a_hospitals_name_after_its_kind_ends_where_a_first_name_opens",
    ),
    pytest.param(
        'Korban dibawa ke rumah sakit.\n"Kondisinya stabil," kata dokter RS Sentosa Medika Budi Sitompul.\n',
        dict(speaker="Budi Sitompul"),
        id="the_kind_of_an_institution_is_no_initial_of_a_name",
    ),
    pytest.param(
        'Bank Sentosa Syariah mencatat kenaikan.\n"Syariah Card menjadi favorit," ungkap Syariah Card Division Head '
        'Bank Sentosa Syariah Wulan Dwi Kartikasari.\n',
        dict(speaker="Wulan Dwi Kartikasari"),
        id="a_long_run_left_after_the_organisations_word_is_still_cut_to_three",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)


def test_a_hospital_named_after_a_doctor_is_nobody():
    assert_quotes(
        (
            '"Sopirnya sempat melompat keluar," kata Darto (45), salah satu saksi mata.\n'
            "Menurutnya, sopir dibawa ke RSUD Dr. Moh. Sarwono Kota Lama untuk dirawat.\n"
            '"Kakinya terjepit kabin," imbuhnya.\n'
        ),
        [("Sopirnya", "Darto"), ("Kakinya", "Darto")],
    )


def test_a_one_word_name_clipped_at_the_cue_is_the_full_one():
    assert_quotes(
        (
            "Kepala Dinas Kesehatan Kabupaten Tanjungsari Kusumawardani meninjau posyandu.\n"
            '"Imunisasi kami kejar sampai akhir bulan," kata Kusumawardani.\n'
            '"Petugas datang ke rumah warga," imbuh Kusuma.\n'
        ),
        [("Imunisasi", "Kusumawardani"), ("Petugas", "Kusumawardani")],
    )


def test_a_one_word_name_with_a_title_of_its_own_is_not_clipped():
    assert_quotes(
        (
            "Presiden Pertama RI Sudarmo pernah tinggal di rumah itu, kata Ketua Yayasan Sudarmoputri.\n"
            '"Rumah ini saksi perjuangan," kata Sudarmo dalam pidatonya pada 1950.\n'
        ),
        [("Rumah ini", "Sudarmo")],
    )


def test_an_office_abbreviation_before_a_name_is_the_title():
    assert_quotes(
        (
            "Menteri Perdagangan (Mendag) Rosalina Hartati meninjau pasar induk.\n"
            '"Stok beras aman sampai Lebaran," kata Mendag Rosalina.\n'
        ),
        [("Stok beras", "Rosalina Hartati")],
    )


def test_an_office_abbreviation_alone_is_the_holder_the_article_names():
    assert_quotes(
        (
            "Menteri Agama Harun Fadlillah membuka seminar kerukunan di Jakarta.\n"
            '"Kerukunan adalah modal pembangunan," papar Menag.\n'
        ),
        [("Kerukunan", "Harun Fadlillah")],
    )


def test_a_name_word_after_an_office_abbreviation_is_the_name():
    assert_quotes(
        (
            "Wali Kota Sukamulya Agung Prasetya menutup jalan yang rusak.\n"
            '"Perbaikan selesai pekan depan," kata Walkot Agung.\n'
        ),
        [("Perbaikan", "Agung Prasetya")],
    )


def test_an_abbreviated_role_with_its_period_heads_the_office_and_the_name():
    check_one(
        '"Antrean paspor sudah kami urai," ujar Plt. Kepala Kantor Imigrasi Bogor Rudi Hartono di kantornya.\n',
        speaker="Rudi Hartono", title="Plt. Kepala Kantor Imigrasi Bogor",
    )


def test_an_active_verb_inside_an_organisations_name_opens_no_name():
    check_one(
        '"Izin tambang harus dicabut," tulis Koalisi Masyarakat Sipil Melawan Oligarki.\n',
        speaker="Koalisi Masyarakat Sipil Melawan Oligarki", title=None,
    )


def test_a_country_after_an_office_is_the_offices():
    check_one(
        '"Kami mendukung gencatan senjata," kata Menteri Luar Negeri Kuwait Salim Haddad saat berbicara di forum itu.\n',
        speaker="Salim Haddad", title="Menteri Luar Negeri Kuwait",
    )


def test_an_abbreviated_place_kind_does_not_end_the_sentence():
    assert_quotes(
        (
            "Warga lainnya, Marni (41), warga Desa Karangsari, Kec. Sumberjati, Lembah Asri mengaku senang.\n"
            '"Setiap tahun kami tunggu acara ini," kata dia.\n'
        ),
        [("Setiap tahun", "Marni")],
    )


def test_initials_before_the_name_the_cue_uses_belong_to_it():
    assert_quotes(
        (
            "Kepala Dinas Perhubungan Provinsi Lembah Asri HM Darmawan Saputra meninjau terminal.\n"
            '"Armada tambahan kami siapkan," ujar Darmawan.\n'
        ),
        [("Armada", "HM Darmawan Saputra")],
    )


def test_an_organisations_short_form_before_the_name_stays_in_the_title():
    assert_quotes(
        (
            "Relawan Bara JP menggelar rapat di Solo. Ketua Relawan Bara JP Budi Hartono membuka rapat.\n"
            '"Kami tetap solid," ujar Budi.\n'
        ),
        [("Kami tetap", "Budi Hartono")],
    )


def test_a_subheading_names_nobody():
    assert_quotes(
        (
            "Ketua fraksi itu menilai evaluasi menteri harus terukur.\n"
            "Ultimatum Wiryawan\n"
            "Sikap itu muncul setelah Presiden Wiryawan menyampaikan peringatan kepada para menteri.\n"
            '"Kalau masih nakal, saya ganti," kata Wiryawan di Bandung, Sabtu (18/10).\n'
        ),
        [("Kalau masih nakal", "Wiryawan")],
    )


def test_a_subheading_with_a_name_then_a_verb_names_nobody():
    assert_quotes(
        (
            "Pelatih tim tamu sudah tiba di Jakarta sejak Senin.\n"
            "Hartono Tolak Hadir\n"
            "Sementara itu, pelatih tuan rumah Dimas Hartono memilih tidak datang ke konferensi pers.\n"
            '"Saya fokus ke pemain," kata Hartono kepada wartawan.\n'
        ),
        [("Saya fokus", "Dimas Hartono")],
    )


def test_a_line_naming_the_person_a_section_is_about_is_not_a_subheading():
    assert_quotes(
        (
            "Sejumlah artis mengenang almarhum lewat media sosial.\n"
            "Raka Pradipta\n"
            "Raka merasa tak percaya dengan kabar itu.\n"
            '"Baru kemarin kita ketemu," tulis Raka di Instagram.\n'
        ),
        [("Baru kemarin", "Raka Pradipta")],
    )


TITLES = [
    pytest.param(
        (
            "Sementara itu Ketua BEM Universitas Sentosa, Raka Wibisana, yang hadir bersama mahasiswa menilai tuntutan itu berlebihan.\n"
            '"Kami akan terus mengawal," kata Raka.\n'
        ),
        "Raka Wibisana", ("Ketua BEM Universitas Sentosa",),
        id="a_role_after_a_sentence_connector_is_the_title",
    ),
    pytest.param(
        (
            '"Lajur tambahan dibuka pukul 06.00," ujar Dimas Pranoto, Senior Manager Operasi Tol Lingkar Sentosa, Senin.\n'
        ),
        "Dimas Pranoto", ("Senior Manager Operasi Tol Lingkar Sentosa",),
        id="an_english_role_after_the_name_is_the_title",
    ),
    pytest.param(
        (
            "Menteri Koordinator Bidang Hukum, Imigrasi, dan Pemasyarakatan Rendi Saputra mengatakan aturan itu berlaku.\n"
            '"Aturan itu berlaku bulan depan," kata Rendi.\n'
        ),
        "Rendi Saputra", ("Menteri Koordinator Bidang Hukum, Imigrasi, dan Pemasyarakatan",),
        id="the_last_field_of_a_list_closed_by_dan_stays_in_the_title",
    ),
]


@pytest.mark.parametrize("text,speaker,title", TITLES)
def test_the_title_beside_the_name(text, speaker, title):
    check_one(text, speaker=speaker, title_has=title)


@pytest.mark.parametrize("role", ["epidemiolog", "psikolog", "pengajar", "pemerhati", "sejarawan"])
def test_an_experts_profession_before_the_name_is_the_title(role):
    check_one(
        f'"Pembatasan harus diperpanjang," kata {role} Universitas Sentosa, Tri Yunis Wahyono.\n',
        speaker="Tri Yunis Wahyono", title_has=(f"{role} Universitas Sentosa",),
    )


def test_menurut_a_role_then_the_name_set_off_by_commas_names_the_person():
    check_one(
        (
            "Menurut epidemiolog Universitas Sentosa, Tri Yunis Wahyono, inti larangan itu membatasi pergerakan.\n"
            '"Kalau tidak dibatasi, kasus akan naik," ujarnya.\n'
        ),
        speaker="Tri Yunis Wahyono", title_has=("epidemiolog Universitas Sentosa",),
    )


def test_a_video_link_line_names_nobody():
    assert_quotes(
        (
            "Menteri Sosial Saiful Hidayat meninjau penyaluran bantuan di Bekasi.\n"
            '"Bantuan harus tepat sasaran," kata Gus Saiful.\n'
            'Tonton juga video "Cerita Gus Saiful Benahi Data Penerima Bantuan" di sini:\n'
            '"Penyaluran dimulai hari ini," kata Gus Saiful.\n'
        ),
        [("Bantuan harus", "Saiful Hidayat"), ("Penyaluran dimulai", "Saiful Hidayat")],
    )


# detik's `Lihat juga Video ...` after an article: its title's words name no one
# (`Video Prabowo Hormat ke Guru ...` made `Prabowo Hormat` the fullest form of `Prabowo`).
def test_a_see_also_video_line_names_nobody():
    assert_quotes(
        (
            '"Anda sedang menyiapkan tunas-tunas bangsa," tegas Prabowo di Jakarta.\n\n'
            "Lihat juga Video Prabowo Hormat ke Guru Sekolah Rakyat: Saya Bangga dengan Kalian\n"
        ),
        [("Anda sedang", "Prabowo")],
    )


def test_an_organisation_named_in_english_with_its_kind_last_is_nobody():
    # `Sentosa University`, `Nusantara Motor Headquarter`: English puts the kind
    # after the name; the run names an organisation or a place, never a person.
    assert_quotes(
        (
            "Guru Besar Sentosa University mengungkapkan lebah bisa mendeteksi polusi.\n"
            '"Lilin sarang yang mencair menandai suhu yang naik," jelasnya.\n'
        ),
        [("Lilin sarang", None)],
    )
    assert_quotes(
        (
            "Sekda Provinsi Sentosa Rudi Hartono membantah lowongan kerja kurang.\n"
            '"Lowongan kerja relatif memadai," kata Rudi di Bandung.\n'
            "Dia juga menanggapi kericuhan dalam bursa kerja di Convention Center Presiden University, Cikarang.\n"
            '"Pak Gubernur sudah memberi arahan agar tidak terulang," ujar dia.\n'
        ),
        [("Lowongan kerja", "Rudi Hartono"), ("Pak Gubernur", "Rudi Hartono")],
    )


def test_an_organisation_named_in_english_speaking_alone_is_the_organisation():
    assert_quotes(
        '"Kami menolak tuduhan itu," kata Sentosa University dalam pernyataannya.\n',
        [("Kami menolak", "Sentosa University")],
    )


def test_a_club_named_in_english_with_united_or_city_last_is_nobody():
    # `Sentosa United`, `Sentosa City`: English club names end so; the office
    # before it is held by someone else, never by `Garuda United`.
    assert_quotes(
        "Manajer Garuda United mengakui timnya kelelahan.\n" '"Kami butuh waktu pulih," ujarnya.\n',
        [("Kami butuh", None)],
    )


def test_a_title_word_closing_a_name_is_its_last_word():
    # `Hendra Wira Negara`: Indonesian writes the role before the name, so a word
    # of organisation names (`Negara`) after two name words ends the name.
    assert_quotes(
        (
            "Ketua Umum Persatuan Catur Sentosa, Hendra Wira Negara, membuka turnamen itu.\n"
            '"Kami ingin catur makin diminati," ujarnya.\n'
            '"Hadiahnya kami naikkan," kata Hendra Wira Negara.\n'
        ),
        [("Kami ingin", "Hendra Wira Negara"), ("Hadiahnya", "Hendra Wira Negara")],
    )


def test_a_rank_written_out_after_a_name_word_is_the_surname():
    # A rank stands before its holder's name: `Laksamana` with no name after it,
    # after a first name, is the surname.
    check_one(
        (
            "Humas RSUD Sukamulya, dr Rudi Laksamana, pada Rabu (4/6/2025) menjelaskan kondisi pasien.\n"
            '"Pasien kami pantau setiap jam," ungkap Rudi.\n'
        ),
        speaker="Rudi Laksamana", title="Humas RSUD Sukamulya",
    )


def test_the_word_after_dan_inside_a_title_is_a_field_of_the_office():
    # `Dokter Spesialis Mata dan Telinga`: `dan` joins two fields of the office;
    # `Telinga` is no name.
    check_one(
        '"Gejalanya sering diabaikan," kata Dokter Spesialis Mata dan Telinga kepada wartawan.',
        speaker=None, title_has=("Spesialis Mata dan Telinga",),
    )


OFFICE_BEFORE_A_NAME = [
    pytest.param(
        'Direktur Pengawasan Bursa Karbon Rendi Saputra menyebut pasar stabil.\n"Pasar stabil," kata dia.\n',
        "Rendi Saputra", "Direktur Pengawasan Bursa Karbon",
        id="a_common_word_ending_the_organisation_before_a_name",
    ),
    pytest.param(
        (
            "Kepala Eksekutif Pengawas Perbankan, Asuransi, dan Dana Rendi Saputra mengatakan pasar stabil.\n"
            '"Pasar stabil," kata dia.\n'
        ),
        "Rendi Saputra", "Kepala Eksekutif Pengawas Perbankan, Asuransi, dan Dana",
        id="a_field_closing_a_list_before_a_name",
    ),
    pytest.param(
        (
            "Kepala Dinas Pariwisata DKI Jakarta Embun Sari Lestari memastikan tempat wisata dibuka.\n"
            '"Kami siap," kata dia.\n'
        ),
        "Embun Sari Lestari", "Kepala Dinas Pariwisata DKI Jakarta",
        id="a_common_word_opening_a_name_after_a_place",
    ),
    pytest.param(
        (
            "Direktur Utama PT Sinar Sentosa Embun Sari Lestari mengatakan kredit naik.\n"
            '"Kredit naik," kata dia.\n'
        ),
        "Embun Sari Lestari", "Direktur Utama PT Sinar Sentosa",
        id="a_rare_common_word_opening_a_name_after_an_organisation",
    ),
    pytest.param(
        (
            "Rapat itu dihadiri Rina Wulandari, Rudi, dan Dana Hendra Saputra.\n"
            '"Kami sepakat," kata Dana.\n'
        ),
        "Dana Hendra Saputra", None,
        id="a_first_name_that_is_a_field_closing_a_list_of_people",
    ),
]


@pytest.mark.parametrize("text,speaker,title", OFFICE_BEFORE_A_NAME)
def test_where_a_long_office_ends_and_the_name_starts(text, speaker, title):
    check_one(text, speaker=speaker, title=title)


# `Li Ming Yang`: a Chinese surname `Yang`, capitalised right after a name word,
# ends the name; the relative pronoun `yang` is lower case.
SURNAME_YANG = [
    pytest.param(
        (
            "JAKARTA - Project Director Wu Hao Yang menjelaskan proyek itu dimulai tahun depan.\n\n"
            '"Kami mulai dari gudang," kata Wu Hao Yang.\n'
        ),
        "Wu Hao Yang", "Project Director",
        id="the_surname_after_an_office_and_in_the_cue",
    ),
    pytest.param(
        'JAKARTA - Proyek itu dimulai.\n\n"Kami mulai dari gudang," ujar Wu Hao Yang, Direktur PT Sentosa Raya.\n',
        "Wu Hao Yang", "Direktur PT Sentosa Raya",
        id="the_surname_then_a_role_after_a_comma",
    ),
    pytest.param(
        'JAKARTA - Proyek itu dimulai.\n\n"Kami mulai dari gudang," ujar Budi Santoso yang memimpin tim.\n',
        "Budi Santoso", None,
        id="the_lower_case_pronoun_ends_the_name",
    ),
]


@pytest.mark.parametrize("text,speaker,title", SURNAME_YANG)
def test_a_capitalised_yang_after_a_name_word_is_a_surname(text, speaker, title):
    check(text, speaker, title)


# An organisation's name that ends in a word closing such names (`Sejahtera`, `Tani`), between
# the word that opens it and the person's name (issue 12's `name-company-tail`).
ORGANISATION_THEN_NAME = [
    pytest.param(
        "Direktur Utama PT Bandung Graha Sejahtera Lukas Pramana menyatakan pekerjaan jalan itu hampir "
        'selesai. "Targetnya rampung bulan depan," katanya.\n',
        "Lukas Pramana", "Direktur Utama PT Bandung Graha Sejahtera", id="company-closed-by-a-common-word",
    ),
    pytest.param(
        "BOYOLALI - Petani mengeluhkan pupuk bersubsidi yang langka.\n\n"
        '"Pupuknya sudah dua minggu tidak datang," kata Ketua Kelompok Tani Makmur Joko Susilo.\n',
        "Joko Susilo", "Ketua Kelompok Tani Makmur", id="farmer-group-then-a-given-name",
    ),
    pytest.param(
        "KLATEN - Harga gabah turun.\n\n"
        '"Kami rugi besar musim ini," ujar Ketua Gapoktan Sumber Makmur Hartono Wibisono.\n\n'
        "Menurut Wibisono, petani menahan panen.\n",
        "Hartono Wibisono", "Ketua Gapoktan Sumber Makmur", id="two-words-left-the-surname-used-later",
    ),
    pytest.param(
        '"Kami tambah dua armada," kata Direktur PT Cahaya Abadi Persada Rosan Perkasa Roeslani.\n',
        "Rosan Perkasa Roeslani", "Direktur PT Cahaya Abadi Persada", id="a-closing-word-inside-the-persons-name-stays",
    ),
    pytest.param(
        'SEMARANG - Pabrik itu kembali beroperasi.\n\n"Kami tambah satu sif," kata Direktur PT Maju Sentosa '
        'Hari Prasetyo.\n\n"Pesanan naik," kata Sentosa.\n',
        "Sentosa Hari Prasetyo", "Direktur PT Maju", id="a-closing-word-the-article-calls-someone-by",
    ),
    pytest.param(
        '"Investasi tumbuh," kata Menteri Investasi Rosan Perkasa Roeslani.\n',
        "Rosan Perkasa Roeslani", "Menteri Investasi", id="no-organisation-opened-no-cut",
    ),
    pytest.param(
        '"Panen kami tertunda," kata Ketua Koperasi Tani Makmur Andi Makmur Amir Saleh.\n',
        "Andi Makmur Amir Saleh", "Ketua Koperasi Tani Makmur", id="a-given-name-has-begun-the-persons-name",
    ),
    pytest.param(
        'Pasar itu ramai.\n\n"Kami buka posko," kata Lukas.\n\n"Kami siap," kata Ketua Paguyuban Warga '
        "Tionghoa Lukas Sentosa Wijaya Kusuma.\n",
        "Lukas Sentosa Wijaya Kusuma", "Ketua Paguyuban Warga Tionghoa", id="a-word-the-article-calls-someone-by-has-begun-it",
    ),
]


@pytest.mark.parametrize("text, speaker, title", ORGANISATION_THEN_NAME)
def test_a_word_closing_a_firms_or_groups_name_ends_it_and_the_persons_name_follows(text, speaker, title):
    check(text, speaker, title)


@pytest.mark.parametrize("text, speaker, title", [
    pytest.param('"Dua ekor harimau kami lepasliarkan," ujar Darmawan Hasibuan, Kepala Balai Konservasi Sumber Daya '
                 "Alam (BKSDA) Riau. Setibanya di Pekanbaru, harimau itu diperiksa.\n", "Darmawan Hasibuan",
                 "Kepala Balai Konservasi Sumber Daya Alam (BKSDA) Riau", id="resources-in-a-role-set-off-after-the-name"),
    pytest.param('"Pasokan listrik aman," kata Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia.\n\nSumber: Antara\n',
                 "Bahlil Lahadalia", "Menteri Energi dan Sumber Daya Mineral", id="resources-and-a-credit-line"),
])
def test_sumber_daya_inside_a_title_is_a_bodys_resources_not_a_source_credit(text, speaker, title):
    # (`Sumber` opens a credit, `Sumber: Antara`, and stops a speaker's phrase; `Sumber Daya` goes on)
    check(text, speaker, title)


@pytest.mark.parametrize("title", ["Direktur Utama (Dirut) Jasa Marga", "Pelaksana Tugas (Plt) Direktur Utama (Dirut) Jasa Marga"])
def test_a_roles_short_form_in_parentheses_comes_before_its_body_not_the_name(title):
    # (a body's short form in parentheses ends it, and the name starts after: `Badan Pusat
    # Statistik (BPS) Amalia ...`; a role's, `(Dirut)`, stands before the body's name)
    text = f'Tarif tol naik.\n\n"Kami siap melayani," kata {title} Lukas Handojo.\n\n"Semua gerbang dibuka," ujar Lukas.\n'
    check(text, "Lukas Handojo", title)
    check('"Inflasi terkendali," kata Kepala Badan Pusat Statistik (BPS) Amalia Widyasanti.\n',
          "Amalia Widyasanti", "Kepala Badan Pusat Statistik (BPS)")


def test_monsinyur_is_an_honorific_of_neither_name_nor_title():
    check('"Gereja ini terbuka bagi semua," kata Uskup Agung Monsinyur Yustinus Harjono.\n', "Yustinus Harjono", "Uskup Agung")


@pytest.mark.parametrize("name", ["Moh. Salim Hidayat", "Muh. Arif Budiman", "Moch. Rafif Alamsyah", "Mhd. Yusuf Lubis"])
def test_a_given_name_shortened_with_a_period_goes_on_after_it(name):
    check_one(f'"Kami terus belajar," kata {name}, warga setempat.\n', speaker=name, title_has=("warga setempat",))


def test_a_pastors_office_before_the_name_is_the_title():
    check_one('"Kami terus melayani jemaat," kata Gembala Gereja Sentosa Pilemon Kogoya.\n',
              speaker="Pilemon Kogoya", title_has=("Gembala Gereja Sentosa",))


@pytest.mark.parametrize("office", ["analyst", "co-founder", "researcher", "head"])
def test_an_english_office_in_lower_case_after_the_cue_heads_the_title(office):
    check_one(f'"Pasar masih kuat," kata {office} Sentosa Capital, Budi Hartono.\n',
              speaker="Budi Hartono", title_has=(f"{office} Sentosa Capital",))


def test_a_role_and_its_field_in_lower_case_before_a_given_name_name_the_holder():
    text = (
        '"Klaim kami bayar tepat waktu," kata Direktur Utama PT Asuransi Sentosa Budi Santoso.\n\n'
        "Pengamat asuransi Tri Joko Santoso menilai langkah itu terlambat.\n\n"
        '"Tidak ada pilihan lain," ujar dia.\n'
    )
    assert_quotes(text, [("Klaim kami", "Budi Santoso"), ("Tidak ada pilihan", "Tri Joko Santoso")])


@pytest.mark.parametrize("phrase", ["mahasiswa jurusan Teknik Sipil", "CEO baru Sentosa Lip-Bu Tan"])
def test_a_field_before_no_given_name_names_no_one(phrase):
    check_one(f'"Kami menolak," kata {phrase}.\n', speaker=None)


def test_someone_else_after_a_names_comma_running_into_a_predicate_is_no_role_of_the_name():
    text = (
        'Ali (45), pedagang sayur di Pasar Sentosa, mengaku omzetnya turun. "Sepi sekali sekarang," kata Ali.\n\n'
        "Tak jauh dari lapak Ali, seorang pria paruh baya sedang melihat-lihat sayuran.\n\n"
        '"Harga cabai naik lagi," ujar Ali.\n'
    )
    assert [q.title for q in direct(text)] == ["pedagang sayur di Pasar Sentosa"] * 2


@pytest.mark.parametrize("text, speakers", [
    # `Lalu` ("then") opening a sentence, in an article that writes no Sasak name: the same person
    ("Seorang pedagang sayur, Sutrisno Wibowo, mengaku dagangannya sepi.\n\n"
     '"Pembeli belum tahu kami pindah," ujar Sutrisno.\n\n'
     'Lalu Sutrisno menunjuk deretan kios kosong. "Baru separuh yang buka," katanya.\n',
     ["Sutrisno Wibowo", "Sutrisno Wibowo"]),
    # another's Sasak name in the article: `Lalu` opening a sentence before this name is still "then"
    ("Sidang dipimpin hakim Lalu Gita Ariadi. Terdakwa Harun Alrasyid hadir.\n\n"
     '"Saya menyesal," kata Harun.\n\nLalu Harun Alrasyid menangis. "Saya minta maaf," katanya.\n',
     ["Harun Alrasyid", "Harun Alrasyid"]),
    # where the article writes `Lalu` as the prefix of this name inside a sentence, it is one at a sentence's start too
    ("Kepala Desa Sembalun Lawang, Lalu Sapri Ahmadi, menyebut kunjungan pendaki naik tajam.\n\n"
     'Lalu Sapri mengatakan, desa menyiapkan homestay tambahan. "Sudah ada 120 homestay," katanya.\n',
     ["Lalu Sapri Ahmadi"]),
])
def test_lalu_opening_a_sentence_is_a_prefix_only_where_the_article_writes_one(text, speakers):
    assert [q.speaker for q in direct(text)] == speakers


def test_a_namesake_by_the_first_and_last_words_brought_in_otherwise_is_another_person():
    text = (
        "Pelatih ganda campuran, Eko Wahyu Prasetyo, puas dengan penampilan anak asuhnya.\n\n"
        '"Mereka sudah bisa mengatur tempo," kata Eko Wahyu Prasetyo.\n\n'
        'Di sektor ganda campuran, Eko Prasetyo mengaku kecewa tersingkir. "Kami kalah di poin kritis," ujarnya.\n'
    )
    assert direct(text)[-1].speaker == "Eko Prasetyo"


def test_the_first_and_last_words_of_a_name_of_three_are_that_name():
    text = (
        "Bupati Sentosa Utara, Arvendo Marlowe Salim, meninjau lokasi banjir.\n\n"
        '"Kami siagakan perahu karet," ujar Arvendo Salim.\n'
    )
    q = direct(text)[-1]
    assert (q.speaker, q.title) == ("Arvendo Marlowe Salim", "Bupati Sentosa Utara")


@pytest.mark.parametrize("office", ["Menteri Agraria/Kepala BPN", "Menteri Sentosa dan Tata Ruang/Kepala BPN"])
def test_an_office_after_a_slash_heads_what_follows_it_not_the_name(office):
    # `Menteri ATR/Kepala BPN`: one holder of two offices, the second glued to the first by the slash
    text = f'"Sertifikat tanah warga harus selesai tahun ini," kata {office} Narendra Wahid di Jakarta.\n'
    check_one(text, speaker="Narendra Wahid", title=office)


def test_two_names_joined_by_a_slash_are_a_pair_and_no_one_of_them():
    # (only an office after the slash is no name's word: a pair's words are names)
    text = (
        "Ganda campuran Jafar Wibowo/Felisha Anindya Pasaribu melaju ke final.\n\n"
        '"Kami bermain lebih sabar hari ini," kata Jafar Wibowo/Felisha Anindya Pasaribu.\n'
    )
    assert direct(text)[0].speaker not in ("Jafar Wibowo", "Felisha Anindya Pasaribu")


def test_the_last_field_of_an_offices_list_is_no_first_name():
    # `Teknologi` closes the list of the office's fields: "Teknologi Bima Santoso" was a person
    text = '"Kami akan mengevaluasi kurikulum," kata Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Bima Santoso.\n'
    check_one(text, speaker="Bima Santoso", title="Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi")


def test_an_office_with_a_list_of_fields_before_a_name_is_the_whole_title():
    text = (
        "Mantan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi (Mendikbud Ristek) Bima Santoso "
        "kembali diperiksa penyidik pada Selasa.\n\n"
        '"Saya menghormati proses hukum," kata Bima kepada wartawan.\n'
    )
    check_one(text, speaker="Bima Santoso",
              title="Mantan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi (Mendikbud Ristek)")


@pytest.mark.parametrize("after", [".", " di Solo."])
def test_an_offices_ordinal_does_not_end_the_speaker_phrase(after):
    text = f'"Pertemuan itu hangat dan penuh canda," kata Presiden ke-7 RI Hadi Wibowo{after}\n'
    check_one(text, speaker="Hadi Wibowo", title="Presiden ke-7 RI")


def test_an_ordinal_after_someone_elses_office_names_that_office_holder_not_the_speaker():
    text = '"Bapak masih beristirahat di rumah," kata Juru Bicara Presiden ke-7 RI Hadi Wibowo.\n'
    assert direct(text)[0].speaker is None


def test_a_first_name_that_is_an_offices_field_closing_a_list_of_bodies_is_a_name():
    text = (
        "Pertemuan itu dihadiri Ketua Kelompok Nelayan Bintang Muda, Ketua Koperasi Karya Bahagia, "
        "dan Tata Sutarna Wijaya.\n\n"
        '"Kami minta dermaga ini segera diperbaiki," kata Tata.\n'
    )
    assert direct(text)[0].speaker == "Tata Sutarna Wijaya"


@pytest.mark.parametrize("text, title", [
    ('Wakapolresta Sentosa AKBP Rudi Hartono mengatakan situasi aman. "Kami siaga," katanya.\n',
     "Wakapolresta Sentosa AKBP"),
    ('Menhut Rudi Hartono meninjau hutan lindung itu. "Kami tanam kembali," jelasnya.\n', "Menhut"),
    ('"Harga sapi naik," kata Rudi Hartono, peternak sapi di Desa Sukamaju.\n', "peternak sapi di Desa Sukamaju"),
    ('"Gaun ini dijahit tangan," kata Rina Wati, penata busana di Jakarta.\n', "penata busana di Jakarta"),
])
def test_offices_and_occupations_written_short_or_rare_are_titles(text, title):
    q = direct(text)[-1]
    assert (q.speaker, q.title) == ("Rudi Hartono" if "Rudi" in text else "Rina Wati", title)


@pytest.mark.parametrize("rank", ["Kombes Pol.", "Letkol Inf."])
def test_a_corps_abbreviation_after_a_rank_ends_no_sentence_before_the_name(rank):
    text = (
        f"Kapolresta Sentosa {rank} Eko Prasetyo mengatakan pelaku sudah ditangkap.\n\n"
        '"Kami masih mendalami motifnya," katanya.\n'
    )
    assert direct(text)[0].title == f"Kapolresta Sentosa {rank.rstrip('.')}"


def test_pelaksana_tugas_in_lower_case_goes_on_to_the_office_and_the_name():
    text = '"Kami deportasi mereka pekan ini," kata Pelaksana tugas Direktur Jenderal Imigrasi Yuldi Pratama.\n'
    check_one(text, speaker="Yuldi Pratama", title="Pelaksana tugas Direktur Jenderal Imigrasi")


@pytest.mark.parametrize("place, title", [
    ("Kabupaten Bogor.", "warga Jonggol, Kabupaten Bogor"),
    ("Kabupaten Bogor, Senin (3/3/2025).", "warga Jonggol, Kabupaten Bogor"),
    ("Jawa Barat.", "warga Jonggol, Jawa Barat"),
])
def test_a_place_set_off_after_a_role_after_the_name_stays_in_the_title(place, title):
    text = f'"Airnya sudah masuk rumah," kata Jesika Anggraini, warga Jonggol, {place}\n'
    check_one(text, speaker="Jesika Anggraini", title=title)



@pytest.mark.parametrize("body", ["TNI AL", "DPR RI"])
def test_two_capitals_and_a_period_after_a_bodys_acronym_end_the_sentence(body):
    office = "Kepala Dinas Penerangan TNI AL" if body == "TNI AL" else "Ketua Komisi VII DPR RI"
    short = "Kadispen TNI AL" if body == "TNI AL" else "Ketua Komisi VII DPR RI"
    text = (
        f'{office} Budi Santoso mengatakan kapal itu canggih.\n\n'
        f'"Ada beberapa perangkat baru," kata {short}. Peralatan lain juga dibawa.\n'
    )
    quotes = direct(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Budi Santoso", short)]


@pytest.mark.parametrize("intro, speaker, title", [
    ('Konselor pernikahan Rina Kartika menjelaskan hal itu. "Bicarakan pelan-pelan," kata Rina.',
     "Rina Kartika", "Konselor pernikahan"),
    ('"Tumor ini bisa memberi kami informasi," kata Dr Budi Santoso, seorang spesialis kanker di RS Sentosa.',
     "Budi Santoso", "spesialis kanker di RS Sentosa"),
])
def test_a_counsellor_and_a_specialist_are_roles(intro, speaker, title):
    assert [(q.speaker, q.title) for q in direct(intro)] == [(speaker, title)]


@pytest.mark.parametrize("written, name", [
    ("Bu Sarinah (60)", "Sarinah"),
    ("Hj. Munawaroh", "Munawaroh"),
    ("dokter Baskar", "Baskar"),
    ("Mbah Tukiyem (70)", "Tukiyem"),
    ("Mbok Sarinah (60)", "Sarinah"),
    ("Hajah Munawaroh", "Munawaroh"),
])
def test_a_role_set_off_before_an_honorific_and_a_name_is_the_names_title(written, name):
    # A tester's and a reader's cases: `Penjual jamu, Bu Sarinah (60),` lost its title, and
    # `Mbah`, `Mbok` and `Hajah` stayed in the name.
    text = f'Penjual jamu keliling, {written}, tetap berjualan. "Pembeli masih ada," kata {name}.\n'
    assert [(q.speaker, q.title) for q in direct(text)] == [(name, "Penjual jamu keliling")]


@pytest.mark.parametrize("place", ["Banjarnegara", "Kampar", "Sampit"])
def test_di_and_a_place_after_a_name_is_no_part_of_it(place):
    # A tester's case, ANTARA's `Name di <Kota>, <Hari>, mengatakan`: `di` was a name particle.
    text = (
        f'Kepala BPBD Rudi Hartono di {place}, Senin, mengatakan pencarian terus dilakukan. '
        '"Hari ini kami kerahkan 200 personel," katanya.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)] == [("Rudi Hartono", "Kepala BPBD")]


@pytest.mark.parametrize("office", ["Pimpinan Cabang Perum Bulog setempat", "Kepala Desa setempat", "Bupati terpilih"])
def test_a_name_after_an_office_and_setempat_or_terpilih_is_its_holders(office):
    # A tester's ANTARA-shaped case: the name after `setempat` read as a place, and `ujarnya`
    # went to the official quoted before.
    text = (
        'Bupati Sentosa Lalu Ahmad Rifai membuka pasar murah. "Harga harus terjangkau," kata Rifai.\n\n'
        f'{office} Rina Oktaviani mengatakan stok beras aman.\n\n"Stok cukup sampai Lebaran," ujarnya.\n'
    )
    assert [(q.speaker, q.title) for q in direct(text)][-1] == ("Rina Oktaviani", office)


@pytest.mark.parametrize("phrase", ["seorang warga Karangsari", "salah seorang warga Pasirhuni", "seorang suporter Persekab"])
def test_one_capitalised_word_after_someone_brought_in_unnamed_is_where_they_are_from(phrase):
    # Testers' regional cases: a village or a club unknown to the lists was made the speaker.
    text = (
        'Kepala Desa Sentosa Agus Triyono mengatakan jalan itu rusak parah. "Sudah kami usulkan," kata Agus.\n\n'
        f'"Kalau hujan, motor tidak bisa lewat," kata {phrase}.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Agus Triyono", None]


def test_a_name_of_two_words_after_someone_brought_in_is_still_theirs():
    text = '"Kalau hujan, motor tidak bisa lewat," kata seorang warga Budi Santoso.\n'
    assert [q.speaker for q in direct(text)] == ["Budi Santoso"]


def test_a_chef_is_a_role_and_bernama_ends_a_title():
    # A reader's case: `chef` was no role; with it, the name's first word after `bernama`
    # went into the title when the article calls him by his second name.
    text = (
        'Menu itu diracik chef Aroma Rasa bernama Dominikus Sigit Dewanto.\n\n'
        '"Bahannya dari petani sekitar," kata Sigit.\n'
    )
    # (the name stays cut short: `Dominikus` is on no list of first names; left as it is)
    assert [(q.speaker, q.title) for q in direct(text)] == [("Sigit Dewanto", "chef Aroma Rasa")]


@pytest.mark.parametrize("text, speaker", [
    # a third review's cases: a body after a role and `setempat`; a one-word name after `salah satu pedagang`
    ('Kepala Desa Cibodas Agus Triyono meresmikan lapangan itu. "Semoga bermanfaat," kata Agus.\n\n'
     '"Kami yang merawatnya," ujar tokoh pemuda setempat Karang Taruna Cibodas.\n', None),
    ('"Barangnya sedikit, jadi harganya naik," kata salah satu pedagang Sumarni.\n', "Sumarni"),
    ('"Modal saja tidak kembali," ujar seorang petani Warsinah (47) saat ditemui.\n', "Warsinah"),
])
def test_the_third_reviews_narrowings_keep_the_speaker(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speakers", [
    # A third review's cases: a one-word name after an honorific of elders, with an age of its
    # own, is not the minister or the village head of that name.
    ('Menteri Keuangan Sri Mulyani Indrawati menyebut inflasi terkendali.\n\n'
     'Penjual nasi gudeg, Mbok Sri (58), mengaku harus mengurangi porsi.\n\n'
     '"Beras sekarang mahal," kata Mbok Sri.\n', ["Sri"]),
    ('Mbah Slamet (85) tinggal sendirian di gubuk bambu.\n\n'
     'Kepala Desa Sumber, Slamet Riyadi, mengatakan rumah itu akan direhab.\n\n'
     '"Kami anggarkan dari dana desa," kata Slamet Riyadi.\n\n'
     '"Saya sudah tua," kata Mbah Slamet.\n', ["Slamet Riyadi", "Slamet"]),
])
def test_an_elder_called_by_one_name_is_not_the_official_of_that_name(text, speakers):
    assert [q.speaker for q in direct(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # A tester's disaster stories: a resident brought in by one name with an age and a role of
    # their own is not the official whose name ends with that word.
    ('Kepala Pelaksana BPBD Sukaresmi Agus Salim mengatakan 120 rumah terendam. "Dapur umum sudah berdiri," kata Agus.\n\n'
     'Salah satu warga, Salim (63), mengaku rumahnya terendam hingga atap. "Air masuk waktu saya salat," kata Salim.\n',
     ["Agus Salim", "Salim"]),
    ('Koordinator relawan Fikri Ramadhan mengatakan bantuan terus datang. "Logistik cukup," kata Fikri.\n\n'
     'Ramadhan (61), pengungsi asal Desa Cikahuripan, mengeluh belum mendapat beras. "Saya belum dapat beras," ujar Ramadhan.\n',
     ["Fikri Ramadhan", "Ramadhan"]),
    ('Kepala Pelaksana BPBD Singkarta, Hendra Wijaya, mengatakan air mulai surut. "Kami pantau terus," kata Hendra.\n\n'
     'Pemilik toko bangunan di kawasan itu, Wijaya (58), menumpuk semen di atas meja. "Semen kena air langsung keras," kata Wijaya.\n',
     ["Hendra Wijaya", "Wijaya"]),
    # The official's own name with an age, and a later reference by the last name with an age: one person.
    ('Presiden Meksiko Claudia Sheinbaum mengecam pelecehan itu. Sheinbaum (63) berjalan kaki ke istana.\n\n'
     '"Ini tidak boleh terjadi pada perempuan mana pun," kata Sheinbaum.\n', ["Claudia Sheinbaum"]),
])
def test_a_resident_of_one_name_with_an_age_and_role_is_not_the_official_ending_with_it(text, speakers):
    assert [q.speaker for q in direct(text)] == speakers


@pytest.mark.parametrize("official, again", [
    # A reviewer's: the same person brought in again by one name, an age and the role they hold.
    ("Ketua RT 05 Kampung Baru Slamet Riyadi", "Slamet (56), ketua RT dua periode,"),
    ("Kepala Desa Sukamaju Joko Susilo", "Susilo (52), kepala desa dua periode,"),
])
def test_one_name_with_an_age_and_the_same_role_is_the_same_person(official, again):
    name = again.split()[0]
    text = (f'{official} mengatakan jalan desa rusak. "Kami usulkan perbaikan," katanya.\n\n'
            f'{again} mengaku sudah tiga kali mengajukan. "Sudah tiga kali kami ajukan," kata {name}.\n')
    assert [q.speaker for q in direct(text)] == [" ".join(official.split()[-2:])] * 2


@pytest.mark.parametrize("first, again", [
    # A second reviewer's: the same age as the full name's; two plain roles, no office to tell them apart.
    ("Ketua Karang Taruna Ahmad Yani (45)", "Warga, Yani (45), juga mengeluh."),
    ("Pedagang sayur Suryani Dewi", "Ibu dua anak, Dewi (38), juga mengeluh."),
])
def test_one_name_with_an_age_is_not_split_off_without_a_reason(first, again):
    name = again.split(", ")[1].split()[0]
    full = " ".join(first.split()[-3:-1]) if first.endswith(")") else " ".join(first.split()[-2:])
    text = (f'{first} mengatakan harga naik. "Kami kewalahan," katanya.\n\n'
            f'{again} "Kami kewalahan juga," kata {name}.\n')
    assert [q.speaker for q in direct(text)] == [full, full]


@pytest.mark.parametrize("suspect", ["Polisi menangkap seorang pria berinisial AS", "Polisi menangkap AS (34)"])
def test_a_suspects_initials_brought_in_are_not_a_named_person_with_those_initials(suspect):
    # A tester's crime story: `kata AS` went to the community leader Ade Sukmana.
    text = (
        f"{suspect} yang diduga mencuri sepeda motor.\n\n"
        'Tokoh masyarakat setempat, Ade Sukmana, mengapresiasi kerja polisi. "Kami lega," ujar Ade.\n\n'
        'Saat diperiksa, AS mengaku terlilit utang. "Saya butuh uang untuk bayar kontrakan," kata AS.\n'
    )
    assert [q.speaker for q in direct(text)] == ["Ade Sukmana", "AS"]


def test_initials_spelt_out_after_a_name_are_that_person():
    text = ('Ketua Komisi Bambang Adi Santoso (BAS) membuka rapat.\n\n'
            '"Kami minta laporan lengkap," kata BAS.\n')
    assert [q.speaker for q in direct(text)] == ["Bambang Adi Santoso"]


@pytest.mark.parametrize("written, speaker", [
    ("Ir.H.M. Rahman Pina", "M. Rahman Pina"),  # as `Ir. H. M. Rahman Pina` reads
    ("Dr.H. Rahman Pina", "Rahman Pina"),
    ("H.Rahman Pina", "Rahman Pina"),
])
def test_honorifics_glued_into_a_chain_are_dropped_from_the_name(written, speaker):
    # A reviewer's: `Ir.H.M. Rahman Pina` kept its honorifics as part of the name.
    quotes = direct(f'"Anggaran pendidikan tidak boleh dipangkas," kata Ketua DPRD Kota Sentosa {written}.\n')
    assert [(q.speaker, q.title) for q in quotes] == [(speaker, "Ketua DPRD Kota Sentosa")]
    assert quotes[0].quote == "Anggaran pendidikan tidak boleh dipangkas,"
