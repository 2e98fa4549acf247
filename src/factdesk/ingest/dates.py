"""Publication dates as newsrooms write them, read into ISO dates ("2025-09-01").

A date copied from a page comes dressed: "Mon 1 Sep 2025 06.00 BST", "Updated 10:42 AM EST,
Sept. 3, 2025", "Mon, 01 Sep 2025 10:00:00 +0000" (RSS), "lunes 1 de septiembre de 2025".
Numeric day/month orders are ambiguous (03/04/2025 is 3 April in Mexico, March 4 in the
US), so only year-first numeric dates are read.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
}
_MONTH = "(?P<month>[A-Za-zé]{3,10})\\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # March 3, 2025 / Sept. 3 2025
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}\b", re.I),  # 3 March 2025
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b"),  # 2025-03-03
]
# What may stand beside the date on a date line: weekdays, times, time zones, "Updated".
_DRESSING = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|"
    r"mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|updated|last updated|published|posted|"
    r"first published|actualizado|publicado|on|at|el|a las|"
    r"\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|"
    r"[ap]\.?m\.?|hrs?|[a-z]{1,4}t|gmt|utc|z|cdmx|hora del centro)\b\.?|[+-]\d{4}\b",
    re.I,
)

# A place written before the date: "Mexico City, ", "WASHINGTON — ", "Ciudad de México, ".
_PLACE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|del|la|los|las)){0,4}"
                    r"\s*(?:,|\s[—–-])\s*")


def iso_date(text: str | None) -> str | None:
    """The first date written in `text`, as YYYY-MM-DD; None when there is none."""
    if not text:
        return None
    found = _find(text)
    return found[0] if found else None


def as_date(written: str) -> str:
    """A record's or a passage's date as an ISO date where it can be read ("Mon, 01 Sep 2025
    10:00:00 +0000" -> "2025-09-01"); one that starts as an ISO date, or cannot be read, as written."""
    if re.match(r"\d{4}-\d\d-\d\d", written):
        return written
    return iso_date(written) or written


def date_line(text: str) -> str | None:
    """The date of a line that is only a date, however dressed; None for any other line."""
    found = _find(text)
    if found is None:
        return None
    iso, start, end = found
    before = _PLACE.sub("", text[:start], count=1)  # "Mexico City, July 2, 2025": where it was filed
    rest = _DRESSING.sub(" ", before + " " + text[end:])
    return iso if not re.search(r"[^\W\d_]|\d", rest) else None


def _find(text: str) -> tuple[str, int, int] | None:
    for form in _FORMS:
        for m in form.finditer(text):
            month = m["month"]
            month = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            try:
                return date(int(m["year"]), month or 0, int(m["day"])).isoformat(), m.start(), m.end()
            except ValueError:
                continue
    return None
