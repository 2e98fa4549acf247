"""Choose the verdict thresholds on development data only (never on held-out sets).

Dev sets: FEVER-Symmetric v0.2 dev (supports/refutes) and the FEVER train claims that
train_stance.py held out of training (training/runs/stance/fever_val.jsonl: supports, refutes,
and neutral pairs). Each pair is checked as a claim with one evidence passage; the score is the
mean of the two sets' accuracies. Prints the grid's best and the current settings.
"""
from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load(data: Path, val: Path):
    sym = [json.loads(l) for l in (data / "fever_symmetric/symmetric_v0.2/fever_symmetric_dev.jsonl")
           .read_text().splitlines() if l.strip()]
    sets = {"fever_sym_dev": [(r["claim"], r["evidence"], "supported" if r["gold_label"] == "SUPPORTS"
                               else "refuted") for r in sym]}
    if val.exists():
        names = {0: "supported", 1: "refuted", 2: "not_enough_evidence"}
        rows = [json.loads(l) for l in val.read_text().splitlines() if l.strip()]
        sets["fever_val_heldout"] = [(r["hypothesis"], r["premise"], names[r["label"]]) for r in rows]
    return sets


class Cached:
    def __init__(self, model):
        self.model, self.cache = model, {}

    def predict(self, pairs):
        todo = [p for p in pairs if p not in self.cache]
        for p, r in zip(todo, self.model.predict(todo)):
            self.cache[p] = r
        return [self.cache[p] for p in pairs]


def main() -> None:
    import factdesk.pipeline  # noqa: F401
    import factdesk.verify.assess as assess
    import factdesk.verify.stance as stance
    import factdesk.verify.verdict as verdict
    from factdesk.pipeline import check_claim

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--val", type=Path, default=REPO / "training/runs/stance/fever_val.jsonl")
    args = ap.parse_args()
    sets = load(args.data, args.val)
    cached = Cached(stance.load_stance_model())
    stance.load_stance_model = lambda: cached  # type: ignore[assignment]
    factdesk.pipeline.load_stance_model = None  # check_claim imports it at call time

    def score() -> dict[str, float]:
        out = {}
        for name, rows in sets.items():
            ok = sum(check_claim(c, evidence=[{"text": e}]).label.value == g for c, e, g in rows)
            out[name] = ok / len(rows)
        return out

    current = (assess.NEUTRAL_MIN, verdict.STRONG)
    print("current", current, score())
    results = []
    for smin, strong in itertools.product([0.4, 0.5, 0.6, 0.7, 0.8], [0.2, 0.3, 0.4, 0.5, 0.6]):
        assess.NEUTRAL_MIN, verdict.STRONG = smin, strong
        s = score()
        results.append((sum(s.values()) / len(s), smin, strong, s))
    for mean, smin, strong, s in sorted(results, key=lambda r: r[0], reverse=True)[:5]:
        print(f"mean {mean:.3f}  NEUTRAL_MIN={smin}  STRONG={strong}  {s}")


if __name__ == "__main__":
    main()
