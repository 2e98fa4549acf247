"""parse_quantities on plain text, as the verifier calls it on claims and evidence."""
from __future__ import annotations

import pytest

from factdesk.claims.quantities import parse_quantities


def _one(text: str, **kw):
    found = parse_quantities(text, **kw)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_sentence_in_years():
    q = _one("He was sentenced to 38 years in prison.")
    assert (q.value, q.qualifier, q.unit, q.counted) == (38, "exact", "years", "years in prison")
    assert q.text == "38"


def test_more_than_and_what_is_counted():
    q = _one("In 2024, over 30 candidates were assassinated.")
    assert (q.value, q.qualifier, q.unit) == (30, "more_than", "candidates")
    assert q.counted == "candidates assassinated"
    assert q.time == "2024"


def test_just_under_with_thousands_separator():
    q = _one("Almost 2,000 people have been killed since 2006.")
    assert (q.value, q.qualifier, q.unit, q.counted) == (2000, "just_under", "people", "people killed")
    assert q.time == "since 2006"


def test_fraction_in_words():
    q = _one("Two-thirds of Mexicans say they distrust the police.")
    assert q.value == pytest.approx(2 / 3)
    assert (q.unit, q.counted) == ("fraction", "Mexicans")


def test_mismatch_visible_to_the_verifier():
    claim = _one("She served 38 years.")
    evidence = _one("She served 28 years.")
    assert claim.unit == evidence.unit and claim.value != evidence.value
    over, twelve = _one("over 30 journalists"), _one("12 journalists were killed")
    assert over.qualifier == "more_than" and twelve.value < over.value


def test_percent_money_and_scale():
    pct, money = parse_quantities("Unemployment fell to 4.2% as $1.5 billion was spent.")
    assert (pct.value, pct.unit) == (4.2, "percent")
    assert (money.value, money.unit) == (1.5e9, "USD")
    q = _one("Some 40 percent of voters backed him.")
    assert (q.value, q.qualifier, q.unit, q.counted) == (40, "about", "percent", "voters")


def test_one_in_five():
    q = _one("One in five adults smoke.")
    assert q.value == pytest.approx(0.2) and q.counted == "adults"


@pytest.mark.parametrize("text", [
    "COVID-19 reached the F-35 plant after 9/11.",
    "They met on March 3 at 3 p.m. for the 11th time.",
    "In 2019 the law changed.",
])
def test_codes_dates_and_ordinals_are_not_quantities(text):
    assert parse_quantities(text) == []


def test_offsets_are_shifted():
    text = "Police found 14 bodies."
    q = _one(text, offset=100)
    assert (q.start, q.end) == (100 + text.index("14"), 100 + text.index("14") + 2)


def test_relative_time_needs_publication_date():
    text = "Homicides rose 5 percent last year."
    assert _one(text, published="2025-03-10").time == "2024"
    assert _one(text).time == "last year"


def test_tail_qualifiers():
    assert _one("It costs 300 dollars or more.").qualifier == "at_least"
    assert _one("No more than 12 states agreed.").qualifier == "at_most"


def test_what_a_bare_figure_measures_comes_from_before_it():
    (q,) = parse_quantities("The murder rate rose by 5 percent in 2023.")
    assert (q.value, q.unit, q.counted, q.time) == (5, "percent", "murder rate", "2023")
    (q,) = parse_quantities("Unemployment fell to 4.2% last year.", published="2025-03-10")
    assert (q.counted, q.time) == ("Unemployment", "2024")


@pytest.mark.parametrize("text, counted", [
    ("Illegal crossings at the southern border had dropped 90% since January.", "Illegal crossings"),
    ("Unemployment in Mexico fell to 2.5 percent.", "Unemployment"),
    ("The murder rate rose by 12 percent.", "murder rate"),
])
def test_what_a_change_measures_is_the_subject_not_the_place(text, counted):
    assert _one(text).counted == counted


