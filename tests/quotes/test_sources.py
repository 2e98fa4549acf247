"""Grouping quotes by speaker into a reporter's source list."""
from factdesk.quotes.sources import source_list

STORY = (
    "“There is no evidence of an alliance at the top,” said Carlos Pérez Ricart, a political "
    "scientist in Mexico City. “What we see is local collusion.”\n\n"
    "Will Freeman, a fellow at the Council on Foreign Relations, described organized crime as a "
    '"parallel power." Mexico has "every right to be frustrated, too", said Pérez Ricart.\n\n'
    'The so-called "hugs, not bullets" policy has its critics.'
)


def test_sources_in_order_with_roles(quotes_of):
    sources, unattributed = source_list(quotes_of(STORY))
    assert [s.name for s in sources] == ["Carlos Pérez Ricart", "Will Freeman"]
    carlos, will = sources
    assert carlos.role == "political scientist in Mexico City"
    assert will.role == "fellow at the Council on Foreign Relations"
    assert {q.kind.value for q in carlos.quotes} >= {"direct", "partial"}
    assert any(q.text == "every right to be frustrated, too" for q in carlos.quotes)
    assert all("hugs" not in q.text for s in sources for q in s.quotes)
    assert all("hugs" not in q.text for q in unattributed)


def test_analysis_carries_quotes(nlp, monkeypatch):
    import factdesk.pipeline as pipeline
    from factdesk.models import Article

    # this test is about the quote step; the claim step is tested in tests/claims
    monkeypatch.setattr(pipeline, "find_claims", lambda doc, article, quotes: [])
    article = Article(text=STORY, language="en")
    analysis = pipeline.analyze_article(article)
    names = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert {"Carlos Pérez Ricart", "Will Freeman"} <= names
    out = analysis.to_output()["quotes"]
    assert all(STORY[q["start"] : q["end"]] == q["text"] for q in out)


def test_an_anonymous_source_is_listed_by_who_then_why():
    from factdesk.models import Quote, QuoteKind, Span, Speaker
    from factdesk.quotes.sources import source_list

    mention = "a U.S. official who spoke on condition of anonymity"
    quote = Quote("art_x", "This is unprecedented", 1, 22, QuoteKind.DIRECT, Span("said", 30, 34),
                  Speaker(None, mention, 40, 40 + len(mention)), 0.9)
    [source], _ = source_list([quote])
    assert source.name == "a U.S. official"
    assert source.role == "who spoke on condition of anonymity"
    assert source.note == "unnamed"


def test_an_organization_claiming_is_named_without_its_possessive(quotes_of, find):
    text = ("The Trump administration's claim that Mexico's government is allied with the cartels "
            "has strained relations.")
    q = find(quotes_of(text), "allied with the cartels")
    assert (q.speaker.name, q.speaker.kind) == ("Trump administration", "organization")


def test_an_organization_is_named_without_what_follows_it_after_a_comma(quotes_of, find):
    text = ("More than 2.4 million migrants were stopped at the southern border in the 2023 fiscal "
            "year, according to U.S. Customs and Border Protection, a record.")
    q = find(quotes_of(text), "2.4 million migrants")
    assert q.speaker.name == "U.S. Customs and Border Protection"


def test_it_speaking_is_the_organization_that_spoke_before(quotes_of, find):
    text = ("Pemex, Mexico's state oil company, said on Friday that it lost 620 billion pesos in "
            "2024. It blamed lower oil prices and the weak peso.")
    blamed = find(quotes_of(text), "lower oil prices").speaker
    assert (blamed.mention, blamed.name, blamed.kind) == ("It", "Pemex", "organization")


def test_an_unnamed_source_and_the_official_after_it_are_one_source(quotes_of):
    quotes = quotes_of(
        "Mexican officials were not told about the agreement, a senior Mexican security official "
        "said. \"We found out from the newspapers, like everyone else,\" the official said.")
    sources, _ = source_list(quotes)
    [official] = [s for s in sources if "official" in s.name]
    assert official.name == "a senior Mexican security official" and official.note == "unnamed"
    assert len(official.quotes) == 2 and official.role is None


def test_records_named_by_their_agency_are_the_source_and_not_what_they_show(quotes_of, find):
    text = ("Seizures of fentanyl at the border fell by about half in the first four months of 2025, "
            "US Customs and Border Protection data show. Officials did not say why.")
    q = find(quotes_of(text), "Seizures of fentanyl")
    assert q.speaker.mention == "US Customs and Border Protection data"
    assert q.text == "Seizures of fentanyl at the border fell by about half in the first four months of 2025"


