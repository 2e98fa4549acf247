"""The packaged ONNX stance model, run for real (no mocks)."""
from __future__ import annotations

import math

import pytest

from factdesk.errors import ModelMissingError
from factdesk.verify.stance import OnnxStanceModel, StanceModel, load_stance_model

pytestmark = pytest.mark.slow

SUPPORTS = [
    (
        "The Eiffel Tower, completed in 1889, is a wrought-iron lattice tower on the Champ de Mars in Paris.",
        "The Eiffel Tower is in Paris.",
    ),
    (
        "Unemployment fell to 3.9 percent in April, the lowest level since 2000, the Labor Department said.",
        "Unemployment fell in April.",
    ),
]
REFUTES = [
    (
        "Barack Obama was born in Honolulu, Hawaii, in 1961.",
        "Barack Obama was born in Kenya.",
    ),
    (
        "The city council voted 7-2 to approve the budget on Monday.",
        "The city council rejected the budget on Monday.",
    ),
    (
        "The Berlin Wall fell in November 1989.",
        "The Berlin Wall fell in 1975.",
    ),
]
# Known weakness (see stance_model/MODEL_CARD.md): a negated, attributed statement is read as support
# because of word overlap. Kept as a non-strict xfail so an improved model shows up as XPASS.
NEGATION_REFUTES = (
    "Carlos Pérez Ricart said the Mexican government is not an ally of organized crime.",
    "Mexico's government is allied with organized crime",
)
NEUTRAL = [
    (
        "Paris hosted the Summer Olympics in 2024.",
        "The Eiffel Tower was completed in 1889.",
    ),
    (
        "The Labor Department publishes its jobs report on the first Friday of each month.",
        "Unemployment fell to 3.9 percent in April.",
    ),
    (
        "The mayor of Chicago announced a new budget on Tuesday.",
        "Chicago's murder rate rose in 2022.",
    ),
]


@pytest.fixture(scope="session")
def stance() -> OnnxStanceModel:
    return load_stance_model()


def _top(probs: dict[str, float]) -> str:
    return max(probs, key=probs.get)


def test_loads_once_and_matches_protocol(stance):
    assert load_stance_model() is stance
    assert isinstance(stance, StanceModel)
    assert stance.labels == ["supports", "refutes", "neutral"]


def test_probabilities_are_a_distribution(stance):
    out = stance.predict(SUPPORTS + REFUTES + NEUTRAL)
    assert len(out) == len(SUPPORTS + REFUTES + NEUTRAL)
    for probs in out:
        assert set(probs) == {"supports", "refutes", "neutral"}
        assert math.isclose(sum(probs.values()), 1.0, abs_tol=1e-6)
        assert all(0.0 <= p <= 1.0 for p in probs.values())


@pytest.mark.parametrize("pair", SUPPORTS)
def test_entailing_evidence_supports(stance, pair):
    assert _top(stance.predict([pair])[0]) == "supports"


@pytest.mark.parametrize("pair", REFUTES)
def test_contradicting_evidence_refutes(stance, pair):
    assert _top(stance.predict([pair])[0]) == "refutes"


def test_negated_attributed_statement_refutes_once_the_negation_signal_is_heard(stance):
    """The model alone leans "supports" here (see MODEL_CARD.md); the verifier's stated
    negation signal turns the same statement, negated, into a dispute."""
    from factdesk.models import Evidence, Stance
    from factdesk.verify.assess import assess

    evidence, claim = NEGATION_REFUTES
    [item] = assess(claim, [Evidence("art_x", evidence, 0, len(evidence), context=evidence)], stance,
                    chosen=True)
    assert item.stance is Stance.REFUTES
    assert "same statement negated: counted as disputing it" in item.signals


@pytest.mark.parametrize("pair", NEUTRAL)
def test_on_topic_but_irrelevant_evidence_is_neutral(stance, pair):
    assert _top(stance.predict([pair])[0]) == "neutral"


def test_batching_keeps_input_order(stance):
    base = SUPPORTS + REFUTES + NEUTRAL
    pairs = base * 6  # more than one internal batch of 32
    batched = stance.predict(pairs)
    single = [stance.predict([p])[0] for p in base]
    for b, s in zip(batched, single):
        assert _top(b) == _top(s)
        for label in b:
            # dynamic int8 quantizes activations per batch, so scores move a little with batch-mates
            assert abs(b[label] - s[label]) < 0.15
    for i in range(len(base), len(pairs)):  # repeats of a pair get the same label wherever they land
        assert _top(batched[i]) == _top(batched[i % len(base)])


def test_empty_and_long_inputs(stance):
    assert stance.predict([]) == []
    out = stance.predict([("word " * 2000, "A claim about words."), ("", "")])
    assert len(out) == 2


def test_missing_files_raise_model_missing(tmp_path):
    with pytest.raises(ModelMissingError, match="model.onnx"):
        OnnxStanceModel(tmp_path)


def test_agreeing_numbers_outweigh_the_model_s_lean_against_the_claim(stance):
    """The model leans against 'was 13%' beside 'was just 13%, the lowest …'; the figure the
    claim rests on is the evidence's own, so the evidence counts for the claim."""
    from factdesk.models import Evidence, Stance
    from factdesk.verify.assess import assess

    claim = "Turnout in Mexico's judicial election was 13%"
    evidence = "Turnout in June's vote was just 13%, the lowest of any national election in Mexico's history."
    assert _top(stance.predict([(evidence, claim)])[0]) == "refutes"
    [item] = assess(claim, [Evidence("art_x", evidence, 0, len(evidence), context=evidence)], stance)
    assert item.stance is Stance.SUPPORTS
    assert "numbers agree: claim says 13%, evidence says 13%" in item.signals


def test_a_pair_reads_the_same_whatever_is_read_beside_it(stance):
    pair = ("The Senate passed a $46 billion border security bill by a vote of 52-47.",
            "The Senate passed the border bill by a vote of 52-47.")
    others = [("Mexico has recorded more than 125,000 confirmed cases of dengue so far this year, the "
               "most since records began, the Health Ministry said on Tuesday.", "Dengue cases fell."),
              ("Rain.", "It rained.")]
    alone = stance.predict([pair])[0]
    beside = stance.predict(others + [pair])[-1]
    assert alone == beside
