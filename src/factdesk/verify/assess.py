"""The stance of each evidence item towards a claim: the model's call, then the signals."""
from __future__ import annotations

from factdesk.models import Evidence, Stance
from factdesk.verify import numbers, signals

NEUTRAL_MIN = 0.5  # a passage this likely neutral is neutral; below, it leans one way (tuned on dev)
# Evidence the user chose is relevant by the user's say-so: it is neutral only when the model
# sees next to no lean either way; otherwise its lean counts, with its (often low) probability.
# A passage that shares no word and no subject with the claim stays neutral. (Tuned on dev sets:
# training/tune_verdict.py.)
LEAN_MIN_CHOSEN = 0.1
NUMBER_REFUTES = 0.80  # a number mismatch on a topical sentence makes it refute at least this much
TOPICAL = 0.34  # share of the claim's content words an evidence sentence must share to be compared
SAME_PROPOSITION = 0.4  # share of content words above which a negation flips "supports"


def assess(claim: str, items: list[Evidence], model, chosen: bool = False) -> list[Evidence]:
    """Fill stance, probability and signals of each item (in place) and return them.

    Evidence the archive retrieved (`chosen` false): a passage that never names what the claim
    names (its people, places, bodies) is neutral, and so is one the model finds more likely
    neutral than NEUTRAL_MIN. Evidence the user chose is read for its lean (LEAN_MIN_CHOSEN).
    """
    if not items:
        return items
    probs = model.predict([(e.sentence, claim) for e in items])
    claim_qs = numbers.quantities(claim)
    for item, p in zip(items, probs):
        p = dict(p)
        shared = signals.overlap(claim, item.sentence)
        about_it = signals.same_subject(claim, item.sentence) or \
            signals.same_subject(claim, item.context)
        topical = about_it and (shared >= TOPICAL or p["neutral"] < 0.5)
        verdict = None
        if claim_qs and topical:
            verdict, reason = numbers.compare(claim_qs, numbers.quantities(item.sentence))
            if verdict == "mismatch":
                item.signals.append(reason)
                p = _shift(p, "refutes", NUMBER_REFUTES)
            elif verdict == "match":
                item.signals.append(reason)
        if topical:
            negation = signals.negation_mismatch(claim, item.sentence)
            antonym = signals.antonym_mismatch(claim, item.sentence)
            for reason in (negation, antonym):
                if reason:
                    item.signals.append(reason)
            if verdict == "match" and not (negation or antonym) and p["refutes"] > p["supports"]:
                # 'Turnout was 13%' against 'turnout was just 13%, the lowest …': the figure the
                # claim rests on is the evidence's, so its lean against the claim is not counted
                item.signals.append("its lean against the claim is not counted, as the numbers agree")
                p = {"supports": p["refutes"], "refutes": p["supports"], "neutral": p["neutral"]}
            if bool(negation) != bool(antonym) and shared >= SAME_PROPOSITION and p["neutral"] < 0.5 \
                    and p["supports"] > 0.1 and signals.about_as_long(claim, item.sentence):
                # The same statement with opposite polarity (negated, or an opposite word; both
                # cancel out): what the model did not call neutral disputes the claim.
                item.signals.append("same statement negated: counted as disputing it" if negation
                                    else "same statement with an opposite word: counted as disputing it")
                p = {"supports": 0.0, "refutes": p["supports"] + p["refutes"],
                     "neutral": p["neutral"]}
        if signals.reports_the_claim(claim, item.sentence) and p["supports"] > p["refutes"]:
            item.signals.append("repeats the claim as someone's claim: not evidence for it")
            p = _shift(p, "neutral", 0.9)
        if not chosen and not about_it and p["neutral"] < 0.5:
            item.signals.append("does not name who or what the claim is about")
            p = _shift(p, "neutral", 0.9)
        elif not chosen and p["neutral"] < 0.5 and not signals.says_more_than_names(claim, item.sentence):
            item.signals.append("shares only a name with the claim: it is about something else")
            p = _shift(p, "neutral", 0.9)
        elif not chosen and p["neutral"] < 0.5 and shared == 0:
            item.signals.append("shares no word with the claim: too far from it to count")
            p = _shift(p, "neutral", 0.9)
        if not chosen:
            neutral = p["neutral"] >= NEUTRAL_MIN
        else:
            neutral = max(p["supports"], p["refutes"]) < LEAN_MIN_CHOSEN or not (shared or about_it)
        if neutral:
            label = "neutral"
        else:  # relevant: the model's lean between the two stances decides
            label = "supports" if p["supports"] >= p["refutes"] else "refutes"
        item.stance = Stance(label)
        item.probability = round(float(p[label]), 4)
    return items


def _shift(p: dict[str, float], label: str, floor: float) -> dict[str, float]:
    """Raise p[label] to at least `floor`, scaling the others down so they still sum to 1."""
    if p[label] >= floor:
        return p
    rest = sum(v for k, v in p.items() if k != label) or 1.0
    return {k: (floor if k == label else v * (1 - floor) / rest) for k, v in p.items()}
