"""Dense search: cosine similarity between the query's and every stored sentence's vector."""
from __future__ import annotations

import numpy as np


def top_k(query_vector: np.ndarray, ids: np.ndarray, matrix: np.ndarray, k: int):
    """(sentence id, cosine) pairs, best first. Vectors are unit length, so a dot product."""
    if len(ids) == 0:
        return []
    scores = matrix @ query_vector
    k = min(k, len(ids))
    best = np.argpartition(-scores, k - 1)[:k]
    best = best[np.argsort(-scores[best])]
    return [(int(ids[i]), float(scores[i])) for i in best]
