"""find_claims on a hand-written news analysis (tests/claims/conftest.py)."""
from __future__ import annotations

import pytest

from factdesk.claims import claim_units, find_claims, sentence_scores
from factdesk.models import Assertion, ClaimType

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def claims(doc, article, quotes):
    return find_claims(doc, article, quotes)


def _claims_of(text: str):
    """The claims of a hand-written article, through the whole analysis (quotes included)."""
    from factdesk.models import Article
    from factdesk.pipeline import analyze_article

    return analyze_article(Article(text=text, language="en")).claims


def _claim(claims, words: str):
    found = [c for c in claims if words in c.text]
    assert found, f"no claim containing {words!r} among {[c.text for c in claims]}"
    return found[0]


def test_every_sentence_scored_in_unit_interval(doc):
    scores = sentence_scores(doc.sents)
    assert len(scores) == len(list(doc.sents))
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_analysis_carries_a_score_for_every_sentence(article):
    from factdesk.pipeline import analyze_article

    analysis = analyze_article(article)
    assert analysis.sentences
    assert all(0.0 <= s.checkworthiness <= 1.0 for s in analysis.sentences)


def test_claims_best_first_and_traceable(claims, article):
    facts = [c for c in claims if c.assertion is Assertion.FACT]
    assert [c.score for c in facts] == sorted((c.score for c in facts), reverse=True)
    for c in claims:
        assert article.text[c.start:c.end] == c.text
        assert c.id.startswith("clm_") and c.article_id == article.id


def test_numeric_claims_found_with_quantities(claims):
    assassinated = _claim(claims, "candidates were assassinated")
    assert assassinated.type is ClaimType.QUANTITY
    assert assassinated.assertion is Assertion.FACT
    q = assassinated.quantities[0]
    assert (q.value, q.qualifier, q.counted, q.time) == (30, "more_than", "candidates assassinated", "2024")

    disappeared = _claim(claims, "Almost 2,000 people")
    q = disappeared.quantities[0]
    assert (q.value, q.qualifier, q.unit) == (2000, "just_under", "people")
    assert q.time == "since 2006"

    survey = _claim(claims, "Two-thirds of Mexicans")
    q = survey.quantities[0]
    assert q.value == pytest.approx(0.667, abs=1e-3)
    assert q.counted == "Mexicans"


def test_last_year_resolved_against_publication_date(claims):
    sentenced = _claim(claims, "sentenced to 38 years")
    q = sentenced.quantities[0]
    assert (q.value, q.unit) == (38, "years")
    assert q.time == "2024"  # "last year", published 2025-03-10
    assert sentenced.claimant == "The Ledger"
    assert sentenced.claimant_source == "publication"


def test_claim_in_quote_credited_to_speaker(claims):
    infiltrated = _claim(claims, "infiltrated every level")
    assert infiltrated.claimant == "Carlos Pérez Ricart"
    assert infiltrated.claimant_source == "quote"
    assert "said" not in infiltrated.text  # the quoted words, not the attribution
    assert infiltrated.quantities[0].qualifier == "at_least"


def test_actor_claim_credited_to_actor(claims):
    alliance = _claim(claims, "intolerable alliance")
    assert alliance.claimant == "Trump administration"
    assert alliance.claimant_source == "actor"
    assert alliance.type is ClaimType.ATTRIBUTION


def test_opinion_question_prediction_listed_as_such(claims):
    """Check-worthy in words, but not claims of fact: listed after the facts, labelled."""
    troops = _claim(claims, "should deploy 10,000 more troops")
    assert troops.assertion is Assertion.OPINION
    fell = _claim(claims, "Did homicides really fall")
    assert fell.assertion is Assertion.QUESTION
    forecast = _claim(claims, "will likely fall by 15 percent")
    assert forecast.assertion is Assertion.PREDICTION
    assert forecast.type is ClaimType.PREDICTION
    kinds = [c.assertion is Assertion.FACT for c in claims]
    assert kinds == sorted(kinds, reverse=True)  # facts first


