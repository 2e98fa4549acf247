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
