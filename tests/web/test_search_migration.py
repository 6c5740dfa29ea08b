"""The full-text index follows inserts, updates and deletes on both back ends."""

from __future__ import annotations

from sqlalchemy import text

from parley.store.db import open_engine

_INSERT = (
    "INSERT INTO articles (content_hash, title, text, is_english, raw, raw_format, source_path,"
    " created_at, updated_at) VALUES (:h, :title, :text, true, '', 'text', 'test',"
    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)


def _matches(conn: object, word: str, dialect: str) -> list[int]:
    if dialect == "sqlite":
        sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rowid"
    else:
        sql = "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', :q) ORDER BY id"
    return [r[0] for r in conn.execute(text(sql), {"q": word})]  # type: ignore[attr-defined]


def test_search_index_tracks_writes(db_url: str) -> None:
    engine = open_engine(db_url)
    dialect = engine.dialect.name
    with engine.begin() as conn:
        conn.execute(
            text(_INSERT), {"h": "a", "title": "Envoys meet", "text": "Talk of guarantees."}
        )
        conn.execute(text(_INSERT), {"h": "b", "title": "Grain deal", "text": "Ports reopen."})
        assert _matches(conn, "guarantees", dialect) == [1]
        assert _matches(conn, "grain", dialect) == [2]
        conn.execute(text("UPDATE articles SET text = 'Ports and guarantees.' WHERE id = 2"))
        assert _matches(conn, "guarantees", dialect) == [1, 2]
        conn.execute(text("DELETE FROM articles WHERE id = 1"))
        assert _matches(conn, "guarantees", dialect) == [2]
    engine.dispose()


def test_store_version_follows_writes(db_url: str) -> None:
    from parley.store.queries import store_version

    engine = open_engine(db_url)
    empty = store_version(engine)
    assert store_version(engine) == empty
    with engine.begin() as conn:
        conn.execute(text(_INSERT), {"h": "v", "title": "One", "text": "One."})
    inserted = store_version(engine)
    assert inserted != empty
    if engine.dialect.name == "sqlite":  # PostgreSQL counts deletes in its (delayed) statistics
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM articles"))
        assert store_version(engine) != inserted
    engine.dispose()


def test_list_articles_search_pages_on_both_back_ends(db_url: str) -> None:
    from parley.store.queries import ArticleFilters, list_articles

    engine = open_engine(db_url)
    with engine.begin() as conn:
        for n in range(7):
            body = "Ceasefire talks resumed." if n % 2 == 0 else "Grain exports rose."
            conn.execute(text(_INSERT), {"h": f"h{n}", "title": f"Report {n}", "text": body})
    seen: list[int] = []
    cursor = None
    while True:
        page = list_articles(engine, ArticleFilters(q="ceasefire talk"), cursor=cursor, limit=2)
        seen += [a.id for a in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [7, 5, 3, 1]
    assert [a.id for a in list_articles(engine, ArticleFilters(q="grain")).items] == [6, 4, 2]
    engine.dispose()
