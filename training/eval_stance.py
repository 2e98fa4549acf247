#!/usr/bin/env python3
"""Evaluate the packaged int8 ONNX stance model (``factdesk.verify.stance.OnnxStanceModel``).

Development sets only (none of them was trained on):
  * FEVER-Symmetric v0.2 **dev** (708 SUPPORTS/REFUTES pairs): accuracy of argmax over supports vs
    refutes (neutral ignored), on the raw FEVER-tokenised text and after ``clean_fever``; plus how often
    neutral would have been the 3-way argmax.
  * ling_in_loop val (7,371 pairs, 5-way validated majority labels): 3-way accuracy, per protocol.
  * SciTail test (2,126 pairs): binary, "entailment" = supports is the 3-way argmax.
  * FEVER train claims held out by ``train_stance.py`` (``<run>/fever_val.jsonl``): 3-way, with synthetic neutrals.
Held-out test files (fever_symmetric test, climate_fever, averitec, ...) are deliberately not read.

    .venv-train/bin/python training/eval_stance.py --run training/runs/stance
(runs with the product venv too: it needs only onnxruntime, tokenizers, numpy.)
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))

from factdesk.verify.stance import MODEL_DIR, OnnxStanceModel  # noqa: E402

NLI = {"entailment": "supports", "contradiction": "refutes", "neutral": "neutral"}


def clean_fever(text: str) -> str:
    from train_stance import clean_fever as _clean  # same cleaning as training (needs no torch at import)

    return _clean(text)


def argmax(d: dict[str, float], keys=("supports", "refutes", "neutral")) -> str:
    return max(keys, key=lambda k: d[k])


def three_way(model, pairs, gold, groups=None) -> dict:
    preds = [argmax(p) for p in model.predict(pairs)]
    out = {"n": len(gold), "accuracy": round(sum(p == g for p, g in zip(preds, gold)) / len(gold), 4)}
    conf = Counter(zip(gold, preds))
    out["confusion(gold->pred)"] = {g: {p: conf[(g, p)] for p in NLI.values()} for g in NLI.values()}
    if groups:
        acc = defaultdict(list)
        for g, p, grp in zip(gold, preds, groups):
            acc[grp].append(p == g)
        out["by_group"] = {k: round(sum(v) / len(v), 4) for k, v in sorted(acc.items())}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    ap.add_argument("--run", type=Path, default=REPO / "training" / "runs" / "stance", help="training run dir (fever_val.jsonl)")
    ap.add_argument("--out", type=Path, default=None, help="write results JSON here (default <run>/eval.json)")
    ap.add_argument("--limit", type=int, default=0, help="first N pairs of each set only (smoke test)")
    args = ap.parse_args()
    cut = (lambda xs: xs[: args.limit]) if args.limit else (lambda xs: xs)
    model = OnnxStanceModel(args.model_dir)
    res: dict = {}

    # FEVER-Symmetric v0.2 dev (2-way)
    rows = [json.loads(l) for l in open(args.data / "fever_symmetric/symmetric_v0.2/fever_symmetric_dev.jsonl", encoding="utf-8")]
    rows = cut(rows)
    gold = [r["gold_label"].lower() for r in rows]
    for name, f in (("raw", lambda s: s), ("cleaned", clean_fever)):
        probs = model.predict([(f(r["evidence"]), f(r["claim"])) for r in rows])
        preds = [argmax(p, ("supports", "refutes")) for p in probs]
        acc = sum(p == g for p, g in zip(preds, gold)) / len(gold)
        per = {lab: round(sum(p == g for p, g in zip(preds, gold) if g == lab) / gold.count(lab), 4) for lab in ("supports", "refutes")}
        neutral_top = sum(argmax(p) == "neutral" for p in probs) / len(probs)
        res[f"fever_symmetric_dev_{name}"] = {"n": len(rows), "accuracy_2way": round(acc, 4), "recall": per,
                                             "neutral_is_3way_argmax": round(neutral_top, 4)}

    # ling_in_loop val (3-way)
    pairs, gold, groups = [], [], []
    for f in sorted(glob.glob(str(args.data / "nli/ling_in_loop/*/val_round*.jsonl"))):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if r["label"] in NLI:
                pairs.append((r["premise"], r["hypothesis"]))
                gold.append(NLI[r["label"]])
                groups.append(Path(f).parent.name)
    pairs, gold, groups = cut(pairs), cut(gold), cut(groups)
    res["ling_in_loop_val"] = three_way(model, pairs, gold, groups)

    # SciTail test (binary: entails vs not)
    with open(args.data / "nli/scitail_test/dev.csv", encoding="utf-8", newline="") as fh:
        rows = cut([r for r in csv.DictReader(fh)])
    probs = model.predict([(r["premise"], r["hypothesis"]) for r in rows])
    ok = [(argmax(p) == "supports") == (r["label"] == "entailment") for p, r in zip(probs, rows)]
    res["scitail_test_binary"] = {"n": len(rows), "accuracy": round(sum(ok) / len(ok), 4)}

    # held-out FEVER train claims (3-way incl. synthetic neutrals)
    vf = args.run / "fever_val.jsonl"
    if vf.exists():
        rows = cut([json.loads(l) for l in open(vf, encoding="utf-8")])
        labs = ["supports", "refutes", "neutral"]
        res["fever_train_heldout_3way"] = three_way(
            model, [(r["premise"], r["hypothesis"]) for r in rows], [labs[r["label"]] for r in rows], [r["source"] for r in rows]
        )

    # speed: 1,024 ling_in_loop pairs, as the product calls it (batch 32, 2 threads)
    sample = pairs[:1024]
    model.predict(sample[:64])
    t = time.perf_counter()
    model.predict(sample)
    res["speed_pairs_per_s"] = round(len(sample) / (time.perf_counter() - t), 1)
    res["model_mb"] = round((args.model_dir / "model.onnx").stat().st_size / 1e6, 1)

    out = args.out or (args.run / "eval.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
