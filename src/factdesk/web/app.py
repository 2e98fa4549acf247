"""create_app: the workbench pages and the REST API over one archive file."""
from __future__ import annotations

from fastapi import FastAPI

from factdesk.store import Archive
from factdesk.web import api_archive, api_check, api_text, pages
from factdesk.web.desk import Desk
from factdesk.web.errors import BodyLimit, install_error_handlers

DESCRIPTION = """The factdesk workbench API: analyze articles (quotes, speakers, claims and
their numbers), search the archive, check a claim against it, export the verdict, and ingest
files. JSON in and out; every error is `{"status": …, "error": "what to do"}`."""


def create_app(db_path: str, max_upload_bytes: int = 5_000_000) -> FastAPI:
    """The app for the archive at db_path. Uploads and pasted text over max_upload_bytes get 413."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        app_version = version("factdesk")
    except PackageNotFoundError:
        app_version = "0"
    app = FastAPI(title="factdesk", version=app_version, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.desk = Desk(Archive(db_path), max_upload_bytes)
    install_error_handlers(app)
    for module in (api_text, api_archive, api_check, pages):
        app.include_router(module.router)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    return app
