"""An analyzed article as a readable summary (text or Markdown)."""
from __future__ import annotations

from factdesk.models import Analysis
from factdesk.nlp.names import fuller_names
from factdesk.report.escape import md_escape


def render_analysis(analysis: Analysis, fmt: str = "text") -> str:
    a = analysis.article
    md = fmt == "md"
    esc = md_escape if md else (lambda s: s)
    lines = []
    title = a.title or (a.path or "untitled article")
    lines.append(f"# {esc(title)}" if md else f"== {title} ==")
    meta = [f"id {a.id}", f"language {a.language}"]
    for label, value in (("source", a.source), ("published", a.published), ("url", a.url),
                         ("file", a.path)):
        if value:
            meta.append(f"{label} {esc(value)}")
    lines.append(("_" + " · ".join(meta) + "_") if md else " · ".join(meta))
    for note in analysis.notes:
        lines.append(f"> note: {esc(note)}" if md else f"note: {note}")
    # each person once, by the fullest name the article gives (not also "Pérez Ricart")
    named = {e.text for e in analysis.entities if e.label == "PERSON"}
    people = sorted(n for n in named if not fuller_names(n, named))
    orgs = sorted({e.text for e in analysis.entities if e.label in ("ORG", "GPE", "NORP")})
    lines.append(f"{len(analysis.sentences)} sentences, {len(analysis.entities)} entities, "
                 f"{len(analysis.quotes)} quotes, {len(analysis.claims)} claims")
    if people:
        lines.append(("**People:** " if md else "People: ") + esc(", ".join(people)))
    if orgs:
        lines.append(("**Places and organizations:** " if md else "Places and organizations: ")
                     + esc(", ".join(orgs)))
    if analysis.quotes:
        lines.append("")
        lines.append("## Who said what" if md else "Who said what:")
        for q in analysis.quotes:
            if q.speaker is None:
                continue
            who = q.speaker.name or q.speaker.mention
            role = f" ({q.speaker.role})" if q.speaker.role else ""
            lines.append(f"- **{esc(who)}**{esc(role)}: “{esc(_clip(q.text))}”" if md
                         else f"  - {who}{role}: “{_clip(q.text)}” [{q.kind.value}]")
    if analysis.claims:
        lines.append("")
        lines.append("## Check-worthy claims" if md else "Check-worthy claims:")
        for c in analysis.claims[:10]:
            who = f" — {c.claimant}" if c.claimant else ""
            lines.append(f"- {c.score:.2f} {esc(_clip(c.text))}{esc(who)}" if md
                         else f"  {c.score:.2f}  {_clip(c.text)}{who}")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
