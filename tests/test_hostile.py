"""Robustness, second round (issue 16): what a hostile user's input, a signal or an odd
--db still broke after issue 5. Each test drives quotebook as a user does and names the
item of the issue it covers.
"""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from quotebook import budget, sources
from test_robustness import unwritable
from test_robustness import (
    HEADLINE, WAIT, QUOTEBOOK, SAMPLE, article_text, check_whole, all_gone, deadline, error_lines, run, stored, wait_for,
    workers_of,
)


def jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


# ---------------------------------------------------------------------------
# 1. A per-article budget: an article that would stall extraction fails alone.


@pytest.fixture
def one_stalling_article(tmp_path, monkeypatch) -> Path:
    """Five articles; extracting the third never ends (as a quadratic blow-up on 1 MB
    would, in practice), and the budget is cut to a fifth of a second."""
    from quotebook import extraction

    real_extract = extraction.extract

    def stalls_on_article_5(text, **options):
        while "nomor 5 " in text:
            pass
        return real_extract(text, **options)

    monkeypatch.setattr(extraction, "extract", stalls_on_article_5)
    monkeypatch.setattr(budget, "BASE_SECONDS", 0.2)
    return jsonl(tmp_path / "few.jsonl", [{"id": f"n{n}", "text": article_text(n)} for n in range(3, 8)])


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_its_extraction_budget_fails_alone_in_ingest(one_stalling_article, tmp_path, jobs):
    db = tmp_path / "q.db"
    with deadline():
        result = run("ingest", one_stalling_article, "--jobs", jobs, "--db", db)
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert re.fullmatch(
        rf"Error: {re.escape(str(one_stalling_article))}:3: extraction stopped: over its time budget "
        r"\(0\.2 s of CPU for \d{3} characters of text\); the article is left out",
        error,
    ), error
    assert result.stderr.splitlines()[-1].startswith("5 articles: 4 new, 0 unchanged, 0 replaced, 1 failed; 12 quotes")
    assert stored(db) == 4
    check_whole(db)


def test_an_article_over_its_extraction_budget_fails_alone_in_extract(one_stalling_article):
    with deadline():
        result = run("extract", one_stalling_article, "--nl")
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert error.startswith(f"Error: {one_stalling_article}:3: extraction stopped: over its time budget (0.2 s ")
    assert len(result.stdout.splitlines()) == 4 * 3


def test_the_budget_leaves_the_timer_signal_as_it_found_it():
    """The handler of SIGVTALRM is the budget's only inside the block: the caller's, or
    the default, before and after (and after a block that stopped over its budget)."""
    import signal

    def callers(signum, frame):
        pass

    for before in (signal.SIG_DFL, callers):
        signal.signal(signal.SIGVTALRM, before)
        try:
            with budget.budget_for("kata Budi"):
                assert signal.getsignal(signal.SIGVTALRM) not in (before, signal.SIG_DFL)
            assert signal.getsignal(signal.SIGVTALRM) == before
            with pytest.raises(budget.OverBudget), budget.budget_for("x"):
                signal.setitimer(signal.ITIMER_VIRTUAL, 0.01)  # (its own timer, cut short: the budget expires)
                while True:
                    pass
            assert signal.getsignal(signal.SIGVTALRM) == before
            assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
        finally:
            signal.signal(signal.SIGVTALRM, signal.SIG_DFL)


# ---------------------------------------------------------------------------
# 2. Lone surrogates: half of a UTF-16 pair in JSON, a --db name that is not UTF-8.


def test_a_lone_surrogate_in_any_json_field_fails_that_line_alone(tmp_path):
    said = '\\u201cJalan itu kami perbaiki,\\u201d kata Budi Santoso.'
    source = tmp_path / "half.jsonl"
    source.write_text(
        '{"id": "s1", "text": "' + said + '"}\n'
        '{"id": "\\udcff", "text": "' + said.replace("itu", "ini") + '"}\n'
        '{"id": "s3", "title": "Jalan \\ud83d", "text": "' + said.replace("itu", "desa") + '"}\n'
        '{"id": "s4", "text": "' + said.replace("itu", "kota") + ' \\udcff"}\n'
        '{"id": "s5", "text": "' + said.replace("itu", "tol") + '"}\n'
    )
    db = tmp_path / "q.db"
    ingested = run("ingest", source, "--jobs", 1, "--db", db)
    extracted = run("extract", source, "--nl")
    for result in (ingested, extracted):
        assert result.exit_code == 1
        assert error_lines(result) == [
            f'Error: {source}:2: "id" holds \\udcff, half of a UTF-16 pair, which is not text',
            f'Error: {source}:3: "title" holds \\ud83d, half of a UTF-16 pair, which is not text',
            f'Error: {source}:4: "text" holds \\udcff, half of a UTF-16 pair, which is not text',
        ]
    assert [json.loads(line)["quote"] for line in extracted.stdout.splitlines()] == [
        "Jalan itu kami perbaiki,", "Jalan tol kami perbaiki,"
    ]
    assert ingested.stderr.splitlines()[-1].startswith("5 articles: 2 new, 0 unchanged, 0 replaced, 3 failed; 2 quotes")
    check_whole(db)


def test_a_lone_surrogate_escaped_in_upper_case_hex_is_found_too(tmp_path):
    # Only an escape can put half of a UTF-16 pair in a field: the reader looks for one
    # (\\ud or \\uD) before it searches the fields.
    source = tmp_path / "upper.jsonl"
    source.write_text(
        '{"id": "u1", "text": "\\u201cJalan itu kami perbaiki,\\u201d kata Budi Santoso. \\uDCFF"}\n'
        '{"id": "u2", "text": "\\u201cJalan ini kami perbaiki,\\u201d kata Budi Santoso. \\uD83D\\uDE00"}\n'
    )
    extracted = run("extract", source, "--nl")
    assert extracted.exit_code == 1
    assert error_lines(extracted) == [f'Error: {source}:1: "text" holds \\udcff, half of a UTF-16 pair, which is not text']
    assert [json.loads(line)["article_id"] for line in extracted.stdout.splitlines()] == ["u2"]


