"""The words of the mention that speaks for a cue (mention_bounds; its head word is
`who_speaks.source_token`'s), with the parse's usual slips mended: a dateline before the name, an
aside after it, its own cue hung under it, a mention that swallows another cue.
"""
from __future__ import annotations

import bisect

from factdesk.nlp.datelines import DASHES
from factdesk.quotes.spans import Cue


CLOSING = {"”", '"', "''", "»", "’"}
HYPHENS = ("-", "‐")


def unbroken_end(doc, end: int) -> int:
    """Where a span ending at token `end` ends once a hyphenated word the parse broke is whole:
    "a crime analyst who co | -founded the firm AH Datalytics", with "-founded" hung elsewhere,
    runs on to its clause's end (the next punctuation that is no hyphen inside a word)."""
    if end + 1 >= len(doc) or not joins_word(doc, end):
        return end
    stop = doc[end - 1].sent.end
    while end < stop and not (doc[end].is_punct and not joins_word(doc, end)):
        end += 1
    return end


def joins_word(doc, k: int) -> bool:
    """Is token `k` a hyphen inside a word the tokenizer broke there ("co | - | founded")?"""
    return k > 0 and doc[k].text in HYPHENS and not doc[k].whitespace_ and not doc[k - 1].whitespace_


WHEN = {"when", "while", "after", "before", "if"}
CIRCUMSTANCE = {"in", "during", "at", "after", "before", "on", "while"}
LONG_WHO = 25  # words: PolNeAR's sources keep a ", who …" clause, unless it runs this long (train)


def mention_bounds(subject, cue_i: int | None = None) -> tuple[int, int]:
    """Token bounds of the mention headed by `subject`: its subtree, trimmed of punctuation,
    never reaching its own cue (token `cue_i`)."""
    if subject.lower_ in ("who", "which", "that"):
        return subject.i, subject.i + 1
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    doc = subject.doc
    if cue_i is not None and subject.i < cue_i < end:
        end = _before_own_cue(subject, doc[cue_i])
    if subject.ent_iob_ in ("B", "I"):  # "Will Freeman": "Will" may parse as an auxiliary
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == subject.ent_type_:
            start -= 1
    for k in range(subject.i + 1, end - 1):  # ", which represents …" (", who …" stays: news keeps it,
        if doc[k].text == "," and (doc[k + 1].lower_ == "which" or (  # unless it is a story of its own)
                doc[k + 1].lower_ == "who" and sum(1 for t in doc[k + 1:end] if t.is_alpha) >= LONG_WHO)):
            end = k
            break
    if cue_i is not None and cue_i < subject.i and doc[cue_i].lower_ == "according":
        end = _before_what_is_reported(doc, subject, end)
    for k in range(subject.i + 1, end):
        if doc[k].text == "(":  # "said Mr. Burman (a view echoed by …)"; "Roy Cooper (D)" stays
            close = next((j for j in range(k + 1, end) if doc[j].text == ")"), end)
            if any(t.text[:1].islower() for t in doc[k + 1:close]):
                end = k
                break
    for child in subject.rights:  # "Trump, speaking to veterans, said"; "Powell's office, when contacted"
        if child.dep_ in ("acl", "advcl", "relcl") and doc[child.left_edge.i - 1].text == "," and (
                child.tag_ == "VBG" or doc[child.left_edge.i].lower_ in WHEN):
            end = min(end, child.left_edge.i - 1)
        if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE and subject.ent_type_ == "PERSON" \
                and cue_i is not None and cue_i < subject.i and child.i == _name_end(subject) \
                and not any(g.ent_type_ == "ORG" for g in child.children):
            end = min(end, child.i)  # 'said Trump in his speech': where he said it, not who he is
    if doc[start].lower_ == "even" and start < subject.i:  # "Even Latino Republicans say"
        start += 1
    if doc[start].lower_ in ("a", "an") and subject.tag_ in ("NNS", "NNPS"):
        # "…, a turnout critics said undermined …": no 'a' before a plural; the thing and its
        # article end the phrase before, and the speakers are the words after it
        thing = next((t for t in doc[start + 1:subject.i] if t.tag_ == "NN" and t.dep_ == "compound"), None)
        if thing is not None:
            start = thing.i + 1
    for child in subject.rights:  # "a congressional report on Wednesday": the day is not the report's name
        when = doc[child.i + 1:child.right_edge.i + 1]
        if child.dep_ == "prep" and child.lower_ in ("on", "in") and child.i + 1 < end \
                and child.right_edge.i + 1 >= end and all(t.ent_type_ == "DATE" for t in when):
            end = child.i
    for k in range(start + 1, end - 1):  # a wire dateline: "WASHINGTON -- President Obama"
        if _ends_dateline(doc, start, k):
            start = k + 1
    for k in range(start, end):  # a dateline or heading before the name
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            if k < subject.i:
                start = k + 1
            else:
                end = min(end, k + 1)
                break
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != "%":
        end -= 1
    if end - start > 1 and doc[end - 1].pos_ == "ADP":  # "A viral post on [Facebook] claims", the
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].dep_ == "compound":  # name
            end += 1  # parsed as part of 'claims'
        if doc[end - 1].pos_ == "ADP":
            end -= 1
    end = unbroken_end(doc, end)
    words = doc[start:end].text
    if end < len(doc) and doc[end].text == ")" and words.count("(") > words.count(")"):
        end += 1  # "Roy Cooper (D)"
    return _title_words_before(doc, start), end


