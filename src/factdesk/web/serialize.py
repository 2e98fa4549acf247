"""Library objects as the JSON the API returns: analyses with a speakers summary, verdicts and
search hits with links to the exact sentence (/articles/{id}#s-{start})."""
from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from factdesk.models import Analysis, Quote, Verdict


def sentence_link(article_id: str, start: int) -> str:
    return f"/articles/{article_id}#s-{start}"


def speaker_key(quote: Quote) -> str | None:
    if quote.speaker is None:
        return None
    return quote.speaker.name or quote.speaker.mention


def speakers(quotes: list[Quote]) -> list[dict[str, Any]]:
    """Each speaker once, in order of first quote: name, role, number of quotes, a color index."""
    found: dict[str, dict[str, Any]] = {}
    for quote in quotes:
        key = speaker_key(quote)
        if key is None:
            continue
        entry = found.get(key)
        if entry is None:
            entry = found[key] = {"key": key, "name": key, "role": None, "kind": quote.speaker.kind,
                                  "quotes": 0, "quote_ids": [], "color": len(found)}
        entry["quotes"] += 1
        entry["quote_ids"].append(quote.id)
        entry["role"] = entry["role"] or quote.speaker.role
    return list(found.values())


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    out = analysis.to_output()
    people = speakers(analysis.quotes)
    color = {p["key"]: p["color"] for p in people}
    for quote, data in zip(analysis.quotes, out["quotes"]):
        key = speaker_key(quote)
        data["speaker_key"] = key
        data["color"] = color.get(key) if key else None
    out["speakers"] = people
    out["link"] = f"/articles/{analysis.article.id}"
    return out


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    out = verdict.to_dict()
    for data in out["evidence"] + out["voices"]:
        data["link"] = sentence_link(data["article_id"], data["start"])
    return out


def hit_json(hit: Any) -> dict[str, Any]:
    data = asdict(hit) if is_dataclass(hit) else dict(vars(hit))
    data["link"] = sentence_link(data["article_id"], data["start"])
    return data
