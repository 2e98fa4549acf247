"""A beat reporter's archive: a judicial election, a measles outbreak, border arrests and a
fact-check of a viral post on remittances ("Our ruling: The claim is false."), beside the
fact-checks of tests/fixtures/factchecks."""
from __future__ import annotations

import pytest

from factdesk.archive_ops import ingest_analyses
from factdesk.ingest import read_paths
from factdesk.models import Article, Stance, VerdictLabel
from factdesk.pipeline import analyze_article, analyze_articles, check_claim
from factdesk.store import Archive

pytestmark = pytest.mark.slow
BEAT = "tests/fixtures/beat"


@pytest.fixture(scope="module")
def beat(tmp_path_factory):
    archive = Archive(tmp_path_factory.mktemp("beat") / "beat.db")
    articles = list(read_paths([BEAT, "tests/fixtures/factchecks"]))
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles(articles)))
    return archive


def _item(verdict, start: str):
    return next(e for e in verdict.evidence if e.sentence.startswith(start))


def test_our_ruling_the_claim_is_false_refutes_the_post_it_checks(beat):
    verdict = check_claim("Remittances to Mexico collapsed by half in 2025", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("A published verdict rates it false: “Our ruling: The claim is false.”")
    # the fact-check's own sentences that lean the other way were weighed by its authors
    assert verdict.confidence >= 0.7


def test_the_post_a_fact_check_rules_false_is_no_evidence_for_another_claim(beat):
    verdict = check_claim("Remittances to Mexico fell 4.6% in 2025", beat)
    post = _item(verdict, "A post shared thousands of times on Facebook")
    assert post.stance is Stance.NEUTRAL
    assert "the claim a fact-check rules on (“Our ruling: The claim is false.”): not evidence" in post.signals
    assert _item(verdict, "Remittances sent to Mexico fell 4.6% in 2025").stance is Stance.SUPPORTS


def test_a_second_place_refutes_a_first(beat):
    verdict = check_claim("Remittances are Mexico's largest source of foreign income", beat)
    assert verdict.label is VerdictLabel.REFUTED
    first = verdict.evidence[0]
    assert first.sentence.startswith("Remittances remain Mexico's second-largest source")
    assert "the evidence ranks it second: “second-largest source”" in first.signals
    assert not any(e.rates for e in verdict.evidence)  # the fact-check rules on another claim


def test_a_figure_a_change_is_measured_from_is_another_times(beat):
    verdict = check_claim("Border arrests fell to about 8,000 in March", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Arrests for illegal crossings at the US-Mexico border fell")
    then = _item(verdict, "That compares with more than 137,000 arrests in March 2024")
    assert then.stance is Stance.NEUTRAL
    assert any(s.startswith("its figure is of another time: more than 137,000") for s in then.signals)


def test_the_figure_of_the_claims_date_is_the_one_compared(beat):
    verdict = check_claim("There were more than 137,000 border arrests in March 2024", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("That compares with more than 137,000 arrests in March 2024")
    assert _item(verdict, "Arrests for illegal crossings").stance is not Stance.REFUTES


def test_a_level_is_no_evidence_of_a_rise(beat):
    verdict = check_claim("Border arrests rose in March", beat)
    assert verdict.label is VerdictLabel.REFUTED
    level = _item(verdict, "That compares with more than 137,000 arrests")
    assert level.stance is Stance.NEUTRAL
    assert "names no change: not evidence that border arrests rose" in level.signals


def test_a_bare_count_of_doses_is_the_claims_count_of_vaccine_doses(beat):
    verdict = check_claim("Mexico administered more than 400,000 measles vaccine doses in Chihuahua since February",
                          beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    said = verdict.evidence[0]
    assert said.sentence.startswith("Dr. Ruy López Ridaura, Mexico's deputy health minister, told reporters")
    assert said.speaker.name == "Ruy López Ridaura"


@pytest.mark.parametrize("claim, label", [
    ("Twenty people have died in the Chihuahua measles outbreak", VerdictLabel.REFUTED),
    ("Mexico was declared free of endemic measles in 2010", VerdictLabel.REFUTED),
    ("Mexico deployed 25,000 National Guard troops to its northern border", VerdictLabel.REFUTED),
    ("Asylum requests in Mexico have dropped by about a third this year", VerdictLabel.SUPPORTED),
    ("Bitcoin is legal tender in Mexico", VerdictLabel.NOT_ENOUGH_EVIDENCE),
])
def test_the_beat_checks_out(beat, claim, label):
    assert check_claim(claim, beat).label is label


def test_who_gives_the_election_figures():
    text = open(f"{BEAT}/mexico-judicial-election.txt", encoding="utf-8").read()
    quotes = analyze_article(Article(text=text, language="en")).quotes
    by_text = {q.text: q for q in quotes}
    turnout = by_text["Turnout was about 13%"]
    assert turnout.speaker.name == "National Electoral Institute"
    assert turnout.speaker.mention == "preliminary figures from the National Electoral Institute"
    spoiled = next(q for q in quotes if q.text.startswith("about 10% of ballots cast were spoiled"))
    assert spoiled.speaker.name == "National Electoral Institute"  # "According to the electoral institute"
    farce = next(q for q in quotes if q.cue and q.cue.text == "called")
    assert (farce.speaker.name, farce.speaker.role) == ("Jorge Romero", "National Action Party leader")
