"""Speakers: the mention that speaks, and the person or organization it names.

A mention is resolved to the full name the article first introduced ("Pérez Ricart" ->
"Carlos Pérez Ricart"); pronouns go to the nearest named person of matching gender,
descriptions ("the researcher") to the nearest person whose role fits, and when nobody fits
the name stays None rather than a guess.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from factdesk.models import Speaker
from factdesk.nlp.names import GENDER_BY_FIRST_NAME, fuller_names, name_bounds
from factdesk.quotes.roles import HONORIFICS, role_of
from factdesk.quotes.spans import Cue

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f"}
GENDERED_NOUNS = {"spokeswoman": "f", "woman": "f", "congresswoman": "f", "chairwoman": "f",
                  "spokesman": "m", "man": "m", "congressman": "m", "chairman": "m"}
# description head -> words a matching role may contain
SCIENTISTS = {"epidemiologist", "climatologist", "sociologist", "criminologist", "demographer",
              "statistician", "physician", "economist", "historian", "author", "lecturer"}
DESCRIPTIONS = {
    "researcher": {"scientist", "researcher", "professor", "fellow", "scholar", "academic", "analyst",
                   "expert"} | SCIENTISTS,
    "scholar": {"scientist", "researcher", "professor", "fellow", "scholar", "academic"} | SCIENTISTS,
    "academic": {"scientist", "researcher", "professor", "fellow", "scholar", "academic"} | SCIENTISTS,
    "expert": {"scientist", "researcher", "professor", "fellow", "scholar", "analyst", "expert"} | SCIENTISTS,
    "epidemiologist": {"epidemiologist"},
    "economist": {"economist"},
    "doctor": {"doctor", "dr.", "physician"},
    "analyst": {"analyst", "fellow", "researcher", "expert", "scientist", "economist"},
    "professor": {"professor"},
    "scientist": {"scientist"},
    "fellow": {"fellow"},
    "president": {"president"},
    "official": {"official", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
                 "officer"},
    "spokesman": {"spokesman", "spokesperson"},
    "spokeswoman": {"spokeswoman", "spokesperson"},
    "minister": {"minister"},
    "senator": {"senator", "sen."},
    "governor": {"governor", "gov."},
    "lawmaker": {"senator", "representative", "congressman", "congresswoman", "lawmaker", "sen.",
                 "rep."},
    "candidate": {"candidate", "nominee"},
    "lawyer": {"lawyer", "attorney"},
}
ORGANIZATION_NOUNS = {
    "administration", "government", "authority", "ministry", "department", "police", "army",
    "campaign", "committee", "agency", "office", "court", "company", "party", "embassy",
    "cartel", "commission", "council", "white", "house", "congress", "senate", "military",
    "prosecutor", "prosecutors", "officials", "spokesperson", "newspaper", "group", "union",
    "authorities",
}
PERSON_NOUNS = set(DESCRIPTIONS) | set(GENDERED_NOUNS) | {
    "source", "official", "aide", "adviser", "advisor", "spokesperson", "people", "person",
    "resident", "voter", "critic", "supporter", "lawmaker", "leader", "member", "director",
    "economist", "historian", "witness", "author", "activist", "agent", "officer", "doctor",
    "plaintiff", "defendant", "mother", "father", "wife", "husband", "victim", "judge", "mayor",
    "chief", "founder", "owner", "executive", "teacher", "student", "farmer", "worker", "nurse",
} | SCIENTISTS
DASHES = {"--", "—", "–", "―"}
REACH = 1500  # characters back that a pronoun or description may reach
NEAR = 600  # characters back that a description with no matching role may reach


@dataclass
class Person:
    name: str
    words: list[str]
    gender: str | None = None
    role: str | None = None
    mentions: list[int] = field(default_factory=list)  # character offsets


def name_words(tokens) -> list:
    """The words of a name, without honorifics, possessive or punctuation."""
    tokens = [t for t in tokens if not (t.is_punct or t.lower_ in ("'s", "’s"))]
    while tokens and tokens[0].lower_ in HONORIFICS:
        tokens = tokens[1:]
    return tokens


class SpeakerResolver:
    """Named people of one article, and the way from a mention to one of them."""

    def __init__(self, doc):
        self.doc = doc
        self.people: list[Person] = []
        self.by_token: dict[int, Person] = {}
        self.ent_of_token: dict[int, object] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add(ent)
        # "Rodríguez said" tagged ORG: a surname of someone named before is a mention of them,
        # so that a "she" after it finds her
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.i not in self.by_token and tok.text[:1].isupper() and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                person = self._match([tok.text])
                if person is not None and tok.idx > min(person.mentions):
                    person.mentions.append(tok.idx)

    def _add(self, ent) -> None:
        tokens = name_words(ent)
        if not tokens:
            return
        words = [t.text for t in tokens]
        person = self._match(words)
        if person is None:
            person = Person(self.doc[tokens[0].i : tokens[-1].i + 1].text, words)
            self.people.append(person)
        elif len(words) > len(person.words) and person.words == words[-len(person.words):]:
            person.name, person.words = self.doc[tokens[0].i : tokens[-1].i + 1].text, words
        person.mentions.append(ent.start_char)
        for t in ent:
            self.by_token[t.i] = person
            self.ent_of_token[t.i] = ent
        if person.gender is None:
            before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            person.gender = HONORIFIC_GENDER.get(ent[0].lower_) or HONORIFIC_GENDER.get(before)
            if person.gender is None and len(words) > 1:
                person.gender = GENDER_BY_FIRST_NAME.get(words[0].lower())
        if person.role is None:
            person.role = self._role(ent)

    def _role(self, ent) -> str | None:
        """The role of the person named `ent`, with 'his'/'her' replaced by whom it means:
        'His lawyer, César de Castro' -> "Genaro García Luna's lawyer" (kept as written when
        nobody named before fits)."""
        role = role_of(ent)
        first, _, rest = (role or "").partition(" ")
        gender = PRONOUN_GENDER.get(first.lower()) if first.lower() in ("his", "her") else None
        owner = self._nearest(ent.start_char, gender, None) if gender and rest else None
        return f"{owner.name}'s {rest}" if owner is not None else role

    def _match(self, words: list[str]) -> Person | None:
        for person in reversed(self.people):
            pw = person.words
            if _same_but_initials(words, pw):  # "Donald J. Trump" is "Donald Trump"
                return person
            if words == pw or (len(words) < len(pw) and pw[-len(words):] == words):
                return person
            if len(words) == 1 and words[0] in pw[1:]:
                return person
            if len(pw) < len(words) and words[-len(pw):] == pw:
                return person
        return None

    def speaker(self, start: int, end: int) -> Speaker:
        """The Speaker for the mention doc[start:end]."""
        doc = self.doc
        span = doc[start:end]
        root = span.root
        mention = Speaker(None, span.text, span.start_char, span.end_char)
        person = self.by_token.get(root.i) or next(
            (self.by_token[t.i] for t in span if t.i in self.by_token and _in_apposition(t, root)), None
        )
        if person is not None:
            ent = next((self.ent_of_token[t.i] for t in span if t.i in self.ent_of_token), None)
            here = None  # a role written in this mention ("said X, a political scientist")
            if ent is not None and (ent.start > span.start or ent.end < span.end):
                here = self._role(ent)
            mention.name, mention.role = person.name, here or person.role
            return mention
        lower = root.lower_
        if lower in ("who", "that") and root.head.dep_ == "relcl":
            relcl = root.head
            head = relcl.head  # "Sheinbaum's spokesman, Arturo Zaldívar, who said": the whole noun
            end = max(head.i + 1, relcl.left_edge.i)
            while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            inner = self.speaker(head.left_edge.i, end)
            mention.name, mention.role, mention.kind = inner.name, inner.role, inner.kind
            return mention
        if lower in PRONOUN_GENDER:
            person = self._nearest(span.start_char, PRONOUN_GENDER[lower], None)
        elif root.pos_ == "NOUN" and not root.tag_.endswith("S") and lower not in ORGANIZATION_NOUNS:
            lemma = root.lemma_.lower()
            # "the researcher", "this official": a person described, never "the study"
            indefinite = span[0].lower_ in INDEFINITE  # "a senior Mexican security official": someone new
            if lemma in PERSON_NOUNS and not indefinite and (
                    span[0].lower_ in ("the", "this", "that") or lemma in DESCRIPTIONS):
                roles = DESCRIPTIONS.get(lemma, {lemma})
                person = self._nearest(span.start_char, GENDERED_NOUNS.get(lower), roles)
                intro = _introduced(root)  # "the official" after "a senior … official said"
                if intro is not None and (person is None or max(
                        (m for m in person.mentions if m < span.start_char), default=-1) < intro.idx):
                    mention.role = _clean_description(intro)
                    return mention
        if person is not None:
            mention.name, mention.role = person.name, person.role
            return mention
        known = self._known_name(span, root) if root.pos_ == "PROPN" else None
        if known is not None:  # "Sheinbaum" tagged ORG, "Morera" GPE: surnames of people named before
            mention.name, mention.role = known.name, known.role
            return mention
        organization = lower in ORGANIZATION_NOUNS or root.lemma_.lower() in ORGANIZATION_NOUNS
        if root.ent_type_ in ("ORG", "NORP", "GPE") or organization:
            mention.kind = "organization"
            comma = next((t.i for t in span if t.i > root.i and t.text == ","), span.end)
            text = doc[span.start:comma].text  # without an apposition: "…Protection, a record"
            a, b = name_bounds(text)  # "The Trump administration's claim": Trump administration
            mention.name = text[a:b]
            if span[0].lower_ == "the" and root.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in span):
                # "the ministry": whose; "the state oil company": the company named before
                mention.name = (_named_before(root) if len(span) == 2 else None) or \
                    (_organization_before(root) if root.lemma_.lower() in COMPANY_NOUNS else None) \
                    or mention.name
        elif root.pos_ == "NOUN":  # "a source", "officials" are people; "court records" are not
            mention.kind = "person" if root.lemma_.lower() in PERSON_NOUNS else "other"
        elif lower in ("they", "it", "we", "i", "you", "which") or root.pos_ != "PROPN":
            mention.kind = "person" if lower not in ("it", "which") else "other"
        else:  # a name the entity recognizer missed, and nobody we know by it
            parts = _name_parts(span, root)
            if parts:
                name = doc[parts[0].i : parts[-1].i + 1]
                mention.name, mention.role = name.text, role_of(name)
        return mention

    def _known_name(self, span, root) -> Person | None:
        parts = _name_parts(span, root)
        return self._match([t.text for t in parts]) if parts else None

    def _nearest(self, at: int, gender: str | None, role_words: set[str] | None) -> Person | None:
        candidates = []
        for person in self.people:
            before = [m for m in person.mentions if at - REACH <= m < at]
            if before:
                candidates.append((max(before), person))
        candidates.sort(key=lambda c: -c[0])
        if role_words is not None:
            for _, person in candidates:
                role = (person.role or "").lower()
                fits = gender is None or person.gender in (None, gender)
                if fits and any(w in role.split() for w in role_words):
                    return person
            # "the president, who took office in October": the nearest person of no stated role
            for mentioned, person in candidates:
                fits = gender is None or person.gender in (None, gender)
                if fits and at - mentioned <= NEAR and person.role is None:
                    return person
            return None
        if gender is None:
            return None
        for _, person in candidates:
            if person.gender == gender:
                return person
        unknown = [p for _, p in candidates if p.gender is None]
        if not unknown:
            return None
        unknown[0].gender = gender  # "he" said it: later "she" will not land on him
        return unknown[0]


INDEFINITE = {"a", "an", "another", "one"}


def _introduced(noun):
    """The nearest earlier 'a … <noun>' (an unnamed person brought in: 'a senior Mexican security
    official said'), within a few paragraphs, or None."""
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 300), -1):
        tok = doc[k]
        if tok.lemma_ == noun.lemma_ and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return tok
    return None


