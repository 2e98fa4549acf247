"""Hard-wrapped wire copy and PDF text joined back into sentences, and nothing else joined."""
from __future__ import annotations

from factdesk.ingest.wrapping import unwrap

WRAPPED = (
    "MONTERREY, Mexico -- The state government said on Monday that the\n"
    "city's three reservoirs held just 12% of their capacity, the lowest\n"
    "level in two decades, and warned that water cuts could last until\n"
    "the summer rains.\n"
    "\n"
    "\"We are asking every family to cut its use by a third,\" said Nuevo\n"
    "Leon Governor Samuel Garcia. \"This is not a drill.\"\n"
    "\n"
    "Ismael Aguilar, a hydrologist, said the city had lost about 40% of\n"
    "its water to leaks in the distribution net-\n"
    "work, a figure the state utility disputes.\n"
)


def test_a_wrapped_paragraph_is_one_line_again_and_paragraphs_stay():
    paragraphs = unwrap(WRAPPED).split("\n\n")
    assert paragraphs[0] == ("MONTERREY, Mexico -- The state government said on Monday that the city's "
                             "three reservoirs held just 12% of their capacity, the lowest level in two "
                             "decades, and warned that water cuts could last until the summer rains.")
    assert paragraphs[1].startswith("\"We are asking every family to cut its use by a third,\" said Nuevo Leon")
    assert "distribution net-work, a figure" in paragraphs[2]  # nowhere written 'network': kept as written


def test_a_word_broken_by_the_wrap_is_whole_when_the_text_writes_it_whole():
    text = WRAPPED + "\nThe network loses water every day, and the network is old and the pipes leak.\n"
    assert "distribution network, a figure" in unwrap(text)


def test_short_lines_labels_and_list_items_keep_their_breaks():
    text = ("2:45 p.m.\nConnecticut's tax commissioner said the state would appeal the ruling on\n"
            "Monday, and the governor backed her in a statement that afternoon, saying the\n"
            "court had misread the law and that the state would take the case as far as it\n"
            "had to, to the state's supreme court if need be, and the governor backed her.\n"
            "TAPPER: Do you think he has campaigned as a racial healer, governor, as he says?\n"
            "- Mexico's economy grew 1.2% in 2024, down from 3.3% in 2023, INEGI said.\n"
            "- Remittances reached a record $64.7 billion last year, the central bank said.\n")
    lines = unwrap(text).split("\n")
    assert lines[0] == "2:45 p.m."
    assert lines[1].endswith("if need be, and the governor backed her.")
    assert lines[2].startswith("TAPPER:") and lines[3].startswith("- Mexico") and lines[4].startswith("- Remit")


def test_text_that_was_never_wrapped_is_left_as_it_is():
    text = ("The state government said on Monday that the city's reservoirs held just 12% of their "
            "capacity, the lowest level in two decades.\nBy Laura Méndez\nMarch 3, 2025\n")
    assert unwrap(text) == text


def test_markdown_code_blocks_and_tables_keep_their_lines():
    text = ("Figures from the bench:\n\n```\nfigure           factdesk  textacy\nsource exact F1  0.773     "
            "0.196\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\nThe table ends here.\n")
    assert unwrap(text, markdown=True) == text