def test_an_organization_the_recognizer_misses_is_named_in_full(quotes_of, find):
    text = ("The minimum wage will rise 12% in January. The Employers' Confederation of Mexico said "
            "the raise would push small firms into the informal economy. Others disagreed.")
    q = find(quotes_of(text), "push small firms")
    assert (q.speaker.name, q.speaker.kind) == ("Employers' Confederation of Mexico", "organization")


def test_a_spokesperson_for_an_agency_is_listed_under_the_agency(quotes_of, find):
    text = ("The case was reopened on Monday. A spokesperson for the Department of Homeland Security "
            "said the agency was reviewing the case. Officials at Pemex, the state oil company, said "
            "production had fallen 8% this year.")
    dhs = find(quotes_of(text), "reviewing the case").speaker
    assert (dhs.name, dhs.role) == ("Department of Homeland Security", "spokesperson")
    pemex = find(quotes_of(text), "production had fallen").speaker
    assert (pemex.name, pemex.role) == ("Pemex", "Officials")


def test_a_title_the_parse_splits_off_stays_with_the_name_after_a_quote(quotes_of, find):
    # "Tulsa" parses as a verb and "said" as a second verb of the quote
    text = ("The Justice Department is investigating the shooting.\n"
            "“I will just make this promise to you: We will achieve justice in this case,” Tulsa police "
            "Chief Chuck Jordan said Monday. “I want to assure our community.”")
    for fragment in ("We will achieve justice", "assure our community"):
        s = find(quotes_of(text), fragment, "direct").speaker
        assert (s.name, s.mention, s.role) == ("Chuck Jordan", "Tulsa police Chief Chuck Jordan", "Tulsa police Chief")


def test_a_sentence_that_opens_with_said_and_the_name_is_theirs(quotes_of, find):
    text = ("Experts say her plans would make the tax code more complicated. Said Ellis: “I don’t get "
            "the sense she’s the least bit interested in tax reform.”")
    q = find(quotes_of(text), "the least bit interested", "direct")
    assert (q.speaker.name, q.speaker.role, q.cue.text) == ("Ellis", None, "Said")


def test_a_show_title_in_quote_marks_is_not_the_subject_of_said(quotes_of, find):
    text = ("“He's absolutely right. There's a severe disconnect between this White House and our "
            "military,” Flynn, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and "
            "Friends.” “I mean, there's a lot of frustration within the ranks.”")
    quotes = quotes_of(text)
    for fragment in ("a severe disconnect", "frustration within the ranks"):
        s = find(quotes, fragment, "direct").speaker
        assert (s.name, s.role) == ("Flynn", "top Trump surrogate")


def test_a_name_the_parse_hangs_elsewhere_still_speaks_for_its_verb(quotes_of, find):
    text = ("In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of "
            "the National Urban League, forcefully told a young woman that “this is not the first "
            "generation to be frustrated.”\n\n"
            "With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, "
            "called Mr. Obama's remarks “a true wake-up call” to his supporters.")
    quotes = quotes_of(text)
    morial = find(quotes, "the first generation").speaker
    assert (morial.name, morial.role) == ("Marc H. Morial", "chief executive of the National Urban League")
    moore = find(quotes, "a true wake-up call", "partial").speaker
    assert moore.mention == "Minyon Moore, a senior adviser to the Clinton campaign"


def test_a_headline_kicker_and_a_passive_act_are_no_ones_words(quotes_of):
    text = ("Fact-check: Did homicides in Mexico fall 25% under Sheinbaum?\n\n"
            "The transfer follows the expulsion of 29 cartel figures in February, among them drug lord "
            "Rafael Caro Quintero, who was wanted for the 1985 killing of a US Drug Enforcement "
            "Administration agent.")
    assert quotes_of(text) == []


def test_a_claim_the_parse_reads_as_a_noun_is_the_posts(quotes_of, find):
    text = ("A viral post on Facebook claims that Texas banned fluoride in public drinking water in "
            "May 2025. The post has been shared more than 40,000 times.")
    q = find(quotes_of(text), "Texas banned fluoride")
    assert (q.kind.value, q.cue.text, q.speaker.mention) == ("indirect", "claims", "A viral post on Facebook")


def test_a_second_verb_of_speech_hung_on_the_reported_clause_is_the_speakers(quotes_of, find):
    # the parse hangs 'urged' on 'had become', whose subject is Mexico
    text = ('Sen. Ron Tillman said on Wednesday that Mexico had become "a failed state" and urged the '
            "administration to send troops across the border.")
    q = find(quotes_of(text), "send troops")
    assert (q.cue.text, q.speaker.name) == ("urged", "Ron Tillman")


