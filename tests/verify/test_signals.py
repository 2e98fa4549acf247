"""Signals beside the stance model, each a reason a reporter can read."""
from __future__ import annotations

import pytest

from factdesk.verify.numbers import quantities
from factdesk.verify.signals import not_counting, turned


def test_a_claim_is_turned_to_the_opposite_the_evidence_uses():
    fall = "Remittances fell 4.6% in the first five months of 2025, the first decline in a decade."
    assert turned("Remittances to Mexico rose in 2025.", fall) == "Remittances to Mexico fell in 2025."
    assert turned("The court upheld the law.", "The court blocked the law on Monday.") == \
        "The court blocked the law."
    # the same side, in the form the claim has: "doubled" against "fell by about half"
    assert turned("Seizures doubled in 2025.", "Seizures fell by about half in 2025.") == \
        "Seizures halved in 2025."


def test_no_turn_where_the_evidence_also_says_the_claims_word():
    assert turned("Exports rose in May.", "Exports rose in May and fell in June.") is None
    assert turned("Exports rose in May.", "Exports reached a record in May.") is None


def test_a_sentence_that_never_names_what_the_claim_counts():
    claim = quantities("Homicides in Mexico fell 25% last year.")
    assert not_counting(claim, "Remittances to Mexico fell 4.6% last year.") == \
        "does not speak of what the claim counts (homicides)"
    assert not_counting(claim, "The number of homicides dropped by a quarter.") is None


def test_a_sentence_on_another_kind_of_price_leaves_out_what_the_claim_counts():
    claim = quantities("Consumer prices rose 2.4% in the year through March.")
    assert not_counting(claim, "Gasoline prices fell 6.3% over the month.") == \
        "does not speak of what the claim counts (consumer)"


def test_a_fact_not_shown_is_not_the_fact_negated():
    from factdesk.verify.signals import negation_mismatch

    claim = "Violence in Mexico has declined."
    assert negation_mismatch(claim, "Ernst said the government had not shown that violence had declined.") is None
    assert negation_mismatch(claim, "It hasn't been proven that violence declined.") is None
    assert negation_mismatch(claim, "Violence hasn't declined.") == "negation: the evidence is negated"


def test_what_the_claim_says_rose_the_evidence_says_fell():
    from factdesk.verify.signals import went_the_other_way

    claim = "Homicides in Mexico rose in 2024."
    assert went_the_other_way(claim, "The homicide rate fell to 23 per 100,000 in 2024.") == \
        "went the other way: the claim says Homicides in Mexico rose, the evidence says fell"
    assert went_the_other_way(claim, "INEGI reported 30,057 homicides in 2024, down from 31,062.") == \
        "went the other way: the claim says Homicides in Mexico rose, the evidence says down"
    # another thing fell; the same thing fell in another year; the place is not the thing
    assert went_the_other_way(claim, "Disappearances fell in 2024 while homicides held steady.") is None
    assert went_the_other_way(claim, "Homicides fell in 2023.") is None
    assert went_the_other_way(claim, "Exports from Mexico fell in 2024.") is None


def test_prices_of_one_kind_falling_say_nothing_of_prices_of_another():
    from factdesk.verify.signals import went_the_other_way

    assert went_the_other_way("Consumer prices rose 2.4% in March.", "Gasoline prices fell 6.3% over the month.") is None
    assert went_the_other_way("Gasoline prices increased in March.", "Gasoline prices fell 6.3% over the month.") == \
        "went the other way: the claim says Gasoline prices increased, the evidence says fell"


def test_another_kind_of_price_rising_is_not_gasoline_rising():
    from factdesk.verify.signals import another_thing_moved

    claim = "Gasoline prices increased in March."
    assert another_thing_moved(claim, "So-called core prices rose 2.8% from a year earlier.") == \
        "another thing went that way: “core prices rose”, not the claim's gasoline prices"
    assert another_thing_moved(claim, "Gasoline prices rose 5% in March.") is None
    # a thing named in other words is left to the model: "inflation" for consumer prices
    assert another_thing_moved("Inflation rose to 3% in March.", "Consumer prices rose 2.4%.") is None


def test_a_thing_the_story_sets_apart_from_the_claims_is_another_thing():
    from factdesk.verify.signals import another_thing_moved

    claim = "Disappearances in Mexico fell last year."
    said = "Sheinbaum said intentional homicides had fallen 25% since she took office."
    assert another_thing_moved(claim, said) is None  # it may be the claim's thing in other words
    apart = ["The homicide figure is going down, but disappearances are going up, said Saucedo."]
    assert another_thing_moved(claim, said, apart) == \
        "another thing went that way: “intentional homicides had fallen”, not the claim's disappearances"


def test_the_statement_of_a_sentence_that_answers_the_claim():
    from factdesk.verify.signals import clause_for

    quote = ('"Vitamin A does not prevent measles, and it is not a substitute for the vaccine," '
             "said Dr. Sean O'Leary.")
    assert clause_for("Vitamin A prevents measles.", quote) == "Vitamin A does not prevent measles"
    assert clause_for("Homicides rose.", "Homicides rose") == "Homicides rose"


