"""The pipeline (quotebook/extraction/pipeline.py) end to end: a whole article,
reported speech, the names as a Quote gives them.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from quotebook.extraction import extract
from quotebook.extraction.pipeline import _ages_in_parentheses, _glued_stops, _spaced
from quotebook.extraction.titles import Mention

from .conftest import assert_quotes, assert_title, check_one, check_quotes, direct


def test_kata_presiden_melanjutkan_resolves_the_office_to_its_holder():
    text = (
        "Presiden Joko Widodo meresmikan Bendungan Sumber Agung di Kabupaten Grobogan, Jawa Tengah, "
        "Kamis (14/3).\n"
        '"Bendungan ini akan mengairi 6.000 hektare sawah," kata Presiden.\n'
        "Turut hadir Menteri Pekerjaan Umum dan Perumahan Rakyat Hadi Susanto.\n"
        '"Petani bisa panen tiga kali setahun," kata Presiden melanjutkan.\n'
    )
    qs = assert_quotes(
        text, [("Bendungan ini akan mengairi", "Joko Widodo"), ("Petani bisa panen tiga kali", "Joko Widodo")]
    )
    for q in qs:
        assert_title(q, "Presiden")


def test_indirect_speech_is_never_a_direct_quote():
    text = (
        "Menteri Kesehatan Budi Hartawan mengatakan, pemerintah akan menambah 1.000 dokter spesialis "
        "di daerah terpencil tahun depan.\n"
        "Ia menegaskan bahwa insentif bagi dokter di daerah itu akan dinaikkan.\n"
    )
    assert direct(text) == []


@pytest.mark.parametrize(
    "sentence,speaker,title",
    [
        # an organisation named whole, not a person named by its place
        ("Kementerian Kebudayaan Sentosa menyatakan delapan benda warisan budaya raib dari museum.",
         "Kementerian Kebudayaan Sentosa", None),
        # a country after a role is the role's, no person's name
        ("Warga Singapura mengatakan mereka merasa aman berjalan sendirian di malam hari.", None, "Warga"),
        # a description pointing back at the one just brought in with an age is them
        ("Tak hanya Aika, Grace (18) juga merasakan hal yang sama. Mahasiswa Fakultas Ilmu Budaya ini "
         "mengaku, thrifting menyelamatkan gaya sehari-harinya.", "Grace", None),
    ],
)
def test_who_reports_indirect_speech_is_checked_as_a_quotes_speaker_is(sentence, speaker, title):
    reported = [q for q in extract(sentence, indirect=True) if q.kind == "indirect"]
    assert [(q.speaker, q.title) for q in reported] == [(speaker, title)]


ONE_LINE = (
    "SEMARANG, KOMPAS \u2014 Pemerintah Provinsi Jawa Tengah menambah 200 bus untuk angkutan mudik "
    "gratis tahun ini. {o}Kuotanya kami naikkan karena peminatnya terus bertambah,{c} kata Kepala "
    "Dinas Perhubungan Jawa Tengah Taufik Hidayatullah di Semarang, Selasa (4 / 4 / 2023). Pendaftaran "
    "dibuka secara daring mulai pekan depan. Menurut Taufik, kursi biasanya habis dalam dua hari. "
    "{o}Kami minta warga tidak menitipkan pendaftaran kepada calo,{c} ujarnya. Sementara itu, Ketua "
    "Organisasi Angkutan Darat (Organda) Jawa Tengah Bambang Pranoto menilai tambahan bus itu belum "
    "cukup. {o}Permintaan tiket bus reguler tetap tinggi,{c} kata Bambang. {o}Jadi pengusaha bus "
    "tidak dirugikan,{c} tambahnya."
)


@pytest.mark.parametrize(
    "o,c",
    [
        pytest.param('"', '"', id="straight"),
        pytest.param("\u201c", "\u201d", id="curly"),
        pytest.param("\u201d", "\u201d", id="kompas"),
    ],
)
def test_whole_article_on_one_line(o, c):
    text = ONE_LINE.format(o=o, c=c)
    assert "\n" not in text
    qs = assert_quotes(
        text,
        [
            ("Kuotanya kami naikkan", "Taufik Hidayatullah"),
            ("Kami minta warga tidak menitipkan", "Taufik Hidayatullah"),
            ("Permintaan tiket bus reguler", "Bambang Pranoto"),
            ("Jadi pengusaha bus tidak dirugikan", "Bambang Pranoto"),
        ],
    )
    assert_title(qs[1], "Kepala Dinas Perhubungan Jawa Tengah")
    assert_title(qs[2], "Ketua Organisasi Angkutan Darat")
    assert all(q.paragraph == 0 for q in qs)


ARTICLE = """\
Pedagang Pasar Kliwon Keluhkan Sepinya Pembeli Usai Relokasi

