"""The pages: one server-rendered shell (the workbench) whose script calls the API, and its
CSS and JS, read once from the package. No request ever names a file to read."""
from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader

from factdesk.web.desk import Desk, get_desk

router = APIRouter(include_in_schema=False)
PACKAGE = files("factdesk.web")
ASSETS = {  # url name -> (package file, media type)
    "factdesk.css": ("static/factdesk.css", "text/css; charset=utf-8"),
    "factdesk.js": ("static/factdesk.js", "text/javascript; charset=utf-8"),
}
_BODIES = {name: PACKAGE.joinpath(path).read_bytes() for name, (path, _) in ASSETS.items()}
_TEMPLATES = Environment(loader=FileSystemLoader(str(PACKAGE.joinpath("templates"))),
                         autoescape=True)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _page(desk: Desk, article_id: str | None = None, status: int = 200) -> HTMLResponse:
    with desk.lock:
        count = desk.archive.count()
    html = _TEMPLATES.get_template("index.html").render(
        article_id=article_id, archive_count=count, max_upload_mb=desk.max_upload_bytes / 1e6,
        max_upload_bytes=desk.max_upload_bytes)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


@router.get("/", response_class=HTMLResponse)
def workbench(desk: Desk = Depends(get_desk)) -> HTMLResponse:
    return _page(desk)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, desk: Desk = Depends(get_desk)):
    """The workbench opened on an archived article; #s-{start} marks a sentence."""
    with desk.lock:
        resolved = desk.archive.resolve_id(article_id)
    if resolved is None:
        if "application/json" in request.headers.get("accept", ""):
            raise HTTPException(404, f"no article {article_id!r} in the archive")
        return _page(desk, None, status=404)
    return _page(desk, resolved)


@router.get("/static/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise HTTPException(404, f"no asset {name!r}")
    return Response(_BODIES[name], media_type=ASSETS[name][1],
                    headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"})
