"""Numbers in plain text: value, qualifier, unit, what is counted, and when.

    >>> [q.value for q in parse_quantities("over 30 candidates were assassinated")]
    [30.0]

Works on a claim or an evidence sentence alone (no spaCy), so the verifier can compare
"38 years" with "28 years" and "over 30" with "12". Years used as dates ("in 2024") are
times, not quantities: they fill ``Quantity.time`` of the numbers near them.
"""
from __future__ import annotations

import bisect
import re

from factdesk.claims.timeexpr import find_times
from factdesk.models import Quantity
from factdesk.nlp.names import DEMONYM_ENDINGS

UNITS = {  # word after the number -> unit
    "percent": "percent", "per cent": "percent", "%": "percent", "percentage points": "percentage points",
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
    "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
    "minutes": "minutes", "decades": "decades", "people": "people", "persons": "people",
    "dollars": "USD", "pesos": "MXN", "euros": "EUR", "pounds": "lb", "lbs": "lb",
    "kilometers": "km", "kilometres": "km", "km": "km", "miles": "miles", "tons": "tonnes",
    "tonnes": "tonnes", "kilograms": "kg", "kg": "kg", "kilos": "kg", "acres": "acres", "votes": "votes",
    "celsius": "°C", "fahrenheit": "°F", "degrees": "degrees", "meters": "m", "metres": "m",
    "cubic meters": "m³", "cubic metres": "m³", "square kilometers": "km²", "square kilometres": "km²",
    "square miles": "sq mi", "square meters": "m²", "square metres": "m²", "hectares": "ha",
    "barrels": "bbl", "liters": "L", "litres": "L", "gallons": "gal",
    "metric tons": "tonnes", "metric tonnes": "tonnes",
}
# "673 million cubic meters a year": a figure over a span of time
PER_TIME = re.compile(r"\s+(?:a|per|each|every)\s+(year|month|week|day|hour|minute|second)\b"
                      r"(?!\s+(?:earlier|ago|before|later|prior|after|back)\b)", re.I)  # not "a year earlier"
# "1.8 million barrels of oil a day": what the unit measures, before the span of time
_OF_WHAT = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:a|per|each|every)\s+(?:year|month|week|day|hour|minute|second)\b)", re.I)
TEMPERATURE = {"°C", "°F"}
# units that say how much but not of what: "fell 20%", "dropped to 21,900 pounds" (of what the
# words before the verb say)
BARE_UNITS = {"percent", "percentage points", "lb", "kg", "tonnes"}
TIME_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "decades"}
CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "MX$": "MXN"}
BARE_UNITS |= set(CURRENCY.values())
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3}
WORD_NUMBERS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "a dozen": 12,
    "dozen": 12, "one million": 1e6, "a million": 1e6, "a billion": 1e9,
}
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one-half": 0.5, "one half": 0.5, "a third": 1 / 3,
    "one-third": 1 / 3, "one third": 1 / 3, "two-thirds": 2 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one-quarter": 0.25, "one quarter": 0.25, "three-quarters": 0.75,
    "three quarters": 0.75, "a fifth": 0.2, "one-fifth": 0.2, "a tenth": 0.1,
}
_REFERENCE = re.compile(r"\b(?:the|these|those)\s+$", re.I)  # before a small number word
QUALIFIERS = [  # (phrase before the number, qualifier), longest first
    ("just under", "just_under"), ("just below", "just_under"), ("just shy of", "just_under"),
    ("almost", "just_under"), ("nearly", "just_under"), ("close to", "just_under"),
    ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("upwards of", "more_than"), ("in excess of", "more_than"), ("just over", "more_than"),
    ("exceeded", "more_than"), ("exceeds", "more_than"), ("exceeding", "more_than"),  # "warming exceeded 1.5C"
    ("surpassed", "more_than"), ("topped", "more_than"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
    ("below", "less_than"), ("at least", "at_least"), ("no fewer than", "at_least"),
    ("no less than", "at_least"), ("a minimum of", "at_least"), ("at most", "at_most"),
    ("up to", "at_most"), ("no more than", "at_most"), ("not more than", "at_most"),
    ("not less than", "at_least"), ("not fewer than", "at_least"), ("a maximum of", "at_most"),
    ("as many as", "at_most"), ("as much as", "at_most"), ("as high as", "at_most"),
    ("as few as", "at_least"), ("as little as", "at_least"), ("as low as", "at_least"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"),
    ("~", "about"),
]
STOP = set(
    "the a an of in on at to for by from with as than and or but that which who whom whose "
    "is are was were be been being have has had do does did will would could should may might "
    "can must this these those it its their his her our your my we they he she i you there "
    "here since during after before when where while if because so not no per each every all "
    "last next this past ago against between among amid into onto through toward towards "
    "within without despite via versus across along beyond behind over under about around "
    "near outside inside above below upon beside "
    "now still already also currently today".split()
)
VERBISH = set(
    "say says said think thinks believe believes want wants support supports oppose live lives "
    "smoke die died work works vote voted agree agrees disagree own owns use uses need needs "
    "trust distrust lack face faces fled flee compared according remain remains "
    # verbs whose past has no -ed: "8.3 million people left poverty"
    "left lost fell rose grew won paid sent spent became came went made took gave held kept got "
    "ran brought bought sold found saw "
    "offer offers provide provides hold holds "  # "shelters in nine border cities offer deportees food"
    "both each".split()  # "130,000 homeless people both sheltered and unsheltered"
)
PARTICIPLE = r"[a-z]+(?:ed|en|wn|lt|ught|ot)"  # "killed", "taken", "shown", "built", "caught", "shot"
PASSIVE = re.compile(r"\s+(?:were|was|have been|has been|had been|are|is|being|got|get)\s+"
                     rf"(?:\w+ly\s+)?({PARTICIPLE})\b", re.I)

WHICH_PEOPLE = re.compile(r"\s+(?P<how>for|linked\s+to|tied\s+to|accused\s+of|charged\s+with|suspected\s+of|"
                          r"connected\s+to|with\s+ties\s+to)(?P<rest>\s+.*)", re.I | re.S)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in [*WORD_NUMBERS, *FRACTIONS]), key=len, reverse=True))
