"""People the entity recognizer mislabels or cuts short: "Rubén Salazar, director of …" tagged
ORG is a person; "Omar García" is "Omar García Harfuch", "Elena Morera" "María Elena Morera".

The small English model often tags Spanish names as organizations or places. A name that
starts with a known first name, follows an honorific ("Mr.", "Sen."), or is described by a
person's role in apposition, is relabelled PERSON (a first name only where the name
speaks or owns: a subject, a possessor, the one who "said"), so the quote stage can resolve "he" to it
and the report lists it among the people. Places and institutions named after people
("Jorge Chávez International Airport", "Virginia Beach") keep their label.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from factdesk.nlp.names import GENDER_BY_FIRST_NAME, PUBLIC_FIGURES

MISLABELS = {"ORG", "NORP", "PRODUCT", "GPE", "LOC", "FAC"}
# "Sister Ana María Díaz", "Father Alejandro Solalinde", "the Rev. Martin Luther King Jr."
RELIGIOUS_TITLES = {"sister", "brother", "father", "rev", "rev.", "reverend", "pastor", "padre", "fray", "rabbi",
                    "imam", "msgr", "msgr.", "monsignor"}
HONORIFICS = {"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "dr", "sen.", "rep.", "gov.", "gen.", *RELIGIOUS_TITLES}
INSTITUTION_WORDS = {
    "airport", "avenue", "bank", "beach", "boulevard", "bridge", "center", "centre", "city",
    "college", "company", "corp", "corporation", "county", "falls", "foundation", "fund", "group",
    "hospital", "inc", "institute", "island", "lake", "ltd", "museum", "park", "party", "plaza",
    "prize", "award", "river", "school", "stadium", "state", "street", "tech", "university",
    "valley", "cartel", "administration", "act", "law", "report", "index", "show", "energy",
    "team", "club", "news", "times", "post", "network", "association", "council", "committee",
    "union", "league", "day",
}
ROLE_NOUNS = {
    "adviser", "advisor", "ambassador", "analyst", "attorney", "author", "bishop", "candidate",
    "chairman", "chairwoman", "chief", "commander", "congressman", "congresswoman", "coordinator",
    "daughter", "deputy", "director", "doctor", "economist", "editor", "executive", "expert",
    "father", "fellow", "founder", "governor", "head", "historian", "husband", "investigator",
    "journalist", "judge", "lawmaker", "lawyer", "leader", "manager", "mayor", "member", "minister",
    "mother", "official", "officer", "president", "professor", "prosecutor", "reporter",
    "researcher", "resident", "scientist", "secretary", "senator", "son", "spokesman",
    "spokesperson", "spokeswoman", "student", "teacher", "widow", "wife", "activist",
}


# Ismael "El Mayo" Zambada, Joaquín “El Chapo” Guzmán: a first name, a nickname, a surname
NICKNAMED = re.compile(r"\b([A-ZÀ-Ý][\w'’-]+) [\"“]([^\"”\n]{2,25})[\"”] ([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")


def _nicknamed(doc, ents: list) -> tuple[list, bool]:
    """Names with a nickname inside become one PERSON entity, whatever pieces the
    recognizer made of them ('El Mayo' ORG, 'Zambada' GPE)."""
    changed = False
    for m in NICKNAMED.finditer(doc.text):
        if m.group(1).lower() not in GENDER_BY_FIRST_NAME:
            continue
        span = doc.char_span(m.start(), m.end(), label="PERSON", alignment_mode="expand")
        if span is None or any(e.label_ == "PERSON" and e.start == span.start and e.end == span.end
                               for e in ents):
            continue
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
        changed = True
    return sorted(ents, key=lambda e: e.start), changed


def relabel_people(doc):
    """spaCy component: mislabelled personal names become PERSON entities, and a name cut
    short before its last surname ("Omar García | Harfuch") takes it back."""
    ents, changed = _nicknamed(doc, list(doc.ents))
    for k, ent in enumerate(ents):
        if ent.label_ in MISLABELS and len(ent) == 1 and ent[0].lower_ in GENDER_BY_FIRST_NAME \
                and (end := _surname_run(ent)) > ent.end:
            # "Cecilia" tagged GPE before "Farfán-Méndez", which the recognizer left out: one name
            ents[k] = ent = Span(doc, ent.start, end, label="PERSON")
            changed = True
        if ent.label_ in MISLABELS and len(ent) >= 3 and ent[0].lower_ in ROLE_NOUNS | HONORIFICS \
                and ent[1].lower_ in GENDER_BY_FIRST_NAME and looks_like_person(ent[1:]):
            # "Bishop Javier Navarro" tagged ORG: the title stays out, the person is the name
            ents[k] = ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
            changed = True
        if ent.label_ in MISLABELS and (looks_like_person(ent) or ent.text.lower() in PUBLIC_FIGURES
                                        or first_name_described(ent)):
            ents[k] = ent = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in ent):
            ents[k] = None  # «Aquí nadie habla de eso»: "habla de eso" names nobody; a name has capitals
            changed = True
            continue
        if ent.label_ == "PERSON":
            start, end = _first_name_start(ent), _surname_end(ent)
            if (start, end) != (ent.start, ent.end):
                ents[k] = Span(doc, start, end, label="PERSON")
                changed = True
    ents = [e for e in ents if e is not None]
    ents, paired = _paired_first_names(doc, ents)
    ents, titled = _titled_names(doc, ents)
    ents, unlabelled = _unlabelled_names(doc, ents)
    changed = changed or paired or titled or unlabelled
    if changed:  # a surname taken back from a one-word entity of its own ("Rodríguez" ORG)
        doc.ents = [e for e in ents if e.label_ == "PERSON" or not any(
            p.label_ == "PERSON" and p.start <= e.start and e.end <= p.end for p in ents)]
    return doc


def _titled_names(doc, ents: list) -> tuple[list, bool]:
    """A title and a first name the recognizer left out ("Father Alejandro Solalinde, a priest
    who …"): the name, up to four capitalized words, is a person."""
    held = {t.i for e in ents for t in e}
    found = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.lower_ not in HONORIFICS or not t.text[:1].isupper() or nxt.i in held \
                or nxt.lower_ not in GENDER_BY_FIRST_NAME or not nxt.text[:1].isupper():
            continue
        end = nxt.i + 1
        while end < len(doc) and end - nxt.i < 4 and end not in held and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end - 1].whitespace_:
            end += 1
        if end - nxt.i >= 2:
            found.append(Span(doc, nxt.i, end, label="PERSON"))
            held.update(range(nxt.i, end))
    return (sorted(ents + found, key=lambda e: e.start), True) if found else (ents, False)


