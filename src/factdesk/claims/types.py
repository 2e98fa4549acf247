"""What a sentence asserts (fact, opinion, question, prediction) and what kind of claim it is.

Rules over words, so they work on a bare line (``score_lines``) as well as inside an
article. Opinions, questions and hedged predictions are not claims of fact: they are
kept and labelled so an editor sees why they were not sent to a fact-check.
"""
from __future__ import annotations

import re

from factdesk.models import Assertion, ClaimType, Quantity
from factdesk.verify.rulings import ruling_label

_OPINION = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:think|believe|feel|guess|suspect|hope|suppose|doubt|"
    r"am (?:convinced|sure|certain))\b"
    r"|\bin (?:my|our) (?:view|opinion|judgment)\b|\bit seems to me\b|\bfrankly\b"
    r"|\b(?:should|ought to|must|need to|needs to|have to)\s+(?:not\s+)?(?:be\s+)?\w+"
    r"|\b(?:is|are|was|were)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:disgrace(?:ful)?|shameful|terrible|"
    r"horrible|wonderful|outrageous|ridiculous|absurd|unacceptable|great|fantastic|awful|"
    r"beautiful|disaster|stupid|wrong|right thing|incredible)\b"
    r"|\bit(?:'s| is) (?:time|wrong|right|clear that|obvious)\b|\blet(?:'s| us)\b",
    re.I,
)
# "I think it's important to know that …", "the fact is that …": a frame around a statement of
# fact, not an opinion of its own
_FRAMING = re.compile(
    r"\b(?:(?:i|we)\s+(?:think|believe)\s+)?it(?:'s|’s| is)\s+(?:important|worth)\s+(?:to\s+(?:know|note|"
    r"remember|understand|point out|say|recognize|recall)|noting|remembering)\s+that\s+"
    r"|\bthe fact (?:of the matter )?is(?:,)?\s+(?:that\s+)?",
    re.I,
)
_HEDGED_FUTURE = re.compile(
    r"\b(?:will|won't|would|could|might|(?-i:may)|shall|'ll)\s+(?:not\s+|never\s+|soon\s+|likely\s+)?"
    r"(?!have\b)\w+"
    r"|\b(?:is|are|am)\s+(?:not\s+)?going to\b(?!\s+(?:the|a|an|(?-i:[A-Z])))|\b(?:likely|expected|projected|forecast|set|poised)\s+to\b"
    r"|\bby (?:20[3-9]\d|next year)\b|\b(?:predict|predicts|predicted|forecasts?)\b",
    re.I,
)
_PAST_MODAL = re.compile(r"\b(?:would|could|might|(?-i:may))\s+have\b", re.I)
_WH_START = re.compile(
    r"^\W*(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|has|have|had|isn't|aren't|don't|doesn't|didn't)\b",
    re.I,
)
_THAN = re.compile(r"\b(?:\w+er|more|less|fewer|worse|better)\b[^.;]{0,40}?\bthan\b", re.I)
_COMPARISON = re.compile(
    r"\b(?:highest|lowest|largest|biggest|"
    r"smallest|most|least|fastest|slowest|worst|best|record|twice|triple|double[ds]?|"
    r"compared (?:with|to)|outnumber\w*|surpass\w*|exceed\w*|rank\w*)\b|\bas \w+ as\b",
    re.I,
)
_CAUSAL = re.compile(
    r"\b(?:because(?: of)?|due to|caused?|causing|led to|leads? to|result(?:ed|s)? in|as a result|"
    r"responsible for|blamed?\b|thanks to|driven by|fueled by|fuelled by|linked to|"
    r"contributed to|so that|therefore|consequently)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|claimed|claims|told|stated|argued|asserted|alleged|accused|insisted|"
    r"according to|denied|admitted|acknowledged|reported|announced|wrote|testified|tweeted|signaled|signalled|"
    r"indicated|hinted)\b",
    re.I,
)


def assertion_of(text: str) -> Assertion:
    """Fact, opinion, question or hedged prediction (of whoever asserts it: inside a quote,
    "I think" is the speaker's opinion)."""
    stripped = _FRAMING.sub("", text.strip().strip("\"'“”‘’ "))
    if stripped.endswith("?") or (_WH_START.match(stripped) and "?" in stripped[-3:]):
        return Assertion.QUESTION
    if _OPINION.search(stripped) or ruling_label(stripped):  # "We rate this claim Half True."
        return Assertion.OPINION
    main = _ASIDE.sub("", stripped)  # "no one had been arrested under the law, which was set to take effect …"
    if _hedged(main) and not _PAST_MODAL.search(main) and not _past_inability(main):
        if not _reported_future(main):
            return Assertion.PREDICTION
    return Assertion.FACT


# a survey's result: "37% expected to cut investment" is what they expected, not a forecast
_SHARE_BEFORE = re.compile(r"(?:\d\s?%|\bper\s?cent|\bpercent)\s+$", re.I)


# a measured risk: "are 15% more likely to die early", "twice as likely to vote" compares groups
_MEASURED_ODDS = re.compile(r"(?:\d\s?%|\bper\s?cent|\bpercent|\btwice|\bhalf|\btimes)\s+(?:more|less|as)\s+$", re.I)


def _hedged(text: str) -> bool:
    return any(not (h.group().split()[0].lower() in ("expected", "likely", "set")
                    and _SHARE_BEFORE.search(text, 0, h.start())
                    or h.group().split()[0].lower() == "likely" and _MEASURED_ODDS.search(text, 0, h.start()))
               for h in _HEDGED_FUTURE.finditer(text))


# what someone was not able to do, after a verb of the past: "had 300,000 members but could not stop
# the cartels", "Police said they could not confirm …"
_COULD_NOT = re.compile(r"\b(?:could\s+not|couldn't|could\s+never)\b", re.I)
_PAST_BEFORE = re.compile(r"\b(?:had|was|were|did|said|told|\w{3,}ed)\b", re.I)


def _past_inability(text: str) -> bool:
    """Is every hedge of the text a "could not" that follows a verb of the past?"""
    hedges = list(_HEDGED_FUTURE.finditer(text))
    return bool(hedges) and all(_COULD_NOT.match(text, h.start()) and _PAST_BEFORE.search(text, 0, h.start())
                                for h in hedges)


_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;.]*")  # a relative clause said by the way


def _reported_future(text: str) -> bool:
    """"He said he would run" reports a past statement; it is an attribution, not a forecast."""
    m = _ATTRIBUTION.search(text)
    future = _HEDGED_FUTURE.search(text)
    return bool(m and future and m.start() < future.start()
                and re.match(r"\s*(?:that\s+)?\w+\s+(?:would|could|might)\b", text[m.end():], re.I))


def claim_type(text: str, quantities: list[Quantity], assertion: Assertion,
               actor: bool = False) -> ClaimType:
    """The claim's kind, most specific first: prediction, quantity, comparison, causal,
    attribution (someone's claim reported), else event."""
    if assertion is Assertion.PREDICTION:
        return ClaimType.PREDICTION
    if any(q.value is not None for q in quantities):
        return ClaimType.QUANTITY
    if _COMPARISON.search(text) or (" than " in text and _THAN.search(text)):
        return ClaimType.COMPARISON
    if _CAUSAL.search(text):
        return ClaimType.CAUSAL
    if actor or _ATTRIBUTION.search(text):
        return ClaimType.ATTRIBUTION
    return ClaimType.EVENT
