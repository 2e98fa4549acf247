"""Reading articles: every format, and every bad input named with its problem."""
from __future__ import annotations

import json

from factdesk.errors import InputError
from factdesk.ingest import read_paths
from factdesk.models import Article

EXAMPLES = "examples/articles"


def _read(*paths, max_bytes=20_000_000):
    return list(read_paths([str(p) for p in paths], max_bytes))


def test_text_file_first_line_is_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Senate passes the budget\n\nThe Senate passed the budget on Friday.\n")
    [article] = _read(f)
    assert article.title == "Senate passes the budget"
    assert article.text == "The Senate passed the budget on Friday."
    assert article.path == str(f)


def test_a_byline_under_the_title_gives_author_and_date(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Water plan faces a revolt\n\nBy Lucía Méndez · March 3, 2025\n\n"
                 "The utility made a profit of $40 million last year.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.title, article.author, article.published) == (
        "Water plan faces a revolt", "Lucía Méndez", "2025-03-03")
    assert article.text == "The utility made a profit of $40 million last year."


def test_a_byline_and_a_date_line_of_their_own_give_author_and_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Governor defends water plan\n\nBy Laura Méndez\nMarch 3, 2025\n\n"
                 "The river carried 1.2 billion cubic meters last year.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published) == ("Laura Méndez", "2025-03-03")
    assert article.text == "The river carried 1.2 billion cubic meters last year."


def test_a_first_line_that_only_starts_with_by_stays_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Budget vote\n\nBy 2030 the plan will cost $4 billion, the mayor said.\n")
    [article] = _read(f)
    assert article.author is None and article.text.startswith("By 2030 the plan")


def test_a_headline_that_ends_in_its_quote_is_the_title_and_a_quoted_sentence_is_not(tmp_path):
    headline, said = tmp_path / "a.txt", tmp_path / "b.txt"
    headline.write_text('Sheinbaum: "There will be no U.S. troops in Mexico"\n\nThe president spoke on Friday.\n')
    said.write_text('"We are tired of waiting."\n\nResidents of Iztapalapa marched on Friday.\n')
    [a], [b] = _read(headline), _read(said)
    assert a.title == 'Sheinbaum: "There will be no U.S. troops in Mexico"'
    assert a.text == "The president spoke on Friday."
    assert b.title is None and b.text.startswith('"We are tired')


