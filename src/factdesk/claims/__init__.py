"""Check-worthy claims: scoring, claimants and the numbers in them.

    find_claims(doc, article, quotes)   the claims of a parsed article, best first
    score_lines(lines)                  one sentence per line (transcripts, lists)

Each sentence of an article (or the quoted part of it) is scored by the linear
check-worthiness model (checkworthiness.py); each line of a transcript by the small
transformer there, slower and better at ranking; those at or above its threshold become claims, with their kind,
what they assert (fact, opinion, question, prediction), who asserts it (claimant.py) and
their quantities (quantities.py). Facts come first, best first; opinions, questions and
hedged predictions follow, labelled, so an editor sees them without a fact-check queued.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple, Protocol

from factdesk.claims.checkworthiness import load_scorer, load_transcript_scorer
from factdesk.claims.claimant import (CLAIM_NOUNS, REPORTING_VERBS, actor_of, is_opinion, publication_of,
                                      speaker_name)
from factdesk.claims.quantities import parse_quantities
from factdesk.claims.types import assertion_of, claim_type
from factdesk.models import Article, Assertion, Claim, Quote, QuoteKind
from factdesk.nlp.datelines import past_dateline
from factdesk.quotes.marks import close_pairs
from factdesk.quotes.cues import disputes, reporting_verbs

MIN_WORDS = 4
_SPEAKER_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]*(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]*){0,3}|Q|A)\s*:\s+")
_TRIM = " \t\n\"'“”‘’,;:—–-"
_THAT = re.compile(r"that\s+(?=\S)")
_QA_LABEL = re.compile(r"(?:Q|A)\s*[:.]\s+")
# a unit that opens on someone's claim: "García Luna's argument that …"
OWNED_CLAIM = re.compile(rf"[^,;:]{{1,80}}?(?:'s|’s) (?:{'|'.join(sorted(CLAIM_NOUNS))})s? that\b")
FIRST_PERSON = {"we", "i", "us"}  # the narrator's own 'we asked' is the publication's


class ClaimDetector(Protocol):
    def __call__(self, doc, article: Article, quotes: list[Quote]) -> list[Claim]: ...


class Unit(NamedTuple):
    """What may become a claim: a sentence, or a quote inside it.

    ``scored`` is the text the model sees: the whole sentence when the unit is its only
    one (a quote clipped short loses no context) or one of the parts a single cue splits,
    else the unit's own words.
    """

    start: int
    end: int
    quote: Quote | None
    scored: str


def claim_units(doc, quotes: list[Quote]) -> list[Unit]:
    text = doc.text  # built on each access: read it once
    units = []
    waiting = sorted((q for q in quotes if q.kind is not QuoteKind.SCARE), key=lambda q: q.start)
    active: list[Quote] = []  # the quotes that may reach into this sentence (a sweep, not n²)
    for sent in doc.sents:
        while waiting and waiting[0].start < sent.end_char:
            active.append(waiting.pop(0))
        active = [q for q in active if q.end > sent.start_char]
        parts: list[tuple[int, int, Quote | None]] = list(
            _quoted_parts(sent.start_char, sent.end_char, active))
        body = past_dateline(text, sent.start_char, sent.end_char)  # a dateline says nothing
        covered = _covered(parts, body, sent.end_char)
        if (two := _own_then_reported(text, body, parts)) is not None:
            parts = two  # "Schools closed for weeks, and the chamber of commerce says about 1,600 …"
        elif covered * 5 < (sent.end_char - body) * 2 or any(
                _only_a_thing(doc, s, e, q) or _a_share(q) or _disputed(q) for s, e, q in parts):
            # quotes hold little of it, or what is reported is a thing, not a statement ("Pemex
            # reported a net loss of 40.5 billion pesos"), or a survey's finding ("Only 18% expect
            # prices to fall"), or what the speaker disputes ("She rejected suggestions that …"):
            # the sentence says it
            parts = [(sent.start_char, sent.end_char, None)]
        kept = []
        for start, end, quote in parts:
            start, end = _trim(text, start, end)
            if len(text[start:end].split()) >= MIN_WORDS:
                kept.append((start, end, quote))
        whole = len(kept) == 1 or _one_statement([quote for *_, quote in kept])
        for start, end, quote in kept:
            pieces = [piece for a, b in _that_clauses(text, start, end) for piece in _then_a_promise(text, a, b)]
            for a, b in pieces:
                units.append(Unit(a, b, quote, sent.text if whole and len(pieces) == 1 else text[a:b]))
    return units


_THEN = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+$")  # where a second statement begins


def _own_then_reported(text: str, body: int, parts) -> list | None:
    """'Schools in Culiacán closed for weeks, and the state's chamber of commerce says about
    1,600 businesses have shut': the sentence's own statement, then another's, each a claim of
    its own with its own claimant; or None."""
    if len(parts) != 1 or parts[0][2] is None or parts[0][2].speaker is None:
        return None
    start, end, quote = parts[0]
    at = quote.speaker.mention_start
    if not body < at < start or quote.kind is not QuoteKind.INDIRECT:
        return None
    m = _THEN.search(text, body, at)
    if m is None or len(text[body:m.start()].split()) < MIN_WORDS:
        return None
    return [(body, m.start(), None), (start, end, quote)]


# a statement of fact, then a promise or forecast of the same speaker: each is read for what it is
_AND_WILL = re.compile(r",\s+(?:and|but)\s+(?=(?:we|they|he|she|it|I|the\s+\w+)\s+(?:will|would|won't|"
                       r"plans?\s+to|expects?\s+to|intends?\s+to)\b)")


def _then_a_promise(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'But they have fallen since January, and we will not leave until the state is safe': a
    claim of fact, then a promise; or the span whole."""
    m = _AND_WILL.search(text, start, end)
    if m is None or len(text[start:m.start()].split()) < MIN_WORDS or len(text[m.end():end].split()) < MIN_WORDS:
        return [(start, end)]
    if re.search(r"\b(?:will|would|won't)\b", text[start:m.start()]):
        return [(start, end)]  # a forecast already: one forecast
    return [(start, m.start()), (m.end(), end)]


