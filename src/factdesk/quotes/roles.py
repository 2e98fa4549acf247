"""Speaker roles from appositions and titles: "Will Freeman, a fellow at …", "Mexico's president, X"."""
from __future__ import annotations

import re

from factdesk.nlp.datelines import DASHES
from factdesk.nlp.people import RELIGIOUS_TITLES, ROLE_NOUNS, name_giver
from factdesk.quotes.cues import asks_anonymity
from factdesk.quotes.descriptions import organization_before
from factdesk.quotes.mentions import joins_word, unbroken_end

HONORIFICS = {
    "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "prof", "prof.", "sen",
    "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "president", "senator", "governor",
    "secretary", "judge", "justice", "mayor", "minister", "sir", "dame", "lord", "lady",
    *RELIGIOUS_TITLES,
}
# titles of courtesy and of the cloth, which say who a person is, not what they do
COURTESY = {"mr", "ms", "mrs", "miss", "dr", *(t.rstrip(".") for t in RELIGIOUS_TITLES)}
DETERMINERS = {"a", "an", "the"}
# "R-S.D.", "D-Calif.", "R-New York", and a bare party in brackets: "Roy Cooper (D)"
PARTY_STATE = re.compile(r"[RDI](?:\s?-\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?)?")
# titles a name may carry before it and a see or an office after it: "Bishop … of Zamora"
OFFICES = {"bishop", "archbishop", "cardinal", "mayor", "governor", "senator", "director", "chief", "speaker",
           "president", "minister", "secretary", "ambassador", "judge", "professor", "rector", "dean"}
# what a person does, said in a relative clause: "who heads security research at …"
ROLE_VERBS = {"head", "lead", "direct", "run", "chair", "teach", "oversee", "manage", "represent",
              "advise", "coordinate", "edit", "found", "co-found", "cofound", "track", "study",
              "research", "monitor", "cover", "analyze", "analyse", "specialize", "specialise", "sell",
              "own", "work", "drive", "farm", "operate", "fish"}
_EDGE = ",;:—–-()"


def _clean(tokens) -> str | None:
    tokens = list(tokens)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in DETERMINERS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or all(t.like_num or t.is_punct for t in tokens):  # "García Luna, 56,": an age
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(_EDGE + " ")


CLAUSES = {"ccomp", "advcl", "parataxis"}  # "We asked X, a demographer, what …": not the role
QUESTION_WORDS = {"what", "whether", "how", "why", "if"}  # read as a relative clause at times


def _phrase_only(head) -> list:
    """The words of the noun phrase `head` heads, up to a clause the parse hangs from it."""
    clause = {t.i for d in head.subtree if d is not head and (d.dep_ in CLAUSES or (
        d.dep_ in ("relcl", "acl") and (d.left_edge.lower_ in QUESTION_WORDS or _set_off(d) or asks_anonymity(d))))
        for t in d.subtree}  # ("a shop owner who asked that her last name not be used": a shop owner)
    out = []
    for t in head.subtree:
        if t.i in clause and t.i > head.i:
            break
        out.append(t)
    return out


def _set_off(clause) -> bool:
    """Is the relative clause set off by a comma ("chief economist at Banco Base, who expects
    growth of 0.3%", "McCrory's opponent in the election, called Friday for …"): something
    more said of the person, not the role?"""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


NAME_JOINERS = {"de", "del", "la", "las", "los", "y", "of", "for", "the", "and"}


def _whole_name(tokens: list) -> list:
    """A role that ends inside a name runs to the name's end: the parse may cut "the group
    Mexicanos Contra la Corrupción" after "Contra" and hang the rest elsewhere."""
    if not tokens or tokens[-1].pos_ != "PROPN":
        return tokens
    doc, i = tokens[0].doc, tokens[-1].i + 1
    while i < len(doc):
        t = doc[i]
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            i += 1
        elif t.lower_ in NAME_JOINERS and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" \
                and doc[i + 1].text[:1].isupper():
            i += 2
        else:
            break
    return tokens + [doc[j] for j in range(tokens[-1].i + 1, i)]


def _unbroken(tokens: list) -> list:
    """A role the parse cut inside a hyphenated word runs on to its clause's end."""
    if not tokens:
        return tokens
    doc, end = tokens[0].doc, tokens[-1].i + 1
    return tokens + [doc[j] for j in range(end, unbroken_end(doc, end))]


def _with_place(doc, start: int) -> int:
    """Where a title starts once the place before it is counted: "Tulsa police Chief", with
    "Tulsa" parsed apart from the words it qualifies."""
    while start > 0 and doc[start - 1].ent_type_ in ("GPE", "NORP") and doc[start - 1].whitespace_:
        start -= 1
    return start


