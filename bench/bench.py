#!/usr/bin/env python3
"""quotebook benchmark: extraction speed, ingest time and memory, database size, query latency.

    python bench/bench.py                    # 100,000 articles (several minutes)
    python bench/bench.py --quick            # 2,000 articles, well under a minute
    python bench/bench.py --articles 350000  # enough articles for 1,000,000 quotes
    python bench/bench.py --db big.db        # keep the database there; reuse it when it exists

It builds a corpus of N articles (bench/corpus.py), then measures

* extraction on one core: ``quotebook.extract`` in this process over a few
  thousand corpus articles, after a warm-up pass, median of several passes;
* ``quotebook ingest CORPUS --db DB --jobs 2`` as a subprocess, for 10,000 and
  for N articles: wall time, and peak memory of the whole process tree (the
  parent and its workers, RSS summed, sampled from /proc; also the largest
  single process exactly, from wait4, and the proportional set size);
* the size of the database;
* query latency inside the process through ``quotebook.store.Store``, as the
  CLI runs them: ``quotes(speaker=...)``, ``quotes(search=...)``,
  ``speakers(...)``, p50/p95 over a few hundred queries each;
* the wall time of a whole ``quotebook quotes --speaker X --db DB --limit 5``
  command, median of ten runs.

It prints one table, with the targets of issue 4 beside the figures, and
writes every figure as JSON (``--json-out``, default bench/out/last.json, or
bench/out/quick.json with --quick). Working files go to bench/out/work/.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from shapes import SHAPES as ROBUSTNESS_SHAPES  # noqa: E402

ROOT = HERE.parent
OUT = HERE / "out"
MB = 1024 * 1024

TARGETS = {
    "extract_articles_per_s": (">=", 2000),
    "ingest_seconds_100k": ("<=", 90),
    "ingest_peak_rss_mb": ("<=", 300),
    "speaker_query_p50_ms": ("<=", 5),
    "search_query_p50_ms": ("<=", 20),
    "startup_ms": ("<=", 80),  # issue 18 (issue 4 asked for 300)
    "search_common_p95_ms": ("<=", 30),  # issue 18: the most common words
    "first_line_ms": ("<=", 300),
}
FIRST_LINE_SEARCH = "korban"  # the search of issue 15's bar: time to the first line of its table
QUOTES_FOR_QUERIES = 1_000_000
# Words too common to be a search anyone makes.
STOPWORDS = set(
    """yang dan di ke dari ini itu untuk dengan kami kita akan tidak ada juga dalam pada saya bisa sudah
    karena oleh atau lebih agar kata telah masih harus para bahwa sangat dapat hanya tersebut mereka kami
    sebagai seperti jika namun tetapi saat ketika supaya belum semua kalau pula mesti sejumlah cuma""".split()
)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Corpus


def corpus_file(workdir: Path, count: int, seed: int, files: list[Path]) -> Path:
    """A corpus of COUNT articles in WORKDIR, built unless one made the same way is there already."""
    path = workdir / f"corpus-{count}-seed{seed}.jsonl"
    stamp = {
        "articles": count,
        "seed": seed,
        "sources": [str(f) for f in files],
        "builder": _fingerprint(HERE / "corpus.py"),
    }
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        try:
            if {k: v for k, v in json.loads(meta.read_text()).items() if k in stamp} == stamp:
                log(f"reusing corpus {path}")
                return path
        except ValueError:
            pass
    log(f"building a corpus of {count:,} articles in {path}")
    started = time.perf_counter()
    info = corpus.write_corpus(path, count, seed=seed, files=files)
    stamp.update(bytes=info["bytes"], source_articles=info["sources"], seconds=round(time.perf_counter() - started, 1))
    meta.write_text(json.dumps(stamp, indent=1))
    log(f"corpus built in {stamp['seconds']} s: {info['bytes'] / MB:.0f} MB from {info['sources']} source articles")
    return path


def head_file(source: Path, count: int, workdir: Path) -> Path:
    """The first COUNT lines of SOURCE, as a file of its own (streamed)."""
    path = workdir / f"{source.stem}-head{count}.jsonl"
    if path.exists() and path.stat().st_mtime >= source.stat().st_mtime:
        return path
    with source.open("rb") as src, path.open("wb") as out:
        for number, line in enumerate(src):
            if number >= count:
                break
            out.write(line)
    return path


def _fingerprint(path: Path) -> str:
    import hashlib

    return hashlib.sha1(path.read_bytes()).hexdigest()[:12]


def read_texts(path: Path, count: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= count:
                break
    return texts


# ---------------------------------------------------------------------------
# (a) Extraction on one core


def measure_extraction(texts: list[str], passes: int) -> dict:
    import quotebook.extraction.pipeline
    from quotebook import extract

    # The package's __init__ is never compiled: ask one of its compiled modules.
    module = os.path.basename(quotebook.extraction.pipeline.__file__)

    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    quotes = 0
    for text in texts[: max(200, len(texts) // 5)]:  # warm-up: imports, lexicons, regex caches
        extract(text)
    seconds, cpu = [], []
    for _ in range(passes):
        started, started_cpu = time.perf_counter(), time.process_time()
        quotes = 0
        for text in texts:
            quotes += len(extract(text))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    median = statistics.median(seconds)
    return {
        "module": "compiled (mypyc)" if not module.endswith(".py") else "Python",
        "articles": len(texts),
        "mean_article_bytes": round(nbytes / len(texts)),
        "passes": passes,
        "pass_seconds": [round(s, 3) for s in seconds],
        "articles_per_s": round(len(texts) / median, 1),
        "articles_per_cpu_s": round(len(texts) / statistics.median(cpu), 1),
        "mb_per_s": round(nbytes / median / MB, 3),
        "quotes_per_article": round(quotes / len(texts), 2),
    }


# ---------------------------------------------------------------------------
# (b) Ingest as a subprocess: wall time and memory of the process tree


def quotebook_command() -> list[str]:
    beside = Path(sys.executable).parent / "quotebook"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("quotebook")
    if found:
        return [found]
    return [sys.executable, "-c", "from quotebook.cli import cli; cli()"]


def _children(pid: int) -> list[int]:
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids += [int(k) for k in fh.read().split()]
    except OSError:
        pass
    return kids


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far; 0 for one that is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _memory(pid: int) -> tuple[int, int, int]:
    """(RSS, PSS, peak RSS since exec) of one process in bytes; 0 for one that is gone."""
    rss = pss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) * 1024
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) * 1024
                    break
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError):
        pass
    return rss, pss, hwm


def run_measured(command: list[str], log_path: Path, interval: float = 0.1, keep_stdout: bool = True) -> dict:
    """Run COMMAND; its wall time, exit code, CPU time and memory: the peak of the RSS (and PSS) summed over
    the process tree, sampled every INTERVAL seconds, and the peak RSS of the parent and of the largest worker.
    Its standard output goes to LOG_PATH with its errors, or, without ``keep_stdout``, nowhere."""
    with log_path.open("wb") as err:
        started = time.perf_counter()
        out = err if keep_stdout else subprocess.DEVNULL
        process = subprocess.Popen(command, stdout=out, stderr=err if not keep_stdout else subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
        peak_rss = peak_pss = 0
        peak_processes = 0
        peak_parent = peak_worker = 0
        cpu: dict[int, float] = {}  # the last CPU time seen of each process
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            pids = _tree(process.pid)
            memory = [_memory(p) for p in pids]
            peak_rss = max(peak_rss, sum(m[0] for m in memory))
            peak_pss = max(peak_pss, sum(m[1] for m in memory))
            # VmHWM: each process's own peak, exact (wait4's maxrss would count this benchmark's
            # own memory, copied into the child by fork before it runs quotebook).
            peak_parent = max(peak_parent, memory[0][2])
            peak_worker = max([peak_worker] + [m[2] for m in memory[1:]])
            peak_processes = max(peak_processes, len(pids))
            for p in pids:
                cpu[p] = max(cpu.get(p, 0.0), _cpu_seconds(p))
            time.sleep(interval)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "command": " ".join(command),
        "exit_code": process.returncode,
        "seconds": round(wall, 2),
        "peak_tree_rss_mb": round(peak_rss / MB, 1),
        "peak_tree_pss_mb": round(peak_pss / MB, 1),
        "processes": peak_processes,
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        # Sampled: the parent (reader and writer) and its workers (extraction) apart.
        "parent_cpu_seconds": round(cpu.get(process.pid, 0.0), 1),
        "workers_cpu_seconds": round(sum(v for p, v in cpu.items() if p != process.pid), 1),
        "peak_parent_rss_mb": round(peak_parent / MB, 1),
        "peak_worker_rss_mb": round(peak_worker / MB, 1),
        "output": log_path.read_text(errors="replace").strip().splitlines()[-3:],
    }


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(str(path) + suffix)
        except FileNotFoundError:
            pass


def measure_ingest(corpus_path: Path, articles: int, db: Path, jobs: int, workdir: Path) -> dict:
    remove_db(db)
    command = quotebook_command() + ["ingest", str(corpus_path), "--db", str(db), "--jobs", str(jobs)]
    log(f"ingest of {articles:,} articles: {' '.join(command)}")
    result = run_measured(command, workdir / f"ingest-{articles}.log")
    result["articles"] = articles
    result["articles_per_s"] = round(articles / result["seconds"], 1)
    if result["exit_code"] != 0:
        log(f"ingest exited with {result['exit_code']}: {result['output']}")
    else:
        log(f"ingest of {articles:,} articles: {result['seconds']} s, peak tree RSS {result['peak_tree_rss_mb']} MB")
    return result


def grow_database(db: Path, quotes_wanted: int) -> dict:
    """Copy the articles and quotes of the ingested database DB, each copy under new article ids
    (`ID#copy-K`) and new quote ids, until it holds QUOTES_WANTED quotes, then index the new
    quotes for full-text search as an ingest does: the query tables at that size without an
    ingest of that size. The copies are the same statements by the same speakers, so the
    speakers' counts (distinct statements) stay as they are."""
    from quotebook.store import schema

    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        articles, quotes = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes"))
        last_article_rowid, last_quote = (conn.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] for t in ("articles", "quotes"))
        copies = max(0, math.ceil(quotes_wanted / quotes) - 1) if quotes else 0
        article_columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "id"]
        quote_columns = [r[1] for r in conn.execute("PRAGMA table_info(quotes)") if r[1] not in ("id", "article_id")]
        names = lambda columns: ", ".join(f'"{c}"' for c in columns)  # noqa: E731
        for k in range(1, copies + 1):
            log(f"growing {db}: copy {k} of {copies} ({articles:,} articles, {quotes:,} quotes each)")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"INSERT INTO articles (id, {names(article_columns)}) SELECT id || '#copy-{k}', "
                         f"{names(article_columns)} FROM articles WHERE rowid <= ?", [last_article_rowid])
            conn.execute(f"INSERT INTO quotes (article_id, {names(quote_columns)}) SELECT article_id || '#copy-{k}', "
                         f"{names(quote_columns)} FROM quotes WHERE id <= ? ORDER BY id", [last_quote])
            schema.index_new_rows(conn)
            conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    finally:
        conn.close()
    return {"copies": copies, "articles_ingested": articles, "quotes_ingested": quotes, "quotes": total}