def _name_end(subject) -> int:
    """The token after the name or noun `subject` ends, with the words the parse hangs on it."""
    end = subject.i + 1
    while end < len(subject.doc) and subject.doc[end].head.i == subject.i and subject.doc[end].dep_ in (
            "compound", "flat", "case"):
        end += 1
    return end


def _before_what_is_reported(doc, subject, end: int) -> int:
    """'According to conservative talk radio host Rush Limbaugh, the move reeks of "fear"',
    parsed with the clause as a description of Limbaugh: a mention that runs to the end of
    the sentence leaves nothing reported, so it ends at the first comma after the name."""
    last = subject.sent.end
    while last > subject.i + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if end < last:
        return end
    return next((k for k in range(subject.i + 1, end) if doc[k].text == ","), end)


def _before_own_cue(subject, cue) -> int:
    """Where a mention ends when the parse hung its own cue under it ("A union representing
    flight attendants endorsed …", "Roy Cooper (D), McCrory's opponent …, called Friday for …"
    with the verb read as a clause of the name): before the cue and the words it governs."""
    return cue.left_edge.i if cue.left_edge.i > subject.i else cue.i


TITLE_WORD_TAGS = {"PROPN", "NOUN", "ADJ"}
TITLE_WORDS_MAX = 4


def _title_words_before(doc, start: int) -> int:
    """'"…," Tulsa police Chief Chuck Jordan said': the title words between a closing quote
    mark and the name that the parse left out of it ('Tulsa' read as a verb) open the mention."""
    k = start
    while k > 0 and start - k < TITLE_WORDS_MAX and not doc[k - 1].whitespace_.count("\n") and (
            doc[k - 1].pos_ in TITLE_WORD_TAGS or doc[k - 1].ent_type_ in ("GPE", "NORP", "ORG")) \
            and doc[k - 1].text[:1].isalpha():
        k -= 1
    j = k - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    return k if k < start and j >= 0 and doc[j].text in CLOSING else start


def _ends_dateline(doc, start: int, k: int) -> bool:
    """doc[k] is the dash after 'MEXICO CITY (AP)', 'MEXICO CITY, Nov. 29 (Reuters)' or
    'MONTERREY, Mexico'."""
    dash = doc[k].text in DASHES or (doc[k].text == "-" and doc[k - 1].whitespace_ != "")
    if not dash:
        return False
    before = [t for t in doc[start:k] if not (t.is_punct or t.is_space)]
    place = [t for t in before if t.text.isupper() and len(t.text) > 1]
    rest = [t for t in before if t not in place]
    return bool(place) and all(t.like_num or t.ent_type_ in ("DATE", "ORG", "GPE") for t in rest)


def after_dateline(doc, subject, cue_i: int):
    """'12:15 p.m.\\n\\nDonald Trump says': a subject parsed across a line break is the name after it."""
    if not subject.i < cue_i:
        return subject
    breaks = [k for k in range(subject.i, cue_i) if "\n" in doc[k].text or "\n" in doc[k].whitespace_]
    if not breaks or breaks[-1] + 1 >= cue_i:
        return subject
    span = doc[breaks[-1] + 1 : cue_i]
    nouns = [t for t in span if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return span.root if nouns and span.root.pos_ in ("PROPN", "NOUN", "PRON") else subject


def split_nested(doc, cues: list[Cue]) -> None:
    """A mention never swallows another cue: 'Mr. Kamin, who emphasized that …, said'."""
    heads = sorted(c.head for c in cues)
    for cue in cues:
        if cue.source_start is None:
            continue
        k = bisect.bisect_left(heads, cue.source_start)
        if k < len(heads) and heads[k] < cue.source_end and heads[k] != cue.head:
            inner = doc[heads[k]]
            for _ in range(6):  # up to the part of the mention that holds the other cue
                if cue.source_head is None or inner.head.i == cue.source_head or inner.head.i == inner.i:
                    break
                inner = inner.head
            cut = inner.left_edge.i if inner.left_edge.i > cue.source_start else heads[k]
            while cut > cue.source_start + 1 and (
                    doc[cut - 1].is_punct or doc[cut - 1].lower_ in ("who", "which", "that")):
                cut -= 1
            if cut > cue.source_start and cue.source_head is not None and cue.source_head < cut:
                cue.source_end = cut
