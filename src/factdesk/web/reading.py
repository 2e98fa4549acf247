"""Text and uploads -> Articles, with the same readers as the CLI. Uploads are bytes in memory:
their file name only chooses the reader (by suffix) and labels messages; no path is opened."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from fastapi import HTTPException, UploadFile

from factdesk.errors import InputError
from factdesk.ingest.decode import decode
from factdesk.ingest.reader import read_text
from factdesk.models import Article
from factdesk.web.errors import too_large_message

KINDS = {".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def upload_name(upload: UploadFile) -> str:
    """The file's base name, for messages only: no folders, no odd characters."""
    name = PurePosixPath((upload.filename or "upload").replace("\\", "/")).name
    return re.sub(r"[^\w.\- ]", "_", name)[:120] or "upload"


def read_pasted(text: str, kind: str, title: str | None, max_bytes: int) -> tuple[list[Article], list[str]]:
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise HTTPException(413, too_large_message(max_bytes, size))
    if not text.strip():
        raise InputError("<text>", "the text is empty: paste an article or choose a file")
    return _split(read_text(text, kind, "<text>"), title)


async def read_upload(upload: UploadFile, max_bytes: int) -> tuple[list[Article], list[str]]:
    name = upload_name(upload)
    raw = await upload.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise HTTPException(413, too_large_message(max_bytes))
    text = decode(raw, name, max_bytes)  # empty, binary, unknown encoding: InputError
    kind = KINDS.get(PurePosixPath(name).suffix.lower(), "text")
    return _split(read_text(text, kind, name), None)


def _split(items: list, title: str | None) -> tuple[list[Article], list[str]]:
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Exception)]
    for article in articles:
        article.path = None  # nothing here was read from this machine's disk
        if title and not article.title:
            article.title = title
    if not articles:
        raise failures[0] if failures else InputError("<text>", "no article found in the input")
    return articles, [str(f) for f in failures]
