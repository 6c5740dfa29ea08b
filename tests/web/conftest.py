"""Fixtures of the web tests: a stored fixture corpus and in-process clients of the app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.settings import Settings
from parley.store import open_engine
from parley.web import create_app

from .corpus import build_web_corpus

TOKEN = "test-ingest-token-123"


@pytest.fixture
def web_db(tmp_path: Path) -> tuple[str, dict[str, int]]:
    """URL of a SQLite store holding the web corpus, and the ids of what it holds."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    engine = open_engine(url)
    ids = build_web_corpus(engine)
    engine.dispose()
    return url, ids


@pytest.fixture
def ids(web_db: tuple[str, dict[str, int]]) -> dict[str, int]:
    return web_db[1]


@pytest.fixture
def client(web_db: tuple[str, dict[str, int]]) -> Iterator[TestClient]:
    app = create_app(Settings(db=web_db[0]))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.ctx.engine.dispose()


@pytest.fixture
def token_client(web_db: tuple[str, dict[str, int]]) -> Iterator[TestClient]:
    app = create_app(Settings(db=web_db[0]), ingest_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.ctx.engine.dispose()
