"""/api/articles, /api/search, /api/ingest: the archive, read and grown."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from starlette.concurrency import run_in_threadpool

from factdesk.errors import FactdeskError
from factdesk.models import Analysis
from factdesk.web.desk import Desk, get_desk
from factdesk.web.errors import ERROR_RESPONSES
from factdesk.web.reading import read_upload, upload_name
from factdesk.web.schemas import AnalysisOut, ArticlesOut, IngestOut, SearchOut, documented
from factdesk.web.serialize import analysis_json, hit_json, speakers

router = APIRouter(prefix="/api", tags=["archive"],
                   responses={**ERROR_RESPONSES, 404: ERROR_RESPONSES[422] | {
                       "description": "No such article in the archive"}})


def stored_analysis(desk: Desk, article_id: str) -> Analysis:
    with desk.lock:
        analysis = desk.archive.get_analysis(article_id)
    if analysis is None:
        raise HTTPException(404, f"no article {article_id!r} in the archive: "
                                 "list them with GET /api/articles")
    return analysis


@router.get("/status", summary="The archive's size and the upload limit")
def status(desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    with desk.lock:
        return {"articles": desk.archive.count(), "max_upload_bytes": desk.max_upload_bytes}


@router.get("/articles", summary="Archived articles, newest first", **documented(ArticlesOut))
def articles(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
             desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    with desk.lock:
        rows = desk.archive.list_articles(limit=limit, offset=offset)
        total = desk.archive.count()
    for row in rows:
        row.pop("path", None)  # where the server read it from is not the reader's business
        row["link"] = f"/articles/{row['id']}"
    return {"total": total, "articles": rows}


@router.get("/articles/{article_id}", summary="One archived article with its analysis",
            **documented(AnalysisOut))
def article(article_id: str, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """The article text, its sentences, quotes (with speakers), claims and entities.
    An unambiguous id prefix is enough."""
    return analysis_json(stored_analysis(desk, article_id))


@router.get("/articles/{article_id}/quotes", summary="Who said what in an archived article")
def article_quotes(article_id: str, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    analysis = stored_analysis(desk, article_id)
    return {"article_id": analysis.article.id, "title": analysis.article.title,
            "quotes": analysis_json(analysis)["quotes"], "speakers": speakers(analysis.quotes)}


@router.get("/articles/{article_id}/claims", summary="Claims in an archived article")
def article_claims(article_id: str, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    analysis = stored_analysis(desk, article_id)
    return {"article_id": analysis.article.id, "title": analysis.article.title,
            "claims": [c.to_dict() for c in analysis.claims]}


@router.get("/search", summary="Search the archive's sentences", **documented(SearchOut))
def search(q: str = Query(..., min_length=1, description="Words or a whole claim"),
           mode: Literal["lexical", "semantic", "hybrid"] = "hybrid",
           limit: int = Query(20, ge=1, le=100), desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """Full text (lexical, BM25), semantic (sentence embeddings) or both (hybrid)."""
    from factdesk.retrieval import search as search_archive

    with desk.lock:
        hits = search_archive(desk.archive, q, limit=limit, mode=mode)
    return {"query": q, "mode": mode, "hits": [hit_json(h) for h in hits]}


@router.post("/ingest", summary="Analyze files and store them", **documented(IngestOut))
async def ingest(files: list[UploadFile] = File(..., description="One or more article files"),
                 desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """Each file is read, analyzed and stored on its own: a bad file is reported and the others
    are still stored. The page sends one file per request to show progress."""
    results = []
    for upload in files:
        name = upload_name(upload)
        try:
            articles, errors = await read_upload(upload, desk.max_upload_bytes)
        except FactdeskError as exc:
            results.append({"file": name, "stored": 0, "duplicates": 0, "articles": [],
                            "errors": [str(exc)]})
            continue
        entry = await run_in_threadpool(_store, desk, articles)
        entry["file"] = name
        entry["errors"] = errors + entry["errors"]
        results.append(entry)
    with desk.lock:
        count = desk.archive.count()
    return {"results": results, "archive_count": count}


def _store(desk: Desk, articles: list) -> dict[str, Any]:
    from factdesk.archive_ops import ingest_analyses
    from factdesk.pipeline import analyze_articles

    entry: dict[str, Any] = {"stored": 0, "duplicates": 0, "articles": [], "errors": []}
    titles = {a.id: a.title for a in articles}
    with desk.lock:
        for article_id, created, error in ingest_analyses(desk.archive, analyze_articles(articles)):
            if error is not None:
                entry["errors"].append(str(error))
                continue
            entry["stored" if created else "duplicates"] += 1
            entry["articles"].append({"id": article_id, "title": titles.get(article_id),
                                      "created": created, "link": f"/articles/{article_id}"})
        if entry["stored"]:
            desk.forget_verdicts()
    return entry
