"""Request bodies (JSON in) and response shapes (JSON out) as the OpenAPI document shows them.

Response shapes are derived from the data model's dataclasses, so they follow it; they
document the API and never filter what a route returns.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Literal, get_type_hints

from pydantic import BaseModel, Field, create_model

from factdesk.models import Article, Claim, Entity, Evidence, Quantity, Quote, VerdictLabel, Voice


class TextIn(BaseModel):
    """Pasted text to analyze: plain text, HTML, or JSON / JSON Lines records."""

    text: str = Field(..., description="The article text (or HTML, or JSON records)")
    kind: Literal["text", "html", "json", "jsonl"] = "text"
    title: str | None = Field(None, description="Used when the text itself has no title")


class CheckIn(BaseModel):
    claim: str = Field(..., description="The claim to check against the archive", min_length=1)
    top_k: int = Field(8, ge=1, le=50, description="How many evidence sentences to weigh")


class ExportIn(CheckIn):
    format: Literal["claimreview", "md", "html", "text"] = "claimreview"
    url: str | None = Field(None, description="ClaimReview: the page that publishes this check")
    author_name: str | None = Field(None, description="ClaimReview: the fact-checking organization")
    item_author: str | None = Field(None, description="ClaimReview: who made the claim")
    appearance_url: str | None = Field(None, description="ClaimReview: where the claim was made")
    item_date_published: str | None = Field(None, description="ClaimReview: when it was made")


def _out(record: type, doc: str, **extra: Any) -> type[BaseModel]:
    """A response model with the dataclass's fields plus `extra` ones."""
    hints = get_type_hints(record)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.default is not dataclasses.MISSING:
            fields[f.name] = (hints[f.name], f.default)
        elif f.default_factory is not dataclasses.MISSING:
            fields[f.name] = (hints[f.name], Field(default_factory=f.default_factory))
        else:
            fields[f.name] = (hints[f.name], ...)
    return create_model(f"{record.__name__}Out", __doc__=doc, **fields, **extra)


_LINK = (str, Field(..., description="/articles/{article_id}#s-{start}: the sentence in its article"))
QuoteOut = _out(Quote, "A quote with its speaker; `color` is its speaker's color in `speakers`.",
                speaker_key=(str | None, None), color=(int | None, None))
EvidenceOut = _out(Evidence, "An evidence sentence, its stance towards the claim, and its source.",
                   link=_LINK)
VoiceOut = _out(Voice, "A named speaker in the archive who supports or disputes the claim.",
                link=_LINK)


class SentenceSpan(BaseModel):
    index: int
    start: int
    end: int


class SpeakerSummary(BaseModel):
    key: str
    name: str
    role: str | None
    kind: str
    note: str = Field("", description='"unnamed" (an anonymous source), "unresolved" (a pronoun nobody fits), or ""')
    quotes: int = Field(..., description="How many quotes the article attributes to them")
    quote_ids: list[str]
    color: int


class AnalysisOut(BaseModel):
    """One analyzed article: offsets (start, end) are characters of `article.text`."""

    article: Article
    entities: list[Entity]
    quotes: list[QuoteOut]
    claims: list[Claim]
    sentences: list[SentenceSpan]
    notes: list[str]
    speakers: list[SpeakerSummary]
    link: str


class AnalysesOut(BaseModel):
    """Analyses of the articles read from the input, and the parts that could not be read."""

    analyses: list[AnalysisOut]
    errors: list[str] = []


class VerdictOut(BaseModel):
    claim: str
    label: VerdictLabel
    confidence: float
    rationale: str
    evidence: list[EvidenceOut]
    voices: list[VoiceOut]
    claim_quantities: list[Quantity]


class ArticlesOut(BaseModel):
    total: int
    articles: list[dict[str, Any]]


class HitOut(BaseModel):
    sentence_id: int
    article_id: str
    index: int
    start: int
    end: int
    text: str
    score: float
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    link: str = _LINK[1]


class SearchOut(BaseModel):
    query: str
    mode: str
    hits: list[HitOut]


class IngestOut(BaseModel):
    """One entry per uploaded file; `archive_count` is the archive's size afterwards."""

    results: list[dict[str, Any]]
    archive_count: int


def documented(model: type[BaseModel], description: str = "Success") -> dict:
    """`responses=` for a route that returns a dict shaped like `model` (documented, not filtered)."""
    return {"response_model": None, "responses": {200: {"model": model, "description": description}}}
