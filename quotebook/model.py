"""The records the extraction core returns."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False)
class Quote:
    """One quotation found in an article.

    ``text[start:end] == quote`` for the text given to ``extract``.
    ``speaker`` is the bare full name (no honorifics, degrees or ranks) as the
    article gives it at its fullest, or None for an unnamed speaker;
    ``speaker_mention`` is the speaker as written at the cue (``Imron``,
    ``dia``, ``seorang warga``); ``title`` is the role the article states
    next to the name; ``kind`` is ``direct`` or ``indirect``; ``paragraph``
    counts paragraphs from 0.
    """

    quote: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    title: str | None
    cue: str | None
    kind: str
    paragraph: int

    def __init__(
        self, quote: str, start: int, end: int, speaker: str | None, speaker_mention: str | None,
        title: str | None, cue: str | None, kind: str, paragraph: int,
    ) -> None:
        # The fields in one dict update: the __init__ dataclass writes for a frozen class
        # sets each through object.__setattr__, 2.5x the cost, once per quote found.
        self.__dict__.update(
            quote=quote, start=start, end=end, speaker=speaker, speaker_mention=speaker_mention,
            title=title, cue=cue, kind=kind, paragraph=paragraph,
        )

    def to_dict(self) -> dict:
        """The fields in their order, as dataclasses.asdict gives them (written out: asdict
        copies each value deeply, a cost on every quote printed or stored)."""
        return {
            "quote": self.quote, "start": self.start, "end": self.end, "speaker": self.speaker,
            "speaker_mention": self.speaker_mention, "title": self.title, "cue": self.cue,
            "kind": self.kind, "paragraph": self.paragraph,
        }
