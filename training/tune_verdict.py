"""Choose the verdict thresholds for evidence the user gives, on development data only.

Each dev claim is checked with `check_claim(claim, evidence=...)`, as `factdesk check --evidence`
does; the score is the mean accuracy over the dev sets found:

- fever_sym_dev: FEVER-Symmetric v0.2 dev (supported / refuted, one evidence sentence).
- fever_val_heldout: FEVER train claims that train_stance.py held out of training
  (training/runs/stance/fever_val.jsonl: supported, refuted, and synthetic unrelated passages
  that must come out not_enough_evidence).
- fever_val_5: the same claims, each with four more passages about other claims that share a
  word with it (as in evidence retrieved for a claim): the gold passage decides, and a claim
  with no gold passage (FEVER "not enough info") must come out not_enough_evidence.
- politihop: PolitiHop train + valid (not its test file), real political claims with the ruling
  sentences annotators marked as evidence; false / half-true / true as refuted / mixed / supported.
- liar_val: LIAR-PLUS val2 (not test2), the claim with its justification sentences;
  pants-fire and false as refuted, barely-true and half-true as mixed, mostly-true and true as supported.

These stand in for the held-out sets of the same task (Climate-FEVER, AVeriTeC), which are never
read here (../shared/data/HOLDOUT.md). Stance probabilities are cached, so the grid is quick.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
csv.field_size_limit(1 << 24)


def fever_sets(data: Path, val: Path) -> dict[str, list]:
    path = data / "fever_symmetric/symmetric_v0.2/fever_symmetric_dev.jsonl"
    sets = {}
    if path.exists():
        rows = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
        sets["fever_sym_dev"] = [(r["claim"], [r["evidence"]], "supported" if r["gold_label"] == "SUPPORTS"
                                  else "refuted") for r in rows]
    if val.exists():
        names = {0: "supported", 1: "refuted", 2: "not_enough_evidence"}
        rows = [json.loads(l) for l in val.read_text().splitlines() if l.strip()]
        sets["fever_val_heldout"] = [(r["hypothesis"], [r["premise"]], names[r["label"]]) for r in rows]
        sets["fever_val_5"] = with_distractors(rows, names)
    return sets


def with_distractors(rows: list[dict], names: dict[int, str], n: int = 4) -> list:
    rng = random.Random(7)
    premises = sorted({r["premise"] for r in rows})
    words = [set(re.findall(r"[a-z]{4,}", p.lower())) for p in premises]
    out = []
    for r in rows:
        if r["source"] == "fever_neutral_topic":
            continue
        claim_words = set(re.findall(r"[a-z]{4,}", r["hypothesis"].lower()))
        near = [p for p, w in zip(premises, words) if w & claim_words and p != r["premise"]]
        passages = [r["premise"]] + rng.sample(near, min(n, len(near)))
        rng.shuffle(passages)
        out.append((r["hypothesis"], passages, names[r["label"]]))
    return out


def _statement(text: str) -> str:
    """PolitiFact statements often start with "Says": the claim is what follows."""
    return re.sub(r"^Says\s+", "", text.strip().strip("“”\" "))


def politihop(data: Path) -> list:
    labels = {"false": "refuted", "half-true": "mixed", "true": "supported"}
    out = []
    for name in ("politihop_train.tsv", "politihop_valid.tsv"):
        path = data / "politihop" / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                ruling = json.loads(r["ruling"])
                chains = json.loads(r["annotated_evidence"]).values()
                ids = sorted({int(x) for chain in chains for i in chain for x in str(i).split(",")
                              if x.strip().isdigit()})
                sentences = [ruling[i] for i in ids if i < len(ruling)]
                if sentences:
                    out.append((_statement(r["statement"]), sentences, labels[r["annotated_label"]]))
    return out


def liar_val(data: Path) -> list:
    labels = {"pants-fire": "refuted", "false": "refuted", "barely-true": "mixed",
              "half-true": "mixed", "mostly-true": "supported", "true": "supported"}
    path = data / "liar_plus" / "jsonl" / "val2.jsonl"
    out = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", r["justification"].strip())
                         if len(s.split()) > 3][:6]
            if sentences:
                out.append((_statement(r["claim"]), sentences, labels[r["label"]]))
    return out


class Cached:
    def __init__(self, model):
        self.model, self.cache = model, {}

    def predict(self, pairs):
        todo = [p for p in pairs if p not in self.cache]
        for p, r in zip(todo, self.model.predict(todo)):
            self.cache[p] = r
        return [self.cache[p] for p in pairs]


def main() -> None:
    import factdesk.verify.assess as assess
    import factdesk.verify.stance as stance
    import factdesk.verify.verdict as verdict
    from factdesk.pipeline import check_claim

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--val", type=Path, default=REPO / "training/runs/stance/fever_val.jsonl")
    ap.add_argument("--current", action="store_true", help="score the current settings only")
    args = ap.parse_args()
    sets = fever_sets(args.data, args.val)
    sets["politihop"] = politihop(args.data)
    sets["liar_val"] = liar_val(args.data)
    sets = {name: rows for name, rows in sets.items() if rows}
    print({name: len(rows) for name, rows in sets.items()})
    cached = Cached(stance.load_stance_model())
    stance.load_stance_model = lambda: cached  # type: ignore[assignment]  (check_claim imports it per call)

    def score() -> dict[str, float]:
        out = {}
        for name, rows in sets.items():
            ok = sum(check_claim(c, evidence=[{"text": e} for e in ev]).label.value == g for c, ev, g in rows)
            out[name] = round(ok / len(rows), 3)
        return out

    knobs = ("LEAN_MIN_CHOSEN", "STRONG_CHOSEN", "MIXED_RATIO_CHOSEN")
    owners = (assess, verdict, verdict)

    def settings(values):
        for owner, knob, value in zip(owners, knobs, values):
            setattr(owner, knob, value)

    current = tuple(getattr(o, k) for o, k in zip(owners, knobs))
    s = score()
    print("current", dict(zip(knobs, current)), f"mean {sum(s.values()) / len(s):.3f}", s)
    if args.current:
        return
    results = []
    for values in itertools.product([0.05, 0.1, 0.15, 0.2, 0.3], [0.05, 0.1, 0.2, 0.3], [0.5, 0.7, 0.8]):
        settings(values)
        s = score()
        results.append((sum(s.values()) / len(s), values, s))
    settings(current)
    for mean, values, s in sorted(results, key=lambda r: r[0], reverse=True)[:8]:
        print(f"mean {mean:.3f}", dict(zip(knobs, values)), s)


if __name__ == "__main__":
    main()
