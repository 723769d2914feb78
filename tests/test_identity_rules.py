"""The identity rules on their own: offices, evidence that two names are one person, titles."""
import pytest

from quotebook.identity import (
    Person,
    TitleSeen,
    best_title,
    clean_title,
    closest,
    expand_title,
    homonyms,
    join_evidence,
    same_office,
    suggestion,
)
from quotebook.names import speaker_key


# -- offices -------------------------------------------------------------------


def test_abbreviations_are_written_out_for_comparing_offices():
    assert expand_title("Mensos") == "Menteri Sosial"
    assert expand_title("Kapolda Papua") == "Kepala Kepolisian Daerah Papua"
    assert same_office("Mensos", "Menteri Sosial (Mensos)")
    assert same_office("Presiden", "Presiden Republik Indonesia")
    assert not same_office("Presiden", "Wakil Presiden")
    assert not same_office("Menteri Keuangan", "Menteri Sosial")
    assert not same_office("pedagang sayur", "pedagang sayur")  # a role, not an office
    assert same_office("Kepala Polda Jateng Irjen Pol", "Kapolda Jawa Tengah")
    assert same_office("Gubernur Jabar", "Gubernur Jawa Barat")


# -- evidence ----------------------------------------------------------------


def person(name, *titles):
    return Person(name, speaker_key(name), titles)


def test_a_one_word_name_joins_a_public_figure_only_with_the_same_office():
    minister = person("Tri Rismaharini", "Wali Kota Surabaya", "Menteri Sosial")
    assert join_evidence(person("Risma", "Mensos"), minister) == "a shortened name word; both Mensos"
    assert join_evidence(person("Risma"), minister) is None
    assert join_evidence(person("Risma", "warga Rungkut"), minister) is None


def test_a_one_word_name_sharing_only_an_office_word_with_the_full_name_is_someone_else():
    # `Direktur` opens both titles, but of two offices in two organisations
    ceo = person("Nugraha", "Direktur Utama Telkomsel")
    assert join_evidence(ceo, person("Dwi Januar Nugraha", "Direktur Jenderal Penegakan Hukum Kemenhut")) is None
    assert join_evidence(person("Wibowo", "Dirjen AHU Kemenkum"), person("Heru Wibowo", "Direktur Utama ASDP")) is None
    assert join_evidence(ceo, person("Dwi Januar Nugraha", "Dirut Telkomsel")) == "one of the name words; both Direktur Utama Telkomsel"


def test_a_parking_attendant_budi_is_not_the_minister_budi():
    minister = person("Budi Gunadi Sadikin", "Menteri Kesehatan")
    assert join_evidence(person("Budi", "juru parkir di Pasar Minggu"), minister) is None
    assert join_evidence(person("Budi"), minister) is None


def test_names_in_order_join_unless_their_offices_differ():
    full = person("Sri Mulyani Indrawati", "Menteri Keuangan")
    assert join_evidence(person("Sri Mulyani"), full) == "the name words in order"
    assert join_evidence(person("Sri Mulyani", "Menkeu"), full) == "the name words in order; both Menkeu"
    assert join_evidence(person("Sri Mulyani", "Kepala Desa Sukamaju"), full) is None


def test_joko_santoso_is_not_joko_widodo():
    assert join_evidence(person("Joko Santoso", "Presiden"), person("Joko Widodo", "Presiden")) is None
    assert join_evidence(person("Joko", "pedagang"), person("Joko Widodo", "Presiden")) is None


def test_a_stated_link_joins_unless_the_offices_differ():
    said = 'article a1: "Joko Widodo (Jokowi)"'
    assert join_evidence(person("Jokowi"), person("Joko Widodo", "Presiden"), said) == said
    assert join_evidence(person("Jokowi", "Gubernur Bali"), person("Joko Widodo", "Presiden"), said) is None


def test_two_traders_yanto_in_different_towns_are_two_people():
    assert homonyms(["pedagang sayur di Pasar Kliwon Kudus"], ["pedagang ikan di Pasar Baru Bogor"])
    assert homonyms(["pedagang di Kudus"], ["sopir angkot di Kudus"])
    assert not homonyms(["pedagang di Pasar Kliwon Kudus"], ["pedagang sayur di Kudus"])
    assert not homonyms(["pedagang di Kudus"], [])


def test_suggestions_name_their_evidence():
    assert suggestion(person("Rahmat Hidayat", "Ketua RT"), person("Rachmat Hidayat")) == "spelled nearly alike"
    assert suggestion(person("Budi"), person("Budi Gunadi Sadikin")) == "one of the name words"
    assert suggestion(person("Budi Santoso"), person("Agus Salim")) is None


# -- titles ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, clean",
    [
        ("Kepala Dinas Perhubungan DKI Jakarta, hari ini", "Kepala Dinas Perhubungan DKI Jakarta"),
        ("Keamanan", None),
        ("Besar", None),
        ("Kecamatan Moyudan", None),
        ("Komisaris Besar", "Komisaris Besar"),
        ("warga Kecamatan Cipondoh", "warga Kecamatan Cipondoh"),
        ("Menteri Sosial, Senin (12/4)", "Menteri Sosial"),
        ("JAKARTA, Presiden", "Presiden"),
        ("juru parkir di Pasar Minggu", "juru parkir di Pasar Minggu"),
        ("Deputi Bidang Kajian pada Lembaga Administrasi Negara", "Deputi Bidang Kajian pada Lembaga Administrasi Negara"),
        ("DKI Jakarta", None),
    ],
)
def test_title_noise_is_left_out(title, clean):
    assert clean_title(title) == clean


def test_the_latest_title_is_its_fullest_statement_not_the_last_fragment():
    seen = [
        TitleSeen("Wali Kota Surabaya", 10, "2020-05-01"),
        TitleSeen("Menteri Sosial Republik Indonesia", 1, "2021-01-04"),
        TitleSeen("Menteri Sosial", 3, "2021-03-01"),
        TitleSeen("Keamanan", 1, "2021-06-01"),
    ]
    assert best_title(seen) == "Menteri Sosial Republik Indonesia"
    assert best_title([TitleSeen("Keamanan")]) is None


def test_the_closest_names_ignore_accents_and_case():
    names = {1: "Anies Baswedan", 2: "Ma'ruf Amin", 3: "Airlangga Hartarto"}
    assert closest("anis baswedan", names)[0] == 1
    assert closest("MARUF AMIN", names)[0] == 2
    assert closest("Zzz Qqq", names) == []


def test_names_in_order_stay_apart_when_their_roles_differ():
    assert join_evidence(person("Ahmad Yani", "warga Cilandak"), person("Ahmad Yani Basuki", "Kapolres Bogor")) is None
    assert join_evidence(person("Ahmad Yani", "pedagang"), person("Ahmad Yani Basuki", "pedagang")) == "the name words in order"
