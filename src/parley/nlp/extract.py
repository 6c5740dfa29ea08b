"""Run the extraction pipeline over files, directories, globs, URLs (read by ``parley.ingest``).

``jobs > 1`` parses in a pool of worker processes (``parley.nlp.parallel``); results come back
in input order.

Example::

    from parley.nlp import extract_paths
    for result in extract_paths(["news/"], pack="ukraine", jobs=2):
        print(result.path, [(p.actor, p.issue, p.stance) for p in result.positions])
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

from parley.errors import InputError
from parley.ingest import read_documents
from parley.models import ArticleMeta, Extraction
from parley.nlp.parallel import ExtractorPool
from parley.nlp.pipeline import DocInput
from parley.packs import load_pack
from parley.packs.model import Pack
from parley.settings import Settings

__all__ = ["extract_paths", "extraction_record", "inputs_of"]

log = logging.getLogger(__name__)


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
    with ExtractorPool(the_pack, jobs) as pool:  # before reading: no reader thread when forking
        for result in pool.map(inputs_of(paths, settings, on_error)):
            if not with_text:
                result.text = None
            yield result


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
