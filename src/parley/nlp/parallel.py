"""Running the extractor on several cores, shared by ``extract_paths`` and ``process``.

Why fork where the platform has it: the extractor (spaCy model + compiled pack) is built once in
the parent and inherited copy-on-write by the workers, so they start at once instead of each
re-importing and re-loading the model (the spawn fallback, used on platforms without fork).
The pool is created before any input is read, so no reader thread exists when it forks.

Example::

    with ExtractorPool(load_pack("ukraine"), jobs=2) as pool:
        for result in pool.map(items):
            print(result.path, len(result.positions))
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from multiprocessing.pool import Pool
from pathlib import Path
from types import TracebackType

from parley.models import Extraction
from parley.nlp.pipeline import DocInput, Extractor
from parley.packs.model import Pack

__all__ = ["ExtractorPool"]

_worker: Extractor | None = None  # the extractor of this (worker) process


def _init_spawned_worker(pack_dir: str) -> None:
    global _worker
    from parley.packs import load_pack

    _worker = Extractor(load_pack(pack_dir))


def _work(chunk: list[DocInput]) -> list[Extraction]:
    assert _worker is not None, "worker started without an extractor"
    return list(_worker.extract_docs(chunk))


def _chunks(items: Iterable[DocInput], size: int) -> Iterator[list[DocInput]]:
    chunk: list[DocInput] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ExtractorPool:
    """The extractor in this process (``jobs`` 1) or in ``jobs`` worker processes that live
    as long as the pool; results always come back in input order."""

    def __init__(self, pack: Pack, jobs: int = 1) -> None:
        global _worker
        self.jobs = jobs
        self._local: Extractor | None = None
        self._pool: Pool | None = None
        if jobs <= 1:
            self._local = Extractor(pack)
        elif "fork" in multiprocessing.get_all_start_methods():
            _worker = Extractor(pack)  # inherited by the forked workers
            self._local = _worker
            self._pool = multiprocessing.get_context("fork").Pool(jobs)
        else:  # pragma: no cover - platforms without fork
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(
                jobs, initializer=_init_spawned_worker, initargs=(str(Path(pack.path)),)
            )

    def map(self, items: Iterable[DocInput], chunk_size: int = 8) -> Iterator[Extraction]:
        """Extract every item, lazily, in input order."""
        if self._pool is None:
            assert self._local is not None
            yield from self._local.extract_docs(items)
            return
        for results in self._pool.imap(_work, _chunks(items, chunk_size)):
            yield from results

    def run(self, items: list[DocInput]) -> list[Extraction]:
        """Extract a batch held in memory, split evenly over the workers."""
        if self._pool is None or len(items) <= 1:
            if self._local is None:  # pragma: no cover - spawn platforms only
                return list(self.map(items))
            return list(self._local.extract_docs(items))
        size = max(1, -(-len(items) // (self.jobs * 2)))
        return list(self.map(items, chunk_size=size))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None and self._pool is not None:
            self._pool.terminate()
        self.close()