def test_plain_opinion_and_rhetorical_question_not_claims(doc, article, quotes, claims):
    units = [article.text[u.start:u.end] for u in claim_units(doc, quotes)]
    assert any("disgrace" in t for t in units)  # scored like every sentence ...
    assert not any("disgrace" in c.text for c in claims)  # ... but not a claim
    assert not any(c.text.startswith("Is Mexico") and c.assertion is Assertion.FACT for c in claims)


def test_trivial_sentence_not_a_claim(claims):
    assert not any("Officials met on Tuesday" in c.text for c in claims)


def test_no_quotes_no_crash(doc, article):
    claims = find_claims(doc, article, [])
    infiltrated = _claim(claims, "infiltrated every level")
    assert infiltrated.claimant_source in ("actor", "publication")


def test_with_the_quote_stage(article):
    """Through the pipeline, with quotes found by factdesk.quotes rather than by hand."""
    from factdesk.pipeline import analyze_article

    analysis = analyze_article(article)
    infiltrated = _claim(analysis.claims, "infiltrated every level")
    assert infiltrated.claimant == "Carlos Pérez Ricart"
    assert infiltrated.claimant_source == "quote"


def test_an_actor_named_by_surname_is_credited_by_full_name():
    text = ("Carlos Pérez Ricart, a political scientist in Mexico City, studies the cartels. "
            "Mexico has \"every right to be frustrated, too\", said Pérez Ricart, because the "
            "United States has done little to stop the flow of 200,000 weapons south every year.")
    claims = _claims_of(text)
    weapons = _claim(claims, "flow of 200,000 weapons")
    assert weapons.claimant == "Carlos Pérez Ricart"


def test_a_direct_quote_with_a_long_attribution_is_the_claim_of_its_speaker():
    text = ("\"Mexico sent 26 cartel members to the United States in one day,\" said a U.S. official "
            "who spoke on condition of anonymity because he was not authorized to discuss the transfer.")
    claims = _claims_of(text)
    sent = _claim(claims, "26 cartel members")
    assert sent.text == "Mexico sent 26 cartel members to the United States in one day"
    assert sent.claimant == "a U.S. official" and sent.claimant_source == "quote"


def test_a_claim_never_keeps_half_a_pair_of_quote_marks():
    text = ("Senator Elizabeth Warren criticized the plan on Monday. She added that the 25% tariff "
            "\"does nothing to save 48,000 lives.\"")
    claims = _claims_of(text)
    tariff = _claim(claims, "does nothing to save")
    assert tariff.text.count('"') % 2 == 0, tariff.text


def test_a_sentence_reporting_a_statement_is_credited_to_who_made_it():
    text = ("Washington and Mexico\n\nA senior US official said on Tuesday that \"Mexico's "
            "government is allied with the cartels,\" repeating a charge the Trump administration "
            "has made for months. García Luna, 56, has denied the charges.")
    claims = _claims_of(text)
    allied = _claim(claims, "allied with the cartels")
    # the quote is a small part of the sentence, so the sentence is the claim; its main verb
    # is the official's cue, so the official is the one who claims it
    assert (allied.claimant, allied.type) == ("A senior US official", ClaimType.ATTRIBUTION)
    denied = _claim(claims, "has denied the charges")
    assert denied.quantities == []  # 56 is his age


def test_what_someone_declined_to_say_is_not_a_claim():
    text = ("The utility's chief financial officer, Maria Chen, said the company earned $38.5 "
            "million in 2024. She declined to say whether the rate cut was affordable.")
    claims = _claims_of(text)
    assert _claim(claims, "earned $38.5 million").claimant == "Maria Chen"
    assert not [c for c in claims if "whether the rate cut" in c.text]


def test_declining_to_comment_is_not_a_claim():
    text = ("The tariffs impose a 25% duty on steel and aluminum imports. A spokesperson for "
            "the U.S. Trade Representative declined to comment.")
    claims = _claims_of(text)
    assert _claim(claims, "25% duty")
    assert not [c for c in claims if "declined" in c.text]


