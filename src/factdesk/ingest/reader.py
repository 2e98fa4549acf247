"""Expand paths (files, folders, '-') and read each into Articles; failures are values, not raises.

A batch never stops at a bad file: each failure comes back as a ReadFailure naming the file
and the problem, and every good file is still read.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from factdesk.errors import InputError
from factdesk.ingest.decode import decode
from factdesk.ingest.html import looks_like_html, parse_html
from factdesk.ingest.plaintext import parse_plaintext
from factdesk.ingest.records import parse_json, parse_jsonl
from factdesk.models import Article
from factdesk.ingest.dates import iso_date
from factdesk.nlp.datelines import opening_dateline, wire_agency

DEFAULT_MAX_BYTES = int(float(os.environ.get("FACTDESK_MAX_MB", "20")) * 1_000_000)
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"}

ReadFailure = InputError


def read_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ReadFailure]:
    for path in paths:
        if path == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", None, max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(path, f"folder has no readable files ({', '.join(sorted(SUFFIXES))})")
            for f in files:
                yield from _read_file(f, max_bytes)
        elif p.is_file():
            yield from _read_file(p, max_bytes)
        elif p.exists():
            yield InputError(path, "not a regular file")
        else:
            yield InputError(path, "no such file or folder")


def read_text(text: str, kind: str = "text", where: str = "<text>") -> list[Article | ReadFailure]:
    """Read text already in memory (pasted, uploaded); kind is text, html, json or jsonl."""
    return list(_parse(text, "." + kind if kind != "text" else ".txt", where, None))


def read_lines(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """The decoded lines of a file, or of stdin for '-' (claim lists, evidence, batches)."""
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return decode(raw, path, max_bytes).splitlines()


def _read_file(p: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    try:
        size = p.stat().st_size
        if size > max_bytes:  # do not even read a file over the limit
            yield InputError(
                str(p),
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
                "(raise it with --max-size MB or FACTDESK_MAX_MB)",
            )
            return
        raw = p.read_bytes()
    except OSError as exc:
        yield InputError(str(p), f"cannot read file ({exc.strerror or exc})")
        return
    yield from _read_bytes(raw, str(p), str(p), max_bytes)


def _read_bytes(raw: bytes, where: str, path: str | None, max_bytes: int):
    try:
        text = decode(raw, where, max_bytes)
    except InputError as exc:
        yield exc
        return
    suffix = Path(path).suffix.lower() if path else ""
    yield from _parse(text, suffix, where, path)


def _parse(text: str, suffix: str, where: str, path: str | None) -> Iterator[Article | ReadFailure]:
    for item in _parsed(text, suffix, where, path):
        if isinstance(item, Article) and not item.source:
            item.source = wire_agency(item.text)  # a wire story names its agency: "(AP) —"
        if isinstance(item, Article) and not item.published:
            item.published = iso_date(opening_dateline(item.text))  # "WASHINGTON, June 6, 2025 —"
        yield item


def _parsed(text: str, suffix: str, where: str, path: str | None) -> Iterator[Article | ReadFailure]:
    try:
        if suffix in (".json",) or (not suffix and text.lstrip().startswith(("{", "["))
                                     and "\n{" not in text.strip()):
            yield from parse_json(text, where, path)
        elif suffix in (".jsonl", ".ndjson") or (not suffix and text.lstrip().startswith("{")):
            yield from parse_jsonl(text, where, path)
        elif suffix in (".html", ".htm") or (suffix not in (".txt", ".md", ".markdown")
                                             and looks_like_html(text)):
            yield parse_html(text, where, path)
        else:
            article = parse_plaintext(text, path)
            if not article.text:
                yield InputError(where, "no article text after the title line")
            else:
                yield article
    except InputError as exc:
        yield exc
