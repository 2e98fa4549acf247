"""Number checks between a claim and a piece of evidence (parsed quantities, no model)."""
from __future__ import annotations

from factdesk.verify.numbers import compare, quantities

SERIES = ("The study found that diabetes prevalence rose from 14.4% in 2016 to 18.3% in 2022.")


def test_a_series_is_read_at_the_claims_year_or_else_at_its_latest():
    verdict, reason = compare(quantities("Diabetes prevalence in Mexico rose to 25% in 2022"), quantities(SERIES))
    assert verdict == "mismatch" and reason.endswith("evidence says 18.3%")
    assert compare(quantities("Diabetes prevalence was 14.4% in 2016"), quantities(SERIES))[0] == "match"
    # no year in the claim: the figure now is the latest one
    assert compare(quantities("Diabetes prevalence in Mexico is 18%"), quantities(SERIES))[0] == "match"


def test_percentages_of_different_things_are_not_compared():
    tax = quantities("The country's 10% soda tax was introduced in 2014.")
    assert compare(quantities("25% of Mexican adults have diabetes"), tax) == (None, "")


def test_a_figure_now_and_the_month_before_each_answer_for_their_own_month():
    evidence = quantities("Inflation eased to 4.2% in October 2024 from 4.6% in September 2024.")
    assert compare(quantities("Inflation in Mexico is 4.2%"), evidence)[0] == "match"
    assert compare(quantities("Inflation was 4.6% in September 2024"), evidence)[0] == "match"
    verdict, reason = compare(quantities("Inflation was 5% in October 2024"), evidence)
    assert verdict == "mismatch" and reason.endswith("evidence says 4.2%")


def test_a_figure_of_another_thing_in_a_series_is_not_compared():
    # both figures of the series count the prevalence, so neither speaks of homicides
    assert compare(quantities("Homicides in Mexico fell by 15% last year."), quantities(SERIES)) == (None, "")
