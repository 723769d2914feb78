"""Writing articles (quotebook/store/writes.py): idempotent, whole or not at all, speakers counted."""
import sqlite3

import pytest
from conftest import quote, record, write

from quotebook.model import Quote


def test_same_article_again_adds_nothing_and_changed_text_replaces_its_quotes(store):
    first = (record("a", "versi satu"), [quote("Satu", "Budi Santoso"), quote("Dua", "Budi Santoso")])
    assert write(store, first) == ["new"]
    assert write(store, first) == ["unchanged"]
    assert write(store, (record("copy", "versi satu"), first[1])) == ["duplicate"]
    assert store.counts() == {"articles": 1, "quotes": 2, "speakers": 1}
    assert write(store, (record("a", "versi dua"), [quote("Tiga", "Ida Fauziyah")])) == ["replaced"]
    assert [q["quote"] for q in store.quotes()] == ["Tiga"]
    # Budi lost his only quotes with the old text, and so his row.
    assert [s["name"] for s in store.speakers()] == ["Ida Fauziyah"]
    assert store.counts()["speakers"] == 1


def test_an_article_that_fails_midway_leaves_nothing_and_loses_nothing(store):
    write(store, (record("good", "baik"), [quote("Baik", "Budi Santoso")]))
    broken = Quote("Rusak", None, None, "Ida Fauziyah", None, None, "kata", "direct", 0)  # start NOT NULL
    with store.transaction():
        assert store.write_article(record("ok", "juga baik"), [quote("Juga", "Budi Santoso")]).outcome == "new"
        with pytest.raises(sqlite3.IntegrityError):
            store.write_article(
                record("bad", "rusak"), [quote("Sebelum", "Ida Fauziyah"), quote("Lagi", "Budi Santoso"), broken]
            )
    assert sorted(r["id"] for r in store.db["articles"].rows) == ["good", "ok"]
    assert {q["quote"] for q in store.quotes()} == {"Baik", "Juga"}
    assert [(s["name"], s["quotes"]) for s in store.speakers()] == [("Budi Santoso", 2)]  # the failed one's not counted


def test_one_speaker_across_articles_and_spellings_with_titles_over_time(store):
    write(
        store,
        (record("a", "a", date="2021-10-05"), [quote("Satu", "Ma'ruf Amin", "Wakil Presiden")]),
        (record("b", "b", year=2024), [quote("Dua", "Ma’ruf Amin", "Wakil Presiden Republik Indonesia")]),
        (record("c", "c", date="2019-01-02"), [quote("Tiga", "KH Ma'ruf Amin", "Ketua Umum MUI")]),
        (record("d", "d", date="2022-01-01"), [quote("Empat", "Budi Santoso"), quote("Lima", "Budi Hartono")]),
    )
    (maruf,) = store.find_speakers("maruf amin")
    assert maruf["name"] == "Ma'ruf Amin"
    assert (maruf["quote_count"], maruf["first_seen"], maruf["last_seen"]) == (3, "2019-01-02", "2024")
    assert maruf["latest_title"] == "Wakil Presiden Republik Indonesia"
    profile = store.profile("Ma’ruf")
    assert [(t["title"], t["first_seen"], t["last_seen"]) for t in profile["titles"]] == [
        ("Wakil Presiden Republik Indonesia", "2024", "2024"),
        ("Wakil Presiden", "2021-10-05", "2021-10-05"),
        ("Ketua Umum MUI", "2019-01-02", "2019-01-02"),
    ]
    assert profile["aliases"] == ["Ma’ruf Amin"]  # a name is stored bare: KH goes with the title
    assert [q["quote"] for q in profile["latest_quotes"]] == ["Dua", "Satu", "Tiga"]
    assert store.counts()["speakers"] == 3
