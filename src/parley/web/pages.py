"""Server-rendered HTML pages. Each page shows one view model and links to its JSON twin.

Charts (timeline, sources) are drawn in the browser from the same JSON the API serves; tables
are rendered here so the pages read well without JavaScript and with a screen reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from parley.analysis.contradictions import contradictions
from parley.analysis.deals import DealEvaluation
from parley.analysis.filters import Filters
from parley.analysis.sources import source_profiles
from parley.analysis.timeline import list_events
from parley.errors import InputError
from parley.store.queries import ArticleFilters, get_article, list_articles, list_outlets
from parley.web.api import get_ctx
from parley.web.context import WebContext
from parley.web.params import analysis_filters
from parley.web.proposals import MAX_PROPOSAL_CHARS, example_proposal, example_proposals
from parley.web.templating import segments, templates
from parley.web.views import (
    actor_view,
    alignments_view,
    article_spans,
    article_versions,
    evaluate_text,
    issue_view,
    matrix_view,
    shifts_view,
)

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


def _encode(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "", [])}, doseq=True)


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
    """The position matrix as a heatmap; a cell opens its evidence.

    The rendered page is cached per filters and store version (it only changes with the data).
    """

    def render() -> bytes:
        matrix = matrix_view(ctx, filters)
        q = _filter_query(filters)
        return bytes(
            _render(
                request,
                "overview.html",
                matrix=matrix,
                cells={(c.actor, c.issue): c for c in matrix.cells},
                filters=filters,
                filter_query=q,
                outlets=ctx.cached("outlets", {}, lambda: list_outlets(ctx.engine)),
                alignments=alignments_view(ctx, filters),
                json_url="/api/v1/matrix",
                json_query=q,
            ).body
        )

    body = ctx.cached("page:overview", {"f": filters.model_dump(mode="json")}, render)
    return HTMLResponse(body)


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
        chart_query={**_filter_query(filters), "actor": [actor_id]},
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
        chart_query={**_filter_query(filters), "issue": [issue_id]},
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
    spans = article_spans(ctx, article)
    return _render(
        request,
        "article.html",
        article=article,
        segments=segments(article.text, spans),
        versions=article_versions(ctx, article),
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
    shifts = shifts_view(ctx, filters)
    q = _filter_query(filters)
    return _render(
        request,
        "timeline.html",
        events=events,
        shifts=shifts,
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


@router.get("/sources", response_class=HTMLResponse)
def sources_page(
    request: Request,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Per-outlet comparison and story clusters with omissions."""
    report = ctx.cached(
        "sources",
        {"f": filters.model_dump(mode="json"), "t": 10, "c": True},
        lambda: source_profiles(ctx.engine, filters, top=10, clusters=True),
    )
    q = _filter_query(filters)
    return _render(
        request,
        "sources.html",
        report=report,
        chart_src="/api/v1/sources?" + _encode({**q, "clusters": "false"}),
        json_url="/api/v1/sources",
        json_query=q,
    )


def _deals(
    request: Request,
    evaluation: DealEvaluation | None,
    text: str = "",
    error: str | None = None,
    example: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    response = _render(
        request,
        "deals.html",
        evaluation=evaluation,
        text=text,
        error=error,
        example=example,
        examples=example_proposals(),
        max_chars=MAX_PROPOSAL_CHARS,
        json_url=f"/api/v1/deals/examples/{example}" if example else "/api/v1/deals/examples",
        json_query={},
    )
    response.status_code = status
    return response


@router.get("/deals", response_class=HTMLResponse)
def deals_page(
    request: Request,
    example: str | None = Query(None, max_length=100),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """The deal evaluator: pick an example, paste or upload a proposal."""
    evaluation = None
    if example:
        evaluation = ctx.cached(
            "deal-example", {"id": example}, lambda: evaluate_text(ctx, example_proposal(example))
        )
    return _deals(request, evaluation, example=example)


@router.post("/deals", response_class=HTMLResponse)
async def deals_submit(
    request: Request,
    proposal: str = Form("", max_length=MAX_PROPOSAL_CHARS),
    upload: UploadFile | None = File(None),
    ctx: WebContext = Depends(get_ctx),
) -> HTMLResponse:
    """Evaluate a pasted or uploaded proposal and show the acceptability table."""
    text = proposal
    if upload is not None and upload.filename:
        data = await upload.read(MAX_PROPOSAL_CHARS + 1)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return _deals(request, None, "", "the uploaded file is not UTF-8 text", status=400)
    try:
        evaluation = await run_in_threadpool(evaluate_text, ctx, text)
    except InputError as exc:
        return _deals(request, None, text, str(exc), status=400)
    return _deals(request, evaluation, text)
