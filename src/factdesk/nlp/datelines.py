"""Datelines: "MEXICO CITY (AP) —", "WASHINGTON —", "AUSTIN, Texas (Reuters) -".

One definition for every stage that meets them: the sentence splitter keeps a dateline with the
sentence it opens, quotes and claims begin after it, and the reader takes the wire agency it
names as the publication.
"""
from __future__ import annotations

import re

DASHES = {"—", "–", "--", "―"}  # as tokens
# a place in capitals first, then perhaps its state or country: "AUSTIN, Texas", "MEXICO CITY"
# and perhaps the day, and its year: "MEXICO CITY, July 26 (Reuters) -", "WASHINGTON, June 6, 2025 —";
# or the day alone before the agency, as a factbox has it: "Feb 3 (Reuters) -"
_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?"
# or a live blog's time stamp: "10:42 a.m. —", "[14:05 BST] -"
_STAMP = r"\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?\]?"
_PLACE = (rf"(?:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{{2,}}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?(?:,\s*{_DAY})?"
          rf"|{_DAY}(?=\s*\([A-Z])|{_STAMP}(?=\s*[—–-]))")
DATELINE = re.compile(_PLACE + r"(?:\s*\([\w .]+\))?\s*")
# with its dash, where a quote's or a claim's words begin: "WASHINGTON — The U.S. …"
DATELINE_DASH = re.compile(DATELINE.pattern + r"(?:—|–|--|-(?=\s))\s*")  # Reuters: " - "
CAPITALS_LABEL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&'’ -]{2,40}:[ \t]+(?=\S)")
WIRE = re.compile(_PLACE + r"\s*\((?P<agency>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})\)\s*[—–-]")


DATELINE_REACH = 80  # characters into its paragraph where a span may start inside a dateline


def past_dateline(text: str, start: int, end: int, labels: bool = True) -> int:
    """`start` moved past a dateline that opens text[start:end] ("WASHINGTON — "), or (with
    `labels`) past a label in capitals that opens a paragraph (a factbox's "REMITTANCES: ")."""
    line = text.rfind("\n", 0, start) + 1  # also from inside the dateline: "AP) — Arrests fell …"
    if start - line > DATELINE_REACH:
        return start
    m = DATELINE_DASH.match(text, line, end) or (CAPITALS_LABEL.match(text, line, end) if labels else None)
    return m.end() if m and start < m.end() < end else start


def opening_dateline(text: str) -> str:
    """The dateline that opens a story ("WASHINGTON, June 6, 2025 — "), or ""."""
    m = DATELINE_DASH.match(text.lstrip()[:200])
    return m.group() if m else ""


def wire_agency(text: str) -> str | None:
    """The news agency a wire story's dateline names ("MEXICO CITY (AP) —" gives "AP"), or None."""
    m = WIRE.match(text.lstrip()[:200])
    return m["agency"] if m else None