KUDUS, KOMPAS.com - Pedagang Pasar Kliwon Kudus mengeluhkan sepinya pembeli sejak dipindahkan ke pasar darurat di Jalan Sunan Muria, Senin (15/1/2024).

Salah satu pedagang kain, Munawaroh (51), mengatakan omzetnya turun drastis.

"Dulu sehari bisa laku sepuluh potong. Sekarang dua potong saja sudah syukur," ujar Munawaroh.

Baca juga: "Pasar Darurat Sepi," Keluh Pedagang Kudus

Kepala Dinas Perdagangan Kabupaten Kudus Sugiharto Prasetyo menjelaskan, pasar darurat itu hanya dipakai selama delapan bulan.

"Pembangunan gedung baru kami targetkan selesai Agustus.

"Setelah itu semua pedagang kembali ke lokasi lama tanpa dipungut biaya," kata Sugiharto.

Ia menambahkan, pemerintah juga menyiapkan program "Belanja di Pasar Rakyat" untuk menarik pembeli.

"Kami juga akan gratiskan parkir selama masa relokasi," tuturnya.

Pewarta: Rina Oktaviani
Editor: Bagus Pratama
"""


def test_small_article_end_to_end():
    qs = assert_quotes(
        ARTICLE,
        [
            ("Dulu sehari bisa laku sepuluh potong", "Munawaroh"),
            ("Pembangunan gedung baru kami targetkan", "Sugiharto Prasetyo"),
            ("Kami juga akan gratiskan parkir", "Sugiharto Prasetyo"),
        ],
    )
    assert_title(qs[0], "pedagang kain")
    assert "Setelah itu semua pedagang kembali" in qs[1].quote
    assert_title(qs[1], "Kepala Dinas Perdagangan Kabupaten Kudus")
    assert_title(qs[2], "Kepala Dinas Perdagangan Kabupaten Kudus")


# Texts with one direct quote, and what it must have (see check_one).
ONE_QUOTE = [
    pytest.param(
        (
            "Sekretaris Daerah Kabupaten Pamekasan Mu\u2019amar Hidayat membuka bazar UMKM, Sabtu.\n"
            "\u201cProduk lokal harus jadi tuan rumah di daerah sendiri,\u201d kata Mu\u2019amar.\n"
        ),
        dict(speaker="Mu'amar Hidayat", title_has=("Sekretaris Daerah Kabupaten Pamekasan",)),
        id="curly_apostrophe_only_gives_a_straight_apostrophe",
    ),
    pytest.param(
        (
            "Ketua Karang Taruna Desa Jatimulyo  Rizky  Ramadhan menggelar lomba tujuh belasan.\n"
            '"Tahun ini pesertanya dua kali lipat," kata Rizky  Ramadhan.\n'
        ),
        dict(speaker="Rizky Ramadhan"),
        id="spacing_in_the_name_is_normalised",
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
            "Ketua Majelis Ulama Indonesia Kota Bandung Ma\u2019ruf Syamsuddin mengimbau warga tidak "
            "menyalakan petasan.\n"
            '"Takbiran cukup di masjid dan musala," kata Ma\'ruf.\n'
            "\u201cJangan sampai ada yang celaka,\u201d kata Ma\u2019ruf Syamsuddin.\n"
        ),
        dict(quotes=[("Takbiran cukup di masjid", "Ma'ruf Syamsuddin"), ("Jangan sampai ada yang celaka", "Ma'ruf Syamsuddin")], titles={0: ("Ketua Majelis Ulama Indonesia Kota Bandung",)}),
        id="curly_and_straight_apostrophes_are_one_name",
    ),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_the_quotes_of_each_text(text, want):
    check_quotes(text, **want)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_no_break_space_after_the_cue_reads_as_a_space(space):
    text = (
        "Harga cabai rawit di Pasar Kranggan naik dua kali lipat sepekan terakhir.\n"
        f'"Sekarang sekilo sudah Rp 80.000, pembeli jadi sedikit," tambah{space}Sri Wahyuni, '
        "pedagang sayur di pasar itu, Senin (3/3).\n"
    )
    (quote,) = extract(text)
    assert (quote.speaker, quote.title) == ("Sri Wahyuni", "pedagang sayur di pasar itu")
    assert text[quote.start:quote.end].startswith("Sekarang sekilo")


def test_a_quote_as_a_record_has_every_field_in_order():
    """Quote.to_dict writes its fields out (asdict was a cost on every quote printed):
    it must give what asdict gives, every field, in the dataclass's order."""
    from dataclasses import asdict

    text = (
        "Kepala Dinas Perhubungan Kota Bandung Rudi Hartono meninjau Terminal Cicaheum, Senin.\n"
        '"Armada tambahan kami siapkan untuk arus balik," kata Rudi di terminal.\n'
    )
    (q,) = direct(text)
    assert q.speaker == "Rudi Hartono"
    assert list(q.to_dict().items()) == list(asdict(q).items())