def test_a_time_belongs_to_the_numbers_of_its_own_clause():
    drop, share, firms = parse_quantities(
        "The peso fell 2% last week, its largest drop since 2020, and two-thirds of the 1,500 "
        "companies surveyed expect tariffs to rise.")
    assert (drop.value, drop.unit, drop.time) == (2, "percent", "last week")
    assert (share.value, share.counted, share.time) == (pytest.approx(2 / 3), "companies", None)
    assert (firms.value, firms.unit, firms.time) == (1500, "companies", None)


def test_an_age_beside_a_name_is_not_a_quantity():
    assert parse_quantities("García Luna, 56, has denied the charges.") == []
    assert [q.value for q in parse_quantities("In Sinaloa, 30 people died.")] == [30]


def test_a_temperature_has_its_unit_and_nothing_counted():
    q = _one("Temperatures in Hermosillo reached 49.5 degrees Celsius in June.")
    assert (q.value, q.unit, q.counted, q.time) == (49.5, "°C", None, "in June")


def test_a_figure_that_doubled_is_a_multiple_of_itself():
    q = _one("Heat-related deaths in Sonora more than doubled between 2019 and 2023.")
    assert (q.text, q.value, q.qualifier, q.unit, q.counted) == (
        "more than doubled", 2, "more_than", "times", "Heat-related deaths")
    assert _one("The deficit halved.").value == 0.5
    assert parse_quantities("He doubled down on his claim.") == []


def test_a_currency_move_counts_the_currency_not_the_preposition():
    [q] = parse_quantities("the peso had lost almost 3% against the dollar since the "
                           "announcement, the largest drop since June")
    assert (q.value, q.qualifier, q.unit, q.counted) == (3, "just_under", "percent", "peso")
    assert q.time is None  # June is the time of the aside, not of the 3%


def test_a_unit_word_is_not_also_what_is_counted():
    [pct, tons] = parse_quantities("steel imports from China rose 18% in 2024, to about "
                                   "2.1 million tons")
    assert pct.counted == "imports from China" and pct.time == "2024"
    assert (tons.value, tons.qualifier, tons.unit, tons.counted) == (2.1e6, "about", "tonnes", None)


def test_as_many_as_is_an_upper_bound():
    q = _one("The tariffs could cost as many as 20,000 jobs in Coahuila.")
    assert (q.value, q.qualifier, q.counted) == (20000, "at_most", "jobs")


def test_a_rate_per_100000_is_one_figure():
    q = _one("The homicide rate was 24.9 per 100,000 people in 2023.")
    assert (q.value, q.unit, q.counted, q.time) == (24.9, "per 100,000 people", "homicide rate", "2023")


def test_a_range_shares_its_unit_and_what_it_counts():
    low, high = parse_quantities("Between 10 and 15 percent of voters remain undecided.")
    assert (low.value, low.unit, low.counted) == (10, "percent", "voters")
    assert (high.value, high.unit, high.counted) == (15, "percent", "voters")


def test_a_measure_counts_what_it_measures():
    cocaine, fentanyl = parse_quantities("Police seized 1.5 tonnes of cocaine and 300 kilos of fentanyl.")
    assert (cocaine.value, cocaine.unit, cocaine.counted) == (1.5, "tonnes", "cocaine")
    assert (fentanyl.value, fentanyl.unit, fentanyl.counted) == (300, "kg", "fentanyl")


def test_over_after_an_amount_is_a_span_of_time_not_more_than():
    cost, span = parse_quantities("The project will cost $1.2bn over five years.")
    assert (cost.value, cost.unit, cost.counted) == (1.2e9, "USD", None)
    assert (span.value, span.qualifier, span.unit) == (5, "exact", "years")


def test_a_possessive_is_not_what_is_counted():
    share, total = parse_quantities("A quarter of the country's 2,469 municipalities have no police.")
    assert (share.value, share.counted) == (0.25, "municipalities")
    assert (total.value, total.counted) == (2469, "municipalities")


