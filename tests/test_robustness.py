"""Robustness (issue 5): messy input, kill -9, Ctrl-C, two ingests at once, hostile
queries, database files that cannot be used.

quotebook is driven as a user drives it: the command line in this process, or
the real program in a process of its own when it must be killed or run twice at
once. Afterwards the database is checked with SQL (``check_whole``): SQLite's
own checks pass, every article has exactly the quotes ``extract`` finds in its
text, no quote lacks its article, nothing is stored twice.

Time limits here are hang guards only (10 s of CPU for work that takes about a
second, and 120 s of waiting); speed is measured by the benchmark.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import operator
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebook import extract, sources
from quotebook import ingest as ingest_module
from quotebook.ingest import TASK_ARTICLES
from quotebook.cli import cli
from quotebook.meta import read_meta
from quotebook.store import Store
from extraction.test_properties import CONTROL, QUOTE_MARKS, RTL

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
QUOTEBOOK = [sys.executable, "-c", "from quotebook.cli import cli; cli(prog_name='quotebook')"]
HANG = 10  # CPU seconds of this process: far beyond what any case here needs
WAIT = 120  # seconds by the clock to wait for another process or a pipe: a hang, even on a busy machine


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def start(*args, stdin=None):
    """The real program in its own process group (so that a test can signal it and its workers),
    with Ctrl-C as a terminal's foreground job has it: a shell starts a background job (and so
    these tests, run in one) with SIGINT ignored, and Python then leaves it ignored."""
    return subprocess.Popen(
        QUOTEBOOK + [str(a) for a in args], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


@contextmanager
def deadline(seconds: float = HANG, wait: float = WAIT):
    """Fail instead of waiting when the block spends more than SECONDS of this process's
    CPU time (a super-linear blow-up; other processes on a busy machine do not count), or
    runs longer than WAIT seconds by the clock (a hang, spending no CPU here: waiting for
    a worker, a pipe or a lock)."""

    def expire(signum, frame):
        if signum == signal.SIGPROF:
            raise AssertionError(f"more than {seconds} s of CPU: a super-linear blow-up")
        raise AssertionError(f"still running after {wait} s: a hang")

    previous = {signum: signal.signal(signum, expire) for signum in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, wait)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def test_the_deadline_stops_a_blow_up_and_a_hang():
    with pytest.raises(AssertionError, match="CPU: a super-linear blow-up"):
        with deadline(0.3):
            while True:
                pass
    with pytest.raises(AssertionError, match="a hang"):
        with deadline(wait=0.3):
            time.sleep(5)
    with deadline(0.3, wait=10):
        time.sleep(1)  # waiting spends no CPU


# ---------------------------------------------------------------------------
# Checking a database


def stored(db) -> int:
    """Articles committed to DB so far, as another process sees them (0 before there is a database)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def check_whole(db) -> None:
    """Nothing half-written: SQLite's checks pass, each article holds exactly the quotes
    extract finds in its text, no quote lacks its article, nothing is stored twice,
    and the speakers' counts and the full-text indexes agree with the quotes."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("quotes", "speaker_aliases"):
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone() == (0,)
        assert conn.execute("SELECT content_hash FROM articles GROUP BY 1 HAVING count(*) > 1").fetchall() == []
        assert conn.execute('SELECT 1 FROM quotes GROUP BY article_id, kind, start, "end" HAVING count(*) > 1').fetchall() == []
        quotes = defaultdict(list)
        for article_id, start, end, quote in conn.execute('SELECT article_id, start, "end", quote FROM quotes'):
            quotes[article_id].append((start, end, quote))
        for article_id, text in conn.execute("SELECT id, text FROM articles"):
            assert sorted(quotes[article_id]) == sorted((q.start, q.end, q.quote) for q in extract(text)), article_id
        assert conn.execute(
            # A speaker's count is of statements: the same quote in two outlets' copies counts once.
            "SELECT name FROM speakers WHERE quote_count != "
            "(SELECT count(DISTINCT statement) FROM quotes WHERE speaker_id = speakers.id)"
        ).fetchall() == []
        assert conn.execute(
            "SELECT name FROM speakers WHERE quote_count = 0 AND id NOT IN (SELECT speaker_id FROM corrections)"
        ).fetchall() == []


def snapshot(db) -> dict:
    """What DB holds, independent of row ids and of the order articles were written in."""
    with closing(sqlite3.connect(db)) as conn:
        return {
            "articles": sorted(conn.execute("SELECT id, content_hash FROM articles")),
            "quotes": sorted(
                conn.execute(
                    'SELECT q.article_id, q.start, q."end", q.quote, q.kind, s.name, q.title '
                    "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
                ),
                key=repr,
            ),
            "speakers": sorted(conn.execute("SELECT name, quote_count FROM speakers")),
            "titles": sorted(
                conn.execute(
                    "SELECT s.name, t.title, t.quote_count FROM speaker_titles t JOIN speakers s ON s.id = t.speaker_id"
                )
            ),
        }


# ---------------------------------------------------------------------------
# A generated corpus: 1,000 short articles, three quotes each, in two JSON Lines
# files that share 200 articles (more than two batches of BATCH_ARTICLES in all).

GIVEN = ["Budi", "Ida", "Agus", "Sri", "Dewi", "Rudi", "Wahyu", "Rina", "Hendra", "Lestari"]
FAMILY = ["Santoso", "Hartono", "Siregar", "Nasution", "Wibowo", "Lubis", "Gunawan", "Saragih", "Pohan", "Tanjung"]
ROLES = ["Kepala Dinas Perhubungan", "Ketua RT 05", "Direktur Utama PT Maju", "Camat Sukamaju", "Kepala Desa Mekar"]
CITIES = ["JAKARTA", "SEMARANG", "BANDUNG", "MEDAN", "SURABAYA"]
PARTS = (range(0, 600), range(400, 1000))
TOTAL = 1000


def article_text(n: int) -> str:
    official = f"{GIVEN[n % 10]} {FAMILY[n // 10 % 10]}"
    resident = f"{GIVEN[(n + 3) % 10]} {FAMILY[(n // 7 + 1) % 10]}"
    return (
        f"{CITIES[n % 5]}, KOMPAS.com - Warga kelurahan nomor {n} mengeluhkan jalan rusak sejak awal tahun.\n\n"
        f"{ROLES[n % 5]} {official} mengatakan, perbaikan dimulai pekan depan.\n\n"
        f"\u201cAnggaran untuk ruas nomor {n} sudah kami siapkan,\u201d kata {official}.\n\n"
        f'Menurut dia, pekerjaan selesai dalam dua bulan. "Kami minta warga bersabar," ujarnya.\n\n'
        f'Seorang warga, {resident}, berharap janji itu ditepati. "Sudah tiga kali dijanjikan," kata {resident}.\n\n'
        f"Baca juga: Jalan rusak nomor {n} dikeluhkan warga\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    paths = []
    for name, numbers in zip(("a.jsonl", "b.jsonl"), PARTS):
        path = folder / name
        path.write_text("".join(json.dumps({"id": f"n{n}", "text": article_text(n)}) + "\n" for n in numbers))
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> dict:
    """What one uninterrupted ingest after the other stores."""
    db = tmp_path_factory.mktemp("clean") / "q.db"
    for path in corpus:
        result = run("ingest", path, "--jobs", 1, "--db", db)
        assert result.exit_code == 0, result.output
    check_whole(db)
    return snapshot(db)


def corpus_lines(corpus) -> list[bytes]:
    return b"".join(path.read_bytes() for path in corpus).splitlines(keepends=True)


def wait_for(condition, proc, timeout: float = 30) -> None:
    ends = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < ends, "timed out"
        time.sleep(0.02)


def workers_of(pid: int) -> list[int]:
    """The processes PID has started (its extraction workers, which run in a process group of their own)."""
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir() for child in (task / "children").read_text().split()]


def all_gone(pids: list[int], timeout: float = WAIT) -> bool:
    """Have these processes exited? (A zombie, waiting for its parent to collect it, has.)"""
    ends = time.monotonic() + timeout
    while time.monotonic() < ends:
        stats = [Path(f"/proc/{pid}/stat") for pid in pids]
        if not [stat for stat in stats if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"]:
            return True
        time.sleep(0.05)
    return False


# ---------------------------------------------------------------------------
# Fuzzing: read_meta and the whole extract command on adversarial text
# (tests/extraction/test_properties.py covers extract() itself)

WORDS = [
    "kata", " kata Budi Santoso", "ujarnya", "Menurut", "mengatakan", ":", ",", ".", " ", "\n", "\n\n", "(", ")",
    "Baca juga:", "JAKARTA, KOMPAS.com -", "Semarang (ANTARA) -", "Pewarta:", "Editor :", "Penulis: Kontributor",
    "|", "\u00a9 2024", "Copyright", "Kepala Dinas", "Jawa Tengah",
]
PIECES = st.lists(
    st.one_of(st.text(max_size=12), st.sampled_from(QUOTE_MARKS + CONTROL + RTL + WORDS)), max_size=40
).map("".join)
MARK_RUN = st.one_of(st.just(""), st.builds(operator.mul, st.sampled_from(QUOTE_MARKS), st.integers(1, 10_000)))
ADVERSARIAL = st.tuples(PIECES, MARK_RUN, PIECES).map("".join)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ADVERSARIAL)
def test_read_meta_on_adversarial_text_gives_only_what_the_text_says(text):
    with deadline():
        meta = read_meta(text)
    assert set(meta) == {"outlet", "dateline", "reporter", "editor", "year", "related"}
    for name in ("reporter", "editor"):
        assert meta[name] is None or (meta[name].strip() and meta[name] in text), meta
    assert meta["dateline"] is None or meta["dateline"].casefold() in text.casefold(), meta
    assert meta["year"] is None or (1900 <= meta["year"] < 2100 and str(meta["year"]) in text), meta
    assert isinstance(meta["related"], list) and all(r and r in text for r in meta["related"]), meta


def check_extract_output(result, text) -> None:
    """extract printed one JSON record a line whose offsets slice its quote out of TEXT."""
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for line in result.stdout.split("\n")[:-1]:  # (a quote may hold other line breaks: U+0085, U+2028)
        record = json.loads(line)
        assert 0 <= record["start"] <= record["end"] <= len(text), record
        assert text[record["start"] : record["end"]] == record["quote"], record


@FUZZ
@given(ADVERSARIAL)
def test_extract_command_on_adversarial_text(text):
    with deadline():
        as_json_line = run("extract", "-", "--nl", input=json.dumps({"id": "x", "text": text}) + "\n")
        as_text_file = run("extract", "-", "--nl", input=text.encode("utf-8"))
    if text.strip():
        check_extract_output(as_json_line, text)
    else:
        assert error_lines(as_json_line) == ['Error: <stdin>:1: the "text" is empty']
    # As a file: a UTF-8 byte-order mark is dropped; NUL bytes near the start make it binary.
    body = text[1:] if text.startswith("\ufeff") else text
    if text.lstrip(" \t\r\n\ufeff").startswith("{"):
        return  # read as JSON Lines instead: covered above
    if b"\x00" in body.encode("utf-8")[: sources.SNIFF_BYTES]:
        assert error_lines(as_text_file) == ["Error: <stdin>: binary file (NUL bytes), not text"]
    elif not body.strip():
        assert error_lines(as_text_file) == ["Error: <stdin>: empty file, no article in it"]
    elif body.lstrip(" \t\r\n").startswith("["):
        # read as a JSON array of articles by how it starts (`[[` is no text anyone writes):
        # its articles, or an error that says how to read it as a text instead
        assert as_text_file.exit_code == 0 or "give --format txt" in as_text_file.output, as_text_file.output
    else:
        check_extract_output(as_text_file, body)


# (half a megabyte: a path quadratic in the text would take minutes; the benchmark measures 1 and 4 MB)
PATHOLOGICAL_SIZE = 500_000
_spec = importlib.util.spec_from_file_location("bench_shapes", ROOT / "bench" / "shapes.py")
_shapes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shapes)
HEADLINE = _shapes.HEADLINE
# The shapes run here: the benchmark's, less the three it measures per MB alone.
PATHOLOGICAL = dict(list(_shapes.SHAPES.items())[:7])


@pytest.mark.parametrize("shape", PATHOLOGICAL)
def test_half_a_megabyte_of_a_pathological_shape_finishes(shape):
    opening, unit = PATHOLOGICAL[shape]
    head = HEADLINE + opening
    text = head + (unit * (PATHOLOGICAL_SIZE // len(unit) + 1))[: PATHOLOGICAL_SIZE - len(head)]
    with deadline():
        quotes = extract(text)
    assert all(text[q.start : q.end] == q.quote for q in quotes)


# ---------------------------------------------------------------------------
# Bad files


def test_a_messy_folder_gives_one_error_line_per_bad_file_or_line_and_stores_the_rest(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "unlisted").mkdir()
    good = {name: article_text(n) for n, name in enumerate(
        ["good.txt", "latin.txt", "utf16.txt", "utf32.txt", "sub/deeper.txt", "caf\\xe9.txt"]
    )}
    (folder / "good.txt").write_text(good["good.txt"], encoding="utf-8")
    (folder / "latin.txt").write_bytes(good["latin.txt"].replace("\u201c", "\u201c\xe9").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(good["utf16.txt"].encode("utf-16"))
    (folder / "utf32.txt").write_bytes(good["utf32.txt"].encode("utf-32"))
    (folder / "sub" / "deeper.txt").write_text(good["sub/deeper.txt"])
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as fh:  # a file name that is not UTF-8
        fh.write(good["caf\\xe9.txt"].encode())
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "garbage.txt").write_bytes(bytes(range(128, 256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "fifo.txt")  # reading it would wait for a writer forever
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "socket.txt"))
    (folder / "locked.txt").write_text(article_text(90))
    (folder / "unlisted" / "hidden.txt").write_text(article_text(91))
    lines = [
        json.dumps({"id": "j1", "text": article_text(101)}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "j4", "text": ["not", "a", "string"]}),
        json.dumps(["not", "an", "object"]),
        '{"id": "j6", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "",
        json.dumps({"id": "j8", "text": article_text(108), "outlet": ["Kompas"], "related": {"a": 1}}),
        json.dumps({"id": "j9", "text": article_text(109), "related": "Satu judul", "year": 2024}),
    ]
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "wide.jsonl").write_bytes(
        (json.dumps({"id": "w1", "text": article_text(111)}) + "\n{oops\n").encode("utf-16")
    )

    # Root reads any file and lists any folder: make one of each fail as they would for a user.
    real_open, real_scandir = open, os.scandir

    def open_refused(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    def scandir_refused(path="."):
        if str(path).endswith("unlisted"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(sources, "open", open_refused, raising=False)
    monkeypatch.setattr(os, "scandir", scandir_refused)
    db = tmp_path / "q.db"
    with deadline():
        ingested = run("ingest", folder, "--jobs", 2, "--db", db)
        extracted = run("extract", folder, "--nl")

    bad = {
        "binary.txt", "garbage.txt", "empty.txt", "blank.txt", "broken.txt", "loop.txt", "fifo.txt", "socket.txt",
        "locked.txt", "unlisted", "lines.jsonl:2", "lines.jsonl:3", "lines.jsonl:4", "lines.jsonl:5", "lines.jsonl:6",
        "wide.jsonl:2",
    }
    for result in (ingested, extracted):
        assert result.exit_code == 1
        errors = error_lines(result)
        origins = [re.match(rf"Error: {re.escape(str(folder))}/(\S+?): \S", line).group(1) for line in errors]
        assert sorted(origins) == sorted(bad), errors
        warned = {line.split(": ")[1] for line in result.stderr.splitlines() if line.startswith("Warning: ")}
        assert warned == {f"{folder}/latin.txt", f"{folder}/lines.jsonl:8"}
    summary = re.fullmatch(
        r"(\d+) articles: (\d+) new, 0 unchanged, 0 replaced, (\d+) failed; (\d+) quotes stored, \d+ new speakers",
        ingested.stderr.splitlines()[-1],
    )
    assert summary and [int(n) for n in summary.groups()] == [len(good) + 4 + len(bad), len(good) + 4, len(bad), 3 * (len(good) + 4)]
    with closing(sqlite3.connect(db)) as conn:
        ids = {row[0].replace(folder.as_uri() + "/", "") for row in conn.execute("SELECT id FROM articles")}
        outlet, related = conn.execute("SELECT outlet, related FROM articles WHERE id = 'j9'").fetchone()
    # A file's id is its URI: the name's byte that is not UTF-8 is %E9 (quotebook.ids).
    assert ids == {name.replace("\\xe9", "%E9") for name in good} | {"j1", "j8", "j9", "w1"}
    assert (outlet, json.loads(related)) == ("Kompas.com", ["Satu judul"])
    check_whole(db)


def test_an_article_that_breaks_the_extractor_is_reported_and_the_rest_goes_on(tmp_path, monkeypatch):
    from quotebook import extraction

    def breaks_on_article_5(text, **options):
        if "nomor 5 " in text:
            raise RecursionError("too deep")
        return real_extract(text, **options)

    real_extract = extraction.extract
    source = tmp_path / "few.jsonl"
    source.write_text("".join(json.dumps({"id": f"n{n}", "text": article_text(n)}) + "\n" for n in range(3, 8)))
    monkeypatch.setattr(extraction, "extract", breaks_on_article_5)
    db = tmp_path / "q.db"
    ingested = run("ingest", source, "--jobs", 1, "--db", db)
    extracted = run("extract", source, "--nl")
    for result in (ingested, extracted):
        assert result.exit_code == 1
        assert error_lines(result) == [f"Error: {source}:3: extraction failed: RecursionError: too deep"]
    assert len(extracted.stdout.split("\n")[:-1]) == 4 * 3
    assert stored(db) == 4
    check_whole(db)


# ---------------------------------------------------------------------------
# Interruption


def busy_ingest(corpus, db):
    """An ingest reading standard input that has stored some articles and has
    more to work on; its input stays open, so it cannot have finished."""
    lines = corpus_lines(corpus)
    proc = start("ingest", "-", "--jobs", 2, "--db", db, stdin=subprocess.PIPE)
    proc.stdin.write(b"".join(lines[:700]))
    proc.stdin.flush()
    wait_for(lambda: stored(db) > 0, proc)
    proc.stdin.write(b"".join(lines[700:1100]))
    proc.stdin.flush()
    return proc


def test_what_a_slow_input_has_given_is_stored_while_it_waits_for_more(corpus, tmp_path):
    # Two tasks' worth of articles, far less than a batch, and then the input waits: the
    # writer writes them after BATCH_SECONDS without waiting for the rest of the input.
    db = tmp_path / "q.db"
    lines = corpus_lines(corpus)[:2 * TASK_ARTICLES]
    proc = start("ingest", "-", "--jobs", 2, "--db", db, stdin=subprocess.PIPE)
    proc.stdin.write(b"".join(lines))
    proc.stdin.flush()
    wait_for(lambda: stored(db) == len(lines), proc, timeout=WAIT)
    proc.stdin.close()
    assert proc.wait(timeout=WAIT) == 0, proc.stderr.read().decode()


def test_kill_9_mid_ingest_leaves_whole_articles_and_the_same_ingest_again_finishes_the_job(corpus, clean_run, tmp_path):
    db = tmp_path / "q.db"
    proc = busy_ingest(corpus, db)
    workers = workers_of(proc.pid)
    proc.kill()  # the main process only, as `kill -9 PID` does
    proc.wait()
    assert workers and all_gone(workers), "worker processes outlived the killed ingest"
    assert 0 < stored(db) < TOTAL
    check_whole(db)

    again = run("ingest", *corpus, "--jobs", 2, "--db", db)
    assert again.exit_code == 0, again.output
    assert snapshot(db) == clean_run


# Dies right before the second COMMIT, when that batch's rows are written; a page
# cache of a few pages makes SQLite spill them into the WAL file first.
KILLED_BEFORE_SECOND_COMMIT = """
import os, signal, sys
from contextlib import contextmanager
from quotebook.cli import cli
from quotebook.store import Store

