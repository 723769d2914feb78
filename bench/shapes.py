"""The adversarial shapes of text that once made extraction slow, shared by the
benchmark's robustness section and tests/test_robustness.py."""
from itertools import product

HEADLINE = "JAKARTA, KOMPAS.com - Warga mengeluhkan jalan rusak.\n"

# Shape: (what opens the text after the headline, a unit repeated to the size measured).
# The first seven are those tests/test_robustness.py runs at a megabyte; the next
# three are those issue 16 found quadratic, the others those found later.
SHAPES = {
    "a capitalised run after a cue": ('"Ya," kata ', "Budi Santoso Kepala Dinas "),
    "no spaces": ("", "KataBudiSantoso\u201cHalo\u201d,ujarnya."),
    "nested parentheses": ("", '("Ya," kata Budi '),
    "repeated kata X cues": ("", '"Ya," kata Kepala Dinas Budi Santoso.\n'),
    "repeated X: cues": ("", 'Budi: "Ya." '),
    "one unclosed mark": ('"', "Ini kalimat panjang tanpa penutup, kata Budi Santoso.\n"),
    "dense quote marks": ("", "\u201c\u201d\"'\u00ab\u00bb\u201e x\n"),
    "quoted fragments and cues, no sentence end": ("", "'x' kata '"),
    "capitalised run without spaces": ("", "KATA"),
    "abbreviations without end": ("", "kata Dr. H. Budi, "),
    # Each quote once looked through every place the article names its speaker.
    "one of two people quoted by first name": ("", 'Budi Santoso dan Budi Hartono hadir. "Ya," kata Budi.\n'),
    "a role cue, its holder named each time": ("", 'Presiden Joko Widodo hadir di sana. "Ya," kata Presiden.\n'),
    # Each quote counted the article's words to see whether a one-word name stood only there.
    "a one-word name described after each cue": ("", '"Ya," kata Budi tegas ini.\n'),
    # Each short name was compared with everyone sharing its first letter, and each quote
    # with every namesake: `{surname}` is a different invented surname each time.
    "many people sharing a first name": ("", 'Budi {surname} hadir. "Ya," kata Budi.\n'),
    # Found in the ninth session: each nickname, each description referring back, each reported
    # clause and each name a cue gives once looked through all those before it or the whole text.
    "a nickname said to be the speaker's, after each quote": ("", '"Ya," kata Cak Imin, sapaan akrabnya.\n'),
    "many holders of one role, each quoted as the role": (
        "", 'Kepala Desa Budi {surname} hadir. "Ya," kata sang kepala desa itu.\n'
    ),
    # Found in the tenth session: each description referring back, after many holders of its
    # role of whom one is quoted, read every holder to find two quoted.
    "many holders of one role, one of them quoted as the role": (
        "", 'Kepala Desa Budi {surname} hadir. Kepala Desa Andi Wijaya mengatakan hal itu. "Ya," kata kepala desa tersebut.\n'
    ),
    # ... and, a role's word in many others' titles (`Wakil Kepala Desa`, `Mantan Ketua RT`), each
    # description referring back read all their holders to find those it fits.
    "many deputies, each quote referring back to the head": (
        "", 'Wakil Kepala Desa Budi {surname} hadir. "Ya," kata kepala desa tersebut.\n'
    ),
    "many former heads of one body, each quote referring back to a former head of another": (
        "", 'Mantan Ketua RT Budi {surname} hadir. "Ya," kata mantan kepala desa itu.\n'
    ),
    # Each cue naming initials searched the whole text for where it spells them out, and
    # read every place it writes them in parentheses.
    "a cue naming initials the article never spells out": ("", '"Ya," kata AHY.\n'),
    "initials in parentheses after other words, each quoted by them": ("", 'Andi Budi (AHY) hadir. "Ya," kata AHY.\n'),
    "reported speech, one short paragraph after another": ("", "Budi Santoso mengatakan, jalan di desa itu rusak.\n"),
    "many people, each quoted by full name": ("", '"Ya," kata Dodi {surname}.\n'),
    # Found in the seventeenth session: each quote read every place of the name it went to;
    # each verb in a quoted phrase read the words of the rest of the text (--indirect).
    "a suspect named by initials before each pronoun cue": ("", 'Kini, Kakek S harus menanggung akibatnya. "Ya," pungkasnya. '),
    "quoted phrases with a verb in them": ("", 'Spanduk bertuliskan "Kami menolak tambang" dipasang warga.\n\n'),
    # ... each nickname and each slip of a name, in one endless paragraph, read to its end.
    "a nickname given again and again in one paragraph": (
        "", 'Ketua Umum PKB Rahmat Hidayat yang akrab disapa Cak Mamat menyampaikan sikap. "Kami siap," kata Mamat. '
    ),
    "a name and its slip, each quoted again and again in one paragraph": (
        "", 'Seorang pria bernama Darmono menjadi pawang hujan. "Itu tugas saya," kata Darmono. "Hujan pasti reda," kata Darmino. '
    ),
    # ... each reporting verb read its clause to the end of an endless line (--indirect) ...
    "reported clauses in one endless sentence": ("", "Budi Santoso mengatakan jalan di desa itu rusak parah dan harus segera diperbaiki, "),
    # ... and each passive with an agent `-nya` read every event found before it.
    "a passive with -nya after each named official, in one paragraph": (
        "", 'Bupati Bogor Rudi Hartono meminta bantuan kepada Menteri Sosial Agus Salim. Hal itu disampaikannya di pendopo. '
        '"Warga butuh beras," ujarnya. '
    ),
}


def surnames():
    """Invented surnames, all different: five syllables each (248,832 of them)."""
    syllables = ("ka", "ri", "mo", "tu", "sa", "ne", "di", "lo", "ha", "pu", "we", "go")
    for letters in product(syllables, repeat=5):
        yield "".join(letters).capitalize()


def shape_text(shape: str, size: int) -> str:
    """SIZE characters of the shape: the headline, its opening, then its unit again and again."""
    opening, unit = SHAPES[shape]
    head = HEADLINE + opening
    if "{surname}" in unit:
        body, length = [], len(head)
        for surname in surnames():
            if length >= size:
                break
            body.append(unit.format(surname=surname))
            length += len(body[-1])
        return (head + "".join(body))[:size]
    return head + (unit * (size // len(unit) + 1))[: size - len(head)]
