"""The links an article states between a full name and its alias (quotebook.aliases)."""
from quotebook.aliases import alias_links


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
