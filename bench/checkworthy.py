"""Check-worthiness on held-out test splits, beside a TF-IDF + logistic-regression baseline.

    python bench/checkworthy.py

Ours are the two committed scorers: "articles", the linear model every analysis runs
(src/factdesk/claims/model/, training/train_checkworthy.py), and "lines", the small
transformer of `claims --lines` (model/lines/, training/train_checkworthy_lines.py), both
trained on train splits only. The baseline is trained here, in the
same run, on the same training sentences. Figures:

- CLEF CheckThat! 2019 task 1 test: mean average precision over the 7 debates (official).
- CLEF CheckThat! 2020 task 5 test: MAP over the 20 debates (test-gold has no debate column;
  rows are matched to raw/ debates by text, see train_checkworthy.clef20_test_debates).
- ClaimBuster test (and its 2020 debate file): F1 of the check-worthy class, at the
  scorer's own threshold (chosen on a dev slice of ClaimBuster train) and at 0.5 for the
  baseline.
- sentences/s: scoring the CLEF 2019 test sentences, one process, after loading.

Data: <repo>/../shared/data, or $FACTDESK_DATA. Absent: says so and exits 0.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO / "src"))

import train_checkworthy as data  # noqa: E402


def baseline(rows):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(max_iter=2000, class_weight="balanced"),
    )
    model.fit([r.text for r in rows], [r.label for r in rows])
    return lambda texts: model.predict_proba(texts)[:, 1]


def speed(score, texts) -> float:
    forget = getattr(getattr(score, "__self__", None), "forget", None)
    if forget:
        forget()  # time the scoring, not a lookup of scores remembered above
    start = time.perf_counter()
    score(texts)
    return len(texts) / (time.perf_counter() - start)


def overhead(texts: list[str], per_article: int = 40, articles: int = 40) -> float:
    """Time of find_claims as a percentage of spaCy's parse, on articles of 40 sentences."""
    from factdesk.claims import find_claims
    from factdesk.models import Article
    from factdesk.nlp import load_spacy

    from factdesk.claims.checkworthiness import load_scorer

    load_scorer().forget()  # the same sentences were scored above: time the work, not a lookup
    nlp = load_spacy("en")
    bodies = [" ".join(texts[i:i + per_article]) for i in range(0, len(texts), per_article)][:articles]
    start = time.perf_counter()
    docs = list(nlp.pipe(bodies))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for body, doc in zip(bodies, docs):
        find_claims(doc, Article(text=body, published="2019-02-05"), [])
    return 100.0 * (time.perf_counter() - start) / parse


def main() -> int:
    root = data.data_dir()
    if not root.is_dir():
        print(f"skipped: no benchmark data at {root} (set FACTDESK_DATA to the shared data folder)")
        return 0
    try:
        import sklearn  # noqa: F401  (the baseline; the dev extra)
    except ImportError:
        print("skipped: the baseline needs scikit-learn: pip install -e '.[dev]'")
        return 0
    from factdesk.claims import score_lines
    from factdesk.claims.checkworthiness import load_scorer, load_transcript_scorer

    scorer = load_scorer()
    ours = scorer.scores
    transcript = load_transcript_scorer()
    lines = transcript.scores
    train_rows, _ = data.training_rows(root, dev=False)
    print(f"baseline: training TF-IDF + LR on the same {len(train_rows)} sentences ...", flush=True)
    base = baseline(train_rows)

    tests = {
        "CLEF 2019 test": data.load_clef19(root, "test"),
        "CLEF 2020 debates test": data.load_clef20(root, "test"),
        "ClaimBuster test": data.load_claimbuster(root, "test"),
        "ClaimBuster 2020 debate": data.load_claimbuster(root, "2020"),
    }
    table = []
    for name, rows in tests.items():
        texts, labels = [r.text for r in rows], [r.label for r in rows]
        s_ours, s_lines, s_base = ours(texts), lines(texts), base(texts)
        if name.startswith("CLEF"):
            n = len({r.group for r in rows})
            table.append((f"MAP ({n} debates)", name, data.mean_ap(rows, s_ours),
                          data.mean_ap(rows, s_lines), data.mean_ap(rows, s_base)))
        else:
            table.append(("F1 check-worthy", name, data.f1(labels, s_ours >= scorer.threshold),
                          data.f1(labels, s_lines >= transcript.threshold),
                          data.f1(labels, s_base >= 0.5)))
    texts = [r.text for r in tests["CLEF 2019 test"]]
    nan = float("nan")
    table.append(("sentences/s (scorer)", "CLEF 2019 test", speed(ours, texts), speed(lines, texts),
                  speed(base, texts)))
    table.append(("sentences/s (score_lines)", "CLEF 2019 test", nan, speed(score_lines, texts), nan))
    table.append(("claim stage / spaCy parse %", "CLEF 2019 test as articles", overhead(texts), nan, nan))

    print()
    print(f"{'figure':<28} {'data set':<26} {'articles':>8} {'lines':>8} {'baseline':>9}")
    print("-" * 83)
    for figure, name, a, b, c in table:
        whole = figure.startswith("sentences") or figure.endswith("%")
        fmt = "{:>8.0f} {:>8.0f} {:>9.0f}" if whole else "{:>8.3f} {:>8.3f} {:>9.3f}"
        print(f"{figure:<28} {name:<26} " + fmt.format(a, b, c).replace("nan", "  -"))
    print("\nreference: best CLEF 2019 system MAP 0.166; goal MAP >= 0.25, ClaimBuster F1 >= 0.90, "
          ">= 500 sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
