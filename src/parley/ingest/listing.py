"""Reading stored articles back for the ``parley articles`` and ``parley show`` commands.

Example::

    >>> from parley.store import open_engine
    >>> list_stored_articles(open_engine("sqlite:///:memory:"))
    []
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import Engine, select

from parley.errors import NotFoundError
from parley.store.schema import Article, Outlet

__all__ = ["StoredArticle", "StoredArticleText", "get_stored_article", "list_stored_articles"]


class StoredArticle(BaseModel):
    """An article as listed: metadata without the text."""

    id: int
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    language: str | None
    is_english: bool
    source_path: str


class StoredArticleText(StoredArticle):
    """An article with its cleaned text."""

    text: str


_COLUMNS = (
    Article.id,
    Article.title,
    Article.date,
    Outlet.name.label("outlet"),
    Article.url,
    Article.language,
    Article.is_english,
    Article.source_path,
)


def list_stored_articles(engine: Engine) -> list[StoredArticle]:
    """Every stored article, oldest first."""
    stmt = select(*_COLUMNS).outerjoin(Outlet, Outlet.id == Article.outlet_id).order_by(Article.id)
    with engine.connect() as conn:
        return [StoredArticle.model_validate(row._mapping) for row in conn.execute(stmt)]


def get_stored_article(engine: Engine, article_id: int) -> StoredArticleText:
    """One article with its text; NotFoundError if there is none with that id."""
    stmt = (
        select(*_COLUMNS, Article.text)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(Article.id == article_id)
    )
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    if row is None:
        raise NotFoundError(f"article {article_id}: not found")
    return StoredArticleText.model_validate(row._mapping)
