"""The timeline: statements (positions) and events over time, bucketed by day, week or month.

Counts come from GROUP BY queries; only a limited list of events is fetched with its text.

Example::

    >>> from parley.store import open_engine
    >>> t = timeline(open_engine("sqlite:///:memory:"), Filters(), bucket="week")
    >>> t.points, t.event_counts
    ([], [])
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Engine, case, func, select

from parley.analysis._sql import bucket_expr, to_date
from parley.analysis.filters import Filters, filter_events, filter_positions
from parley.analysis.results import Bucket, EventCount, Timeline, TimelineEvent, TimelinePoint
from parley.store.schema import Article, EventRow, Outlet, PositionRow

__all__ = ["list_events", "timeline"]

_P = PositionRow.__table__.c
_E = EventRow.__table__.c
_A = Article.__table__.c
_O = Outlet.__table__.c

GroupBy = Literal["actor", "issue", "actor_issue", "none"]


def timeline(
    engine: Engine,
    filters: Filters | None = None,
    *,
    bucket: Bucket = "week",
    group_by: GroupBy = "actor",
    event_limit: int = 200,
) -> Timeline:
    """Statements per period (split by ``group_by``) with support/oppose counts, event counts per
    period and kind, and up to ``event_limit`` events (oldest first).

    Example::

        t = timeline(engine, Filters(actors=["RUS", "UKR"]), bucket="month")
        for p in t.points:
            print(p.period, p.actor, p.support, p.oppose)
    """
    filters = filters or Filters()
    # Per day first (streams in the date-led index), then per period: an article has one date,
    # so distinct-article counts per day add up to distinct-article counts per period.
    day_keys: list[Any] = [_P.date]
    if group_by in ("actor", "actor_issue"):
        day_keys.append(_P.actor)
    if group_by in ("issue", "actor_issue"):
        day_keys.append(_P.issue)
    daily = (
        filter_positions(
            select(
                *day_keys,
                func.sum(case((_P.stance == "support", 1), else_=0)).label("n_support"),
                func.count().label("n_total"),
                func.count(func.distinct(_P.article_id)).label("n_articles"),
            ),
            filters,
        )
        .where(_P.date.is_not(None))
        .group_by(*day_keys)
        .subquery("daily")
    )
    period = bucket_expr(engine, daily.c.date, bucket).label("period")
    keys: list[Any] = [period, *(daily.c[k.name] for k in day_keys[1:])]
    stmt = (
        select(
            *keys,
            func.sum(daily.c.n_support),
            func.sum(daily.c.n_total),
            func.sum(daily.c.n_articles),
        )
        .group_by(*keys)
        .order_by(*keys)
    )

    e_period = bucket_expr(engine, _E.date, bucket).label("period")
    e_stmt = (
        filter_events(select(e_period, _E.kind, func.count()), filters)
        .where(_E.date.is_not(None))
        .group_by(e_period, _E.kind)
        .order_by(e_period, _E.kind)
    )
    points: list[TimelinePoint] = []
    counts: list[EventCount] = []
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            values = list(row)
            when = to_date(values.pop(0))
            actor = values.pop(0) if group_by in ("actor", "actor_issue") else None
            issue = values.pop(0) if group_by in ("issue", "actor_issue") else None
            n_support, n_total, n_articles = (int(v or 0) for v in values)
            assert when is not None
            points.append(
                TimelinePoint(
                    period=when,
                    actor=actor,
                    issue=issue,
                    support=n_support,
                    oppose=n_total - n_support,
                    articles=n_articles,
                )
            )
        for when, kind, n in conn.execute(e_stmt):
            day = to_date(when)
            assert day is not None
            counts.append(EventCount(period=day, kind=kind, count=n))
    events = list_events(engine, filters, limit=event_limit) if event_limit > 0 else []
    return Timeline(
        bucket=bucket, group_by=group_by, points=points, event_counts=counts, events=events
    )


def list_events(
    engine: Engine, filters: Filters | None = None, *, limit: int = 200, offset: int = 0
) -> list[TimelineEvent]:
    """Stored events with their evidence, oldest first (undated last), paged.

    Example::

        for e in list_events(engine, Filters(since=dt.date(2025, 11, 20)), limit=10):
            print(e.date, e.kind, e.label, e.outlet)
    """
    filters = filters or Filters()
    stmt = (
        filter_events(
            select(
                _E.id,
                _E.article_id,
                _E.kind,
                _E.label,
                _E.date,
                _E.place,
                _E.participants,
                _E.sentence,
                _E.start,
                _E.end,
                _O.name,
                _A.title,
                _A.url,
            )
            .select_from(EventRow.__table__)
            .join(Article.__table__, _A.id == _E.article_id)
            .outerjoin(Outlet.__table__, _O.id == _E.outlet_id),
            filters,
        )
        .order_by(_E.date.is_(None), _E.date, _E.id)
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as conn:
        return [
            TimelineEvent(
                event_id=r[0],
                article_id=r[1],
                kind=r[2],
                label=r[3] or "",
                date=to_date(r[4]),
                place=r[5],
                participants=list(r[6] or []),
                sentence=r[7],
                start=r[8],
                end=r[9],
                outlet=r[10],
                title=r[11],
                url=r[12],
            )
            for r in conn.execute(stmt)
        ]
