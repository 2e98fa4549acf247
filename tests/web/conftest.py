"""A real archive (the example articles) served by a real uvicorn on 127.0.0.1, one per session."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
UPLOAD_LIMIT = 300_000  # small, so the 413 tests send little


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory) -> Path:
    from factdesk.archive_ops import ingest_analyses
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_articles
    from factdesk.store import Archive

    path = tmp_path_factory.mktemp("web") / "archive.db"
    archive = Archive(path)
    articles = [a for a in read_paths([str(EXAMPLES)]) if not isinstance(a, Exception)]
    results = list(ingest_analyses(archive, analyze_articles(articles)))
    assert all(error is None for _, _, error in results)
    archive.close()
    return path


@contextmanager
def serving(db_path: Path):
    """The base url of the workbench on db_path, served by uvicorn in a thread of this process."""
    import uvicorn

    from factdesk.web import create_app

    port = free_port()
    app = create_app(str(db_path), max_upload_bytes=UPLOAD_LIMIT)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(archive_path):
    """The workbench on the archive of the example articles."""
    with serving(archive_path) as url:
        yield url


@pytest.fixture(scope="session")
def api(server):
    with httpx.Client(base_url=server, timeout=300) as client:
        yield client


@pytest.fixture(scope="session")
def bare_api(tmp_path_factory):
    """The workbench on an empty archive: for what needs no model (limits, errors, assets)."""
    with serving(tmp_path_factory.mktemp("bare") / "empty.db") as url:
        with httpx.Client(base_url=url, timeout=60) as client:
            yield client


@pytest.fixture(scope="session")
def articles_by_title(api) -> dict[str, dict]:
    rows = api.get("/api/articles").json()["articles"]
    return {row["title"]: row for row in rows}
