"""Numbers matter: "38 years" against "28 years", or "over 30" against "12", is a refutation signal.

Quantities come from the claim stage's parser; two quantities are compared only when they count
the same thing (same unit and, where both say what they count, a word of it in common; or, with
no unit, the same words after the number) at the same date (a series is read at the claim's date,
or at its latest).
"""
from __future__ import annotations

import re
from dataclasses import replace

from factdesk.claims.quantities import MONEY_WORDS, PARTICIPLE, UNITS, WORD_NUMBERS, parse_quantities
from factdesk.claims.timeexpr import months_of_part
from factdesk.models import Quantity
from factdesk.verify.signals import DOWN, KINDS, NOT_NAMES, PEOPLE, SAME_THING, UP, is_people, short_names, singular

TOLERANCE = {"exact": 0.02, "about": 0.10, "just_under": 0.10, "just_over": 0.10}


def quantities(text: str, published: str | None = None) -> list[Quantity]:
    """The figures of `text` (years aside), and the change in points between two shares of one
    series ("fell to 29.6% in 2024 from 36.3% in 2022" also gives 6.7 percentage points)."""
    found = _baselines([q for q in parse_quantities(text, published=published)
                        if q.value is not None and not _is_year(q)], text)
    ages = _ages(text)
    found = [_as_full(q, text) for q in found if not any(a.start <= q.start < a.end for a in ages)]
    found, shares = _parts_of(text, found)
    return found + _changes(text, found) + shares + _most(text) + _fullness(text) + _many(text, found) \
        + _for_one(text) + ages


# how old: "77 years old", "a 77-year-old", "aged 77", and the wires' "Zambada, 77, pleaded …"
_AGE = re.compile(r"\b(?P<n>\d{1,3})(?:\s+years?\s+old|-years?-old)\b|\baged\s+(?P<aged>\d{1,3})\b"
                  r"|\b[A-ZÀ-Ý][\w'’-]*,\s+(?P<wire>\d{1,3})(?=,)")


