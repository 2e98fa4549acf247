"""Language identification by function words: small, offline, explainable.

Function words make up a third to half of running text in these languages and barely
overlap between them, so counting them is enough to tell news articles apart.
"""
from __future__ import annotations

import re

FUNCTION_WORDS = {
    "en": "the of and to in is was that for it with as on by he she they at from this be are "
    "have has had not but said who which an were would will their his her its",
    "es": "el la los las de del y en que por con para una un es se su sus al lo como más pero "
    "dijo fue ha han según esta este sobre también entre son",
    "fr": "le la les des du et est une un que qui dans pour pas sur au aux ce cette il elle "
    "sont ont été avec mais selon",
    "pt": "o a os as de do da dos das e em que para com uma um não por no na ao foi são mais "
    "pelo pela disse",
    "de": "der die das und ist nicht ein eine zu den mit von sich auf für im dem des sie er "
    "auch wurde sagte",
    "it": "il lo la gli le di del della che e è un una per con non sono nel alla ha detto",
}
_TABLES = {lang: set(words.split()) for lang, words in FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample_chars: int = 20000) -> str:
    """ISO 639-1 code of the text's language, or "und" when it cannot tell."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < 3:
        return "und"
    scores = {lang: sum(1 for w in words if w in table) for lang, table in _TABLES.items()}
    best = max(scores, key=scores.get)  # type: ignore[arg-type]
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or ranked[0] / len(words) < 0.08 or ranked[0] < 1.3 * ranked[1]:
        return "und"
    return best
