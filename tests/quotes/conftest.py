"""Helpers for the quote tests: run the extractor over a hand-written news paragraph."""
from __future__ import annotations

import pytest

from factdesk.models import Article
from factdesk.quotes import extract_quotes


@pytest.fixture(scope="session")
def quotes_of(nlp):
    def run(text: str):
        article = Article(text=text, language="en")
        quotes = extract_quotes(nlp(text), article)
        for q in quotes:  # every quote traces back to its words
            assert text[q.start : q.end] == q.text
            if q.cue is not None:
                assert text[q.cue.start : q.cue.end] == q.cue.text
            if q.speaker is not None:
                s = q.speaker
                assert text[s.mention_start : s.mention_end] == s.mention
        return quotes

    return run


@pytest.fixture(scope="session")
def find():
    """find(quotes, fragment, kind=None): the quote whose text contains `fragment`."""

    def pick(quotes, fragment: str, kind: str | None = None):
        hits = [q for q in quotes if fragment in q.text and (kind is None or q.kind.value == kind)]
        assert hits, f"no quote with {fragment!r} among {[(q.kind.value, q.text) for q in quotes]}"
        return hits[0]

    return pick
