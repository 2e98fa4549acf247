"""Shared fixtures: models are loaded once per test session."""
from __future__ import annotations

import pytest

from factdesk.nlp import load_spacy


@pytest.fixture(scope="session")
def nlp():
    return load_spacy("en")
