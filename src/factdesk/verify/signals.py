"""Signals beside the stance model, each stated in words so the desk can see why."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factdesk.nlp.names import BODIES, DEMONYM_ENDINGS

NEGATIONS = {"not", "no", "never", "n't", "none", "nobody", "neither", "nor", "without", "denied",
             "denies", "deny", "false", "rejected", "rejects", "refused", "refuses", "refuse",
             "unlikely"}  # "the transfers were unlikely to weaken the groups"
ANTONYMS = [("more", "fewer"), ("higher", "lower"), ("ally", "enemy"), ("allied", "opposed"),
            ("win", "lose"), ("won", "lost"), ("legal", "illegal"), ("up", "down"), ("before", "after"),
            ("northern", "southern"), ("eastern", "western"),
            ("gain", "loss"), ("approved", "rejected"), ("guilty", "innocent"),
            # what courts, legislatures and officials do, as the news reports it
            ("upheld", "blocked"), ("upheld", "struck"), ("upheld", "overturned"),
            ("approved", "blocked"), ("passed", "failed"), ("convicted", "acquitted"),
            ("guilty", "acquitted"), ("accepted", "rejected"), ("allowed", "banned"),
            ("allowed", "blocked"), ("confirmed", "denied"), ("raised", "lowered"),
            ("raised", "cut"), ("increased", "reduced"), ("increased", "cut"),
            ("supported", "opposed"), ("supports", "opposes"), ("open", "closed"),
            ("reopened", "closed"), ("added", "lost"), ("added", "shed"),
            ("gained", "shed"), ("strong", "weak"), ("stronger", "weaker"), ("better", "worse"),
            ("best", "worst"), ("safe", "dangerous"), ("safe", "unsafe"), ("success", "failure"),
            ("cheaper", "costlier"), ("profit", "loss"), ("profits", "losses"),
            ("surplus", "deficit"), ("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"),
            ("fastest", "slowest"), ("maximum", "minimum"),
            ("alive", "dead")]  # which way a figure went: UP and DOWN below
_REPORTING_THE_CLAIM = re.compile(
    r"\b(claim(?:s|ed)?|accus\w*|charge[sd]?(?=\s+(?:that|of)\b)|(?:the|a|his|her|their|its)\s+charges?|"
    r"alleg(?:ations?|ing|edly|es)|alleged(?=\s+(?:that|by|in|to)\b)|assert\w*|insist\w*|the verdict)\b",
    re.I)  # not "charge the $42": a bill, nor "26 alleged cartel members": who they are said to be
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
STOP = set("the a an of to in on and or is are was were be been for with that this by as at from "
           "it its their his her has have had will would".split())


# verbs whose "up" or "down" says no rise or fall: "shut down", "given up", "back down", "set up"
PHRASAL = set("""shut shuts shutting give gives gave given giving set sets setting break breaks broke broken
    take takes took taken step steps stepped back backs backed crack cracks cracked cracking sign signs signed
    turn turns turned turning show shows showed ended end ends pick picks picked make makes made put puts
    lock locks locked hold holds held hand hands handed close closes closed track tracks tracked hunt hunted
    bring brings brought follow followed look looks looked clean cleaned team teamed line lined speak spoke
    stand stands stood sit sat lay laid play played tear tore torn burn burned beat sum summed
    stepping backing""".split())


_UP_TO = re.compile(r"\bup\s+to\s+(?=(?:about\s+|nearly\s+|some\s+)?[$€£]?\d)", re.I)


def words(text: str) -> list[str]:
    """Lower-cased words, a possessive taken off ("utility's" -> "utility"); the particle of a
    phrasal verb marked ("shut down" -> "shut", "_down"), as it says no fall."""
    out = []
    text = _UP_TO.sub("to ", text)  # "tariffs of up to 50%": a most, no rise
    for w in _WORD.findall(text.lower().replace("’", "'")):
        w = w[:-2] if w.endswith("'s") else w
        if w in ("up", "down") and out and out[-1] in PHRASAL:
            w = "_" + w
        out.append(w.replace("n't", " n't").strip())
    return out


def overlap(claim: str, evidence: str, figures: bool = True) -> float:
    """Share of the claim's content words found in the evidence; without its words of how many
    where `figures` is False ("400 people were arrested" beside "40 people were arrested")."""
    c = {w for w in words(claim) if w not in STOP and w not in NEGATIONS and (figures or not _figure_word(w))}
    e = set(words(evidence))
    return len(c & e) / len(c) if c else 0.0


# past forms that no ending gives: "ran" is "run", "paid" is "pay"
IRREGULAR = {
    "ran": "run", "paid": "pay", "said": "say", "told": "tell", "went": "go", "gone": "go", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow", "won": "win",
    "lost": "lose", "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "found": "find", "sent": "send", "spent": "spend", "left": "leave", "held": "hold", "led": "lead",
    "met": "meet", "sold": "sell", "bought": "buy", "brought": "bring", "built": "build", "kept": "keep",
    "got": "get", "began": "begin", "begun": "begin", "became": "become", "came": "come", "saw": "see",
    "seen": "see", "knew": "know", "known": "know", "thought": "think", "fled": "flee", "shot": "shoot",
    "struck": "strike", "stole": "steal", "stolen": "steal", "broke": "break", "broken": "break",
    "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write", "drove": "drive",
    "driven": "drive", "flew": "fly", "flown": "fly", "froze": "freeze", "frozen": "freeze", "hid": "hide",
    "spoke": "speak", "spoken": "speak", "threw": "throw", "thrown": "throw", "sank": "sink", "sunk": "sink",
    "shrank": "shrink", "shrunk": "shrink", "fought": "fight", "caught": "catch", "taught": "teach",
    "sought": "seek", "dealt": "deal", "meant": "mean", "lent": "lend", "felt": "feel", "slid": "slide",
    "news": "news",  # not "new"
}


@lru_cache(maxsize=100_000)
def base(word: str) -> str:
    """A word without the endings of tense and number, so that "paying" is "pay", "acted" "act",
    "close", "closed" and "closes" one word ("clos"), "ran" "run": how _any_found also finds a word.

    (overlap() compares words as written: reading "vaquitas" as "vaquita" there let a story's
    past count of the animal dispute a claim of how many remain.)"""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"  # "cities", "studied": "city", "study"
    for ending in ("ing", "ed", "es", "s"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and not (ending == "s" and stem.endswith(("s", "u", "i"))):
            if ending in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "stopped": "stop"
            word = stem
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word  # "close", "closed": "clos"


_NUMBER_WORDS = set("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million billion trillion half
third quarter percent most majority minority dozen dozens hundreds thousands millions billions""".split())


# the words that qualify a figure: "more than 230,000 people" is about people, not "more"
_QUALIFYING = {"more", "than", "less", "fewer", "about", "nearly", "almost", "over", "under", "least",
               "around", "roughly", "some", "just", "up", "to"}


# where a claim of two statements divides: "had 300,000 members but could not stop the cartels"
_TWO_STATEMENTS = re.compile(r",?\s+but\s+|,\s+(?:and|while|whereas)\s+", re.I)


def statements(claim: str) -> list[str]:
    """The statements a claim joins (each of three words or more), or the claim alone."""
    parts = [p for p in _TWO_STATEMENTS.split(claim) if len(words(p)) >= 3]
    return parts if len(parts) > 1 else [claim]


def _figure_word(word: str) -> bool:
    """A word of how many: "400", "dozen", "fewer", "about", or how full ("full", "empty")."""
    return word[:1].isdigit() or word in _NUMBER_WORDS or word in _QUALIFYING or word in ("full", "empty")


def part_overlap(claim: str, evidence: str) -> float:
    """overlap() of the claim, or of the one of its statements the evidence says most of: a
    sentence on the Guard's members speaks to half of "the National Guard had 300,000 members
    but could not stop the cartels"."""
    return max(overlap(part, evidence) for part in statements(claim))


_SAYING_WORDS = {"said", "says", "say", "told", "according"}  # who says it, not what it is about


def topic_share(claim: str, story: str) -> float:
    """Share of what the claim is about (its content words, without its figures, units, dates,
    words of when and words of rise or fall) that the story says: "eleven people have died in the
    measles outbreak" is half said by a story of people dead of heat."""
    from factdesk.claims.quantities import UNITS  # (here: the claims package reads this module's words)

    wanted = {w for w in words(claim) if w not in STOP and w not in NEGATIONS and not w[:1].isdigit()
              and w not in _NUMBER_WORDS and w not in UP and w not in DOWN and w not in _MONTHS
              and w not in _QUALIFYING and w not in _SAYING_WORDS and w not in WHEN_WORDS
              and UNITS.get(w) in (None, "people", "votes")}  # not "pesos", "hectares": how it is measured
    found = set(words(story))
    found |= short_names(found)  # "Walmart de México" is the claim's "Walmex"
    return sum(_any_found({w}, found) for w in wanted) / len(wanted) if wanted else 1.0


# words of when, which say nothing of what a claim is about ("this year", "last month")
WHEN_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday",
              "quarter", "quarters", "decade", "decades", "last", "next", "past", "since", "ago", "now",
              "every", "each"}  # "every year since 2018" says when, not what


_FIRST_VERB = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
               "might", "must", "should", "does", "do", "did"}


