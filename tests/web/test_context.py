"""The result cache: one computation per (name, args, store version), even under concurrency."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from parley.settings import Settings
from parley.web.context import WebContext


def test_concurrent_misses_compute_once_and_writes_invalidate(tmp_path: Path) -> None:
    ctx = WebContext.open(Settings(db=f"sqlite:///{tmp_path / 'c.db'}"))
    ctx.version_ttl = 0
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return len(calls)

    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(ctx.cached("x", {"a": 1}, slow)))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [1] * 6 and len(calls) == 1
    assert ctx.cached("x", {"a": 2}, slow) == 2  # other args: other entry
    with ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO outlets (name) VALUES ('new')"))
    assert ctx.cached("x", {"a": 1}, slow) == 3  # the store changed
    ctx.engine.dispose()
