"""The rule-and-model quote extractor over one parsed article, step by step."""
from __future__ import annotations

import bisect
import logging
import re

from factdesk.models import Article, Quote, QuoteKind, Span
from factdesk.nlp.datelines import past_dateline
from factdesk.quotes import direct, interview, posts
from factdesk.quotes.content import load_content_reader
from factdesk.quotes.cues import find_cues, reporting_verbs
from factdesk.quotes.indirect import content_tokens
from factdesk.quotes.mentions import CLOSING
from factdesk.quotes.marks import Marked, close_pairs, find_marked, mark_of_tokens
from factdesk.quotes.speakers import SpeakerResolver, settle_names
from factdesk.quotes.spans import Attribution, Content

log = logging.getLogger(__name__)
PARAGRAPH_BREAK = "\n"
CHAINED = {"advcl", "conj", "xcomp"}
SURE_CUE = 0.8  # a cue this likely reports a clause even when nobody is named ("is expected to …")
BARE_PRONOUNS = {"him", "her", "them", "it", "me", "us", "you", "this", "that", "these", "those"}
AGREE = 0.8  # the parse's clause stands when the content reader's shares this much of its words


def extract(doc, article: Article, language: str = "en") -> list[Quote]:
    """Every quote of `article`, parsed as `doc`: direct, partial, indirect and scare."""
    text = article.text
    last = doc[-1] if len(doc) else None
    if last is None or last.idx + len(last.text) + len(last.whitespace_) != len(text):
        if len(doc):
            log.warning("doc text differs from article %s; quotes skipped", article.id)
        return []
    # 1. Quote marks, paired; broken ones are logged and left out.
    marks = find_marked(text)
    in_mark = mark_of_tokens(doc, marks)
    # 2. Cues outside quotes (an interview's answers and a signed post are quoted too), each
    # with the mention that speaks.
    answers = interview.answers(doc, text, article.author) + posts.signed(doc, text)
    if answers:
        in_answer = _inside(doc, answers)
        in_mark = [len(marks) if a else m for m, a in zip(in_mark, in_answer)]
    cues = find_cues(doc, marks, in_mark, language)
    # 3. Direct quotes beside their cue; the other cues report a clause.
    signed = direct.signed_quotes(doc, text, marks)
    taken = {mi for *_, mi in signed if mi is not None}
    linked = direct.link(doc, text, marks, cues, taken)
    attributions = [Attribution(c, confidence=c.score) for c in cues]
    for cue, start, end, mi in signed:
        kind = QuoteKind.DIRECT if mi is not None else QuoteKind.INDIRECT
        attributions.append(Attribution(cue, [Content(start, end, kind)], cue.score))
        if mi is not None:
            linked[mi] = len(attributions) - 1
    for mi, ci in sorted(linked.items()):
        m = marks[mi]
        if mi in taken:
            continue
        sent = doc.char_span(m.open_mark, m.open_mark + 1, alignment_mode="expand")[0].sent
        lead = max(sent.start_char, text.rfind("\n", 0, m.open_mark) + 1)
        said_before = any(ch.isalnum() for ch in text[lead : m.open_mark])
        that = direct.that_before(text, cues[ci].end, m.open_mark) if m.open_mark > cues[ci].start else None
        if that is not None:  # 'tweeted that, "For those …"': reported, in the speaker's words
            attributions[ci].contents.append(Content(that, m.close_mark, QuoteKind.INDIRECT))
            attributions[ci].contents.append(Content(m.start, m.end, QuoteKind.DIRECT))
        elif not said_before or direct.starts_sentence(text, m) or m.open_mark > cues[ci].start:
            attributions[ci].contents.append(Content(m.start, m.end, QuoteKind.DIRECT))
        else:  # Mexico has "every right …", said X: the sentence is reported, the words quoted
            attributions[ci].contents.append(Content(lead, m.close_mark, QuoteKind.INDIRECT))
            attributions[ci].contents.append(Content(m.start, m.end, QuoteKind.PARTIAL))
    for ci, cue in enumerate(cues):  # 'Limbaugh added:' and the paragraph below it
        block = direct.block_after(text, cue) if not attributions[ci].contents and cue.source_start is not None else None
        if block is not None:
            attributions[ci].contents.append(Content(*block, QuoteKind.DIRECT))
    # nobody reporting it: a quote only on a sure cue, and never on a participle or a
    # second verb ('…," repeating a charge': whoever repeats it spoke in the clause before)
    reporting = [ci for ci, cue in enumerate(cues) if not attributions[ci].contents and not (
        cue.source_start is None and (cue.score < SURE_CUE or doc[cue.head].dep_ in CHAINED
                                      or _passive_act(doc[cue.head]))) and not _echo(doc, cue, cues)]
    labels = [cue.source_start for cue, *_ in signed if cue.source_start is not None]  # "- Carl Bialik: “…"
    reader = load_content_reader() if language == "en" and reporting else None
    read = reader.reported(doc, [cues[ci].head for ci in reporting]) if reader is not None else {}
    quoted = [(c.start, c.end) for a in attributions for c in a.contents]
    for ci in reporting:
        cue = cues[ci]
        src = (cue.source_start, cue.source_end) if cue.source_start is not None else None
        mine = [part for s in read.get(cue.head, []) if not _reported_by_another(doc, s, cue, cues, quoted)
                and not _of_the_saying(doc, s, cue) for part in _outside(s, src)]  # never the speaker's words
        spans = [_before_own_act(doc, first, last, cue, cues)
                 for first, last in _reported(doc, content_tokens(doc[cue.head], src), mine)]
        if doc[cue.head].lower_ == "according":
            spans = [_after_colon(doc, first, last, cue.head) for first, last in spans]
        spans = [_before_a_label(doc, first, last, labels) for first, last in spans]
        for first, last in spans:
            if last <= first:
                continue
            span = doc[first:last]
            end = _cover_marks(span.start_char, span.end_char, marks)
            start, end = _within_paragraph(text, doc[cue.head].idx, span.start_char, end)
            if end - start < 2:  # all of it in another paragraph: keep what the parse says
                start, end = span.start_char, span.end_char
            attributions[ci].contents.append(Content(start, end, QuoteKind.INDIRECT))
            quoted.append((start, end))  # a later cue's reader may not take these words again
    # 4. The marks left: continuations, partial quotes, nicknames, titles, scare quotes.
    extra = _remaining(doc, text, marks, linked, cues, attributions)
    # 5. Speakers with canonical names and roles, then the quotes themselves.
    resolver = SpeakerResolver(doc)
    return _echoes_attributed(_quotes(doc, text, article, answers + attributions + extra, resolver))


