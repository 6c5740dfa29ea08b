"""Query-string parsing shared by the API and the pages: one ``Filters`` from the same names.

Example: ``/api/v1/matrix?since=2025-11-01&actor=RUS&actor=UKR&min_confidence=0.5``.
"""

from __future__ import annotations

import datetime as dt
import re

from fastapi import HTTPException, Query
from pydantic import ValidationError

from parley.analysis.filters import Filters

__all__ = ["analysis_filters"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def analysis_filters(
    since: dt.date | None = Query(None, description="First day included (YYYY-MM-DD)."),
    until: dt.date | None = Query(None, description="Last day included (YYYY-MM-DD)."),
    outlet: list[str] = Query([], description="Outlet names to keep (repeatable)."),
    actor: list[str] = Query([], description="Actor ids to keep (repeatable)."),
    issue: list[str] = Query([], description="Issue ids to keep (repeatable)."),
    min_confidence: float = Query(0.0, ge=0, le=1, description="Drop positions below this."),
) -> Filters:
    """The analysis filters named in the query string (400 when they contradict each other or
    name an outlet, actor or issue with control characters, which no stored value has)."""
    for value in (*outlet, *actor, *issue):
        if _CONTROL.search(value):
            raise HTTPException(status_code=400, detail="control characters in a filter value")
    try:
        return Filters(
            since=since,
            until=until,
            outlets=outlet,
            actors=actor,
            issues=issue,
            min_confidence=min_confidence,
        )
    except ValidationError as exc:
        reason = "; ".join(str(e.get("msg", "invalid")) for e in exc.errors())
        raise HTTPException(status_code=400, detail=reason) from None
