"""Who asserts a claim: the speaker of the quote it sits in, the named actor whose claim the
article reports ("the Trump administration's claim of an 'intolerable alliance'"), or
else the publication itself.
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

from factdesk.models import Article, Quote
from factdesk.nlp.datelines import past_dateline
from factdesk.quotes.sources import described

CLAIM_NOUNS = {
    "claim", "assertion", "allegation", "accusation", "charge", "contention", "argument",
    "insistence", "statement", "assessment", "view", "position", "warning", "suggestion",
    "characterization", "description", "portrayal", "narrative", "theory", "notion", "idea",
}
REPORTING_VERBS = {
    "say", "claim", "tell", "assert", "allege", "argue", "insist", "state", "accuse", "contend",
    "maintain", "warn", "suggest", "declare", "announce", "charge", "write", "tweet", "post",
    "testify", "add", "note", "report", "deny", "admit", "acknowledge",
}


def speaker_name(quote: Quote) -> str | None:
    """The speaker's name, or who the article says it is ("a U.S. official", without "who
    spoke on condition of anonymity …")."""
    if quote.speaker is None:
        return None
    return quote.speaker.name or described(quote.speaker.mention)[0]


def actor_of(doc, start: int, end: int) -> str | None:
    """The named actor whose claim the span reports, from the parse.

    "X's claim of/that ...", "the claim by X", "according to X", or "X said ..." where X
    is a name (not a pronoun; pronouns are the quote stage's to resolve).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in CLAIM_NOUNS and token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return _phrase(child)
                if child.dep_ == "prep" and child.lower_ == "by":
                    obj = [c for c in child.children if c.dep_ == "pobj"]
                    if obj and obj[0].pos_ != "PRON":
                        return _phrase(obj[0])
        if token.lower_ == "according":
            for to in token.children:
                obj = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and obj and obj[0].pos_ != "PRON":
                    return _phrase(obj[0])
    sent = span[0].sent  # never "MEXICO CITY (AP) —" as the actor (read from the sentence's own text)
    body = sent.start_char + past_dateline(sent.text, 0, len(sent.text))
    for token in span:
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            subj = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= body]
            said = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if subj and said and subj[0].pos_ == "PROPN":
                return _phrase(subj[0])
    return None


def _phrase(head) -> str:
    """The words of the noun phrase up to ``head`` ("the Trump administration's" -> "Trump
    administration"), without the article or the possessive."""
    first = head.left_edge.i
    while first < head.i and head.doc[first].lower_ in ("the", "a", "an"):
        first += 1
    return head.doc[first:head.i + 1].text


OPINION = re.compile(r"^(?:opinion|op-ed|column|commentary|viewpoint|guest essay)\b", re.I)


def is_opinion(article: Article) -> bool:
    """A signed opinion piece ("Opinion: The cartel label is a trap", a URL under /opinion/)."""
    title = (article.title or "").strip()
    return bool(OPINION.match(title) or "/opinion/" in (article.url or "").lower())


def publication_of(article: Article) -> str | None:
    """The publication's name, or its web host when only the URL is known."""
    if article.source:
        return article.source
    if article.url:
        host = urlparse(article.url).netloc
        return host[4:] if host.startswith("www.") else host or None
    return None
