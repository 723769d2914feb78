"""Benchmark of quotebook on Spark in local mode, against `quotebook extract` on the same machine.

    python bench/spark_bench.py                  # 20,000 articles (a few minutes)
    python bench/spark_bench.py --articles 2000  # a quick look

Each figure is the wall time of one whole command, start-up included, on the
corpus bench/corpus.py makes (the same as bench/bench.py's, in bench/out/work):

* `quotebook extract --nl CORPUS` (one process, one core): the rate to beat;
* `python -m quotebook.spark CORPUS OUT --master local[N]` for each N of
  --masters (default local[1] and local[2]), and a Spark session's start alone,
  so that the engine's overhead per article is apart from its start-up;
* `quotebook ingest OUT` (the Parquet: storing without extracting) and
  `quotebook ingest CORPUS` (extracting and storing), both with --jobs 2.

The CPU time of each command, summed over its process tree (sampled from /proc:
the JVM and Spark's Python workers are not reaped by the command, so wait4 does
not count them), says how much of the machine it used; the load average before and after each says how busy the machine was.
Figures go to bench/out/spark.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402  (bench/bench.py: corpus, measured commands)
import corpus  # noqa: E402

STARTUP = (
    "import os, sys; os.environ.setdefault('PYSPARK_PYTHON', sys.executable)\n"
    "from quotebook.spark import session\n"
    "spark = session('{master}'); spark.range(1).count(); spark.stop()\n"
)


def measured(name: str, command: list[str], workdir: Path, articles: int) -> dict:
    load = os.getloadavg()[0]
    bench.log(f"{name}: {' '.join(command)}")
    result = bench.run_measured(command, workdir / f"spark-{name}.log")
    result.update(
        name=name, articles=articles, articles_per_s=round(articles / result["seconds"], 1),
        load_before=round(load, 1), load_after=round(os.getloadavg()[0], 1),
    )
    if result["exit_code"] not in (0,):
        bench.log(f"{name} exited with {result['exit_code']}: {result['output']}")
    bench.log(f"{name}: {result['seconds']} s, {result['articles_per_s']} articles/s, "
              f"CPU {result['cpu_seconds']} s, load {result['load_before']} -> {result['load_after']}")
    return result


def count_rows(db: Path) -> dict:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "speakers")}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", "-n", type=int, default=20_000)
    parser.add_argument("--masters", default="local[1],local[2]", help="Spark masters to run, comma-separated")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--workdir", type=Path, default=bench.OUT / "work")
    parser.add_argument("--json-out", type=Path, default=bench.OUT / "spark.json")
    parser.add_argument("--table", type=Path, metavar="JSON", help="print the table of an earlier run's figures")
    args = parser.parse_args(argv)
    if args.table:
        print(table(json.loads(args.table.read_text())))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    import quotebook.extraction

    compiled = not quotebook.extraction.__file__.endswith(".py")
    source = bench.corpus_file(args.workdir, args.articles, args.seed, corpus.source_files())
    n = args.articles
    quotebook = bench.quotebook_command()
    figures: dict = {
        "articles": n, "corpus_mb": round(source.stat().st_size / bench.MB, 1), "compiled_core": compiled,
        "cores": os.cpu_count(), "started": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": [],
    }
    runs = figures["runs"]
    runs.append(measured("extract", quotebook + ["extract", "--nl", str(source)], args.workdir, n))
    quotes = len((args.workdir / "spark-extract.log").read_text(encoding="utf-8").splitlines())
    output = args.workdir / f"spark-{n}.parquet"
    for master in args.masters.split(","):
        python = [sys.executable, "-c", STARTUP.format(master=master)]
        runs.append(measured(f"startup {master}", python, args.workdir, n))
        command = [sys.executable, "-m", "quotebook.spark", str(source), str(output), "--overwrite", "--master", master]
        runs.append(measured(f"spark {master}", command, args.workdir, n))
        runs[-1]["minus_startup_s"] = round(runs[-1]["seconds"] - runs[-2]["seconds"], 2)
    figures["parquet_mb"] = round(sum(p.stat().st_size for p in output.glob("*.parquet")) / bench.MB, 1)
    for name, path in (("ingest parquet", output), ("ingest jsonl", source)):
        db = args.workdir / f"spark-{name.split()[1]}.db"
        bench.remove_db(db)
        runs.append(measured(name, quotebook + ["ingest", str(path), "--db", str(db), "--jobs", "2"], args.workdir, n))
        runs[-1]["stored"] = count_rows(db)
    figures["extract_quotes"] = quotes
    figures["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(figures, indent=1))
    print(table(figures))
    bench.log(f"figures in {args.json_out}")
    return 0


def table(figures: dict) -> str:
    from tabulate import tabulate

    base = next(r for r in figures["runs"] if r["name"] == "extract")
    rows = []
    for run in figures["runs"]:
        rows.append([
            run["name"], run["seconds"], run.get("minus_startup_s", ""),
            run["articles_per_s"] if not run["name"].startswith("startup") else "",
            round(run["parent_cpu_seconds"] + run["workers_cpu_seconds"], 1),
            f"{run['load_before']} -> {run['load_after']}", run["exit_code"],
            "" if run["name"].startswith("startup") else f"{run['seconds'] / base['seconds']:.2f}",
        ])
    head = (f"{figures['articles']:,} articles ({figures['corpus_mb']} MB), {figures['extract_quotes']:,} quotes; "
            f"compiled core: {figures['compiled_core']}; Parquet {figures.get('parquet_mb')} MB; {figures['cores']} cores")
    return head + "\n" + tabulate(
        rows, headers=["command", "wall s", "minus start-up s", "articles/s", "CPU s (tree)", "load", "exit", "x extract"]
    )


if __name__ == "__main__":
    shutil.which("java") or print("warning: no java on PATH; Spark will not start", file=sys.stderr)
    sys.exit(main())
