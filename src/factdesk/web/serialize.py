"""Library objects as the JSON the API returns: analyses with a speakers summary, verdicts and
search hits with links to the exact sentence (/articles/{id}#s-{start})."""
from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from factdesk.models import Analysis, Quote, Verdict
from factdesk.quotes.sources import source_list


def sentence_link(article_id: str, start: int) -> str:
    return f"/articles/{article_id}#s-{start}"


def speakers(quotes: list[Quote]) -> list[dict[str, Any]]:
    """Each source once, in order of first quote, as the reporter's source list has them
    (factdesk.quotes.sources): name, role, note ("unnamed", "unresolved"), quotes, a color."""
    sources, _ = source_list(quotes)
    return [{"key": s.name, "name": s.name, "role": s.role, "kind": s.kind, "note": s.note,
             "quotes": len(s.quotes), "quote_ids": [q.id for q in s.quotes], "color": k}
            for k, s in enumerate(sources)]


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    out = analysis.to_output()
    people = speakers(analysis.quotes)
    key_of = {qid: p["key"] for p in people for qid in p["quote_ids"]}
    color = {p["key"]: p["color"] for p in people}
    for quote, data in zip(analysis.quotes, out["quotes"]):
        key = key_of.get(quote.id)
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
