"""Where reported content begins and ends, and cues whose content sits in odd places."""


def test_passive_cue_reports_its_subject(quotes_of, find):
    text = "The registration issue was first reported by The Washington Post."
    q = find(quotes_of(text), "registration issue")
    assert q.text == "The registration issue"
    assert q.speaker.mention == "The Washington Post"


def test_coordinated_object_after_a_comma(quotes_of, find):
    text = "Clinton emphasized economic fairness, and a need to raise the minimum wage."
    q = find(quotes_of(text), "economic fairness")
    assert q.text == "economic fairness, and a need to raise the minimum wage"


def _doc(words, heads, deps, pos):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_trailing_clause_parsed_onto_the_cue():
    from factdesk.quotes.indirect import content_tokens

    # "Obama said the exhibits would put it in context, allowing people to see progress."
    # with "allowing" hung on "said" (as the parser often does), not on "put"
    words = ["Obama", "said", "the", "exhibits", "would", "put", "it", "in", "context", ",",
             "allowing", "people", "to", "see", "progress", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 5, 7, 1, 1, 13, 13, 10, 13, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj", "prep", "pobj", "punct",
            "advcl", "nsubj", "aux", "ccomp", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PRON", "ADP", "NOUN", "PUNCT",
           "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    (start, end), = content_tokens(doc[1], (0, 1))
    assert doc[start:end].text == "the exhibits would put it in context , allowing people to see progress"
    # a trailing "on Monday" or a new sentence stays out
    deps[10] = "npadvmod"
    doc = _doc(words, heads, deps, pos)
    (start, end), = content_tokens(doc[1], (0, 1))
    assert doc[start:end].text == "the exhibits would put it in context"


def test_that_before_a_quote_is_part_of_the_report(quotes_of, find):
    text = 'Trump tweeted that, "For those few people knocking me, at least you know I will be there!"'
    quotes = quotes_of(text)
    reported = find(quotes, "that,", "indirect")
    assert reported.text.startswith("that") and reported.speaker.mention == "Trump"
    assert find(quotes, "For those", "direct").speaker.mention == "Trump"


def test_question_then_cue_and_comma(quotes_of, find):
    text = (
        "The crowd cheered.\n\n"
        '"Who would have believed that we would get here?" Trump said, looking out on the crowd.'
    )
    q = find(quotes_of(text), "Who would have believed", "direct")
    assert q.speaker is not None and q.speaker.mention == "Trump"


def test_reported_clause_stops_before_a_further_speech_verb(quotes_of, find):
    text = ("Merrill says Machado promised to continue supporting Clinton "
            "and said she would stand up to the attacks.")
    quotes = quotes_of(text)
    assert find(quotes, "promised").text == "Machado promised to continue supporting Clinton"
    assert find(quotes, "stand up").text == "she would stand up to the attacks"
