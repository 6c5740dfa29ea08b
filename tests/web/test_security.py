"""Hardening: escaping, CSP and headers, body limits, generic errors, the token-gated ingest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.settings import Settings
from parley.web import create_app
from parley.web.security import CSP

from .conftest import TOKEN
from .corpus import HOSTILE_TEXT, HOSTILE_TITLE


def test_hostile_article_is_escaped_everywhere(client: TestClient, ids: dict[str, int]) -> None:
    for url in (
        f"/articles/{ids['hostile']}",
        "/articles",
        "/",
        "/actors/EUROPE",
        "/issues/sanctions",
    ):
        html = client.get(url).text
        assert "<script>window" not in html, url
        assert "<img src=x" not in html, url
        assert 'onerror="window' not in html, url
    page = client.get(f"/articles/{ids['hostile']}").text
    assert "&lt;script&gt;window.__xss = &#39;title&#39;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__xss=&#39;img-body&#39;&#34;&gt;" in page
    # the only script elements are our own static files
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/parley.js" defer>']
    assert HOSTILE_TITLE and HOSTILE_TEXT


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for url in ("/", "/api/v1/matrix", "/static/parley.css", "/articles/999999"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP
        assert "script-src 'self';" in CSP and "unsafe-inline" not in CSP.split("style-src")[0]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "script-src 'self';" in docs.headers["content-security-policy"]
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text


def test_every_page_links_its_json_twin(client: TestClient, ids: dict[str, int]) -> None:
    twins = {
        "/": "/api/v1/matrix",
        "/actors/RUS": "/api/v1/actors/RUS",
        "/issues/territory": "/api/v1/issues/territory",
        f"/articles/{ids['a0']}": f"/api/v1/articles/{ids['a0']}",
        "/articles?q=vienna": "/api/v1/articles?q=vienna",
        "/timeline": "/api/v1/timeline",
        "/sources": "/api/v1/sources",
        "/contradictions": "/api/v1/contradictions",
        "/deals": "/api/v1/deals/examples",
    }
    for page, twin in twins.items():
        r = client.get(page)
        assert r.status_code == 200, (page, r.text[:300])
        m = re.search(r'<a class="json-twin" href="([^"]+)"', r.text)
        assert m, page
        href = m.group(1).replace("&amp;", "&")
        assert href.startswith(twin), (page, href)
        assert client.get(href).status_code == 200, href


def test_body_size_limit(web_db: tuple[str, dict[str, int]]) -> None:
    app = create_app(Settings(db=web_db[0]), max_body_bytes=1000)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/v1/deals/evaluate", content="x" * 5000)
        assert r.status_code == 413
        ok = c.post("/api/v1/deals/evaluate", content="name: [")
        assert ok.status_code == 400

        def chunks():  # no Content-Length: streamed body is counted as it arrives
            for _ in range(10):
                yield b"y" * 500

        streamed = c.post("/api/v1/deals/evaluate", content=chunks())
        assert streamed.status_code == 413
    app.state.ctx.engine.dispose()


def test_unexpected_errors_are_generic(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import parley.web.api as api
    import parley.web.pages as pages

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(api, "list_positions", boom)
    r = client.get("/api/v1/positions")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal server error"}
    monkeypatch.setattr(pages, "list_articles", boom)
    page = client.get("/articles")
    assert page.status_code == 500
    assert "secret" not in page.text and "Traceback" not in page.text
    assert "internal server error" in page.text


def test_ingest_absent_without_token(client: TestClient) -> None:
    r = client.post("/api/v1/ingest", json={"articles": [{"text": "x"}]})
    assert r.status_code in (404, 405)


def test_ingest_rejects_missing_and_wrong_token(token_client: TestClient) -> None:
    body = {"articles": [{"text": "Envoys met again on Tuesday.", "title": "Envoys"}]}
    missing = token_client.post("/api/v1/ingest", json=body)
    assert missing.status_code == 401
    wrong = token_client.post(
        "/api/v1/ingest", json=body, headers={"Authorization": "Bearer wrong-token-0000"}
    )
    assert wrong.status_code == 403
    wrong_header = token_client.post(
        "/api/v1/ingest", json=body, headers={"X-Parley-Token": "nope"}
    )
    assert wrong_header.status_code == 403
    before = token_client.get("/api/v1/articles").json()["items"]
    assert len(before) == 5


def test_ingest_with_token_stores_articles(token_client: TestClient, tmp_path: Path) -> None:
    body = {
        "articles": [
            {
                "text": "Envoys from both capitals met again on Tuesday and agreed to meet"
                " once more next week to discuss prisoner exchanges in detail.",
                "title": "Envoys agree to meet again",
                "outlet": "East Bulletin",
                "date": "2025-11-20",
                "url": "https://example.org/envoys-again",
            }
        ]
    }
    r = token_client.post("/api/v1/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    report = r.json()["ingest"]
    assert report["new"] == 1 and report["errors"] == []
    assert r.json()["process"] is None
    found = token_client.get("/api/v1/articles?q=prisoner").json()["items"]
    assert [a["title"] for a in found] == ["Envoys agree to meet again"]
    assert found[0]["outlet"] == "East Bulletin"
    again = token_client.post(
        "/api/v1/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert again.json()["ingest"]["new"] == 0
    empty = token_client.post("/api/v1/ingest", json={}, headers={"X-Parley-Token": TOKEN})
    assert empty.status_code == 400


def test_short_token_refused(web_db: tuple[str, dict[str, int]]) -> None:
    from parley.errors import InputError

    with pytest.raises(InputError):
        create_app(Settings(db=web_db[0]), ingest_token="short")


def test_stored_script_urls_never_become_links(
    client: TestClient, web_db: tuple[str, dict[str, int]], ids: dict[str, int]
) -> None:
    from sqlalchemy import text

    from parley.store import open_engine

    engine = open_engine(web_db[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (url, content_hash, title, text, is_english, raw, raw_format,"
                " source_path, created_at, updated_at) VALUES ('javascript:alert(1)', 'js',"
                " 'Link test', 'Body.', 1, '', 'text', 't', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
        new_id = conn.execute(text("SELECT id FROM articles WHERE content_hash = 'js'")).scalar()
        conn.execute(
            text(
                "INSERT INTO duplicates (article_id, kind, similarity, content_hash, url,"
                " source_path, created_at) VALUES (:a, 'url', 1.0, 'd', ' JavaScript:alert(2)',"
                " 't', CURRENT_TIMESTAMP)"
            ),
            {"a": new_id},
        )
    engine.dispose()
    page = client.get(f"/articles/{new_id}").text
    assert "javascript:alert(1)" in page  # shown as text
    assert not re.search(r'href="\s*javascript:', page, re.IGNORECASE)
    normal = client.get(f"/articles/{ids['a0']}").text
    assert 'href="https://example.org/' in normal


def test_ingest_can_process_what_it_stored(token_client: TestClient) -> None:
    body = {
        "articles": [
            {
                "text": "Moscow rejected a ceasefire on Tuesday, the Kremlin said in a statement"
                " after a meeting of the security council.",
                "title": "Kremlin rejects a truce",
                "outlet": "East Bulletin",
                "date": "2025-11-21",
            }
        ],
        "process": True,
    }
    r = token_client.post("/api/v1/ingest", json=body, headers={"X-Parley-Token": TOKEN})
    assert r.status_code == 200, r.text
    assert r.json()["ingest"]["new"] == 1
    assert r.json()["process"]["processed"] >= 1
    new_id = r.json()["ingest"]["article_ids"][0]
    stored = token_client.get(f"/api/v1/positions?article_id={new_id}").json()["items"]
    assert ("RUS", "ceasefire", "oppose") in {(p["actor"], p["issue"], p["stance"]) for p in stored}
