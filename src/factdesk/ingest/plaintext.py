"""Plain text and Markdown: the first line may be the title."""
from __future__ import annotations

import re

from factdesk.ingest.dates import date_line
from factdesk.ingest.wrapping import unwrap
from factdesk.models import Article

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# "By Lucía Méndez · March 3, 2025", "By Ana García and Luis Ortiz", "March 3, 2025",
# "Thomas Graham in Mexico City" (a byline with the reporter's place, above a date line)
_BYLINE = re.compile(r"\s*(?:By\s+(?P<author>[^·|•\n]{2,80}?))?\s*(?:(?:^|[·|•,—–-])\s*(?P<date>[^\n]{6,60}?))?\s*")
_AUTHOR = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|del|la|van|von|and|y))*")
_RELEASE = re.compile(r"(?:for immediate release|(?:press|news) release|comunicado(?: de prensa)?)\W*", re.I)
_END_MARK = re.compile(r"^[ \t]*(?:#[ \t]?#[ \t]?#|-[ \t]?30[ \t]?-)[ \t]*$", re.M)
_IN_PLACE = re.compile(r"\s+in\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}$")
# "By MARK STEVENSON Associated Press", "By Dave Graham, Reuters": the agency is no author
_AGENCY = re.compile(r",?\s+(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Bloomberg|EFE)(?=\s*(?:[·|•]|$))", re.I)
# the agency a byline names, as the wires call themselves in a dateline ("MEXICO CITY (AP) —")
AGENCIES = {"associated press": "AP", "ap": "AP", "reuters": "Reuters", "afp": "AFP", "bloomberg": "Bloomberg",
            "efe": "EFE"}


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
    (re.compile(r"^[ \t]{0,6}[-*+][ \t]+(?=\S)", re.M), ""),  # a list item: "* GROWTH: …"
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
    author = published = source = None
    if rest.strip() and _is_title(first, rest):
        title = _HEADING.sub("", first).strip()
        text = rest.strip("\n")
        for _ in range(3):  # "By Laura Méndez", then "March 3, 2025" on a line of its own
            line, _, after = text.partition("\n")
            if _RELEASE.fullmatch(line.strip()) and after.strip():
                text = after.strip("\n")  # a press release's "FOR IMMEDIATE RELEASE"
                continue
            byline = _byline(line) or _placed_byline(line, after)
            if byline is None or not after.strip() or (author and byline[0]) or (published and byline[1]):
                break
            author, published = author or byline[0], published or byline[1]
            source = source or _agency(line)
            text = after.strip("\n")
    end = _END_MARK.search(text)  # "###": the release ends; its contacts follow
    if end and text[: end.start()].strip():
        text = text[: end.start()]
    text = unwrap(text, markdown=bool(path and path.lower().endswith((".md", ".markdown"))))
    return Article(text=text.strip(), title=title, path=path, author=author, published=published, source=source)


def _agency(line: str) -> str | None:
    """The news agency a byline names ("By The Associated Press", "By Dave Graham, Reuters"), or None."""
    m = _AGENCY.search(line) if line.startswith("By ") else None
    if m is None:
        return None
    name = re.sub(r"^[,\s]*(?:the\s+)?", "", m.group(), flags=re.I).lower()
    return AGENCIES.get(re.sub(r"\s+", " ", name))


def _byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, ISO date) of a byline or date line under the title, or None when it is not one."""
    if line.startswith("By ") and _agency(line) and not _AGENCY.sub("", line)[3:].strip():
        return None, None  # "By The Associated Press": the agency, no reporter named
    m = _BYLINE.fullmatch(_AGENCY.sub("", line) if line.startswith("By ") else line)
    if m is None or not (m["author"] or m["date"]):
        return None
    author = _IN_PLACE.sub("", m["author"].strip()) if m["author"] else None
    if author is not None and not _AUTHOR.fullmatch(author):
        return None
    if author is not None and any(w.isupper() and len(w) > 2 for w in author.split()):
        # the wires' capitals: "MARK STEVENSON and FABIOLA SÁNCHEZ"
        author = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in author.split())
    published = date_line(m["date"]) if m["date"] else None
    if m["date"] and published is None:
        return None
    return author, published


def _placed_byline(line: str, after: str) -> tuple[str, None] | None:
    """'Thomas Graham in Mexico City' is a byline only when a date line follows it."""
    name = _IN_PLACE.sub("", line.strip())
    words = name.split()
    if name == line.strip() or not 2 <= len(words) <= 4 or not _AUTHOR.fullmatch(name):
        return None
    following = after.strip("\n").partition("\n")[0]
    return (name, None) if date_line(following) else None


def _is_title(line: str, rest: str = "") -> bool:
    if _HEADING.match(line):
        return True
    if not 0 < len(line) <= 200:
        return False
    if line.endswith(("?", "!")):  # "Did homicides fall by half?": a headline on a line of its own
        return rest.startswith("\n") and len(line.split()) <= 16
    if line.endswith(('"', "”", "'", "’")) and line[-2:-1] not in (".", ",", ";", ":", "!", "?"):
        # 'Sheinbaum: "There will be no U.S. troops in Mexico"': a headline with its quote, not a
        # quoted sentence ('"We are tired."')
        return rest.startswith("\n") and len(line.split()) <= 16
    return not line.endswith((".", ":", ";", ",", '"', "”"))