def test_a_figure_s_subject_before_its_verb():
    first, _ = parse_quantities("The number of migrants rose from 2.1 million to 3.4 million.")
    assert (first.value, first.counted) == (2.1e6, "number of migrants")


def test_pounds_of_a_drug_are_a_weight_and_each_figure_keeps_its_year():
    before, after = parse_quantities("Fentanyl seizures at the southwest border dropped from "
                                     "27,000 pounds in 2023 to 21,900 pounds in 2024.")
    assert (before.value, before.unit, before.counted, before.time) == (27000, "lb", "Fentanyl seizures", "2023")
    assert (after.value, after.unit, after.time) == (21900, "lb", "2024")
    [money] = parse_quantities("The fund lost 2 million pounds in 2019.")
    assert (money.value, money.unit) == (2e6, "GBP")


def test_a_figure_and_its_year_are_not_one_in_so_many():
    now, before = parse_quantities("They counted 1,329 heat-related deaths in 2024, up from 526 in 2019.")
    assert (before.value, before.unit, before.time) == (526, None, "2019")
    q = _one("One in five children lives in poverty.")
    assert (q.value, q.unit) == (0.2, "fraction")


def test_a_volume_is_one_unit_and_a_figure_a_year_is_a_rate():
    river = _one("the river carried 1.2 billion cubic meters last year")
    assert (river.value, river.unit) == (1.2e9, "m³")
    promised = _one("an agreement that promised the tribe 673 million cubic meters a year")
    assert (promised.value, promised.unit) == (673e6, "m³ per year")
    assert _one("Mexico produces 1.6 million barrels a day").unit == "bbl per day"
    assert _one("He was sentenced to 38 years in prison").unit == "years"


def test_one_in_so_many_keeps_its_qualifier_and_not_the_adverb_after_it():
    share = _one("Nearly one in five Mexican adults now lives with diabetes")
    assert (share.value, share.qualifier, share.counted) == (0.2, "just_under", "Mexican adults")
    more = _one("More than 3 in 10 voters still back him")
    assert (more.value, more.qualifier, more.counted) == (0.3, "more_than", "voters")


def test_the_year_of_an_aside_is_not_the_figure_s():
    cut = _one("the soda tax, introduced in 2014, had cut purchases of sugary drinks by about 7.6%")
    assert (cut.value, cut.qualifier, cut.time) == (7.6, "about", None)


def test_a_quarter_point_is_a_change_in_percentage_points():
    cut, rate = parse_quantities("Banxico cut its benchmark rate by a quarter point to 10.25%")
    assert (cut.text, cut.value, cut.unit) == ("a quarter point", 0.25, "percentage points")
    assert (rate.value, rate.unit) == (10.25, "percent")
    half = _one("The bank raised rates by half a percentage point")
    assert (half.value, half.unit) == (0.5, "percentage points")


def test_the_year_of_a_conviction_is_not_the_sentence_s():
    years = _one("García Luna was convicted in 2023 of taking bribes and was sentenced to 38 years in prison.")
    assert (years.value, years.unit, years.time) == (38, "years", None)


def test_each_figure_of_a_series_counts_the_same_thing():
    before, after = parse_quantities("diabetes prevalence rose from 14.4% in 2016 to 18.3% in 2022")
    assert (before.counted, before.time) == ("diabetes prevalence", "2016")
    assert (after.counted, after.time) == ("diabetes prevalence", "2022")


def test_the_year_of_the_figure_compared_with_is_not_the_figure_s():
    now, then = parse_quantities("Turnout was about 60%, lower than the 63% recorded in 2018, the INE said.")
    assert (now.value, now.time) == (60, None)
    assert (then.value, then.time) == (63, "2018")


def test_an_abbreviation_is_one_word_of_what_is_counted():
    jobs = _one("about 400,000 U.S. jobs depended on trade with Mexico")
    assert (jobs.value, jobs.qualifier, jobs.counted) == (400000, "about", "U.S. jobs")


