"""The cue tables and the learned cue scorer."""
from factdesk.quotes.cues import cue_features, cue_score, reporting_verbs


def test_reporting_verb_table():
    assert {"say", "tell", "argue", "warn", "add"} <= reporting_verbs("en")
    assert reporting_verbs("xx") == set()


def test_scorer_prefers_speech_over_action(nlp):
    doc = nlp("Will Freeman said that the cartels won the election in several towns.")
    said = next(t for t in doc if t.text == "said")
    won = next(t for t in doc if t.text == "won")
    assert cue_score(said, False) > 0.8
    assert cue_score(won, False) < 0.5


def test_features_read_the_parse(nlp):
    doc = nlp("Claudia Sheinbaum told reporters that Mexico does not negotiate with criminals.")
    told = next(t for t in doc if t.text == "told")
    feats = cue_features(told, False)
    assert "lemma=tell" in feats and "has=ccomp" in feats and "subj=PERSON" in feats


def _scores(nlp, text):
    from factdesk.quotes.cues import candidate_scores
    from factdesk.quotes.marks import find_marked, mark_of_tokens, near_marks

    doc = nlp(text)
    marks = find_marked(text)
    return doc, candidate_scores(doc, mark_of_tokens(doc, marks), near_marks(doc, marks))


def test_the_reader_knows_a_cue_by_its_meaning(nlp, quotes_of, find):
    # "took issue with" is in no verb table, and its parse alone says "no cue"
    text = ("Will Freeman, a fellow at the Council on Foreign Relations, spoke on Monday. "
            "The researcher took issue with the claim that crime had doubled.")
    doc, scores = _scores(nlp, text)
    took = next(t for t in doc if t.text == "took")
    assert cue_score(took, False) < 0.5 < scores[took.i]
    q = find(quotes_of(text), "crime had doubled")
    assert (q.speaker.name, q.speaker.mention, q.cue.text) == ("Will Freeman", "The researcher", "took")


def test_the_reader_never_talks_down_a_plain_said(nlp):
    text = "Merrill says Machado promised to keep supporting Clinton and said she would stand up to it."
    doc, scores = _scores(nlp, text)
    said = next(t for t in doc if t.text == "said")
    assert scores[said.i] >= cue_score(said, False) > 0.5


def test_a_reaction_after_a_quoted_charge_does_not_take_it(quotes_of, find):
    text = ('When a Republican senator declared on Sunday that "Mexico\'s government is allied '
            'with the cartels," officials here responded within hours.')
    q = find(quotes_of(text), "allied with the cartels")
    assert (q.speaker.mention, q.cue.text) == ("a Republican senator", "declared")


def test_a_participle_with_nobody_to_say_it_is_no_quote(quotes_of):
    text = ('A senior US official said on Tuesday that "Mexico\'s government is allied with the '
            'cartels," repeating a charge the Trump administration has made for months.')
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.speaker is None and q.kind.value != "scare"]
    assert {q.speaker.mention for q in quotes} == {"A senior US official"}


def test_a_verb_that_leads_into_saying_is_not_the_cue(quotes_of, find):
    text = ("Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would never "
            "diagnose someone through television.")
    q = find(quotes_of(text), "diagnose someone")
    assert q.cue.text == "saying"
    assert q.speaker.mention.startswith("Dean")


def test_people_reported_missing_are_a_count_not_speech(quotes_of):
    quotes = quotes_of("More than 1,800 people have been reported missing over the same period. "
                       "Two soldiers were reported killed in the attack, the army said.")
    assert [q.cue.text for q in quotes if q.cue] == ["said"]


def test_asking_not_to_be_named_is_no_speech(quotes_of):
    quotes = quotes_of('"Nothing has changed," said a lime grower who asked not to be named for fear of reprisals. '
                       "A second official, who requested anonymity, said talks had stalled.")
    assert [q.cue.text for q in quotes if q.cue] == ["said", "said"]


def test_what_something_is_called_is_no_speech(quotes_of):
    text = "Walmex, as the company is known, has about 3,000 stores in Mexico and Central America."
    assert quotes_of(text) == []


def test_how_things_seem_to_the_writer_is_no_speech(quotes_of):
    text = ("In the past few days, the senator seemed to be shrinking in political stature. "
            "The statistics appear to have been revised, and Sheinbaum appeared on television on Monday. "
            "The ministry said the figures were final.")
    quotes = quotes_of(text)
    assert [(q.cue.text, q.speaker.name) for q in quotes] == [("said", "ministry")]


def test_turns_of_phrase_and_labels_that_name_nobody_are_no_speech(quotes_of):
    text = ("That said, the program has survived three governments. All told, up to 5 million people "
            "could be eligible.\n\nThe Latest: Sheinbaum meets governors in Monterrey.\n\n"
            "Nuevo León: Samuel García, Adrián de la Garza, Mariana Rodríguez.\n\n"
            "So: the reservoirs are full again.")
    assert quotes_of(text) == []


def test_a_question_the_writer_puts_to_the_reader_is_nobodys_speech(quotes_of):
    text = ("Nine in ten crimes in Mexico are never reported or never investigated. "
            "Should we really expect a label to change that?")
    assert not [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "expect"]
