"""The ingest job: read inputs, dedup and store them in batches, and report what happened.

The CLI (``parley ingest``) and the Python API (``parley.ingest(...)``) both call :func:`ingest`.

Example::

    import parley
    report = parley.ingest(["news/"], settings=parley.Settings(db="sqlite:///talks.db"))
    print(report.summary())   # ingested 12 new, 3 duplicates, 0 updated, 1 errors
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, Field
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from parley.errors import InputError, ParleyError
from parley.ingest.reader import read_documents
from parley.ingest.store_writer import StoreWriter
from parley.models import CleanDocument
from parley.settings import Settings, load_settings
from parley.store.db import open_engine

__all__ = ["IngestReport", "error_line", "ingest", "open_database"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")


class IngestReport(BaseModel):
    """Counts of one ingest run, its errors (``error: <input>: <reason>``) and its id."""

    run_id: int
    new: int = 0
    duplicates: int = 0
    updated: int = 0
    errors: list[str] = Field(default_factory=list)
    article_ids: list[int] = Field(
        default_factory=list, description="Ids of the articles this run added or updated."
    )

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.errors

    def summary(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"ingested {self.new} new, {self.duplicates} duplicates, "
            f"{self.updated} updated, {len(self.errors)} errors"
        )


def error_line(error: InputError) -> str:
    """The user-facing line for a bad input."""
    return f"error: {error.source}: {error.reason}"


def open_database(url: str) -> Engine:
    """Open and migrate the database, turning driver errors into one clear ParleyError."""
    try:
        return open_engine(url)
    except (SQLAlchemyError, ArgumentError, OSError) as exc:
        shown = url
        with contextlib.suppress(ArgumentError):
            shown = make_url(url).render_as_string(hide_password=True)
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise ParleyError(f"{shown}: cannot open database ({reason})") from None


def _store_step(step: Callable[[], _T]) -> _T:
    """Run one store step; a database failure becomes one clear ParleyError (the batch in
    flight is rolled back, committed batches stay)."""
    try:
        return step()
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        reason = (str(cause).splitlines() or [cause.__class__.__name__])[0]
        raise ParleyError(f"database error: {reason}") from exc


def ingest(
    inputs: Sequence[str],
    settings: Settings | None = None,
    *,
    on_item: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Read, clean, dedup and store ``inputs``; bad inputs are reported, never fatal.

    ``on_item(source, outcome)`` is called per document read or error (outcome ``document`` or
    ``error``), e.g. to drive a progress bar. Example:
    ``ingest(["news/"], Settings(db="sqlite:///talks.db")).summary()``.
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    settings = settings or load_settings()
    engine = open_database(settings.db)
    try:
        writer = _store_step(lambda: StoreWriter(engine, settings))
        run_id = _store_step(lambda: writer.start_run(inputs))
        report = IngestReport(run_id=run_id)
        batch: list[CleanDocument] = []
        batch_errors: list[str] = []

        def flush() -> None:
            counts = writer.write_batch(run_id, batch, batch_errors)
            report.new += counts.new
            report.duplicates += counts.duplicates
            report.updated += counts.updated
            report.article_ids.extend(counts.article_ids)
            batch.clear()
            batch_errors.clear()

        for item in read_documents(inputs, settings):
            if isinstance(item, InputError):
                line = error_line(item)
                report.errors.append(line)
                batch_errors.append(line)
                if on_item:
                    on_item(item.source, "error")
            else:
                batch.append(item)
                if on_item:
                    on_item(item.source_path, "document")
            if len(batch) >= settings.batch_size:
                _store_step(flush)
        if batch or batch_errors:
            _store_step(flush)
        _store_step(lambda: writer.finish_run(run_id))
        log.info("run %d: %s", run_id, report.summary())
        return report
    finally:
        engine.dispose()
