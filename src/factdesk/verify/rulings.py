"""A fact-check's own ruling on the claim it checks: "We rate this claim Half True."

A fact-check states the claim it checks ("Sheinbaum said intentional homicides fell 25% since
she took office") and ends with its ruling, which names no claim: "We rate this claim Half
True.", "The claim is false.", "Verdict: False.". The ruling is a published verdict on the
claim being checked when the fact-check states that very claim as someone's, in its lede or in
the summary just before the ruling: every word of it (figures too) in one sentence, and its
names there, in the headline or in the dateline. A claim about Florida is not rated by a
fact-check of Texas's, nor a claim of 40% by one of 25%, nor the fact-check's own findings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.verify.signals import DOWN, ORDINALS, RATINGS, STOP, UP, _any_found, all_named, names, words

# the ruling's words, as fact-checkers write them, and what each means for the verdict
LABELS = {**RATINGS, "unproven": "unproven", "unsupported": "unproven"}
_LABEL = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in LABELS), key=len, reverse=True))
_WHAT = r"(?:this|the|that|his|her|their|its)\s+(?:claim|statement|post|assertion|video|figure|quote)"
_SAID = r"(?:(?:our\s+)?(?:verdict|rating|ruling)\s*[:—–-]\s*)?"  # "Our ruling: The claim is false."
# "Harlan's claim that violent crime is at an all-time high is false": whose, and what it says
_WHOSE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:claim|statement|assertion|post)"
RULING = re.compile(
    rf"^(?:{_SAID}we\s+rate\s+(?:{_WHAT}|it|this|that)\s+(?P<a>{_LABEL})"
    rf"|{_SAID}(?:{_WHAT}|{_WHOSE})\s+is\s+(?:simply\s+|largely\s+)?(?P<b>{_LABEL})"
    # with what the claim says only after "Our ruling:" ("The claim that murders doubled is
    # false" alone is a rating of that claim: signals.rating)
    rf"|(?:our\s+)?(?:verdict|rating|ruling)\s*[:—–-]\s*(?:{_WHAT}|{_WHOSE})\s+that\s+[^.;]{{3,200}}?\s+is\s+"
    rf"(?:simply\s+|largely\s+)?(?P<d>{_LABEL})"
    rf"|(?:our\s+)?(?:verdict|rating|ruling)\s*[:—–-]\s*(?P<c>{_LABEL}))"
    r"\s*(?:[.!,;:—–-]|$|\s+(?:because|as|since|but))", re.I)
# who claimed what: "said", "claims", "a viral post", "tweeted"
ASSERTED = re.compile(r"\b(?:sa(?:id|ys?)|claim(?:s|ed)?|post(?:s|ed)?|wr(?:ote|ites)|tweet(?:s|ed)?|"
                      r"states\s+that|stated|assert(?:s|ed)|argu(?:es|ed)|told|alleg(?:es|ed)|insist(?:s|ed)|"
                      r"boast(?:s|ed)|declar(?:es|ed)|shared)\b", re.I)
LEDE = 3  # sentences: the lede (the headline, byline and dateline stand apart)
SUMMARY = 3  # sentences before the ruling
# a fact-check's "unproven" is no verdict either way: the evidence is left to speak
_COUNTED = {"false", "misleading", "true"}


@dataclass
class Ruling:
    label: str  # "false" | "misleading" | "true"
    ruling: object  # the sentence that rules (any object with .text, .start, .end, .index)
    statement: object  # the sentence that states the claim it rules on


def ruling_label(sentence: str) -> str | None:
    """What a ruling sentence rules ("false", "misleading", "true"), or None."""
    m = RULING.match(" ".join(sentence.split()))
    if m is None:
        return None
    label = LABELS[" ".join((m["a"] or m["b"] or m["c"] or m["d"]).lower().split())]
    return label if label in _COUNTED else None


def find_ruling(claim: str, sentences: list, title: str = "", dateline: str = "") -> Ruling | None:
    """The ruling a fact-check (its `sentences`, in order, each with .text) gives `claim`, or
    None: its last ruling sentence, if a sentence before it states the claim."""
    if (last := _last_ruling(sentences)) is None:
        return None
    k, label = last
    # as someone's claim ("Sheinbaum said …", "a viral post claims …"), not as its own finding
    where = [s for part in _where_stated(sentences, k) for s in part]
    statement = next((s for s in where if restates(claim, s.text, f"{title} {dateline}")), None)
    return Ruling(label, sentences[k], statement) if statement is not None else None


def checked_statement(sentences: list) -> Ruling | None:
    """The statement a fact-check rules false or misleading, whatever claim is checked, or None:
    the first sentence of its lede that gives someone's claim ("A post … claims that remittances
    collapsed by half"), else the first of the summary before the ruling. Its figures are the
    claim checked, not the fact-check's findings."""
    if (last := _last_ruling(sentences)) is None or last[1] == "true":
        return None
    k, label = last
    for where in _where_stated(sentences, k):
        stated = next((s for s in where if ASSERTED.search(s.text)), None)
        if stated is not None:
            return Ruling(label, sentences[k], stated)
    return None


def _last_ruling(sentences: list) -> tuple[int, str] | None:
    """(index, label) of a fact-check's last ruling sentence, or None."""
    return next(((k, label) for k in range(len(sentences) - 1, -1, -1)
                 if (label := ruling_label(sentences[k].text))), None)


def _where_stated(sentences: list, k: int) -> tuple[list, list]:
    """Where a fact-check states what its ruling (sentence `k`) rules on: its lede, and the
    summary just before the ruling."""
    return sentences[:min(LEDE, k)], sentences[max(LEDE, k - SUMMARY):k]


def restates(claim: str, sentence: str, around: str = "") -> bool:
    """Does the sentence state the claim as someone's ("Sheinbaum said intentional homicides fell
    25% since she took office")?"""
    return bool(ASSERTED.search(sentence)) and states(claim, sentence, around)


def states(claim: str, sentence: str, around: str = "") -> bool:
    """Does `sentence` state the claim: every word of it that is not a name in the sentence (a
    rise or a fall as any word for one), every figure in it, and every name in it or `around` it
    (the headline, the dateline), a country under any of its names?"""
    said = {_way(w) for w in words(_RANKS.sub(r"\1", sentence))}  # "second-largest" is no "largest"
    named = names(claim)
    wanted = [w for w in words(claim) if w not in STOP and w not in named]
    if not wanted or not all(_any_found({_way(w)}, said) for w in wanted):
        return False
    return all_named(named, f"{sentence} {around}")


_RANKS = re.compile(rf"\b({ORDINALS})[-‐\s]+(?=\w)", re.I)


def _way(word: str) -> str:
    """A word, or the way it says a thing went: "fell" and "fallen" are one."""
    return "⇡" if word in UP else "⇣" if word in DOWN else word
