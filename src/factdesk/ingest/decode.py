"""Bytes -> text: size limit, binary detection, encoding detection (never assumed)."""
from __future__ import annotations

from charset_normalizer import from_bytes

from factdesk.errors import InputError


def decode(raw: bytes, where: str, max_bytes: int) -> str:
    if len(raw) > max_bytes:
        raise InputError(
            where,
            f"file is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
            "(raise it with --max-size MB or FACTDESK_MAX_MB)",
        )
    if not raw.strip():
        raise InputError(where, "file is empty: nothing to analyze")
    if _looks_binary(raw):
        raise InputError(where, "file looks binary (not text, HTML or JSON): skipped")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        raise InputError(where, "cannot tell the text encoding; save the file as UTF-8 and retry")
    return str(best)


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM is text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / max(len(head), 1) > 0.05
