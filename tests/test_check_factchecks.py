"""Checking claims against an archive that holds fact-checks: their rulings are published
verdicts on the claims they state ("We rate this claim Half True.")."""
from __future__ import annotations

import pytest

from factdesk.archive_ops import ingest_analyses
from factdesk.ingest import read_paths
from factdesk.models import Stance, VerdictLabel
from factdesk.pipeline import analyze_articles, check_claim
from factdesk.store import Archive

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def factchecks(tmp_path_factory):
    """Two fact-checks (homicides in Mexico: Half True; a fluoride ban in Texas: False) and a
    wire story on extraditions to the United States."""
    archive = Archive(tmp_path_factory.mktemp("desk") / "factchecks.db")
    articles = list(read_paths(["tests/fixtures/factchecks"]))
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles(articles)))
    return archive


def test_a_fact_checks_half_true_ruling_makes_the_claim_it_states_mixed(factchecks):
    verdict = check_claim("Homicides in Mexico have fallen 25% since Sheinbaum took office.", factchecks)
    assert verdict.label is VerdictLabel.MIXED
    assert verdict.rationale.startswith("A published verdict rates it misleading: “We rate this claim Half True.”")
    ruling = next(e for e in verdict.evidence if e.rates)
    assert ruling.rating == "misleading"
    assert "intentional homicides had fallen 25% since she took office" in ruling.rates
    # the statement it rules on is the claim as made, not evidence for it, nor is its summary's
    # "Sheinbaum said intentional homicides fell 25% since she took office."
    stated = [e for e in verdict.evidence if e.sentence == ruling.rates or e.sentence.startswith("Sheinbaum said")]
    assert len(stated) == 2 and all(e.stance is Stance.NEUTRAL for e in stated)