transaction, commits = Store.transaction, []

@contextmanager
def killed_before_second_commit(self):
    self.conn.execute("PRAGMA cache_size = 5")
    with transaction(self):
        yield
        commits.append(self)
        if len(commits) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
    articles = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"committed {articles} {os.path.getsize(self.path + '-wal')}", file=sys.stderr, flush=True)

Store.transaction = killed_before_second_commit
cli(prog_name="quotebook")
"""


def test_kill_9_inside_a_write_transaction_keeps_exactly_the_committed_batches(corpus, clean_run, tmp_path):
    db = tmp_path / "q.db"
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_SECOND_COMMIT, "ingest", "--jobs", "1", "--db", str(db), *map(str, corpus)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    committed, wal_at_commit = map(int, re.search(r"committed (\d+) (\d+)", proc.stderr).groups())
    assert os.path.getsize(f"{db}-wal") > wal_at_commit  # the uncommitted batch did reach the disk
    assert stored(db) == committed
    check_whole(db)

    again = run("ingest", *corpus, "--jobs", 1, "--db", db)
    assert again.exit_code == 0, again.output
    assert snapshot(db) == clean_run


def test_ctrl_c_mid_ingest_says_what_was_stored_and_exits_130(corpus, tmp_path):
    db = tmp_path / "q.db"
    proc = busy_ingest(corpus, db)
    workers = workers_of(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C signals the whole foreground process group
    assert proc.wait(timeout=WAIT) == 130  # with its input still open: the signal alone stopped it
    proc.stdin.close()
    stderr = proc.stderr.read().decode()
    assert "Traceback" not in stderr, stderr
    (message,) = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    said = re.fullmatch(r"Error: interrupted; stored so far: \d+ articles: (\d+) new, .*Run the same command again to finish\.", message)
    assert said and int(said.group(1)) == stored(db) > 0, message
    assert workers and all_gone(workers)
    check_whole(db)


class _DropsItsException:
    """Sends Ctrl-C while it is collected: Python runs the handler inside __del__ and
    only prints the KeyboardInterrupt it raises (as for any finalizer the collector runs)."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # bytecode, so that the handler runs here, in the finalizer
            pass


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # (the dropped exception, printed)
def test_ctrl_c_whose_exception_python_drops_still_stops_the_ingest(corpus, tmp_path, monkeypatch):
    fill, seen = ingest_module._fill, []

    def fill_then_ctrl_c_in_a_finalizer(pending, results):
        fill(pending, results)
        seen.append(pending)
        if len(seen) == 3:
            _DropsItsException()  # (collected at once: no name holds it)

    monkeypatch.setattr(ingest_module, "_fill", fill_then_ctrl_c_in_a_finalizer)
    db = tmp_path / "q.db"
    result = run("ingest", corpus[0], "--jobs", 1, "--db", db)
    assert result.exit_code == 130, result.output
    assert "interrupted; stored so far" in result.stderr and len(seen) < TOTAL


