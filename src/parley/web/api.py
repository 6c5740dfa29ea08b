"""The JSON API under ``/api/v1``: each route parses its query, calls one library function and
returns its pydantic result. Errors (``ParleyError``) are mapped to status codes by the app.

Example::

    curl 'http://127.0.0.1:8000/api/v1/articles?q=ceasefire&limit=20'
    curl 'http://127.0.0.1:8000/api/v1/matrix?since=2025-11-01&actor=RUS'
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from parley.analysis.contradictions import contradictions
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters
from parley.analysis.results import (
    Contradiction,
    EvidenceItem,
    PositionMatrix,
    StanceShift,
    Timeline,
)
from parley.analysis.shifts import stance_shifts
from parley.analysis.timeline import timeline
from parley.store.queries import (
    MAX_LIMIT,
    ArticleDetail,
    ArticleFilters,
    ArticlePage,
    PositionFilters,
    PositionPage,
    get_article,
    list_articles,
    list_outlets,
    list_positions,
)
from parley.web.context import WebContext
from parley.web.params import analysis_filters
from parley.web.views import (
    ActorOut,
    ActorView,
    IssueOut,
    IssueView,
    actor_view,
    issue_view,
    list_actors,
    list_issues,
    matrix_view,
)

__all__ = ["get_ctx", "router"]

router = APIRouter(prefix="/api/v1")

Stance = Literal["support", "oppose"]
Bucket = Literal["day", "week", "month"]


def get_ctx(request: Request) -> WebContext:
    """The app's shared context (engine, settings, cache)."""
    ctx: WebContext = request.app.state.ctx
    return ctx


class Health(BaseModel):
    status: Literal["ok"] = "ok"


@router.get("/health", response_model=Health, tags=["meta"])
def health() -> Health:
    """Liveness probe; does not touch the database."""
    return Health()


@router.get("/outlets", response_model=list[str], tags=["meta"])
def outlets(ctx: WebContext = Depends(get_ctx)) -> list[str]:
    """Names of the outlets that have articles."""
    return list_outlets(ctx.engine)


@router.get("/actors", response_model=list[ActorOut], tags=["pack"])
def actors(ctx: WebContext = Depends(get_ctx)) -> list[ActorOut]:
    """The actors of the configured pack."""
    return list_actors(ctx)


@router.get("/actors/{actor_id}", response_model=ActorView, tags=["pack"])
def actor(
    actor_id: str, filters: Filters = Depends(analysis_filters), ctx: WebContext = Depends(get_ctx)
) -> ActorView:
    """One actor: its row of the matrix with evidence, and its stance shifts."""
    return actor_view(ctx, actor_id, filters)


@router.get("/issues", response_model=list[IssueOut], tags=["pack"])
def issues(ctx: WebContext = Depends(get_ctx)) -> list[IssueOut]:
    """The issues of the configured pack."""
    return list_issues(ctx)


@router.get("/issues/{issue_id}", response_model=IssueView, tags=["pack"])
def issue(
    issue_id: str, filters: Filters = Depends(analysis_filters), ctx: WebContext = Depends(get_ctx)
) -> IssueView:
    """One issue: its column of the matrix with evidence, and the stance shifts on it."""
    return issue_view(ctx, issue_id, filters)


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def articles(
    q: str | None = Query(None, max_length=500, description="Full-text query: all words."),
    outlet: list[str] = Query([], description="Outlet names (repeatable)."),
    since: dt.date | None = Query(None, description="First day included."),
    until: dt.date | None = Query(None, description="Last day included."),
    language: str | None = Query(None, max_length=16),
    cursor: str | None = Query(None, max_length=64, description="next_cursor of the last page."),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    ctx: WebContext = Depends(get_ctx),
) -> ArticlePage:
    """Articles, newest first, filtered and searched, with a stable cursor."""
    filters = ArticleFilters(q=q, outlet=outlet, date_from=since, date_to=until, language=language)
    return list_articles(ctx.engine, filters, cursor=cursor, limit=limit)