def _clean_description(noun) -> str:
    """'a senior Mexican security official' -> 'senior Mexican security official'."""
    words = [t for t in noun.lefts if t.dep_ != "det"] + [noun]
    return noun.doc[words[0].left_edge.i if words[0] is not noun else noun.i:noun.i + 1].text


def _same_but_initials(a: list[str], b: list[str]) -> bool:
    """The same first and last name, whatever middle initials either has."""
    if a == b or min(len(a), len(b)) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(len(w.rstrip(".")) == 1 for w in a[1:-1] + b[1:-1])


COMPANY_NOUNS = {"company", "firm", "bank", "lender", "airline", "carrier", "automaker", "retailer",
                 "insurer", "utility", "producer", "operator", "giant", "conglomerate", "group"}


def _organization_before(noun) -> str | None:
    """'the state oil company said' after "Petróleos Mexicanos (Pemex) reported": the nearest
    organization named in the paragraphs before (600 characters at most), or None."""
    doc = noun.doc
    ents = [e for e in doc.ents if e.label_ == "ORG" and e.end_char <= noun.idx
            and noun.idx - e.end_char <= 600]
    return ents[-1].text if ents else None


def _named_before(noun) -> str | None:
    """'the ministry' after "Mexico's foreign ministry responded": the fuller name written
    before it (the nearest earlier same noun with words that say whose or which), or None."""
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 400), -1):
        tok = doc[k]
        if tok.lower_ != noun.lower_ or tok.pos_ not in ("NOUN", "PROPN"):  # 'Justice Department'
            continue
        words = [c for c in tok.lefts if c.dep_ in ("poss", "compound", "amod")]
        if not words:
            continue
        text = doc[min(c.left_edge.i for c in words):tok.i + 1].text
        a, b = name_bounds(text)
        return text[a:b] or None
    return None