def test_a_claim_called_false_in_so_many_words():
    from factdesk.verify.signals import called_false

    said = "That doesn't mean the city is safe, but the claim that murders doubled is simply false."
    assert called_false("Murders in Chicago doubled in 2024.", said) == \
        "calls it false: “claim that murders doubled is simply false”"
    assert called_false("Robberies in Chicago doubled.", said) is None  # another statement
    assert called_false("Murders did not double.", said) is None  # the claim's own negation


def test_a_sentence_that_never_names_what_the_claim_says_rose():
    from factdesk.verify.signals import not_moving

    assert not_moving("Shootings in Chicago rose last year.", "A candidate said crime was out of "
                      "control and murders had doubled.") == \
        "does not speak of what the claim says rose (shootings)"
    assert not_moving("Shootings in Chicago rose last year.", "Shootings fell 12% last year.") is None


def test_months_and_weekdays_are_no_subject_of_a_claim():
    from factdesk.verify.signals import names, same_subject

    assert names("June 2025 was the hottest June on record in Spain.") == {"spain"}
    assert not same_subject("June 2025 was the hottest June in Spain.",
                            "France recorded its hottest June day on record on Monday.")


def test_an_economy_that_contracted_went_the_other_way():
    from factdesk.verify.signals import went_the_other_way

    assert went_the_other_way("Mexico's economy grew in the first quarter.",
                              "Mexico's economy contracted 0.6% in the first quarter.") == \
        "went the other way: the claim says economy grew, the evidence says contracted"


def test_a_sentence_naming_another_place_speaks_of_elsewhere():
    from factdesk.verify.signals import elsewhere

    claim = "June 2025 was the hottest June on record in Spain."
    assert elsewhere(claim, ["France", "Vérargues"])
    assert not elsewhere(claim, ["Spain"])
    assert not elsewhere(claim, [])
    assert not elsewhere("Homicides fell last year.", ["Mexico"])  # the claim names no place


def test_a_negation_in_a_clause_of_reason_is_not_the_statement_s():
    from factdesk.verify.assess import _opposite_statement
    from factdesk.verify.signals import clause_for, main_clause

    said = ("The administration has begun planning for military strikes against cartels inside Mexico, "
            "two US officials said, speaking on condition of anonymity because they were not "
            "authorized to discuss the plans.")
    claim = "Mexico would accept US military strikes on cartels."
    assert "not authorized" not in main_clause(said)
    assert "not authorized" not in clause_for(claim, said)
    assert _opposite_statement(claim, main_clause(said)) is None
    assert _opposite_statement(claim, clause_for(claim, said)) is None


def test_a_claim_of_what_someone_said():
    from factdesk.verify.signals import attributed, same_person

    said = attributed("Finance Minister Edgar Amador told reporters that Mexico is in a recession.")
    assert said == ("Finance Minister Edgar Amador", "Mexico is in a recession")
    assert attributed('Sheinbaum said: "We are not going to close this case."').what == \
        "We are not going to close this case"
    assert attributed("The government said homicides fell 25%.") is None  # names nobody
    assert attributed("Homicides fell 25% in 2024.") is None
    assert same_person("Finance Minister Edgar Amador", "Amador")
    assert not same_person("Finance Minister Edgar Amador", "Gabriela Siller")


def test_a_rating_of_the_claim_itself():
    from factdesk.verify.signals import rating

    verdict = "The verdict: the claim that Mexico's government is allied with the cartels is misleading."
    assert rating("Mexico's government is allied with the cartels.", verdict) == \
        ("misleading", "claim that Mexico's government is allied with the cartels is misleading")
    assert rating("Mexico's government is allied with organized crime.", verdict) is None  # not its words
    assert rating("Murders doubled.", "It is not true that murders doubled.") == \
        ("false", "It is not true that murders doubled")


def test_near_or_feared_is_not_so():
    from factdesk.verify.signals import hedged

    claim = "Mexico is in a recession."
    assert hedged(claim, 'The economy was "on the edge of a technical recession," she said.') == \
        "says it is only near or feared: “on the edge of a technical recession”"
    assert hedged(claim, "INEGI said on Wednesday, raising fears of a recession as tariffs bite.") == \
        "says it is only near or feared: “fears of a recession”"
    assert hedged(claim, "Mexico entered a recession in the second quarter.") is None
    assert hedged("Mexico is close to a recession.", "fears of a recession") is None  # the claim hedges too


def test_a_country_is_named_by_its_people_and_its_short_names():
    from factdesk.verify.signals import same_subject

    claim = "Most of the calories Americans eat come from ultra-processed foods."
    assert same_subject(claim, "In the United States, such foods make up more than half of calories.")
    assert same_subject(claim, "In the U.S., such foods make up more than half of calories.")
    assert not same_subject(claim, "In Colombia they make up about 15%.")


