"""Reported speech without quote marks: the clause a cue introduces.

`X said that …` and `X warned …` take the cue's clausal complement; `…, said X.` takes the
clause the cue hangs off; `according to X, …` takes the clause around the phrase; other
stated positions (`X called for …`, `X wants to …`) take the complement or object.
"""
from __future__ import annotations

from factdesk.quotes.cues import reporting_verbs

CLAUSE_DEPS = ("ccomp",)
OBJECT_DEPS = ("xcomp", "dobj", "attr", "oprd", "acl", "ccomp")
OBJECT_PREPS = {"for", "of", "about", "on", "as", "to", "against", "with", "that", "into"}


def _trimmed(doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        if doc[start].text in "“\"«‘" and start + 1 < end:
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text in "”\"»’%" and end - 1 > start:  # a closing mark, '20%'
            break
        end -= 1
    return (start, end) if end > start else None


ASIDES = {"which", "who", "where", "whose", "when"}


def content_tokens(tok, source: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Token bounds of what the cue `tok` reports: one span, or two around a cue set
    inside the sentence ("Mexico, he said, has every right …"); empty when none."""
    found = _content_tokens(tok, source)
    if found is None:
        return []
    if isinstance(found, list):
        return found
    return [_drop_trailing_aside(tok.doc, *_mend_dangling_conjunction(tok, *found))]


def _mend_dangling_conjunction(tok, start: int, end: int) -> tuple[int, int]:
    """'to threaten Moscow or | even declare it …' parsed apart: take the rest, or drop 'or'."""
    doc = tok.doc
    k = end - 1
    while k > start and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k <= start or doc[k].dep_ != "cc":
        return start, end
    following = [c for c in doc[k].head.rights if c.dep_ == "conj" and c.i > k]
    following += [c for c in tok.rights if c.dep_ == "conj" and c.i > k and c.left_edge.i <= k + 2]
    if following:
        return start, max(c.right_edge.i for c in following) + 1
    return start, k


def _drop_trailing_aside(doc, start: int, end: int) -> tuple[int, int]:
    """'criticism of Matt Lauer, who took heat for …': the aside is the writer's, not the claim."""
    for k in range(start + 2, end - 1):
        if doc[k].text == "," and doc[k + 1].lower_ in ASIDES and doc[k + 1].head.dep_ == "relcl":
            if doc[k + 1].head.right_edge.i + 1 >= end - 1:
                return start, k
    return start, end


def _content_tokens(tok, source: tuple[int, int] | None):
    doc = tok.doc
    if tok.lower_ == "according":
        return _around(tok)
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS:
            end = _clause_end(child)
            if child.i > tok.i and end == child.right_edge.i + 1:
                end = _trailing_of_cue(tok, child, end)
            start = child.left_edge.i
            if start < tok.i < child.i:  # 'a figure that critics say hides a rise': not 'that critics say'
                start = tok.i + 1
            if source is not None and source[0] == start > tok.i:  # ', said Doyle and others, would be
                start = source[1]  # clear' with the name read as the subject of what he said
            return _trimmed(doc, start, end)
    complement = _complement(tok)
    if complement is not None:
        return complement
    # "… is a parallel power, he said" / "As Freeman observed, …" / "Mexico, he said, …"
    if tok.dep_ == "parataxis" or (tok.dep_ in ("ccomp", "advcl") and tok.head.pos_ in ("VERB", "AUX")):
        cue_left = min(t.i for t in tok.subtree)
        cue_right = max(t.i for t in tok.subtree)
        if source is not None and source[0] > tok.i and any(  # "The economy, said X, will grow":
                t.dep_ == "nsubj" and t.head.i == tok.i for t in doc[source[0]:source[1]]):  # the
            cue_left, cue_right = tok.i, max(cue_right, source[1] - 1)  # subject is what X said
        elif source is not None:
            cue_left = min(cue_left, source[0])
        head = tok.head
        before = _trimmed(doc, head.left_edge.i, cue_left)
        after = None
        if cue_right < head.right_edge.i:
            after = _trimmed(doc, cue_right + 1, _clause_end(head))
        return [p for p in (before, after) if p is not None] or None
    return _that_clause_below(tok) or _passive_subject(tok)


def _passive_subject(tok) -> tuple[int, int] | None:
    """'The registration issue was first reported by The Post': what the agent reported
    ('was sentenced by a judge' reports nothing)."""
    if not any(c.dep_ == "agent" for c in tok.children) or tok.lemma_.lower() not in reporting_verbs():
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "who"):
        return None
    return _trimmed(tok.doc, subject.left_edge.i, subject.right_edge.i + 1)


def _trailing_of_cue(tok, clause, end: int) -> int:
    """'said the exhibits would put it in context, allowing people to …' with the trailing
    clause parsed onto the cue rather than onto what was said: it still belongs to it."""
    doc = tok.doc
    for c in tok.rights:
        if c.i <= clause.i or c.is_punct:
            continue
        next_to = c.left_edge.i == end or (
            end < len(doc) and doc[end].is_punct and c.left_edge.i == end + 1)
        if not next_to or c.dep_ not in TRAILING_OF_CUE or c.lemma_.lower() in SPEECH_VERBS:
            break  # '…, warned …' is a statement of its own
        end = c.right_edge.i + 1
    return end


TRAILING_OF_CUE = {"advcl", "conj", "ccomp", "parataxis"}


THAT_CLAUSE_DEPS = ("ccomp", "acl", "relcl", "advcl")  # advcl: 'that' parsed as an adverb


def _that_clause_below(tok) -> tuple[int, int] | None:
    """'wrote in a recent essay that …': a that-clause hung lower in the parse."""
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ not in THAT_CLAUSE_DEPS or t.left_edge.lower_ != "that":
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ != "that":  # not "a rally that drew thousands"
            return _trimmed(tok.doc, t.left_edge.i, _clause_end(t))
    return None


def _words(doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not (t.is_punct or t.is_space))


COMPLEMENT_DEPS = {"dobj", "xcomp", "oprd", "attr", "ccomp", "prep", "acomp", "advcl", "dative", "acl"}


CIRCUMSTANCE_PREPS = {"during", "after", "before", "since", "until", "at", "in", "on"}


def _complement(tok) -> tuple[int, int] | None:
    """'called the charges unsubstantiated', 'want to leave', 'spoke of the unrest'."""
    doc = tok.doc
    rights = [c for c in tok.rights if c.dep_ in COMPLEMENT_DEPS or _nominal_conj(c)]
    start = next((c for c in rights if c.dep_ in OBJECT_DEPS and c.lower_ not in ("it", "this", "so")),
                 None)
    if start is None:  # 'sentenced on Wednesday to 38 years': the date is when, not what
        start = next((c for c in rights if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
                      and not _names_a_time(c)), None)
        if start is None:
            return None
        obj = [g for g in start.children if g.dep_ in ("pobj", "pcomp")]
        if not obj:
            return None
        first = obj[0].left_edge.i
    else:
        first = start.left_edge.i
    end = start.right_edge.i + 1
    for c in rights:
        if c.i <= start.i or c.dep_ == "dative":
            continue
        if doc[c.left_edge.i - 1].text in ";—–(" or c.dep_ == "advcl":  # a comma alone does not end it
            break
        if c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCE_PREPS or _names_a_time(c)):
            break
        end = c.right_edge.i + 1
    return _trimmed(doc, first, end)