def test_ctrl_c_just_after_a_commit_counts_that_batch_as_stored(corpus, tmp_path, monkeypatch):
    commit = Store._commit

    def commit_then_ctrl_c(self):
        commit(self)
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_commit", commit_then_ctrl_c)
    db = tmp_path / "q.db"
    result = run("ingest", corpus[0], "--jobs", 1, "--db", db)
    assert result.exit_code == 130
    said = re.search(r"stored so far: \d+ articles?: (\d+) new", result.stderr)
    assert int(said.group(1)) == stored(db) > 0, result.stderr


# ---------------------------------------------------------------------------
# Concurrency


def test_two_ingests_at_once_store_what_one_after_the_other_does_while_queries_run(corpus, clean_run, tmp_path):
    db = tmp_path / "q.db"
    quotes_per_article = Counter(row[0] for row in clean_run["quotes"])
    first = start("ingest", corpus[0], "--jobs", 1, "--db", db)
    # The second reads its articles from this test, so it is still running at every query below.
    second = start("ingest", "-", "--jobs", 1, "--db", db, stdin=subprocess.PIPE)
    wait_for(lambda: stored(db) > 0, first)
    lines = corpus[1].read_bytes().splitlines(keepends=True)
    for at in range(0, len(lines), 200):
        second.stdin.write(b"".join(lines[at : at + 200]))
        second.stdin.flush()
        listing = run("quotes", "--nl", "--db", db)
        assert listing.exit_code == 0, listing.output
        seen = Counter(json.loads(line)["article_id"] for line in listing.stdout.split("\n")[:-1])
        assert {a: n for a, n in seen.items() if n != quotes_per_article[a]} == {}  # each article whole or absent
    second.stdin.close()
    for proc in (first, second):
        assert proc.wait(timeout=60) == 0, proc.stderr.read().decode()
    assert snapshot(db) == clean_run
    check_whole(db)


