"""Checking claims against an archive of eight news-roundup stories (tests/fixtures/roundup): a
story that leans both ways, a record beside a season's figure, a change set off after its figure,
more or fewer than before, a figure set aside, a figure whose noun is left out, the sixth of its
kind, and a name its story gives."""
from __future__ import annotations

import pytest

from factdesk.models import Stance, VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roundup(archive_of):
    return archive_of("roundup", ["tests/fixtures/roundup"])


def test_a_story_speaks_with_its_surer_side(roundup):
    verdict = check_claim("Line 12's collapse killed 26 people", roundup)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Mexico City fully reopened Line 12 of its subway")


def test_a_record_is_answered_by_the_record_and_a_season_by_the_season(roundup):
    record = check_claim("The record for monarch forest cover is 18.19 hectares, set in 1996-97", roundup)
    assert record.label is VerdictLabel.SUPPORTED
    assert record.evidence[0].sentence.startswith("Even with this year's rise, the figure is far below the record")
    season = check_claim("The monarchs covered about 1.8 hectares this season", roundup)
    assert season.label is VerdictLabel.SUPPORTED
    assert season.evidence[0].sentence.startswith("The monarch butterflies that spend the winter")


def test_nearly_double_a_year_earlier_is_a_rise(roundup):
    fell = check_claim("The area covered by monarch butterflies in Mexico fell this winter", roundup)
    assert fell.label is VerdictLabel.REFUTED
    assert fell.evidence[0].sentence.startswith("The monarch butterflies that spend the winter")
    assert check_claim("The monarchs' forest cover nearly doubled this year", roundup).label is VerdictLabel.SUPPORTED


def test_more_than_two_years_ago_against_down_from(roundup):
    verdict = check_claim("The navy removed more illegal nets from the vaquita area this year than two years ago",
                          roundup)
    assert verdict.label is VerdictLabel.REFUTED
    assert "went the other way: the claim says more illegal nets, the evidence says down" in verdict.evidence[0].signals


def test_a_fee_set_aside_is_not_the_fee_charged(roundup):
    verdict = check_claim("Mexico charges cruise passengers a $42 fee", roundup)
    assert verdict.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says $42, evidence says $5" in verdict.evidence[0].signals


def test_a_figure_whose_noun_is_left_out(roundup):
    injured = check_claim("The Line 12 collapse injured about 100 people", roundup)
    assert injured.label is VerdictLabel.SUPPORTED
    assert check_claim("The Line 12 collapse killed 50 people", roundup).label is VerdictLabel.REFUTED


def test_the_first_of_its_kind_against_the_sixth(roundup):
    verdict = check_claim("Manzo was the first mayor killed since Sheinbaum took office", roundup)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("Manzo was at least the sixth mayor killed")


def test_a_name_its_story_gives_and_a_place_named_in_an_aside(roundup):
    # the sentence says "the march"; the story calls it Generation Z's, and the killing of a mayor
    # in Michoacán is why it was called, not where it was
    took_part = check_claim("About 17,000 people took part in the Gen Z march, according to city officials", roundup)
    assert took_part.label is VerdictLabel.SUPPORTED
    officials = check_claim("City officials said about 170,000 people joined the Generation Z march", roundup)
    assert officials.label is VerdictLabel.REFUTED
    assert officials.evidence[0].sentence.startswith("City officials estimated that about 17,000 people")


def test_a_denial_in_a_story_headed_by_the_rest_of_the_claim(roundup):
    verdict = check_claim("Police used tear gas against the Generation Z marchers", roundup)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence == "He said the police had not used tear gas."


def test_the_largest_supplier_has_no_lean_against_it(roundup):
    largest = check_claim("Mexico is the largest supplier of tomatoes to the United States", roundup)
    assert largest.label is VerdictLabel.SUPPORTED
    assert not [e for e in largest.evidence if e.stance is Stance.REFUTES]


def test_durations_and_yearly_sums(roundup):
    assert check_claim("The US suspended avocado inspections in Michoacán for a month in 2022",
                       roundup).label is VerdictLabel.REFUTED
    assert check_claim("Mexico sells about $30 billion of tomatoes a year to the US", roundup).label \
        is VerdictLabel.REFUTED
    assert check_claim("Michoacán grows about a quarter of Mexico's avocados", roundup).label is VerdictLabel.REFUTED


def test_fewer_than_two_years_ago_and_hundreds_in_words(roundup):
    fewer = check_claim("The navy removed fewer illegal nets this year than two years ago", roundup)
    assert fewer.label is VerdictLabel.SUPPORTED
    assert fewer.evidence[0].sentence.startswith("The navy said it removed 134 illegal nets")
    hundreds = check_claim("Hundreds of vaquitas still live in the Gulf of California", roundup)
    assert hundreds.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says Hundreds, evidence says 10" in hundreds.evidence[0].signals
