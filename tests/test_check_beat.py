"""A beat reporter's archive: a judicial election, a measles outbreak, border arrests, the
economy, a cartel war in Sinaloa, Monterrey's water, a ruling on a Texas law, a dengue record, inflation in October, a retailer's quarter, a governor's race, a heat record, the hottest year, deportations
to Mexico, Acapulco after Otis, Pemex's debt, a Senate vote on a border bill, an opinion column on
Monterrey's water, a fact-check of a viral post on remittances ("Our ruling: The claim is false.") and one of a
senator's claim on crime, beside the fact-checks of tests/fixtures/factchecks."""
from __future__ import annotations

import pytest

from factdesk.models import Article, Stance, VerdictLabel
from factdesk.pipeline import analyze_article, check_claim

pytestmark = pytest.mark.slow
BEAT = "tests/fixtures/beat"


@pytest.fixture(scope="module")
def beat(archive_of):
    return archive_of("beat", [BEAT, "tests/fixtures/factchecks"])


def _item(verdict, start: str):
    return next(e for e in verdict.evidence if e.sentence.startswith(start))


def test_our_ruling_the_claim_is_false_refutes_the_post_it_checks(beat):
    verdict = check_claim("Remittances to Mexico collapsed by half in 2025", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("A published verdict rates it false: “Our ruling: The claim is false.”")
    # the fact-check's own sentences that lean the other way were weighed by its authors
    assert verdict.confidence >= 0.7


def test_the_post_a_fact_check_rules_false_is_no_evidence_for_another_claim(beat):
    verdict = check_claim("Remittances to Mexico fell 4.6% in 2025", beat)
    post = _item(verdict, "A post shared thousands of times on Facebook")
    assert post.stance is Stance.NEUTRAL
    assert "the claim a fact-check rules on (“Our ruling: The claim is false.”): not evidence" in post.signals
    assert _item(verdict, "Remittances sent to Mexico fell 4.6% in 2025").stance is Stance.SUPPORTS


def test_a_second_place_refutes_a_first(beat):
    verdict = check_claim("Remittances are Mexico's largest source of foreign income", beat)
    assert verdict.label is VerdictLabel.REFUTED
    first = verdict.evidence[0]
    assert first.sentence.startswith("Remittances remain Mexico's second-largest source")
    assert "the evidence ranks it second: “second-largest source”" in first.signals
    assert not any(e.rates for e in verdict.evidence)  # the fact-check rules on another claim


def test_a_figure_a_change_is_measured_from_is_another_times(beat):
    verdict = check_claim("Border arrests fell to about 8,000 in March", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Arrests for illegal crossings at the US-Mexico border fell")
    then = _item(verdict, "That compares with more than 137,000 arrests in March 2024")
    assert then.stance is Stance.NEUTRAL
    assert any(s.startswith("its figure is of another time: more than 137,000") for s in then.signals)


def test_the_figure_of_the_claims_date_is_the_one_compared(beat):
    verdict = check_claim("There were more than 137,000 border arrests in March 2024", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("That compares with more than 137,000 arrests in March 2024")
    assert _item(verdict, "Arrests for illegal crossings").stance is not Stance.REFUTES


def test_a_level_is_no_evidence_of_a_rise(beat):
    verdict = check_claim("Border arrests rose in March", beat)
    assert verdict.label is VerdictLabel.REFUTED
    level = _item(verdict, "That compares with more than 137,000 arrests")
    assert level.stance is Stance.NEUTRAL
    assert "names no change: not evidence that border arrests rose" in level.signals


def test_a_bare_count_of_doses_is_the_claims_count_of_vaccine_doses(beat):
    verdict = check_claim("Mexico administered more than 400,000 measles vaccine doses in Chihuahua since February",
                          beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    said = verdict.evidence[0]
    assert said.sentence.startswith("Dr. Ruy López Ridaura, Mexico's deputy health minister, told reporters")
    assert said.speaker.name == "Ruy López Ridaura"


@pytest.mark.parametrize("claim, label", [
    ("Twenty people have died in the Chihuahua measles outbreak", VerdictLabel.REFUTED),
    ("Mexico was declared free of endemic measles in 2010", VerdictLabel.REFUTED),
    ("Mexico deployed 25,000 National Guard troops to its northern border", VerdictLabel.REFUTED),
    ("Asylum requests in Mexico have dropped by about a third this year", VerdictLabel.SUPPORTED),
    ("Bitcoin is legal tender in Mexico", VerdictLabel.NOT_ENOUGH_EVIDENCE),
    ("Sinaloa recorded 3,000 homicides in the twelve months to September 2025", VerdictLabel.REFUTED),
    ("The Bank of Mexico has raised interest rates this year", VerdictLabel.REFUTED),
    ("Mexico overtook China as the largest exporter to the United States", VerdictLabel.SUPPORTED),
    ("Governor Rubén Rocha Moya resigned", VerdictLabel.REFUTED),
    ("Monterrey is a city of ten million people", VerdictLabel.REFUTED),  # "five million people near …"
    ("Monterrey's reservoirs were at half of their capacity in July", VerdictLabel.REFUTED),  # "below 10 percent"
    ("Heineken has cut its water use by 20 percent since 2020", VerdictLabel.SUPPORTED),
    ("Mexico City recorded a temperature of 38 degrees Celsius in May 2024", VerdictLabel.REFUTED),
    ("Most heat deaths in Mexico were in the southern states", VerdictLabel.REFUTED),  # "northern states"
    ("Cenace ordered rolling blackouts for the first time this month", VerdictLabel.REFUTED),  # "second time"
    ("Climate change made the Mexican heat wave 3 times more likely", VerdictLabel.REFUTED),
    ("Biologists counted at least 157 dead howler monkeys in Tabasco", VerdictLabel.SUPPORTED),
])
def test_the_beat_checks_out(beat, claim, label):
    assert check_claim(claim, beat).label is label


def test_who_gives_the_election_figures():
    text = open(f"{BEAT}/mexico-judicial-election.txt", encoding="utf-8").read()
    quotes = analyze_article(Article(text=text, language="en")).quotes
    by_text = {q.text: q for q in quotes}
    turnout = by_text["Turnout was about 13%"]
    assert turnout.speaker.name == "National Electoral Institute"
    assert turnout.speaker.mention == "preliminary figures from the National Electoral Institute"
    spoiled = next(q for q in quotes if q.text.startswith("about 10% of ballots cast were spoiled"))
    assert spoiled.speaker.name == "National Electoral Institute"  # "According to the electoral institute"
    farce = next(q for q in quotes if q.cue and q.cue.text == "called")
    assert (farce.speaker.name, farce.speaker.role) == ("Jorge Romero", "National Action Party leader")


def test_murders_are_homicides(beat):
    verdict = check_claim("Homicides in Sinaloa have doubled since September 2024", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Murders in the northern state of Sinaloa have doubled")


def test_a_state_named_first_is_a_name_and_national_figures_are_not_its_own(beat):
    verdict = check_claim("Sinaloa recorded 1,640 homicides in the twelve months to September 2025", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    national = _item(verdict, "Figures from the National Public Security System")
    assert national.stance is Stance.NEUTRAL


def test_a_fall_in_another_year_of_another_thing_does_not_date_the_claim(beat):
    verdict = check_claim("Mexico's national homicide rate fell in 2024", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Nationally, the homicide rate fell to 19.3")


def test_a_change_is_not_set_beside_a_share_of_the_whole(beat):
    verdict = check_claim("Mexico's economy contracted 0.6% in the first quarter of 2025", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence
                   if e.sentence.startswith("Remittances remain Mexico's second-largest"))


def test_a_forecast_of_a_named_minister_and_one_only_near_a_recession(beat):
    said = check_claim("Finance Minister Edgar Amador said the economy would grow between 1.5% and 2.3% this year",
                       beat)
    assert said.label is VerdictLabel.SUPPORTED
    assert said.evidence[0].sentence.startswith("Finance Minister Edgar Amador said the government still expects")
    near = check_claim("Mexico is in a technical recession", beat)
    assert near.label is not VerdictLabel.SUPPORTED  # Siller: "flirting with a technical recession"
    siller = _item(near, '"The numbers confirm that Mexico is flirting')
    assert any(s.startswith("says it is only near or feared") for s in siller.signals)


def test_the_imf_is_the_international_monetary_fund(beat):
    verdict = check_claim("The IMF expects Mexico's economy to grow 1.5% this year", beat)
    imf = _item(verdict, "The International Monetary Fund forecasts a contraction of 0.3%")
    assert not any("does not quote or name" in s for s in imf.signals)
    amador = _item(verdict, "Finance Minister Edgar Amador said")
    assert amador.stance is Stance.NEUTRAL  # the minister's forecast, not the IMF's


def test_what_happened_before_did_not_happen_for_the_first_time(beat):
    verdict = check_claim("Water stopped flowing in Monterrey for the first time this summer", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert "the evidence says it happened before: “For the third summer”" in verdict.evidence[0].signals


@pytest.mark.parametrize("claim, said", [
    ("Mexico's Health Ministry said eleven people have died in the measles outbreak", "Eleven people have died"),
    ("Claudia Sheinbaum called the judicial election a historic day for democracy", '"This is a historic day'),
    ("Adam Isacson said border crossings started falling before the inauguration", '"Numbers started falling'),
    ("The US State Department said it was closely following Mexico's judicial election", "The US State Department"),
    ("Laurence Pantin said the judicial vote would let Morena pack the courts", "Laurence Pantin, a researcher"),
])
def test_who_said_it_in_about_the_same_words(beat, claim, said):
    verdict = check_claim(claim, beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    first = verdict.evidence[0]
    assert first.sentence.startswith(said)
    assert any(s.startswith("says it in about the same words") or s.startswith("judged as") for s in first.signals)


def test_another_thing_a_person_did_does_not_dispute_what_they_said(beat):
    verdict = check_claim("Kristi Noem said the border is closed to illegal aliens", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    credited = _item(verdict, "Homeland Security Secretary Kristi Noem credited")
    assert credited.stance is Stance.NEUTRAL
    assert "speaks of something else than what Kristi Noem is said to have said" in credited.signals


def test_before_is_not_after(beat):
    verdict = check_claim("The drop in border crossings began after Trump took office", beat)
    researchers = _item(verdict, "Immigration researchers said the drop had begun before Trump took office")
    assert researchers.stance is Stance.REFUTES
    assert "opposite words: 'before' vs 'after'" in researchers.signals


def test_a_figure_of_another_year_that_disagrees_is_another_times(beat):
    verdict = check_claim("Remittances to Mexico fell 4.6% in 2025", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    tax = _item(verdict, "He noted that a 1% tax on cash remittances")
    assert tax.stance is Stance.NEUTRAL


def test_a_figure_from_a_story_on_something_else_does_not_dispute_the_claims(beat):
    verdict = check_claim("Mexico's Health Ministry said eleven people have died in the measles outbreak", beat)
    heat = _item(verdict, "At least 48 people have died of heat-related causes")
    assert heat.stance is Stance.NEUTRAL
    assert any(s.startswith("its figures are of another story than the claim's") for s in heat.signals)


def test_a_polls_respondents_stand_for_the_people_it_samples(beat):
    verdict = check_claim("Only about a third of Mexicans approve of Sheinbaum's handling of crime", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    first = verdict.evidence[0]
    assert first.sentence.startswith("Security remained her weakest area: only 34% of respondents")
    assert "numbers agree: claim says about a third, evidence says 34%" in first.signals


def test_our_ruling_on_a_senators_claim_refutes_it_and_is_the_papers_not_his(beat):
    verdict = check_claim("Violent crime is at an all-time high in the United States", beat)
    assert verdict.label is VerdictLabel.REFUTED
    ruling = verdict.evidence[0]
    assert ruling.sentence == "Our ruling: Harlan's claim that violent crime is at an all-time high is false."
    assert ruling.speaker is None  # the fact-check's words on his claim, not his
    said = _item(verdict, "During Tuesday's debate, Senator Tom Harlan said")
    assert said.stance is Stance.NEUTRAL  # the claim it rules on, quoted to be checked


def test_a_forecast_is_no_result_and_a_figure_of_the_claims_thing_refutes(beat):
    verdict = check_claim("Pemex produces 1.8 million barrels of oil a day", beat)
    assert verdict.label is VerdictLabel.REFUTED
    first = verdict.evidence[0]
    assert first.sentence.startswith("Pemex produced 1.63 million barrels per day")
    assert "number mismatch: claim says 1.8 million, evidence says 1.63 million" in first.signals
    target = _item(verdict, "Pemex chief executive Víctor Rodríguez Padilla told lawmakers")
    assert target.stance is Stance.NEUTRAL


def test_a_fall_the_story_says_of_the_claims_thing_in_few_words(beat):
    verdict = check_claim("Pemex oil production rose in the third quarter", beat)
    assert verdict.label is not VerdictLabel.SUPPORTED
    fell = _item(verdict, "Oil production, however, kept falling.")
    assert fell.stance is Stance.REFUTES
    assert "went the other way: the claim says Pemex oil production rose, the evidence says falling" in fell.signals


def test_most_people_believing_more_than_a_year_earlier_is_a_poll_that_they_do(beat):
    verdict = check_claim("Most Americans believe crime is rising", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    poll = verdict.evidence[0]
    assert poll.sentence.startswith("A Gallup poll in October found that 77% of Americans")
    assert poll.speaker.name == "Gallup"


def test_warming_that_exceeded_a_limit_is_borne_out_by_a_figure_above_it(beat):
    verdict = check_claim("Global warming exceeded 1.5C in 2024", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert any("numbers agree: claim says exceeded 1.5C, evidence says 1.6" in e.signals for e in verdict.evidence)


def test_a_countrys_average_temperature_is_not_disputed_by_a_citys_record(beat):
    verdict = check_claim("Mexico's average temperature in 2024 was 22.5C", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].speaker.name == "SMN"
    record = _item(verdict, "Mexico City recorded its highest temperature ever")
    assert record.stance is not Stance.REFUTES


def test_a_bills_figures_answer_a_claim_of_what_it_would_do_but_a_cost_estimate_is_no_price(beat):
    hire = check_claim("The border bill would hire 5,000 new Border Patrol agents", beat)
    assert hire.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says 5,000, evidence says 3,000" in hire.evidence[0].signals
    cost = check_claim("The border bill costs $46 billion", beat)
    assert cost.label is VerdictLabel.SUPPORTED
    assert cost.evidence[0].sentence.startswith("The Senate passed a $46 billion border security bill")
    cbo = _item(cost, "The Congressional Budget Office estimated")
    assert cbo.stance is Stance.NEUTRAL


def test_what_was_supposed_to_open_did_not_open_then(beat):
    verdict = check_claim("The El Cuchillo II aqueduct opened in 2023", beat)
    assert verdict.label is VerdictLabel.REFUTED
    planned = _item(verdict, "The El Cuchillo II aqueduct, which the state says")
    assert planned.stance is Stance.NEUTRAL
    assert "says it is only planned: “was supposed to open”: not evidence that it is so" in planned.signals


def test_a_figure_beside_no_plan_is_not_negated(beat):
    verdict = check_claim("About 30% of the water Monterrey pumps is lost to leaks", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Yet the state government still has no plan to fix leaks")


def test_years_in_jail_against_months_in_jail(beat):
    verdict = check_claim("Under SB4, illegal entry into Texas was punishable by up to two years in jail", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says up to two, evidence says up to six" in verdict.evidence[0].signals


def test_nearly_the_claims_own_words_negated_refute_it(beat):
    verdict = check_claim("The dengue vaccine is part of Mexico's national immunization program", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("A vaccine approved by regulators in 2023 is not yet part")


def test_a_story_on_other_things_is_no_evidence_for_the_claim(beat):
    verdict = check_claim("Dengue cases worldwide fell in 2024", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("The World Health Organization said last month")
    assert not any(e.stance is Stance.SUPPORTS for e in verdict.evidence)


def test_a_name_the_sentence_leaves_to_its_story_is_no_contradiction(beat):
    verdict = check_claim("A federal judge blocked Texas's SB4 immigration law", beat)
    lede = _item(verdict, "A federal judge on Thursday blocked a Texas law")
    assert lede.named_around == ["SB4"]
    assert lede.stance is Stance.SUPPORTS
    assert lede.signals[0].startswith("read without SB4, which its story names: "
                                      "“A federal judge blocked Texas's immigration law”")


def test_headline_inflation_that_slowed_says_nothing_of_core_inflation(beat):
    verdict = check_claim("Core inflation rose to 4.2% in October", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    headline = _item(verdict, "Mexico's annual headline inflation slowed to 3.5%")
    assert headline.stance is Stance.NEUTRAL
    assert "speaks of another measure: headline, not core: not evidence either way" in headline.signals
    rose = check_claim("Mexico's headline inflation rose in October", beat)
    assert rose.label is VerdictLabel.REFUTED


def test_a_margin_that_fell_in_a_story_that_names_the_company_elsewhere(beat):
    verdict = check_claim("Walmex's operating margin improved from a year earlier", beat)
    assert verdict.label is VerdictLabel.REFUTED
    fell = verdict.evidence[0]
    assert fell.sentence.startswith("She noted that the company's operating margin fell to 8.1%")
    assert fell.named_around == ["Walmex"]


def test_a_companys_figure_is_not_set_beside_the_other_stories_counts_of_people(beat):
    verdict = check_claim("Walmex employs more than 230,000 people", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert not any(e.stance is Stance.REFUTES for e in verdict.evidence)


def test_a_plan_is_borne_out_by_what_the_chief_executive_said_the_company_would_do(beat):
    verdict = check_claim("Walmex plans to open 180 new stores next year", beat)
    assert verdict.label is VerdictLabel.SUPPORTED


def test_a_race_another_party_won(beat):
    verdict = check_claim("Morena won the governor's race in Coahuila", beat)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].signals[-1].startswith("another won it: “The Institutional Revolutionary Party")
    assert check_claim("The PRI won the governor's race in Coahuila", beat).label is VerdictLabel.SUPPORTED


def test_a_cause_set_aside_does_not_deny_the_fall(beat):
    verdict = check_claim("Pemex's debt fell to about 98.8 billion dollars", beat)
    assert verdict.label is VerdictLabel.SUPPORTED
    barrios = _item(verdict, '"The debt is lower because the taxpayer paid it')
    assert barrios.stance is not Stance.REFUTES
    assert "read without “not because Pemex became more efficient”, a cause it sets aside" in barrios.signals

