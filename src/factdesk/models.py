"""The data model: what factdesk reads, finds and concludes.

Every Quote, Claim and Evidence carries ``article_id`` and ``start``/``end`` character
offsets into ``Article.text`` so each output can be traced back to the words it came from.
Ids derive from content (sha256), so the same input always gets the same id.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any


def content_id(prefix: str, *parts: object) -> str:
    """A short, stable id made from the content it names."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


class QuoteKind(str, Enum):
    DIRECT = "direct"  # whole sentence(s) in quote marks
    PARTIAL = "partial"  # a quoted phrase inside reported speech
    INDIRECT = "indirect"  # reported speech without quote marks
    SCARE = "scare"  # quote marks with no speech cue: never has a speaker


class ClaimType(str, Enum):
    QUANTITY = "quantity"
    EVENT = "event"
    ATTRIBUTION = "attribution"
    CAUSAL = "causal"
    COMPARISON = "comparison"
    PREDICTION = "prediction"


class Assertion(str, Enum):
    """What kind of statement a sentence makes: only facts are checked."""

    FACT = "fact"
    OPINION = "opinion"
    QUESTION = "question"
    PREDICTION = "prediction"  # hedged or future-looking


class Stance(str, Enum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


class VerdictLabel(str, Enum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    MIXED = "mixed"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"


class _Record:
    """JSON round-trip for the dataclasses below (enums as values, nested records)."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        kwargs = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _revive(f.type, data[f.name])
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_NESTED: dict[str, type] = {}
_ENUMS: dict[str, type] = {
    "QuoteKind": QuoteKind,
    "ClaimType": ClaimType,
    "Assertion": Assertion,
    "Stance": Stance,
    "VerdictLabel": VerdictLabel,
}


def _revive(type_name: Any, value: Any) -> Any:
    if value is None:
        return None
    name = str(type_name)
    for enum_name, enum_cls in _ENUMS.items():
        if name.startswith(enum_name):
            return enum_cls(value)
    for rec_name, rec_cls in _NESTED.items():
        if name.startswith(f"list[{rec_name}]"):
            return [rec_cls.from_dict(v) for v in value]
        if name.startswith(rec_name):
            return rec_cls.from_dict(value)
    return value


def _register(cls):
    _NESTED[cls.__name__] = cls
    return cls


@_register
@dataclass
class Article(_Record):
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the publication
    published: str | None = None  # ISO date, when known
    author: str | None = None
    language: str | None = None  # ISO 639-1, "und" when unknown
    path: str | None = None  # the file it was read from
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id("art", self.url) if self.url else content_id("art", self.text)


@_register
@dataclass
class Sentence(_Record):
    article_id: str
    index: int
    start: int
    end: int
    text: str
    checkworthiness: float | None = None  # in [0, 1]; None where no model ran (other languages)


@_register
@dataclass
class Entity(_Record):
    text: str
    label: str
    start: int
    end: int


@_register
@dataclass
class Span(_Record):
    """A piece of the article text, e.g. the cue verb of a quote."""

    text: str
    start: int
    end: int


@_register
@dataclass
class Speaker(_Record):
    name: str | None  # canonical name ("Carlos Pérez Ricart"), None when unresolved
    mention: str  # as written here ("he", "Pérez Ricart", "the researcher")
    mention_start: int
    mention_end: int
    role: str | None = None  # "political scientist in Mexico City"
    kind: str = "person"  # person | organization | other


@_register
@dataclass
class Quote(_Record):
    article_id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.5
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id("quo", self.article_id, self.start, self.end)


@_register
@dataclass
class Quantity(_Record):
    text: str
    start: int
    end: int
    value: float | None
    qualifier: str = "exact"  # exact | more_than | less_than | about | just_under | at_least | at_most
    unit: str | None = None  # years, percent, USD, people …
    counted: str | None = None  # what is counted: "candidates assassinated"
    time: str | None = None  # "2024", or a resolved date


@_register
@dataclass
class Claim(_Record):
    article_id: str
    text: str
    start: int
    end: int
    score: float  # check-worthiness in [0, 1]
    type: ClaimType = ClaimType.EVENT
    assertion: Assertion = Assertion.FACT
    claimant: str | None = None
    claimant_source: str = "publication"  # quote | actor | author (of a column, or of a piece with no masthead) | publication
    quantities: list[Quantity] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id("clm", self.article_id, self.start, self.end)


@_register
@dataclass
class Analysis(_Record):
    """Everything factdesk found in one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what factdesk could not do, said plainly

    def to_output(self) -> dict[str, Any]:
        """The stable JSON shape printed by `factdesk analyze --format json` (docs/schema.md)."""
        return {
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end,
                 "checkworthiness": s.checkworthiness} for s in self.sentences
            ],
            "notes": list(self.notes),
        }


@_register
@dataclass
class Evidence(_Record):
    article_id: str
    sentence: str
    start: int
    end: int
    stance: Stance = Stance.NEUTRAL
    probability: float = 0.0  # probability of the stance given
    retrieval_score: float = 0.0
    context: str = ""  # the sentence with its neighbours
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    speaker: Speaker | None = None  # when the sentence lies in a quote
    signals: list[str] = field(default_factory=list)  # why: "number mismatch: 38 vs 28"
    quote: str | None = None  # the speaker's own words in the sentence, when it lies in a quote
    places: list[str] = field(default_factory=list)  # the places the sentence names
    dateline: str | None = None  # where and when its story was filed: "IGUALA, Mexico, Sept. 26, 2025"
    rating: str | None = None  # a rating the sentence gives the claim itself: "misleading"
    rates: str | None = None  # a fact-check's ruling ("We rate this claim False"): the sentence it rates
    ruled: str | None = None  # the claim a fact-check checks, stated: the ruling it got ("The claim is false.")
    named_around: list[str] = field(default_factory=list)  # the claim's names its story gives, the sentence not: "SB4"

    @property
    def id(self) -> str:
        return content_id("evi", self.article_id, self.start, self.end)


@_register
@dataclass
class Voice(_Record):
    """A named speaker in the archive who supports or disputes a claim, with the quote."""

    speaker: str
    stance: Stance
    quote: str
    article_id: str
    start: int
    end: int
    role: str | None = None
    title: str | None = None
    probability: float = 0.0


@_register
@dataclass
class Verdict(_Record):
    claim: str
    label: VerdictLabel
    confidence: float
    rationale: str
    evidence: list[Evidence] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)  # who says what, supports then refutes
    claim_quantities: list[Quantity] = field(default_factory=list)