def subject_unsaid(claim: str, story: str) -> str | None:
    """Does a story never speak of what a claim of no names is about, its subject of two words or
    more ("The monarch butterfly population is at its lowest level on record" beside a story on
    reservoirs "at their lowest level on record")? Said in words, or None."""
    if names(claim):
        return None  # what a claim of names is about is read by its names
    c = words(claim)
    at = next((k for k, w in enumerate(c) if w in _FIRST_VERB or w in UP or w in DOWN), None)
    subject = [w for w in c[:at] if w not in STOP and not _figure_word(w) and len(w) >= 4] if at else []
    if len(subject) < 2 or _any_found(set(subject), set(words(story))):
        return None
    return f"its story never speaks of what the claim is about ({' '.join(subject)})"


def says_more_than_names(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> bool:
    """Does the evidence share a word with the claim besides its names, the figures, words of
    when and of going up or down? "Homicides in Mexico fell" and a sentence on diabetes in Mexico
    share only the place; "The price of gasoline in Mexico fell this year" and "Asylum requests
    in Mexico fell 60% in the first 10 months of the year" only the place, a fall and a year."""
    named = {w.lower() for w in names(claim, known)}
    wanted = {w for w in words(claim) if w not in STOP and w not in NEGATIONS and w not in named
              and not w[:1].isdigit() and len(w) > 2}
    topic = wanted - WHEN_WORDS - UP - DOWN
    found = set(words(evidence))  # "open" is the claim's "opening", "run" its "ran" (_any_found)
    return not topic or _any_found(topic, found) or any(
        len(f) >= 4 and w.startswith(f) for w in topic for f in found)


def about_as_long(claim: str, evidence: str, ratio: float = 3.5) -> bool:
    """Is the evidence one statement of the claim's size, not several clauses?"""
    c = [w for w in words(claim) if w not in STOP]
    e = [w for w in words(evidence) if w not in STOP]
    return len(e) <= ratio * max(len(c), 3)


# words that open a clause of reason or circumstance: "because they were not authorized"
_SUBORDINATORS = "because|since|although|though|while|whereas|unless"
# where one statement of a sentence ends: "…measles, and it is not …", "…; but", a quote mark
_JOINS = rf"and|but|said|says|according|{_SUBORDINATORS}"  # a comma before these ends a statement
_CLAUSE_END = re.compile(rf"[;:—–\"“”]|,\s+(?:{_JOINS}|compared|up from|down from)\b"
                         rf"|\s+(?:but|{_SUBORDINATORS})\s+")


def clause_for(claim: str, evidence: str) -> str:
    """The statement of the evidence that shares the most words with the claim: '"Vitamin A
    does not prevent measles, and it is not a substitute for the vaccine," said Dr. O'Leary'
    gives "Vitamin A does not prevent measles" beside "Vitamin A prevents measles"."""
    parts = [p for p in _CLAUSE_END.split(evidence) if p and p.strip()]
    return max(parts, key=lambda p: overlap(claim, p), default=evidence).strip()


# a clause that gives a reason or a circumstance, not the statement: "…, speaking on condition
# of anonymity because they were not authorized to discuss the plans"
_SUBORDINATE = re.compile(rf"(?:,\s*|\s)(?:{_SUBORDINATORS}|who|which|whose|when)\b[^,;]*", re.I)


def main_clause(sentence: str) -> str:
    """The sentence without its clauses of reason or circumstance (its negation is its own)."""
    return _SUBORDINATE.sub("", sentence).strip() or sentence


class Attributed(NamedTuple):
    """A claim about what someone said: "Amador said Mexico is in a recession"."""

    who: str  # "Amador", "President Claudia Sheinbaum"
    what: str  # "Mexico is in a recession"


_NAMED = r"[A-ZÀ-Ý][\w'’.-]*"
_ATTRIBUTED = re.compile(
    rf"(?:The\s+)?(?P<who>{_NAMED}(?:\s+(?:{_NAMED}|de|del|la|of))*?)\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told\s+\w+|claimed|claims|stated|states|wrote|tweeted|declared|insisted|argued|"
    r"admitted|promised|vowed|expects|expected|forecasts|forecast|predicts|predicted|projects|projected|"
    r"called|calls)"
    r"(?:\s+that)?[,:]?\s+[\"“‘']?(?P<what>.+?)[\"”’']?[.!?]?[\"”’']?\s*$")


def attributed(claim: str) -> Attributed | None:
    """The speaker and the words of a claim about what a named person said, or None ("The
    government said …" names nobody)."""
    m = _ATTRIBUTED.fullmatch(claim.strip())
    if m is None or m["who"].split()[0].lower() in NOT_NAMES or len(words(m["what"])) < 3:
        return None
    return Attributed(m["who"], m["what"].strip())


SAID_SO_SHARE = 0.4  # of the claim's words of what was said, at least this share in the speaker's own


def said_so(what: str, said: str, around: str = "") -> str | None:
    """Do the speaker's words (`said`) say what the claim says they said, in about the same words:
    every word of it in them or in their story (`around`: the neighbours, the headline; of four
    words or more, all but one), at least SAID_SO_SHARE of them in the words themselves, nothing
    negated or turned the other way? ("Eleven people have died, all of them unvaccinated" for
    "eleven people have died in the measles outbreak", the story being on the outbreak.) Said in
    words, or None."""
    wanted = [w for w in words(what) if w not in STOP and len(w) > 2]
    own, story = set(words(said)), set(words(around))
    if not wanted or negation_mismatch(what, said) or antonym_mismatch(what, said):
        return None
    theirs = [w for w in wanted if _any_found({w}, own)]
    unsaid = [w for w in wanted if not _any_found({w}, own | story)]  # one word of four may be the
    if len(theirs) < SAID_SO_SHARE * len(wanted) or len(unsaid) > (len(wanted) >= 4):  # claim's own
        return None
    return f"says it in about the same words: {', '.join(theirs)}"


def same_person(who: str, name: str | None) -> bool:
    """Is `name` (a speaker's, or any words) the person `who` ("Amador", "Finance Minister Edgar
    Amador") names? By surname: the last word of three letters or more; or by the initials an
    acronym stands for ("IMF": "The International Monetary Fund forecasts …")."""
    surname = [w for w in words(who) if len(w) > 2][-1:]
    if bool(name) and bool(surname) and surname[0] in words(name):
        return True
    # "the IMF" is the International Monetary Fund: its initials
    short = who.split()[-1] if who.split() else ""
    return len(short) >= 2 and short.isupper() and short.lower() in _initials(name or "")


# A rating of the claim's statement: "the claim that murders doubled is simply false", "it is
# not true that …", "the claim that … is misleading", "… is accurate"
# (the one table of rating words; a fact-check's ruling is read with it too: verify/rulings.py)
RATINGS = {"false": "false", "untrue": "false", "wrong": "false", "not true": "false", "baseless": "false",
           "unfounded": "false", "a lie": "false", "a myth": "false", "inaccurate": "false",
           "incorrect": "false", "fake": "false", "pants on fire": "false", "misleading": "misleading",
           "exaggerated": "misleading", "an exaggeration": "misleading", "overstated": "misleading",
           "half true": "misleading", "half-true": "misleading", "mostly false": "misleading",
           "out of context": "misleading", "missing context": "misleading", "true": "true",
           "accurate": "true", "correct": "true", "mostly true": "true"}
_RATING = "|".join(sorted((r.replace(" ", r"\s+") for r in RATINGS), key=len, reverse=True))
_RATED = re.compile(
    r"\b(?:claims?|idea|notion|assertion|suggestion|charges?|allegations?|statement)\s+that\s+"
    r"(?P<what>[^,;.]{3,120}?)\s+(?:is|was|are|were)\s+(?:simply\s+|just\s+|flatly\s+|patently\s+|"
    rf"completely\s+|entirely\s+|largely\s+)?(?P<rating>{_RATING})\b"
    r"|\b(?:it\s+is|it's)\s+(?:simply\s+)?(?P<rating2>false|untrue|not\s+true)\s+that\s+(?P<what2>[^,;.]{3,120})",
    re.I)


def rating(claim: str, evidence: str) -> tuple[str, str] | None:
    """("false" | "misleading" | "true", the words) where the evidence rates the claim's very
    statement ("the claim that murders doubled is simply false"), or None. Every word of the
    claim that is not a name or a figure must be in what it rates."""
    wanted = [w for w in words(claim) if w not in STOP and w not in names(claim) and not w[:1].isdigit()]
    for m in _RATED.finditer(evidence.replace("’", "'")):
        what = m["what"] or m["what2"]
        said = set(words(what))
        if wanted and _negated(what) == _negated(claim) and all(_any_found({w}, said) for w in wanted):
            return RATINGS[" ".join((m["rating"] or m["rating2"]).lower().split())], m.group().strip()
    return None


def false_the_other_way(claim: str, evidence: str) -> str | None:
    """Does the evidence call false a statement of the claim's thing that went the other way
    ("the claim that fentanyl seizures … doubled this year is false" beside "Fentanyl seizures …
    fell by about 44%")? Its opposite words are then no sign against the claim. Said in words,
    or None."""
    for m in _RATED.finditer(evidence.replace("’", "'")):
        what = m["what"] or m["what2"]
        rated = RATINGS[" ".join((m["rating"] or m["rating2"]).lower().split())]
        if rated == "false" and not _negated(what) and (antonym_mismatch(claim, what) or
                                                         went_the_other_way(claim, what)):
            return f"it calls false a statement that went the other way: “{m.group().strip()}”"
    return None


def called_false(claim: str, evidence: str) -> str | None:
    """Does the evidence call the claim's statement false? Said in words, or None."""
    return said_false(rating(claim, evidence))


def said_false(rated: tuple[str, str] | None) -> str | None:
    """A rating (`rating`'s answer) that calls the claim false, said in words, or None."""
    return f"calls it false: “{rated[1]}”" if rated and rated[0] == "false" else None


# on the way to it, not there: "on the edge of a technical recession", "fears of a recession"
_HEDGE = re.compile(r"\b(?:on\s+the\s+(?:edge|brink|verge)\s+of|close\s+to|at\s+risk\s+of|the\s+risk\s+of|"
                    r"flirting\s+with|teetering\s+on\s+the\s+(?:edge|brink)\s+of|"
                    r"fears?\s+of|heading\s+(?:for|towards?)|(?:could|may|might)\s+(?:soon\s+)?"
                    r"(?:fall|slip|tip|enter)\s+into)(?P<near>(?:\s+[^\W\d_]+){1,3})", re.I)


# planned, not done: "was supposed to open in 2023", "is scheduled to reopen"
_PLANNED = re.compile(r"\b(?:was|were|is|are|had\s+been)\s+(?:supposed|scheduled|expected|due|meant|slated|set)\s+to"
                      r"(?P<near>(?:\s+[^\W\d_]+){1,3})", re.I)


def hedged(claim: str, evidence: str) -> str | None:
    """Does the evidence put what the claim asserts as near or feared, or only as planned, not as
    fact ("Mexico is in a recession" beside "on the edge of a technical recession"; "The aqueduct
    opened in 2023" beside "was supposed to open in 2023")? Said in words, or None."""
    mine = {w for w in words(claim) if w not in STOP and len(w) > 3}
    for pattern, how in ((_HEDGE, "only near or feared"), (_PLANNED, "only planned")):
        if pattern.search(claim):
            continue
        for m in pattern.finditer(evidence):
            near = m["near"].split()
            last = max((k for k, w in enumerate(near) if any(
                x == c or (len(x) >= 4 and c.startswith(x)) for x in words(w) for c in mine)), default=None)
            if last is not None:  # the words up to the claim's: "fears of a recession"
                return f"says it is {how}: “{m.group()[:m.start('near') - m.start()]} {' '.join(near[:last + 1])}”"
    return None


_NO_THING = re.compile(r"\b(?:has|have|had)\s+(?:still\s+)?no\s+(?P<thing>[a-z]+)", re.I)  # "has no plan to"


# what says a statement is untrue, not another statement: "It is not true," … "that …"
_UNTRUE = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:true|so|the\s+case|correct|right|accurate|happened)\b"
                     r"|\b(?:false|denied|denies|deny|rejected|rejects)\b", re.I)


