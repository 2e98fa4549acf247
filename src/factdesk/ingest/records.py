"""JSON and JSON Lines records with text/title/url/date/source fields."""
from __future__ import annotations

import json
from collections.abc import Iterator

from factdesk.errors import InputError
from factdesk.ingest.dates import as_date
from factdesk.ingest.wrapping import unwrap
from factdesk.models import Article

TEXT_KEYS = ("text", "body", "content", "article")
DATE_KEYS = ("published", "date", "publication_date", "datePublished")


def parse_json(text: str, where: str, path: str | None = None) -> Iterator[Article | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(where, f"malformed JSON at line {exc.lineno}: {exc.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        label = where if len(records) == 1 else f"{where} record {i}"
        yield _to_article(record, label, path)


def parse_jsonl(text: str, where: str, path: str | None = None) -> Iterator[Article | InputError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{where}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(label, f"malformed JSON line ({exc.msg})")
            continue
        yield _to_article(record, label, path)


def _to_article(record: object, where: str, path: str | None) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(where, "a record must be a JSON object with a 'text' field")
    text = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str)), "")
    if not text.strip():
        return InputError(where, "record has no 'text' field (or it is empty)")
    published = next((str(record[k]) for k in DATE_KEYS if record.get(k)), None)
    if published:
        published = as_date(published)  # "Mon, 01 Sep 2025 10:00:00 +0000"
    return Article(
        text=unwrap(text.strip()),  # wire copy pasted from an email: hard-wrapped
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        source=_str(record.get("source")),
        published=published,
        author=_str(record.get("author")),
        language=_str(record.get("language")),
        path=path,
    )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None
