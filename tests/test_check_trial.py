"""Checking claims against a wire story on the trial of "El Mayo" Zambada (tests/fixtures/trial):
a person's age as the wires write it ("Zambada, 77,"), and who said what in it."""
from __future__ import annotations

import pytest

from factdesk.models import VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow

AGE = "Zambada, 77, pleaded guilty last year to racketeering charges but later withdrew part of the plea."


@pytest.fixture(scope="module")
def trial(archive_of):
    return archive_of("trial", ["tests/fixtures/trial"])


def test_an_age_written_after_the_name_answers_a_claim_of_how_old(trial):
    right = check_claim("Zambada is 77 years old", trial)
    assert right.label is VerdictLabel.SUPPORTED and right.evidence[0].sentence == AGE
    wrong = check_claim("Zambada is 65 years old", trial)
    assert wrong.label is VerdictLabel.REFUTED and wrong.evidence[0].sentence == AGE
    assert any("claim says 65 years old, evidence says 77" in s for s in wrong.evidence[0].signals)


def test_never_arrested_refutes_arrested_several_times(trial):
    verdict = check_claim("Ismael Zambada was arrested several times over five decades", trial)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence == "The researcher noted that Zambada had never been arrested in five decades."


def test_the_judges_own_estimate_supports_the_length_of_the_trial(trial):
    verdict = check_claim("The trial of El Mayo Zambada is expected to last eight weeks", trial)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert "eight weeks" in verdict.evidence[0].sentence
    assert verdict.evidence[0].speaker and verdict.evidence[0].speaker.name == "Brian Cogan"