OWNERS = {"its", "their"}


def _whose(tokens: list) -> str | None:
    """'Its leader' after "The opposition National Action Party urged …": the role said with the
    organization named before it ("National Action Party leader"), or None."""
    if len(tokens) < 2 or tokens[0].lower_ not in OWNERS or tokens[0].dep_ != "poss":
        return None
    owner, rest = _group_before(tokens[0]) or organization_before(tokens[0], bodies=True), _clean(tokens[1:])
    if owner and owner.lower().startswith("the "):
        owner = owner[4:]  # "British Chambers of Commerce director general"
    return f"{owner} {rest}" if owner and rest else None


def _many(noun) -> bool:
    """'Two Republicans, Sen. Rand Paul … and Sen. Lisa Murkowski …': a group the names are
    members of, not one person's role."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children)


GROUPS = {"cooperative", "group", "union", "association", "organization", "organisation", "party",
          "coalition", "federation", "chamber", "network", "company", "firm", "council", "committee"}


def _group_before(owner) -> str | None:
    """'Its president' after "Ochoa's cooperative, which has 120 members, says …": the group
    the sentence before speaks of, when its subject is one; or None."""
    sent = owner.sent
    if sent.start == 0:
        return None
    before = owner.doc[sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in GROUPS:
        return None
    phrase = owner.doc[subject.left_edge.i:subject.i + 1]  # up to the noun: no ", which has …"
    named = [e for e in phrase.ents if e.label_ == "ORG"]
    return named[-1].text if named else _clean(phrase)  # "The opposition National Action Party": its name


def name_head(name):
    """The head word of a name: its last proper noun ("Will" may parse as a verb)."""
    propn = [t for t in name if t.pos_ == "PROPN"]
    return propn[-1] if propn else name.root


def role_of(name) -> str | None:
    """The role the text gives the person named by span `name`, or None; a lawmaker's party and
    state after it ("Sen. John Thune, R-S.D., the majority leader": "majority leader (R-S.D.)")."""
    role, party = _role(name), _party(name)
    if party:
        return f"{role} ({party})" if role else party
    return role


def _aside(appos) -> bool:
    """Is this apposition no description of the person: a note in brackets ("said Mr. Burman (a
    view echoed by everyone I interviewed)") or, after "According to Rush Limbaugh,", the rest
    of the sentence ("the move reeks of fear"), which is what he says?"""
    doc = appos.doc
    first = appos.left_edge.i
    if first > 0 and doc[first - 1].text == "(":
        return any(t.text[:1].islower() for t in appos.subtree)
    name = appos.head
    according = name.dep_ == "pobj" and name.head.head.lower_ == "according"
    return according and all(t.is_punct or t.is_space for t in doc[appos.right_edge.i + 1:appos.sent.end])


def _name_given(root):
    """'a taxi driver who gave only his first name, Jesús', 'a vendor who gave her name only as
    María': the noun the clause that gives the name describes ("driver"), or None."""
    verb = name_giver(root)
    if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < root.i:
        return verb.head
    return None


def _party(name) -> str | None:
    """'R-S.D.', 'D-Calif.' in apposition to the name, or None."""
    for child in name_head(name).rights:
        if child.dep_ == "appos" and child.i >= name.end:
            tag = _clean(_before_comma(_phrase_only(child)))
            if tag and PARTY_STATE.fullmatch(tag):
                return tag
    return None


def _before_comma(tokens: list) -> list:
    """'R-Texas, a member of the Foreign Relations Committee': the words up to the comma."""
    return next((tokens[:k] for k, t in enumerate(tokens) if t.text == ","), tokens)