def _names_a_time(prep) -> bool:
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _nominal_conj(c) -> bool:
    """'emphasizing fairness, and a need to …' with 'need' parsed as the verb's conjunct."""
    return c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)


TRAILING_CLAUSES = {"advcl", "parataxis"}


def _clause_end(root) -> int:
    """End of a reported clause, before a trailing ', although …' or ', arguing …' of its own."""
    doc = root.doc
    end = root.right_edge.i + 1
    for child in root.rights:
        if child.dep_ in TRAILING_CLAUSES and child.left_edge.i > root.i:
            before = child.left_edge.i - 1
            if before > root.i and doc[before].text in ",;—–(":
                return min(end, before)
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.lemma_.lower() in SPEECH_VERBS:
            cc = [c for c in root.rights if c.dep_ == "cc" and c.i < child.i]
            if cc:  # 'it was opposed to the test and warned North Korea …': the speaker goes on
                return min(end, cc[-1].i)
    return end


SPEECH_VERBS = {"say", "add", "warn", "call", "tell", "note", "argue", "suggest", "insist", "urge",
                "ask", "vow", "promise", "explain", "claim", "accuse", "announce", "predict"}


DESCRIPTION_WORDS = 10


def _past_description(doc, start: int, end: int) -> int:
    """Where what was said begins after 'according to X': past a participle that describes X
    ("the FBI's annual report, released in August, | violent crime fell …")."""
    if start + 2 >= end or doc[start].text != "," or doc[start + 1].tag_ != "VBN":
        return start
    for k in range(start + 2, min(end, start + DESCRIPTION_WORDS)):
        if doc[k].text == ",":
            return k + 1
        if doc[k].pos_ in ("VERB", "AUX"):
            break
    return start


def _around(according) -> tuple[int, int] | None:
    """The clause an 'according to X' phrase attaches to, minus the phrase."""
    doc = according.doc
    phrase = (according.left_edge.i, according.right_edge.i + 1)
    sent = according.sent
    head = according.head
    while (head.dep_ != "ROOT" and head.head.i != head.i and head.head.sent == sent
           and head.pos_ not in ("VERB", "AUX")):
        head = head.head
    clause = (min(head.left_edge.i, sent.start) if head.dep_ == "ROOT" else head.left_edge.i,
              max(head.right_edge.i + 1, phrase[1]) if head.dep_ != "ROOT" else sent.end)
    before = (clause[0], phrase[0])
    after = (_past_description(doc, phrase[1], clause[1]), clause[1])
    best = before if before[1] - before[0] >= after[1] - after[0] else after
    return _trimmed(doc, *best)
