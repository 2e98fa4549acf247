"""Plain text and Markdown: the first line may be the title."""
from __future__ import annotations

import re

from factdesk.models import Article

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def parse_plaintext(text: str, path: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.lstrip("\n").split("\n", 1)
    first = lines[0].strip()
    rest = lines[1] if len(lines) > 1 else ""
    title = None
    if rest.strip() and _is_title(first):
        title = _HEADING.sub("", first).strip()
        text = rest.strip("\n")
    return Article(text=text.strip(), title=title, path=path)


def _is_title(line: str) -> bool:
    if _HEADING.match(line):
        return True
    return 0 < len(line) <= 200 and not line.endswith((".", "!", "?", ":", ";", ",", '"', "”"))