_AND_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+(?=\S)")


def _that_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'homicides had fallen by a third and that remittances had kept growing': two statements
    one cue reports, each checked on its own."""
    pieces, at = [], start
    for m in _AND_THAT.finditer(text, start, end):
        if len(text[at:m.start()].split()) >= MIN_WORDS and len(text[m.end():end].split()) >= MIN_WORDS:
            pieces.append((at, m.start()))
            at = m.end()
    return pieces + [(at, end)]


def _only_a_thing(doc, start: int, end: int, quote: Quote | None) -> bool:
    """A reported noun phrase with no verb of its own: 'a net loss of 40.5 billion pesos'."""
    if quote is None or quote.kind is not QuoteKind.INDIRECT:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


# a share of the people asked: "Only 18%", "Six in 10 adults", "About two-thirds of Republicans"
SHARE = re.compile(
    r"^(?:(?:about|around|roughly|nearly|almost|only|just|some|more than|fewer than|less than|over|under)\s+)*"
    r"(?:\d[\d.,]*\s?(?:%|percent\b|per\s?cent\b)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+"
    r"(?:10|ten|\d+)\b"
    r"|(?:a|one|two|three)?[\s-]*(?:half|thirds?|quarters?|fifths?|majority|minority|plurality)\s+of\b)",
    re.I)


def _a_share(quote: Quote | None) -> bool:
    """Is the quote's speaker a share of the people a survey asked? What they say or expect is
    the survey's finding, read with its share."""
    return quote is not None and quote.speaker is not None and bool(SHARE.match(quote.speaker.mention))


def _disputed(quote: Quote | None) -> bool:
    """Does the speaker dispute what the quote reports ('rejected suggestions that …', 'denied
    that …')? Those words are not the speaker's claim; the disputing is."""
    return quote is not None and quote.kind is QuoteKind.INDIRECT and quote.cue is not None \
        and disputes(quote.cue.text)


def _one_statement(quotes: list[Quote | None]) -> bool:
    """Parts that one cue reports, split by it ('Over 30 …, the consultancy reported, making
    it …'): one statement, read as the sentence it is."""
    cues = {q.cue.start if q is not None and q.cue is not None else None for q in quotes}
    return len(cues) == 1 and None not in cues


def _covered(parts, start: int, end: int) -> int:
    """Characters of [start, end) taken by the quotes and by who said them and how: in
    '"…," said a U.S. official who spoke on condition of anonymity.' nothing else is said."""
    taken = set()
    for s, e, quote in parts:
        spans = [(s, e)]
        whole = quote is not None and quote.kind is QuoteKind.DIRECT  # a statement in its own marks
        if whole and quote.cue is not None:
            spans.append((quote.cue.start, quote.cue.end))
        if whole and quote.speaker is not None and quote.speaker.mention_start >= 0:
            spans.append((quote.speaker.mention_start, quote.speaker.mention_end))
        for a, b in spans:
            taken.update(range(max(a, start), min(b, end)))
    return len(taken)


