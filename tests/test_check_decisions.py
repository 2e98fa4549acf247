"""Checking claims against a rate decision and a raid (tests/fixtures/decisions, written for these
tests): "last year" as a calendar year, a denial as the speaker's word against a claim of what
they said, a country's adjective as where, not what, and a bank's "easing cycle" as no fall."""
from __future__ import annotations

import pytest

from factdesk.models import VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def decisions(archive_of):
    return archive_of("decisions", ["tests/fixtures/decisions"])


def test_last_year_is_a_calendar_year_not_a_stretch_of_twelve_months(decisions):
    verdict = check_claim("Jalisco registered 1,432 homicides last year", decisions)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence == "Last year, Jalisco registered 1,432 homicides, down 18% from 2024."


def test_what_a_speaker_rejected_refutes_that_she_said_it(decisions):
    verdict = check_claim("Sheinbaum said the raid was carried out under pressure from Washington", decisions)
    assert verdict.label is VerdictLabel.REFUTED
    cited = next(e for e in verdict.evidence if e.sentence.startswith("She rejected suggestions"))
    assert cited.speaker is not None and cited.speaker.name == "Claudia Sheinbaum"


def test_a_countrys_adjective_says_where_not_what(decisions):
    verdict = check_claim("Mexican inflation rose to 3.8% in early December", decisions)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Headline inflation rose to 3.8% in the first half of December")
    lede = next(e for e in verdict.evidence if e.sentence.startswith("Mexico's central bank cut"))
    assert not any("easing" in s for s in lede.signals)  # its "easing cycle" is a policy, not a fall


def test_a_currency_that_weakened_refutes_that_it_strengthened(decisions):
    verdict = check_claim("The peso strengthened after the rate cut", decisions)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("The peso weakened 0.3% after the announcement")
