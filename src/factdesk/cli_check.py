"""Commands registered late (check, search, serve): kept apart to keep cli.py small."""
from __future__ import annotations


def register(cli) -> None:
    return None
