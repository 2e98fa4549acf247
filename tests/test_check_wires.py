"""Checking claims against four wire stories (tests/fixtures/wires): who the counted are said
to be, the first of its kind against the second, a verb in another form, and an accusation as
the claim itself."""
from __future__ import annotations

import pytest

from factdesk.models import VerdictLabel
from factdesk.pipeline import check_claim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wires(archive_of):
    return archive_of("wires", ["tests/fixtures/wires"])


def test_alleged_members_are_members_and_no_claim_reported(wires):
    verdict = check_claim("Mexico sent 26 alleged cartel members to the United States", wires)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Mexico sent 26 alleged cartel members")
    assert not any("someone's claim" in s for s in verdict.evidence[0].signals)


def test_mexicos_first_is_refuted_by_the_second_this_year(wires):
    verdict = check_claim("The transfer of 26 prisoners was Mexico's first mass transfer to the United States this year",
                          wires)
    assert verdict.label is VerdictLabel.REFUTED
    assert any("others came before" in s for s in verdict.evidence[0].signals)


def test_ran_is_what_did_not_run_denies(wires):
    verdict = check_claim("Chief Justice Norma Piña ran in the judicial election", wires)
    assert verdict.label is VerdictLabel.REFUTED
    assert "did not run" in verdict.evidence[0].sentence


def test_paying_a_tax_per_kilogram_is_the_claim_of_pay(wires):
    verdict = check_claim("Lime growers pay criminal groups up to 2 pesos for every kilogram they ship", wires)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Growers and packers interviewed by Reuters")


def test_an_accusation_is_evidence_for_a_claim_that_it_was_made(wires):
    verdict = check_claim("Washington accused three Mexican banks of laundering money for fentanyl traffickers", wires)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("The Trump administration on Wednesday accused")
