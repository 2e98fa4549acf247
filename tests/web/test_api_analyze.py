"""POST /api/analyze, /api/analyze/upload, /api/quotes, /api/claims against the real server."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads the spaCy model
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
CARTELS = (EXAMPLES / "mexico-cartels-analysis.txt").read_text(encoding="utf-8")


def _speaker_names(analysis: dict) -> set[str]:
    return {s["name"] for s in analysis["speakers"]}


def test_pasted_text_comes_back_with_speakers_quotes_and_offsets(api):
    r = api.post("/api/analyze", json={"text": CARTELS})
    assert r.status_code == 200, r.text
    [analysis] = r.json()["analyses"]
    text = analysis["article"]["text"]
    assert analysis["article"]["title"].startswith("Is Mexico's government allied")
    assert any("Pérez Ricart" in name for name in _speaker_names(analysis))
    for quote in analysis["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    speakers = {s["key"]: s for s in analysis["speakers"]}
    for quote in analysis["quotes"]:  # every attributed quote points at a listed speaker
        if quote["speaker_key"] is not None:
            assert speakers[quote["speaker_key"]]["color"] == quote["color"]
    counts = {s["key"]: s["quotes"] for s in analysis["speakers"]}
    assert sum(counts.values()) == sum(q["speaker_key"] is not None for q in analysis["quotes"])


def test_claims_are_ranked_and_carry_their_numbers(api):
    r = api.post("/api/claims", json={"text": CARTELS})
    assert r.status_code == 200, r.text
    [entry] = r.json()["articles"]
    claims = entry["claims"]
    assert claims, "the analysis article has check-worthy claims"
    scores = [c["score"] for c in claims]
    assert scores == sorted(scores, reverse=True)
    values = {q["value"] for c in claims for q in c["quantities"]}
    assert 38 in values or 30 in values  # "38 years in prison", "Over 30 candidates"


def test_quotes_endpoint_groups_by_speaker(api):
    r = api.post("/api/quotes", json={"text": CARTELS})
    assert r.status_code == 200, r.text
    [entry] = r.json()["articles"]
    freeman = [s for s in entry["speakers"] if "Freeman" in s["name"]]
    assert freeman and freeman[0]["quotes"] >= 2
    assert len(freeman[0]["quote_ids"]) == freeman[0]["quotes"]


def test_uploaded_html_file_is_read_as_html_without_its_boilerplate(api):
    raw = (EXAMPLES / "sentencing-report.html").read_bytes()
    r = api.post("/api/analyze/upload", files={"file": ("sentencing-report.html", raw, "text/html")})
    assert r.status_code == 200, r.text
    [analysis] = r.json()["analyses"]
    article = analysis["article"]
    assert article["title"] == "Former security chief sentenced in New York"
    assert "Subscribe" not in article["text"] and "García Luna" in article["text"]
    assert article["path"] is None  # an upload is never a path on the server
    assert any("Peace" in name for name in _speaker_names(analysis))


def test_jsonl_paste_gives_one_analysis_per_record(api):
    raw = (EXAMPLES / "wire-briefs.jsonl").read_text(encoding="utf-8")
    r = api.post("/api/analyze", json={"text": raw, "kind": "jsonl"})
    assert r.status_code == 200, r.text
    titles = [a["article"]["title"] for a in r.json()["analyses"]]
    assert titles == ["Sheinbaum rejects US accusation", "Analyst: cartels act as a parallel power"]


def test_spanish_text_is_kept_with_a_plain_note(api):
    raw = (EXAMPLES / "nota-es.txt").read_text(encoding="utf-8")
    [analysis] = api.post("/api/analyze", json={"text": raw}).json()["analyses"]
    assert analysis["article"]["language"] == "es"
    assert "Spanish" in analysis["notes"][0] and analysis["sentences"]


def test_title_given_with_the_paste_is_used_when_the_text_has_none(api):
    r = api.post("/api/analyze", json={"text": "The mayor said the bridge will open in May.",
                                       "title": "Bridge desk note"})
    assert r.status_code == 200, r.text
    assert r.json()["analyses"][0]["article"]["title"] in ("Bridge desk note",
                                                           "The mayor said the bridge will open in May.")


def test_the_analysis_matches_its_documented_shape(api):
    from factdesk.web.schemas import AnalysesOut, AnalysisOut, QuoteOut

    body = api.post("/api/analyze", json={"text": CARTELS}).json()
    AnalysesOut.model_validate(body)
    [analysis] = body["analyses"]
    assert set(analysis) == set(AnalysisOut.model_fields)
    assert set(analysis["quotes"][0]) == set(QuoteOut.model_fields)


def test_speakers_are_the_source_list_with_unnamed_sources_marked(api):
    r = api.post("/api/analyze", json={"text": CARTELS})
    [analysis] = r.json()["analyses"]
    by_name = {s["name"]: s for s in analysis["speakers"]}
    assert by_name["A senior US official"]["note"] == "unnamed"
    assert by_name["Carlos Pérez Ricart"]["note"] == ""
    assert by_name["Carlos Pérez Ricart"]["role"] == "political scientist in Mexico City"
