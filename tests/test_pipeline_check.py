"""Checking claims against a real archive built from hand-written articles."""
from __future__ import annotations

import pytest

from factdesk.archive_ops import ingest_analyses
from factdesk.errors import ClaimError
from factdesk.ingest import read_paths
from factdesk.models import Stance, VerdictLabel
from factdesk.pipeline import analyze_articles, check_claim
from factdesk.store import Archive

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = Archive(tmp_path_factory.mktemp("desk") / "desk.db")
    articles = list(read_paths(["tests/fixtures/archive",
                                "examples/articles/mexico-cartels-analysis.txt"]))
    results = list(ingest_analyses(archive, analyze_articles(articles)))
    assert all(err is None for *_, err in results)
    return archive


def _sentences(verdict, stance):
    return [e.sentence for e in verdict.evidence if e.stance is stance]


def test_claim_one_article_refutes_is_refuted_citing_that_sentence(archive):
    verdict = check_claim("The Harbor Bridge is still closed to traffic.", archive)
    assert verdict.label is VerdictLabel.REFUTED
    refuting = [e for e in verdict.evidence if e.stance is Stance.REFUTES]
    cited = refuting[0]
    assert cited.sentence.startswith("The Harbor Bridge reopened to traffic on Monday")
    meta = archive.get_analysis(cited.article_id).article
    assert meta.text[cited.start:cited.end] == cited.sentence
    assert cited.title == "Harbor Bridge reopens after two-year repair"
    assert "Harbor Bridge reopened" in verdict.rationale


def test_claim_two_sources_split_on_is_mixed_with_both(archive):
    verdict = check_claim("The night curfew reduced crime in Riverton.", archive)
    assert verdict.label is VerdictLabel.MIXED
    titles = {e.title for e in verdict.evidence if e.stance is not Stance.NEUTRAL}
    assert "University study credits curfew with drop in crime" in titles
    assert "Police figures cast doubt on curfew claims" in titles


def test_unrelated_claim_has_not_enough_evidence(archive):
    verdict = check_claim("The price of coffee in Brazil doubled last winter.", archive)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_number_mismatch_refutes(archive):
    verdict = check_claim("Tomas Brandt was sentenced to 20 years in prison.", archive)
    assert verdict.label is VerdictLabel.REFUTED
    [cited] = [e for e in verdict.evidence if any("number mismatch" in s for s in e.signals)]
    assert "12 years" in cited.sentence and cited.stance is Stance.REFUTES


def test_who_says_what_shows_the_expert_disputing(archive):
    verdict = check_claim("Mexico's government is allied with organized crime", archive)
    disputing = {v.speaker: v for v in verdict.voices if v.stance is Stance.REFUTES}
    assert "Carlos Pérez Ricart" in disputing
    voice = disputing["Carlos Pérez Ricart"]
    assert "not an ally of organized crime" in voice.quote
    assert voice.role and "political scientist" in voice.role
    # no one in the archive says it is so: "described organized crime as a 'parallel power'" is not
    assert not [v.speaker for v in verdict.voices if v.stance is Stance.SUPPORTS]


def test_user_evidence_replaces_the_archive():
    verdict = check_claim(
        "García Luna was sentenced to 28 years in prison.",
        evidence=[{"text": "Genaro García Luna was sentenced to 38 years in prison in New York.",
                   "source": "court record"}])
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].source == "court record"
    assert any("number mismatch" in s for s in verdict.evidence[0].signals)


def test_user_evidence_that_shares_nothing_with_the_claim_is_not_evidence():
    verdict = check_claim(
        "The Harbor Bridge is closed to traffic.",
        evidence=[{"text": "The city council approved a new budget for public libraries on Monday."}])
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    assert verdict.evidence[0].stance is Stance.NEUTRAL


def test_user_evidence_leaning_against_the_claim_refutes_it():
    verdict = check_claim(
        "The Harbor Bridge is still closed to traffic.",
        evidence=[{"text": "The Harbor Bridge reopened to cars and buses on Monday after six weeks of repairs."}])
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.evidence[0].sentence.startswith("The Harbor Bridge reopened")


def test_one_word_claim_is_refused_with_advice(archive):
    with pytest.raises(ClaimError, match="too short to check"):
        check_claim("Cartels", archive)


@pytest.mark.parametrize("claim", ["a b c d", "It is true that it was", "they did not do it"])
def test_a_claim_of_only_small_words_is_refused_not_judged(archive, claim):
    # four words, but nothing to check: no verdict may be invented from the nearest passage
    with pytest.raises(ClaimError, match="nothing to check"):
        check_claim(claim, archive)


