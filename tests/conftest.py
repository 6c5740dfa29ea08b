"""Shared fixtures: database URLs for SQLite and for a real PostgreSQL server on loopback.

``db_url`` is parametrised over both back ends; the PostgreSQL variant carries the ``postgres``
marker. The server is either named by ``PARLEY_TEST_PG_URL`` (``.ci/run`` may start one) or
started here with initdb + pg_ctl in a temporary directory (as the ``postgres`` user when root).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.store.tempserver import temporary_postgres

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds.gold.jsonl"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL (without database) of a PostgreSQL server on loopback."""
    url = os.environ.get("PARLEY_TEST_PG_URL")
    if url:
        yield url.rstrip("/")
        return
    with temporary_postgres() as base:
        if base is None:
            pytest.skip("PostgreSQL server binaries not installed")
        yield base


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    admin = pg_server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{pg_server}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test against SQLite and against PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'parley.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present beside the checkout")
    return SEEDS
