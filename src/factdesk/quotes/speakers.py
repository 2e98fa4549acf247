"""Speakers: the mention that speaks, and the person or organization it names.

A mention is resolved to the full name the article first introduced ("Pérez Ricart" ->
"Carlos Pérez Ricart"); pronouns go to the nearest named person of matching gender,
descriptions ("the researcher") to the nearest person whose role fits, and when nobody fits
the name stays None rather than a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import POS
from spacy.symbols import PROPN

from factdesk.models import Speaker
from factdesk.nlp.names import GENDER_BY_FIRST_NAME, PUBLIC_FIGURES, fuller_names, name_bounds
from factdesk.nlp.people import AGENT_ENDINGS, ROLE_NOUNS, first_name_described, name_giver
from factdesk.quotes.descriptions import COMPANY_NOUNS, INDEFINITE, clean_description, introduced, \
    named_before, organization_before
from factdesk.quotes.cues import reporting_verbs
from factdesk.quotes.roles import HONORIFICS, OFFICES, role_of

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
                    "sister": "f", "brother": "m", "father": "m", "padre": "m", "fray": "m", "monsignor": "m",
                    "msgr": "m", "msgr.": "m"}
GENDERED_NOUNS = {"spokeswoman": "f", "woman": "f", "congresswoman": "f", "chairwoman": "f",
                  "spokesman": "m", "man": "m", "congressman": "m", "chairman": "m",
                  # family, as the story names them: "Ms. Herrera's daughter, Lucía"
                  "daughter": "f", "son": "m", "mother": "f", "father": "m", "wife": "f",
                  "husband": "m", "sister": "f", "brother": "m", "widow": "f", "widower": "m",
                  "grandmother": "f", "grandfather": "m", "niece": "f", "nephew": "m",
                  "aunt": "f", "uncle": "m"}
# description head -> words a matching role may contain
SCIENTISTS = {"epidemiologist", "climatologist", "sociologist", "criminologist", "demographer",
              "statistician", "physician", "economist", "historian", "author", "lecturer"}
DESCRIPTIONS = {
    "researcher": {"scientist", "researcher", "professor", "fellow", "scholar", "academic", "analyst",
                   "expert", "research"} | SCIENTISTS,  # "who heads security research at …"
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
    "authorities", "consultancy", "watchdog", "institute", "organization", "organisation", "network",
    "outlet", "nonprofit", "charity", "association", "coalition", "foundation", "tank",
    "confederation", "federation", "chamber", "alliance", "league", "board", "fund",
    "service", "bureau", "secretariat", "regulator",  # "the national weather service, SMN"
}
ORGANIZATION_WORDS = ORGANIZATION_NOUNS | COMPANY_NOUNS  # "the consultancy Integralia", "the firm"
PERSON_NOUNS = set(DESCRIPTIONS) | set(GENDERED_NOUNS) | {
    "source", "official", "aide", "adviser", "advisor", "spokesperson", "people", "person",
    "resident", "voter", "critic", "supporter", "lawmaker", "leader", "member", "director",
    "economist", "historian", "witness", "author", "activist", "agent", "officer", "doctor",
    "plaintiff", "defendant", "mother", "father", "wife", "husband", "victim", "judge", "mayor",
    "chief", "founder", "owner", "executive", "teacher", "student", "farmer", "worker", "nurse",
} | SCIENTISTS
REACH = 1500  # characters back that a pronoun or description may reach
LEDE_CHARS = 400  # where a wire story's lede ends: "A federal judge on Thursday blocked …"
AHEAD = 400  # characters on to the name of a person described before being named
NEAR = 600  # characters back that a description with no matching role may reach
PARTIES = {"republican", "democrat"}  # "the New York Democrat": a politician named just before
JUST_NAMED = 250  # a pronoun takes a person of unknown gender named this close before it (by
# first and last name: a one-word "person" may be a place the recognizer took for one, "the Zócalo")


@dataclass
class Person:
    name: str
    words: list[str]
    gender: str | None = None
    role: str | None = None
    mentions: list[int] = field(default_factory=list)  # character offsets
    titles: set[str] = field(default_factory=set)  # "sen.", "governor": a title written before the name


def name_words(tokens) -> list:
    """The words of a name, without honorifics, possessive or punctuation."""
    tokens = [t for t in tokens if not (t.is_punct or t.lower_ in ("'s", "’s"))]
    while tokens and (tokens[0].lower_ in HONORIFICS or len(tokens) > 1 and tokens[0].lower_ in PARTIES):
        tokens = tokens[1:]  # ("Democrat Elijah Cummings": the party is no part of his name)
    return tokens


class SpeakerResolver:
    """Named people of one article, and the way from a mention to one of them."""

    def __init__(self, doc):
        self.doc = doc
        self.people: list[Person] = []
        self.by_token: dict[int, Person] = {}
        self.ent_of_token: dict[int, object] = {}
        self.inside: dict[int, Person] = {}  # a name's place -> whom it is said of (below)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add(ent)
        names = [doc[i] for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist()]  # read once
        for tok in names:  # "Ms. Herrera's daughter, Lucía": a name set beside a person is one,
            if (tok.dep_ == "appos" and tok.i not in self.by_token  # whatever
                    and tok.head.lemma_.lower() in PERSON_NOUNS and tok.head.pos_ == "NOUN"):  # its tag
                first = min((c.i for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"),
                            default=tok.i)
                self._add(doc[first:tok.i + 1], GENDERED_NOUNS.get(tok.head.lower_))
        # "Jason Furman, a Harvard economist who advised President Barack Obama, warned …": Obama
        # is named inside what is said of Furman, so a "he" after it means Furman
        # So is one named in what another is reported to say ("Luisa María Alcalde said voters
        # backed President Claudia Sheinbaum. '…,' she wrote"): the "she" is Alcalde
        for i, ent in self.ent_of_token.items():
            host = next((h for a in self.doc[i].ancestors
                         if (h := self.by_token.get(a.i) or self._reporter(a)) not in (None, self.by_token[i])), None)
            if host is not None:
                self.inside[ent.start_char] = host
        # "Rodríguez said" tagged ORG: a surname of someone named before is a mention of them,
        # so that a "she" after it finds her
        known = {w.casefold() for person in self.people for w in person.words}  # words a match needs
        for tok in names:
            if tok.text.casefold() in known and tok.i not in self.by_token \
                    and tok.text[:1].isupper() and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                person = self._match([tok.text])
                if person is not None and tok.idx > min(person.mentions):
                    person.mentions.append(tok.idx)

    def _shared_surname(self, ent) -> list[str]:
        """'Ana and Lucía Morales': the surname a lone first name shares with the name after it."""
        doc, k = self.doc, ent.end
        if k + 2 >= len(doc) or doc[k].lower_ != "and" or ent[0].lower_ not in GENDER_BY_FIRST_NAME:
            return []
        other = next((e for e in doc.ents if e.start == k + 1 and e.label_ == "PERSON"), None)
        if other is None or len(other) < 2 or other[0].lower_ not in GENDER_BY_FIRST_NAME:
            return []
        return [t.text for t in other[1:]]

    def _reporter(self, verb) -> Person | None:
        """The person who is the subject of a verb of speech ("Morena's national leader, Luisa
        María Alcalde, said …"), or None."""
        if verb.lemma_.lower() not in reporting_verbs():
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
                if t.i in self.by_token:
                    return self.by_token[t.i]
        return None

    def _add(self, ent, gender: str | None = None) -> None:
        tokens = name_words(ent)
        if not tokens:
            return
        words = [t.text for t in tokens]
        shared = self._shared_surname(ent) if len(words) == 1 else []
        person = self._match(words + shared)
        if person is None:
            person = Person(" ".join([self.doc[tokens[0].i : tokens[-1].i + 1].text, *shared]), words + shared)
            self.people.append(person)
        elif len(words) > len(person.words) and [w.casefold() for w in person.words] == \
                [w.casefold() for w in words[-len(person.words):]]:
            person.name, person.words = self.doc[tokens[0].i : tokens[-1].i + 1].text, words
        person.mentions.append(ent.start_char)
        for t in ent:
            self.by_token[t.i] = person
            self.ent_of_token[t.i] = ent
        if person.gender is None:
            before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            person.gender = HONORIFIC_GENDER.get(ent[0].lower_) or HONORIFIC_GENDER.get(before) or gender
            if person.gender is None and (len(words) > 1 or first_name_described(ent)):  # "María, a shop owner"
                person.gender = GENDER_BY_FIRST_NAME.get(words[0].lower())
            if person.gender is None:  # "Sheinbaum", "Claudia Sheinbaum", "Andrés Manuel López Obrador"
                person.gender = next((PUBLIC_FIGURES[n] for n in (" ".join(words[k:]).lower()
                                      for k in range(len(words))) if n in PUBLIC_FIGURES), None)
        if person.role is None:
            person.role = self._role(ent)
        first = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].lower_ in HONORIFICS else ent.start
        person.titles.update(t.lower_ for t in self.doc[first:tokens[0].i + 1] if t.lower_ in HONORIFICS)

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
        words = [w.casefold() for w in words]  # a transcript's "TRUMP" is Donald Trump
        for person in reversed(self.people):
            pw = [w.casefold() for w in person.words]
            if _same_but_initials(words, pw):  # "Donald J. Trump" is "Donald Trump"
                return person
            if words == pw or (len(words) < len(pw) and pw[-len(words):] == words):
                return person
            if len(words) == 1 and words[0] in pw[1:]:
                return person
            if len(pw) < len(words) and words[-len(pw):] == pw:
                return person
        if len(words) == 1 and words[0] in GENDER_BY_FIRST_NAME:  # "Ana said", after "Ana and Lucía
            named = [p for p in self.people if len(p.words) > 1 and p.words[0].casefold() == words[0]]
            if len(named) == 1:  # Morales": the one person of the article with that first name
                return named[0]
        return None

    def speaker(self, start: int, end: int) -> Speaker:
        """The Speaker for the mention doc[start:end]."""
        doc = self.doc
        span = doc[start:end]
        root = span.root
        mention = Speaker(None, span.text, span.start_char, span.end_char)
        comma = next((t.i for t in span if t.i > root.i and t.text == ","), span.end)
        # "The watchdog group Common Cause said": a group, though the recognizer calls it a person
        # (before the people; an organization it does recognize is described further down)
        described = _described_organization(doc[span.start:comma])
        if described is not None and root.pos_ == "PROPN" and root.ent_type_ != "ORG":
            mention.name, mention.role, mention.kind = *described, "organization"
            return mention
        issuer = _issuer(root)
        if issuer is not None:  # "a statement from US Customs and Border Protection": the agency
            mention.name, mention.kind = issuer, "organization"
            mention.role = root.text if root.lemma_.lower() != "statement" else None
            return mention
        person = self.by_token.get(root.i) or next(
            (self.by_token[t.i] for t in span if t.i in self.by_token and _in_apposition(t, root)), None
        ) or self._titled(span) or self._office_holder(span, root)
        if person is not None:
            ent = next((self.ent_of_token[t.i] for t in span if t.i in self.ent_of_token), None)
            here = None  # a role written in this mention ("said X, a political scientist")
            if ent is not None and (ent.start > span.start or ent.end < span.end):
                here = self._role(ent)
            mention.name, mention.role = person.name, here or person.role
            return mention
        body = _spoken_for(root)
        if body is not None:  # "A spokesperson for Mexico's foreign ministry", then "the spokesperson"
            mention.name, mention.role, mention.kind = body, root.text, "organization"
            return mention
        lower = root.lower_
        if lower == "which" and len(span) == 1:  # "a federal appeals court panel in June, which called it …"
            bounds = _antecedent(root)
            if bounds is not None:
                inner = self.speaker(*bounds)
                words = doc[bounds[0]:bounds[1]]
                if any(t.lower_ in ("v.", "vs.") for t in words):  # a court case, not its parties
                    mention.name, mention.kind = words.text, "other"
                    return mention
                mention.kind = inner.kind
                mention.name, mention.role = inner.name or words.text, inner.role
                return mention
        if lower in ("who", "that") and root.head.dep_ == "relcl":
            relcl = root.head
            head = relcl.head  # "Sheinbaum's spokesman, Arturo Zaldívar, who said": the whole noun
            if lower == "who" and head.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
                while head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
                    head = head.head.head  # "a professor of psychiatry at Stanford who has written": the professor
                if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
                    head = head.head  # "Anna Lembke, a professor …": Lembke
            end = max(head.i + 1, relcl.left_edge.i)
            while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            inner = self.speaker(head.left_edge.i, end)
            mention.name, mention.role, mention.kind = inner.name, inner.role, inner.kind
            return mention
        if lower in PRONOUN_GENDER:
            unnamed = _unnamed_speaker_before(root, PRONOUN_GENDER[lower])
            if unnamed is not None and not any(unnamed.idx < m < span.start_char
                                               for p in self.people for m in p.mentions):
                # 'A shopkeeper who declined to give her name said …. "We didn't sleep," she said.'
                mention.role = clean_description(unnamed)
                return mention
            person = self._nearest(span.start_char, PRONOUN_GENDER[lower], None, reported=_reported_by(root))
        elif root.pos_ == "NOUN" and not root.tag_.endswith("S") and lower not in ORGANIZATION_NOUNS:
            lemma = root.lemma_.lower()
            # "the researcher", "this official": a person described, never "the study"
            indefinite = span[0].lower_ in INDEFINITE  # "a senior Mexican security official": someone new
            owned = span[0].lower_ in ("its", "their")  # "…, its editor said": the paper's
            if ((indefinite and lemma in PERSON_NOUNS) or (owned and lemma in PERSON_NOUNS | ROLE_NOUNS)) \
                    and span.start_char < LEDE_CHARS:
                # the wires' lede: "A federal judge on Thursday blocked …", then "U.S. District
                # Judge David Ezra wrote …", whose title says the same
                person = self._named_next(span.end_char, GENDERED_NOUNS.get(lower), {lemma}, titled=True)
            elif lemma in PERSON_NOUNS and not indefinite and (
                    span[0].lower_ in ("the", "this", "that") or lemma in DESCRIPTIONS):
                roles = DESCRIPTIONS.get(lemma, {lemma})
                person = self._nearest(span.start_char, GENDERED_NOUNS.get(lower), roles,
                                       epithet=any(t.dep_ in ("amod", "compound", "nummod") for t in root.lefts))
                intro = introduced(root)  # "the official" after "a senior … official said"
                if intro is not None and (person is None or max(
                        (m for m in person.mentions if m < span.start_char), default=-1) < intro.idx):
                    mention.role = clean_description(intro)
                    return mention
                if person is None and intro is None and _an_office(root):  # the wires' lede: named next
                    person = self._named_next(span.end_char, GENDERED_NOUNS.get(lower), roles)
                    if person is not None and person.role is None:
                        person.role = clean_description(root)  # "Mexico's economy minister"
        elif lower in PARTIES and span[0].lower_ == "the":  # "the Texas Republican said"
            person = self._party_member(span.start_char, lower)
        if person is not None:
            mention.name, mention.role = person.name, person.role
            return mention
        # ("Heath declined to comment", with Heath read as a heath: a capitalized word alone)
        capitalized = len(span) == 1 and root.pos_ in ("NOUN", "ADJ") and root.text[:1].isupper() \
            and root.text[1:].islower()
        known = self._known_name(span, root) if root.pos_ == "PROPN" or capitalized else None
        if known is not None and capitalized and min(known.mentions) > span.start_char:
            known = None  # a common word is a name only when the person was named before
        if known is not None:  # "Sheinbaum" tagged ORG, "Morera" GPE: surnames of people named before
            mention.name, mention.role = known.name, known.role
            return mention
        organization = lower in ORGANIZATION_NOUNS or root.lemma_.lower() in ORGANIZATION_NOUNS or (
            span[0].lower_ == "the" and root.lemma_.lower() in COMPANY_NOUNS) or (  # "according to the firm"
            root.pos_ == "PROPN" and lower in ORGANIZATION_WORDS)  # "The Employers' Confederation of Mexico"
        if root.ent_type_ in ("ORG", "NORP", "GPE") or organization:
            mention.kind = "organization"
            text = doc[span.start:comma].text  # without an apposition: "…Protection, a record"
            a, b = name_bounds(text)  # "The Trump administration's claim": Trump administration
            if root.dep_ != "poss" and text[b:].strip() in ("'s", "’s"):
                b = len(text.rstrip())  # "Moody's said": a name that ends so, owning nothing
            mention.name = text[a:b]
            if described is not None:  # "Mexican state oil company Pemex": Pemex, and what it is
                mention.name, mention.role = described
            named = next((c for c in root.rights if c.dep_ == "appos" and c.i > comma and c.pos_ == "PROPN"
                          and c.text[:1].isupper() and c.ent_type_ != "PERSON"), None)
            if named is not None and not any(t.text[:1].isupper() for t in doc[span.start + 1:comma]):
                # "the national water commission, Conagua": its name, and what it is
                mention.name = doc[named.left_edge.i:named.right_edge.i + 1].text
                mention.role = text[a:b]
            if span[0].lower_ == "the" and root.pos_ in ("NOUN", "PROPN") and not any(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in span[1:]):
                # "the ministry": whose; "the state oil company": the company named before
                mention.name = named_before(span) or \
                    (organization_before(root) if root.lemma_.lower() in COMPANY_NOUNS else None) \
                    or mention.name
            elif mention.role is None and comma < span.end and root.pos_ == "PROPN":
                # "The Institute for Fiscal Studies, an independent think-tank,": what it is
                mention.role = _what_it_is(root)
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

    def _titled(self, span) -> Person | None:
        """'Tulsa police Chief Chuck Jordan' with 'Tulsa' parsed as a verb: a mention of title
        words that ends in a person's name is that person."""
        last = span[-1]
        person = self.by_token.get(last.i)
        if person is None or not all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.ent_type_ in ("GPE", "NORP")
                                     for t in span if t.i not in self.by_token):
            return None
        return person

    def _office_holder(self, span, root) -> Person | None:
        """'Former Mexican ambassador to the United States Arturo Sarukhan said', parsed with the
        name as the object of 'to': an office, the place it serves, then the person holding it
        (not 'a spokesman for Governor Samuel García', who is someone else)."""
        named = [t for t in span if t.i in self.by_token]  # ("Speaker of the House Rep. Paul Ryan (R-WI)":
        person = self.by_token[named[-1].i] if named else None  # a party after the name)
        prep = next((t for t in span if t.dep_ == "prep" and t.head == root), None)
        if person is None or prep is None or root.lemma_.lower() not in ROLE_NOUNS | OFFICES:
            return None
        if any(t.i > named[-1].i and not (t.is_punct or t.dep_ in ("appos", "compound")) for t in span):
            return None
        first = min(t.i for t in span if self.by_token.get(t.i) is person)
        between = [t for t in self.doc[prep.i + 1:first] if t.lower_ != "the" and t.lower_ not in HONORIFICS]
        places = between and all(t.ent_type_ in ("GPE", "ORG", "NORP", "LOC") for t in between)
        return person if places else None

    def _known_name(self, span, root) -> Person | None:
        parts = _name_parts(span, root)
        return self._match([t.text for t in parts]) if parts else None

    def _party_member(self, at: int, party: str) -> Person | None:
        """The person named last before `at` (within NEAR) whose role names no other party."""
        others = set(PARTIES) - {party}
        near = [(max(m for m in p.mentions if m < at), p) for p in self.people
                if any(at - NEAR <= m < at for m in p.mentions)]
        for _, person in sorted(near, key=lambda c: -c[0]):
            if not others & set((person.role or "").lower().replace(",", " ").split()):
                return person
        return None

    def _named_next(self, at: int, gender: str | None, role_words: set[str], titled: bool = False) -> Person | None:
        """"Mexico's economy minister warned Monday …" and then "Marcelo Ebrard told a news
        conference …": the first person named after `at` (within AHEAD characters), when that
        name is the first of anyone's there, opens a sentence as the subject of a reporting verb,
        and comes with no role that says otherwise (`titled`: with a role that says the same)."""
        named = sorted((m, p) for p in self.people for m in p.mentions if at <= m <= at + AHEAD)
        if not named or min(named[0][1].mentions) != named[0][0]:
            return None
        first, person = named[0]
        span = self.doc.char_span(first, first + 1, alignment_mode="expand")
        if span is None:
            return None
        head = span[0]
        while head.i + 1 < len(self.doc) and self.by_token.get(head.i + 1) is person:
            head = self.doc[head.i + 1]
        before = list(self.doc[head.sent.start : span[0].i])
        if before and before[0].pos_ == "ADP" and any(t.text == "," for t in before):
            # "In an interview with The Associated Press, editor Adriana Ochoa said": past the
            # phrase that sets the scene
            before = before[max(k for k, t in enumerate(before) if t.text == ",") + 1:]
        opens = all(t.pos_ == "PROPN" or t.is_punct or t.lower_ in HONORIFICS
                    or (t.pos_ == "NOUN" and t.dep_ == "compound") for t in before)  # "editor Adriana Ochoa"
        speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in reporting_verbs()
        said = set((person.role or "").lower().split()) | person.titles
        fits = gender is None or person.gender in (None, gender)
        agrees = bool(said & role_words) if titled else (not said or said & role_words)
        return person if opens and speaks and fits and agrees else None

    def _nearest(self, at: int, gender: str | None, role_words: set[str] | None,
                 epithet: bool = False, reported: set[int] = frozenset()) -> Person | None:
        candidates = []
        for person in self.people:
            before = [m for m in person.mentions if at - REACH <= m < at and m not in reported]
            if before:
                candidates.append((max(before), person))
        candidates.sort(key=lambda c: -c[0])
        if role_words is not None:
            for _, person in candidates:
                said = set((person.role or "").lower().split()) | person.titles
                fits = gender is None or person.gender in (None, gender)
                if fits and said & role_words:
                    return person
            # "the president, who took office in October": the nearest person of no stated role
            for mentioned, person in candidates:
                fits = gender is None or person.gender in (None, gender)
                if fits and at - mentioned <= NEAR and person.role is None:
                    return person
            # "Security analyst Eduardo Guerrero said … The former intelligence officer, who now
            # runs the consultancy Lantia, added …": an epithet for the one just named
            if epithet and candidates:
                mentioned, person = candidates[0]
                if at - mentioned <= JUST_NAMED and (gender is None or person.gender in (None, gender)):
                    return person
            return None
        if gender is None:
            return None
        hosts = {p.name for _, p in candidates if p.gender in (None, gender)}
        candidates = [(m, p) for m, p in candidates if getattr(self.inside.get(m), "name", None) not in hosts]
        candidates = self._subjects_first(at, gender, candidates)
        for mentioned, person in candidates:
            if person.gender == gender:
                return person
            if person.gender is None and at - mentioned <= JUST_NAMED and len(person.words) > 1:
                person.gender = gender  # '"…," said Vanda Felbab-Brown. She said …': her, not an earlier woman
                return person
        unknown = [p for _, p in candidates if p.gender is None]
        if not unknown:
            return None
        unknown[0].gender = gender  # "he" said it: later "she" will not land on him
        return unknown[0]

    def _subjects_first(self, at: int, gender: str, candidates: list) -> list:
        """'"…," Zambada told Judge Brian Cogan. He said …': he is the one who spoke, not the
        one spoken to. Where the nearest person of the pronoun's gender was last named as
        anything but a subject, one of that gender named as the subject of the same or the
        sentence before comes first."""
        fitting = [(m, p) for m, p in candidates if p.gender == gender]
        if not fitting or self._subject_at(fitting[0][0]):
            return candidates
        here = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if here is None:
            return candidates
        sent = here[0].sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        subject = next(((m, p) for m, p in fitting[1:] if m >= first and self._subject_at(m)), None)
        return [subject] + [c for c in candidates if c is not subject] if subject else candidates

    def _subject_at(self, at: int) -> bool:
        """Is the name that begins at character `at` the subject of its clause?"""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        while tok.dep_ == "compound" and tok.head.i > tok.i:  # 'Brian' in 'Judge Brian Cogan'
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")