def test_a_short_claim_with_a_number_is_checked(archive):
    assert check_claim("It was 38", evidence=[{"text": "The sentence was 38 years."}]).claim == "It was 38"


def test_an_opposite_word_in_the_same_statement_refutes():
    verdict = check_claim(
        "A federal judge upheld the Texas border arrest law",
        evidence=[{"text": "A federal judge on Thursday blocked a Texas law that would let police "
                           "arrest migrants suspected of crossing the border illegally."}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "opposite words: 'upheld' vs 'blocked'" in verdict.evidence[0].signals


def test_evidence_that_also_says_the_claims_word_is_no_opposite():
    from factdesk.verify.signals import antonym_mismatch

    assert antonym_mismatch("Prices rose in 2023", "Prices fell in 2023") is not None
    assert antonym_mismatch("Prices rose in 2023", "Prices rose in 2023 and fell in 2024") is None


def test_a_figure_two_sources_give_differently_is_mixed():
    verdict = check_claim(
        "The water utility made a profit of $40 million last year",
        evidence=[{"text": "\"The utility made a profit of $40 million last year,\" Torres said."},
                  {"text": "Salinas said the utility's profit was closer to $12 million, and that "
                           "the cut would force it to delay repairs."}])
    assert verdict.label is VerdictLabel.MIXED
    assert "claim says $40 million, evidence says $12 million" in verdict.rationale


def test_a_figure_that_went_the_other_way_refutes():
    verdict = check_claim(
        "Heat-related deaths in Sonora and Chihuahua fell between 2019 and 2023",
        evidence=[{"text": "Heat-related deaths in Sonora and Chihuahua more than doubled between "
                           "2019 and 2023, according to a study."}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "opposite words: 'fell' vs 'doubled'" in verdict.evidence[0].signals


def test_half_is_set_beside_a_percentage():
    verdict = check_claim(
        "Homicides in Mexico have fallen by half since Sheinbaum took office",
        evidence=[{"text": "Official figures show that homicides in Mexico have fallen by 32% "
                           "since Sheinbaum took office."}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "number mismatch: claim says half, evidence says 32%" in verdict.evidence[0].signals


def test_a_sentence_that_shares_only_a_place_with_the_claim_is_not_evidence(tmp_path):
    from factdesk.models import Article

    archive = Archive(tmp_path / "health.db")
    article = Article(title="Study links sugary drinks to rising diabetes in Mexico", language="en", text=(
        "The study, led by Simón Barquera of Mexico's National Institute of Public Health, found that "
        "diabetes prevalence rose from 14.4% in 2016 to 18.3% in 2022."))
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles([article])))
    unrelated = check_claim("Homicides in Mexico fell by 15% last year.", archive)
    assert unrelated.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    related = check_claim("Diabetes prevalence in Mexico rose to 25% in 2022.", archive)
    assert related.label is VerdictLabel.REFUTED
    assert "evidence says 18.3%" in related.rationale


def test_a_general_claim_is_not_judged_by_a_sentence_that_shares_none_of_its_words(archive):
    verdict = check_claim("Courts almost never grant these motions after sentencing", archive)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """Wire-style pieces with bylines and date lines: remittances, the judicial vote, homicides."""
    archive = Archive(tmp_path_factory.mktemp("desk") / "mexico.db")
    articles = list(read_paths(["tests/fixtures/desk"]))
    assert {a.published for a in articles} == {"2025-07-02", "2025-06-03", "2025-08-10"}
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles(articles)))
    return archive


def test_a_rise_the_evidence_reports_as_a_fall_is_refuted(desk):
    verdict = check_claim("Remittances to Mexico rose in 2025.", desk)
    assert verdict.label is VerdictLabel.REFUTED
    cited = verdict.evidence[0]
    assert cited.sentence.startswith("Remittances sent home by Mexicans living abroad fell 4.6%")
    assert cited.stance is Stance.REFUTES
    assert any(s.startswith("fits the opposite better: “Remittances to Mexico fell in 2025.”")
               for s in cited.signals)


def test_a_sentence_about_another_year_does_not_dispute_a_figure(desk):
    verdict = check_claim("Mexicans abroad sent a record $64.7 billion in 2024.", desk)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert _sentences(verdict, Stance.SUPPORTS)[0].startswith("Mexicans abroad sent a record $64.7 billion")
    fall = next(e for e in verdict.evidence if e.sentence.startswith("Remittances sent home"))
    assert fall.stance is Stance.NEUTRAL


def test_a_year_the_claim_does_not_name_is_another_time():
    from factdesk.verify.signals import other_years

    fall = "Remittances fell 4.6% in the first five months of 2025, the Bank of Mexico said."
    assert other_years("Mexicans abroad sent $64.7 billion in 2024.", fall) == \
        "speaks of 2025, the claim of 2024: another time"
    assert other_years("Remittances fell in 2025.", fall) is None
    assert other_years("Remittances fell.", fall) is None  # the claim names no year
    assert other_years("Homicides fell between 2024 and 2025.", fall) is None


def test_who_says_what_reads_each_speakers_own_words(desk):
    verdict = check_claim("The judicial election was a success.", desk)
    assert verdict.label is VerdictLabel.MIXED
    voices = {v.speaker: v.stance for v in verdict.voices}
    assert voices["Jorge Romero"] is Stance.REFUTES  # "This election was a failure," he said.
    assert voices["Claudia Sheinbaum"] is Stance.SUPPORTS  # called the vote a success
    romero = next(e for e in verdict.evidence if e.speaker and e.speaker.name == "Jorge Romero")
    assert romero.quote == "This election was a failure"
    assert "judged on the speaker's words: “This election was a failure”" in romero.signals


def test_a_sentence_that_leaves_the_place_to_its_headline_is_still_evidence(desk):
    # "Ernst said the government had not shown that violence had actually declined." names no
    # country; its story's headline does ("Mexico's homicide rate drops, …")
    verdict = check_claim("Violence in Mexico has actually declined.", desk)
    ernst = next(e for e in verdict.evidence if e.speaker and e.speaker.name == "Falko Ernst"
                 and "not shown" in e.sentence)
    assert not any("does not name" in s for s in ernst.signals)
    assert ernst.quote == "the government had not shown that violence had actually declined"
    assert not any(s.startswith("negation") for s in ernst.signals)  # not shown is not false


def test_user_evidence_that_a_figure_went_down_refutes_a_claim_it_went_up():
    verdict = check_claim(
        "Homicides in Mexico rose in 2024.",
        evidence=[{"text": "INEGI reported 30,057 homicides in 2024, down from 31,062 in 2023.",
                   "source": "INEGI"}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "went the other way: the claim says Homicides in Mexico rose, the evidence says down" in \
        verdict.evidence[0].signals


def test_gasoline_is_checked_against_gasoline_not_against_other_prices(tmp_path):
    from factdesk.models import Article

    archive = Archive(tmp_path / "prices.db")

    article = Article(title="Inflation cools to 2.4% in March as gasoline prices fall", language="en",
                      published="2025-04-10", text=(
        "Consumer prices rose 2.4% in the 12 months through March, down from 2.8% in February, the "
        "Labor Department said Thursday.\n\nGasoline prices fell 6.3% over the month. Excluding food "
        "and energy, so-called core prices rose 2.8% from a year earlier."))
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles([article])))
    verdict = check_claim("Gasoline prices increased in March.", archive)
    assert verdict.label is VerdictLabel.REFUTED
    assert _sentences(verdict, Stance.REFUTES) == ["Gasoline prices fell 6.3% over the month."]
    assert not _sentences(verdict, Stance.SUPPORTS)


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    """Pieces with the date in their datelines ("AUSTIN, Texas, March 28, 2025 —"): measles in
    Texas, crime in Chicago, Mexico's economy, a heatwave in France and Spain."""
    archive = Archive(tmp_path_factory.mktemp("desk") / "newsroom.db")
    articles = list(read_paths(["tests/fixtures/newsroom"]))
    assert {a.published for a in articles} == {"2025-03-28", "2025-02-10", "2025-04-30", "2025-07-01"}
    assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles(articles)))
    return archive


