"""The source list as text and Markdown, with article text kept as text."""
import pytest

from factdesk.models import Quote, QuoteKind, Span, Speaker
from factdesk.report.quotes import render_quotes


def _quote(text, start, kind, name, role, mention=None, cue="said"):
    speaker = Speaker(name, mention or name, 0, len(mention or name), role) if name or mention else None
    return Quote("art_x", text, start, start + len(text), kind, Span(cue, 0, len(cue)), speaker, 0.9)


QUOTES = [
    _quote("There is no evidence of an alliance at the top", 1, QuoteKind.DIRECT,
           "Carlos Pérez Ricart", "political scientist in Mexico City"),
    _quote("parallel power", 200, QuoteKind.PARTIAL, "Will Freeman",
           "fellow at the Council on Foreign Relations", cue="described"),
    _quote("every right to be frustrated, too", 300, QuoteKind.PARTIAL, "Carlos Pérez Ricart",
           None, mention="Pérez Ricart"),
    Quote("art_x", "hugs, not bullets", 400, 417, QuoteKind.SCARE),
]


def test_text_groups_by_speaker_with_role():
    out = render_quotes(QUOTES, "text")
    lines = out.splitlines()
    assert lines[0] == "Carlos Pérez Ricart — political scientist in Mexico City"
    assert "“There is no evidence of an alliance at the top” (direct, said)" in lines[1]
    assert "every right to be frustrated, too" in lines[2] and "as “Pérez Ricart”" in lines[2]
    assert "Will Freeman — fellow at the Council on Foreign Relations" in out
    assert out.index("Carlos Pérez Ricart") < out.index("Will Freeman")
    assert "hugs" not in out


def test_markdown_has_headings_per_speaker():
    out = render_quotes(QUOTES, "md")
    assert "### Carlos Pérez Ricart" in out
    assert "*political scientist in Mexico City*" in out
    assert "### Will Freeman" in out


def test_markdown_escapes_links_and_html_but_text_does_not():
    evil = _quote('see [here](http://evil.example) <script>alert(1)</script>', 10, QuoteKind.DIRECT,
                  "Will <b>Freeman</b>", "[fellow](http://x)")
    md = render_quotes([evil], "md")
    assert "[here](" not in md and "<script>" not in md and "<b>" not in md
    assert "\\[here\\]" in md and "\\<script\\>" in md
    assert "\\[fellow\\]" in md
    text = render_quotes([evil], "text")
    assert "[here](http://evil.example) <script>alert(1)</script>" in text


def test_markdown_newlines_cannot_start_new_blocks():
    q = _quote("line one\n\n# Injected heading", 5, QuoteKind.DIRECT, "Will Freeman", None)
    md = render_quotes([q], "md")
    assert "\n# Injected" not in md


def test_unattributed_and_empty():
    q = Quote("art_x", "Nobody claims this line", 0, 23, QuoteKind.DIRECT)
    assert "Unattributed" in render_quotes([q], "text")
    assert render_quotes([], "text").strip() == "No quotes found."
    with pytest.raises(ValueError):
        render_quotes([], "html")


def test_unnamed_source_and_unresolved_pronoun_are_told_apart():
    official = _quote("Mexico's government is allied with the cartels", 10, QuoteKind.PARTIAL,
                      None, None, mention="A senior US official")
    he = _quote("the killings would continue", 90, QuoteKind.INDIRECT, None, None, mention="He",
                cue="warned")
    lines = render_quotes([official, he], "text").splitlines()
    assert "A senior US official (unnamed)" in lines
    assert "He (unresolved)" in lines
