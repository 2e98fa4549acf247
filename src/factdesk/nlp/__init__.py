"""Loading the packaged language models, once per process, and routing by language."""
from factdesk.nlp.language import detect_language
from factdesk.nlp.models import load_spacy, supported_languages

__all__ = ["detect_language", "load_spacy", "supported_languages"]
