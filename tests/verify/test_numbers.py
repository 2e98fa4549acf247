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
    assert compare(quantities("25% of Mexican adults have diabetes"), tax) == \
        ("apart", "its figures count other things than the claim's: 10% soda tax introduced")


def test_a_figure_now_and_the_month_before_each_answer_for_their_own_month():
    evidence = quantities("Inflation eased to 4.2% in October 2024 from 4.6% in September 2024.")
    assert compare(quantities("Inflation in Mexico is 4.2%"), evidence)[0] == "match"
    assert compare(quantities("Inflation was 4.6% in September 2024"), evidence)[0] == "match"
    verdict, reason = compare(quantities("Inflation was 5% in October 2024"), evidence)
    assert verdict == "mismatch" and reason.endswith("evidence says 4.2%")


def test_a_figure_of_another_thing_in_a_series_is_not_compared():
    # both figures of the series count the prevalence, so neither speaks of homicides
    assert compare(quantities("Homicides in Mexico fell by 15% last year."), quantities(SERIES))[0] == "apart"


MARCH = ("Consumer prices rose 2.4% in the 12 months through March, down from 2.8% in February, "
         "the Labor Department said Thursday.")


def test_the_claims_figure_beside_last_months_is_a_match():
    evidence = quantities(MARCH, "2025-04-10")  # the evidence's "February" is its article's
    claim = quantities("Consumer prices rose 2.4% in the year through March.")
    assert compare(claim, evidence, MARCH) == ("match", "numbers agree: claim says 2.4%, evidence says 2.4%")
    verdict, reason = compare(quantities("Consumer prices rose 3% in the year through March."), evidence, MARCH)
    assert verdict == "mismatch" and reason.endswith("evidence says 2.4%")


def test_prices_of_another_kind_are_not_compared():
    core = "Excluding food and energy, so-called core prices rose 2.8% from a year earlier."
    claim = quantities("Consumer prices rose 2.4% in the year through March.")
    assert compare(claim, quantities(core), core)[0] == "apart"


def test_the_change_between_two_shares_is_a_figure_in_points():
    poverty = "The poverty rate in Mexico fell to 29.6% in 2024 from 36.3% in 2022, according to INEGI."
    change = quantities(poverty)[-1]
    assert (change.text, change.value, change.unit, change.time) == \
        ("36.3% to 29.6%", 6.7, "percentage points", "2024")
    claim = quantities("Poverty in Mexico fell by 6.7 percentage points between 2022 and 2024.")
    assert compare(claim, quantities(poverty), poverty)[0] == "match"
    claim = quantities("Poverty in Mexico fell by 9 percentage points between 2022 and 2024.")
    assert compare(claim, quantities(poverty), poverty) == \
        ("mismatch", "number mismatch: claim says 9 percentage points, evidence says 36.3% to 29.6%")


def test_mexicans_are_people():
    said = "About 8.3 million people left poverty between 2022 and 2024, the statistics agency said."
    claim = quantities("About 13 million Mexicans left poverty between 2022 and 2024.")
    assert compare(claim, quantities(said), said) == \
        ("mismatch", "number mismatch: claim says About 13 million, evidence says About 8.3 million")


def test_a_share_of_the_population_counts_what_the_sentence_is_about():
    [share] = quantities("Extreme poverty fell to 5.3% of the population.")
    assert share.counted == "Extreme poverty"


def test_a_vote_s_tally_is_counted_in_votes_and_exactly():
    said = "The Senate voted 51 to 50 on Tuesday to pass the tax and spending bill."
    ayes, nays = quantities(said)
    assert (ayes.value, ayes.unit, nays.value, nays.unit) == (51, "votes", 50, "votes")
    assert compare(quantities("The Senate passed the bill 51 to 50."), quantities(said), said)[0] == "match"
    assert compare(quantities("The Senate passed the bill 52 to 48."), quantities(said), said) == \
        ("mismatch", "number mismatch: claim says 52, evidence says 51")
    # a tally is not set beside a sum of money
    assert compare(quantities("The Senate passed the bill 51 to 50."),
                   quantities("The bill raises the debt limit by $5 trillion."))[0] == "apart"


VERACRUZ = ("Mexico's ruling Morena party and its allies won 70 of Veracruz's 212 municipalities in "
            "Sunday's local elections.")