def _reported_by(pronoun) -> set[int]:
    """Where a pronoun speaks in an aside ('Zambada, he added, "will die in an American
    prison"'), the characters where the words of what it reports begin: nobody named in
    them is the one who says them."""
    verb = pronoun.head
    if verb.dep_ != "parataxis" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    aside = {t.i for t in verb.subtree}
    return {t.idx for t in verb.head.subtree if t.i not in aside}


def _unnamed_speaker_before(pronoun, gender: str) -> object | None:
    """The unnamed person who spoke just before a pronoun, in its paragraph ('A shopkeeper who
    declined to give her name said …'): the noun, when it is the subject of a verb of speech in
    this sentence or the one before and nothing says it is of the other gender; else None."""
    doc = pronoun.doc
    sent = pronoun.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[first:pronoun.i]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return None  # the paragraph begins here
        if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in reporting_verbs("en") \
                or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        if not (lemma in PERSON_NOUNS or lemma in ROLE_NOUNS or lemma.endswith(AGENT_ENDINGS)) \
                or any(t.ent_type_ == "PERSON" for t in tok.subtree):
            return None
        said = {PRONOUN_GENDER[t.lower_] for t in tok.subtree if t.lower_ in PRONOUN_GENDER} | (
            {GENDERED_NOUNS[tok.lower_]} if tok.lower_ in GENDERED_NOUNS else set())
        return tok if said <= {gender} else None
    return None


