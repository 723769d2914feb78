"""The scoring rules (quotebook/scoring.py): token matching, names, optional and unverified quotes, rows per outlet."""
import importlib.util
from pathlib import Path

import pytest

from quotebook import lexicon
from quotebook.scoring import COLUMNS, degrees, norm_name, score, score_article


def q(quote, speaker=None, title=None, **flags):
    return dict(quote=quote, speaker=speaker, title=title, **flags)


# -- the rules ---------------------------------------------------------------


def test_names_compare_without_honorifics_suffixes_or_apostrophe_styles():
    assert norm_name("Bapak H. Budi Santoso, S.H., M.Si.") == "budi santoso"
    assert norm_name("KH Ma\u2019ruf Amin") == norm_name("Ma'ruf Amin") == "maruf amin"
    assert norm_name(None) == norm_name("") == ""


def test_quotes_match_by_token_overlap_one_to_one():
    gold = [q("Stok dari petani berkurang karena hujan.", "Budi Santoso", "pedagang")]
    found = [
        q("stok dari petani berkurang karena hujan", "Budi Santoso", "pedagang di pasar"),
        q("Stok dari petani berkurang karena hujan.", "Budi Santoso"),  # the same quote twice: one is spurious
    ]
    tally = score_article(gold, found)
    assert (tally.gold, tally.predicted, tally.matched, tally.named_right) == (1, 2, 1, 1)


def test_two_quotes_merged_into_one_match_neither():
    gold = [q("Harga naik karena stok berkurang dari petani."), q("Kami berharap pemerintah turun tangan segera.")]
    found = [q("Harga naik karena stok berkurang dari petani. Kami berharap pemerintah turun tangan segera.")]
    assert score_article(gold, found).matched == 0


def test_optional_quotes_cost_nothing_either_way():
    gold = [q("Kami siap melayani pemudik sepanjang libur.", "Siti Rahmawati"), q("pengganggu desa", optional=True)]
    missed = score_article(gold, [q("Kami siap melayani pemudik sepanjang libur.", "Siti Rahmawati")])
    found = score_article(gold, [q("Kami siap melayani pemudik sepanjang libur.", "Siti Rahmawati"), q("pengganggu desa")])
    for tally in (missed, found):
        assert (tally.gold, tally.predicted, tally.matched) == (1, 1, 1)


def test_unverified_speakers_count_for_quotes_only():
    gold = [q("Semua armada sudah kami periksa kemarin.", "Budi Santoso", speaker_unverified=True)]
    row = score([("X", gold, [q("Semua armada sudah kami periksa kemarin.", "Orang Lain")])])[-1]
    assert (row["precision"], row["recall"], row["speaker_acc"]) == (1.0, 1.0, None)


def test_unnamed_speaker_is_right_only_when_left_unnamed():
    gold = [q("Airnya naik cepat sekali tadi malam.", None, "warga")]
    assert score_article(gold, [q("Airnya naik cepat sekali tadi malam.")]).end_to_end_right == 1
    assert score_article(gold, [q("Airnya naik cepat sekali tadi malam.", "Budi")]).end_to_end_right == 0


def test_rows_per_outlet_then_overall():
    articles = [
        ("Tempo", [q("Kami hormati semua putusan.", "Ali Mukartono", "jaksa")],
         [q("Kami hormati semua putusan.", "Ali Mukartono", "jaksa penuntut umum")]),
        ("ANTARA", [q("Ditahan untuk dua puluh hari pertama.", "Johan Budi")],
         [q("Ditahan untuk dua puluh hari pertama.", "Johan"), q("Sebuah istilah")]),
    ]
    rows = score(articles)
    assert [r["outlet"] for r in rows] == ["ANTARA", "Tempo", "overall"]
    antara, tempo, overall = rows
    assert (antara["precision"], antara["recall"], antara["speaker_acc"]) == (0.5, 1.0, 0.0)
    assert (tempo["speaker_acc"], tempo["title_f1"]) == (1.0, 0.5)
    assert (overall["articles"], overall["gold"], overall["predicted"], overall["matched"]) == (2, 2, 3, 2)
    assert (overall["precision"], overall["recall"], overall["quote_f1"]) == (0.6667, 1.0, 0.8)
    assert overall["e2e_f1"] == 0.4
    assert list(overall) == list(COLUMNS)


# -- the command -------------------------------------------------------------


# -- the scorer's own lists --------------------------------------------------


def test_the_word_lists_are_the_shared_scorers():
    """data/score_honorifics.txt and data/score_degrees.txt are score.py's lists, word for word."""
    path = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval not beside the checkout")
    spec = importlib.util.spec_from_file_location("shared_score_lists", path)
    score_py = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score_py)
    assert lexicon.words("score_honorifics") == frozenset(score_py.HONORIFICS)
    assert degrees().pattern == score_py.SUFFIX.pattern
