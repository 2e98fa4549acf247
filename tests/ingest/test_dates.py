"""Publication dates as pages and feeds write them, read into ISO dates."""
from __future__ import annotations

import pytest

from factdesk.ingest.dates import date_line, iso_date


@pytest.mark.parametrize("written", [
    "Mon 1 Sep 2025 06.00 BST",                      # The Guardian
    "Updated 10:42 AM EST, Sept. 1, 2025",           # a US site's updated stamp
    "Mon, 01 Sep 2025 10:00:00 +0000",               # an RSS pubDate
    "Monday, September 1, 2025 | 10:42 p.m. CDT",
    "lunes 1 de septiembre de 2025",                 # a Mexican paper
    "1 de septiembre de 2025, 06:00 hrs",
    "2025/09/01",
    "Mexico City, Sept. 1, 2025",                    # the city it was filed from, then the date
    "WASHINGTON — September 1, 2025",
    "CIUDAD DE MÉXICO, 1 de septiembre de 2025.",
])
def test_a_dressed_date_line_is_its_date(written):
    assert date_line(written) == "2025-09-01"


def test_a_sentence_that_starts_with_a_date_is_not_a_date_line():
    assert date_line("September 1, 2025, the mayor said the plan would pass.") is None
    assert iso_date("September 1, 2025, the mayor said the plan would pass.") == "2025-09-01"


def test_day_first_or_month_first_numbers_are_not_guessed():
    # 03/04/2025 is 3 April in Mexico City and March 4 in Washington
    assert iso_date("03/04/2025") is None
    assert iso_date("Sept. 31, 2025") is None


def test_a_name_and_a_date_in_a_sentence_is_not_a_date_line():
    assert date_line("Sheinbaum said on Sept. 1, 2025") is None
    assert date_line("Mexico City, the capital, on Sept. 1, 2025") is None
