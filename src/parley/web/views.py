"""View models: what one page shows, built from the analysis functions, shared by the HTML page
and its JSON twin so both always carry the same data.

Example::

    view = actor_view(ctx, "RUS", Filters())
    view.cells[0].issue, view.cells[0].stance
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from parley.analysis.filters import Filters
from parley.analysis.matrix import position_matrix
from parley.analysis.results import MatrixCell, PositionMatrix, StanceShift
from parley.analysis.shifts import stance_shifts
from parley.errors import NotFoundError
from parley.web.context import WebContext

__all__ = [
    "ActorOut",
    "ActorView",
    "IssueOut",
    "IssueView",
    "actor_view",
    "issue_view",
    "list_actors",
    "list_issues",
    "matrix_view",
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


def _by_evidence(cells: list[MatrixCell]) -> list[MatrixCell]:
    return sorted(cells, key=lambda c: (-c.articles, -c.positions, c.actor, c.issue))


def actor_view(ctx: WebContext, actor_id: str, filters: Filters) -> ActorView:
    """The actor's matrix row and shifts; :class:`NotFoundError` for an id the pack lacks and
    the store never saw."""
    narrowed = filters.narrowed(actors=[actor_id])
    matrix = matrix_view(ctx, narrowed, evidence_limit=5)
    if actor_id not in ctx.labels.actors and not matrix.cells:
        raise NotFoundError(f"actor {actor_id}: not found")
    shifts = ctx.cached(
        "shifts",
        {"f": narrowed.model_dump(mode="json")},
        lambda: stance_shifts(ctx.engine, narrowed),
    )
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
    shifts = ctx.cached(
        "shifts",
        {"f": narrowed.model_dump(mode="json")},
        lambda: stance_shifts(ctx.engine, narrowed),
    )
    return IssueView(
        id=issue_id,
        label=ctx.labels.issue(issue_id),
        cells=_by_evidence(matrix.cells),
        shifts=shifts,
    )
