"""A fact-check's ruling: which sentences rule, and on which claim."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from factdesk.quotes.cues import is_speech_cue
from factdesk.verify.rulings import checked_statement, find_ruling, ruling_label, states


@pytest.mark.parametrize("sentence, label", [
    ("We rate this claim Half True.", "misleading"),
    ("We rate it Pants on Fire!", "false"),
    ("We rate the statement Mostly True.", "true"),
    ("This statement is mostly false.", "misleading"),
    ("The claim is false, because no ban exists.", "false"),
    ("Verdict: False.", "false"),
    ("Our rating: Misleading", "misleading"),
    ("Our ruling: The claim is false.", "false"),
    ("Verdict: We rate it False.", "false"),
    ("We rate this claim Unproven.", None),  # neither way
    ("The claim that murders doubled is false.", None),  # names what it rates: signals.rating
    ("Our ruling", None),
    ("False alarms are common, officials said.", None),
])
def test_ruling_sentences(sentence, label):
    assert ruling_label(sentence) == label


@dataclass
class S:
    text: str


def test_the_ruling_rates_the_claim_its_lede_or_summary_says_someone_made():
    story = [S("A viral post claims that Texas banned fluoride in public drinking water in May 2025."),
             S("The claim is false."), S("Utah and Florida have banned it."), S("Verdict: False.")]
    found = find_ruling("Texas banned fluoride in drinking water.", story)
    assert (found.label, found.ruling.text, found.statement.text) == ("false", "Verdict: False.", story[0].text)
    assert find_ruling("Florida banned fluoride in drinking water.", story) is None
    assert find_ruling("Texas banned fluoride in drinking water.", story[2:]) is None
    # a finding of the fact-check's own, though it states the claim, is not what it rules on
    found = [S("Utah banned fluoride in public water in March, state records show.")]
    assert find_ruling("Utah banned fluoride in public water.", found + story) is None


def test_a_statement_gives_every_word_and_figure_of_the_claim_and_its_names_nearby():
    claim = "Homicides in Mexico have fallen 25% since Sheinbaum took office."
    said = "Sheinbaum said intentional homicides fell 25% since she took office."
    assert states(claim, said, "Fact-check: Did homicides in Mexico fall 25% under Sheinbaum?")
    assert not states(claim, said)  # Mexico is named nowhere
    assert not states(claim.replace("25%", "40%"), said, "Mexico")


@pytest.mark.parametrize("cue, speech", [
    ("said", True), ("has warned", True), ("according to", True), ("TAPPER:", True),
    ("pointed out", True), ("denied", True), ("a statement from", True), ("tweeted", True),
    ("banned", False), ("voted", False), ("debated", False), (None, False),
])
def test_speech_cues(cue, speech):
    assert is_speech_cue(cue) is speech


def test_the_statement_a_fact_check_rules_false_whatever_claim_is_checked():
    story = [S("A post shared on Facebook claims that remittances to Mexico collapsed by half in 2025."),
             S("Remittances sent to Mexico fell 4.6% in 2025, according to data from the Bank of Mexico."),
             S("In states such as Michoacán they are worth more than 10% of the economy."),
             S("Our ruling: The claim is false.")]
    found = checked_statement(story)
    assert (found.label, found.ruling.text, found.statement.text) == ("false", story[3].text, story[0].text)
    # "in states such as": no one states anything; a ruling of true leaves its statement be
    assert checked_statement(story[1:]) is None
    assert checked_statement(story[:3] + [S("We rate this claim True.")]) is None


def test_a_second_place_does_not_state_a_first():
    claim = "Remittances are Mexico's largest source of foreign income."
    assert not states(claim, "Banxico said remittances remain Mexico's second-largest source of foreign income.")
    assert states(claim, "Banxico said remittances are Mexico's largest source of foreign income.")


def test_our_ruling_on_someones_claim_that_names_what_it_rules_on():
    ruling = "Our ruling: Harlan's claim that violent crime is at an all-time high is false."
    assert ruling_label(ruling) == "false"
    story = [S('During Tuesday\'s debate, Senator Tom Harlan said that "violent crime is at an all-time '
               'high in this country."'), S("The data do not support that claim."), S(ruling)]
    # "the United States" is the headline's "US"
    found = find_ruling("Violent crime is at an all-time high in the United States.", story,
                        "Fact check: Was violent crime in the US at a record high last year?")
    assert (found.label, found.statement.text) == ("false", story[0].text)
    assert find_ruling("Violent crime is at an all-time high in the United Kingdom.", story,
                       "Fact check: Was violent crime in the US at a record high last year?") is None
