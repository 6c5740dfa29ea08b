"""Everything a report shows, gathered once from the analyses (so HTML and Markdown agree).

Example::

    >>> from parley.store import open_engine
    >>> data = gather(open_engine("sqlite:///:memory:"))
    >>> data.matrix.cells
    []
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, Field
from sqlalchemy import Engine, func, select

from parley.analysis import (
    Bucket,
    Contradiction,
    DealEvaluation,
    EvidenceItem,
    Filters,
    IssueAlignment,
    PositionMatrix,
    SourcesReport,
    StanceShift,
    Timeline,
    bundled_proposals,
    contradictions,
    evaluate_deal,
    issue_alignments,
    load_proposal,
    position_matrix,
    source_profiles,
    stance_shifts,
    timeline,
)
from parley.analysis._sql import to_date
from parley.analysis.evidence import evidence_by_cell
from parley.analysis.filters import filter_positions
from parley.store.schema import PositionRow

__all__ = ["ReportData", "anchor", "gather"]


def anchor(actor: str, issue: str) -> str:
    """The element id of a cell's evidence list, e.g. ``ev-RUS-territory``."""
    return "ev-" + re.sub(r"[^A-Za-z0-9_-]", "-", f"{actor}-{issue}")


class ReportData(BaseModel):
    """The analyses behind one report, with the evidence of every matrix cell."""

    generated: dt.datetime
    filters: Filters
    articles: int
    positions: int
    date_from: dt.date | None
    date_to: dt.date | None
    matrix: PositionMatrix
    cell_evidence: dict[str, list[EvidenceItem]] = Field(
        description="Anchor id -> evidence items (up to the per-cell limit)."
    )
    timeline: Timeline
    sources: SourcesReport
    alignments: list[IssueAlignment]
    contradictions: list[Contradiction]
    shifts: list[StanceShift]
    deals: list[DealEvaluation]


def _bucket(first: dt.date | None, last: dt.date | None) -> Bucket:
    if first is None or last is None:
        return "week"
    days = (last - first).days
    return "day" if days <= 31 else "week" if days <= 200 else "month"


def gather(
    engine: Engine,
    filters: Filters | None = None,
    *,
    evidence_per_cell: int = 25,
    proposals: list[str] | None = None,
) -> ReportData:
    """Run the analyses for a report. ``proposals`` are YAML paths (default: the bundled ones).

    Example::

        data = gather(engine, Filters(since=dt.date(2025, 11, 1)))
    """
    filters = filters or Filters()
    p = PositionRow.__table__.c
    with engine.connect() as conn:
        n_positions, n_articles, first_raw, last_raw = conn.execute(
            filter_positions(
                select(
                    func.count(),
                    func.count(func.distinct(p.article_id)),
                    func.min(p.date),
                    func.max(p.date),
                ),
                filters,
            )
        ).one()
    first, last = to_date(first_raw), to_date(last_raw)
    matrix = position_matrix(engine, filters, evidence_limit=0)
    found = evidence_by_cell(
        engine, filters, [(c.actor, c.issue) for c in matrix.cells], limit=evidence_per_cell
    )
    cell_evidence = {anchor(a, i): items for (a, i), items in found.items()}
    paths = proposals if proposals is not None else [str(x) for x in bundled_proposals()]
    deals = [evaluate_deal(engine, load_proposal(path), filters) for path in paths]
    return ReportData(
        generated=dt.datetime.now(dt.UTC).replace(microsecond=0),
        filters=filters,
        articles=int(n_articles or 0),
        positions=int(n_positions or 0),
        date_from=first,
        date_to=last,
        matrix=matrix,
        cell_evidence=cell_evidence,
        timeline=timeline(engine, filters, bucket=_bucket(first, last), event_limit=100),
        sources=source_profiles(engine, filters),
        alignments=issue_alignments(engine, filters, evidence_limit=3),
        contradictions=contradictions(engine, filters, limit=20),
        shifts=stance_shifts(engine, filters),
        deals=deals,
    )