QUALIFIER_OF = dict(QUALIFIERS)
QUALIFIER_WORDS = {q.split()[0] for q, _ in QUALIFIERS}  # "about", "nearly", "more" …
_QUAL = "|".join(sorted((re.escape(q) for q, _ in QUALIFIERS), key=len, reverse=True))
NUMBER = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<cur>US\$|MX\$|[$€£])\s?)?"
    rf"(?:(?P<num>{_NUM})|(?<![\w-])(?P<word>{_WORDS})(?![\w-]))"  # never "ten" of "written"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|[mbk])\b)?"
    rf"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points\b))?"
    rf"(?P<temp>\s?°\s?[CF]\b|(?<=\d)[CF]\b)?",  # "1.6 °C", "22.5C"
    re.I,
)
_ANY_NUMBER = re.compile(
    rf"\d|\b(?:{'|'.join(w for w in WORD_NUMBERS if ' ' not in w)}|one|third|thirds|quarter|"
    rf"quarters|fifth|tenth|half)\b",
    re.I,
)
# "more than doubled", "nearly tripled", "halved": a change by a multiple of what it was
MULTIPLE = re.compile(
    rf"\b(?:(?P<qual>{_QUAL})\s+)?(?P<verb>doubled|tripled|quadrupled|halved)\b(?!\s+down)", re.I)
_DETERMINER = re.compile(r"\s+(?:the|its|their|his|her|our|a|an)(?=\s)", re.I)
MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_QUALIFIER_BEFORE = re.compile(rf"\b({_QUAL})\s+$", re.I)  # "Nearly one in five"
ONE_IN = re.compile(r"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?P<b>\w+)\b", re.I)
_CHANGE_BEFORE = re.compile(  # "Unemployment fell to", "the murder rate rose by"
    r"(?<![\w'.-])((?:[A-Za-z](?:[\w'-]*|(?:\.[A-Za-z])+\.?)\s+){1,3}?)(?:has |have |had |did |does |do )?(?:also |already |since |now |just )?(?:rose|risen|fell|fallen|"
    r"grew|grown|rise|fall|contracted|shrank|shrunk|expanded|collapsed|rebounded|recovered|spiked|sank|slid|"
    r"dropped|declined|increased|decreased|jumped|climbed|slipped|reached|stood at|stands at|"
    r"lost|gained|shed|plunged|soared|surged|tumbled|slumped|dipped|slowed|accelerated|eased|"
    r"totaled|totalled|hit|doubled|tripled|passed|topped|exceeded|surpassed|"
    r"is|was|are|were),?\s+(?:by\s+|to\s+|at\s+|from\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+|some\s+)?$",
    re.I,
)
_WORD_AHEAD = re.compile(r"\s+([A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w'’-]*|\d[\d,.]*)")  # 'U.S.' is one word
RATE = re.compile(r"\s+per\s+(?P<base>1[0,]*000|hundred|thousand|million)(?:\s+(?P<noun>people|inhabitants|residents|"
                  r"population|births|live births))?\b", re.I)
# between two figures of one series: "14.4% in 2016 to 18.3%", "4.2% in October from 4.6%"
_SERIES_STEP = re.compile(r"(?:\s+(?:in|by|as of)\s+[\w,]+(?:\s\d{4})?)?\s+(?:to|and|from)\s+"
                          r"(?:about\s+|nearly\s+|almost\s+)?")
# "758 offenses per 100,000 people": what the rate counts, then its base
RATE_OF = re.compile(r"\s+(?P<what>[a-z]+(?:\s[a-z]+)?)(?=" + RATE.pattern + ")", re.I)
_POINT = re.compile(r"\s+(?:a\s+)?(?:percentage\s+)?points?\b", re.I)
RANGE_UPTO = re.compile(r"\s+(?:and|to|-|–)\s+", re.I)
# "$1.2bn over five years", "about $31 billion to deficits over ten years": a sum over a span
_AMOUNT_BEFORE = re.compile(r"(?:[$€£]\s?\d[\d,.]*\s*(?:million|billion|trillion|bn|mn|[mbk])?|"
                            r"\d[\d,.]*\s*(?:million|billion|trillion|bn|mn|%|percent))"
                            r"(?:\s+(?:to|in|of|on|for)\s+[a-z]+)?\s+$", re.I)
