"""Quotes as a reporter's source list: each speaker with role, then what they said.

`render_quotes(quotes, "text")` prints article text as is; `"md"` escapes it so that a
quote can't inject Markdown links or HTML (`<`, `>`, `[`, `]` and the other specials).
"""
from __future__ import annotations

import re

from factdesk.models import Quote, QuoteKind
from factdesk.quotes.sources import Source, source_list
from factdesk.report.escape import md_escape

FORMATS = ("text", "md")
_SPACE = re.compile(r"\s+")


def render_quotes(quotes: list[Quote], fmt: str = "text") -> str:
    """The quotes grouped by speaker, in `fmt` (text | md)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown quote format {fmt!r}: use one of {', '.join(FORMATS)}")
    sources, unattributed = source_list(quotes)
    render = _text if fmt == "text" else _md
    return render(sources, unattributed)


def _line(q: Quote) -> tuple[str, str]:
    """(quote as printed, how it was said)."""
    shown = f"“{q.text}”" if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL) else q.text
    how = q.kind.value
    if q.cue is not None:
        how += f", {q.cue.text}"
    speaker = q.speaker
    if speaker is not None and speaker.name and speaker.name not in speaker.mention:
        how += f", as “{speaker.mention}”"  # "he", "the researcher", "Pérez Ricart"
    return shown, how


def _text(sources: list[Source], unattributed: list[Quote]) -> str:
    if not sources and not unattributed:
        return "No quotes found.\n"
    out = []
    for s in sources:
        out.append(s.name + (f" ({s.note})" if s.note else "") + (f" — {s.role}" if s.role else ""))
        for q in s.quotes:
            shown, how = _line(q)
            out.append(f"  - {shown} ({how}) [{q.start}:{q.end}]")
        out.append("")
    if unattributed:
        out.append("Unattributed")
        for q in unattributed:
            shown, how = _line(q)
            out.append(f"  - {shown} ({how}) [{q.start}:{q.end}]")
        out.append("")
    return "\n".join(out)


def _esc(text: str) -> str:
    return md_escape(_SPACE.sub(" ", text).strip())


def _md(sources: list[Source], unattributed: list[Quote]) -> str:
    out = ["## Sources", ""]
    if not sources and not unattributed:
        return "## Sources\n\nNo quotes found.\n"
    for s in sources:
        title = f"### {_esc(s.name)}" + (f" ({s.note})" if s.note else "")
        out += [title, ""]
        if s.role:
            out += [f"*{_esc(s.role)}*", ""]
        for q in s.quotes:
            shown, how = _line(q)
            out.append(f"- {_esc(shown)} ({_esc(how)}; chars {q.start}–{q.end})")
        out.append("")
    if unattributed:
        out += ["### Unattributed", ""]
        for q in unattributed:
            shown, how = _line(q)
            out.append(f"- {_esc(shown)} ({_esc(how)}; chars {q.start}–{q.end})")
        out.append("")
    return "\n".join(out)
