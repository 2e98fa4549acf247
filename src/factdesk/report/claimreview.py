"""A checked claim as schema.org ClaimReview JSON-LD, the markup fact checks publish for search.

Fields follow schema.org/ClaimReview and the fields Google's validator requires: claimReviewed,
reviewRating (a 1-5 scale plus a textual rating in alternateName), url, author (an
Organization with a name), datePublished, and itemReviewed (a Claim with its author,
appearance and date when known).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from factdesk.models import Verdict
from factdesk.report.verdict import LABEL_NAMES, safe_url

# label -> (ratingValue on a 1..5 scale, textual rating); not_enough_evidence has no number
RATINGS: dict[str, tuple[int | None, str]] = {
    "supported": (5, "True"),
    "mixed": (3, "Mixed"),
    "refuted": (1, "False"),
    "not_enough_evidence": (None, "Unproven"),
}
DEFAULT_AUTHOR = "factdesk"


def to_claimreview(
    verdict: Verdict,
    *,
    url: str | None = None,
    author_name: str | None = None,
    item_author: str | None = None,
    appearance_url: str | None = None,
    date_published: str | None = None,
    item_date_published: str | None = None,
    item_author_type: str = "Person",
) -> dict[str, Any]:
    """ClaimReview JSON-LD for a verdict. `url` is the page publishing the fact check,
    `item_author` who made the claim, `appearance_url` where the claim was made."""
    value, textual = RATINGS.get(verdict.label.value, (None, LABEL_NAMES.get(verdict.label.value)))
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": textual}
    if value is not None:
        rating.update(ratingValue=value, bestRating=5, worstRating=1)
    if verdict.rationale:
        rating["ratingExplanation"] = verdict.rationale
    item: dict[str, Any] = {"@type": "Claim"}
    if item_author:
        item["author"] = {"@type": item_author_type, "name": item_author}
    if item_date_published:
        item["datePublished"] = item_date_published
    appearance = safe_url(appearance_url)
    if appearance:
        item["appearance"] = {"@type": "CreativeWork", "url": appearance}
        item["firstAppearance"] = {"@type": "CreativeWork", "url": appearance}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": verdict.claim,
        "datePublished": date_published or datetime.now(timezone.utc).date().isoformat(),
        "author": {"@type": "Organization", "name": author_name or DEFAULT_AUTHOR},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if safe_url(url):
        review["url"] = safe_url(url)
    return review


def missing_fields(review: dict[str, Any]) -> list[str]:
    """What a validator would still ask for, so the CLI and page can say it before publishing."""
    missing = [k for k in ("claimReviewed", "url", "datePublished") if not review.get(k)]
    if not (review.get("author") or {}).get("name"):
        missing.append("author.name")
    rating = review.get("reviewRating") or {}
    if not rating.get("alternateName") and "ratingValue" not in rating:
        missing.append("reviewRating")
    item = review.get("itemReviewed") or {}
    if not item.get("author"):
        missing.append("itemReviewed.author")
    if not (item.get("appearance") or item.get("firstAppearance")):
        missing.append("itemReviewed.appearance")
    return missing


def claimreview_json(review: dict[str, Any]) -> str:
    """JSON text that is also safe inside <script type="application/ld+json">."""
    text = json.dumps(review, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
