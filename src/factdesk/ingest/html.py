"""HTML pages: boilerplate stripped by trafilatura; title, date, author and url kept."""
from __future__ import annotations

import logging

from factdesk.errors import InputError
from factdesk.models import Article

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def parse_html(html: str, where: str, path: str | None = None) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(where, f"HTML could not be parsed ({type(exc).__name__})") from exc
    if doc is None:
        raise InputError(where, "no article text found in this HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(where, "no article text found in this HTML page")
    title = data.get("title") or None
    if title and text.split("\n", 1)[0].strip() == title.strip():
        text = text.split("\n", 1)[1].strip() if "\n" in text else text  # headline kept as title
    return Article(
        text=text,
        title=title,
        url=data.get("url") or None,
        source=data.get("sitename") or data.get("hostname") or None,
        published=data.get("date") or None,
        author=data.get("author") or None,
        path=path,
    )


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
