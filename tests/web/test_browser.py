"""The workbench in a real headless Chromium, driven over the DevTools protocol (CDP)."""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTICLE = ("Port strike ends\n\n🚢 The strike at the port of Veracruz ended on Friday. "
           "\"We won a fair contract,\" said Maria Lopez, a union leader. "
           "The port handled 1.2 million containers last year.")
EVIL = ("Council <script>document.title='pwned'</script> meets\n\n"
        "The council met on Monday <img src=x onerror=\"document.body.dataset.pwned='1'\"> "
        "and said \"<script>window.pwned=1</script> we will vote in May,\" said Ana Ruiz, the mayor.")


class Chromium:
    """One headless Chromium page, driven with CDP commands over its websocket."""

    def __init__(self, profile: Path):
        import websocket  # websocket-client, in the [dev] extra

        if CHROMIUM is None:
            pytest.fail("chromium is not installed: run `make browser` (Debian's chromium)")
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--window-size=1360,1000",
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        pages = [t for t in httpx.get(f"http://127.0.0.1:{port}/json/list").json() if t["type"] == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=120,
                                              suppress_origin=True)
        self.ids = itertools.count(1)

    def send(self, method: str, **params):
        call_id = next(self.ids)
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.2)
        message = self.js("document.getElementById('message').textContent")
        raise AssertionError(f"timed out waiting for {expression}; page message: {message!r}")

    def open(self, url: str):
        self.send("Page.navigate", url=url)
        self.wait("document.readyState === 'complete' && document.body && document.body.dataset.ready === '1'")

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))
        return path

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chrome = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chrome
    chrome.close()


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FACTDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _analyze_paste(browser, text: str):
    browser.js("document.querySelector('[data-panel=analyze]').click()")
    browser.js(f"document.getElementById('analyze-text').value = {json.dumps(text)}; "
               "document.getElementById('analyze-archived').value = ''; "
               "document.getElementById('article-text').textContent = ''; "
               "document.getElementById('analyze-button').click()")
    browser.wait("document.getElementById('article-text').textContent.length > 0")


def test_paste_an_article_and_see_its_quote_highlighted_with_the_speaker(browser, server, tmp_path):
    browser.open(server + "/")
    _analyze_paste(browser, ARTICLE)
    marks = browser.wait("[...document.querySelectorAll('#article-text mark.quote')]"
                         ".map(m => [m.textContent, m.dataset.speaker, m.className])")
    assert any(text.startswith("We won a fair contract") and "Lopez" in speaker and "spk-" in cls
               for text, speaker, cls in marks), marks  # offsets agree past the emoji
    speakers = browser.js("[...document.querySelectorAll('#speakers .speaker-name')].map(e => e.textContent)")
    assert any("Lopez" in name for name in speakers)
    assert browser.js("document.getElementById('article-text').textContent") == ARTICLE.split("\n\n", 1)[1]
    browser.screenshot(_shots(tmp_path) / "analyze.png")


def test_check_a_claim_and_see_the_verdict_card_with_linked_evidence(browser, server, tmp_path):
    browser.open(server + "/")
    browser.js("document.querySelector('[data-panel=check]').click(); "
               "document.getElementById('check-claim').value = "
               "'Genaro García Luna was sentenced to 38 years in prison'; "
               "document.getElementById('check-button').click()")
    label = browser.wait("!document.getElementById('verdict').hidden && "
                         "document.getElementById('verdict-label').textContent")
    assert label in {"Supported", "Refuted", "Mixed", "Not enough evidence"}
    assert browser.js("document.getElementById('verdict-rationale').textContent.length") > 0
    assert browser.js("document.getElementById('verdict-confidence').textContent").endswith("%")
    links = browser.js("[...document.querySelectorAll('#evidence a')].map(a => a.getAttribute('href'))")
    first = next(h for h in links if h.startswith("/articles/"))
    browser.screenshot(_shots(tmp_path) / "check.png")
    browser.open(server + first)
    target = browser.wait("[...document.querySelectorAll('#article-text .seg.target')].map(s => s.textContent).join('')")
    sentence = browser.js("document.getElementById('article-text').textContent")
    assert target and target.strip() in sentence
    browser.screenshot(_shots(tmp_path) / "article.png")


