"""Who said what: quote spans, cues, speakers and their roles.

Implementations register by versioned name (`EXTRACTORS`) so a better one can replace a
worse one without touching the pipeline, which calls `extract_quotes(doc, article)`.
"""
from __future__ import annotations

import logging
from typing import Protocol

from factdesk.models import Article, Quote

log = logging.getLogger(__name__)


class QuoteExtractor(Protocol):
    def __call__(self, doc, article: Article) -> list[Quote]: ...


def _v1(doc, article: Article) -> list[Quote]:
    """Quote marks and parse rules, with the learned cue scorer (cue_weights.json)."""
    from factdesk.quotes.extract import extract

    return extract(doc, article, language=article.language or "en")


EXTRACTORS: dict[str, QuoteExtractor] = {"factdesk.quotes.v1": _v1}
DEFAULT = "factdesk.quotes.v1"


def extract_quotes(doc, article: Article) -> list[Quote]:
    """Every quote of the article: direct, partial, indirect (and scare quotes, speakerless).

    A failure here costs the article its quotes, never its analysis: it is logged, not raised.
    """
    try:
        return EXTRACTORS[DEFAULT](doc, article)
    except Exception:  # noqa: BLE001 - one odd article must not stop a batch
        log.exception("quote extraction failed for article %s; no quotes kept", article.id)
        return []
