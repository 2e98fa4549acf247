"""Who speaks for a cue: the head word of the mention in the parse (source_token), with the
parse's usual slips mended: a name the parse hung elsewhere, a participle that took the name as
its subject, a speaker named after the quote, an aside set off by commas. The words the mention
spans are `mentions.mention_bounds`'s.
"""
from __future__ import annotations

from factdesk.nlp.people import AGENT_ENDINGS
from factdesk.quotes.mentions import CLOSING, HYPHENS


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
    subjects = [c for c in tok.children  # "»" may parse as a subject ("About four in 10", "18%" may speak)
                if c.dep_ == "nsubj" and outside(c) and (any(ch.isalnum() for ch in c.text) or c.text == "%")]
    if subjects:  # 'MEXICO CITY (AP) — President Claudia Sheinbaum said': the one nearest the verb
        before = [c for c in subjects if c.i < tok.i]
        subject = before[-1] if before else subjects[0]
        if subject.lower_ in ("'s", "’s") and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "let":
            return None  # "Let's hope …": the writer and the reader, nobody quoted
        if subject.i < tok.i and (named := _set_off_after(tok, outside) or _set_off_before(tok, subject, outside)):
            return named
        if (post := circulated_by(tok, subject)) is not None and outside(post):
            return post
        return _person_beside(subject)
    if (named := _named_before_aside(tok, outside)) is not None:
        return named
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
        if child.i <= tok.i + 3 and child.ent_type_ == "PERSON" and as_object and tok.lemma_.lower() in INVERTING \
                and not any(c.dep_ == "xcomp" for c in tok.children):  # "asking Trump to share his views": asked
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
    named = next((c for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "PROPN"), None)
    if named is not None and tok.pos_ == "VERB" and outside(named):
        return named  # '"…," Bozell answers.' with the name read as part of a noun "Bozell answers"
    aside = next((c for c in tok.lefts if is_passive_aside(c)), None)
    if aside is not None:  # 'Sheinbaum, asked about the ruling, said': the aside took her subject
        subject = next((c for c in aside.children if c.dep_ == "nsubj"), None)
        if subject is not None and outside(subject):
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
    if chained and dep == "xcomp":  # "That prompted Rubio to … call Trump 'very flexible'": the one prompted
        prompted = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i and outside(c)), None)
        if prompted is not None:
            return prompted
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


def _named_before_aside(tok, outside):
    """'Mr. Slinker, whose latest start-up uses big data …, said Mr. Trump was …', parsed with the
    name and its long aside as a first clause the verb reports: a verb of speech with no subject,
    set off after a comma, with what it reports after it and a clause before it that opens the
    sentence with a name and a comma, was said by that name; or None."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i < 2 or doc[tok.i - 1].text not in (",", "-", "—", "–"):
        return None
    before = [c for c in tok.children if c.dep_ in ("ccomp", "advcl", "dep") and c.i < tok.i]
    after = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    if not before or not after:
        return None
    start = tok.sent.start
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    comma = next((k for k in range(start, tok.i) if doc[k].text == ","), None)
    if comma is None or comma == start or min(c.left_edge.i for c in before) > start:
        return None
    words = doc[start:comma]
    if any(t.pos_ in ("VERB", "AUX") and t.ent_type_ != "PERSON" for t in words) or not outside(words.root) \
            or not (words.root.pos_ in ("PROPN", "NOUN") or words.root.ent_type_ == "PERSON"):
        return None  # ("Trump" may be tagged a verb)
    return words.root


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