_SPAN_NOUN_BEFORE = re.compile(r"\b(?:average|period|total|spread)\s+$", re.I)
_AGE = re.compile(r"\b[A-Za-zÀ-ÿ][\w'’.-]+,\s$")  # "García Luna, 56,", "Her younger sister, 57,"
_NUMBER_WORD = re.compile(r"\d[\d,.]*")
PLACE_PREPOSITIONS = {"at", "in", "on", "across", "along"}
_SPAN_BEFORE = re.compile(r"\bthe\s+(?:first|last|past|next|previous|coming|final)\s+$", re.I)
_SPAN_AFTER = re.compile(r"\s*(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)\b", re.I)
_WINDOW_AFTER = re.compile(r"\s*(?:years?|months?|weeks?|days?)\s+(?:through|to|ending|ended|up to|since)\b", re.I)
_ADVERB_ASIDE = re.compile(r",\s+(?:meanwhile|however|though|too|also|in turn|for example|for instance),\s+", re.I)
_NUMBER_OF = re.compile(r"\b(?:the|a)\s+((?:number|count|total|tally)\s+of\s+[a-z]+(?:\s+(?!(?:from|to|in|at|on|by|"
                        r"for|of|who|that|which|with)\b)[a-z]+)?)", re.I)  # "number of people deported"
_PARTICIPLE = re.compile(r"(?:sent|made|paid|sold|spent|held|taken|given|built|shipped|imported|exported|"
                         r"received|issued|filed|reported|recorded|registered|seized|collected)$", re.I)
_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:which|who|a|an)\b[^,]{1,120},(?=\s*(?:\S+\s+){1,3}$)")
_OPENS_CLAUSE = {"that", "which", "who", "where", "when", "while", "because", "since", "if",
                 "and", "but", "as", "after"}
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"  # "Sept", "September"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_WORD}\.?\s+$", re.I)
# a measure joined to the noun it measures: "a 1,554-kilometer railway", "a 3,000-mile border"
_MEASURE_BEFORE_NOUN = re.compile(r"-(kilometer|kilometre|mile|meter|metre|ton|tonne|kilogram|acre|hectare|"
                                  r"barrel|liter|litre|gallon)\b(?!-)", re.I)
_NOT_QUANTITY_AFTER = re.compile(r"^(?:st|nd|rd|th)\b|^[-/]?\w|^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|^:\d\d\b",
                                 re.I)  # "11th", "3 p.m.", "10:42"
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:$")  # the minutes of "10:42"
_AT_BEFORE = re.compile(r"\b(?:mornings?|evenings?|nights?|afternoons?|days?|daily|dawn|opens?|opened|closes?|closed|"
                        r"starts?|started|ends?|ended|begins?|began|wakes?|woke)\s+at\s$", re.I)  # an hour
_O_CLOCK = re.compile(r"\s*(?:,|o['’]clock\b|in the (?:morning|afternoon|evening)\b|every\b|sharp\b)", re.I)
# "a Category 5 storm", "Level 4", "Article 19": a number that names, not one that counts
_LABEL_BEFORE = re.compile(r"\b(?:[Cc]ategory|Level|Phase|Stage|Article|Section|Chapter|Title|Round|Grade|"
                           r"Class|Tier|No\.|Bill|Proposition|Prop\.|Measure|Amendment|Resolution|Route|Highway|"
                           r"Interstate|Flight|Gate|Terminal|Pier|Ward|Precinct)\s$")
# "Two years later", "a decade ago": when, not how long
_LATER_AFTER = re.compile(r"\s(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|ago|afterwards?)\b", re.I)


def _value(m: re.Match) -> float | None:
    if m["num"]:
        value = float(m["num"].replace(",", ""))
    else:
        word = m["word"].lower()
        value = FRACTIONS.get(word, WORD_NUMBERS.get(word))
    if value is not None and m["scale"]:
        value *= SCALES[m["scale"].lower()]
    return value


_DIMENSIONS = {"long", "wide", "high", "deep", "tall", "thick"}  # "1,554 kilometers long": kilometers
_SHORTFALL = {"short", "shy", "behind", "ahead"}  # "about 800,000 acre-feet short": acre-feet, and how far off


def _nounish(word: str, after_noun: bool) -> bool:
    """Could the lower-cased `word` go on a noun phrase? ("-ed"/"-ing" only to begin one.)"""
    return not (word in STOP or word in VERBISH or _NUMBER_WORD.fullmatch(word)
                or (after_noun and (word.endswith(("ed", "ing")) or word in _DIMENSIONS | _SHORTFALL)))


def _noun_run(rest: str, skip_stop: bool = False) -> tuple[list[str], int]:
    """Up to three words that look like a noun phrase at the start of ``rest``."""
    nouns: list[str] = []
    pos = 0
    while w := _WORD_AHEAD.match(rest, pos):
        word = w.group(1).lower()
        number = _NUMBER_WORD.fullmatch(word) is not None  # "two-thirds of the 1,500 companies"
        if not nouns and not skip_stop and word in WORD_NUMBERS and word not in ("hundred", "dozen"):
            break  # another figure begins: "down from 260 two years ago"
        if (word in STOP or number) and skip_stop and not nouns:
            pos = w.end()
            continue
        if number:
            break
        if word in ("and", "or") and nouns and len(nouns) < 3:  # "400 propaganda and training films"
            after = _WORD_AHEAD.match(rest, w.end())
            then = _WORD_AHEAD.match(rest, after.end()) if after else None
            if then and (_NUMBER_WORD.fullmatch(then.group(1)) or then.group(1).lower() in QUALIFIER_WORDS):
                break  # "22,000 detention beds and fund 100 miles", "14 people and sells about 3,000": a verb
            if after and _nounish(after.group(1).lower(), False):
                nouns += [w.group(1), after.group(1)]
                pos = after.end()
                continue
        if not _nounish(word, bool(nouns)) or len(nouns) >= (5 if {"and", "or"} & set(nouns) else 3):
            break
        if word.endswith(("'s", "’s")) and skip_stop:  # "of the country's 2,469 municipalities"
            nouns, pos = [], w.end()
            continue
        nouns.append(w.group(1))
        pos = w.end()
    return nouns, pos


