"""At home in a terminal: tables that fit COLUMNS, pipe formats one line a record, streaming,
the 20-row cut, `show`, -h and examples, `evaluate -` and progress on standard input."""
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quotebook.cli import cli
from quotebook.output import FIRST_ROWS, Table, emit, output_options

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
ARTICLES = SAMPLE / "articles.jsonl"
WIDTHS = (80, 200)

GIVEN = ["Budi", "Ida", "Agus", "Sri", "Dewi", "Rudi", "Wahyu", "Rina", "Hendra", "Lestari"]
FAMILY = ["Santoso", "Hartono", "Siregar", "Nasution", "Wibowo", "Lubis"]
ARTICLE = (
    "JAKARTA, KOMPAS.com - Harga beras di Pasar Induk Cipinang naik untuk pekan ketiga berturut-turut.\n\n"
    '"Stok kami aman sampai akhir tahun, tetapi harga di tingkat petani memang sedang tinggi," '
    "kata {name}, Kepala Bidang Distribusi Pangan Dinas Ketahanan Pangan DKI Jakarta.\n"
)


def run(*args, db=None, input=None):
    args = [str(a) for a in args] + (["--db", str(db)] if db else [])
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


@pytest.fixture
def sample_db(tmp_path):
    db = tmp_path / "q.db"
    assert run("ingest", SAMPLE, "--jobs", 1, db=db).exit_code == 0
    return db


@pytest.fixture
def many_db(tmp_path):
    """30 articles of one quote each, by 30 people, dated one day apart."""
    db = tmp_path / "many.db"
    lines = [
        json.dumps({"id": f"berita-{i}", "date": f"2023-03-{i + 1:02d}",
                    "text": ARTICLE.format(name=f"{GIVEN[i % 10]} {FAMILY[i // 10]}")})
        for i in range(30)
    ]
    assert run("ingest", "-", "--jobs", 1, db=db, input="\n".join(lines) + "\n").exit_code == 0
    return db


