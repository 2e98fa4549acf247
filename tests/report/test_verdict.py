"""render_verdict: text, Markdown and a standalone HTML page, with article text kept as text."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from factdesk.models import Evidence, Quantity, Speaker, Stance, Verdict, VerdictLabel, Voice
from factdesk.report.verdict import render_verdict, safe_url

EVIL = "<script>document.title='pwned'</script>"


def _verdict(label=VerdictLabel.REFUTED, sentence="He was sentenced to 38 years in prison.",
             url="https://borderdesk.example/2024/10/garcia-luna-sentenced", title="Sentenced"):
    evidence = [
        Evidence("art_1", sentence, 120, 160, Stance.REFUTES, 0.91, 3.2, "", title, url,
                 "Border Desk", "2024-10-17",
                 Speaker("Breon Peace", "Peace", 0, 5, role="US attorney in Brooklyn"),
                 ["number mismatch: 28 vs 38"]),
        Evidence("art_2", "Prosecutors said he took bribes.", 0, 33, Stance.NEUTRAL, 0.55),
    ]
    voices = [Voice("Breon Peace", Stance.REFUTES, "He betrayed the people", "art_1", 200, 230,
                    role="US attorney", title=title),
              Voice("César de Castro", Stance.SUPPORTS, "He will appeal", "art_1", 300, 320)]
    return Verdict("García Luna got 28 years in prison", label, 0.82,
                   "The archive says 38 years, not 28.", evidence, voices,
                   [Quantity("28 years", 18, 26, 28.0, unit="years", counted="prison sentence")])


def test_text_names_the_label_evidence_and_who_says_what():
    out = render_verdict(_verdict(), "text")
    assert "Verdict: Refuted (confidence 82%)" in out
    assert "[disputes 91%] He was sentenced to 38 years in prison." in out
    assert "said by Breon Peace, US attorney in Brooklyn" in out
    assert "note: number mismatch: 28 vs 38" in out
    assert "Disputes the claim:" in out and "Supports the claim:" in out
    assert "28 years = 28 years" in out


def test_markdown_escapes_article_text_and_links_only_http():
    verdict = _verdict(sentence=f"[click](javascript:alert(1)) {EVIL} **bold**",
                       url="javascript:alert(1)", title="Title with ](evil)")
    out = render_verdict(verdict, "md")
    assert "**Verdict: Refuted**" in out
    assert "<script>" not in out and "\\<script\\>" in out
    assert not re.search(r"(?<!\\)\]\(javascript", out) and "\\[click\\]" in out
    assert "\\*\\*bold\\*\\*" in out
    assert "Title with \\]\\(evil)" in out or "Title with \\](evil)" in out


def test_markdown_links_to_the_original_article():
    out = render_verdict(_verdict(url="https://news.example/a (1)"), "md")
    assert "](https://news.example/a (1))" not in out  # a space ends a link: not a link at all
    out = render_verdict(_verdict(url="https://news.example/a_(1)"), "md")
    assert "[Sentenced](https://news.example/a_%281%29)" in out


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]
        assert not any(k.startswith("on") for k, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_a_standalone_page_with_everything_escaped():
    verdict = _verdict(sentence=f"{EVIL} <img src=x onerror=alert(1)>", url="javascript:alert(1)")
    verdict.claim = f"Claim {EVIL}"
    out = render_verdict(verdict, "html")
    assert out.startswith("<!DOCTYPE html>") and "<meta charset=\"utf-8\">" in out
    parsed = _Collect()
    parsed.feed(out)
    assert "script" not in parsed.tags and "img" not in parsed.tags  # no JSON-LD unless asked
    assert parsed.hrefs == []  # the javascript: url is shown nowhere as a link
    text = "".join(parsed.text)
    assert EVIL in text and "<img src=x onerror=alert(1)>" in text  # shown, as text
    assert "Refuted" in text and "82%" in text and "Breon Peace" in text


def test_html_report_links_http_sources_and_keeps_its_look_inline():
    out = render_verdict(_verdict(), "html")
    parsed = _Collect()
    parsed.feed(out)
    assert parsed.hrefs == ["https://borderdesk.example/2024/10/garcia-luna-sentenced"]
    assert "<style" not in out and 'class="factdesk-verdict" style=' in out  # survives a CMS paste


@pytest.mark.parametrize("label,name", [(VerdictLabel.SUPPORTED, "Supported"),
                                        (VerdictLabel.MIXED, "Mixed"),
                                        (VerdictLabel.NOT_ENOUGH_EVIDENCE, "Not enough evidence")])
def test_every_label_has_a_readable_name(label, name):
    for fmt in ("text", "md", "html"):
        assert name in render_verdict(_verdict(label=label), fmt)


def test_a_verdict_without_evidence_says_so():
    empty = Verdict("The moon is made of cheese", VerdictLabel.NOT_ENOUGH_EVIDENCE, 0.0,
                    "Nothing in the archive is about this.")
    assert "Evidence: none found" in render_verdict(empty, "text")
    assert "No evidence found" in render_verdict(empty, "md")
    assert "No evidence found" in render_verdict(empty, "html")


def test_unknown_format_names_the_choices():
    with pytest.raises(ValueError, match="text, md, html"):
        render_verdict(_verdict(), "pdf")


@pytest.mark.parametrize("url,ok", [("https://a.example/x", True), ("http://a.example", True),
                                    ("javascript:alert(1)", False), ("data:text/html,x", False),
                                    (" JAVASCRIPT:alert(1)", False), ("//evil.example", False),
                                    ("https://a.example/\nx", False), (None, False)])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) == ok


def test_html_report_can_carry_its_claimreview_without_breaking_out():
    from factdesk.report.claimreview import to_claimreview

    verdict = _verdict()
    verdict.claim = "Claim </script><script>alert(1)</script>"
    review = to_claimreview(verdict, url="https://desk.example/c/1", author_name="Desk")
    out = render_verdict(verdict, "html", claimreview=review)
    parsed = _Collect()
    parsed.feed(out)
    assert parsed.tags.count("script") == 1  # the JSON-LD block, and no other
    block = out.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block)["claimReviewed"] == verdict.claim
    assert "<" not in block


def test_a_sentence_across_paragraphs_stays_one_list_item():
    verdict = _verdict(sentence="\"Not an alliance.\"\n\nPérez Ricart pointed to the case.")
    md = render_verdict(verdict, "md")
    item = next(line for line in md.splitlines() if line.startswith("1. "))
    assert item.endswith("(Border Desk, 2024-10-17)") and "Pérez Ricart pointed" in item
