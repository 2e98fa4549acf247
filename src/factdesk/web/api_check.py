"""/api/check and /api/check/export: a claim against the archive, and its publishable forms."""
from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from factdesk.web.desk import Desk, get_desk
from factdesk.web.errors import ERROR_RESPONSES
from factdesk.web.schemas import CheckIn, ExportIn, VerdictOut, documented
from factdesk.web.serialize import verdict_json

router = APIRouter(prefix="/api", tags=["check"], responses=ERROR_RESPONSES)

MEDIA_TYPES = {
    "claimreview": ("application/ld+json", "json"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "text": ("text/plain; charset=utf-8", "txt"),
}


@router.post("/check", summary="Check a claim against the archive", **documented(VerdictOut))
def check(body: CheckIn, desk: Desk = Depends(get_desk)) -> dict[str, Any]:
    """The verdict (label, confidence, rationale), the evidence sentences with their stance and
    a link to each sentence in its article, and who in the archive says what about the claim.
    A claim too short to check (one word) gets 422."""
    return verdict_json(desk.check(body.claim, body.top_k))


@router.post("/check/export", summary="A checked claim as ClaimReview JSON-LD, Markdown or HTML",
             responses={200: {"content": {m: {} for m, _ in MEDIA_TYPES.values()},
                              "description": "The report, as an attachment"}})
def export(body: ExportIn, desk: Desk = Depends(get_desk)) -> Response:
    """claimreview: schema.org ClaimReview JSON-LD; md: Markdown; html: a standalone page to
    paste into a CMS (with the ClaimReview JSON-LD embedded when `url` is given); text: plain
    text. Article text is escaped in every format."""
    from factdesk.report.claimreview import claimreview_json, to_claimreview
    from factdesk.report.verdict import render_verdict

    verdict = desk.check(body.claim, body.top_k)
    review = to_claimreview(verdict, url=body.url, author_name=body.author_name,
                            item_author=body.item_author, appearance_url=body.appearance_url,
                            item_date_published=body.item_date_published)
    if body.format == "claimreview":
        content = claimreview_json(review)
    elif body.format == "html" and body.url:  # a page to publish: carry its ClaimReview
        content = render_verdict(verdict, "html", claimreview=review)
    else:
        content = render_verdict(verdict, body.format)
    media_type, suffix = MEDIA_TYPES[body.format]
    name = re.sub(r"[^a-z0-9]+", "-", body.claim.lower()).strip("-")[:60] or "claim"
    return Response(content, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="factcheck-{name}.{suffix}"'})