def _quoted_parts(start: int, end: int, quotes: list[Quote]) -> list[tuple[int, int, Quote]]:
    """The longest quotes inside [start, end) that do not overlap, clipped to it, in order."""
    inside = sorted((q for q in quotes if q.kind is not QuoteKind.SCARE
                     and min(end, q.end) - max(start, q.start) > 0),
                    key=lambda q: q.end - q.start, reverse=True)
    chosen: list[tuple[int, int, Quote]] = []
    for q in inside:
        s, e = max(start, q.start), min(end, q.end)
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, q))
    return sorted(chosen, key=lambda part: part[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the punctuation around it, but never half a pair of quote marks or brackets:
    'that the threat "does nothing to save lives."' keeps its closing mark."""
    outer = end
    while start < end and text[start] in _TRIM:
        start += 1
    label = _QA_LABEL.match(text, start, end)  # an interviewer's 'Q: …' is the publication's
    if label:
        start = label.end()
    start = past_dateline(text, start, end)  # 'WASHINGTON — The U.S. government agreed …'
    that = _THAT.match(text, start, end)  # reported speech: 'that diabetes rose …' states 'diabetes rose …'
    if that and end - that.end() > 12:
        start = that.end()
        while start < end and text[start] in _TRIM:  # 'that "violent crime is …"': the words, not the marks
            start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, close_pairs(text, start, end, outer)


def find_claims_linear(doc, article: Article, quotes: list[Quote]) -> list[Claim]:
    scorer = load_scorer()
    units = claim_units(doc, quotes)
    scores = scorer.scores([unit.scored for unit in units])
    claims = []
    for (start, end, quote, _), score in zip(units, scores):
        if score < scorer.threshold or not _states_something(doc, article.text, start, end, quote):
            continue
        if quote is None and any(q.cue is not None and start <= q.cue.start <= start + 2 and q.end <= start
                                 for q in quotes):
            continue  # '," said Odracir Barquera, head of …': the tail of a quote the parse cut off
        text = article.text[start:end]
        quantities = parse_quantities(text, offset=start, published=article.published)
        assertion = assertion_of(text)
        actor = None if quote else (_known_as(actor_of(doc, start, end), start, end, quotes)
                                    or _reported_speaker(doc, start, end, quotes))
        if actor and actor.lower() in FIRST_PERSON:
            actor = None
        owner = actor_of(doc, start, end) if quote is not None and OWNED_CLAIM.match(text) else None
        if owner:  # 'the panel rejected [García Luna's argument that …]': his claim, not the panel's
            claimant, source = owner, "actor"
        elif quote is not None and (speaker_name(quote) or "").lower() not in FIRST_PERSON:
            claimant, source = speaker_name(quote), "quote"  # 'we asked …' is the publication's
        elif actor:
            claimant, source = actor, "actor"
        elif article.author and (is_opinion(article) or not publication_of(article)):
            claimant, source = article.author, "author"  # a column, or a byline with no masthead
        else:
            claimant, source = publication_of(article), "publication"
        claims.append(Claim(
            article_id=article.id, text=text, start=start, end=end, score=round(float(score), 4),
            type=claim_type(text, quantities, assertion, actor=bool(actor)),
            assertion=assertion, claimant=claimant, claimant_source=source,
            quantities=quantities,
        ))
    return sorted(claims, key=lambda c: (c.assertion is not Assertion.FACT, -c.score, c.start))


def _known_as(actor: str | None, start: int, end: int, quotes: list[Quote]) -> str | None:
    """'said Pérez Ricart' in a sentence the quote stage read: the full name it resolved."""
    if actor is None:
        return None
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.name and start <= sp.mention_start < end and actor in sp.mention:
            return sp.name
    return actor


NON_STATEMENT = re.compile(
    r"\b(?:declin\w*|refus\w*|would not|did not|will not|wouldn't|didn't|won't)\s+(?:to\s+)?"
    r"(?:say|comment|discuss|elaborate|answer|respond|specify|confirm|speculate|be named|"
    r"give (?:his|her|their|its) (?:name|age|identity)|give details)\b", re.I)

# the desk's own notes: 'Associated Press writer Fabiola Sánchez contributed to this report.',
# 'Reporting by Dave Graham; Editing by Daniel Wallis', 'Correction, Oct. 15: An earlier version …'
DESK_NOTE = re.compile(
    r"(?:[^.\n]{0,120}\bcontributed (?:reporting |to (?:this|the) (?:report|story))|"
    r"(?:additional )?(?:reporting|writing|editing) by\b|"
    r"(?:correction|clarification|editor'?s note|update)\b[^:\n]{0,40}:)", re.I)


def _states_something(doc, text: str, start: int, end: int, quote: Quote | None) -> bool:
    """A claim has a verb ('By Lucía Méndez · March 3, 2025' has none), is not the desk's note,
    and is not what someone declined to say ('She declined to say whether the rate cut was
    affordable'), nor the declining itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if quote is None and DESK_NOTE.match(text, start, end):
        return False
    if quote is None or quote.cue is None:
        # 'A spokesperson for the U.S. Trade Representative declined to comment.'
        declined = NON_STATEMENT.search(text, start, end)
        return not (declined and span is not None and any(
            t.dep_ == "ROOT" and declined.start() <= t.idx < declined.end() for t in span))
    # from a little before the cue: 'He did not say which cases they involved'
    return not NON_STATEMENT.search(text[max(0, min(quote.cue.start, quote.start) - 24):quote.end])


# the verbs of a statement: the claimant's and the quote stage's ('He pointed to a 39% drop …')
STATING = REPORTING_VERBS | reporting_verbs("en")


def _reported_speaker(doc, start: int, end: int, quotes: list[Quote]) -> str | None:
    """'A senior US official said on Tuesday that "…," repeating a charge …': a sentence whose
    main verb is a quote's cue reports that speaker's statement, whoever the speaker is."""
    for q in quotes:
        if q.cue is None or q.speaker is None or not start <= q.cue.start < end or _a_share(q):
            continue  # "42% say …": the survey's finding, not the 42%'s claim
        span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        # the sentence opens with the speaker and the cue: 'Pemex reported a net loss …' (parsed
        # at times as a clause of a later verb)
        opens = abs(q.speaker.mention_start - start) <= 1 and 0 <= q.cue.start - q.speaker.mention_end <= 25
        # a statement ('said', 'warned'), not an act the quote stage also reads ('upheld the conviction')
        if span is not None and any((t.dep_ == "ROOT" or opens) and (t.lemma_.lower() in STATING or disputes(t.text))
                                    for t in span):
            return speaker_name(q)
    return None


# Detectors by versioned name: a better model replaces a worse one here, nowhere else.
DETECTORS: dict[str, Callable[..., list[Claim]]] = {"linear-v1": find_claims_linear}
DEFAULT_DETECTOR = "linear-v1"


def find_claims(doc, article: Article, quotes: list[Quote]) -> list[Claim]:
    """The check-worthy claims of a parsed article, best first."""
    return DETECTORS[DEFAULT_DETECTOR](doc, article, quotes)


def sentence_scores(sentences) -> list[float]:
    """Check-worthiness of each sentence (texts, or spans such as a Doc's sents), in order."""
    texts = [s if isinstance(s, str) else s.text for s in sentences]
    return [round(float(s), 4) for s in load_scorer().scores(texts)]


def score_lines(lines: list[str]) -> list[dict]:
    """One result per non-blank line: {line, text, score, is_claim, type, assertion, speaker}.

    Line numbers are 1-based and count blank lines, so they match the file. A transcript's
    speaker label ("SANDERS: ...", "Q: ...") is kept in ``text`` but not scored; it is the
    line's ``speaker`` (None without one).
    """
    numbered = [(i, line.strip()) for i, line in enumerate(lines, 1) if line.strip()]
    spoken = [_SPEAKER_LABEL.sub("", text, count=1) for _, text in numbered]
    scorer = load_transcript_scorer()
    scores = scorer.scores(spoken)
    results = []
    for (number, text), words, score in zip(numbered, spoken, scores):
        assertion = assertion_of(words)
        quantities = parse_quantities(words)
        results.append({
            "line": number,
            "text": text,
            "score": round(float(score), 4),
            "is_claim": bool(score >= scorer.threshold and assertion is Assertion.FACT),
            "type": claim_type(words, quantities, assertion).value,
            "assertion": assertion.value,
            "speaker": text[: len(text) - len(words)].rstrip(": \t") or None,
        })
    return results