ECHO_WORDS = 3  # a quote this long or longer, said again by someone, is theirs
ECHO_CONFIDENCE = 0.8  # with a little less confidence than where they say it


def _echoes_attributed(quotes: list[Quote]) -> list[Quote]:
    """A headline's or kicker's quote with no one saying it ("'We are not going anywhere':
    Fishermen in Baja resist …") is the words of whoever the story has say them later."""
    def plain(words: str) -> str:
        return " ".join(re.findall(r"\w+", words.lower()))

    said = [(s, plain(s.text)) for s in quotes
            if s.speaker is not None and s.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
    for q in quotes:
        if q.speaker is not None or q.kind is not QuoteKind.DIRECT or len((words := plain(q.text)).split()) < ECHO_WORDS:
            continue
        later = next((s for s, text in said if s.start > q.end and words in text), None)
        if later is not None:
            q.speaker, q.confidence = later.speaker, min(q.confidence, later.confidence) * ECHO_CONFIDENCE
    return quotes



def _passive_act(verb) -> bool:
    """'…, who was wanted for the 1985 killing': a passive verb with nobody doing it, and no verb
    of speech ('was described as imminent' may be), reports nothing."""
    return any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() not in reporting_verbs()


def _inside(doc, attributions: list[Attribution]) -> list[bool]:
    """For each token: does it lie in what these attributions quote (an answer, a post)?"""
    flags = [False] * len(doc)
    for att in attributions:
        for content in att.contents:
            span = doc.char_span(content.start, content.end, alignment_mode="expand")
            if span is not None:
                flags[span.start:span.end] = [True] * (span.end - span.start)
    return flags


def _outside(span: tuple[int, int], source: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The span without the speaker's words where they come inside or after it: '…, US Customs
    and Border Protection data show' reports what comes before the records' name. A span that
    opens with its subject ('Melania seems to have vanished') stays whole, as PolNeAR marks it."""
    if source is None or span[1] <= source[0] or source[1] <= span[0]:
        return [span]
    if source[0] <= span[0]:
        return [] if span[1] <= source[1] else [span]
    return [part for part in ((span[0], source[0]), (source[1], span[1])) if part[0] < part[1]]


def _after_colon(doc, first: int, last: int, cue: int) -> tuple[int, int]:
    """'We should stop the guns: about 70% … were bought in the U.S., according to the ATF':
    the phrase vouches for the clause it sits in, after the colon, not the opinion before it."""
    stops = [k for k in range(first, min(last, cue)) if doc[k].text in (":", ";")]
    return (stops[-1] + 1, last) if stops else (first, last)


ECHOES = {"repeat", "echo", "reiterate", "restate", "say", "add", "note"}


def _before_a_label(doc, first: int, last: int, labels: list[int]) -> tuple[int, int]:
    """'Pollsters agree - Carl Bialik: “One of the biggest lessons …”': what a cue reports stops
    before a name that signs a quote of its own (and the dash before it)."""
    inside = [k for k in labels if first <= k < last]
    if not inside:
        return first, last
    last = min(inside)
    while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return first, last


def _echo(doc, cue, cues) -> bool:
    """'said that "…," repeating a charge the administration has made': the participle says
    again what the speaker's own cue above it reports; it reports nothing new."""
    head = doc[cue.head]
    if head.tag_ != "VBG" or head.lemma_.lower() not in ECHOES or cue.source_start is None \
            or any(c.dep_ in ("ccomp", "xcomp") for c in head.children):  # 'adding that …' says more
        return False
    above = {a.i for a in head.ancestors}
    return any(other.head in above and other.source_start == cue.source_start for other in cues)


def _before_own_act(doc, first: int, last: int, cue, cues) -> tuple[int, int]:
    """'said that tariffs would remain "until the drugs stop," rejecting a proposal …': what the
    speaker did next, in a participle set off by a comma, is no part of what was said."""
    if cue.source_start is None:
        return first, last
    for other in cues:
        head = doc[other.head]
        if not (first < other.head < last and other is not cue and other.source_start == cue.source_start
                and head.tag_ == "VBG" and head.left_edge.i == head.i and head.lemma_.lower() not in ECHOES):
            continue  # ('…," repeating a charge': the charge is what was said)
        k = head.i - 1
        while k > first and doc[k].text in CLOSING:
            k -= 1
        if doc[k].text == ",":
            return first, head.i if k < head.i - 1 else k
    return first, last


def _reported_by_another(doc, span: tuple[int, int], cue, cues, quoted: list[tuple[int, int]]) -> bool:
    """Words the content reader gave `cue` that another cue reports: a quote already taken, or
    a clause before the cue that holds a cue of its own ('When a senator declared that "…,"
    officials responded')."""
    first, last = span
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    if any(a < end and start < b for a, b in quoted):
        return True
    if last <= cue.head:
        return any(first <= other.head < last for other in cues)
    # '…, according to a study, and researchers say sugary drinks are …': after a cue with a
    # speaker of its own, the words are that speaker's
    # ('told reporters he expected a deal, but added that Mexico was ready': the words after the
    # second verb are its own, whoever speaks)
    # ('said on Tuesday, a day after Trump threatened a tariff over what he called "stealing"':
    # words after another speaker's cue are never the first speaker's)
    return any(cue.head < other.head < last and (doc[other.head].dep_ == "conj" and (
        other.head < first or other.source_start is not None and other.source_start != cue.source_start)
        or other.head < first and other.source_start is not None and not _same_source(doc, cue, other))
        for other in cues)


def _same_source(doc, cue, other) -> bool:
    return cue.source_start is not None and doc[cue.source_end - 1].lower_ == doc[other.source_end - 1].lower_


def _reported(doc, parsed: list[tuple[int, int]], read: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """What a cue reports: the content reader's words where it marks some, but the parse's
    clause where the two mostly agree (the parse's edges follow the clause exactly: 'that', a
    trailing aside) or where the reader marks nothing."""
    if not read or not parsed:
        return read or parsed
    ours = {i for first, last in parsed for i in range(first, last)}
    theirs = {i for first, last in read for i in range(first, last)}
    if theirs < ours and _verbless(doc, theirs) and not _verbless(doc, ours):
        return parsed  # "that talks would": the reader stopped short of the clause's verb
    if len(ours & theirs) / max(len(ours), len(theirs)) >= AGREE:
        return parsed
    # "that it likely violates | the First Amendment", "in a shootout early | Monday": a verb or a
    # word the reader left without its own, in the parse's clause, goes on to it
    return [(first, _made_whole(doc, last, ours)) for first, last in read]


OBJECTS = {"dobj", "attr", "acomp", "oprd", "dative"}


MODIFIERS = {"amod", "compound", "det", "nummod", "poss", "nmod"}


def _made_whole(doc, end: int, clause: set[int]) -> int:
    """Where a stretch ending before token `end` ends once its last word has what it needs: a
    verb its object, a word of a phrase its head, as far as the clause goes."""
    for _ in range(3):
        tok = doc[end - 1]
        if tok.dep_ in MODIFIERS and tok.head.i >= end and tok.head.i in clause:
            reach = tok.head.i + 1
        else:
            objects = [c for c in tok.children if c.dep_ in OBJECTS and c.i >= end and c.i in clause] \
                if tok.pos_ in ("VERB", "AUX") else []
            reach = max((c.right_edge.i + 1 for c in objects), default=end)
        while reach > end and reach - 1 not in clause:
            reach -= 1
        if reach <= end:
            break
        end = reach
    return end


SAID = {"say", "tell", "add", "announce", "report", "confirm", "note", "write"}
WHEN_WHERE = {"in", "on", "at", "during", "since", "after", "before", "amid", "as"}  # of the saying


def _of_the_saying(doc, span: tuple[int, int], cue) -> bool:
    """Are the reader's words after a set-off cue ('…, officials said, in one of the biggest blows
    to the gang') a phrase the parse hangs on the saying itself, not what was said?"""
    first, last = span
    head = doc[cue.head]
    if first <= head.i or head.lemma_.lower() not in SAID or not any(
            c.dep_ == "ccomp" and c.i < head.i for c in head.children):
        return False
    asides = [c for c in head.children if c.i > head.i and (
        c.dep_ == "prep" and c.lower_ in WHEN_WHERE or c.dep_ in ("npadvmod", "advmod"))]
    return all(doc[k].is_punct or any(a.left_edge.i <= k <= a.right_edge.i for a in asides)
               for k in range(first, last))


def _verbless(doc, tokens: set[int]) -> bool:
    return not any(doc[i].pos_ == "VERB" for i in tokens)


def _within_paragraph(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """Reported speech stays in the paragraph of its cue (a headline is not its subject)."""
    first = text.rfind("\n", 0, at) + 1
    cut = text.find("\n", max(at, start), end)
    return max(start, first) if start < at else start, end if cut < 0 else cut


def _cover_marks(start: int, end: int, marks: list[Marked]) -> int:
    """Extend a reported clause to the close of a quote it opens but cuts short."""
    for m in marks:
        if start <= m.open_mark < end < m.close_mark:
            return m.close_mark
    return end


def _remaining(doc, text, marks, linked, cues, attributions) -> list[Attribution]:
    extra: list[Attribution] = []
    by_head = {c.head: ci for ci, c in enumerate(cues)}
    cue_starts = sorted(c.start for c in cues)
    last: int | None = None  # attribution index whose direct quote came last
    last_end = -1
    for mi, m in enumerate(marks):
        if mi in linked:
            ci = linked[mi]
            if attributions[ci].cue.source_start is not None:
                last, last_end = ci, max(m.close_mark, attributions[ci].cue.end)
            continue
        if direct.is_name_or_title(doc, m):
            continue
        a, b = direct.token_range(doc, m)
        owner = _cue_above(doc, a, b, by_head)
        if owner is not None:
            inside = any(c.start <= m.start and m.end <= c.end for c in attributions[owner].contents)
            # 'said on "Fox News Sunday"': a title, not words said
            if inside or not _title_case(text, m):
                attributions[owner].contents.append(Content(m.start, m.end, QuoteKind.PARTIAL))
                continue
            extra.append(Attribution(None, [Content(m.start, m.end, QuoteKind.SCARE)], 0.5))
            continue
        # (a quote left open at the paragraph's end is speech going on: '"Nobody.' then '"He paid …"')
        statement = direct.sentence_like(doc, text, m) or _capitalized_phrase(text, m) or m.runs_on
        if direct.starts_sentence(text, m) and statement:
            between = bisect.bisect_left(cue_starts, last_end) < bisect.bisect_left(cue_starts, m.open_mark)
            gap = text[last_end : m.open_mark] if last is not None else ""
            if last is not None and not between and gap.count(PARAGRAPH_BREAK) <= 2 and len(gap) < 600:
                attributions[last].contents.append(Content(m.start, m.end, QuoteKind.DIRECT))
                last_end = m.close_mark
                continue
            extra.append(Attribution(None, [Content(m.start, m.end, QuoteKind.DIRECT)], 0.3))
            continue
        extra.append(Attribution(None, [Content(m.start, m.end, QuoteKind.SCARE)], 0.5))
    return extra


def _title_case(text: str, m: Marked) -> bool:
    words = [w for w in text[m.start : m.end].strip(" ,.").split() if w.isalpha()]
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "or", "by"}
    return bool(words) and len(words) <= 8 and all(w[0].isupper() or w in small for w in words)


def _capitalized_phrase(text: str, m: Marked) -> bool:
    """'"The Donald. Big Daddy."' after an attributed quote: more of the same speaker."""
    inner = text[m.start : m.end]
    return inner[:1].isupper() and len(inner.split()) >= 2 and inner.rstrip()[-1:] in ".!?"


def _cue_above(doc, a: int, b: int, by_head: dict[int, int]) -> int | None:
    if b <= a:
        return None
    tok = doc[a:b].root
    for _ in range(12):
        if tok.i in by_head:
            return by_head[tok.i]
        if tok.head.i == tok.i:  # 'The "war on drugs," he writes, was "a war on the poor."':
            aside = [c for c in tok.children if c.dep_ == "parataxis" and c.i in by_head]
            return by_head[aside[0].i] if aside else None  # the cue set off inside the sentence
        tok = tok.head
    return None


TRAILING = {  # what a quote's own words end with but the sentence around it owns
    QuoteKind.DIRECT: ",;:—–", QuoteKind.PARTIAL: ",;:.—–", QuoteKind.INDIRECT: ",;:", QuoteKind.SCARE: ",;:.",
}


def _trim_end(text: str, start: int, end: int, kind: QuoteKind) -> int:
    """Drop the comma (or, in a phrase, the period) that punctuates the sentence around a quote."""
    strip = TRAILING[kind] + " \n\t\u00a0"
    while end - 1 > start and text[end - 1] in strip:
        end -= 1
    return end


def _quotes(doc, text, article, attributions, resolver) -> list[Quote]:
    quotes: dict[tuple[int, int], Quote] = {}
    for att in attributions:
        cue = att.cue
        speaker = None
        cue_span = None
        if cue is not None:
            cue_span = Span(text[cue.start : cue.end], cue.start, cue.end)
            if cue.source_start is not None:
                speaker = resolver.speaker(cue.source_start, cue.source_end)
                if speaker.name is None and cue.named:
                    speaker.name = cue.named
        for content in att.contents:
            kind = content.kind
            start, end = content.start, _trim_end(text, content.start, content.end, kind)
            if kind is QuoteKind.INDIRECT:
                start = past_dateline(text, start, end)  # 'WASHINGTON — The U.S. government agreed …
                end = close_pairs(text, start, end, end + 1)  # '… 7bn pesos (£280m)'
            if end <= start or (kind is QuoteKind.INDIRECT and text[start:end].lower() in BARE_PRONOUNS):
                continue  # 'testified against him': nothing said
            conf = round(min(0.99, att.confidence * (1.0 if speaker and speaker.name else 0.8)), 3)
            if kind == QuoteKind.SCARE:
                quote = Quote(article.id, text[start:end], start, end, kind, None, None, conf)
            else:
                quote = Quote(article.id, text[start:end], start, end, kind, cue_span, speaker, conf)
            if (start, end) not in quotes or quotes[(start, end)].speaker is None:
                quotes[(start, end)] = quote
    settle_names([q.speaker for q in quotes.values() if q.speaker is not None], text)
    return _repeated(sorted(quotes.values(), key=lambda q: (q.start, q.end)))


def _repeated(quotes: list[Quote]) -> list[Quote]:
    """A direct quote with no speaker that repeats words already quoted (a page's pull quote,
    "We have never seen the dams this low in August.") is the same speaker's."""
    said = {}
    for q in quotes:
        key = " ".join(q.text.lower().strip(" .,!?\"“”'‘’").split())
        if q.speaker is not None and q.speaker.name and len(key.split()) >= 4:
            said.setdefault(key, q)
        elif q.speaker is None and q.kind is QuoteKind.DIRECT and key in said:
            first = said[key]
            q.speaker, q.cue, q.confidence = first.speaker, None, min(q.confidence, first.confidence)
    return quotes