def test_text_file_without_title_keeps_first_sentence(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The Senate passed the budget on Friday.\nIt now goes to the House.\n")
    [article] = _read(f)
    assert article.title is None
    assert article.text.startswith("The Senate passed")


def test_html_strips_boilerplate_and_keeps_metadata():
    [article] = _read(f"{EXAMPLES}/sentencing-report.html")
    assert article.title == "Former security chief sentenced in New York"
    assert article.url == "https://borderdesk.example/2024/10/garcia-luna-sentenced"
    assert article.published == "2024-10-17"
    assert article.author == "Ana Lucía Torres"
    assert "sentenced on Wednesday to 38 years" in article.text
    assert "Subscribe" not in article.text and "All rights reserved" not in article.text


def test_jsonl_records_become_articles():
    articles = _read(f"{EXAMPLES}/wire-briefs.jsonl")
    assert [a.title for a in articles] == [
        "Sheinbaum rejects US accusation", "Analyst: cartels act as a parallel power"]
    assert articles[0].published == "2025-03-04"
    assert articles[0].source == "Wire Example"


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title\n\nA body sentence about taxes.")
    (tmp_path / "a.txt").write_text("Another body sentence about taxes.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    assert len(_read(tmp_path)) == 2


def test_latin1_text_is_decoded_not_assumed(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("El presidente habló en la conferencia de prensa sobre la economía y la "
                  "educación, según la información oficial publicada el martes.".encode("latin-1"))
    [article] = _read(f)
    assert "habló" in article.text and "educación" in article.text


def test_bad_inputs_are_named_and_do_not_stop_the_batch(tmp_path):
    (tmp_path / "1-good.txt").write_text("The mayor said the bridge will open in May.")
    (tmp_path / "2-empty.txt").write_text("   \n")
    (tmp_path / "3-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "4-broken.json").write_text('{"text": "unterminated')
    (tmp_path / "5-notext.jsonl").write_text('{"title": "no body"}\n{"text": "A real record."}\n')
    (tmp_path / "6-good.md").write_text("The council voted 7 to 2 on Tuesday.")
    results = _read(tmp_path, tmp_path / "missing.txt")
    good = [r for r in results if isinstance(r, Article)]
    bad = {r.where.split("/")[-1]: r.problem for r in results if isinstance(r, InputError)}
    assert sorted(a.text for a in good) == [
        "A real record.", "The council voted 7 to 2 on Tuesday.",
        "The mayor said the bridge will open in May."]
    assert "empty" in bad["2-empty.txt"]
    assert "binary" in bad["3-binary.txt"]
    assert "malformed JSON" in bad["4-broken.json"]
    assert "no 'text' field" in bad["5-notext.jsonl:1"]
    assert "no such file" in bad["missing.txt"]


def test_size_limit_names_the_limit(tmp_path):
    f = tmp_path / "huge.html"
    f.write_text("<p>" + "word " * 300_000 + "</p>")
    [err] = _read(f, max_bytes=1_000_000)
    assert isinstance(err, InputError) and "over the 1.0 MB limit" in err.problem


def test_malformed_html_still_yields_text(tmp_path):
    f = tmp_path / "broken.html"
    f.write_text("<html><body><div><p>The governor said the dam is safe. "
                 "Engineers disagree with that assessment <b>strongly<p>More text here about "
                 "the dam and its inspection record, which dates back to 1998.</div")
    [article] = _read(f)
    assert isinstance(article, Article)
    assert "governor said the dam is safe" in article.text


def test_json_array_of_records(tmp_path):
    f = tmp_path / "batch.json"
    f.write_text(json.dumps([{"text": "First story text."}, {"text": "Second story text."}]))
    assert [a.text for a in _read(f)] == ["First story text.", "Second story text."]


def test_markdown_marks_go_and_their_words_stay(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Q&A: What the border numbers hide\n\n**Q: Is the drop real?**\n\n"
                 "A: It is *very* real, as [the agency's data](https://example.org/d \"data\") "
                 "shows.\n\n## Deaths\n\n> Deaths rose in 2022.\n", encoding="utf-8")
    [article] = _read(f)
    assert article.title == "Q&A: What the border numbers hide"
    assert article.text == ("Q: Is the drop real?\n\nA: It is very real, as the agency's data "
                            "shows.\n\nDeaths\n\nDeaths rose in 2022.")


def test_a_wire_dateline_names_the_publication(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Mexico weighs tariffs\n\nMEXICO CITY (AP) — Mexico's economy minister said "
                 "Tuesday that his government would not retaliate.\n", encoding="utf-8")
    [article] = _read(f)
    assert article.source == "AP"
    plain = tmp_path / "b.txt"
    plain.write_text("Mexico weighs tariffs\n\nMexico's economy minister said Tuesday that "
                     "(so far) his government would not retaliate.\n", encoding="utf-8")
    assert _read(plain)[0].source is None


def test_a_reuters_dateline_with_its_day_names_the_publication(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Pemex posts loss\n\nMEXICO CITY, July 26 (Reuters) - Mexican state oil company Pemex "
                 "reported a net loss of 40.5 billion pesos in the second quarter.\n", encoding="utf-8")
    assert _read(f)[0].source == "Reuters"


def test_a_factbox_dateline_with_only_its_day_names_the_publication(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("FACTBOX: Mexico's economy\n\nFeb 3 (Reuters) - Here are some key facts about "
                 "Mexico's economy as tariffs loom.\n", encoding="utf-8")
    assert _read(f)[0].source == "Reuters"


def test_a_question_on_a_line_of_its_own_is_the_headline(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Did Mexico's homicides fall by half under Sheinbaum?\n\nBy Laura Ibáñez · "
                 "October 2, 2025\n\nOfficial figures show a drop of 32%.\n", encoding="utf-8")
    [article] = _read(f)
    assert article.title == "Did Mexico's homicides fall by half under Sheinbaum?"
    assert (article.author, article.published) == ("Laura Ibáñez", "2025-10-02")
    assert article.text == "Official figures show a drop of 32%."
    g = tmp_path / "b.txt"
    g.write_text("Is Mexico's government really allied with the cartels? The Trump "
                 "administration says so.\n\nExperts disagree.\n", encoding="utf-8")
    assert _read(g)[0].title is None


def test_a_hostile_markdown_line_is_read_not_stuck_on(tmp_path):
    from factdesk.ingest.plaintext import markdown_text

    assert markdown_text("[a](" * 100_000) == "[a](" * 100_000  # no link: left as written
    assert markdown_text("**a " * 100_000) == "a " * 100_000


def test_a_byline_with_the_reporters_city_and_a_guardian_date_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Mexico's new supreme court takes office\n\nThomas Graham in Mexico City\n"
                 "Mon 1 Sep 2025 06.00 BST\n\nTurnout in June's vote was just 13%.\n",
                 encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published) == ("Thomas Graham", "2025-09-01")
    assert article.text == "Turnout in June's vote was just 13%."


def test_a_city_line_without_a_date_below_it_stays_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Protests grow\n\nProtesters in Mexico City\nmarched on Sunday.\n")
    [article] = _read(f)
    assert article.author is None and article.text.startswith("Protesters in Mexico City")


def test_a_feed_records_date_is_read_as_a_date(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": "Inflation eased to 3.5% in August.",
                             "date": "Mon, 01 Sep 2025 10:00:00 +0000"}) + "\n")
    [article] = _read(f)
    assert article.published == "2025-09-01"


def test_a_wire_byline_in_capitals_is_the_reporter_not_the_agency(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Mexico says tariffs would cost jobs\n\nBy MARK STEVENSON and FABIOLA SÁNCHEZ, "
                 "The Associated Press\nUpdated 4:12 PM CST, February 3, 2025\n\n"
                 "MEXICO CITY (AP) — Mexico's economy minister warned Monday.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published, article.source) == (
        "Mark Stevenson and Fabiola Sánchez", "2025-02-03", "AP")


def test_a_byline_that_names_only_the_agency_gives_the_agency_and_the_date_below(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Live updates: Hurricane Erick makes landfall\n\nBy The Associated Press\nPublished June 19, 2026\n\n"
                 "10:42 a.m.\n\nHurricane Erick made landfall as a Category 3 storm.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published, article.source) == (None, "2026-06-19", "AP")
    assert article.text.startswith("10:42 a.m.")
    f.write_text("Banxico cuts its rate\n\nBy Elena Vargas, Reuters\nPublished December 18, 2026\n\n"
                 "The central bank cut its rate on Thursday.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published, article.source) == ("Elena Vargas", "2026-12-18", "Reuters")


def test_a_press_release_keeps_its_date_and_ends_at_its_end_mark(tmp_path):
    f = tmp_path / "release.txt"
    f.write_text("Justice Department Announces Extradition of Cartel Leader\n\nFOR IMMEDIATE RELEASE\n"
                 "Thursday, February 27, 2025\n\nWASHINGTON – The Justice Department announced today "
                 "that 29 defendants were transferred from Mexico.\n\n###\n\n"
                 "Contact: Office of Public Affairs, (202) 514-2007\n", encoding="utf-8")
    [article] = _read(f)
    assert article.published == "2025-02-27"
    assert article.text.startswith("WASHINGTON – The Justice Department announced today")
    assert article.text.endswith("transferred from Mexico.")


def test_hard_wrapped_wire_copy_reads_as_whole_sentences(tmp_path):
    f = tmp_path / "wire.txt"
    f.write_text("Water crisis deepens\n\nBy Laura Méndez\nMarch 3, 2025\n\n"
                 "MONTERREY, Mexico -- The state government said on Monday that the\n"
                 "city's three reservoirs held just 12% of their capacity, the lowest\n"
                 "level in two decades, and warned that water cuts could last until\n"
                 "the summer rains.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published) == ("Laura Méndez", "2025-03-03")
    assert "\n" not in article.text and article.text.endswith("until the summer rains.")


def test_a_date_line_with_the_city_it_was_filed_from_is_the_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Remittances to Mexico fall\n\nBy Ana Torres\nMexico City, July 2, 2025\n\n"
                 "Remittances fell 4.6% in the first five months of 2025.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.author, article.published) == ("Ana Torres", "2025-07-02")
    assert article.text == "Remittances fell 4.6% in the first five months of 2025."


def test_the_date_in_the_dateline_is_the_publication_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Measles cases in Texas pass 500\n\nBy Tomás Ortega\n\nAUSTIN, Texas, March 28, "
                 "2025 — Texas has recorded 505 measles cases since January.\n", encoding="utf-8")
    [article] = _read(f)
    assert (article.published, article.author) == ("2025-03-28", "Tomás Ortega")
    g = tmp_path / "b.txt"
    g.write_text("Mexico's economy shrinks\n\nMEXICO CITY, April 30, 2025 (Reuters) - Mexico's economy "
                 "contracted 0.6%.\n", encoding="utf-8")
    assert (_read(g)[0].published, _read(g)[0].source) == ("2025-04-30", "Reuters")