_COMPARED = {"more", "less", "fewer", "higher", "lower", "cheaper", "costlier"}


def _counted(text: str, end: int, unit: str | None) -> tuple[str | None, str | None]:
    """(unit noun right after the number, the fuller description of what is counted)."""
    rest = text[end:end + 200]  # a few words are all it reads
    nouns, pos = _noun_run(rest)
    if unit == "percent" and nouns and nouns[0].lower() in _COMPARED:
        nouns = []  # "8.5% more for tomatoes": how much more, not what is counted
    noun = nouns[-1].lower() if nouns else None
    counted = " ".join(nouns) if nouns else None
    after = rest[pos:]
    if noun == "worth" and (worth_of := re.match(r"\s+of\s+(?:the\s+)?([a-z][\w-]*)", after)):
        # "$3 billion worth of them": the sum is all it says; "worth of tomatoes": the tomatoes
        thing = worth_of.group(1)
        return None, (None if thing in ("them", "it", "those", "these") else thing)
    of = re.match(r"\s+of\b", after)
    measure = noun in UNITS and UNITS[noun] not in ("people", "votes", *TIME_UNITS)  # "1.5 tonnes of cocaine"
    if of and (not nouns or unit in ("percent", "fraction") or measure):
        kept, pos = _noun_run(after[of.end():], skip_stop=True)
        if kept and kept[0].lower() in ("what", "which", "whom", "whatever", "it", "them", "those"):
            kept = []  # "a third of what it owed": the words say whose share, not what is counted
        if [w.lower() for w in kept] in (["population"], ["total"]):
            return noun, None  # "Extreme poverty fell to 5.3% of the population": extreme poverty
        counted = " ".join(kept) or counted
        after = after[of.end() + pos:]
    elif unit in TIME_UNITS or (noun and UNITS.get(noun) in TIME_UNITS):
        jail = re.match(r"\s+(in prison|in jail|behind bars|in office|in power)", after)
        if jail:
            counted = f"{counted} {jail.group(1)}"
    passive = PASSIVE.match(after)
    if passive and counted:
        counted = f"{counted} {passive.group(1).lower()}"
    elif counted and UNITS.get(noun) == "people" and (which := WHICH_PEOPLE.match(after)):
        # "2,000 people linked to fentanyl trafficking" are not "20,000 people for high-impact crimes"
        kept = []
        for word in which.group("rest").split()[:3]:
            word = word.strip(".,;:")
            if not word or word.lower() in STOP or _NUMBER_WORD.fullmatch(word):
                break
            kept.append(word)
        if kept:
            counted = f"{counted} {' '.join(which.group('how').lower().split())} {' '.join(kept)}"
    return noun, counted


_MONEY_TO = re.compile(r"\s+(?:to|in|on|for)\s+")
_MONEY_ON = re.compile(r"\s+(?:in|on|for)\s+")
MONEY_WORDS = {word for word, unit in UNITS.items() if unit in CURRENCY.values()}  # "dollars", "pesos", "euros"
_MONEY_NAMED = re.compile(rf"\s+(?:{'|'.join(sorted(MONEY_WORDS | {'pounds'}))})\b", re.I)  # (pounds: money or weight)
_MONEY_BROUGHT = re.compile(r"\b(?:cut|cuts|reduced|reduces|lowered|raised|raises|increased|boosted|brought)\s+"
                            r"(?:its|their|the|his|her|our)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:to|by)\s+$")
_MONEY_GIVEN = re.compile(r"\b(?:gave|given|gives|give|lent|loaned|granted|paid|sent|owes|owed)\s+([A-Z][\w'’-]*)\s+$")
_WHEN_AFTER = re.compile(rf"(?:\d|{_MONTH_WORD}\b|(?:next|last|this|each|every|"
                         r"the\s+(?:first|second|third|fourth|last|past|next))\b)", re.I)  # a time, not a use
# a sum or a rate called by what it is: "a fee of $5", "a duty of 25%"
_CALLED = re.compile(r"(?:\b(?:a|an|the|its|their)\s+((?:[a-z][\w-]*\s+){0,2}(?:fee|tax|levy|fine|toll|charge|"
                     r"price|tariff|duty|budget|salary|wage|bonus|penalty|ransom|reward|bail|rate))"
                     r"|\b(fees|taxes|levies|fines|tolls|charges|tariffs|duties|rates))"  # "tariffs of up to 50%"
                     r"\s+of\s+$")
_MONEY_BY = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,3})by\s+$")