def _unlabelled_names(doc, ents: list) -> tuple[list, bool]:
    """'Andrés Manuel López Obrador, who proposed the change, praised the Senate', with no
    entity at all: a known first name and up to three more capitalized words no entity holds
    are a person where the name acts as one (looks_like_person)."""
    held = {t.i for e in ents for t in e}
    found = []
    k = 0
    while k < len(doc):
        t = doc[k]
        if k in held or t.pos_ != "PROPN" or t.lower_ not in GENDER_BY_FIRST_NAME or not t.text[:1].isupper():
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k < 4 and end not in held and doc[end].tag_ == "NNP" \
                and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end - 1].whitespace_:
            end += 1  # 'Carolina Panthers': a plural is a team, not a surname
        span = Span(doc, k, end, label="PERSON")
        named = k == 0 or doc[k - 1].pos_ != "DET"  # 'the Carolina Panthers' are no one's name
        if end - k >= 2 and named and not _title_case(span.sent) and looks_like_person(span):
            found.append(span)
            held.update(range(k, end))
        k = end
    return (sorted(ents + found, key=lambda e: e.start), True) if found else (ents, False)


def _paired_first_names(doc, ents: list) -> tuple[list, bool]:
    """'Ana and Lucía Morales': a known first name with no entity of its own, paired with a
    person's full name, is a person too (the quote stage gives her the surname they share)."""
    added = []
    starts = {e.start: e for e in ents}
    for e in ents:
        k = e.start - 2
        if e.label_ != "PERSON" or len(e) < 2 or k < 0 or doc[k + 1].lower_ != "and":
            continue
        first = doc[k]
        if first.pos_ == "PROPN" and not first.ent_type_ and first.lower_ in GENDER_BY_FIRST_NAME \
                and k not in starts:
            added.append(Span(doc, k, k + 1, label="PERSON"))
    return (sorted(ents + added, key=lambda e: e.start), True) if added else (ents, False)


def _surname_run(ent) -> int:
    """Where the surnames after a lone first name end: capitalized proper nouns no entity holds,
    hyphenated ones too ("Cecilia | Farfán-Méndez"), at most three words."""
    doc, end = ent.doc, ent.end
    words = 0
    while end < len(doc) and words < 3:
        t = doc[end]
        if t.text in ("-", "‐") and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and not t.whitespace_ and doc[end + 1].pos_ == "PROPN":
            end += 1
            continue
        # a word of its own, or the part after a hyphen: "Cecilia |Farfán", "Farfán-|Méndez"
        own_word = doc[end - 1].text in ("-", "‐") or bool(doc[end - 1].whitespace_)
        if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper() or not t.is_alpha or not own_word:
            break
        end, words = end + 1, words + 1
    return end


def _first_name_start(ent) -> int:
    """'María | Elena Morera': a known first name left out just before the name."""
    doc, start = ent.doc, ent.start
    if start >= 2 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].tag_ == "NNP" and doc[start - 2].is_alpha \
            and doc[start - 2].text[:1].isupper() and not doc[start - 2].ent_type_:
        return start - 2  # 'Jan-|Albert Hootsen': a first name joined to the one the recognizer kept
    if start == 0 or doc[start - 1].whitespace_ == "":
        return start
    before = doc[start - 1]
    if before.pos_ == "PROPN" and not before.ent_type_ and before.text[:1].isupper() \
            and before.lower_ in GENDER_BY_FIRST_NAME and before.head.i in range(ent.start, ent.end):
        return start - 1
    return start