def test_a_short_sentence_with_a_pronoun_goes_on_from_the_one_before():
    from factdesk.verify.signals import continues

    assert continues("In Colombia they make up about 15%.") and continues("In Durango it was 47%.")
    assert not continues("Turnout in Veracruz was 52%, down from 58% in the 2021 local elections.")


OVERHAUL = ("Mexico's Congress approved the judicial overhaul in September 2024, and the first judicial "
            "elections were held on June 1, 2025.")


@pytest.mark.parametrize("claim, said", [
    ("Mexico's judicial overhaul was approved in 2023.", "“September 2024”, the claim “2023”"),
    ("Mexico held its first judicial elections in 2024.", "“June 1, 2025”, the claim “2024”"),
    ("Mexico's judicial overhaul was approved in September 2024.", None),
    ("Mexico's judicial overhaul was approved in August 2024.", "“September 2024”, the claim “August 2024”"),
])
def test_an_event_the_evidence_dates_otherwise(claim, said):
    from factdesk.verify.signals import dated_otherwise

    found = dated_otherwise(claim, OVERHAUL)
    assert found == (f"the evidence dates it otherwise: {said}" if said else None)


@pytest.mark.parametrize("claim, evidence", [
    # a life's dates name who, not what happened then
    ("On February 2, 2013, Chris Kyle died.", "Christopher Scott Kyle (April 8, 1974 – February 2, 2013) was a sniper."),
    ("Clark Gable was an extra in silent films in the 1920's.", "Gable appeared as an extra in silent films between 1924 and 1926."),
    ("June 2025 was the hottest June on record in Spain.", "AEMET said June 2025 was the hottest June since records began in 1961."),
    ("Morena won 70 municipalities in Veracruz in 2025.", "Romero said Morena had won fewer municipalities in Veracruz than in 2021."),
])
def test_dates_that_do_not_date_the_claims_event(claim, evidence):
    from factdesk.verify.signals import dated_otherwise

    assert dated_otherwise(claim, evidence) is None


def test_a_one_way_relation_the_other_way_round():
    from factdesk.verify.signals import swapped

    evidence = "In 2023, Mexico overtook China as the largest trading partner of the United States."
    assert swapped("China overtook Mexico as the biggest trading partner.", evidence) == \
        "the other way round: the evidence says “Mexico overtook China”"
    assert swapped("Mexico overtook China as the biggest trading partner.", evidence) is None
    # done together, or said in the passive: the order of the names says nothing
    assert swapped("Trump met Sheinbaum in Toronto.", "Sheinbaum met Trump in Toronto.") is None
    assert swapped("China was overtaken by Mexico.", evidence) is None


def test_a_first_place_the_evidence_gives_to_another():
    from factdesk.verify.signals import another_holds_it

    corn = "Mexico is the largest buyer of US corn, accounting for about a quarter of exports."
    assert another_holds_it("Japan is the largest buyer of US corn.", corn) == \
        "the evidence gives it to another: “Mexico is the largest buyer”"
    assert another_holds_it("Japan is the largest buyer of US wheat.", corn) is None
    assert another_holds_it("Japan is one of the largest buyers of US corn.", corn) is None
    assert another_holds_it("Mexico is the largest buyer of US corn.", corn) is None


def test_a_second_place_refutes_a_first():
    from factdesk.verify.signals import ranked_lower

    claim = "Remittances are Mexico's largest source of foreign income."
    assert ranked_lower(claim, "Remittances remain Mexico's second-largest source of foreign income.") == \
        "the evidence ranks it second: “second-largest source”"
    assert ranked_lower(claim, "Auto exports are the second-largest source of foreign income.") is None
    assert ranked_lower(claim, "Remittances are the second-largest source of jobs.") is None
    assert ranked_lower("Remittances are one of the largest sources of income.",
                        "Remittances are the third-largest source of income.") is None


def test_a_level_is_no_evidence_of_a_rise():
    from factdesk.verify.signals import level_only

    claim = "Border arrests rose in March."
    assert level_only(claim, "That compares with more than 137,000 arrests in March 2024.") == \
        "names no change: not evidence that border arrests rose"
    assert level_only(claim, "Arrests rose to 12,000 in March.") is None  # a change
    assert level_only(claim, "Arrests hit a record 12,000 in March.") is None
    assert level_only(claim, "Arrests at the border are a political issue.") is None  # no figure
    assert level_only("The horse has grown in size.", "The horse grew from 40 cm to 160 cm.") is None


def test_a_figure_set_aside_is_no_negation_of_the_statement():
    from factdesk.verify.signals import negation_mismatch

    claim = "Remittances to Mexico fell 4.6% in 2025."
    assert negation_mismatch(claim, "Remittances fell by less than 5%, not by half.") is None
    assert negation_mismatch(claim, "Remittances did not fall in 2025.") == "negation: the evidence is negated"


