"""Names read right beside the words that look like them (issue 12,
mechanisms 2, 3, 4, 5 and 8): a role next to the name, institutions and places
before it, words that are names and common words at once, glued marks. Every
text is invented, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .conftest import check_one

ONE_QUOTE = [
    pytest.param(
        (
            "Kasat Reskrim AKP Darmawan Putra yang dihubungi menyebut tersangka sudah diperiksa."
            "\u201dBerkasnya kami kirim pekan depan. Tunggu saja,\"ucapnya.\n"
        ),
        dict(speaker="Darmawan Putra", quote_starts="Berkasnya kami kirim"),
        id="an_opening_mark_glued_to_a_full_stop_opens_a_quote",
    ),
]


@pytest.mark.parametrize("text,want", ONE_QUOTE)
def test_the_one_quote_of_each_text(text, want):
    check_one(text, **want)
