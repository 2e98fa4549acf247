"""`factdesk serve`: the web workbench on this machine (127.0.0.1 unless told otherwise)."""
from __future__ import annotations

import click

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@click.command("serve")
@click.option("--db", envvar="FACTDESK_DB", default="factdesk.db", show_default=True,
              help="The archive: an SQLite file (FACTDESK_DB overrides the default).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 opens the archive to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--max-upload", default=5.0, show_default=True, type=click.FloatRange(0.001),
              metavar="MB", help="Largest upload or pasted text, in MB.")
def serve_command(db, host, port, max_upload):
    """Start the web workbench: analyze, search, check claims and ingest from a browser."""
    try:
        import uvicorn
    except ImportError as exc:
        raise click.ClickException("the web app needs uvicorn: run `pip install 'factdesk[web]'`") from exc
    from factdesk.web import create_app

    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read and "
                   "add to the archive", err=True)
    app = create_app(db, max_upload_bytes=int(max_upload * 1_000_000))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"factdesk workbench on http://{shown}:{port}/ (archive {db}); Ctrl-C stops it", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