def _name_parts(span, root) -> list:
    """The words of the name a mention is headed by: 'Pérez Ricart' in 'said Pérez Ricart'."""
    return name_words([t for t in span if t.i <= root.i and (t == root or (
        t.head == root and t.dep_ in ("compound", "flat")))])


def _in_apposition(tok, root) -> bool:
    """'Mexico's president, Claudia Sheinbaum' names Sheinbaum; 'the Trump administration' not Trump."""
    seen_appos = False
    for _ in range(8):
        if tok == root:
            return seen_appos
        seen_appos = seen_appos or tok.dep_ == "appos"
        tok = tok.head
    return False


def source_token(tok, outside=lambda t: True, depth: int = 0):
    """The head word of who speaks for cue token `tok`, or None; `outside(t)` keeps quoted words out."""
    if tok.lower_ == "according":
        for to in tok.children:
            for obj in to.children:
                if obj.dep_ == "pobj" and outside(obj):
                    return obj
        return None
    subjects = [c for c in tok.children  # "»" may parse as a subject
                if c.dep_ == "nsubj" and outside(c) and any(ch.isalpha() for ch in c.text)]
    if subjects:  # 'MEXICO CITY (AP) — President Claudia Sheinbaum said': the one nearest the verb
        before = [c for c in subjects if c.i < tok.i]
        return before[-1] if before else subjects[0]
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
    for child in tok.rights:  # '"…," said Leslie Wimes' parsed with the name as object
        as_object = child.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd")
        if child.i <= tok.i + 3 and child.ent_type_ == "PERSON" and as_object:
            return child
        break
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
    chained = dep in ("conj", "xcomp", "advcl", "prep") and head.pos_ in ("VERB", "AUX")
    if chained and dep == "advcl" and tok.tag_ == "VBG" and head.dep_ in EMBEDDED and _after_comma(tok):
        # 'denied that the strikes were illegal, saying …': the denier says it, not the strikes
        while head.dep_ in EMBEDDED | {"dobj", "pobj", "prep"} and head.head.i != head.i:
            head = head.head
    if depth < 3 and chained and head.i != tok.i:
        return source_token(head, outside, depth + 1)
    return _name_just_before(tok, outside) if depth == 0 else None