def _role(name) -> str | None:
    root = name_head(name)
    # "Will Freeman, a fellow at the Council on Foreign Relations"
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= name.end and not _aside(child):
            phrase = _phrase_only(child)
            role = _whose(phrase) or _clean(_unbroken(_whole_name(phrase)))  # "Paul Johnson, its director"
            party = _clean(_before_comma(phrase))
            if party and PARTY_STATE.fullmatch(party):  # "R-S.D.": role_of adds it; "R-Texas, a member
                inner = next((c for c in child.rights if c.dep_ == "appos"), None)  # of …": the member
                role = _clean(_unbroken(_whole_name(_phrase_only(inner)))) if inner is not None else None
                if role:
                    return role
                continue
            if role and not child.ent_type_ == "PERSON":
                return role
    # "Cecilia Farfán-Méndez, who heads security research at the University of California"
    for child in root.rights:
        if child.dep_ == "relcl" and child.lemma_.lower() in ROLE_VERBS and child.i > name.end \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children):
            role = _clean(_unbroken(_whole_name([t for t in _phrase_only(child) if t.i >= child.i])))
            if role:
                return role
    # "Dr. Sean O'Leary of the American Academy of Pediatrics": where the person works
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from", "with") and child.i == name.end:
            org = next((c for c in child.children if c.dep_ == "pobj"), None)
            if org is not None and org.ent_type_ == "ORG":
                role = _clean(_whole_name(_phrase_only(org)))
                if role:  # "Bishop Javier Navarro of Zamora": the bishop of Zamora
                    title = root.doc[name.start - 1] if name.start > 0 else None
                    if title is not None and title.lower_ in OFFICES | ROLE_NOUNS and title.text[:1].isupper():
                        return f"{title.text} {child.lower_} {role}"  # 'Economist … of Banco Base' too
                    return role
    # "a taxi driver who gave only his first name, Jesús": what the person is, not the name
    given = _name_given(root)
    if given is not None:
        return _clean([t for t in given.lefts if t.dep_ in ("compound", "amod", "nmod")] + [given])
    # "Mexico's president, Claudia Sheinbaum"
    if root.dep_ == "appos" and root.head.i < name.start and root.head.pos_ in ("NOUN", "PROPN") \
            and not _many(root.head):
        head = root.head
        # "The governor of Sinaloa, Rubén Rocha Moya" parsed with the name beside "Sinaloa"
        # ("A spokeswoman for the U.S. Attorney's Office in Brooklyn, Ariana Fajardo": up
        # through the named office to the spokeswoman)
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i and (
                head.head.head.pos_ == "NOUN" or (head.head.head.pos_ == "PROPN" and head.head.head.dep_ == "pobj")):
            head = head.head.head
        # never across a dateline's dash: "HERMOSILLO, Mexico — Sonora Governor Alfonso Durazo"
        across = any(t.text in DASHES for t in root.doc[head.i : name.start])
        if head.ent_type_ != "PERSON" and not across:
            tokens = [t for t in head.subtree
                      if t.i < name.start and not (t.dep_ == "relcl" or t in root.subtree)]
            if tokens and tokens[0].i == head.left_edge.i:
                tokens = list(root.doc[_with_place(root.doc, tokens[0].i) : tokens[0].i]) + tokens
            role = _whose(tokens) or _clean(tokens)
            if role:
                return role
    # "Former Mexican ambassador to the United States Arturo Sarukhan", parsed with the name as
    # the object of "to": the role runs from the office to the name
    office = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if office is not None and office.pos_ in ("NOUN", "PROPN") and office.lemma_.lower() in OFFICES | ROLE_NOUNS \
            and office.i < name.start and not any(t.is_punct for t in root.doc[office.i:name.start]):
        end = name.start  # "Speaker of the House Rep. Paul Ryan": the office, not the courtesy title
        while end > office.i + 1 and root.doc[end - 1].lower_ in HONORIFICS:
            end -= 1
        role = _clean(root.doc[office.left_edge.i:end])
        if role:
            return role
    # "political scientist Carlos Pérez Ricart", "President Claudia Sheinbaum"
    # (hung from any word of the name: "Sinaloa Governor Rubén Rocha Moya" parsed with the
    # title on "Rocha")
    titles = sorted((t for word in name for t in word.lefts
                     if t.i < name.start and t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON"
                     and not (t.pos_ == "VERB" and not t.ent_type_)), key=lambda t: t.i)  # 'Said Ellis: "…"'
    if titles and name.start <= titles[0].head.i < name.end:
        # the words right before the name ("Economy Minister"), never another person named
        # before it ("Finance Minister Rosa Icela Rodríguez and …")
        within = {x.i for t in titles for x in t.subtree}
        start = name.start
        while start - 1 in within and root.doc[start - 1].ent_type_ != "PERSON" \
                and root.doc[start - 1].dep_ != "cc" and (
                    not root.doc[start - 1].is_punct or joins_word(root.doc, start - 1)):  # "front-runner"
            start -= 1
        tokens = [t for t in root.doc[_with_place(root.doc, start) : name.start]]
        role = _clean(tokens)
        if role and role.lower().rstrip(".") not in COURTESY:
            return role
    first = name[0]
    if first.lower_ in HONORIFICS and first.lower_.rstrip(".") not in COURTESY:
        return first.text
    return None
