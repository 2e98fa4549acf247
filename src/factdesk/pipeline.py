"""The orchestrator. Reads top to bottom: what factdesk does to an article, step by step."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from factdesk.claims import find_claims, sentence_scores
from factdesk.errors import ClaimError
from factdesk.models import Analysis, Article, Entity, Sentence, Verdict
from factdesk.nlp import detect_language, load_spacy, supported_languages
from factdesk.nlp.datelines import past_dateline
from factdesk.nlp.names import name_bounds
from factdesk.quotes import extract_quotes
from factdesk.verify.signals import NEGATIONS, STOP

BATCH_SIZE = 16


def analyze_article(article: Article) -> Analysis:
    """Analyze one article: language, sentences, entities, quotes, claims."""
    return next(analyze_articles([article]))


def analyze_articles(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Analyze many articles, parsing those of one language together (spaCy's nlp.pipe).

    Each batch is analyzed on a second thread while the next one is parsed, so the cue
    reader's model (onnxruntime, which runs outside Python's lock) uses a second core
    instead of adding to the wall time. Analyses come out in the articles' order."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="factdesk-analysis") as worker:
        pending = None
        for batch in _batches(articles):
            parsed = _parse_batch(batch)
            if pending is not None:
                yield from _delivered(pending.result())
            pending = worker.submit(_analyze_parsed, parsed)
        if pending is not None:
            yield from _delivered(pending.result())


def _batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_batch(articles: list[Article]) -> list[tuple[Article, object]]:
    """(article, spaCy doc or None) for each article, in order."""
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
            docs[id(article)] = doc
    return [(article, docs.get(id(article))) for article in articles]


def _analyze_parsed(parsed: list[tuple[Article, object]]) -> list[Analysis | Exception]:
    """The analyses of a batch, up to and including the error that stopped it, if any."""
    done: list[Analysis | Exception] = []
    for article, doc in parsed:
        try:
            done.append(_unanalyzed(article) if doc is None else analyze_doc(doc, article))
        except Exception as error:  # raised where the article stands, after those before it
            done.append(error)
            break
    return done


def _delivered(done: list[Analysis | Exception]) -> Iterator[Analysis]:
    for item in done:
        if isinstance(item, Exception):
            raise item
        yield item


def analyze_doc(doc, article: Article) -> Analysis:
    """The analysis steps over a parsed article."""
    # 3. Sentences (each scored for check-worthiness) and named entities, as offsets.
    sentences = []
    doc_text = doc.text
    for s in doc.sents:
        raw = doc_text[s.start_char:s.end_char]
        text = raw.strip()
        if text:
            start = s.start_char + (len(raw) - len(raw.lstrip()))
            # "WASHINGTON, June 6, 2025 — The economy …": the sentence begins after its dateline
            start = past_dateline(doc_text, start, start + len(text), labels=False)
            text = doc_text[start:s.start_char + len(raw.rstrip())]
            sentences.append(Sentence(article.id, len(sentences), start, start + len(text), text))
    for sentence, score in zip(sentences, sentence_scores(sentences)):
        sentence.checkworthiness = score
    entities = [_entity(doc_text, e) for e in doc.ents]
    # 4. Who said what.
    quotes = extract_quotes(doc, article)
    # 5. What deserves checking, who claims it, and its numbers.
    claims = find_claims(doc, article, quotes)
    return Analysis(article, sentences, entities, quotes, claims)


def check_claim(claim: str, archive=None, evidence: list[dict] | None = None,
                top_k: int = 8, leave_out: str | None = None) -> Verdict:
    """Check one claim against the archive, or against the evidence passages given.

    ``leave_out``: an article id whose sentences are not evidence (the article the claim
    comes from, when its claims are checked against an archive that holds it)."""
    from factdesk.retrieval import passages
    from factdesk.verify.assess import assess
    from factdesk.verify.numbers import quantities
    from factdesk.verify.stance import load_stance_model
    from factdesk.verify.verdict import decide

    # 1. The claim: long enough to check.
    claim = validate_claim(claim)
    # 2. Evidence: the user's passages, or the archive's best sentences (BM25 + dense, fused).
    if evidence is not None:
        items = passages.from_passages(evidence)
    elif archive is not None:
        items = passages.from_archive(archive, claim, top_k, leave_out)
    else:
        raise ClaimError("nothing to check against: give an archive or evidence passages")
    # 3. Stance of each item: the stance model, then numbers, negation and antonyms.
    chosen = evidence is not None  # the user's passages are read for their lean (verify/assess.py)
    assess(claim, items, load_stance_model(), chosen=chosen)
    # 4. The verdict, its rationale in the evidence's own words, and who says what.
    verdict = decide(claim, items, chosen=chosen)
    verdict.claim_quantities = quantities(claim)
    return verdict


def _entity(text: str, ent) -> Entity:
    """The entity as a name: "the Supreme Court's" is listed as "Supreme Court" (offsets follow)."""
    a, b = name_bounds(text[ent.start_char:ent.end_char])
    start, end = ent.start_char + a, ent.start_char + b
    return Entity(text[start:end], ent.label_, start, end)


MIN_CLAIM_WORDS = 3
EXAMPLE_CLAIM = '"Over 30 candidates were killed during the 2024 campaign"'
FUNCTION_WORDS = STOP | NEGATIONS | {
    "i", "you", "he", "she", "we", "they", "me", "him", "us", "them", "my", "your", "our", "so",
    "do", "does", "did", "not", "yes", "but", "if", "then", "than", "what", "who", "which", "there",
    "true", "very", "all", "some", "any", "can", "could", "should", "may", "might", "must",
}


def validate_claim(claim: str) -> str:
    claim = " ".join((claim or "").split())
    words = re.findall(r"[^\W_]+", claim)
    if len(words) < MIN_CLAIM_WORDS:
        raise ClaimError(
            f"the claim {claim!r} is too short to check: write it as a full statement, e.g. "
            f"{EXAMPLE_CLAIM}"
        )
    if not any(w.lower() not in FUNCTION_WORDS and (len(w) > 1 or w.isdigit()) for w in words):
        raise ClaimError(
            f"the claim {claim!r} has nothing to check: it names no one and nothing, and has no "
            f"number; write the statement itself, e.g. {EXAMPLE_CLAIM}"
        )
    if len(claim) > 2000:
        raise ClaimError("the claim is over 2,000 characters: check one statement at a time")
    return claim


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
