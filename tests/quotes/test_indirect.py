"""Reported speech without quote marks, people and organizations as speakers."""


def test_said_that(quotes_of, find):
    text = "Will Freeman said that the cartels tax tortillas in some regions."
    q = find(quotes_of(text), "tax tortillas")
    assert q.kind.value == "indirect"
    assert q.text == "that the cartels tax tortillas in some regions"
    assert q.cue.text == "said"
    assert q.speaker.name == "Will Freeman"


def test_argued_warned_told_reporters(quotes_of, find):
    text = (
        "Claudia Sheinbaum argued that Mexico has cooperated more than any previous government. "
        "Will Freeman warned the violence would spread. "
        "Carlos Pérez Ricart told reporters the claim was politically motivated."
    )
    quotes = quotes_of(text)
    argued = find(quotes, "cooperated")
    assert (argued.cue.text, argued.speaker.name) == ("argued", "Claudia Sheinbaum")
    warned = find(quotes, "violence would spread")
    assert (warned.cue.text, warned.speaker.name) == ("warned", "Will Freeman")
    told = find(quotes, "politically motivated")
    assert (told.cue.text, told.speaker.name) == ("told", "Carlos Pérez Ricart")
    assert told.text == "the claim was politically motivated"


def test_postposed_cue_without_marks(quotes_of, find):
    text = "Joaquín Guzmán was sentenced to life in prison, said Carlos Pérez Ricart."
    q = find(quotes_of(text), "sentenced to life")
    assert q.kind.value == "indirect"
    assert q.text == "Joaquín Guzmán was sentenced to life in prison"
    assert q.speaker.name == "Carlos Pérez Ricart"


def test_according_to(quotes_of, find):
    text = "According to Will Freeman, almost 2,000 people were extradited to the United States."
    q = find(quotes_of(text), "2,000 people")
    assert q.cue.text == "According to"
    assert q.text == "almost 2,000 people were extradited to the United States"
    assert q.speaker.name == "Will Freeman"
    assert q.speaker.mention == "Will Freeman"


def test_according_to_stops_where_someone_else_goes_on(quotes_of, find):
    text = ("Nearly one in five Mexican adults now lives with diabetes, according to a study published "
            "Tuesday in The Lancet Regional Health, and researchers say sugary drinks are a major reason.")
    quotes = quotes_of(text)
    study = find(quotes, "one in five")
    assert study.text == "Nearly one in five Mexican adults now lives with diabetes"
    assert study.cue.text == "according to"
    reason = find(quotes, "major reason")
    assert (reason.text, reason.cue.text, reason.speaker.mention) == (
        "sugary drinks are a major reason", "say", "researchers")


def test_organizations_as_speakers(quotes_of, find):
    text = (
        "The Trump administration said Mexico's government is allied with the cartels. "
        "US authorities have denied that they pressured Mexico."
    )
    quotes = quotes_of(text)
    admin = find(quotes, "allied with the cartels")
    assert admin.speaker.kind == "organization"
    assert admin.speaker.mention == "The Trump administration"
    denied = find(quotes, "pressured Mexico")
    assert denied.cue.text == "denied"
    assert denied.speaker.kind == "organization"
    assert denied.speaker.mention == "US authorities"


def test_no_speech_no_quote(quotes_of):
    text = "Joaquín Guzmán was sentenced to life in prison in 2019. The border is 3,145 km long."
    assert [q for q in quotes_of(text) if q.speaker is not None] == []


def test_noun_cue_with_owner(quotes_of, find):
    text = (
        "The senator repeated Trump's claim that Mexico's government is allied with the cartels. "
        "Carlos Pérez Ricart called the claim baseless."
    )
    quotes = quotes_of(text)
    baseless = find(quotes, "baseless")
    assert baseless.cue.text == "called"
    assert baseless.speaker.name == "Carlos Pérez Ricart"
    assert baseless.text == "the claim baseless"


def test_parenthetical_cue(quotes_of, find):
    text = "The cartels, Will Freeman said, now tax tortillas, limes and chicken in some regions."
    q = find(quotes_of(text), "tax tortillas")
    assert q.speaker.name == "Will Freeman"
    assert q.kind.value == "indirect"


def test_a_cue_inside_a_relative_clause_reports_what_follows_it(quotes_of, find):
    text = ("Homicides fell by 25% last year, a figure that critics say hides a rise in "
            "disappearances.")
    q = find(quotes_of(text), "rise in disappearances")
    assert q.cue.text == "say" and q.speaker.mention == "critics"
    assert q.text == "hides a rise in disappearances"


def test_data_that_show_something_are_its_source_even_when_show_parses_as_a_noun(quotes_of, find):
    text = ("The economy is slowing, and the news for exporters is not good. Mexico exported goods "
            "worth $505.9 billion to the United States in 2024, U.S. Census Bureau data show. "
            "Homicides fell 25% last year, government data showed.")
    quotes = quotes_of(text)
    exports = find(quotes, "505.9 billion")
    assert (exports.kind.value, exports.cue.text) == ("indirect", "show")
    assert exports.speaker.mention == "U.S. Census Bureau data"
    assert exports.text.startswith("Mexico exported goods worth $505.9 billion")
    assert find(quotes, "Homicides fell").speaker.mention == "government data"


def test_what_the_speaker_did_next_is_his_and_no_part_of_what_he_said(quotes_of, find):
    text = ('President Donald Trump said on Tuesday that tariffs on Mexican goods would remain in place '
            '"until the drugs stop," rejecting a proposal from Mexico City to phase them out.')
    quotes = quotes_of(text)
    said = find(quotes, "tariffs on Mexican goods", "indirect")
    assert "rejecting" not in said.text and said.text.endswith('"until the drugs stop,"')
    assert find(quotes, "a proposal from Mexico City").speaker.name == "Donald Trump"
