"""Negation pairs for the stance model's refining pass (train_stance.py --refine-from).

The first model reads "X said the Mexican government is not an ally of organized crime" as
*supporting* "Mexico's government is allied with organized crime": with heavy word overlap, one
"not" did not count. FEVER also teaches the opposite shortcut, that a "not" in a claim means
refuted (what FEVER-Symmetric tests). So every negation pair comes with its mirror:

  * a claim its evidence supports, negated   -> refutes  ("X was not born in 1985")
  * a claim its evidence refutes, negated    -> supports (FEVER refutations are mostly direct
    contradictions, so the evidence supports the claim's negation)
  * a claim against its own negation, as bare text and as reported speech ("Jane Doe said …"),
    both ways round -> refutes; against itself reported -> supports
  * a claim negated against a sentence about something else -> neutral (a "not" alone decides
    nothing)

Negation is made on spaCy's parse of the claim: "not" after the first auxiliary of the main
verb ("is" -> "is not", "has been" -> "has not been"), "did/does/do not" + lemma for a bare
verb, and an existing "not"/"n't" taken out. Claims it cannot parse that way are skipped.
"""
from __future__ import annotations

import random

AUX_DEPS = {"aux", "auxpass"}
NEGATORS = {"not", "n't", "never"}
SPEAKERS = [
    "Maria Lopez", "the researcher", "a government spokesman", "John Carter", "the company",
    "Ana Ruiz, a political scientist,", "officials", "the report",
]
COMMON_OPENERS = {"The", "A", "An", "There", "It", "This", "These", "Those", "In", "On"}
SAID = ["said", "told reporters", "stated", "wrote", "insisted", "argued"]


def _rebuild(doc, replace: dict[int, str]) -> str:
    """The sentence with some tokens replaced; a token replaced by blank goes with its space."""
    out = []
    for tok in doc:
        if tok.i in replace:
            new = replace[tok.i]
            out.append(new + (tok.whitespace_ if new.strip() else ""))
        else:
            out.append(tok.text_with_ws)
    return " ".join("".join(out).split())


def negate(doc) -> str | None:
    """The sentence with its main verb negated, or un-negated when it already is; None when
    the parse offers no main verb to negate."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    negs = [c for c in root.children if c.dep_ == "neg" and c.lower_ in NEGATORS]
    if negs:
        neg = negs[0]
        if neg.lower_ == "never" or neg.i == 0 or doc[neg.i - 1].lower_ in ("wo", "ca", "sha"):  # won't, can't
            return None
        glued = not doc[neg.i - 1].whitespace_  # "doesn't like" -> "does like"
        return _rebuild(doc, {neg.i: " " if glued else ""})
    auxes = [c for c in root.children if c.dep_ in AUX_DEPS and c.i < root.i]
    if auxes:
        first = auxes[0]
        if first.lower_ == "to":  # "to" + infinitive: not a finite verb
            return None
        return _rebuild(doc, {first.i: first.text + " not"})
    if root.pos_ == "AUX" or root.lemma_ == "be":  # copula: "X is a film"
        return _rebuild(doc, {root.i: root.text + " not"})
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
    if do is None:
        return None
    return _rebuild(doc, {root.i: f"{do} not {root.lemma_}"})


def reported(rng: random.Random, text: str) -> str:
    """The text as somebody's reported speech."""
    speaker = rng.choice(SPEAKERS)
    body = text[0].lower() + text[1:] if text.split()[0] in COMMON_OPENERS else text
    return f"{speaker[0].upper() + speaker[1:]} {rng.choice(SAID)} that {body}"


def negation_pairs(pairs: list[dict], nlp, rng: random.Random, per_kind: int) -> list[dict]:
    """Negation pairs built from FEVER training pairs (label 0 supports, 1 refutes): per_kind
    pairs of each of the kinds in the module docstring."""
    fever = [p for p in pairs if p["source"] in ("fever_supports", "fever_refutes")]
    unrelated = [p for p in pairs if p["source"].startswith("fever_neutral")]
    rng.shuffle(fever)
    rng.shuffle(unrelated)
    fever = fever[: per_kind * 4]
    out = _negated_unrelated(unrelated[: per_kind * 2], nlp, per_kind)
    made = {"supports": 0, "refutes": 0, "self": 0}
    for p, doc in zip(fever, nlp.pipe((p["hypothesis"] for p in fever), batch_size=256)):
        flipped = negate(doc)
        if not flipped or flipped == p["hypothesis"]:
            continue
        kind = "supports" if p["label"] == 0 else "refutes"
        if made[kind] < per_kind:
            made[kind] += 1
            out.append({"premise": p["premise"], "hypothesis": flipped, "label": 1 - p["label"],
                        "source": f"negation_{kind}_flipped"})
        elif made["self"] < per_kind:
            made["self"] += 1
            claim = p["hypothesis"]
            kind_self = rng.randrange(4)
            if kind_self == 0:
                pair = (flipped, claim, 1)
            elif kind_self == 1:
                pair = (claim, flipped, 1)
            elif kind_self == 2:
                pair = (reported(rng, flipped), claim, 1)
            else:
                pair = (reported(rng, claim), claim, 0)
            out.append({"premise": pair[0], "hypothesis": pair[1], "label": pair[2], "source": "negation_self"})
        if all(v >= per_kind for v in made.values()):
            break
    return out


def _negated_unrelated(pairs: list[dict], nlp, wanted: int) -> list[dict]:
    """Neutral FEVER pairs with the claim negated: still neutral."""
    out = []
    for p, doc in zip(pairs, nlp.pipe((p["hypothesis"] for p in pairs), batch_size=256)):
        flipped = negate(doc)
        if flipped and flipped != p["hypothesis"]:
            out.append({"premise": p["premise"], "hypothesis": flipped, "label": 2, "source": "negation_neutral"})
            if len(out) >= wanted:
                break
    return out
