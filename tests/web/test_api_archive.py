"""Archived articles, search and ingest over HTTP, on a real SQLite archive."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.slow  # the archive fixture analyzes and embeds the examples


def test_articles_list_newest_first_without_server_paths(api):
    r = api.get("/api/articles")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 6
    titles = {a["title"] for a in body["articles"]}
    assert "Former security chief sentenced in New York" in titles
    for row in body["articles"]:
        assert "path" not in row and row["link"] == f"/articles/{row['id']}"


def test_one_article_by_id_or_prefix_with_quotes_and_claims(api, articles_by_title):
    row = articles_by_title["Former security chief sentenced in New York"]
    full = api.get(f"/api/articles/{row['id']}").json()
    assert full["article"]["url"] == "https://borderdesk.example/2024/10/garcia-luna-sentenced"
    assert api.get(f"/api/articles/{row['id'][:10]}").json()["article"]["id"] == row["id"]
    quotes = api.get(f"/api/articles/{row['id']}/quotes").json()
    assert any("betrayed the people" in q["text"] for q in quotes["quotes"])
    assert any("Peace" in s["name"] for s in quotes["speakers"])
    claims = api.get(f"/api/articles/{row['id']}/claims").json()["claims"]
    assert any(q["value"] == 38 for c in claims for q in c["quantities"])


def test_unknown_article_is_a_json_404(api):
    r = api.get("/api/articles/art_doesnotexist")
    assert r.status_code == 404
    assert r.json()["status"] == 404 and "no article" in r.json()["error"]


@pytest.mark.parametrize("mode", ["lexical", "semantic", "hybrid"])
def test_search_finds_the_sentence_and_links_to_it(api, mode):
    r = api.get("/api/search", params={"q": "García Luna sentenced to prison", "mode": mode})
    assert r.status_code == 200, r.text
    hits = r.json()["hits"]
    assert hits and any("García Luna" in h["text"] for h in hits[:3])
    top = hits[0]
    assert top["link"] == f"/articles/{top['article_id']}#s-{top['start']}"


def test_semantic_search_finds_meaning_without_the_words(api):
    hits = api.get("/api/search", params={"q": "politicians murdered before the vote",
                                          "mode": "semantic"}).json()["hits"]
    assert any("assassinated" in h["text"] for h in hits[:3])


def test_search_rejects_an_unknown_mode_and_an_empty_query(api):
    r = api.get("/api/search", params={"q": "cartels", "mode": "magic"})
    assert r.status_code == 422 and "mode" in r.json()["error"]
    assert api.get("/api/search", params={"q": ""}).status_code == 422


def test_ingest_stores_good_files_and_reports_bad_ones(api):
    before = api.get("/api/status").json()["articles"]
    good = ("council.txt", b"Council votes to close plant\n\nThe council voted 7 to 2 on Tuesday "
                           b"to close the Riverside plant, the mayor said.", "text/plain")
    binary = ("noise.txt", os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00" * 64, "text/plain")
    r = api.post("/api/ingest", files=[("files", good), ("files", binary)])
    assert r.status_code == 200, r.text
    good_result, bad_result = r.json()["results"]
    assert good_result["file"] == "council.txt" and good_result["stored"] == 1
    assert bad_result["stored"] == 0 and "binary" in bad_result["errors"][0]
    assert r.json()["archive_count"] == before + 1
    again = api.post("/api/ingest", files=[("files", good)]).json()["results"][0]
    assert again["stored"] == 0 and again["duplicates"] == 1
    stored_id = good_result["articles"][0]["id"]
    assert api.get(f"/api/articles/{stored_id}").json()["article"]["title"] == "Council votes to close plant"
