"""The changes digest: what is new between two dates, as a model and as Markdown.

New positions are (actor, issue, stance) triples first reported inside the window; shifts compare
the stance before the window with the stance inside it; events and contradictions are those dated
inside the window.

Example::

    >>> import datetime as dt
    >>> from parley.store import open_engine
    >>> d = changes_digest(open_engine("sqlite:///:memory:"), dt.date(2025, 11, 1))
    >>> d.new_positions
    []
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import Engine, func, select

from parley.analysis._sql import to_date
from parley.analysis.contradictions import contradictions
from parley.analysis.evidence import evidence
from parley.analysis.filters import Filters, filter_positions
from parley.analysis.matrix import position_matrix
from parley.analysis.results import (
    Contradiction,
    NewPosition,
    PeriodStance,
    StanceShift,
    TimelineEvent,
)
from parley.analysis.timeline import list_events
from parley.store.schema import PositionRow

__all__ = ["ChangesDigest", "changes_digest"]

_P = PositionRow.__table__.c


class ChangesDigest(BaseModel):
    """What changed between ``since`` and ``until`` (both inclusive)."""

    since: dt.date
    until: dt.date
    new_positions: list[NewPosition] = Field(default_factory=list)
    shifts: list[StanceShift] = Field(default_factory=list)
    new_events: list[TimelineEvent] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)

    def to_markdown(self) -> str:
        """The digest as a Markdown brief, every item with its evidence sentence."""
        lines = [f"# Changes {self.since} – {self.until}", ""]
        lines += ["## New positions", ""]
        if not self.new_positions:
            lines.append("_None._")
        for n in self.new_positions:
            lines.append(
                f"- **{n.actor}** {n.stance}s **{n.issue}** (first {n.first_date}, "
                f"{n.articles} article{'s' if n.articles != 1 else ''})"
            )
            lines += [_quote(e.sentence, e.outlet, e.date) for e in n.evidence]
        lines += ["", "## Stance shifts", ""]
        if not self.shifts:
            lines.append("_None._")
        for s in self.shifts:
            lines.append(
                f"- **{s.actor}** on **{s.issue}**: {s.before.stance} "
                f"({s.before.period_start}–{s.before.period_end}) → {s.after.stance} "
                f"({s.after.period_start}–{s.after.period_end})"
            )
            lines += [_quote(e.sentence, e.outlet, e.date, "before") for e in s.before.evidence]
            lines += [_quote(e.sentence, e.outlet, e.date, "after") for e in s.after.evidence]
        lines += ["", "## New events", ""]
        if not self.new_events:
            lines.append("_None._")
        for ev in self.new_events:
            what = ev.label or ev.kind
            where = f" in {ev.place}" if ev.place else ""
            who = f" ({', '.join(ev.participants)})" if ev.participants else ""
            lines.append(f"- {ev.date} · {ev.kind}: {what}{where}{who} — {ev.outlet or '?'}")
        lines += ["", "## Contradictions", ""]
        if not self.contradictions:
            lines.append("_None._")
        for c in self.contradictions:
            lines.append(
                f"- **{c.actor}** on **{c.issue}**: {c.support.outlet} ({c.support.date}) reports "
                f"support, {c.oppose.outlet} ({c.oppose.date}) reports opposition"
            )
            for side in (c.support, c.oppose):
                lines += [_quote(e.sentence, e.outlet, e.date, side.stance) for e in side.evidence]
        return "\n".join(lines).rstrip() + "\n"


def _quote(sentence: str, outlet: str | None, date: dt.date | None, tag: str = "") -> str:
    text = " ".join(sentence.split())
    prefix = f"{tag}: " if tag else ""
    return f"  > {prefix}“{text}” — {outlet or 'unknown outlet'}, {date or 'undated'}"


def changes_digest(
    engine: Engine,
    since: dt.date,
    until: dt.date | None = None,
    filters: Filters | None = None,
    *,
    evidence_limit: int = 1,
    window_days: int = 7,
) -> ChangesDigest:
    """Collect what is new in [``since``, ``until``] (``until`` defaults to today).

    Example::

        digest = changes_digest(engine, dt.date(2025, 11, 20))
        print(digest.to_markdown())
    """
    until = until or dt.date.today()
    filters = (filters or Filters()).narrowed(since=None, until=None)
    inside = filters.narrowed(since=since, until=until)
    before = filters.narrowed(until=since - dt.timedelta(days=1))

    first_seen = (
        filter_positions(
            select(
                _P.actor,
                _P.issue,
                _P.stance,
                func.min(_P.date),
                func.count(func.distinct(_P.article_id)),
            ),
            filters.narrowed(until=until),
        )
        .where(_P.date.is_not(None))
        .group_by(_P.actor, _P.issue, _P.stance)
        .having(func.min(_P.date) >= since)
        .order_by(func.min(_P.date), _P.actor, _P.issue, _P.stance)
    )
    new_positions: list[NewPosition] = []
    with engine.connect() as conn:
        for actor, issue, stance, first, n in conn.execute(first_seen):
            new_positions.append(
                NewPosition(
                    actor=actor,
                    issue=issue,
                    stance=stance,
                    first_date=to_date(first),
                    articles=int(n),
                    evidence=evidence(
                        engine,
                        inside,
                        actor=actor,
                        issue=issue,
                        stance=stance,
                        limit=evidence_limit,
                    ),
                )
            )

    old = position_matrix(engine, before, evidence_limit=evidence_limit)
    new = position_matrix(engine, inside, evidence_limit=evidence_limit)
    shifts: list[StanceShift] = []
    for cell in new.cells:
        prior = old.cell(cell.actor, cell.issue)
        if {prior.stance, cell.stance} != {"support", "oppose"}:
            continue
        earliest = _first_date(engine, before, cell.actor, cell.issue) or since
        shifts.append(
            StanceShift(
                actor=cell.actor,
                issue=cell.issue,
                before=PeriodStance(
                    period_start=earliest,
                    period_end=since - dt.timedelta(days=1),
                    stance=prior.stance,
                    support_articles=prior.support.articles,
                    oppose_articles=prior.oppose.articles,
                    evidence=prior.evidence,
                ),
                after=PeriodStance(
                    period_start=since,
                    period_end=until,
                    stance=cell.stance,
                    support_articles=cell.support.articles,
                    oppose_articles=cell.oppose.articles,
                    evidence=cell.evidence,
                ),
            )
        )
    shifts.sort(key=lambda s: (s.actor, s.issue))
    return ChangesDigest(
        since=since,
        until=until,
        new_positions=new_positions,
        shifts=shifts,
        new_events=list_events(engine, inside, limit=500),
        contradictions=contradictions(
            engine, inside, window_days=window_days, evidence_limit=evidence_limit
        ),
    )


def _first_date(engine: Engine, filters: Filters, actor: str, issue: str) -> dt.date | None:
    stmt = filter_positions(select(func.min(_P.date)), filters).where(
        _P.actor == actor, _P.issue == issue
    )
    with engine.connect() as conn:
        return to_date(conn.execute(stmt).scalar())
