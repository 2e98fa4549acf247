"""The mention that speaks for a cue: its head word in the parse (source_token) and the words
it spans (mention_bounds), with the parse's usual slips mended: a dateline before the name, an
aside after it, a participle that took the name as its subject, a mention that swallows
another cue.
"""
from __future__ import annotations

import bisect

from factdesk.nlp.datelines import DASHES
from factdesk.nlp.people import AGENT_ENDINGS
from factdesk.quotes.spans import Cue


# what a post or a video is done to as it spreads: "A post shared thousands of times claims …"
CIRCULATION = {"share", "view", "circulate", "watch", "retweet", "like", "repost", "forward"}
TIMES = {"thousand", "thousands", "million", "millions", "hundred", "hundreds", "dozen", "dozens", "time", "times"}


def circulated_by(tok, subject):
    """'A post shared thousands of times on Facebook claims that …', parsed with 'shared' as the
    verb and 'thousands' as the subject of 'claims': the post (the subject of the verb of
    circulation above the cue), or None."""
    if subject.lower_ not in TIMES or tok.head.lemma_.lower() not in CIRCULATION or tok.dep_ != "ccomp":
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i), None)


def source_token(tok, outside=lambda t: True, depth: int = 0):
    """The head word of who speaks for cue token `tok`, or None; `outside(t)` keeps quoted words out."""
    if tok.lower_ == "according":
        for to in tok.children:
            for obj in to.children:
                if obj.dep_ == "pobj" and outside(obj):
                    return obj
        return None
    subjects = [c for c in tok.children  # "»" may parse as a subject ("About four in 10" may speak)
                if c.dep_ == "nsubj" and outside(c) and any(ch.isalnum() for ch in c.text)]
    if subjects:  # 'MEXICO CITY (AP) — President Claudia Sheinbaum said': the one nearest the verb
        before = [c for c in subjects if c.i < tok.i]
        subject = before[-1] if before else subjects[0]
        if subject.i < tok.i and (named := _set_off_after(tok, outside) or _set_off_before(tok, subject, outside)):
            return named
        if (post := circulated_by(tok, subject)) is not None and outside(post):
            return post
        return _person_beside(subject)
    if tok.pos_ == "NOUN":  # "Trump's claim", "the decision by the FBI"
        for child in tok.children:
            if child.dep_ == "poss" and outside(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((g for g in child.children if g.dep_ == "pobj" and outside(g)), None)
        return None
    for child in tok.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj" and outside(g)), None)
    for child in tok.rights:  # '"…," said Leslie Wimes' parsed with the name as object (not
        as_object = child.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd")  # "attacked Trump")
        if child.i <= tok.i + 3 and child.ent_type_ == "PERSON" and as_object and tok.lemma_.lower() in INVERTING:
            return child
        break
    if (after := _named_after_quote(tok, outside)) is not None:
        return after
    will = next((c for c in tok.lefts if c.dep_ == "aux" and c.text == "Will" and c.i == tok.i - 1), None)
    if will is not None and tok.tag_ == "VBD" and outside(will):
        return will  # "Will wrote": George Will, not the future of a past tense
    if tok.dep_ == "acl" and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN" and outside(tok.head) and any(
            c.dep_ in ("ccomp", "oprd") for c in tok.children):
        return tok.head  # "one lawmaker called Trump '…'", "A Quinnipiac poll found that …"
    aside = next((c for c in tok.lefts if is_passive_aside(c)), None)
    if aside is not None:  # 'Sheinbaum, asked about the ruling, said': the aside took her subject
        subject = next(c for c in aside.children if c.dep_ == "nsubj")
        if outside(subject):
            return subject
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":  # "began by saying"
        head, dep = head.head, "prep"
    else:
        dep = tok.dep_
    chained = dep in ("conj", "xcomp", "advcl", "prep") and head.pos_ in ("VERB", "AUX") and not (
        dep == "advcl" and any(c.dep_ == "mark" for c in tok.children))  # "… as Patti Davis attacked": hers
    if chained and dep == "advcl" and tok.tag_ == "VBG" and head.dep_ in EMBEDDED and _after_comma(tok):
        # 'denied that the strikes were illegal, saying …': the denier says it, not the strikes
        while head.dep_ in EMBEDDED | {"dobj", "pobj", "prep"} and head.head.i != head.i:
            head = head.head
    if chained and dep == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and (
            _no_one(head) or _both_speech(tok, head.head)):
        # 'Romero said the election was "a farce" and called for …': the parse hangs the second
        # verb on the clause reported; an election calls for nothing, so the one who said it did
        head = head.head
    if depth < 3 and chained and head.i != tok.i:
        found = source_token(head, outside, depth + 1)
        if found is not None or depth > 0:
            return found
        # '"…," Tulsa police Chief Chuck Jordan said Monday' parsed as a second verb of the quote
    return _name_just_before(tok, outside) if depth == 0 else None


