"""A news page as a browser gets it (tests/fixtures/pages): the article read out of the page's
boilerplate, its sources listed the way a reporter's source list needs them."""
from __future__ import annotations

import pytest

from factdesk.ingest import read_paths
from factdesk.pipeline import analyze_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page():
    (article,) = read_paths(["tests/fixtures/pages/michoacan-displaced.html"])
    return article, analyze_article(article).quotes


def test_the_page_is_read_without_its_boilerplate(page):
    article, _ = page
    assert article.title == "Cartel violence displaces thousands in Michoacán"
    assert article.author == "Paula Rodríguez"
    assert "cookies" not in article.text and "Most read" not in article.text


def test_a_bishop_named_with_his_see_and_his_he(page, find):
    _, quotes = page
    said = find(quotes, "800 displaced families")
    assert (said.speaker.name, said.speaker.role) == ("Javier Navarro", "Bishop of Zamora")
    he = find(quotes, "mediated between armed groups")
    assert (he.speaker.mention, he.speaker.name) == ("he", "Javier Navarro")


def test_guillemets_and_an_unnamed_grower_who_asked_not_to_be_named(page, find):
    _, quotes = page
    assert find(quotes, "nothing but our clothes").speaker.name == "María Elena Torres"
    assert find(quotes, "Nothing has changed").speaker.mention.startswith("a lime grower")
    assert not any(q.cue and q.cue.text == "asked" for q in quotes)
