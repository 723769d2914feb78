"""Speakers on shapes seen in a fresh sample of unseen articles (issue 12).

Every text is invented, in the shape of Indonesian news; none comes from an
article. Each case gives the text and the (speaker, title) expected for its
LAST quote, the one the rule decides (titles compared as sets of words; None
means no speaker or no title, better than a wrong one).
"""
from __future__ import annotations

import pytest

from .test_speakers import check, table


# An abbreviated office before the name at the cue is a title, not a name.
ABBREVIATED_OFFICES = table(
    (
        "sesmenko-before-the-name",
        "Pemerintah menyiapkan paket stimulus untuk menjaga daya beli menjelang Lebaran.\n\n"
        '"Paket ini diumumkan pekan depan," ujar Sesmenko Susiwijono di kantornya, Senin (3/3/2025).',
        "Susiwijono", "Sesmenko",
    ),
    (
        "wamen-abbreviation-before-the-name",
        '"Vaksin sudah tiba di semua provinsi," kata Wamenkes Bambang Hartono Wibisono.',
        "Bambang Hartono Wibisono", "Wamenkes",
    ),
)


@pytest.mark.parametrize("text,speaker,title", ABBREVIATED_OFFICES)
def test_abbreviated_offices_are_titles(text, speaker, title):
    check(text, speaker, title)
