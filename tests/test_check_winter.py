"""Checking claims against an archive of eight winter stories (tests/fixtures/winter): a count
of a president's term beside one of this year, a negation that is another clause's, a change set
off after its figure, a share said in words, and a figure of another year in a sentence on the
third quarter."""
from __future__ import annotations

import pytest

from factdesk.models import Stance, VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def winter(archive_of):
    return archive_of("winter", ["tests/fixtures/winter"])


def _item(verdict, start: str):
    return next(e for e in verdict.evidence if e.sentence.startswith(start))


def test_a_count_of_a_presidents_term_is_no_count_of_this_year(winter):
    verdict = check_claim("Five journalists have been killed in Mexico this year", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Five journalists have been killed in Mexico so far this year")
    term = _item(verdict, "At least 47 journalists were killed in Mexico during the six-year term")
    assert term.stance is not Stance.REFUTES
    assert any(s.startswith("its figure is of another time: At least 47 (term of Andrés Manuel López Obrador)")
               for s in term.signals)


def test_a_count_of_this_year_is_no_count_of_a_presidents_term(winter):
    verdict = check_claim("At least 47 journalists were killed in Mexico under López Obrador", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("At least 47 journalists were killed in Mexico during")
    this_year = _item(verdict, "Five journalists have been killed in Mexico so far this year")
    assert this_year.stance is not Stance.REFUTES


def test_journalists_protected_are_not_journalists_killed(winter):
    verdict = check_claim("Mexico's protection mechanism covers more than 600 journalists", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    sheinbaum = _item(verdict, "President Claudia Sheinbaum said at her morning news conference")
    assert sheinbaum.stance is Stance.SUPPORTS  # "does not persecute journalists" is another clause
    assert not any(s.startswith("negation") for s in sheinbaum.signals)
    killed = _item(verdict, "At least 47 journalists were killed")
    assert killed.stance is not Stance.REFUTES


def test_the_negation_of_an_outer_clause_is_not_the_claims(winter):
    verdict = check_claim("Mexico City loses 40% of its water to leaks", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].speaker.name == "Manuel Perló Cohen"
    assert verdict.evidence[0].sentence.startswith('"One good year does not fix a system that loses 40%')
    assert verdict.evidence[0].stance is Stance.SUPPORTS
    # "pumps most of its water from an aquifer" is a share of another doing
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)


def test_a_quarter_is_not_most(winter):
    verdict = check_claim("The Cutzamala system supplies most of Mexico City's water", winter)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("The Cutzamala system, a network of reservoirs")
    assert "number mismatch: claim says most, evidence says about a quarter" in verdict.evidence[0].signals
    # nor does "the city pumps most of its water from an aquifer", a share of another doing, support it
    assert not any(e.stance is Stance.SUPPORTS for e in verdict.evidence)


def test_a_figure_of_another_year_in_a_sentence_on_the_quarter_is_not_the_quarters(winter):
    verdict = check_claim("Pemex produced 2.6 million barrels a day in the third quarter", winter)
    assert verdict.label is VerdictLabel.REFUTED
    produced = _item(verdict, "The company produced 1.63 million barrels a day")
    assert produced.stance is Stance.REFUTES
    assert "number mismatch: claim says 2.6 million, evidence says 1.63 million" in produced.signals


def test_a_change_set_off_after_its_figure_is_the_figures(winter):
    verdict = check_claim("Pemex's crude production rose in the third quarter", winter)
    assert verdict.label is VerdictLabel.REFUTED
    produced = _item(verdict, "The company produced 1.63 million barrels a day")
    assert produced.stance is Stance.REFUTES
    assert "went the other way: the claim says crude production rose, the evidence says down" in produced.signals


def test_a_loss_of_the_quarter_is_not_next_years_support(winter):
    verdict = check_claim("Pemex lost 61 billion pesos in the third quarter", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Pemex reported a net loss of 61 billion pesos")
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)


def test_the_tren_maya_figures(winter):
    assert check_claim("The Tren Maya carried about 1.2 million passengers in its first 18 months",
                       winter).label is VerdictLabel.SUPPORTED
    assert check_claim("The Tren Maya carried 3 million passengers in its first year and a half",
                       winter).label is VerdictLabel.REFUTED


def test_a_sum_in_a_clause_of_a_thing_is_no_forecast_of_the_main_clause(winter):
    # "will reopen in March after a renovation that its owners say cost about 2 billion pesos"
    verdict = check_claim("The Estadio Azteca renovation cost about 2 billion pesos", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Mexico City's Estadio Azteca, which will open the 2026 World Cup")


def test_open_is_the_claims_opening(winter):
    verdict = check_claim("Estadio Azteca will host the opening match of the 2026 World Cup", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Mexico City's Estadio Azteca, which will open the 2026 World Cup")


def test_money_for_roads_is_not_money_for_water(winter):
    verdict = check_claim("Mexico City will invest 8 billion pesos in its water network in 2026", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    roads = _item(verdict, "Mexico City's government says it will spend 4.6 billion pesos on roads")
    assert roads.stance is not Stance.REFUTES


def test_the_fall_in_femicides_refutes_a_rise(winter):
    verdict = check_claim("Femicides in Mexico are rising", winter)
    assert verdict.label is VerdictLabel.REFUTED
    hernandez = _item(verdict, "Its head, Citlalli Hernández, said the fall in femicides")
    assert hernandez.stance is Stance.REFUTES
    assert "went the other way: the claim says Femicides in Mexico are rising, the evidence says fall" in hernandez.signals


def test_a_reuters_dateline_is_no_evidence(winter):
    verdict = check_claim("Five journalists have been killed in Mexico this year", winter)
    assert not any(e.sentence.startswith("MEXICO CITY (Reuters)") and len(e.sentence) < 30 for e in verdict.evidence)


def test_a_claim_of_two_statements_is_answered_by_a_sentence_on_one(winter):
    verdict = check_claim("the National Guard had 300,000 members but could not stop the cartels", winter)
    assert verdict.label is VerdictLabel.REFUTED
    members = _item(verdict, "The Guard, created in 2019 as a civilian force, has about 130,000 members")
    assert members.stance is Stance.REFUTES
    assert "number mismatch: claim says 300,000, evidence says about 130,000" in members.signals
    assert not any(s.startswith("negation") for s in members.signals)  # "could not stop" is the other half


def test_people_missing_are_people_listed_as_missing(winter):
    verdict = check_claim("More than 130,000 people are missing in Mexico", winter)
    assert verdict.label is VerdictLabel.SUPPORTED
    registry = verdict.evidence[0]
    assert registry.sentence.startswith("The number of people listed as missing in Mexico has passed 130,000")
    assert "numbers agree: claim says More than 130,000, evidence says 130,000" in registry.signals


def test_fuller_than_a_year_earlier_is_a_rise_said_after_who_said_it(winter):
    fuller = check_claim("The Cutzamala system was fuller this November than a year earlier", winter)
    assert fuller.label is VerdictLabel.SUPPORTED
    assert fuller.evidence[0].sentence.startswith("The Cutzamala system, a network of reservoirs")
    emptier = check_claim("The Cutzamala system was less full this November than a year earlier", winter)
    assert emptier.label is VerdictLabel.REFUTED
