"""Run the extraction pipeline over files, directories, globs, URLs (read by ``parley.ingest``).

``jobs > 1`` parses in a spawn-safe process pool: each worker loads spaCy and the pack once,
results come back in input order.

Example::

    from parley.nlp import extract_paths
    for result in extract_paths(["news/"], pack="ukraine", jobs=2):
        print(result.path, [(p.actor, p.issue, p.stance) for p in result.positions])
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from parley.errors import InputError
from parley.ingest import read_documents
from parley.models import ArticleMeta, Extraction
from parley.nlp.pipeline import DocInput, Extractor
from parley.packs import load_pack
from parley.packs.model import Pack
from parley.settings import Settings

__all__ = ["extract_paths", "extraction_record", "inputs_of"]

log = logging.getLogger(__name__)

_CHUNK = 8
_worker: Extractor | None = None


def inputs_of(
    paths: Sequence[str],
    settings: Settings,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[DocInput]:
    """Read and clean every input; a bad input is reported to ``on_error`` (or logged)."""
    for item in read_documents(paths, settings):
        if isinstance(item, InputError):
            if item.reason.startswith("empty"):
                # an empty document is a result (empty, with a warning), not a failed input
                yield DocInput(item.source, "", ArticleMeta())
                continue
            if on_error is not None:
                on_error(item)
            else:
                log.error("%s", item)
            continue
        yield DocInput(item.source_path, item.text, item.meta)


def _init_worker(pack_dir: str) -> None:
    global _worker
    _worker = Extractor(load_pack(pack_dir))


def _work(chunk: list[DocInput]) -> list[Extraction]:
    assert _worker is not None
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


def extract_paths(
    paths: Sequence[str],
    *,
    pack: str | Pack = "ukraine",
    jobs: int = 1,
    settings: Settings | None = None,
    on_error: Callable[[InputError], None] | None = None,
    with_text: bool = False,
) -> Iterator[Extraction]:
    """One ``Extraction`` per readable document of ``paths``, in input order.

    Unreadable inputs go to ``on_error`` (the CLI prints ``error: <input>: <reason>``) and the
    run goes on. Empty or non-English documents give an empty result with a warning.
    """
    settings = settings or Settings()
    the_pack = pack if isinstance(pack, Pack) else load_pack(pack)
    items = inputs_of(paths, settings, on_error)
    for result in _run(items, the_pack, jobs):
        if not with_text:
            result.text = None
        yield result


def _run(items: Iterable[DocInput], pack: Pack, jobs: int) -> Iterator[Extraction]:
    if jobs <= 1:
        yield from Extractor(pack).extract_docs(items)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(str(Path(pack.path)),)) as pool:
        for results in pool.imap(_work, _chunks(items, _CHUNK)):
            yield from results


def extraction_record(result: Extraction, *, with_text: bool = False) -> dict[str, object]:
    """The contract shape of one ``parley extract --format jsonl`` line (JSON-ready values).

    Example: ``json.dumps(extraction_record(result))`` ->
    ``{"path": ..., "article": {"title", "date", "outlet", "url"}, "positions": [...], ...}``.
    """
    meta = result.article
    record: dict[str, object] = {
        "path": result.path,
        "article": {
            "title": meta.title,
            "date": meta.date.isoformat() if meta.date else None,
            "outlet": meta.outlet,
            "url": meta.url,
        },
        "positions": [p.model_dump(mode="json") for p in result.positions],
        "commentary": [c.model_dump(mode="json") for c in result.commentary],
        "events": [e.model_dump(mode="json") for e in result.events],
        "warnings": list(result.warnings),
    }
    if with_text:
        record["text"] = result.text
    return record