# ---------------------------------------------------------------------------
# Hostile queries


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    """The bundled sample stored once, everything checkpointed into the database file."""
    db = tmp_path_factory.mktemp("sample") / "q.db"
    assert run("ingest", SAMPLE, "--jobs", 1, "--db", db).exit_code == 0
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


# Every query that takes a user's words: command, then the option the value goes to
# ("--" for an argument, so that a value like "-x" is taken as a name).
QUERIES = [("quotes", "--speaker"), ("quotes", "--search"), ("quotes", "--source"), ("speakers", "--search"), ("speaker", "--")]


def ask_everything(db, value) -> None:
    """Each query with VALUE: rows, or a clear message; never a traceback."""
    for name, option in QUERIES:
        result = run(name, "--json", "--db", db, option, value)
        if result.exit_code == 0:
            assert isinstance(json.loads(result.stdout), list), result.stdout
        elif result.exit_code == 1:
            assert result.stderr.startswith("Error: "), result.stderr
        else:
            assert result.exit_code == 2, result.output
            assert "Invalid value for" in result.stderr, result.stderr  # about the value, never the database


HOSTILE = [
    "'", '"', "''", '""', "`", "\\", "%", "_", "imron' OR '1'='1", "'; DROP TABLE quotes; --",
    '" OR 1=1 --', "1) UNION SELECT sql FROM sqlite_master --", "imron\x00; DROP TABLE speakers",
    "\x00", "NEAR(", "NEAR(imron pekerja, 2)", "NEAR(a b, x)", "a AND", "OR", "NOT imron", "AND OR NOT",
    "imron*", "*", "^imron", "-imron", "+", "quote: imron", "{quote speaker}: imron", "(((", ")))", '"a" "b',
    "\u202e\u0645\u0631\u062d\u0628\u0627", "\ufeff", "\U0001f600", "\udcff", "x" * 100_000, "kata " * 20_000,
    "(" * 100_000, '"' * 100_001, "a OR " * 20_000 + "b",
]
SHORT_HOSTILE = [value for value in HOSTILE if len(value) < 100]