def test_a_claim_too_short_to_check_is_explained_on_the_page(browser, server):
    browser.open(server + "/")
    browser.js("document.querySelector('[data-panel=check]').click(); "
               "document.getElementById('check-claim').value = 'cartels'; "
               "document.getElementById('check-button').click()")
    message = browser.wait("!document.getElementById('message').hidden && "
                           "document.getElementById('message').textContent")
    assert "cartels" in message and "claim" in message.lower()
    assert browser.js("document.getElementById('verdict').hidden")


def test_a_script_in_a_pasted_article_shows_as_text_and_never_runs(browser, server):
    browser.open(server + "/")
    _analyze_paste(browser, EVIL)
    browser.wait("document.querySelectorAll('#article-text .seg').length > 0")
    text = browser.js("document.getElementById('article-text').textContent")
    assert "<script>window.pwned=1</script>" in text and "<img src=x" in text
    assert browser.js("document.getElementById('article-title').textContent").count("<script>") == 1
    assert browser.js("document.title") == "factdesk"
    assert browser.js("document.querySelectorAll('main script, main img').length") == 0
    assert browser.js("document.body.dataset.pwned === undefined && window.pwned === undefined")


def test_a_script_in_an_archived_article_never_runs_on_its_page(browser, server):
    r = httpx.post(server + "/api/ingest", files=[("files", ("evil-page.txt", EVIL.encode(), "text/plain"))],
                   timeout=300)
    article_id = (r.json()["results"][0]["articles"] or [{}])[0].get("id")
    assert article_id, r.text
    browser.open(f"{server}/articles/{article_id}")
    browser.wait("document.getElementById('article-text').textContent.includes('<script>')")
    browser.js("document.querySelector('[data-panel=archive]').click()")
    browser.wait("[...document.querySelectorAll('#archive-rows a')].some(a => a.textContent.includes('<script>'))")
    assert browser.js("document.title") == "factdesk"
    assert browser.js("document.querySelectorAll('main script, main img').length") == 0
    assert browser.js("document.body.dataset.pwned === undefined && window.pwned === undefined")


def test_ingest_files_from_the_page_with_progress(browser, server, tmp_path):
    files = []
    for n, town in enumerate(["Orizaba", "Xalapa"]):
        path = tmp_path / f"brief-{n}.txt"
        path.write_text(f"Water plant opens in {town}\n\nThe new water plant in {town} opened on "
                        f"Monday and will serve {n + 3}0,000 people, the governor said.")
        files.append(str(path))
    too_big = tmp_path / "too-big.txt"
    too_big.write_text("word " * 100_000)  # 0.5 MB against the 0.3 MB limit
    files.append(str(too_big))
    browser.open(server + "/")
    browser.js("document.querySelector('[data-panel=ingest]').click()")
    root = browser.send("DOM.getDocument")["root"]["nodeId"]
    node = browser.send("DOM.querySelector", nodeId=root, selector="#ingest-files")["nodeId"]
    browser.send("DOM.setFileInputFiles", nodeId=node, files=files)
    browser.js("document.querySelector('#ingest-form button[type=submit]').click()")
    browser.wait("document.getElementById('ingest-status').textContent.startsWith('Done')")
    assert browser.js("document.getElementById('ingest-progress').value") == 3
    log = browser.js("[...document.querySelectorAll('#ingest-log li')].map(li => [li.className, li.textContent])")
    assert [cls for cls, _ in log] == ["ok", "ok", "failed"]
    assert "1 stored" in log[0][1] and "limit" in log[2][1]
    browser.wait("[...document.querySelectorAll('#archive-rows a')]"
                 ".some(a => a.textContent === 'Water plant opens in Xalapa')")
