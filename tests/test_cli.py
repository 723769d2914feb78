"""The command line on temporary databases: every command, every bad input, every bad database."""
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotebook import ingest as ingest_module
from quotebook.cli import cli
from quotebook.sources import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "antara-bpjamsostek-semarang.txt"
PFSA = SHARED / "eval" / "pfsa-dev.jsonl"

GIVEN = ["Budi", "Ida", "Agus", "Sri", "Dewi", "Rudi", "Wahyu", "Rina", "Hendra", "Lestari"]
FAMILY = ["Santoso", "Hartono", "Siregar", "Nasution", "Wibowo", "Lubis", "Gunawan", "Saragih", "Pohan", "Tanjung",
          "Sitompul", "Kusuma", "Halim", "Purba", "Manurung"]


def person(n):
    """A different two- or three-word name for every n < 2250."""
    given, rest = GIVEN[n % 10], n // 10
    middle = "" if rest < 15 else FAMILY[rest // 15 - 1] + " "
    return f"{given} {middle}{FAMILY[rest % 15]}"


def three_words(n):
    """A different three-word name for every n < 2250: none a short form of another."""
    return f"{GIVEN[n % 10]} {FAMILY[n // 10 % 15]} {FAMILY[n // 150]}"


SHORT = 'JAKARTA, KOMPAS.com - Harga beras naik.\n\n"Stok kami aman sampai akhir tahun," kata {name}.\n'


def run(*args, input=None, db=None):
    args = [str(a) for a in args]
    if db is not None:
        args += ["--db", str(db)]
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def rows(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def errors(result):
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def summary(result):
    return result.stderr.strip().splitlines()[-1]


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    return tmp_path / "q.db"


@pytest.fixture
def sample_db(db):
    result = run("ingest", SAMPLE, "--jobs", 1, db=db)
    assert result.exit_code == 0, result.output
    return db


# -- ingest ------------------------------------------------------------------


def test_ingest_the_bundled_sample_then_ask_for_a_speaker(sample_db):
    quotes = rows(run("quotes", "--speaker", "imron", "--json", db=sample_db))
    assert [(q["speaker"], q["date"], q["title"]) for q in quotes] == [
        ("Imron Fatoni", "2024", "Kepala Cabang BPJAMSOSTEK Semarang Majapahit"),
        ("Imron Fatoni", "2023-06-12", "Kepala Kantor Wilayah BPJAMSOSTEK Jawa Tengah dan DIY"),
        ("Imron Fatoni", "2022-01-20", "Kepala Cabang BPJAMSOSTEK Semarang Pemuda"),
    ]
    assert {q["outlet"] for q in quotes} == {"ANTARA"}
    # Three spellings of one person (KH Ma'ruf Amin, Ma'ruf Amin, Ma’ruf Amin), two people named Budi.
    speakers = {s["name"]: s for s in rows(run("speakers", "--json", db=sample_db))}
    assert speakers["Ma'ruf Amin"]["quotes"] == 3
    assert {"Budi Santoso", "Budi Hartono"} <= set(speakers)


def test_ingest_summary_and_reingest_changes_nothing(db):
    first = run("ingest", SAMPLE, db=db)
    assert summary(first) == "8 articles: 8 new, 0 unchanged, 0 replaced, 0 failed; 13 quotes stored, 9 new speakers"
    again = run("ingest", SAMPLE, "--jobs", 2, db=db)
    assert again.exit_code == 0
    assert summary(again) == "8 articles: 0 new, 8 unchanged, 0 replaced, 0 failed; 0 quotes stored, 0 new speakers"


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_text_under_two_ids_is_stored_once_and_counted_as_a_duplicate(tmp_path, jobs):
    # A feed that carries one article twice (another id, the same text): one article, said so;
    # in the same run (the writer decides it) and in a later one (the reader does).
    feed = tmp_path / "feed.jsonl"
    copy = dict(said_by(1, "Darmawan Sulistyo"), id="a1-copy")
    feed.write_text("".join(json.dumps(r) + "\n" for r in (said_by(1, "Darmawan Sulistyo"), copy, said_by(2, "Rina Wati"))))
    first = run("ingest", feed, "--jobs", jobs, db=tmp_path / "q.db")
    assert summary(first) == "3 articles: 2 new, 0 unchanged, 1 duplicate, 0 replaced, 0 failed; 2 quotes stored, 2 new speakers"
    again = run("ingest", feed, "--jobs", jobs, db=tmp_path / "q.db")
    assert summary(again) == "3 articles: 0 new, 2 unchanged, 1 duplicate, 0 replaced, 0 failed; 0 quotes stored, 0 new speakers"


@pytest.mark.skipif(not (SEED.exists() and PFSA.exists()), reason="../shared not beside the checkout")
def test_acceptance_seed_and_pfsa_dev(db):
    first = run("ingest", SEED, PFSA, "--jobs", 2, db=db)
    assert first.exit_code == 0, first.output
    (quote,) = rows(run("quotes", "--speaker", "imron", "--json", db=db))
    assert quote["speaker"] == "Imron Fatoni"
    assert quote["title"] == "Kepala Cabang BPJAMSOSTEK Semarang Majapahit"
    assert (quote["outlet"], quote["dateline"]) == ("ANTARA", "Semarang")
    assert quote["quote"].startswith("Semoga penghargaan Paritrana")
    counts = [len(rows(run(table, "--json", db=db))) for table in ("quotes", "speakers")]
    again = run("ingest", SEED, PFSA, db=db)
    assert " 0 new, 258 unchanged, 0 replaced, 0 failed; 0 quotes stored, 0 new speakers" in summary(again)
    assert [len(rows(run(table, "--json", db=db))) for table in ("quotes", "speakers")] == counts


def test_stored_article_has_metadata_from_the_text(sample_db):
    from quotebook.store import Store

    with Store(str(sample_db)) as store:
        seed = store.db["articles"].get("antara-bpjamsostek-semarang")
    assert (seed["outlet"], seed["dateline"], seed["reporter"], seed["editor"], seed["year"]) == (
        "ANTARA", "Semarang", "Nur Istibsaroh", "Mahmudah", 2024,
    )
    assert json.loads(seed["related"])[0] == "BPJAMSOSTEK Semarang Pemuda sosialisasikan Program ke PSM"


def test_changed_text_under_the_same_id_replaces_its_quotes(db, tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "n1", "text": SHORT.format(name="Budi Waseso")}) + "\n")
    run("ingest", source, db=db)
    source.write_text(json.dumps({"id": "n1", "text": SHORT.format(name="Bayu Krisnamurthi")}) + "\n")
    result = run("ingest", source, db=db)
    assert summary(result).startswith("1 article: 0 new, 0 unchanged, 1 replaced")
    assert [q["speaker"] for q in rows(run("quotes", "--json", db=db))] == ["Bayu Krisnamurthi"]
    assert [s["name"] for s in rows(run("speakers", "--json", db=db))] == ["Bayu Krisnamurthi"]


def test_standard_input_text_and_json_lines(db):
    assert run("ingest", "-", input=SHORT.format(name="Budi Waseso"), db=db).exit_code == 0
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": SHORT.format(name=n)}) for i, n in enumerate(["Ida Fauziyah", "Sri Mulyani"]))
    assert run("ingest", "-", input=lines, db=db).exit_code == 0
    assert sorted(s["name"] for s in rows(run("speakers", "--json", db=db))) == ["Budi Waseso", "Ida Fauziyah", "Sri Mulyani"]


