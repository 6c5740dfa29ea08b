"""Contradictions: one outlet reports an actor supporting a motion while another reports the same
actor opposing it, within a few days of each other. Shown side by side with the evidence.

Two phases keep it cheap on large stores: one GROUP BY (actor, issue, stance, outlet) gives each
outlet's date range and count per stance; only outlet pairs whose ranges come within the window
are candidates, and candidates are checked exactly (closest pair of dates) cell by cell, heaviest
first, until ``limit`` are confirmed.

Example::

    >>> from parley.store import open_engine
    >>> contradictions(open_engine("sqlite:///:memory:"), Filters())
    []
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, func, select

from parley.analysis._sql import to_date
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.results import Contradiction, ContradictionSide
from parley.models import Stance
from parley.store.schema import Outlet, PositionRow

__all__ = ["contradictions"]

_P = PositionRow.__table__.c
_O = Outlet.__table__.c

_Cell = tuple[str, str]


def contradictions(
    engine: Engine,
    filters: Filters | None = None,
    *,
    window_days: int = 7,
    limit: int = 50,
    evidence_limit: int = 2,
) -> list[Contradiction]:
    """Pairs (support outlet, oppose outlet) for the same actor and issue with reports at most
    ``window_days`` apart, the closest dates shown side by side. Pairs with the most positions
    behind them come first, then the closest in time.

    Example::

        for c in contradictions(engine, Filters(issues=["foreign_troops"]), window_days=3):
            print(c.actor, c.support.outlet, "vs", c.oppose.outlet, c.days_apart)
    """
    filters = filters or Filters()
    ranges = (
        filter_positions(
            select(
                _P.actor,
                _P.issue,
                _P.stance,
                _P.outlet_id,
                func.count(),
                func.min(_P.date),
                func.max(_P.date),
            ),
            filters,
        )
        .where(_P.date.is_not(None), _P.outlet_id.is_not(None))
        .group_by(_P.actor, _P.issue, _P.stance, _P.outlet_id)
    )
    sides: dict[_Cell, dict[str, list[tuple[int, int, dt.date, dt.date]]]] = defaultdict(
        lambda: {"support": [], "oppose": []}
    )
    with engine.connect() as conn:
        names: dict[int, str] = {i: n for i, n in conn.execute(select(_O.id, _O.name))}
        for actor, issue, stance, outlet, n, first, last in conn.execute(ranges):
            if stance in ("support", "oppose"):
                lo, hi = to_date(first), to_date(last)
                assert lo is not None and hi is not None
                sides[(actor, issue)][stance].append((outlet, int(n), lo, hi))

    window = dt.timedelta(days=window_days)
    candidates: list[tuple[int, str, str, str, str, _Cell, int, int]] = []
    for cell, by_stance in sides.items():
        for sup, n_sup, sup_lo, sup_hi in by_stance["support"]:
            for opp, n_opp, opp_lo, opp_hi in by_stance["oppose"]:
                if sup != opp and sup_lo - window <= opp_hi and opp_lo <= sup_hi + window:
                    a, b = names.get(sup, str(sup)), names.get(opp, str(opp))
                    candidates.append((-(n_sup + n_opp), cell[0], cell[1], a, b, cell, sup, opp))
    candidates.sort()

    confirmed: list[tuple[int, int, _Cell, int, int, dt.date, dt.date, int, int]] = []
    dates: dict[_Cell, dict[tuple[str, int], dict[dt.date, int]]] = {}
    with engine.connect() as conn:
        for neg_weight, *_names, cell, sup, opp in candidates:
            if len(confirmed) >= limit and neg_weight > confirmed[-1][0]:
                break  # lighter than everything kept: the rest cannot enter the top ``limit``
            if cell not in dates:
                dates[cell] = _cell_dates(conn, filters, cell)
            best = _closest(dates[cell][("support", sup)], dates[cell][("oppose", opp)])
            if best is None or best[0] > window_days:
                continue
            gap, day_s, day_o = best
            confirmed.append(
                (
                    neg_weight,
                    gap,
                    cell,
                    sup,
                    opp,
                    day_s,
                    day_o,
                    dates[cell][("support", sup)][day_s],
                    dates[cell][("oppose", opp)][day_o],
                )
            )
            confirmed.sort(key=lambda c: (c[0], c[1]))
    confirmed = confirmed[:limit]

    result: list[Contradiction] = []
    for _w, gap, (actor, issue), sup, opp, day_s, day_o, n_s, n_o in confirmed:
        pair: list[ContradictionSide] = []
        plan: tuple[tuple[Stance, int, dt.date, int], ...] = (
            ("support", sup, day_s, n_s),
            ("oppose", opp, day_o, n_o),
        )
        for stance, outlet_id, day, n in plan:
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
            pair.append(
                ContradictionSide(outlet=name, stance=stance, date=day, positions=n, evidence=items)
            )
        result.append(
            Contradiction(actor=actor, issue=issue, days_apart=gap, support=pair[0], oppose=pair[1])
        )
    return result


def _cell_dates(
    conn: Any, filters: Filters, cell: _Cell
) -> dict[tuple[str, int], dict[dt.date, int]]:
    """Positions per (stance, outlet) and day for one cell."""
    stmt = (
        filter_positions(select(_P.stance, _P.outlet_id, _P.date, func.count()), filters)
        .where(
            _P.actor == cell[0],
            _P.issue == cell[1],
            _P.date.is_not(None),
            _P.outlet_id.is_not(None),
        )
        .group_by(_P.stance, _P.outlet_id, _P.date)
    )
    out: dict[tuple[str, int], dict[dt.date, int]] = defaultdict(dict)
    for stance, outlet, day, n in conn.execute(stmt):
        when = to_date(day)
        if when is not None:
            out[(stance, outlet)][when] = int(n)
    return out


def _closest(
    support: dict[dt.date, int], oppose: dict[dt.date, int]
) -> tuple[int, dt.date, dt.date] | None:
    """(gap in days, support date, oppose date) of the closest pair; the latest pair on ties."""
    if not support or not oppose:
        return None
    opp_days = sorted(oppose)
    best: tuple[int, int, dt.date, dt.date] | None = None
    for day in sorted(support):
        i = bisect.bisect_left(opp_days, day)
        for j in (i - 1, i):
            if 0 <= j < len(opp_days):
                other = opp_days[j]
                key = (abs((day - other).days), -max(day, other).toordinal())
                if best is None or key < best[:2]:
                    best = (*key, day, other)
    assert best is not None
    return best[0], best[2], best[3]
