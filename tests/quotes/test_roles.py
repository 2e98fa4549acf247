"""Roles from appositions and titles."""


def test_apposition_after_the_name(quotes_of, find):
    text = (
        "Will Freeman, a fellow at the Council on Foreign Relations, said the cartels act as a "
        "parallel power."
    )
    q = find(quotes_of(text), "parallel power")
    assert q.speaker.name == "Will Freeman"
    assert q.speaker.role == "fellow at the Council on Foreign Relations"


def test_title_before_the_name(quotes_of, find):
    text = "Mexico's president, Claudia Sheinbaum, said her government does not negotiate with criminals."
    q = find(quotes_of(text), "does not negotiate")
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.speaker.role == "Mexico's president"


def test_postposed_speaker_with_apposition(quotes_of, find):
    text = "“It is a political claim,” said Carlos Pérez Ricart, a political scientist in Mexico City."
    q = find(quotes_of(text), "political claim")
    assert q.speaker.role == "political scientist in Mexico City"


def test_compound_title(quotes_of, find):
    text = "Political scientist Carlos Pérez Ricart said the claim was false."
    q = find(quotes_of(text), "claim was false")
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert q.speaker.role is not None and q.speaker.role.lower() == "political scientist"


def test_title_word_before_name(quotes_of, find):
    text = "President Claudia Sheinbaum said Mexico would not accept foreign troops."
    q = find(quotes_of(text), "foreign troops")
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.speaker.role == "President"
