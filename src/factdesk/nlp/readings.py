"""spaCy's attribute ruler and lemmatizer, worked out once per reading of a word.

en_core_web_sm's attribute ruler (179 token patterns, run by a matcher) and its rule
lemmatizer (a Python call per token) took about a fifth of the parse of a news article. Both
give a word the same answer whenever it is read the same way: the ruler looks at a word's
lower case, tag, dependency and whether it is space (and, in eight two-word patterns such as
"gon na", at the next word); the lemmatizer at its form, part of speech and morphology. These
two components work the answer out once per reading and copy it to every word read that way.
The answers are spaCy's own: the patterns are the ruler's, applied in its order (a later
pattern wins), and a new reading is lemmatized by spaCy's lemmatizer.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

FIELDS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what the ruler's patterns look at, in this order
_AT = {field: k for k, field in enumerate(FIELDS)}


def _holds(spec, value) -> bool:
    """Does a word's value satisfy one field of a matcher pattern (as spaCy's Matcher reads it)?"""
    if not isinstance(spec, dict):
        return value == spec
    (op, arg), = spec.items()
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    if op == "REGEX":
        return re.search(arg, value) is not None
    raise ValueError(f"pattern operator {op} is not read here")


def _fits(token_spec: dict, reading: tuple) -> bool:
    return all(_holds(spec, reading[_AT[field]]) for field, spec in token_spec.items())


class Attributes:
    """The attribute ruler's answers, one reading at a time (a drop-in for `attribute_ruler`)."""

    def __init__(self, ruler) -> None:
        rules = []  # (rule number, pattern, attributes to set, index of the word set)
        for number, attrs in enumerate(ruler.attrs):
            _, patterns = ruler.matcher.get(str(number))
            for pattern in patterns:
                if not 1 <= len(pattern) <= 2 or any(f not in FIELDS for word in pattern for f in word):
                    raise ValueError(f"attribute rule {pattern} is not read here")
                rules.append((number, pattern, attrs, ruler.indices[number]))
        # rules filed by the exact tag or lower case their first word needs, so that a new
        # reading is tried against a few rules, not all 179
        self.by_tag: dict[str, list] = {}
        self.by_lower: dict[str, list] = {}
        self.anywhere: list = []
        for rule in rules:
            first = rule[1][0]
            if isinstance(first.get("TAG"), str):
                self.by_tag.setdefault(first["TAG"], []).append(rule)
            elif isinstance(first.get("LOWER"), str):
                self.by_lower.setdefault(first["LOWER"], []).append(rule)
            else:
                self.anywhere.append(rule)
        self.known: dict[tuple, tuple] = {}
        self.merged: dict[tuple, dict] = {}

    def _rules_for(self, key: tuple, strings) -> tuple:
        """(attributes merged from the one-word rules, [(number, attrs)] of those rules,
        the two-word rules whose first word this reading fits) for one reading."""
        reading = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        singles, firsts = [], []
        tried = self.by_tag.get(reading[1], []) + self.by_lower.get(reading[0], []) + self.anywhere
        for number, pattern, attrs, index in tried:
            if _fits(pattern[0], reading):
                (singles if len(pattern) == 1 else firsts).append((number, pattern, attrs, index))
        singles.sort(key=lambda rule: rule[0])
        numbers = tuple(rule[0] for rule in singles)
        if numbers not in self.merged:  # one dict per set of rules, shared by the readings it fits
            self.merged[numbers] = {}
            for rule in singles:
                self.merged[numbers].update(rule[2])
        found = (self.merged[numbers], [(number, attrs) for number, _, attrs, _ in singles], firsts)
        self.known[key] = found
        return found

    def __call__(self, doc):
        strings = doc.vocab.strings
        keys = [tuple(row) for row in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        found = [self.known.get(key) or self._rules_for(key, strings) for key in keys]
        extra: dict[int, list] = {}
        for i, (_, _, firsts) in enumerate(found):
            if firsts and i + 1 < len(doc):
                after = keys[i + 1]
                reading = (strings[after[0]], strings[after[1]], strings[after[2]], bool(after[3]))
                for number, pattern, attrs, index in firsts:
                    if _fits(pattern[1], reading):
                        extra.setdefault(i + (index if index >= 0 else 2 + index), []).append((number, attrs))
        for i, (merged, singles, _) in enumerate(found):
            if i in extra:
                merged = {}
                for _, attrs in sorted(singles + extra[i], key=lambda rule: rule[0]):
                    merged.update(attrs)
            if merged:
                set_token_attrs(doc[i], merged)
        return doc


class Lemmas:
    """spaCy's rule lemmatizer, once per (form, part of speech, morphology): a drop-in for
    `lemmatizer` that, like it, leaves a lemma the ruler set."""

    def __init__(self, lemmatizer) -> None:
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError("only a rule lemmatizer that keeps set lemmas is read here")
        self.lemmatizer = lemmatizer
        self.known: dict[tuple, int] = {}

    def __call__(self, doc):
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            known = self.known.get(key)
            if known is None:
                known = self.known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            doc[i].lemma = known
        return doc


def _attributes(nlp, name):
    return Attributes(nlp.get_pipe("attribute_ruler"))


def _lemmas(nlp, name):
    return Lemmas(nlp.get_pipe("lemmatizer"))


def read_once(nlp) -> None:
    """Put the once-per-reading ruler and lemmatizer in place of spaCy's where they can read
    its rules; otherwise spaCy's components stay."""
    from spacy.language import Language

    for original, factory, make in (("attribute_ruler", "factdesk_attributes", _attributes),
                                    ("lemmatizer", "factdesk_lemmas", _lemmas)):
        if original not in nlp.pipe_names:
            continue
        if not Language.has_factory(factory):
            Language.factory(factory, func=make)
        try:
            nlp.add_pipe(factory, after=original)
        except ValueError:
            continue
        nlp.remove_pipe(original)