def test_an_acronym_is_the_body_it_stands_for():
    from factdesk.verify.signals import attributed, same_person, same_subject

    assert attributed("The IMF expects Mexico's economy to grow 1.5% this year") == \
        ("IMF", "Mexico's economy to grow 1.5% this year")
    assert same_person("IMF", "The International Monetary Fund forecasts a contraction of 0.3%.")
    assert not same_person("IMF", "INEGI, the national statistics agency")
    assert same_subject("The IMF expects growth.", "The International Monetary Fund forecasts a contraction.")


def test_a_state_the_evidence_writes_as_a_name_is_one_at_the_start_of_the_claim():
    from factdesk.verify.signals import named_in

    assert named_in("Sinaloa recorded 1,640 homicides", ["Murders in the state of Sinaloa doubled."]) == {"sinaloa"}
    assert named_in("Global warming is real", ["the Global Carbon Project said global warming"]) == frozenset()


def test_murders_are_what_a_claim_of_homicides_counts():
    from factdesk.verify.numbers import quantities
    from factdesk.verify.signals import not_counting

    claim_qs = quantities("Sinaloa recorded 1,640 homicides in 2025.")
    assert not_counting(claim_qs, "Murders in Sinaloa reached 1,640 in 2025.") is None
    assert not_counting(claim_qs, "Sinaloa recorded 1,640 robberies in 2025.") == \
        "does not speak of what the claim counts (homicides)"


def test_only_near_a_recession_and_a_rise_in_another_year():
    from factdesk.verify.signals import dated_otherwise, hedged, level_only

    assert hedged("Mexico is in a technical recession.",
                  "The numbers confirm that Mexico is flirting with a technical recession.")
    # a fall may come any year: a 2025 fall does not date a claim of a 2024 one
    assert dated_otherwise("Mexico's homicide rate fell in 2024.", "Remittances to Mexico fell 4.6% in 2025.") is None
    assert level_only("Amador said the economy would grow 2% this year.", "The government expects growth of 2%.") is None


def test_what_happened_before_did_not_happen_for_the_first_time():
    from factdesk.verify.signals import not_the_first

    claim = "Water stopped flowing in Monterrey for the first time this summer."
    assert not_the_first(claim, "For the third summer in four years, water stopped flowing to Monterrey.") == \
        "the evidence says it happened before: “For the third summer”"
    assert not_the_first(claim, "Water stopped flowing to Monterrey this summer.") is None
    assert not_the_first("Water stopped flowing this summer.", "For the third summer, water stopped.") is None


def test_the_whole_country_is_not_the_claims_state():
    from factdesk.verify.signals import national

    said = "Nationally, the homicide rate fell to 19.3 per 100,000 people in 2024."
    assert national("Homicides in Sinaloa have doubled since September 2024.", said)
    assert not national("Homicides in Mexico fell in 2024.", said)
    assert not national("Sheinbaum cut homicides in 2024.", said)
    assert not national("Homicides in Sinaloa doubled.", "Sinaloa's rate, nationally the fifth highest, doubled.")


def test_what_a_speaker_said_in_about_the_same_words():
    from factdesk.verify.signals import attributed, movement, said_so

    assert said_so("eleven people have died in the measles outbreak", "Eleven people have died, all unvaccinated",
                   "Measles outbreak in Chihuahua spreads") == "says it in about the same words: eleven, people, died"
    assert said_so("eleven people have died in the measles outbreak", "Eleven people have died") is None  # no story
    assert said_so("investors have the predictability they need", "Investors want predictability") is None
    assert said_so("no one has died in the outbreak", "Eleven people have died in the outbreak") is None
    assert attributed("Jorge Romero called the election a farce") == ("Jorge Romero", "the election a farce")
    assert movement("border crossings started falling before the inauguration").thing == ["border", "crossings"]


def test_how_much_of_what_a_claim_is_about_a_story_says():
    from factdesk.verify.signals import topic_share

    claim = "eleven people have died in the measles outbreak"
    assert topic_share(claim, "At least 48 people have died of heat-related causes across the country.") == 0.5
    assert topic_share(claim, "Eleven people have died. Measles outbreak in Chihuahua spreads") == 1.0
    assert topic_share("Inflation rose to 5% in March 2025", "Annual inflation slowed to 3.8% in March.") == 1.0


def test_a_first_given_to_another_though_the_claims_is_named_after():
    from factdesk.verify.signals import another_holds_it

    said = "Utah became the first state to ban fluoride in public water systems in March 2025, and Florida followed."
    assert another_holds_it("Florida was the first US state to ban fluoride in public water", said) == \
        "the evidence gives it to another: “Utah became the first state”"
    assert another_holds_it("Utah was the first state to ban fluoride in public water", said) is None


def test_a_name_in_the_claims_thing_may_stand_anywhere_before_or_in_the_story_around():
    from factdesk.verify.signals import went_the_other_way

    claim = "Pemex oil production rose in the third quarter."
    story = ("Pemex debt falls for the first time in five years. The finance minister said the "
             "government would keep supporting Pemex.")
    assert went_the_other_way(claim, "Oil production, however, kept falling.", story) == \
        "went the other way: the claim says Pemex oil production rose, the evidence says falling"
    assert went_the_other_way(claim, "Oil production, however, kept falling.") is None  # whose?
    # a word that is no name keeps to the eight words before the verb
    assert went_the_other_way("Oil production rose in the third quarter.",
                              "Production of the state's many refineries and fields of oil and gas, its "
                              "pipelines and its ports fell.") is None


