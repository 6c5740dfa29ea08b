"""``/docs``: Swagger UI served from the locally installed ``swagger-ui-py`` package (no CDN).

The initialiser is a static script of ours, so the page keeps ``script-src 'self'``.
"""

from __future__ import annotations

from pathlib import Path

import swagger_ui  # type: ignore[import-untyped]
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from parley.web.templating import templates

__all__ = ["SWAGGER_DIR", "router"]

SWAGGER_DIR = Path(swagger_ui.__file__).with_name("static")
router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Interactive API documentation rendered from ``/openapi.json``."""
    return templates.TemplateResponse(request, "docs.html", {"json_url": "/openapi.json"})
