"""Verdict quality, retrieval and speed, each beside baselines measured in the same run.

1. Stance with gold evidence (the claim judged against the evidence the data set gives):
   FEVER-Symmetric v0.2 test, Climate-FEVER (claim label, its 5 evidence sentences), AVeriTeC dev
   (its question-answer pairs as evidence). Baselines: majority class, word overlap.
2. Retrieval: Climate-FEVER's 7,675 evidence sentences as the archive; recall@5 of each claim's
   gold (SUPPORTS/REFUTES) evidence sentences, BM25 vs dense vs fused.
3. Speed: `check` latency on an archive of --articles articles made from PolNeAR texts (repeated
   with ids changed), ingest articles/s, peak memory.
Held-out sets (../shared/data/HOLDOUT.md) are reported on only; the word-overlap baseline's
threshold is chosen on FEVER-Symmetric dev.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import require, table  # noqa: E402

from factdesk.models import Analysis, Article, Sentence  # noqa: E402
from factdesk.pipeline import check_claim  # noqa: E402
from factdesk.verify.signals import overlap  # noqa: E402

LABELS = {"supported": "S", "refuted": "R", "mixed": "M", "not_enough_evidence": "N"}


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s)


def accuracy(gold, pred) -> float:
    return sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)


def ours(claim: str, passages: list[str]) -> str:
    verdict = check_claim(claim, evidence=[{"text": p} for p in passages])
    return LABELS[verdict.label.value]


def overlap_baseline(claim: str, passages: list[str], t: float, binary: bool) -> str:
    best = max((overlap(claim, p) for p in passages), default=0.0)
    if binary:
        return "S" if best >= t else "R"
    return "S" if best >= t else "N"


def fever_sym(split: str):
    path = require("fever_symmetric", "symmetric_v0.2", f"fever_symmetric_{split}.jsonl")
    rows = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
    return [(r["claim"], [r["evidence"]], "S" if r["gold_label"] == "SUPPORTS" else "R") for r in rows]


def choose_overlap_threshold(dev) -> float:
    best_t, best_acc = 0.5, -1.0
    for t in [i / 20 for i in range(1, 20)]:
        acc = accuracy([g for *_, g in dev], [overlap_baseline(c, e, t, True) for c, e, _ in dev])
        if acc > best_acc:
            best_t, best_acc = t, acc
    return best_t


def stance_rows(limit: int | None) -> list[list]:
    rows = []
    dev = fever_sym("dev")
    t = choose_overlap_threshold(dev)
    # FEVER-Symmetric test: supports vs refutes, one evidence sentence.
    test = fever_sym("test")[:limit]
    gold = [g for *_, g in test]
    t0 = time.perf_counter()
    pred = [ours(c, e) for c, e, _ in test]
    secs = time.perf_counter() - t0
    maj = Counter(gold).most_common(1)[0][0]
    rows.append(["FEVER-Symmetric v0.2 test", f"{len(test)} pairs", "accuracy", accuracy(gold, pred),
                 accuracy(gold, [maj] * len(gold)),
                 accuracy(gold, [overlap_baseline(c, e, t, True) for c, e, _ in test]),
                 f"{len(test) / secs:.0f} claims/s"])
    # The same pairs as the published binary classifiers see them: supports vs refutes only.
    from factdesk.verify.stance import load_stance_model

    probs = load_stance_model().predict([(e[0], c) for c, e, _ in test])
    binary = ["S" if p["supports"] >= p["refutes"] else "R" for p in probs]
    rows.append(["FEVER-Symmetric v0.2 test", f"{len(test)} pairs",
                 "accuracy, stance model alone (supports vs refutes)", accuracy(gold, binary),
                 accuracy(gold, [maj] * len(gold)),
                 accuracy(gold, [overlap_baseline(c, e, t, True) for c, e, _ in test]), ""])
    # Climate-FEVER: 4 claim labels, 5 evidence sentences each.
    cf = [json.loads(l) for l in require("climate_fever", "climate-fever.jsonl").read_text().splitlines() if l.strip()][:limit]
    cmap = {"SUPPORTS": "S", "REFUTES": "R", "DISPUTED": "M", "NOT_ENOUGH_INFO": "N"}
    gold = [cmap[r["claim_label"]] for r in cf]
    t0 = time.perf_counter()
    pred = [ours(r["claim"], [e["evidence"] for e in r["evidences"]]) for r in cf]
    secs = time.perf_counter() - t0
    maj = Counter(gold).most_common(1)[0][0]
    base = [overlap_baseline(r["claim"], [e["evidence"] for e in r["evidences"]], t, False) for r in cf]
    rows.append(["Climate-FEVER (claim label)", f"{len(cf)} claims", "accuracy", accuracy(gold, pred),
                 accuracy(gold, [maj] * len(gold)), accuracy(gold, base), f"{len(cf) / secs:.0f} claims/s"])
    rows.append(["Climate-FEVER (claim label)", f"{len(cf)} claims", "macro-F1", macro_f1(gold, pred),
                 macro_f1(gold, [maj] * len(gold)), macro_f1(gold, base), ""])
    # AVeriTeC dev: question-answer pairs as the evidence.
    av = json.loads(require("averitec", "dev.json").read_text())[:limit]
    amap = {"Supported": "S", "Refuted": "R", "Not Enough Evidence": "N",
            "Conflicting Evidence/Cherrypicking": "M"}
    gold, pred, base = [], [], []
    t0 = time.perf_counter()
    for r in av:
        passages = [f"{q['question']} {a.get('answer', '')}".strip()
                    for q in r.get("questions", []) for a in q.get("answers", [])
                    if a.get("answer_type") != "Unanswerable"]
        gold.append(amap.get(r["label"], "N"))
        pred.append(ours(r["claim"], passages) if passages else "N")
        base.append(overlap_baseline(r["claim"], passages, t, False))
    secs = time.perf_counter() - t0
    maj = Counter(gold).most_common(1)[0][0]
    rows.append(["AVeriTeC dev (QA evidence)", f"{len(av)} claims", "accuracy", accuracy(gold, pred),
                 accuracy(gold, [maj] * len(gold)), accuracy(gold, base), f"{len(av) / secs:.0f} claims/s"])
    rows.append(["AVeriTeC dev (QA evidence)", f"{len(av)} claims", "macro-F1", macro_f1(gold, pred),
                 macro_f1(gold, [maj] * len(gold)), macro_f1(gold, base), ""])
    return rows


def retrieval_rows(limit: int | None) -> list[list]:
    from factdesk.retrieval.encoder import load_encoder
    from factdesk.retrieval.search import search
    from factdesk.store import Archive

    cf = [json.loads(l) for l in require("climate_fever", "climate-fever.jsonl").read_text().splitlines() if l.strip()]
    sentences: dict[str, str] = {}
    for r in cf:
        for e in r["evidences"]:
            sentences.setdefault(e["evidence_id"], e["evidence"])
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp) / "cf.db")
        ids = list(sentences)
        vectors = load_encoder().encode([sentences[i] for i in ids])
        for i, eid in enumerate(ids):
            article = Article(text=sentences[eid], title=eid, url=f"climate-fever:{eid}")
            archive.add(Analysis(article, [Sentence(article.id, 0, 0, len(article.text), article.text)]),
                        vectors[i:i + 1])
        queries = [r for r in cf if any(e["evidence_label"] in ("SUPPORTS", "REFUTES") for e in r["evidences"])][:limit]
        rows = []
        for mode, name in (("lexical", "BM25 (FTS5)"), ("semantic", "dense MiniLM"), ("hybrid", "fused (RRF)")):
            recalls = []
            t0 = time.perf_counter()
            for r in queries:
                gold = {e["evidence_id"] for e in r["evidences"] if e["evidence_label"] in ("SUPPORTS", "REFUTES")}
                got = {h.title for h in search(archive, r["claim"], limit=5, mode=mode)}
                recalls.append(len(gold & got) / len(gold))
            secs = time.perf_counter() - t0
            rows.append([name, f"Climate-FEVER, {len(ids)} sentences, {len(queries)} claims",
                         sum(recalls) / len(recalls), f"{len(queries) / secs:.0f} queries/s"])
        archive.close()
    return rows


def speed_rows(n_articles: int, n_checks: int, db: str | None, n_base: int) -> list[list]:
    """Build the archive (or reuse --db when it already holds one), then time `check`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db else Path(tmp) / "speed.db"
        ingest_row = ["ingest (analyze + embed + store)", "reused an archive built earlier", "-"]
        if not path.exists():
            ingest_row = build_archive(path, n_articles, n_base)
        return time_checks(path, n_checks) + [ingest_row]


