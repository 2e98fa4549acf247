"""Interviews: the answers of a Q&A are the words of the person answering."""
from __future__ import annotations

import pytest

from factdesk.quotes.interview import turns

pytestmark = pytest.mark.slow

QA = (
    "Border crossings fell sharply this year. We asked Dr. Elena Varga, a demographer at the "
    "University of Texas at El Paso, what the figures mean.\n\n"
    "Q: Encounters at the southern border dropped to about 8,000 in July. Is that real?\n\n"
    "A: It's real, but it doesn't mean fewer people want to come. Encounters measure arrests, "
    "not attempts.\n\n"
    "Q: The White House says the drop proves the policy works. Do you agree?\n\n"
    "A: Partly. The numbers fell by more than 90% compared with December 2023, but we saw a "
    "similar drop in 2017, and it was reversed within 18 months.\n\n"
    "Varga's research is funded by the National Science Foundation."
)


def test_each_answer_is_a_direct_quote_of_the_interviewee(quotes_of, find):
    quotes = quotes_of(QA)
    real = find(quotes, "It's real, but it doesn't mean")
    assert real.kind.value == "direct" and real.cue.text == "A"
    assert real.text.endswith("not attempts.")  # the answer's paragraph, not the label
    assert real.speaker.name == "Elena Varga"
    assert real.speaker.role == "demographer at the University of Texas at El Paso"
    partly = find(quotes, "Partly.")
    assert partly.speaker.name == "Elena Varga"
    # inside an answer, 'we saw' is her own words, not a second speaker 'We'
    assert not [q for q in quotes if q.speaker is not None and q.speaker.mention == "we"]
    # the questions are the interviewer's: nobody is quoted saying them
    assert not [q for q in quotes if "Is that real?" in q.text]
    # outside the Q&A the article goes on: the White House's claim inside a question is still one
    assert find(quotes, "the drop proves the policy works").speaker.name == "White House"


def test_an_answer_s_claim_is_the_interviewee_s_and_a_question_s_is_the_publication_s():
    from factdesk.models import Article
    from factdesk.pipeline import analyze_article

    claims = analyze_article(Article(text=QA, language="en")).claims
    fell = next(c for c in claims if "more than 90%" in c.text)
    assert (fell.claimant, fell.claimant_source) == ("Elena Varga", "quote")
    asked = next(c for c in claims if "about 8,000" in c.text)
    assert asked.text.startswith("Encounters")  # without the 'Q:' label
    assert asked.claimant_source == "publication"


def test_a_transcript_s_name_labels_are_its_speakers(quotes_of, find):
    text = ("The two candidates met on Tuesday night. Ana Torres is the mayor of Laredo; "
            "Luis Ortiz runs the port authority.\n\n"
            "TORRES: Crossings at our bridges fell 20% last year.\n\n"
            "ORTIZ: That is not what our own counts show.\n\n"
            "TORRES: Then your counts are wrong.\n\n"
            "ORTIZ: We will publish them on Friday.")
    quotes = quotes_of(text)
    assert find(quotes, "Crossings at our bridges").speaker.name == "Ana Torres"
    assert find(quotes, "not what our own counts").speaker.name == "Luis Ortiz"
    assert find(quotes, "publish them on Friday").cue.text == "ORTIZ"


def test_labels_that_are_not_an_interview_are_left_alone():
    assert turns("Note: this story was updated.\n\nThe mayor said the bridge would reopen.") == []
    assert turns("A: one answer with no question is not an interview.") == []
    assert turns("Mr. Varga. He spoke.\n\nMr. Varga. Again.") == []


def test_a_transcript_in_capitals_names_its_host_once(quotes_of, find):
    text = ("Governor Mary Fallin spoke on CNN on Sunday. Partial transcript as follows:\n\n"
            "JAKE TAPPER: Donald Trump released a video on Friday. Take a listen.\n\n"
            "FALLIN: I think he is trying to campaign as a racial healer.\n\n"
            "TAPPER: Do you think he has campaigned as a racial healer?\n\n"
            "FALLIN: Well, I think the whole nation needs to work together.")
    quotes = quotes_of(text)
    host = find(quotes, "released a video on Friday")
    assert (host.kind.value, host.speaker.name) == ("direct", "JAKE TAPPER")
    assert find(quotes, "Do you think he has").speaker.name == "JAKE TAPPER"
    assert find(quotes, "racial healer.").speaker.name == "Mary Fallin"


