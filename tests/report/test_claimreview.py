"""to_claimreview: the schema.org ClaimReview fields that Google's validator requires."""
from __future__ import annotations

import json
import re

import pytest

from factdesk.models import Verdict, VerdictLabel
from factdesk.report.claimreview import claimreview_json, missing_fields, to_claimreview

CLAIM = "Mexico's government is allied with the cartels"


def _verdict(label=VerdictLabel.REFUTED, claim=CLAIM) -> Verdict:
    return Verdict(claim, label, 0.74, "Experts quoted in the archive dispute an alliance.")


def _full(verdict: Verdict) -> dict:
    return to_claimreview(verdict, url="https://desk.example/checks/allied",
                          author_name="Border Desk", item_author="a senior US official",
                          appearance_url="https://wire.example/briefs/sheinbaum-rejects",
                          date_published="2025-03-06", item_date_published="2025-03-04")


def test_required_fields_are_present_and_well_typed():
    review = _full(_verdict())
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == CLAIM
    assert review["url"] == "https://desk.example/checks/allied"
    assert review["datePublished"] == "2025-03-06"
    assert review["author"] == {"@type": "Organization", "name": "Border Desk"}
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "False"
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (1, 5, 1)
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "a senior US official"}
    assert item["datePublished"] == "2025-03-04"
    assert item["appearance"] == {"@type": "CreativeWork",
                                  "url": "https://wire.example/briefs/sheinbaum-rejects"}
    assert item["firstAppearance"]["url"] == item["appearance"]["url"]
    assert missing_fields(review) == []


@pytest.mark.parametrize("label,value,text", [(VerdictLabel.SUPPORTED, 5, "True"),
                                              (VerdictLabel.MIXED, 3, "Mixed"),
                                              (VerdictLabel.REFUTED, 1, "False")])
def test_rating_scale_matches_the_label(label, value, text):
    rating = _full(_verdict(label))["reviewRating"]
    assert rating["ratingValue"] == value and rating["alternateName"] == text
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_not_enough_evidence_has_a_textual_rating_only():
    rating = _full(_verdict(VerdictLabel.NOT_ENOUGH_EVIDENCE))["reviewRating"]
    assert rating["alternateName"] == "Unproven" and "ratingValue" not in rating
    assert rating["ratingExplanation"].startswith("Experts")


def test_defaults_and_what_is_still_missing():
    review = to_claimreview(_verdict())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])  # today
    assert review["author"]["name"] == "factdesk"
    assert "url" not in review
    assert set(missing_fields(review)) == {"url", "itemReviewed.author", "itemReviewed.appearance"}


def test_non_http_urls_are_dropped():
    review = to_claimreview(_verdict(), url="javascript:alert(1)", appearance_url="data:x")
    assert "url" not in review and "appearance" not in review["itemReviewed"]


def test_json_is_safe_inside_a_script_tag_and_round_trips():
    review = to_claimreview(_verdict(claim="Cartels </script><script>alert(1)</script> & co"))
    text = claimreview_json(review)
    assert "</script>" not in text and "<" not in text and "&" not in text
    assert json.loads(text)["claimReviewed"] == "Cartels </script><script>alert(1)</script> & co"
