"""The filters every analysis accepts, and how they narrow a query on positions or events.

One ``Filters`` object travels from the CLI flags / web query string to each analysis function,
so all faces filter the same way.

Example::

    >>> import datetime as dt
    >>> f = Filters(since=dt.date(2025, 11, 1), actors=["RUS"], min_confidence=0.5)
    >>> f.actors
    ['RUS']
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import Select, select

from parley.store.schema import EventRow, Outlet, PositionRow

__all__ = ["Filters", "filter_events", "filter_positions", "pack_name"]

_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


class Filters(BaseModel):
    """Which stored facts an analysis looks at. Empty lists and ``None`` mean "no restriction"."""

    since: dt.date | None = Field(None, description="First day included (inclusive).")
    until: dt.date | None = Field(None, description="Last day included (inclusive).")
    outlets: list[str] = Field(default_factory=list, description="Outlet names to keep.")
    min_confidence: float = Field(0.0, ge=0, le=1, description="Drop positions below this.")
    actors: list[str] = Field(default_factory=list, description="Actor ids to keep.")
    issues: list[str] = Field(default_factory=list, description="Issue ids to keep.")
    pack: str | None = Field(None, description="Only positions extracted with this pack.")

    @model_validator(mode="after")
    def _ordered_dates(self) -> Filters:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self

    def narrowed(self, **changes: Any) -> Filters:
        """A copy with some fields replaced (e.g. a different date window)."""
        return self.model_copy(update=changes)


def _outlet_ids(names: list[str]) -> Select[Any]:
    return select(Outlet.id).where(Outlet.name.in_(names))


def filter_positions(stmt: _S, filters: Filters, table: Any = None) -> _S:
    """Add ``filters`` as WHERE clauses on the positions table (or an alias of it) to ``stmt``."""
    p = table if table is not None else PositionRow.__table__.c
    if filters.since is not None:
        stmt = stmt.where(p.date >= filters.since)
    if filters.until is not None:
        stmt = stmt.where(p.date <= filters.until)
    if filters.outlets:
        stmt = stmt.where(p.outlet_id.in_(_outlet_ids(filters.outlets)))
    if filters.min_confidence > 0:
        stmt = stmt.where(p.confidence >= filters.min_confidence)
    if filters.actors:
        stmt = stmt.where(p.actor.in_(filters.actors))
    if filters.issues:
        stmt = stmt.where(p.issue.in_(filters.issues))
    if filters.pack:
        stmt = stmt.where(p.pack == pack_name(filters.pack))
    return stmt


def filter_events(stmt: _S, filters: Filters) -> _S:
    """Add the date, outlet and pack filters to a query on events (actors/issues do not apply)."""
    e = EventRow.__table__.c
    if filters.since is not None:
        stmt = stmt.where(e.date >= filters.since)
    if filters.until is not None:
        stmt = stmt.where(e.date <= filters.until)
    if filters.outlets:
        stmt = stmt.where(e.outlet_id.in_(_outlet_ids(filters.outlets)))
    if filters.pack:
        stmt = stmt.where(e.pack == pack_name(filters.pack))
    return stmt


def pack_name(pack: str) -> str:
    """The stored name of a pack given by name or by folder path (a path is loaded for its name)."""
    if "/" in pack or "\\" in pack:
        from parley.packs import load_pack

        return load_pack(pack).name
    return pack