def is_passive_aside(tok) -> bool:
    """'Claudia Sheinbaum, asked about the ruling, …': a participle set off by a comma after the
    name the parse gave it as subject. She was asked; she asked nothing."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    return (tok.tag_ in ("VBN", "VBD") and tok.head.i > tok.i and tok.i > 0
            and doc[tok.i - 1].text == "," and (doc[after - 1].text == "," or (
                after < len(doc) and doc[after].text == ","))
            and any(c.dep_ == "nsubj" and c.i < tok.i - 1 for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


EMBEDDED = {"ccomp", "acl", "relcl"}  # a clause reported, or one that says what a noun holds


def _after_comma(tok) -> bool:
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _name_just_before(tok, outside):
    """'…, Mexico's economy minister, Marcelo Ebrard, said': a verb the parse left without a
    subject, right after a person's name (and a comma), was said by that person."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].ent_type_ != "PERSON" or not outside(doc[k]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    return doc[k]


def mention_bounds(subject) -> tuple[int, int]:
    """Token bounds of the mention headed by `subject`: its subtree, trimmed of punctuation."""
    if subject.lower_ in ("who", "which", "that"):
        return subject.i, subject.i + 1
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    doc = subject.doc
    if subject.ent_iob_ in ("B", "I"):  # "Will Freeman": "Will" may parse as an auxiliary
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == subject.ent_type_:
            start -= 1
    for k in range(subject.i + 1, end - 1):  # ", which represents …" (", who …" stays: news keeps it)
        if doc[k].text == "," and doc[k + 1].lower_ == "which":
            end = k
            break
    for child in subject.rights:  # "Trump, speaking to veterans, said"
        if child.dep_ in ("acl", "advcl", "relcl") and child.tag_ == "VBG" \
                and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 1)
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
    words = doc[start:end].text
    if end < len(doc) and doc[end].text == ")" and words.count("(") > words.count(")"):
        end += 1  # "Roy Cooper (D)"
    return start, end


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


def settle_names(speakers, text: str) -> None:
    """Once every quote has its speaker: the names one mention alone could not give."""
    _full_names(speakers)
    _organizations_as_it(speakers, text)


def _organizations_as_it(speakers, text: str) -> None:
    """'Pemex said … It blamed lower oil prices': "it" speaking is the organization that spoke
    last in the same paragraph."""
    last = None
    for s in sorted(speakers, key=lambda s: s.mention_start):
        if s.kind == "organization" and s.name:
            last = s
        elif s.mention.lower() == "it" and s.name is None and last is not None:
            between = text[last.mention_end : s.mention_start]
            if "\n" not in between and len(between) < 400:
                s.name, s.role, s.kind = last.name, last.role, "organization"


def _full_names(speakers) -> None:
    """'Torres told' -> "Ana Torres" when the entity recognizer knew neither: a person named by
    a surname alone takes the one longer name it ends (and that name's role)."""
    people = [s for s in speakers if s.kind == "person" and s.name]
    full = {}
    for s in people:
        if len(s.name.split()) > 1:
            full.setdefault(s.name, s.role)
    for s in people:
        fits = fuller_names(s.name, full)
        if len(fits) == 1:
            s.name, s.role = fits[0], s.role or full[fits[0]]
