"""The rules of quotebook.names on their own: roles in names, short forms of a name."""
import pytest

from quotebook.names import short_form, split_role


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


# -- short forms of a name ----------------------------------------------------


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
