"""Evidence lookups: the sentences behind any aggregate, fetched lazily and in limited pages.

Example::

    >>> from parley.store import open_engine
    >>> engine = open_engine("sqlite:///:memory:")
    >>> evidence(engine, Filters(), actor="RUS", issue="territory", limit=5)
    []
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select, true, tuple_

from parley.analysis._sql import modality_rank, to_date
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.results import EvidenceItem
from parley.models import Stance
from parley.store.schema import Article, Outlet, PositionRow

__all__ = ["evidence", "evidence_by_cell", "evidence_by_ids"]

_P = PositionRow.__table__.c
_A = Article.__table__.c
_O = Outlet.__table__.c

_COLUMNS = (
    _P.id,
    _P.article_id,
    _P.actor,
    _P.issue,
    _P.stance,
    _P.modality,
    _P.holder,
    _P.sentence,
    _P.start,
    _P.end,
    _P.confidence,
    _P.date,
    _O.name,
    _A.title,
    _A.url,
)


def _item(row: Any) -> EvidenceItem:
    return EvidenceItem(
        position_id=row[0],
        article_id=row[1],
        actor=row[2],
        issue=row[3],
        stance=row[4],
        modality=row[5],
        holder=row[6],
        sentence=row[7],
        start=row[8],
        end=row[9],
        confidence=row[10],
        date=to_date(row[11]),
        outlet=row[12],
        title=row[13],
        url=row[14],
    )


def _base() -> Any:
    return (
        select(*_COLUMNS)
        .select_from(PositionRow.__table__)
        .join(Article.__table__, _A.id == _P.article_id)
        .outerjoin(Outlet.__table__, _O.id == _P.outlet_id)
    )


def _strongest_first() -> tuple[Any, ...]:
    # strongest modality, then most confident, then newest, then id for a stable order
    return (modality_rank(_P.modality), _P.confidence.desc(), _P.date.desc(), _P.id)


def evidence(
    engine: Engine,
    filters: Filters,
    *,
    actor: str | None = None,
    issue: str | None = None,
    stance: Stance | None = None,
    outlet: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[EvidenceItem]:
    """The strongest evidence for (actor, issue[, stance][, outlet]) under ``filters``, paged."""
    stmt = filter_positions(_base(), filters)
    if actor is not None:
        stmt = stmt.where(_P.actor == actor)
    if issue is not None:
        stmt = stmt.where(_P.issue == issue)
    if stance is not None:
        stmt = stmt.where(_P.stance == stance)
    if outlet is not None:
        stmt = stmt.where(_O.name == outlet)
    stmt = stmt.order_by(*_strongest_first()).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [_item(r) for r in conn.execute(stmt)]


def evidence_by_ids(engine: Engine, ids: list[int]) -> list[EvidenceItem]:
    """Evidence items for the given position ids, in the order given (unknown ids skipped)."""
    if not ids:
        return []
    with engine.connect() as conn:
        rows = {r[0]: _item(r) for r in conn.execute(_base().where(_P.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def evidence_by_cell(
    engine: Engine,
    filters: Filters,
    cells: list[tuple[str, str]],
    *,
    limit: int = 3,
) -> dict[tuple[str, str], list[EvidenceItem]]:
    """Up to ``limit`` strongest evidence items for each (actor, issue) cell, in one query.

    A window function ranks rows per cell; only the ids of the top rows are fetched with their text.
    """
    if not cells or limit <= 0:
        return {}
    ranked = filter_positions(
        select(
            _P.id.label("pid"),
            func.row_number()
            .over(partition_by=(_P.actor, _P.issue), order_by=_strongest_first())
            .label("rn"),
        ),
        filters,
    ).where(tuple_(_P.actor, _P.issue).in_(cells) if len(cells) < 500 else true())
    sub = ranked.subquery()
    stmt = (
        _base()
        .join(sub, sub.c.pid == _P.id)
        .where(sub.c.rn <= limit)
        .order_by(_P.actor, _P.issue, sub.c.rn)
    )
    out: dict[tuple[str, str], list[EvidenceItem]] = {}
    wanted = set(cells)
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            key = (row[2], row[3])
            if key in wanted:
                out.setdefault(key, []).append(_item(row))
    return out
