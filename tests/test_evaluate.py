"""`quotebook evaluate`: the per-outlet table, its outputs, bad gold files, and equality with score.py
(the scoring rules themselves: test_scoring.py)."""
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotebook.evaluate import evaluate_command
from quotebook.scoring import COLUMNS

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
# quotebook.extraction is imported inside the tests: importing the submodule at
# collection would replace the package's extract() for the test modules after this one.

BUDI = (
    "JAKARTA, KOMPAS.com - Harga cabai rawit di Pasar Induk naik dua kali lipat sejak awal pekan.\n\n"
    "\u201cStok dari petani berkurang karena hujan terus-menerus,\u201d kata Budi Santoso, pedagang di pasar itu.\n\n"
    "Ia berharap harga kembali turun menjelang Lebaran."
)
SITI = (
    "Semarang (ANTARA) - Jumlah penumpang kereta api di Stasiun Tawang meningkat menjelang libur sekolah.\n\n"
    '"Kami menambah dua perjalanan setiap hari," ujar Manajer Humas KAI Daop 4 Siti Rahmawati.'
)


def gold_line(text, quotes, source=None, article_id="a"):
    record = {"id": article_id, "text": text, "quotes": quotes}
    if source:
        record["source"] = source
    return json.dumps(record, ensure_ascii=False)


def invoke(*args):
    return CliRunner().invoke(evaluate_command, [str(a) for a in args], catch_exceptions=False)


def q(quote, speaker=None, title=None, **flags):
    return dict(quote=quote, speaker=speaker, title=title, **flags)


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join([
            gold_line(BUDI, [q("Stok dari petani berkurang karena hujan terus-menerus,", "Budi Santoso",
                               "pedagang di pasar itu")], "Kompas.com", "budi"),
            "",
            # No source: the outlet is read from the dateline.
            gold_line(SITI, [q("Kami menambah dua perjalanan setiap hari,", "Siti Rahmawati",
                               "Manajer Humas KAI Daop 4")], None, "siti"),
        ]) + "\n",
        encoding="utf-8",
    )
    return path


def test_extractor_finds_the_test_quotes():
    from quotebook.extraction import extract

    assert [(x.speaker, x.title) for x in extract(BUDI)] == [("Budi Santoso", "pedagang di pasar itu")]
    assert [x.speaker for x in extract(SITI)] == ["Siti Rahmawati"]


def test_table_per_outlet_and_overall(gold_file):
    result = invoke(gold_file)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == list(COLUMNS)
    assert [line.split()[0] for line in lines[2:]] == ["ANTARA", "Kompas.com", "overall"]
    assert lines[-1].split()[1:] == ["2", "2", "2", "2", "1", "1", "1", "1", "1", "1", "1"]


@pytest.mark.parametrize("flag", ["--json", "--nl", "--csv"])
def test_machine_readable_outputs(gold_file, flag):
    result = invoke(gold_file, flag)
    assert result.exit_code == 0, result.output
    if flag == "--json":
        rows = json.loads(result.stdout)
    elif flag == "--nl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        header, *rows = result.stdout.splitlines()
        assert header == ",".join(COLUMNS)
        rows = [dict(zip(COLUMNS, r.split(","))) for r in rows]
    assert [r["outlet"] for r in rows] == ["ANTARA", "Kompas.com", "overall"]


def test_a_gold_set_as_a_json_array_or_gzipped_scores_as_its_json_lines(gold_file, tmp_path):
    """The forms ingest and extract read are read here too: one JSON document, gzip."""
    import gzip

    records = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line]
    array, packed = tmp_path / "gold.json", tmp_path / "gold.jsonl.gz"
    array.write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")
    packed.write_bytes(gzip.compress(gold_file.read_bytes()))
    expected = invoke(gold_file, "--json").stdout
    assert invoke(array, "--json").stdout == invoke(packed, "--json").stdout == expected
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps([records[0], {"text": "x"}], indent=2), encoding="utf-8")
    result = invoke(broken)
    assert result.exit_code == 1 and result.stderr.splitlines()[0] == f'Error: {broken}:2: no "quotes" list'