def test_a_multiple_counts_what_was_doubled_not_who_doubled_it():
    [q] = parse_quantities("López Obrador doubled the minimum wage")
    assert (q.value, q.unit, q.counted) == (2.0, "times", "minimum wage")
    [q] = parse_quantities("Mexico halved its deficit in 2023.")
    assert (q.value, q.counted, q.time) == (0.5, "deficit", "2023")
    [q] = parse_quantities("Homicides doubled in 2020")
    assert q.counted == "Homicides"


def test_a_figure_reported_in_a_that_clause_counts_the_clauses_subject():
    [q] = parse_quantities("Mexico's government said on Monday that homicides fell 25% between "
                           "September 2024 and June 2025.")
    assert (q.value, q.unit, q.counted) == (25.0, "percent", "homicides")


def test_a_figure_set_against_last_years_takes_its_own_time():
    seized, before = parse_quantities(
        "Officials seized 3,400 pounds of the drug between January and April, against 7,000 "
        "pounds in the same period of 2024.", published="2025-05-20")
    assert (seized.value, seized.time) == (3400, "2025-01/2025-04")
    assert (before.value, before.time) == (7000, "2024")


def test_the_first_months_of_a_year_are_when_not_how_many():
    [half] = parse_quantities("Seizures fell by about half in the first four months of 2025.")
    assert (half.value, half.unit, half.time) == (0.5, "fraction", "2025-01/2025-04")


def test_an_aside_between_the_figure_and_what_it_measures_is_skipped():
    eased, before = parse_quantities("Core inflation, which strips out energy and food, eased to 3.9% from 4.2%.")
    assert (eased.value, eased.counted) == (3.9, "Core inflation")
    assert (before.value, before.counted) == (4.2, "Core inflation")


def test_what_a_figure_counts_is_read_in_whole_words_past_an_aside():
    [share, rise] = parse_quantities("Exports to the United States, which buys about 80% of what "
                                     "Mexico sells abroad, rose 4.5% in the quarter.")
    assert (rise.value, rise.counted) == (4.5, "Exports to United States")  # never "tes" of States
    [fall] = parse_quantities("Mexico's economy contracted 0.6% in the first quarter.")
    assert fall.counted == "Mexico's economy"


def test_the_time_after_the_earlier_figure_is_that_figures_own():
    now, before = parse_quantities("The unemployment rate fell to 3.9% from 4.1% in April.",
                                   published="2025-06-06")
    assert (now.value, now.time) == (3.9, None)  # not April: that was the 4.1%
    assert (before.value, before.time) == (4.1, "2025-04")


def test_a_number_word_is_a_whole_word():
    assert parse_quantities("Hush was written by Trevor Macy and often rewritten.") == []
    [zero] = parse_quantities("Yale has graduated zero U.S. Presidents.")
    assert (zero.value, zero.counted) == (0, "U.S. Presidents")


def test_what_a_sum_is_of():
    [deficit] = parse_quantities("The budget office estimates it will add $3.3 trillion to deficits.")
    assert (deficit.unit, deficit.counted) == ("USD", "deficits")
    [limit] = parse_quantities("The bill raises the debt limit by $5 trillion.")
    assert limit.counted == "debt limit"


def test_two_nouns_joined_are_what_is_counted():
    [films] = parse_quantities("It produced more than 400 propaganda and training films.")
    assert (films.value, films.counted) == (400, "propaganda and training films")
    [people] = parse_quantities("About 8.3 million people left poverty between 2022 and 2024.")
    assert (people.unit, people.counted) == ("people", "people")  # "left" is no noun


@pytest.mark.parametrize("text, counted", [
    ("Remittances sent to Mexico fell 4.6% in 2025.", "Remittances sent"),
    ("The number of people deported from the United States did rise, to about 190,000.", "number of people deported"),
    ("Asylum requests in Mexico, meanwhile, have dropped by about a third this year.", "Asylum requests"),
    ("Remittances to Mexico collapsed by half in 2025.", "Remittances to Mexico"),
])
def test_what_a_figure_counts_said_before_its_verb(text, counted):
    assert parse_quantities(text)[0].counted == counted


