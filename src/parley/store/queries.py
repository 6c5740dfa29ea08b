"""Read-side query helpers shared by the web app and the CLI: article and position listings with
filters, full-text search, and stable keyset pagination.

Pages are ordered newest row first (descending ``id``); the cursor is an opaque token naming the
last ``id`` served, so rows inserted while a client pages never shift or repeat what it sees.

Example::

    >>> from parley.store import open_engine
    >>> from parley.store.queries import ArticleFilters, list_articles
    >>> engine = open_engine("sqlite:///:memory:")
    >>> list_articles(engine, ArticleFilters(q="ceasefire")).items
    []
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import re
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Engine, Integer, and_, column, func, or_, select, table, text
from sqlalchemy.orm import Session

from parley.errors import InputError, NotFoundError
from parley.models import analysed_text
from parley.store.schema import (
    Article,
    CommentaryRow,
    Duplicate,
    EventRow,
    Outlet,
    PositionRow,
)

__all__ = [
    "ArticleDetail",
    "ArticleFilters",
    "ArticlePage",
    "ArticleSummary",
    "CommentaryOut",
    "DuplicateOut",
    "EventOut",
    "PositionFilters",
    "PositionOut",
    "PositionPage",
    "decode_cursor",
    "encode_cursor",
    "get_article",
    "list_articles",
    "list_outlets",
    "list_positions",
    "store_version",
]

MAX_LIMIT = 500
_WORD = re.compile(r"\w+", re.UNICODE)


def encode_cursor(last_id: int) -> str:
    """An opaque token for "rows after ``last_id``" (clients must not build these)."""
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The ``id`` a cursor names; :class:`InputError` if the token was not made by us."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise InputError("cursor", "not a cursor returned by this API") from None
    kind, _, value = raw.partition(":")
    if kind != "id" or not value.isdigit() or len(value) > 18:
        raise InputError("cursor", "not a cursor returned by this API")
    return int(value)


class ArticleFilters(BaseModel):
    """Which articles to list. ``q`` is a full-text query: every word must occur."""

    q: str | None = None
    outlet: list[str] = Field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    language: str | None = None


class ArticleSummary(BaseModel):
    id: int
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    language: str | None


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next page.")


class PositionFilters(BaseModel):
    """Which positions to list; lists mean "any of"."""

    actor: list[str] = Field(default_factory=list)
    issue: list[str] = Field(default_factory=list)
    stance: list[str] = Field(default_factory=list)
    modality: list[str] = Field(default_factory=list)
    outlet: list[str] = Field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    min_confidence: float = Field(0.0, ge=0, le=1)
    article_id: int | None = None


class PositionOut(BaseModel):
    id: int
    article_id: int
    article_title: str | None
    actor: str
    issue: str
    stance: str
    modality: str
    holder: str
    sentence: str
    start: int
    end: int
    reported_by: list[str]
    sources: list[str]
    claimed_by: str | None
    confidence: float
    date: dt.date | None
    outlet: str | None


class PositionPage(BaseModel):
    items: list[PositionOut]
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next page.")


class CommentaryOut(BaseModel):
    id: int
    holder: str
    holder_kind: str
    issue: str
    stance: str
    about: str | None
    sentence: str
    start: int
    end: int
    confidence: float


class EventOut(BaseModel):
    id: int
    kind: str
    label: str
    date: dt.date | None
    place: str | None
    participants: list[str]
    sentence: str
    start: int
    end: int


class DuplicateOut(BaseModel):
    id: int
    kind: str
    similarity: float
    url: str | None
    title: str | None
    outlet: str | None
    date: dt.date | None


class ArticleDetail(ArticleSummary):
    """One article with everything extracted from it (offsets index into ``text``)."""

    text: str = Field(description="The text as analysed: the headline, a blank line, the text.")
    source_path: str
    positions: list[PositionOut]
    commentary: list[CommentaryOut]
    events: list[EventOut]
    duplicates: list[DuplicateOut]


_FTS = table("articles_fts", column("rowid", Integer))


def _fts_words(q: str) -> list[str]:
    return _WORD.findall(q)[:32]


def _search(engine: Engine, stmt: Any, words: list[str]) -> tuple[Any, Any]:
    """Restrict ``stmt`` to articles containing every word; returns it and the id column to
    order and page on. On SQLite the FTS5 table drives the query (its rowids are the article
    ids, read newest first), so a page costs the same however many articles match."""
    if engine.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        stmt = stmt.join(_FTS, _FTS.c.rowid == Article.id).where(
            text("articles_fts MATCH :fts_q").bindparams(fts_q=match)
        )
        return stmt, _FTS.c.rowid
    if engine.dialect.name == "postgresql":
        condition = text("articles.search @@ plainto_tsquery('english', :fts_q)").bindparams(
            fts_q=" ".join(words)
        )
        return stmt.where(condition), Article.id
    return stmt.where(and_(*(Article.text.contains(w) for w in words))), Article.id


def _limit(limit: int) -> int:
    if limit < 1 or limit > MAX_LIMIT:
        raise InputError("limit", f"must be between 1 and {MAX_LIMIT}")
    return limit


def _outlet_ids(outlets: list[str]) -> Any:
    return select(Outlet.id).where(Outlet.name.in_(outlets)).scalar_subquery()


def list_articles(
    engine: Engine, filters: ArticleFilters, *, cursor: str | None = None, limit: int = 50
) -> ArticlePage:
    """One page of articles matching ``filters``, newest id first."""
    limit = _limit(limit)
    stmt: Any = select(
        Article.id, Article.title, Article.date, Outlet.name, Article.url, Article.language
    ).outerjoin(Outlet, Outlet.id == Article.outlet_id)
    key: Any = Article.id
    words = _fts_words(filters.q or "")
    if words:
        stmt, key = _search(engine, stmt, words)
    if filters.outlet:
        stmt = stmt.where(Outlet.name.in_(filters.outlet))
    if filters.date_from:
        stmt = stmt.where(Article.date >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(Article.date <= filters.date_to)
    if filters.language:
        stmt = stmt.where(Article.language == filters.language)
    if cursor:
        stmt = stmt.where(key < decode_cursor(cursor))
    stmt = stmt.order_by(key.desc()).limit(limit + 1)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    items = [
        ArticleSummary(id=r[0], title=r[1], date=r[2], outlet=r[3], url=r[4], language=r[5])
        for r in rows[:limit]
    ]
    more = len(rows) > limit
    return ArticlePage(items=items, next_cursor=encode_cursor(items[-1].id) if more else None)


_P = PositionRow.__table__.c
_POSITION_COLUMNS = (
    _P.id,
    _P.article_id,
    Article.title.label("article_title"),
    _P.actor,
    _P.issue,
    _P.stance,
    _P.modality,
    _P.holder,
    _P.sentence,
    _P.start,
    _P.end,
    _P.reported_by,
    _P.sources,
    _P.claimed_by,
    _P.confidence,
    _P.date,
    Outlet.name.label("outlet"),
)


def _position_select() -> Any:
    # plain columns, no ORM entities: a page of rows is read without an identity map
    return (
        select(*_POSITION_COLUMNS)
        .select_from(PositionRow.__table__)
        .join(Article, Article.id == _P.article_id)
        .outerjoin(Outlet, Outlet.id == _P.outlet_id)
    )


def _position_out(row: Any) -> PositionOut:
    values = dict(row._mapping)
    values["reported_by"] = list(values["reported_by"] or [])
    values["sources"] = list(values["sources"] or [])
    return PositionOut.model_validate(values)


def list_positions(
    engine: Engine, filters: PositionFilters, *, cursor: str | None = None, limit: int = 50
) -> PositionPage:
    """One page of stored positions matching ``filters``, newest id first."""
    limit = _limit(limit)
    stmt = _position_select()
    if filters.actor:
        stmt = stmt.where(PositionRow.actor.in_(filters.actor))
    if filters.issue:
        stmt = stmt.where(PositionRow.issue.in_(filters.issue))
    if filters.stance:
        stmt = stmt.where(PositionRow.stance.in_(filters.stance))
    if filters.modality:
        stmt = stmt.where(PositionRow.modality.in_(filters.modality))
    if filters.outlet:
        stmt = stmt.where(PositionRow.outlet_id.in_(_outlet_ids(filters.outlet)))
    if filters.date_from:
        stmt = stmt.where(PositionRow.date >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(PositionRow.date <= filters.date_to)
    if filters.min_confidence > 0:
        stmt = stmt.where(PositionRow.confidence >= filters.min_confidence)
    if filters.article_id is not None:
        stmt = stmt.where(PositionRow.article_id == filters.article_id)
    if cursor:
        stmt = stmt.where(PositionRow.id < decode_cursor(cursor))
    stmt = stmt.order_by(PositionRow.id.desc()).limit(limit + 1)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    items = [_position_out(r) for r in rows[:limit]]
    more = len(rows) > limit
    return PositionPage(items=items, next_cursor=encode_cursor(items[-1].id) if more else None)


def get_article(engine: Engine, article_id: int) -> ArticleDetail:
    """An article with its positions, commentary, events and recorded duplicates."""
    with Session(engine) as session:
        found = session.execute(
            select(Article, Outlet.name)
            .outerjoin(Outlet, Outlet.id == Article.outlet_id)
            .where(Article.id == article_id)
        ).first()
        if found is None:
            raise NotFoundError(f"article {article_id}: not found")
        article, outlet = found[0], found[1]
        positions = [
            _position_out(r)
            for r in session.execute(
                _position_select()
                .where(PositionRow.article_id == article_id)
                .order_by(PositionRow.start, PositionRow.id)
            )
        ]
        commentary = [
            CommentaryOut.model_validate(c, from_attributes=True)
            for c in session.scalars(
                select(CommentaryRow)
                .where(CommentaryRow.article_id == article_id)
                .order_by(CommentaryRow.start, CommentaryRow.id)
            )
        ]
        events = [
            EventOut(
                id=e.id,
                kind=e.kind,
                label=e.label,
                date=e.date,
                place=e.place,
                participants=list(e.participants or []),
                sentence=e.sentence,
                start=e.start,
                end=e.end,
            )
            for e in session.scalars(
                select(EventRow)
                .where(EventRow.article_id == article_id)
                .order_by(EventRow.start, EventRow.id)
            )
        ]
        duplicates = [
            DuplicateOut.model_validate(d, from_attributes=True)
            for d in session.scalars(
                select(Duplicate).where(Duplicate.article_id == article_id).order_by(Duplicate.id)
            )
        ]
        return ArticleDetail(
            id=article.id,
            title=article.title,
            date=article.date,
            outlet=outlet,
            url=article.url,
            language=article.language,
            text=analysed_text(article.title, article.text),
            source_path=article.source_path,
            positions=positions,
            commentary=commentary,
            events=events,
            duplicates=duplicates,
        )


def list_outlets(engine: Engine) -> list[str]:
    """Names of every outlet that has at least one article, alphabetically."""
    stmt = (
        select(Outlet.name)
        .where(or_(select(Article.id).where(Article.outlet_id == Outlet.id).exists()))
        .order_by(Outlet.name)
    )
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(stmt)]


def _max_ids() -> Any:
    return select(
        select(func.max(Article.id)).scalar_subquery(),
        select(func.max(PositionRow.id)).scalar_subquery(),
        select(func.max(EventRow.id)).scalar_subquery(),
    )


def store_version(engine: Engine) -> tuple[Any, ...]:
    """A cheap fingerprint of the store's content, to key caches on: it changes whenever a
    transaction commits a write to the store.

    SQLite files: size and modification time of the database file and its write-ahead log,
    and the max ids. PostgreSQL: the tables' insert/update/delete counters and max ids. Other
    databases (and in-memory SQLite): max ids and row counts.
    """
    url = engine.url
    backend = url.get_backend_name()
    if backend == "sqlite" and url.database not in (None, "", ":memory:"):
        parts: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{url.database}{suffix}")
                parts += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                parts += [0, 0]
        with engine.connect() as conn:  # three index seeks: new rows show even within one tick
            parts += conn.execute(_max_ids()).one()
        return tuple(parts)
    if backend == "postgresql":
        stats = text(
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"
            " WHERE relname IN ('articles', 'positions', 'events', 'commentary', 'duplicates')"
        )
        with engine.connect() as conn:
            changed = conn.execute(stats).scalar_one()
            ids = conn.execute(_max_ids()).one()
        return (int(changed), *ids)
    with engine.connect() as conn:
        row = conn.execute(
            select(
                select(func.coalesce(func.max(Article.id), 0)).scalar_subquery(),
                select(func.count(Article.id)).scalar_subquery(),
                select(func.coalesce(func.max(PositionRow.id), 0)).scalar_subquery(),
                select(func.count(PositionRow.id)).scalar_subquery(),
                select(func.coalesce(func.max(EventRow.id), 0)).scalar_subquery(),
                select(func.count(EventRow.id)).scalar_subquery(),
            )
        ).one()
    return tuple(int(v) for v in row)