def test_several_gold_files_are_scored_together(gold_file, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(gold_line(BUDI, [q("Harga ini tidak pernah setinggi sekarang.", "Budi Santoso")], "Kompas.com"),
                     encoding="utf-8")
    rows = json.loads(invoke(gold_file, other, "--json").stdout)
    assert [(r["outlet"], r["articles"], r["gold"], r["matched"]) for r in rows] == [
        ("ANTARA", 1, 1, 1), ("Kompas.com", 2, 2, 1), ("overall", 3, 3, 2),
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "{path}: no such file or directory"),
        ('{"text": "Harga naik.", "quotes": []}\n{"text": "Harga', "{path}:2: not a JSON object: Unterminated string starting at column 10"),
        # (json's message for a control character ends with `at`: said once, as ingest says it)
        ('{"text": "Harga\x01 naik.", "quotes": []}\n', "{path}:1: not a JSON object: Invalid control character at column 16"),
        ('{"text": "Harga naik.", "quotes": []}\n{"text": "Harga naik."}\n', '{path}:2: no "quotes" list'),
        # articles to extract from, not an annotated set: one line for the file, not one per article
        ('\n{"text": "Harga naik."}\n{"text": "Harga turun."}\n', '{path}: not an annotated set: no line has a "quotes" list'),
        ('{"quotes": []}\n', '{path}:1: no "text" string'),
        ('{"text": "Harga naik.", "quotes": [{"speaker": "Budi"}]}\n', '{path}:1: quote 1 has no "quote" text'),
        # (an array is one JSON document, as ingest reads it: its entries are named by number)
        ('[["text", "quotes"]]\n', "{path}:1: expected a JSON object, found an array"),
        # (a number Python will not read, and a line nested past its recursion limit: no traceback)
        ('{"text": "Harga naik.", "quotes": [], "n": ' + "9" * 5000 + "}\n", "{path}:1: not a JSON object: a number of more than 4300 digits"),
        ("[" * 100_000 + "]" * 100_000 + "\n", "{path}: not a JSON document: nested too deeply"),
        (b'{"text": "Harga \xff naik.", "quotes": []}\n', "{path}:1: not UTF-8 text"),
        ("\n\n", "{path}: no articles in it"),
        ("dir", "{path}: is a directory"),
    ],
)
def test_bad_gold_files_get_one_line_naming_file_and_line(tmp_path, gold_file, content, message):
    path = tmp_path / "bad.jsonl"
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    result = invoke(gold_file, path)
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: " + message.format(path=path))


def test_a_gold_path_that_cannot_be_read_is_worded_as_ingest_words_it(tmp_path, gold_file, monkeypatch):
    for path, problem in ((tmp_path / "typo.jsonl", "no such file or directory"), (f"{gold_file}/", "not a directory")):
        result = invoke(path)
        assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {problem}\n")

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("quotebook.scoring.open", refused, raising=False)  # (root reads a file of mode 000)
    result = invoke(gold_file)
    assert (result.exit_code, result.stderr) == (1, f"Error: {gold_file}: cannot read: Permission denied\n")


def test_a_gold_file_named_gz_that_holds_no_gzip_data_is_one_error_saying_so(tmp_path):
    page = tmp_path / "gold.jsonl.gz"
    page.write_text("<html>\n<head><title>404 Not Found</title></head>\n<body>Not Found</body>\n</html>\n")
    result = invoke(page)
    assert (result.exit_code, result.stderr) == (1, f"Error: {page}: not gzip-compressed data, though its name ends in .gz\n")


def test_registered_on_the_command_line(gold_file):
    from quotebook.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(gold_file), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[-1]["outlet"] == "overall"


# -- the same numbers as the shared scorer -----------------------------------


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval not beside the checkout")
@pytest.mark.parametrize("name", ["web-dev", "pfsa-dev"])
def test_overall_equals_score_py(name):
    from quotebook.extraction import extract

    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    path = EVAL / f"{name}.jsonl"

    result = invoke(path, "--json")
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[-1]

    gold = shared.load_jsonl(str(path))
    predictions = [
        dict(found.to_dict(), article_id=article["id"]) for article in gold for found in extract(article["text"])
    ]
    expected, _ = shared.score(gold, predictions, 0.75)
    assert {
        "articles": overall["articles"],
        "gold_quotes": overall["gold"],
        "predicted_quotes": overall["predicted"],
        "matched_quotes": overall["matched"],
        "quote_precision": overall["precision"],
        "quote_recall": overall["recall"],
        "quote_f1": overall["quote_f1"],
        "speaker_accuracy": overall["speaker_acc"],
        "named_speaker_precision": overall["named_prec"],
        "end_to_end_f1": overall["e2e_f1"],
        "title_token_f1": overall["title_f1"],
        "predictions_for_unknown_articles": 0,
    } == expected