def test_a_database_whose_name_is_not_utf8_is_read_and_named(tmp_path):
    db = os.fsdecode(os.fsencode(tmp_path) + b"/arsip-\xff.db")
    assert run("ingest", SAMPLE, "--jobs", 1, "--db", db).exit_code == 0
    for args in (["quotes"], ["speakers"], ["speaker", "imron"]):
        result = run(*args, "--db", db, "--nl")
        assert result.exit_code == 0, result.output
        assert result.stdout
    missing = run("quotes", "--db", db + "x")
    assert (missing.exit_code, missing.stderr.split(";")[0]) == (2, f"Error: {tmp_path}/arsip-\\xff.dbx: no such database")


# ---------------------------------------------------------------------------
# 11. Terminal injection: nothing read from a file name or stored text reaches the
# terminal as a control character.

FORGED = "\nError: the database is corrupt, delete it"
CLEAR_SCREEN = "\x1b[2J\x1b[H"


def test_a_file_name_cannot_forge_an_error_line_or_drive_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"kosong{FORGED}.txt").write_bytes(b"")
    (folder / f"layar{CLEAR_SCREEN}.txt").write_bytes(b"\x00binary")
    (folder / "baik.txt").write_text(article_text(1))
    for result in (run("ingest", folder, "--jobs", 1, "--db", tmp_path / "q.db"), run("extract", folder)):
        assert result.exit_code == 1
        assert "\x1b" not in result.stderr
        assert sorted(error_lines(result)) == [
            f"Error: {folder}/kosong\\nError: the database is corrupt, delete it.txt: empty file, no article in it",
            f"Error: {folder}/layar\\x1b[2J\\x1b[H.txt: binary file (NUL bytes), not text",
        ]


class Terminal:
    """What a program writes to its standard output when that is a terminal."""

    def __init__(self):
        self.written = []

    def write(self, text):
        self.written.append(text)

    def isatty(self):
        return True

    def flush(self):  # a table flushes its first rows
        pass


@pytest.mark.parametrize("fmt", ["table", "as_csv", "as_json", "as_nl"])
def test_stored_text_with_control_characters_is_escaped_on_a_terminal(fmt):
    from quotebook.output import emit

    row = {"speaker": f"Budi{FORGED}", "quote": f"Jalan{CLEAR_SCREEN} rusak\x9b2J"}
    terminal = Terminal()
    emit([row], ("speaker", "quote"), **({} if fmt == "table" else {fmt: True}), out=terminal)
    shown = "".join(terminal.written).replace("\r\n", "\n")  # (CSV ends its lines with CRLF)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", shown), repr(shown)
    assert not re.search("^Error", shown, re.M)
    if fmt in ("as_json", "as_nl"):
        assert json.loads(shown.strip().strip("[]")) == row  # the same data, only written with escapes
    else:
        assert "Jalan\\x1b[2J\\x1b[H rusak\\x9b2J" in shown