def test_a_quote_is_built_as_the_dataclass_would_build_it_and_stays_frozen():
    """Quote writes its own __init__ (one dict update, not a frozen set per field: a
    cost per quote found): by position or by name, equal and hashed by value, unchangeable."""
    from dataclasses import FrozenInstanceError, fields, replace

    from quotebook.model import Quote

    values = ("Ya", 3, 5, "Rudi Hartono", "Rudi", "Kepala Dinas", "kata", "direct", 1)
    by_position = Quote(*values)
    by_name = Quote(**{f.name: v for f, v in zip(fields(Quote), values)})
    assert by_position == by_name and hash(by_position) == hash(by_name)
    assert tuple(getattr(by_position, f.name) for f in fields(Quote)) == values
    assert replace(by_position, quote="Tidak") == Quote("Tidak", *values[1:])
    with pytest.raises(FrozenInstanceError):
        by_position.speaker = "Budi"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quote(*values[:-1])  # every field is needed


@pytest.mark.parametrize(
    "cls, values",
    [
        ("titles.Mention", ((("Rudi", "Hartono"), "Kepala Dinas", False, False, "Kepala Dinas Rudi Hartono"))),
        ("referents.Referent", (("back", ("pelatih",), ("Rudi",)))),
        ("events.Event", ((12, "a Mention", "speak", 30))),
        ("cues.Attribution", ((None, "kata", "after", 40))),
        ("marks.Span", ((0, 1, 5, 6, 0, 0, True))),
        ("layout.Paragraph", ((2, 10, 80, False))),
        ("people.Person", ((("Rudi", "Hartono"), ["Kepala Dinas"], [3, 40]))),
    ],
)
def test_the_records_of_the_stages_are_built_as_their_dataclasses_would_build_them(cls, values):
    """The records write their own __init__ (compiled; the dataclass's is Python): by
    position or by name, with the defaults a dataclass gives, equal (and Mention and
    Referent hashed and frozen) by value, pickled and copied (a compiled class with an
    __init__ of its own needs its __reduce__ for that). A field no one gives (what a
    Mention keeps once asked: its name's key) is not compared."""
    import copy
    import importlib
    import pickle
    from dataclasses import FrozenInstanceError, fields

    from quotebook.extraction.titles import Mention

    module, name = cls.split(".")
    record = getattr(importlib.import_module(f"quotebook.extraction.{module}"), name)
    values = tuple(Mention(("Rudi",), None) if v == "a Mention" else v for v in values)
    given = [f for f in fields(record) if f.init]
    by_position = record(*values)
    by_name = record(**{f.name: v for f, v in zip(given, values)})
    if name == "Mention":
        assert by_position.key() == ("rudi", "hartono")  # (kept in by_position, not in by_name)
    assert by_position == by_name and repr(by_position) == repr(by_name)
    assert tuple(getattr(by_position, f.name) for f in given) == values
    if name in ("Mention", "Referent"):
        assert hash(by_position) == hash(by_name) == hash(values)
        with pytest.raises(FrozenInstanceError):
            setattr(by_position, fields(record)[0].name, values[0])
    for again in (pickle.loads(pickle.dumps(by_position)), copy.copy(by_position), copy.deepcopy(by_position)):
        assert type(again) is record and again == by_position
    with pytest.raises(TypeError):
        record(*values[:1], nonsense=1)