SPOKES = {"spokesperson", "spokesman", "spokeswoman"}


def _spoken_for(root) -> str | None:
    """The body a spokesperson speaks for: 'a spokesperson for Mexico's foreign ministry', or
    for 'the spokesperson', the one the article introduced that way before; or None."""
    if root.lemma_.lower() not in SPOKES or root.pos_ != "NOUN":
        return None
    doc = root.doc
    for tok in (root, *(doc[k] for k in range(root.i - 1, max(-1, root.i - 300), -1))):
        if tok.lemma_.lower() not in SPOKES:
            continue
        if any(c.ent_type_ == "PERSON" for c in tok.rights if c.dep_ == "appos") or tok.ent_type_ == "PERSON" \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON"):
            return None  # "A spokeswoman for …, Ariana Fajardo": she has a name of her own
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if body is not None and any(t.ent_type_ == "PERSON" for t in body.subtree):
            return None  # "A spokeswoman for the U.S. Attorney's Office in Brooklyn, Ariana Fajardo"
        if body is None:  # "A Pemex spokesperson"
            body = next((c for c in tok.lefts if c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG"), None)
        if body is not None:
            text = doc[body.left_edge.i:body.right_edge.i + 1].text
            a, b = name_bounds(text)
            return text[a:b] or None
        if tok is root and not any(c.lower_ == "the" for c in root.lefts):
            return None  # "a spokesperson" for nobody named: a person of her own
    return None


SEPARATORS = {"v.", "vs.", "v", "vs", "&", "of", "for", "and"}  # words inside a name ("Kennedy v. Bremerton")


def _antecedent(which) -> tuple[int, int] | None:
    """Token bounds of the noun phrase a ', which …' clause is about: the words just before the
    comma, read by position, since the parse often hangs the clause on the wrong noun ('struck
    down by a panel in June, which called it …'). A date after the noun is passed over, and
    '…, which represents X and which said' goes back to the first 'which'."""
    doc = which.doc
    if which.head.dep_ == "conj":
        first = next((c for c in which.head.head.children if c.lower_ == "which"), None)
        if first is not None and first.i < which.i:
            return _antecedent(first)
    k = which.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].ent_type_ in ("DATE", "TIME"):  # "… a panel in June, which"
        while k > 0 and doc[k].ent_type_ in ("DATE", "TIME"):
            k -= 1
        if doc[k].pos_ != "ADP":
            return None
        k -= 1
    if doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    start = k
    while start > doc[k].sent.start and not doc[start - 1].is_punct and (
            doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
            or (doc[start - 1].lower_ in SEPARATORS and doc[start - 1].ent_type_ == doc[k].ent_type_ != "")
            or doc[start - 1].lower_ in ("v.", "vs.") or doc[start - 1].tag_ == "POS"):
        start -= 1
    return start, k + 1


def _an_office(noun) -> bool:
    """"Mexico's economy minister", "the U.S. ambassador": an office someone holds, said by
    whose it is (not "the judge", who may be anyone)."""
    return any((c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")) or (
        c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG")) for c in noun.children)


DOCUMENTS = {"statement", "report", "release", "data", "survey", "study", "analysis", "letter",
             "filing", "audit", "review", "poll", "figure", "estimate", "count", "tally", "statistic",
             "record", "projection", "forecast", "datum"}  # lemmas: "preliminary figures from the …"


def _issuer(root) -> str | None:
    """The organization that issued the document a mention names: "a statement from US Customs
    and Border Protection", "a report by the World Bank", "data from INEGI", "FBI data"."""
    if root.lemma_.lower() not in DOCUMENTS or root.pos_ != "NOUN":
        return None
    # "the FBI's annual report", "a Gallup poll": the organization whose document it is
    for c in root.lefts:
        if c.dep_ in ("poss", "compound") and c.ent_type_ == "ORG":
            ent = next((e for e in root.doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and ent.end <= root.i:
                a, b = name_bounds(ent.text)
                return ent.text[a:b] or None
    # "data released Tuesday by US Customs and Border Protection": through the verb of issuing
    issued = [g for c in root.rights if c.dep_ == "acl" for g in c.rights if g.dep_ in ("agent", "prep")]
    for prep in [*root.rights, *issued]:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by", "of"):
            org = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = next((c for c in org.children if c.dep_ == "appos" and c.left_edge.i == org.i + 1
                          and c.ent_type_ == "ORG"), None) if org is not None and org.pos_ == "NOUN" else None
            if named is not None:  # "a tally by the newspaper El Debate": the name after what it is
                return root.doc[named.left_edge.i:named.i + 1].text
            if org is not None and (org.ent_type_ == "ORG" or (org.pos_ == "PROPN" and org.ent_type_ != "PERSON")):
                tokens = [t for t in org.subtree if not t.is_punct or t.text in ("&", "-")]
                while tokens and tokens[0].lower_ == "the":
                    tokens = tokens[1:]
                return root.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None
    return None


def _described_organization(span) -> tuple[str, str] | None:
    """(name, description) of 'Mexican state oil company Pemex' or 'the consultancy Integralia':
    a name at the end of the mention (an organization to the recognizer, or proper nouns after
    an organization noun), after words that say what it is."""
    k = len(span)
    while k > 0 and span[k - 1].pos_ == "PROPN":
        k -= 1
    if k < len(span) and span[k].lower_ in ROLE_NOUNS:
        return None  # 'Tulsa police Chief Chuck Jordan': a title before a person's name
    # an organization the recognizer names at the very end (read from the words: span.ents
    # builds every entity of the article)
    last = span[-1]
    org = last.ent_type_ == "ORG" and (span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I")
    first = span.end - 1
    while org and first > span.start and span.doc[first].ent_iob_ == "I":
        first -= 1
    ents = [span.doc[first:span.end]] if org and span.doc[first].ent_iob_ == "B" else []
    start = ents[0].start - span.start if ents else k
    words = [t for t in span[:start] if t.lower_ not in ("the", "a", "an")]
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if start in (0, len(span)) or not nouns or any(
            (t.pos_ == "PROPN" and t.ent_type_ == "ORG") or t.is_punct or t.lower_ in ("'s", "’s")
            or t.ent_type_ == "PERSON" for t in words):  # 'Economist Gabriela Siller of Banco Base': her
        return None
    if not ents and nouns[-1].lemma_.lower() not in ORGANIZATION_WORDS:
        return None
    while words and words[-1].pos_ == "ADP":  # "a spokesperson for the Department of …": a spokesperson
        words.pop()
    name = span[start:].text
    a, b = name_bounds(name)
    return name[a:b], " ".join(t.text for t in words)


def _same_but_initials(a: list[str], b: list[str]) -> bool:
    """The same first and last name, whatever middle initials either has."""
    if a == b or min(len(a), len(b)) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(len(w.rstrip(".")) == 1 for w in a[1:-1] + b[1:-1])


def _name_parts(span, root) -> list:
    """The words of the name a mention is headed by: 'Pérez Ricart' in 'said Pérez Ricart'."""
    return name_words([t for t in span if t.i <= root.i and (t == root or (
        t.head == root and t.dep_ in ("compound", "flat")))])


def _what_it_is(root) -> str | None:
    """The common noun phrase set beside an organization's name ("an independent think-tank"),
    without its article, or None."""
    appos = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appos is None:
        return None
    words = [t for t in appos.subtree if not (t.dep_ == "det" and t.i == appos.left_edge.i)]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return root.doc[words[0].i:words[-1].i + 1].text if 0 < len(words) <= 8 else None


def _in_apposition(tok, root) -> bool:
    """'Mexico's president, Claudia Sheinbaum' names Sheinbaum; 'the Trump administration' not
    Trump; 'Others, including retired Gen. Mark Kimmitt,' names Kimmitt among them; 'a vendor who
    gave her name only as María' names María."""
    seen_appos = False
    for _ in range(8):
        if tok == root:
            return seen_appos
        seen_appos = seen_appos or tok.dep_ == "appos" or (
            tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head == root) or (
            tok.dep_ == "pobj" and name_giver(tok) is not None)  # 'a vendor who gave her name as María'
        tok = tok.head
    return False


def settle_names(speakers, text: str) -> None:
    """Once every quote has its speaker: the names one mention alone could not give."""
    _full_names(speakers)
    _short_names(speakers, text)
    _organizations_as_it(speakers, text)


# "Petróleos Mexicanos (Pemex)", "the National Water Commission (Conagua)": a name, then the short
# name the article goes on to use
SHORT_NAME = re.compile(r"\b([A-ZÀ-Ý][\w.&'’-]*(?:\s+(?:de|del|la|los|of|the|and|for|[A-ZÀ-Ý][\w.&'’-]*)){0,7})"
                        r"\s+\(([A-ZÀ-Ý][\w&-]{1,15})\)")


def _short_names(speakers, text: str) -> None:
    """'Pemex said' after "Petróleos Mexicanos (Pemex)": one organization, named in full, and
    never with its own short name as its role."""
    full = {m[2]: m[1] for m in SHORT_NAME.finditer(text) if m[2] != m[1]}
    for s in speakers:
        if s.name in full and s.kind != "person":
            s.name = full[s.name]
        if s.name is not None and s.role is not None and full.get(s.role) == s.name:
            s.role = None


def _organizations_as_it(speakers, text: str) -> None:
    """'Pemex said … It blamed lower oil prices': "it" speaking is the organization that spoke
    last in the same paragraph, or in the paragraph before when nobody else spoke since ('Pemex
    reported a loss … ¶ The company produced …, it said')."""
    last, others = None, False
    for s in sorted(speakers, key=lambda s: s.mention_start):
        if s.kind == "organization" and s.name:
            last, others = s, False
        elif s.mention.lower() == "it" and s.name is None and last is not None:
            between = text[last.mention_end : s.mention_start]
            breaks = len(re.findall(r"\n\s*", between))
            if (breaks == 0 and len(between) < 400) or (breaks == 1 and not others and len(between) < 600):
                s.name, s.role, s.kind = last.name, last.role, "organization"
        elif s.name:
            others = True  # someone else spoke since


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