def test_a_cause_set_aside_is_no_negation_of_the_statement():
    from factdesk.verify.signals import negation_mismatch

    claim = "Pemex's debt fell to about 98.8 billion dollars."
    said = "The debt is lower because the taxpayer paid it, not because Pemex became more efficient."
    assert negation_mismatch(claim, said) is None
    assert negation_mismatch("The drought was caused by the heat.", "It was not only the heat.") is None


def test_more_than_a_year_earlier_is_a_change():
    from factdesk.verify.signals import level_only

    claim = "Most Americans believe crime is rising."
    assert level_only(claim, "A poll found that 77% of Americans believed there was more crime in "
                             "the US than a year earlier.") is None
    assert level_only(claim, "A poll found that more than 77% of Americans believed crime was a problem.") == \
        "names no change: not evidence that believe crime rising"


def test_what_was_supposed_to_happen_is_no_evidence_it_did():
    from factdesk.verify.signals import hedged

    said = "The El Cuchillo II aqueduct was supposed to open in 2023."
    assert hedged("The El Cuchillo II aqueduct opened in 2023", said) == \
        "says it is only planned: “was supposed to open”"
    assert hedged("The aqueduct was supposed to open in 2023", said) is None


def test_no_thing_the_claim_does_not_speak_of_negates_nothing():
    from factdesk.verify.signals import negation_mismatch

    claim = "About 30% of the water Monterrey pumps is lost to leaks."
    assert negation_mismatch(claim, "The state has no plan to fix leaks that waste about 30% of the water.") is None
    assert negation_mismatch(claim, "No water is lost to leaks.") == "negation: the evidence is negated"
    assert negation_mismatch("Industry takes water first.", "The problem isn't only the rain.") is None


def test_a_claim_without_the_names_its_evidence_leaves_to_the_story():
    from factdesk.verify.signals import without_names

    assert without_names("A federal judge blocked Texas's SB4 immigration law.", ["sb4"]) == \
        "A federal judge blocked Texas's immigration law."
    assert without_names("Texas's law was blocked", ["texas"]) == "law was blocked"


def test_another_measure_of_the_claims_thing_and_a_rate_that_slowed():
    from factdesk.verify.signals import another_measure, same_subject, went_the_other_way

    claim = "Core inflation rose in October."
    assert another_measure(claim, "Headline inflation slowed to 3.5% in October.") == \
        "speaks of another measure: headline, not core"
    assert another_measure(claim, "Headline inflation slowed, while core inflation rose.") is None
    assert went_the_other_way("Headline inflation rose in October.", "Headline inflation slowed to 3.5% in October.") == \
        "went the other way: the claim says Headline inflation rose, the evidence says slowed"
    assert same_subject("Banxico's benchmark rate is 7.25%", "The Bank of Mexico cut its rate to 7.25%.")


def test_an_aside_between_a_thing_and_its_verb_keeps_them_together():
    from factdesk.verify.signals import went_the_other_way

    said = ("Core inflation, which strips out volatile food and energy prices and is closely watched "
            "by the central bank, rose to 4.2% from 4.0% in September.")
    assert went_the_other_way("Core inflation fell in October.", said) == \
        "went the other way: the claim says Core inflation fell, the evidence says rose"


def test_what_the_claim_says_one_party_won_another_won():
    from factdesk.verify.signals import another_won

    said = ("The Institutional Revolutionary Party kept control of the northern state of Coahuila on "
            "Sunday, winning the governor's race by 22 percentage points.")
    assert another_won("Morena won the governor's race in Coahuila", said) == \
        "another won it: “The Institutional Revolutionary Party kept control of the northern state of Coahuila on Sunday”"
    assert another_won("The PRI won the governor's race in Coahuila", said) is None  # its Spanish initials
    assert another_won("Morena won the governor's race in Veracruz", said) is None


def test_the_words_that_set_a_cause_aside():
    from factdesk.verify.signals import cause_set_aside

    said = "The debt is lower because the taxpayer paid it, not because Pemex became more efficient."
    assert cause_set_aside(said) == ", not because Pemex became more efficient"
    assert cause_set_aside("The debt is not lower.") is None


def test_the_particle_of_a_phrasal_verb_is_no_rise_or_fall():
    from factdesk.verify.signals import antonym_mismatch, words

    assert words("The administration shut down the app") == ["the", "administration", "shut", "_down", "the", "app"]
    assert antonym_mismatch("The Trump administration shut down the CBP One app",
                            "She had given up on reaching the United States") is None
    assert antonym_mismatch("Prices went down", "Prices went up") == "opposite words: 'down' vs 'up'"


