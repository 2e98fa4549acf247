"""The words a claim is looked up by in the archive."""
from __future__ import annotations

from factdesk.retrieval.terms import query_terms


def test_function_words_go_and_a_body_s_initials_are_spelled_out():
    assert query_terms("The IMF expects Mexico's economy to grow") == [
        "imf", "expects", "mexico", "economy", "grow", "international", "monetary", "fund"]
    # only initials written as initials: "who" in lower case is a function word
    assert query_terms("who said the economy grew") == ["economy", "grew"]
