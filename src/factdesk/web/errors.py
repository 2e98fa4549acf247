"""Errors as JSON with a clear message and the right status, and the upload size limit."""
from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from factdesk.errors import ClaimError, FactdeskError, InputError, ModelMissingError, StoreError

log = logging.getLogger("factdesk.web")


class ErrorBody(BaseModel):
    """Every error the API returns: the HTTP status and a message saying what to do."""

    status: int
    error: str


ERROR_RESPONSES = {
    400: {"model": ErrorBody, "description": "The request cannot be read"},
    413: {"model": ErrorBody, "description": "The upload or text is over the size limit"},
    422: {"model": ErrorBody, "description": "The input is not something factdesk can use"},
    503: {"model": ErrorBody, "description": "A model or the archive is missing: see the message"},
}


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"status": status, "error": message}, status_code=status)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(n / 1e3, 0.1):.1f} kB"


def too_large_message(limit: int, size: int | None = None) -> str:
    got = f" is {_size(size)}," if size else " is"
    return (f"the upload{got} over the {_size(limit)} limit: send a smaller file, "
            "or start the server with a larger --max-upload")


class _TooLarge(Exception):
    """Raised while a body without Content-Length streams past the limit."""


def _caused_by_size(exc: BaseException) -> bool:
    """Whether a parse error came from BodyLimit stopping the body (the framework wraps it)."""
    seen: BaseException | None = exc
    for _ in range(10):  # a short chain; never loop on a cycle
        if seen is None:
            return False
        if isinstance(seen, _TooLarge):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _caused_by_size(exc):
            return error(413, too_large_message(request.app.state.desk.max_upload_bytes))
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code in (404, 405) and message in ("Not Found", "Method Not Allowed"):
            message = (f"no endpoint {request.method} {request.url.path}: "
                       "the API is described at /api/openapi.json")
        return error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = []
        for item in exc.errors():
            if item.get("type") == "json_invalid":
                problems.append("the body is not valid JSON")
                continue
            where = ".".join(str(p) for p in item.get("loc", ()) if p != "body")
            problems.append(f"{where}: {item.get('msg')}" if where else str(item.get("msg")))
        return error(422, "invalid request: " + "; ".join(problems))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error(500, f"internal error ({type(exc).__name__}): the server log has the details")

    @app.exception_handler(FactdeskError)
    async def factdesk_error(request: Request, exc: FactdeskError):
        if isinstance(exc, (ClaimError, InputError)):
            return error(422, str(exc))
        if isinstance(exc, (ModelMissingError, StoreError)):
            return error(503, str(exc))
        return error(400, str(exc))


class BodyLimit:
    """ASGI middleware: a request body over the limit gets 413 before it is parsed or stored."""

    ENVELOPE = 64_000  # room for multipart headers and JSON quoting around the payload

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limit = max_bytes + self.ENVELOPE

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await error(413, too_large_message(self.max_bytes, int(length)))(scope, receive, send)
        seen = 0
        started = False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracked_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await error(413, too_large_message(self.max_bytes))(scope, receive, send)


