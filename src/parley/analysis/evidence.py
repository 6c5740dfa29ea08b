"""Evidence lookups: the sentences behind any aggregate, fetched lazily and in limited pages.

Example::

    >>> from parley.store import open_engine
    >>> engine = open_engine("sqlite:///:memory:")
    >>> evidence(engine, Filters(), actor="RUS", issue="territory", limit=5)
    []
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from parley.analysis._sql import modality_rank, to_date
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.results import MODALITY_ORDER, EvidenceItem
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
    return (modality_rank(_P.modality), _P.confidence.desc(), _P.date.desc(), _P.id.desc())


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
    """Up to ``limit`` strongest evidence items for each (actor, issue) cell, in the same order as
    ``evidence()``.

    Per cell, modalities are visited strongest first, each an ordered seek in the
    ``ix_positions_evidence`` index (actor, issue, modality, confidence, date, id) that stops after
    ``limit`` rows, so the cost does not grow with the number of positions.
    """
    if not cells or limit <= 0:
        return {}
    chosen: dict[tuple[str, str], list[int]] = {}
    known = list(MODALITY_ORDER)
    with engine.connect() as conn:
        for actor, issue in cells:
            ids: list[int] = []
            for modality in [*known, None]:
                stmt = filter_positions(select(_P.id), filters).where(
                    _P.actor == actor, _P.issue == issue
                )
                if modality is None:
                    stmt = stmt.where(_P.modality.not_in(known))
                else:
                    stmt = stmt.where(_P.modality == modality)
                stmt = stmt.order_by(_P.confidence.desc(), _P.date.desc(), _P.id.desc())
                ids += conn.execute(stmt.limit(limit - len(ids))).scalars().all()
                if len(ids) >= limit:
                    break
            chosen[(actor, issue)] = ids
    items = {
        e.position_id: e for e in evidence_by_ids(engine, [i for v in chosen.values() for i in v])
    }
    return {key: [items[i] for i in ids if i in items] for key, ids in chosen.items() if ids}
