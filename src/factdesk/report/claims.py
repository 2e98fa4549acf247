"""Claims for people: `factdesk claims PATH` and `factdesk claims --lines FILE` as text or Markdown.

JSON needs no renderer here: the CLI prints ``[c.to_dict() for c in claims]`` for an
article and one ``score_lines`` object per line for ``--lines``.
"""
from __future__ import annotations

from factdesk.models import Assertion, Claim, Quantity
from factdesk.report.escape import md_escape

QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than ", "less_than": "less than ", "about": "about ",
    "just_under": "just under ", "at_least": "at least ", "at_most": "at most ",
}


def describe_quantity(q: Quantity) -> str:
    """ "more than 30 candidates assassinated (2024)" """
    if q.value is None:
        value = q.text
    elif q.unit == "fraction":
        value = f"{q.value:.3g}"
    else:
        value = amount(q.value)
    unit = q.unit or ""
    if unit == "fraction" or (q.counted and (unit.lower() in q.counted.lower()
                                              or q.counted.lower() in unit.lower())):
        unit = ""  # "0.667 Mexicans", "30 candidates assassinated": the words say it
    unit = {"percent": "%", "°C": " °C", "°F": " °F", "times": "×"}.get(unit, f" {unit}" if unit else "")
    what = f" {q.counted}" if q.counted else ""
    when = f" ({q.time})" if q.time else ""
    return f"{QUALIFIER_WORDS.get(q.qualifier, q.qualifier + ' ')}{value}{unit}{what}{when}"


def amount(value: float) -> str:
    """620 billion, 2,000, 1.5 million: as a newsroom writes it, never 6.2e+11."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.10g}"


def render_claims(claims: list[Claim], fmt: str = "text", top: int | None = None) -> str:
    """Claims best first; opinions, questions and predictions marked as such."""
    shown = claims[:top] if top else claims
    md = fmt == "md"
    esc = md_escape if md else (lambda s: s)
    if not shown:
        return "No check-worthy claims found.\n"
    lines = ["## Check-worthy claims" if md else "Check-worthy claims (best first):", ""]
    for rank, c in enumerate(shown, 1):
        label = (c.type.value if c.assertion is Assertion.FACT
                 else f"{c.assertion.value}, not a claim of fact")
        who = c.claimant or "unknown"
        text = " ".join(c.text.split())
        if md:
            lines.append(f"{rank}. **{c.score:.2f}** {esc(text)}")
            lines.append(f"   - _{esc(label)}_ · claimant: {esc(who)} ({c.claimant_source}) "
                         f"· chars {c.start}–{c.end} · `{c.id}`")
        else:
            lines.append(f"{rank:>3}. [{c.score:.2f}] {text}")
            lines.append(f"       {label} · claimant: {who} ({c.claimant_source}) "
                         f"· chars {c.start}-{c.end}")
        for q in c.quantities:
            lines.append(f"   - number: {esc(describe_quantity(q))}" if md
                         else f"       number: {describe_quantity(q)}")
    if top and len(claims) > top:
        lines.append("")
        lines.append(f"({len(claims) - top} more below the top {top})")
    return "\n".join(lines) + "\n"


def render_lines(results: list[dict], fmt: str = "text") -> str:
    """``score_lines`` results: one row per line, claims marked."""
    md = fmt == "md"
    if md:
        rows = ["| line | score | claim | type | assertion | text |", "|---:|---:|:-:|---|---|---|"]
        for r in results:
            text = md_escape(" ".join(r["text"].split())).replace("\n", " ")
            rows.append(f"| {r['line']} | {r['score']:.2f} | {'yes' if r['is_claim'] else ''} | "
                        f"{r['type']} | {r['assertion']} | {text} |")
        return "\n".join(rows) + "\n"
    rows = [f"{'line':>5}  {'score':>5}  claim  {'type':<11} {'assertion':<10} text"]
    for r in results:
        rows.append(f"{r['line']:>5}  {r['score']:>5.2f}  {'  *  ' if r['is_claim'] else '     '}  "
                    f"{r['type']:<11} {r['assertion']:<10} {r['text']}")
    return "\n".join(rows) + "\n"
