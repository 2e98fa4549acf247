"""Plain text and Markdown: the first line may be the title."""
from __future__ import annotations

import re
from datetime import datetime

from factdesk.models import Article

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# "By Lucía Méndez · March 3, 2025", "By Ana García and Luis Ortiz", "March 3, 2025"
_BYLINE = re.compile(r"\s*(?:By\s+(?P<author>[^·|•\n]{2,80}?))?\s*(?:(?:^|[·|•,—–-])\s*(?P<date>[^\n]{6,40}?))?\s*")
_AUTHOR = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|del|la|van|von|and|y))*")
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d", "%B %d %Y")


_MARKDOWN = [  # (pattern, replacement): Markdown's marks go, its words stay; every stretch
    # is bounded, so a hostile line of a million '**' or '[a](' reads in linear time
    (re.compile(r"!\[([^\]\[\n]{0,300})\]\([^)(\[\s]{0,500}\)"), r"\1"),  # ![alt](src)
    (re.compile(r"\[([^\]\[\n]{1,300})\]\([^)(\[\s]{1,500}(?:\s+\"[^\"\n]{0,300}\")?\)"), r"\1"),  # [words](url "title")
    (re.compile(r"\*\*|(?<!\w)__|__(?!\w)"), ""),  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"`([^`\n]{1,300})`"), r"\1"),  # `code`
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # > a blockquote
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # a rule: ---
    (re.compile(r"(?<=\n)[ \t]{0,3}#{1,6}[ \t]+"), ""),  # "## A section" below the title
]


def markdown_text(text: str) -> str:
    """The words of a Markdown document without its marks ("**Q: Is that real?**" gives
    "Q: Is that real?"); the first line keeps its '#', which the title line drops."""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text


def parse_plaintext(text: str, path: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path and path.lower().endswith((".md", ".markdown")):
        text = markdown_text(text)
    lines = text.lstrip("\n").split("\n", 1)
    first = lines[0].strip()
    rest = lines[1] if len(lines) > 1 else ""
    title = None
    author = published = None
    if rest.strip() and _is_title(first, rest):
        title = _HEADING.sub("", first).strip()
        text = rest.strip("\n")
        for _ in range(2):  # "By Laura Méndez", then "March 3, 2025" on a line of its own
            line, _, after = text.partition("\n")
            byline = _byline(line)
            if byline is None or not after.strip() or (author and byline[0]) or (published and byline[1]):
                break
            author, published = author or byline[0], published or byline[1]
            text = after.strip("\n")
    return Article(text=text.strip(), title=title, path=path, author=author, published=published)


def _byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, ISO date) of a byline or date line under the title, or None when it is not one."""
    m = _BYLINE.fullmatch(line)
    if m is None or not (m["author"] or m["date"]):
        return None
    author = m["author"].strip() if m["author"] else None
    if author is not None and not _AUTHOR.fullmatch(author):
        return None
    published = _iso_date(m["date"]) if m["date"] else None
    if m["date"] and published is None:
        return None
    return author, published


def _iso_date(text: str) -> str | None:
    text = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _is_title(line: str, rest: str = "") -> bool:
    if _HEADING.match(line):
        return True
    if not 0 < len(line) <= 200:
        return False
    if line.endswith(("?", "!")):  # "Did homicides fall by half?": a headline on a line of its own
        return rest.startswith("\n") and len(line.split()) <= 16
    return not line.endswith((".", ":", ";", ",", '"', "”"))
