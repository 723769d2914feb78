"""The extraction core: direct quotes in one Indonesian news article, with speakers.

Text in, ``Quote`` records out, no I/O. The stages, in the order the data
flows (``pipeline.extract`` runs them):

- ``layout``: the paragraphs, and which of them carry no reported words.
- ``marks``: quote marks paired into spans.
- ``cues`` (with ``phrases``): the cue beside each span, and the phrase in it
  that names the speaker; a span with no cue must stand alone.
- ``mentions`` (with ``titles`` and ``evidence``): a phrase read as a person,
  the title split from the bare name.
- ``context``: the people named around quotes that stand alone, and who a
  quote with no name of its own is from.
- ``people``: everyone the article names, so that a short form (``kata
  Imron``) becomes the fullest form of the name and title.
- ``pipeline``: the choice of each quote's speaker.

``vocabulary`` holds the word lists of data/, ``tokens`` the shapes of single
words, ``article`` the per-article indexes. All patterns are linear: no nested
quantifiers over the same characters.
"""
from .mentions import parse_mention
from .pipeline import extract

__all__ = ["extract", "parse_mention"]
