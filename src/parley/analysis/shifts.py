"""Stance shifts: an actor's stance on an issue changed between two periods.

Per-period counts come from one GROUP BY (actor, issue, period, stance); the comparison runs on
those few aggregate rows, and evidence is fetched only for the shifts found.

Example::

    >>> from parley.store import open_engine
    >>> stance_shifts(open_engine("sqlite:///:memory:"), Filters())
    []
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from sqlalchemy import Engine, func, select

from parley.analysis._sql import bucket_expr, to_date
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.matrix import cell_stance
from parley.analysis.results import Bucket, PeriodStance, StanceShift
from parley.store.schema import PositionRow

__all__ = ["period_end", "stance_shifts"]

_P = PositionRow.__table__.c


def period_end(start: dt.date, bucket: Bucket) -> dt.date:
    """The last day of the period that begins on ``start``."""
    if bucket == "day":
        return start
    if bucket == "week":
        return start + dt.timedelta(days=6)
    return start + relativedelta(months=1) - dt.timedelta(days=1)


def stance_shifts(
    engine: Engine,
    filters: Filters | None = None,
    *,
    bucket: Bucket = "month",
    dominance: float = 0.75,
    include_mixed: bool = False,
    evidence_limit: int = 3,
) -> list[StanceShift]:
    """Find (actor, issue) whose stance in one period differs from the previous period with
    evidence. By default only clear flips (support ↔ oppose) count; ``include_mixed`` also reports
    moves into or out of ``mixed``. Newest shifts first.

    Example::

        for s in stance_shifts(engine, Filters(actors=["USA"]), bucket="week"):
            print(s.actor, s.issue, s.before.stance, "->", s.after.stance, s.after.period_start)
    """
    filters = filters or Filters()
    # Per day first (streams in the date-led index), then per period: an article has one date,
    # so distinct-article counts per day add up.
    daily = (
        filter_positions(
            select(
                _P.date,
                _P.actor,
                _P.issue,
                _P.stance,
                func.count(func.distinct(_P.article_id)).label("n"),
            ),
            filters,
        )
        .where(_P.date.is_not(None))
        .group_by(_P.date, _P.actor, _P.issue, _P.stance)
        .subquery("daily")
    )
    period = bucket_expr(engine, daily.c.date, bucket).label("period")
    stmt = select(
        daily.c.actor, daily.c.issue, period, daily.c.stance, func.sum(daily.c.n)
    ).group_by(daily.c.actor, daily.c.issue, period, daily.c.stance)
    series: dict[tuple[str, str], dict[dt.date, list[int]]] = {}
    with engine.connect() as conn:
        for actor, issue, when, stance, n in conn.execute(stmt):
            day = to_date(when)
            assert day is not None
            counts = series.setdefault((actor, issue), {}).setdefault(day, [0, 0])
            counts[0 if stance == "support" else 1] += int(n)

    shifts: list[StanceShift] = []
    for (actor, issue), periods in series.items():
        previous: PeriodStance | None = None
        for start in sorted(periods):
            sup, opp = periods[start]
            current = PeriodStance(
                period_start=start,
                period_end=period_end(start, bucket),
                stance=cell_stance(sup, opp, dominance),
                support_articles=sup,
                oppose_articles=opp,
            )
            if previous is not None and _is_shift(previous.stance, current.stance, include_mixed):
                shifts.append(StanceShift(actor=actor, issue=issue, before=previous, after=current))
            previous = current

    shifts.sort(key=lambda s: (s.after.period_start, s.actor, s.issue), reverse=True)
    if evidence_limit > 0:
        for shift in shifts:
            for side in (shift.before, shift.after):
                window = filters.narrowed(
                    since=max(d for d in (side.period_start, filters.since) if d is not None),
                    until=min(d for d in (side.period_end, filters.until) if d is not None),
                )
                wanted = side.stance if side.stance in ("support", "oppose") else None
                side.evidence = evidence(
                    engine,
                    window,
                    actor=shift.actor,
                    issue=shift.issue,
                    stance=wanted,
                    limit=evidence_limit,
                )
    return shifts


def _is_shift(before: str, after: str, include_mixed: bool) -> bool:
    if before == after:
        return False
    if include_mixed:
        return True
    return {before, after} == {"support", "oppose"}
