"""Verdict rules on judged evidence (no model): labels, and a rationale that states its strength."""
from __future__ import annotations

from factdesk.models import Evidence, Stance, VerdictLabel
from factdesk.verify.verdict import decide

CLAIM = "The Harbor Bridge is still closed to traffic."


def item(article: str, sentence: str, stance: Stance, probability: float) -> Evidence:
    return Evidence(article_id=article, sentence=sentence, start=0, end=len(sentence),
                    stance=stance, probability=probability, title=f"{article} report")


def test_a_sure_refutation_is_stated_plainly():
    verdict = decide(CLAIM, [item("a1", "The Harbor Bridge reopened on Monday.", Stance.REFUTES, 0.92)])
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("One source refutes it: “The Harbor Bridge reopened on Monday.”")


def test_a_weak_lean_from_chosen_evidence_says_it_only_leans():
    weak = item("a1", "Traffic crossed the river again on Monday.", Stance.REFUTES, 0.18)
    assert decide(CLAIM, [weak]).label is VerdictLabel.NOT_ENOUGH_EVIDENCE  # archive: too weak to count
    verdict = decide(CLAIM, [weak], chosen=True)  # the user chose it as evidence: its lean counts
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("One source leans against it (probability 0.18):")
    assert verdict.confidence < 0.5


def test_two_sources_split_evenly_is_mixed_with_both_cited():
    verdict = decide(CLAIM, [
        item("a1", "The Harbor Bridge reopened on Monday.", Stance.REFUTES, 0.8),
        item("a2", "The Harbor Bridge stays shut until spring.", Stance.SUPPORTS, 0.75),
    ])
    assert verdict.label is VerdictLabel.MIXED
    assert "reopened on Monday" in verdict.rationale and "stays shut until spring" in verdict.rationale


def test_several_sources_the_rationale_says_which_one_it_quotes():
    reopened = item("a1", "The Harbor Bridge reopened on Monday.", Stance.REFUTES, 0.9)
    crossed = item("a2", "Buses crossed the reopened Harbor Bridge this week.", Stance.REFUTES, 0.7)
    verdict = decide(CLAIM, [reopened, crossed])
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.rationale.startswith("2 sources refute it; the strongest: “The Harbor Bridge reopened")


def test_a_fact_checks_ruling_speaks_for_its_story():
    from factdesk.models import Evidence, Stance, VerdictLabel
    from factdesk.verify.verdict import decide

    ruling = Evidence("fc", "Our ruling: The claim is false.", 900, 931, stance=Stance.REFUTES, probability=0.8,
                      rating="false", rates="A post claims that remittances collapsed by half.")
    aside = Evidence("fc", "Remittances remain Mexico's second-largest source of income.", 500, 560,
                     stance=Stance.SUPPORTS, probability=0.51)
    verdict = decide("Remittances to Mexico collapsed by half in 2025", [ruling, aside])
    assert verdict.label is VerdictLabel.REFUTED
    assert "not counted: the fact-check's ruling speaks for its story (“Our ruling: The claim is false.”)" \
        in aside.signals


def _quoted(article: str, sentence: str, stance: Stance, probability: float, who: str | None) -> Evidence:
    from factdesk.models import Speaker
    e = item(article, sentence, stance, probability)
    e.speaker = Speaker(name=who, mention=who or "he", mention_start=-1, mention_end=-1) if who else None
    return e


def test_a_story_that_leans_both_ways_speaks_with_its_surer_side():
    killed = "The Line 12 collapse killed 26 people"
    verdict = decide(killed, [
        item("a1", "An overpass collapsed beneath a passing train, killing 26 people.", Stance.SUPPORTS, 0.75),
        _quoted("a1", "Three years later, the people responsible are still free.", Stance.REFUTES, 0.45,
                "Adrián Loza"),
    ])
    assert verdict.label is VerdictLabel.SUPPORTED
    lean = next(e for e in verdict.evidence if e.stance is Stance.REFUTES)
    assert "not counted: its story leans the other way more surely" in lean.signals


def test_a_story_that_reports_a_dispute_between_two_named_sources_stays_mixed():
    rooms = "About 80% of Acapulco's hotel rooms have reopened"
    verdict = decide(rooms, [
        _quoted("a1", "About 80% of the city's hotel rooms have reopened.", Stance.SUPPORTS, 0.93, "Simón Quiñones"),
        _quoted("a1", "Only about 63% of the rooms are back in use.", Stance.REFUTES, 0.8,
                "Alejandro Martínez Sidney"),
    ])
    assert verdict.label is VerdictLabel.MIXED