def test_words_of_when_and_of_a_fall_are_no_topic():
    from factdesk.verify.signals import says_more_than_names

    claim = "The price of gasoline in Mexico fell this year"
    assert not says_more_than_names(claim, "Asylum requests in Mexico fell 60% in the first 10 months of the year",
                                    frozenset({"mexico"}))
    assert says_more_than_names(claim, "Gasoline in Mexico cost less this year", frozenset({"mexico"}))


def test_the_months_a_time_covers():
    from factdesk.verify.numbers import _months_of

    assert _months_of("the third quarter") == (7, 9)
    assert _months_of("the first eight months") == (1, 8)
    assert _months_of("2025-01/2025-03") == (1, 3)
    assert _months_of("the last three months") is None
    assert _months_of("2024") is None


def test_a_negation_of_another_clause_is_not_the_evidences():
    from factdesk.verify.signals import negation_mismatch, stated

    # a relative clause of a thing a negated verb names states what it states
    perlo = ('"One good year does not fix a system that loses 40% of its water to leaks," said Manuel '
             'Perló Cohen, a researcher.')
    assert stated("Mexico City loses 40% of its water to leaks", perlo) == "loses 40% of its water to leaks"
    assert negation_mismatch("Mexico City loses 40% of its water to leaks", perlo) is None
    # the clause that states the claim, not the one beside it
    sheinbaum = ('President Claudia Sheinbaum said at her morning news conference that her government "does '
                 'not persecute journalists" and that the federal protection mechanism now covers more than '
                 '600 reporters.')
    assert negation_mismatch("Mexico's protection mechanism covers more than 600 journalists", sheinbaum) is None
    assert negation_mismatch("Mexico's government persecutes journalists", sheinbaum)
    # what calls a statement untrue, or did not say what is quoted, governs it
    assert negation_mismatch("The government protects cartels",
                             '"It is not true," Sheinbaum said, "that the government protects cartels."')
    assert negation_mismatch('Pelosi said, "It is dangerous to let the voters decide Trump’s fate."',
                             'She did not say it’s "dangerous to allow voters to decide Trump’s fate."')
    assert negation_mismatch("Mexico is in a recession",
                             '"The economy is stagnant, not in a recession," said Gabriela Siller.')
    # "the claim that …" says what the claim holds
    assert negation_mismatch("Mexico's government is allied with the cartels",
                             "Pérez Ricart does not accept the claim that Mexico's government is allied with the cartels.")


def test_a_post_alleging_the_claim_in_other_endings_reports_it():
    from factdesk.verify.signals import reports_the_claim

    assert reports_the_claim("The typical anglerfish is seven feet long.",
                             "A post alleging that anglerfish are typically 7 feet long was shared 20,000 times.")
    assert not reports_the_claim("The typical anglerfish is seven feet long.",
                                 "Anglerfish are typically 7 to 8 inches long, the museum said.")


def test_a_shorter_word_that_begins_the_claims_is_its_word():
    from factdesk.verify.signals import says_more_than_names

    assert says_more_than_names("Estadio Azteca will host the opening match of the 2026 World Cup",
                                "Estadio Azteca, which will open the 2026 World Cup on June 11, will reopen in March.")


def test_a_fall_said_as_a_noun_is_a_fall_of_what_follows_it():
    from factdesk.verify.signals import went_the_other_way

    assert went_the_other_way("Femicides in Mexico are rising",
                              "Its head said the fall in femicides showed that prevention was working.")
    assert went_the_other_way("Remittances to Mexico rose in 2025", "The drop in remittances hit Michoacán hardest.")
    assert went_the_other_way("Femicides in Mexico fell", "She said the fall in homicides showed it worked.") is None


def test_a_claim_of_two_statements_is_read_by_the_one_the_evidence_speaks_to():
    from factdesk.verify.signals import negation_mismatch, part_overlap, statements

    claim = "the National Guard had 300,000 members but could not stop the cartels"
    assert statements(claim) == ["the National Guard had 300,000 members", "could not stop the cartels"]
    members = "The Guard, created in 2019 as a civilian force, has about 130,000 members."
    assert part_overlap(claim, members) > 0.5
    assert negation_mismatch(claim, members) is None
    assert statements("Homicides and disappearances rose in 2024") == ["Homicides and disappearances rose in 2024"]


def test_every_year_says_when_not_what():
    from factdesk.verify.signals import says_more_than_names

    assert not says_more_than_names("Femicides had risen every year since 2018",
                                    "Dengue cases worldwide had doubled every year since 2021.")


def test_a_comment_set_off_after_the_statement_has_its_own_negation():
    from factdesk.verify.signals import negation_mismatch

    turnout = ("About 13% of Mexico's registered voters cast a ballot in the country's first election of judges on "
               "Sunday, the National Electoral Institute said, a turnout that critics of the judicial overhaul "
               "called a sign that voters had rejected it.")
    assert negation_mismatch("Only 13% of voters took part in the judicial election", turnout) is None
    # who said it is no clause of the statement
    assert negation_mismatch("Gabriela Siller said Mexico is in a recession",
                             '"The economy is stagnant, not in a recession," said Gabriela Siller, chief economist '
                             'at Banco Base, who expects growth of 0.3% for the full year.')


