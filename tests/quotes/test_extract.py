"""The marks left after linking: partial quotes in reported speech; nicknames, titles, scare quotes."""


def test_partial_quote_in_description(quotes_of, find):
    text = (
        "Will Freeman, a fellow at the Council on Foreign Relations, described organized crime "
        'as a "parallel power."'
    )
    q = find(quotes_of(text), "parallel power", "partial")
    assert q.text == "parallel power"
    assert q.speaker.name == "Will Freeman"
    assert q.cue.text == "described"


def test_partial_quote_before_postposed_cue(quotes_of, find):
    text = (
        "Carlos Pérez Ricart studies the cartels. "
        'Mexico has "every right to be frustrated, too", said Pérez Ricart.'
    )
    quotes = quotes_of(text)
    q = find(quotes, "every right", "partial")
    assert q.text == "every right to be frustrated, too"
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert q.speaker.mention == "Pérez Ricart"
    assert q.cue.text == "said"


def test_nicknames_are_never_speech(quotes_of, find):
    text = (
        'Ismael "El Mayo" Zambada was arrested in Texas, and Joaquín "El Chapo" Guzmán was '
        "sentenced to life in prison in 2019."
    )
    quotes = quotes_of(text)
    assert not any(q.text in ("El Mayo", "El Chapo") for q in quotes)  # omitted, not even scare
    assert all(q.speaker is None for q in quotes)


def test_scare_quotes_and_titles_have_no_speaker(quotes_of, find):
    text = (
        'The so-called "hugs, not bullets" policy has its critics. The documentary "Narco '
        'Cultura" was shown in 2013.'
    )
    quotes = quotes_of(text)
    for q in quotes:
        assert q.speaker is None
    hugs = find(quotes, "hugs, not bullets")
    assert hugs.kind.value == "scare"
    assert not any("Narco Cultura" in q.text and q.kind.value != "scare" for q in quotes)


def test_empty_and_mismatched_text(nlp):
    from factdesk.models import Article
    from factdesk.quotes import extract_quotes

    assert extract_quotes(nlp(""), Article(text="")) == []
    # a Doc of another text gives no quotes rather than wrong offsets
    assert extract_quotes(nlp("Will Freeman said it."), Article(text="Something else entirely.")) == []


def test_offsets_hold_on_a_long_story(quotes_of):
    story = "\n\n".join([
        "A Republican senator said last week that \"Mexico's government is allied with the cartels.\"",
        "“There is no evidence of an alliance at the top,” said Carlos Pérez Ricart, a political "
        "scientist in Mexico City. “What we see is local collusion, town by town.",
        "“Over 30 candidates were assassinated in 2024,” he added.",
        "Ismael \"El Mayo\" Zambada was sentenced to 38 years, according to court records.",
    ] * 20)
    quotes = quotes_of(story)  # the fixture checks every offset
    assert sum(q.speaker is not None and q.speaker.name == "Carlos Pérez Ricart" for q in quotes) >= 40


def test_a_speaker_who_was_asked_is_still_the_one_who_said_it(quotes_of, find):
    text = ("Mexican President Claudia Sheinbaum, asked about the ruling at her daily news "
            "conference, said it showed that \"the war on drugs of Felipe Calderón was a farce.\" "
            "According to court records, at least five former cartel members testified against him.")
    quotes = quotes_of(text)
    showed = find(quotes, "the war on drugs", "partial")
    assert showed.speaker.name == "Claudia Sheinbaum"
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "asked"]  # she was asked
    assert not [q for q in quotes if q.text == "him"]  # 'testified against him' says nothing


def test_a_rhetorical_it_is_nobody_speaking(quotes_of):
    quotes = quotes_of("Is it too much to ask that Washington clean its own house first? "
                       "It is hard to say whether the label will stick.")
    assert not [q for q in quotes if q.speaker is not None and q.speaker.mention.lower() == "it"]
