"""Dates (quotebook/dates.py): an article's date as ISO, and the bounds of --since and --until."""
import pytest

from quotebook import lexicon
from quotebook.dates import NotADate, date_bound, iso_date, months


def test_date_bounds():
    assert date_bound("2024-01", upper=True) > "2024-01-31"
    assert date_bound("2024-01", upper=True) < "2024-02"
    assert date_bound("2024", upper=False) == "2024"
    for bad in ("yesterday", "24-01-01", "2023-01-1999", "2023-05-011", "2023-01-01 to 2023-03-01",
                "2022-03-28garbage", "20230501T1015"):
        with pytest.raises(NotADate, match="use YYYY, YYYY-MM or YYYY-MM-DD"):
            date_bound(bad, upper=False)
    for no_such_day in ("2024-13", "2024-02-30"):  # (the form is right)
        with pytest.raises(NotADate, match="is not a date: there is no such month or day"):
            date_bound(no_such_day, upper=False)


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
    ("2023/05/01", "2023-05-01"),
    ("2023.05.01 08:30", "2023-05-01"),
    ("20230501", "2023-05-01"),
    ("20230501T101500Z", "2023-05-01"),
    ("May 1, 2023", "2023-05-01"),
    ("Monday, May 1, 2023", "2023-05-01"),
    ("Mon, 01 May 2023 10:00:00 +0700", "2023-05-01"),
    ("2023/05-01", None),
    ("20231301", None),
    ("202305011", None),
    ("Kemarin 1, 2023", None),
    ("20230501123000", "2023-05-01"),
    ("2023-01-1999", None),
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


def test_a_date_not_understood_is_stored_without_one_and_the_warning_names_the_forms_read(tmp_path):
    from click.testing import CliRunner

    from quotebook.cli import cli
    from quotebook.dates import DATE_FORMS

    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"id": "a", "date": "2023/05/01", "text": "\\"Kami siap,\\" kata Budi Santoso."}\n'
        '{"id": "b", "date": "pekan lalu", "text": "\\"Kami juga,\\" kata Rina Wati."}\n'
    )
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 0, result.output
    assert f"a.jsonl:2: date 'pekan lalu' not understood; stored without a date (dates read: {DATE_FORMS})" in result.output
    assert "a.jsonl:1" not in result.output
    listed = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "q.db"), "--since", "2023-05", "--tsv"])
    assert "Budi Santoso" in listed.output and "Rina Wati" not in listed.output
    for since, until in (("2023/05/01", "1 Mei 2023"), ("May 1, 2023", "20230501")):  # (the forms ingest reads)
        same_day = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "q.db"), "--since", since, "--until", until, "--tsv"])
        assert same_day.exit_code == 0 and "Budi Santoso" in same_day.output, same_day.output
    wrong = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "q.db"), "--since", "pekan lalu"])
    assert wrong.exit_code == 2 and "'pekan lalu' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (or a day as 2023/05/01;" in wrong.output
