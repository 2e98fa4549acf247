"""Stance of an evidence sentence towards a claim: supports / refutes / neutral.

A MiniLM-L6 cross-encoder fine-tuned on FEVER + MNLI/SNLI (see ``stance_model/MODEL_CARD.md``),
exported to ONNX and quantized to int8. Run time needs only ``onnxruntime`` and ``tokenizers``.
Input pairs are ``(evidence, claim)``: the evidence is the premise, the claim the hypothesis.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence, runtime_checkable

import numpy as np

from factdesk.errors import ModelMissingError
from factdesk.nlp.models import INT8_BATCH, cpu_session

# FACTDESK_STANCE_MODEL points at another model folder (same files) to try a new model.
MODEL_DIR = Path(os.environ.get("FACTDESK_STANCE_MODEL") or Path(__file__).with_name("stance_model"))
_REQUIRED = ("model.onnx", "tokenizer.json", "config.json")


@runtime_checkable
class StanceModel(Protocol):
    def predict(self, pairs: list[tuple[str, str]]) -> list[dict[str, float]]:
        """One ``{"supports": p, "refutes": p, "neutral": p}`` per ``(evidence, claim)`` pair."""
        ...


class OnnxStanceModel:
    """The packaged int8 ONNX stance model (CPU, 2 intra-op threads)."""

    def __init__(self, model_dir: str | Path = MODEL_DIR, threads: int = 2) -> None:
        model_dir = Path(model_dir)
        missing = [name for name in _REQUIRED if not (model_dir / name).is_file()]
        if missing:
            raise ModelMissingError(
                f"the stance model is incomplete: {', '.join(missing)} missing from {model_dir}; "
                "reinstall factdesk or rebuild it with `training/train_stance.py`"
            )
        try:
            import onnxruntime  # noqa: F401  (cpu_session needs it: say so here, clearly)
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are core dependencies
            raise ModelMissingError(
                f"the stance model needs onnxruntime and tokenizers: run `pip install onnxruntime tokenizers` ({exc})"
            ) from exc

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.labels: list[str] = list(config["labels"])
        self.max_len: int = int(config.get("max_len", 128))
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_len, strategy="longest_first")
        self.tokenizer.no_padding()

        self.session = cpu_session(model_dir / "model.onnx", threads)
        self._input_names = {i.name for i in self.session.get_inputs()}

    def _logits(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch([(ev or "", claim or "") for ev, claim in pairs])
        width = max(len(e.ids) for e in encodings)
        feeds = {
            name: np.zeros((len(encodings), width), dtype=np.int64)
            for name in ("input_ids", "attention_mask", "token_type_ids")
        }
        for row, enc in enumerate(encodings):
            n = len(enc.ids)
            feeds["input_ids"][row, :n] = enc.ids
            feeds["attention_mask"][row, :n] = 1
            feeds["token_type_ids"][row, :n] = enc.type_ids
        feeds = {k: v for k, v in feeds.items() if k in self._input_names}
        return self.session.run(["logits"], feeds)[0]

    def predict(self, pairs: list[tuple[str, str]]) -> list[dict[str, float]]:
        """Softmax probabilities per label for each ``(evidence, claim)`` pair, in input order."""
        pairs = list(pairs)
        if not pairs:
            return []
        probs = np.zeros((len(pairs), len(self.labels)), dtype=np.float64)
        for start in range(0, len(pairs), INT8_BATCH):  # one pair at a time: nlp.models.INT8_BATCH
            idx = list(range(start, min(start + INT8_BATCH, len(pairs))))
            logits = self._logits([pairs[i] for i in idx]).astype(np.float64)
            logits -= logits.max(axis=1, keepdims=True)
            exp = np.exp(logits)
            probs[idx] = exp / exp.sum(axis=1, keepdims=True)
        return [{label: float(p[j]) for j, label in enumerate(self.labels)} for p in probs]


@lru_cache(maxsize=None)
def load_stance_model() -> OnnxStanceModel:
    """The packaged stance model, loaded once per process; raises ModelMissingError if absent."""
    return OnnxStanceModel(MODEL_DIR)
