"""View models: what one page shows, built from the analysis functions, shared by the HTML page
and its JSON twin so both always carry the same data.

Example::

    view = actor_view(ctx, "RUS", Filters())
    view.cells[0].issue, view.cells[0].stance
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from parley.analysis.alignment import issue_alignments
from parley.analysis.deals import DealEvaluation, Proposal, evaluate_deal
from parley.analysis.filters import Filters
from parley.analysis.matrix import position_matrix
from parley.analysis.results import (
    Bucket,
    ClusterArticle,
    IssueAlignment,
    MatrixCell,
    PositionMatrix,
    StanceShift,
)
from parley.analysis.shifts import stance_shifts
from parley.analysis.sources import story_clusters
from parley.errors import NotFoundError
from parley.store.queries import ArticleDetail
from parley.web.context import WebContext
from parley.web.proposals import parse_proposal

__all__ = [
    "ActorOut",
    "ActorView",
    "IssueOut",
    "IssueView",
    "actor_view",
    "alignments_view",
    "article_spans",
    "article_versions",
    "evaluate_text",
    "issue_view",
    "list_actors",
    "list_issues",
    "matrix_view",
    "shifts_view",
]


class ActorOut(BaseModel):
    id: str
    name: str


class IssueOut(BaseModel):
    id: str
    label: str


class ActorView(BaseModel):
    """One actor: its row of the matrix and its stance shifts."""

    id: str
    name: str
    cells: list[MatrixCell] = Field(description="Non-empty cells of this actor, by evidence.")
    shifts: list[StanceShift]


class IssueView(BaseModel):
    """One issue: its column of the matrix and the shifts on it."""

    id: str
    label: str
    cells: list[MatrixCell] = Field(description="Non-empty cells on this issue, by evidence.")
    shifts: list[StanceShift]


def list_actors(ctx: WebContext) -> list[ActorOut]:
    """The pack's actors, in pack order."""
    return [ActorOut(id=k, name=v) for k, v in ctx.labels.actors.items()]


def list_issues(ctx: WebContext) -> list[IssueOut]:
    """The pack's issues, in pack order."""
    return [IssueOut(id=k, label=v) for k, v in ctx.labels.issues.items()]


def matrix_view(ctx: WebContext, filters: Filters, evidence_limit: int = 3) -> PositionMatrix:
    """The position matrix, cached per store version."""
    return ctx.cached(
        "matrix",
        {"f": filters.model_dump(mode="json"), "n": evidence_limit},
        lambda: position_matrix(ctx.engine, filters, evidence_limit=evidence_limit),
    )


def shifts_view(
    ctx: WebContext, filters: Filters, bucket: Bucket = "month", include_mixed: bool = False
) -> list[StanceShift]:
    """Stance shifts, cached per store version (one key for every page and route)."""
    return ctx.cached(
        "shifts",
        {"f": filters.model_dump(mode="json"), "b": bucket, "m": include_mixed},
        lambda: stance_shifts(ctx.engine, filters, bucket=bucket, include_mixed=include_mixed),
    )


def _by_evidence(cells: list[MatrixCell]) -> list[MatrixCell]:
    return sorted(cells, key=lambda c: (-c.articles, -c.positions, c.actor, c.issue))


def actor_view(ctx: WebContext, actor_id: str, filters: Filters) -> ActorView:
    """The actor's matrix row and shifts; :class:`NotFoundError` for an id the pack lacks and
    the store never saw."""
    narrowed = filters.narrowed(actors=[actor_id])
    matrix = matrix_view(ctx, narrowed, evidence_limit=5)
    if actor_id not in ctx.labels.actors and not matrix.cells:
        raise NotFoundError(f"actor {actor_id}: not found")
    shifts = shifts_view(ctx, narrowed)
    return ActorView(
        id=actor_id,
        name=ctx.labels.actor(actor_id),
        cells=_by_evidence(matrix.cells),
        shifts=shifts,
    )


def issue_view(ctx: WebContext, issue_id: str, filters: Filters) -> IssueView:
    """The issue's matrix column and shifts; :class:`NotFoundError` for an unknown id."""
    narrowed = filters.narrowed(issues=[issue_id])
    matrix = matrix_view(ctx, narrowed, evidence_limit=5)
    if issue_id not in ctx.labels.issues and not matrix.cells:
        raise NotFoundError(f"issue {issue_id}: not found")
    shifts = shifts_view(ctx, narrowed)
    return IssueView(
        id=issue_id,
        label=ctx.labels.issue(issue_id),
        cells=_by_evidence(matrix.cells),
        shifts=shifts,
    )


def alignments_view(
    ctx: WebContext,
    filters: Filters,
    kind: Literal["sticking_point", "common_ground"] | None = None,
) -> list[IssueAlignment]:
    """Sticking points and common ground (reusing the cached matrix), optionally one kind."""
    matrix = matrix_view(ctx, filters)
    found = ctx.cached(
        "alignments",
        {"f": filters.model_dump(mode="json")},
        lambda: issue_alignments(ctx.engine, filters, matrix=matrix),
    )
    return [a for a in found if kind is None or a.kind == kind]


def _mark(kind: str, anchor: str, stance: str, tip: str) -> dict[str, str]:
    return {"kind": kind, "anchor": anchor, "stance": stance, "tip": tip}


def article_spans(ctx: WebContext, article: ArticleDetail) -> list[tuple[int, int, dict[str, str]]]:
    """What to highlight in the article text: positions (first), commentary and events, each with
    the label a reader sees on hover or focus and the anchor evidence links point to."""
    labels = ctx.labels
    spans: list[tuple[int, int, dict[str, str]]] = []
    for p in article.positions:
        tip = f"{labels.actor(p.actor)} · {labels.issue(p.issue)} · {p.stance} · {p.modality}"
        spans.append(
            (
                p.start,
                p.end,
                {"kind": "position", "anchor": f"p-{p.id}", "stance": p.stance, "tip": tip},
            )
        )
    for c in article.commentary:
        tip = f"{c.holder} ({c.holder_kind}) · {labels.issue(c.issue)} · {c.stance} · commentary"
        spans.append(
            (
                c.start,
                c.end,
                {"kind": "commentary", "anchor": f"c-{c.id}", "stance": c.stance, "tip": tip},
            )
        )
    for e in article.events:
        when = e.date.isoformat() if e.date else "undated"
        tip = f"event: {e.kind}{' · ' + e.label if e.label else ''} · {when}"
        spans.append(
            (e.start, e.end, {"kind": "event", "anchor": f"e-{e.id}", "stance": "", "tip": tip})
        )
    return spans


def article_versions(
    ctx: WebContext, article: ArticleDetail, window_days: int = 3
) -> list[ClusterArticle]:
    """Other outlets' articles in the same story cluster as ``article`` (none if undated)."""
    if article.date is None:
        return []
    span = dt.timedelta(days=window_days)
    filters = Filters(since=article.date - span, until=article.date + span)
    clusters = ctx.cached(
        "clusters",
        {"f": filters.model_dump(mode="json")},
        lambda: story_clusters(ctx.engine, filters),
    )
    for cluster in clusters:
        if any(a.article_id == article.id for a in cluster.articles):
            return [a for a in cluster.articles if a.article_id != article.id]
    return []


def evaluate_text(
    ctx: WebContext, proposal: str | Proposal, filters: Filters | None = None
) -> DealEvaluation:
    """Evaluate a proposal given as YAML/JSON text (or already parsed) for every party."""
    parsed = proposal if isinstance(proposal, Proposal) else parse_proposal(proposal)
    return evaluate_deal(ctx.engine, parsed, filters or Filters())