def test_an_expert_who_says_the_claim_negated_in_one_clause_disputes_it(newsroom):
    # '"Vitamin A does not prevent measles, and it is not a substitute for the vaccine," said
    # Dr. Sean O'Leary of the American Academy of Pediatrics.'
    verdict = check_claim("Vitamin A prevents measles.", newsroom)
    assert verdict.label is VerdictLabel.REFUTED
    oleary = next(e for e in verdict.evidence if e.speaker and e.speaker.name == "Sean O'Leary")
    assert oleary.stance is Stance.REFUTES
    assert oleary.speaker.role == "American Academy of Pediatrics"
    assert "same statement negated: counted as disputing it" in oleary.signals
    assert verdict.rationale.startswith("One source refutes it: Sean O'Leary:")  # the strongest


def test_an_expert_who_calls_the_claim_false_refutes_it(newsroom):
    verdict = check_claim("Murders in Chicago doubled in 2024.", newsroom)
    assert verdict.label is VerdictLabel.REFUTED
    ludwig = next(e for e in verdict.evidence if e.speaker and e.speaker.name == "Jens Ludwig"
                  and "simply false" in e.sentence)
    assert ludwig.stance is Stance.REFUTES
    assert "calls it false: “claim that murders doubled is simply false”" in ludwig.signals


