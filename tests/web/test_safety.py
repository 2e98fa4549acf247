"""Limits and untrusted input: 413s, JSON errors, no paths from requests, escaping, headers."""
from __future__ import annotations

import pytest

from factdesk.web import create_app

SCRIPT_ARTICLE = ("Mayor resigns <script>document.title='pwned'</script>\n\n"
                  "The mayor said \"<img src=x onerror=alert(1)> we are done\" on Monday.")


def test_an_oversized_upload_is_a_413_json_with_the_limit(bare_api):
    big = b"word " * 200_000  # 1 MB against a 0.3 MB limit
    r = bare_api.post("/api/analyze/upload", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    assert r.json()["status"] == 413 and "0.3 MB limit" in r.json()["error"]


def test_an_oversized_paste_is_a_413(bare_api):
    r = bare_api.post("/api/analyze", json={"text": "word " * 70_000})  # 350 kB, under the envelope
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_a_streamed_body_without_length_is_still_limited(bare_api):
    def chunks():
        for _ in range(100):
            yield b"x" * 10_000
    r = bare_api.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_empty_and_binary_input_get_422_with_the_reason(bare_api):
    r = bare_api.post("/api/analyze", json={"text": "   "})
    assert r.status_code == 422 and "empty" in r.json()["error"]
    r = bare_api.post("/api/analyze/upload", files={"file": ("x.txt", b"\x00\x01\x02" * 500, "text/plain")})
    assert r.status_code == 422 and "binary" in r.json()["error"]


def test_malformed_json_is_a_json_error(bare_api):
    r = bare_api.post("/api/analyze", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"].startswith("invalid request")


@pytest.mark.slow
def test_upload_names_are_never_opened_as_paths(api):
    r = api.post("/api/analyze/upload",
                 files={"file": ("../../../../etc/passwd", b"The council met on Monday.", "text/plain")})
    assert r.status_code == 200
    article = r.json()["analyses"][0]["article"]
    assert article["text"] == "The council met on Monday." and article["path"] is None


@pytest.mark.parametrize("path", ["/static/../pages.py", "/static/..%2Fpages.py", "/static/index.html",
                                  "/static/%2e%2e%2f%2e%2e%2fcli.py"])
def test_only_the_two_packaged_assets_are_served(bare_api, path):
    r = bare_api.get(path)
    assert r.status_code == 404
    assert "import" not in r.text


def test_pages_and_assets_are_served_with_a_strict_policy(bare_api):
    page = bare_api.get("/")
    assert page.status_code == 200 and "factdesk" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert bare_api.get("/static/factdesk.js").headers["content-type"].startswith("text/javascript")
    assert bare_api.get("/static/factdesk.css").status_code == 200


def test_unknown_article_page_is_404(bare_api):
    assert bare_api.get("/articles/art_nope").status_code == 404


@pytest.mark.slow
def test_script_in_an_article_is_stored_and_returned_as_text(api):
    r = api.post("/api/ingest", files=[("files", ("evil.txt", SCRIPT_ARTICLE.encode(), "text/plain"))])
    stored = r.json()["results"][0]["articles"][0]
    page = api.get(f"/articles/{stored['id']}")
    assert page.status_code == 200 and "<script>document" not in page.text  # JS renders it as text
    data = api.get(f"/api/articles/{stored['id']}").json()
    assert "<script>document.title='pwned'</script>" in data["article"]["title"]


def test_the_app_binds_nothing_itself_and_opens_only_its_archive(tmp_path):
    app = create_app(str(tmp_path / "only.db"))
    assert app.state.desk.archive.path == str(tmp_path / "only.db")
    assert (tmp_path / "only.db").exists()


def test_unknown_endpoints_and_methods_say_where_the_api_is_described(bare_api):
    r = bare_api.get("/api/nothing")
    assert r.status_code == 404 and "/api/openapi.json" in r.json()["error"]
    r = bare_api.delete("/api/articles")
    assert r.status_code == 405 and r.json()["status"] == 405


def test_an_empty_archive_answers_plainly(bare_api):
    assert bare_api.get("/api/articles").json() == {"total": 0, "articles": []}
    assert bare_api.get("/api/search", params={"q": "cartels", "mode": "lexical"}).json()["hits"] == []
    r = bare_api.get("/api/articles/art_missing")
    assert r.status_code == 404 and "GET /api/articles" in r.json()["error"]