def _calls_untrue(part: str) -> bool:
    """Does a clause end by calling something untrue ('"It is not true,"', "Sheinbaum denied"),
    so that it speaks of the clause after it, not of a thing of its own ("voters had rejected it")?"""
    return any(not re.sub(r"[\W_]", "", part[m.end():]) for m in _UNTRUE.finditer(part))


# a noun whose "that" clause says what it holds, not which one it is: "the claim that …"
_HOLDING = (r"claim|claims|idea|notion|suggestion|allegation|allegations|assertion|report|reports|view|belief|"
            r"fact|charge|charges")
# the negation of an outer clause, and a clause of a thing it names: "does not fix a system that
# loses 40% of its water to leaks"
_OUTER_NEGATION = re.compile(
    rf"(?:\bnot|n't|\bnever|\bno)\b[^,;]*?\b(?:a|an|the|its|their|his|her|any)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?!(?:{_HOLDING})\s)[\w-]+\s+(?:that|which|who)\s+(?P<rest>[^,;]+)", re.I)


# where one statement of a sentence ends, quotes kept whole (what "did not say" governs is
# quoted): "…," said X / "…, and that …" / "…; but …"
_STATEMENT_END = re.compile(rf"[;:—–]|,[\"”’']?\s+(?:{_JOINS})\b"
                            rf"|\s+(?:but|{_SUBORDINATORS})\s+|[\"”]?\s+and\s+that\s+|[\"”]\s+and\s+"
                            rf"|,\s+(?:a|an)\s+[a-z]+\s+(?:that|which)\s+")  # ", a turnout that critics called …"
_SAID_BY = re.compile(r"(?:and\s+|but\s+)?(?:said|says|according)\b", re.I)  # a clause that names who said it
STATED = 0.4  # of the claim's words, in the one clause of a sentence that states it


def stated(claim: str, evidence: str) -> str:
    """The part of the evidence that states what the claim speaks of, with the negation that is
    its own: the clause that shares the most of the claim's words, when it shares STATED of them,
    more than any negated clause, and no other clause calls something untrue ('her government "does
    not persecute journalists" and that the federal protection mechanism now covers more than
    600 reporters' gives the second clause); and in it, a clause of a thing that a negated
    verb names ("does not fix a system that loses 40% of its water to leaks" gives "loses 40%
    of its water to leaks"). Else the whole evidence."""
    parts, said, last, naming = [], [], 0, False  # said: the clauses that do not name who said it
    for m in (*_STATEMENT_END.finditer(evidence), None):
        p = evidence[last:m.start() if m else len(evidence)].strip(" \"“”")
        if p:
            parts.append(p)
            if not naming and not _SAID_BY.match(p):  # not '…," said Gabriela Siller, chief economist'
                said.append(p)
        if m:
            last, naming = m.end(), bool(_SAID_BY.search(m.group()))
    part = max(said, key=lambda p: overlap(claim, p), default=evidence)
    share = overlap(claim, part)
    if share < STATED or any(
            p != part and (_calls_untrue(p) or (_negated(p) and overlap(claim, p) >= share)) for p in parts):
        part = evidence
    m = _OUTER_NEGATION.search(part)
    if m and not _negated(m["rest"]) and overlap(claim, m["rest"]) >= overlap(claim, part) > 0:
        return m["rest"]
    return part


def negation_mismatch(claim: str, evidence: str) -> str | None:
    parts = statements(claim)  # the claim's statement the evidence speaks to: "… had 300,000 members
    claim = max(parts, key=lambda p: overlap(p, evidence)) if len(parts) > 1 else claim  # but could not …"
    cn = _negated(claim)
    evidence = stated(claim, evidence)  # the negation of another clause is not the evidence's
    # "has no plan to fix leaks that waste about 30%": no plan, which the claim does not speak of
    # ("No new deployment of 10,000 troops took place" denies the claim's deployment)
    mine = set(words(claim))
    en = _negated(_NO_THING.sub(lambda m: " " if not _any_found({m["thing"].lower()}, mine) else m.group(), evidence))
    if cn != en:
        scope = _negated_words(claim) if cn else set()
        if scope and not _any_found(scope, set(words(evidence))):
            # "Nobody was hurt when gunmen fired …" beside "Gunmen fired …": the hurt is unsaid.
            # (Only the claim's negation is read so: of the evidence's, fact-checks' "but it
            # doesn't mean …" disputes what it is beside; reading it so lost as many claims of
            # PolitiHop and LIAR dev as it won.)
            return None
        which = "evidence" if en else "claim"
        return f"negation: the {which} is negated"
    return None


_SCOPE_END = re.compile(r"[,;:—–()\"“”]|\b(?:when|because|after|before|while|as|but|although|since|if)\b", re.I)


def _negated_words(text: str, most: int = 4) -> set[str]:
    """The content words a negation in `text` denies: up to `most` after each negating word, in
    its clause ("Nobody was hurt when gunmen fired": hurt)."""
    out: set[str] = set()
    for m in re.finditer(r"[^\W_]+(?:'[^\W_]+)*", text.replace("’", "'")):
        w = m.group().lower()
        if w not in NEGATIONS and not w.endswith("n't"):
            continue
        end = _SCOPE_END.search(text, m.end())
        after = [t for t in words(text[m.end():end.start() if end else len(text)])
                 if t not in STOP and t not in NEGATIONS]
        if set(after[:1]) & _TRUTH:
            return set()  # '"It is not true," she said, "that …"': it denies a clause said elsewhere
        out.update(after[:most])
    return out


_TRUTH = {"true", "case", "correct", "accurate", "right", "so"}


# which way a figure went: a claim that it went one way against evidence that it went the other
UP = {"up", "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing",
      "grew", "grown", "grow", "growing", "doubled", "tripled", "double", "doubling", "triple", "tripling",
      "climbed", "jumped", "surged", "soared",
      "gained", "expanded", "expand", "expands", "expanding",
      "accelerated", "accelerates", "accelerating", "quickened",  # of a rate: "inflation accelerated"
      "improved", "improves", "improving"}
DOWN = {"down", "fell", "fall", "falls", "fallen", "falling", "decreased", "decrease", "decreases",
        "decreasing", "declined", "decline", "declining", "shrank", "shrunk", "shrinking", "dropped",
        "halved", "halving", "plunged", "slumped", "sank", "contracted", "contract", "contracts", "contracting",
        "slowed", "slows", "slowing", "eased", "eases", "easing", "cooled", "cooling", "moderated",  # of a rate
        "worsened", "worsens", "worsening", "deteriorated",
        "drop", "drops", "dropping"}  # "a drop in remittances"