def aged(text: str) -> set[str]:
    """The people whose age the text gives, each by the name word right before it ("Zambada, 77,"
    gives "zambada"): a claim and a sentence that give the age of the same one answer each other."""
    return {w.lower() for q in _ages(text)
            for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", text[max(0, q.start - 40):q.start])[-1:]}


def _ages(text: str) -> list[Quantity]:
    """A person's age, whichever way it is written, as one quantity: years of age."""
    out = []
    for m in _AGE.finditer(text):
        key = next(k for k in ("n", "aged", "wire") if m[k])
        if key == "wire" and m.group().split(",")[0].lower() in NOT_NAMES:
            continue  # "In March, 12, 13 and 14 people died": a month, no one's name
        out.append(Quantity(text[m.start(key):m.end()], m.start(key), m.end(), float(m[key]), "exact", "years of age",
                            "age", None))
    return out


# how long, in words: "suspended inspections for a week" is one week
_FOR_ONE = re.compile(r"\bfor\s+(?:a|one)\s+(?P<unit>day|week|month|year|decade)\b", re.I)


def _for_one(text: str) -> list[Quantity]:
    """"for a week", "for one year": a duration of one."""
    return [Quantity(m.group()[4:], m.start() + 4, m.end(), 1.0, "exact", f"{m['unit'].lower()}s",
                     f"{m['unit'].lower()}s", None) for m in _FOR_ONE.finditer(text)]


# so many, in words: "millions of Mexicans" are two million at least, "tens of thousands" twenty thousand
_MANY = re.compile(r"\b(?:(?P<times>tens|hundreds)\s+of\s+)?(?P<many>dozens|hundreds|thousands|millions|billions)\s+"
                   r"of\s+(?:(?:the|its|their|his|her)\s+)?(?P<counted>[a-z][\w-]*(?:\s+[a-z]+[^s\W]s\b)?)",
                   re.I)  # "hundreds of illegal nets"
_AT_LEAST = {"dozens": 24, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "billions": 2_000_000_000}


def _vague(q: Quantity) -> bool:
    """A figure said only in words of many: "millions", "tens of thousands"."""
    return q.qualifier == "at_least" and q.text.split()[-1].lower() in _AT_LEAST


def _many(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for m in _MANY.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue  # "hundreds of millions of dollars" the parser read
        value = _AT_LEAST[m["many"].lower()] * (10 if (m["times"] or "").lower() == "tens" else
                                                 100 if m["times"] else 1)
        counted = m["counted"]
        if counted.lower() in MONEY_WORDS:  # "hundreds of millions of dollars": the sum is all it says
            counted, unit = None, UNITS[counted.lower()]
        else:
            head = counted.split()[-1]
            unit = "people" if is_people(head) else _norm(head)
        many = text[m.start():m.end("many")]  # "millions", "tens of thousands"
        out.append(Quantity(many, m.start(), m.start("counted"), float(value), "at_least", unit, counted, None))
    return out


# how full, in words: "almost full" is just under all of it, "nearly empty" a tenth at most, and
# "the dams are full" all of it (about)
_FULLNESS = re.compile(r"\b(?:(?P<how>almost|nearly|virtually|practically)|(?:is|are|was|were|remain|remains|"
                       r"stay|stays|be)(?:\s+now)?)\s+(?P<state>full|empty)\b(?!\s+(?:of|with)\b)", re.I)
_OF_CAPACITY = re.compile(r"\s+of\s+(?:(?:its|their|the)\s+)?(?:storage\s+)?capacity\b", re.I)


def _fullness(text: str) -> list[Quantity]:
    out = []
    for m in _FULLNESS.finditer(text):
        full = m["state"].lower() == "full"
        value, qualifier = (100.0, "just_under" if m["how"] else "about") if full else (10.0, "at_most")
        start = m.start("how") if m["how"] else m.start("state")
        out.append(Quantity(text[start:m.end()], start, m.end(), value, qualifier, "percent", "full", None))
    return out


def _as_full(q: Quantity, text: str) -> Quantity:
    """"at 30% of capacity" is how full: 30% full."""
    if q.unit in ("percent", "fraction") and _OF_CAPACITY.match(text, q.end):
        return replace(q, counted="full")
    return q


# a figure a change is measured from: "…, down from about 21,100 pounds in fiscal 2024"
_FROM = re.compile(r"\b(?:down|up)\s+from\s+$", re.I)  # (a figure's text begins with its "about")


def _baselines(found: list[Quantity], text: str) -> list[Quantity]:
    """The figures, where one a change is measured from ("11,900 pounds of fentanyl …, down from
    about 21,100 pounds") counts what the figure before it of the same unit counts, and so does
    one whose noun is left out after another doing ("killing 26 people and injuring about 100")."""
    out = []
    for q in found:
        before = next((p for p in reversed(out) if p.end <= q.start and q.unit in (p.unit, None) and p.counted), None)
        if q.counted is None and before is not None and _FROM.search(_before(text, q, 30)):
            q = replace(q, counted=before.counted, unit=before.unit)  # "… up from about 160,000"
        elif q.counted is None and q.unit is None and out and out[-1].counted \
                and _AND_DOING.search(_before(text, q)) and not re.match(r"\s*[a-z]", text[q.end:]):
            q = replace(q, counted=out[-1].counted, unit=out[-1].unit)  # "killing 26 people and injuring about 100"
        out.append(q)
    return out


_AND_DOING = re.compile(r"\d[^,;]*,?\s+(?:and|but)\s+[a-z]+(?:ing|ed)\s+(?:another\s+)?$")


# "70 of Veracruz's 212 municipalities", "19 of the state's 39 mayoralties"
_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:[^\W\d_][\w.-]*(?:'s|’s)\s+)?")


def _parts_of(text: str, found: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The figures with each part of a whole counted as the whole is ("70 of … 212
    municipalities" gives 70 municipalities), and the share each part is of its whole, in
    percent (33.02% of the municipalities)."""
    out, shares = list(found), []
    for k, (a, b) in enumerate(zip(found, found[1:])):
        if a.unit is None and b.unit and b.value and _OF.fullmatch(text, a.end, b.start):
            out[k] = Quantity(a.text, a.start, a.end, a.value, a.qualifier, b.unit, b.counted, a.time)
            shares.append(Quantity(f"{a.text} of {b.text}", a.start, b.end, round(a.value / b.value * 100, 2),
                                   a.qualifier, "percent", b.counted, a.time or b.time))
    return out, shares


# "most of Veracruz's municipalities", "most of Mexico City's water", "a majority of voters": more
# than half of them
_MOST = re.compile(r"\b(?P<what>most|(?:a|the)\s+majority|a\s+minority)\s+of\s+(?:(?:the|its|their|all)\s+)?"
                   r"(?:(?:[A-Z][\w.-]*\s+){0,2}[^\W\d_][\w.-]*(?:'s|’s)\s+)?"
                   r"(?P<counted>[^\W\d_]+(?:\s+[a-z]+[^s\W]s\b)?)", re.I)  # "the monarch colonies"


# "Most Mexicans approve …": more than half of a people, said without "of"
_MOST_PEOPLE = re.compile(r"\b(?P<what>[Mm]ost)\s+(?P<counted>[A-Z][a-z]+(?:ans|ese)|people|voters|adults|"
                          r"residents|citizens|respondents)\b")


# "most attacks on the press": more than half of a plural (not "the most votes", a plurality, nor
# "most dangerous")
_MOST_OF_THEM = re.compile(r"(?<![Tt]he\s)\b(?P<what>[Mm]ost)\s+(?!\w*ous\b)(?P<counted>[a-z]{3,}[^s\W]s)\b")


def _most(text: str) -> list[Quantity]:
    found = {m.start(): m for m in (*_MOST_OF_THEM.finditer(text), *_MOST.finditer(text), *_MOST_PEOPLE.finditer(text))}
    return [Quantity(m["what"], m.start(), m.start("counted"), 50.0,
                     "less_than" if "minority" in m["what"].lower() else "more_than", "percent",
                     m["counted"], None) for _, m in sorted(found.items())]


# between two shares of one series: " in 2024 from ", ", down from ", " to "
_STEP = re.compile(r"(?:\s+[a-z][\w-]*)?"  # its unit: "2.3 hectares last year from"
                   r"(?:\s+(?:in|as of|at)\s+[\w ,]{3,25}?|\s+(?:last|this)\s+(?:year|month|quarter))?"
                   r",?\s+(?:(?:down |up )?from|to|compared with|against)\s+")


def _changes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Each change between two neighbouring figures of one series: in points between two shares,
    in percent between two amounts, one said to be from the other ("fell to 2.3 hectares last year
    from 11.4" is a fall of about 80%; not a tally, "51 to 50")."""
    out = []
    for a, b in zip(found, found[1:]):
        step = _STEP.fullmatch(text, a.end, b.start) or _FROM.search(text, max(a.end, b.start - 30), b.start)
        if step is None or a.unit != b.unit or not a.unit or \
                (a.counted and b.counted and _words(a.counted) != _words(b.counted)):
            continue
        old, new = (a, b) if re.search(r"\bto\s+$", step.group()) else (b, a)  # "from 36.3% to 29.6%"
        if a.unit == "percent":
            out.append(Quantity(f"{old.text} to {new.text}", a.start, b.end, round(abs(a.value - b.value), 4),
                                "exact", "percentage points", a.counted or b.counted, new.time))
        elif old.value and {a.qualifier, b.qualifier} <= {"exact", "about"} and a.unit != "votes" and (
                "from" in step.group() or re.search(r"\bfrom\s+$", _before(text, a, 8))):
            out.append(Quantity(f"{old.text} to {new.text}", a.start, b.end,
                                round(abs(new.value - old.value) / old.value * 100, 1), "about", "percent",
                                a.counted or b.counted, new.time))
    return out


FORECAST = "its figure is a forecast, not a result"  # the reasons, which assess reads too
ANOTHER_TIME = "its figure is of another time"
ANOTHER_DOING = "its figure is a share of another doing"
ADDED = "its figure is a part added to a count, not the whole"

# a figure the evidence sets aside: "rather than charge the $42"
_SET_ASIDE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:[a-z]+\s+){0,2}$", re.I)
# a claim of the record itself: "the record … is 18.19 hectares", "Mexico City's previous
# temperature record"; the record named before a figure ("far below the record of 18.19"); a figure
# called a record ("a record 1.4 million", "the highest ever")
_THE_RECORD = re.compile(r"\b(?:the|its|their|[\w-]+['’]s)\s+(?:[a-z]+\s+){0,2}"
                         r"(?:record|peak|all-time\s+(?:high|low))\b", re.I)
_THE_RECORD_OF = re.compile(r"\b(?:the|its|their)\s+(?:previous\s+|old\s+|all-time\s+)?record\s+(?:of\s+)?$", re.I)
_RECORD = re.compile(r"\b(?:record|all-time|peak|"
                     r"(?:highest|lowest|largest|smallest|most|fewest)\s+(?:[a-z]+\s+)?ever)\b", re.I)


def compare(claim_qs: list[Quantity], evidence_qs: list[Quantity],
            evidence_text: str = "", claim_text: str = "") -> tuple[str | None, str]:
    """("mismatch" | "match" | "apart" | None, the reason in words). A claim's figure that the
    evidence gives is a match, whatever other figures stand beside it ("rose 2.4% …, down from
    2.8% in February"); one the evidence gives otherwise is a mismatch, which outweighs any
    match. Figures that all count other things than the claim's are "apart"."""
    agree = disagree = then = None
    # not what it says is: "to phase it in rather than charge the $42"
    evidence_qs = [_as_months(_as_percent(q)) for q in evidence_qs if not _SET_ASIDE.search(_before(evidence_text, q))]
    said = _words(evidence_text)
    said |= short_names(said)  # "Banxico's benchmark rate" in a sentence on the Bank of Mexico's
    comparable = False
    claim_foretold = bool(_CLAIM_FORECAST.search(claim_text))  # read once: the whole claim
    claim_earlier = bool(_EARLIER_TIME.search(claim_text))  # "was 52% full a year earlier"
    claim_record = bool(_THE_RECORD.search(claim_text))  # not "a record 1.4 million"
    # the whole a part is of is given, not claimed: "only two of Mexico's 32 states"
    wholes = {(b.start, b.end) for a, b in zip(claim_qs, claim_qs[1:]) if _OF.fullmatch(claim_text, a.end, b.start)}
    for cq in (_as_months(_as_percent(q)) for q in claim_qs if (q.start, q.end) not in wholes):
        answer = _answer(claim_text, cq)  # "Most Americans approve of …": a share of people, by what they answer
        counting = [e for e in evidence_qs if _comparable(cq, e, said) or (  # the claim's thing
            answer and _answer(evidence_text, e) == answer and _rest_said(claim_text, cq, said))]
        doing = _share_verb(claim_text, cq)
        same_doing = [e for e in counting if _same_share(doing, _share_verb(evidence_text, e))]
        alike = [e for e in same_doing
                 if _same_deed(claim_text, _deed(claim_text, cq), _around(evidence_text, e, evidence_qs),
                               _deed(evidence_text, e))
                 and (_same_kind(claim_text, cq, evidence_text, e, claim_foretold)  # a share that expects
                      or bool(answer) and _answer(evidence_text, e) == answer)]  # is no forecast
        comparable = comparable or bool(alike)
        if not alike and (other := [e for e in counting if e not in same_doing]):
            # "pumps most of its water from an aquifer" beside "supplies most of Mexico City's water"
            then = then or f"{ANOTHER_DOING}: {_share_verb(evidence_text, other[0])} {other[0].text}"
        if not alike and not claim_foretold and (foretold := [e for e in counting if _is_forecast(evidence_text, e)]):
            # "production would stabilize at about 1.8 million barrels per day by 2026" beside
            # "Pemex produces 1.8 million barrels a day": a target, no result either way
            then = then or f"{FORECAST}: {foretold[0].text}"
        # "Another 32 people are still listed as missing": a part added to a count told before,
        # not the whole the claim gives
        added = [e for e in alike if not consistent(cq, e) and _ADDED.search(_before(evidence_text, e, 20))]
        if added:
            alike = [e for e in alike if e not in added]
            then = then or f"{ADDED}: {added[0].text}"
        if claim_record and (plain := [e for e in alike if not _RECORD.search(_before(evidence_text, e))]):
            # "the record … is 18.19 hectares" beside "covered 1.79 hectares this season": a
            # record is of its own time, so only a figure called one answers it; and the other way
            alike = [e for e in alike if e not in plain]
            then = then or f"{ANOTHER_TIME}: {plain[0].text} (not called a record)"
        elif not claim_record and (marks := [e for e in alike if _THE_RECORD_OF.search(_before(evidence_text, e))]):
            alike = [e for e in alike if e not in marks]  # "far below the record of 18.19 hectares"
            then = then or f"{ANOTHER_TIME}: {marks[0].text} (the record)"
        found = _same_time(alike, cq, evidence_text, claim_earlier, _of_the_time_before(claim_text, cq))
        if found and all(_EARLIER.search(_before(evidence_text, e, 30)) for e in found) \
                and not _dates(cq.time):  # "The tariff, first set at 25% in March, was doubled"
            then = then or f"{ANOTHER_TIME}: {found[0].text} (what it was at first)"
            found = []
        if _another_time(cq, alike, found, evidence_text, said):
            then = then or f"{ANOTHER_TIME}: {alike[0].text}" + (
                f" ({alike[0].time})" if alike[0].time else "")
            found = []
        if _vague(cq):  # "millions" beside "millions" says nothing of how many
            found = [eq for eq in found if not _vague(eq)]
        fits = [eq for eq in found if consistent(cq, eq)]
        if fits:
            agree = agree or f"numbers agree: claim says {cq.text}, evidence says {fits[0].text}"
        elif found:
            disagree = disagree or f"number mismatch: claim says {cq.text}, evidence says {found[0].text}"
    if disagree:
        return "mismatch", disagree
    if agree:
        return "match", agree
    if then:  # "that compares with 137,000 arrests in March 2024" beside a claim of this March
        return "apart", then
    said_what = any(q.unit or q.counted for q in claim_qs) and all(q.unit or q.counted for q in evidence_qs)
    if evidence_qs and said_what and not comparable:
        # "6.7 percentage points" beside "8.3 million people", "about 8,000" arrests beside
        # "about 9,000 troops": figures, each of its own thing
        return "apart", (f"its figures count other things than the claim's: {evidence_qs[0].text}"
                         f"{' ' + evidence_qs[0].counted if evidence_qs[0].counted else ''}")
    return None, ""


def consistent(claim: Quantity, evidence: Quantity) -> bool:
    """Does the evidence's number fit what the claim's number (with its qualifier) allows?"""
    c, e = float(claim.value), float(evidence.value)
    q = claim.qualifier
    if _vague(evidence) and e <= c:
        return True  # "billions of dollars" does not contradict "more than 136 billion dollars"
    if q == evidence.qualifier and q in ("at_most", "at_least"):
        return _close(e, c, 0.02)  # "up to two years" and "up to six months": two maxima, each the law's
    if _MAJORITY.fullmatch(claim.text):  # "most", "a majority": more than half, and 49% is not
        if q == "more_than":
            return e > c or (evidence.qualifier in ("more_than", "at_least") and e >= c)  # "more than half"
        return e < c or (evidence.qualifier in ("less_than", "at_most") and e <= c)
    if q in ("more_than",):
        return e > c or _close(e, c, 0.02)
    if q in ("at_least",):
        return e >= c * 0.98
    if q in ("less_than",):
        return e < c or _close(e, c, 0.02)
    if q in ("at_most",):
        return e <= c * 1.02
    if evidence.qualifier in ("more_than", "at_least") and e <= c:
        return True  # evidence "over 30" does not contradict a claim of 35
    if evidence.qualifier in ("less_than", "at_most") and e >= c:
        return True
    if q == evidence.qualifier == "exact" and c.is_integer() and e.is_integer() and max(c, e) < 1000:
        return c == e  # small counts are exact: 52 votes are not 51
    tol = max(TOLERANCE.get(q, 0.02), TOLERANCE.get(evidence.qualifier, 0.02))
    return _close(e, c, tol)


_MAJORITY = re.compile(r"(?:most|(?:a|the)\s+majority|a\s+minority)", re.I)
IN_MONTHS = {"years": 12.0, "decades": 120.0, "months": 1.0, "weeks": 12 / 52, "days": 12 / 365}


def _as_months(q: Quantity) -> Quantity:
    """'two years' as the 24 months they are, to set beside 'six months' (what is counted
    without the unit's own word: "years in jail" counts jail)."""
    if q.unit not in IN_MONTHS or q.unit == "months" and not q.counted:
        return q
    counted = " ".join(w for w in (q.counted or "").split() if w.lower() not in IN_MONTHS and
                       w.lower() not in ("year", "decade", "month", "week", "day")) or None
    return Quantity(q.text, q.start, q.end, q.value * IN_MONTHS[q.unit], q.qualifier, "months", counted, q.time)


def _as_percent(q: Quantity) -> Quantity:
    """'half' and 'two-thirds' as the percentages they are, to set beside '32%'."""
    if q.unit != "fraction":
        return q
    # a fraction in words is a round figure: "half" of 39 mayoralties may be 19
    qualifier = "about" if q.qualifier == "exact" else q.qualifier
    return Quantity(q.text, q.start, q.end, q.value * 100, qualifier, "percent", q.counted, q.time)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


def _comparable(a: Quantity, b: Quantity, said: set[str] = frozenset()) -> bool:
    """Do the claim's figure `a` and the evidence's `b` count the same thing? Where both say
    what, a word in common, and (when the evidence's words are given) every word of the
    claim's said somewhere in the evidence (`said`: its words and its neighbours'): "consumer
    prices" are not "core prices"."""
    aw, bw = _words(a.counted), _words(b.counted)
    if (aw & KINDS) and (bw & KINDS) and not (aw & bw & KINDS):
        return False  # "core inflation" is no "headline inflation"
    # "4% in Colombia" in a sentence on deaths, not calories; but "400,000 doses" may be the
    # claim's "measles vaccine doses": the evidence names less of the same, not another thing
    if aw and said and not aw <= said and not (bw and bw <= aw):
        return False
    if a.unit and b.unit:
        if _yearly(a, b) or _yearly(b, a):
            return not (aw and bw) or bool(aw & bw)  # "$30 billion a year" and "$3 billion last year"
        if _unit(a.unit) != _unit(b.unit) and not (_things(a, b) and (_unit(a.unit) in bw or _unit(b.unit) in aw)):
            return False  # but "21 million monarchs" are "21 million monarch butterflies"
        # "a 10% soda tax" is not "25% of adults"; nor "Mexico's economy" "imports into Mexico"
        return not (aw and bw) or bool(aw & bw) and not _only_names_shared(a.counted, b.counted)
    if a.unit or b.unit:  # "8,000" border arrests beside "137,000 arrests"
        unit = _words(a.unit or b.unit)
        return bool(unit & (bw if a.unit else aw))
    return bool(aw and bw and aw & bw)


_MEASURES = set(UNITS.values())

# what the people a survey asked answer: "Most Americans approve of …", "47% approving", "Only 18%
# expect prices to fall"
ANSWERS = {"approv", "disapprov", "support", "oppos", "expect", "think", "believ", "want", "favor",
           "favour", "trust", "distrust", "agree", "disagree", "prefer", "worry", "fear", "plan", "back"}
_ANSWER_AFTER = re.compile(r"\s*(?:(?:also|now|still|strongly|somewhat)\s+)?([a-z]+)")
_GROUP = re.compile(r"\s*(?:of\s+(?:the\s+)?)?(?:[A-Z][a-z]+(?:ans|ese|ers|s)|people|voters|adults|residents|"
                    r"citizens|respondents|workers|parents|women|men)\b")


def _answer(text: str, q: Quantity) -> str | None:
    """The answer a share of people gives (its stem: "approv" for "approve", "approving"), when the
    figure is one: a percentage or "most", a group of people or none, then a verb of opinion."""
    if not text or q.unit != "percent":
        return None
    at = q.end
    if (group := _GROUP.match(text, at)) is not None and not q.counted or (
            group is not None and group.end() - at <= len(q.counted or "") + 8):
        at = group.end()
    m = _ANSWER_AFTER.match(text, at)
    if m is None and q.counted:  # the parser took the verb for the thing counted: "47% approving"
        m = re.match(r"([a-z]+)", q.counted)
    if m is None:
        return None
    word = m.group(1).lower()
    stem = re.sub(r"(?:ing|ed|es|e|s|d)$", "", word)
    return stem if stem in ANSWERS else None


def _rest_said(claim_text: str, q: Quantity, said: set[str]) -> bool:
    """Are the claim's words after its share (what the people answer about) all in the evidence?"""
    rest = {w for w in _words(claim_text[q.end:]) if w not in NOT_NAMES and len(w) > 2}
    answer = _answer(claim_text, q) or ""
    rest = {w for w in rest if not w.startswith(answer) and not is_people(w)}
    return bool(rest) and rest <= said


def _yearly(a: Quantity, b: Quantity) -> bool:
    """Is `a` a yearly rate of what `b` gives for one year ("$30 billion a year", "$3 billion last
    year")?"""
    return a.unit == f"{b.unit} per year" and bool(b.time) and bool(_WHOLE_YEAR.fullmatch(b.time))


def _things(*qs: Quantity) -> bool:
    """Do the figures count things named by plain nouns, not measures ("monarchs", not "percent")?"""
    return all(q.unit not in _MEASURES and " " not in q.unit  # nor "… per year"
               and not is_people(q.unit) for q in qs)


def _named(counted: str) -> set[str]:
    """The names in what a figure counts: capitalized past its first word, or owning ("Mexico's")."""
    found = re.findall(r"(?:(?<=\s)|^)([A-Z][\w-]*)(['’]s\b)?", counted)
    first = counted.split()[0] if counted.split() else ""
    return {w.lower() for k, (w, owns) in enumerate(found) if owns or not first.startswith(w) or k}


def _only_names_shared(a: str, b: str) -> bool:
    """Do two counted things share only names, each with words of its own ("Mexico's economy",
    "imports from Asia into Mexico")?"""
    aw, bw = _words(a), _words(b)
    common = aw & bw
    return bool(common) and common <= (_named(a) | _named(b)) and bool(aw - common) and bool(bw - common)


_NOT_A_DOING = {"about", "nearly", "almost", "some", "roughly", "around", "over", "than", "more", "less",
               "fewer", "just", "only", "a", "an", "the",
               # where the share stands, not a doing: "were below 10 percent of capacity", "at half of"
               "at", "below", "above", "under", "to", "by", "in", "were", "was", "is", "are", "be", "been",
               "including", "totaling", "totalling", "reaching", "nearing"}  # parts and totals, no deed


def _share_verb(text: str, q: Quantity) -> str | None:
    """The verb before a share of something ("supplies about a quarter of the water", "loses
    about 40% of its water"): what the share is a share of doing. None for other figures."""
    if not text or q.unit not in ("percent", "fraction"):
        return None
    if not (re.match(r"\s+of\b", text[q.end:q.end + 6]) or re.search(r"\s+of\b", text[q.start:q.end])):
        return None  # (a "most of its water" is read with its "of")
    before = [w.lower() for w in _WORD.findall(_before(text, q, 60))]
    while before and before[-1] in _NOT_A_DOING:
        before.pop()
    return before[-1] if before else None


# a figure a verb of change gives: signals' words of rise and fall, and a few more of a fall
_CHANGED_BY = re.compile(r"\b(?:" + "|".join(sorted(UP | DOWN | {"lost", "slipped", "tumbled", "dipped", "eased"}))
                         + r")\s+(?:by\s+)?$", re.I)


# a change done to a thing, by how much: "raises the risk of early death by 15%", "had cut sugar in
# soft drinks by 44%"
_RAISE_CUT = UP | DOWN | {"raise", "raises", "raised", "raising", "cut", "cuts", "cutting", "reduce", "reduces",
                          "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "boost", "boosts",
                          "boosted", "boosting", "slash", "slashed", "slashes", "trim", "trimmed"}
_CHANGED_THING_BY = re.compile(
    r"\b(?:" + "|".join(sorted(_RAISE_CUT - {"up", "down"})) + r")\s+[^.;:%\d]{1,50}?\s+by\s+$", re.I)


def _worked_out(q: Quantity) -> bool:
    """Is the figure a change in percent worked out from two amounts ("22 million to 38 million")?"""
    return q.unit == "percent" and " to " in q.text and "%" not in q.text


def _same_kind(claim_text: str, a: Quantity, evidence_text: str, b: Quantity, foretold: bool) -> bool:
    """Not a change beside a share of a whole ("contracted 0.6%" is no "10% of the economy"), nor
    a forecast beside a result (`foretold`: whether the claim is a forecast, read once by
    compare)."""
    if not claim_text or not evidence_text:
        return True

    def kind(text: str, q: Quantity) -> str | None:
        if _CHANGED_BY.search(_before(text, q)) or _CHANGED_THING_BY.search(_before(text, q, 70)):
            return "change"
        return "share" if re.match(r"\s+of\b", text[q.end:q.end + 6]) else None

    ka, kb = kind(claim_text, a), kind(evidence_text, b)
    if _worked_out(b):
        kb = "change"  # "22 million to 38 million" is a rise of 72.7%, set beside "grew by 70%" only
    if (ka or _worked_out(b)) and kb and ka != kb:
        return False
    if a.unit in TEMPERATURE and b.unit in TEMPERATURE:  # "the country's average temperature … 22.5C"
        ma, mb = _measure(claim_text, a), _measure(evidence_text, b)  # is no city's record of 34.7C
        if ma and mb and ma != mb:
            return False
    # what is owed is no result either: "Mexico must send an average of 350,000 acre-feet a year"
    # beside "Mexico has delivered about 520,000 acre-feet"
    if bool(_OWED.search(claim_text[:a.start])) != bool(_OWED.search(  # in its sentence, before it ("…, or
            evidence_text[evidence_text.rfind(". ", 0, b.start) + 1:b.start])):  # 1.75 million over each cycle")
        return False
    if bool(_SHORT.match(claim_text, a.end)) != bool(_SHORT.match(evidence_text, b.end)):
        return False  # "about 800,000 acre-feet short" is how far off, not how much is due or sent
    # a forecast is no result: "The IMF expects the economy to grow 1.5% this year" beside
    # "the economy contracted 0.6% in the first quarter", nor a result a forecast
    return foretold == _is_forecast(evidence_text, b, would=foretold)


_OWED = re.compile(r"\b(?:(?:must|(?:is|are|was|were)\s+(?:required|obliged|due)\s+to)\s+(?:\w+\s+)?"
                   r"(?:send|deliver|provide|give|transfer|supply|return|repay|hand\s+over)|owes?|owed)\b", re.I)


_SHORT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:short|shy)\b", re.I)


TEMPERATURE = {"°C", "°F"}
_MEASURE = re.compile(r"\b(?:(?P<average>average|mean)|(?P<highest>highest|hottest|record|maximum|high of|peak)|"
                      r"(?P<lowest>lowest|coldest|minimum|low of))\b", re.I)


def _measure(text: str, q: Quantity) -> str | None:
    """What a temperature measures: an average, a highest or a lowest, by the nearest such word
    before it in its sentence ("the country's average temperature … was 22.5C, the highest since
    …"), else after it ("recorded 34.7C in May, its highest temperature ever")."""
    start = max(text.rfind(". ", 0, q.start) + 1, q.start - 80)
    end = text.find(". ", q.end)
    before = list(_MEASURE.finditer(text, start, q.start))
    found = before[-1] if before else _MEASURE.search(text, q.end, end if end >= 0 else len(text))
    return found.lastgroup if found else None


def _is_forecast(evidence_text: str, q: Quantity, would: bool = False) -> bool:
    """Is the evidence's figure forecast, by the words just before it ("The IMF expects …", "told
    lawmakers that production would stabilize at …"; a "would" only in reported speech, "the
    film would gross $50 million" being a history's, unless the claim's own `would` is set
    beside it: "The bill would hire 5,000 agents")?"""
    before = evidence_text[max(0, q.start - 80):q.end]
    return bool(_FORECAST.search(_own_clause(before)) or _REPORTED_WOULD.search(before)
                or _PLANNED.search(_before(evidence_text, q))
                or (would and re.search(r"\bwould\b", before)))


# a clause of a thing the figure stands in: "will reopen in March after a renovation that its
# owners say cost about 2 billion pesos" (not "expects that", "said that")
_THING_THAT = re.compile(r"\b(?P<thing>[a-z]+)\s+(?:that|which)\b")


def _own_clause(before: str) -> str:
    """The words before a figure from where the clause of a thing it stands in begins."""
    cut = [m.end() for m in _THING_THAT.finditer(before)
           if not m["thing"].endswith(("s", "ed")) and m["thing"] not in _SAYING]
    return before[cut[-1]:] if cut else before


_SAYING = {"said", "say", "told", "tell", "expect", "predict", "forecast", "estimate", "hope", "believe",
           "warn", "note", "think", "know", "show", "project", "argue", "insist", "announce", "report",
           "claim", "fear", "suggest", "add", "confirm", "agree", "admit", "wrote"}


_FORECASTING = (r"expects?|expected\s+to|forecasts?|forecasting|projects?|projected|projections?|predicts?|"
                r"predicted|will|outlook|estimates?\s+(?:that\s+)?\w+\s+will|(?:is|are|was|were|'s|’s)\s+going\s+to|"
                r"plans\s+to|planned\s+to|intends?\s+to|aims\s+to")  # never "has no plan to fix leaks"
_FORECAST = re.compile(rf"\b(?:{_FORECASTING})\b", re.I)
_CLAIM_FORECAST = re.compile(rf"\b(?:{_FORECASTING}|would)\b|\b(?:budget|target|goal)\s+(?:was|is|of)\b",
                             re.I)  # a claim's "would" is a forecast too, and a budget a plan
# what was planned, no result: "roughly three times its original budget of 150 billion pesos"
_PLANNED = re.compile(r"\b(?:budget(?:ed)?|target|goal)\s+(?:of|was|is)?\s*$", re.I)
_REPORTED_WOULD = re.compile(r"\b(?:said|says|told|tells|hopes?|promised|vowed|pledged|insisted|estimated|"
                             r"estimates|warned|argued|predicted)\b[^.;]{0,60}\bwould\b", re.I)


# one doing in other words, by their first four letters: of water ("consumes", "takes", "uses"),
# of seats ("won", "took", "captured")
_ONE_DOING = [{"cons", "take", "took", "draw", "used", "uses", "use"},
              {"won", "win", "wins", "winn", "take", "took", "capt", "carr", "swep"}]


_PARTICIPLE = re.compile(PARTICIPLE)  # what the parser adds to a count: "journalists killed"
_DONE_TO = re.compile(r"[a-z]+(?:es|ed|s|ing)")  # "covers more than 600", "killing 26": a verb
_NO_DEED = {"percent", "fraction", "percentage points", "USD", "MXN", "EUR", "GBP"}
# what state what a figure counts is in: "130,000 people are missing", "2 million remain displaced"
_IN_STATE = re.compile(r"\s*(?:are|were|is|was|remain|remained|have(?:\s+been)?|has(?:\s+been)?|had)\s+(?:still\s+)?"
                       r"(missing|dead|displaced|detained|homeless|unemployed|[a-z]+(?:ed|en))\b", re.I)
# one deed in other words, by their first four letters
_ONE_DEED = [{"kill", "murd", "slai", "assa"}]


def _deed(text: str, q: Quantity) -> str | None:
    """What was done to what a figure counts: the participle the figure's words end with
    ("47 journalists were killed": "killed"), or the verb right before the figure ("the
    mechanism covers more than 600 journalists": "covers"); None when neither is said."""
    counted = (q.counted or "").split()
    if not counted or q.unit in _NO_DEED:  # a sum or a share is given by any verb: "sent", "received"
        return None
    if len(counted) > 1 and _PARTICIPLE.fullmatch(counted[-1]):
        return counted[-1]
    named_at = text.find(q.counted or "", q.end)  # "12 of the country's 32 states had trained": the whole's
    at = named_at + len(q.counted or "") if 0 <= named_at - q.end <= 40 else q.end + len(q.counted or "") + 1
    if (state := _IN_STATE.match(text, at)) is not None:
        return state[1]  # "130,000 people are missing"
    before = [w for w in _WORD.findall(_before(text, q))[-4:] if w.lower() not in _NOT_A_DOING]
    verb = before[-1] if before else ""
    return verb if _DONE_TO.fullmatch(verb) and verb not in UP | DOWN else None


def _same_deed(claim_text: str, a: str | None, evidence_text: str, b: str | None) -> bool:
    """The same deed done to what two figures count ("killed", "murdered"), or one not said, or
    said by the other's words ("listed as missing"): "covers more than 600 journalists" is no
    count of journalists killed, nor "130,000 people are missing" of people deported."""
    if _one_doing(a, b, _ONE_DEED):
        return True
    return bool(re.search(rf"\b{re.escape(a[:4])}", evidence_text, re.I) or re.search(rf"\b{re.escape(b[:4])}", claim_text, re.I))


def _before(text: str, q: Quantity, reach: int = 40) -> str:
    """The words just before a figure ("rather than charge the", "far below the record of"). A
    figure's text begins with its qualifier and its currency sign ("about $150 billion"), so the
    patterns read here never look for those."""
    return text[max(0, q.start - reach):q.start]


def _around(text: str, q: Quantity, others: list[Quantity], reach: int = 60) -> str:
    """The words about a figure, where its deed or state may be told ("the number of people
    listed as missing … has passed 130,000"), up to the figures beside it: not another figure's
    deed ("killing 26 people and injuring about 100")."""
    start = max([q.start - reach] + [o.end for o in others if o.end <= q.start])
    end = min([q.end + reach] + [o.start for o in others if o.start >= q.end])
    return text[max(0, start):end]


def _same_share(a: str | None, b: str | None) -> bool:
    """Shares of one doing ('supplies', 'supply'; 'uses', 'consumes'), or of what the text does
    not say."""
    return _one_doing(a, b, _ONE_DOING)


def _one_doing(a: str | None, b: str | None, alike: list[set[str]]) -> bool:
    """One doing, or one not said: the same first four letters, or a set of `alike` holding both."""
    return not (a and b) or a[:4] == b[:4] or any({a[:4], b[:4]} <= words for words in alike)


_ADDED = re.compile(r"\b(?:another|an\s+additional|a\s+further|further)\s+$", re.I)


# the figure a change is measured from: "That compares with more than 137,000 arrests in …"
# a claim of the time a change is measured from: "a year earlier", "two years ago", "previously"
_EARLIER_TIME = re.compile(r"\b(?:earlier|ago|before|previously|previous|prior)\b", re.I)
_BASELINE = re.compile(r"(?:\bcompare[sd]?\s+(?:with|to)|\b(?:up|down)\s+from|\bversus|\bvs\.?|"
                       r"\b(?:fell|rose|dropped|climbed|grew|shrank|declined|increased|decreased|jumped|slipped|sank|"
                       r"plunged|soared|surged)\s+(?:to\s+)?[^,;]{1,40}?\s+from|"  # "fell to 2.3 hectares … from"
                       r"\b(?:far\s+|well\s+)?(?:below|above)\s+the|\bthan\s+the)\s+"
                       r"(?:(?:more|fewer|less)\s+than|about|nearly|almost|just|some|over|roughly|around)?\s*$",
                       re.I)


# a level at a time before now, not a change measured from it: "was 52% full a year earlier"
_THEN = re.compile(r"[^,;.]{0,30}?\b(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+"
                   r"(?:earlier|before|ago)\b", re.I)


def _of_the_time_before(claim_text: str, q: Quantity) -> bool:
    then = _THEN.match(claim_text, q.end)
    return bool(then) and not re.search(r"\bfrom\b", then.group(), re.I)


def _same_time(evidence_qs: list[Quantity], claim: Quantity, text: str = "", earlier: bool = False,
               before_only: bool = False) -> list[Quantity]:
    """The evidence figures that speak of the claim's time: "rose from 14.4% in 2016 to 18.3% in
    2022" gives 18.3% against a claim of 2022 or of no date (the latest figure is the one now),
    never 14.4%, which was true in its own year; nor, for a claim of no year, the figure a change
    is measured from ("that compares with 137,000 in March 2024"). Times are ISO dates or years
    ("2024-10"); `text` is the evidence the figures were read from."""
    mine = _term(claim.time)  # "under López Obrador" is no "so far this year", nor another's term
    evidence_qs = [q for q in evidence_qs if _term(q.time) == mine or not (q.time if mine else _term(q.time))
                   or not claim.time]
    if (span := _span(claim.time)) is not None:  # "the first eight months" are not "the first ten",
        evidence_qs = [q for q in evidence_qs if _span(q.time) in (None, span)  # nor a whole year
                       and not (_span(q.time) is None and _WHOLE_YEAR.fullmatch(q.time or ""))]  # a quarter
    if (months := _months_of(claim.time)) is not None:  # nor "the third quarter" the first, said
        evidence_qs = [q for q in evidence_qs if _months_of(q.time) in (None, months)]  # or dated
    dated = [(_dates(q.time), q) for q in evidence_qs]
    want = _dates(claim.time)
    if want:
        return [q for dates, q in dated if not dates or any(
            d.startswith(w) or w.startswith(d) for d in dates for w in want)]
    dated = [(dates, q) for dates, q in dated if not ((dates or not earlier) and _BASELINE.search(
        _before(text, q, 60)))]  # undated: "far below the 60% that voted in …", unless the
    # claim is of the time before ("was 52% full a year earlier"), which only a figure said to be
    # of the time before answers ("up from 52% a year earlier", not "fell to 26% in June last year")
    if before_only and text:
        dated = [(dates, q) for dates, q in dated if _EARLIER_TIME.search(re.split(r"[,;.]", text[q.end:q.end + 60])[0])
                 or _BASELINE.search(_before(text, q, 60))]
    latest = max((max(dates) for dates, _ in dated if dates), default=None)
    return [q for dates, q in dated if not dates or max(dates) == latest]


def _another_time(claim: Quantity, alike: list[Quantity], found: list[Quantity], text: str,
                  said: set[str]) -> bool:
    """Are the evidence's figures of the claim's thing (`alike`; `found`: those at the claim's
    time) all of another time than the claim's? So they are when none is at its time and
    - the claim names no year (what was left out is a figure a change is measured from:
      _same_time), or
    - none agrees with the claim ("remittances fell 1% in January 2026" beside a fall of 4.6% in
      2025; one that agrees, dated otherwise, says the claim's date is wrong, which is left to
      the reader);
    and when the figure found is undated, disagrees, and the neighbours give the claim's figure at
    the claim's date ("fell to about 8,000 in March" beside a claim of 137,000 in March 2024, which
    the next sentence gives)."""
    if alike and not found:
        return not _dates(claim.time) or not any(consistent(claim, e) for e in alike)
    return bool(found) and bool(_dates(claim.time)) and not any(_dates(e.time) for e in found) \
        and not any(consistent(claim, e) for e in found) and _given_then(claim, text, said)


def _given_then(claim: Quantity, text: str, said: set[str]) -> bool:
    """Does `text` (the evidence and its neighbours) give the claim's figure at the claim's date?"""
    want = _dates(claim.time)
    return any(consistent(claim, q) and _comparable(claim, q, said) and any(
        d.startswith(w) or w.startswith(d) for d in _dates(q.time) for w in want)
        for q in map(_as_percent, quantities(text)))


# a figure's time that is a whole year: "the 2.6 million barrels a day it pumped in 2013" beside a
# claim of the third quarter
_WHOLE_YEAR = re.compile(r"(?:in\s+|during\s+|for\s+)?(?:\d{4}|(?:last|this|next|the\s+previous)\s+year)", re.I)

_SPAN = re.compile(r"\b(?P<edge>first|last|past|second|third|fourth)\s+(?:(?P<n>[\w-]+)\s+)?"
                   r"(?P<unit>months?|weeks?|days?|quarters?|years?|half|decades?)\b", re.I)


def _span(time: str | None) -> tuple[str, int, str] | None:
    """A stretch of time a figure covers, said by its edge and length: "the first eight months of
    the year" is ("first", 8, "month"), "the third quarter" ("third", 1, "quarter"); or None."""
    m = _SPAN.search(time or "")
    if m is None:
        return None
    if m["edge"].lower() == "last" and m["n"] is None and not re.search(r"\bthe\s+$", time[:m.start()], re.I):
        return None  # "last year" is the year before, a calendar year; "the last year" a stretch
    n = (m["n"] or "one").lower()
    count = int(n) if n.isdigit() else WORD_NUMBERS.get(n, 1 if n in ("one", "a") else None)
    return None if count is None else (m["edge"].lower(), count, m["unit"].lower().rstrip("s"))


_MONTH_SPAN = re.compile(r"^(?P<y1>\d{4})-(?P<m1>\d\d)(?:/(?P<y2>\d{4})-(?P<m2>\d\d))?$")


# a figure that was, before it changed: "first set at 25%", "originally 10%", "initially estimated at 3,000"
_EARLIER = re.compile(r"\b(?:(?:first|once|initially|originally)\s+(?:set|fixed|put|priced|planned|estimated|reported)"
                      r"\s+(?:at|to)|(?:initially|originally)(?:\s+at)?)\s+$", re.I)


def _months_of(time: str | None) -> tuple[int, int] | None:
    """The months of its year a time covers: "the third quarter" (7, 9), "the first eight months"
    (1, 8), "the second half" (7, 12); a time its article dated, "2025-01/2025-03", (1, 3);
    None for any other."""
    if (m := _MONTH_SPAN.match(time or "")) is not None:
        if m["y2"] and m["y2"] != m["y1"]:
            return None
        return int(m["m1"]), int(m["m2"] or m["m1"])
    return months_of_part(time or "")


def _term(time: str | None) -> str | None:
    """Whose time in office a time is (timeexpr's "term of Andrés Manuel López Obrador"), by the
    last word of the name: "obrador"; or None."""
    m = re.match(r"term of .*?(\w+)$", time or "")
    return m[1].lower() if m else None


def _dates(time: str | None) -> list[str]:
    return re.findall(r"\b(?:1[89]|20)\d\d(?:-\d\d){0,2}\b", time or "")


def _unit(unit: str) -> str:
    return "people" if unit.lower().strip() in PEOPLE else _norm(unit)


def _norm(unit: str) -> str:
    return singular(unit.lower().strip())


_POSSESSIVE = re.compile(r"['’]s\b")  # "Mexico's poverty rate": Mexico
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")  # "prison." is "prison"

def _words(text: str | None) -> set[str]:
    """Words of four letters or more, singular; "Mexicans" and "people" are both people, and
    "murders" homicides."""
    found = _WORD.findall(_POSSESSIVE.sub("", text or ""))
    out = {"people" if is_people(w) else _norm(w.lower()) for w in found if len(w) > 3}
    return {SAME_THING.get(w, w) for w in out}


def _is_year(q: Quantity) -> bool:
    return (q.unit in (None, "year") and q.qualifier == "exact" and float(q.value).is_integer()
            and 1800 <= q.value <= 2100 and q.text.strip().isdigit())