def test_a_long_story_told_of_the_speaker_is_no_part_of_the_mention(quotes_of, find):
    text = ("Dr. Connie Mariano, who as a Navy captain was the White House physician in the "
            "administration of former President Bill Clinton and later retired from the service as a "
            "rear admiral, said that the staff had kept the records. Ms. Herrera, who runs a clinic in "
            "Ohio, said the records were lost.")
    quotes = quotes_of(text)
    assert find(quotes, "kept the records").speaker.mention == "Dr. Connie Mariano"
    assert find(quotes, "were lost").speaker.mention == "Ms. Herrera, who runs a clinic in Ohio"


def test_a_report_or_poll_an_organization_owns_is_its_words(quotes_of, find):
    text = ("According to the FBI's annual report, released in August, violent crime fell about 3% in "
            "2023. A Gallup poll in October found that 77% of Americans believed there was more crime "
            "than a year earlier. FBI data show violent crime remains well below its 1991 peak.")
    quotes = quotes_of(text)
    report = find(quotes, "violent crime fell")
    assert report.speaker.name == "FBI"
    # the words that describe the report are no part of what it says
    assert report.text == "violent crime fell about 3% in 2023"
    assert find(quotes, "77% of Americans").speaker.name == "Gallup"
    assert find(quotes, "well below its 1991 peak").speaker.name == "FBI"


def test_a_body_named_after_what_it_is_and_a_minister_after_her_title(quotes_of, find):
    text = ("The national weather service, SMN, said the country's average temperature in 2024 was "
            "22.5C. Interior Minister Rosa Icela Rodríguez said the program had assisted more than "
            "68,000 people since January.")
    quotes = quotes_of(text)
    smn = find(quotes, "average temperature")
    assert (smn.speaker.name, smn.speaker.role) == ("SMN", "national weather service")
    minister = find(quotes, "68,000 people")
    assert (minister.speaker.name, minister.speaker.role) == ("Rosa Icela Rodríguez", "Interior Minister")


def test_a_mention_never_runs_on_into_its_own_cue(quotes_of, find):
    text = ("A union representing flight attendants endorsed Hillary Clinton for president on Thursday, "
            "another example of organized labor throwing its support behind the nominee.\n\n"
            "Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, "
            "called Friday for releasing the police videos, as well.")
    quotes = quotes_of(text)
    assert find(quotes, "Hillary Clinton for president").speaker.mention == "A union representing flight attendants"
    cooper = find(quotes, "police videos").speaker
    assert cooper.mention == ("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming "
                              "gubernatorial election")
    assert cooper.name == "Roy Cooper"
    assert cooper.role == "McCrory's opponent in the upcoming gubernatorial election (D)"


def test_according_to_a_name_leaves_the_rest_of_the_sentence_as_what_is_said(quotes_of, find):
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
    q = find(quotes_of(text), "the move reeks", "indirect")
    assert q.speaker.mention == "conservative talk radio host Rush Limbaugh"
    assert q.speaker.role == "conservative talk radio host"


def test_a_note_in_brackets_after_the_name_is_neither_mention_nor_role(quotes_of, find):
    text = ("Using the capital gains tax ''is a misguided approach,'' said Leonard Burman "
            "(a view echoed by everyone I interviewed).")
    q = find(quotes_of(text), "misguided approach")
    assert q.speaker.mention == "Leonard Burman"
    assert q.speaker.role is None


def test_a_name_read_as_the_object_of_an_opening_phrase_is_not_the_speaker(quotes_of, find):
    text = "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum."
    q = find(quotes_of(text), "visit this museum")
    assert q.speaker.mention == "Chief Justice Roberts"
    assert q.speaker.name == "Roberts"
    assert q.speaker.role == "Chief Justice"


def test_a_verb_of_speech_set_inside_the_sentence_is_said_by_the_name_after_it(quotes_of, find):
    text = ("The economy, said Banxico governor Victoria Rodríguez, will grow less than expected.\n\n"
            "The contrast with Trump, said Doyle and others, would be clear since Trump has no former "
            "Republican presidents by his side.")
    quotes = quotes_of(text)
    q = find(quotes, "will grow less than expected")
    assert (q.speaker.name, q.speaker.role) == ("Victoria Rodríguez", "Banxico governor")
    assert find(quotes, "The contrast with Trump").speaker.mention == "Doyle and others"


def test_a_share_of_those_polled_speaks_for_itself(quotes_of, find):
    text = "About four in 10 said they were angry with the way the federal government is operating."
    assert find(quotes_of(text), "they were angry").speaker.mention == "About four in 10"


