"""Evidence passages: a retrieved sentence with its neighbours and, inside a quote, its speaker."""
from __future__ import annotations

import re
from dataclasses import replace

from factdesk.ingest.dates import as_date
from factdesk.models import Evidence, Speaker, content_id
from factdesk.nlp.datelines import opening_dateline
from factdesk.quotes.cues import disputes, is_speech_cue
from factdesk.retrieval.search import search
from factdesk.verify.rulings import checked_statement, find_ruling
from factdesk.verify.signals import continues, names, short_names, words


def from_archive(archive, claim: str, top_k: int = 8, leave_out: str | None = None) -> list[Evidence]:
    """The archive's best `top_k` passages for `claim`; none from article `leave_out` (an
    article checked against the archive is no evidence for its own claims)."""
    hits = search(archive, claim, limit=top_k * 3 if leave_out else top_k, mode="hybrid")
    read: dict[str, list] = {}  # each story's sentences, read once

    def sentences_of(article_id: str) -> list:
        if article_id not in read:
            read[article_id] = archive.sentences_of(article_id)
        return read[article_id]

    hits = _with_follow_ups(sentences_of, [h for h in hits if h.article_id != leave_out][:top_k])
    items = []
    stories: dict[str, tuple[list, str | None, set]] = {}  # per article, read once: its places, dateline, names
    claimed = names(claim)
    for hit in hits:
        if hit.article_id not in stories:
            dateline = opening_dateline(archive.opening(hit.article_id)).strip(" —–-\n") or None
            story_names = {w for n in archive.names(hit.article_id) for w in words(n)} if claimed else set()
            story_names |= short_names(story_names)  # "Walmart de México" names the claim's "Walmex"
            stories[hit.article_id] = archive.places(hit.article_id), dateline, story_names
        places, dateline, story_names = stories[hit.article_id]
        quote = archive.quote_covering(hit.article_id, hit.start, hit.end)
        speaker = spoken = None
        if quote and _judged(hit.text, quote, hit.start):
            quote = None  # "Our ruling: Harlan's claim that … is false": the writer's, of his words
        if quote and (quote["kind"] != "indirect" or is_speech_cue(quote["cue"]) or disputes(quote["cue"])):
            # 'Texas has not banned fluoride': no one's words, though the reader counts the ban
            speaker = Speaker(name=quote["speaker"], mention=quote["speaker"],
                              mention_start=-1, mention_end=-1, role=quote["role"])
            # what the speaker says, unless the cue turns it round ("denied that …")
            # (within this sentence: a long quote may run over several)
            lo, hi = max(quote["start"], hit.start) - hit.start, min(quote["end"], hit.end) - hit.start
            spoken = None if disputes(quote["cue"]) else hit.text[lo:hi].strip() or None
        items.append(Evidence(
            article_id=hit.article_id, sentence=hit.text, start=hit.start, end=hit.end,
            retrieval_score=round(hit.score, 5),
            context=" ".join(s.text for s in sentences_of(hit.article_id) if abs(s.index - hit.index) <= 1),
            title=hit.title, url=hit.url, source=hit.source, published=hit.published,
            speaker=speaker, quote=spoken, dateline=dateline,
            named_around=[_as_written(claim, w) for w in sorted((claimed & story_names) - set(words(hit.text)))],
            places=list(dict.fromkeys(p for p, a, b in places if hit.start <= a and b <= hit.end))))
    return items + _rulings(sentences_of, claim, items)


def _with_follow_ups(sentences_of, hits: list) -> list:
    """The hits, each followed by the short sentence after it that goes on from it with a figure
    ("That is a drop of about 44%." after the two figures it is worked out from): it names too
    little to be found by itself, and it is often the sentence that answers the claim."""
    found = {(h.article_id, h.index) for h in hits}
    out = []
    for hit in hits:
        out.append(hit)
        after = [s for s in sentences_of(hit.article_id) if s.index == hit.index + 1]
        if after and (hit.article_id, hit.index + 1) not in found and continues(after[0].text) \
                and re.search(r"\d|\b(?:half|third|quarter|double|twice)\b", after[0].text):
            s = after[0]
            found.add((hit.article_id, s.index))
            out.append(replace(hit, sentence_id=s.sentence_id, index=s.index, start=s.start, end=s.end, text=s.text))
    return out


def _as_written(claim: str, word: str) -> str:
    """A lower-cased word of the claim as the claim writes it ("sb4" -> "SB4")."""
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", claim, re.I)
    return m.group() if m else word


def _rulings(sentences_of, claim: str, items: list[Evidence]) -> list[Evidence]:
    """The ruling of each fact-check among the items' stories that states the claim ("We rate
    this claim Half True."), as one more item: retrieval seldom finds it, as it names no claim."""
    out = []
    for article_id in dict.fromkeys(e.article_id for e in items):
        first = next(e for e in items if e.article_id == article_id)
        sentences = sentences_of(article_id)
        if (checked := checked_statement(sentences)) is not None:  # "A post claims that …": its
            for e in items:  # figures are the claim the fact-check rules false, not its findings
                if e.article_id == article_id and e.start == checked.statement.start:
                    e.ruled = checked.ruling.text
        found = find_ruling(claim, sentences, first.title or "", first.dateline or "")
        if found is None:
            continue
        s = found.ruling
        retrieved = next((e for e in items if e.article_id == article_id and e.start == s.start), None)
        if retrieved is not None:
            retrieved.rating, retrieved.rates = found.label, found.statement.text
            continue
        at = sentences.index(s)  # its neighbours are among the sentences read above
        out.append(Evidence(
            article_id=article_id, sentence=s.text, start=s.start, end=s.end,
            context=" ".join(t.text for t in sentences[max(0, at - 1):at + 2]),
            title=first.title, url=first.url, source=first.source, published=first.published,
            dateline=first.dateline, rating=found.label, rates=found.statement.text))
    return out


_CLAIM_NOUN = re.compile(r"\b(?:claims?|assertions?|statements?|allegations?|contention|suggestion)\s+$", re.I)


def _judged(sentence: str, quote: dict, at: int) -> bool:
    """Is the quote what a sentence of someone else's says of a claim: "Harlan's claim [that
    violent crime is at an all-time high] is false", the sentence running on past the quote?"""
    lo, hi = quote["start"] - at, quote["end"] - at
    return quote["kind"] == "indirect" and 0 < lo and hi < len(sentence.rstrip(" .!?\"”")) \
        and bool(_CLAIM_NOUN.search(sentence[:lo])) and (quote["cue"] or "").lower() in sentence[:lo].lower()


def from_passages(passages: list[dict]) -> list[Evidence]:
    """The user's own evidence: each passage {text, source?, title?, url?} is one item."""
    items = []
    for i, p in enumerate(passages, 1):
        text = " ".join(str(p.get("text", "")).split())
        if not text:
            continue
        field = {k: _said(p.get(k)) for k in ("source", "title", "url", "published", "date")}
        source = field["source"] or field["title"]
        written = field["published"] or field["date"]  # "Mon, 01 Sep 2025 …" read as 2025-09-01
        items.append(Evidence(
            article_id=content_id("usr", source or "", text), sentence=text, start=0, end=len(text),
            context=text, title=field["title"] or source or f"passage {i}", url=field["url"],
            source=source, published=as_date(written) if written else None))
    return items


def _said(value) -> str | None:
    """A field of a passage as text (a JSON number or list is written out), or None when empty."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return " ".join(str(value).split()) or None
