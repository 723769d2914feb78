"""Dates (quotebook/dates.py): an article's date as ISO, and the bounds of --since and --until."""
import pytest

from quotebook import lexicon
from quotebook.dates import NotADate, date_bound, iso_date, months


def test_date_bounds():
    assert date_bound("2024-01", upper=True) > "2024-01-31"
    assert date_bound("2024-01", upper=True) < "2024-02"
    assert date_bound("2024", upper=False) == "2024"
    for bad in ("2024-13", "yesterday", "24-01-01", "2024-02-30"):
        with pytest.raises(NotADate, match="use YYYY, YYYY-MM or YYYY-MM-DD"):
            date_bound(bad, upper=False)


@pytest.mark.parametrize("given, iso", [
    ("2020-04-13T10:00:00+07:00", "2020-04-13"),
    ("13/04/2020", "2020-04-13"),
    ("13-4-2020", "2020-04-13"),
    ("Senin, 13 April 2020", "2020-04-13"),
    ("Kamis, 2 Pebruari 2023 14:05 WIB", "2023-02-02"),
    ("17 Agt. 2022", "2022-08-17"),
    ("1 Nopember 2021", "2021-11-01"),
    ("5 Desember 2024", "2024-12-05"),
    ("2024", "2024"),
    ("31 Februari 2024", None),
    ("13 Kemarin 2020", None),
    ("besok", None),
])
def test_iso_dates(given, iso):
    assert iso_date(given) == iso


def test_every_month_has_a_number_and_no_spelling_names_two_months():
    table = months()
    assert sorted(set(table.values())) == list(range(1, 13))
    assert len(table) == sum(len(entry.split()) - 1 for entry in lexicon.entries("months"))
    assert table["mei"] == table["may"] == 5
    assert all(name == name.lower() for name in table)