def test_a_fact_checks_false_ruling_refutes_the_claim_it_states(factchecks):
    verdict = check_claim("Texas banned fluoride in drinking water in May 2025.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert "“Verdict: False.”" in verdict.rationale.split(".”")[0] + ".”"
    assert verdict.rationale.count("Verdict: False.") == 1  # cited once, first
    assert verdict.evidence[0].sentence == "Verdict: False." and verdict.evidence[0].stance is Stance.REFUTES


@pytest.mark.parametrize("claim", ["Florida banned fluoride in public water.",
                                   "Utah banned fluoride in public water systems."])
def test_a_ruling_on_another_states_ban_does_not_rate_the_claim(factchecks, claim):
    # the fact-check of Texas's ban says Utah and Florida have banned fluoride
    verdict = check_claim(claim, factchecks)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert not any(e.rates for e in verdict.evidence if e.stance is not Stance.NEUTRAL)
    assert verdict.evidence[0].sentence.startswith("Utah became the first state to ban fluoride")
    # 'A viral post on Facebook claims that Texas banned fluoride …' is about Texas
    texas = [e for e in verdict.evidence if "Texas" in e.sentence]
    assert texas and all(e.stance is Stance.NEUTRAL for e in texas)


def test_a_ruling_does_not_rate_a_claim_with_another_figure(factchecks):
    verdict = check_claim("Intentional homicides in Mexico fell 40% under Sheinbaum.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert not any(e.rates for e in verdict.evidence)
    assert any("claim says 40%, evidence says 25%" in s for e in verdict.evidence for s in e.signals)


def test_a_ban_is_no_ones_words(factchecks):
    # the attribution reader counts 'Texas has not banned …' as Texas's: the archive's evidence
    # gives it no speaker, and reads the whole sentence
    verdict = check_claim("Texas banned fluoride in drinking water in May 2025.", factchecks)
    banned = next(e for e in verdict.evidence if e.sentence == "Texas has not banned fluoride in drinking water.")
    assert banned.speaker is None and banned.quote is None


def test_cartel_figures_are_counted_as_the_people_sent(factchecks):
    sent = check_claim("Mexico sent 26 cartel figures to the United States in August 2025.", factchecks)
    assert sent.label is VerdictLabel.SUPPORTED
    assert sent.evidence[0].sentence.startswith("Mexico sent 26 people linked to drug cartels")
    wrong = check_claim("Mexico sent 30 cartel figures to the United States in August 2025.", factchecks)
    assert wrong.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says 30, evidence says 26" in wrong.evidence[0].signals


def test_a_fall_of_another_thing_does_not_support_the_claims(factchecks):
    verdict = check_claim("Disappearances in Mexico fell after Sheinbaum took office.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].speaker.name == "David Saucedo"
    homicides = next(e for e in verdict.evidence if e.sentence.startswith("Mexican President Claudia Sheinbaum said"))
    # the statement the fact-check rates Half True: someone's claim, not evidence for another
    assert homicides.stance is Stance.NEUTRAL
    assert "the claim a fact-check rules on (“We rate this claim Half True.”): not evidence" in homicides.signals


def test_a_share_of_a_whole_answers_most(factchecks):
    verdict = check_claim("Morena won most of Veracruz's municipalities in 2025.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says most, evidence says 70 of 212" in verdict.evidence[0].signals
    won = check_claim("Morena won 70 municipalities in Veracruz in the June 2025 elections.", factchecks)
    assert won.label is VerdictLabel.SUPPORTED


def test_a_sentence_that_names_no_change_does_not_support_a_rise(factchecks):
    # the model reads "At least 37 candidates were killed …" as support for a rise in turnout
    verdict = check_claim("Turnout in Veracruz rose in the 2025 local elections.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("Turnout in Veracruz was 52%, down from 58%")
    killed = next(e for e in verdict.evidence if e.sentence.startswith("At least 37 candidates"))
    assert killed.stance is Stance.NEUTRAL


def test_a_figure_that_agrees_in_a_story_filed_from_the_claims_country_is_evidence(factchecks):
    # "At least 37 candidates were killed nationwide …" names Veracruz, not Mexico; its story
    # is filed from MEXICO CITY, and its figure is the claim's
    verdict = check_claim("More than 30 candidates were killed before Mexico's 2024 election.", factchecks)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("At least 37 candidates were killed nationwide")
    assert "numbers agree: claim says More than 30, evidence says At least 37" in verdict.evidence[0].signals


def test_she_after_a_leader_who_named_the_president_is_the_leader(factchecks):
    verdict = check_claim("Morena is the first political force in Veracruz.", factchecks)
    quote = next(e for e in verdict.evidence if e.sentence.startswith('"Morena is the first political force'))
    assert (quote.speaker.name, quote.speaker.role) == ("Luisa María Alcalde", "Morena's national leader")


def test_the_opposite_superlative_said_of_the_claims_place_refutes(factchecks):
    # "… 14% … in the United States, the highest share …, and about 4% in Colombia, the lowest"
    verdict = check_claim("Colombia had the highest share of premature deaths linked to ultra-processed food.",
                          factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert "the evidence says colombia is the lowest, not the highest" in verdict.evidence[0].signals


def test_a_short_sentence_that_goes_on_from_the_one_before_gives_its_figure(factchecks):
    # "In Colombia they make up about 15%." after a sentence on the calories Americans eat;
    # "about 4% in Colombia" of premature deaths is no figure of calories
    verdict = check_claim("Ultra-processed foods make up a third of the calories adults in Colombia eat.",
                          factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence == "In Colombia they make up about 15%."
    assert not any("about 4%" in s for e in verdict.evidence for s in e.signals)


def test_americans_are_the_people_of_the_united_states(factchecks):
    verdict = check_claim("Ultra-processed foods make up most of the calories Americans eat.", factchecks)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("In the United States, ultra-processed foods make up more than half")
    assert "numbers agree: claim says most, evidence says more than half" in verdict.evidence[0].signals
    # a sentence whose figures count other things (10% more likely to die) never names calories
    other = next(e for e in verdict.evidence if e.sentence.startswith("People who eat the most"))
    assert other.stance is Stance.NEUTRAL


def test_a_fact_check_page_in_html_gives_its_ruling_and_then_the_rest(factchecks):
    verdict = check_claim("The US sent 10,000 troops to the Mexican border in May 2025.", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("A published verdict rates it false: “We rate this claim False.”")
    assert "One source refutes it: Sue Gough:" in verdict.rationale


def test_the_first_state_is_the_one_the_story_says_went_first(factchecks):
    verdict = check_claim("Florida was the first US state to ban fluoride in public water", factchecks)
    assert verdict.label is VerdictLabel.REFUTED
    assert "the evidence gives it to another: “Utah became the first state”" in verdict.evidence[0].signals
