"""The report, the Markdown brief, the plots and the exports, on the known corpus."""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, update

from analysis_corpus import build_corpus
from parley.analysis import Filters, position_matrix
from parley.report import write_report
from parley.report.data import anchor, gather
from parley.report.export import export
from parley.report.plots import render_plots
from parley.store import open_engine
from parley.store.schema import Article, Outlet

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@pytest.fixture
def engine(db_url: str) -> Engine:
    eng = open_engine(db_url)
    build_corpus(eng)
    return eng


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.script_srcs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            value = value or ""
            if name == "id":
                self.ids.add(value)
            if name in ("href", "src", "action", "data"):
                if value.startswith("#"):
                    self.links.append(value[1:])
                elif re.match(r"(?i)^\s*(https?:)?//", value):
                    self.external.append(value)
            if tag == "script" and name == "src":
                self.script_srcs.append(value)


def _parse(html: str) -> _Collector:
    parser = _Collector()
    parser.feed(html)
    parser.close()
    return parser


def test_html_report_is_self_contained_and_every_link_resolves(
    engine: Engine, tmp_path: Path
) -> None:
    with engine.begin() as conn:  # untrusted text from articles must stay text
        conn.execute(update(Article).where(Article.id == 1).values(title=HOSTILE))
        conn.execute(
            update(Outlet).where(Outlet.name == "Gamma Wire").values(name="Gamma </script>")
        )
    [path] = write_report(engine, tmp_path / "report.html", Filters())
    html = path.read_text(encoding="utf-8")
    doc = _parse(html)
    assert doc.links, "the report has no evidence links"
    missing = sorted(set(doc.links) - doc.ids)
    assert missing == []
    assert doc.external == []
    assert doc.script_srcs == []
    assert "img" not in doc.tags
    assert "&lt;img src=x" in html
    assert "Plotly.newPlot" in html and "matrix-heatmap" in doc.ids
    matrix = position_matrix(engine, Filters(), evidence_limit=0)
    for (
        cell
    ) in matrix.cells:  # every non-empty cell links to its evidence, which lists its sentences
        a = anchor(cell.actor, cell.issue)
        assert a in doc.ids and a in doc.links
    assert "The Kremlin insisted that Kyiv hand over the rest of the Donbas region." in html
    for section in ("matrix", "timeline", "outlets", "sticking", "contradictions", "deals"):
        assert section in doc.ids


def test_markdown_brief_with_plots(engine: Engine, tmp_path: Path) -> None:
    files = write_report(engine, tmp_path / "brief" / "report.md", Filters(), fmt="md")
    brief, *plots = files
    assert [p.name for p in plots] == ["matrix.png", "timeline.png", "outlets.png"]
    for plot in plots:
        assert plot.read_bytes()[:8] == PNG_MAGIC and plot.stat().st_size > 5000
    text = brief.read_text(encoding="utf-8")
    targets = set(re.findall(r"\]\(#([^)]+)\)", text))
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    assert targets and targets <= anchors
    for plot in plots:
        assert f"]({plot.name})" in text
    assert "| UKR |" in text and "## Sticking points" in text


def test_plots_render_as_png_and_svg(engine: Engine, tmp_path: Path) -> None:
    data = gather(engine, Filters())
    png = render_plots(data, tmp_path / "png")
    assert all(p.read_bytes()[:8] == PNG_MAGIC for p in png.values())
    svg = render_plots(data, tmp_path / "svg", fmt="svg")
    assert all(b"<svg" in p.read_bytes()[:2000] for p in svg.values())
    empty = gather(open_engine(f"sqlite:///{tmp_path / 'empty.db'}"), Filters())
    assert all(p.exists() for p in render_plots(empty, tmp_path / "empty").values())


def test_exports_read_back(engine: Engine, tmp_path: Path) -> None:
    csv_files = export(engine, tmp_path / "csv", fmt="csv")
    with csv_files["positions"].open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 13
    assert {r["outlet"] for r in rows} == {"Alpha News", "Beta Post", "Gamma Wire"}
    with csv_files["articles"].open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 7

    jsonl = export(engine, tmp_path / "jsonl", fmt="jsonl")
    events = [json.loads(line) for line in jsonl["events"].read_text().splitlines()]
    assert [e["kind"] for e in events] == ["talks", "talks", "call", "call"]
    assert json.loads(events[0]["participants"]) == ["UKR", "USA"]

    parquet = export(engine, tmp_path / "pq", fmt="parquet", filters=Filters(actors=["RUS"]))
    table = pq.read_table(parquet["positions"])
    assert table.num_rows == 6 and set(table.column("actor").to_pylist()) == {"RUS"}
    assert pq.read_table(parquet["actor_issue_edges"]).num_rows == 4

    graphml = export(engine, tmp_path / "graph", fmt="graphml")
    g = nx.read_graphml(graphml["actor_issue"])
    assert g.number_of_edges() == 10
    edge = g.edges["actor:RUS", "issue:territory"]
    assert (edge["stance"], edge["support_articles"], edge["strongest_modality"]) == (
        "support",
        2,
        "red_line",
    )
    assert g.nodes["issue:territory"]["kind"] == "issue"
