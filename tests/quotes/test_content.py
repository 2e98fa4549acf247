"""The content reader: what a cue with no quote marks reports, word by word."""
from factdesk.quotes.content import load_content_reader
from factdesk.quotes.extract import _reported


def test_the_reader_is_installed():
    assert load_content_reader() is not None


def test_a_promise_keeps_all_its_parts(quotes_of, find):
    # the parse stops at the first comma of the list; the reader takes the whole promise
    text = ("Claudia Sheinbaum promised to hire 10,000 new police officers, build 40 new prisons "
            "and create a national guard academy before the end of her term.")
    q = find(quotes_of(text), "to hire 10,000")
    assert (q.speaker.name, q.cue.text, q.kind.value) == ("Claudia Sheinbaum", "promised", "indirect")
    assert "build 40 new prisons and create a national guard academy" in q.text


def test_a_participle_after_the_claim_is_not_part_of_it(quotes_of, find):
    text = ("Carlos Pérez Ricart, a political scientist in Mexico City, disputed the idea that the "
            "government protects the cartels, pointing to the arrests of several mayors last year.")
    quotes = quotes_of(text)
    disputed = next(q for q in quotes if q.cue.text == "disputed")
    assert disputed.text == "the idea that the government protects the cartels"
    pointing = find(quotes, "the arrests of several mayors")
    # the participle hangs off "protects" in the parse, but the one pointing is the scientist
    assert (pointing.speaker.name, pointing.cue.text) == ("Carlos Pérez Ricart", "pointing")


def test_saying_belongs_to_who_denied(quotes_of, find):
    text = ("US authorities have denied that the strikes violated Mexican sovereignty, saying they "
            "were coordinated with local officials.")
    q = find(quotes_of(text), "coordinated with local officials")
    assert (q.speaker.mention, q.cue.text) == ("US authorities", "saying")


def test_the_parse_stands_where_the_reader_agrees_or_is_silent(nlp):
    doc = nlp("Officials said on Monday that the new bridge would open to traffic in June, "
              "while critics argued that the project had cost far more than planned.")
    parse = [(3, 10)]
    assert _reported(doc, parse, None) == parse
    assert _reported(doc, parse, [(3, 9)]) == parse  # 6 of 7 words: the parse's edges are kept
    assert _reported(doc, parse, [(12, 20)]) == [(12, 20)]
    assert _reported(doc, [], [(12, 20)]) == [(12, 20)]


def test_a_clause_the_reader_splits_comes_back_whole(quotes_of):
    # the reader leaves 'level' and 'documented' unmarked; no quote may end mid-phrase
    text = ("The evidence for an alliance between the state and organized crime is thin, experts "
            "say, although corruption at the local level is well documented.")
    said = sorted(q.text for q in quotes_of(text) if q.cue is not None and q.cue.text == "say")
    assert said == ["The evidence for an alliance between the state and organized crime is thin",
                    "although corruption at the local level is well documented"]


def test_what_a_cue_reports_never_ends_on_a_preposition_or_article(quotes_of):
    text = ("Security Secretary Omar García Harfuch defended the strategy on Thursday.\n\n"
            "The president has called the cartels \"terrorists\" — a word her predecessor avoided.")
    by_cue = {q.cue.text: q.text for q in quotes_of(text) if q.cue is not None and q.kind.value == "indirect"}
    assert by_cue["defended"] in ("the strategy", "the strategy on Thursday")
    assert not by_cue["called"].endswith((" a", "—"))


def test_what_is_reported_keeps_its_verb(quotes_of, find):
    text = ("President Claudia Sheinbaum spoke on Monday about the tariffs. Sheinbaum's office said "
            "in a statement that talks would continue. Officials did not say when.")
    q = find(quotes_of(text), "talks would")
    assert q.text == "that talks would continue"


def test_what_a_relative_clause_says_someone_says_is_no_more_than_it(quotes_of, find):
    text = ("The El Cuchillo II aqueduct, which the state says will supply 5 cubic meters per second, "
            "was supposed to open in 2023. The new plant, which officials said would cost 2 billion "
            "pesos, opened in May.")
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["will supply 5 cubic meters per second", "would cost 2 billion pesos"]


def test_what_a_sentence_reports_does_not_depend_on_the_sentences_after_it(quotes_of):
    lede = ("MEXICO CITY (Reuters) — Mexico has recorded more than 125,000 confirmed cases of dengue so "
            "far this year, the most since records began, the Health Ministry said on Tuesday.")
    more = ("\n\nAt least 298 people have died of dengue this year, the ministry said in its weekly report. "
            "\"We are seeing transmission in places that never had dengue before,\" said Dr. Gustavo Reyes "
            "Terán. He said warmer temperatures had allowed the mosquito to survive in cities above "
            "2,000 meters.")
    expected = ("Mexico has recorded more than 125,000 confirmed cases of dengue so far this year, the "
                "most since records began")
    assert quotes_of(lede)[0].text == expected
    assert quotes_of(lede + more)[0].text == expected


def test_what_stands_before_a_who_said_clause_is_not_what_was_said(quotes_of):
    text = ("The tariff, first set at 25% in March, was doubled by President Donald Trump, who said foreign "
            "steel threatened national security.")
    quotes = quotes_of(text)
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("Donald Trump", "foreign steel threatened national security")]


def test_the_words_after_another_speakers_cue_are_never_the_first_speakers(quotes_of):
    text = ("MEXICO CITY (Reuters) - Mexico will deliver more water from the Rio Grande to the United "
            "States before the end of the year, President Claudia Sheinbaum said on Tuesday, a day after "
            "U.S. President Donald Trump threatened a 5% tariff over what he called Mexico's \"stealing\" "
            "of water owed under a 1944 treaty.")
    quotes = quotes_of(text)
    hers = [q.text for q in quotes if q.speaker and q.speaker.name == "Claudia Sheinbaum"]
    assert hers == ["Mexico will deliver more water from the Rio Grande to the United States before the end of the year"]
    assert any(q.text == "stealing" and q.speaker.name == "Donald Trump" for q in quotes)


def test_a_short_subject_before_a_set_off_he_said_is_still_his(quotes_of):
    text = ("Agriculture Minister Julio Berdegué struck a softer tone. The drought, he said, was the worst "
            "in seven decades, and no government could make it rain.")
    his = [q.text for q in quotes_of(text) if q.speaker and q.speaker.name == "Julio Berdegué"]
    assert his == ["The drought", "was the worst in seven decades, and no government could make it rain"]


def test_a_verb_is_never_left_without_its_object(quotes_of, find):
    # the reader stops at "violates"; the parse's clause runs on to what is violated
    text = ("A federal judge on Wednesday blocked a Texas law that would have required public schools to "
            "display the Ten Commandments in every classroom, ruling that it likely violates the First Amendment.")
    q = find(quotes_of(text), "it likely violates")
    assert q.text == "that it likely violates the First Amendment"


def test_words_on_when_or_where_it_was_said_are_not_what_was_said(quotes_of, find):
    text = ("Mexican soldiers killed a son of the cartel's leader in a shootout early Monday, officials said, in "
            "one of the biggest blows to the gang since its founder, Nemesio Oseguera, known as \"El Mencho,\" "
            "rose to power.")
    quotes = quotes_of(text)
    q = find(quotes, "Mexican soldiers")
    assert q.text == "Mexican soldiers killed a son of the cartel's leader in a shootout early Monday"
    assert [x.text for x in quotes if x.speaker is not None] == [q.text]  # nothing after the cue, no nickname
