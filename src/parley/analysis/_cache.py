"""A small result cache keyed by the store's contents, so repeated analyses (the web overview,
sticking points and deals all start from the matrix) do not re-aggregate an unchanged store.

The store "version" is (positions count, max position, article and event ids): any insert,
delete or re-extraction (which deletes and re-inserts) changes it, and a changed version misses
the cache. In-place UPDATEs are not seen: call ``clear_cache()`` after such writes.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select

from parley.store.schema import Article, EventRow, PositionRow

__all__ = ["cached", "clear_cache", "store_version"]

T = TypeVar("T")
_MAX_ENTRIES = 64
_lock = threading.Lock()
_entries: weakref.WeakKeyDictionary[Engine, OrderedDict[Hashable, tuple[Hashable, Any]]] = (
    weakref.WeakKeyDictionary()
)


def store_version(engine: Engine) -> tuple[int, int, int, int]:
    """A cheap fingerprint of the positions, articles and events tables."""
    p, a, e = PositionRow.__table__.c, Article.__table__.c, EventRow.__table__.c
    with engine.connect() as conn:  # separate statements: each is an index-only lookup
        n = conn.execute(select(func.count()).select_from(PositionRow.__table__)).scalar()
        top = conn.execute(select(func.max(p.id))).scalar()
        top_article = conn.execute(select(func.max(a.id))).scalar()
        top_event = conn.execute(select(func.max(e.id))).scalar()
    return int(n or 0), int(top or 0), int(top_article or 0), int(top_event or 0)


def cached(engine: Engine, key: Hashable, compute: Callable[[], T], copy: Callable[[T], T]) -> T:
    """``compute()`` once per (engine, key, store version); later calls get ``copy(result)``."""
    version = store_version(engine)
    with _lock:
        per_engine = _entries.setdefault(engine, OrderedDict())
        hit = per_engine.get(key)
        if hit is not None and hit[0] == version:
            per_engine.move_to_end(key)
            value: T = hit[1]
            return copy(value)
    value = compute()
    with _lock:
        per_engine = _entries.setdefault(engine, OrderedDict())
        per_engine[key] = (version, value)
        while len(per_engine) > _MAX_ENTRIES:
            per_engine.popitem(last=False)
    return copy(value)


def clear_cache() -> None:
    """Forget every cached result (tests, or after writes the version cannot see)."""
    with _lock:
        _entries.clear()
