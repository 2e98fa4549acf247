"""Embedded posts: a tweet quoted whole is the words of whoever signs it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXT = (
    "President Donald Trump on Sunday threatened a 25% tariff on all Mexican imports, in a post "
    "on his social media site.\n"
    "Mexico has been allowing millions of people and tons of fentanyl to pour into our Country. "
    "This must stop NOW!\n"
    "— Donald J. Trump (@realDonaldTrump) January 26, 2025\n"
    "Mexico's foreign ministry responded within hours. \"Mexico does not accept threats,\" the "
    "ministry said in a statement."
)


def test_a_signed_post_is_a_direct_quote_of_who_signs_it(quotes_of, find):
    quotes = quotes_of(TEXT)
    post = find(quotes, "Mexico has been allowing millions")
    assert post.kind.value == "direct" and post.text.endswith("This must stop NOW!")
    assert post.cue.text == "@realDonaldTrump"
    # the same man as "President Donald Trump" above, middle initial or not
    assert (post.speaker.name, post.speaker.role) == ("Donald Trump", "President")


def test_the_ministry_is_the_one_named_before(quotes_of, find):
    threats = find(quotes_of(TEXT), "Mexico does not accept threats")
    assert threats.speaker.name == "Mexico's foreign ministry"
    assert threats.speaker.mention == "the ministry"


def test_the_post_s_claim_is_its_author_s():
    from factdesk.models import Article
    from factdesk.pipeline import analyze_article

    claims = analyze_article(Article(text=TEXT, language="en")).claims
    post = next(c for c in claims if "allowing millions of people" in c.text)
    assert (post.claimant, post.claimant_source) == ("Donald Trump", "quote")


def test_a_signature_under_another_signature_quotes_nothing(quotes_of):
    quotes = quotes_of("The account posted twice.\n— (@x)\n— Someone (@handle)\n")
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "@handle"]