@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v[:30]) + (f"...{len(v)}" if len(v) > 30 else ""))
def test_hostile_query_values_get_rows_or_a_message_and_change_nothing(sample_db, value):
    before = digest(sample_db)
    with deadline():
        ask_everything(sample_db, value)
    assert digest(sample_db) == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.lists(st.sampled_from(SHORT_HOSTILE + ["imron", "budi", "stok"]), max_size=6).map(" ".join)))
def test_any_query_value_gets_rows_or_a_message(sample_db, value):
    ask_everything(sample_db, value)


def test_a_hostile_name_in_a_correction_is_stored_as_written(sample_db, tmp_path):
    db = tmp_path / "q.db"
    db.write_bytes(sample_db.read_bytes())
    name = "Robert'); DROP TABLE speakers; --"
    assert run("rename", "imron", name, "--db", db).exit_code == 0
    profile = run("speaker", name, "--json", "--db", db)
    assert json.loads(profile.stdout)[0]["name"] == name
    assert run("merge", name, "(budi santoso\" OR 1=1", "--db", db).exit_code == 1  # no such speaker
    check_whole(db)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (13,)


# ---------------------------------------------------------------------------
# Database files that cannot be used: read-only, locked, corrupt (not SQLite at all:
# tests/test_cli.py). Exit code 2 and the file as it was, for every command.

