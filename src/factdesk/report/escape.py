"""Keeping untrusted article text as text in Markdown and HTML."""
from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    """Article text inside Markdown: no links, HTML or emphasis can be injected."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def html_escape(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)
