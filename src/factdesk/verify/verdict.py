"""From judged evidence to a verdict, with a rationale made only of the evidence's own words."""
from __future__ import annotations

from factdesk.models import Evidence, Stance, Verdict, VerdictLabel, Voice
from factdesk.verify.assess import LEAN_MIN_CHOSEN

STRONG = 0.30  # an item this sure counts towards a verdict (chosen on dev: training/tune_verdict.py)
STRONG_CHOSEN = LEAN_MIN_CHOSEN  # the same for evidence the user chose: any lean assess kept
MIXED_RATIO = 0.5  # the weaker side must carry at least this share of the stronger to be "mixed"
MIXED_RATIO_CHOSEN = 0.8  # the same for chosen evidence, where weak leans both ways are common
RATED = 0.8  # confidence of "mixed" where a sentence rates the claim itself misleading


def decide(claim: str, evidence: list[Evidence], chosen: bool = False) -> Verdict:
    """`chosen`: the user chose the evidence, so weak leans count (see assess.LEAN_MIN_CHOSEN)."""
    strong, mixed_ratio = (STRONG_CHOSEN, MIXED_RATIO_CHOSEN) if chosen else (STRONG, MIXED_RATIO)
    # A fact-check that rules the claim true or false speaks through its ruling: its other
    # sentences that lean the other way were weighed by its authors ("Remittances remain
    # Mexico's second-largest source …" beside its "The claim is false.").
    ruled = {e.article_id: e for e in evidence if e.rates and e.rating in ("true", "false")}
    counted = []
    for e in evidence:
        ruling = ruled.get(e.article_id)
        if ruling is None or e.stance in (ruling.stance, Stance.NEUTRAL):
            counted.append(e)
        elif (why := f"not counted: the fact-check's ruling speaks for its story (“{ruling.sentence}”)") \
                not in e.signals:
            e.signals.append(why)
    if not chosen:
        counted = _one_voice_per_story(counted, strong)
    # each side strongest first: the rationale cites the strongest item of each
    support = sorted((e for e in counted if e.stance is Stance.SUPPORTS and e.probability >= strong),
                     key=lambda e: -e.probability)
    refute = sorted((e for e in counted if e.stance is Stance.REFUTES and e.probability >= strong),
                    key=lambda e: -e.probability)
    s_mass, r_mass = _mass(support), _mass(refute)
    rated = [e for e in evidence if e.rating == "misleading"]
    if rated:  # "the claim that … is misleading": a published verdict on the claim itself
        label, confidence = VerdictLabel.MIXED, RATED
    elif s_mass and r_mass and min(s_mass, r_mass) >= mixed_ratio * max(s_mass, r_mass):
        label = VerdictLabel.MIXED
        confidence = min(s_mass, r_mass) / max(s_mass, r_mass) * _top(support + refute)
    elif r_mass > s_mass:
        label, confidence = VerdictLabel.REFUTED, _top(refute) * (1 - 0.5 * s_mass / (r_mass + s_mass))
    elif s_mass > r_mass:
        label, confidence = VerdictLabel.SUPPORTED, _top(support) * (1 - 0.5 * r_mass / (r_mass + s_mass))
    else:
        label = VerdictLabel.NOT_ENOUGH_EVIDENCE
        confidence = 1 - max((e.probability for e in evidence if e.stance is not Stance.NEUTRAL),
                             default=0.0) * 0.5
    ordered = sorted(evidence, key=lambda e: (e.stance is Stance.NEUTRAL, -e.probability))
    published = rated or [e for e in ordered if e.rates]
    if published:  # a fact-check's verdict on the claim is what a desk looks for first, cited once
        support = [e for e in support if e is not published[0]]
        refute = [e for e in refute if e is not published[0]]
    said = rationale(label, support, refute, len(evidence))
    if published:
        said = f"A published verdict rates it {published[0].rating}: {_cite(published[0])}." + (
            f" {said}" if support or refute else "")
    return Verdict(claim=claim, label=label, confidence=round(float(confidence), 3),
                   rationale=said,
                   evidence=ordered, voices=voices(ordered))


