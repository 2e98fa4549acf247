"""Train the cue scorer of the quote stage on PolNeAR train; check it on dev.

    python training/train_quotes.py [--cache /tmp/polnear-docs]   # ~15 min to parse, 1 min to fit

Writes src/factdesk/quotes/cue_weights.json: logistic-regression weights over the sparse
features of `factdesk.quotes.cues.cue_features` (verbs, and nouns with an owner, outside
quote marks, in their parse context), pruned to the features that matter. The kept
threshold (0.5) was the best end to end on dev (`bench/quotes_polnear.py --split dev`).
Never reads the test split.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from quotes_polnear import data_dir, load_split  # noqa: E402

OUT = REPO / "src" / "factdesk" / "quotes" / "cue_weights.json"


def parsed(split: str, cache: Path | None):
    from spacy.tokens import DocBin

    from factdesk.nlp import load_spacy

    nlp = load_spacy("en")
    articles = load_split(split)
    path = cache / f"{split}.spacy" if cache else None
    if path and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((text for _, text, _ in articles), batch_size=16))
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=docs).to_disk(path)
    return articles, docs


def _head_of(span) -> int:
    """The word of a PolNeAR cue span that stands for it: its root when that could be a cue,
    else its first verb ("is raising questions about" -> "raising")."""
    from factdesk.quotes.cues import is_candidate

    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    root = span.root
    return root.i if is_candidate(root) else (verbs[0].i if verbs else root.i)


def cue_head(doc, ranges) -> int | None:
    """The head word of an attribution's cue (character ranges; the first range that parses)."""
    for a, b in ranges:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            return _head_of(span)
    return None


def labelled_candidates(text, gold, doc):
    """(token, label) for every candidate cue outside quote marks: 1 when PolNeAR marks it
    as the head of a cue, 0 when it is no cue; words inside a longer cue are left out."""
    from factdesk.quotes.cues import candidates
    from factdesk.quotes.marks import find_marked, mark_of_tokens

    heads, in_cue = set(), set()
    for g in gold:
        for a, b in g.get("Cue", []):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            in_cue.update(t.i for t in span)
            heads.add(_head_of(span))
    in_mark = mark_of_tokens(doc, find_marked(text))
    return [(tok, int(tok.i in heads)) for tok in candidates(doc, in_mark)
            if tok.i in heads or tok.i not in in_cue]  # "went on to discuss": neither cue nor not


def examples(articles, docs):
    """(features, label) for every candidate verb outside quote marks."""
    from factdesk.quotes.cues import cue_features
    from factdesk.quotes.marks import find_marked, near_marks

    X, y = [], []
    for (_, text, gold), doc in zip(articles, docs):
        near = near_marks(doc, find_marked(text))
        for tok, label in labelled_candidates(text, gold, doc):
            X.append(cue_features(tok, near[tok.i]))
            y.append(label)
    return X, y


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="folder for parsed DocBins")
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--prune", type=float, default=0.1, help="drop weights smaller than this")
    parser.add_argument("--threshold", type=float, default=0.5,
                        help="cue threshold kept in the weights file (0.5 was best end to end "
                             "on dev; pass 0 to keep the best cue-level F1 on dev instead)")
    args = parser.parse_args()
    if not (data_dir() / "train").is_dir():
        print(f"PolNeAR not found at {data_dir()}: nothing to train")
        return 0
    from collections import Counter

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train_X, train_y = examples(*parsed("train", args.cache))
    dev_X, dev_y = examples(*parsed("dev", args.cache))
    counts = Counter(f for feats in train_X for f in feats)
    keep = {f for f, n in counts.items() if n >= args.min_count}
    vec = DictVectorizer()
    Xtr = vec.fit_transform([{f: 1 for f in feats if f in keep} for feats in train_X])
    model = LogisticRegression(C=args.C, max_iter=2000)
    model.fit(Xtr, train_y)
    probs = model.predict_proba(vec.transform([{f: 1 for f in feats} for feats in dev_X]))[:, 1]
    gold = np.array(dev_y)
    best = (0.0, 0.5)
    for cut in np.arange(0.2, 0.8, 0.02):
        pred = probs >= cut
        tp = int((pred & (gold == 1)).sum())
        p = tp / max(pred.sum(), 1)
        r = tp / max(gold.sum(), 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f, float(cut)))
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 3) for n, w in zip(names, model.coef_[0]) if abs(w) >= args.prune}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    cut = args.threshold or best[1]
    model_file = {"threshold": round(cut, 2), "dev_cue_f1": round(best[0], 4),
                  "trained_on": "PolNeAR train", "weights": weights}
    OUT.write_text(json.dumps(model_file, indent=0, sort_keys=True, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    print(f"{len(train_y)} train verbs ({sum(train_y)} cues), {len(weights)} weights; "
          f"dev cue F1 {best[0]:.3f} at threshold {best[1]:.2f}; kept threshold {cut:.2f} -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
