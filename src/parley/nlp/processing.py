"""Run the extraction pipeline over stored articles and store what it finds.

Re-processing is idempotent and incremental: an article is processed again only when it is new
for the pack, its text changed, or the pipeline or pack version changed (or ``force``). Its old
positions, commentary and events for that pack are replaced in the same transaction as the new
ones, one transaction per batch, so a crash never leaves an article half-stored.

Example::

    import parley
    report = parley.process(parley.Settings(db="sqlite:///talks.db"))
    print(report.processed, report.positions)
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from parley.models import ArticleMeta, Extraction, analysed_text
from parley.nlp.parallel import ExtractorPool
from parley.nlp.pipeline import DocInput
from parley.settings import Settings
from parley.store.db import open_engine, session_scope
from parley.store.schema import (
    Article,
    CommentaryRow,
    EventRow,
    Outlet,
    PositionRow,
    Processing,
)

__all__ = ["ProcessReport", "process", "text_hash"]

log = logging.getLogger(__name__)


class ProcessReport(BaseModel):
    """What one ``process`` run did."""

    pack: str
    pack_version: str
    pipeline_version: str
    articles: int = Field(0, description="Stored articles looked at.")
    processed: int = Field(0, description="Articles (re-)extracted in this run.")
    unchanged: int = Field(
        0, description="Articles skipped: already processed with this text and versions."
    )
    skipped_non_english: int = 0
    positions: int = Field(0, description="Position rows written in this run.")
    commentary: int = 0
    events: int = 0
    warnings: list[str] = Field(default_factory=list)
    seconds: float = 0.0


def text_hash(title: str | None, text: str) -> str:
    """The fingerprint of what is read from an article (its headline and text) that decides
    whether it must be re-processed."""
    return hashlib.sha256(analysed_text(title, text).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class _Todo:
    article_id: int
    text: str
    text_hash: str
    meta: ArticleMeta
    outlet_id: int | None


def _pending_ids(
    engine: Engine, pack: str, versions: tuple[str, str], force: bool, report: ProcessReport
) -> list[int]:
    """Ids of the articles that need (re-)processing, in id order.

    A first pass over ids and texts only, finished before anything is written, so that reads
    never hold a cursor open across the write transactions.
    """
    pending: list[int] = []
    with Session(engine) as session:
        done = {
            row.article_id: (row.pipeline_version, row.pack_version, row.text_hash)
            for row in session.scalars(select(Processing).where(Processing.pack == pack))
        }
        query = (
            select(Article.id, Article.is_english, Article.language, Article.title, Article.text)
            .order_by(Article.id)
            .execution_options(yield_per=500)
        )
        for article_id, is_english, language, title, text in session.execute(query):
            report.articles += 1
            if not is_english:
                report.skipped_non_english += 1
                message = f"article {article_id}: not English ({language or 'unknown'}), skipped"
                log.warning(message)
                report.warnings.append(message)
                continue
            if not force and done.get(article_id) == (*versions, text_hash(title, text)):
                report.unchanged += 1
                continue
            pending.append(article_id)
    return pending


def _load(engine: Engine, ids: Sequence[int]) -> list[_Todo]:
    """The batch's articles with the metadata the extractor needs."""
    with Session(engine) as session:
        rows = session.execute(
            select(Article, Outlet.name)
            .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            .where(Article.id.in_(ids))
            .order_by(Article.id)
        ).all()
        return [
            _Todo(
                article_id=a.id,
                text=a.text,
                text_hash=text_hash(a.title, a.text),
                meta=ArticleMeta(
                    title=a.title, date=a.date, outlet=outlet, url=a.url, language=a.language
                ),
                outlet_id=a.outlet_id,
            )
            for a, outlet in rows
        ]