def _one_voice_per_story(items: list[Evidence], strong: float) -> list[Evidence]:
    """A story of the archive that leans both ways speaks with its surer side: "killing 26 people"
    (supports, its figure agreeing) outweighs a relative's "the people responsible are still
    free" beside it, which the model reads as a lean against. A story stays split only where it
    reports a dispute: each side's surest item in the words of a named speaker, not the same one
    (a tourism secretary's "80% have reopened" against a hotel association's "about 63%")."""
    best: dict[tuple[str, Stance], Evidence] = {}
    for e in items:
        if e.stance is not Stance.NEUTRAL and e.probability >= strong:
            key = (e.article_id, e.stance)
            if key not in best or e.probability > best[key].probability:
                best[key] = e
    out = []
    for e in items:
        mine = best.get((e.article_id, e.stance))
        theirs = best.get((e.article_id, _OTHER_SIDE.get(e.stance)))
        if mine is not None and theirs is not None and mine.probability < theirs.probability \
                and not _disputed(mine, theirs):
            why = "not counted: its story leans the other way more surely"
            if why not in e.signals:
                e.signals.append(why)
            continue
        out.append(e)
    return out


_OTHER_SIDE = {Stance.SUPPORTS: Stance.REFUTES, Stance.REFUTES: Stance.SUPPORTS}


def _disputed(one: Evidence, other: Evidence) -> bool:
    """Are the two the words of two named speakers?"""
    names = [e.speaker.name if e.speaker else None for e in (one, other)]
    return all(names) and names[0] != names[1]


def _mass(items: list[Evidence]) -> float:
    """Weight of one side: its best item per source article, summed (a source counts once)."""
    best: dict[str, float] = {}
    for e in items:
        best[e.article_id] = max(best.get(e.article_id, 0.0), e.probability)
    return sum(best.values())


def _top(items: list[Evidence]) -> float:
    return max((e.probability for e in items), default=0.0)


def rationale(label: VerdictLabel, support: list[Evidence], refute: list[Evidence], n: int) -> str:
    if label is VerdictLabel.NOT_ENOUGH_EVIDENCE:
        return (f"None of the {n} passages clearly supports or refutes the claim."
                if n else "No passage in the archive matches the claim.")
    parts = []
    for items, verb, weak in ((refute, "refute", "against"), (support, "support", "towards")):
        if items:
            s = "s" if _sources(items) == 1 else ""
            if _top(items) < 0.5:  # the model barely leans: say so, with its probability
                verb = f"lean{s} {weak} it (probability {_top(items):.2f})"
            else:
                verb = f"{verb}{s} it"
            first = "; the strongest" if _sources(items) > 1 else ""
            parts.append(f"{_count(items)} {verb}{first}: " + _cite(items[0]))
    if label is VerdictLabel.SUPPORTED:
        parts.reverse()
    return " ".join(p[0].upper() + p[1:] + "." for p in parts)


def _sources(items: list[Evidence]) -> int:
    return len({e.article_id for e in items})


def _count(items: list[Evidence]) -> str:
    n = _sources(items)
    return "one source" if n == 1 else f"{n} sources"


def _cite(e: Evidence) -> str:
    who = f"{e.speaker.name or e.speaker.mention}: " if e.speaker else ""
    where = f" ({e.title})" if e.title else ""
    extra = f" [{'; '.join(e.signals)}]" if e.signals else ""
    return f"{who}“{' '.join(e.sentence.split())}”{where}{extra}"


def voices(evidence: list[Evidence]) -> list[Voice]:
    """Named speakers whose quotes support or dispute the claim: supporters first."""
    out: list[Voice] = []
    seen: set[tuple[str, str]] = set()
    for e in evidence:
        if e.stance is Stance.NEUTRAL or e.speaker is None or not e.speaker.name:
            continue
        key = (e.speaker.name, e.stance.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(Voice(speaker=e.speaker.name, stance=e.stance, quote=e.sentence,
                         article_id=e.article_id, start=e.start, end=e.end,
                         role=e.speaker.role, title=e.title, probability=e.probability))
    return sorted(out, key=lambda v: (v.stance is not Stance.SUPPORTS, -v.probability))