def listings(db, tmp_path):
    """Every listing command, on the sample database or its files."""
    seed_dir = tmp_path / "folder" / "deeper"
    seed_dir.mkdir(parents=True)
    first = ARTICLES.read_text(encoding="utf-8").splitlines()[0]
    (seed_dir / "antara-bpjamsostek-semarang.txt").write_text(json.loads(first)["text"], encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": json.loads(first)["text"], "source": "ANTARA", "quotes": []}) + "\n")
    return [
        ["quotes", "--db", db],
        ["quotes", "--search", "pekerja", "--db", db],
        ["speakers", "--db", db],
        ["speaker", "ma'ruf amin", "--db", db],
        ["extract", seed_dir.parent],
        ["extract", ARTICLES],
        ["evaluate", gold],
        ["show", "1", "--db", db],
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_listing_fits_the_width(sample_db, tmp_path, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    for args in listings(sample_db, tmp_path):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        lines = result.stdout.splitlines()
        assert len(lines) > 2, args
        assert max(len(line) for line in lines) <= width, (args, [x for x in lines if len(x) > width])


def test_a_terminal_that_reports_no_width_gets_the_default_width(sample_db, tmp_path, monkeypatch):
    """`script` and some serial consoles report 0 columns: tables as wide as with no terminal."""
    from quotebook import table

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(table.os, "get_terminal_size", lambda fd: os.terminal_size((0, 24)))
    assert table.terminal_width() == table.FALLBACK_WIDTH
    result = run("show", "1", "--db", sample_db)
    assert result.exit_code == 0 and max(len(line) for line in result.stdout.splitlines()) > 20, result.output


def test_at_80_columns_the_quote_keeps_its_room_and_every_word(sample_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    table = run("quotes", "--speaker", "imron", db=sample_db).stdout
    header, _, *body = table.splitlines()
    assert header.split()[:5] == ["id", "date", "speaker", "title", "quote"] and "article_id" not in header
    start = header.index("quote")
    end = header.index("outlet") if "outlet" in header else None
    assert (end or 80) - start >= 28
    quotes = json.loads(run("quotes", "--speaker", "imron", "--json", db=sample_db).stdout)
    column = " ".join(line[start:end] for line in body).split()
    assert column == " ".join(q["quote"] for q in quotes).split()  # wrapped, not one word cut


def test_at_200_columns_more_columns_and_article_ids_as_file_names(sample_db, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    header = run("quotes", db=sample_db).stdout.splitlines()[0].split()
    assert header == ["id", "date", "speaker", "title", "quote", "outlet", "article_id"]
    nested = tmp_path / "a" / "b" / "c"
    nested.mkdir(parents=True)
    (nested / "berita.txt").write_text(ARTICLE.format(name="Budi Santoso"), encoding="utf-8")
    table = run("extract", tmp_path / "a").stdout
    assert table.splitlines()[0].split() == ["article_id", "quote", "speaker", "title", "cue"]
    assert table.splitlines()[2].startswith("berita.txt ")
    assert str(nested) not in table
    nl = json.loads(run("extract", tmp_path / "a", "--nl").stdout.splitlines()[0])
    assert nl["article_id"] == (nested / "berita.txt").as_uri()  # machine-readable outputs keep the whole id


def test_wide_shows_every_column_in_full(sample_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("quotes", "--speaker", "imron", "--limit", "1", "--wide", db=sample_db).stdout.splitlines()
    from quotebook.commands.queries import STORED_QUOTE_COLUMNS

    assert lines[0].split() == list(STORED_QUOTE_COLUMNS)
    assert len(lines) == 3 and len(lines[2]) > 200


# -- pipe formats -------------------------------------------------------------

RECORDS = [
    {"id": 1, "quote": "Baris pertama,\nbaris kedua\tdengan tab", "speaker": "Budi Santoso"},
    {"id": 2, "quote": "Jalan\\tol bukan tab,\r\nlalu\n\nkosong", "speaker": None},
    {"id": 3, "quote": "Satu baris saja", "speaker": "Ida Fauziyah"},
]


@click.command()
@output_options
def listing(as_json, as_nl, as_csv, fmt):
    emit(RECORDS, ("id", "quote", "speaker"), as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt,
         table=Table(("id", "quote", "speaker"), wrap=("quote",)))


@pytest.mark.parametrize("args", [["--tsv"], ["--fmt", "tsv"], ["--fmt", "github"], ["--fmt", "html"],
                                  ["--fmt", "plain"], ["--fmt", "grid"], ["--tsv", "--no-headers"]])
def test_pipe_formats_give_one_line_a_record(args):
    lines = CliRunner().invoke(listing, args, catch_exceptions=False).stdout.splitlines()
    if args[-1] == "--no-headers":
        data = lines
    elif args[-1] == "html":
        data = [line for line in lines if line.startswith("<tr><td")]
    elif args[-1] == "grid":
        data = [line for line in lines if line.startswith("|")][1:]
    else:
        data = [line for line in lines[1:] if not set(line) <= set("|-: ")]
    assert len(data) == len(RECORDS), lines
    for record, line in zip(RECORDS, data):
        assert record["quote"][:4] in line and (record["speaker"] or "") in line


def test_csv_keeps_newlines_inside_quoted_fields_and_can_leave_out_the_header():
    import csv
    import io

    out = CliRunner().invoke(listing, ["--csv", "--no-headers"], catch_exceptions=False).stdout
    # (CliRunner reads \r\n back as \n)
    expected = [[str(r["id"]), r["quote"].replace("\r\n", "\n"), r["speaker"] or ""] for r in RECORDS]
    assert list(csv.reader(io.StringIO(out))) == expected


def test_tsv_escapes_and_round_trips():
    lines = CliRunner().invoke(listing, ["--tsv"], catch_exceptions=False).stdout.split("\n")
    assert lines[0] == "id\tquote\tspeaker" and lines[-1] == "" and len(lines) == 5
    unescape = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}

    def field(text):
        out, i = "", 0
        while i < len(text):
            if text[i] == "\\":
                out, i = out + unescape[text[i + 1]], i + 2
            else:
                out, i = out + text[i], i + 1
        return out

    assert [[field(f) for f in line.split("\t")] for line in lines[1:4]] == [
        [str(r["id"]), r["quote"], r["speaker"] or ""] for r in RECORDS
    ]


def test_stored_quotes_with_a_tab_and_a_title_with_a_newline_stay_one_line(tmp_path):
    db = tmp_path / "q.db"
    text = 'JAKARTA, KOMPAS.com - Harga beras naik.\n\n"Stok kami\taman sampai akhir tahun," kata Budi Santoso.\n'
    line = json.dumps({"id": "t1", "title": "Harga beras\nnaik lagi", "text": text})
    assert run("ingest", "-", db=db, input=line + "\n").exit_code == 0
    for args in (["--tsv"], ["--fmt", "tsv", "--wide"]):
        out = run("quotes", *args, db=db).stdout.splitlines()
        assert len(out) == 2, out
        assert "Harga beras" in out[1] and "naik lagi" in out[1]


def test_no_headers_in_a_table(sample_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    lines = run("speakers", "--no-headers", "--limit", "2", db=sample_db).stdout.splitlines()
    assert lines[0].startswith("Imron Fatoni  ") and lines[1].startswith("Ma'ruf Amin  ") and len(lines) == 2


# -- streaming and the 20-row cut ---------------------------------------------


def test_the_first_rows_are_written_before_the_rest_is_read():
    written = []

    class Out:
        def write(self, text):
            written.append(text)

        def flush(self):
            pass

    def records():
        for i in range(FIRST_ROWS):
            yield {"id": i, "quote": f"Kalimat nomor {i}"}
        assert written and written[0].split() == ["id", "quote"]  # the header and first rows are out
        assert len(written) == 2 + FIRST_ROWS
        yield {"id": FIRST_ROWS, "quote": "Kalimat terakhir yang cukup panjang untuk dibungkus"}

    with click.Context(click.Command("x")):
        assert emit(records(), ("id", "quote"), out=Out()) == FIRST_ROWS + 1
    assert "".join(written[2 + FIRST_ROWS:]).startswith(f"{FIRST_ROWS}  Kalimat terakhir")


def test_a_quotes_table_shows_20_and_a_note_on_stderr_says_how_many_match(many_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    cut = run("quotes", db=many_db)
    assert cut.stderr == "Note: 20 of 30 quotes shown; --limit N to see more, --all for all\n"
    ids = [line.split()[0] for line in cut.stdout.splitlines()[2:] if line[:3].strip().isdigit()]
    assert len(ids) == 20 and ids[0] == "30"  # newest first
    whole = run("quotes", "--all", db=many_db)
    assert whole.stderr == "" and len([x for x in whole.stdout.splitlines() if x[:3].strip().isdigit()]) == 30
    assert run("quotes", "--limit", "30", db=many_db).stderr == ""  # (all that match are shown)
    for flag in ("--json", "--csv", "--nl", "--tsv"):
        out = run("quotes", flag, db=many_db)
        assert out.stderr == "" and "berita-0" in out.stdout and "berita-29" in out.stdout, flag
    assert len(json.loads(run("quotes", "--json", db=many_db).stdout)) == 30


@pytest.mark.parametrize("limit", ["5", "25"])
def test_quotes_limit_in_a_table_notes_how_many_match_and_pipes_the_rows_alone(many_db, monkeypatch, limit):
    monkeypatch.setenv("COLUMNS", "100")
    limited = run("quotes", "--limit", limit, db=many_db)
    assert limited.stderr == f"Note: {limit} of 30 quotes shown; --limit N to see more, --all for all\n"
    assert len([x for x in limited.stdout.splitlines() if x[:3].strip().isdigit()]) == int(limit)
    assert "Note" not in limited.stdout
    for flag in ("--json", "--csv", "--nl", "--tsv"):  # (for programs: never a note, they have --all to count)
        assert run("quotes", "--limit", limit, flag, db=many_db).stderr == "", flag


# -- show ---------------------------------------------------------------------


def test_show_prints_the_quote_in_its_article(sample_db):
    row = json.loads(run("quotes", "--speaker", "budi hartono", "--json", db=sample_db).stdout)[0]
    out = run("show", row["id"], db=sample_db)
    assert out.exit_code == 0
    lines = out.stdout.splitlines()
    assert lines[0] == "Budi Hartono, pedagang cabai di pasar tersebut"
    assert lines[1] == "Tempo · 2022-03-28"
    assert lines[2] == row["article_title"] and row["article_id"] in lines[3]
    paragraph = " ".join(out.stdout.split("\n\n", 1)[1].split())
    assert row["quote"] in paragraph and len(paragraph) > len(row["quote"]) + 10
    assert "\033[" not in out.stdout
    record = json.loads(run("show", row["id"], "--json", db=sample_db).stdout)
    assert record["context"][record["context_start"]:].startswith(row["quote"])


def test_show_keeps_a_long_url_and_article_id_whole_to_be_copied(tmp_path, monkeypatch):
    url = "https://regional.kompas.com/read/2025/03/14/101500178/petani-boyolali-keluhkan-pupuk-bersubsidi-yang-langka"
    article = {"id": url.replace("https://", "kompas-"), "url": url, "title": "Petani Boyolali keluhkan pupuk langka",
               "text": '"Pupuknya sudah dua minggu tidak datang," kata Kepala Dinas Pertanian Boyolali Joko Susilo.'}
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(article) + "\n")
    db = tmp_path / "q.db"
    run("ingest", source, db=db)
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("show", "1", db=db).stdout.splitlines()
    assert url in lines and article["id"] in lines  # (each on a line of its own, no mark after the id)
    assert lines[0] == "Joko Susilo, Kepala Dinas Pertanian Boyolali"


def test_show_a_quote_whose_article_came_as_extracted_quotes_prints_the_quote_alone(tmp_path):
    """An article stored from `extract --nl` lines has no text: show printed its header and
    nothing else. It prints the quote, and says why there is no paragraph around it."""
    lines = tmp_path / "extracted.nl"
    lines.write_text(run("extract", "--nl", ARTICLES).stdout, encoding="utf-8")
    db = tmp_path / "x.db"
    assert run("ingest", lines, db=db).exit_code == 0
    row = json.loads(run("quotes", "--speaker", "imron", "--json", db=db).stdout)[0]
    out = run("show", row["id"], db=db)
    assert out.exit_code == 0
    header, body = out.stdout.split("\n\n", 1)
    assert header.startswith("Imron Fatoni") and "text is not stored" in header
    assert " ".join(body.split()) == " ".join(row["quote"].split())
    record = json.loads(run("show", row["id"], "--json", db=db).stdout)
    assert record["text_stored"] is False and record["context"] == row["quote"]


def test_show_an_unknown_quote_is_one_clear_error(sample_db):
    result = run("show", "999", db=sample_db)
    assert result.exit_code == 1 and result.stderr.startswith("Error: no quote 999 in ")


def test_show_something_that_is_no_quote_id_says_where_ids_come_from(sample_db):
    for given in ("abc", "0", "-3", "\u0661\u0662", str(2**64)):
        result = run("show", "--db", sample_db, "--", given)
        assert result.exit_code == 2, given
        assert f"'{given}' is not a quote id: the id column of `quotebook quotes` gives one" in result.stderr
    assert run("show", " 6 ", db=sample_db).exit_code == 0


def on_terminal(args, env, input_bytes=b"", stream="stdout", timeout=60):
    """Run quotebook with STREAM on a pseudo-terminal; return what it wrote there."""
    main, secondary = pty.openpty()
    command = [sys.executable, "-m", "quotebook", *map(str, args)]
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, stream: secondary}
    proc = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, **pipes)
    os.close(secondary)
    proc.stdin.write(input_bytes)
    proc.stdin.close()
    seen, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    os.close(main)
    proc.kill() if proc.poll() is None else None
    proc.wait(timeout=10)
    return seen.decode("utf-8", "replace")


def test_show_highlights_on_a_terminal_unless_no_color(sample_db):
    env = dict(os.environ, COLUMNS="80")
    env.pop("NO_COLOR", None)
    coloured = on_terminal(["show", "6", "--db", sample_db], env)
    assert "\033[1;33m" in coloured and "Sebagian besar klaim" in coloured
    plain = on_terminal(["show", "6", "--db", sample_db], dict(env, NO_COLOR="1"))
    assert "\033[" not in plain and "Sebagian besar klaim" in plain


# -- help, standard input, progress -------------------------------------------


def test_every_command_takes_dash_h_and_shows_an_example():
    assert run("-h").stdout.startswith("Usage: ")
    for name in cli.list_commands(None):
        result = run(name, "-h")
        assert result.exit_code == 0, name
        assert "Example:\n  quotebook " + name in result.stdout or "Example:\n    quotebook " + name in result.stdout, name


def test_evaluate_reads_standard_input():
    from test_evaluate import BUDI, gold_line, q

    line = gold_line(BUDI, [q("Stok dari petani berkurang karena hujan terus-menerus,", "Budi Santoso")], "Kompas.com")
    result = run("evaluate", "-", "--json", input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[-1]["matched"] == 1


def test_ingest_from_standard_input_shows_counts_and_rate_on_a_terminal(tmp_path):
    lines = "".join(json.dumps({"id": f"s{i}", "text": ARTICLE.format(name=f"{GIVEN[i % 10]} {FAMILY[i % 6]}")}) + "\n"
                    for i in range(40))
    env = dict(os.environ, QUOTEBOOK_DB=str(tmp_path / "q.db"))
    shown = on_terminal(["ingest", "-", "--jobs", "1"], env, lines.encode(), stream="stderr")
    assert "Ingesting: 40 articles read, 0.0 MB, " in shown and " articles/s\r\n" in shown
    assert shown.splitlines()[-1].startswith("40 articles: ")  # the summary on a line of its own
    (tmp_path / "empty").mkdir()
    shown = on_terminal(["ingest", tmp_path / "empty"], env, stream="stderr")  # no bar: nothing to measure
    assert shown.strip().splitlines() == [
        f"Error: {tmp_path / 'empty'}: no .txt, .jsonl, .json, .html, .htm or WARC file in it; nothing read, nothing stored"
    ]


def test_the_ctrl_c_message_starts_a_line_of_its_own_after_the_progress_bar(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(
        json.dumps({"id": f"p{i}", "text": ARTICLE.format(name=f"{GIVEN[i % 10]} {FAMILY[i % 6]} {i}")}) + "\n"
        for i in range(5000)
    ))
    main, secondary = pty.openpty()
    env = dict(os.environ, QUOTEBOOK_DB=str(tmp_path / "q.db"))
    proc = subprocess.Popen([sys.executable, "-m", "quotebook", "ingest", str(feed), "--jobs", "1"], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    seen, deadline, interrupted = b"", time.monotonic() + 60, False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(main, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            if not interrupted and b"Ingesting" in seen:
                proc.send_signal(2)  # what Ctrl-C sends
                interrupted = True
            if proc.poll() is not None and not ready:
                break
    finally:
        os.close(main)
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    shown = seen.decode("utf-8", "replace")
    assert interrupted and proc.returncode == 130, shown[-500:]
    at = shown.index("Error: interrupted; stored so far:")
    # Clearing the line starts it afresh; showing the cursor again prints nothing.
    line_start = shown[:at].replace("\r\033[K", "\n").replace("\033[?25h", "")
    assert line_start.endswith("\n") and "Ingesting" in shown[:at]


def test_count_quotes_counts_what_quotes_lists(sample_db):
    from quotebook.store import Store

    with Store(str(sample_db)) as store:
        for chosen in ({}, {"search": "pekerja"}, {"speaker": "imron"}, {"since": "2023"}, {"source": "tempo"},
                       {"search": "stok OR pasokan", "until": "2022-12"}):
            assert store.count_quotes(**chosen) == len(list(store.quotes(**chosen))) > 0, chosen