DURANGO = "In Durango, Morena took 19 of the state's 39 mayoralties, while the opposition held the capital."


def _said(claim: str, evidence: str):
    return compare(quantities(claim), quantities(evidence), evidence, claim)


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    # "70 of … 212 municipalities" is 70 municipalities, not 212
    assert _said("Morena won 70 municipalities in Veracruz.", VERACRUZ) == \
        ("match", "numbers agree: claim says 70, evidence says 70")
    assert _said("Morena won 90 municipalities in Veracruz.", VERACRUZ) == \
        ("mismatch", "number mismatch: claim says 90, evidence says 70")
    assert _said("Veracruz has 212 municipalities.", VERACRUZ)[0] == "match"


def test_most_and_half_are_set_beside_the_share_a_part_is_of_its_whole():
    assert _said("Morena won most of Veracruz's municipalities.", VERACRUZ) == \
        ("mismatch", "number mismatch: claim says most, evidence says 70 of 212")
    assert _said("Morena won a majority of mayoralties in Durango.", DURANGO)[0] == "mismatch"
    # "half" in words is a round figure: 19 of 39 is half
    assert _said("Half of Durango's mayoralties went to Morena.", DURANGO) == \
        ("match", "numbers agree: claim says Half, evidence says 19 of 39")


def test_shares_of_different_doings_are_not_compared():
    supply = ("The Cutzamala System, which supplies about a quarter of the water used in the Mexico City "
              "area, was 97% full on Sunday.")
    assert _said("Mexico City loses about 40% of its water to leaks.", supply)[0] != "mismatch"
    assert _said("The Cutzamala System supplies half of Mexico City's water.", supply) == \
        ("mismatch", "number mismatch: claim says half, evidence says about a quarter")


def test_a_figure_a_change_is_measured_from_is_of_another_time():
    claim = "Border arrests fell to about 8,000 in March."
    then = "That compares with more than 137,000 arrests in March 2024, under President Joe Biden."
    verdict, reason = compare(quantities(claim), quantities(then), then, claim)
    assert (verdict, reason) == ("apart", "its figure is of another time: more than 137,000 (2024-03)")
    # a claim of that date is answered by it, not by this March's figure beside it
    dated = "There were more than 137,000 border arrests in March 2024."
    now = "Border arrests fell to about 8,000 in March."
    assert compare(quantities(dated), quantities(then), then, dated)[0] == "match"
    assert compare(quantities(dated), quantities(now), f"{now} {then}", dated)[0] == "apart"


def test_a_bare_count_may_be_the_claims_fuller_one():
    claim = "Mexico administered more than 400,000 measles vaccine doses in Chihuahua."
    said = "Teams had administered more than 400,000 doses in Chihuahua since February."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "match"
    other = "Teams had administered more than 400,000 flu shots in Chihuahua."
    assert compare(quantities(claim), quantities(other), other, claim)[0] != "match"


def test_a_change_is_no_share_of_a_whole_and_a_forecast_no_result():
    claim = "Mexico's economy contracted 0.6% in the first quarter."
    share = "Remittances are worth more than 10% of the economy."
    assert compare(quantities(claim), quantities(share), share, claim)[0] != "mismatch"
    forecast = "The IMF expects the economy to grow 1.5% this year."
    result = "The economy grew 0.2% this year."
    assert compare(quantities(forecast), quantities(result), result, forecast)[0] != "mismatch"
    other = "The World Bank forecasts growth of 0.5% this year."
    assert compare(quantities(forecast), quantities(other), other, forecast)[0] == "mismatch"


def test_a_city_of_five_million_people_near_a_border_counts_people():
    claim = "Monterrey is a city of ten million people."
    said = "Monterrey, an industrial city of five million people near the Texas border."
    assert quantities(said)[0].unit == "people"
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "mismatch"


def test_a_share_below_or_at_a_level_is_a_share_of_the_same_thing():
    claim = "Monterrey's reservoirs were at half of their capacity in July."
    said = "The city's three reservoirs were below 10 percent of capacity in July."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "mismatch"


def test_people_arrested_for_one_crime_are_not_those_arrested_for_another():
    claim = "We have arrested more than 20,000 people for high-impact crimes since October."
    said = "Her government had arrested almost 2,000 people linked to fentanyl trafficking since October."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "apart"
    plain = "Mexico has arrested 2,000 people since October."
    assert compare(quantities(plain), quantities(said), said, plain)[0] == "match"


