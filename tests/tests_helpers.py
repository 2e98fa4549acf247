"""Running the installed `factdesk` command as a user does."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FACTDESK = str(Path(sys.executable).with_name("factdesk"))


def run(*args, stdin: bytes | None = None, env: dict | None = None):
    proc = subprocess.run([FACTDESK, *map(str, args)], input=stdin, capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=600)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()