def test_what_doubled_in_a_state_named_at_length():
    q = parse_quantities("Murders in the northern state of Sinaloa have doubled since September 2024.")[0]
    assert (q.value, q.unit, q.counted) == (2.0, "times", "Murders")


def test_which_people_a_count_counts():
    said = parse_quantities("The government had arrested almost 2,000 people linked to fentanyl trafficking since October.")
    assert said[0].counted == "people linked to fentanyl trafficking"
    assert parse_quantities("We arrested 20,000 people for high-impact crimes.")[0].counted == \
        "people for high-impact crimes"


def test_a_curly_apostrophe_is_an_owner_too():
    q = parse_quantities("Michoacán produces about a third of Mexico’s limes.")[0]
    assert (q.unit, q.counted) == ("fraction", "limes")


def test_a_year_earlier_is_when_not_a_rate():
    q = parse_quantities("occupancy in November reached 61%, up from 35% a year earlier")[1]
    assert (q.value, q.unit) == (35.0, "percent")


@pytest.mark.parametrize("text", [
    "Otis struck Acapulco as a Category 5 storm.",
    "Two years later, the city is still rebuilding.",
    "The State Department keeps a Level 4 travel advisory for Sinaloa.",
    "The law, known as Senate Bill 10, took effect that fall.",
    "Voters in California backed Proposition 50.",
])
def test_a_number_that_names_or_dates_is_no_quantity(text):
    assert parse_quantities(text) == []


def test_a_rate_of_offenses_is_one_figure():
    q = _one("Violent crime peaked at 758 offenses per 100,000 people.")
    assert (q.value, q.unit, q.counted) == (758.0, "per 100,000 people", "offenses")


def test_barrels_of_oil_a_day_are_barrels_a_day():
    q = _one("Pemex produces 1.8 million barrels of oil a day.")
    assert (q.value, q.unit, q.counted) == (1.8e6, "bbl per day", "oil")


@pytest.mark.parametrize("text, value, qualifier, unit", [
    ("the country's average temperature in 2024 was 22.5C, the highest since 1953", 22.5, "exact", "°C"),
    ("the first calendar year in which warming exceeded 1.5C", 1.5, "more_than", "°C"),
    ("Mexico City recorded 34.7 °C on May 25", 34.7, "exact", "°C"),
])
def test_temperatures_written_short(text, value, qualifier, unit):
    q = _one(text)
    assert (q.value, q.qualifier, q.unit, q.counted) == (value, qualifier, unit, None)


@pytest.mark.parametrize("text, counted", [
    ("Global emissions of carbon dioxide from fossil fuels rose 0.8% in 2024", "Global emissions of carbon dioxide"),
    ("Deportations of all nationalities from the U.S. totaled roughly 350,000", "Deportations of nationalities"),
    ("Exports to the U.S. rose 5%", "Exports to the U.S."),
    ("Homicides in the state of Sinaloa rose 30%", "Homicides"),
    ("Shelters in nine border cities offer deportees food", "border cities"),
])
def test_what_a_figure_counts_is_the_x_of_y_before_its_verb(text, counted):
    assert _one(text).counted == counted


def test_an_average_over_years_is_a_span_not_more_than():
    assert _one("the Paris goal refers to a long-term average over 20 years").qualifier == "exact"
    assert _one("He lived there for over 20 years").qualifier == "more_than"


def test_a_verb_after_and_with_a_figure_of_its_own_is_no_part_of_what_is_counted():
    found = parse_quantities("The bill would add 22,000 detention beds and fund 100 miles of new barriers.")
    assert [(q.value, q.counted) for q in found] == [(22000.0, "detention beds"), (100.0, "new barriers")]


