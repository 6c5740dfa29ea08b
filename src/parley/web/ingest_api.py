"""``POST /api/v1/ingest``: add articles (text) or URLs to the store. Mounted only when the app is
started with an ingest token, and every request must carry that token.

Example::

    curl -H 'Authorization: Bearer s3cret-token' -H 'Content-Type: application/json' \\
         -d '{"articles": [{"title": "Talks resume", "text": "...", "outlet": "Example"}]}' \\
         http://127.0.0.1:8000/api/v1/ingest
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel, Field

from parley.errors import InputError
from parley.ingest import IngestReport, ingest
from parley.nlp.processing import ProcessReport, process
from parley.web.api import get_ctx
from parley.web.context import WebContext
from parley.web.security import check_token

__all__ = ["IngestArticle", "IngestRequest", "IngestResponse", "ingest_payload", "router"]


class IngestArticle(BaseModel):
    """One article given as text (the same fields the JSONL reader takes)."""

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    date: dt.date | None = None
    outlet: str | None = Field(None, max_length=200)


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(default_factory=list, max_length=1000)
    urls: list[str] = Field(default_factory=list, max_length=200)
    process: bool = Field(
        False, description="Also extract positions, commentary and events from new articles."
    )


class IngestResponse(BaseModel):
    ingest: IngestReport
    process: ProcessReport | None = None


def require_token(
    ctx: WebContext = Depends(get_ctx),
    authorization: str | None = Header(None),
    x_parley_token: str | None = Header(None),
) -> None:
    """401 without a token, 403 with a wrong one."""
    expected = ctx.ingest_token
    if expected is None:  # pragma: no cover - the router is only mounted with a token
        raise HTTPException(status_code=404, detail="not found")
    status = check_token(expected, authorization, x_parley_token)
    if status == 401:
        raise HTTPException(
            status_code=401, detail="missing token", headers={"WWW-Authenticate": "Bearer"}
        )
    if status == 403:
        raise HTTPException(status_code=403, detail="wrong token")


def ingest_payload(ctx: WebContext, payload: IngestRequest) -> IngestResponse:
    """Hand the posted articles (as a JSONL file) and URLs to ``parley.ingest``, then (if asked)
    run ``parley.nlp.process`` over the store."""
    if not payload.articles and not payload.urls:
        raise InputError("request", "nothing to ingest: give articles or urls")
    with tempfile.TemporaryDirectory(prefix="parley-web-ingest-") as tmp:
        inputs: list[str] = []
        if payload.articles:
            path = Path(tmp) / "posted.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for item in payload.articles:
                    fh.write(json.dumps(item.model_dump(mode="json", exclude_none=True)) + "\n")
            inputs.append(str(path))
        inputs.extend(payload.urls)
        report = ingest(inputs, ctx.settings)
        # name the posted batch, not the server's temporary file, in error lines
        report.errors = [
            e.replace(str(Path(tmp) / "posted.jsonl"), "articles") for e in report.errors
        ]
    processed = process(ctx.settings) if payload.process else None
    return IngestResponse(ingest=report, process=processed)


router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_token)])


@router.post("/ingest", response_model=IngestResponse, tags=["ingest"])
def ingest_route(payload: IngestRequest, ctx: WebContext = Depends(get_ctx)) -> IngestResponse:
    """Store posted articles and fetch posted URLs (token required)."""
    return ingest_payload(ctx, payload)
