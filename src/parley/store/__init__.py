"""Persistence: SQLAlchemy schema, engine/migrations, and repositories."""

from parley.store.db import open_engine, session_scope, upgrade

__all__ = ["open_engine", "session_scope", "upgrade"]
