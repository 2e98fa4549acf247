"""Time expressions in plain text: "in 2024", "since 2006", "last year", "in March 2023".

Relative expressions ("last year", "two years ago", "yesterday", "in March") resolve against the
article's publication date when it is known, and stay as written when it is not.
Values are ISO-like strings: "2024", "2024-03", "2024-03-05", "1990s", "since 2006",
"2006/2012".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factdesk.ingest.dates import MONTHS  # "March", "Mar", and the Spanish names

SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_CAPITAL_MONTH = (  # a month named alone ("in March"): capitalized, so the verb "may" is not one
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_UNIT = r"(year|month|week|day)s?"
_AMOUNT = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)"
# "the first eight months of the year", "the second quarter of 2025", "the first half"
_PART = re.compile(rf"\b(?:the\s+)?(first|second|third|fourth)\s+(?:{_AMOUNT}\s+)?(quarter|half|months)"
                   rf"(?!\s+of\s+{_CAPITAL_MONTH})"  # "the first half of December" is December's
                   rf"(?:\s+of\s+(?:the\s+year|this\s+year|({_YEAR})))?\b", re.I)

# a leader's time in office: "during the six-year term of former President Andrés Manuel López
# Obrador", "under Enrique Peña Nieto", "under his predecessor" (a name, not "under Mexican law")
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ](?:\.|[\w'’-]*)"  # "López", "J."
_NAME_MORE = rf"(?:\s+(?:de\s+|del\s+|la\s+)?{_NAME_WORD})"  # "Peña Nieto", "de la Fuente"
_NAME = rf"{_NAME_WORD}{_NAME_MORE}{{0,4}}"
_NAMES = rf"{_NAME_WORD}{_NAME_MORE}{{1,4}}"  # two words or more
_LEADER = r"(?:(?:former|then|the\s+late)\s+)?(?:President|Gov\.|Governor|Mayor|Prime\s+Minister)\s+"
_OFFICE = r"(?:(?:\w+-year\s+)?(?:term|presidency|administration|government|mandate|tenure|sexenio))"
_NAME_ENDS = r"(?=\s*$|\s*[,.;:)]|\s+(?:and|or|in|to|was|were|had|have|has|from|when|who|than|as|the|a)\b)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("term", re.compile(rf"\b(?:[Dd]uring|[Ii]n|[Oo]ver|[Tt]hroughout)\s+(?:the\s+)?{_OFFICE}\s+of\s+(?:{_LEADER})?({_NAME})")),
    ("term", re.compile(rf"\b(?:[Dd]uring|[Ii]n|[Oo]ver|[Tt]hroughout)\s+({_NAME})['’]s\s+{_OFFICE}\b")),
    ("term", re.compile(rf"\b[Uu]nder\s+(?:{_LEADER}({_NAME})|({_NAMES}){_NAME_ENDS})")),
    ("term", re.compile(r"\b[Uu]nder\s+(?:his|her|their)\s+(predecessors?|successors?)\b")),
    # "the 12 months through April": the year that ends with that month
    ("window", re.compile(rf"\bthe\s+(12|twelve)\s+months\s+(?:through|to|ending|ended|up\s+to)\s+"
                          rf"({_CAPITAL_MONTH})(?:\s+({_YEAR}))?")),
    ("range", re.compile(rf"\b(?:between|from)\s+({_YEAR})\s+(?:and|to|until|through)\s+({_YEAR})\b", re.I)),
    ("range", re.compile(rf"\b({_YEAR})\s*[-–]\s*({_YEAR}|\d\d)\b")),
    ("mdy", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+({_YEAR})\b", re.I)),
    ("my", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?({_YEAR})\b", re.I)),
    ("months", re.compile(rf"\b(?:between|from)\s+({_CAPITAL_MONTH})\s+(?:and|to|until|through)\s+"
                          rf"({_CAPITAL_MONTH})(?!\s*\d)")),
    ("month", re.compile(rf"\b(?:in|since|during|until|by|through|(?:at\s+|by\s+)?the\s+(?:end|start|"
                         rf"beginning|middle|first\s+half|second\s+half)\s+of|early|late|mid-?)\s+({_CAPITAL_MONTH})"
                         rf"(?!\s*\d)")),
    ("decade", re.compile(r"\b(?:the\s+)?((?:1[89]|20)\d0)'?s\b")),
    ("since", re.compile(rf"\b(since|until|before|after|by)\s+({_YEAR})\b", re.I)),
    ("part", _PART),
    ("year", re.compile(rf"\b(?:in|during|of|for|from|as of|throughout|fiscal|FY)\s+({_YEAR})\b", re.I)),
    ("ago", re.compile(rf"\b{_AMOUNT}\s+{_UNIT}\s+ago\b", re.I)),
    ("last", re.compile(r"\b(last|this|next|past|previous)\s+(year|month|week)\b", re.I)),
    ("day", re.compile(r"\b(yesterday|today)\b", re.I)),
    ("bare", re.compile(rf"(?<![\d,.$])\b({_YEAR})\b(?![\d,.]\d|\s*(?:%|percent|people|votes))")),
]


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    value: str  # resolved when possible, else the text as written


def _published(published: str | None) -> date | None:
    """The publication date, or None for none or one that is no date ("2025-13-45", a number)."""
    if not published or not isinstance(published, str):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.match(r"(\d{4})\b", published)
    return date(int(m[1]), 7, 1) if m and 1 <= int(m[1]) else None


def _shift_months(day: date, months: int) -> str:
    total = day.year * 12 + day.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _resolve(kind: str, m: re.Match, today: date | None) -> str:
    text = m.group(0)
    if kind == "range":
        end = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
        return f"{m[1]}/{end}"
    if kind == "mdy":
        return f"{m[3]}-{_month(m[1]):02d}-{int(m[2]):02d}"
    if kind == "my":
        return f"{m[2]}-{_month(m[1]):02d}"
    if kind == "decade":
        return f"{m[1]}s"
    if kind == "term":  # whose: the text as written names the office
        return f"term of {next(g for g in m.groups() if g)}"
    if kind == "since":
        return f"{m[1].lower()} {m[2]}"
    if kind in ("year", "bare"):
        return m[1]
    if kind == "part":
        return _part(m, today) or text
    if kind == "window":  # through April 2025: May 2024 to April 2025
        month = _month(m[2])
        year = int(m[3]) if m[3] else (today.year if today and month <= today.month else
                                       today.year - 1 if today else None)
        if year is None:
            return text
        end = date(year, month, 1)
        return f"{_shift_months(end, -11)}/{end.isoformat()[:7]}"
    if today is None:
        return text
    if kind == "months":  # "between January and April": this year's, once both are past
        first, last = _month(m[1]), _month(m[2])
        return f"{today.year}-{first:02d}/{today.year}-{last:02d}" if first <= last <= today.month else text
    if kind == "month":  # a month of the publication's year up to its date; later ones could
        month = _month(m[1])  # be last year's or next: left as written
        return f"{today.year}-{month:02d}" if month <= today.month else text
    if kind == "day":
        return (today - timedelta(days=1) if m[1].lower() == "yesterday" else today).isoformat()
    if kind == "ago":
        n = int(m[1]) if m[1].isdigit() else SMALL[m[1].lower()]
        unit = m[2].lower()
        if unit == "year":
            return str(today.year - n)
        if unit == "month":
            return _shift_months(today, -n)
        return (today - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    which, unit = m[1].lower(), m[2].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return str(today.year + step)
    if unit == "month":
        return _shift_months(today, step)
    return (today + timedelta(weeks=step)).isoformat()


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def part_months(which: str, amount: str | None, part: str) -> tuple[int, int] | None:
    """The first and last month of its year a part covers: ("third", None, "quarter") is (7, 9),
    ("first", "eight", "months") (1, 8), ("second", None, "half") (7, 12); None for no part."""
    which, part, n = which.lower(), part.lower(), _ORDINAL[which.lower()]
    if part == "months":
        if which != "first" or amount is None:
            return None
        first, last = 1, int(amount) if amount.isdigit() else SMALL.get(amount.lower(), 0)
    elif part == "half":
        if n > 2 or amount:
            return None
        first, last = (1, 6) if n == 1 else (7, 12)
    else:
        if amount:
            return None
        first, last = 3 * n - 2, 3 * n
    return (first, last) if 1 <= last <= 12 else None


def months_of_part(text: str) -> tuple[int, int] | None:
    """The months of its year that the part of a year `text` names cover ("the third quarter":
    (7, 9)), or None."""
    m = _PART.search(text)
    return part_months(m[1], m[2], m[3]) if m else None


def _part(m: re.Match, today: date | None) -> str | None:
    """"the first eight months (of the year)" -> "2025-01/2025-08" in a paper of September 2025;
    a quarter not yet begun at the paper's date is last year's ("the fourth quarter", in
    February)."""
    which, amount, part, year = m[1].lower(), m[2], m[3].lower(), m[4]
    months = part_months(which, amount, part)
    if months is None:
        return None
    first, last = months
    if year is None:
        if today is None:
            return None
        year = today.year if first <= today.month else today.year - 1
    return f"{year}-{first:02d}/{year}-{last:02d}"


def find_times(text: str, published: str | None = None, offset: int = 0) -> list[TimeExpr]:
    """Time expressions in ``text``, left to right, not overlapping."""
    today = _published(published)
    found: list[TimeExpr] = []
    starts: list[int] = []  # of the spans taken, which never overlap: sorted, so bisect finds
    ends: list[int] = []  # the neighbours a new span could overlap
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            k = bisect.bisect_right(starts, s)
            if (k and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
                continue
            starts.insert(k, s)
            ends.insert(k, e)
            found.append(TimeExpr(m.group(0), s + offset, e + offset, _resolve(kind, m, today)))
    return sorted(found, key=lambda t: t.start)