def build_archive(path: Path, n_articles: int, n_base: int) -> list:
    from factdesk.archive_ops import ingest_analyses
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_articles
    from factdesk.retrieval.encoder import load_encoder
    from factdesk.store import Archive

    folders = [require("polnear", s, "text") for s in ("train", "dev", "test")]
    files = sorted(str(p) for f in folders for p in f.glob("*.txt"))
    random.Random(0).shuffle(files)
    base = [a for a in read_paths(files[:n_base]) if not isinstance(a, Exception)]
    archive = Archive(path)
    t0 = time.perf_counter()
    analyses: list = []
    for _ in ingest_analyses(archive, _keep(analyze_articles(base), analyses)):
        pass
    ingest_rate = len(base) / (time.perf_counter() - t0)
    # Repeat the analyzed articles with new ids until the archive holds n_articles.
    encoder = load_encoder()
    copy = 1
    while archive.count() < n_articles:
        for a in analyses:
            if archive.count() >= n_articles:
                break
            art = Article(**{**a.article.to_dict(), "id": "", "url": f"copy{copy}:{a.article.id}",
                             "text": a.article.text + f"\n[copy {copy}]"})
            sents = [Sentence(art.id, s.index, s.start, s.end, s.text) for s in a.sentences]
            archive.add(Analysis(art, sents, a.entities, [], []), _cached_vectors(encoder, a))
        copy += 1
    archive.close()
    return ["ingest (analyze + embed + store)", f"{len(base)} PolNeAR articles",
            f"{ingest_rate:.2f} articles/s"]


