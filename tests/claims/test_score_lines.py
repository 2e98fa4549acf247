"""score_lines: `factdesk claims --lines FILE`, one sentence per line."""
from __future__ import annotations

from factdesk.claims import score_lines
from factdesk.claims.checkworthiness import load_scorer

LINES = [
    "Thank you very much.",
    "",
    "Over 30 candidates were assassinated during the 2024 campaign.",
    "I think we are doing a fantastic job.",
    "Why won't they answer the question?",
    "   ",
    "Unemployment fell from 9.8 percent to 4.1 percent in eight years.",
]


def test_blank_lines_skipped_numbering_kept():
    results = score_lines(LINES)
    assert [r["line"] for r in results] == [1, 3, 4, 5, 7]
    assert set(results[0]) == {"line", "text", "score", "is_claim", "type", "assertion", "speaker"}
    assert all(0.0 <= r["score"] <= 1.0 for r in results)


def test_numeric_lines_are_claims_courtesies_are_not():
    by_line = {r["line"]: r for r in score_lines(LINES)}
    assert by_line[3]["is_claim"] and by_line[3]["type"] == "quantity"
    assert by_line[7]["is_claim"]
    assert not by_line[1]["is_claim"]
    assert by_line[1]["score"] < by_line[3]["score"]


def test_opinion_and_question_are_not_claims():
    by_line = {r["line"]: r for r in score_lines(LINES)}
    assert by_line[4]["assertion"] == "opinion" and not by_line[4]["is_claim"]
    assert by_line[5]["assertion"] == "question" and not by_line[5]["is_claim"]


def test_transcript_speaker_label_not_scored():
    plain, labelled = score_lines([
        "Unemployment fell from 9.8 percent to 4.1 percent in eight years.",
        "OBAMA: Unemployment fell from 9.8 percent to 4.1 percent in eight years.",
    ])
    assert labelled["text"].startswith("OBAMA: ")
    assert labelled["score"] == plain["score"] and labelled["is_claim"]
    assert (plain["speaker"], labelled["speaker"]) == (None, "OBAMA")


def test_a_speaker_label_with_accents_is_the_speaker():
    [line] = score_lines(["GÁLVEZ: Under this government, homicides reached 30,000 a year."])
    assert line["speaker"] == "GÁLVEZ" and line["is_claim"]


def test_going_somewhere_is_not_a_prediction():
    moving, future = score_lines(["TRUMP: Our jobs are fleeing the country. They are going to Mexico.",
                                  "We are going to win this election."])
    assert moving["assertion"] == "fact" and future["assertion"] == "prediction"


def test_empty_input():
    assert score_lines([]) == []
    assert score_lines(["", "  "]) == []


def test_model_is_small_and_loaded_once():
    assert load_scorer() is load_scorer()
    assert 0.0 < load_scorer().threshold < 1.0


def test_lines_are_ranked_by_the_transcript_model():
    from factdesk.claims.checkworthiness import TranscriptScorer, load_transcript_scorer

    scorer = load_transcript_scorer()
    assert isinstance(scorer, TranscriptScorer) and scorer is load_transcript_scorer()
    results = score_lines([
        "Thank you all for coming tonight.",
        "We sent 10,000 more troops to the border last year and crossings fell by half.",
        "It's great to be here in Ohio.",
    ])
    best = max(results, key=lambda r: r["score"])
    assert best["line"] == 2 and best["is_claim"]
    assert not results[0]["is_claim"] and not results[2]["is_claim"]


def test_transcript_model_ships_small():
    from factdesk.claims.checkworthiness import LINES_DIR

    assert (LINES_DIR / "model.onnx").stat().st_size < 25_000_000


def test_a_sentence_scored_again_gets_the_same_score_without_rescoring():
    scorer = load_scorer()
    scorer.forget()
    first = scorer.scores(["Over 30 candidates were assassinated.", "Thank you."])
    again = scorer.scores(["Thank you.", "Over 30 candidates were assassinated."])
    assert list(again) == list(first[::-1])
