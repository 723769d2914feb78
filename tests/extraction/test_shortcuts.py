"""The shortcuts that let the extraction skip text (issue 18): each must find
what the whole scan it replaces finds, on the shapes where they could part.

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from quotebook.extraction import people


def spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "Dewi Kartika alias Deka datang bersama Saifullah Yusuf, atau yang akrab disapa Gus Ipul.",
        "Rudi Hartono yang biasa dipanggil Rudi, atau\tBambang Suharjo atau Basuki, dikenal dengan nama Bas.",
        "Ia dikenal dengan sapaan  Pak Haji; warga dikenal   dengan nama Cak Nur.",
        # glued or inside a word: `\b` decides, as in the whole scan
        "non-atau, pengatauan, xalias Budi, _disapa Rudi, 7dipanggil Joko, (dikenal Sari)",
        "atau",
        "",
    ],
)
def test_alias_words_are_the_matches_of_the_whole_scan(text):
    assert spans(people._alias_words(text)) == spans(people.ALIAS_WORD.finditer(text))
