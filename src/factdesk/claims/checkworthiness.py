"""Check-worthiness: how much a sentence deserves a fact-check, in [0, 1].

Two scorers. Articles use ``Scorer``, fast enough to run on every sentence of every analysis.
Transcripts and lists (``factdesk claims --lines``), where the ranking is the whole job, use
``TranscriptScorer``, a small transformer: better on dev, and about 700 sentences a second.

A linear model over hashed word n-grams and a few cues (factdesk.claims.features),
trained by training/train_checkworthy.py on the train splits of ClaimBuster and CLEF
CheckThat! 2019/2020. Two heads share the features: "broad" learned ClaimBuster's
check-worthy factual sentences, "narrow" learned what CLEF's fact-checkers picked. The
score is the sigmoid of a weighted sum of their logits. The weights ship as .npz/.json in claims/model/ (no
pickle), and scoring is numpy only: thousands of sentences a second on one core.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from factdesk.claims.features import featurize, linear_scores
from factdesk.errors import ModelMissingError
from factdesk.nlp.models import INT8_BATCH, length_batches, minilm_model

MODEL_DIR = Path(__file__).parent / "model"
LINES_DIR = MODEL_DIR / "lines"
RECENT = 20_000  # texts whose linear score is kept


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class Scorer:
    """Scores sentences; ``threshold`` separates claims from the rest."""

    def __init__(self, idf: np.ndarray, heads: dict, blend: float, threshold: float):
        self.idf = idf.astype(np.float32)
        self.heads = {
            name: (w.astype(np.float32), dw.astype(np.float64), float(b))
            for name, (w, dw, b) in heads.items()
        }
        self.blend = blend
        self.threshold = threshold
        self._recent: dict[str, float] = {}  # an article's sentences are scored, then its claims

    @classmethod
    def from_arrays(cls, model: dict, blend: float, threshold: float) -> Scorer:
        return cls(model["idf"], model["heads"], blend, threshold)

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> Scorer:
        npz, meta = model_dir / "checkworthy.npz", model_dir / "checkworthy.json"
        if not npz.exists() or not meta.exists():
            raise ModelMissingError(
                f"the check-worthiness model is missing from {model_dir}: "
                "run `python training/train_checkworthy.py` to train it"
            )
        arrays = np.load(npz)
        config = json.loads(meta.read_text(encoding="utf-8"))
        heads = {
            name: (arrays[f"{name}_weights"], arrays[f"{name}_dense"],
                   float(arrays[f"{name}_intercept"][0]))
            for name in ("broad", "narrow")
        }
        return cls(arrays["idf"], heads, config["blend"], config["threshold"])

    def scores(self, texts: list[str]) -> np.ndarray:
        """Check-worthiness of each text, in [0, 1]. Texts scored lately are not scored again
        (a claim is most often its whole sentence, scored a moment before)."""
        if not texts:
            return np.zeros(0)
        recent = self._recent
        missing = list(dict.fromkeys(t for t in texts if t not in recent))
        fresh = dict(zip(missing, self._scores(missing).tolist())) if missing else {}
        if len(recent) + len(fresh) > RECENT:
            self._recent = dict(fresh)
        else:
            recent.update(fresh)
        return np.array([fresh[t] if t in fresh else recent[t] for t in texts])

    def forget(self) -> None:
        """Drop the remembered scores (a benchmark times the scoring itself)."""
        self._recent = {}

    def _scores(self, texts: list[str]) -> np.ndarray:
        rows, dense = featurize(texts, self.idf)
        logits = {
            name: linear_scores(rows, dense, w, dw, b) for name, (w, dw, b) in self.heads.items()
        }
        return _sigmoid(self.blend * logits["broad"] + (1.0 - self.blend) * logits["narrow"])


@lru_cache(maxsize=1)
def load_scorer() -> Scorer:
    """The committed scorer, loaded once per process."""
    return Scorer.load()


class TranscriptScorer:
    """Three MiniLM layers fine-tuned on the same training sentences, int8 ONNX, in
    claims/model/lines/ (training/train_checkworthy_lines.py). Same interface as ``Scorer``."""

    def __init__(self, model_dir: Path = LINES_DIR, threads: int = 2) -> None:
        if not all((model_dir / name).is_file() for name in ("model.onnx", "config.json")):
            raise ModelMissingError(
                f"the transcript check-worthiness model is missing from {model_dir}: "
                "run `python training/train_checkworthy_lines.py --all` to train it"
            )
        config, self.tokenizer, self.session = minilm_model(model_dir, threads)
        self.threshold = float(config["threshold"])
        self.head = int(config["head"])

    def scores(self, texts: list[str]) -> np.ndarray:
        """Check-worthiness of each text, in [0, 1]."""
        out = np.zeros(len(texts))
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        for rows, input_ids, mask in length_batches(ids, INT8_BATCH):
            logits = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]
            out[rows] = _sigmoid(logits[:, self.head].astype(np.float64))
        return out


@lru_cache(maxsize=1)
def load_transcript_scorer() -> TranscriptScorer:
    """The committed transcript scorer, loaded once per process."""
    return TranscriptScorer()