def time_checks(path: Path, n_checks: int) -> list[list]:
    from factdesk.store import Archive

    archive = Archive(path)
    claims = _dev_claims(n_checks)
    check_claim(claims[0], archive)  # loads models and the vector matrix
    times = []
    for c in claims:
        t = time.perf_counter()
        check_claim(c, archive)
        times.append(time.perf_counter() - t)
    n_sent = archive._conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times.sort()
    return [["check latency, median", f"{archive.count():,} articles / {n_sent:,} sentences",
             f"{statistics.median(times):.3f} s"],
            ["check latency, 95th percentile", f"{len(claims)} LIAR-PLUS val claims, top-k 8",
             f"{times[int(0.95 * (len(times) - 1))]:.3f} s"],
            ["peak memory (whole bench process)", "", f"{peak:,.0f} MB"]]


_VEC_CACHE: dict[str, object] = {}


def _cached_vectors(encoder, analysis):
    if analysis.article.id not in _VEC_CACHE:
        _VEC_CACHE[analysis.article.id] = encoder.encode([s.text for s in analysis.sentences])
    return _VEC_CACHE[analysis.article.id]


def _keep(analyses, into: list):
    for a in analyses:
        into.append(a)
        yield a


def _dev_claims(n: int) -> list[str]:
    path = require("liar_plus", "jsonl", "val2.jsonl")
    claims = []
    for line in path.read_text().splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        text = rec.get("statement") or rec.get("claim") or ""
        if len(text.split()) >= 5:
            claims.append(text)
    random.Random(0).shuffle(claims)
    return claims[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="items per data set (quick runs)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--checks", type=int, default=100)
    ap.add_argument("--only", choices=["stance", "retrieval", "speed"], default=None)
    ap.add_argument("--db", help="speed: keep the built archive here and reuse it next time")
    ap.add_argument("--base", type=int, default=300,
                    help="speed: distinct PolNeAR articles ingested (and timed) before repeating them")
    args = ap.parse_args()
    require()
    if args.only in (None, "stance"):
        print("Stance with gold evidence (our full verdict pipeline; labels S/R/mixed/NEE)")
        print(table(stance_rows(args.limit), ["data set", "size", "figure", "factdesk", "majority class",
                                              "word overlap", "speed"]))
        print()
    if args.only in (None, "retrieval"):
        print("Retrieval: recall@5 of gold evidence sentences")
        print(table(retrieval_rows(args.limit), ["retriever", "archive", "recall@5", "speed"]))
        print()
    if args.only in (None, "speed"):
        print("Speed (models loaded before timing)")
        print(table(speed_rows(args.articles, args.checks, args.db, args.base), ["figure", "archive", "value"]))


if __name__ == "__main__":
    main()
