"""Writing cleaned documents into the store: dedup decisions, outlets, run bookkeeping.

What happens to a document (first rule that applies):

1. **Same canonical URL as a stored article.** Same normalised text: a duplicate. A text the
   store has already seen for that URL (an earlier version): a duplicate. Otherwise the article is
   **updated** (unless the new text is under half as long: a feed teaser of the stored page,
   linked as a copy instead): its text, raw input, title, date and language are replaced, the
   replaced version is kept as a ``duplicates`` row of kind ``version`` (unless that text is
   already linked as a copy), and ``updated_at`` moves. Re-ingesting either version later
   changes nothing. The NLP stage sees the change through the new text hash.
2. **Same normalised text** as a stored article (or as a copy already linked to one): a duplicate
   of kind ``text``.
3. **Near-duplicate**: MinHash LSH finds a stored article whose estimated Jaccard similarity is at
   least ``Settings.near_duplicate_threshold``: a duplicate of kind ``near`` linked to that first
   copy (the most similar one), not stored as an article.
4. Otherwise a **new** article.

A copy is linked once per (article, text hash) in ``duplicates``; a duplicate read from the same
source as the article it copies (the same file ingested again) adds no row. Each batch of
``Settings.batch_size`` documents is one transaction, including the run's counters, so a killed
run loses at most the batch in flight and never leaves a half-written article. The LSH index
is keyed by content hash and rebuilt from ``articles.minhash`` when a writer starts.

Example::

    writer = StoreWriter(open_engine("sqlite:///parley.db"), Settings())
    run_id = writer.start_run(["news/"])
    counts = writer.write_batch(run_id, documents, errors=[])
    writer.finish_run(run_id)
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from datasketch import MinHash, MinHashLSH
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from parley.ingest.dedup import (
    NUM_PERM,
    canonical_url,
    content_hash,
    minhash_from_bytes,
    minhash_of,
    minhash_to_bytes,
)
from parley.models import CleanDocument
from parley.settings import Settings
from parley.store.db import session_scope
from parley.store.schema import Article, Duplicate, IngestRun, Outlet

__all__ = ["BatchCounts", "Outcome", "StoreWriter"]

log = logging.getLogger(__name__)

Outcome = Literal["new", "duplicate", "updated"]
_RETRIES = 3
_TEASER_RATIO = 0.5  # a same-URL text under half the stored length is a teaser, not an update


@dataclass
class BatchCounts:
    """What one batch did; ``article_ids`` are the new and updated articles."""

    new: int = 0
    duplicates: int = 0
    updated: int = 0
    article_ids: list[int] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _domain(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _ensure_id(session: Session, article: Article) -> None:
    """Give a pending article its id (a flush) when a link has to point at it."""
    if article.id is None:
        session.flush()


def _order(article: Article) -> float:
    return float(article.id) if article.id is not None else float("inf")


@dataclass
class _BatchIndex:
    """What the store already holds for one batch's URLs and hashes, fetched in three queries
    and kept current as the batch writes (so copies inside one batch are caught too)."""

    by_url: dict[str, Article]
    by_hash: dict[str, Article]
    copied: dict[str, int]  # text hash of a recorded copy -> the article it copies
    links: set[tuple[int, str]]  # (article id, text hash) pairs recorded in duplicates

    @classmethod
    def load(
        cls, session: Session, keyed: Sequence[tuple[CleanDocument, str | None, str]]
    ) -> _BatchIndex:
        urls = sorted({url for _, url, _ in keyed if url})
        hashes = sorted({digest for _, _, digest in keyed})
        by_url = (
            {
                a.url: a
                for a in session.scalars(select(Article).where(Article.url.in_(urls)))
                if a.url
            }
            if urls
            else {}
        )
        by_hash = {
            a.content_hash: a
            for a in session.scalars(select(Article).where(Article.content_hash.in_(hashes)))
        }
        copies = session.execute(
            select(Duplicate.article_id, Duplicate.content_hash).where(
                Duplicate.content_hash.in_(hashes)
            )
        ).all()
        copied = {digest: article_id for article_id, digest in copies}
        links = {(article_id, digest) for article_id, digest in copies}
        return cls(by_url, by_hash, copied, links)

    def add(self, article: Article) -> None:
        if article.url:
            self.by_url[article.url] = article
        self.by_hash[article.content_hash] = article

    def link(self, article_id: int, digest: str) -> None:
        self.links.add((article_id, digest))
        self.copied.setdefault(digest, article_id)


class StoreWriter:
    """Dedups and stores documents; holds the run's LSH index (rebuilt from the store)."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self.threshold = settings.near_duplicate_threshold
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        self._outlets: dict[str, int] = {}
        self._load_index()

    def _load_index(self) -> None:
        """LSH keyed by each article's content hash (known before the row has an id)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(Article.content_hash, Article.minhash).where(Article.minhash.is_not(None))
            )
            with self.lsh.insertion_session() as session:
                for digest, data in rows:
                    if data is not None:
                        session.insert(digest, minhash_from_bytes(data))
        log.debug("LSH index rebuilt from the store")

    # -- runs -----------------------------------------------------------------------------------
    def start_run(self, inputs: Sequence[str]) -> int:
        """Record a run (committed at once, so even a killed run leaves a trace)."""
        with session_scope(self.engine) as session:
            run = IngestRun(inputs=list(inputs), error_log=[])
            session.add(run)
            session.flush()
            return int(run.id)

    def finish_run(self, run_id: int) -> None:
        """Stamp the run as finished."""
        with session_scope(self.engine) as session:
            run = session.get(IngestRun, run_id)
            if run is not None:
                run.finished_at = _now()

    # -- batches --------------------------------------------------------------------------------
    def write_batch(
        self, run_id: int, documents: Sequence[CleanDocument], errors: Sequence[str]
    ) -> BatchCounts:
        """Store one batch and the errors met since the last batch, in one transaction.

        If another writer committed one of these articles meanwhile (a unique-key conflict, or
        SQLite's stale-snapshot lock), the batch is rolled back and written again: the copy is
        then seen as a duplicate.
        """
        for attempt in range(_RETRIES):
            try:
                return self._write_batch(run_id, documents, errors)
            except (IntegrityError, OperationalError) as exc:
                conflict = isinstance(exc, IntegrityError) or "locked" in str(exc).lower()
                if not conflict or attempt == _RETRIES - 1:
                    raise
                log.info("conflict with another writer (%s); retrying the batch", exc.orig)
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def _write_batch(
        self, run_id: int, documents: Sequence[CleanDocument], errors: Sequence[str]
    ) -> BatchCounts:
        counts = BatchCounts()
        changes: list[tuple[bool, str, MinHash]] = []  # (inserted?, key, signature), in order
        written: list[Article] = []
        try:
            with session_scope(self.engine) as session:
                keyed = [
                    (doc, canonical_url(doc.meta.url), content_hash(doc.text)) for doc in documents
                ]
                index = _BatchIndex.load(session, keyed)
                for doc, url, digest in keyed:
                    outcome, article = self._write_one(session, index, doc, url, digest, changes)
                    if outcome == "new":
                        counts.new += 1
                    elif outcome == "updated":
                        counts.updated += 1
                    else:
                        counts.duplicates += 1
                    if outcome != "duplicate" and article is not None:
                        written.append(article)
                session.flush()  # new articles go in as one multi-row insert
                counts.article_ids = list(dict.fromkeys(a.id for a in written))
                run = session.get(IngestRun, run_id)
                if run is not None:
                    run.new += counts.new
                    run.duplicates += counts.duplicates
                    run.updated += counts.updated
                    run.errors += len(errors)
                    run.error_log = [*(run.error_log or []), *errors]
        except BaseException:
            self._outlets.clear()
            for was_insert, key, signature in reversed(changes):  # undo, newest first
                if was_insert and key in self.lsh:
                    self.lsh.remove(key)
                elif not was_insert and key not in self.lsh:
                    self.lsh.insert(key, signature)
            raise
        return counts

    def _write_one(
        self,
        session: Session,
        index: _BatchIndex,
        doc: CleanDocument,
        url: str | None,
        digest: str,
        changes: list[tuple[bool, str, MinHash]],
    ) -> tuple[Outcome, Article | None]:
        same_url = index.by_url.get(url) if url else None
        if same_url is not None:
            return self._same_url(session, index, doc, same_url, digest, changes)
        same_text = index.by_hash.get(digest)
        if same_text is not None:
            self._link(session, index, same_text, doc, digest, "text", 1.0)
            return "duplicate", same_text
        if digest in index.copied:
            return "duplicate", None
        signature = minhash_of(doc.text)
        near = self._nearest(session, index, signature)
        if near is not None:
            first, similarity = near
            self._link(session, index, first, doc, digest, "near", similarity)
            return "duplicate", first
        article = Article(
            url=url,
            content_hash=digest,
            title=doc.meta.title,
            date=doc.meta.date,
            outlet_id=self._outlet_id(session, doc.meta.outlet, url),
            language=doc.meta.language,
            is_english=doc.meta.language == "en",
            text=doc.text,
            raw=doc.raw,
            raw_format=doc.raw_format,
            source_path=doc.source_path,
            minhash=minhash_to_bytes(signature),
        )
        session.add(article)
        index.add(article)
        self.lsh.insert(digest, signature)
        changes.append((True, digest, signature))
        return "new", article

    def _same_url(
        self,
        session: Session,
        index: _BatchIndex,
        doc: CleanDocument,
        article: Article,
        digest: str,
        changes: list[tuple[bool, str, MinHash]],
    ) -> tuple[Outcome, Article]:
        if article.content_hash == digest:
            self._link(session, index, article, doc, digest, "url", 1.0)
            return "duplicate", article
        _ensure_id(session, article)
        if (article.id, digest) in index.links:  # a version this URL had before
            return "duplicate", article
        other = index.by_hash.get(digest)
        if other is not None:  # this text is stored under another URL already
            self._link(session, index, other, doc, digest, "text", 1.0)
            return "duplicate", other
        if len(doc.text) < len(article.text) * _TEASER_RATIO:  # a feed summary of a stored page
            self._link(session, index, article, doc, digest, "url", 1.0)
            return "duplicate", article
        if (article.id, article.content_hash) not in index.links:  # keep the replaced version
            session.add(
                Duplicate(
                    article_id=article.id,
                    kind="version",
                    similarity=1.0,
                    content_hash=article.content_hash,
                    url=article.url,
                    title=article.title,
                    date=article.date,
                    source_path=article.source_path,
                )
            )
        index.link(article.id, article.content_hash)
        index.by_hash.pop(article.content_hash, None)
        signature = minhash_of(doc.text)
        if article.minhash is not None and article.content_hash in self.lsh:
            self.lsh.remove(article.content_hash)
            changes.append((False, article.content_hash, minhash_from_bytes(article.minhash)))
        article.content_hash = digest
        article.text = doc.text
        article.raw = doc.raw
        article.raw_format = doc.raw_format
        article.source_path = doc.source_path
        article.title = doc.meta.title or article.title
        article.date = doc.meta.date or article.date
        article.language = doc.meta.language
        article.is_english = doc.meta.language == "en"
        article.minhash = minhash_to_bytes(signature)
        article.updated_at = _now()
        if doc.meta.outlet:
            article.outlet_id = self._outlet_id(session, doc.meta.outlet, article.url)
        index.add(article)
        self.lsh.insert(digest, signature)
        changes.append((True, digest, signature))
        return "updated", article

    def _nearest(
        self, session: Session, index: _BatchIndex, signature: MinHash
    ) -> tuple[Article, float] | None:
        """The stored (or earlier in this batch) article most similar to ``signature``, if at
        least at the threshold; ties go to the first copy (lowest id)."""
        best: tuple[Article, float] | None = None
        for digest in sorted(self.lsh.query(signature)):
            article = (
                index.by_hash.get(digest)
                or session.scalars(select(Article).where(Article.content_hash == digest)).first()
            )
            if article is None or article.minhash is None:
                continue
            similarity = float(signature.jaccard(minhash_from_bytes(article.minhash)))
            if similarity < self.threshold:
                continue
            if (
                best is None
                or similarity > best[1]
                or (similarity == best[1] and _order(article) < _order(best[0]))
            ):
                best = (article, similarity)
        return best

    def _link(
        self,
        session: Session,
        index: _BatchIndex,
        article: Article,
        doc: CleanDocument,
        digest: str,
        kind: str,
        similarity: float,
    ) -> None:
        """Record ``doc`` as a copy of ``article`` unless it is the article's own source again."""
        if doc.source_path == article.source_path and digest == article.content_hash:
            return
        _ensure_id(session, article)
        if (article.id, digest) in index.links:
            return
        session.add(
            Duplicate(
                article_id=article.id,
                kind=kind,
                similarity=round(similarity, 4),
                content_hash=digest,
                url=canonical_url(doc.meta.url),
                title=doc.meta.title,
                outlet=(doc.meta.outlet or "")[:200] or None,
                date=doc.meta.date,
                source_path=doc.source_path,
            )
        )
        index.link(article.id, digest)

    def _outlet_id(self, session: Session, name: str | None, url: str | None) -> int | None:
        name = (name or "").strip()[:200]
        if not name:
            return None
        if name in self._outlets:
            return self._outlets[name]
        outlet = session.scalars(select(Outlet).where(Outlet.name == name)).first()
        if outlet is None:
            outlet = Outlet(name=name, domain=_domain(url))
            session.add(outlet)
            session.flush()
        elif outlet.domain is None and url:
            outlet.domain = _domain(url)
        self._outlets[name] = outlet.id
        return outlet.id
