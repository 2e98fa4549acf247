"""`serve`: the command binds to 127.0.0.1 by default and serves the workbench on the archive."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from factdesk.web.cli import serve_command


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as /proc/net/tcp writes them) listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":
                found.add(address)
    return found


def test_help_names_the_safe_defaults():
    result = CliRunner().invoke(serve_command, ["--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "8000" in result.output and "--db" in result.output


def test_serve_listens_on_loopback_only_and_serves_the_archive(tmp_path):
    port = _free_port()
    db = tmp_path / "served.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from factdesk.web.cli import serve_command; serve_command()",
         "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(proc.stderr.read().decode())
                time.sleep(0.2)
        assert r.json() == {"articles": 0, "max_upload_bytes": 5_000_000}
        assert db.exists()
        addresses = _listening_addresses(port)
        if addresses:
            assert addresses == {"0100007F"}  # 127.0.0.1, nothing else
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "http://127.0.0.1:" in proc.stderr.read().decode()
