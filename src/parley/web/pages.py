"""Server-rendered HTML pages. Each page shows one view model and links to its JSON twin.

Charts (timeline, sources) are drawn in the browser from the same JSON the API serves; tables
are rendered here so the pages read well without JavaScript and with a screen reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from parley.analysis.contradictions import contradictions
from parley.analysis.filters import Filters
from parley.analysis.timeline import list_events
from parley.store.queries import ArticleFilters, get_article, list_articles, list_outlets
from parley.web.api import get_ctx
from parley.web.context import WebContext
from parley.web.params import analysis_filters
from parley.web.templating import segments, templates
from parley.web.views import actor_view, issue_view, matrix_view

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _filter_query(filters: Filters) -> dict[str, Any]:
    return {
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
        "outlet": filters.outlets,
        "actor": filters.actors,
        "issue": filters.issues,
        "min_confidence": filters.min_confidence or None,
    }


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    ctx: WebContext = request.app.state.ctx
    context.setdefault("labels", ctx.labels)
    return templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview(
    request: Request,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """The position matrix as a heatmap; a cell opens its evidence."""
    matrix = matrix_view(ctx, filters)
    q = _filter_query(filters)
    return _render(
        request,
        "overview.html",
        matrix=matrix,
        cells={(c.actor, c.issue): c for c in matrix.cells},
        filters=filters,
        filter_query=q,
        outlets=ctx.cached("outlets", {}, lambda: list_outlets(ctx.engine)),
        json_url="/api/v1/matrix",
        json_query=q,
    )


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(
    request: Request,
    actor_id: str,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """One actor's positions on every issue, with evidence, and its stance shifts."""
    view = actor_view(ctx, actor_id, filters)
    return _render(
        request,
        "entity.html",
        kind="actor",
        title=view.name,
        entity_id=view.id,
        cells=view.cells,
        shifts=view.shifts,
        json_url=f"/api/v1/actors/{actor_id}",
        json_query=_filter_query(filters),
    )


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(
    request: Request,
    issue_id: str,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Every actor's position on one issue, with evidence, and the shifts on it."""
    view = issue_view(ctx, issue_id, filters)
    return _render(
        request,
        "entity.html",
        kind="issue",
        title=view.label,
        entity_id=view.id,
        cells=view.cells,
        shifts=view.shifts,
        json_url=f"/api/v1/issues/{issue_id}",
        json_query=_filter_query(filters),
    )


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    q: str | None = Query(None, max_length=500),
    outlet: list[str] = Query([]),
    since: dt.date | None = Query(None),
    until: dt.date | None = Query(None),
    cursor: str | None = Query(None, max_length=64),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Search and browse articles."""
    filters = ArticleFilters(q=q, outlet=outlet, date_from=since, date_to=until)
    page = list_articles(ctx.engine, filters, cursor=cursor, limit=50)
    query = {"q": q, "outlet": outlet, "since": since, "until": until}
    return _render(
        request,
        "articles.html",
        page=page,
        q=q or "",
        query=query,
        json_url="/api/v1/articles",
        json_query={**query, "cursor": cursor},
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: int, ctx: WebContext = Depends(get_ctx)
) -> HTMLResponse:
    """The cleaned text with every extracted position highlighted."""
    article = get_article(ctx.engine, article_id)
    spans = [
        (
            p.start,
            p.end,
            {
                "kind": "position",
                "id": p.id,
                "actor": p.actor,
                "issue": p.issue,
                "stance": p.stance,
                "modality": p.modality,
            },
        )
        for p in article.positions
    ]
    return _render(
        request,
        "article.html",
        article=article,
        segments=segments(article.text, spans),
        json_url=f"/api/v1/articles/{article_id}",
        json_query={},
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Statements and events over time (chart drawn from /api/v1/timeline)."""
    events = ctx.cached(
        "events",
        {"f": filters.model_dump(mode="json")},
        lambda: list_events(ctx.engine, filters, limit=200),
    )
    q = _filter_query(filters)
    return _render(
        request,
        "timeline.html",
        events=events,
        filter_query=q,
        json_url="/api/v1/timeline",
        json_query=q,
    )


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(
    request: Request,
    window_days: int = Query(7, ge=0, le=3650),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Opposite reports of the same actor and issue, side by side."""
    found = ctx.cached(
        "contradictions",
        {"f": filters.model_dump(mode="json"), "w": window_days, "n": 50},
        lambda: contradictions(ctx.engine, filters, window_days=window_days, limit=50),
    )
    q = {**_filter_query(filters), "window_days": window_days}
    return _render(
        request,
        "contradictions.html",
        items=found,
        window_days=window_days,
        json_url="/api/v1/contradictions",
        json_query=q,
    )
