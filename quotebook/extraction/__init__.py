"""The extraction core: direct quotes in one Indonesian news article, with speakers.

Text in, ``Quote`` records out, no I/O. ``pipeline.extract`` runs the stages,
one module each, in the order the data flows:

- ``layout``: the paragraphs, and which of them carry no reported words.
- ``article``: the ``Article`` that holds what is found once per article
  (paragraphs, words, verbs, clause breaks, name evidence, phrases read).
- ``marks``: where quote marks are paired into spans.
- ``cues`` (with ``phrases``): the cue beside each span, and the phrase in it
  that names the speaker; a span with no cue must stand alone.
- ``mentions`` (with ``titles`` and ``evidence``): a phrase read as a person,
  where the name starts, the title split from the bare name.
- ``context``: the people named around quotes that stand alone, and who a
  quote with no name of its own (``katanya``) is from.
- ``people``: everyone the article names, so that a short form (``kata
  Imron``) becomes the fullest form of the name and title.
- ``pipeline``: the choice of each quote's speaker.

``vocabulary`` holds the word lists of data/ (``VOCAB``), ``tokens`` the
shapes of single words. All patterns are linear: no nested quantifiers over
the same characters.
"""
from .._compiled import import_current_extraction

import_current_extraction(__name__, __path__[0])

from .mentions import parse_mention  # (after the check: it may send these imports to the sources)
from .pipeline import extract

__all__ = ["extract", "parse_mention"]