# The claim turned the other way, word for word: "rose" -> "fell", "upheld" -> "blocked".
_TURNED_FIGURES = [("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("risen", "fallen"),
                   ("increased", "decreased"), ("increase", "decrease"), ("increases", "decreases"),
                   ("grew", "shrank"), ("grown", "shrunk"), ("grow", "shrink"), ("gained", "lost"),
                   ("doubled", "halved"), ("increased", "declined"), ("rose", "dropped"),
                   ("climbed", "fell"), ("jumped", "fell"), ("surged", "fell"), ("soared", "fell"),
                   ("tripled", "fell"), ("rose", "plunged"), ("rose", "slumped"), ("rose", "sank"),
                   ("increase", "decline"), ("rising", "falling"), ("growing", "shrinking"),
                   ("increasing", "decreasing"), ("growing", "falling"), ("rising", "declining"),
                   ("grew", "contracted"), ("expanded", "contracted"), ("grow", "contract"),
                   ("growing", "contracting")]
OPPOSITES: dict[str, list[str]] = {}
for _a, _b in _TURNED_FIGURES + ANTONYMS:
    OPPOSITES.setdefault(_a, []).append(_b)
    OPPOSITES.setdefault(_b, []).append(_a)


def turned(claim: str, evidence: str) -> str | None:
    """The claim with its word of direction or polarity turned to the opposite one the evidence
    uses ("Remittances rose in 2025" -> "Remittances fell in 2025" beside "remittances fell
    4.6%"); None when the evidence says no such opposite."""
    if not antonym_mismatch(claim, evidence):
        return None
    found = set(words(evidence))
    out, changed = [], False
    for m in re.finditer(r"[^\W_]+|[\W_]+", claim):
        w = m.group()
        choices = OPPOSITES.get(w.lower(), [])
        other = next((o for o in choices if o in found), None)
        if other is None and choices and _side(choices[0]) & found:
            other = choices[0]  # "doubled" beside "fell by half": "halved"
        if other and w.lower() not in found:
            w = other.capitalize() if w[:1].isupper() else other
            changed = True
        out.append(w)
    return "".join(out) if changed else None


def _side(word: str) -> set[str]:
    return UP if word in UP else DOWN if word in DOWN else set()


class Movement(NamedTuple):
    """What a claim says went up or down: "Homicides in Mexico rose" -> rose, UP, {homicides}."""

    verb: str
    side: set[str]
    thing: list[str]  # the content words before the verb, in order, not its names: "Remittances
    # to Mexico rose" moves the remittances, not Mexico

    @property
    def compared(self) -> bool:
        """Said as more or fewer than before, not as a rise or a fall."""
        return self.verb in ("more", "fewer", "less") or self.verb in _HIGHER

    def said(self, claim: str) -> str:
        """The claim's words for it: "consumer prices rose", "more illegal nets"."""
        if self.compared:
            return f"{self.verb} {' '.join(self.thing)}"
        said = re.search(rf"(?i)\b{re.escape(self.thing[0])}.*?(?=\b{re.escape(self.verb)}\b)",
                         claim.replace("’", "'"))  # not any prices
        return f"{said.group().strip() if said else self.thing[0]} {self.verb}"


ASPECT = {"started", "start", "starts", "began", "begun", "begin", "begins", "continued", "continue",
          "continues", "kept", "keep", "keeps", "stopped", "stop", "stops", "said", "says"}


# more or fewer than at another time is a rise or a fall: "The navy removed more illegal nets
# this year than two years ago"
_BEFORE_TIME = (r"\s+than\s+(?:in\s+|during\s+|at\s+)?(?:the\s+same\s+period\s+(?:of|in)\s+)?(?:fiscal\s+)?"
                r"(?:last\b|the\s+(?:previous|year\s+before)\b|a\s+(?:year|decade)\s+(?:earlier|ago|before)\b"
                r"|\w+\s+(?:years?|months?|decades?)\s+(?:earlier|ago|before)\b|(?:19|20)\d\d\b|ever\b|before\b)")
_THAN_BEFORE = re.compile(rf"\b(?P<way>more|fewer|less)\s+(?!than\b)(?P<what>[^.;]{{1,80}}?){_BEFORE_TIME}", re.I)
# "Turnout … was higher than in 2017", "The Cutzamala system was fuller … than a year earlier": of
# the words before it
_HIGHER = {"higher": UP, "larger": UP, "bigger": UP, "greater": UP, "fuller": UP, "lower": DOWN,
           "smaller": DOWN, "emptier": DOWN}
_HIGHER_BEFORE = re.compile(rf"\b(?P<way>{'|'.join(_HIGHER)})\b(?:[^.;]{{0,40}}?){_BEFORE_TIME}", re.I)


def movement(claim: str) -> Movement | None:
    c = words(claim)
    at = next((k for k, w in enumerate(c) if w in UP or w in DOWN), None)
    if at is None:
        return _compared_with_before(claim)
    named = {n.lower() for n in names(claim)}

    def things(reach: int) -> list[str]:  # "border crossings started falling": the crossings
        return [w for w in c[max(0, at - reach):at]
                if w not in STOP and w not in named and w not in ASPECT and w not in _QUALIFYING
                and len(w) >= 4 and not w[:1].isdigit()  # "nearly doubled" moves no "nearly"
                and not _demonym(w)]  # "Mexican inflation rose": inflation, in Mexico
    # past a place it went to: "Mexico's steel exports to the United States fell": the exports
    thing = things(4) or things(8)[-3:]
    return Movement(c[at], UP if c[at] in UP else DOWN, list(dict.fromkeys(thing)))


def _compared_with_before(claim: str) -> Movement | None:
    """"more illegal nets … this year than two years ago": UP, of the words after "more" (two at
    most, up to the first small word), when they are more than "people"."""
    named = {n.lower() for n in names(claim)}
    thing = []
    if (m := _THAN_BEFORE.search(claim)) is not None:
        for w in words(m["what"])[:2]:
            if w in STOP or w in _QUALIFYING or w in WHEN_WORDS:
                break
            if w not in named and len(w) >= 4:
                thing.append(w)
    elif (m := _HIGHER_BEFORE.search(claim)) is not None:
        before = words(claim[:m.start()])
        thing = [w for w in before[:4] if w not in STOP and w not in named and len(w) >= 4][:3]
    else:
        return None
    if not thing or all(is_people(w) for w in thing):
        return None  # "fewer people were killed": what they did says what is counted
    way = m["way"].lower()
    return Movement(way, _HIGHER.get(way) or (UP if way == "more" else DOWN), thing)


def went_the_other_way(claim: str, evidence: str, around: str = "") -> str | None:
    """Does the evidence say that what the claim says went up (or down) went the other way?
    "Homicides in Mexico rose in 2024" beside "the homicide rate fell to 23 per 100,000 in 2024"
    or "30,057 homicides in 2024, down from 31,062". Every word of the claim's thing stands among
    the eight words before the evidence's verb, but a name (the "Pemex" of "Pemex oil
    production rose") may stand anywhere before it, or only `around` it, in the story's headline
    or the sentences beside it ("Oil production, however, kept falling" in a story on Pemex); a
    sentence that also says the claim's direction, or speaks of another year, is left to the
    model."""
    said = _way_said(claim, evidence, around)
    if said is None or said[0] != OTHER_WAY:
        return None
    return f"went the other way: the claim says {movement(claim).said(claim)}, the evidence says {said[1]}"


def went_the_claims_way(claim: str, evidence: str, around: str = "") -> str | None:
    """Does the evidence say that what the claim says went up (or down) went that way, and
    nothing of it the other way ("Turnout … was higher than in 2017" beside "Turnout was 56%, up
    from 40% in the last governor's race in 2017")? Said in words, or None."""
    said = _way_said(claim, evidence, around)
    if said is None or said[0] != SAME_WAY:
        return None
    return f"went the claim's way: the claim says {movement(claim).said(claim)}, the evidence says {said[1]}"


SAME_WAY, OTHER_WAY = "same", "other"
_MULTIPLE_WORDS = {w for w in UP | DOWN if w.startswith(("doubl", "tripl", "halv"))}  # "nearly double the …"


def _way_said(claim: str, evidence: str, around: str = "") -> tuple[str, str] | None:
    """Which way the evidence says the claim's thing went: (SAME_WAY, its word), (OTHER_WAY, its
    word), or None where it says neither, or both, or speaks of another year (went_the_other_way)."""
    moved = movement(claim)
    e = words(_WHICH_ASIDE.sub(" ", evidence))  # "Core inflation, which strips out …, rose"
    if moved is None or not moved.thing or other_years(claim, evidence):
        return None
    other = DOWN if moved.side is UP else UP
    named = {t for t in moved.thing if _proper(t, f"{evidence} {around}")}
    titled = {t for t in named if t not in e}

    # a figure's change set off after it ("produced 1.63 million barrels a day …, down 6% from a
    # year earlier"; "covered 1.79 hectares this season, nearly double the 0.9 hectares of a year
    # earlier") is said of what its statement counts, which may stand anywhere before it there
    set_off = _set_off(_WHICH_ASIDE.sub(",", evidence))  # its words are e's, the aside taken out

    def after_thing(k: int) -> bool:
        reach = k - set_off[e[k]] if e[k] in set_off else 8
        if 0 < k < len(e) - 2 and e[k - 1] in _ARTICLES and e[k + 1] in ("in", "of"):  # "the fall in
            return all(_any_found({t}, set(e[k + 2:k + 6])) or t in titled for t in moved.thing)  # femicides"
        return all(_any_found({t}, set(e[max(0, k - reach):k])) or (t in named and t in e[:k]) or t in titled
                   for t in moved.thing)

    # the claim's way said of the claim's thing leaves the other way unsaid; said of another thing
    # ("the homicide figure is going down, but disappearances are going up"), it does not
    def compared(k: int) -> bool:  # a claim of more than before: a change from a figure before
        return not moved.compared or e[k] in _MULTIPLE_WORDS or "from" in e[k + 1:k + 3] or e[k] in set_off

    same = next((w for k, w in enumerate(e) if w in moved.side and after_thing(k) and compared(k)), None)
    against = next((w for k, w in enumerate(e) if w in other and after_thing(k) and compared(k)), None)
    if same and not against:
        return SAME_WAY, same
    if against and not same:
        return OTHER_WAY, against
    return None


_ARTICLES = {"the", "a", "an", "this", "that", "its", "their"}  # before a rise or a fall that is a noun
_ROUGHLY = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?"
_SET_OFF_CHANGE = re.compile(rf"\d[^,;]*,"
                             r"(?:(?:\s+[^,;]+,){0,3}?\s+(?:said|says|reported|showed),)?"  # "…, Conagua, said,"
                             rf"\s+(?:(?P<way>up|down)\s+(?:by\s+|from\s+)?{_ROUGHLY}\d"
                             rf"|{_ROUGHLY}(?P<way2>double|triple)\s+the\b)", re.I)


def _set_off(evidence: str) -> dict[str, int]:
    """The changes set off after a figure, each with the index of the first word of its
    statement: "…, down 6%" -> {"down": 0}."""
    return {(m.group("way") or m.group("way2")).lower():
            len(words(evidence[:max((b.end() for b in _STATEMENT_END.finditer(evidence[:m.start()])), default=0)]))
            for m in _SET_OFF_CHANGE.finditer(evidence)}

_WHICH_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")  # an aside between a thing and its verb


def _proper(word: str, text: str) -> bool:
    """Is `word` (lower-cased) a name in `text`: capitalized wherever it stands, and at least
    once inside a sentence ("because Pemex became", not only "Production of …" at the start)?"""
    found = list(re.finditer(rf"(?i)\b{re.escape(word)}\b", text))
    return bool(found) and all(m.group()[:1].isupper() for m in found) and any(
        text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", '"', "“", "”") for m in found)


SUBJECT_REACH = 12  # words before a verb of change where its subject may be named


def _subjects(evidence: str, e: list[str]):
    """The words where the subject of the evidence's word of change `k` may stand: the twelve
    before it, or its whole statement before it when the change is set off after a figure."""
    set_off = _set_off(evidence)
    return lambda k: set(e[set_off.get(e[k], max(0, k - SUBJECT_REACH)):k])


def another_thing_moved(claim: str, evidence: str, around: list[str] = ()) -> str | None:
    """Does the evidence say that another kind of the claim's thing went the claim's way ("core
    prices rose" beside "Gasoline prices increased"): some of the words of the claim's thing
    before its verb, never all? Or another thing that a sentence `around` it sets apart from the
    claim's ("intentional homicides had fallen" beside "Disappearances fell", where another
    says "the homicide figure is going down, but disappearances are going up")? A thing named
    in other words is left to the model: "consumer prices" may be the claim's "inflation".
    Said in words, or None."""
    moved = movement(claim)
    if moved is None or not moved.thing:
        return None
    e = words(evidence)
    went = [k for k, w in enumerate(e) if w in moved.side and w not in ("up", "down")]
    if around and not _any_found(set(moved.thing), set(e)):
        for k in went:
            theirs = {w for w in e[max(0, k - 3):k] if w not in STOP and len(w) >= 4 and not w[:1].isdigit()}
            if theirs and any(_any_found(theirs, set(words(s))) and _any_found(set(moved.thing), set(words(s)))
                              for s in around):
                return (f"another thing went that way: “{' '.join(e[max(0, k - 3):k + 1])}”, not the "
                        f"claim's {' '.join(moved.thing)}")
    if len(moved.thing) < 2:
        return None
    # the words before its verb ("Arrests for illegal crossings at the US-Mexico border fell")
    subjects = _subjects(evidence, e)
    seen = [{t for t in moved.thing if _any_found({t}, subjects(k))} for k in went]
    if any(len(found) == len(moved.thing) for found in seen):
        return None
    # another kind of the same thing: some of its words, never all ("core prices", "gasoline prices")
    k = next((k for k, found in zip(went, seen) if found), None)
    if k is None:
        return None
    return (f"another thing went that way: “{' '.join(e[max(0, k - 2):k + 1])}”, not the claim's "
            f"{' '.join(moved.thing)}")


SUPERLATIVES = [("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"),
                ("most", "least"), ("best", "worst"), ("first", "last"), ("fastest", "slowest"),
                ("richest", "poorest"), ("oldest", "youngest"), ("strongest", "weakest")]
SUPERLATIVE_REACH = 6  # words between a name and the superlative said of it


def _no_time_edges(ws: list[str]) -> list[str]:
    """The words with "first" and "last" marked where they begin a stretch of time ("the first
    nine months", "last year"): no first or last place."""
    return [f"_{w}" if w in ("first", "last") and set(ws[k + 1:k + 3]) & WHEN_WORDS else w
            for k, w in enumerate(ws)]


def superlative_of_another(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> str | None:
    """Does the evidence give the claim's name the opposite superlative, though it also says the
    claim's ("… the United States, the highest share …, and about 4% in Colombia, the lowest"
    beside "Colombia had the highest share")? Said in words, or None."""
    c, e = set(_no_time_edges(words(claim))), _no_time_edges(words(evidence))
    for a, b in SUPERLATIVES + [(b, a) for a, b in SUPERLATIVES]:
        if a not in c or b in c or b not in e:
            continue
        for name in names(claim, known):
            for j, w in enumerate(e):
                if not _any_found({name}, {w}):
                    continue
                near = [(abs(k - j), x) for k, x in enumerate(e) if x in (a, b) and abs(k - j) <= SUPERLATIVE_REACH]
                if near and min(near)[1] == b:
                    return f"the evidence says {w} is the {b}, not the {a}"
    return None


_SUPS = (r"largest|biggest|highest|lowest|smallest|first|top|richest|poorest|oldest|deadliest|busiest|"
         r"leading|main|most\s+\w+")
_FIRST_OF = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:is|was|are|were|has\s+been|became|remains)\s+"
    r"(?:now\s+|still\s+)?(?:the\s+(?:world'?s\s+|country'?s\s+|nation'?s\s+)?|[A-Z][\w.-]*(?:'s|’s)\s+)"
    rf"(?P<sup>{_SUPS})\s+(?P<what>[\w-]+)")
# a place below the first: "Mexico's second-largest source of foreign income"
ORDINALS = "second|third|fourth|fifth|sixth|seventh"  # places below the first, as news writes them
_RANKED = re.compile(rf"\b(?P<rank>{ORDINALS})[-‐\s]+(?P<sup>{_SUPS})\s+(?P<what>[\w-]+)", re.I)


def another_holds_it(claim: str, evidence: str) -> str | None:
    """Does the evidence give the claim's first place to someone else ("Mexico is the largest
    buyer of US corn" beside "Japan is the largest buyer of US corn"; "Florida was the first
    state to ban fluoride" beside "Utah became the first state …, and Florida followed")? "One
    of the largest" is no first place. Said in words, or None."""
    mine = _FIRST_OF.search(claim)
    if mine is None or re.search(r"\bone\s+of\s+the\s*$", claim[:mine.start("sup")]):
        return None
    who = {w for w in words(mine["who"]) if w not in STOP}
    # of the same thing: "the largest buyer of US corn", not "of US wheat" ("the first US state"
    # is "the first state" in a story on US states)
    named = {n.lower() for n in names(claim)} | {"us", "u", "s"}
    what = {w for w in words(claim[mine.start("what"):])[:4] if w not in STOP and w not in named}
    for m in _FIRST_OF.finditer(evidence):
        theirs = set(words(evidence[m.start("what"):m.start("what") + 60]))
        same = m["sup"].lower() == mine["sup"].lower() and all(_any_found({w}, theirs) for w in what)
        # "Utah became the first state to ban fluoride …, and Florida followed": Utah's, though
        # Florida is named
        if same and not _any_found(who, set(words(m["who"]))) \
                and not re.search(r"\bone\s+of\s+the\s*$", evidence[:m.start("sup")]):
            return f"the evidence gives it to another: “{m.group().strip()}”"
    return None


_WON = r"(?:won|wins|has\s+won|took|kept|held|retained)"
_CLAIM_WON = re.compile(rf"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+{_WON}\s+(?P<what>.+)$")
_EVIDENCE_WON = re.compile(r"\b(?:won|winning|wins|kept|keeping|held|holding|took|taking|retained)\b(?P<rest>[^.;]{0,80})", re.I)


def another_won(claim: str, evidence: str) -> str | None:
    """Does the evidence give what the claim says someone won to someone else ("Morena won the
    governor's race in Coahuila" beside "The Institutional Revolutionary Party kept control of
    the northern state of Coahuila …, winning the governor's race")? The claim's winner is
    nowhere in the sentence, and every word of what was won is after its verb of winning or in
    the sentence (a place). Said in words, or None."""
    mine = _CLAIM_WON.match(claim.strip().rstrip("."))
    if mine is None:
        return None
    said = set(words(evidence))
    if _any_found({w for w in words(mine["who"]) if w not in STOP}, said | short_names(said) | _initials(evidence)):
        return None  # the claim's winner is named: the model reads it
    what = {w for w in words(mine["what"]) if w not in STOP and len(w) > 3}
    for m in _EVIDENCE_WON.finditer(evidence):
        after = set(words(m["rest"]))
        if what and all(_any_found({w}, after) or w in said for w in what) and len(what & after) >= 2:
            end = evidence.find(",", m.end("rest") - len(m["rest"]) + 1)
            return f"another won it: “{evidence[:end if 0 < end < m.end() else m.end()].strip()}”"
    return None


_FIRST_TIME = re.compile(r"\b(?:for\s+the\s+first\s+time|first[- ]ever|never\s+before)\b", re.I)
_NTH_TIME = re.compile(rf"\b(?:for\s+the\s+)?(?:{ORDINALS}|\d+(?:nd|rd|th))\s+"
                       r"(?:time|summer|winter|year|month|week|season|straight|consecutive)\b", re.I)


# "the first mayor killed" beside "at least the sixth mayor killed"
# "the first mayor killed", "Mexico's first mass transfer"; "the second such mass transfer"
_THE_FIRST = re.compile(r"\b(?:the|its|their|[A-Z][\w.]*['’]s)\s+first\s+(?P<what>[a-z]{3,})\b", re.I)
_THE_NTH = r"\b(?:at\s+least\s+)?the\s+(?:{ordinals}|\d+(?:nd|rd|th))\s+(?:such\s+)?{what}\b"


def not_the_first(claim: str, evidence: str) -> str | None:
    """Does the evidence say that what the claim says happened for the first time happened before
    ("for the first time this summer" beside "for the third summer in four years"; "the first
    mayor killed since …" beside "at least the sixth mayor killed since …")? Said in words, or
    None."""
    if _FIRST_TIME.search(claim) and not _FIRST_TIME.search(evidence):
        m = _NTH_TIME.search(evidence)
        return f"the evidence says it happened before: “{m.group()}”" if m else None
    first = _THE_FIRST.search(claim)
    if first and first["what"].lower() not in WHEN_WORDS and not re.search(r"\bthe\s+first\b", evidence, re.I):
        m = re.search(_THE_NTH.format(ordinals=ORDINALS, what=re.escape(first["what"])), evidence, re.I)
        return f"the evidence says others came before: “{m.group()}”" if m else None
    return None


def ranked_lower(claim: str, evidence: str) -> str | None:
    """Does the evidence rank the claim's first place lower ("Remittances are Mexico's largest
    source of foreign income" beside "Remittances remain Mexico's second-largest source …")?
    Said in words, or None."""
    mine = _FIRST_OF.search(claim)
    if mine is None or re.search(r"\bone\s+of\s+the\s*$", claim[:mine.start("sup")]):
        return None
    for m, same in _ranks(mine, claim, evidence):
        if same:
            return f"the evidence ranks it {m['rank'].lower()}: “{m.group().strip()}”"
    return None


def ranked_in_another(claim: str, evidence: str) -> str | None:
    """Does the evidence rank the claim's first in the claim's kind, but of another thing
    ("Mexico is the largest supplier of tomatoes to the United States" beside "Mexico was the
    third-largest supplier of steel to the United States")? Said in words, or None."""
    mine = _FIRST_OF.search(claim)
    for m, same in (_ranks(mine, claim, evidence) if mine else []):
        if not same and words(m["what"])[:1] == words(mine["what"])[:1]:
            end = re.search(r"[,;.]|$", evidence[m.end():])
            return f"it ranks another thing: “{(m.group() + evidence[m.end():m.end() + end.start()]).strip()}”"
    return None


def _ranks(mine: re.Match, claim: str, evidence: str):
    """The evidence's ranks of the claim's first's name in its superlative ("second-largest
    source"), each with whether it ranks all the claim's thing."""
    who = {w for w in words(mine["who"]) if w not in STOP}
    what = {w for w in words(claim[mine.start("what"):])[:4] if w not in STOP}
    for m in _RANKED.finditer(evidence):
        theirs = set(words(evidence[m.start("what"):m.start("what") + 60]))
        if m["sup"].lower() == mine["sup"].lower() and _any_found(who, set(words(evidence[:m.start()]))):
            yield m, all(_any_found({w}, theirs) for w in what)


# what is done together, not one to the other: "Sheinbaum met Trump" is "Trump met Sheinbaum"
SYMMETRIC = {"met", "meet", "meets", "meeting", "spoke", "speak", "talked", "talk", "married", "agreed",
             "signed", "negotiated", "shook", "joined", "traded", "tied", "drew", "played", "and",
             "with", "between", "versus", "vs", "against", "alongside", "both"}
SWAP_GAP = 6  # words between the two names, at most


def swapped(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> str | None:
    """Does the evidence say what the claim says the other way round ("Mexico overtook China"
    beside "China overtook Mexico")? Two names with the words of a one-way relation between
    them, in the opposite order in the evidence; a passive ("by") or a relation done together
    ("met") is left alone. Said in words, or None."""
    c, e = words(claim), words(evidence)
    named = names(claim, known | names(evidence))  # "China overtook …": a name where the evidence names it
    at = [(k, w) for k, w in enumerate(c) if w in named]
    for (i, a), (j, b) in zip(at, at[1:]):
        between = [w for w in c[i + 1:j] if w not in STOP and w not in named]
        if a == b or not between or j - i - 1 > SWAP_GAP or set(c[i + 1:j]) & (SYMMETRIC | {"by"}):
            continue
        ea = next((k for k, w in enumerate(e) if _any_found({a}, {w})), None)
        eb = next((k for k, w in enumerate(e) if _any_found({b}, {w})), None)
        if ea is None or eb is None or not eb < ea or ea - eb - 1 > SWAP_GAP:
            continue
        theirs = e[eb + 1:ea]
        if "by" not in theirs and not set(theirs) & SYMMETRIC and all(_any_found({w}, set(theirs)) for w in between):
            said = re.search(rf"(?i)\b{re.escape(b)}.*?\b{re.escape(a)}\w*", evidence.replace("’", "'"))
            return f"the other way round: the evidence says “{said.group() if said else ' '.join(e[eb:ea + 1])}”"
    return None


# a central bank's policy named for a direction, not a change said: "its easing cycle"
_POLICY_TERMS = re.compile(r"\b(?:easing|tightening)\s+(?:cycle|bias|campaign|path)\b|\b(?:monetary|quantitative)\s+"
                           r"(?:easing|tightening)\b", re.I)


def antonym_mismatch(claim: str, evidence: str) -> str | None:
    c, e = set(words(_POLICY_TERMS.sub(" ", claim))), set(words(_POLICY_TERMS.sub(" ", evidence)))
    for mine, other in ((UP, DOWN), (DOWN, UP)):
        said, against = c & mine, e & other
        if said and against and not e & mine:
            return f"opposite words: {sorted(said)[0]!r} vs {sorted(against)[0]!r}"
    for a, b in ANTONYMS:  # the evidence says the opposite and not also the claim's word
        if (a in c and b in e and a not in e) or (b in c and a in e and b not in e):
            return f"opposite words: {a!r} vs {b!r}"
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_DATE = re.compile(r"(?:\b(?P<month>" + "|".join(m.capitalize() for m in _MONTHS) + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
                   r"\s+(?:\d{1,2},?\s+)?)?\b(?P<year>(?:19|20)\d\d)\b")
DATED_REACH = 6  # words before a date that say what happened then
_SINCE = re.compile(r"\b(?:than(?:\s+in)?|since|from|compared\s+(?:with|to)|before|after|until|as\s+of|"
                    r"began\s+in|up\s+to)\s+(?:the\s+)?$", re.I)
DATED_MIN = 2  # of the claim's words among them, at least


def dated_otherwise(claim: str, evidence: str) -> str | None:
    """Does the evidence date what the claim dates to another year or month ("approved the
    judicial overhaul in September 2024" beside "was approved in 2023"; "it took effect on July
    1, 2020" beside "took effect in 2018")? The evidence's date whose words before it say the
    most of the claim's is the one compared. A claim that something rose or fell is left alone:
    that happens year after year. Said in words, or None."""
    mine = list(_DATE.finditer(claim))
    if len(mine) != 1 or re.match(r"['’]?s\b", claim[mine[0].end():]):
        return None  # "in the 1920's" is a decade
    if movement(claim) is not None:
        return None  # a rise or a fall may come any year: "fell in 2024" beside "fell 4.6% in 2025"
    year, month = mine[0]["year"], (mine[0]["month"] or "")[:3].lower()
    named = names(claim)
    wanted = {w for w in words(_DATE.sub(" ", claim)) if w not in STOP and len(w) > 2
              and w not in WHEN_WORDS and w not in ("fiscal", "calendar")}  # words of the date, not the deed
    scored = []
    for m in _DATE.finditer(evidence):
        if _SINCE.search(evidence[:m.start()]):
            continue  # a time to compare with: "fewer … than in 2021", "since 1961"
        before = set(words(evidence[:m.start()])[-DATED_REACH:])
        said = {w for w in wanted if _any_found({w}, before)}
        if said - named:  # what happened, not only who: "Kyle (April 8, 1974 − …" dates no death
            scored.append((len(said), m))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    top = [m for n, m in scored if n == best]
    if best < DATED_MIN or len({(m["year"], (m["month"] or "")[:3].lower()) for m in top}) > 1:
        return None
    theirs = top[0]
    other_month = month and theirs["month"] and theirs["month"][:3].lower() != month
    if theirs["year"] != year or other_month:
        return f"the evidence dates it otherwise: “{theirs.group()}”, the claim “{mine[0].group()}”"
    return None


def other_years(claim: str, evidence: str) -> str | None:
    """Does the evidence speak only of years the claim does not name? Said in words, or None."""
    mine, theirs = set(_YEAR.findall(claim)), set(_YEAR.findall(evidence))
    if not mine or not theirs or mine & theirs:
        return None
    return f"speaks of {', '.join(sorted(theirs))}, the claim of {', '.join(sorted(mine))}: another time"


# one thing under other names, singular: "murders" are the claim's "homicides"
SAME_THING = {"murder": "homicide", "killing": "homicide"}


def singular(word: str) -> str:
    """A word without a plural s ("arrests": "arrest"; never "gas", "bus")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _same(word: str) -> str:
    """A word as the thing it names: "murders" and "homicides" alike."""
    return SAME_THING.get(singular(word), word)


# what counts people: "26 cartel figures" are the "26 people linked to drug cartels"
PEOPLE = {"people", "persons", "individuals", "residents", "citizens", "inhabitants", "figures",
          "members", "suspects", "leaders", "officials", "migrants", "victims", "prisoners", "inmates",
          "detainees", "fugitives", "operatives", "defendants", "workers", "employees",
          # a poll's sample stands for the people it samples: "34% of respondents" of Mexicans
          "respondents", "adults", "voters", "those"}


# what the counted are said to be, not what they are: "26 alleged cartel members" are members
SAID_TO_BE = {"alleged", "suspected", "reputed", "purported", "presumed"}


def is_people(word: str) -> bool:
    """Does the word count people: "workers", or a people as written ("Mexicans")?"""
    return word.lower() in PEOPLE or (word[:1].isupper() and word.lower().endswith(DEMONYM_ENDINGS))


def not_counting(claim_qs: list, evidence: str, every: bool = False) -> str | None:
    """Does the evidence leave out what the claim's figures count ("consumer prices" beside a
    sentence on gasoline prices)? `every`: all of it. People are people: "8.5 million workers"
    count the claim's "8.5 million Mexicans". Said in words, or None."""
    counted = {_same(w) for q in claim_qs for w in words(q.counted or "")  # (a country is where, not what:
               if w not in STOP and w not in SAID_TO_BE and len(w) > 3 and not _demonym(w)}  # "Mexican inflation")
    people = {_same(w.lower()) for q in claim_qs for w in re.findall(r"[^\W\d_]+", q.counted or "") if is_people(w)}
    found = {_same(w) for w in words(evidence)}
    found |= short_names(found)
    if any(is_people(w) for w in re.findall(r"[^\W\d_]+", evidence)):
        found |= people
    missing = sorted(w for w in counted if not _any_found({w}, found))
    if not missing or (every and len(missing) < len(counted)):
        return None
    return f"does not speak of what the claim counts ({', '.join(missing)})"


# words that say which measure of a thing a figure is
KINDS = {"core", "headline", "underlying", "net", "gross", "nominal", "real", "median", "mean"}


def another_measure(claim: str, evidence: str) -> str | None:
    """Does the evidence speak of another measure of the claim's thing ("headline inflation
    slowed" beside "Core inflation rose")? Said in words, or None."""
    mine, theirs = set(words(claim)) & KINDS, set(words(evidence)) & KINDS
    if not mine or not theirs or mine & theirs:
        return None
    return f"speaks of another measure: {', '.join(sorted(theirs))}, not {', '.join(sorted(mine))}"


def not_moving(claim: str, evidence: str) -> str | None:
    """Does the evidence never name what the claim says went up or down ("Shootings rose"
    beside a sentence on crime and murders)? Said in words, or None."""
    moved = movement(claim)
    if moved is None or not moved.thing or _any_found(set(moved.thing), set(words(evidence))):
        return None
    verb = moved.verb if not moved.compared else f"went {'up' if moved.side is UP else 'down'}"
    return f"does not speak of what the claim says {verb} ({' '.join(moved.thing)})"


# words that say a figure changed or stands against others, besides UP and DOWN
CHANGE_WORDS = {"raised", "raise", "raises", "boosted", "cut", "cuts", "reduced", "reduce", "reduces",
                "lowered", "slashed", "hiked", "higher", "lower", "greater", "smaller", "larger",
                "lowest", "highest", "record", "peak", "twice", "half", "change", "changed", "from", "into"}


# a level set beside another time's: "more crime in the US than a year earlier"
_COMPARED = re.compile(r"\b(?:more|less|fewer)\s+(?!than\b)[^.;]{1,60}?\bthan\b", re.I)  # not "more than 50"


def level_only(claim: str, evidence: str) -> str | None:
    """Does the evidence give a figure of the claim's thing, which the claim says rose or fell,
    with no word of any change ("That compares with more than 137,000 arrests in March 2024."
    beside "Border arrests rose in March")? A level is no evidence of a rise. Said in words, or
    None."""
    moved = movement(claim)
    if moved is None or not moved.thing or moved.verb in ("up", "down") or not re.search(r"\d", evidence) \
            or re.search(rf"\b(?:would|will|could|may|might|to|should|can|expects?)\s+{moved.verb}\b", claim, re.I):
        return None  # a figure's level: "ended up", "grown in size", "would grow" are left to the model
    e = set(words(evidence))
    if not _any_found(set(moved.thing), e) or moves(evidence) or e & CHANGE_WORDS or _COMPARED.search(evidence):
        return None
    said = f"{moved.verb} {' '.join(moved.thing)}" if moved.compared else f"{' '.join(moved.thing)} {moved.verb}"
    return f"names no change: not evidence that {said}"


CONTINUING = {"they", "it", "this", "these", "those", "he", "she"}
CONTINUING_MAX = 12  # words


def continues(sentence: str) -> bool:
    """Is the sentence a short one that goes on from the one before ("In Colombia they make up
    about 15%.", "In Durango it was 47%."): a pronoun among its first words?"""
    w = words(sentence)
    return len(w) <= CONTINUING_MAX and (bool(set(w[:4]) & CONTINUING) or w[:1] == ["that"])  # "That is …"


def another_went_the_claims_way(claim: str, evidence: str) -> str | None:
    """Does the evidence say only that something went the claim's way, and is what went so, in
    the words before its verb, none of the claim's thing ("Asylum requests in Mexico fell 60%"
    beside "Border arrests fell to about 8,000")? Said in words, or None."""
    moved = movement(claim)
    if moved is None or not moved.thing or not went_the_claims_way_only(claim, evidence):
        return None
    e = words(evidence)
    subjects = _subjects(evidence, e)
    went = [k for k, w in enumerate(e) if w in moved.side and w not in ("up", "down")]
    if not went or any(_any_found(set(moved.thing), subjects(k)) for k in went):
        return None
    k = went[0]
    return (f"what it says went the claim's way is another thing: “{' '.join(e[max(0, k - 3):k + 1])}”, "
            f"not the claim's {' '.join(moved.thing)}")


def went_the_claims_way_only(claim: str, evidence: str) -> bool:
    """Does the evidence say something went the way the claim says its thing went, and nothing
    went the other way ("Asylum requests fell 60%" beside "The price of gasoline fell")?"""
    moved = movement(claim)
    if moved is None:
        return False
    e = set(words(evidence))
    return bool(e & moved.side) and not e & ((UP | DOWN) - moved.side)


def moves(text: str) -> bool:
    """Does the text say that something went up or down ("down from 58%"; not "the run-up")?"""
    unhyphened = re.sub(r"[-‐–]\s*(?:up|down)\b|\b(?:up|down)\s*[-‐–]", " ", text, flags=re.I)
    return bool(set(words(unhyphened)) & (UP | DOWN))


def reports_the_claim(claim: str, evidence: str) -> bool:
    """The evidence repeats the claim as someone's claim ("the charge that …", "the post alleging
    that anglerfish are typically 7 feet": its words, the figures aside, with other endings), not
    as fact."""
    if _REPORTING_THE_CLAIM.search(claim):
        return False  # "Washington accused three Mexican banks …": the accusation is what is checked
    return bool(_REPORTING_THE_CLAIM.search(evidence)) and max(overlap(claim, evidence), topic_share(claim, evidence)) >= 0.6 and \
        not negation_mismatch(claim, evidence)


_NAME = re.compile(r"\b[A-Z][\w'’.-]*")
NOT_NAMES = {"the", "a", "an", "in", "on", "at", "it", "this", "that", "these", "those", "he",
              "she", "they", "we", "i", "his", "her", "their", "our", "there", "but", "and", "or",
              "if", "when", "after", "before", "over", "almost", "about", "more", "no", "not",
              "most", "many", "some", "all", "half", "few", "none", "each", "every", "both",
              # when, not who or what: "June 2025 was the hottest June on record in Spain"
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday"}


def names(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    """Capitalized words that are not function words: the claim's people, places, bodies.

    The first word counts only when it looks like a name by itself ("Mexico's", "Tomas Brandt")
    or is one of the `known` places (lower-cased: "Florida banned …" where the evidence names
    Florida), not when it is capitalized only because it starts the sentence ("Global warming").
    """
    out = set()
    for m in _NAME.finditer(text):
        raw = m.group()
        if m.start() == len(text) - len(text.lstrip()):
            rest = text[m.end():].lstrip()
            if not (raw.endswith(("'s", "’s")) or raw.isupper() or rest[:1].isupper()
                    or raw.lower() in known):
                continue
        w = raw.lower().rstrip(".").replace("’", "'")
        w = w[:-2] if w.endswith("'s") else w
        if w not in NOT_NAMES and len(w) > 1:
            out.add(w)
    return out


def names_left_to_story(claim: str, sentence: str, story_names: list[str]) -> bool:
    """Are all the claim's names the sentence does not give among those its story gives ("the
    company's operating margin fell" in a story that names Walmex)?"""
    missing = names(claim) - set(words(sentence))
    return bool(missing) and missing <= {w.lower() for w in story_names}


def without_names(claim: str, left_out: list[str]) -> str:
    """The claim without the names (lower-cased words) its evidence leaves to its story: "A
    federal judge blocked Texas's SB4 immigration law" without "sb4"."""
    out = {w.lower() for w in left_out}
    kept: list[str] = []
    dropped = False
    for w in claim.split():
        bare = re.sub(r"['’]s$", "", w.strip(".,;:!?\"“”"))
        # a letter that goes with a name left out goes with it: "Gen Z"
        dropped = bare.lower() in out or (dropped and len(bare) == 1 and bare.isupper())
        if not dropped:
            kept.append(w)
    return " ".join(kept)


def named_in(claim: str, texts: list[str]) -> frozenset[str]:
    """The claim's first word, lower-cased, when the texts write it as a name only (capitalized
    inside a sentence, never in lower case): "Sinaloa recorded …" beside "the state of Sinaloa"."""
    m = _NAME.match(claim.lstrip())
    if m is None:
        return frozenset()
    word = m.group().rstrip(".").replace("’", "'")
    word = word[:-2] if word.endswith("'s") else word
    inside = re.compile(rf"(?<=[\w,;:] ){re.escape(word)}\b")
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    if any(inside.search(t) for t in texts) and not any(lower.search(t) for t in texts):
        return frozenset({word.lower()})
    return frozenset()


_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’-]*))*")


