"""Server-rendered pages: content, forms and navigation, in process."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

_PROPOSAL = """name: Pause first
date: 2025-11-20
proposed_by: USA
summary: A pause before anything else.
provisions:
  - {id: p1, issue: ceasefire, stance: support, text: Guns fall silent first.}
"""


def test_overview_cells_link_to_evidence(client: TestClient) -> None:
    html = client.get("/").text
    cell = re.search(
        r'<a class="cell-link" href="([^"]+)"\s+data-actor="RUS"\s+data-issue="territory"', html
    )
    assert cell, "RUS/territory cell missing"
    assert cell.group(1).startswith("/actors/RUS?") and cell.group(1).endswith("#issue-territory")
    assert (
        'aria-label="Russia on Territory: support, 2 articles, 2 outlets, strongest red_line"'
        in html
    )
    actor = client.get("/actors/RUS").text
    assert 'id="issue-territory"' in actor
    assert "Moscow demanded the whole eastern region as a condition." in actor


def test_every_page_title_is_plain_text(client: TestClient) -> None:
    for path in ("/", "/timeline", "/sources", "/contradictions", "/deals", "/articles"):
        title = re.search(r"<title>(.*?)</title>", client.get(path).text, flags=re.S)
        assert title and "<" not in title.group(1) and title.group(1).endswith(" · parley"), path
    assert "Sticking points and common ground" in client.get("/").text


def test_overview_filters_narrow_the_matrix(client: TestClient) -> None:
    html = client.get("/?outlet=South+Courier").text
    assert 'data-actor="RUS" data-issue="territory"' in re.sub(r"\s+", " ", html)
    assert 'data-actor="UKR" data-issue="territory"' not in re.sub(r"\s+", " ", html)
    assert client.get("/?since=2025-12-01&until=2025-11-01").status_code == 400


def test_article_page_highlights_each_position(client: TestClient, ids: dict[str, int]) -> None:
    html = client.get(f"/articles/{ids['a0']}").text
    marks = re.findall(r'<mark class="hl s-(\w+)"[^>]*data-tip="([^"]+)"[^>]*>([^<]+)</mark>', html)
    assert [(s, t) for s, t, _ in marks] == [
        ("support", "Russia · Territory · support · red_line"),
        ("oppose", "Ukraine · Territory · oppose · red_line"),
    ]
    assert marks[0][2] == "Moscow demanded the whole eastern region as a condition."
    assert "West Gazette" in html  # the recorded duplicate
    assert "Second day in Vienna" in html  # the other outlet's version of the story
    assert client.get("/articles/424242").status_code == 404
    assert "Error 404" in client.get("/articles/424242").text


def test_article_search_page_pages(client: TestClient) -> None:
    html = client.get("/articles?q=vienna").text
    assert "Talks open in Vienna" in html and "Second day in Vienna" in html
    first = client.get("/articles").text
    assert first.count('<li><a href="/articles/') == 5
    assert 'rel="next"' not in first


def test_deals_page_paste_upload_and_errors(client: TestClient) -> None:
    form = client.get("/deals").text
    assert 'enctype="multipart/form-data"' in form
    pasted = client.post("/deals", data={"proposal": _PROPOSAL})
    assert pasted.status_code == 200
    assert "Pause first" in pasted.text and "acceptability" in pasted.text
    row = re.search(
        r'href="/actors/RUS">Russia</a></th>\s*<td><span class="badge verdict-(\w+)"', pasted.text
    )
    assert row, "Russia row missing"
    assert row.group(1) == "leaning_unacceptable"  # one clash, not with a red line
    uploaded = client.post(
        "/deals", files={"upload": ("plan.yaml", _PROPOSAL.encode(), "text/yaml")}
    )
    assert uploaded.status_code == 200 and "Pause first" in uploaded.text
    bad = client.post("/deals", data={"proposal": "name: only a name"})
    assert bad.status_code == 400 and 'role="alert"' in bad.text and "field" in bad.text
    binary = client.post("/deals", files={"upload": ("x.yaml", b"\xff\xfe", "text/yaml")})
    assert binary.status_code == 400


def test_timeline_contradictions_sources_render(client: TestClient) -> None:
    timeline = client.get("/timeline").text
    assert "Vienna talks" in timeline and 'id="timeline-chart"' in timeline
    assert "No contradictions found." in client.get("/contradictions").text
    sources = client.get("/sources").text
    assert "North Ledger" in sources and "South Courier" in sources


def test_article_page_marks_commentary_and_events(client: TestClient, ids: dict[str, int]) -> None:
    html = client.get(f"/articles/{ids['a2']}").text
    assert 'id="c-' in html
    assert re.search(
        r'<mark class="hl s-oppose multi"[^>]*data-tip="Russia · Ceasefire · oppose · firm \| '
        r'a defence analyst \(analyst\) · Ceasefire · support · commentary"',
        html,
    )
    talks = client.get(f"/articles/{ids['a0']}").text
    assert '<mark class="hl hl-event"' in talks
    assert "event: talks · Vienna talks · 2025-11-03" in talks
