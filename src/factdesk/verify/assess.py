"""The stance of each evidence item towards a claim: the model's call, then the signals."""
from __future__ import annotations

from factdesk.models import Evidence, Stance
from factdesk.verify import numbers, signals

STANCE_MIN = 0.55  # below this a supports/refutes call is reported as neutral
NUMBER_REFUTES = 0.80  # a number mismatch on a topical sentence makes it refute at least this much
TOPICAL = 0.34  # share of the claim's content words an evidence sentence must share to be compared


def assess(claim: str, items: list[Evidence], model) -> list[Evidence]:
    """Fill stance, probability and signals of each item (in place) and return them."""
    if not items:
        return items
    probs = model.predict([(e.sentence, claim) for e in items])
    claim_qs = numbers.quantities(claim)
    for item, p in zip(items, probs):
        p = dict(p)
        topical = signals.overlap(claim, item.sentence) >= TOPICAL or p["neutral"] < 0.5
        if claim_qs and topical:
            verdict, reason = numbers.compare(claim_qs, numbers.quantities(item.sentence))
            if verdict == "mismatch":
                item.signals.append(reason)
                p = _shift(p, "refutes", NUMBER_REFUTES)
            elif verdict == "match":
                item.signals.append(reason)
        if topical:
            for reason in (signals.negation_mismatch(claim, item.sentence),
                           signals.antonym_mismatch(claim, item.sentence)):
                if reason:
                    item.signals.append(reason)
        if signals.reports_the_claim(claim, item.sentence) and p["supports"] > p["refutes"]:
            item.signals.append("repeats the claim as someone's claim: not evidence for it")
            p = _shift(p, "neutral", 0.9)
        label = max(p, key=p.get)
        if label != "neutral" and p[label] < STANCE_MIN:
            label = "neutral"
        item.stance = Stance(label)
        item.probability = round(float(p[label]), 4)
    return items


def _shift(p: dict[str, float], label: str, floor: float) -> dict[str, float]:
    """Raise p[label] to at least `floor`, scaling the others down so they still sum to 1."""
    if p[label] >= floor:
        return p
    rest = sum(v for k, v in p.items() if k != label) or 1.0
    return {k: (floor if k == label else v * (1 - floor) / rest) for k, v in p.items()}
