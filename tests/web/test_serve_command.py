"""``parley serve`` starts uvicorn: read-only by default, ingest only with --ingest-token."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from parley.store.tempserver import free_port

from .conftest import TOKEN


@contextmanager
def _serve(db: str, *extra: str) -> Iterator[str]:
    port = free_port()
    cmd = [sys.executable, "-c", "from parley.cli import main; main()", "serve", "--db", db]
    cmd += ["--port", str(port), *extra]
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_INGEST_TOKEN"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            try:
                if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "parley serve did not start"
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_serve_read_only_then_with_token(web_db: tuple[str, dict[str, int]]) -> None:
    body = {"articles": [{"text": "A short note on the talks in Vienna, for the test."}]}
    with _serve(web_db[0]) as base:
        assert httpx.get(base + "/api/v1/articles").json()["items"]
        assert "server" not in httpx.get(base + "/").headers
        r = httpx.post(base + "/api/v1/ingest", json=body, headers={"X-Parley-Token": TOKEN})
        assert r.status_code in (404, 405)
    with _serve(web_db[0], "--ingest-token", TOKEN) as base:
        assert httpx.post(base + "/api/v1/ingest", json=body).status_code == 401
        ok = httpx.post(base + "/api/v1/ingest", json=body, headers={"X-Parley-Token": TOKEN})
        assert ok.status_code == 200 and ok.json()["ingest"]["new"] == 1


def test_serve_rejects_a_short_token(web_db: tuple[str, dict[str, int]]) -> None:
    cmd = [sys.executable, "-c", "from parley.cli import main; main()", "serve", "--db"]
    cmd += [web_db[0], "--port", str(free_port()), "--ingest-token", "abc"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: --ingest-token: must be at least 8")


def test_serve_reports_an_unreachable_database_in_one_line() -> None:
    cmd = [sys.executable, "-c", "from parley.cli import main; main()", "serve", "--db"]
    cmd += ["postgresql+psycopg://someone:s3cret@127.0.0.1:1/none", "--port", str(free_port())]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: postgresql+psycopg://someone:***@")
    assert "cannot open database" in lines[0] and "s3cret" not in done.stderr
