"""The JSON API on the fixture corpus, in process."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from parley.store import open_engine


def _get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text)
    return r.json()


def test_health(client: TestClient) -> None:
    assert _get(client, "/api/v1/health") == {"status": "ok"}


def test_articles_newest_first_with_ids(client: TestClient, ids: dict[str, int]) -> None:
    page = _get(client, "/api/v1/articles")
    got = [a["id"] for a in page["items"]]
    assert got == sorted([ids["a0"], ids["a1"], ids["a2"], ids["a3"], ids["hostile"]], reverse=True)
    assert page["next_cursor"] is None
    assert {a["outlet"] for a in page["items"]} == {"North Ledger", "South Courier"}


def test_article_cursor_pages_are_stable(
    client: TestClient, web_db: tuple[str, dict[str, int]]
) -> None:
    first = _get(client, "/api/v1/articles?limit=2")
    assert len(first["items"]) == 2 and first["next_cursor"]
    # a new article arriving between pages must not shift or repeat what the client sees
    engine = open_engine(web_db[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (content_hash, title, text, is_english, raw, raw_format,"
                " source_path, created_at, updated_at) VALUES ('new', 'Late news', 'Late.', 1,"
                " '', 'text', 't', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()
    seen = [a["id"] for a in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = _get(client, f"/api/v1/articles?limit=2&cursor={cursor}")
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 5
    assert seen == sorted(seen, reverse=True)


def test_bad_cursor_is_a_400(client: TestClient) -> None:
    r = client.get("/api/v1/articles?cursor=not-a-cursor!")
    assert r.status_code == 400
    assert "cursor" in r.json()["detail"]


def test_full_text_search(client: TestClient, ids: dict[str, int]) -> None:
    assert [a["id"] for a in _get(client, "/api/v1/articles?q=truce")["items"]] == [ids["a1"]]
    # stemming: "claims" finds "claimed"; every word must occur
    assert [a["id"] for a in _get(client, "/api/v1/articles?q=claims+eastern")["items"]] == [
        ids["a1"]
    ]
    assert [a["id"] for a in _get(client, "/api/v1/articles?q=sanctions")["items"]] == [
        ids["hostile"]
    ]
    # query syntax characters are words, not FTS operators
    assert _get(client, '/api/v1/articles?q="(*)+OR+NEAR')["items"] == []
    assert len(_get(client, "/api/v1/articles?q=!!!")["items"]) == 5


def test_article_filters(client: TestClient, ids: dict[str, int]) -> None:
    south = _get(client, "/api/v1/articles?outlet=South+Courier")["items"]
    assert {a["id"] for a in south} == {ids["a1"], ids["a2"]}
    dated = _get(client, "/api/v1/articles?since=2025-11-04&until=2025-11-06")["items"]
    assert {a["id"] for a in dated} == {ids["a1"], ids["a2"]}


def test_one_article_with_spans(client: TestClient, ids: dict[str, int]) -> None:
    art = _get(client, f"/api/v1/articles/{ids['a0']}")
    assert art["id"] == ids["a0"] and art["title"] == "Talks open in Vienna"
    for p in art["positions"]:
        assert art["text"][p["start"] : p["end"]] == p["sentence"]
    assert {(p["actor"], p["issue"], p["stance"]) for p in art["positions"]} == {
        ("RUS", "territory", "support"),
        ("UKR", "territory", "oppose"),
    }
    assert [e["label"] for e in art["events"]] == ["Vienna talks"]
    assert [d["outlet"] for d in art["duplicates"]] == ["West Gazette"]
    assert _get(client, "/api/v1/articles/999999", 404)["detail"].startswith("article 999999")


def test_positions_filters(client: TestClient) -> None:
    def keys(query: str) -> set[tuple[str, str, str]]:
        items = _get(client, f"/api/v1/positions?{query}")["items"]
        return {(p["actor"], p["issue"], p["stance"]) for p in items}

    assert keys("actor=RUS") == {("RUS", "territory", "support"), ("RUS", "ceasefire", "oppose")}
    assert len(_get(client, "/api/v1/positions?actor=RUS")["items"]) == 3
    assert keys("stance=oppose") == {("UKR", "territory", "oppose"), ("RUS", "ceasefire", "oppose")}
    assert keys("issue=ceasefire&outlet=South+Courier") == {
        ("UKR", "ceasefire", "support"),
        ("RUS", "ceasefire", "oppose"),
    }
    assert keys("modality=red_line") == {
        ("RUS", "territory", "support"),
        ("UKR", "territory", "oppose"),
    }
    assert keys("since=2025-11-06") == {
        ("RUS", "ceasefire", "oppose"),
        ("EUROPE", "sanctions", "support"),
    }
    assert keys("min_confidence=0.95") == set()
    assert _get(client, "/api/v1/positions?stance=maybe", 422)


def test_positions_paging(client: TestClient) -> None:
    seen: list[int] = []
    cursor = ""
    while True:
        page = _get(client, f"/api/v1/positions?limit=2{cursor}")
        seen += [p["id"] for p in page["items"]]
        if not page["next_cursor"]:
            break
        cursor = f"&cursor={page['next_cursor']}"
    assert len(seen) == len(set(seen)) == 6


def test_matrix_and_cell_evidence(client: TestClient, ids: dict[str, int]) -> None:
    m = _get(client, "/api/v1/matrix")
    cells = {(c["actor"], c["issue"]): c for c in m["cells"]}
    assert cells[("RUS", "territory")]["stance"] == "support"
    assert cells[("RUS", "territory")]["articles"] == 2
    assert cells[("RUS", "territory")]["strongest_modality"] == "red_line"
    assert cells[("UKR", "territory")]["stance"] == "oppose"
    assert cells[("RUS", "ceasefire")]["stance"] == "oppose"
    assert cells[("EUROPE", "sanctions")]["stance"] == "support"
    ev = _get(client, "/api/v1/matrix/RUS/territory/evidence")
    assert len(ev) == 2 and ev[0]["modality"] == "red_line"
    assert {e["article_id"] for e in ev} == {ids["a0"], ids["a1"]}
    narrowed = _get(client, "/api/v1/matrix?outlet=South+Courier")
    assert ("UKR", "territory") not in {(c["actor"], c["issue"]) for c in narrowed["cells"]}
    assert _get(client, "/api/v1/matrix?since=2025-12-01&until=2025-11-01", 400)


def test_matrix_cache_follows_writes(
    client: TestClient, web_db: tuple[str, dict[str, int]]
) -> None:
    client.app.state.ctx.version_ttl = 0  # type: ignore[attr-defined]
    before = _get(client, "/api/v1/matrix")
    engine = open_engine(web_db[0])
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM positions WHERE actor = 'EUROPE'"))
    engine.dispose()
    after = _get(client, "/api/v1/matrix")
    assert ("EUROPE", "sanctions") in {(c["actor"], c["issue"]) for c in before["cells"]}
    assert ("EUROPE", "sanctions") not in {(c["actor"], c["issue"]) for c in after["cells"]}


def test_pack_actors_and_issues(client: TestClient) -> None:
    actors = {a["id"]: a["name"] for a in _get(client, "/api/v1/actors")}
    assert "RUS" in actors and "UKR" in actors
    issues = {i["id"] for i in _get(client, "/api/v1/issues")}
    assert {"territory", "ceasefire"} <= issues
    rus = _get(client, "/api/v1/actors/RUS")
    assert [c["issue"] for c in rus["cells"]] == ["territory", "ceasefire"]
    territory = _get(client, "/api/v1/issues/territory")
    assert {c["actor"] for c in territory["cells"]} == {"RUS", "UKR"}
    assert _get(client, "/api/v1/actors/NOBODY", 404)
    assert _get(client, "/api/v1/issues/nothing", 404)


def test_timeline_shifts_contradictions(client: TestClient) -> None:
    t = _get(client, "/api/v1/timeline?bucket=day&group_by=none")
    by_day = {p["period"]: (p["support"], p["oppose"]) for p in t["points"]}
    assert by_day["2025-11-03"] == (1, 1)
    assert [e["label"] for e in t["events"]] == ["Vienna talks"]
    assert _get(client, "/api/v1/shifts") == []
    assert _get(client, "/api/v1/contradictions") == []
    assert _get(client, "/api/v1/timeline?bucket=year", 422)


def test_sticking_points(client: TestClient) -> None:
    found = _get(client, "/api/v1/sticking-points?kind=sticking_point")
    assert {a["issue"] for a in found} == {"territory", "ceasefire"}
    assert all(a["kind"] == "sticking_point" for a in found)


def test_sources(client: TestClient) -> None:
    report = _get(client, "/api/v1/sources")
    profiles = {p["outlet"]: p for p in report["profiles"]}
    assert profiles["North Ledger"]["positions"] == 3
    assert profiles["South Courier"]["positions"] == 3


def test_changes_since(client: TestClient) -> None:
    assert "since" in _get(client, "/api/v1/changes", 400)["detail"]
    digest = _get(client, "/api/v1/changes?since=2025-11-06&until=2025-11-30")
    assert {(p["actor"], p["issue"]) for p in digest["new_positions"]} == {
        ("RUS", "ceasefire"),
        ("EUROPE", "sanctions"),
    }


_PROPOSAL = """
name: Test pause plan
date: 2025-11-20
proposed_by: USA
summary: A pause and a border freeze, written for the tests.
provisions:
  - {id: "1", issue: ceasefire, stance: support, text: Both sides stop firing.}
  - {id: "2", issue: territory, stance: support, text: Russia keeps the eastern region.}