def test_a_mention_and_a_referent_take_the_defaults_a_dataclass_gave():
    from quotebook.extraction.referents import Referent
    from quotebook.extraction.titles import Mention

    assert (Mention(("Rudi",), None).role_only, Mention(("Rudi",), None).pronoun, Mention(("Rudi",), None).text) == (False, False, "")
    assert (Referent("nobody").words, Referent("nobody").alias) == ((), ())


@pytest.mark.parametrize("next_sentence", ["Dia menambahkan", "Selain itu, dia menilai"])
def test_a_full_stop_glued_to_the_next_sentence_ends_the_cue(next_sentence):
    # `kata Wawan.Dia menambahkan ...`: the sentence ends at the period, so the cue
    # names Wawan (not `Wawan.Dia`), and so does the next `ujarnya`; the offsets
    # stay those of the text as given.
    text = (
        "Ketua RT 03 Wawan Hidayat mengumpulkan warga di balai desa, Senin.\n"
        f'"Kami tidak pernah diajak bicara," kata Wawan.{next_sentence} warga kecewa.\n'
        '"Kami akan terus menolak," ujarnya.\n'
    )
    qs = assert_quotes(text, [("Kami tidak pernah diajak bicara", "Wawan Hidayat"), ("Kami akan terus menolak", "Wawan Hidayat")])
    assert qs[0].speaker_mention == "Wawan"
    assert_title(qs[1], "Ketua RT")


@pytest.mark.parametrize("glued", ["kepadadetikJateng", "dikutipdetikNews"])
def test_an_outlet_glued_to_the_word_before_is_no_part_of_the_role(glued):
    # As detik.com publishes it: `kepada detikJateng` with its space lost.
    text = f'"Motornya mogok di tengah banjir," kata Vatikan (27), pengendara asal Demak {glued}, Senin.\n'
    (q,) = extract(text)
    assert (q.speaker, q.title) == ("Vatikan", "pengendara asal Demak")
    assert text[q.start : q.end] == q.quote


@pytest.mark.parametrize(
    "text",
    ["di Kab.Selain itu", "kata H.Ahmad", "kata M.Yusuf", "kepada Kompas.com.Dia", "laman detik.Com", "naik 2.5.Namun", "oleh Prof.Dia"],
)
def test_a_period_of_an_abbreviation_an_initial_a_domain_or_a_number_is_no_glued_full_stop(text):
    assert _spaced(text, _glued_stops(text)) == (text, [])


def test_a_glued_full_stop_gets_a_space_and_says_where():
    text = "kata Wawan.Dia datang.Namun pergi"
    assert _spaced(text, _glued_stops(text)) == ("kata Wawan. Dia datang. Namun pergi", [11, 23])


