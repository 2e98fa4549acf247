from __future__ import annotations

import pytest

from factdesk.claims.quantities import parse_quantities
from factdesk.claims.types import assertion_of, claim_type
from factdesk.models import Assertion, ClaimType


@pytest.mark.parametrize("text,expected", [
    ("Mexico's government is allied with the cartels.", Assertion.FACT),
    ("Over 30 candidates were assassinated in 2024.", Assertion.FACT),
    ("He said he would run again.", Assertion.FACT),
    ("In May 2024, 30 people died.", Assertion.FACT),
    ("I think the president is wrong about Mexico.", Assertion.OPINION),
    ("The policy is a disgrace.", Assertion.OPINION),
    ("We must act now against the cartels.", Assertion.OPINION),
    ("Is Mexico really a narco-state?", Assertion.QUESTION),
    ("\"Who armed them?\"", Assertion.QUESTION),
    ("The violence will probably spread to the north next year.", Assertion.PREDICTION),
    ("Sheinbaum could face pressure from Washington.", Assertion.PREDICTION),
    # a frame around a statement of fact is no opinion (a debate answer)
    ("I think it's important to know that Donald Trump left us the worst unemployment since "
     "the Great Depression.", Assertion.FACT),
    ("The fact is, crime fell 10% last year.", Assertion.FACT),
    # a fact-check's ruling is its judgement, not a claim of fact ("Half" is no 0.5)
    ("We rate this claim Half True.", Assertion.OPINION),
    ("Verdict: False.", Assertion.OPINION),
])
def test_assertion(text, expected):
    assert assertion_of(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Almost 2,000 people have disappeared.", ClaimType.QUANTITY),
    ("Mexico has a higher murder rate than Brazil.", ClaimType.COMPARISON),
    ("The killings rose because the cartels split.", ClaimType.CAUSAL),
    ("The minister said the army had withdrawn.", ClaimType.ATTRIBUTION),
    ("The army withdrew from the town.", ClaimType.EVENT),
])
def test_claim_type(text, expected):
    quantities = parse_quantities(text)
    assert claim_type(text, quantities, assertion_of(text)) is expected


def test_prediction_type_wins():
    text = "Homicides will fall 20 percent next year."
    assert claim_type(text, parse_quantities(text), assertion_of(text)) is ClaimType.PREDICTION


def test_a_future_said_by_the_way_in_a_relative_clause_is_no_prediction():
    from factdesk.claims.types import Assertion, assertion_of

    assert assertion_of("no one had been arrested under the law, which was set to take effect on March 5") \
        is Assertion.FACT
    assert assertion_of("The bill will cost $5bn") is Assertion.PREDICTION


def test_what_someone_could_not_do_is_a_fact_of_the_past():
    assert assertion_of("the National Guard had 300,000 members but could not stop the cartels") is Assertion.FACT
    assert assertion_of("The deal could not survive a court challenge") is Assertion.PREDICTION


def test_what_a_share_of_those_surveyed_expected_is_a_finding_not_a_forecast():
    assert assertion_of("55% planned to raise prices and 37% expected to cut investment") is Assertion.FACT
    assert assertion_of("40 per cent expected to cut jobs") is Assertion.FACT
    assert assertion_of("Mexico's economy expected to grow 1.5% this year") is Assertion.PREDICTION


def test_a_measured_risk_is_a_finding_not_a_forecast():
    assert assertion_of("People who eat the most ultra-processed food are 15% more likely to die early than "
                        "those who eat the least") is Assertion.FACT
    assert assertion_of("Smokers are three times as likely to develop the disease") is Assertion.FACT
    assert assertion_of("The bill is likely to pass") is Assertion.PREDICTION
    assert assertion_of("Biden is more likely to win than Trump") is Assertion.PREDICTION
