"""Speaker phrases (quotebook/extraction/phrases.py): the words after a cue verb
that name the speaker, and where they end."""
from __future__ import annotations

import pytest

from quotebook.extraction.phrases import read_speaker_phrase


@pytest.mark.parametrize(
    "after_cue,phrase",
    [
        pytest.param("Juru Bicara KPK Johan Budi di Jakarta, Jumat.", "Juru Bicara KPK Johan Budi", id="title-and-name"),
        pytest.param(
            "salah satu pedagang sayuran, Jonathan, di Pasar Minggu.",
            "salah satu pedagang sayuran, Jonathan", id="role-then-name-set-off",
        ),
        pytest.param("petugas keamanan di Kantor PSSI, Kamis.", "petugas keamanan di Kantor PSSI", id="role-and-place"),
        pytest.param("Ratna Dewi, ketua RT setempat, sambil tersenyum.", "Ratna Dewi, ketua RT setempat", id="name-then-role"),
        pytest.param("Kepala Daop 8 Surabaya Luqman Arif.", "Kepala Daop 8 Surabaya Luqman Arif", id="unit-number"),
        pytest.param("Menko Polhukam Mahfud MD.", "Menko Polhukam Mahfud MD", id="initials-end-the-paragraph"),
        pytest.param("dia saat ditemui di rumahnya.", "dia", id="pronoun"),
        pytest.param("bang Rahmat di pasar, Senin.", "Rahmat", id="form-of-address-in-lower-case"),
        pytest.param(
            "petugas Dinas Pangan, Perikanan dan Peternakan (DPPP), Suryani, di pameran.",
            "petugas Dinas Pangan, Perikanan dan Peternakan (DPPP), Suryani", id="list-of-units-then-abbreviation-then-name",
        ),
        pytest.param(
            "Plt. Kepala Dinas Perikanan Rudi Hartono di Sukamulya.", "Plt. Kepala Dinas Perikanan Rudi Hartono",
            id="role-abbreviation-with-its-period-before-the-office",
        ),
        pytest.param("Kapolres. Ia menambahkan patroli digelar.", "Kapolres", id="role-abbreviation-ending-the-sentence"),
        pytest.param(
            "Hendra Susanto selaku Managing Director Sentosa TV di Jakarta.",
            "Hendra Susanto selaku Managing Director Sentosa TV", id="selaku-then-an-office-in-english",
        ),
        pytest.param(
            "Menkeu. Gubernur Jawa Sentosa Rudi Hartono menambahkan.", "Menkeu",
            id="role-abbreviation-ending-the-sentence-before-an-office",
        ),
        pytest.param(
            "arkeolog paling terkenal di Mesir, Zahid Hamdan.", "arkeolog paling terkenal di Mesir, Zahid Hamdan",
            id="a-superlatives-adjective-is-no-verb",
        ),
        pytest.param(
            "pengusaha paling berpengaruh di Jawa Timur, Hendra Wijaya.",
            "pengusaha paling berpengaruh di Jawa Timur, Hendra Wijaya", id="paling-then-a-ber-adjective",
        ),
        pytest.param(
            "menteri paling berpengaruh di kabinet Presiden Prabowo Subianto.", "menteri paling",
            id="a-superlative-then-no-place-but-someone-elses-body-stops-as-before",
        ),
        pytest.param(
            "pemain paling terpukul atas kepergian pelatih Hendra Wijaya.", "pemain paling",
            id="a-superlative-whose-complement-names-someone-else-stops-as-before",
        ),
        # text tokenised word by word writes `Covid - 19`: one word, not a name `Covid` cut off
        pytest.param(
            "juru bicara Satgas Penanganan Covid - 19 Kabupaten Tegal, Joko Wantoro. Pekan lalu",
            "juru bicara Satgas Penanganan Covid-19 Kabupaten Tegal, Joko Wantoro", id="spaced-hyphen-before-a-number",
        ),
        pytest.param("Komandan Satgas Covid-19 Letkol Budi Santoso.", "Komandan Satgas Covid-19 Letkol Budi Santoso", id="hyphen"),
        pytest.param("pelatih Timnas U - 23, Dedi Kurniawan, di Jakarta.", "pelatih Timnas U-23, Dedi Kurniawan", id="before-a-comma"),
        pytest.param("Budi Santoso - warga setempat.", "Budi Santoso", id="a-dash-before-words-ends-it"),
        pytest.param("Kepala SMPN 4, Rudi Hartono - 45 tahun - yang ikut.", "Kepala SMPN 4, Rudi Hartono", id="a-dash-aside-ends-it"),
    ],
)
def test_the_phrase_after_a_cue_verb(after_cue, phrase):
    text = f'"Kami siap," kata {after_cue}'
    start = text.index(after_cue)
    got, end = read_speaker_phrase(text, start, len(text))
    assert got == phrase
    assert start < end <= len(text)


def test_the_phrase_stops_at_the_end_it_is_given():
    text = '"Kami siap," kata Kepala Dinas Kesehatan Budi Santoso.'
    start = text.index("Kepala")
    phrase, end = read_speaker_phrase(text, start, text.index(" Budi"))
    assert phrase == "Kepala Dinas Kesehatan"
    assert end <= text.index(" Budi")


def test_an_address_word_before_no_name_is_no_phrase():
    text = '"Kami siap," kata bang sayur di pasar.'
    assert read_speaker_phrase(text, text.index("bang"), len(text))[0] == ""


@pytest.mark.parametrize("after_cue, phrase", [
    # A reader's case: `pada` between a role and the body it works at ended the phrase before the name.
    ("peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy.", "peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy"),
    ("dosen pada Universitas Sentosa, Budi Santoso, Senin (5/1).", "dosen pada Universitas Sentosa, Budi Santoso"),
    # `pada` and a day, or after a name: time, after the speaker.
    ("peneliti pada Senin (5/1).", "peneliti"),
    ("Budi Santoso pada Lembaga Kajian, Senin.", "Budi Santoso"),
    # `pada` an authority: the one spoken to (a reviewer's case), not where the role works.
    ("pedagang pada Satgas Pangan, AKP Andi Saputra, saat sidak.", "pedagang"),
    ("korban pada Unit Reskrim Polsek Sukajadi, Aipda Joko Susilo.", "korban"),
    ("korban pada Lembaga Bantuan Hukum APIK, Ratna Batara Munti, yang mendampinginya.", "korban"),
    ("wali murid pada Sekolah Dasar Negeri 4 Sentosa, Kepala Sekolah Sri Wahyuni.", "wali murid"),
])
def test_pada_between_a_role_and_its_body_stays_in_the_phrase(after_cue, phrase):
    assert read_speaker_phrase(after_cue, 0, len(after_cue))[0] == phrase

