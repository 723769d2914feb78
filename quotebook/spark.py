"""quotebook on Apache Spark: the same extraction over an archive too large for one machine.

Install with ``pip install 'quotebook[spark]'`` (pyspark, pyarrow, pandas; Spark
needs a Java runtime), on the driver and on every executor.

In a Spark program::

    from quotebook.spark import extract_articles, extract_quotes

    articles = spark.read.json("archive/")        # id, text (or html); optional url, title, date, source, ...
    quotes = extract_quotes(articles)             # one row a quote: the fields of `quotebook extract --nl`
    extract_articles(articles).write.parquet("extracted/")   # one row an article, for `quotebook ingest`

From the command line (local mode, or under spark-submit on a cluster)::

    python -m quotebook.spark INPUT OUTPUT
    quotebook ingest OUTPUT

Each article is extracted on its own by the same function as `quotebook
ingest` (quotebook.dataset.article_row) in Spark's Python workers, a batch of
rows at a time through Arrow (``mapInArrow``). A Python worker is reused from
task to task (Spark's default), so the lexicons are read once per worker
process, and the compiled extraction core is used wherever the installed
quotebook has it. Nothing is shuffled: the output keeps the order of the input
partitions.
"""
from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from typing import Iterator

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from quotebook import dataset
from quotebook.articles import ARTICLE_FIELDS, ID_FIELDS, META_FIELDS
from quotebook.paths import absent

# The input columns read, when the DataFrame has them (Spark names a line that is not JSON _corrupt_record).
INPUT_COLUMNS = ARTICLE_FIELDS + ("text", "html") + META_FIELDS + ("_corrupt_record",)


def extract_articles(articles: DataFrame, *, indirect: bool = False) -> DataFrame:
    """One row per article with its quotes: the dataset that ``quotebook ingest`` reads.

    ARTICLES has a ``text`` column (or ``html``: the page, whose article is
    read as `quotebook ingest` reads a JSON line that gives "html" instead of
    "text") and, optionally, ``id``, ``url``, ``title``, ``date``, ``source``
    and the metadata a JSON line may give (``outlet``, ``dateline``,
    ``reporter``, ``editor``, ``year``, ``related``); other columns are ignored. The columns returned are described in quotebook.dataset: the
    article's fields and text, ``quotes`` (a list of structs with the fields of
    ``quotebook extract --nl``), ``warnings`` and ``error`` (why an article
    could not be read or extracted, else null). ``indirect`` adds indirect
    speech, as ``quotebook extract --indirect``.
    """
    if "text" not in articles.columns and "html" not in articles.columns:
        raise ValueError(f"a DataFrame of articles needs a text or html column; it has: {', '.join(articles.columns)}")
    columns = [  # an id or url that is not text is refused, as by ingest (quotebook.ids)
        F.col(name).cast("string") if name in ARTICLE_FIELDS and name not in ID_FIELDS else F.col(name)
        for name in INPUT_COLUMNS
        if name in articles.columns
    ]
    return articles.select(*columns).mapInArrow(partial(_extract_batches, indirect=indirect), spark_schema())


def extract_quotes(articles: DataFrame, *, indirect: bool = False) -> DataFrame:
    """One row per quote, with the fields of ``quotebook extract --nl``: article_id, quote, start, end,
    speaker, speaker_mention, title, cue, kind, paragraph (ARTICLES as for extract_articles)."""
    quotes = extract_articles(articles, indirect=indirect).select("article_id", F.explode("quotes").alias("found"))
    return quotes.select("article_id", *(F.col("found")[name].alias(name) for name in dataset.QUOTE_FIELDS))


def spark_schema():
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(dataset.schema())


def _extract_batches(batches: Iterator, indirect: bool) -> Iterator:
    """On an executor: each Arrow batch of articles -> a batch of dataset rows."""
    import pyarrow as pa

    schema = dataset.schema()
    for batch in batches:
        rows = [dataset.article_row(record, indirect=indirect) for record in batch.to_pylist()]
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


