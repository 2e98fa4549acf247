"""A hand-written news analysis, parsed once per session, with its quotes built by hand
(the quote stage replaces them once it lands; find_claims only reads their offsets)."""
from __future__ import annotations

import pytest

from factdesk.models import Article, Quote, QuoteKind, Speaker

TEXT = (
    "Is Mexico's government really allied with the cartels? "
    "The Trump administration's claim of an \"intolerable alliance\" between the Mexican "
    "government and drug traffickers has rattled officials in Mexico City. "
    "In 2024, over 30 candidates were assassinated during the election campaign. "
    "Almost 2,000 people have disappeared in the state of Jalisco since 2006. "
    "Two-thirds of Mexicans say they distrust the police, according to a national survey. "
    "A former security minister was sentenced to 38 years in prison in a New York court last year. "
    "\"The cartels have infiltrated every level of local government in at least 12 states,\" "
    "said Carlos Pérez Ricart, a political scientist in Mexico City. "
    "I think the president's rhetoric is a disgrace. "
    "The government should deploy 10,000 more troops to the border. "
    "Did homicides really fall 20 percent last year, as the president says? "
    "Homicides will likely fall by 15 percent next year, the ministry forecasts. "
    "Officials met on Tuesday."
)
SPEAKER_QUOTE = (
    "The cartels have infiltrated every level of local government in at least 12 states,"
)


@pytest.fixture(scope="session")
def article() -> Article:
    return Article(text=TEXT, title="Is Mexico allied with the cartels?", source="The Ledger",
                   published="2025-03-10", language="en")


@pytest.fixture(scope="session")
def doc(nlp, article):
    return nlp(article.text)


@pytest.fixture(scope="session")
def quotes(article) -> list[Quote]:
    start = article.text.index(SPEAKER_QUOTE) - 1
    end = start + len(SPEAKER_QUOTE) + 2
    name = "Carlos Pérez Ricart"
    m = article.text.index(name)
    speaker = Speaker(name=name, mention=name, mention_start=m, mention_end=m + len(name),
                      role="political scientist in Mexico City")
    scare_at = article.text.index("\"intolerable alliance\"")
    return [
        Quote(article.id, article.text[start:end], start, end, QuoteKind.DIRECT, speaker=speaker),
        Quote(article.id, "\"intolerable alliance\"", scare_at, scare_at + 22, QuoteKind.SCARE),
    ]
