"""The web workbench: a FastAPI app over the same library functions as the CLI."""
from __future__ import annotations


def create_app(db_path: str, max_upload_bytes: int = 5_000_000):
    """The FastAPI app for the archive at db_path (needs the [web] extra)."""
    try:
        from factdesk.web.app import create_app as _create_app
    except ImportError as exc:  # fastapi, jinja2 or python-multipart missing
        from factdesk.errors import FactdeskError

        raise FactdeskError(
            f"the web app needs {exc.name or 'fastapi'}: run `pip install 'factdesk[web]'`"
        ) from exc
    return _create_app(db_path, max_upload_bytes)
