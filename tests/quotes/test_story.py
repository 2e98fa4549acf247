"""A whole hand-written news analysis, read the way a reporter's source list needs it."""
import pytest

STORY = """MEXICO CITY — When a Republican senator declared on Sunday that "Mexico's government is allied with the cartels," officials here responded within hours.

"It is false, and it is offensive," Claudia Sheinbaum told reporters at her morning news conference. The president, who took office in October, added that her government had sent almost 2,000 troops to the northern border.

Security analysts were more cautious. Will Freeman, a fellow at the Council on Foreign Relations, wrote in a recent essay that local police forces in several states "answer to criminal groups, not to voters." But he argued the federal government is not their partner.

In a statement, the Mexican foreign ministry said it "rejects any insinuation" of complicity.

Joaquín "El Chapo" Guzmán, who was sentenced to life in prison in 2019, remains the best-known symbol of that era. His son, Ovidio Guzmán, pleaded guilty in Chicago in July, according to court records.
"""


@pytest.fixture(scope="module")
def quotes(quotes_of):
    return quotes_of(STORY)


def test_senator_is_unnamed_but_kept(quotes, find):
    q = find(quotes, "allied with the cartels", "partial")
    assert q.speaker.mention == "a Republican senator"
    assert q.speaker.name is None
    assert q.cue.text == "declared"


def test_description_of_the_president(quotes, find):
    q = find(quotes, "almost 2,000 troops")
    assert q.kind.value == "indirect"
    assert q.cue.text == "added"
    assert q.speaker.name == "Claudia Sheinbaum"


def test_that_clause_below_the_cue(quotes, find):
    q = find(quotes, "local police forces", "indirect")
    assert q.speaker.name == "Will Freeman"
    assert q.cue.text == "wrote"
    assert find(quotes, "answer to criminal groups", "partial").speaker.name == "Will Freeman"
    assert find(quotes, "not their partner").speaker.mention == "he"


def test_organization_and_records(quotes, find):
    ministry = find(quotes, "rejects any insinuation", "partial")
    assert ministry.speaker.kind == "organization"
    assert ministry.speaker.name == "Mexican foreign ministry"
    records = find(quotes, "pleaded guilty")
    assert records.speaker.mention == "court records"
    assert records.speaker.kind == "other"


def test_nickname_is_not_a_quote(quotes):
    assert not any("El Chapo" == q.text for q in quotes)


def test_the_example_article(quotes_of, find):
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "articles" / "mexico-cartels-analysis.txt"
    quotes = quotes_of(path.read_text(encoding="utf-8"))
    ally = find(quotes, "not an ally of organized crime")
    assert (ally.kind.value, ally.speaker.name) == ("direct", "Carlos Pérez Ricart")
    assert ally.speaker.role == "political scientist in Mexico City"
    assert find(quotes, "There are corrupt officials").speaker.name == "Carlos Pérez Ricart"
    assert find(quotes, "every right to be frustrated", "partial").speaker.name == "Carlos Pérez Ricart"
    assert find(quotes, "parallel power", "partial").speaker.name == "Will Freeman"
    assert find(quotes, "tax businesses").speaker.mention == "He"
    arrested = find(quotes, "almost 2,000 people")
    assert (arrested.speaker.mention, arrested.speaker.name) == ("She", "Claudia Sheinbaum")
    assert arrested.speaker.role == "Mexico's president"
    assert find(quotes, "military action").speaker.kind == "organization"
    charge = find(quotes, "allied with the cartels", "partial")
    assert charge.speaker.mention == "A senior US official"
    assert not any(q.text in ("El Mayo", "El Chapo") for q in quotes)