def _initials(text: str) -> set[str]:
    """What runs of capitalized words stand for: "the International Monetary Fund" is "imf"."""
    out = set()
    for m in _RUN.finditer(text):
        caps = [w for w in m.group().split() if w[:1].isupper() and w.lower() not in NOT_NAMES]
        if len(caps) >= 2:
            out.add("".join(w[0] for w in caps).lower())
    return out


def same_subject(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> bool:
    """Does the evidence speak of what the claim names? (True when the claim names nothing.)
    A country is its people too: "Americans" are named by "the United States"."""
    wanted = names(claim, known)
    if not wanted:
        return True
    found = set(words(evidence))
    return _any_found(wanted | _countries(wanted), found | _countries(found) | _initials(evidence) | short_names(found))


# bodies by their short names ("banxico": the words of "Bank of Mexico"): nlp.names.BODIES
SHORT_NAMES = {short.lower(): set(full.split()) for short, full in BODIES.items()}


def short_names(found: set[str]) -> set[str]:
    """The short names of the bodies a set of words names in full ("bank" and "mexico": "banxico")."""
    return {short for short, full in SHORT_NAMES.items() if full <= found}


# one country under its names: "the United States", "the U.S.", "America", "Americans"
_COUNTRY_NAMES = {"⟨us⟩": ({"us", "usa", "america", "american", "americans"}, [{"united", "states"}, {"u", "s"}]),
                  "⟨uk⟩": ({"uk", "britain", "british", "britons"}, [{"united", "kingdom"}, {"u", "k"}]),
                  "⟨mx⟩": ({"mexico", "mexican", "mexicans"}, [])}


def _demonym(word: str) -> bool:
    """Is `word` a country's people or its adjective ("mexican", "americans", "british"), not its name?"""
    return bool(_countries({word})) and word.endswith(("an", "ans", "ish", "ons"))


def _countries(found: set[str]) -> set[str]:
    """The countries a set of words names, as "⟨us⟩", "⟨uk⟩" ("U.S." is the words u and s)."""
    return {c for c, (alone, together) in _COUNTRY_NAMES.items()
            if found & alone or any(both <= found for both in together)}


def all_named(wanted: set[str], text: str) -> bool:
    """Is every one of the `wanted` names (lower-cased words) in `text`, a country under any of
    its names ("United States" in "the US") and a body by its initials?"""
    found = set(words(text))
    shared = _countries(wanted) & _countries(found)
    country_words = {w for c in shared for w in (_COUNTRY_NAMES[c][0] | set().union(*_COUNTRY_NAMES[c][1]))}
    found |= _initials(text)
    return all(_any_found({n}, found) for n in wanted if n not in country_words)


def elsewhere(claim: str, places: list[str], known: frozenset[str] = frozenset()) -> bool:
    """Does a sentence that names `places` speak of somewhere the claim does not name ("France
    recorded its hottest June day" beside a claim about Spain)?"""
    mine = names(claim, known)
    return bool(mine) and any(not _any_found(set(words(p)), mine) for p in places)


_IN_PLACE = re.compile(r"\b(?:in|of)\s+(?:the\s+(?:state|city|province|region)\s+of\s+)?(?P<place>[A-Z][\w'’.-]*)")
# countries the desk's news names most, lower-cased: a claim about one is answered nationally
COUNTRIES = set("""
mexico canada brazil argentina colombia venezuela peru chile ecuador bolivia cuba guatemala honduras
salvador nicaragua panama haiti china japan india russia ukraine germany france spain italy portugal
britain england ireland israel iran iraq syria turkey egypt nigeria kenya australia korea taiwan
philippines indonesia pakistan afghanistan poland sweden norway netherlands belgium switzerland
""".split())
_NATIONAL = re.compile(r"\b(?:nationally|nationwide|across\s+the\s+country|national\s+(?:average|rate|figure))\b", re.I)


def national(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> bool:
    """Does the evidence speak of the whole country ("Nationally, the homicide rate fell") where
    the claim names a place within it ("Homicides in Sinaloa have doubled") and no country?"""
    if not _NATIONAL.search(evidence):
        return False
    mine = names(claim, known)
    where = {w for m in _IN_PLACE.finditer(claim) for w in words(m["place"])}
    local = {n for n in mine & where if n not in COUNTRIES}
    return bool(local) and not _countries(mine) and not (mine & COUNTRIES) \
        and not _any_found(local, set(words(evidence)))


_WORLDWIDE = re.compile(r"\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+world|in\s+the\s+world|"
                        r"the\s+world\s+over|global)\b", re.I)


def worldwide(claim: str, evidence: str, known: frozenset[str] = frozenset()) -> bool:
    """Does the evidence speak of the whole world ("dengue cases worldwide had doubled") where the
    claim names a place ("Mexico has recorded more than 125,000 dengue cases") that it does not?"""
    if not _WORLDWIDE.search(evidence) or _WORLDWIDE.search(claim):
        return False
    named = names(claim, known | COUNTRIES)  # "Mexico has recorded …": a country is a name, first or not
    mine = named & ({w for m in _IN_PLACE.finditer(claim) for w in words(m["place"])} | COUNTRIES | known)
    return bool(mine) and not _any_found(mine, set(words(evidence)))


def _any_found(wanted: set[str], found: set[str]) -> bool:
    """Is one of the wanted words among the found ones, as itself or with another ending
    ("sentenced", "sentencing": the first five letters of a word of five or more; "pay", "paying"
    and "ran", "run": the same word without its endings)?"""
    if any(w in found or (len(w) >= 5 and any(f.startswith(w[:5]) for f in found)) for w in wanted):
        return True
    bases = {base(f) for f in found}
    return any(base(w) in bases for w in wanted)


# "had not shown that violence declined" says the fact is unproven, not that it is false
_UNPROVEN = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:yet\s+)?(?:been\s+)?(?:shown|proven|proved|established|"
                       r"demonstrated|confirmed|verified)\b", re.I)


# a figure set aside, not the statement denied: "fell by less than 5%, not by half"
_NOT_A_FIGURE = re.compile(r"\bnot\s+(?:by\s+|at\s+|to\s+)?(?:half|a\s+third|a\s+quarter|\$?\d[\d.,]*\s*%?)", re.I)


# a cause set aside, or more said, not the statement denied: "lower because the taxpayer paid it,
# not because Pemex became more efficient"; "not only the rain"
_NOT_THE_STATEMENT = re.compile(r"(?:\bnot|n't)\s+(?:because|only|just|merely|simply)\b", re.I)


_CAUSE_ASIDE = re.compile(r",?\s+(?:and\s+|but\s+)?not\s+because\b[^,.;:\"”]*", re.I)


def cause_set_aside(sentence: str) -> str | None:
    """The words by which a sentence sets a cause aside (", not because Pemex became more
    efficient"), or None."""
    m = _CAUSE_ASIDE.search(sentence)
    return m.group() if m else None


def _negated(text: str) -> bool:
    text = _NOT_THE_STATEMENT.sub(" ", _NOT_A_FIGURE.sub(" ", _UNPROVEN.sub(" ", text.replace("’", "'"))))
    toks = words(text)
    return any(t in NEGATIONS or t.endswith("n't") for t in toks)
