"""Interviews and transcripts: the answers of a Q&A are the words of the person answering.

    Q: Encounters dropped to about 8,000 in July. Is that real?
    A: It's real, but it doesn't mean fewer people want to come.

A paragraph labelled "A:" (in an article that also has "Q:" paragraphs) is a direct quote of
the interviewee: the person the introduction names most often in the whole article, never its
author. A paragraph labelled with a name ("Elena Varga:" used twice or more, or "VARGA:" in
capitals among other such labels, as in a transcript) is a direct quote of the person of that
name ("VARGA:" may stand alone on its line, the words in the paragraph below). The label is
the quote's cue. Questions are the publication's. An answer is one
paragraph: what follows the last one may be the article again.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from factdesk.models import QuoteKind
from factdesk.quotes.direct import NOT_SPEAKERS, names_someone
from factdesk.quotes.spans import Attribution, Content, Cue

TURN = re.compile(  # "[00:00:40] GUEST (Gustavo Ortiz, hydrologist): …": a time stamp and the
    # name in brackets may come with the label
    r"^[ \t]*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]+)?"
    r"(?P<label>Q|A|[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2})"
    r"(?:[ \t]*\((?P<who>[A-ZÀ-Ý][^()\n]{1,80})\))?[ \t]*(?P<sep>[:.])(?:[ \t]+|(?P<alone>[ \t]*\n\s*))(?=\S)",
    re.M)  # "TAPPER:" may stand alone on its line, the words in the next paragraph
CONFIDENCE = 0.95


class Turn(NamedTuple):
    label: str
    label_start: int
    label_end: int
    start: int  # the answer's words, to the end of its paragraph
    end: int
    who_start: int = -1  # "HOST (Ana Lucía Ramírez):": the name in brackets
    who_end: int = -1


def turns(text: str) -> list[Turn]:
    """The labelled paragraphs that are answers ('A:' beside 'Q:', or a name used twice)."""
    found = []
    for m in TURN.finditer(text):
        label = m["label"]
        if m["sep"] == "." and label not in ("Q", "A"):
            continue  # "Mr. Varga. …" is a sentence, not a label
        if m["alone"] and (m["sep"] != ":" or not label.isupper()):
            continue  # "Read the latest updates below:" introduces what follows; a transcript's label is in capitals
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if label in ("Q", "A") or _spoken(text[m.end():end]):  # "A: Partly." is an answer too
            found.append(Turn(label, m.start("label"), m.end("label"), m.end(), end, m.start("who"), m.end("who")))
    count = Counter(t.label for t in found)
    asked = count["Q"] > 0
    names = [t for t in found if t.label not in ("Q", "A") and t.label.split()[0].lower() not in NOT_SPEAKERS]
    capitals = sum(t.label.isupper() for t in names)  # a transcript: "JAKE TAPPER: …", "FALLIN: …"
    return [t for t in found if (t.label == "A" and asked) or (t in names and (
        count[t.label] >= 2 or t.who_start >= 0 or (t.label.isupper() and capitals >= 2 and names_someone(t.label, text))))]


def _spoken(words: str) -> bool:
    """Words someone said: three words or more, not a headline in title case ('Clinton: 2,316.',
    'Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask …' are a tally and a link)."""
    found = re.findall(r"[^\W\d_][\w'’-]*", words)
    if len(found) < 3:
        return False
    return sum(w[0].isupper() for w in found) / len(found) < 0.6


def answers(doc, text: str, author: str | None = None) -> list[Attribution]:
    """An attribution per answer of `doc`, its cue the label and its source the person answering
    (None when nobody fits)."""
    found = turns(text)
    if not found:
        return []
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    first = min(t.label_start for t in found)
    asked = _interviewee(text, [e for e in people if e.end_char <= first], author)
    out = []
    for turn in found:
        label = doc.char_span(turn.label_start, turn.label_end, alignment_mode="expand")
        if label is None:
            continue
        who = doc.char_span(turn.who_start, turn.who_end, alignment_mode="expand") if turn.who_start >= 0 else None
        source = asked if turn.label == "A" else (who.start, who.end) if who is not None else (
            _named(people, turn.label) or _written(doc, text, turn.label, turn.label_start)
            or (label.start, label.end))
        cue = Cue(label.start, turn.label_start, turn.label_end, CONFIDENCE)
        if source is not None and turn.label != "A":
            cue.named = doc[source[0]:source[1]].text
        if source is not None:
            cue.source_head = source[1] - 1
            cue.source_start, cue.source_end = source
        out.append(Attribution(cue, [Content(turn.start, turn.end, QuoteKind.DIRECT)], CONFIDENCE))
    return out


def _interviewee(text: str, people, author: str | None) -> tuple[int, int] | None:
    """The person the introduction says was asked, else the one it names who is named most in
    the whole article (the first of equals); never the author."""
    author = (author or "").lower()
    people = [e for e in people if not (author and (e.text.lower() in author or author in e.text.lower()))]
    if not people:
        return None

    def named(ent) -> int:
        return len(re.findall(rf"\b{re.escape(ent.text.split()[-1])}\b", text))

    best = max(people, key=lambda e: (_asked(e), named(e), -e.start_char))
    return best.start, best.end


ASKING = {"ask", "interview", "speak", "talk", "sit", "question"}


def _asked(ent) -> bool:
    """Is this the person the introduction says was asked ('We asked Dr. Elena Varga', 'spoke
    with Jorge Castañeda', 'interviewed …')?"""
    head = ent.root.head
    if head.dep_ == "prep" and head.lower_ in ("with", "to"):
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in ASKING and ent.root.dep_ in ("dobj", "pobj", "nsubjpass")


def _named(people, label: str) -> tuple[int, int] | None:
    """The first person of the article whose surname is the label's last word ('VARGA')."""
    last = label.split()[-1].casefold()
    for ent in people:
        if ent.text.split()[-1].casefold() == last:
            return ent.start, ent.end
    return None


def _written(doc, text: str, label: str, before: int) -> tuple[int, int] | None:
    """'Ana Torres' (or an earlier label, 'JAKE TAPPER') written before, where the parse saw no
    person: the first capitalized words that end with the label's surname ('TORRES')."""
    surname = label.split()[-1]
    m = re.search(rf"\b(?:[A-ZÀ-Ý][\w'’-]+[ \t]+){{1,2}}(?i:{re.escape(surname)})\b", text[:before])
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
    return (span.start, span.end) if span is not None else None