PARTICLES = {"de", "la", "del", "las", "los", "y", "van", "von", "da", "dos", "das", "di"}


def _surname_end(ent) -> int:
    """End of the name when the words after the entity are proper nouns its words hang on:
    only after a known first name, and never in a headline's Title Case ("Trump Denies")."""
    doc, end = ent.doc, ent.end
    particle = ent[-1].lower_ in PARTICLES  # "Rogelio Ramírez de la | O": a name never ends on "la"
    if len(ent) < 2 or (ent[0].lower_ not in GENDER_BY_FIRST_NAME and not particle) or _title_case(ent.sent):
        return end
    while end < len(doc) and end - ent.end < 2:
        nxt = doc[end]
        # a word no entity holds, or one the recognizer made an entity of its own ("Rosa Icela
        # | Rodríguez" tagged ORG)
        alone = not nxt.ent_type_ or (nxt.ent_iob_ == "B" and nxt.ent_type_ in MISLABELS and (
            end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"))
        if nxt.pos_ != "PROPN" or not alone or not nxt.text[:1].isupper() or not nxt.is_alpha:
            break
        if not all(t.head.i == nxt.i or (t.head.i < end and t.dep_ in ("compound", "flat"))
                   for t in doc[ent.start:end]):
            break
        if doc[end - 1].whitespace_ == "":
            break
        end += 1
    return end


def looks_like_person(ent) -> bool:
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 4 or ent[0].lower_ == "the":
        return False
    if not all(t.text[:1].isupper() for t in words) or ent.text.isupper() or "\n" in ent.text:
        return False
    if any(t.lower_ in INSTITUTION_WORDS for t in words):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in HONORIFICS or _described_as_person(ent):
        return True
    if words[0].lower_ not in GENDER_BY_FIRST_NAME:
        return False
    # a first name is a hint, the sentence decides: "Santiago Creel said", not "flights to Santiago"
    return ent.root.dep_ in ("nsubj", "nsubjpass", "poss") or _object_of_said(ent)


# the endings of words for what a person is or does: "shop owner", "vendor", "florist", "TV star"
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant", "star", "mogul", "prophet")


def name_giver(tok):
    """'who gave only his first name, Jesús', 'who gave her name only as María': the verb that
    gives `tok` as a name, or None."""
    head = tok.head
    if tok.dep_ == "appos" and head.lemma_.lower() == "name":
        return head.head
    if tok.dep_ == "pobj" and head.lower_ == "as" and any(c.lemma_.lower() == "name" for c in head.head.children):
        return head.head
    return None


def first_name_described(ent) -> bool:
    """'said María, a shop owner who asked …': a first name alone, set beside what the person does
    or given as a name ('a vendor who gave her name only as María')."""
    if len(ent) != 1 or ent[0].lower_ not in GENDER_BY_FIRST_NAME:
        return False
    if name_giver(ent.root) is not None:
        return True
    return any(c.dep_ == "appos" and c.i > ent.start and c.pos_ == "NOUN" and (
        c.lemma_.lower() in ROLE_NOUNS or c.lower_.endswith(AGENT_ENDINGS)) for c in ent.root.rights)


def _described_as_person(ent) -> bool:
    """'Rubén Salazar, director of the consultancy Etellekt' or 'the state tourism secretary,
    Simón Quiñones': the apposition names a role, with words of its own ("director of …", "a
    former minister"); a bare "the candidate" beside a place is more often a misparse."""
    if ent.label_ not in ("ORG", "NORP", "PRODUCT"):
        return False
    role = ent.root.head
    if ent.root.dep_ == "appos" and role.i < ent.start and role.lemma_.lower() in ROLE_NOUNS \
            and any(g.dep_ in ("amod", "compound", "poss") for g in role.children):
        return True  # "the state tourism secretary, Simón Quiñones": the name of the role's holder
    return any(
        c.dep_ == "appos" and c.i >= ent.end and c.lemma_.lower() in ROLE_NOUNS
        and any(g.dep_ in ("prep", "amod", "compound", "poss") for g in c.children)
        for c in ent.root.rights)


def _object_of_said(ent) -> bool:
    """'…," said Rubén Salazar': the name parsed as the verb's object."""
    head = ent.root.head
    return head.lemma_.lower() in ("say", "tell", "add") and head.i < ent.start


def _title_case(sent) -> bool:
    """A headline in Title Case ("Trump Denies Claims About Taxes"), not prose that opens with
    titles and names ("Finance Minister Rosa Icela Rodríguez and … clashed on Wednesday")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if any(t.text.islower() and (t.pos_ == "VERB" or (t.is_alpha and len(t) > 3 and not t.is_stop))
           for t in sent):
        return False  # a lowercase verb or content word: prose ("… Harfuch was blunter")
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)