@pytest.mark.parametrize("text,want", [
    ("Dua rekannya, Misdi, 39, dan Bayu Saputra, 27. Dia", "Dua rekannya, Misdi(39), dan Bayu Saputra(27). Dia"),
    ("kata Paolo, 63, pensiunan guru", "kata Paolo(63), pensiunan guru"),
    ("Pasal 5, 6, dan 7", "Pasal 5, 6, dan 7"),  # (no name before the number)
    ("warga Jakarta, 12, dan Bogor, 9.", "warga Jakarta, 12, dan Bogor, 9."),  # (places counted)
    ("Senin, 12 Agustus, kata Budi, 40 tahun,", "Senin, 12 Agustus, kata Budi      (40),"),  # (Tempo's)
    ("Persib, 54, Dewa United, 51, dan Persebaya, 48.", "Persib(54), Dewa United(51), dan Persebaya(48)."),  # (as ages: harmless)
])
def test_an_age_set_off_by_commas_reads_as_one_in_parentheses_one_character_for_one(text, want):
    assert _ages_in_parentheses(text) == want and len(want) == len(text)


def test_an_age_set_off_by_commas_marks_someone_new_as_one_in_parentheses_does():
    # `Istri korban, Siti Aminah, 41, ...`: hers, or still Bayu's, as with `Siti Aminah (41)`; not Bayu's for sure
    text = (
        '"Saya cuma ingat anak saya di rumah," kata Bayu Saputra, 27, nelayan Grajagan.\n\n'
        "Istri korban, Siti Aminah, 41, tak henti berdoa di pinggir pantai bersama kerabatnya.\n\n"
        '"Saya sudah bilang jangan berangkat, cuaca lagi jelek," tuturnya sambil menangis.\n'
    )
    first, last = extract(text)
    assert (first.speaker, first.title) == ("Bayu Saputra", "nelayan Grajagan")
    assert last.speaker is None and text[last.start : last.end] == last.quote


@pytest.mark.parametrize("collecting", [True, False])
def test_extraction_leaves_the_cycle_collector_as_it_found_it(collecting):
    """extract turns Python's collector of reference cycles off while it reads one text
    (it walked the whole article's objects again and again: a third of the time of a
    megabyte-long text) and back on after, unless the caller had it off."""
    import gc

    text = '"Jalan ini sudah lama rusak," kata warga Desa Sukamaju, Asep Sunandar.\n' * 50
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        quotes = extract(text)
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()
    assert len(quotes) == 50 and {q.speaker for q in quotes} == {"Asep Sunandar"}


@pytest.mark.parametrize("indirect", [False, True])
def test_an_endless_capitalised_run_is_not_read_whole_as_a_title(indirect):
    """A run of capitalised words with no end (an adversarial text: 8,000 words here, four
    megabytes in the benchmark) ending in a name was read whole as that person's title.
    A speaker phrase holds 30 words at most, and so does the run read as a name and title."""
    text = '"Ya," kata ' + "Budi Santoso Kepala Dinas " * 2000 + "Budi Santoso Kepal"
    quotes = extract(text, indirect=indirect)
    assert [q.quote for q in quotes] == ["Ya,"]
    assert quotes[0].speaker and quotes[0].title and len(quotes[0].title.split()) <= 30


def test_a_text_that_fills_the_caches_of_phrases_empties_them_as_it_ends():
    """The caches of phrases are emptied when full only between extractions (a stage
    compares a Mention by identity); the one that filled them frees them as it returns,
    so the next text, however short, does not pay for freeing a long text's phrases."""
    from quotebook.extraction import mentions
    from quotebook.extraction.tokens import PHRASE_CACHE

    surnames = [a + b + c for a in "BDGKMPRST" for b in "aiu" for c in ("dana", "wati", "yono", "jaya", "rini", "santo")]
    lines = [f'"Ya," kata Dodi {first}{last}.' for first in surnames[:40] for last in surnames[:110]]
    quotes = extract("\n".join(lines))
    assert len(quotes) == len(lines) > PHRASE_CACHE
    assert len(mentions.SEGMENTS) < PHRASE_CACHE
    extract('"Kami siap," kata Budi Santoso.')
    assert 0 < len(mentions.SEGMENTS) < PHRASE_CACHE  # (a cache that is not full is kept)


