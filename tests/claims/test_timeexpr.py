from __future__ import annotations

import pytest

from factdesk.claims.timeexpr import find_times


@pytest.mark.parametrize("text,value", [
    ("It happened in 2024.", "2024"),
    ("It has grown since 2006.", "since 2006"),
    ("It began in the 1990s.", "1990s"),
    ("He ruled from 2006 to 2012.", "2006/2012"),
    ("He was arrested on March 5, 2023.", "2023-03-05"),
    ("The law passed in June 2021.", "2021-06"),
    ("Prices rose last year.", "2024"),
    ("Two years ago the mayor resigned.", "2023"),
    ("Yesterday the minister resigned.", "2025-03-09"),
    ("Arrests doubled last month.", "2025-02"),
    ("Crossings fell in February.", "2025-02"),  # a month alone: this year's, up to the date
    ("Crossings may rise in November.", "in November"),  # after the date: last year's or next?
])
def test_time_values(text, value):
    (found,) = find_times(text, published="2025-03-10")
    assert found.value == value
    assert text[found.start:found.end] == found.text


def test_unknown_publication_date_keeps_the_words():
    (found,) = find_times("Prices rose last year.")
    assert found.value == "last year"


def test_may_as_a_month_not_a_number():
    assert [t.value for t in find_times("In May 2024 the vote was held.")] == ["2024-05"]


def test_a_month_alone_is_its_own_time_not_the_next_dated_one():
    from factdesk.claims.quantities import parse_quantities

    text = "Agents made 8,347 arrests in March, down from 137,473 in March 2024."
    assert [q.time for q in parse_quantities(text)] == ["in March", "2024-03"]


def test_part_of_the_year_is_read_against_the_paper_s_date():
    def value(text, published):
        [t] = find_times(text, published)
        return t.value

    assert value("Homicides fell 25% in the first eight months of the year.", "2025-09-14") == "2025-01/2025-08"
    assert value("The economy shrank 0.6% in the first quarter.", "2025-04-30") == "2025-01/2025-03"
    assert value("Growth slowed in the fourth quarter.", "2025-02-14") == "2024-10/2024-12"  # last year's
    assert value("Sales fell in the first half of 2024.", None) == "2024-01/2024-06"
    assert value("Sales fell in the first half.", None) == "the first half"  # no date to read it by


def test_twelve_months_through_a_month_are_the_year_to_it():
    [window, year] = find_times("Deaths fell to about 48,000 in the 12 months through April, from "
                                "more than 110,000 in 2023.", "2025-11-04")
    assert (window.text, window.value) == ("the 12 months through April", "2024-05/2025-04")
    assert year.value == "2023"


def test_the_end_of_a_month_is_that_month():
    [end] = find_times("Pemex's debt rose to $101.1 billion at the end of March.", "2025-05-02")
    assert (end.text, end.value) == ("at the end of March", "2025-03")


@pytest.mark.parametrize("text, when", [
    ("At least 47 journalists were killed during the six-year term of former President Andrés Manuel "
     "López Obrador.", "term of Andrés Manuel López Obrador"),
    ("At least 47 journalists were killed under López Obrador.", "term of López Obrador"),
    ("Under his predecessor, Enrique Peña Nieto, 47 were killed as well.", "term of predecessor"),
    ("Tariffs rose under President Trump.", "term of Trump"),
    ("Homicides rose during López Obrador's six-year term.", "term of López Obrador"),
])
def test_a_leaders_time_in_office_is_a_time(text, when):
    [term] = find_times(text)
    assert term.value == when


@pytest.mark.parametrize("text", ["It is a crime under Mexican law.", "Under United Nations rules, 40 were sent.",
                                  "Migrants were expelled under Title 42."])
def test_a_law_or_a_rule_is_no_time_in_office(text):
    assert not [t for t in find_times(text) if t.value.startswith("term of")]


def test_half_of_a_month_is_that_month_not_half_a_year():
    [t] = find_times("Inflation rose to 3.8% in the first half of December.", "2026-12-18")
    assert t.value == "2026-12"