def test_a_figure_that_disagrees_dated_to_another_year_is_another_times():
    claim = "Remittances fell 4.6% in 2025."
    said = "Remittances fell 1% in January 2026."
    assert compare(quantities(claim), quantities(said), said, claim) == \
        ("apart", "its figure is of another time: 1% (2026-01)")
    # one that agrees, dated otherwise, says the claim's date may be wrong: not set aside
    assert compare(quantities(claim), quantities("Remittances fell 4.6% in 2023."), "Remittances fell 4.6% in 2023.",
                   claim)[0] is None


def test_a_polls_respondents_are_people():
    claim = "Only about a third of Mexicans approve of Sheinbaum's handling of crime."
    said = "Only 34% of respondents approved of her handling of crime."
    assert compare(quantities(claim), quantities(said), said, claim) == \
        ("match", "numbers agree: claim says about a third, evidence says 34%")


def test_most_of_a_people_said_without_of():
    claim = "Most Mexicans approve of Sheinbaum's handling of crime."
    said = "Only 34% of respondents approved of her handling of crime."
    assert compare(quantities(claim), quantities(said), said, claim) == \
        ("mismatch", "number mismatch: claim says Most, evidence says 34%")
    assert quantities("Mexico is the most violent state.") == []


def test_a_forecast_figure_is_no_result_either_way():
    from factdesk.verify.numbers import FORECAST

    claim = "Pemex produces 1.8 million barrels of oil a day."
    target = ("Pemex chief executive Víctor Rodríguez Padilla told lawmakers that production would "
              "stabilize at about 1.8 million barrels per day by 2026.")
    verdict, reason = compare(quantities(claim), quantities(target), target, claim)
    assert (verdict, reason) == ("apart", f"{FORECAST}: about 1.8 million")
    # a history's "would" is no forecast: "The film would gross $50 million"
    film = "Released in 1998, the film would gross $50 million worldwide."
    assert compare(quantities("The film grossed $50 million."), quantities(film), film,
                   "The film grossed $50 million.")[0] == "match"


def test_an_average_temperature_is_no_record_high():
    average = "The national weather service said the country's average temperature in 2024 was 22.5C, the highest since 1953."
    record = "Mexico City recorded its highest temperature ever on Saturday, 34.7 degrees Celsius."
    claim = "Mexico's average temperature in 2024 was 22.5C"
    assert compare(quantities(claim), quantities(record), record, claim)[0] == "apart"
    assert compare(quantities(claim), quantities(average), average, claim)[0] == "match"
    other = "Mexico City recorded 34.7C in May, its highest temperature ever"
    assert compare(quantities(other), quantities(average), average, other)[0] == "apart"
    assert compare(quantities(other), quantities(record), record, other)[0] == "match"


def test_exceeded_is_more_than():
    claim = "Global warming exceeded 1.5C in 2024."
    said = "In 2024 the global average temperature was 1.6 degrees Celsius above pre-industrial levels."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "match"


def test_a_bills_would_beside_a_claims_would_and_an_estimate_is_a_forecast():
    claim = "The border bill would hire 5,000 new Border Patrol agents."
    said = "The bill would hire 3,000 new Border Patrol agents, according to a summary."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "mismatch"
    cost = "The border bill costs $46 billion."
    cbo = "The Congressional Budget Office estimated that the bill would add about $31 billion to deficits."
    assert compare(quantities(cost), quantities(cbo), cbo, cost)[0] == "apart"


def test_a_share_used_is_a_share_consumed():
    claim = "Industry uses about half of Monterrey's water."
    said = "Industry consumes roughly a fifth of the city's water."
    assert compare(quantities(claim), quantities(said), said, claim)[0] == "mismatch"


def test_a_figure_for_the_first_ten_months_is_not_one_for_the_first_eight():
    claim = "The United States deported about 195,000 Mexicans in the first eight months of the year."
    said = "The United States deported about 190,000 Mexicans in the first ten months of the year."
    assert compare(quantities(claim), quantities(said), said, claim) == \
        ("apart", "its figure is of another time: about 190,000 (the first ten months of the year)")
    same = "The United States deported about 195,000 Mexicans in the first eight months of the year, officials said."
    assert compare(quantities(claim), quantities(same), same, claim)[0] == "match"


