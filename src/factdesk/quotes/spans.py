"""The working records of the quote stage: a cue and the attribution built around it."""
from __future__ import annotations

from dataclasses import dataclass, field

from factdesk.models import QuoteKind


@dataclass
class Cue:
    """A reporting expression: `head` is the token index of its verb (or 'according')."""

    head: int
    start: int  # character offsets of the cue text
    end: int
    score: float
    source_head: int | None = None  # token index of the speaker's head word
    source_start: int | None = None  # token span of the speaker mention
    source_end: int | None = None
    named: str | None = None  # the name a transcript's label gives ("JAKE TAPPER") when the parse knows none


@dataclass
class Content:
    start: int  # character offsets into the article
    end: int
    kind: QuoteKind


@dataclass
class Attribution:
    cue: Cue | None
    contents: list[Content] = field(default_factory=list)
    confidence: float = 0.5
