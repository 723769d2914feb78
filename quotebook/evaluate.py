"""`quotebook evaluate GOLD.jsonl...`: the extractor scored on annotated articles, per outlet and overall.

The scoring rules and the reading of gold files are in quotebook/scoring.py.
"""
from __future__ import annotations

import sys

import click

from .output import Table, emit, output_options
from .scoring import COLUMNS, MATCH, read_gold, score

# At 80 columns the counts give way to the scores.
TABLE = Table(COLUMNS, drop=("predicted", "matched", "articles", "named_prec", "gold"))


@click.command(context_settings={"help_option_names": ["-h", "--help"]})  # also when run on its own
@click.argument("gold_files", nargs=-1, required=True, metavar="GOLD.jsonl...")
@click.option(
    "--match", "threshold", type=click.FloatRange(0.0, 1.0), default=MATCH, show_default=True,
    help="Token F1 at which a found quote matches a gold quote.",
)
@output_options
def evaluate_command(gold_files, threshold, as_json, as_nl, as_csv, fmt):
    """Score the extractor on annotated articles, per outlet and overall.

    GOLD files are JSON Lines, one article a line: "text", "source" (the
    outlet; read from the text when absent) and "quotes", each with "quote",
    "speaker" (bare full name or null), optional "aliases", "title", and the
    flags "optional" and "speaker_unverified". The rules are those of the
    shared score.py: quotes match at token F1 >= --match, one to one.

    Columns: gold quotes, predicted quotes and matched ones; quote precision,
    recall and F1; speaker_acc, the share of matched quotes by a named speaker
    that name the right one; named_prec, the share of matched quotes given a
    name whose name is right (how far a name can be trusted); title_f1, the word overlap of their titles; and
    e2e_f1, the F1 of quotes found with the right speaker (or rightly none).
    A GOLD file - is read from standard input.

    \b
    Example:
      quotebook evaluate ../shared/eval/web-dev.jsonl
    """
    from .guarded import extract_article
    from .meta import read_meta

    articles, errors = [], []
    for path in gold_files:
        read, bad = read_gold(path)
        articles += read
        errors += bad
    if errors:
        for message in errors:
            click.echo(f"Error: {message}", err=True)
        sys.exit(1)

    failed = 0

    def scored():
        nonlocal failed
        for article in articles:
            quotes, error = extract_article(article.text)
            if error:
                failed += 1
                click.echo(f"Error: {article.origin}: {error}", err=True)
            found = [q.to_dict() for q in quotes]
            outlet = article.source or read_meta(article.text)["outlet"] or "(unknown)"
            yield outlet, article.quotes, found

    rows = score(scored(), threshold)
    emit(rows, COLUMNS, as_json=as_json, as_nl=as_nl, as_csv=as_csv, fmt=fmt, table=TABLE)
    if failed:
        sys.exit(1)