def test_years_and_months_are_one_measure_and_two_maxima_are_compared_as_they_are():
    claim = "Under SB4, illegal entry into Texas was punishable by up to two years in jail."
    law = "The law made illegal entry into Texas a state crime punishable by up to six months in jail."
    assert compare(quantities(claim), quantities(law), law, claim) == \
        ("mismatch", "number mismatch: claim says up to two, evidence says up to six")
    decades = "Alice Cooper has been an American singer for over five decades."
    assert compare(quantities("Alice Cooper has worked for 30 years."), quantities(decades), decades,
                   "Alice Cooper has worked for 30 years.")[0] == "mismatch"


def test_another_count_is_a_part_added_not_the_whole():
    verdict, reason = _said("More than 130,000 people are listed as missing in Mexico",
                            "Another 32 people are still listed as missing.")
    assert (verdict, reason) == ("apart", "its figure is a part added to a count, not the whole: 32")


def test_a_count_of_other_deeds_is_apart():
    killed = "At least 47 journalists were killed in Mexico, the group said."
    assert _said("Mexico's protection mechanism covers more than 600 journalists", killed)[0] == "apart"
    assert _said("12 journalists were kidnapped in Mexico", killed)[0] == "apart"
    assert _said("Cartels murdered 12 journalists in Mexico", killed)[0] == "mismatch"  # one deed
    assert _said("Cartels killed 12 journalists in Mexico", killed)[0] == "mismatch"


def test_a_whole_year_or_a_term_is_another_time():
    pumped = ("The company produced 1.63 million barrels a day in the third quarter, down 6% from a year "
              "earlier and far below the 2.6 million barrels a day it pumped in 2013.")
    assert _said("Pemex produced 2.6 million barrels a day in the third quarter", pumped) == \
        ("mismatch", "number mismatch: claim says 2.6 million, evidence says 1.63 million")
    term = "At least 47 journalists were killed in Mexico during the term of former President López Obrador."
    assert _said("Five journalists have been killed in Mexico this year", term)[0] == "apart"
    assert _said("Twelve journalists were killed in Mexico under López Obrador", term)[0] == "mismatch"
    assert _said("At least 47 journalists were killed in Mexico", term)[0] == "match"


def test_most_in_words_is_a_share_of_its_doing():
    quarter = "The Cutzamala system supplies about a quarter of Mexico City's water."
    assert _said("The Cutzamala system supplies most of Mexico City's water", quarter) == \
        ("mismatch", "number mismatch: claim says most, evidence says about a quarter")
    assert _said("Mexico City loses 40% of its water to leaks",
                 "The city pumps most of its water from an aquifer.") == \
        ("apart", "its figure is a share of another doing: pumps most")


def test_most_of_a_plural_is_more_than_half_but_the_most_is_a_plurality():
    attacks = "Article 19 said public officials were behind 40% of the attacks on the press it recorded last year."
    assert _said("Public officials were behind most attacks on the press in Mexico last year", attacks) == \
        ("mismatch", "number mismatch: claim says most, evidence says 40%")
    assert quantities("Hugo Aguilar received the most votes for the Supreme Court") == []
    assert quantities("Mexico is the most dangerous country for reporters") == []


def test_a_budget_is_a_plan_not_what_was_spent():
    cost = ("The railway cost about 500 billion pesos, roughly three times its original budget of 150 "
            "billion pesos, according to the institute.")
    assert _said("The Tren Maya cost 150 billion pesos", cost) == \
        ("mismatch", "number mismatch: claim says 150 billion, evidence says about 500 billion")
    assert _said("The Tren Maya cost 500 billion pesos", cost)[0] == "match"


def test_a_forecast_word_of_the_main_clause_is_not_a_relative_clauses():
    from factdesk.verify.numbers import _is_forecast

    azteca = ("Mexico City's Estadio Azteca will reopen in March after a renovation that its owners say cost "
              "about 2 billion pesos.")
    [cost] = quantities(azteca)
    assert not _is_forecast(azteca, cost)
    for said in ("The IMF expects that the economy will grow 1.5% this year.",
                 "The central bank predicted that growth would be 0.5%."):
        assert _is_forecast(said, quantities(said)[0])


