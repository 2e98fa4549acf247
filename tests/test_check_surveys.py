"""Checking claims against a poll story, a health study and a court ruling (tests/fixtures/surveys,
written for these tests): what a share of people answer ("Most Americans approve …" beside "47%
approving"), and a change by a share ("raises the risk by 15%") kept apart from a share of a whole."""
from __future__ import annotations

import pytest

from factdesk.models import VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow

DIVIDED = ("Americans are almost evenly divided over President Donald Trump's tariffs, with 47% approving and "
           "49% disapproving, according to a new poll from The Associated Press-NORC Center for Public Affairs "
           "Research.")


@pytest.fixture(scope="module")
def surveys(archive_of):
    return archive_of("surveys", ["tests/fixtures/surveys"])


def test_most_people_approving_is_refuted_by_a_share_under_half(surveys):
    verdict = check_claim("Most Americans approve of Trump's tariffs", surveys)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence == DIVIDED
    assert "number mismatch: claim says Most, evidence says 47%" in verdict.evidence[0].signals


def test_what_most_people_expect_is_answered_by_the_share_that_expects_it(surveys):
    verdict = check_claim("Most Americans expect prices to fall next year", surveys)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence == "Only 18% expect prices to fall next year."


def test_a_share_of_a_group_that_fits_supports(surveys):
    verdict = check_claim("Two-thirds of Republicans approve of the tariffs", surveys)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("About two-thirds of Republicans approve of the tariffs")


def test_a_rise_in_risk_is_no_share_of_calories(surveys):
    verdict = check_claim("Eating ultra-processed food raises the risk of early death by 15%", surveys)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("People who eat the most ultra-processed food are 15% more likely")
    assert not any("mismatch" in s and "57%" in s for e in verdict.evidence for s in e.signals)


def test_a_court_that_struck_a_law_down_refutes_that_it_was_upheld(surveys):
    verdict = check_claim("The Louisiana Ten Commandments law was upheld by an appeals court", surveys)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("A similar Louisiana law was struck down")