def test_a_wire_story_is_the_agency_s_claim_and_our_we_is_the_publication(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "a.txt"
    f.write_text("Tariffs hit Mexican steel\n\nMEXICO CITY (AP) — The tariffs impose a 25% duty "
                 "on steel and aluminum imports, the highest in a decade.\n\nWe asked Dr. Elena "
                 "Varga, who has studied trade for two decades, what the 25% duty means.\n",
                 encoding="utf-8")
    [article] = list(read_paths([str(f)]))
    claims = analyze_article(article).claims
    duty = _claim(claims, "impose a 25% duty")
    assert (duty.claimant, duty.claimant_source) == ("AP", "publication")
    assert all(c.claimant != "We" for c in claims)


def test_an_act_reported_is_the_publication_s_claim_not_the_actor_s(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "a.txt"
    f.write_text("Former security chief loses appeal\n\nNEW YORK (Reuters) — A federal appeals "
                 "court on Thursday upheld the conviction of Genaro García Luna, who was sentenced "
                 "in 2024 to more than 38 years in prison for taking bribes from the Sinaloa "
                 "cartel.\n", encoding="utf-8")
    [article] = list(read_paths([str(f)]))
    upheld = _claim(analyze_article(article).claims, "38 years")
    assert (upheld.claimant, upheld.claimant_source) == ("Reuters", "publication")


def test_a_signed_column_s_claims_are_its_author_s_and_a_source_keeps_its_own(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "a.txt"
    f.write_text("Opinion: The cartel label is a trap\n\nBy Jorge Castañeda\n\nThe Mérida "
                 "Initiative spent $3.3 billion between 2008 and 2021, and homicides tripled over "
                 "the same period. The United States should instead stop the flow of guns south: "
                 "about 70% of the firearms seized at Mexican crime scenes and traced were bought "
                 "in the United States, according to the ATF.\n", encoding="utf-8")
    [article] = list(read_paths([str(f)]))
    claims = analyze_article(article).claims
    merida = _claim(claims, "Mérida Initiative spent")
    assert (merida.claimant, merida.claimant_source) == ("Jorge Castañeda", "author")
    guns = _claim(claims, "about 70% of the firearms")
    assert guns.text.startswith("about 70%")  # the ATF vouches for the figure, not for 'should'
    assert (guns.claimant, guns.assertion) == ("ATF", Assertion.FACT)


def test_what_someone_did_not_say_is_not_a_claim():
    claims = _claims_of("Balarezo said he had seen at least a dozen such agreements in his career. "
                        "He did not say which cases they involved.")
    assert _claim(claims, "at least a dozen").claimant == "Balarezo"
    assert not [c for c in claims if "which cases" in c.text]


def test_an_argument_someone_else_rejects_is_still_its_maker_s_claim():
    claims = _claims_of("A three-judge panel of the 2nd U.S. Circuit Court of Appeals rejected García "
                        "Luna's argument that the trial judge had wrongly barred evidence about the "
                        "credibility of cooperating witnesses.")
    argued = _claim(claims, "the trial judge had wrongly barred evidence")
    assert (argued.claimant, argued.claimant_source) == ("García Luna", "actor")


def test_a_reported_claim_states_what_was_said_without_its_that():
    claims = _claims_of("Mario Luna told The Associated Press that irrigation deliveries fell by 40% "
                        "between 2019 and 2024.")
    claim = _claim(claims, "irrigation deliveries")
    assert claim.text == "irrigation deliveries fell by 40% between 2019 and 2024"
    assert claim.claimant == "Mario Luna"


def test_a_reported_figure_is_the_sentence_s_claim_and_the_reporter_s(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "pemex.txt"
    f.write_text("Pemex posts loss\n\nMEXICO CITY, July 26 (Reuters) - Mexican state oil company Pemex "
                 "reported a net loss of 40.5 billion pesos ($2.3 billion) in the second quarter, its third "
                 "straight quarterly loss, as crude output fell to its lowest level in 45 years.\n",
                 encoding="utf-8")
    claims = analyze_article(list(read_paths([str(f)]))[0]).claims
    claim = _claim(claims, "net loss")
    assert claim.text.startswith("Mexican state oil company Pemex reported a net loss of 40.5 billion pesos")
    assert claim.claimant == "Pemex"
    assert [(q.value, q.unit) for q in claim.quantities][:2] == [(40.5e9, "MXN"), (2.3e9, "USD")]


def test_a_bylined_piece_with_no_masthead_credits_its_reporter_and_closes_what_it_opens(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "court.txt"
    f.write_text("Mexico's new supreme court takes office\n\nThomas Graham in Mexico City\n"
                 "Mon 1 Sep 2025 06.00 BST\n\n"
                 "Turnout in June's vote was just 13%, the lowest of any national election.\n\n"
                 "She added that the old court had ‘protected the powerful for decades’.\n\n"
                 "According to the electoral institute, more than 2,600 posts were filled in the vote, "
                 "at a cost of 7bn pesos (£280m).\n", encoding="utf-8")
    claims = analyze_article(list(read_paths([str(f)]))[0]).claims
    turnout = _claim(claims, "Turnout")
    assert (turnout.claimant, turnout.claimant_source) == ("Thomas Graham", "author")
    assert turnout.quantities[0].time == "2025-06"  # "June" in a piece dated 1 Sep 2025
    assert _claim(claims, "old court").text == "the old court had ‘protected the powerful for decades’"
    assert _claim(claims, "2,600").text.endswith("at a cost of 7bn pesos (£280m)")


def test_a_wire_story_s_credits_datelines_and_the_two_countries_are_not_claims(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "tariffs.txt"
    f.write_text("Mexico says tariffs would cost jobs\n\nMEXICO CITY (AP) — Mexico's economy minister "
                 "warned Monday that a 25% U.S. tariff on Mexican goods would cost about 400,000 jobs in "
                 "the first year, as the two countries raced to reach a deal before the levies take "
                 "effect.\n\nLast year, trade between the two countries topped $800 billion.\n\n___\n\n"
                 "Associated Press writer Fabiola Sánchez contributed to this report.\n", encoding="utf-8")
    claims = analyze_article(list(read_paths([str(f)]))[0]).claims
    assert not any("contributed" in c.text for c in claims)
    lede = _claim(claims, "400,000")
    assert lede.claimant == "Mexico's economy minister" and "MEXICO CITY" not in lede.text
    trade = _claim(claims, "800 billion")
    assert [(q.value, q.unit) for q in trade.quantities] == [(800e9, "USD")]


def test_a_correction_note_is_not_a_claim(tmp_path):
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_article

    f = tmp_path / "wage.md"
    f.write_text("# Did the minimum wage double?\n\nBy January 2024 it had risen to 248.93 pesos, an "
                 "increase of 182% in nominal terms.\n\n*Correction, Oct. 15: An earlier version of this "
                 "article misstated the 2018 minimum wage.*\n", encoding="utf-8")
    claims = analyze_article(list(read_paths([str(f)]))[0]).claims
    assert [c.text for c in claims] == ["By January 2024 it had risen to 248.93 pesos, an increase of 182% "
                                        "in nominal terms."]


def test_two_statements_one_cue_reports_are_two_claims_each_with_its_numbers():
    claims = _claims_of(
        "Sheinbaum touts security gains in annual report.\n\n"
        "President Claudia Sheinbaum said on Monday that homicides had fallen by a third since she "
        "took office and that her government had sent 15,000 troops to the northern border. "
        "Opposition senators rejected the figures.")
    third = _claim(claims, "homicides had fallen by a third")
    assert "troops" not in third.text and third.claimant.startswith("Claudia Sheinbaum")
    assert [(q.value, q.counted) for q in third.quantities] == [(1 / 3, "homicides")]
    troops = _claim(claims, "sent 15,000 troops")
    assert troops.text == "her government had sent 15,000 troops to the northern border"
    assert troops.claimant.startswith("Claudia Sheinbaum")


def test_a_live_blogs_time_stamp_is_neither_a_figure_nor_part_of_a_claim():
    claims = _claims_of(
        "Live: Mexico's judicial election results.\n\n"
        "10:42 a.m. — The National Electoral Institute says turnout was between 12.57% and 13.32%.\n\n"
        "9:30 a.m. — Polls closed at 6 p.m. local time on Sunday. Counting continues in 32 states.\n")
    turnout = _claim(claims, "turnout was between")
    assert not turnout.text.startswith("10:42")
    assert [q.text for q in turnout.quantities] == ["12.57%", "13.32%"]
    assert not any(q.text in ("10", "9") for c in claims for q in c.quantities)


def test_the_papers_own_statement_then_a_source_s_each_with_its_claimant():
    from factdesk.models import Article
    from factdesk.pipeline import analyze_article

    text = ("CULIACÁN, Mexico (AP) — Murders in Sinaloa have doubled since September 2024. Schools in "
            "Culiacán closed for three weeks, and the state's chamber of commerce says about 1,600 "
            "businesses have shut since the fighting began.")
    claims = analyze_article(Article(text=text, language="en")).claims
    shut = next(c for c in claims if "1,600" in c.text)
    assert shut.text == "about 1,600 businesses have shut since the fighting began"
    assert shut.claimant == "state's chamber of commerce"


def test_a_fact_then_a_promise_are_read_apart():
    from factdesk.models import Article
    from factdesk.pipeline import analyze_article

    text = ('García Harfuch: "Homicides in Sinaloa have fallen by a third since January, and we will not '
            'leave until the state is safe."')
    claims = analyze_article(Article(text=text, language="en")).claims
    fallen = next(c for c in claims if "fallen" in c.text)
    assert fallen.text == "Homicides in Sinaloa have fallen by a third since January"
    assert fallen.assertion is Assertion.FACT
    assert not any("will not leave" in c.text and c.assertion is Assertion.FACT for c in claims)


def test_a_claim_reported_in_its_own_quote_marks_is_its_words_without_them():
    claims = _claims_of('During the debate, Senator Tom Harlan said that "violent crime is at an '
                        'all-time high in this country." The data do not support that claim.')
    claim = _claim(claims, "all-time high")
    assert claim.text == "violent crime is at an all-time high in this country."
    assert claim.claimant == "Tom Harlan"


def test_a_sentence_whose_verb_points_to_a_figure_is_its_speakers_claim():
    text = ("Eduardo Guerrero, a security consultant who runs the firm Lantia Consultores, said the "
            "national trend was \"genuinely positive\" but fragile. He pointed to a 39% drop in murders "
            "in Guanajuato.")
    drop = _claim(_claims_of(text), "39% drop")
    assert (drop.claimant, drop.claimant_source) == ("Eduardo Guerrero", "actor")


def test_a_claim_keeps_the_closing_straight_single_quote_it_opened():
    text = ("Paul Johnson, director of the Institute for Fiscal Studies, said it was 'a tax on employment "
            "by another name'. The levy raises £25bn a year.")
    claims = _claims_of(text)
    tax = _claim(claims, "a tax on employment")
    assert tax.text.endswith("by another name'"), tax.text


def test_what_a_share_of_people_expect_is_the_surveys_finding_with_its_share():
    text = ("Six in 10 adults say prices for everyday goods have risen in the past year, the poll found. "
            "Only 18% expect prices to fall next year.")
    claim = _claim(_claims_of(text), "prices to fall")
    assert claim.text == "Only 18% expect prices to fall next year."  # not "prices to fall next year", by "18%"
    assert claim.claimant_source == "publication"


def test_what_a_speaker_rejects_is_not_their_claim_but_the_rejecting_is():
    text = ("\"This shows that nobody is above the law,\" President Claudia Sheinbaum said at her morning news "
            "conference. She rejected suggestions that the raid was carried out under pressure from Washington.")
    claim = _claim(_claims_of(text), "pressure from Washington")
    assert claim.text == "She rejected suggestions that the raid was carried out under pressure from Washington."
    assert claim.claimant == "Claudia Sheinbaum"


def test_a_cut_that_signals_a_pause_is_a_fact_not_a_forecast():
    text = ("Mexico's central bank cut its benchmark interest rate by a quarter of a percentage point to 6.75% on "
            "Thursday, its 12th consecutive reduction, but signaled it could pause its easing cycle early next year.")
    claim = _claim(_claims_of(text), "6.75%")
    assert claim.assertion.value == "fact"