def test_highest_and_lowest_are_opposite_words():
    from factdesk.verify.signals import antonym_mismatch

    assert antonym_mismatch("Inflation in Mexico is at its highest level since 2021",
                            "Headline inflation slowed to 3.5% in October, its lowest level since February 2021.")


def test_a_company_is_its_short_name():
    from factdesk.verify.signals import topic_share

    assert topic_share("Walmex's revenue grew more than 10%",
                       "Walmart de México said its profit rose 9%. Revenue grew 7.4% to 231.5 billion pesos.") == 1.0


def test_a_change_set_off_after_a_figure_belongs_to_its_whole_statement():
    from factdesk.verify.signals import another_went_the_claims_way, went_the_other_way
    season = ("The monarch butterflies that spend the winter in the mountain forests of central Mexico covered "
              "1.79 hectares this season, nearly double the 0.9 hectares of a year earlier.")
    assert went_the_other_way("The area covered by monarch butterflies in Mexico fell this winter", season)
    assert another_went_the_claims_way("The monarchs' forest cover nearly doubled this year", season) is None


def test_more_than_at_another_time_is_a_rise():
    from factdesk.verify.signals import movement, went_the_other_way
    nets = "The navy said it removed 134 illegal nets from the area this year, down from 260 two years ago."
    claim = "The navy removed more illegal nets from the vaquita area this year than two years ago"
    assert movement(claim).thing == ["illegal", "nets"]
    assert went_the_other_way(claim, nets) == \
        "went the other way: the claim says more illegal nets, the evidence says down"
    assert movement("More than 30 candidates were killed") is None  # a figure, no comparison
    assert movement("Fewer people were killed in 2024 than in 2023") is None  # what they did says what


def test_the_first_of_its_kind_is_refuted_by_the_sixth():
    from factdesk.verify.signals import not_the_first
    sixth = "Manzo was at least the sixth mayor killed in Mexico since Sheinbaum took office in October 2024."
    assert not_the_first("Manzo was the first mayor killed since Sheinbaum took office", sixth) == \
        "the evidence says others came before: “at least the sixth mayor”"
    assert not_the_first("It was the first year of the program", "It was the second year of it.") is None


def test_a_rank_of_another_thing_is_no_rank_of_the_claims():
    from factdesk.verify.signals import ranked_in_another, ranked_lower
    steel = "Mexico was the third-largest supplier of steel to the United States last year."
    claim = "Mexico is the largest supplier of tomatoes to the United States"
    assert ranked_lower(claim, steel) is None
    assert ranked_in_another(claim, steel) == \
        "it ranks another thing: “third-largest supplier of steel to the United States last year”"


def test_the_world_is_not_the_country_a_claim_names():
    from factdesk.verify.signals import worldwide
    world = "Dengue cases worldwide had doubled every year since 2021, reaching more than 14 million in 2024."
    assert worldwide("Mexico has recorded more than 125,000 dengue cases this year", world)
    assert not worldwide("Dengue cases doubled worldwide", world)


def test_a_story_that_never_names_a_claims_subject_is_about_something_else():
    from factdesk.verify.signals import subject_unsaid
    claim = "The monarch butterfly population is at its lowest level on record"
    water = "Last year, the system fell to 26% of its capacity in June, its lowest level on record."
    assert subject_unsaid(claim, water) == \
        "its story never speaks of what the claim is about (monarch butterfly population)"
    assert subject_unsaid(claim, "The lowest on record was 0.67 hectares of monarchs.") is None
    assert subject_unsaid("Mexico's oil output is at its lowest level", water) is None  # a name: read by its names


def test_a_letter_that_goes_with_a_name_left_out_goes_with_it():
    from factdesk.verify.signals import without_names
    assert without_names("About 17,000 people took part in the Gen Z march", ["Gen"]) == \
        "About 17,000 people took part in the march"


def test_a_bill_charged_is_no_charge_against_someone():
    from factdesk.verify.signals import reports_the_claim
    fee = "Mexico began charging a fee of $5, rather than charge the $42 that Congress had first approved."
    assert not reports_the_claim("Mexico charges cruise passengers a $42 fee", fee)
    assert reports_the_claim("The mayor took bribes", "He repeated the charge that the mayor took bribes.")


def test_higher_or_fuller_than_before_and_the_evidence_that_went_that_way():
    from factdesk.verify.signals import went_the_claims_way, went_the_other_way
    turnout = "Turnout was 56%, up from 40% in the last governor's race in 2017."
    assert went_the_claims_way("Turnout in the Coahuila governor's race was higher than in 2017", turnout) == \
        "went the claim's way: the claim says higher turnout, the evidence says up"
    cutzamala = ("The Cutzamala system, a network of reservoirs that supplies about a quarter of Mexico City's water, "
                 "was 97% full at the start of November, the national water commission, Conagua, said, up from 52% "
                 "a year earlier.")
    assert went_the_claims_way("The Cutzamala system was fuller this November than a year earlier", cutzamala)
    assert went_the_other_way("The Cutzamala system was less full this November than a year earlier", cutzamala)
    # a fall in another period is no answer to a comparison with the year before
    june = "Last year, the system fell to 26% of its capacity in June, its lowest level on record."
    assert went_the_other_way("The Cutzamala system was fuller this November than a year earlier", june) is None