def test_an_economy_that_contracted_did_not_grow(newsroom):
    verdict = check_claim("Mexico's economy grew in the first quarter of 2025.", newsroom)
    assert verdict.label is VerdictLabel.REFUTED
    cited = verdict.evidence[0]
    assert cited.sentence.startswith("Mexico's economy contracted 0.6% in the first quarter")
    assert "went the other way: the claim says economy grew, the evidence says contracted" in cited.signals


def test_a_weak_lean_from_a_sentence_that_never_names_what_rose_does_not_count(newsroom):
    verdict = check_claim("Shootings in Chicago rose last year.", newsroom)
    assert verdict.label is VerdictLabel.REFUTED
    assert _sentences(verdict, Stance.REFUTES) == ["Shootings fell 12% last year."]
    assert _sentences(verdict, Stance.SUPPORTS) == []


def test_evidence_sentences_begin_after_the_dateline(newsroom):
    verdict = check_claim("Texas has recorded more than 500 measles cases in 2025.", newsroom)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Texas has recorded 505 measles cases since January")


POVERTY = [
    {"text": "The poverty rate in Mexico fell to 29.6% in 2024 from 36.3% in 2022, according to INEGI.",
     "source": "INEGI"},
    {"text": "About 8.3 million people left poverty between 2022 and 2024, the statistics agency said.",
     "source": "INEGI"},
    {"text": "Extreme poverty fell to 5.3% of the population.", "source": "CONEVAL"},
]


def test_a_change_in_points_is_read_from_two_shares_and_unlike_figures_do_not_dispute_it():
    verdict = check_claim("Poverty in Mexico fell by 6.7 percentage points between 2022 and 2024.",
                          evidence=POVERTY)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert "numbers agree: claim says 6.7 percentage points, evidence says 36.3% to 29.6%" in \
        verdict.evidence[0].signals
    people = next(e for e in verdict.evidence if "8.3 million" in e.sentence)
    assert people.stance is Stance.NEUTRAL  # the model set 8.3 million against 6.7 points
    assert people.signals == ["its figures count other things than the claim's: About 8.3 million "
                              "people; its lean against the claim is not counted"]


def test_a_share_of_extreme_poverty_is_set_beside_extreme_poverty_only():
    verdict = check_claim("Extreme poverty in Mexico fell to 7.1%.", evidence=POVERTY)
    assert verdict.label is VerdictLabel.REFUTED
    assert _sentences(verdict, Stance.REFUTES) == ["Extreme poverty fell to 5.3% of the population."]


def test_a_sentence_about_another_country_is_not_evidence_though_its_neighbour_names_the_claims(newsroom):
    # "France recorded its hottest June day on record …" stands beside "Spain's weather agency,
    # AEMET, said June 2025 was the hottest June …": it names France, not Spain
    verdict = check_claim("June 2025 was the hottest June on record in Spain.", newsroom)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert _sentences(verdict, Stance.SUPPORTS)[0].startswith("Spain's weather agency, AEMET, said")
    france = next(e for e in verdict.evidence if e.sentence.startswith("France recorded"))
    assert france.stance is Stance.NEUTRAL and "France" in france.places


def test_evidence_says_where_its_story_was_filed(newsroom):
    verdict = check_claim("Two unvaccinated children have died of measles in Texas.", newsroom)
    died = next(e for e in verdict.evidence if e.sentence == "Two unvaccinated children have died.")
    assert died.dateline == "AUSTIN, Texas, March 28, 2025"


