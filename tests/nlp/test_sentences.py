"""Sentence bounds the archive cites: evidence is quoted to its exact sentence."""


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_closing_quote_mark_stays_with_its_sentence(nlp):
    text = ('A federal judge blocked the law, calling it "unconstitutional on its face."\n\n'
            "“It is over.” She left.")
    assert _sentences(nlp, text) == [
        'A federal judge blocked the law, calling it "unconstitutional on its face."',
        "“It is over.”", "She left."]


def test_a_dateline_opens_its_sentence(nlp):
    text = ("AUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law.\n\n"
            "MEXICO CITY — The president spoke. Then she left — quickly — for Puebla.")
    assert _sentences(nlp, text) == [
        "AUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law.",
        "MEXICO CITY — The president spoke.", "Then she left — quickly — for Puebla."]


def test_a_reuters_dateline_with_a_hyphen_opens_its_sentence(nlp):
    text = "MEXICO CITY (Reuters) - Five journalists have been killed in Mexico so far this year. It said so - twice."
    assert _sentences(nlp, text) == [
        "MEXICO CITY (Reuters) - Five journalists have been killed in Mexico so far this year.", "It said so - twice."]


def test_a_line_break_ends_a_headline(nlp):
    assert _sentences(nlp, "Judge blocks Texas law\nThe ruling came on Thursday.") == [
        "Judge blocks Texas law", "The ruling came on Thursday."]


def test_the_archive_s_sentence_begins_after_its_dateline(nlp):
    from factdesk.models import Article
    from factdesk.pipeline import analyze_doc

    text = "WASHINGTON, June 6, 2025 — The US economy added 272,000 jobs in May.\n\nIt was strong."
    analysis = analyze_doc(nlp(text), Article(text=text, language="en"))
    assert [text[s.start:s.end] for s in analysis.sentences] == [
        "The US economy added 272,000 jobs in May.", "It was strong."]


def test_a_temperatures_full_stop_ends_its_sentence(nlp):
    text = "NOAA put the rise at 1.46C. Britain's Met Office estimated 1.53C. It cost $5. Then we left."
    assert _sentences(nlp, text) == ["NOAA put the rise at 1.46C.", "Britain's Met Office estimated 1.53C.",
                                     "It cost $5.", "Then we left."]
