"""Property-based API tests generated from the OpenAPI document: no request makes a 500, and
responses match their declared schemas. Bounded (few examples per operation) to stay fast."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from parley.settings import Settings
from parley.store import open_engine
from parley.web import create_app

from .conftest import TOKEN
from .corpus import build_web_corpus


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('schemathesis')) / 'web.db'}"
    engine = open_engine(url)
    build_web_corpus(engine)
    engine.dispose()
    # with a token so the ingest endpoint is in the schema too (posted URLs are never fetched:
    # the generated ones are not reachable hosts, and the fetcher's errors are reported, not 500s)
    app = create_app(Settings(db=url, http_timeout=0.5), ingest_token=TOKEN)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("web_schema")


@schema.exclude(path="/api/v1/ingest").parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
)
def test_api_never_fails(case: Any) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])


@schema.include(path="/api/v1/ingest").parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
)
def test_ingest_rejects_generated_requests_without_token(case: Any) -> None:
    response = case.call()
    if case.method.upper() != "POST":
        assert response.status_code == 405, response.text
    else:  # generated headers never carry the real token
        assert response.status_code in (400, 401, 403, 413, 422), response.text
