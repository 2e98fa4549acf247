"""Sentence features for the check-worthiness scorer: hashed n-grams plus a few cues.

Pure Python + numpy, so the scorer needs no scikit-learn at run time and the training
script (training/train_checkworthy.py) computes exactly the features the scorer sees.
Numbers are replaced by their shape ("<year>", "<num2>", "<pct>") so that "38 years" and
"28 years" look alike to the model: what matters is that a sentence counts something.
"""
from __future__ import annotations

import math
import re
import zlib

import numpy as np

N_BUCKETS = 1 << 18

_TOKEN = re.compile(
    r"\$?\d[\d,]*(?:\.\d+)?(?:%| percent\b)?|[A-Za-z]+(?:'[a-z]+)?|[?!%$]"
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_WORDS = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've",
                "our", "us"}
OPINION = {
    "think", "believe", "feel", "should", "must", "ought", "hope", "wish", "want", "love",
    "great", "terrible", "wonderful", "horrible", "best", "worst", "beautiful", "disgrace",
    "shame", "important", "need", "needs", "deserve", "frankly", "honestly", "opinion",
}
HEDGE = {"may", "might", "could", "would", "will", "likely", "probably", "perhaps", "possibly",
         "maybe", "going"}
COMPARE = {"more", "less", "fewer", "than", "most", "least", "highest", "lowest", "largest",
           "biggest", "smallest", "increase", "increased", "decrease", "decreased", "doubled",
           "tripled", "percent", "rate", "average", "record", "times", "half", "twice"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
                "thousands", "million", "millions", "billion", "billions", "trillion", "trillions",
                "dozen", "dozens", "half", "third", "quarter"}
GREETING = {"thank", "thanks", "welcome", "applause", "laughter", "okay", "ok", "yeah", "yes", "no",
            "hello", "please", "crosstalk", "good", "evening"}
DENSE_NAMES = [
    "log_len", "has_digit", "n_numbers", "has_year", "has_pct", "has_money", "number_words",
    "first_person", "opinion", "hedge", "compare", "question", "exclaim", "capitalized",
    "greeting", "bias",
]


def shape(token: str) -> str:
    """The token as the model sees it: lower case, numbers by their shape."""
    if not token[0].isdigit() and not token.startswith("$"):
        return token.lower()
    if token.startswith("$"):
        return "<money>"
    if token.endswith("%") or token.endswith("percent"):
        return "<pct>"
    if _YEAR.match(token):
        return "<year>"
    digits = len(token.split(".")[0].replace(",", ""))
    return f"<num{min(digits, 5)}>"


def tokens(text: str) -> list[str]:
    return [shape(t) for t in _TOKEN.findall(text)]


def _bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) & (N_BUCKETS - 1)


def ngram_buckets(toks: list[str]) -> dict[int, float]:
    """Hashed word 1- and 2-grams with sublinear counts."""
    counts: dict[int, int] = {}
    padded = ["<s>", *toks, "</s>"]
    for tok in toks:
        b = _bucket(tok)
        counts[b] = counts.get(b, 0) + 1
    for a, b in zip(padded, padded[1:]):
        h = _bucket(a + " " + b)
        counts[h] = counts.get(h, 0) + 1
    return {b: 1.0 + math.log(c) for b, c in counts.items()}


def dense_features(text: str, toks: list[str]) -> list[float]:
    words = [w.lower() for w in _WORDS.findall(text)]
    n = max(len(words), 1)
    word_set = set(words)
    caps = sum(1 for w in _WORDS.findall(text)[1:] if w[0].isupper() and w.lower() not in FIRST_PERSON)
    numbers = [t for t in toks if t.startswith("<")]
    return [
        math.log1p(len(words)) / 4.0,
        float(bool(numbers)),
        min(len(numbers), 4) / 4.0,
        float("<year>" in toks),
        float("<pct>" in toks or "percent" in word_set),
        float("<money>" in toks or "dollars" in word_set),
        float(bool(word_set & NUMBER_WORDS)),
        sum(1 for w in words if w in FIRST_PERSON) / n,
        float(bool(word_set & OPINION)),
        float(bool(word_set & HEDGE)),
        float(bool(word_set & COMPARE)),
        float(text.rstrip().endswith("?")),
        float("!" in text),
        min(caps, 5) / 5.0,
        float(bool(word_set & GREETING) and len(words) <= 6),
        1.0,
    ]


def featurize(texts: list[str], idf: np.ndarray | None = None):
    """(rows of hashed n-gram weights, dense cue matrix).

    With ``idf`` given, n-gram weights are tf-idf and each row is L2-normalized.
    """
    rows: list[dict[int, float]] = []
    dense = np.zeros((len(texts), len(DENSE_NAMES)), dtype=np.float32)
    for i, text in enumerate(texts):
        toks = tokens(text)
        grams = ngram_buckets(toks)
        if idf is not None:
            grams = {b: w * float(idf[b]) for b, w in grams.items()}
            norm = math.sqrt(sum(w * w for w in grams.values())) or 1.0
            grams = {b: w / norm for b, w in grams.items()}
        rows.append(grams)
        dense[i] = dense_features(text, toks)
    return rows, dense


def linear_scores(rows: list[dict[int, float]], dense: np.ndarray, weights: np.ndarray,
                  dense_weights: np.ndarray, intercept: float) -> np.ndarray:
    """The linear model's logit for each sentence (sparse dot product in Python)."""
    sparse = np.array(
        [sum(w * weights[b] for b, w in row.items()) for row in rows], dtype=np.float64
    )
    return sparse + dense.astype(np.float64) @ dense_weights + intercept
