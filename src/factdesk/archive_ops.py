"""Storing analyses in the archive, with their sentence embeddings when the encoder is there."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from factdesk.errors import FactdeskError
from factdesk.models import Analysis


def ingest_analyses(archive, analyses: Iterable[Analysis]) -> Iterator[tuple[str, bool, Exception | None]]:
    """Store each analysis in its own transaction; a failure loses nothing stored before."""
    for analysis in analyses:
        try:
            vectors = _embed_sentences(analysis)
            article_id, created = archive.add(analysis, vectors)
            yield article_id, created, None
        except FactdeskError as exc:
            yield analysis.article.id, False, exc


def _embed_sentences(analysis: Analysis):
    if not analysis.sentences:
        return None
    try:
        from factdesk.retrieval.encoder import load_encoder
    except ImportError:
        return None
    return load_encoder().encode([s.text for s in analysis.sentences])