def test_a_claim_of_what_someone_said_is_read_against_that_persons_words(newsroom):
    # '"We are not in a recession," Amador told reporters.' — and Gabriela Siller, an economist,
    # says the economy is "on the edge of a technical recession": her words are not his
    verdict = check_claim("Amador said Mexico is in a recession.", newsroom)
    assert verdict.label is VerdictLabel.REFUTED
    amador = verdict.evidence[0]
    assert (amador.speaker.name, amador.stance) == ("Edgar Amador", Stance.REFUTES)
    assert amador.sentence == '"We are not in a recession," Amador told reporters.'
    siller = next(e for e in verdict.evidence if e.speaker and e.speaker.name == "Gabriela Siller")
    assert siller.stance is Stance.NEUTRAL
    assert "the claim is of what Amador said; these are Gabriela Siller's words" in siller.signals
    assert [v.speaker for v in verdict.voices] == ["Edgar Amador"]


def test_a_loss_beside_last_year_s_profit_refutes_a_profit():
    verdict = check_claim("Pemex reported a profit in the second quarter.", evidence=[
        {"text": "Pemex reported a net loss of 40.5 billion pesos in the second quarter, compared with "
                 "a profit of 1.2 billion pesos a year earlier.", "source": "Reuters"}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "same statement with an opposite word ('profit' vs 'loss'): counted as disputing it" in \
        verdict.evidence[0].signals


def test_a_published_verdict_that_the_claim_is_misleading_makes_it_mixed(archive):
    # the motivating piece ends: "The verdict: the claim that Mexico's government is allied with
    # the cartels is misleading."
    verdict = check_claim("Mexico's government is allied with the cartels", archive)
    assert verdict.label is VerdictLabel.MIXED
    assert verdict.rationale.startswith("A published verdict rates it misleading: “The verdict: the claim "
                                        "that Mexico's government is allied with the cartels is misleading.”")
    rated = next(e for e in verdict.evidence if e.rating)
    assert rated.rating == "misleading"


def test_a_claim_rated_accurate_is_supported():
    verdict = check_claim("Murders in Chicago doubled in 2024.", evidence=[
        {"text": "The claim that murders doubled is accurate, police data show.", "source": "desk"}])
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].rating == "true"


@pytest.mark.parametrize("claim", ["Chicago recorded 573 homicides in 2024.",
                                   "Jens Ludwig said homicides are down for the third year in a row."])
def test_a_fact_checks_ruling_rates_the_claim_it_checks_not_its_own_findings(newsroom, claim):
    # the piece ends "Our verdict: false." on a candidate's claim that murders doubled; its
    # police figures and the expert it quotes are what it found, not what it rules false
    verdict = check_claim(claim, newsroom)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert not any(e.rates for e in verdict.evidence)


def test_the_claims_figure_in_a_sentence_saying_most_of_the_claim_supports_it(newsroom):
    # the model calls "Officials in Paris closed 1,350 schools on Tuesday" neutral
    verdict = check_claim("Paris closed 1,350 schools because of the heat.", newsroom)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence[0].sentence.startswith("Officials in Paris closed 1,350 schools")
    assert "the claim's figure and most of its words: counted as support" in verdict.evidence[0].signals


def test_an_event_the_evidence_dates_to_another_year_is_refuted():
    passage = ("The United States, Mexico and Canada signed the USMCA trade agreement in November 2018; "
               "it took effect on July 1, 2020.")
    wrong = check_claim("The USMCA took effect in 2018.", evidence=[{"text": passage}])
    assert wrong.label is VerdictLabel.REFUTED
    assert "the evidence dates it otherwise: “July 1, 2020”, the claim “2018”" in wrong.evidence[0].signals
    assert check_claim("The USMCA took effect in 2020.", evidence=[{"text": passage}]).label is VerdictLabel.SUPPORTED


def test_a_claim_the_evidence_says_the_other_way_round_is_refuted():
    passage = "In 2023, Mexico overtook China as the largest trading partner of the United States."
    verdict = check_claim("China overtook Mexico as the United States' biggest trading partner in 2023.",
                          evidence=[{"text": passage}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "the other way round: the evidence says “Mexico overtook China”" in verdict.evidence[0].signals


def test_a_first_place_the_evidence_gives_to_another_refutes():
    passage = "Mexico is the largest buyer of US corn, accounting for about a quarter of exports."
    verdict = check_claim("Japan is the largest buyer of US corn.", evidence=[{"text": passage}])
    assert verdict.label is VerdictLabel.REFUTED
    assert "the evidence gives it to another: “Mexico is the largest buyer”" in verdict.evidence[0].signals