def test_what_a_sum_in_pesos_is_spent_on():
    assert [q.counted for q in quantities("Mexico City will invest 8 billion pesos in its water network in 2026")] \
        == ["water network"]
    assert [q.counted for q in quantities("The government has committed 136 billion dollars to Pemex")] != ["Pemex"]
    assert _said("Mexico City will invest 8 billion pesos in its water network",
                 "The city says it will spend 4.6 billion pesos on roads and transport near the stadium.")[0] == "apart"


def test_people_missing_are_no_count_of_people_deported():
    claim = "More than 130,000 people are missing in Mexico"
    assert _said(claim, "The number of people listed as missing in Mexico has passed 130,000, the registry says.") == \
        ("match", "numbers agree: claim says More than 130,000, evidence says 130,000")
    assert _said(claim, "The number of people deported from the United States to Mexico did rise, to about "
                        "190,000, the ministry said.")[0] == "apart"


def test_a_figure_something_is_set_below_is_another_measure():
    turnout = ("Turnout was about 13%, according to the electoral institute, far below the 60% that voted in "
               "last year's presidential election.")
    assert _said("Most people voted in the judicial election", turnout)[0] != "match"
    cutzamala = "The Cutzamala system was 97% full at the start of November, up from 52% a year earlier."
    assert _said("The Cutzamala system was 52% full a year earlier", cutzamala)[0] == "match"
    assert _said("The Cutzamala system is 52% full", cutzamala)[0] == "mismatch"


def test_almost_full_and_nearly_empty_are_shares():
    cutzamala = "The Cutzamala system was 97% full at the start of November."
    assert _said("The Cutzamala reservoirs are almost full", cutzamala) == \
        ("match", "numbers agree: claim says almost full, evidence says 97%")
    assert _said("The Cutzamala reservoirs are nearly empty", cutzamala)[0] == "mismatch"


def test_millions_and_thousands_in_words_are_lower_bounds():
    deported = "The United States deported about 195,000 Mexicans in the first eight months of the year."
    assert _said("Trump has deported millions of Mexicans", deported) == \
        ("mismatch", "number mismatch: claim says millions, evidence says about 195,000")
    assert _said("Tens of thousands of people marched", "About 30,000 people marched on Sunday.")[0] == "match"
    # so many in words is no count to set against a figure, nor against words of so many
    assert _said("The government has given Pemex more than 136 billion dollars",
                 "The government has given Pemex billions of dollars.")[0] != "mismatch"
    assert _said("It cost hundreds of millions of dollars", "It cost hundreds of millions of dollars.")[0] != "match"


def test_the_record_is_answered_only_by_a_figure_called_the_record():
    season = ("The monarch butterflies that spend the winter in central Mexico covered 1.79 hectares this "
              "season, nearly double the 0.9 hectares of a year earlier.")
    record = "Even with this year's rise, the figure is far below the record of 18.19 hectares measured in 1996-97."
    claim = "The record for monarch forest cover is 18.19 hectares, set in 1996-97"
    assert _said(claim, season)[0] == "apart"
    assert _said(claim, record)[0] == "match"
    # and the other way: the record is no figure of this season
    assert _said("The monarchs covered about 1.8 hectares this season", record)[0] == "apart"
    assert _said("The monarchs covered about 1.8 hectares this season", season)[0] == "match"


def test_a_figure_set_aside_is_not_what_the_evidence_says_is():
    fee = ("Mexico began charging a fee of $5 to every cruise passenger on July 1, after the government "
           "agreed to phase it in rather than charge the $42 that Congress had first approved.")
    assert _said("Mexico charges cruise passengers a $42 fee", fee) == \
        ("mismatch", "number mismatch: claim says $42, evidence says $5")


def test_a_sum_called_a_fee_counts_the_fee_and_a_sum_in_a_month_is_no_use():
    assert [q.counted for q in quantities("Mexico began charging a fee of $5 to every cruise passenger.")] == ["fee"]
    later = quantities("The fee will rise to $10 in August next year and to $21 in 2028, under the agreement.")
    assert [(q.text, q.counted) for q in later] == [("$10", "fee"), ("$21", None)]


def test_most_of_a_count_is_set_beside_a_part_of_the_whole():
    colonies = "The report said 7 of the 17 colonies found this winter were outside the reserve."
    assert _said("Most of the monarch colonies found this winter were outside the reserve", colonies) == \
        ("mismatch", "number mismatch: claim says Most, evidence says 7 of 17")