def test_the_interviewee_is_the_one_the_introduction_says_was_asked(quotes_of, find):
    text = ("Luis Ortiz, our Mexico correspondent, spoke with Jorge Castañeda on Monday. Ortiz has "
            "covered Mexico for a decade, and Ortiz chose the questions.\n\n"
            "Q: Will the designation change anything on the ground?\n\n"
            "A: Very little. The cartels do not care what Washington calls them.")
    assert find(quotes_of(text), "Very little.").speaker.name == "Jorge Castañeda"


def test_a_factbox_s_topic_labels_are_no_speakers(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "factbox.md"
    f.write_text("# FACTBOX: Key facts about Mexico's economy\n\n"
                 "* GROWTH: Mexico's economy grew 1.2% in 2024, according to the statistics agency INEGI.\n\n"
                 "* EXPORTS: Mexico exported goods worth $505.9 billion to the United States in 2024.\n\n"
                 "* REMITTANCES: Mexicans abroad sent home a record $64.7 billion last year, the central "
                 "bank said.\n\n"
                 "* JOBS: \"The auto sector employs about one million people directly,\" said Odracir "
                 "Barquera, head of the auto parts industry association INA.\n", encoding="utf-8")
    analysis = analyze_article(list(read_paths([str(f)]))[0])
    assert "*" not in analysis.article.text
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker is not None}
    assert speakers == {"statistics agency", "central bank", "Odracir Barquera"}
    remittances = next(q for q in analysis.quotes if "64.7" in q.text)
    assert remittances.text == "Mexicans abroad sent home a record $64.7 billion last year"
    assert not any(c.text.startswith("said Odracir") for c in analysis.claims)


def test_a_podcast_transcript_with_time_stamps_and_names_in_brackets(quotes_of, find):
    text = ("The Mexico Briefing, episode 112: the water treaty\n\n"
            "[00:00:12] HOST (Ana Lucía Ramírez): Welcome back. Today we talk about the 1944 water treaty.\n\n"
            "[00:00:31] RAMÍREZ: Mexico owes about 1.5 million acre-feet of water under the treaty. Is that right?\n\n"
            "[00:00:40] GUEST (Gustavo Ortiz, hydrologist): Roughly, yes. Mexico delivered only a third of "
            "what it owed in the last five-year cycle.\n\n"
            "[00:01:05] ORTIZ: And farmers in Chihuahua say they cannot give up any more water.")
    quotes = quotes_of(text)
    owes = find(quotes, "1.5 million acre-feet")
    assert (owes.kind.value, owes.speaker.name) == ("direct", "Ana Lucía Ramírez")
    third = find(quotes, "only a third")
    assert (third.speaker.name, third.speaker.role) == ("Gustavo Ortiz", "hydrologist")
    assert find(quotes, "farmers in Chihuahua").speaker.name == "Gustavo Ortiz"


LIVE = (
    "10:42 a.m. — The National Electoral Institute says turnout was between 12.57% and 13.32%.\n\n"
    "10:15 a.m. — Sheinbaum: \"The people have spoken.\" The president told reporters the vote "
    "was a historic step for democracy.\n\n"
    "9:50 a.m. — Opposition leader Jorge Romero said the election was \"a farce\" and called for "
    "it to be annulled.\n"
)


def test_a_live_blogs_time_stamps_are_no_part_of_what_is_said(quotes_of, find):
    quotes = quotes_of(LIVE)
    ine = find(quotes, "turnout was between")
    assert (ine.text, ine.speaker.name) == ("turnout was between 12.57% and 13.32%",
                                            "National Electoral Institute")
    assert not any("10:42" in q.text or "a.m." in q.text for q in quotes)


