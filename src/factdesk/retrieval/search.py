"""Search the archive's sentences by words, by meaning, or both fused (the default)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from factdesk.retrieval.dense import top_k
from factdesk.retrieval.fusion import reciprocal_rank_fusion
from factdesk.retrieval.terms import query_terms
from factdesk.store.archive import SentenceHit

MODES = ("lexical", "semantic", "hybrid")
CANDIDATES = 50  # per ranking, before fusion


@dataclass
class Hit(SentenceHit):
    """A sentence found in the archive, with its article's title, url and date."""

    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


class Retriever(Protocol):
    def __call__(self, archive, query: str, limit: int = 20, mode: str = "hybrid") -> list[Hit]: ...


def search(archive, query: str, limit: int = 20, mode: str = "hybrid") -> list[Hit]:
    """The sentences that best match `query`, best first, with their article's title and url."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    rankings: list[list[int]] = []
    scores: dict[int, float] = {}
    if mode in ("lexical", "hybrid"):
        lexical = archive.search_sentences(" ".join(query_terms(query)) or query,
                                           limit=max(limit, CANDIDATES))
        rankings.append([h.sentence_id for h in lexical])
        scores.update({h.sentence_id: h.score for h in lexical})
    if mode in ("semantic", "hybrid"):
        dense = semantic_ranking(archive, query, max(limit, CANDIDATES))
        rankings.append([sid for sid, _ in dense])
        if mode == "semantic":
            scores.update(dict(dense))
    if mode == "hybrid":
        scores = reciprocal_rank_fusion(rankings)
    ordered = sorted(scores, key=lambda sid: -scores[sid])[:limit]
    return _hits(archive, ordered, scores)


def semantic_ranking(archive, query: str, k: int) -> list[tuple[int, float]]:
    from factdesk.retrieval.encoder import load_encoder

    ids, matrix = archive.vectors()
    if len(ids) == 0:
        return []
    return top_k(load_encoder().encode([query])[0], ids, matrix, k)


def _hits(archive, ordered: list[int], scores: dict[int, float]) -> list[Hit]:
    rows = archive.sentences_by_id(ordered)
    meta: dict[str, dict] = {}
    hits = []
    for sid in ordered:
        row = rows.get(sid)
        if row is None:
            continue
        if row.article_id not in meta:
            meta[row.article_id] = archive.article_meta(row.article_id) or {}
        m = meta[row.article_id]
        hits.append(Hit(sid, row.article_id, row.index, row.start, row.end, row.text,
                        scores[sid], m.get("title"), m.get("url"), m.get("published"),
                        m.get("source")))
    return hits
