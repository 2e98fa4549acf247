"""Claims rendered for people: text and Markdown."""
from __future__ import annotations

from factdesk.models import Assertion, Claim, ClaimType, Quantity
from factdesk.report.claims import describe_quantity, render_claims, render_lines


def _claims():
    q = Quantity("over 30", 10, 17, 30.0, "more_than", "candidates", "candidates assassinated", "2024")
    fact = Claim("art_1", "In 2024, over 30 candidates were assassinated.", 0, 46, 0.91,
                 ClaimType.QUANTITY, Assertion.FACT, "The Ledger", "publication", [q])
    opinion = Claim("art_1", "The policy is a *disgrace*.", 47, 74, 0.55, ClaimType.EVENT,
                    Assertion.OPINION, "Carlos Pérez Ricart", "quote")
    return [fact, opinion]


def test_describe_quantity():
    q = _claims()[0].quantities[0]
    assert describe_quantity(q) == "more than 30 candidates assassinated (2024)"
    pct = Quantity("4.2%", 0, 4, 4.2, "exact", "percent", None, None)
    assert describe_quantity(pct) == "4.2%"
    third = Quantity("two-thirds", 0, 10, 2 / 3, "exact", "fraction", "Mexicans", None)
    assert describe_quantity(third) == "0.667 Mexicans"
    loss = Quantity("620 billion pesos", 0, 17, 6.2e11, "exact", "MXN", None, "2024")
    assert describe_quantity(loss) == "620 billion MXN (2024)"
    assert describe_quantity(Quantity("$38.5 million", 0, 13, 3.85e7, "exact", "USD", None, None)) \
        == "38.5 million USD"


def test_text_report():
    out = render_claims(_claims(), "text")
    assert "[0.91] In 2024, over 30 candidates were assassinated." in out
    assert "claimant: The Ledger (publication)" in out
    assert "number: more than 30 candidates assassinated (2024)" in out
    assert "opinion, not a claim of fact" in out
    assert out.index("0.91") < out.index("0.55")


def test_markdown_escapes_article_text():
    out = render_claims(_claims(), "md")
    assert out.startswith("## Check-worthy claims")
    assert "\\*disgrace\\*" in out
    assert "claimant: Carlos Pérez Ricart (quote)" in out


def test_top_and_empty():
    out = render_claims(_claims(), "text", top=1)
    assert "0.55" not in out and "(1 more below the top 1)" in out
    assert render_claims([], "text") == "No check-worthy claims found.\n"


def test_lines_report():
    results = [
        {"line": 1, "text": "Thank you.", "score": 0.02, "is_claim": False, "type": "event",
         "assertion": "fact"},
        {"line": 3, "text": "Over 30 | died.", "score": 0.93, "is_claim": True, "type": "quantity",
         "assertion": "fact"},
    ]
    text = render_lines(results, "text").splitlines()
    assert text[2].split()[:4] == ["3", "0.93", "*", "quantity"]
    md = render_lines(results, "md")
    assert "| 3 | 0.93 | yes | quantity | fact | Over 30 \\| died. |" in md