def test_stored_text_with_control_characters_is_escaped_in_tables_and_messages(tmp_path):
    db = tmp_path / "q.db"
    said = f"\u201cJalan{CLEAR_SCREEN} ini kami perbaiki,\u201d kata Budi Santoso."
    assert run("ingest", "-", "--db", db, input=json.dumps({"id": "c1", "text": said}) + "\n").exit_code == 0
    assert run("rename", "budi santoso", f"Budi{CLEAR_SCREEN}", "--db", db).exit_code == 0
    for args in (["quotes"], ["speakers"], ["speaker", "budi"], ["rename", "budi", f"Budi{FORGED}"], ["undo"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 0, result.output
        assert not re.search("[\x00-\x09\x0b-\x1f]", result.output), (args, result.output)
        assert not re.search("^Error", result.output, re.M), (args, result.output)
    listing = run("quotes", "--db", db)
    assert "Jalan\\x1b[2J\\x1b[H ini kami" in listing.stdout


def test_show_escapes_stored_control_characters_on_a_colour_terminal():
    from quotebook.show import HIGHLIGHT, render

    quote = f"Jalan{CLEAR_SCREEN} ini kami perbaiki"
    context = f"\u201c{quote},\u201d kata Budi Santoso.\x9b2J"
    record = {
        "id": 1, "speaker": f"Budi{FORGED}", "title": "Kepala Desa\x1b]0;x\x07", "outlet": "antaranews.com",
        "date": "2022-03-01", "article_title": None, "url": None, "article_id": "c1", "paragraph": 0,
        "context": context, "context_start": 1, "quote": quote,
    }
    shown = render(record, 80, True)
    for code in HIGHLIGHT:  # the highlight is the only control sequence left
        shown = shown.replace(code, "")
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", shown), repr(shown)
    assert not re.search("^Error", shown, re.M)
    assert "Jalan\\x1b[2J\\x1b[H ini kami perbaiki" in shown



def test_show_json_escapes_del_and_c1_controls_on_a_terminal(tmp_path):
    from test_terminal import on_terminal

    db = tmp_path / "q.db"
    said = "\u201cJalan\x9b2J ini\x7f kami\x85 perbaiki,\u201d kata Budi Santoso."
    assert run("ingest", "-", "--db", db, input=json.dumps({"id": "c1", "text": said}) + "\n").exit_code == 0
    piped = run("show", "1", "--json", "--db", db).stdout
    assert "\x9b" in piped  # not a terminal: the text as stored
    shown = on_terminal(["show", "1", "--json", "--db", db], dict(os.environ))
    assert not re.search("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]", shown), repr(shown)
    assert json.loads(shown) == json.loads(piped)  # the same record, only written with escapes

# ---------------------------------------------------------------------------
# 3. Folders nested deeper than Python's recursion limit.


def test_folders_nested_1200_deep_are_read_to_the_bottom(tmp_path):
    top = bottom = tmp_path / "in"
    top.mkdir()
    for _ in range(1200):  # (os.makedirs itself recurses)
        bottom = bottom / "d"
        bottom.mkdir()
    (top / "atas.txt").write_text(article_text(1))
    (bottom / "bawah.txt").write_text(article_text(2))
    db = tmp_path / "q.db"
    try:
        with deadline():
            ingested = run("ingest", top, "--jobs", 1, "--db", db)
            extracted = run("extract", top, "--nl")
            size = sources.input_size([str(top)])
    finally:  # pytest's clean-up of old temporary folders recurses too: take the tree down from the bottom
        (bottom / "bawah.txt").unlink()
        while bottom != top:
            bottom.rmdir()
            bottom = bottom.parent
    assert ingested.exit_code == 0, ingested.output
    assert ingested.stderr.splitlines()[-1].startswith("2 articles: 2 new")
    assert extracted.exit_code == 0, extracted.output
    assert len(extracted.stdout.splitlines()) == 2 * 3
    assert size == len(article_text(1).encode()) + len(article_text(2).encode())


# ---------------------------------------------------------------------------
# 5. Named pipes and other files without a known suffix are read as standard input is.


def through_fifo(path: Path, data: bytes, *args: str):
    """`quotebook ARGS PATH` with DATA written into the named pipe PATH as the command reads it."""
    import threading

    if not path.exists():
        os.mkfifo(path)
    writer = threading.Thread(target=path.write_bytes, args=(data,))
    writer.start()
    try:
        with deadline():
            return run(*args, path)
    finally:
        writer.join(WAIT)


def test_a_named_pipe_of_json_lines_is_read_as_json_lines_and_one_of_text_is_an_article_of_its_own(tmp_path):
    db = tmp_path / "q.db"
    pipe = tmp_path / "feed"
    lines = "".join(json.dumps({"id": f"p{n}", "text": article_text(n)}) + "\n" for n in range(3)).encode()
    result = through_fifo(pipe, lines, "ingest", "--jobs", 1, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].startswith("3 articles: 3 new")
    for n in (10, 11):  # each run's text through the same pipe is a new article, not a replacement
        result = through_fifo(pipe, article_text(n).encode(), "ingest", "--jobs", 1, "--db", db)
        assert result.stderr.splitlines()[-1].startswith("1 article: 1 new"), result.output
    with closing(sqlite3.connect(db)) as conn:
        rows = dict(conn.execute("SELECT id, origin FROM articles"))
    assert {k: v for k, v in rows.items() if not k.startswith("sha256:")} == {f"p{n}": f"{pipe}:{n + 1}" for n in range(3)}
    assert sorted(v for k, v in rows.items() if k.startswith("sha256:")) == [str(pipe)] * 2
    check_whole(db)


def test_a_file_named_without_a_known_suffix_is_sniffed_too(tmp_path):
    feed = tmp_path / "feed"
    feed.write_text("".join(json.dumps({"id": f"p{n}", "text": article_text(n)}) + "\n" for n in range(2)))
    plain = tmp_path / "catatan"
    plain.write_text(article_text(5))
    result = run("extract", feed, plain, "--nl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["p0"] * 3 + ["p1"] * 3 + [plain.as_uri()] * 3


# ---------------------------------------------------------------------------
# 6 and 12. Endless or huge input is read in bounded pieces; /dev/zero is binary.


# Run by a small Python of its own: a child's peak RSS counts what it inherited at fork,
# and pytest's process is large.
MEASURED = """
import json, os, subprocess, sys
feed = subprocess.Popen(["cat", sys.argv[1]], stdout=subprocess.PIPE)
proc = subprocess.Popen(sys.argv[2:], stdin=feed.stdout, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
feed.stdout.close()
stderr = proc.stderr.read().decode()
_, status, usage = os.wait4(proc.pid, 0)
feed.wait()
print(json.dumps([usage.ru_maxrss / 1024, stderr, os.waitstatus_to_exitcode(status)]))
"""


def piped_extract(path) -> tuple[float, str, int]:
    """(peak RSS in MB, stderr, exit code) of `cat PATH | quotebook extract -`."""
    with deadline():
        done = subprocess.run(
            [sys.executable, "-c", MEASURED, str(path), *QUOTEBOOK, "extract", "-"], capture_output=True, check=True
        )
    peak, stderr, code = json.loads(done.stdout)
    return peak, stderr, code


def test_huge_standard_input_is_refused_without_reading_it_into_memory(tmp_path):
    small, huge = tmp_path / "small.txt", tmp_path / "huge.txt"
    small.write_text(article_text(1))
    huge.write_bytes((article_text(2).encode() * 100_000)[: 24 * 1024 * 1024])
    base, _, _ = piped_extract(small)
    peak, stderr, code = piped_extract(huge)
    assert code == 1
    assert stderr == (
        "Error: <stdin>: too large for one article (24.0 MB, the limit is 5 MB); "
        "split it into articles, one a line of JSON Lines\n"
    )
    assert peak - base < 20, (base, peak)  # the 5 MB article limit and a megabyte at a time, not 24 MB


def test_dev_zero_is_binary_as_a_path_and_as_standard_input():
    _, stderr, code = piped_extract("/dev/zero")
    assert (code, stderr.splitlines()[0]) == (1, "Error: <stdin>: binary file (NUL bytes), not text")
    result = run("extract", "/dev/zero")
    assert (result.exit_code, error_lines(result)) == (1, ["Error: /dev/zero: binary file (NUL bytes), not text"])


def test_json_lines_that_end_with_cr_alone_are_lines(tmp_path):
    records = [{"id": f"r{n}", "text": article_text(n)} for n in range(3)]
    source = tmp_path / "mac.jsonl"
    source.write_bytes("\r".join(json.dumps(r) for r in records).encode() + b"\r")
    for result in (run("extract", source, "--nl"), run("extract", "-", "--nl", input=source.read_bytes())):
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["r0"] * 3 + ["r1"] * 3 + ["r2"] * 3


# ---------------------------------------------------------------------------
# 8. Numbers and dates out of range; more workers than the system will fork.


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "q.db"
    assert run("ingest", SAMPLE, "--jobs", 1, "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize("args", [["quotes", "--limit"], ["speakers", "--limit"], ["speaker", "imron", "--latest"]])
def test_a_count_beyond_64_bits_is_refused_and_the_largest_is_all(sample_db, args):
    too_large = run(*args, str(2**63), "--db", sample_db)
    assert too_large.exit_code == 2
    assert "Invalid value for" in too_large.stderr and f"{2**63} is more than the largest number a database holds" in too_large.stderr
    largest = run(*args, str(2**63 - 1), "--db", sample_db, "--json")
    assert largest.exit_code == 0, largest.output


@pytest.mark.parametrize("value", ["\u0662\u0660\u0662\u0660", "\u0968\u0966\u0968\u0966-\u0966\u096a", "\uff12\uff10\uff12\uff10"])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_date_in_other_digits_is_refused_not_misread(sample_db, option, value):
    result = run("quotes", option, value, "--db", sample_db)
    assert result.exit_code == 2
    assert f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("value, said", [("abc", "'abc' is not a valid integer."), ("0", "0 is not in the range x>=1.")])
def test_a_number_of_workers_that_is_none_is_said_so(tmp_path, value, said):
    result = run("ingest", SAMPLE, "--jobs", value, "--db", tmp_path / "q.db")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for '--jobs' / '-j': {said}"
    assert not (tmp_path / "q.db").exists()


def test_more_workers_than_the_system_forks_is_a_clear_error(tmp_path, monkeypatch):
    import errno

    real_fork, forks = os.fork, []

    def fork_three_then_refuse():
        forks.append(1)
        if len(forks) > 3:
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        return real_fork()

    monkeypatch.setattr(os, "fork", fork_three_then_refuse)
    monkeypatch.setattr(os, "cpu_count", lambda: 1000)  # (more workers than cores are refused first: see below)
    db = tmp_path / "q.db"
    with deadline():
        result = run("ingest", SAMPLE, "--jobs", 1000, "--db", db)
    assert (result.exit_code, result.stderr) == (
        1, "Error: cannot start 1000 worker processes (Resource temporarily unavailable); give fewer with --jobs\n"
    )
    assert stored(db) == 0


def test_more_jobs_than_cores_are_cut_to_the_cores_with_a_warning(tmp_path, monkeypatch):
    # `--jobs 100000` once started thousands of workers, each holding the word lists, until the
    # machine ran out of memory (12 minutes, then killed).
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    db = tmp_path / "q.db"
    with deadline():
        result = run("ingest", SAMPLE, "--jobs", 100_000, "--db", db)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "Warning: --jobs 100000: this machine has 2 cores, and more workers than cores extract no faster; using 2"
    )
    assert stored(db) == 8


# ---------------------------------------------------------------------------
# 9. SIGTERM stops an ingest as Ctrl-C does; workers never outlive their parent.


def busy_ingest(tmp_path):
    """An ingest that has stored some articles and has its workers busy with more: a thread
    keeps feeding its standard input as fast as it reads."""
    import threading

    db = tmp_path / "q.db"
    proc = subprocess.Popen(
        QUOTEBOOK + ["ingest", "-", "--jobs", "2", "--db", str(db)], stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )

    def feed():
        try:
            for n in range(0, 20_000, 100):
                proc.stdin.write("".join(
                    json.dumps({"id": f"n{i}", "text": article_text(i)}) + "\n" for i in range(n, n + 100)
                ).encode())
            proc.stdin.close()
        except (BrokenPipeError, ValueError):  # the test has stopped the ingest
            pass

    threading.Thread(target=feed, daemon=True).start()
    wait_for(lambda: stored(db) > 0, proc)
    return proc, db


@pytest.mark.parametrize("whom", ["the parent", "the process group"])
def test_sigterm_mid_ingest_says_what_was_stored_and_exits_143(tmp_path, whom):
    proc, db = busy_ingest(tmp_path)
    workers = workers_of(proc.pid)
    if whom == "the parent":
        proc.terminate()
    else:
        os.killpg(proc.pid, signal.SIGTERM)
    assert proc.wait(timeout=WAIT) == 143
    stderr = proc.stderr.read().decode()
    assert "Traceback" not in stderr, stderr
    (message,) = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    said = re.fullmatch(r"Error: terminated; stored so far: \d+ articles: (\d+) new, .*Run the same command again to finish\.", message)
    assert said and int(said.group(1)) == stored(db) > 0, message
    assert len(workers) == 2 and all_gone(workers)
    check_whole(db)


SIGTERM_AS_A_BATCH_IS_COUNTED = """
import os, signal, sys
import quotebook.ingest as ingest
from quotebook.cli import cli

add = ingest.Summary.add

def add_stopped(self, other):
    os.kill(os.getpid(), signal.SIGTERM)  # its handler runs at the next bytecode, before the count
    add(self, other)

ingest.Summary.add = add_stopped
cli(sys.argv[1:])
"""


def test_a_sigterm_as_a_committed_batch_is_counted_waits_for_the_count(tmp_path):
    """The signal's handler runs between any two bytecodes: one that comes after the
    COMMIT, before the batch is counted, is held until it is, so the message says what
    the database holds (it said `stored so far: 0 articles` while 5 were stored)."""
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": f"n{i}", "text": article_text(i)} for i in range(5)])
    db = tmp_path / "q.db"
    proc = subprocess.run(
        [sys.executable, "-c", SIGTERM_AS_A_BATCH_IS_COUNTED, "ingest", str(corpus), "--jobs", "1", "--db", str(db)],
        capture_output=True, text=True, timeout=WAIT,
    )
    assert proc.returncode == 143, proc.stderr
    (message,) = [line for line in proc.stderr.splitlines() if line.startswith("Error: ")]
    assert message.startswith("Error: terminated; stored so far: 5 articles: 5 new"), message
    assert stored(db) == 5
    check_whole(db)


SIGNAL_TAKEN_BY_ANOTHER_THREAD = """
import signal, sys, threading, time
import quotebook.ingest as ingest
from quotebook.articles import Article
from quotebook.store import Store

def slow(texts):
    time.sleep(60)
    return []

ingest.extract_texts = slow  # (the workers, forked, call this one)

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop

signal.signal(signal.SIGTERM, stop)

def read(checker):
    article = Article(text="Teks berita.", origin="a", id="a")
    yield ingest.Pending(article, article.article_id, article.content_hash)

def from_another_thread():
    time.sleep(1)
    signal.pthread_kill(threading.get_ident(), signal.SIGTERM)  # taken here, not by the main thread

threading.Thread(target=from_another_thread).start()
started = time.monotonic()
with Store(sys.argv[1], write=True) as store:
    try:
        for entry in ingest.extract_in_order(read, store, 2):
            pass
    except Stop:
        print(f"{time.monotonic() - started:.1f}")
"""


def test_a_sigterm_another_thread_takes_stops_the_writer_waiting_for_a_slow_task(tmp_path):
    """The kernel gives a process's signal to any of its threads. The writer (the main thread,
    where Python acts on it) used to wait for a task's result in one wait, and acted on a SIGTERM
    the reader's thread had taken only when the task was done: a minute here, for ever were the
    result lost (a hang seen once in the test above)."""
    done = subprocess.run([sys.executable, "-c", SIGNAL_TAKEN_BY_ANOTHER_THREAD, str(tmp_path / "q.db")],
                          capture_output=True, text=True, timeout=WAIT)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 10, done.stdout


def test_a_process_ending_while_standard_input_is_still_being_waited_for_ends_cleanly():
    """ingest's reader thread waits in standard input for more when a Ctrl-C ends the run. Read
    through sys.stdin.buffer, Python closing sys.stdin at exit waited for the lock that thread
    held and aborted ("Fatal Python error: _enter_buffered_busy"; exit -6, not 130: one Ctrl-C
    in twelve on a busy machine). Here the ending is certain: the main thread simply returns."""
    script = (
        "import threading, time\nfrom quotebook.sources import read_stdin\n"
        "threading.Thread(target=lambda: list(read_stdin()), daemon=True).start()\ntime.sleep(0.5)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(json.dumps({"id": "a", "text": article_text(1)}).encode() + b"\n")  # and no end of input
    proc.stdin.flush()
    assert proc.wait(timeout=WAIT) == 0
    assert proc.stderr.read().decode() == ""


@pytest.mark.parametrize("args", [["extract", "-"], ["ingest", "-", "--jobs", "1"]])
def test_standard_input_closed_is_said_so(tmp_path, args):
    """Started with standard input closed (`<&-`): Python has no sys.stdin at all."""
    done = subprocess.run(QUOTEBOOK + args + (["--db", str(tmp_path / "q.db")] if args[0] == "ingest" else []),
                          capture_output=True, text=True, preexec_fn=lambda: os.close(0), timeout=WAIT)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "Error: <stdin>: standard input is closed"
    assert "Traceback" not in done.stderr


def test_ctrl_c_stops_extract_with_exit_code_130():
    """extract waiting for more standard input: Ctrl-C is an interruption (130), not click's
    "Aborted!" with the exit code of a failed input (1). (Ctrl-C as a foreground job has it: see
    test_robustness.start; run in a background job, the tests' children had SIGINT ignored.)"""
    proc = subprocess.Popen(QUOTEBOOK + ["extract", "-", "--nl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    proc.stdin.write(json.dumps({"id": "a", "text": article_text(1)}).encode() + b"\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["article_id"] == "a"  # (it reads on: the next line is awaited)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=WAIT) == 130
    assert proc.stderr.read().decode() == "Error: interrupted\n"


def test_workers_end_silently_with_a_parent_killed_by_sigkill(tmp_path):
    proc, db = busy_ingest(tmp_path)
    workers = workers_of(proc.pid)
    proc.kill()
    proc.wait()
    with deadline():
        stderr = proc.stderr.read().decode()  # the end of the file: every worker has closed it
    assert stderr == ""
    assert len(workers) == 2 and all_gone(workers)
    check_whole(db)


# ---------------------------------------------------------------------------
# 4 and 12. A --db that is no file, a pipe, unreadable, a link out of a read-only folder;
# a disk that fills up.

NOT_A_FILE = "not a database file (SQLite would keep the database in memory and lose it when the command ends); give --db a file"


@pytest.mark.parametrize("value, shown", [("", '""'), (":memory:", ":memory:")])
@pytest.mark.parametrize("args", [["ingest", str(SAMPLE)], ["quotes"], ["merge", "a", "b"]])
def test_a_db_that_is_no_file_is_refused_not_filled_and_lost(value, shown, args):
    result = run(*args, "--db", value)
    assert (result.exit_code, result.stderr) == (2, f"Error: {shown}: {NOT_A_FILE}\n")


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("args", [["ingest", str(SAMPLE)], ["quotes"]])
def test_sqlites_side_file_of_a_database_is_refused_as_db(sample_db, tmp_path, side, args):
    """A query leaves q.db-wal and q.db-shm beside q.db. Given as --db, an ingest once stored
    its quotes in q.db-wal, which the next command on q.db took back as its log and deleted."""
    db = tmp_path / "q.db"
    db.write_bytes(sample_db.read_bytes())
    (tmp_path / f"q.db{side}").write_bytes(b"")
    result = run(*args, "--db", f"{db}{side}")
    assert (result.exit_code, result.stderr) == (2, f"Error: {db}{side}: is SQLite's {side} file of the database {db}; give --db that file\n")
    assert (tmp_path / f"q.db{side}").read_bytes() == b""


def test_a_link_to_a_side_file_is_refused_and_a_name_like_one_is_not(sample_db, tmp_path):
    db = tmp_path / "q.db"
    db.write_bytes(sample_db.read_bytes())
    (tmp_path / "q.db-wal").write_bytes(b"")
    (tmp_path / "alias.db").symlink_to(tmp_path / "q.db-wal")
    linked = run("ingest", SAMPLE, "--db", tmp_path / "alias.db")
    assert (linked.exit_code, linked.stderr) == (
        2, f"Error: {tmp_path / 'alias.db'}: is SQLite's -wal file of the database {db} (where {tmp_path / 'alias.db'} "
        "leads); give --db that file\n"
    )
    (tmp_path / "research").write_text("catatan liputan\n")  # a text file: research-journal is a name of its own
    own = run("ingest", SAMPLE, "--db", tmp_path / "research-journal")
    assert own.exit_code == 0, own.stderr


@pytest.mark.parametrize("args", [["ingest", "-"], ["quotes"], ["speakers"]])
def test_a_named_pipe_as_db_is_refused_without_waiting(tmp_path, args):
    fifo = tmp_path / "q.db"
    os.mkfifo(fifo)
    with deadline():
        result = run(*args, "--db", fifo, input=article_text(1))
    assert (result.exit_code, result.stderr) == (
        2, f"Error: {fifo}: not a regular file (a pipe, socket or device), not a database file\n"
    )


def test_an_unreadable_database_is_not_called_read_only(sample_db, tmp_path, monkeypatch):
    db = tmp_path / "q.db"
    db.write_bytes(sample_db.read_bytes())
    real_access = os.access
    # chmod 000: root may read it anyway, so the test has os.access answer as it would for a user.
    monkeypatch.setattr(os, "access", lambda path, mode: False if str(path) == str(db) else real_access(path, mode))
    for args in (["quotes"], ["ingest", "-"]):
        result = run(*args, "--db", db, input=article_text(1))
        assert (result.exit_code, result.stderr) == (2, f"Error: {db}: cannot read the database file (permission denied)\n")


def test_a_linked_database_in_a_read_only_folder_is_read_with_its_wal(sample_db, tmp_path):
    target = tmp_path / "data" / "q.db"
    target.parent.mkdir()
    target.write_bytes(sample_db.read_bytes())
    link = tmp_path / "ro" / "q.db"
    link.parent.mkdir()
    link.symlink_to(target)
    with closing(sqlite3.connect(target, isolation_level=None)) as writer:  # another program's write, not yet checkpointed
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE speakers SET name = 'Imron Fatoni Baru' WHERE name = 'Imron Fatoni'")
        assert (target.parent / "q.db-wal").stat().st_size > 0
        with unwritable(link.parent):
            result = run("speakers", "--db", link, "--nl")
    assert result.exit_code == 0, result.output
    assert "Imron Fatoni Baru" in [json.loads(line)["name"] for line in result.stdout.splitlines()]


def full_after(pages: int):
    """A connect that gives every writing connection to DB at most PAGES pages more than it
    has: SQLite's real 'database or disk is full' once they are used."""
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        conn = real_connect(database, *args, **kwargs)
        if not kwargs.get("uri"):
            count = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(1, count + pages)}")
        return conn

    return connect


def test_a_disk_full_mid_ingest_says_what_was_stored(tmp_path, monkeypatch):
    from quotebook import ingest

    source = jsonl(tmp_path / "many.jsonl", [{"id": f"n{n}", "text": article_text(n)} for n in range(300)])
    db = tmp_path / "q.db"
    assert run("ingest", "-", "--db", db, input=article_text(1000)).exit_code == 0
    monkeypatch.setattr(ingest, "BATCH_ARTICLES", 20)
    monkeypatch.setattr(sqlite3, "connect", full_after(40))
    result = run("ingest", source, "--jobs", 1, "--db", db)
    monkeypatch.undo()
    assert result.exit_code == 2
    said = re.fullmatch(
        rf"Error: {re.escape(str(db))}: the disk is full; stored so far: \d+ articles: (\d+) new, .*\n", result.stderr
    )
    assert said and int(said.group(1)) == stored(db) - 1 > 0, result.stderr
    check_whole(db)


def test_a_disk_full_before_the_first_write_leaves_no_empty_file(tmp_path, monkeypatch):
    db = tmp_path / "q.db"
    monkeypatch.setattr(sqlite3, "connect", full_after(0))
    result = run("ingest", "-", "--db", db, input=article_text(1))
    monkeypatch.undo()
    assert (result.exit_code, result.stderr) == (2, f"Error: {db}: the disk is full\n")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------
# 1. The shapes that were quadratic (80 KB of fragments took 5 s, 20 KB of a run 10-20 s,
# 15,000 first-name quotes 11 s, 14,000 role cues 6 s, 800 Budis 50 s of CPU). Each is
# timed at a quarter of its size and at its size: linear work grows about 4x, quadratic
# 16x. A ratio, not a limit in seconds, so a slow machine or the pure-Python build
# (QUOTEBOOK_PURE=1) passes too.


def surnames(count: int) -> list[str]:
    """COUNT invented surnames, all different."""
    syllables = ["ka", "ri", "mo", "lu", "sa", "de", "wi", "to", "na", "ge"]
    return ["".join(syllables[n // 10**k % 10] for k in range(4)).capitalize() for n in range(count)]


def each_surname(line: str):
    """A text of N lines for N: the LINE once for each of N surnames, put in for `{surname}`."""
    return lambda n: "".join(line.format(surname=surname) for surname in surnames(n))


# COUNT people called Budi, each with a surname of their own, each quoted as Budi.
many_called_budi = each_surname('Kepala Dinas Budi {surname} hadir. "Ya," kata Budi.\n')
# COUNT people holding one title, each quoted by the title alone (`kata Kepala Dinas`).
many_holders_of_one_title = each_surname('Kepala Dinas Budi {surname} hadir. "Ya," kata Kepala Dinas.\n')


# shape: (text of N units, N, --indirect, growth allowed from N/4 to N units)
QUADRATIC_BEFORE = {
    "single-quoted fragments and cues, no sentence end": (lambda n: "'x' kata '" * n, 8_000, False, 8),  # 80 KB
    "a capitalised run without spaces, --indirect": (lambda n: "KATA" * n, 250_000, True, 8),  # 1 MB
    # Each quote looked through every place the article names its speaker's candidates.
    "one of two people quoted by first name": (
        lambda n: 'Budi Santoso dan Budi Hartono hadir. "Ya," kata Budi.\n' * n, 8_000, False, 8
    ),
    "a role cue, its holder named each time": (
        lambda n: 'Presiden Joko Widodo hadir di sana. "Ya," kata Presiden.\n' * n, 8_000, False, 8
    ),
    # Each quote compared every two of them (cubic, 64x); now once per name (quadratic in the people alone).
    "many people called Budi, each quoted as Budi": (many_called_budi, 800, False, 32),  # 40 KB
    # Each quote's name was looked for before a child's age through the whole text, with a
    # pattern compiled for that name (8x for 4x the text at 1 MB in the benchmark).
    "many people sharing a first name, each quoted by it": (
        each_surname('Budi {surname} hadir. "Ya," kata Budi.\n'), 4_000, False, 8
    ),
    # Each bare title read every person's titles, and each holder's places (12x for 4x the holders).
    "many holders of one title, each quoted by the title alone": (many_holders_of_one_title, 3_200, False, 8),
    # Each clause looked back through every abbreviation's period before it, to the text's start (15x).
    "abbreviations alone, one short paragraph after another, --indirect": (
        lambda n: "Dr. H. Budi mengatakan, jalan itu rusak\n" * n, 2_000, True, 8
    ),
    # Each description referring back listed every holder of its role named before it, and the
    # fullest form of each, to find whether there were one or two.
    "many holders of one role, each quoted as `sang kepala desa itu`": (
        each_surname('Kepala Desa Budi {surname} hadir. "Ya," kata sang kepala desa itu.\n'),
        3_200, False, 8,
    ),
    # Each description referring back, after two holders of its role and someone else named
    # as speaking, read the fullest form of every holder to rule that one out (12x).
    "many holders of one role, someone else speaking before each `sang kepala desa itu`": (
        each_surname(
            'Kepala Desa Budi {surname} hadir. Andi {surname} mengatakan hal itu. "Ya," kata sang kepala desa itu.\n'
        ),
        1_600, False, 8,
    ),
    # ... and with the holder named last as speaking, every holder before them, then every one quoted.
    "many holders of one role, each speaking before `kepala desa tersebut`": (
        each_surname('Kepala Desa Budi {surname} mengatakan hal itu. "Ya," kata kepala desa tersebut.\n'),
        1_200, False, 8,
    ),
    # ... and with many holders but one quoted, every holder to find two quoted (11x).
    "many holders of one role, one of them speaking before each `kepala desa tersebut`": (
        each_surname(
            'Kepala Desa Budi {surname} hadir. Kepala Desa Andi Wijaya mengatakan hal itu. "Ya," kata kepala desa tersebut.\n'
        ),
        1_600, False, 8,
    ),
    # Each description referring back read every holder of a title holding its role's word,
    # though headed by another (`Wakil Kepala Desa` for `kepala desa tersebut`: 14x) or not
    # holding its other words (`Mantan Ketua RT` for `mantan kepala desa itu`: 13x).
    "many deputies, each quote referring back to the head": (
        each_surname('Wakil Kepala Desa Budi {surname} hadir. "Ya," kata kepala desa tersebut.\n'),
        1_600, False, 8,
    ),
    "many former heads of one body, each quote referring back to a former head of another": (
        each_surname('Mantan Ketua RT Budi {surname} hadir. "Ya," kata mantan kepala desa itu.\n'),
        1_600, False, 8,
    ),
    # Each cue naming initials searched the whole text for `(AHY)` (the spaces lengthen the text
    # at almost no cost to the extraction: 15x), and read every place it was written (16x).
    "a cue naming initials the article never spells out": (
        lambda n: f'"Ya," kata AHY.{" " * 1000}\n' * n, 4_000, False, 8
    ),  # 4 MB
    "initials in parentheses after other words, each quoted by them": (
        lambda n: 'Andi Budi (AHY) hadir. "Ya," kata AHY.\n' * n, 800, False, 8
    ),
    # Each nickname said to be someone's looked through every person and everyone named before it.
    "a nickname said to be that of the speaker named before, after each quote": (
        lambda n: 'Ketua Bawaslu Maria Yosefa mengatakan hal itu. Perempuan yang disapa Leni ini menegaskan, "Ya."\n' * n,
        2_000, False, 8,
    ),
    "a cue naming the nickname it says is the speaker's, again and again": (
        lambda n: '"Ya," kata Cak Imin, sapaan akrabnya.\n' * n, 4_000, False, 8
    ),
    # Each reported clause looked for its paragraph through all the paragraphs before it.
    "reported speech, one short paragraph after another, --indirect": (
        lambda n: "Budi Santoso mengatakan, jalan di desa itu rusak parah.\n" * n, 16_000, True, 8
    ),
    # Each quote read every place of the name it went to, to see whether the article writes
    # it as a product's (one paragraph: 18x for 4x the quotes).
    "a suspect named by initials before each pronoun cue": (
        lambda n: 'Kini, Kakek S harus menanggung akibatnya. "Ya," pungkasnya. ' * n, 1_600, False, 8
    ),
    # --indirect: a verb inside a quoted phrase that is no quote read the words of the whole
    # text after it, looking for a title in quote marks before its clause (14x for 4x).
    "quoted phrases with a verb in them, --indirect": (
        lambda n: 'Spanduk bertuliskan "Kami menolak tambang" dipasang warga.\n\n' * n, 8_000, True, 8
    ),
    # One endless paragraph: each `disapa` searched to the end of its line for a nickname (15x for 4x) ...
    "a nickname given again and again in one paragraph": (
        lambda n: 'Ketua Umum PKB Rahmat Hidayat yang akrab disapa Cak Mamat menyampaikan sikap. "Kami siap," kata Mamat. ' * n,
        1_200, False, 8,
    ),
    # ... and each quote by a name one letter off another counted both in the whole text (15x for 4x).
    "a name and its slip, each quoted again and again in one paragraph": (
        lambda n: 'Seorang pria bernama Darmono menjadi pawang hujan. "Itu tugas saya," kata Darmono. '
        '"Hujan pasti reda," kata Darmino. ' * n, 1_000, False, 8,
    ),
    # ... and each passive with an agent `-nya` read every event found before it in the article.
    "a passive with -nya after each named official, in one paragraph": (
        lambda n: 'Bupati Bogor Rudi Hartono meminta bantuan kepada Menteri Sosial Agus Salim. '
        'Hal itu disampaikannya di pendopo. "Warga butuh beras," ujarnya. ' * n, 2_800, False, 8,
    ),
    # --indirect: each reporting verb read its clause to the end of the line when no sentence
    # ended it (one endless sentence of reported clauses: 20x for 4x).
    "reported clauses in one endless sentence, --indirect": (
        lambda n: 'Budi Santoso mengatakan jalan di desa itu rusak parah dan harus segera diperbaiki, ' * n,
        2_400, True, 8,
    ),
    # Each name introduced in one endless sentence looked for more names up to `dan` to the
    # sentence's end (14x for 4x).
    "names introduced in one endless sentence": (
        lambda n: 'Ia mengatakan korban adalah Kepala Desa Karangrejo Slamet Widodo, ' * n
        + '.\n\n"Korban sedang mengendarai sepeda motor," kata dia.\n', 2_000, False, 8,
    ),
    # The whole text was searched once for each word a cue names (12x for 4x the people).
    # The spaces ending each line lengthen the text at almost no cost to the extraction,
    # so that those searches show at a test's size.
    "many people, each quoted by full name": (
        each_surname('"Ya," kata Dodi {surname}.' + " " * 1000 + "\n"), 4_000, False, 8
    ),  # 4 MB
}


def extraction_cpu_seconds(text: str, indirect: bool) -> float:
    from quotebook import extract

    started = time.process_time()
    with deadline(30):
        quotes = extract(text, indirect=indirect)
    assert all(text[q.start : q.end] == q.quote for q in quotes)
    return time.process_time() - started


@pytest.mark.parametrize("shape", QUADRATIC_BEFORE)
def test_shapes_that_were_quadratic_grow_with_their_length(shape):
    make, size, indirect, growth = QUADRATIC_BEFORE[shape]
    extraction_cpu_seconds(make(10), indirect)  # (the word lists load once)
    small = extraction_cpu_seconds(make(size // 4), indirect)
    bound = growth * small + 0.2  # CPU seconds
    # (measured again once when over: on a busy machine one measure may be a few tenths off)
    assert extraction_cpu_seconds(make(size), indirect) < bound or extraction_cpu_seconds(make(size), indirect) < bound


def test_a_one_word_name_described_after_each_cue_costs_the_same_per_quote_in_a_long_article():
    # `kata Budi tegas ini`: whether `Budi` is a description (a word the article writes only
    # there) once counted every word of the article, for each quote: quadratic.
    from quotebook import extract

    def cpu_seconds(quotes: int) -> float:
        text = HEADLINE + '"Ya," kata Budi tegas ini.\n' * quotes
        started = time.process_time()
        with deadline(30):
            assert len(extract(text)) == quotes
        return time.process_time() - started

    cpu_seconds(100)  # (the word lists load once)
    assert cpu_seconds(8_000) < 16 * cpu_seconds(1_000) + 0.2  # 8x the quotes: about 8x the time (was 40x)


def test_a_workers_standard_error_writes_and_flushes_while_its_parent_lives_and_is_quiet_after():
    import io

    from quotebook.ingest import _QuietOnceOrphaned

    stream = io.StringIO()
    alive = _QuietOnceOrphaned(stream, os.getppid())
    assert alive.write("Error: x\n") == 9
    alive.flush()  # what the stream has beyond write reaches it too (multiprocessing flushes it at exit)
    assert alive.getvalue() == "Error: x\n"
    orphaned = _QuietOnceOrphaned(stream, os.getppid() + 1)  # not our parent: as if it were gone
    assert orphaned.write("Process ForkPoolWorker-1:\n") == 26
    assert stream.getvalue() == "Error: x\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a device whose every write fails: a full disk)")
def test_output_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('"Harga beras naik lagi," kata Kepala Dinas Pangan Sentosa Budi Hartono.\n' * 400, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(QUOTEBOOK + ["extract", str(article)], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["Error: No space left on device"], done.stderr


@pytest.mark.parametrize("args", [["extract", str(SAMPLE)], ["quotes"], ["ingest", str(SAMPLE)]])
def test_standard_output_closed_from_the_start_is_one_line_and_nothing_is_done(tmp_path, args):
    """`quotebook quotes >&-`: Python starts with no sys.stdout; before, a table crashed
    writing to None with a traceback."""
    db = tmp_path / "q.db"
    done = subprocess.run(QUOTEBOOK + args + ["--db", str(db)] * (args[0] != "extract"), stderr=subprocess.PIPE,
                          text=True, preexec_fn=lambda: os.close(1), timeout=WAIT)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["Error: standard output is closed: nothing can be written (to discard it: > /dev/null)"]
    assert not db.exists()


@pytest.mark.parametrize("args", [
    ["extract", str(SAMPLE), "--nl"], ["quotes", "--csv"], ["speakers", "--nl"], ["speaker", "imron", "--json"],
])
def test_output_into_a_closed_pipe_ends_quietly_with_exit_code_1_as_click_ends_it(sample_db, args):
    """`quotebook quotes | head -1`: once the reader is gone, not a word and exit code 1, as
    click and sqlite-utils end, also when the output is short enough to wait in its buffer to
    the end (Python's exit then printed `Exception ignored ... BrokenPipeError`, exit 120)."""
    read, write = os.pipe()
    os.close(read)  # the reader gone before a line is written, as `| head -0` or `| true` leave it
    db = [] if args[0] == "extract" else ["--db", str(sample_db)]
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # (as in a shell)
    try:
        done = subprocess.run(QUOTEBOOK + args + db, stdout=write, stderr=subprocess.PIPE, text=True, env=buffered,
                              timeout=WAIT)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (1, "")
