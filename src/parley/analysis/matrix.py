"""The position matrix: actor × issue → support / oppose / mixed / unknown, with its evidence.

Computed with two GROUP BY queries in the database (per stance, and per cell for distinct
articles/outlets); only the top evidence rows per cell are fetched.

Example::

    >>> from parley.store import open_engine
    >>> m = position_matrix(open_engine("sqlite:///:memory:"), Filters())
    >>> m.cell("RUS", "territory").stance
    'unknown'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, func, select

from parley.analysis._sql import modality_rank, rank_to_modality, to_date
from parley.analysis.evidence import evidence_by_cell
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.results import (
    MODALITY_ORDER,
    CellStance,
    MatrixCell,
    PositionMatrix,
    StanceTally,
)
from parley.store.schema import PositionRow

__all__ = ["cell_stance", "position_matrix"]

_P = PositionRow.__table__.c


def cell_stance(support_articles: int, oppose_articles: int, dominance: float = 0.75) -> CellStance:
    """Overall stance from distinct-article counts: one side with at least ``dominance`` of the
    articles wins; both sides reported otherwise is ``mixed``; nothing is ``unknown``.

    >>> cell_stance(3, 0), cell_stance(3, 1), cell_stance(1, 1), cell_stance(0, 0)
    ('support', 'support', 'mixed', 'unknown')
    """
    total = support_articles + oppose_articles
    if total == 0:
        return "unknown"
    if support_articles / total >= dominance:
        return "support"
    if oppose_articles / total >= dominance:
        return "oppose"
    return "mixed"


def _stronger(a: Any, b: Any) -> Any:
    ranks = [r for r in (a, b) if r is not None]
    return min(ranks) if ranks else None


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    dates = [d for d in (a, b) if d is not None]
    return max(dates) if dates else None


def position_matrix(
    engine: Engine,
    filters: Filters | None = None,
    *,
    evidence_limit: int = 3,
    dominance: float = 0.75,
) -> PositionMatrix:
    """Aggregate stored positions into an actor × issue matrix.

    ``evidence_limit`` strongest evidence items are attached to each cell (0 for none; fetch more
    with ``parley.analysis.evidence``). Actors and issues are ordered by evidence (distinct
    articles), or as given in ``filters``.

    Example::

        m = position_matrix(engine, Filters(since=dt.date(2025, 11, 1)))
        for c in m.cells:
            print(c.actor, c.issue, c.stance, c.articles, c.strongest_modality)
    """
    filters = filters or Filters()
    per_stance = filter_positions(
        select(
            _P.actor,
            _P.issue,
            _P.stance,
            func.count(),
            func.count(func.distinct(_P.article_id)),
            func.min(modality_rank(_P.modality)),
            func.max(_P.date),
        ),
        filters,
    ).group_by(_P.actor, _P.issue, _P.stance)
    per_cell = filter_positions(
        select(
            _P.actor,
            _P.issue,
            func.count(func.distinct(_P.article_id)),
            func.count(func.distinct(_P.outlet_id)),
        ),
        filters,
    ).group_by(_P.actor, _P.issue)

    cells: dict[tuple[str, str], MatrixCell] = {}
    with engine.connect() as conn:
        for actor, issue, stance, n, arts, rank, latest in conn.execute(per_stance):
            cell = cells.setdefault((actor, issue), MatrixCell(actor=actor, issue=issue))
            tally = StanceTally(
                positions=n,
                articles=arts,
                strongest_modality=rank_to_modality(rank),
                latest_date=to_date(latest),
            )
            if stance == "support":
                cell.support = tally
            elif stance == "oppose":
                cell.oppose = tally
            else:  # pragma: no cover - the extractor writes only these two
                continue
        for actor, issue, arts, outlets in conn.execute(per_cell):
            if (actor, issue) in cells:
                cells[(actor, issue)].articles = arts
                cells[(actor, issue)].outlets = outlets

    for cell in cells.values():
        cell.positions = cell.support.positions + cell.oppose.positions
        cell.stance = cell_stance(cell.support.articles, cell.oppose.articles, dominance)
        cell.latest_date = _later(cell.support.latest_date, cell.oppose.latest_date)
        ranks = [
            None if t.strongest_modality is None else _rank(t.strongest_modality)
            for t in (cell.support, cell.oppose)
        ]
        cell.strongest_modality = rank_to_modality(_stronger(*ranks))

    if evidence_limit > 0 and cells:
        found = evidence_by_cell(engine, filters, list(cells), limit=evidence_limit)
        for key, items in found.items():
            cells[key].evidence = items

    actors = _order(filters.actors, cells, 0)
    issues = _order(filters.issues, cells, 1)
    ordered = sorted(cells.values(), key=lambda c: (actors.index(c.actor), issues.index(c.issue)))
    return PositionMatrix(filters=filters, actors=actors, issues=issues, cells=ordered)


def _rank(modality: str) -> int:
    return [str(m) for m in MODALITY_ORDER].index(modality)


def _order(given: list[str], cells: dict[tuple[str, str], MatrixCell], axis: int) -> list[str]:
    weight: dict[str, int] = {}
    for key, cell in cells.items():
        weight[key[axis]] = weight.get(key[axis], 0) + cell.articles
    if given:
        return list(dict.fromkeys(given))
    return sorted(weight, key=lambda k: (-weight[k], k))
