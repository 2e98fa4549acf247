"""What the quote stage's two token taggers (the cue reader and the content reader) share:
their options, their log, the 3-layer MiniLM they start from, the logit they export, and the
int8 ONNX export itself."""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import torch

IGNORE = -100


def options(description: str, minutes: float, out: Path, ship: Path) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--cache", type=Path, default=None, help="folder for parsed DocBins")
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--max-minutes", type=float, default=minutes)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--ship", action="store_true", help=f"write the model to {ship}")
    ap.add_argument("--out", type=Path, default=out)
    return ap.parse_args()


def start(args):
    """(say, rng): a log line printer that also writes <out>/train.log, and the seeded rng."""
    args.out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    log = open(args.out / "train.log", "a")

    def say(*a):
        s = " ".join(str(x) for x in a)
        print(s, flush=True)
        log.write(s + "\n")
        log.flush()

    return say, random.Random(args.seed)


def base_model(base: Path, layers: int):
    """The first `layers` layers of MiniLM with a 2-way token head."""
    from transformers import BertForTokenClassification
    from transformers import logging as hf_logging

    hf_logging.set_verbosity_error()
    return BertForTokenClassification.from_pretrained(str(base), num_hidden_layers=layers, num_labels=2)


class Logit(torch.nn.Module):
    """(input_ids, attention_mask[, token_type_ids]) -> the positive-class logit of every
    wordpiece, (batch, length); without segment ids, all are 0."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        z = self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).logits
        return z[..., 1] - z[..., 0]


def export_int8(wrap: Logit, example: tuple, inputs: list[str], output: str, out: Path, threads: int):
    """Export `wrap` to <out>/model_fp32.onnx, quantize it to model_int8.onnx; (path, session)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from factdesk.nlp.models import cpu_session

    fp32 = out / "model_fp32.onnx"
    with torch.no_grad():
        torch.onnx.export(wrap, tuple(torch.from_numpy(a) for a in example), str(fp32), input_names=inputs,
                          output_names=[output], opset_version=17, do_constant_folding=True, dynamo=False,
                          dynamic_axes={k: {0: "b", 1: "s"} for k in [*inputs, output]})
    int8 = out / "model_int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    return int8, cpu_session(int8, threads)
