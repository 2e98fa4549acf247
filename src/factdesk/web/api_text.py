"""/api/analyze, /api/quotes, /api/claims: analysis of pasted text or an uploaded file."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, UploadFile
from starlette.concurrency import run_in_threadpool

from factdesk.models import Analysis, Article
from factdesk.web.desk import Desk, get_desk
from factdesk.web.errors import ERROR_RESPONSES
from factdesk.web.reading import read_pasted, read_upload
from factdesk.web.schemas import AnalysesOut, TextIn, documented
from factdesk.web.serialize import analysis_json, speakers

router = APIRouter(prefix="/api", tags=["analyze"], responses=ERROR_RESPONSES)


def analyze(desk: Desk, articles: list[Article]) -> list[Analysis]:
    from factdesk.pipeline import analyze_articles

    with desk.lock:
        return list(analyze_articles(articles))


@router.post("/analyze", summary="Analyze pasted text", **documented(AnalysesOut))
def analyze_text(body: TextIn, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """Quotes with their speakers, check-worthy claims with their numbers, sentences and
    entities, for each article in the text. Nothing is stored."""
    articles, errors = read_pasted(body.text, body.kind, body.title, desk.max_upload_bytes)
    return {"analyses": [analysis_json(a) for a in analyze(desk, articles)], "errors": errors}


@router.post("/analyze/upload", summary="Analyze an uploaded file", **documented(AnalysesOut))
async def analyze_upload(file: UploadFile = File(..., description=".txt, .md, .html, .json or "
                                                  ".jsonl"), desk: Desk = Depends(get_desk)):
    """The same as /api/analyze for one uploaded file; its suffix picks the reader."""
    articles, errors = await read_upload(file, desk.max_upload_bytes)
    analyses = await run_in_threadpool(analyze, desk, articles)
    return {"analyses": [analysis_json(a) for a in analyses], "errors": errors}


@router.post("/quotes", summary="Who said what in pasted text")
def quotes(body: TextIn, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """The quotes of each article with their speakers, and one entry per speaker."""
    articles, errors = read_pasted(body.text, body.kind, body.title, desk.max_upload_bytes)
    out = [{"article_id": a.article.id, "title": a.article.title,
            "quotes": analysis_json(a)["quotes"], "speakers": speakers(a.quotes), "notes": a.notes}
           for a in analyze(desk, articles)]
    return {"articles": out, "errors": errors}


@router.post("/claims", summary="Check-worthy claims in pasted text")
def claims(body: TextIn, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """The check-worthy claims of each article, best first, with their parsed numbers."""
    articles, errors = read_pasted(body.text, body.kind, body.title, desk.max_upload_bytes)
    out = [{"article_id": a.article.id, "title": a.article.title,
            "claims": [c.to_dict() for c in a.claims], "notes": a.notes}
           for a in analyze(desk, articles)]
    return {"articles": out, "errors": errors}