def _store_batch(
    session: Session,
    batch: Sequence[_Todo],
    extractions: Sequence[Extraction],
    pack: str,
    versions: tuple[str, str],
    report: ProcessReport,
) -> None:
    """Replace the batch's rows for ``pack`` with the new extraction results (one transaction)."""
    pipeline_version, pack_version = versions
    ids = [t.article_id for t in batch]
    for table in (PositionRow, CommentaryRow, EventRow):
        session.execute(delete(table).where(table.article_id.in_(ids), table.pack == pack))
    session.execute(
        delete(Processing).where(Processing.article_id.in_(ids), Processing.pack == pack)
    )
    for todo, extraction in zip(batch, extractions, strict=True):
        common = {"article_id": todo.article_id, "pack": pack, "outlet_id": todo.outlet_id}
        seen: dict[tuple[str, str, str, int, int], PositionRow] = {}
        for p in extraction.positions:
            key = (p.actor, p.issue, p.stance, p.start, p.end)
            if key in seen:  # the natural key is unique: keep the most confident reading
                if p.confidence > seen[key].confidence:
                    seen[key].confidence = p.confidence
                continue
            row = PositionRow(
                **common,
                actor=p.actor,
                issue=p.issue,
                stance=p.stance,
                modality=p.modality,
                holder=p.holder,
                sentence=p.sentence,
                start=p.start,
                end=p.end,
                reported_by=list(p.reported_by),
                sources=list(p.sources),
                claimed_by=p.claimed_by,
                confidence=p.confidence,
                date=todo.meta.date,
                pipeline_version=pipeline_version,
            )
            seen[key] = row
            session.add(row)
        report.positions += len(seen)
        for c in extraction.commentary:
            session.add(
                CommentaryRow(
                    **common,
                    holder=c.holder,
                    holder_kind=c.holder_kind,
                    issue=c.issue,
                    stance=c.stance,
                    about=c.about,
                    sentence=c.sentence,
                    start=c.start,
                    end=c.end,
                    confidence=c.confidence,
                    date=todo.meta.date,
                )
            )
        report.commentary += len(extraction.commentary)
        for e in extraction.events:
            session.add(
                EventRow(
                    **common,
                    kind=e.kind,
                    label=e.label,
                    date=e.date,
                    date_precision=e.date_precision,
                    place=e.place,
                    participants=list(e.participants),
                    sentence=e.sentence,
                    start=e.start,
                    end=e.end,
                )
            )
        report.events += len(extraction.events)
        session.add(
            Processing(
                article_id=todo.article_id,
                pack=pack,
                pipeline_version=pipeline_version,
                pack_version=pack_version,
                text_hash=todo.text_hash,
            )
        )
        for warning in extraction.warnings:
            report.warnings.append(f"article {todo.article_id}: {warning}")
    report.processed += len(batch)


def process(settings: Settings | None = None, *, force: bool = False) -> ProcessReport:
    """Extract positions, commentary and events from every stored article that needs it.

    ``settings.db`` names the database, ``settings.pack`` the pack, ``settings.jobs`` the worker
    processes and ``settings.batch_size`` the articles per transaction; ``force`` re-processes
    every article.

    Example::

        >>> from parley.settings import Settings
        >>> process(Settings(db="sqlite:///:memory:")).processed
        0
    """
    from parley.nlp import PIPELINE_VERSION
    from parley.packs import load_pack

    settings = settings or Settings()
    started = time.perf_counter()
    pack = load_pack(settings.pack)
    versions = (PIPELINE_VERSION, pack.version)
    report = ProcessReport(
        pack=pack.name, pack_version=pack.version, pipeline_version=PIPELINE_VERSION
    )
    # The pool forks before the database is opened: no worker inherits a connection.
    with ExtractorPool(pack, settings.jobs) as runner:
        engine = open_engine(settings.db)
        try:
            pending = _pending_ids(engine, pack.name, versions, force, report)
            for first in range(0, len(pending), settings.batch_size):
                batch = _load(engine, pending[first : first + settings.batch_size])
                inputs = [
                    DocInput(path=f"article:{t.article_id}", text=t.text, meta=t.meta)
                    for t in batch
                ]
                extractions = runner.run(inputs)
                with session_scope(engine) as session:
                    _store_batch(session, batch, extractions, pack.name, versions, report)
                log.info("processed %d articles so far", report.processed)
        finally:
            engine.dispose()
    report.seconds = round(time.perf_counter() - started, 3)
    return report