def test_a_name_and_a_colon_sign_the_quote_that_follows(quotes_of, find):
    q = find(quotes_of(LIVE), "The people have spoken", "direct")
    assert q.text == "The people have spoken." and q.speaker.name == "Sheinbaum"


def test_a_second_verb_the_parse_hangs_on_the_reported_clause_is_the_speakers(quotes_of):
    # 'said the election was "a farce" and called for …': an election calls for nothing
    romero = [q for q in quotes_of(LIVE) if "annulled" in q.text]
    assert romero and all(q.speaker.name == "Jorge Romero" for q in romero)


def test_a_label_in_capitals_is_the_person_the_transcript_names_in_full(quotes_of, find):
    text = ("TRUMP: We had the best economy in the history of our country.\n\n"
            "HARRIS: Donald Trump left us the worst unemployment since the Great Depression.\n\n"
            "TRUMP: They let in 21 million people from all over the world.\n\n"
            "HARRIS: I will give tax cuts to 100 million Americans.")
    quotes = quotes_of(text)
    assert find(quotes, "21 million people").speaker.name == "Donald Trump"
    assert find(quotes, "worst unemployment").speaker.name == "HARRIS"  # named no further


def test_a_transcript_label_alone_on_its_line_speaks_the_paragraph_below(quotes_of, find):
    text = ("CNN host Jake Tapper spoke with Gov. Mary Fallin on Sunday.\n\n"
            "TAPPER:\nGovernor, thanks for joining us this morning.\n\n"
            "FALLIN:\nThank you for having me, Jake.\n\n"
            "Read the latest updates below:\nThe governor left for Tulsa after the show.")
    quotes = quotes_of(text)
    host = find(quotes, "thanks for joining us")
    assert (host.kind.value, host.text, host.speaker.name) == (
        "direct", "Governor, thanks for joining us this morning.", "Jake Tapper")
    assert find(quotes, "for having me").speaker.name == "Mary Fallin"
    assert not any("Tulsa" in q.text for q in quotes)  # a lead-in in lower case labels nobody


def test_a_quote_on_a_line_signed_by_a_name_and_a_colon_is_one_direct_quote(quotes_of):
    text = ("Trump reacted within the hour.\n\n"
            'Donald Trump: "Appreciate the congrats for being right on radical Islamic terrorism."\n')
    quotes = [q for q in quotes_of(text) if "congrats" in q.text]
    assert [(q.kind.value, q.text, q.speaker.name) for q in quotes] == [
        ("direct", "Appreciate the congrats for being right on radical Islamic terrorism.", "Donald Trump")]


def test_a_described_speaker_or_a_headline_and_a_dash_before_the_colon(quotes_of, find):
    text = ("The hearing ran late.\n\n"
            'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."\n\n'
            'Former secretary of state Hillary Rodham Clinton:"We learned that from the State Department."\n\n'
            "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat "
            "from the public.”\n")
    quotes = quotes_of(text)
    gowdy = find(quotes, "ever cite that figure")
    assert (gowdy.kind.value, gowdy.speaker.name, gowdy.speaker.mention) == (
        "direct", "Trey Gowdy", "Rep. Trey Gowdy (R-S.C.)")
    clinton = find(quotes, "from the State Department")
    assert (clinton.speaker.name, clinton.speaker.role) == ("Hillary Rodham Clinton", "Former secretary of state")
    assert find(quotes, "a lot of heat").speaker.name == "HuffPollster"


def test_a_headline_before_a_signed_quote_does_not_report_it(quotes_of):
    text = ("The polls were not wrong, just early.\n\n"
            "Pollsters agree - Carl Bialik: \"One of the biggest lessons was a simple one.\"\n")
    quotes = [(q.kind.value, q.text, q.speaker and q.speaker.name) for q in quotes_of(text) if "lessons" in q.text]
    assert quotes == [("direct", "One of the biggest lessons was a simple one.", "Carl Bialik")]
