"""`quotebook serve` over HTTP on 127.0.0.1: the index, a speaker's quotes, a search, the canned queries.

The server runs as a subprocess on a free port; every wait is bounded and the
server is always stopped.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotebook.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(base: str, path: str, **params) -> tuple[int, str]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def rows(base: str, path: str, **params) -> list[dict]:
    status, body = get(base, path + ".json", _shape="array", **params)
    assert status == 200, body[:500]
    return json.loads(body)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "berita.db"
    assert CliRunner().invoke(cli, ["ingest", str(SAMPLE), "--jobs", "1", "--db", str(db)]).exit_code == 0
    port = free_port()
    log = open(folder / "serve.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotebook", "serve", "--db", str(db), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"quotebook serve did not start: {log.read()[-2000:]}")
                time.sleep(0.2)
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def test_it_says_where_the_quotes_are_and_that_page_opens(server):
    base, log = server
    log.seek(0)
    said = [line for line in log.read().splitlines() if line.startswith("The quotes: ")]
    assert said == [f"The quotes: {base}/berita/quote_list (Ctrl-C stops the server)"]
    status, page = get(base, "/berita/quote_list")
    assert status == 200 and "Semoga penghargaan Paritrana" in page


def test_it_listens_on_loopback_only(server):
    base, log = server
    log.seek(0)
    assert "http://127.0.0.1:" in log.read()


def test_the_index_has_a_title_and_a_description(server):
    base, _ = server
    status, page = get(base, "/")
    assert status == 200
    assert "<title>quotebook" in page and "Direct quotations in Indonesian news" in page
    status, page = get(base, "/berita")
    assert status == 200 and "quote_list" in page and "what_did_they_say" in page


def test_quote_list_is_newest_first_with_article_titles_and_facets(server):
    base, _ = server
    quotes = rows(base, "/berita/quote_list")
    assert len(quotes) == 13
    dates = [q["date"] for q in quotes]
    assert dates == sorted(dates, reverse=True)
    # Every article has a title to show: its own, or the first words of its text.
    assert all(q["article"] for q in quotes)
    untitled = [q for q in quotes if q["article_id"] == "antara-bpjamsostek-semarang"]
    assert untitled and untitled[0]["article"].startswith("Semarang (ANTARA)") and untitled[0]["article"].endswith("…")
    status, page = get(base, "/berita/quote_list.json", _facet="speaker")
    facets = json.loads(page)["facet_results"]
    assert {"speaker", "outlet", "year"} <= set(facets)
    counts = {f["value"]: f["count"] for f in facets["speaker"]["results"]}
    assert counts["Imron Fatoni"] == 3 and counts["Ma'ruf Amin"] == 3 and counts["Jokowi"] == 1
    assert {f["value"] for f in facets["year"]["results"]} == {"2021", "2022", "2023", "2024"}


def test_a_speakers_quotes(server):
    base, _ = server
    quotes = rows(base, "/berita/quote_list", speaker="Ma'ruf Amin")
    assert [q["date"] for q in quotes] == ["2024", "2022-08-17", "2021-10-05"]
    assert {q["outlet"] for q in quotes} == {"ANTARA", "Liputan6", "Kompas.com"}


def test_full_text_search(server):
    base, _ = server
    quotes = rows(base, "/berita/quote_list", _search="tekstil")
    assert [q["speaker"] for q in quotes] == ["Imron Fatoni"]
    status, page = get(base, "/berita/quote_list", _search="tekstil")
    assert status == 200 and "pemutusan hubungan kerja" in page


def test_canned_queries(server):
    base, _ = server
    said = rows(base, "/berita/what_did_they_say", name="imron")
    assert [q["date"] for q in said] == ["2024", "2023-06-12", "2022-01-20"]
    assert all(q["speaker"] == "Imron Fatoni" for q in said)
    profile = rows(base, "/berita/speaker_profile", name="Ma'ruf")
    assert [(p["title"], p["quotes"]) for p in profile] == [
        ("Wakil Presiden Republik Indonesia", 1), ("Wakil Presiden", 2)
    ]
    assert rows(base, "/berita/what_did_they_say", name="nobody-of-that-name") == []


def test_serve_refuses_a_database_that_is_not_quotebooks(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n")
    result = CliRunner().invoke(cli, ["serve", "--db", str(other)])
    assert result.exit_code == 2 and result.stderr.strip() == f"Error: {other}: not an SQLite database"


def test_serve_says_when_the_port_is_taken_and_leaves_the_database_alone(tmp_path):
    """A port another server holds: one error line and exit 2, before anything starts or is written."""
    db = tmp_path / "q.db"
    CliRunner().invoke(cli, ["ingest", "--db", str(db), str(SAMPLE)])
    before = db.read_bytes()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", str(port)])
    assert (result.exit_code, result.output) == (
        2, f"Error: cannot listen on 127.0.0.1:{port}: the port is in use; choose another with --port\n"
    )
    assert db.read_bytes() == before  # (the views are added only once it can listen)