def test_a_plain_noun_is_the_fuller_name_it_ends_or_begins():
    # "monarchs" are "monarch butterflies"; a yearly rate is not a total
    assert _said("Each hectare of forest holds about 21 million monarch butterflies",
                 "Scientists estimate that each hectare holds about 21 million monarchs.")[0] == "match"
    assert _said("Mexico has delivered about 520,000 acre-feet of water in the current cycle",
                 "In exchange, the United States sends Mexico 1.5 million acre-feet a year.")[0] == "apart"


def test_a_yearly_rate_is_set_beside_one_years_total():
    sold = ("Mexico is the largest supplier of tomatoes to the United States. It sold about $3 billion worth of "
            "them to American buyers last year.")
    assert _said("Mexico sells about $30 billion of tomatoes a year to the US", sold) == \
        ("mismatch", "number mismatch: claim says about $30 billion, evidence says about $3 billion")


def test_a_figure_whose_noun_is_left_out_counts_the_figure_befores_with_its_own_deed():
    line12 = ("Mexico City reopened Line 12, nearly three years after an overpass collapsed beneath a passing "
              "train, killing 26 people and injuring about 100.")
    assert _said("The Line 12 collapse injured about 100 people", line12)[0] == "match"
    assert _said("The Line 12 collapse killed 100 people", line12) == \
        ("mismatch", "number mismatch: claim says 100, evidence says 26")


def test_a_week_and_a_month_are_durations():
    week = "US inspectors suspended avocado inspections in Michoacán for a week in 2022."
    assert _said("The US suspended avocado inspections for a month in 2022", week) == \
        ("mismatch", "number mismatch: claim says a month, evidence says a week")


def test_the_figure_a_fall_is_measured_from_is_no_figure_of_the_claims_time():
    logging = ("Illegal logging in the reserve fell to 2.3 hectares last year from 11.4 hectares the year "
               "before, according to the report.")
    assert _said("The reserve lost 11.4 hectares to illegal logging last year", logging) == \
        ("mismatch", "number mismatch: claim says 11.4, evidence says 2.3")


def test_how_much_more_is_not_what_is_counted():
    assert [q.counted for q in quantities("Americans will pay up to 8.5% more for tomatoes")] == [None]


def test_a_change_in_percent_is_worked_out_from_a_figure_and_the_one_it_came_from():
    logging = "Illegal logging in the reserve fell to 2.3 hectares last year from 11.4 hectares the year before."
    assert _said("Illegal logging in the reserve fell by about 80% last year", logging) == \
        ("match", "numbers agree: claim says about 80%, evidence says 11.4 to 2.3")
    assert _said("Illegal logging in the reserve fell by 40% last year", logging)[0] == "mismatch"
    deported = ("The United States deported about 195,000 Mexicans in the first eight months of the year, "
                "according to Mexico's Interior Ministry, up from about 160,000 in the same period of 2024.")
    assert _said("Deportations of Mexicans rose by about 20% in the first eight months of the year", deported) == \
        ("match", "numbers agree: claim says about 20%, evidence says about 160,000 to about 195,000")
    # a tally is no change
    assert [q.unit for q in quantities("The Senate voted 51 to 50 on Tuesday.")] == ["votes", "votes"]


def test_the_whole_a_part_is_of_is_given_not_claimed():
    trained = "Estrada said only 12 of the country's 32 states had trained enough investigators."
    assert _said("The PRI now controls only two of Mexico's 32 states", trained)[0] == "apart"
    controls = "The party now controls only two of the country's 32 states."
    assert _said("The PRI now controls only two of Mexico's 32 states", controls)[0] == "match"


def test_so_many_in_so_many_and_words_of_many_with_their_noun():
    eaten = "Its growers supply roughly 70% of the tomatoes that Americans eat, according to industry figures."
    assert _said("Seven in ten tomatoes Americans eat come from Mexico", eaten) == \
        ("match", "numbers agree: claim says Seven in ten, evidence says roughly 70%")
    pulled = quantities("The navy pulled hundreds of illegal nets out of the refuge")
    [nets] = [q for q in pulled if q.text == "hundreds"]
    assert (nets.counted, nets.unit) == ("illegal nets", "net")


