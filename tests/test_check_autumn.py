"""Checking claims against an archive of this autumn's stories (tests/fixtures/autumn), with the
first-quarter economy story of the beat beside them: figures of other quarters, rulings on the
opposite statement, short sentences that work a figure out, and stories where other things fell."""
from __future__ import annotations

import pytest

from factdesk.models import Stance, VerdictLabel
from factdesk.pipeline import check_claim

AUTUMN = ["tests/fixtures/autumn", "tests/fixtures/beat/mexico-economy-first-quarter.txt",
          "tests/fixtures/beat/mexico-inflation-october.txt"]


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def autumn(archive_of):
    return archive_of("autumn", AUTUMN)


def _item(verdict, start: str):
    return next(e for e in verdict.evidence if e.sentence.startswith(start))


def test_a_story_where_other_things_fell_is_no_evidence_on_the_price_of_gasoline(autumn):
    verdict = check_claim("The price of gasoline in Mexico fell this year", autumn)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)
    asylum = _item(verdict, "Asylum requests in Mexico fell 60%")
    assert asylum.stance is Stance.NEUTRAL
    assert asylum.signals[-1].startswith("does not speak of what the claim says fell (gasoline)")


def test_shut_down_and_given_up_are_no_rise_and_fall(autumn):
    verdict = check_claim("The Trump administration shut down the CBP One app", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Yusleidy Pérez, a 29-year-old nurse from Cuba")


def test_a_figure_of_the_first_quarter_says_nothing_of_the_third(autumn):
    verdict = check_claim("Mexico's economy contracted 0.3% in the third quarter", autumn)
    assert verdict.evidence[0].sentence.startswith("Mexico's economy contracted 0.3% in the third quarter")
    assert verdict.evidence[0].stance is Stance.SUPPORTS
    first = _item(verdict, "Mexico's economy contracted 0.6% in the first quarter")
    assert first.stance is Stance.NEUTRAL
    assert first.signals[-1].startswith("its figure is of another time: 0.6% (2025-01/2025-03)")


def test_a_short_sentence_that_works_out_the_figure_is_found_and_a_ruling_on_the_opposite_is_no_denial(autumn):
    verdict = check_claim("Fentanyl seizures at the southwest border fell by about 44% in fiscal 2025", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    drop = _item(verdict, "That is a drop of about 44%.")
    assert drop.stance is Stance.SUPPORTS
    ruling = _item(verdict, "Our ruling: The congressman's claim")
    assert ruling.stance is Stance.NEUTRAL
    assert ruling.signals[-1].startswith("it calls false a statement that went the other way")
    assert check_claim("Fentanyl seizures at the southern border doubled this year", autumn).label is VerdictLabel.REFUTED


def test_last_year_is_no_last_place_and_exports_to_a_country_are_still_exports(autumn):
    verdict = check_claim("Mexico's steel exports to the United States fell 28% in the first nine months of the year",
                          autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    third = [e for e in verdict.evidence if e.sentence.startswith("Mexico was the third-largest supplier of steel")]
    assert not any("not the first" in s for e in third for s in e.signals)
    asylum = _item(verdict, "Asylum requests in Mexico fell 60%")
    assert asylum.stance is Stance.NEUTRAL


def test_what_a_central_bank_forecasts_is_not_answered_by_the_ministers_forecast(autumn):
    verdict = check_claim("The Bank of Mexico forecasts growth of 0.6% in 2025", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("The Bank of Mexico in August cut its forecast for 2025 growth")
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)


def test_workers_are_people_of_the_country_the_story_is_on(autumn):
    verdict = check_claim("About 8.5 million Mexicans earn the minimum wage", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence == "About 8.5 million workers earn the minimum wage, the commission said."


def test_the_fiscal_year_of_another_figure_does_not_date_a_peak(autumn):
    verdict = check_claim("Fentanyl seizures at the border peaked in fiscal 2023", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Seizures peaked in fiscal 2023")
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)


def test_what_a_rate_was_at_first_is_no_evidence_of_what_it_is(autumn):
    verdict = check_claim("The US tariff on foreign steel is 50%", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    first = _item(verdict, "The tariff, first set at 25% in March, was doubled")
    assert first.stance is Stance.NEUTRAL
    assert first.signals[0].startswith("its figure is of another time: 25% (what it was at first)")


def test_what_is_owed_is_no_evidence_of_what_was_delivered(autumn):
    delivered = check_claim("Mexico has delivered about 520,000 acre-feet of water to the US in the current cycle", autumn)
    assert delivered.label is VerdictLabel.SUPPORTED
    owed = _item(delivered, "Under the treaty, Mexico must send an average of 350,000 acre-feet")
    assert owed.stance is not Stance.REFUTES
    must = check_claim("Mexico must send the US 350,000 acre-feet of water a year", autumn)
    assert must.label is VerdictLabel.SUPPORTED


def test_the_figure_a_fall_is_measured_from_counts_what_fell(autumn):
    verdict = check_claim("Fentanyl seizures at the southwest border were about 21,100 pounds in fiscal 2024", autumn)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert "numbers agree: claim says about 21,100, evidence says about 21,100" in verdict.evidence[0].signals