def _money_for(text: str, start: int, end: int) -> str | None:
    """What a sum is of: "$3.3 trillion to deficits", "$64.7 billion in remittances", "raises
    the debt limit by $5 trillion"."""
    called = _CALLED.search(_words_before(text, start, 40))
    if called:  # "a fee of $5 to every cruise passenger": the fee
        return called.group(1) or called.group(2)
    named = _MONEY_NAMED.match(text, end)  # "8 billion pesos in its water network", not "… to Pemex",
    to = (_MONEY_ON if named else _MONEY_TO).match(text, named.end() if named else end)  # who got it
    if to and not _WHEN_AFTER.match(text, to.end()):  # not "$10 in August next year", "$21 in 2028"
        nouns, _ = _noun_run(text[to.end() - 1:to.end() + 120], skip_stop=True)
        if nouns and not (named and nouns[0].lower().endswith("ing")):  # nor "on rebuilding Acapulco",
            return " ".join(nouns)  # what it was spent doing
    brought = _MONEY_BROUGHT.search(_words_before(text, start, 60))
    if brought:  # "cut its financial debt to about 98.8 billion dollars": the debt
        return brought.group(1)
    given = _MONEY_GIVEN.search(_words_before(text, start, 40))
    if given:  # "has given Pemex more than 136 billion dollars": to whom
        return given.group(1)
    by = _MONEY_BY.search(_words_before(text, start, 40))
    if by:
        words = by.group(1).split()
        while words and words[0].lower() in STOP:
            words.pop(0)
        if words and all(_nounish(w.lower(), False) for w in words):
            return " ".join(words)
    return None


def _words_before(text: str, at: int, reach: int = 100) -> str:
    """The whole words of the `reach` characters before `at` (never "tes" of "States")."""
    start = max(0, at - reach)
    while 0 < start < at and not text[start - 1].isspace():
        start += 1
    return text[start:at]


def _subject_before(before: str) -> str | None:
    """What a bare figure measures, from the words before its verb: "Unemployment fell to"."""
    before = _ASIDE_BEFORE_VERB.sub("", before)  # "Core inflation, which strips out food, eased to"
    before = _ADVERB_ASIDE.sub(" ", before)  # "Asylum requests in Mexico, meanwhile, have dropped"
    m = _CHANGE_BEFORE.search(before)
    if not m:
        return None
    number_of = _NUMBER_OF.search(before[:m.end(1)])
    if number_of:  # "The number of people deported from the United States … did rise, to"
        return number_of.group(1)
    if (whole := _head_of(before[:m.end(1)].split())) is not None:
        return whole  # "Global emissions of carbon dioxide from fossil fuels rose": the emissions
    words = m.group(1).split()  # "imports from China": stop words go from the ends only
    ahead = before[:m.start(1)].split()[-1:]
    if words and ahead and _PARTICIPLE.match(words[0]) and ahead[0].isalpha() and ahead[0].lower() not in STOP:
        return " ".join(ahead + words[:1])  # "Remittances sent to Mexico fell": the remittances sent
    opens = [k for k, w in enumerate(words) if w.lower() in _OPENS_CLAUSE]
    if opens and opens[-1] == len(words) - 1 and words[-1].lower() in ("which", "who"):
        # "services prices, which rose 5.1%": the prices the clause describes
        ahead = (before[:m.start(1)] + " ".join(words[:-1])).rstrip()
        if ahead.endswith(","):
            head = [w for w in ahead.rstrip(",").split()[-2:] if w.lower() not in STOP and w.isalpha()]
            return " ".join(head) or None
    if opens:  # "the government said on Monday that homicides fell": the homicides
        return " ".join(w for w in words[opens[-1] + 1:] if w.lower() not in STOP) or None
    while words and words[0].lower() in STOP:
        words.pop(0)
    while words and words[-1].lower() in STOP:
        words.pop()
    # "illegal crossings at the southern border had dropped": the crossings, not the border
    near = before[:m.start(1)].split()[-4:] + m.group(1).split()
    for k, word in enumerate(near):
        if k and word.lower() in PLACE_PREPOSITIONS:
            head = [w for w in near[max(0, k - 2):k] if w.lower() not in STOP]
            if head:
                return " ".join(head)
            break
    # "Exports to the United States rose", "Exports to the U.S. rose": the exports, with where they go
    ahead = before[:m.start(1)].split()[-2:]
    said = m.group(1).split()
    if words and len(ahead) == 2 and ahead[1].lower() in ("to", "from", "of", "for") \
            and ahead[0].lower() not in STOP and ahead[0].isalpha():
        words = ahead + words
    elif words and ahead and said[0].lower() in ("to", "from", "for") \
            and ahead[-1].lower() not in STOP and ahead[-1].isalpha():
        words = ahead[-1:] + said
    return " ".join(words) or None


_PLACE_OR_SOURCE = {"from", "in", "at", "on", "to", "for", "across", "by"}
HEAD_REACH = 10  # words before a verb of change where "X of Y" may begin


def _head_of(words: list[str]) -> str | None:
    """'X of Y' where the words before a verb of change are X of Y and where or whence ("Global
    emissions of carbon dioxide from fossil fuels", "Deportations of all nationalities from the
    U.S."), or None."""
    tail = words[-HEAD_REACH:]
    ofs = [k for k, w in enumerate(tail) if w.lower() == "of"]
    if not ofs or ofs[0] == 0:
        return None
    k = ofs[0]
    rest = tail[k + 1:]
    if any(_ends_phrase(w) or w.lower() in _OPENS_CLAUSE or w.lower() in VERBISH for w in rest) \
            or _ends_phrase(tail[k - 1]):
        return None
    what = []
    for w in rest:
        if w.lower() in _PLACE_OR_SOURCE:
            break
        if w.lower() in STOP or w.lower() == "all":
            if what:
                break
            continue
        what.append(w)
    head = [w for w in tail[max(0, k - 2):k] if w[-1:] not in ",;:.!?" and w.lower() not in STOP
            and w.lower() not in _OPENS_CLAUSE and not _NUMBER_WORD.fullmatch(w)]
    if not what or not head or head[-1] != tail[k - 1] or not _nounish(head[-1].lower(), False):
        return None
    outside = [w.lower() for w in tail[:k - len(head)] if w.lower() not in ("the", "a", "an")][-1:]
    if outside and outside[0] in _PLACE_OR_SOURCE | {"of"}:
        return None  # "Homicides in the state of Sinaloa": the X of Y is where, not what
    return f"{' '.join(head)} of {' '.join(what[:2])}"


