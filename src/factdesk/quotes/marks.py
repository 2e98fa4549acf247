"""Quote marks: pair them into quoted spans, straight or curly, and survive broken ones.

Double marks (" “ ” « » „, and the wires' `` '' pairs) delimit quotes; single marks
(‘ ’ ') only count at the top level when they look like marks rather than apostrophes.
A quote left open at the end of a paragraph continues when the next paragraph opens with a mark (the news convention); any
other unbalanced mark loses only its own quote: it is logged and skipped, never raised.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy

log = logging.getLogger(__name__)

OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
PARAGRAPH = re.compile(r"\n\s*\n|\n")
NEXT_MARK = re.compile("[\"“”«»„‘’'`]")
SINGLE_CLOSE = {c: re.compile(f"[{c}\"“”]") for c in ("’", "'")}


@dataclass(frozen=True)
class Marked:
    """A quoted span: `start`/`end` bound the words inside the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset just past the closing mark (== end when the quote runs on)
    single: bool = False
    runs_on: bool = False  # open at paragraph end, continued in the next paragraph


def find_marked(text: str) -> list[Marked]:
    """All quoted spans of `text`, in order; broken quotes are logged and left out."""
    found: list[Marked] = []
    start = 0
    paragraphs = []
    for m in PARAGRAPH.finditer(text):
        paragraphs.append((start, m.start()))
        start = m.end()
    paragraphs.append((start, len(text)))
    for i, (a, b) in enumerate(paragraphs):
        next_opens = False
        if i + 1 < len(paragraphs):
            nxt = text[paragraphs[i + 1][0] : paragraphs[i + 1][1]].lstrip()
            next_opens = bool(nxt) and (nxt[0] in OPENERS or nxt[0] == '"' or nxt.startswith("``"))
        found.extend(_pair_paragraph(text, a, b, next_opens))
    return found


def _is_open_context(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,;:!?%)")


def _pair_paragraph(text: str, a: int, b: int, next_opens: bool) -> list[Marked]:
    out: list[Marked] = []
    open_at: int | None = None
    open_len = 1
    expect = ""
    i = a
    while i < b:
        hit = NEXT_MARK.search(text, i, b)  # jump to the next mark-like character
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        two = text[i : i + 2]
        if open_at is None:
            wire_open = two == "''" and _is_open_context(text, i) and text[i + 2 : i + 3].isalnum()
            if two == "``" or wire_open:
                open_at, open_len, expect = i, 2, "''"
                i += 2
                continue
            if ch == '"' or ch in "“«„":
                open_at, open_len, expect = i, 1, '"' if ch == '"' else OPENERS[ch]
            elif ch == "”" and _is_open_context(text, i) and i + 1 < b and text[i + 1].isalnum():
                open_at, open_len, expect = i, 1, "”"  # a closing mark typed as an opener
            elif ch == "”" or ch == "»":
                log.info("stray closing quote mark at %d skipped", i)
            elif ch in "‘'" and _is_open_context(text, i) and i + 1 < b and text[i + 1].isalpha():
                close = _single_close(text, i + 1, b, ch)
                if close is not None:
                    out.append(Marked(i + 1, close, i, close + 1, single=True))
                    i = close + 1
                    continue
            i += 1
            continue
        # a quote is open: look for its closer
        if (expect == "''" and two == "''") or (expect != "''" and (ch == expect or (
                expect == '"' and ch == "”") or (expect == "”" and ch == '"'))):
            width = 2 if expect == "''" else 1
            out.append(Marked(open_at + open_len, i, open_at, i + width))
            open_at = None
            i += width
            continue
        if ch in "“«" and expect != "“":
            log.info("quote opened at %d never closed before %d; skipped", open_at, i)
            open_at, open_len, expect = i, 1, OPENERS[ch]
        i += 1
    if open_at is not None:
        if next_opens:
            end = b
            while end > open_at + open_len and text[end - 1].isspace():
                end -= 1
            out.append(Marked(open_at + open_len, end, open_at, end, runs_on=True))
        else:
            log.info("unbalanced quote mark at %d: that quote is skipped", open_at)
    return [m for m in (_trim(text, m) for m in out) if m is not None]


def _single_close(text: str, i: int, b: int, opener: str) -> int | None:
    closer = "’" if opener == "‘" else "'"
    pattern = SINGLE_CLOSE[closer]
    while True:
        hit = pattern.search(text, i, b)
        if hit is None or hit.group() != closer:
            return None  # paragraph ends, or a double mark comes first
        k = hit.start()
        if k + 1 >= b or not text[k + 1].isalnum():
            plural = text[k - 1] == "s" and text[k + 1 : k + 3][:1] == " " and text[k + 2 : k + 3].isalpha()
            if not (plural and re.search(f"[,.!?]{closer}", text[k + 1 : b])):
                return k  # else "‘… The cartels’ money is everywhere,’": a plural's apostrophe
        i = k + 1


def _trim(text: str, m: Marked) -> Marked | None:
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    return Marked(s, e, m.open_mark, m.close_mark, m.single, m.runs_on)


def mark_of_tokens(doc, marks: list[Marked]) -> list[int]:
    """For each token, the index of the quoted span it lies in, or -1."""
    idx = doc.to_array("IDX")
    if not marks:
        return [-1] * len(doc)
    opens = numpy.array([m.open_mark for m in marks])
    closes = numpy.array([m.close_mark for m in marks])
    k = numpy.searchsorted(opens, idx, side="right") - 1
    inside = (k >= 0) & (idx < closes[numpy.maximum(k, 0)])
    return numpy.where(inside, k, -1).tolist()


def near_marks(doc, marks: list[Marked]) -> list[bool]:
    """For each token: does its sentence hold (or touch) a quoted span?"""
    n = len(doc)
    if n == 0:
        return []
    idx = doc.to_array("IDX")
    first = doc.to_array("SENT_START") == 1
    first[0] = True
    starts = numpy.flatnonzero(first)
    sent_start_char = idx[starts] - 3
    last = doc[-1]
    end_chars = numpy.append(idx[starts[1:]], last.idx + len(last.text)) + 3
    near = numpy.zeros(len(starts), dtype=bool)
    for m in marks:
        near |= (m.open_mark <= end_chars) & (m.close_mark >= sent_start_char)
    return near[numpy.searchsorted(starts, numpy.arange(n), side="right") - 1].tolist()


_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")  # "Morena’s": inside a word, not a closing mark


_OPENS_STRAIGHT = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=\w)")  # a straight single quote mark that opens
_CLOSES_STRAIGHT = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def close_pairs(text: str, start: int, end: int, limit: int) -> int:
    """`end`, moved past the closing mark or bracket of a pair the span opens but leaves open,
    when that mark comes before `limit`: 'had ‘protected the powerful’', '7bn pesos (£280m)'."""
    inside = text[start:end]
    singles = inside.count("’") - len(_APOSTROPHE.findall(inside))
    straight = len(_OPENS_STRAIGHT.findall(inside)) > len(_CLOSES_STRAIGHT.findall(inside))  # "it was 'a tax"
    closers = ('"”' if inside.count('"') % 2 or inside.count("“") > inside.count("”") else "") + (
        "’" if inside.count("‘") > singles else "") + (")" if inside.count("(") > inside.count(")") else "") + (
        "'" if straight else "")
    if not closers:
        return end
    close = next((k for k in range(end, min(limit, len(text))) if text[k] in closers), None)
    return end if close is None else close + 1
