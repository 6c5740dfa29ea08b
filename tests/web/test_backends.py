"""The main API routes give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from parley.settings import Settings
from parley.store import open_engine
from parley.web import create_app

from .corpus import build_web_corpus


def test_api_on_both_back_ends(db_url: str) -> None:
    engine = open_engine(db_url)
    ids = build_web_corpus(engine)
    app = create_app(Settings(db=db_url))
    app.state.ctx.version_ttl = 0
    with TestClient(app) as client:
        found = client.get("/api/v1/articles?q=claimed+eastern").json()["items"]
        assert [a["id"] for a in found] == [ids["a1"]]
        first = client.get("/api/v1/positions?limit=4").json()
        rest = client.get(f"/api/v1/positions?limit=4&cursor={first['next_cursor']}").json()
        assert len(first["items"]) == 4 and len(rest["items"]) == 2
        assert rest["next_cursor"] is None
        cells = {
            (c["actor"], c["issue"]): c["stance"]
            for c in client.get("/api/v1/matrix").json()["cells"]
        }
        assert cells[("RUS", "territory")] == "support"
        assert cells[("UKR", "territory")] == "oppose"
        art = client.get(f"/api/v1/articles/{ids['a0']}").json()
        assert len(art["positions"]) == 2 and len(art["duplicates"]) == 1
        points = client.get("/api/v1/sticking-points?kind=sticking_point").json()
        assert {p["issue"] for p in points} == {"territory", "ceasefire"}
        assert client.get("/").status_code == 200
        # a write is seen by the next request (cache keyed on the store version)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM positions WHERE actor = 'EUROPE'"))
            conn.execute(
                text(
                    "INSERT INTO positions (article_id, pack, actor, issue, stance, modality,"
                    ' holder, sentence, start, "end", reported_by, sources, confidence, date,'
                    " pipeline_version) VALUES (:a, 'ukraine', 'USA', 'sanctions', 'oppose',"
                    " 'firm', 'x', 'x', 0, 1, '[]', '[]', 0.9, '2025-11-07', 'test')"
                ),
                {"a": ids["a3"]},
            )
        after = {(c["actor"], c["issue"]) for c in client.get("/api/v1/matrix").json()["cells"]}
        assert ("USA", "sanctions") in after and ("EUROPE", "sanctions") not in after
    app.state.ctx.engine.dispose()
    engine.dispose()
