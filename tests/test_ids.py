"""Article ids (quotebook.ids): distinct inputs never share one, and ids that are not strings are refused."""
import json
import os
import sqlite3
from contextlib import closing

import pytest
from conftest import invoke

from quotebook.ids import article_id, content_hash

SAID = '"Stok beras aman sampai Lebaran," kata {name}, Kepala Bulog Jawa Tengah.\n'


def stored_ids(db):
    with closing(sqlite3.connect(db)) as conn:
        return sorted(row[0] for row in conn.execute("SELECT id FROM articles"))


def ingest(*args):
    return invoke("ingest", *args, "--jobs", 1)


def test_the_id_rule():
    text_hash = content_hash("Teks.")
    assert article_id(given="kompas-123", path=None, text_hash=text_hash) == "kompas-123"
    assert article_id(given="file:///x/a.txt", path=None, text_hash=text_hash) == "json:file:///x/a.txt"
    assert article_id(given="json:a", path=None, text_hash=text_hash) == "json:json:a"
    assert article_id(given=None, path="/berita/a b.txt", text_hash=text_hash) == "file:///berita/a%20b.txt"
    assert article_id(given=None, path=None, text_hash=text_hash) == "sha256:" + text_hash[:32]


def test_file_names_that_print_alike_are_different_articles(tmp_path):
    folder = tmp_path / "berita"
    folder.mkdir()
    # A name holding the byte 0xff, and one holding the four characters \xff: both print as a\xff.txt.
    raw = os.path.join(os.fsencode(folder), b"a\xff.txt")
    with open(raw, "wb") as fh:
        fh.write(SAID.format(name="Budi Santoso").encode())
    (folder / "a\\xff.txt").write_text(SAID.format(name="Ida Fauziyah"))
    db = tmp_path / "q.db"
    assert "2 new" in ingest(folder, "--db", db).stderr
    assert stored_ids(db) == [folder.as_uri() + "/a%5Cxff.txt", folder.as_uri() + "/a%FF.txt"]
    assert ingest(folder, "--db", db).stderr.startswith("2 articles: 0 new, 2 unchanged, 0 replaced")


def test_a_json_id_that_names_a_file_does_not_replace_that_files_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(SAID.format(name="Budi Santoso"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(
        json.dumps({"id": given, "text": SAID.format(name=name)}) + "\n"
        for given, name in ((str(article), "Ida Fauziyah"), (article.as_uri(), "Agus Hartono"))
    ))
    db = tmp_path / "q.db"
    assert "3 new" in ingest(article, feed, "--db", db).stderr
    assert stored_ids(db) == sorted([str(article), article.as_uri(), "json:" + article.as_uri()])
    assert "0 new, 3 unchanged, 0 replaced" in ingest(article, feed, "--db", db).stderr
    speakers = invoke("speakers", "--nl", "--db", db).stdout
    assert all(name in speakers for name in ("Budi Santoso", "Ida Fauziyah", "Agus Hartono"))


@pytest.mark.parametrize("given, kind", [
    ('"id": 1', 'a number: write it in quotes, "id": "1"'), ('"id": {"x": 1}', "an object"), ('"id": ["a"]', "an array"),
    ('"id": true', "true or false"), ('"url": 2024', 'a number: write it in quotes, "url": "2024"'),
])
def test_an_id_that_is_not_a_string_is_refused_with_one_line(tmp_path, given, kind):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "1", "text": SAID.format(name="Budi Santoso")}) + "\n"
        + "{" + given + ', "text": ' + json.dumps(SAID.format(name="Ida Fauziyah")) + "}\n"
    )
    db = tmp_path / "q.db"
    result = ingest(feed, "--db", db)
    assert result.exit_code == 1
    field = given.split('"')[1]
    assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [
        f'Error: {feed}:2: "{field}" must be a string, found {kind}'
    ]
    assert stored_ids(db) == ["1"]  # the string "1" is stored; the number 1 was not taken for it


def test_a_page_given_as_html_with_an_id_that_is_not_a_string_is_refused(tmp_path):
    feed = tmp_path / "pages.jsonl"
    page = "<html><body><p>" + SAID.format(name="Budi Santoso") + "</p></body></html>"
    feed.write_text(json.dumps({"id": 7, "html": page}) + "\n")
    result = ingest(feed, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert f'Error: {feed}:1: "id" must be a string, found a number: write it in quotes, "id": "7"' in result.stderr.splitlines()
