from __future__ import annotations

from sqlalchemy import inspect

from parley.store import open_engine


def test_migrations_create_schema_and_are_idempotent(db_url: str) -> None:
    engine = open_engine(db_url)
    open_engine(db_url)  # second run applies nothing and does not fail
    tables = set(inspect(engine).get_table_names())
    assert {
        "articles",
        "outlets",
        "duplicates",
        "ingest_runs",
        "positions",
        "commentary",
        "events",
        "processing",
        "alembic_version",
    } <= tables