# verbs of speech a writer puts before the speaker's name: "…," said Leslie Wimes
INVERTING = {"say", "add", "write", "tweet", "ask", "reply", "explain", "continue", "note", "recall", "post"}


def _named_after_quote(tok, outside):
    """'"…," tweeted a German user from Hanover', '"…," said the woman, who …', '"The risk,"
    said Edward Leamer, an economist …, "is …"': a verb of speech right after a quote, with no
    subject, is said by the noun phrase right after it, whatever the parse made of that phrase
    (an object, the subject of a clause after it, the object of a verb it misread)."""
    doc = tok.doc
    before = [doc[k].text for k in range(max(0, tok.i - 2), tok.i)]
    if len(before) < 2 or not (before[-1] in CLOSING and before[-2] in (",", "?", "!")
                               or before[-1] == "," and before[-2] in CLOSING):
        return None
    if tok.lemma_.lower() == "tell" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # '"…," told reporters', '"…," repeating a charge': no speaker after these
    end = tok.i + 1
    while end < tok.sent.end and not (doc[end].is_punct and doc[end].text not in HYPHENS):
        end += 1
    phrase = doc[tok.i + 1:end]
    if not 0 < len(phrase) <= 16 or not all(outside(t) for t in phrase):
        return None
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ == "VERB":  # "Oversight ranking Democrat …", with "ranking" read as a verb
        return next((c for c in head.rights if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if head.pos_ in ("NOUN", "PROPN") or head.lower_ in ("another", "one", "others"):
        return head
    return None


def _set_off_after(tok, outside):
    """'The contrast with Trump, said Doyle and others, would be clear': a verb of speech set
    off by commas inside the sentence, with a name right after it (that the parse may make the
    subject of the clause reported), was said by that name, not by the words before; or None."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
        return None
    name = doc[tok.i + 1]
    while name.dep_ in ("compound", "amod") and name.head.i > name.i:
        name = name.head
    by_cue = name.head.i == tok.i  # "The economy, said Banxico governor Victoria Rodríguez, will grow"
    in_clause = name.head.i > name.i and name.head.head.i == tok.i
    set_off = "," in (doc[name.right_edge.i].text, doc[min(name.right_edge.i + 1, len(doc) - 1)].text)
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or not (by_cue or in_clause) or not outside(name) or not set_off:
        return None
    return name


def _set_off_before(tok, subject, outside):
    """'The source of the attraction to Mr. Trump, union members and leaders say, is manifold',
    parsed with the speakers as more of the thing before them: a verb of speech set off as an
    aside, whose subject runs back across a comma, was said by the words between that comma and
    the verb; or None."""
    doc = tok.doc
    if tok.dep_ != "parataxis" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," \
            or subject.right_edge.i != tok.i - 1:
        return None
    comma = max((k for k in range(subject.i, tok.i) if doc[k].text == ","), default=None)
    if comma is None or comma + 1 >= tok.i:
        return None
    words = doc[comma + 1:tok.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    head = next(t for t in words if not comma < t.head.i < tok.i)
    return head if outside(head) else None


def _person_beside(subject):
    """'With 50 days until the election, Minyon Moore, a senior adviser …, called': a thing the
    parse took for the subject, with a person's name set beside it, stands for that person."""
    from factdesk.quotes.speakers import ORGANIZATION_WORDS, PERSON_NOUNS

    if subject.ent_type_ == "PERSON" and any(c.dep_ == "det" for c in subject.children):
        pass  # "To understand the real Dred Scott, Chief Justice Roberts said": nobody is named "the …"
    elif subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in PERSON_NOUNS | ORGANIZATION_WORDS \
            or subject.lower_.endswith(AGENT_ENDINGS):
        return subject  # ("another Twitter user, Johanna Bayer": the description and the name)
    named = [c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return named[0] if named else subject


def _both_speech(verb, outer) -> bool:
    """'Tillman said that Mexico had become "a failed state" and urged the administration …':
    a verb of speech the parse hangs on the clause another verb of speech reports is the
    speaker's second act, not the clause's subject's."""
    from factdesk.quotes.cues import reporting_verbs

    speech = reporting_verbs()
    return verb.lemma_.lower() in speech and outer.lemma_.lower() in speech


def _no_one(verb) -> bool:
    """Is the subject of `verb` a thing ('the election'), not a person, a body or a pronoun?"""
    from factdesk.quotes.speakers import ORGANIZATION_WORDS, PERSON_NOUNS

    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and subject.lemma_.lower() not in PERSON_NOUNS | ORGANIZATION_WORDS


def is_passive_aside(tok) -> bool:
    """'Claudia Sheinbaum, asked about the ruling, …': a participle set off by a comma after the
    name the parse gave it as subject. She was asked; she asked nothing."""
    doc = tok.doc
    if tok.tag_ == "VBN" and tok.lemma_.lower() in ("ask", "question", "press") and tok.i == tok.sent.start \
            and tok.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True  # "Asked whether the drop would last, Isacson said: …": the question is not his
    after = tok.right_edge.i + 1
    return (tok.tag_ in ("VBN", "VBD") and tok.head.i > tok.i and tok.i > 0
            and doc[tok.i - 1].text == "," and (doc[after - 1].text == "," or (
                after < len(doc) and doc[after].text == ","))
            and any(c.dep_ == "nsubj" and c.i < tok.i - 1 for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and not any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children))  # "The economy, said X, will …"


EMBEDDED = {"ccomp", "acl", "relcl"}  # a clause reported, or one that says what a noun holds


def _after_comma(tok) -> bool:
    """Is `tok`'s phrase set off by a comma before it (a closing quote mark between: '"until the
    drugs stop," rejecting a proposal')?"""
    k = tok.left_edge.i - 1
    while k > 0 and tok.doc[k].text in CLOSING:
        k -= 1
    return k >= 0 and tok.doc[k].text == ","


CLOSING = {"”", '"', "''", "»", "’"}


def _name_just_before(tok, outside):
    """'…, Mexico's economy minister, Marcelo Ebrard, said': a verb the parse left without a
    subject, right after a person's name (and a comma), was said by that person."""
    doc = tok.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and outside(c) for c in tok.children):
        return None  # (a subject inside quote marks is a misparse: 'said … on Fox News's "Fox and Friends"')
    k = tok.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].ent_type_ == "PERSON" and outside(doc[k]):
        return doc[k]
    # 'In a panel discussion in Washington, Marc H. Morial, the chief executive of the National
    # Urban League, forcefully told': the name and what is set beside it end right before the verb
    while k >= 0 and (doc[k].text == "," or doc[k].pos_ == "ADV"):
        k -= 1
    for a in (doc[k].ancestors if k >= 0 else ()):
        if a.ent_type_ == "PERSON" and a.right_edge.i >= k and outside(a) and any(
                c.dep_ == "appos" for c in a.children):
            return a
    # 'Sanders, meanwhile, who sits at zero endorsements, said': the parse gave the name to the
    # clause about him; the name opens the sentence, and the clause is set off after it
    # ('Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said', with
    # "rabbi" read as a verb): nothing between has a subject of its own
    opening = tok.sent[0]
    while opening.i + 1 < tok.i and doc[opening.i + 1].ent_iob_ == "I" and opening.ent_type_:
        opening = doc[opening.i + 1]
    between = doc[opening.i + 2:tok.i - 1]
    if opening.i + 1 < k and doc[opening.i + 1].text == "," and opening.text[:1].isupper() \
            and opening.pos_ in ("NOUN", "PROPN") and outside(opening) and doc[tok.i - 1].text == "," \
            and len(between) <= 30 and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opening.i
                                               and c.lower_ != "who" for t in between for c in t.children):
        return opening
    # '"…," Flynn, a top Trump surrogate, said': the name opens the stretch after the quote
    lead = [t for t in doc[max(0, tok.i - 15):tok.i] if t.text in CLOSING]
    if not lead:
        return None
    k = lead[-1].i + 1
    while k < tok.i and doc[k].text == ",":
        k += 1
    name = doc[k] if k < tok.i else None
    if name is None or name.ent_type_ != "PERSON" or not outside(name) or any(
            t.pos_ in ("VERB", "AUX") for t in doc[k:tok.i] if t.ent_type_ != "PERSON"):
        return None
    while name.i + 1 < tok.i and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    return name


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
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
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
