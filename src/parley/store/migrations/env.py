"""Alembic environment: runs on the connection handed over by ``parley.store.db.upgrade``."""

from __future__ import annotations

from alembic import context

from parley.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for the alembic CLI
    raise RuntimeError("run migrations through parley.store.db.upgrade()")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
