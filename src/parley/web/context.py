"""What every request handler shares: settings, the engine, the pack labels and a result cache.

Analyses are pure functions of the stored rows and their arguments, so their results are cached
per *store version* (``parley.store.queries.store_version``: the SQLite file's and WAL's size
and mtime, or PostgreSQL's write counters and max ids): a committed write changes the version
and the next request recomputes.

Example::

    >>> from parley.settings import Settings
    >>> ctx = WebContext.open(Settings(db="sqlite:///:memory:"))
    >>> ctx.cached("answer", {"x": 1}, lambda: 42)
    42
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from parley.errors import ParleyError
from parley.settings import Settings
from parley.store.db import open_engine
from parley.store.queries import store_version

__all__ = ["PackLabels", "WebContext"]

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class PackLabels:
    """Display names of the pack's actors and issues (ids map to themselves when unknown)."""

    actors: dict[str, str] = field(default_factory=dict)
    issues: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    def actor(self, actor_id: str) -> str:
        return self.actors.get(actor_id, actor_id)

    def issue(self, issue_id: str) -> str:
        return self.issues.get(issue_id, issue_id)


def _load_labels(pack_name: str) -> PackLabels:
    try:
        from parley.packs import load_pack  # type: ignore[attr-defined,unused-ignore]

        pack: Any = load_pack(pack_name)
    except (ImportError, AttributeError):
        return PackLabels(error="the pack loader is not available")
    except ParleyError as exc:
        log.warning("pack %s: %s", pack_name, exc)
        return PackLabels(error=str(exc))
    actors = {str(a.id): str(getattr(a, "name", a.id)) for a in getattr(pack, "actors", [])}
    issues = {
        str(i.id): str(getattr(i, "label", None) or getattr(i, "name", i.id))
        for i in getattr(pack, "issues", [])
    }
    return PackLabels(actors=actors, issues=issues)


@dataclass
class WebContext:
    """Shared state of one running app."""

    settings: Settings
    engine: Engine
    ingest_token: str | None = None
    cache_size: int = 256
    version_ttl: float = 0.2
    _cache: OrderedDict[str, tuple[Any, Any]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _version_lock: threading.Lock = field(default_factory=threading.Lock)
    _computing: dict[str, threading.Lock] = field(default_factory=dict)
    _labels: PackLabels | None = None
    _version: tuple[float, Any] = (0.0, None)

    @classmethod
    def open(cls, settings: Settings, *, ingest_token: str | None = None) -> WebContext:
        """Open (and migrate) the database named by ``settings.db``; a database that cannot be
        opened is one :class:`ParleyError` naming it (password hidden)."""
        try:
            engine = open_engine(settings.db)
        except (SQLAlchemyError, ArgumentError, OSError) as exc:
            shown = settings.db
            with contextlib.suppress(ArgumentError):
                shown = make_url(settings.db).render_as_string(hide_password=True)
            reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            raise ParleyError(f"{shown}: cannot open database ({reason})") from None
        return cls(settings=settings, engine=engine, ingest_token=ingest_token)

    @property
    def labels(self) -> PackLabels:
        if self._labels is None:
            self._labels = _load_labels(self.settings.pack)
        return self._labels

    def version(self) -> Any:
        """The store version, re-read at most every ``version_ttl`` seconds; while one thread
        re-reads it, the others go on with the previous value instead of piling up."""
        now = time.monotonic()
        checked, value = self._version
        if value is not None and now - checked <= self.version_ttl:
            return value
        if not self._version_lock.acquire(blocking=value is None):
            return value
        try:
            value = store_version(self.engine)
            self._version = (time.monotonic(), value)
        finally:
            self._version_lock.release()
        return value

    def _lookup(self, key: str, version: Any) -> tuple[bool, Any]:
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == version:
                self._cache.move_to_end(key)
                return True, hit[1]
        return False, None

    def _key_lock(self, key: str) -> threading.Lock:
        with self._lock:
            lock = self._computing.get(key)
            if lock is None:
                if len(self._computing) > 4 * self.cache_size:  # forget idle locks
                    self._computing = {k: v for k, v in self._computing.items() if v.locked()}
                lock = self._computing[key] = threading.Lock()
            return lock

    def cached(self, name: str, args: dict[str, Any], compute: Callable[[], T]) -> T:
        """``compute()``, or its earlier result for the same name, args and store version.

        Concurrent requests for the same missing result wait for one computation instead of
        each running it (after a write, a burst of overview requests computes the matrix once).
        """
        key = name + json.dumps(args, sort_keys=True, default=str)
        version = self.version()
        found, value = self._lookup(key, version)
        if found:
            return value  # type: ignore[no-any-return]
        with self._key_lock(key):
            found, value = self._lookup(key, version)
            if found:
                return value  # type: ignore[no-any-return]
            value = compute()
            with self._lock:
                self._cache[key] = (version, value)
                self._cache.move_to_end(key)
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return value
