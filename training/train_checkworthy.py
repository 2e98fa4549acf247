"""Train the check-worthiness scorer committed in src/factdesk/claims/model/.

    python training/train_checkworthy.py            # train on all train splits, write the model
    python training/train_checkworthy.py --dev      # hold out dev slices, print dev figures only

Data (../shared/data, or $FACTDESK_DATA): the train splits of ClaimBuster (train.json),
CLEF CheckThat! 2019 (CT19-T1-Training.csv) and CLEF CheckThat! 2020 debates (train.tsv).
Held out (HOLDOUT.md): every sentence whose text appears in a test split is dropped from
training, and so is every stretch of CLEF 2020 train that copies a test debate (CLEF 2020
train contains the CLEF 2019 test debates, sometimes with small text changes).

Two linear heads share the features (factdesk.claims.features): one learns ClaimBuster's
broad "check-worthy factual sentence", one learns CLEF's narrow "was fact-checked"; the
score is their blend. Needs scikit-learn (the `dev` extra); the scorer does not.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "src" / "factdesk" / "claims" / "model"
csv.field_size_limit(1 << 24)

# CLEF 2019 training debates held out as the development slice in --dev mode.
DEV_DEBATES = {
    "20160926_1pres.tsv", "20170216_trump_press.tsv", "20160209_msnbc_dem.tsv",
    "20180916_trump_miami.tsv", "20170928_trump_tax.tsv", "20160414_9dem.tsv",
}


@dataclass
class Row:
    text: str
    label: int
    source: str  # claimbuster | clef19 | clef20
    group: str  # debate (CLEF) or "claimbuster"


def data_dir() -> Path:
    return Path(os.environ.get("FACTDESK_DATA") or REPO.parent / "shared" / "data")


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _tsv(path: Path, **kw) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE, **kw))


def load_claimbuster(root: Path, split: str) -> list[Row]:
    if split == "2020":
        rows = _tsv(root / "claimbuster" / "2020_debate.tsv")
        rows = [{k.strip('"'): v for k, v in r.items()} for r in rows]  # quoted header
        return [Row(r["text"], int(r["label"]), "claimbuster", "claimbuster") for r in rows]
    data = json.loads((root / "claimbuster" / f"{split}.json").read_text(encoding="utf-8"))
    return [Row(r["text"], int(r["label"]), "claimbuster", str(r["sentence_id"])) for r in data]


def load_clef19(root: Path, split: str) -> list[Row]:
    name = "CT19-T1-Training.csv" if split == "train" else "CT19-T1-Test.csv"
    with open(root / "clef_checkthat_2019_debates" / name, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Row(r["text"], int(r["label"]), "clef19", r["file_name"]) for r in rows]


def load_clef20(root: Path, split: str) -> list[Row]:
    name = "train.tsv" if split == "train" else "test-gold.tsv"
    rows = _tsv(root / "clef_checkthat_2020_debates" / name)
    out = [Row(r["text"] or "", int(r["label"]), "clef20", "clef20") for r in rows]
    if split == "test":
        for row, debate in zip(out, clef20_test_debates(root, out)):
            row.group = debate
    return out


def clef20_test_debates(root: Path, rows: list[Row]) -> list[str]:
    """Which raw debate each test-gold row comes from (test-gold has no debate column).

    Each row votes for the debates containing its text; a row takes the majority of the
    votes in a window around it, since debates are contiguous in test-gold.
    """
    where: dict[str, set[str]] = defaultdict(set)
    for path in sorted((root / "clef_checkthat_2020_debates" / "raw").glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for parts in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(parts) >= 3:
                    where[norm(parts[2])].add(path.stem)
    cands = [where.get(norm(r.text), set()) for r in rows]
    debates = []
    for i in range(len(rows)):
        votes: dict[str, float] = defaultdict(float)
        for j in range(max(0, i - 8), min(len(rows), i + 9)):
            for d in cands[j]:
                votes[d] += 1.0 / len(cands[j]) + (0.5 if j == i else 0.0)
        debates.append(max(votes, key=votes.get) if votes else (debates[-1] if debates else "?"))
    return debates


def test_texts(root: Path) -> set[str]:
    rows = (load_claimbuster(root, "test") + load_claimbuster(root, "2020")
            + load_clef19(root, "test") + _tsv_texts(root))
    return {norm(r.text) for r in rows}


def _tsv_texts(root: Path) -> list[Row]:
    rows = _tsv(root / "clef_checkthat_2020_debates" / "test-gold.tsv")
    return [Row(r["text"] or "", int(r["label"]), "clef20", "") for r in rows]


def drop_held_out(rows: list[Row], held: set[str], window: int = 15) -> list[Row]:
    """Rows whose text is held out, and rows inside a stretch that copies held-out text."""
    hit = [norm(r.text) in held for r in rows]
    longish = [len(norm(r.text).split()) >= 5 for r in rows]
    keep = []
    for i, row in enumerate(rows):
        if hit[i]:
            continue
        lo, hi = max(0, i - window), min(len(rows), i + window + 1)
        n = sum(longish[lo:hi])
        copied = sum(1 for j in range(lo, hi) if hit[j] and longish[j])
        if n and copied / n >= 0.3:
            continue
        keep.append(row)
    return keep


def training_rows(root: Path, dev: bool) -> tuple[list[Row], list[Row]]:
    """(train rows, dev rows). Dev rows are empty unless ``dev``."""
    held = test_texts(root)
    cb = load_claimbuster(root, "train")
    c19 = load_clef19(root, "train")
    c20 = load_clef20(root, "train")
    dev_rows: list[Row] = []
    if dev:
        cb_dev = [r for r in cb if int(r.group) % 7 == 0]
        cb = [r for r in cb if int(r.group) % 7 != 0]
        c19_dev = [r for r in c19 if r.group in DEV_DEBATES]
        c19 = [r for r in c19 if r.group not in DEV_DEBATES]
        dev_rows = cb_dev + c19_dev
        held = held | {norm(r.text) for r in dev_rows}
    cb = [r for r in cb if norm(r.text) not in held]
    c19 = drop_held_out(c19, held)
    c20 = drop_held_out(c20, held)
    return cb + c19 + c20, dev_rows


# ---- model ---------------------------------------------------------------------------

def _matrix(texts: list[str], idf):
    from scipy import sparse

    from factdesk.claims.features import N_BUCKETS, featurize

    rows, dense = featurize(texts, idf)
    indptr, indices, values = [0], [], []
    for row in rows:
        indices.extend(row.keys())
        values.extend(row.values())
        indptr.append(len(indices))
    grams = sparse.csr_matrix((values, indices, indptr), shape=(len(texts), N_BUCKETS))
    return grams, dense


def fit_idf(texts: list[str]) -> np.ndarray:
    from factdesk.claims.features import N_BUCKETS, featurize

    rows, _ = featurize(texts)
    df = np.zeros(N_BUCKETS)
    for row in rows:
        df[list(row)] += 1
    return (np.log((1 + len(texts)) / (1 + df)) + 1.0).astype(np.float32)


def fit_head(grams, dense, labels, weights, c: float):
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    x = sparse.hstack([grams, sparse.csr_matrix(dense[:, :-1])]).tocsr()
    model = LogisticRegression(C=c, max_iter=3000, solver="liblinear", random_state=0)
    model.fit(x, labels, sample_weight=weights)
    coef = model.coef_[0]
    n = grams.shape[1]
    dense_w = np.append(coef[n:], 0.0)  # the bias column is the intercept
    return coef[:n].astype(np.float32), dense_w.astype(np.float32), float(model.intercept_[0])


def train(rows: list[Row], c_cb: float = 4.0, c_clef: float = 1.0) -> dict:
    texts = [r.text for r in rows]
    idf = fit_idf(texts)
    grams, dense = _matrix(texts, idf)
    labels = np.array([r.label for r in rows])
    is_cb = np.array([r.source == "claimbuster" for r in rows])
    heads = {}
    # Broad head: ClaimBuster labels; CLEF positives count as positives too.
    sel = is_cb | (labels == 1)
    heads["broad"] = fit_head(grams[sel], dense[sel], labels[sel], None, c_cb)
    # Narrow head: CLEF labels, balanced classes.
    sel = ~is_cb
    pos = labels[sel].mean()
    w = np.where(labels[sel] == 1, 0.5 / pos, 0.5 / (1 - pos))
    heads["narrow"] = fit_head(grams[sel], dense[sel], labels[sel], w, c_clef)
    return {"idf": idf, "heads": heads}


def save(model: dict, blend: float, threshold: float, meta: dict) -> None:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    arrays = {"idf": model["idf"].astype(np.float16)}
    for name, (w, dw, b) in model["heads"].items():
        arrays[f"{name}_weights"] = w.astype(np.float16)
        arrays[f"{name}_dense"] = dw
        arrays[f"{name}_intercept"] = np.array([b], dtype=np.float32)
    np.savez_compressed(MODEL_DIR / "checkworthy.npz", **arrays)
    (MODEL_DIR / "checkworthy.json").write_text(
        json.dumps({"blend": blend, "threshold": threshold, **meta}, indent=2) + "\n"
    )


# ---- evaluation helpers (shared with bench/checkworthy.py) --------------------------

def average_precision(labels, scores) -> float:
    order = np.argsort(-np.asarray(scores), kind="stable")
    ranked = np.asarray(labels)[order]
    if ranked.sum() == 0:
        return 0.0
    hits = np.cumsum(ranked)
    return float(np.sum(hits[ranked == 1] / (np.flatnonzero(ranked == 1) + 1)) / ranked.sum())


def mean_ap(rows: list[Row], scores) -> float:
    by: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by[r.group].append(i)
    aps = [average_precision([rows[i].label for i in idx], [scores[i] for i in idx])
           for idx in by.values()]
    return float(np.mean(aps))


def f1(labels, predicted) -> float:
    labels, predicted = np.asarray(labels), np.asarray(predicted)
    tp = float(np.sum((labels == 1) & (predicted == 1)))
    if tp == 0:
        return 0.0
    p, r = tp / predicted.sum(), tp / labels.sum()
    return float(2 * p * r / (p + r))


def best_threshold(labels, scores) -> float:
    grid = np.quantile(scores, np.linspace(0.3, 0.95, 131))
    return float(max(grid, key=lambda t: f1(labels, np.asarray(scores) >= t)))


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(REPO / "src"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", action="store_true", help="report dev figures, write nothing")
    ap.add_argument("--blend", type=float, default=0.5)
    args = ap.parse_args(argv)
    root = data_dir()
    if not root.is_dir():
        print(f"no data at {root}: set FACTDESK_DATA")
        return 1
    from factdesk.claims.checkworthiness import Scorer

    rows, dev_rows = training_rows(root, args.dev)
    print(f"training on {len(rows)} sentences "
          f"({sum(r.label for r in rows)} check-worthy)")
    model = train(rows)
    if args.dev:
        scorer = Scorer.from_arrays(model, blend=args.blend, threshold=0.5)
        cb = [r for r in dev_rows if r.source == "claimbuster"]
        c19 = [r for r in dev_rows if r.source == "clef19"]
        for blend in (0.0, 0.25, 0.5, 0.75, 1.0):
            scorer.blend = blend
            s_cb = scorer.scores([r.text for r in cb])
            s_19 = scorer.scores([r.text for r in c19])
            t = best_threshold([r.label for r in cb], s_cb)
            print(f"blend {blend:.2f}: CLEF19 dev MAP {mean_ap(c19, s_19):.3f}  "
                  f"ClaimBuster dev F1 {f1([r.label for r in cb], s_cb >= t):.3f} at {t:.3f}")
        return 0
    # Threshold: chosen on a dev slice of ClaimBuster train (a model trained without it).
    dev_train, dev_rows = training_rows(root, dev=True)
    dev_scorer = Scorer.from_arrays(train(dev_train), blend=args.blend, threshold=0.5)
    cb_dev = [r for r in dev_rows if r.source == "claimbuster"]
    cb_scores = dev_scorer.scores([r.text for r in cb_dev])
    threshold = best_threshold([r.label for r in cb_dev], cb_scores)
    c19_dev = [r for r in dev_rows if r.source == "clef19"]
    dev_figures = {
        "clef19_dev_map": round(mean_ap(c19_dev, dev_scorer.scores([r.text for r in c19_dev])), 4),
        "claimbuster_dev_f1": round(f1([r.label for r in cb_dev], cb_scores >= threshold), 4),
        "clef19_dev_debates": sorted(DEV_DEBATES),
        "claimbuster_dev": "train.json sentence_id % 7 == 0",
    }
    print(f"dev: {dev_figures}")
    save(model, args.blend, threshold, {
        "dev": dev_figures,
        "trained_on": ["claimbuster/train.json", "clef_checkthat_2019_debates/CT19-T1-Training.csv",
                       "clef_checkthat_2020_debates/train.tsv"],
        "sentences": len(rows),
        "held_out": "texts of every test split (HOLDOUT.md) and CLEF 2020 train stretches copying them",
    })
    print(f"wrote {MODEL_DIR} (threshold {threshold:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
