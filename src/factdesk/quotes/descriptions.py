"""Who a description means: "the official" after "a senior Mexican security official said",
"the ministry" after "Mexico's foreign ministry", "the state oil company" after "Petróleos
Mexicanos (Pemex)". News names someone once and describes them after; these find the naming.
"""
from __future__ import annotations

from factdesk.nlp.names import name_bounds

INDEFINITE = {"a", "an", "another", "one"}


def introduced(noun):
    """The nearest earlier 'a … <noun>' (an unnamed person brought in: 'a senior Mexican security
    official said'), within a few paragraphs, or None (also when the nearest describes a person
    it names)."""
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 300), -1):
        tok = doc[k]
        if tok.lemma_ == noun.lemma_ and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            # "said Fernando González Cáñez, a water researcher at …": a named person, described
            return None if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" else tok
    return None


def clean_description(noun) -> str:
    """'a senior Mexican security official' -> 'senior Mexican security official'."""
    words = [t for t in noun.lefts if t.dep_ != "det"] + [noun]
    return noun.doc[words[0].left_edge.i if words[0] is not noun else noun.i:noun.i + 1].text


COMPANY_NOUNS = {"company", "firm", "bank", "lender", "airline", "carrier", "automaker", "retailer",
                 "insurer", "utility", "producer", "operator", "giant", "conglomerate", "group"}


# a body of the state is no company: "the central bank said" after "U.S. Census Bureau data show"
PUBLIC_BODIES = {"bureau", "department", "agency", "ministry", "commission", "office", "court",
                 "council", "committee", "administration", "secretariat", "senate", "congress"}


def organization_before(noun, bodies: bool = False) -> str | None:
    """'the state oil company said' after "Petróleos Mexicanos (Pemex) reported": the nearest
    organization named in the paragraphs before (600 characters at most), or None. A body of
    the state counts only with `bodies` ("Its leader" may lead a ministry; "the firm" may not)."""
    doc = noun.doc
    if any(c.lower_ == "central" for c in noun.lefts):
        return None  # "the central bank" is the central bank, not the firm named before
    ents = [e for e in doc.ents if (e.label_ == "ORG" or _described_as_body(e)) and e.end_char <= noun.idx
            and noun.idx - e.end_char <= 600 and (bodies or e[-1].lower_ not in PUBLIC_BODIES)
            and e.root.head.lemma_.lower() != "tell"]  # "Aburto told The Associated Press": the paper asked
    return ents[-1].text if ents else None


# what an apposition calls a body, whatever the recognizer made of its name
BODY_NOUNS = COMPANY_NOUNS | PUBLIC_BODIES | {
    "tank", "institute", "organization", "organisation", "nonprofit", "charity", "association", "coalition",
    "foundation", "union", "watchdog", "consultancy", "network", "outlet", "newspaper", "party", "campaign"}


def _described_as_body(ent) -> bool:
    """'México Evalúa, a think tank in Mexico City,' (the name read as a person's): a name its
    apposition says is a body."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in BODY_NOUNS for c in ent.root.children)


def named_before(description) -> str | None:
    """'the ministry' after "Mexico's foreign ministry responded", 'the electoral institute'
    after "the National Electoral Institute": the fuller name written before it (the nearest
    earlier same noun with words that say whose or which), when every word of the description
    is in it; or None."""
    noun = description.root
    name = _named_before(noun)
    if name is None or not all(t.lower_ in name.lower().split() for t in description[1:-1]):
        return None
    return name


def _named_before(noun) -> str | None:
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 400), -1):
        tok = doc[k]
        if tok.lower_ != noun.lower_ or tok.pos_ not in ("NOUN", "PROPN"):  # 'Justice Department'
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.ent_type_ == "ORG" and after.ent_iob_ == "B":
            # "Mexican state oil company Pemex": the name that follows the description
            return next(e.text for e in doc.ents if e.start == k + 1)
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "Guerrero's firm, Lantia Consultores,": its name, whatever the recognizer says
            return doc[named.left_edge.i:named.i + 1].text
        owner = tok.head
        if tok.dep_ == "appos" and owner.i < tok.i and owner.pos_ == "PROPN" and owner.ent_type_ != "PERSON":
            # "Pemex, the state oil company,": the name it describes
            return doc[owner.left_edge.i:owner.i + 1].text
        words = [c for c in tok.lefts if c.dep_ in ("poss", "compound", "amod")]
        if not words:
            continue
        text = doc[min(c.left_edge.i for c in words):tok.i + 1].text
        a, b = name_bounds(text)
        return text[a:b] or None
    return None
