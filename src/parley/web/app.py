"""The FastAPI application: JSON API, server-rendered pages, local API docs, hardening.

Read-only unless started with an ingest token; then ``POST /api/v1/ingest`` exists and demands it.

Example::

    >>> from parley.settings import Settings
    >>> app = create_app(Settings(db="sqlite:///:memory:"))
    >>> sorted(r.path for r in app.routes if getattr(r, "path", "").startswith("/api/v1/h"))
    ['/api/v1/health']
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley._version import __version__
from parley.errors import InputError, NotFoundError, PackError, ParleyError
from parley.settings import Settings
from parley.web import api, docs, pages
from parley.web.context import WebContext
from parley.web.security import BodySizeLimit, SecurityHeaders
from parley.web.templating import templates

__all__ = ["DEFAULT_MAX_BODY", "create_app"]

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
DEFAULT_MAX_BODY = 2_000_000


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "json_url": None},
        status_code=status,
    )


def _status_of(exc: ParleyError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, PackError):
        return 503
    if isinstance(exc, InputError):
        return 400
    return 400


def _install_error_handlers(app: FastAPI) -> None:
    async def parley_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ParleyError)
        return _error(request, _status_of(exc), str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _wants_json(request) or exc.status_code in (401, 403):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return _error(request, exc.status_code, str(exc.detail))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors()
        ]
        if _wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        text = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return _error(request, 422, text)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal server error")

    app.add_exception_handler(ParleyError, parley_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, server_error)


def create_app(
    settings: Settings,
    *,
    ingest_token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """Build the web app over the database named by ``settings.db`` (migrated on open).

    ``ingest_token`` enables ``POST /api/v1/ingest`` (and nothing else changes): requests
    must carry ``Authorization: Bearer <token>``. ``max_body_bytes`` bounds every request body.
    """
    if ingest_token is not None and len(ingest_token) < 8:
        raise InputError("--ingest-token", "must be at least 8 characters")
    app = FastAPI(
        title="parley",
        version=__version__,
        description="Who wants what in a peace negotiation, with evidence. Read-only JSON API.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.ctx = WebContext.open(settings, ingest_token=ingest_token)
    app.include_router(api.router)
    if ingest_token is not None:
        from parley.web import ingest_api  # only then: it imports the ingest and NLP stacks

        app.include_router(ingest_api.router)
    app.include_router(docs.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=docs.SWAGGER_DIR), name="swagger")
    _install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