def test_a_change_set_off_after_an_aside_on_when():
    from factdesk.verify.signals import went_the_other_way
    seized = ("Officers seized about 11,900 pounds of fentanyl at the southwest border in fiscal year 2025, which "
              "ended in September, down from about 21,100 pounds in fiscal 2024.")
    assert went_the_other_way("Border agents seized more fentanyl in fiscal 2025 than in fiscal 2024", seized) == \
        "went the other way: the claim says more fentanyl, the evidence says down"


def test_up_to_a_figure_is_no_rise():
    from factdesk.verify.signals import antonym_mismatch, movement
    assert movement("Mexico approved tariffs of up to 50% on Chinese cars") is None
    assert antonym_mismatch("Mexico approved tariffs of up to 50% on Chinese cars",
                            "Mexico's steel exports fell 28% after Washington raised its tariff.") is None


def test_a_quote_and_what_follows_it_are_two_statements():
    from factdesk.verify.signals import negation_mismatch
    ebrard = ('Economy Minister Marcelo Ebrard said the tariffs were "not against any country" and would '
              'protect some 325,000 jobs.')
    assert negation_mismatch("The tariffs would protect some 325,000 jobs", ebrard) is None


def test_what_a_claim_is_about_is_not_its_units_nor_its_when():
    from factdesk.verify.signals import topic_share
    cruise = "The government expects it to raise about 5 billion pesos a year once fully in place."
    assert topic_share("The tariffs are expected to bring in about 52 billion pesos a year", cruise) < 0.5


def test_a_word_is_found_in_another_form_of_it():
    from factdesk.verify.signals import _any_found, base

    assert [base(w) for w in ("paying", "paid", "ran", "acted", "closes", "cities", "stopped")] == \
        ["pay", "pay", "run", "act", "clos", "city", "stop"]
    assert base("news") == "news" and base("gas") == "gas" and base("status") == "status"
    assert _any_found({"pay"}, {"described", "paying", "tax"})
    assert not _any_found({"pay"}, {"described", "tax"})


def test_a_name_and_a_verb_in_another_form_say_more_than_the_name():
    from factdesk.verify.signals import says_more_than_names

    assert says_more_than_names("Chief Justice Norma Piña ran in the judicial election",
                                "The Supreme Court's chief justice, Norma Piña, did not run.")
    assert not says_more_than_names("Chief Justice Norma Piña ran in the judicial election",
                                    "Norma Piña opposed the reform.")


def test_alleged_members_count_members_and_report_no_claim():
    from factdesk.verify.signals import reports_the_claim

    claim = "Mexico sent 26 alleged cartel members to the United States"
    evidence = "Mexico sent 26 cartel members to the United States on Tuesday."
    assert not_counting(quantities(claim), evidence) is None
    assert not reports_the_claim(claim, "Mexico sent 26 alleged cartel members to the United States on Tuesday.")
    assert reports_the_claim("Mexico's government is allied with the cartels",
                             "The senator alleged that Mexico's government is allied with the cartels.")


def test_an_accusation_that_is_the_claim_is_not_a_claim_repeated():
    from factdesk.verify.signals import reports_the_claim

    assert not reports_the_claim("Washington accused three Mexican banks of laundering money",
                                 "The Trump administration accused three Mexican banks of laundering money.")


def test_a_countrys_first_is_not_the_second_such():
    from factdesk.verify.signals import not_the_first

    said = not_the_first("It was Mexico's first mass transfer this year",
                         "Mexico sent 26 people to the United States, the second such mass transfer this year.")
    assert said is not None and "second such mass" in said
    assert not_the_first("It was Mexico's first mass transfer this year",
                         "It was the first mass transfer of the year.") is None


def test_a_negation_denies_only_what_it_names():
    from factdesk.verify.signals import antonym_mismatch, negation_mismatch

    # the claim denies a hurt the evidence does not speak of
    assert negation_mismatch("Nobody was hurt when gunmen fired on El Debate's offices",
                             "Gunmen fired on the offices of the newspaper El Debate on Saturday.") is None
    assert negation_mismatch("Falko Ernst said the transfers would weaken the cartels",
                             "Falko Ernst said the transfers were unlikely to weaken the groups.")
    assert negation_mismatch("Chief Justice Norma Piña ran in the judicial election",
                             "The chief justice, Norma Piña, did not run.")
    assert antonym_mismatch("Bernardo Bravo was found alive in October",
                            "Bernardo Bravo was found dead in his truck in October.")