def test_where_and_when_the_speaker_spoke_is_no_part_of_the_mention(quotes_of, find):
    text = ('"Any politician who does not grasp this danger is not fit to lead our country," said Trump '
            "in his speech.\n\nPemex's press office, when contacted by Reuters, said the refinery "
            "was running at full capacity.")
    quotes = quotes_of(text)
    assert find(quotes, "not fit to lead").speaker.mention == "Trump"
    assert find(quotes, "full capacity").speaker.mention == "Pemex's press office"


def test_speakers_set_off_by_commas_after_the_thing_they_speak_of(quotes_of, find):
    text = ("The source of the attraction to Mr. Trump, union members and leaders say, is manifold.\n\n"
            "The plan, officials said, will cost $2 billion.")
    quotes = quotes_of(text)
    assert find(quotes, "is manifold").speaker.mention == "union members and leaders"
    assert find(quotes, "will cost").speaker.mention == "officials"


def test_a_description_before_the_name_is_part_of_the_mention_and_the_role(quotes_of, find):
    text = ("''We're anxious,'' said another Twitter user, Johanna Bayer.\n\n"
            "The Washington Post columnist Ruth Marcus has said she agreed with him.")
    quotes = quotes_of(text)
    bayer = find(quotes, "anxious").speaker
    assert (bayer.mention, bayer.name, bayer.role) == (
        "another Twitter user, Johanna Bayer", "Johanna Bayer", "another Twitter user")
    marcus = find(quotes, "she agreed").speaker
    assert (marcus.mention, marcus.name) == ("The Washington Post columnist Ruth Marcus", "Ruth Marcus")


def test_a_spokesperson_for_a_body_speaks_for_it_then_and_later(quotes_of, find):
    text = ("A spokesperson for Mexico's foreign ministry said the country had extradited 55 cartel figures "
            'this year. "We have done our part," the spokesperson said.\n\n'
            "A spokeswoman for the U.S. Attorney's Office in Brooklyn, Ariana Fajardo, said the case was closed. "
            '"We will not comment further," the spokeswoman said.')
    quotes = quotes_of(text)
    for fragment in ("extradited 55", "done our part"):
        speaker = find(quotes, fragment).speaker
        assert (speaker.name, speaker.role, speaker.kind) == ("Mexico's foreign ministry", "spokesperson",
                                                              "organization")
    assert find(quotes, "comment further").speaker.name == "Ariana Fajardo"


def test_two_verbs_of_one_speaker_each_keep_their_own_words(quotes_of, find):
    text = ("Mexico's economy minister, Marcelo Ebrard, told reporters in Monterrey he expected a deal "
            '"within weeks," but added that Mexico was ready to respond.')
    quotes = quotes_of(text)
    told = [q.text for q in quotes if q.cue.text == "told" and q.kind.value == "indirect"]
    assert told and not any("ready to respond" in t for t in told)
    assert find(quotes, "ready to respond").cue.text == "added"


def test_whom_someone_attacked_or_portrayed_is_not_the_speaker(quotes_of, find):
    text = ("On Monday, Clinton tried to turn the tables, portraying Sanders as hypocritical because he "
            "had accepted money from banks.")
    q = find(quotes_of(text), "as hypocritical")
    assert q.speaker.name == "Clinton"


def test_a_speaker_the_parse_reads_as_something_else_still_speaks(quotes_of, find):
    text = ("In particular, Will wrote, Christie can challenge Hillary Clinton.\n\n"
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other "
            "rabbis would walk out.\n\n"
            'That proposal prompted a debate; one lawmaker called Trump "the orange prince of American '
            'self-publicity."\n\n'
            "A Quinnipiac University poll found last week that Clinton would beat Trump.")
    quotes = quotes_of(text)
    assert find(quotes, "Christie can challenge").speaker.mention == "Will"
    assert find(quotes, "walk out").speaker.name == "Jeffrey Salkin"
    assert find(quotes, "orange prince", "partial").speaker.mention == "one lawmaker"
    assert find(quotes, "Clinton would beat Trump").speaker.mention == "A Quinnipiac University poll"


def test_lets_hope_is_the_writers_wish_and_nobody_speaks(quotes_of):
    quotes = quotes_of("Let's hope -- especially this year -- that they embrace it.")
    assert all(q.speaker is None for q in quotes)


def test_the_one_prompted_or_asked_to_do_it_is_who_does_it(quotes_of, find):
    text = ("At one point, Cruz coached Trump to breathe. That prompted Rubio to make a joke about yoga "
            "and call Trump \"very flexible.\"\n\n"
            "Wallace brought him back to the attacks, asking Trump to share his views on the Klan.")
    quotes = quotes_of(text)
    assert find(quotes, "very flexible", "partial").speaker.name == "Rubio"
    assert find(quotes, "to share his views").speaker.name == "Wallace"