def test_every_bad_file_or_line_gets_one_error_line_and_the_rest_is_stored(db, tmp_path):
    folder = tmp_path / "in"
    (folder / "deeper").mkdir(parents=True)
    (folder / "good.txt").write_text(SHORT.format(name="Budi Waseso"), encoding="utf-8")
    latin = SHORT.format(name="Andi Siregar") + "Harga caf\xe9 latte juga naik.\n"
    (folder / "deeper" / "latin.txt").write_bytes(latin.encode("cp1252"))
    (folder / "utf16.txt").write_bytes(SHORT.format(name="Sri Mulyani").encode("utf-16"))
    (folder / "unbalanced.txt").write_text('Kata dia "tidak pernah ditutup, dan "lagi.\n\n' + SHORT.format(name="Ida Fauziyah"))
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "garbage.txt").write_bytes(bytes(range(128, 256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"")
    with open(folder / "huge.txt", "r+b") as fh:
        fh.truncate(50 * 1024 * 1024)
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    lines = [
        json.dumps({"id": "j1", "text": SHORT.format(name="Erick Thohir")}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        '{"id": "j5", "text": "lone surrogate \\ud800 \\"Halo,\\" kata Budi Gunadi."}',
        json.dumps({"id": "j6", "text": SHORT.format(name="Bahlil Lahadalia")}),
    ]
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n")
    result = run("ingest", folder, tmp_path / "missing.txt", "--jobs", 2, db=db)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    got = sorted(errors(result))
    assert got == sorted(
        [
            f"Error: {folder}/binary.txt: binary file (NUL bytes), not text",
            f"Error: {folder}/broken.txt: broken symbolic link",
            f"Error: {folder}/empty.txt: empty file, no article in it",
            f"Error: {folder}/garbage.txt: invalid UTF-8 at byte 0, and not readable as Windows-1252 text either",
            f"Error: {folder}/huge.txt: too large for one article (50.0 MB, the limit is 5 MB); "
            "split it into articles, one a line of JSON Lines",
            f"Error: {folder}/lines.jsonl:2: not a JSON object: Unterminated string starting at column 22",
            f'Error: {folder}/lines.jsonl:3: no "text" string (its fields: "id", "title")',
            f"Error: {folder}/lines.jsonl:4: expected a JSON object, found an array",
            f'Error: {folder}/lines.jsonl:5: "text" holds \\ud800, half of a UTF-16 pair, which is not text',
            f"Error: {tmp_path}/missing.txt: no such file or directory",
        ]
    )
    at = latin.index("\xe9")
    assert f"Warning: {folder}/deeper/latin.txt: invalid UTF-8 at byte {at}; read as Windows-1252" in result.stderr
    assert summary(result) == ("15 articles: 6 new, 0 unchanged, 0 replaced, 9 failed; 6 quotes stored, 6 new speakers; "
                               "1 path not found")  # (missing.txt: no article; broken.txt, a file of the folder, is)
    stored = {q["article_id"].replace(folder.as_uri(), "") for q in rows(run("quotes", "--json", db=db))}
    assert stored == {"/good.txt", "/deeper/latin.txt", "/utf16.txt", "/unbalanced.txt", "j1", "j6"}


def test_extract_says_nothing_to_show_only_of_articles_it_read_without_error(tmp_path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Harga cabai naik lagi di Pasar Induk pekan ini.\n")
    (tmp_path / "empty").mkdir()

    missing = run("extract", tmp_path / "missing.txt")
    assert (missing.exit_code, missing.stderr) == (1, f"Error: {tmp_path}/missing.txt: no such file or directory\n")
    nothing = run("extract", tmp_path / "empty")
    assert (nothing.exit_code, nothing.stderr) == (
        1, f"Error: {tmp_path}/empty: no .txt, .jsonl, .json, .html, .htm or WARC file in it\n"
    )
    read = run("extract", quiet)
    assert (read.exit_code, read.stderr) == (0, "(nothing to show)\n")  # read, and no quote in it


def test_extract_of_a_folder_says_what_it_skipped_and_names_it_with_v(tmp_path):
    (tmp_path / "berita.txt").write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    (tmp_path / "foto.png").write_bytes(b"\x89PNG")
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4")
    quiet = run("extract", "--nl", tmp_path)
    assert quiet.exit_code == 0 and [json.loads(line)["speaker"] for line in quiet.stdout.splitlines()] == ["Budi Santoso"]
    assert quiet.stderr == "Note: 2 skipped: not an article format (.pdf, .png); -v names them\n"
    named = run("extract", "--nl", "-v", tmp_path)
    assert sorted(named.stderr.splitlines()) == [f"Skipped: {tmp_path}/foto.png: not an article format (.png)",
                                                 f"Skipped: {tmp_path}/laporan.pdf: not an article format (.pdf)"]
    assert named.stdout == quiet.stdout


def test_ingest_of_paths_that_are_all_missing_makes_no_database(tmp_path):
    """The wrong folder or a typo: an error for each path and no empty database left behind;
    with one path there, the missing one is an error and the rest is stored."""
    db = tmp_path / "q.db"
    none = run("ingest", tmp_path / "data" / "sample", tmp_path / "typo.jsonl", db=db)
    assert none.exit_code == 1
    assert errors(none) == [
        f"Error: {tmp_path}/data/sample: no such file or directory",
        f"Error: {tmp_path}/typo.jsonl: no such file or directory; nothing read, nothing stored",
    ]
    assert not db.exists() and list(tmp_path.iterdir()) == []
    good = tmp_path / "good.txt"
    good.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    some = run("ingest", tmp_path / "typo.jsonl", good, db=db)
    assert some.exit_code == 1 and errors(some) == [f"Error: {tmp_path}/typo.jsonl: no such file or directory"]
    assert [q["speaker"] for q in rows(run("quotes", "--json", db=db))] == ["Budi Santoso"]


def test_ingest_of_nothing_but_a_table_makes_no_database(tmp_path):
    """A CSV export is refused whole; when it is all that was given, the refusal ends the command
    before a database is made, as a missing path does."""
    db = tmp_path / "q.db"
    table = tmp_path / "artikel.csv"
    table.write_text('id,text\na1,"""Kami siap,"" kata Budi Santoso."\n')
    refused = run("ingest", table, db=db)
    assert refused.exit_code == 1
    assert errors(refused) == [
        f"Error: {table}: a CSV or TSV table, which is not read: write the articles as JSON Lines "
        '(one object a line with a "text" field) or Parquet; nothing read, nothing stored'
    ]
    assert not db.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["artikel.csv"]


def test_a_missing_path_is_an_error_and_no_article(tmp_path):
    """A typo beside a good path: its error and exit code 1, but the summary counts the
    articles read (a path that names nothing held none) and says apart that it was not found."""
    good = tmp_path / "good.txt"
    good.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    typo = tmp_path / "god.txt"
    stored = run("ingest", good, typo, db=tmp_path / "q.db")
    assert (stored.exit_code, errors(stored)) == (1, [f"Error: {typo}: no such file or directory"])
    assert summary(stored) == (
        "1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; 1 quote stored, 1 new speaker; 1 path not found"
    )
    extracted = run("extract", good, typo, "--nl")  # (extract counts nothing; its error and exit code are the same)
    assert (extracted.exit_code, errors(extracted)) == (1, [f"Error: {typo}: no such file or directory"])
    assert [json.loads(line)["speaker"] for line in extracted.stdout.splitlines()] == ["Budi Santoso"]


def test_a_file_named_as_a_folder_is_not_a_directory_not_missing(tmp_path):
    """`berita.txt/` (a shell completes a folder's slash; a file has none): the file is there,
    so the error says what is wrong with the path, not that nothing is there."""
    article = tmp_path / "berita.txt"
    article.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    db = tmp_path / "q.db"
    stored = run("ingest", f"{article}/", db=db)
    assert (stored.exit_code, errors(stored)) == (1, [f"Error: {article}/: not a directory; nothing read, nothing stored"])
    within = run("extract", article / "lagi.txt")
    assert (within.exit_code, within.stderr) == (1, f"Error: {article}/lagi.txt: not a directory\n")
    assert run("ingest", article, db=db).exit_code == 0
    for command in (["quotes"], ["ingest", article]):
        as_db = run(*command, db=f"{db}/")
        assert (as_db.exit_code, as_db.stderr) == (2, f"Error: {db}/: not a directory\n"), command


def test_a_database_named_as_a_folder_that_is_not_there_makes_nothing(tmp_path):
    """`--db nieuw/` (a folder's slash, no such folder): SQLite made a file `nieuw`, then said
    `not a directory` with exit code 1, and 2 the second time."""
    article = tmp_path / "berita.txt"
    article.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    named = f"{tmp_path / 'nieuw'}/"
    for command in (["ingest", article], ["ingest", article], ["quotes"]):
        result = run(*command, db=named)
        assert (result.exit_code, result.stderr) == (
            2, f"Error: {named}: names a folder (it ends with /), not a database file; give --db a file name\n"
        ), command
    assert not (tmp_path / "nieuw").exists()


def test_an_empty_listing_says_when_the_database_holds_nothing_yet(tmp_path):
    db = tmp_path / "q.db"
    from quotebook.store import Store

    Store(str(db), write=True, create=True).close()  # (as a run interrupted before its first article leaves it)
    for command in (["quotes"], ["speakers"], ["quotes", "--json"]):
        result = run(*command, db=db)
        assert (result.exit_code, result.stdout) == (0, "" if "--json" not in command else "[]\n")
        if "--json" not in command:
            assert result.stderr == (f"(nothing to show: {db} holds no article yet; "
                                     f"store some with: quotebook ingest PATH --db {db})\n")
    good = tmp_path / "good.txt"
    good.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    run("ingest", good, db=db)
    assert run("quotes", "--since", "2090", db=db).stderr == "(nothing to show)\n"


@pytest.mark.parametrize("text, kind", [
    ('{Catatan redaksi} Pameran dibuka hari ini.\n\n"Kami siap," kata Budi Santoso.\n', "JSON"),
    ('["Kami siap," kata Budi Santoso, Senin.]\n', "JSON"),
    ('WARC/ adalah nama folder arsip.\n\n"Kami siap," kata Budi Santoso.\n', "WARC"),
])
def test_a_text_piped_in_that_looks_like_json_or_warc_is_told_to_say_format_txt(text, kind):
    wrong = run("extract", "-", input=text)
    assert wrong.exit_code == 1
    hinted = [line for line in errors(wrong) if "--format" in line]
    assert len(hinted) == 1 and hinted[0].startswith("Error: <stdin>")
    assert hinted[0].endswith(f"(read as {kind} by how it starts; if it is a text, give --format txt)")
    right = run("extract", "--format", "txt", "--nl", "-", input=text)
    assert [json.loads(line)["speaker"] for line in right.stdout.splitlines()] == ["Budi Santoso"]


def test_json_lines_piped_in_get_no_hint_past_their_first_article():
    lines = '{"text": "\\"Kami siap,\\" kata Budi Santoso."}\n{broken\n'
    result = run("extract", "-", input=lines)
    assert errors(result) == ["Error: <stdin>:2: not a JSON object: Expecting property name enclosed in double quotes at column 2"]


def test_a_txt_file_that_holds_json_articles_is_read_as_json_with_a_warning(tmp_path):
    """A scraper's records saved as .txt (an object, pretty or not, an array, JSON Lines) would
    give their JSON as quotes if read as text; a text that opens with a brace is still a text."""
    record = {"url": "https://contoh.id/a", "title": "Harga naik",
              "text": 'Harga beras naik.\n\n"Kami siap menambah stok," kata Kepala Bulog Budi Santoso.'}
    other = {"id": "b2", "text": '"Stok cukup sampai Lebaran," kata Rina Wati.'}
    (tmp_path / "one.txt").write_text(json.dumps(record))
    (tmp_path / "pretty.txt").write_text(json.dumps({**record, "url": "https://contoh.id/b"}, indent=2))
    (tmp_path / "array.txt").write_text(json.dumps([{**record, "url": "https://contoh.id/c"}, other], indent=2))
    (tmp_path / "lines.txt").write_text(json.dumps({**record, "url": "https://contoh.id/d"}) + "\n" + json.dumps({**other, "id": "b3"}) + "\n")
    (tmp_path / "braces.txt").write_text('{Catatan} Harga naik.\n\n"Kami siap," kata Rina Wati.\n')
    (tmp_path / "almost.txt").write_text(json.dumps([{**other, "id": "b4"}, {"id": "b5", "content": "..."}], indent=2))
    result = run("extract", "--nl", tmp_path)
    assert result.exit_code == 1  # (the one bad record)
    got = sorted((q["article_id"], q["speaker"]) for q in map(json.loads, result.stdout.splitlines()))
    assert got == sorted([
        ("https://contoh.id/a", "Budi Santoso"), ("https://contoh.id/b", "Budi Santoso"),
        ("https://contoh.id/c", "Budi Santoso"), ("b2", "Rina Wati"),
        ("https://contoh.id/d", "Budi Santoso"), ("b3", "Rina Wati"), ("b4", "Rina Wati"),
        (f"{tmp_path.as_uri()}/braces.txt", "Rina Wati"),
    ])
    assert errors(result) == [f'Error: {tmp_path}/almost.txt:2: no "text" string (its fields: "id", "content")']
    warned = sorted(line for line in result.stderr.splitlines() if line.startswith("Warning: "))
    assert warned == sorted([f"Warning: {tmp_path}/{name}: holds JSON articles, read as JSON (name such a file .json)"
                             for name in ("one.txt:1", "pretty.txt", "array.txt:1", "lines.txt:1", "almost.txt:1")])


def test_a_record_without_text_says_what_it_holds_instead(tmp_path):
    article = {"id": "a1", "text": '"Kami siap," kata Budi Santoso.'}
    cases = {
        "number.json": ({"id": "n", "text": 5}, '"text" must be a string, found a number'),
        "wrapped.json": ({"status": "ok", "articles": [article]}, 'no "text" string; its "articles" is an array of '
                         "articles: give them as an array or as JSON Lines (jq -c '.articles[]' FILE > articles.jsonl)"),
        "fields.json": ({"title": "Banjir", "body": "...", "url": None}, 'no "text" string (its fields: "title", "body")'),
        "empty.json:1": ({}, 'no "text" string (an empty object)'),  # (`{}`, one line: JSON Lines)
    }
    for name, (record, _) in cases.items():
        (tmp_path / name.removesuffix(":1")).write_text(json.dumps(record, indent=2))
    result = run("extract", *(tmp_path / name.removesuffix(":1") for name in cases))
    assert errors(result) == [f"Error: {tmp_path}/{name}: {said}" for name, (_, said) in cases.items()]


def test_an_empty_json_file_is_one_error_and_the_rest_is_stored(tmp_path, db):
    """A zero-byte `.json`, one holding a byte order mark alone, or an empty `.json.gz` (a scraper
    that wrote nothing) is an error of its own, not a traceback that stops the run."""
    import gzip

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kosong.json").write_bytes(b"")
    (folder / "bom.json").write_bytes(b"\xef\xbb\xbf")
    (folder / "kosong.json.gz").write_bytes(gzip.compress(b""))
    (folder / "bom.jsonl").write_bytes(b"\xef\xbb\xbf\n")
    (folder / "berita.jsonl").write_text('{"id": "a1", "text": "\\"Kami siap,\\" kata Kepala Dinas Budi Santoso."}\n')
    result = run("ingest", folder, db=db)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert sorted(errors(result)) == sorted(f"Error: {folder}/{name}: empty file, no article in it"
                                            for name in ("kosong.json", "bom.json", "kosong.json.gz", "bom.jsonl"))
    assert [q["speaker"] for q in rows(run("quotes", "--json", db=db))] == ["Budi Santoso"]


def test_a_json_document_is_read_whole_and_a_table_refused(tmp_path, db):
    """An array of articles and an article object written over several lines (`json.dump(...,
    indent=2)`, as scrapers write one file an article) are read, named on the command line,
    found in a folder or piped; a CSV table is refused, not read as one text of its cells."""
    articles = [{"id": "a1", "text": '"Kami siap," kata Budi Santoso.'}, {"id": "a2", "text": '"Ya," ujar Rina Wati.'}]
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "array.json").write_text(json.dumps(articles, indent=2))
    (folder / "one.json").write_text(json.dumps({"id": "a3", "text": '"Tidak," kata Andi Wijaya.'}, indent=2))
    (folder / "lines.json").write_text(json.dumps({"id": "a4", "text": '"Bisa," kata Dewi Lestari.'}) + "\n")
    table = tmp_path / "articles.csv"
    table.write_text('id,text\na1,"""Kami siap,"" kata Budi Santoso."\n')

    result = run("extract", folder / "array.json", folder / "one.json", table, "--nl")
    assert result.exit_code == 1
    assert [(q["article_id"], q["speaker"]) for q in map(json.loads, result.stdout.splitlines())] == [
        ("a1", "Budi Santoso"), ("a2", "Rina Wati"), ("a3", "Andi Wijaya"),
    ]
    assert result.stderr.splitlines() == [
        f"Error: {table}: a CSV or TSV table, which is not read: write the articles as JSON Lines "
        '(one object a line with a "text" field) or Parquet',
    ]
    stored = run("ingest", folder, db=db)
    assert (stored.exit_code, summary(stored)) == (
        0, "4 articles: 4 new, 0 unchanged, 0 replaced, 0 failed; 4 quotes stored, 4 new speakers"
    )
    piped = run("extract", "-", "--nl", input=json.dumps(articles, indent=2))
    assert [json.loads(line)["speaker"] for line in piped.stdout.splitlines()] == ["Budi Santoso", "Rina Wati"]
    # A text that opens with a bracket is still a text.
    text = run("extract", "-", "--nl", input='[VIDEO] "Kami siap," kata Budi Santoso.\n')
    assert text.exit_code == 0 and json.loads(text.stdout)["speaker"] == "Budi Santoso"


def test_what_is_wrong_in_a_json_document_is_named_by_article(tmp_path, monkeypatch):
    """Each entry of an array that is no article gets its own error, `FILE:N`, and the others
    are read; a document that does not parse gets one error saying where; one too large to
    read whole is refused before it is parsed."""
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps([1, {"id": "a1", "text": '"Kami siap," kata Budi Santoso.'}, {"id": "a2"}, []], indent=1))
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "id": "a1",\n  "text": "x"\n')
    numeric = tmp_path / "numeric.json"
    numeric.write_text('{\n  "text": "x",\n  "n": ' + "9" * 5000 + "\n}\n")
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n")

    result = run("extract", mixed, broken, numeric, empty, "--nl")
    assert result.exit_code == 1
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Budi Santoso"]
    assert result.stderr.splitlines() == [
        f"Error: {mixed}:1: expected a JSON object, found a number",
        f'Error: {mixed}:3: no "text" string (its fields: "id")',
        f"Error: {mixed}:4: expected a JSON object, found an array",
        f"Error: {broken}: not a JSON document: Expecting ',' delimiter at line 4 column 1",
        f"Error: {numeric}: not a JSON document: a number of more than 4300 digits",
        f"Error: {empty}: an empty JSON array, no article in it",
    ]
    monkeypatch.setattr("quotebook.jsonl.MAX_JSON_DOCUMENT_BYTES", 64)
    big = run("extract", mixed, "--nl")
    assert (big.exit_code, big.stdout) == (1, "")
    assert big.stderr == (f"Error: {mixed}: too large for a JSON document (over 0 MB, read whole): "
                          "write its articles as JSON Lines, one a line (.jsonl)\n")


def test_gzipped_json_lines_are_read_as_they_unpack(tmp_path, db):
    """A corpus is often kept gzipped (`feed.jsonl.gz`): read a line at a time, in folders too;
    damaged data says after how many articles, and what came before it is kept."""
    import gzip

    people = ("Budi Santoso", "Rina Wati", "Andi Wijaya")
    lines = [json.dumps({"id": f"g{n}", "text": f'"Kami siap," kata {name}.'}) + "\n" for n, name in enumerate(people)]
    folder = tmp_path / "feeds"
    folder.mkdir()
    packed = gzip.compress("".join(lines).encode())
    (folder / "feed.jsonl.gz").write_bytes(packed)
    (folder / "one.json.gz").write_bytes(gzip.compress(json.dumps({"id": "g9", "text": '"Ya," ujar Rina Wati.'}, indent=2).encode()))
    damaged, other = tmp_path / "damaged.jsonl.gz", tmp_path / "plain.jsonl.gz"
    whole_lines = gzip.compress(("".join(lines) * 400).encode(), compresslevel=0)
    damaged.write_bytes(whole_lines[: len(whole_lines) // 2])
    other.write_text(lines[0])

    result = run("ingest", folder, db=db)
    assert (result.exit_code, summary(result)) == (  # (Rina Wati twice)
        0, "4 articles: 4 new, 0 unchanged, 0 replaced, 0 failed; 4 quotes stored, 3 new speakers"
    )
    broken = run("extract", damaged, other, "--nl")
    (first,) = broken.stderr.splitlines()
    read = int(first.removeprefix(f"Error: {damaged}: damaged gzip data after ").split()[0])
    assert 0 < read < 1200 and "articles: Compressed file ended before the end-of-stream marker" in first
    # (one quote an article, each kept; and a .jsonl.gz that is not gzipped is read as what it is)
    assert (broken.exit_code, len(broken.stdout.splitlines())) == (1, read + 1)
    # Piped (`curl ... | quotebook ingest -`), it is unpacked too, and read as what it holds.
    piped = run("extract", "-", "--nl", input=packed)
    assert [json.loads(line)["speaker"] for line in piped.stdout.splitlines()] == list(people)
    text = run("extract", "-", "--nl", input=gzip.compress('"Ya," kata Budi Santoso.\n'.encode()))
    assert json.loads(text.stdout)["speaker"] == "Budi Santoso"
    cut = run("extract", "-", "--nl", input=whole_lines[: len(whole_lines) // 2])
    assert cut.exit_code == 1 and cut.stderr.startswith("Error: <stdin>: damaged gzip data after ")


def test_a_file_named_gz_that_holds_no_gzip_data_is_one_error_saying_so(tmp_path, db):
    """A download that came back as the server's error page, or an archive packed by xz, under
    a .gz name: one line for the file, not `not a JSON object` for each line of the page or
    `binary file`. Articles saved unpacked under the name are still read as they are."""
    import lzma

    page = tmp_path / "feed.jsonl.gz"
    page.write_text("<html>\n<head><title>404 Not Found</title></head>\n<body>Not Found</body>\n</html>\n")
    packed = tmp_path / "arsip.json.gz"
    packed.write_bytes(lzma.compress(json.dumps({"id": "x1", "text": SHORT.format(name="Rina Wati")}).encode()))
    unpacked = tmp_path / "saved.jsonl.gz"
    unpacked.write_text(json.dumps({"id": "s1", "text": SHORT.format(name="Budi Santoso")}) + "\n")
    header = tmp_path / "header.jsonl.gz"  # (gzip's first two bytes, and then no gzip)
    header.write_bytes(b"\x1f\x8b\x63" + b"\x00" * 20)
    result = run("ingest", page, packed, unpacked, header, db=db)
    assert result.exit_code == 1
    assert errors(result) == [f"Error: {page}: not gzip-compressed data, though its name ends in .gz",
                              f"Error: {packed}: not gzip-compressed data, though its name ends in .gz",
                              f"Error: {header}: not gzip-compressed data: Unknown compression method"]
    assert summary(result) == "4 articles: 1 new, 0 unchanged, 0 replaced, 3 failed; 1 quote stored, 1 new speaker"


def test_the_files_macos_writes_beside_each_file_are_skipped_not_errors(tmp_path, db):
    """`._story.txt` (AppleDouble) stands beside every file copied from a Mac to a drive it does not own."""
    folder = tmp_path / "drive"
    folder.mkdir()
    (folder / "story.txt").write_text('"Kami siap," kata Budi Santoso.\n')
    (folder / "._story.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    # ... and the folders of a Mac's zip and of version control, which hold copies of the files
    for hidden in ("__MACOSX", ".git/objects"):
        (folder / hidden).mkdir(parents=True)
        (folder / hidden / "story.txt").write_text('"Kami siap," kata Budi Santoso.\n')
    result = run("ingest", folder, db=db)
    assert (result.exit_code, summary(result)) == (
        0, "1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; 1 quote stored, 1 new speaker; "
        "3 skipped: 2 macOS metadata (._*, __MACOSX), 1 hidden folder (.git)"
    )


def test_standard_input_on_a_terminal_says_how_to_end_it(tmp_path):
    """`quotebook extract -` typed at a terminal: a line says how to end the article, and
    Ctrl-D ends it; from a pipe nothing is said."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "quotebook", "extract", "-", "--nl"],
        stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    os.close(follower)
    os.write(leader, '"Kami siap," kata Budi Santoso.\n\x04'.encode())
    out, err = process.communicate(timeout=60)
    os.close(leader)
    assert process.returncode == 0
    assert err.decode().startswith("Reading an article from the terminal: type or paste it, then Ctrl-D")
    assert json.loads(out)["speaker"] == "Budi Santoso"
    assert "Reading an article" not in run("extract", "-", "--nl", input='"Ya," kata Budi.\n').stderr
    # Nothing typed: the one Ctrl-D ends it (a second read of a terminal would wait for another).
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "quotebook", "extract", "-", "--nl"],
        stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    os.close(follower)
    os.write(leader, b"\x04")
    out, err = process.communicate(timeout=60)
    os.close(leader)
    assert (process.returncode, out) == (1, b"")
    assert err.decode().splitlines()[-1] == "Error: <stdin>: empty file, no article in it"


def test_a_json_lines_file_stays_json_lines_unless_it_plainly_opens_a_document(tmp_path, monkeypatch):
    """A .jsonl file whose first line is a comment, or a part `split` cut mid-line, loses only
    that line (read as a document, it lost every article); gzip is unpacked whatever the
    name; UTF-16 JSON Lines, read whole, are bounded as a document is."""
    import gzip

    people = ("Budi Santoso", "Rina Wati")
    lines = [json.dumps({"id": f"a{n}", "text": f'"Kami siap," kata {name}.'}) for n, name in enumerate(people)]
    names = ("commented.jsonl", "part.jsonl", "packed.jsonl", "wide.jsonl")
    commented, part, packed, wide = (tmp_path / name for name in names)
    commented.write_text("# export of 2025-12-05\n" + "\n".join(lines) + "\n")
    part.write_text(lines[0][25:] + "\n" + lines[1] + "\n")
    packed.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    result = run("extract", commented, part, packed, "--nl")
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == [
        "Budi Santoso", "Rina Wati", "Rina Wati", "Budi Santoso", "Rina Wati"]
    assert result.stderr.splitlines() == [
        f"Error: {commented}:1: not a JSON object: Expecting value at column 1",
        f"Error: {part}:1: not a JSON object: Expecting value at column 1",
    ]
    monkeypatch.setattr("quotebook.jsonl.MAX_JSON_DOCUMENT_BYTES", 64)
    wide.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    assert run("extract", wide, "--nl").stderr == (
        f"Error: {wide}: too large for JSON Lines in UTF-16 or UTF-32 (over 0 MB, read whole): write them in UTF-8\n")


def test_an_array_whose_bracket_comes_alone_is_still_an_array(tmp_path):
    """A program that flushes `[` before the rest, or an array pasted at a terminal a line at
    a time: what has come first is only the bracket, and the stream is read on to tell."""
    articles = [{"id": "a1", "text": '"Kami siap," kata Budi Santoso.'}, {"id": "a2", "text": '"Ya," ujar Rina Wati.'}]
    process = subprocess.Popen(
        [sys.executable, "-m", "quotebook", "extract", "-", "--nl"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    process.stdin.write(b"[\n")
    process.stdin.flush()
    time.sleep(0.3)
    out, err = process.communicate(json.dumps(articles, indent=1)[1:].encode(), timeout=60)
    assert (process.returncode, err) == (0, b"")
    assert [json.loads(line)["speaker"] for line in out.decode().splitlines()] == ["Budi Santoso", "Rina Wati"]


def test_the_quotes_extract_json_prints_are_stored_as_extracted(tmp_path, db):
    """`extract --json` prints a JSON array of quote objects: piped to ingest, they are stored
    as they were extracted, each article known by its quotes, without extracting again; an
    article's quotes are one article wherever they stand (sorted by speaker, say)."""
    extracted = run("extract", SAMPLE / "articles.jsonl", "--json")
    by_speaker = json.dumps(sorted(json.loads(extracted.stdout), key=lambda q: q["speaker"] or ""), indent=1)
    stored = run("ingest", "-", input=by_speaker, db=db)
    assert (stored.exit_code, summary(stored)) == (
        0, "8 articles: 8 new, 0 unchanged, 0 replaced, 0 failed; 13 quotes stored, 9 new speakers"
    )
    keys = ("article_id", "quote", "start", "end", "speaker", "cue")
    got = [{k: q[k] for k in keys} for q in rows(run("quotes", "--json", "--limit", 100, db=db))]
    key = lambda q: (q["article_id"], q["start"])  # noqa: E731
    assert sorted(got, key=key) == sorted(({k: q[k] for k in keys} for q in json.loads(extracted.stdout)), key=key)
    # No quote found prints `[]`: nothing to store, as when `extract --nl` prints nothing.
    none = run("ingest", "-", input="[]\n", db=db)
    assert (none.exit_code, none.stderr.splitlines()[0]) == (1, "Error: <stdin>: an empty JSON array, no article in it")


def test_json_is_told_from_json_lines_and_text_however_it_comes(tmp_path, db):
    """The same bytes read alike as a .json file and piped; UTF-16 too; a document whose first
    line goes on below is one document; a truncated array keeps the entries before the break;
    a document's one decoding warning is said once; an object alone in its file is known by
    the file, so that its edited text replaces it, as a .txt article's does."""
    lines = [{"id": "a1", "text": '"Kami siap," kata Budi Santoso.'}, {"id": "a2", "text": '"Ya," ujar Rina Wati.'}]
    jsonl = "".join(json.dumps(line) + "\n" for line in lines)
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(jsonl.encode("utf-16"))
    compact = '{"id": "p3",\n "text": "\\"Tidak,\\" kata Andi Wijaya."}\n'

    def speakers(*args, **kw):
        result = run("extract", *args, "--nl", **kw)
        return [json.loads(line)["speaker"] for line in result.stdout.splitlines()], result.stderr.splitlines()

    assert speakers(utf16) == speakers("-", input=jsonl.encode("utf-16")) == (["Budi Santoso", "Rina Wati"], [])
    assert speakers("-", "--format", "json", input=jsonl) == (["Budi Santoso", "Rina Wati"], [])
    assert speakers("-", input=json.dumps(lines, indent=2).encode("utf-16")) == (["Budi Santoso", "Rina Wati"], [])
    assert speakers("-", input=compact) == (["Andi Wijaya"], [])
    assert speakers("-", input='["a"]') == ([], ["Error: <stdin>:1: expected a JSON object, found a string"])
    truncated = json.dumps(lines * 2, indent=1)[:-40]
    assert speakers("-", input=truncated) == (
        ["Budi Santoso", "Rina Wati", "Budi Santoso"],
        ["Error: <stdin>: not a JSON document: Expecting property name enclosed in double quotes at line 16 column 1 "
         "(the 3 entries before it read)"],
    )
    cafe = [dict(line, text=line["text"] + " Caf\u00e9.") for line in lines]
    latin = json.dumps(cafe, ensure_ascii=False).encode("cp1252")
    assert speakers("-", input=latin)[1] == ["Warning: <stdin>:1: invalid UTF-8 at byte 60; read as Windows-1252"]

    # What scrapers write, whatever they name it: a pretty object as .jsonl, and pretty objects
    # appended one after another (named FILE:N; those before a break kept).
    pretty = tmp_path / "story.jsonl"
    pretty.write_text(json.dumps(lines[0], indent=2))
    appended = tmp_path / "appended.json"
    appended.write_text("".join(json.dumps(line, indent=2) + "\n" for line in lines) + '{\n "id": "a3",')
    assert speakers(pretty, appended) == (
        ["Budi Santoso", "Budi Santoso", "Rina Wati"],
        [f"Error: {appended}: not a JSON document: Expecting property name enclosed in double quotes at line 10 "
         "column 13 (the 2 entries before it read)"],
    )

    story = tmp_path / "story.json"
    story.write_text(json.dumps({"text": '"Kami siap," kata Budi Santoso.'}, indent=2))
    run("ingest", story, db=db)
    story.write_text(json.dumps({"text": '"Kami siap sekali," kata Budi Santoso.'}, indent=2))
    assert summary(run("ingest", story, db=db)).startswith("1 article: 0 new, 0 unchanged, 1 replaced")

def test_ctrl_c_stops_cleanly_and_keeps_what_was_committed(db, monkeypatch):
    def articles_then_ctrl_c(paths, stdin=None, stdin_format="auto"):
        for i in range(5):
            yield Article(text=SHORT.format(name=person(i)), origin=f"a{i}", id=f"a{i}")
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "read_paths", articles_then_ctrl_c)
    monkeypatch.setattr(ingest_module, "BATCH_ARTICLES", 2)
    result = run("ingest", "-", "--jobs", 1, db=db)  # (the articles come from the monkeypatch)
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    assert errors(result) == [
        "Error: interrupted; stored so far: 4 articles: 4 new, 0 unchanged, 0 replaced, 0 failed; "
        "4 quotes stored, 4 new speakers. Run the same command again to finish."
    ]
    assert len(rows(run("quotes", "--json", db=db))) == 4


def test_no_progress_bar_when_stderr_is_not_a_terminal(db):
    result = run("ingest", SAMPLE, db=db)
    assert "Ingesting" not in result.output


def test_default_database_is_quotebook_db_in_the_cwd_or_quotebook_db_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTEBOOK_DB", raising=False)
    assert run("ingest", SAMPLE).exit_code == 0
    assert (tmp_path / "quotebook.db").exists()
    monkeypatch.setenv("QUOTEBOOK_DB", str(tmp_path / "other.db"))
    assert run("ingest", SAMPLE).exit_code == 0
    assert len(rows(run("speakers", "--json"))) == 9


def said_by(i, name, title="Kepala Dinas Pertanian Kabupaten Sukamaju", year=2020):
    return {"id": f"a{i}", "text": f'SUKAMAJU - Harga gabah turun pekan ini.\n\n"Panen {year} lebih besar '
                                    f'dari tahun lalu," kata {title} {name}.\n'}


def stored_rows(db) -> dict:
    """Every row of every table, ids included, and what the full-text indexes hold (the times aside)."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts_%' ORDER BY name"
        )]
        out = {}
        for table in tables:
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')
                       if c[1] not in ("ingested_at", "made_at")]
            picked = ", ".join(["rowid"] + [f'"{c}"' for c in columns])
            out[table] = conn.execute(f'SELECT {picked} FROM "{table}" ORDER BY rowid').fetchall()
    return out


def test_the_same_input_makes_the_same_store_whatever_the_number_of_workers(tmp_path, monkeypatch):
    # The join pass after each batch makes a store depend on where its batches end: here
    # whether the short form "Darmawan" is joined while "Darmawan Sulistyo" is its only
    # full form. A batch ends at the same article of the input whatever the workers, the
    # duplicates the reader skips as it goes counted; and the reader, whose view of the
    # store lags behind the writer's, leaves an article whose id is on its way to the writer
    # (a6, changed and changed back) for the writer to decide.
    monkeypatch.setattr(ingest_module, "BATCH_ARTICLES", 2)
    first = said_by(1, "Darmawan Sulistyo")
    lines = [
        first, said_by(2, "Rahmat Hidayanto", "Bupati"), first, said_by(3, "Darmawan", year=2024),
        said_by(4, "Darmawan Hartono"), said_by(6, "Rahmat Hidayanto", "Bupati", 2021),
        said_by(6, "Rahmat Hidayanto", "Bupati", 2022), said_by(6, "Rahmat Hidayanto", "Bupati", 2021),
        said_by(7, "Rahmat Hidayanto", "Bupati", 2023), {**said_by(3, "Darmawan", year=2024), "id": "a3-copy"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    stores, said = {}, {}
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        said[jobs] = [summary(run("ingest", path, "--jobs", jobs, db=db))]
        stores[jobs] = [stored_rows(db)]
        for again in ([], ["--again"]):  # the same input once more, and extracted again
            said[jobs].append(summary(run("ingest", path, "--jobs", jobs, *again, db=db)))
            stores[jobs].append(stored_rows(db))
    assert said[1] == said[2]
    assert said[1][0] == "10 articles: 6 new, 1 unchanged, 1 duplicate, 2 replaced, 0 failed; 8 quotes stored, 4 new speakers"
    assert stores[1] == stores[2]
    with sqlite3.connect(tmp_path / "jobs1.db") as conn:  # as one article after the other gives them
        assert conn.execute("SELECT quote FROM quotes WHERE article_id = 'a6'").fetchall() == [
            ("Panen 2021 lebih besar dari tahun lalu,",)
        ]
        assert conn.execute("SELECT name, quote_count FROM speakers ORDER BY id").fetchall() == [
            ("Darmawan Sulistyo", 2), ("Rahmat Hidayanto", 3), ("Darmawan Hartono", 1)
        ]  # "Darmawan" joined to the one full form in the batch it came in


@pytest.mark.parametrize("jobs", [1, 2])
def test_quote_lines_after_their_article_in_one_input_do_not_replace_its_text(tmp_path, jobs):
    # As when the article was stored by an earlier ingest: the writer decides it, in the
    # batch the reader had not seen written.
    article = tmp_path / "article.jsonl"
    article.write_text(json.dumps(said_by(1, "Darmawan Sulistyo")) + "\n")
    both = tmp_path / "both.jsonl"
    both.write_text(article.read_text() + run("extract", "--nl", article).stdout)
    result = run("ingest", both, "--jobs", jobs, db=tmp_path / "q.db")
    assert summary(result) == "2 articles: 1 new, 1 unchanged, 0 replaced, 0 failed; 1 quote stored, 1 new speaker"
    assert f"Warning: {both}:2: a1 is stored with its text, kept as it is" in result.stderr
    with sqlite3.connect(tmp_path / "q.db") as conn:
        assert conn.execute("SELECT text != '' FROM articles").fetchall() == [(1,)]


def test_quote_lines_of_one_article_apart_are_an_error_not_a_silent_replacement(tmp_path, db):
    """JSON Lines are read a line at a time: an article's quote lines after other articles'
    (extract --nl sorted by speaker) once replaced its earlier ones, the summary counting
    every quote as stored. Each such line is now an error saying to keep them together."""
    lines = run("extract", SAMPLE / "articles.jsonl", "--nl").stdout.splitlines()
    by_speaker = sorted(lines, key=lambda line: json.loads(line)["speaker"] or "")
    mixed = tmp_path / "by-speaker.jsonl"
    mixed.write_text("\n".join(by_speaker) + "\n")
    result = run("ingest", mixed, db=db)
    apart = [line for line in errors(result)]
    assert len(apart) == 5 and all("quote lines of one article must follow each other" in line for line in apart)
    stored = len(rows(run("quotes", "--json", "--limit", 100, db=db)))
    assert summary(result) == f"13 articles: 8 new, 0 unchanged, 0 replaced, 5 failed; {stored} quotes stored, 8 new speakers"
    # Kept together (sorted by article), every quote is stored.
    together = tmp_path / "by-article.jsonl"
    together.write_text("\n".join(sorted(lines, key=lambda line: json.loads(line)["article_id"])) + "\n")
    assert "13 quotes stored" in summary(run("ingest", together, db=tmp_path / "second.db"))


def test_two_ingests_at_once_on_one_database(db, tmp_path):
    parts = []
    for n in range(2):
        path = tmp_path / f"part{n}.jsonl"
        path.write_text(
            "".join(json.dumps({"id": f"p{n}-{i}", "text": SHORT.format(name=three_words(n * 150 + i))}) + "\n" for i in range(150))
            + "".join(json.dumps({"id": f"shared-{i}", "text": SHORT.format(name=three_words(300 + i))}) + "\n" for i in range(50))
        )
        parts.append(path)
    env = dict(os.environ, QUOTEBOOK_DB=str(db))
    command = [sys.executable, "-c", "from quotebook.cli import cli; cli()", "ingest", "--jobs", "1"]
    procs = [subprocess.Popen(command + [str(p)], env=env, stderr=subprocess.PIPE, text=True) for p in parts]
    outcomes = [(p.wait(timeout=60), p.stderr.read()) for p in procs]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert len(rows(run("quotes", "--json", db=db))) == 350
    assert len(rows(run("speakers", "--json", db=db))) == 350


# -- queries -------------------------------------------------------------------


def test_quotes_outputs(sample_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    table = run("quotes", "--speaker", "budi santoso", db=sample_db)
    assert table.exit_code == 0
    assert table.stdout.split("\n")[0].split() == ["id", "date", "speaker", "title", "quote", "outlet", "article_id"]
    assert "Budi Santoso" in table.stdout
    nl = run("quotes", "--source", "tempo", "--nl", db=sample_db)
    assert [json.loads(line)["outlet"] for line in nl.stdout.splitlines()] == ["Tempo", "Tempo"]
    csv = run("quotes", "--search", "kediri", "--csv", db=sample_db).stdout.splitlines()
    assert csv[0].startswith("id,date,speaker,title,quote,outlet,dateline,article_id")
    assert len(csv) == 2
    github = run("quotes", "--limit", "1", "--fmt", "github", db=sample_db).stdout
    assert github.startswith("|") and "| speaker " in github.splitlines()[0]
    dated = rows(run("quotes", "--since", "2022-03", "--until", "2022-12-31", "--json", db=sample_db))
    assert {q["date"] for q in dated} == {"2022-03-28", "2022-08-17"}
    month = rows(run("quotes", "--since", "2022-08", "--until", "2022-08", "--json", db=sample_db))
    assert {q["date"] for q in month} == {"2022-08-17"}  # a month, within itself


def test_a_backwards_date_range_is_an_error_not_an_empty_answer(sample_db):
    result = run("quotes", "--since", "2023", "--until", "2022-12-31", db=sample_db)
    assert result.exit_code == 2
    assert "2023 is after --until 2022-12-31" in result.output


def test_speakers_and_speaker_profile(sample_db):
    listing = run("speakers", "--search", "budi", db=sample_db)
    assert listing.stdout.split("\n")[0].split() == ["name", "quotes", "latest_title", "first_seen", "last_seen"]
    assert "Budi Hartono" in listing.stdout and "Budi Santoso" in listing.stdout
    assert len(rows(run("speakers", "--limit", 2, "--json", db=sample_db))) == 2
    profile = run("speaker", "imron", db=sample_db)
    assert profile.exit_code == 0
    assert profile.stdout.startswith("Imron Fatoni: 3 quotes, 2022-01-20 to 2024\n")
    for heading in ("Titles", "Outlets", "Latest quotes"):
        assert f"\n{heading}\n" in profile.stdout
    (data,) = rows(run("speaker", "KH Ma'ruf Amin", "--json", db=sample_db))
    assert data["name"] == "Ma'ruf Amin"
    assert data["quotes"] == 3
    assert {t["title"] for t in data["titles"]} == {"Wakil Presiden", "Wakil Presiden Republik Indonesia"}


def test_a_profile_says_unknown_for_articles_with_no_outlet(tmp_path):
    db = tmp_path / "q.db"
    (tmp_path / "catatan.txt").write_text(
        'Kepala Cabang BPJAMSOSTEK Semarang Majapahit Imron Fatoni hadir.\n\n"Kami siap melayani," kata Imron.\n'
    )
    assert run("ingest", SAMPLE, tmp_path / "catatan.txt", "--jobs", 1, db=db).exit_code == 0
    outlets = run("speaker", "imron", db=db).stdout.split("\nOutlets\n")[1].split("\n\n")[0].splitlines()
    assert sorted(line.split()[0] for line in outlets[2:]) == ["(unknown)", "ANTARA"]


def test_ambiguous_and_unknown_speakers_are_explained(sample_db):
    ambiguous = run("quotes", "--speaker", "budi", db=sample_db)
    assert ambiguous.exit_code == 1
    lines = ambiguous.stderr.splitlines()
    assert lines[0] == 'Error: "budi" matches 2 speakers; say which one:'
    assert [line.split(" (")[0] for line in lines[1:]] == ["  Budi Hartono", "  Budi Santoso"]
    assert lines[2].startswith("  Budi Santoso (1 quote, Kepala Dinas")
    unknown = run("speaker", "Susilo Bambang Yudhoyono", db=sample_db)
    assert (unknown.exit_code, unknown.stderr) == (1, f'Error: no speaker in {sample_db} matches "Susilo Bambang Yudhoyono"\n')
    unknown_spelling = run("unmerge", "Susilo Bambang Yudhoyono", db=sample_db)
    assert unknown_spelling.exit_code == 1
    assert unknown_spelling.stderr.startswith(f'Error: no speaker in {sample_db} is written "Susilo Bambang Yudhoyono";')


@pytest.mark.parametrize(
    "args, message",
    [
        (["--search", '"bantuan sosial'], "unbalanced double quote"),
        (["--search", "(cabai"], "unbalanced bracket: each ( needs its )"),
        (["--search", "NEAR(cabai bawang"], "unbalanced bracket: each ( needs its )"),
        (["--search", "AND OR"], 'not a valid full-text search (unexpected "AND")'),
        (["--search", ") cabai ("], "unbalanced bracket: a ) closes no ("),
        (["--search", "*"], "(* only ends a word, as in korup* for every word that starts so)"),
        (["--search", "cabai OR"], "(it ends where a word should follow)"),
        (["--search", "cabai AND NOT bawang"], "(unexpected NOT: NOT stands between two words, as in korupsi NOT suap)"),
        (["--since", "2022-13-01"], "is not a date"),
        (["--until", "kemarin"], "is not a date"),
        (["--limit", "-1"], "Error: Invalid value for '--limit' / '-n': -1 is less than 0"),
    ],
)
def test_bad_query_options_get_a_clear_message(sample_db, args, message):
    result = run("quotes", *args, db=sample_db)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "value", ["'; DROP TABLE quotes; --", '" OR 1=1 --', "NEAR(", "*", "x" * 10000, "speaker:budi", "\x00"]
)
def test_hostile_values_never_break_out(sample_db, value):
    for option in ("--speaker", "--search"):
        result = run("quotes", option, value, db=sample_db)
        assert result.exit_code in (0, 1, 2)
        assert "Traceback" not in result.output
    assert len(rows(run("quotes", "--json", db=sample_db))) == 13


# -- corrections ------------------------------------------------------------------


def test_merge_and_rename_survive_reingest(sample_db):
    merged = run("merge", "Joko Widodo", "jokowi", db=sample_db)
    assert (merged.exit_code, merged.stdout) == (0, "Merged Jokowi into Joko Widodo: moved 1 quote; Joko Widodo now has 2.\n")
    renamed = run("rename", "imron", "H. Imron Fatoni, S.E.", db=sample_db)
    assert (renamed.exit_code, renamed.stdout) == (0, "Renamed Imron Fatoni to H. Imron Fatoni, S.E..\n")
    assert run("ingest", SAMPLE, db=sample_db).exit_code == 0
    names = {s["name"]: s["quotes"] for s in rows(run("speakers", "--json", db=sample_db))}
    assert names["Joko Widodo"] == 2 and "Jokowi" not in names
    assert names["H. Imron Fatoni, S.E."] == 3
    assert len(rows(run("quotes", "--speaker", "jokowi", "--json", db=sample_db))) == 2


def test_correction_mistakes_exit_1(sample_db):
    same = run("merge", "imron", "Imron Fatoni", db=sample_db)
    assert same.exit_code == 1 and "already one speaker" in same.stderr
    taken = run("rename", "imron", "Budi Santoso", db=sample_db)
    assert taken.exit_code == 1 and "quotebook merge" in taken.stderr
    ambiguous = run("merge", "budi", "imron", db=sample_db)
    assert ambiguous.exit_code == 1 and "say which one" in ambiguous.stderr


# -- bad databases -------------------------------------------------------------------

READS = [["quotes"], ["speakers"], ["speaker", "imron"]]
WRITES = [["ingest", str(SAMPLE)], ["merge", "a", "b"], ["rename", "a", "b"]]


@pytest.mark.parametrize("command", READS + WRITES)
def test_a_file_that_is_not_sqlite_exits_2_untouched(tmp_path, command):
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 1000)
    before = digest(path)
    result = run(*command, db=path)
    assert (result.exit_code, result.stderr) == (2, f"Error: {path}: not an SQLite database\n")
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["notes.db"]


@pytest.mark.parametrize("command", READS)
def test_reading_a_missing_database_creates_nothing(tmp_path, command):
    result = run(*command, db=tmp_path / "none.db")
    assert result.exit_code == 2
    assert "no such database" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_database_in_a_missing_folder_is_not_suggested_for_ingest(tmp_path):
    # (a new user's walk: the suggested `quotebook ingest PATH --db ...` then failed on the folder)
    result = run("quotes", db=tmp_path / "nope" / "q.db")
    assert (result.exit_code, result.stderr) == (2, f"Error: {tmp_path}/nope/q.db: no such database, nor its folder {tmp_path}/nope\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("typed, meant", [("qoutes", "quotes"), ("speakr", "speaker"), ("ingst", "ingest")])
def test_a_mistyped_command_says_which_one_was_meant(typed, meant):
    result = CliRunner().invoke(cli, [typed])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Error: No such command '{typed}'. Did you mean '{meant}'?"


def test_a_command_like_no_other_gets_clicks_own_error():
    result = CliRunner().invoke(cli, ["zzz"])
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, "Error: No such command 'zzz'.")


def test_a_corrupt_database_exits_2_untouched(sample_db):
    data = bytearray(sample_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    sample_db.write_bytes(bytes(data))
    before = digest(sample_db)
    for command in READS[:1] + WRITES[:1]:
        result = run(*command, db=sample_db)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"Error: {sample_db}: ")
        assert digest(sample_db) == before


def test_a_read_only_database_cannot_take_writes(sample_db, monkeypatch):
    monkeypatch.setattr("quotebook.store.connection.os.access", lambda path, mode: mode == os.R_OK)  # as 0444; root would write anyway
    before = digest(sample_db)
    for command in WRITES:
        result = run(*command, db=sample_db)
        assert (result.exit_code, result.stderr) == (2, f"Error: {sample_db}: the database file is read-only\n")
    assert digest(sample_db) == before
    assert run("quotes", db=sample_db).exit_code == 0


def test_a_locked_database_exits_2(sample_db, monkeypatch):
    import sqlite3

    monkeypatch.setattr("quotebook.store.connection.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(sample_db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for command in (["quotes"], ["ingest", SAMPLE]):
            result = run(*command, db=sample_db)
            assert result.exit_code == 2
            assert "locked by another process" in result.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_listing_commands_start_without_the_heavy_imports():
    code = "import sys, quotebook.cli; print(sorted(m for m in ('sqlite_utils', 'tabulate', 'quotebook.store') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_dates_are_stored_as_iso_and_a_date_not_understood_is_a_warning(db, tmp_path):
    source = tmp_path / "dated.jsonl"
    dated = [("d1", "Senin, 13 April 2020"), ("d2", "2020-04-14T08:00:00+07:00"), ("d3", "15/04/2020"), ("d4", "kemarin sore")]
    source.write_text(
        "".join(json.dumps({"id": i, "date": d, "text": SHORT.format(name=person(n))}) + "\n" for n, (i, d) in enumerate(dated))
    )
    result = run("ingest", source, db=db)
    assert result.exit_code == 0
    assert f"Warning: {source}:4: date 'kemarin sore' not understood; stored without a date" in result.stderr
    assert [q["date"] for q in rows(run("quotes", "--json", db=db))] == ["2020-04-15", "2020-04-14", "2020-04-13", None]


def test_ingest_again_reextracts_stored_articles_and_changes_no_count(tmp_path):
    """After an upgrade, --again extracts unchanged articles once more, in place."""
    db = tmp_path / "q.db"
    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    first = CliRunner().invoke(cli, ["ingest", str(sample), "--db", str(db), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    before = sqlite3.connect(db).execute("SELECT count(*), sum(length(quote)) FROM quotes").fetchone()
    # An older extractor left a wrong speaker behind: --again puts the current one's result back.
    conn = sqlite3.connect(db)
    conn.execute("UPDATE quotes SET speaker_name = 'Salah Orang' WHERE id = 1")
    conn.commit()
    conn.close()
    again = CliRunner().invoke(cli, ["ingest", str(sample), "--db", str(db), "--jobs", "1", "--again"])
    assert again.exit_code == 0, again.output
    assert "0 new, 0 unchanged, 8 replaced, 0 failed" in again.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), sum(length(quote)) FROM quotes").fetchone() == before
    assert conn.execute("SELECT count(*) FROM quotes WHERE speaker_name = 'Salah Orang'").fetchone()[0] == 0
    plain = CliRunner().invoke(cli, ["ingest", str(sample), "--db", str(db), "--jobs", "1"])
    assert "0 new, 8 unchanged" in plain.output


@pytest.mark.parametrize("args", [["merge", "a", "b"], ["rename", "a", "b"]])
def test_corrections_never_create_a_database(tmp_path, args):
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert "no such database" in result.output
    assert not db.exists()


def test_a_query_command_imports_neither_the_extractor_nor_the_input_readers(sample_db):
    """`quotebook quotes` starts fast: only its own command module is imported, not the extraction
    core (nor its compiled-or-source check), the readers of input files, the identity rules' alias
    patterns, sqlite-utils, or what only other output formats and commands use."""
    code = (
        "import sys, click; before = set(sys.modules); from quotebook.cli import cli\n"  # (click itself imports signal on 3.10)
        "try: cli(sys.argv[1:], prog_name='quotebook')\n"
        "except SystemExit: pass\n"
        "heavy = ('quotebook.extraction', 'quotebook.sources', 'quotebook.commands.reading', 'quotebook.aliases',\n"
        "         'quotebook.ingest', 'sqlite_utils', 'multiprocessing', 'importlib.resources', 'hashlib',\n"
        "         'quotebook._compiled', 'glob', 'csv', 'signal', 'urllib.parse')\n"
        "print(sorted(m for m in heavy if m in sys.modules and m not in before), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, "quotes", "--speaker", "imron", "--limit", "1", "--db", str(sample_db)],
                          capture_output=True, text=True, check=True)
    assert "Imron" in done.stdout
    assert done.stderr.splitlines() == ["Note: 1 of 3 quotes shown; --limit N to see more, --all for all", "[]"]


def test_an_empty_file_alone_is_one_line_and_no_database(tmp_path):
    """The only input a file of no bytes (a scraper that wrote nothing): one error, and no
    empty database left behind, as for a missing file."""
    empty = tmp_path / "kosong.jsonl"
    empty.write_bytes(b"")
    db = tmp_path / "q.db"
    result = run("ingest", empty, db=db)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: {empty}: empty file, no article in it; nothing read, nothing stored"]
    assert not db.exists()