@router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
def article(article_id: int, ctx: WebContext = Depends(get_ctx)) -> ArticleDetail:
    """One article: cleaned text, metadata, extracted positions/commentary/events, duplicates."""
    return get_article(ctx.engine, article_id)


@router.get("/positions", response_model=PositionPage, tags=["positions"])
def positions(
    actor: list[str] = Query([], description="Actor ids (repeatable)."),
    issue: list[str] = Query([], description="Issue ids (repeatable)."),
    stance: list[Stance] = Query([], description="support / oppose."),
    modality: list[str] = Query([], description="red_line, firm, conditional, ..."),
    outlet: list[str] = Query([], description="Outlet names (repeatable)."),
    since: dt.date | None = Query(None),
    until: dt.date | None = Query(None),
    min_confidence: float = Query(0.0, ge=0, le=1),
    article_id: int | None = Query(None),
    cursor: str | None = Query(None, max_length=64),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    ctx: WebContext = Depends(get_ctx),
) -> PositionPage:
    """Stored positions, newest first, with a stable cursor."""
    filters = PositionFilters(
        actor=actor,
        issue=issue,
        stance=list(stance),
        modality=modality,
        outlet=outlet,
        date_from=since,
        date_to=until,
        min_confidence=min_confidence,
        article_id=article_id,
    )
    return list_positions(ctx.engine, filters, cursor=cursor, limit=limit)


@router.get(
    "/matrix/{actor_id}/{issue_id}/evidence", response_model=list[EvidenceItem], tags=["analysis"]
)
def cell_evidence(
    actor_id: str,
    issue_id: str,
    stance: Stance | None = Query(None),
    in_outlet: str | None = Query(None, description="Only this outlet."),
    offset: int = Query(0, ge=0, le=100_000),
    limit: int = Query(20, ge=1, le=200),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> list[EvidenceItem]:
    """The sentences behind one matrix cell, strongest first (paged by offset)."""
    return evidence(
        ctx.engine,
        filters,
        actor=actor_id,
        issue=issue_id,
        stance=stance,
        outlet=in_outlet,
        limit=limit,
        offset=offset,
    )


@router.get("/matrix", response_model=PositionMatrix, tags=["analysis"])
def matrix(
    evidence_limit: int = Query(3, ge=0, le=20, description="Evidence items per cell."),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> PositionMatrix:
    """Actor × issue stances with counts, latest date, strongest modality and top evidence."""
    return matrix_view(ctx, filters, evidence_limit=evidence_limit)


@router.get("/timeline", response_model=Timeline, tags=["analysis"])
def timeline_route(
    bucket: Bucket = Query("week"),
    group_by: Literal["actor", "issue", "actor_issue", "none"] = Query("actor"),
    event_limit: int = Query(200, ge=0, le=2000),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> Timeline:
    """Statements per period and events over time."""
    return ctx.cached(
        "timeline",
        {"f": filters.model_dump(mode="json"), "b": bucket, "g": group_by, "n": event_limit},
        lambda: timeline(
            ctx.engine, filters, bucket=bucket, group_by=group_by, event_limit=event_limit
        ),
    )


@router.get("/shifts", response_model=list[StanceShift], tags=["analysis"])
def shifts(
    bucket: Bucket = Query("month"),
    include_mixed: bool = Query(False),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> list[StanceShift]:
    """Actors whose stance on an issue changed between consecutive periods, with evidence."""
    return ctx.cached(
        "shifts",
        {"f": filters.model_dump(mode="json"), "b": bucket, "m": include_mixed},
        lambda: stance_shifts(ctx.engine, filters, bucket=bucket, include_mixed=include_mixed),
    )


@router.get("/contradictions", response_model=list[Contradiction], tags=["analysis"])
def contradictions_route(
    window_days: int = Query(7, ge=0, le=3650),
    limit: int = Query(50, ge=1, le=500),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> list[Contradiction]:
    """Opposite stances of one actor on one issue in different outlets within a window."""
    return ctx.cached(
        "contradictions",
        {"f": filters.model_dump(mode="json"), "w": window_days, "n": limit},
        lambda: contradictions(ctx.engine, filters, window_days=window_days, limit=limit),
    )