"""


def test_deal_evaluation_yaml_and_json(client: TestClient) -> None:
    r = client.post(
        "/api/v1/deals/evaluate", content=_PROPOSAL, headers={"content-type": "text/plain"}
    )
    assert r.status_code == 200, r.text
    parties = {p["party"]: p for p in r.json()["parties"]}
    assert parties["UKR"]["red_line_clashes"] == 1
    assert parties["UKR"]["verdict"] == "unacceptable"
    assert parties["RUS"]["matches"] == 1 and parties["RUS"]["clashes"] == 1
    import yaml

    as_json = yaml.safe_load(_PROPOSAL)
    as_json["date"] = "2025-11-20"
    r2 = client.post("/api/v1/deals/evaluate", json=as_json)
    assert r2.status_code == 200 and r2.json()["parties"] == r.json()["parties"]


def test_deal_evaluation_rejects_bad_input(client: TestClient) -> None:
    bad = client.post("/api/v1/deals/evaluate", content="name: [unclosed")
    assert bad.status_code == 400 and "invalid YAML" in bad.json()["detail"]
    missing = client.post("/api/v1/deals/evaluate", content="name: x\ndate: 2025-11-20\n")
    assert missing.status_code == 400 and "field" in missing.json()["detail"]
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    aliased = client.post("/api/v1/deals/evaluate", content=bomb)
    assert aliased.status_code == 400 and "alias" in aliased.json()["detail"]
    binary = client.post("/api/v1/deals/evaluate", content=b"\xff\xfe\x00")
    assert binary.status_code == 400


def test_deal_examples(client: TestClient) -> None:
    from parley.analysis.deals import bundled_proposals

    examples = _get(client, "/api/v1/deals/examples")
    assert sorted(ex["id"] for ex in examples) == sorted(p.stem for p in bundled_proposals())
    for ex in examples:
        table = _get(client, f"/api/v1/deals/examples/{ex['id']}")
        assert table["proposal"]["name"] == ex["name"]
    assert _get(client, "/api/v1/deals/examples/none-such", 404)


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = set(_get(client, "/openapi.json")["paths"])
    for path in (
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/positions",
        "/api/v1/matrix",
        "/api/v1/matrix/{actor_id}/{issue_id}/evidence",
        "/api/v1/timeline",
        "/api/v1/shifts",
        "/api/v1/sources",
        "/api/v1/contradictions",
        "/api/v1/sticking-points",
        "/api/v1/changes",
        "/api/v1/deals/evaluate",
    ):
        assert path in paths
    assert "/api/v1/ingest" not in paths


def test_deal_evaluation_rejects_lone_surrogates(client: TestClient) -> None:
    body = '{"name": "\\ud800", "date": "2025-11-20"}'
    r = client.post(
        "/api/v1/deals/evaluate", content=body, headers={"content-type": "application/json"}
    )
    assert r.status_code == 400 and "Unicode" in r.json()["detail"]


def test_exports_are_zips_of_the_tables(client: TestClient) -> None:
    import csv
    import io
    import json
    import zipfile

    r = client.get("/api/v1/export/csv")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    zf = zipfile.ZipFile(io.BytesIO(r.content))
    assert sorted(zf.namelist()) == [
        "actor_issue_edges.csv",
        "articles.csv",
        "events.csv",
        "positions.csv",
    ]
    rows = list(csv.DictReader(io.StringIO(zf.read("positions.csv").decode())))
    assert len(rows) == 6 and {"actor", "issue", "stance"} <= set(rows[0])
    j = zipfile.ZipFile(io.BytesIO(client.get("/api/v1/export/jsonl?actor=RUS").content))
    lines = j.read("positions.jsonl").decode().splitlines()
    assert {json.loads(x)["actor"] for x in lines} == {"RUS"} and len(lines) == 3
    g = zipfile.ZipFile(io.BytesIO(client.get("/api/v1/export/graphml").content))
    assert g.namelist() == ["actor_issue.graphml"]
    assert client.get("/api/v1/export/xlsx").status_code == 422


def test_control_characters_in_filters_are_a_400(client: TestClient) -> None:
    for url in ("/api/v1/export/graphml?actor=%1F", "/api/v1/matrix?outlet=a%00b", "/?issue=%7F"):
        assert client.get(url).status_code == 400, url


def test_changes_as_markdown(client: TestClient) -> None:
    r = client.get("/api/v1/changes?since=2025-11-06&until=2025-11-30&format=md")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert "Europe" in r.text or "EUROPE" in r.text
    assert "sanctions" in r.text.lower()
