"""Where the public data sets live: ../shared/data beside the repo, or FACTDESK_DATA."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return Path(os.environ.get("FACTDESK_DATA") or REPO.parent / "shared" / "data")


def require(*parts: str) -> Path:
    """The data path, or exit 0 with a message when the data is absent (benches skip cleanly)."""
    path = data_dir().joinpath(*parts)
    if not path.exists():
        print(f"skipped: {path} not found (set FACTDESK_DATA to the shared data folder)")
        sys.exit(0)
    return path


def table(rows: list[list[object]], header: list[str]) -> str:
    cells = [header] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in cells[1:]])


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 100 else f"{v:,.0f}"
    return str(v)
