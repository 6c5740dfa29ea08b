"""Contradictions: one outlet reports an actor supporting a motion while another reports the same
actor opposing it, within a few days of each other. Shown side by side with the evidence.

The pairing runs in SQL on positions pre-aggregated per (actor, issue, stance, outlet, date).

Example::

    >>> from parley.store import open_engine
    >>> contradictions(open_engine("sqlite:///:memory:"), Filters())
    []
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from parley.analysis._sql import day_number, to_date
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.results import Contradiction, ContradictionSide
from parley.models import Stance
from parley.store.schema import Outlet, PositionRow

__all__ = ["contradictions"]

_P = PositionRow.__table__.c
_O = Outlet.__table__.c


def contradictions(
    engine: Engine,
    filters: Filters | None = None,
    *,
    window_days: int = 7,
    limit: int = 50,
    evidence_limit: int = 2,
) -> list[Contradiction]:
    """Pairs (support outlet, oppose outlet) for the same actor and issue whose reports lie at most
    ``window_days`` apart. For each pair, the closest dates are shown; pairs with the most
    positions behind them come first, then the closest in time.

    Example::

        for c in contradictions(engine, Filters(issues=["foreign_troops"]), window_days=3):
            print(c.actor, c.support.outlet, "vs", c.oppose.outlet, c.days_apart)
    """
    filters = filters or Filters()
    daily = (
        filter_positions(
            select(
                _P.actor,
                _P.issue,
                _P.stance,
                _P.outlet_id,
                _P.date,
                day_number(engine, _P.date).label("day"),
                func.count().label("n"),
            ),
            filters,
        )
        .where(_P.date.is_not(None), _P.outlet_id.is_not(None))
        .group_by(_P.actor, _P.issue, _P.stance, _P.outlet_id, _P.date)
        .cte("daily")
    )
    s = daily.alias("s")
    o = daily.alias("o")
    gap = func.abs(s.c.day - o.c.day)
    pairs = (
        select(
            s.c.actor,
            s.c.issue,
            s.c.outlet_id,
            o.c.outlet_id,
            func.min(gap).label("gap"),
            func.sum(s.c.n + o.c.n).label("weight"),
        )
        .select_from(s)
        .join(
            o,
            and_(
                o.c.actor == s.c.actor,
                o.c.issue == s.c.issue,
                o.c.stance == "oppose",
                o.c.outlet_id != s.c.outlet_id,
                gap <= window_days,
            ),
        )
        .where(s.c.stance == "support")
        .group_by(s.c.actor, s.c.issue, s.c.outlet_id, o.c.outlet_id)
        .order_by(
            func.sum(s.c.n + o.c.n).desc(),
            func.min(gap),
            s.c.actor,
            s.c.issue,
            s.c.outlet_id,
            o.c.outlet_id,
        )
        .limit(limit)
    )
    with engine.connect() as conn:
        found = list(conn.execute(pairs))
        names = dict(conn.execute(select(_O.id, _O.name)).all())
        result: list[Contradiction] = []
        for actor, issue, sup_outlet, opp_outlet, days, _weight in found:
            closest = _closest_dates(conn, filters, actor, issue, sup_outlet, opp_outlet)
            sides = []
            plan: tuple[tuple[Stance, int, dt.date], ...] = (
                ("support", sup_outlet, closest[0]),
                ("oppose", opp_outlet, closest[1]),
            )
            for stance, outlet_id, day in plan:
                name = names.get(outlet_id, str(outlet_id))
                items = (
                    evidence(
                        engine,
                        filters.narrowed(since=day, until=day),
                        actor=actor,
                        issue=issue,
                        stance=stance,
                        outlet=name,
                        limit=evidence_limit,
                    )
                    if evidence_limit > 0
                    else []
                )
                sides.append(
                    ContradictionSide(
                        outlet=name,
                        stance=stance,
                        date=day,
                        positions=closest[2 if stance == "support" else 3],
                        evidence=items,
                    )
                )
            result.append(
                Contradiction(
                    actor=actor,
                    issue=issue,
                    days_apart=int(days),
                    support=sides[0],
                    oppose=sides[1],
                )
            )
    return result


def _closest_dates(
    conn: Any, filters: Filters, actor: str, issue: str, sup: int, opp: int
) -> tuple[dt.date, dt.date, int, int]:
    """The (support date, oppose date) pair closest in time (latest on ties), with counts."""
    stmt = (
        filter_positions(select(_P.stance, _P.outlet_id, _P.date, func.count()), filters)
        .where(
            _P.actor == actor,
            _P.issue == issue,
            or_(
                and_(_P.stance == "support", _P.outlet_id == sup),
                and_(_P.stance == "oppose", _P.outlet_id == opp),
            ),
            _P.date.is_not(None),
        )
        .group_by(_P.stance, _P.outlet_id, _P.date)
    )
    support: dict[dt.date, int] = {}
    oppose: dict[dt.date, int] = {}
    for stance, _outlet, day, n in conn.execute(stmt):
        when = to_date(day)
        if when is not None:
            (support if stance == "support" else oppose)[when] = int(n)
    best = min(
        ((a, b) for a in support for b in oppose),
        key=lambda p: (abs((p[0] - p[1]).days), -max(p).toordinal(), -min(p).toordinal()),
    )
    return best[0], best[1], support[best[0]], oppose[best[1]]