def test_a_sum_over_ten_years_and_a_flow_per_second():
    years = parse_quantities("the bill would add about $31 billion to deficits over ten years")[1]
    assert (years.value, years.qualifier) == (10, "exact")
    assert _one("the aqueduct will supply 5 cubic meters per second").unit == "m³ per second"


def test_a_tally_with_a_hyphen_is_votes_but_a_score_is_not():
    found = parse_quantities("The Senate passed the border bill by a vote of 52-47.")
    assert [(q.value, q.unit) for q in found] == [(52.0, "votes"), (47.0, "votes")]
    assert parse_quantities("Mexico won the match 3-1.") == []


def test_the_year_right_after_a_qualified_figure_is_its_own():
    found = parse_quantities("dengue cases worldwide had doubled every year since 2021, reaching more "
                             "than 14 million in 2024")
    assert [(q.text, q.time) for q in found] == [("doubled", "since 2021"), ("more than 14 million", "2024")]


@pytest.mark.parametrize("text, counted", [
    ("She said services prices, which rose 5.1% in October, are the main concern.", "services prices"),
    ("Core inflation, which strips out volatile food and energy prices and is closely watched by the "
     "central bank, rose to 4.2% in October.", "Core inflation"),
])
def test_what_a_figure_counts_past_a_relative_clause(text, counted):
    assert _one(text).counted == counted


@pytest.mark.parametrize("text", [
    "Every morning at six, the sisters unlock the gates of the mill.",
    "Her younger sister, 57, runs the machines.",
])
def test_an_hour_and_an_age_are_no_quantities(text):
    assert parse_quantities(text) == []


def test_a_verb_after_and_with_a_qualified_figure_is_no_part_of_what_is_counted():
    found = parse_quantities("The mill employs 14 people and sells about 3,000 sheets of paper a month.")
    assert [(q.value, q.unit, q.counted) for q in found] == \
        [(14.0, "people", "people"), (3000.0, "sheets per month", "sheets")]


@pytest.mark.parametrize("text, counted", [
    ("The government has given Pemex more than 136 billion dollars since 2019", "Pemex"),
    ("Pemex cut its financial debt to about 98.8 billion dollars at the end of September", "financial debt"),
    ("Same-store sales in Mexico, a key measure of retail performance that strips out stores opened "
     "in the past year, rose 5.8%.", "Same-store sales"),
])
def test_what_a_sum_is_of_given_cut_or_set_aside(text, counted):
    assert _one(text).counted == counted


@pytest.mark.parametrize("text, figure", [
    ("The Tren Maya, the 1,554-kilometer railway around the Yucatán Peninsula, opened in 2023.", "1,554-kilometer"),
    ("The Tren Maya is about 1,554 kilometers long.", "about 1,554"),
])
def test_a_length_joined_to_its_noun_or_said_long_is_in_kilometers(text, figure):
    q = _one(text)
    assert (q.text, q.value, q.unit) == (figure, 1554, "km")
    assert q.counted is None  # the unit says what it measures


def test_a_sentence_of_so_many_years_and_covid_19_are_no_lengths():
    assert parse_quantities("COVID-19 cases rose again.") == []


def test_how_far_short_is_counted_in_its_unit():
    (q,) = parse_quantities("The cycle ended with Mexico about 800,000 acre-feet short.")
    assert (q.value, q.qualifier, q.unit) == (800000.0, "about", "acre-feet")


def test_a_year_that_names_a_treaty_or_a_bond_dates_no_figure():
    (bonds,) = parse_quantities("Its bonds due 2031 rose 0.8 cents on the dollar after the results.")
    assert (bonds.value, bonds.time) == (0.8, None)
    (water,) = parse_quantities("Mexico is about 800,000 acre-feet short under the 1944 treaty.")
    assert (water.value, water.time) == (800000.0, None)
    (freed,) = parse_quantities("Under the 2018 law, 40 people were freed in 2020.")
    assert freed.time == "2020"