COMMANDS = {
    "quotes": ["quotes"],
    "speakers": ["speakers"],
    "speaker": ["speaker", "imron"],
    "ingest": ["ingest", "-"],
    "merge": ["merge", "Joko Widodo", "Jokowi"],
    "rename": ["rename", "imron", "Imron F"],
}
WRITES = {"ingest", "merge", "rename"}
NEW_ARTICLE = article_text(7)


def command(name: str, db) -> Result:
    return run(*COMMANDS[name], "--db", db, input=NEW_ARTICLE if name == "ingest" else None)


@pytest.fixture
def db(sample_db, tmp_path) -> Path:
    path = tmp_path / "q.db"
    path.write_bytes(sample_db.read_bytes())
    return path


@contextmanager
def unwritable(path: Path):
    """PATH (a file or a folder) read-only for real, root included; the test is skipped where that cannot be done."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & 0o555)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    try:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    except FileNotFoundError:
        made = False
    if not made:
        pytest.skip("cannot make a file read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_read_only_database_file_is_read_but_never_written(db, name):
    before = digest(db)
    with unwritable(db):
        result = command(name, db)
    if name in WRITES:
        assert (result.exit_code, result.stderr) == (2, f"Error: {db}: the database file is read-only\n")
    else:
        assert result.exit_code == 0, result.output
    assert digest(db) == before


def test_a_database_in_a_folder_that_does_not_exist_is_refused_saying_so(tmp_path):
    db = tmp_path / "archive" / "q.db"
    result = command("ingest", db)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {db}: no such folder: {db.parent}; create it first, or give --db a file "
                             "in a folder that exists\n")
    assert not db.parent.exists()


@pytest.mark.parametrize("name", COMMANDS)
def test_a_database_in_a_read_only_folder_is_read_but_never_written(db, name):
    before = digest(db)
    with unwritable(db.parent):
        result = command(name, db)
    if name in WRITES:
        assert result.exit_code == 2
        assert result.stderr == f"Error: {db}: the database's folder is read-only (SQLite writes its journal there)\n"
    else:
        assert result.exit_code == 0, result.output
    assert digest(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["q.db"]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_database_another_program_holds_exclusively_exits_2(db, name, monkeypatch):
    monkeypatch.setattr("quotebook.store.connection.BUSY_TIMEOUT_MS", 100)
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("PRAGMA journal_mode = DELETE")
        before = digest(db)
        holder.execute("BEGIN EXCLUSIVE")
        result = command(name, db)
        holder.execute("ROLLBACK")
    assert (result.exit_code, result.stderr) == (
        2, f"Error: {db}: the database is locked by another process; try again when it is done\n"
    )
    assert digest(db) == before


@pytest.mark.parametrize("name", COMMANDS)
def test_while_another_program_writes_reads_go_on_and_writes_exit_2(db, name, monkeypatch):
    monkeypatch.setattr("quotebook.store.connection.BUSY_TIMEOUT_MS", 100)
    before = digest(db)
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE speakers SET name = 'Uncommitted' WHERE name = 'Imron Fatoni'")
        result = command(name, db)
        assert digest(db) == before
        holder.execute("ROLLBACK")
    if name in WRITES:
        assert (result.exit_code, result.stderr) == (
            2, f"Error: {db}: the database is locked by another process; try again when it is done\n"
        )
    else:
        assert result.exit_code == 0, result.output
        assert "Uncommitted" not in result.stdout


def corrupted(data: bytes, how: str, quotes_page: int) -> bytes:
    page = 4096
    if how == "header":
        return b"\x00" * 16 + data[16:]
    if how == "schema page":
        return data[:100] + b"\xff" * (page - 100) + data[page:]
    if how == "truncated":
        return data[: len(data) // 2]
    at = (quotes_page - 1) * page  # "quotes page": the first page of the quotes table
    return data[:at] + b"\xff" * page + data[at + page :]


@pytest.mark.parametrize("how", ["header", "schema page", "truncated", "quotes page"])
@pytest.mark.parametrize("name", COMMANDS)
def test_a_corrupt_database_exits_2_as_it_was(db, name, how):
    with closing(sqlite3.connect(db)) as conn:
        quotes_page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    db.write_bytes(corrupted(db.read_bytes(), how, quotes_page))
    before = digest(db)
    result = command(name, db)
    if how == "quotes page" and result.exit_code == 0:
        return  # the command never needed the broken page (SQLite finds damage where it reads)
    assert result.exit_code == 2, result.output
    assert re.fullmatch(rf"Error: {re.escape(str(db))}: (not an SQLite database|the database is corrupt \(.*\))\n", result.stderr)
    assert digest(db) == before