# ---------------------------------------------------------------------------
# python -m quotebook.spark INPUT OUTPUT


def read_articles(spark: SparkSession, path: str, form: str | None = None) -> DataFrame:
    """JSON Lines or Parquet articles: a file or a directory of shards (Parquet when the name says so)."""
    form = form or input_format(path)
    if form == "parquet":
        return spark.read.option("mergeSchema", "true").parquet(path)  # shards may differ in columns
    return spark.read.option("mode", "PERMISSIVE").json(path)


def input_format(path: str) -> str:
    if path.rstrip("/").lower().endswith(".parquet"):
        return "parquet"
    if os.path.isdir(path) and any(name.lower().endswith(".parquet") for name in os.listdir(path)):
        return "parquet"
    return "jsonl"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m quotebook.spark",
        description="Extract the quotes of articles on Spark and write them, with the articles, as Parquet "
        "that `quotebook ingest OUTPUT` stores.",
    )
    parser.add_argument("input", metavar="INPUT", help="JSON Lines or Parquet: a file or a directory of shards")
    parser.add_argument("output", metavar="OUTPUT", help="the Parquet directory to write")
    parser.add_argument("--format", choices=("jsonl", "parquet"), help="INPUT's format (default: from its name)")
    parser.add_argument("--indirect", action="store_true", help="also extract indirect (reported) speech")
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument("--partitions", type=int, metavar="N", help="repartition the input into N parts first")
    parser.add_argument("--master", metavar="URL",
                        help="Spark master when not run by spark-submit (default local[*]: every core here)")
    return parser.parse_args(argv)


def session(master: str | None) -> SparkSession:
    """The Spark session: spark-submit's when run by it, else local mode with this Python in the workers."""
    builder = SparkSession.builder.appName("quotebook")
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(master or "local[*]").config("spark.ui.showConsoleProgress", "false")
    return builder.getOrCreate()


def main(argv=None) -> int:
    args = parse_args(argv)
    if os.path.exists(args.output) and not args.overwrite:
        print(f"Error: {args.output}: exists already; give another OUTPUT or --overwrite", file=sys.stderr)
        return 1
    if "://" not in args.input and (problem := absent(args.input)):
        print(f"Error: {args.input}: {problem}", file=sys.stderr)
        return 1
    from pyspark.errors import AnalysisException

    spark = session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    try:
        articles = read_articles(spark, args.input, args.format)
        if args.partitions:
            articles = articles.repartition(args.partitions)
        found = extract_articles(articles, indirect=args.indirect)
    except (AnalysisException, ValueError) as exc:  # no articles there, no text column
        print(f"Error: {args.input}: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    found.write.mode("overwrite").parquet(args.output)
    return report(spark.read.parquet(args.output), args.output)


def report(written: DataFrame, output: str) -> int:
    """Say what was written (from the Parquet, without extracting again); 1 if an article failed."""
    totals = written.agg(
        F.count("*").alias("articles"), F.sum(F.size("quotes")).alias("quotes"), F.count("error").alias("failed")
    ).first()
    assert totals is not None  # an aggregate has one row
    for row in written.where(F.col("error").isNotNull()).select("id", "url", "error").limit(20).collect():
        print(f"Error: {row['id'] or row['url'] or '(no id)'}: {row['error']}", file=sys.stderr)
    print(
        f"{totals['articles']} articles, {totals['quotes'] or 0} quotes, {totals['failed']} failed -> {output}"
        f" (store it with: quotebook ingest {output})",
        file=sys.stderr,
    )
    return 1 if totals["failed"] else 0


if __name__ == "__main__":
    # Run as a file (spark-submit .../quotebook/spark.py): the workers import the installed module.
    from quotebook.spark import main as installed_main

    sys.exit(installed_main())
