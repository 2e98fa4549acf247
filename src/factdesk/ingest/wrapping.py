"""Hard-wrapped text made whole again: wire copy from an email, text copied out of a PDF.

A line broken only because it was full ("…said on Monday that the\ncity's three reservoirs…")
would otherwise end a sentence there. A line joins the next when it is full (at least
FULL of the text's line width) or the next goes on in lower case; short lines (a time stamp, a
byline, the end of a paragraph) keep their breaks, and so do list items and "NAME:" labels.
Plain text is unwrapped only when it looks wrapped (several such breaks, and no line far beyond
the width); Markdown, whose renderers join a paragraph's lines anyway, wherever a break reads so.
"""
from __future__ import annotations

import re

FULL = 0.6  # a line this share of the width or longer was broken by the wrap
MAX_WIDTH = 110  # text whose lines run longer was not wrapped by hand
MIN_WRAPPED = 3  # lines that must look wrapped before a plain text is unwrapped
_KEEPS_BREAK = re.compile(r"[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|#|>|\||[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}:)")
_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_WORD_HYPHEN = re.compile(r"([^\W\d_]+)-$")


def unwrap(text: str, markdown: bool = False) -> str:
    """`text` with the line breaks of a hard wrap joined; paragraphs (blank lines) kept.
    Markdown's lines are joined wherever they read as wrapped; plain text's only when the whole
    text looks wrapped."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 2:
        return text
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not markdown and (width > MAX_WIDTH or _wrapped_lines(lines, width) < MIN_WRAPPED):
        return text
    out = [lines[0]]
    fenced = _FENCE.match(lines[0]) is not None
    for line in lines[1:]:
        fence = _FENCE.match(line) is not None
        if not (fenced or fence) and _joins(out[-1], line, width):
            out[-1] = _join(out[-1].rstrip(), line.strip(), text)
        else:
            out.append(line)
        fenced ^= fence  # inside a ``` block every line stays as written
    return "\n".join(out)


def _wrapped_lines(lines: list[str], width: int) -> int:
    return sum(1 for a, b in zip(lines, lines[1:]) if _joins(a, b, width))


def _joins(line: str, after: str, width: int) -> bool:
    if not line.strip() or not after.strip() or _KEEPS_BREAK.match(after) or line.endswith("  ") \
            or line.lstrip().startswith("|"):
        return False  # a paragraph's end, a list item or label next, Markdown's hard break, a table
    return len(line.rstrip()) >= FULL * width or after.lstrip()[:1].islower()


def _join(line: str, after: str, text: str) -> str:
    """'distribution net-' + 'work' is 'network' when the text writes it so elsewhere, else
    'net-work' (a compound's own hyphen, 'well-' + 'known', stays)."""
    m = _WORD_HYPHEN.search(line)
    if m and after[:1].islower():
        head, tail = m.group(1), re.match(r"[^\W\d_]+", after)
        if tail and re.search(rf"\b{re.escape(head + tail.group())}\b", text, re.I):
            return line[:-1] + after
        return line + after
    return f"{line} {after}"
