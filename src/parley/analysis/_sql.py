"""SQL expressions that differ between SQLite and PostgreSQL, kept in one place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, Engine, Integer, case, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

from parley.analysis.results import MODALITY_ORDER, Bucket

__all__ = ["bucket_expr", "day_number", "modality_rank", "rank_to_modality", "to_date"]


def modality_rank(column: Any) -> ColumnElement[int]:
    """0 for red_line ... 6 for hypothetical, 7 for anything unknown (so MIN() is the strongest)."""
    return case(
        *((column == name, literal(i)) for i, name in enumerate(MODALITY_ORDER)),
        else_=literal(len(MODALITY_ORDER)),
    )


def rank_to_modality(rank: int | None) -> Any:
    """Inverse of ``modality_rank`` (``None`` for no or unknown modality)."""
    if rank is None or not 0 <= int(rank) < len(MODALITY_ORDER):
        return None
    return MODALITY_ORDER[int(rank)]


def day_number(engine: Engine, column: Any) -> ColumnElement[Any]:
    """Days since an epoch, so that differences of two dates are day counts on both back ends."""
    if engine.dialect.name == "sqlite":
        return cast(func.julianday(column), Integer)
    days: ColumnElement[Any] = column - cast(literal("1970-01-01"), Date)
    return days


def bucket_expr(engine: Engine, column: Any, bucket: Bucket) -> ColumnElement[Any]:
    """The first day of the day/week (Monday)/month containing ``column``, as an SQL expression."""
    if engine.dialect.name == "sqlite":
        if bucket == "day":
            return func.date(column)
        if bucket == "week":
            return func.date(column, "-6 days", "weekday 1")
        return func.date(column, "start of month")
    return cast(func.date_trunc(bucket, column), Date)


def to_date(value: Any) -> dt.date | None:
    """A date from what a driver returns for a date expression (SQLite gives ISO strings)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
