"""`factdesk check` and `factdesk search` as a user runs them."""
from __future__ import annotations

import json

import pytest

from tests_helpers import run  # noqa: F401  (see tests/tests_helpers.py)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "desk.db"
    code, _, err = run("ingest", "tests/fixtures/archive", "examples/articles", "--db", db)
    assert code == 0, err
    return db


def test_check_against_the_archive_prints_json_verdict(desk):
    code, out, err = run("check", "The Harbor Bridge is still closed to traffic.", "--db", desk,
                         "--format", "json")
    assert code == 0, err
    verdict = json.loads(out)
    assert verdict["label"] == "refuted"
    assert verdict["evidence"][0]["sentence"].startswith("The Harbor Bridge reopened")


def test_check_with_evidence_file(tmp_path):
    evidence = tmp_path / "evidence.txt"
    evidence.write_text("Former mayor Tomas Brandt was sentenced to 12 years in prison.\n")
    code, out, _ = run("check", "Tomas Brandt was sentenced to 20 years in prison.",
                       "--evidence", evidence, "--format", "json")
    assert code == 0
    verdict = json.loads(out)
    assert verdict["label"] == "refuted"
    assert verdict["evidence"][0]["source"].endswith("line 1")


def test_check_batch_keeps_order_and_reports_bad_lines(desk, tmp_path):
    batch = tmp_path / "claims.jsonl"
    batch.write_text("\n".join([
        json.dumps({"claim": "The Harbor Bridge is still closed to traffic."}),
        "not json",
        json.dumps({"claim": "Tomas Brandt was sentenced to 20 years in prison.",
                    "evidence": ["Tomas Brandt was sentenced to 12 years in prison."]}),
    ]))
    code, out, err = run("check", "--batch", batch, "--db", desk, "--format", "json")
    assert code == 1 and "claims.jsonl:2" in err
    lines = [json.loads(l) for l in out.splitlines()]
    assert [l["line"] for l in lines] == [1, 2, 3]
    assert lines[0]["label"] == "refuted" and "error" in lines[1] and lines[2]["label"] == "refuted"


def test_batch_evidence_that_is_no_list_of_passages_is_a_clear_error(tmp_path):
    batch = tmp_path / "claims.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in [
        {"claim": "Homicides fell 25% in 2024.", "evidence": "Homicides fell 25% in 2024."},
        {"claim": "Homicides fell 25% in 2024.", "evidence": [{"text": 5}, None]},
        {"claim": "Homicides fell 25% in 2024.", "evidence": ["Homicides fell 25% in 2024."]},
    ]))
    code, out, err = run("check", "--batch", batch, "--format", "json")
    assert code == 1 and "Traceback" not in err
    lines = [json.loads(l) for l in out.splitlines()]
    assert [l.get("error", "")[:28] for l in lines[:2]] == ["'evidence' must be a list of"] * 2
    assert lines[2]["label"] == "supported"


def test_evidence_with_odd_fields_is_read_not_stuck_on(tmp_path):
    evidence = tmp_path / "evidence.jsonl"
    evidence.write_text("\n".join(json.dumps(p) for p in [
        {"text": "Homicides fell 25% in February.", "published": "2025-13-45"},
        {"text": "Homicides fell 25% in February.", "published": 20250301, "source": 7},
        {"text": "Homicides fell 25% in February.", "date": "Mon, 03 Mar 2025 10:00:00 +0000"},
    ]))
    code, out, err = run("check", "Homicides fell 25% in February 2025.", "--evidence", evidence,
                         "--format", "json")
    assert code == 0 and "Traceback" not in err, err
    published = [e["published"] for e in json.loads(out)["evidence"]]
    assert sorted(published) == ["2025-03-03", "2025-13-45", "20250301"]


def test_check_claimreview_export(desk):
    code, out, _ = run("check", "The Harbor Bridge is still closed to traffic.", "--db", desk,
                       "--format", "claimreview")
    assert code == 0
    review = json.loads(out)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The Harbor Bridge is still closed to traffic."
    assert review["reviewRating"]["alternateName"].lower().startswith("refuted") or \
        review["reviewRating"]["alternateName"].lower() == "false"


def test_one_word_claim_and_missing_archive_are_clear_errors(tmp_path):
    code, _, err = run("check", "Cartels", "--db", tmp_path / "none.db")
    assert code != 0 and "Traceback" not in err
    code, _, err = run("check", "Cartels are allied with the state", "--db", tmp_path / "none.db")
    assert code != 0 and "no archive at" in err


def test_search_modes(desk):
    code, out, _ = run("search", "curfew crime", "--db", desk, "--mode", "lexical", "--format", "json")
    assert code == 0
    hits = [json.loads(l) for l in out.splitlines()]
    assert hits and all("curfew" in h["text"].lower() for h in hits[:2])


def test_check_article_never_cites_the_article_itself(desk):
    """The article is in the archive too: its claims are checked against the other articles."""
    code, out, err = run("check", "--article", "examples/articles/election-violence.md", "--db", desk,
                         "--format", "json", "--max-claims", "1")
    assert code == 0, err
    verdict = json.loads(out)
    assert "30 candidates" in verdict["claim"]
    # where the article makes it, and who makes it there
    assert verdict["made"] == {"article": "Mexico's 2024 campaign was its most violent",
                               "by": "Integralia", "by_kind": "quote",
                               "start": 0, "end": 75}
    cited = {e["title"] for e in verdict["evidence"]}
    assert "Mexico's 2024 campaign was its most violent" not in cited
    # the same figure, reported by another article in the archive
    assert any("Over 30 candidates" in e["sentence"] for e in verdict["evidence"])


def test_a_claim_a_wire_story_makes_is_reviewed_as_the_agency_s(desk, tmp_path):
    story = tmp_path / "wire.txt"
    story.write_text("Mexico weighs tariffs\n\nMEXICO CITY (AP) — The new tariffs impose a 25% duty "
                     "on all steel and aluminum imports from Mexico.\n", encoding="utf-8")
    code, out, err = run("check", "--article", str(story), "--db", desk, "--format", "json",
                         "--max-claims", "1")
    assert code == 0, err
    assert json.loads(out)["made"]["by"] == "AP" and json.loads(out)["made"]["by_kind"] == "publication"
    code, out, err = run("check", "--article", str(story), "--db", desk, "--format", "claimreview",
                         "--max-claims", "1")
    assert code == 0, err
    assert json.loads(out)["itemReviewed"]["author"] == {"@type": "Organization", "name": "AP"}
