"""A checked claim as a report: plain text, Markdown, or a standalone HTML page for a CMS.

Everything that comes from an article (sentences, titles, speakers, urls) is untrusted:
Markdown and HTML escape it, and only http(s) urls ever become links.
"""
from __future__ import annotations

from urllib.parse import quote

from factdesk.models import Evidence, Stance, Verdict, Voice
from factdesk.report.claims import amount
from factdesk.report.escape import html_escape, md_escape

LABEL_NAMES = {
    "supported": "Supported",
    "refuted": "Refuted",
    "mixed": "Mixed",
    "not_enough_evidence": "Not enough evidence",
}
LABEL_COLORS = {  # text on background, readable when pasted into a CMS without our CSS
    "supported": ("#ffffff", "#1b7f3b"),
    "refuted": ("#ffffff", "#b3261e"),
    "mixed": ("#1f1f1f", "#f2b824"),
    "not_enough_evidence": ("#ffffff", "#5f6368"),
}
STANCE_NAMES = {"supports": "supports", "refutes": "disputes", "neutral": "neutral"}
FORMATS = ("text", "md", "html")


def label_name(verdict: Verdict) -> str:
    return LABEL_NAMES.get(verdict.label.value, verdict.label.value)


def safe_url(url: str | None) -> str | None:
    """The url when it is http(s) and may become a link; None for javascript:, data: and the rest."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or any(c in url for c in "\n\r\t "):
        return None
    return url


def render_verdict(verdict: Verdict, fmt: str = "text", *, claimreview: dict | None = None) -> str:
    """The verdict, its evidence and who says what, as text, md or html. For html, a
    `claimreview` dict (see report.claimreview) is embedded as JSON-LD for search engines."""
    if fmt == "text":
        return _text(verdict)
    if fmt == "md":
        return _markdown(verdict)
    if fmt == "html":
        return _html(verdict, claimreview)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _line(text: str) -> str:
    """Article text on one line: a sentence that spans paragraphs must not break a list."""
    return " ".join(str(text).split())


def _where(e: Evidence | Voice) -> str:
    parts = [e.title or f"article {e.article_id}"]
    source = getattr(e, "source", None)
    published = getattr(e, "published", None)
    extra = ", ".join(p for p in (source, published) if p)
    return parts[0] + (f" ({extra})" if extra else "")


def _who(voice: Voice) -> str:
    return voice.speaker + (f", {voice.role}" if voice.role else "")


def _split_voices(verdict: Verdict) -> list[tuple[str, list[Voice]]]:
    groups = [("Supports the claim", Stance.SUPPORTS), ("Disputes the claim", Stance.REFUTES)]
    return [(name, [v for v in verdict.voices if v.stance == stance]) for name, stance in groups]


def _quantities(verdict: Verdict) -> list[str]:
    out = []
    for q in verdict.claim_quantities:
        bits = [q.text]
        if q.value is not None:
            bits.append(f"= {amount(q.value)}{' ' + q.unit if q.unit else ''}")
        if q.qualifier and q.qualifier != "exact":
            bits.append(f"({q.qualifier.replace('_', ' ')})")
        if q.counted:
            bits.append(f"counting {q.counted}")
        out.append(" ".join(bits))
    return out


def _text(v: Verdict) -> str:
    lines = [f"Claim: {v.claim}",
             f"Verdict: {label_name(v)} (confidence {v.confidence:.0%})",
             f"Why: {v.rationale}"]
    if v.claim_quantities:
        lines.append("Numbers in the claim: " + "; ".join(_quantities(v)))
    lines.append("")
    lines.append(f"Evidence ({len(v.evidence)}):" if v.evidence else "Evidence: none found")
    for i, e in enumerate(v.evidence, 1):
        lines.append(f"  {i}. [{STANCE_NAMES[e.stance.value]} {e.probability:.0%}] {_line(e.sentence)}")
        lines.append(f"     {_where(e)} · {e.url or e.article_id} · chars {e.start}-{e.end}")
        if e.speaker is not None:
            who = e.speaker.name or e.speaker.mention
            lines.append(f"     said by {who}{', ' + e.speaker.role if e.speaker.role else ''}")
        for signal in e.signals:
            lines.append(f"     note: {signal}")
    for heading, voices in _split_voices(v):
        if voices:
            lines.append("")
            lines.append(f"{heading}:")
            for voice in voices:
                lines.append(f"  - {_who(voice)}: “{_line(voice.quote)}” ({_where(voice)})")
    return "\n".join(lines) + "\n"


def _md_link(title: str, url: str | None) -> str:
    url = safe_url(url)
    if url is None:
        return md_escape(title)
    return f"[{md_escape(title)}]({quote(url, safe=':/?#[]@!$&*+,;=%~-._')})"


def _markdown(v: Verdict) -> str:
    lines = [f"## Fact check: {md_escape(v.claim)}", "",
             f"**Verdict: {label_name(v)}** (confidence {v.confidence:.0%})", "",
             md_escape(_line(v.rationale))]
    if v.claim_quantities:
        lines += ["", "**Numbers in the claim:** " + md_escape("; ".join(_quantities(v)))]
    lines += ["", "### Evidence", ""]
    if not v.evidence:
        lines.append("_No evidence found in the archive._")
    for i, e in enumerate(v.evidence, 1):
        where = _md_link(e.title or f"article {e.article_id}", e.url)
        meta = ", ".join(md_escape(p) for p in (e.source, e.published) if p)
        lines.append(f"{i}. **{STANCE_NAMES[e.stance.value]}** ({e.probability:.0%}): "
                     f"{md_escape(_line(e.sentence))} — {where}{' (' + meta + ')' if meta else ''}")
        if e.speaker is not None:
            who = e.speaker.name or e.speaker.mention
            role = f", {e.speaker.role}" if e.speaker.role else ""
            lines.append(f"   - said by {md_escape(who + role)}")
        for signal in e.signals:
            lines.append(f"   - note: {md_escape(signal)}")
    for heading, voices in _split_voices(v):
        if voices:
            lines += ["", f"### {heading}", ""]
            for voice in voices:
                lines.append(f"- **{md_escape(_who(voice))}**: “{md_escape(_line(voice.quote))}” "
                             f"({md_escape(_where(voice))})")
    lines += ["", "_Checked against the newsroom archive with factdesk._"]
    return "\n".join(lines) + "\n"


# -- HTML: one self-contained page; inline styles so a CMS paste keeps the look ----------
_BOX = ("font-family:Georgia,'Times New Roman',serif;max-width:720px;margin:24px auto;"
        "padding:20px 24px;border:1px solid #d0d4d9;border-radius:6px;color:#1f1f1f;"
        "line-height:1.5")
_SMALL = "font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#5f6368"
_STANCE_COLORS = {"supports": "#1b7f3b", "refutes": "#b3261e", "neutral": "#5f6368"}


def _html(v: Verdict, claimreview: dict | None = None) -> str:
    e = html_escape
    fg, bg = LABEL_COLORS.get(v.label.value, ("#ffffff", "#5f6368"))
    badge = (f'<span style="display:inline-block;padding:3px 10px;border-radius:3px;'
             f'font-family:Helvetica,Arial,sans-serif;font-weight:bold;color:{fg};'
             f'background:{bg}">{e(label_name(v))}</span>')
    parts = [
        f'<article class="factdesk-verdict" style="{_BOX}">',
        f'<p style="{_SMALL};text-transform:uppercase;letter-spacing:.06em;margin:0">Fact check</p>',
        f'<h2 style="margin:6px 0 12px;font-size:22px">{e(v.claim)}</h2>',
        f'<p style="margin:0 0 12px">{badge} <span style="{_SMALL}">'
        f'confidence {v.confidence:.0%}</span></p>',
        f'<p style="margin:0 0 12px">{e(v.rationale)}</p>',
    ]
    if v.claim_quantities:
        parts.append(f'<p style="{_SMALL}">Numbers in the claim: {e("; ".join(_quantities(v)))}</p>')
    parts.append('<h3 style="font-size:17px;margin:18px 0 8px">Evidence</h3>')
    if not v.evidence:
        parts.append("<p><em>No evidence found in the archive.</em></p>")
    else:
        parts.append('<ol style="padding-left:22px;margin:0">')
        parts += [_html_evidence(item) for item in v.evidence]
        parts.append("</ol>")
    for heading, voices in _split_voices(v):
        if voices:
            parts.append(f'<h3 style="font-size:17px;margin:18px 0 8px">{e(heading)}</h3><ul '
                         'style="padding-left:22px;margin:0">')
            for voice in voices:
                parts.append(f'<li style="margin-bottom:6px"><strong>{e(_who(voice))}</strong>: '
                             f'“{e(voice.quote)}” <span style="{_SMALL}">{e(_where(voice))}</span></li>')
            parts.append("</ul>")
    parts.append(f'<p style="{_SMALL};margin-top:18px">Checked against the newsroom archive '
                 "with factdesk.</p></article>")
    if claimreview is not None:
        from factdesk.report.claimreview import claimreview_json

        parts.append(f'<script type="application/ld+json">{claimreview_json(claimreview)}</script>')
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Fact check: {e(v.claim)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _html_evidence(item: Evidence) -> str:
    e = html_escape
    stance = item.stance.value
    title = e(item.title or f"article {item.article_id}")
    url = safe_url(item.url)
    where = f'<a href="{e(url)}" rel="noopener">{title}</a>' if url else title
    meta = ", ".join(e(p) for p in (item.source, item.published) if p)
    out = [f'<li style="margin-bottom:10px"><span style="font-family:Helvetica,Arial,sans-serif;'
           f'font-size:12px;font-weight:bold;text-transform:uppercase;color:{_STANCE_COLORS[stance]}">'
           f'{e(STANCE_NAMES[stance])} {item.probability:.0%}</span> {e(_line(item.sentence))}'
           f'<br><span style="{_SMALL}">{where}{" · " + meta if meta else ""}']
    if item.speaker is not None:
        who = item.speaker.name or item.speaker.mention
        out.append(f" · said by {e(who)}{', ' + e(item.speaker.role) if item.speaker.role else ''}")
    for signal in item.signals:
        out.append(f"<br>note: {e(signal)}")
    out.append("</span></li>")
    return "".join(out)