def test_a_rate_called_by_what_it_is_and_a_figure_before_a_time_in_words():
    [duty] = quantities("Washington imposed a duty of 25% on our tomatoes")
    assert duty.counted == "duty"
    removed = quantities("It removed 134 nets this year, down from 260 two years ago.")
    assert [(q.text, q.unit) for q in removed][:2] == [("134", "nets"), ("260", "nets")]


def test_a_worked_out_change_answers_only_a_claim_of_a_change():
    bloom = ("The Atlantic sargassum bloom reached a record 38 million metric tons in June, up from 22 million "
             "tons in June last year.")
    assert _said("The sargassum bloom grew by more than 70% from June last year", bloom) == \
        ("match", "numbers agree: claim says more than 70%, evidence says 22 million to 38 million")
    assert _said("About 70% of the bloom reached the coast", bloom)[0] != "match"


def test_tariffs_of_up_to_so_much_count_the_tariffs():
    [tariffs] = quantities("Mexico approved tariffs of up to 50% on Chinese cars")
    assert (tariffs.counted, tariffs.qualifier) == ("tariffs", "at_most")
    fell = "Mexico's steel exports to the United States fell 28% in the first nine months of the year."
    assert _said("Mexico approved tariffs of up to 50% on Chinese cars", fell)[0] != "match"


def test_an_age_however_written_is_one_quantity_and_a_month_is_no_name():
    ages = [(q.value, q.unit) for q in quantities("Zambada, 77, pleaded guilty. A 40-year-old man, aged 40, …")]
    assert ages == [(77.0, "years of age"), (40.0, "years of age"), (40.0, "years of age")]
    assert all(q.unit != "years of age" for q in quantities("In March, 12, 13 and 14 people died."))
    verdict, reason = _said("Zambada is 65 years old", "Zambada, 77, pleaded guilty last year.")
    assert verdict == "mismatch" and "claim says 65 years old, evidence says 77" in reason


def test_a_shortfall_is_answered_by_a_shortfall_not_by_what_is_due():
    claim = "Mexico is about 800,000 acre-feet short of the water it owes the United States"
    due = "Under the treaty, Mexico must deliver 1.75 million acre-feet over each five-year cycle."
    short = "The current cycle ended in October with Mexico about 800,000 acre-feet short."
    assert _said(claim, due)[0] == "apart"
    assert _said(claim, short)[0] == "match"


def test_full_is_a_share_of_capacity_and_a_level_a_year_earlier_is_only_answered_by_one():
    dams = ("Salvador Alcántar said the dams in the state were at 30% of capacity and that sending water "
            "north would ruin the spring planting.")
    assert _said("The dams in Chihuahua are full", dams) == \
        ("mismatch", "number mismatch: claim says full, evidence says 30%")
    june = "Last year, the system fell to 26% of its capacity in June, its lowest level on record."
    assert _said("The Cutzamala system was 52% full a year earlier", june)[0] != "mismatch"
    november = "The Cutzamala system was 97% full at the start of November, up from 52% a year earlier."
    assert _said("The Cutzamala system was 52% full a year earlier", november)[0] == "match"
    assert _said("The stadium was full of fans", dams)[0] is None


def _compared(claim: str, evidence: str):
    return compare(quantities(claim), quantities(evidence), evidence, claim)


def test_most_is_more_than_half_and_49_percent_is_not():
    verdict, reason = _compared("Most Americans disapprove of the tariffs",
                                "Americans are divided over the tariffs, with 47% approving and 49% disapproving.")
    assert (verdict, reason) == ("mismatch", "number mismatch: claim says Most, evidence says 49%")
    assert _compared("Most adults eat ultra-processed food", "More than half of adults eat ultra-processed food")[0] \
        == "match"


def test_a_share_of_people_is_compared_by_what_they_answer():
    verdict, reason = _compared("Most Americans expect prices to fall next year",
                                "Only 18% expect prices to fall next year.")
    assert (verdict, reason) == ("mismatch", "number mismatch: claim says Most, evidence says 18%")


def test_a_rise_by_a_share_is_no_share_of_a_whole():
    verdict, _ = _compared("Eating ultra-processed food raises the risk of early death by 15%",
                           "About 57% of the calories eaten by British adults come from ultra-processed food.")
    assert verdict != "mismatch"
