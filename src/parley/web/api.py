"""The JSON API under ``/api/v1``: each route parses its query, calls one library function and
returns its pydantic result. Errors (``ParleyError``) are mapped to status codes by the app.

Example::

    curl 'http://127.0.0.1:8000/api/v1/articles?q=ceasefire&limit=20'
    curl 'http://127.0.0.1:8000/api/v1/matrix?since=2025-11-01&actor=RUS'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from pydantic import BaseModel
from starlette.background import BackgroundTask

from parley.analysis.changes import ChangesDigest, changes_digest
from parley.analysis.contradictions import contradictions
from parley.analysis.deals import DealEvaluation, Proposal, evaluate_deal
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters
from parley.analysis.results import (
    Contradiction,
    EvidenceItem,
    IssueAlignment,
    PositionMatrix,
    SourcesReport,
    StanceShift,
    Timeline,
)
from parley.analysis.sources import source_profiles
from parley.analysis.timeline import timeline
from parley.errors import InputError
from parley.report.export import ExportFormat
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
from parley.web.exports import export_archive, remove_export
from parley.web.params import analysis_filters
from parley.web.proposals import (
    ExampleProposal,
    example_proposal,
    example_proposals,
)
from parley.web.views import (
    ActorOut,
    ActorView,
    IssueOut,
    IssueView,
    actor_view,
    alignments_view,
    evaluate_text,
    issue_view,
    list_actors,
    list_issues,
    matrix_view,
    shifts_view,
)

__all__ = ["get_ctx", "router"]

router = APIRouter(prefix="/api/v1")

Stance = Literal["support", "oppose"]
Bucket = Literal["day", "week", "month"]


def get_ctx(request: Request) -> WebContext:
    """The app's shared context (engine, settings, cache)."""
    ctx: WebContext = request.app.state.ctx
    return ctx


def _json(model: BaseModel) -> Response:
    """A model already validated by the library, serialised once (the declared
    ``response_model`` still documents it)."""
    return Response(model.model_dump_json(), media_type="application/json")


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
) -> Response:
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
    page = list_positions(ctx.engine, filters, cursor=cursor, limit=limit)
    return _json(page)


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
) -> Response:
    """Actor × issue stances with counts, latest date, strongest modality and top evidence."""
    body = ctx.cached(
        "json:matrix",
        {"f": filters.model_dump(mode="json"), "n": evidence_limit},
        lambda: matrix_view(ctx, filters, evidence_limit=evidence_limit).model_dump_json().encode(),
    )
    return Response(body, media_type="application/json")


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
    return shifts_view(ctx, filters, bucket, include_mixed)


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


@router.get("/sources", response_model=SourcesReport, tags=["analysis"])
def sources(
    top: int = Query(10, ge=1, le=100, description="Items per ranked list."),
    clusters: bool = Query(True, description="Also group stories across outlets."),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> SourcesReport:
    """Per-outlet profiles (positions, whom it quotes, anonymous sources, framing) and story
    clusters with what each outlet leaves out."""
    return ctx.cached(
        "sources",
        {"f": filters.model_dump(mode="json"), "t": top, "c": clusters},
        lambda: source_profiles(ctx.engine, filters, top=top, clusters=clusters),
    )


@router.get("/sticking-points", response_model=list[IssueAlignment], tags=["analysis"])
def sticking_points_route(
    kind: Literal["sticking_point", "common_ground"] | None = Query(None),
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> list[IssueAlignment]:
    """Issues where the principal parties clash (sticking points) or agree (common ground)."""
    return alignments_view(ctx, filters, kind)


@router.get(
    "/changes",
    response_model=ChangesDigest,
    tags=["analysis"],
    responses={200: {"content": {"text/markdown": {"schema": {"type": "string"}}}}},
)
def changes(
    filters: Filters = Depends(analysis_filters),
    window_days: int = Query(7, ge=0, le=3650),
    format: Literal["json", "md"] = Query("json", description="json, or md for a Markdown brief."),
    ctx: WebContext = Depends(get_ctx),
) -> Response:
    """What is new between ``since`` (required) and ``until`` (default today): new positions,
    shifts, new events, contradictions."""
    if filters.since is None:
        raise InputError("since", "required (YYYY-MM-DD)")
    digest = changes_digest(
        ctx.engine,
        filters.since,
        filters.until,
        filters.narrowed(since=None, until=None),
        window_days=window_days,
    )
    if format == "md":
        return Response(digest.to_markdown(), media_type="text/markdown; charset=utf-8")
    return _json(digest)


@router.get("/deals/examples", response_model=list[ExampleProposal], tags=["deals"])
def deal_examples() -> list[ExampleProposal]:
    """The example proposals shipped with parley."""
    return example_proposals()


@router.get("/deals/examples/{example_id}", response_model=DealEvaluation, tags=["deals"])
def deal_example(
    example_id: str,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> DealEvaluation:
    """The acceptability table of a bundled example proposal."""
    return evaluate_deal(ctx.engine, example_proposal(example_id), filters)


def _inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with local ``$defs`` references inlined (OpenAPI-safe)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    out: dict[str, Any] = resolve(schema)
    return out


_PROPOSAL_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": Proposal.model_json_schema(ref_template="#/components/schemas/{model}")
            },
            "text/plain": {"schema": {"type": "string", "description": "Proposal YAML."}},
        },
    }
}


async def _body_text(request: Request) -> str:
    raw = await request.body()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("proposal", "not UTF-8 text") from None


@router.post(
    "/deals/evaluate",
    response_model=DealEvaluation,
    tags=["deals"],
    openapi_extra=_PROPOSAL_BODY,
)
async def deal_evaluate(
    request: Request,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> DealEvaluation:
    """Evaluate a posted proposal (YAML or JSON body) against each party's stated positions."""
    text = await _body_text(request)
    return await run_in_threadpool(evaluate_text, ctx, text, filters)


@router.get(
    "/export/{fmt}",
    tags=["exports"],
    response_class=FileResponse,
    responses={200: {"content": {"application/zip": {}}, "description": "A zip of the tables."}},
)
def export_route(
    fmt: ExportFormat,
    filters: Filters = Depends(analysis_filters),
    ctx: WebContext = Depends(get_ctx),
) -> FileResponse:
    """Articles, positions, events and actor–issue edges as csv / jsonl / parquet, or the
    actor–issue graph as graphml, zipped."""
    archive = export_archive(ctx, fmt, filters)
    return FileResponse(
        archive,
        media_type="application/zip",
        filename=archive.name,
        background=BackgroundTask(remove_export, archive),
    )
