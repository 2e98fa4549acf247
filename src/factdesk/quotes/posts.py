"""Embedded posts: a tweet or post quoted whole, signed on the line below it.

    Mexico has been allowing millions of people and tons of fentanyl to pour into our Country.
    — Donald J. Trump (@realDonaldTrump) January 26, 2025

The post's paragraph is a direct quote of the person who signs it; the handle is its cue.
"""
from __future__ import annotations

import re

from factdesk.models import QuoteKind
from factdesk.quotes.spans import Attribution, Content, Cue

SIGNATURE = re.compile(
    r"^[ \t]*(?:—|–|-{1,2}|&mdash;)[ \t]*(?P<name>[^\n(@—–]{2,60}?)[ \t]*\((?P<handle>@\w{1,30})\)", re.M)
CONFIDENCE = 0.9


def signed(doc, text: str) -> list[Attribution]:
    """An attribution per post signed on the line below it, its source the name that signs it."""
    out = []
    for m in SIGNATURE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1  # the post: the paragraph just above
        while start < end and text[start].isspace():
            start += 1
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        handle = doc.char_span(m.start("handle"), m.end("handle"), alignment_mode="expand")
        post = text[start:end]
        if len(re.findall(r"[^\W\d_]{2,}", post)) < 2 or post[:1] in "—–-" or name is None or handle is None:
            continue  # a post says something: not another signature line, not a scrap
        cue = Cue(handle.start, m.start("handle"), m.end("handle"), CONFIDENCE,
                  source_head=name.end - 1, source_start=name.start, source_end=name.end,
                  named=m["name"].strip())
        out.append(Attribution(cue, [Content(start, end, QuoteKind.DIRECT)], CONFIDENCE))
    return out
