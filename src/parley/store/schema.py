"""The database schema: one declaration, used by Alembic migrations and by queries.

Natural keys make writes idempotent: an article is unique by canonical URL and by content hash;
a position is unique by (article, actor, issue, stance, start, end); an article's processing state
is keyed by (article, pack, pipeline version).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "Article",
    "Base",
    "CommentaryRow",
    "Duplicate",
    "EventRow",
    "IngestRun",
    "Outlet",
    "PositionRow",
    "Processing",
]

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=_NAMING)


class Outlet(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200))


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    is_english: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    raw_format: Mapped[str] = mapped_column(String(16))
    source_path: Mapped[str] = mapped_column(Text)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Duplicate(Base):
    """An input recognised as a copy of a stored article; kept as a link, not as an article."""

    __tablename__ = "duplicates"
    __table_args__ = (
        UniqueConstraint("article_id", "content_hash", name="uq_duplicates_article_hash"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # url | text | near
    similarity: Mapped[float] = mapped_column(Float, default=1.0)
    content_hash: Mapped[str] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date)
    source_path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class IngestRun(Base):
    __tablename__ = "ingest_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    inputs: Mapped[list[str]] = mapped_column(JSON, default=list)
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error_log: Mapped[list[str]] = mapped_column(JSON, default=list)


class Processing(Base):
    """Which articles were processed by which pack and pipeline version, on which text."""

    __tablename__ = "processing"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    pack: Mapped[str] = mapped_column(String(100), primary_key=True)
    pipeline_version: Mapped[str] = mapped_column(String(40))
    pack_version: Mapped[str] = mapped_column(String(40))
    text_hash: Mapped[str] = mapped_column(String(64))
    processed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class PositionRow(Base):
    """A stored position. ``date`` and ``outlet_id`` are copied from the article so that the
    matrix and timeline are single-table SQL aggregates."""

    __tablename__ = "positions"
    __table_args__ = (
        UniqueConstraint(
            "article_id",
            "pack",
            "actor",
            "issue",
            "stance",
            "start",
            "end",
            name="uq_positions_natural",
        ),
        Index("ix_positions_actor_issue", "actor", "issue"),
        Index("ix_positions_date", "date"),
        # covering indexes for the analyses (revision 0003)
        Index(
            "ix_positions_matrix",
            "actor",
            "issue",
            "stance",
            "article_id",
            "outlet_id",
            "date",
            "modality",
            "confidence",
            "pack",
        ),
        Index(
            "ix_positions_timeline",
            "date",
            "actor",
            "issue",
            "stance",
            "article_id",
            "outlet_id",
            "modality",
            "confidence",
            "pack",
        ),
        Index("ix_positions_evidence", "actor", "issue", "modality", "confidence", "date", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    pack: Mapped[str] = mapped_column(String(100))
    actor: Mapped[str] = mapped_column(String(40))
    issue: Mapped[str] = mapped_column(String(60))
    stance: Mapped[str] = mapped_column(String(8))
    modality: Mapped[str] = mapped_column(String(16))
    holder: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    reported_by: Mapped[list[str]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    claimed_by: Mapped[str | None] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    date: Mapped[dt.date | None] = mapped_column(Date)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    pipeline_version: Mapped[str] = mapped_column(String(40))


class CommentaryRow(Base):
    __tablename__ = "commentary"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    pack: Mapped[str] = mapped_column(String(100))
    holder: Mapped[str] = mapped_column(Text)
    holder_kind: Mapped[str] = mapped_column(String(20))
    issue: Mapped[str] = mapped_column(String(60))
    stance: Mapped[str] = mapped_column(String(8))
    about: Mapped[str | None] = mapped_column(String(40))
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    date: Mapped[dt.date | None] = mapped_column(Date)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    pack: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))  # day | week | month | year
    place: Mapped[str | None] = mapped_column(String(200))
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
