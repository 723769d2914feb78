"""The identity rules on their own: keys, roles in names, aliases stated in text, evidence, titles."""
import pytest

from quotebook.identity import (
    Person,
    TitleSeen,
    alias_links,
    best_title,
    clean_title,
    closest,
    expand_title,
    homonyms,
    join_evidence,
    same_office,
    short_form,
    speaker_key,
    split_role,
    suggestion,
)


# -- roles never stay in a name ----------------------------------------------


@pytest.mark.parametrize(
    "written, name, role",
    [
        ("Mensos Risma", "Risma", "Mensos"),
        ("Menkeu Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "Menkeu"),
        ("Presiden Joko Widodo", "Joko Widodo", "Presiden"),
        ("Wapres Ma'ruf Amin", "Ma'ruf Amin", "Wapres"),
        ("Gubernur Jawa Barat Ridwan Kamil", "Ridwan Kamil", "Gubernur Jawa Barat"),
        ("Kapolda Metro Jaya Irjen Fadil Imran", "Fadil Imran", "Kapolda Metro Jaya Irjen"),
        ("Kapolres Sleman AKBP Yuswanto Ardi", "Yuswanto Ardi", "Kapolres Sleman AKBP"),
        ("Wamenkeu Suahasil Nazara", "Suahasil Nazara", "Wamenkeu"),
        ("Jaksa Agung Burhanuddin", "Burhanuddin", "Jaksa Agung"),
        ("Menpan-RB Abdullah Azwar Anas", "Abdullah Azwar Anas", "Menpan-RB"),
        ("Wali Kota Surabaya Eri Cahyadi", "Eri Cahyadi", "Wali Kota Surabaya"),
        ("KH Ma'ruf Amin", "Ma'ruf Amin", "KH"),
        ("RI Joko Widodo", "Joko Widodo", "RI"),
    ],
)
def test_a_role_in_front_of_a_name_goes_to_the_role(written, name, role):
    assert split_role(written) == (name, role)


@pytest.mark.parametrize("written", ["Agung Laksono", "Kapau Fauziono", "Budi Gunadi Sadikin", "Wahyu Wibowo", "Kasim Arifin"])
def test_a_name_that_only_looks_like_a_role_is_kept_whole(written):
    assert split_role(written) == (written, "")


@pytest.mark.parametrize("written", ["Mensos", "Presiden", "Kapolda Metro Jaya", "Wakil Gubernur DKI Jakarta"])
def test_a_role_alone_is_no_name(written):
    assert split_role(written) == ("", written)


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


# -- aliases stated in an article ----------------------------------------------


TEXT = (
    "Presiden Joko Widodo (Jokowi) meresmikan bendungan itu. Menteri Sosial, Saifullah Yusuf, atau yang akrab "
    "disapa Gus Ipul, meninjau dapur umum. Calon wali kota Munafri 'Appi' Arifuddin berkampanye di pasar. "
    "Tersangka Rudi Hartono alias Rudi Gondrong ditangkap. Bambang Adi Santoso (BAS) membantah. "
    "Ketua Komisi Pemilihan Umum (KPU) Hasyim Asyari hadir. Hasyim Asyari (Jakarta) menyebut."
)


def test_the_stated_forms_of_an_alias_are_found_for_the_articles_speakers():
    names = ["Joko Widodo", "Saifullah Yusuf", "Munafri Arifuddin", "Rudi Hartono", "Bambang Adi Santoso", "Hasyim Asyari"]
    found = {(link.name, link.alias, link.how) for link in alias_links(TEXT, names)}
    assert found == {
        ("Joko Widodo", "Jokowi", "(...)"),
        ("Saifullah Yusuf", "Gus Ipul", "akrab disapa"),
        ("Munafri Arifuddin", "Appi", "'...'"),
        ("Rudi Hartono", "Rudi Gondrong", "alias"),
        ("Bambang Adi Santoso", "BAS", "(...)"),
    }


def test_a_link_keeps_the_words_that_state_it():
    (link,) = alias_links(TEXT, ["Joko Widodo"])
    assert link.context == "Joko Widodo (Jokowi)"


def test_initials_of_an_organisation_or_a_place_in_brackets_are_no_alias():
    assert alias_links("Kepala Badan Pusat Statistik (BPS) Amalia Adininggar (Jakarta) berkata.", ["Amalia Adininggar"]) == []
    assert alias_links("Ketua KPU Hasyim Asyari (KPU) berkata.", ["Hasyim Asyari"]) == []


def test_names_that_are_not_speakers_of_the_article_give_no_link():
    assert alias_links("Stasiun Bandung atau Kiaracondong ramai.", ["Joko Widodo"]) == []


# -- evidence ----------------------------------------------------------------


@pytest.mark.parametrize(
    "short, full, form",
    [
        ("sri mulyani", "sri mulyani indrawati", "the name words in order"),
        ("risma", "tri rismaharini", "a shortened name word"),
        ("jokowi", "joko widodo", "a nickname made of the name words"),
        ("bas", "bambang adi santoso", "the initials"),
        ("amin", "maruf amin", "one of the name words"),
        ("joko santoso", "joko widodo", None),
        ("mulyani sri", "sri mulyani indrawati", None),
        ("yanto", "yanto", None),
    ],
)
def test_short_forms(short, full, form):
    assert short_form(short, full) == form


def person(name, *titles):
    return Person(name, speaker_key(name), titles)


def test_a_one_word_name_joins_a_public_figure_only_with_the_same_office():
    minister = person("Tri Rismaharini", "Wali Kota Surabaya", "Menteri Sosial")
    assert join_evidence(person("Risma", "Mensos"), minister) == "a shortened name word; both Mensos"
    assert join_evidence(person("Risma"), minister) is None
    assert join_evidence(person("Risma", "warga Rungkut"), minister) is None


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