# ---------------------------------------------------------------------------
# (c) Database size and contents


def database_figures(db: Path) -> dict:
    size = sum(os.path.getsize(str(db) + s) for s in ("", "-wal") if os.path.exists(str(db) + s))
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "speakers")}
    finally:
        conn.close()
    figures = {"bytes": size, "mb": round(size / MB, 1), **counts}
    if counts["articles"]:
        figures["quotes_per_article"] = round(counts["quotes"] / counts["articles"], 2)
        figures["kb_per_article"] = round(size / counts["articles"] / 1024, 1)
    return figures


# ---------------------------------------------------------------------------
# (d) Query latency inside the process, (e) start-up of a whole command


def query_samples(db: Path, count: int, seed: int) -> tuple[list[str], list[str], list[str]]:
    """Speaker names (picked through random quotes, so busy speakers come up as often as they are quoted),
    search words (from random quotes) and speaker-name prefixes."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0
        speakers, words = [], []
        tries = 0
        while (len(speakers) < count or len(words) < count) and tries < count * 50:
            tries += 1
            row = conn.execute(
                "SELECT speakers.name, quotes.quote FROM quotes LEFT JOIN speakers ON speakers.id = quotes.speaker_id "
                "WHERE quotes.id >= ? ORDER BY quotes.id LIMIT 1",
                [rng.randint(1, max(top, 1))],
            ).fetchone()
            if not row:
                continue
            name, quote = row
            if name and len(speakers) < count:
                speakers.append(name)
            candidates = [w for w in re.findall(r"[^\W\d_]{5,}", quote) if w.lower() not in STOPWORDS]
            if candidates and len(words) < count:
                words.append(rng.choice(candidates).lower())
    finally:
        conn.close()
    prefixes = [n.split()[0][:4] for n in speakers if n.split()]
    return speakers, words, prefixes


def common_words(db: Path, count: int = 30) -> list[str]:
    """The COUNT words in most quotes (the full-text index's own counts), stopwords left out."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.quote_words USING fts5vocab(main, 'quotes_fts', 'row')")
        rows = conn.execute("SELECT term FROM temp.quote_words WHERE length(term) >= 4 ORDER BY doc DESC LIMIT ?",
                            [count + len(STOPWORDS)]).fetchall()
    finally:
        conn.close()
    return [term for (term,) in rows if term not in STOPWORDS][:count]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    low, high = math.floor(k), math.ceil(k)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def measure_queries(db: Path, count: int, seed: int, limit: int = 20) -> dict:
    # The store layer, imported and opened the way the CLI does.
    from quotebook.store import Store, StoreError

    speakers, words, prefixes = query_samples(db, count, seed)
    common = common_words(db)
    kinds = {
        "quotes --speaker": (speakers, lambda store, x: store.quotes(speaker=x, limit=limit)),
        "quotes --search": (words, lambda store, x: store.quotes(search=x, limit=limit)),
        "quotes --search, the most common words": (common * max(1, count // max(len(common), 1)),
                                                   lambda store, x: store.quotes(search=x, limit=limit)),
        "speakers": ([None] * count, lambda store, x: store.speakers(limit=limit)),
        "speakers --search": (prefixes, lambda store, x: store.speakers(search=x, limit=limit)),
    }
    results = {}
    with Store(str(db)) as store:
        for name, (args, run) in kinds.items():
            for x in args[:10]:  # warm-up
                try:
                    list(run(store, x))
                except StoreError:
                    pass
            times, cpu, rows, failed = [], [], 0, 0
            for x in args:
                started, started_cpu = time.perf_counter(), time.process_time()
                try:
                    found = list(run(store, x))
                except StoreError:
                    failed += 1
                    continue
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
                rows += len(found)
            results[name] = {
                "queries": len(times),
                "failed": failed,
                "limit": limit,
                "p50_ms": round(percentile(times, 0.5), 3),
                "p95_ms": round(percentile(times, 0.95), 3),
                # CPU time, which a busy machine inflates far less than wall time
                "cpu_p50_ms": round(percentile(cpu, 0.5), 3),
                "cpu_p95_ms": round(percentile(cpu, 0.95), 3),
                "max_ms": round(max(times), 3) if times else None,
                "mean_rows": round(rows / len(times), 1) if times else 0,
            }
    results["_samples"] = {"speaker": speakers[:1], "search": words[:5], "common": common}
    return results


def startup_env(**extra: str) -> dict:
    """The environment for a timed start-up: Python's bytecode cache on, as a user's install has it
    (with PYTHONDONTWRITEBYTECODE set, every start compiles quotebook's sources again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def measure_startup(db: Path, speaker: str, runs: int) -> dict:
    command = quotebook_command() + ["quotes", "--speaker", speaker, "--db", str(db), "--limit", "5"]
    env = startup_env()

    def wall(cmd) -> float:
        started = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        return (time.perf_counter() - started) * 1000

    wall(command)  # warm-up: page cache and bytecode cache
    times = [wall(command) for _ in range(runs)]
    python = [wall([sys.executable, "-c", "pass"]) for _ in range(runs)]
    ok = subprocess.run(command, capture_output=True, check=False).returncode == 0
    return {
        "command": " ".join(command),
        "exit_code_ok": ok,
        "runs": runs,
        "median_ms": round(statistics.median(times), 1),
        "min_ms": round(min(times), 1),
        "python_alone_median_ms": round(statistics.median(python), 1),
    }


def measure_first_line(db: Path, search: str, runs: int) -> dict:
    """Wall time from starting `quotebook quotes --search WORD` (a table, 80 columns) to its first line on
    stdout, and to its exit (the table shows 20 rows, then counts the rest)."""
    command = quotebook_command() + ["quotes", "--search", search, "--db", str(db)]
    env = startup_env(COLUMNS="80")

    def timed() -> tuple[float, float, str]:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        first = proc.stdout.readline()
        first_ms = (time.perf_counter() - started) * 1000
        rest = proc.stdout.read()
        proc.wait()
        return first_ms, (time.perf_counter() - started) * 1000, (first + rest)

    timed()  # warm-up: page cache
    results = [timed() for _ in range(runs)]
    output = results[-1][2].splitlines()
    return {
        "command": " ".join(command),
        "runs": runs,
        "first_line_median_ms": round(statistics.median(r[0] for r in results), 1),
        "exit_median_ms": round(statistics.median(r[1] for r in results), 1),
        "first_line": output[0] if output else "",
        "last_line": output[-1] if output else "",
    }


# ---------------------------------------------------------------------------
# The table


def verdict(key: str, value) -> tuple[str, str]:
    if key not in TARGETS or value is None:
        return "", ""
    op, bound = TARGETS[key]
    met = value >= bound if op == ">=" else value <= bound
    return f"{op} {bound:,}", "yes" if met else "NO"


def table_rows(figures: dict) -> list[list]:
    rows = []

    def add(label, value, unit="", key=None, note=""):
        target, met = verdict(key, value) if key else ("", "")
        shown = f"{value:,}" if isinstance(value, (int, float)) else str(value)
        rows.append([label, f"{shown} {unit}".strip(), target, met, note])

    ex = figures["extraction"]
    add("extraction, 1 core", ex["articles_per_s"], "articles/s", "extract_articles_per_s",
        f"median of {ex['passes']} passes over {ex['articles']:,} articles of {ex['mean_article_bytes']:,} B; "
        f"{ex['module']} core")
    add("extraction, 1 core", ex["mb_per_s"], "MB/s", note=f"{ex['quotes_per_article']} quotes/article")
    flat = figures.get("memory_flat")
    for run in figures["ingest"]:
        if run.get("reused"):
            add("ingest of the N articles", "not measured: --db reused as it was")
            continue
        label = f"ingest {run['articles']:,} articles, --jobs {figures['jobs']}"
        failed = "" if run["exit_code"] == 0 else f"EXIT {run['exit_code']}; "
        key = "ingest_seconds_100k" if run["articles"] == 100_000 else None
        add(label + ": wall", run["seconds"], "s", key, failed + f"{run['articles_per_s']:,} articles/s; CPU s: parent "
            f"{run['parent_cpu_seconds']}, workers {run['workers_cpu_seconds']}")
        note = (f"sum over the tree; parent {run['peak_parent_rss_mb']} MB, a worker {run['peak_worker_rss_mb']} MB, "
                f"PSS sum {run['peak_tree_pss_mb']} MB")
        add(label + ": peak RSS", run["peak_tree_rss_mb"], "MB", "ingest_peak_rss_mb", note)
    if flat is not None:
        rows.append([f"peak RSS flat ({flat['small_articles']:,} vs {flat['large_articles']:,})", f"{flat['ratio']:.2f}x",
                     "same peak", "yes" if flat["flat"] else "NO",
                     f"{flat['small_mb']} MB vs {flat['large_mb']} MB; flat = within 15%"])
    db = figures["database"]
    add("database size", db["mb"], "MB", note=f"{db['articles']:,} articles, {db['quotes']:,} quotes, "
        f"{db['speakers']:,} speakers; {db.get('kb_per_article', 0)} KB/article"
        + (f"; {figures['grown']['articles_ingested']:,} articles ingested, then copied {figures['grown']['copies']} "
           "times in SQL (--grow)" if figures.get("grown") else ""))
    q = figures["queries"]
    short = "" if figures["enough_quotes"] else f"only {db['quotes']:,} quotes (< 1,000,000; ~{figures['articles_needed']:,} articles needed)"
    for name, key95 in (("quotes --speaker", "speaker_query_p50_ms"), ("quotes --search", "search_query_p50_ms"),
                        ("quotes --search, the most common words", None), ("speakers", None), ("speakers --search", None)):
        r = q[name]
        note = f"p95 {r['p95_ms']} ms, {r['queries']} queries, limit {r['limit']}"
        if "cpu_p95_ms" in r:
            note += f"; CPU p50 {r['cpu_p50_ms']} ms, p95 {r['cpu_p95_ms']} ms"
        if r["failed"]:
            note += f", {r['failed']} failed"
        if short:
            note += "; " + short
        add(f"{name}: p50", r["p50_ms"], "ms", key95, note)
        if name.endswith("the most common words"):
            add(f"{name}: p95", r["p95_ms"], "ms", "search_common_p95_ms", f"{', '.join(q['_samples']['common'][:8])}, ..."
                + (f"; CPU p95 {r['cpu_p95_ms']} ms" if "cpu_p95_ms" in r else ""))
    s = figures["startup"]
    add("`quotebook quotes --speaker X --limit 5`", s["median_ms"], "ms wall", "startup_ms",
        f"median of {s['runs']}; bare python {s['python_alone_median_ms']} ms" + ("" if s["exit_code_ok"] else "; COMMAND FAILED"))
    f = figures.get("first_line")
    if f:
        add(f"`quotebook quotes --search {FIRST_LINE_SEARCH}` (table): first line", f["first_line_median_ms"], "ms wall",
            "first_line_ms", f"median of {f['runs']}; exits after {f['exit_median_ms']:,} ms; last line: {f['last_line'][:60]}"
            + ("" if figures["enough_quotes"] else "; " + short))
    return rows


def print_table(figures: dict) -> str:
    from tabulate import tabulate

    text = tabulate(table_rows(figures), headers=["measure", "value", "target", "met", "notes"], tablefmt="github")
    print(text)
    return text


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Robustness: the worst adversarial shapes of text, per MB (issue 16)

ROBUSTNESS_LIMIT_S = 60.0  # CPU seconds one measurement may take before it is called a blow-up
NOISE_FLOOR_S = 0.01  # CPU seconds below which a measurement is the timer's noise, not the work's
# CPU seconds below which a small text's measurement moves by a tenth from run to run (its
# process's fresh pages, the processor's caches): its pair is measured three times, the medians compared.
REPEAT_BELOW_S = 0.1


# What a fresh interpreter runs for one measurement: the text made, and one short article
# extracted first (what the first extraction loads once: the core's modules, the word lists),
# then extract timed alone.
MEASURE_ONE = """
import signal, sys, time
sys.path.insert(0, sys.argv[1])
from shapes import HEADLINE, shape_text
from quotebook import extract
text = shape_text(sys.argv[2], int(sys.argv[3]))
extract(HEADLINE + '"Kami siap," kata Budi Santoso.', indirect=True)
def expire(signum, frame):
    print("over"); sys.exit(0)
signal.signal(signal.SIGVTALRM, expire)
signal.setitimer(signal.ITIMER_VIRTUAL, float(sys.argv[5]))
started = time.process_time()
extract(text, indirect=sys.argv[4] == "indirect")
print(time.process_time() - started)
"""


def cpu_seconds_to_extract(shape: str, size: int, indirect: bool) -> float | None:
    """CPU seconds quotebook.extract takes on SIZE characters of the shape; None past
    ROBUSTNESS_LIMIT_S. Each in an interpreter of its own, as `quotebook extract` of
    that text would be: in one long process, a measurement reused the memory the ones
    before it had freed, so a small text could run in memory already mapped while a
    large one paid for fresh pages (0.5 ms a megabyte of them here), and a shape's figure
    hung on the shapes measured before it."""
    mode = "indirect" if indirect else "direct"
    done = subprocess.run(
        [sys.executable, "-c", MEASURE_ONE, str(HERE), shape, str(size), mode, str(ROBUSTNESS_LIMIT_S)],
        capture_output=True, text=True, timeout=ROBUSTNESS_LIMIT_S * 3, check=True,
    )
    answer = done.stdout.strip()
    return None if answer == "over" else float(answer)


def measure_robustness(small_mb: float, large_mb: float) -> dict:
    """For each shape, direct and --indirect: CPU s/MB at SMALL_MB and LARGE_MB of text, and
    their ratio (linear: the time per MB stays the same; the bar is within 5x for 4x the text)."""
    from quotebook import budget

    rows = []
    for shape in ROBUSTNESS_SHAPES:
        for indirect in (False, True):
            small = cpu_seconds_to_extract(shape, int(small_mb * 1_000_000), indirect)
            large = cpu_seconds_to_extract(shape, int(large_mb * 1_000_000), indirect) if small is not None else None
            if small is not None and large is not None and small < REPEAT_BELOW_S:
                small = _median_of_three(small, shape, int(small_mb * 1_000_000), indirect)
                large = _median_of_three(large, shape, int(large_mb * 1_000_000), indirect)
            row = {"shape": shape, "mode": "indirect" if indirect else "direct",
                   "s_per_mb_small": None if small is None else round(small / small_mb, 3),
                   "s_per_mb_large": None if large is None else round(large / large_mb, 3),
                   # (a run of a few milliseconds, a text with nothing to read, has no growth to measure)
                   "growth": None if small is None or small < NOISE_FLOOR_S or large is None else round(large / small, 2)}
            row["met"] = (large is not None and row["s_per_mb_large"] < 1.0
                          and (row["growth"] is None or row["growth"] <= 5 * large_mb / small_mb / 4))
            rows.append(row)
            log(f"robustness: {shape}, {row['mode']}: {row['s_per_mb_small']} s/MB at {small_mb} MB, "
                f"{row['s_per_mb_large']} s/MB at {large_mb} MB")
    return {"small_mb": small_mb, "large_mb": large_mb, "limit_s": ROBUSTNESS_LIMIT_S, "shapes": rows,
            "compiled": _compiled(), "met": all(r["met"] for r in rows), "budget_s_per_mb": budget.SECONDS_PER_MB}


def _median_of_three(first: float, shape: str, size: int, indirect: bool) -> float:
    """The median of FIRST and two more measurements of the same text (a blow-up counts as the limit)."""
    again = [cpu_seconds_to_extract(shape, size, indirect) for _ in range(2)]
    return statistics.median([first] + [ROBUSTNESS_LIMIT_S if t is None else t for t in again])


def budget_line(figures: dict) -> str:
    """The slowest shape per MB beside the CPU budget an article gets per MB (quotebook/budget.py):
    a shape that is only dense must stay well inside it, or ingest would leave such articles out."""
    worst = max((r[k] for r in figures["shapes"] for k in ("s_per_mb_small", "s_per_mb_large") if r[k] is not None),
                default=0.0)
    return (f"slowest shape {worst} s/MB; an article's CPU budget {figures['budget_s_per_mb']} s/MB "
            f"(quotebook/budget.py): {'within' if worst * 2 <= figures['budget_s_per_mb'] else 'NOT within'} half of it")


def _compiled() -> bool:
    import quotebook.extraction.pipeline as pipeline

    return not pipeline.__file__.endswith(".py")


def robustness_table(figures: dict) -> str:
    from tabulate import tabulate

    rows = [[r["shape"], r["mode"], "blow-up" if r["s_per_mb_small"] is None else r["s_per_mb_small"],
             "blow-up" if r["s_per_mb_large"] is None else r["s_per_mb_large"],
             "" if r["growth"] is None else f"{r['growth']}x", "yes" if r["met"] else "NO"]
            for r in figures["shapes"]]
    small, large = figures["small_mb"], figures["large_mb"]
    return tabulate(rows, headers=["shape", "mode", f"s/MB at {small} MB", f"s/MB at {large} MB",
                                   f"time {large} MB / {small} MB", "< 1 s/MB, linear"],
                    tablefmt="github", disable_numparse=True)


# ---------------------------------------------------------------------------
# Whole commands on real articles (issue 18): distinct copies of ../shared/corpus

# The yardstick: one regular-expression pass that finds a quote mark, a short quotation and the
# closing mark followed by a cue word, over the same file, read and decoded as the command reads it.
YARDSTICK = None


def yardstick_pattern():
    global YARDSTICK
    if YARDSTICK is None:
        from quotebook import lexicon

        cues = "|".join(sorted((re.escape(c) for c in lexicon.entries("cues")), key=len, reverse=True))
        YARDSTICK = re.compile(r'["\u201c\u201d]([^"\u201c\u201d\n]{1,800})["\u201c\u201d],?\s+(?:' + cues + r")\b")
    return YARDSTICK


def measure_yardstick(path: Path, runs: int = 3) -> dict:
    """Seconds of one regex pass over PATH (read, decoded, searched), the median of RUNS."""
    pattern = yardstick_pattern()
    times, cpu, found = [], [], 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        text = path.read_bytes().decode("utf-8")
        found = sum(1 for _ in pattern.finditer(text))
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {"seconds": round(statistics.median(times), 3), "cpu_seconds": round(statistics.median(cpu), 3),
            "runs": runs, "matches": found}


def real_corpus(workdir: Path, count: int) -> Path:
    """COUNT distinct copies of the real articles of ../shared/corpus, written once and reused."""
    path = workdir / f"real-{count}.jsonl"
    if not path.exists():
        log(f"writing {count:,} distinct copies of the real articles to {path}")
        corpus.write_copies(path, count, corpus.real_files())
    return path


def measure_extract_command(path: Path, articles: int, workdir: Path) -> dict:
    command = quotebook_command() + ["extract", "--nl", str(path)]
    log(f"whole command: {' '.join(command)} > /dev/null")
    result = run_measured(command, workdir / "extract-command.log", keep_stdout=False)
    result["articles"] = articles
    result["articles_per_s"] = round(articles / result["seconds"], 1)
    result["articles_per_cpu_s"] = round(articles / max(result["cpu_seconds"], 0.001), 1)
    return result


def measure_accuracy() -> list[dict]:
    """`quotebook evaluate` overall figures on each development set in ../shared/eval that is there."""
    rows = []
    for name in ("news-dev", "web-dev", "probes"):
        gold = corpus.SHARED / "eval" / f"{name}.jsonl"
        if not gold.exists():
            continue
        done = subprocess.run(quotebook_command() + ["evaluate", str(gold), "--json"], capture_output=True, text=True)
        try:
            overall = [r for r in json.loads(done.stdout) if r.get("outlet") == "overall"][-1]
        except (ValueError, IndexError):
            rows.append({"set": name, "error": (done.stderr or done.stdout).strip()[-200:]})
            continue
        rows.append({"set": name, **{k: overall.get(k) for k in ("articles", "gold", "quote_f1", "speaker_acc", "title_f1", "e2e_f1")}})
    return rows


def measure_real(args) -> dict:
    """The commands users run on real articles: extract --nl (beside the in-process figure, and as a ratio to
    the yardstick regex pass over the same file), ingest --jobs N at each size, and the dev sets' accuracy."""
    args.workdir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(args.real_sizes))
    files = {n: real_corpus(args.workdir, n) for n in sizes}
    first = files[args.extract_size] if args.extract_size in files else real_corpus(args.workdir, args.extract_size)
    figures: dict = {"sizes": sizes, "jobs": args.jobs, "compiled": _compiled()}
    figures["in_process"] = measure_extraction(read_texts(first, args.extract_articles), args.passes)
    figures["yardstick"] = measure_yardstick(first)
    figures["extract"] = measure_extract_command(first, args.extract_size, args.workdir)
    figures["extract"]["times_yardstick"] = round(figures["extract"]["seconds"] / figures["yardstick"]["seconds"], 1)
    figures["extract"]["cpu_times_yardstick"] = round(figures["extract"]["cpu_seconds"] / figures["yardstick"]["cpu_seconds"], 1)
    figures["ingest"] = []
    for n in sizes:
        db = args.workdir / f"real-{n}.db"
        run = measure_ingest(files[n], n, db, args.jobs, args.workdir)
        run["times_yardstick"] = round(run["seconds"] / (figures["yardstick"]["seconds"] * n / args.extract_size), 1)
        run["cpu_times_yardstick"] = round(run["cpu_seconds"] / (figures["yardstick"]["cpu_seconds"] * n / args.extract_size), 1)
        figures["ingest"].append(run)
        remove_db(db)
    small = [r for r in figures["ingest"] if r["articles"] == min(sizes)]
    large = [r for r in figures["ingest"] if r["articles"] == max(sizes)]
    if small and large and small[0]["peak_tree_rss_mb"]:
        figures["memory_ratio"] = round(large[0]["peak_tree_rss_mb"] / small[0]["peak_tree_rss_mb"], 2)
    figures["accuracy"] = measure_accuracy()
    return figures


REAL_BARS = {"extract_per_s": 1500, "extract_times_yardstick": 12, "ingest_20000": 20, "ingest_100000": 100, "memory_ratio": 1.2}


def real_table(figures: dict) -> str:
    from tabulate import tabulate

    rows = []
    ex, yard, inp = figures["extract"], figures["yardstick"], figures["in_process"]
    rows.append(["yardstick: one regex pass (quote, cue) over the file", f"{yard['seconds']} s", "", "",
                 f"{yard['cpu_seconds']} s CPU; {yard['matches']:,} matches; median of {yard['runs']}"])
    rows.append([f"`quotebook extract --nl` of {ex['articles']:,} real articles", f"{ex['articles_per_s']:,} articles/s",
                 ">= 1,500", "yes" if ex["articles_per_s"] >= REAL_BARS["extract_per_s"] else "NO",
                 f"{ex['seconds']} s wall, {ex['cpu_seconds']} s CPU ({ex['articles_per_cpu_s']:,}/CPU s)"])
    rows.append(["  as a ratio to the yardstick", f"{ex['times_yardstick']}x", "<= 12x",
                 "yes" if ex["times_yardstick"] <= REAL_BARS["extract_times_yardstick"] else "NO",
                 f"CPU time / the yardstick's CPU time {ex['cpu_times_yardstick']}x (the ratio a busy machine moves least)"])
    rows.append(["in-process extraction, same articles", f"{inp['articles_per_s']:,} articles/s", "", "",
                 f"{inp['articles_per_cpu_s']:,}/CPU s; median of {inp['passes']} passes over {inp['articles']:,}; "
                 f"{inp['module']} core"])
    for run in figures["ingest"]:
        bar = REAL_BARS.get(f"ingest_{run['articles']}")
        failed = "" if run["exit_code"] == 0 else f"EXIT {run['exit_code']}; "
        rows.append([f"`quotebook ingest --jobs {figures['jobs']}` of {run['articles']:,}", f"{run['seconds']} s",
                     f"<= {bar} s" if bar else "", ("yes" if run["seconds"] <= bar else "NO") if bar else "",
                     failed + f"{run['articles_per_s']:,} articles/s; {run['times_yardstick']}x the yardstick "
                     f"(CPU {run['cpu_times_yardstick']}x); CPU s parent "
                     f"{run['parent_cpu_seconds']}, workers {run['workers_cpu_seconds']}; peak RSS (tree) {run['peak_tree_rss_mb']} MB"])
    if "memory_ratio" in figures:
        sizes = figures["sizes"]
        rows.append([f"peak memory {max(sizes):,} vs {min(sizes):,}", f"{figures['memory_ratio']}x", "<= 1.2x",
                     "yes" if figures["memory_ratio"] <= REAL_BARS["memory_ratio"] else "NO", "RSS summed over the process tree"])
    for acc in figures["accuracy"]:
        if "error" in acc:
            rows.append([f"accuracy, {acc['set']}", "ERROR", "", "", acc["error"]])
            continue
        rows.append([f"accuracy, {acc['set']} ({acc['articles']} articles, {acc['gold']} quotes)",
                     f"e2e F1 {acc['e2e_f1']}", "", "",
                     f"quote F1 {acc['quote_f1']}, speaker {acc['speaker_acc']}, title F1 {acc['title_f1']}"])
    return tabulate(rows, headers=["measure", "value", "bar", "met", "notes"], tablefmt="github", disable_numparse=True)


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", "-n", type=int, default=None, help="articles in the corpus (default 100,000; 2,000 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a small run for development: 2,000 articles, fewer passes and queries")
    parser.add_argument("--small", type=int, default=None, help="the smaller ingest, to show memory stays flat (default 10,000)")
    parser.add_argument("--jobs", type=int, default=2, help="ingest --jobs (default 2)")
    parser.add_argument("--db", type=Path, default=None,
                        help="database of the N-article ingest: reused as it is when the file exists "
                             "(its ingest is then not measured), else built and kept there")
    parser.add_argument("--extract-articles", type=int, default=None, help="articles in each extraction pass (default 3,000)")
    parser.add_argument("--passes", type=int, default=None, help="extraction passes (default 5)")
    parser.add_argument("--queries", type=int, default=None, help="queries of each kind (default 300)")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--grow", type=int, default=None, metavar="QUOTES",
                        help="with --db, when the database is built: copy its articles and quotes under new ids until "
                             "it holds QUOTES quotes (the query figures at that size without an ingest of that size)")
    parser.add_argument("--keep", action="store_true", help="keep the N-article database in the work folder (--db always keeps it)")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--robustness", action="store_true",
                        help="only the robustness section: adversarial shapes at 1 and 4 MB (0.25 and 1 MB with --quick)")
    parser.add_argument("--sample-only", action="store_true", help="build the corpus from data/sample alone, as without ../shared")
    parser.add_argument("--real", action="store_true",
                        help="only the whole commands on real articles (distinct copies of ../shared/corpus): extract --nl "
                             "as a ratio to one regex pass, ingest at 10,000, 20,000 and 100,000 articles, dev-set accuracy")
    parser.add_argument("--real-sizes", type=lambda v: [int(x) for x in v.split(",")], default=None,
                        help="ingest sizes for --real, comma-separated (default 10000,20000,100000; 1000,2000 with --quick)")
    parser.add_argument("--extract-size", type=int, default=None,
                        help="articles for extract --nl with --real (default 20,000; 2,000 with --quick)")
    parser.add_argument("--workdir", type=Path, default=OUT / "work", help="corpus and databases (default bench/out/work)")
    parser.add_argument("--json-out", type=Path, default=None, help="where to write the figures (default bench/out/last.json; quick.json with --quick)")
    args = parser.parse_args(argv)
    quick = args.quick
    args.articles = args.articles or (2_000 if quick else 100_000)
    args.small = args.small or (min(10_000, max(args.articles // 5, 1)) if quick or args.articles <= 10_000 else 10_000)
    args.extract_articles = args.extract_articles or (300 if quick else 3_000)
    args.passes = args.passes or (3 if quick else 5)
    args.queries = args.queries or (100 if quick else 300)
    if quick and args.startup_runs == 10:
        args.startup_runs = 5
    args.real_sizes = args.real_sizes or ([1_000, 2_000] if quick else [10_000, 20_000, 100_000])
    args.extract_size = args.extract_size or (2_000 if quick else 20_000)
    args.json_out = args.json_out or OUT / ("quick.json" if quick else "last.json")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    sizes = (0.25, 1.0) if args.quick else (1.0, 4.0)
    if args.robustness:
        figures = {"command": "python bench/bench.py " + " ".join(sys.argv[1:] if argv is None else argv),
                   "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "commit": _git_commit(),
                   "robustness": measure_robustness(*sizes)}
        print()
        print(robustness_table(figures["robustness"]))
        print(f"\ncompiled core: {figures['robustness']['compiled']}; CPU time of quotebook.extract, each in a fresh process; "
              f"all under 1 s/MB and linear: {figures['robustness']['met']}")
        print(budget_line(figures["robustness"]))
        out = args.json_out.with_name("robustness.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
        return 0 if figures["robustness"]["met"] else 1
    if args.real:
        figures = {"command": "python bench/bench.py " + " ".join(sys.argv[1:] if argv is None else argv),
                   "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "commit": _git_commit(), "real": measure_real(args)}
        figures["seconds"] = round(time.perf_counter() - started, 1)
        figures["table"] = real_table(figures["real"])
        print()
        print(figures["table"])
        print(f"\ncompiled core: {figures['real']['compiled']}; whole commands timed from outside (wall, and CPU of the "
              f"process tree from wait4); {figures['command']} ({figures['seconds']} s)")
        out = args.json_out.with_name("quick-real.json" if args.quick else "real.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    files = corpus.source_files(shared=None if args.sample_only else corpus.SHARED)
    reuse = args.db is not None and args.db.exists() and args.db.stat().st_size > 0
    big_db = args.db or args.workdir / f"bench-{args.articles}.db"
    small_db = args.workdir / f"bench-{args.small}.db"

    # The corpus: N articles, or only the small one when the big database is reused.
    count = args.small if reuse else args.articles
    corpus_path = corpus_file(args.workdir, max(count, args.small), args.seed, files)
    small_path = head_file(corpus_path, args.small, args.workdir) if args.small < max(count, args.small) else corpus_path

    figures: dict = {
        "command": "python bench/bench.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "platform": platform.platform()},
        "commit": _git_commit(),
        "corpus": {**json.loads(corpus_path.with_suffix(".json").read_text()), "path": str(corpus_path)},
        "jobs": args.jobs,
        "targets": {k: f"{op} {v}" for k, (op, v) in TARGETS.items()},
    }

    log(f"extraction: {args.extract_articles:,} articles x {args.passes} passes")
    figures["extraction"] = measure_extraction(read_texts(corpus_path, args.extract_articles), args.passes)

    runs = [measure_ingest(small_path, args.small, small_db, args.jobs, args.workdir)]
    if reuse:
        log(f"reusing the database {big_db}: its ingest is not measured")
        runs.append({"articles": None, "reused": True, "db": str(big_db)})
    elif args.articles != args.small:
        runs.append(measure_ingest(corpus_path, args.articles, big_db, args.jobs, args.workdir))
    else:
        big_db = small_db
    figures["ingest"] = runs
    if args.grow and not reuse:
        figures["grown"] = grow_database(big_db, args.grow)
    measured = [r for r in runs if not r.get("reused") and r["exit_code"] == 0]
    if len(measured) == 2:
        small_mb, large_mb = measured[0]["peak_tree_rss_mb"], measured[1]["peak_tree_rss_mb"]
        ratio = large_mb / small_mb if small_mb else float("inf")
        # Flat: the 10x larger corpus peaks within 15% of the smaller one.
        figures["memory_flat"] = {"small_articles": measured[0]["articles"], "large_articles": measured[1]["articles"],
                                  "small_mb": small_mb, "large_mb": large_mb, "ratio": round(ratio, 3), "flat": ratio <= 1.15}

    figures["database"] = database_figures(big_db)
    quotes = figures["database"]["quotes"]
    articles = figures["database"]["articles"]
    figures["enough_quotes"] = quotes >= QUOTES_FOR_QUERIES
    figures["articles_needed"] = math.ceil(QUOTES_FOR_QUERIES * articles / quotes / 1000) * 1000 if quotes else None
    if not figures["enough_quotes"]:
        log(f"the database holds {quotes:,} quotes, fewer than {QUOTES_FOR_QUERIES:,}: "
            f"about {figures['articles_needed']:,} articles are needed (--articles {figures['articles_needed']})")

    log(f"queries: {args.queries} of each kind on {quotes:,} quotes")
    figures["queries"] = measure_queries(big_db, args.queries, args.seed)
    speaker = (figures["queries"]["_samples"]["speaker"] or ["Joko Widodo"])[0]
    log(f"start-up: {args.startup_runs} runs")
    figures["startup"] = measure_startup(big_db, speaker, args.startup_runs)
    log(f"first line of quotes --search {FIRST_LINE_SEARCH}: {args.startup_runs} runs")
    figures["first_line"] = measure_first_line(big_db, FIRST_LINE_SEARCH, args.startup_runs)
    if small_db != big_db:
        remove_db(small_db)
    if args.db is None and not args.keep:
        remove_db(big_db)

    figures["robustness"] = measure_robustness(*sizes)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["met"] = {key: verdict(key, value)[1] == "yes" for key, value in _target_values(figures).items()}
    print()
    figures["table"] = print_table(figures)
    print("\nRobustness: CPU time per MB of the worst adversarial shapes\n")
    print(robustness_table(figures["robustness"]))
    print(budget_line(figures["robustness"]))
    print(f"\n{figures['command']}  ({figures['seconds']} s; figures in {args.json_out})")
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
    return 0


def _target_values(figures: dict) -> dict:
    runs = [r for r in figures["ingest"] if not r.get("reused")]
    values = {
        "extract_articles_per_s": figures["extraction"]["articles_per_s"],
        "ingest_peak_rss_mb": max((r["peak_tree_rss_mb"] for r in runs), default=None),
        "speaker_query_p50_ms": figures["queries"]["quotes --speaker"]["p50_ms"],
        "search_query_p50_ms": figures["queries"]["quotes --search"]["p50_ms"],
        "search_common_p95_ms": figures["queries"]["quotes --search, the most common words"]["p95_ms"],
        "startup_ms": figures["startup"]["median_ms"],
        "first_line_ms": figures["first_line"]["first_line_median_ms"],
    }
    hundred = [r for r in runs if r.get("articles") == 100_000]
    if hundred:
        values["ingest_seconds_100k"] = hundred[0]["seconds"]
    return values


def _git_commit() -> str | None:
    """The commit measured, with `+changes` when quotebook/ or data/ differ from it."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "quotebook", "data"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return commit + ("+changes" if dirty else "")


if __name__ == "__main__":
    sys.exit(main())