def _ends_phrase(word: str) -> bool:
    """Does the word end a phrase with punctuation ("campaign.", "However,"), not an
    abbreviation ("U.S.")?"""
    return word[-1:] in ",;:.!?" and not re.fullmatch(r"(?:[A-Za-z]\.)+", word)


# "…, and", "; ", " — ", and an aside that ranks it (", the largest drop since June": June is
# the aside's time, not the number's)
_CLAUSE_BREAK = re.compile(r"[.!?]+(?=\s|$)|;|\s[—–]\s|,\s+(?:and|but|while|whereas|although)\s"
                           r"|\s(?:and|but)\s(?=(?:was|were|is|are|has been|had been|later)\s)"
                           r"|,\s+(?=(?:lower|higher|up|down|more|less|fewer)\s+(?:than|from)\s)"
                           r"|,\s+(?=(?:against|compared (?:with|to)|versus|vs\.?)\s)"  # another figure's
                           r"|,\s+(?:the|its|their)\s+(?:largest|biggest|highest|lowest|smallest|"
                           r"worst|best|steepest|sharpest|first|most)\b")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Bounds of the clauses of ``text``: a time belongs to the numbers of its own clause
    ('fell 2% last week, …, and two-thirds of companies expect …': last week is not theirs)."""
    cuts = {m.end() for m in _CLAUSE_BREAK.finditer(text)}
    for m in _ASIDE.finditer(text):  # "the tax, introduced in 2014, had cut …": 2014 is the aside's
        cuts.update((m.start(), m.end()))
    bounds, start = [], 0
    for cut in sorted(cuts):
        if cut > start:
            bounds.append((start, cut))
            start = cut
    return bounds + [(start, len(text))]


_ASIDE = re.compile(r",\s+(?:[a-z]+ed|begun|taken|written|known)\s+(?:in|on|since|last|during)\b[^,;]{1,60},"
                    r"|,\s+(?:a|an)\s[^,;]{1,120},")  # "Same-store sales, a key measure … in the past year, rose"


_OWN_TIME = re.compile(rf"(?:(?:{_QUAL})\s+)?"  # "more than 14 million in 2024"
                       r"[$€£]?[\d.,]+\s?%?(?:\s+(?!(?:to|from|and|or|than|versus|compared|while)\b)"
                       r"[A-Za-z][\w'-]*){0,3}?(?:\s+(?:in|during|as of)(?:\s+the)?)?\s*")


def _time_for(start: int, times, clause_bounds, starts: list[int], text: str, end: int) -> str | None:
    """The time nearest `start` in its own clause (times and clauses sorted by start)."""
    k = bisect.bisect_right(clause_bounds, (start, 10**12)) - 1
    lo, hi = clause_bounds[k] if k >= 0 and start < clause_bounds[k][1] else (0, 10**9)
    near = [t for t in times[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
            if not _names_year(text, t)]
    if not near:
        return None
    for t in near:  # "to 21,900 pounds in 2024": the time right after the figure is its own
        if start < t.start and _OWN_TIME.fullmatch(text[start:t.start]):
            return t.value
    # "fell to 3.9% from 4.1% in April": April is the 4.1%'s own time, not the 3.9%'s
    free = [t for t in near if not _owned_by_another(end, t, text)]
    return min(free, key=lambda t: abs(t.start - start)).value if free else None


_DUE = re.compile(r"\bdue\s+$", re.I)
_NAMED_BY_YEAR = re.compile(r"\s+(?:treaty|law|act|accord|agreement|convention|constitution|bonds?|notes?)\b", re.I)


def _names_year(text: str, t) -> bool:
    """A year that names a thing rather than dates a figure: "the 1944 treaty", "bonds due 2031"."""
    return bool(_DUE.search(text, max(0, t.start - 6), t.start) or _NAMED_BY_YEAR.match(text, t.end))


def _owned_by_another(end: int, t, text: str) -> bool:
    """Whether a figure between a figure ending at `end` and time `t` has `t` as its own time."""
    return t.start > end and any(_OWN_TIME.fullmatch(text[end + m.start():t.start])
                                 for m in re.finditer(r"(?<![\w.,])[$€£]?\d", text[end:t.start]))


def _in_time(at: int, times, starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < times[k].end


def parse_quantities(text: str, offset: int = 0, published: str | None = None) -> list[Quantity]:
    """The quantities in ``text``; offsets are shifted by ``offset``."""
    if not _ANY_NUMBER.search(text) and not MULTIPLE.search(text):
        return []  # most sentences: no digit, no number word
    times = sorted(find_times(text, published), key=lambda t: t.start)
    time_starts = [t.start for t in times]
    bounds = _clauses(text)
    found: list[Quantity] = []
    rates: list[tuple[int, int]] = []  # "per 100,000 people": the base of a rate, not a figure
    for m in NUMBER.finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in rates):
            continue
        num_start = m.start("cur") if m["cur"] else m.start("num") if m["num"] else m.start("word")
        if _in_time(num_start, times, time_starts):
            continue  # a year or date
        if m["num"] and num_start and re.match(r"[\w./-]", text[num_start - 1]):
            continue  # part of a code: "COVID-19", "F-35", "G7", "9/11"
        if m["num"] and _AGE.search(text[max(0, num_start - 60):num_start]) and re.match(r"\d{1,3},", text[num_start:e + 1]) \
                and not (m["qual"] or m["cur"] or m["pct"] or m["scale"]):
            continue  # an age beside a name: "García Luna, 56, has denied"
        if m["num"] and _MONTH_BEFORE.search(text[max(0, num_start - 20):num_start]):
            continue  # a day of the month: "March 3"
        if not (m["qual"] or m["cur"] or m["pct"] or m["scale"]) and _AT_BEFORE.search(text[max(0, s - 16):s]) \
                and _O_CLOCK.match(text, e) and (value := _value(m)) is not None and value <= 12:
            continue  # "Every morning at six, …": the hour
        measure = _MEASURE_BEFORE_NOUN.match(text, e) if m["num"] else None  # "the 1,554-kilometer railway"
        if m["num"] and not m["pct"] and not m["scale"] and not m["temp"] and not measure and (_NOT_QUANTITY_AFTER.match(text[e:e + 20])
                                                             or _CLOCK_BEFORE.search(text[max(0, num_start - 3):num_start])):
            continue  # "11th", "3 p.m.", "9/11", "10:42"
        if (_SPAN_BEFORE.search(text[max(0, num_start - 20):num_start]) and _SPAN_AFTER.match(text[e:e + 12])) \
                or (text[max(0, num_start - 4):num_start].lower() == "the " and _WINDOW_AFTER.match(text[e:e + 30])):
            continue  # "in the first four months of 2025": when, not how many
        if _LABEL_BEFORE.search(text[max(0, num_start - 14):num_start]) \
                or (not (m["qual"] or m["cur"] or m["pct"] or m["scale"]) and _LATER_AFTER.match(text, e)):
            continue  # "a Category 5 storm"; "Two years later"
        if m["word"] and not (m["qual"] or m["cur"] or m["pct"] or m["scale"]) and _REFERENCE.search(
                text[max(0, num_start - 8):num_start]) and WORD_NUMBERS.get(m["word"].lower(), 99) <= 12:
            continue  # "the two countries", "those three men": who is meant, not a figure
        value = _value(m)
        qualifier = QUALIFIER_OF.get((m["qual"] or "").lower(), "exact")
        unit = CURRENCY.get(m["cur"] or "", None)
        if m["pct"]:
            unit = "percentage points" if "points" in m["pct"].lower() else "percent"
        elif m["temp"]:
            unit = "°" + m["temp"].strip()[-1]
        if m["word"] and m["word"].lower() in FRACTIONS:
            unit = unit or "fraction"
        if m["qual"] and m["qual"].lower() == "over" and (_AMOUNT_BEFORE.search(text[max(0, s - 60):s])
                                                          or _SPAN_NOUN_BEFORE.search(text[max(0, s - 20):s])):
            qualifier = "exact"  # "$1.2bn over five years", "an average over 20 years": a span, not "more than"
        rate = RATE.match(text, e)
        rate_of = None if rate or m["pct"] or m["cur"] else RATE_OF.match(text, e)
        if rate_of:
            rate = RATE.match(text, rate_of.end())
        if rate:  # "24.9 per 100,000 people", "758 offenses per 100,000 people": one figure, a rate
            unit = f"per {rate['base']}" + (f" {rate['noun'].lower()}" if rate["noun"] else "")
            rates.append((rate.start("base"), rate.end()))
            e = rate.end()
            noun, counted = None, rate_of["what"] if rate_of else None
        elif measure:  # a length or a weight of the thing it stands before: the unit says what
            unit, noun, counted = UNITS[measure[1].lower() + "s"], None, None
            e = measure.end()
        elif unit == "fraction" and (point := _POINT.match(text, e)):
            unit, noun, counted = "percentage points", None, None  # "cut by a quarter point"
            e = point.end()
        else:
            noun, counted = _counted(text, e, unit)
        if unit is None and not m["pct"]:
            upto = RANGE_UPTO.match(text, e)  # "between 10 and 15 percent of voters": both are percent
            if upto:
                later = NUMBER.match(text, upto.end())
                if later and later["pct"]:
                    unit = "percentage points" if "points" in later["pct"].lower() else "percent"
                    counted = _counted(text, later.end(), unit)[1]
        if unit is None and noun:
            whole = (counted or "").lower()
            unit = UNITS.get(whole) or UNITS.get(noun, noun if counted else None)
            if counted and counted[:1].isupper() and noun.endswith(DEMONYM_ENDINGS) and noun not in UNITS:
                unit = "people"  # "13 million Mexicans": people, of a country
            if whole in UNITS:  # "cubic meters": the unit is all the words say
                noun = whole
            if unit == "lb" and m["scale"]:
                unit = "GBP"  # "2 million pounds" is money; "27,000 pounds of fentanyl" a weight
            if counted.lower() == noun and UNITS.get(noun) not in (None, noun, *TIME_UNITS):
                counted = None  # "2.1 million tons": the unit is what is counted
            if unit in TEMPERATURE:  # "49.5 degrees Celsius": the unit says it all
                counted = None
        if counted is None and unit in CURRENCY.values():  # "$3.3 trillion to deficits"
            counted = _money_for(text, s, e)
        if counted is None and unit == "percent" and (called := _CALLED.search(_words_before(text, s, 40))):
            counted = called.group(1) or called.group(2)  # "a duty of 25% on our tomatoes": the duty
        if counted is None and (unit is None or unit in BARE_UNITS or unit == "fraction"
                                or unit.startswith("per ")):  # "homicides had fallen by a third"
            counted = _subject_before(_words_before(text, s, 160))
        if unit and unit not in TIME_UNITS and not unit.startswith("per "):
            at = e + len(noun or "") + 1 if noun else e
            of_what = _OF_WHAT.match(text, at)
            per = PER_TIME.match(text, of_what.end() if of_what else at)
            if per:
                unit = f"{unit} per {per.group(1).lower()}"
        tail = re.match(r"(?:\s+[a-z]+)?\s+(or more|or so|or less|or fewer)\b", text[e:e + 40])
        if tail:
            qualifier = {"or more": "at_least", "or so": "about"}.get(tail.group(1), "at_most")
        if re.match(r"\+", text[e:e + 1]):
            qualifier = "at_least"
        if counted is None and found and found[-1].unit == unit and found[-1].counted \
                and _SERIES_STEP.fullmatch(text[found[-1].end - offset:s]):
            counted = found[-1].counted  # "rose from 14.4% in 2016 to 18.3%": both count the prevalence
        found.append(Quantity(
            text=text[s:e].strip(), start=s + offset, end=e + offset, value=value,
            qualifier=qualifier, unit=unit, counted=counted, time=_time_for(s, times, bounds, time_starts, text, e),
        ))
    for m in MULTIPLE.finditer(text):
        # what changed: the verb's object ("López Obrador doubled the minimum wage"), else the
        # words before the qualifier, read as they would be before the verb ("Homicides doubled")
        det = _DETERMINER.match(text, m.end())
        obj, _ = _noun_run(text[det.end() if det else m.end():m.end() + 120])
        counted = " ".join(obj) if obj else \
            _subject_before(_words_before(text, m.start()) + m["verb"] + " ")
        found.append(Quantity(
            m.group(0), m.start() + offset, m.end() + offset, MULTIPLES[m["verb"].lower()],
            QUALIFIER_OF.get((m["qual"] or "").lower(), "exact"), "times", counted,
            _time_for(m.start(), times, bounds, time_starts, text, m.end())))
    for m in ONE_IN.finditer(text):
        a, b = m["a"].lower(), m["b"].lower()
        num = 1 if a == "one" else WORD_NUMBERS.get(a) or (int(a) if a.isdigit() else None)
        den = int(b) if b.isdigit() else WORD_NUMBERS.get(b)
        # "one in five", "3 in 10": never "526 in 2019", a figure and its year
        if num and den and num < den and not (b.isdigit() and len(b) == 4 and 1800 <= den <= 2100):
            found = [q for q in found if not (q.start < m.end() + offset and m.start() + offset < q.end)]
            noun, counted = _counted(text, m.end(), "fraction")
            qual = _QUALIFIER_BEFORE.search(text[max(0, m.start() - 20):m.start()])
            found.append(Quantity(m.group(0), m.start() + offset, m.end() + offset, num / den,
                                  QUALIFIER_OF.get(qual.group(1).lower(), "exact") if qual else "exact",
                                  "fraction", counted,
                                  _time_for(m.start(), times, bounds, time_starts, text, m.end())))
    found.sort(key=lambda q: q.start)
    _tallies(text, offset, found)
    return found


_VOTED = re.compile(r"\b(?:vot\w*|pass\w*|approv\w*|reject\w*|confirm\w*|ballot\w*|tally)\b", re.I)


_HYPHENED_TALLY = re.compile(r"(?<![\w.-])(\d{1,3})-(\d{1,3})(?![\w-]|\.\d)")  # "by a vote of 52-47"


def _tallies(text: str, offset: int, found: list[Quantity]) -> None:
    """"The Senate voted 51 to 50", "by a vote of 52-47": a vote's tally, counted in votes (in
    place; a hyphened one, which reads like a code, is added)."""
    for m in _HYPHENED_TALLY.finditer(text):
        before = re.split(r"[.!?]\s", text[max(0, m.start() - 80):m.start()])[-1]  # in its own sentence
        if _VOTED.search(before) and not any(
                q.start - offset < m.end() and m.start() < q.end - offset for q in found):
            for k in (1, 2):
                found.append(Quantity(m[k], m.start(k) + offset, m.end(k) + offset, float(m[k]), "exact",
                                      "votes", None, None))
    found.sort(key=lambda q: q.start)
    for a, b in zip(found, found[1:]):
        between = text[a.end - offset:b.start - offset]
        if a.unit is None and b.unit is None and re.fullmatch(r"\s*(?:to|-|–)\s*", between) \
                and _VOTED.search(text[max(0, a.start - offset - 80):a.start - offset]):
            for q in (a, b):
                q.unit, q.counted = "votes", None