def test_extractions_in_threads_leave_the_collector_on_when_the_last_ends():
    """One switch for the whole process: while any thread extracts it stays off, and the last
    one out turns it back on (each thread reading and setting it for itself once left it off
    for good: T1 off, T2 reads off, T1 back on, T2 off and never on)."""
    import gc
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from quotebook.extraction.pipeline import COLLECTOR_OFF

    assert gc.isenabled()
    COLLECTOR_OFF.enter()  # T1
    COLLECTOR_OFF.enter()  # T2, while T1 runs
    COLLECTOR_OFF.leave()  # T1 ends
    assert not gc.isenabled()  # T2 still extracts
    COLLECTOR_OFF.leave()  # T2 ends
    assert gc.isenabled()

    text = '"Jalan ini sudah lama rusak," kata warga Desa Sukamaju, Asep Sunandar.\n'
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (a thread switch as often as can be)
    try:
        with ThreadPoolExecutor(8) as pool:
            found = list(pool.map(lambda n: extract(text * (1 + n % 5)), range(400)))
    finally:
        sys.setswitchinterval(interval)
    assert gc.isenabled()
    assert all(q.speaker == "Asep Sunandar" for quotes in found for q in quotes)


def test_extraction_leaves_no_reference_cycles_behind():
    """With the collector off during extraction, what an article leaves in cycles would
    pile up in a loop that allocates nothing else: everything must be freed as soon as
    it is no longer used."""
    import gc

    text = (
        "Kepala Dinas Pekerjaan Umum Kota Bogor, Rina Marlina, meninjau jalan yang rusak di Desa Sukamaju.\n"
        '"Perbaikan kami mulai pekan depan," kata Rina.\n'
        "Ia menambahkan, anggaran sudah disiapkan.\n"
        '"Warga diminta bersabar," ujarnya.\n'
    )
    gc.collect()
    quotes = extract(text, indirect=True)
    assert gc.collect() == 0
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Rina Marlina", "Rina Marlina"]


# Two phrases of one article that read the same (`, Teguh Santoso` and `- Teguh Santoso`)
# share one Mention through the caches of phrases, which the stages compare by identity.
TAKEN_UP_AGAIN = (
    "Kritik datang dari Kepala Sekolah SMAN 10 Sentosa, Teguh Santoso.\n"
    "Hal itu berkat dukungan Menteri BUMN Hendro Saputro.\n"
    "- Kepala Sekolah SMAN 10 Sentosa, Teguh Santoso, mengatakan sekolah dibuka.\n"
    "Hendro kemudian memerintahkan anak buahnya.\n"
    '"Kami akan terus memantau," katanya.\n'
)


@pytest.mark.parametrize("short_of_full", [1, 2, 5, 40])
def test_an_articles_answer_does_not_depend_on_how_full_the_phrase_caches_are(short_of_full):
    from quotebook.extraction import mentions
    from quotebook.extraction.tokens import PHRASE_CACHE

    alone = [q.to_dict() for q in extract(TAKEN_UP_AGAIN)]
    for cache in (mentions.SEGMENT, mentions.SEGMENTS, mentions.WITH_NAME, mentions.ROLE_MENTION):
        cache.clear()
    for i in range(PHRASE_CACHE - short_of_full):  # (phrases of articles read before, as a batch leaves them)
        mentions.SEGMENT[f"filler {i}"] = None
        mentions.SEGMENTS[f"filler {i}"] = ((), None)
        mentions.WITH_NAME[(f"filler {i}", 0)] = Mention((f"Filler{i}",), None, text=f"Filler{i}")
        mentions.ROLE_MENTION[f"filler {i}"] = None
    assert [q.to_dict() for q in extract(TAKEN_UP_AGAIN)] == alone
