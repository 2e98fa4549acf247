"""The orchestrator. Reads top to bottom: what factdesk does to an article, step by step."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factdesk.claims import find_claims
from factdesk.models import Analysis, Article, Entity, Sentence
from factdesk.nlp import detect_language, load_spacy, supported_languages
from factdesk.quotes import extract_quotes

BATCH_SIZE = 32


def analyze_article(article: Article) -> Analysis:
    """Analyze one article: language, sentences, entities, quotes, claims."""
    return next(analyze_articles([article]))


def analyze_articles(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Analyze many articles, parsing those of one language together (spaCy's nlp.pipe)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch)
            batch = []
    if batch:
        yield from _analyze_batch(batch)


def _analyze_batch(articles: list[Article]) -> Iterator[Analysis]:
    # 1. Language: detected, never assumed.
    for article in articles:
        if not article.language:
            article.language = detect_language(article.text)
    english = [a for a in articles if a.language in supported_languages()]
    # 2. Parse the articles we have a model for, in one spaCy batch.
    docs = {}
    if english:
        nlp = load_spacy("en")
        for article, doc in zip(english, nlp.pipe(a.text for a in english)):
            docs[article.id] = doc
    for article in articles:
        doc = docs.get(article.id)
        if doc is None:
            yield _unanalyzed(article)
        else:
            yield analyze_doc(doc, article)


def analyze_doc(doc, article: Article) -> Analysis:
    """The analysis steps over a parsed article."""
    # 3. Sentences and named entities, as offsets into article.text.
    sentences = [
        Sentence(article.id, i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)
    ]
    entities = [Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
    # 4. Who said what.
    quotes = extract_quotes(doc, article)
    # 5. What deserves checking, who claims it, and its numbers.
    claims = find_claims(doc, article, quotes)
    return Analysis(article, sentences, entities, quotes, claims)


def _unanalyzed(article: Article) -> Analysis:
    names = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "de": "German", "it": "Italian"}
    lang = article.language or "und"
    what = names.get(lang, "an undetermined language") if lang != "und" else "an undetermined language"
    note = (
        f"language detected: {what} ({lang}); factdesk analyzes "
        f"{', '.join(supported_languages())} only so far, so no quotes, claims or entities "
        "were extracted (the text is kept as is)"
    )
    return Analysis(article, sentences=split_sentences(article), notes=[note])


_SENTENCE_END = re.compile(r"\S.*?(?:[.!?]+[\"”»']*(?=\s|$)|(?=\n)|$)")


def split_sentences(article: Article) -> list[Sentence]:
    """A plain splitter for languages without a model yet, so their text is still searchable."""
    out = []
    for m in _SENTENCE_END.finditer(article.text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.start() + len(m.group().rstrip())
        if end > start:
            out.append(Sentence(article.id, len(out), start, end, article.text[start:end]))
    return out
