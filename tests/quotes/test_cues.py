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
