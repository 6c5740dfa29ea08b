"""The analysis commands: tables, --json, filters, errors, report/export, and the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analysis_corpus import build_corpus
from parley.analysis import bundled_proposals
from parley.cli import app
from parley.store import open_engine

runner = CliRunner()


@pytest.fixture
def db(db_url: str) -> str:
    build_corpus(open_engine(db_url))
    return db_url


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_matrix_json_and_table(db: str) -> None:
    data = json.loads(_run("matrix", "--db", db, "--json", "--actor", "RUS", "--evidence", "1"))
    cells = {(c["actor"], c["issue"]): c for c in data["cells"]}
    assert cells[("RUS", "territory")]["stance"] == "support"
    assert len(cells[("RUS", "territory")]["evidence"]) == 1
    assert {a for a, _ in cells} == {"RUS"}
    table = _run("matrix", "--db", db, "--since", "2025-11-01")
    assert "RUS" in table and "territory" in table and "▲2!" in table


def test_other_commands_json(db: str, tmp_path: Path) -> None:
    shifts = json.loads(_run("shifts", "--db", db, "--json"))
    assert [(s["actor"], s["issue"]) for s in shifts] == [("RUS", "ceasefire")]
    found = json.loads(_run("contradictions", "--db", db, "--json", "--window", "3"))
    assert [(c["support"]["outlet"], c["oppose"]["outlet"]) for c in found] == [
        ("Gamma Wire", "Alpha News")
    ]
    points = json.loads(_run("sticking-points", "--db", db, "--json"))
    assert [p["issue"] for p in points if p["kind"] == "sticking_point"] == [
        "territory",
        "nato_membership",
        "security_guarantees",
    ]
    tl = json.loads(
        _run("timeline", "--db", db, "--json", "--bucket", "month", "--group-by", "none")
    )
    assert [p["period"] for p in tl["points"]] == ["2025-10-01", "2025-11-01"]
    sources = json.loads(_run("sources", "--db", db, "--json"))
    assert sources["profiles"][0]["outlet"] == "Beta Post"
    digest = _run("changes", "--db", db, "--since", "2025-11-10", "--until", "2025-11-30")
    assert digest.startswith("# Changes 2025-11-10")
    for cmd in ("timeline", "shifts", "sources", "contradictions", "sticking-points"):
        assert "─" in _run(cmd, "--db", db)  # a rich table was drawn


def test_deal_evaluate_bundled_proposals(db: str) -> None:
    proposals = bundled_proposals()
    assert len(proposals) >= 2
    for path in proposals:
        result = json.loads(_run("deal", "evaluate", str(path), "--db", db, "--json"))
        parties = {r["party"]: r for r in result["parties"]}
        assert set(parties) == {"UKR", "RUS", "USA", "EUROPE"}
        for row in parties.values():
            assert len(row["provisions"]) == len(result["proposal"]["provisions"])
    us = next(p for p in proposals if "28" in p.name)
    result = json.loads(_run("deal", "evaluate", str(us), "--db", db, "--json", "--party", "UKR"))
    ukr = result["parties"][0]
    assert (
        ukr["party"] == "UKR" and ukr["red_line_clashes"] >= 1 and ukr["verdict"] == "unacceptable"
    )
    assert "Acceptability" in _run("deal", "evaluate", str(us), "--db", db)


def test_errors_are_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ndate: 2025-01-01\nproposed_by: USA\nsummary: s\nprovisions: []\n")
    result = runner.invoke(app, ["deal", "evaluate", str(bad), "--db", db])
    assert result.exit_code == 1
    assert f"error: {bad}: field provisions" in result.output
    result = runner.invoke(app, ["timeline", "--db", db, "--bucket", "year"])
    assert result.exit_code == 1 and "error: --bucket" in result.output
    result = runner.invoke(
        app, ["matrix", "--db", db, "--since", "2025-02-01", "--until", "2025-01-01"]
    )
    assert result.exit_code == 1 and "error: filters" in result.output


def test_report_and_export_commands(db: str, tmp_path: Path) -> None:
    out = _run("report", "--db", db, "--out", str(tmp_path / "r.html"))
    assert "wrote" in out and (tmp_path / "r.html").stat().st_size > 100_000
    _run("report", "--db", db, "--format", "md", "--out", str(tmp_path / "md" / "r.md"))
    assert (tmp_path / "md" / "matrix.png").exists()
    svg = tmp_path / "svg" / "r.md"
    _run("report", "--db", db, "--format", "md", "--images", "svg", "--out", str(svg))
    assert "](matrix.svg)" in svg.read_text() and (tmp_path / "svg" / "matrix.svg").exists()
    for fmt in ("csv", "jsonl", "parquet", "graphml"):
        _run("export", "--db", db, "--format", fmt, "--out", str(tmp_path / fmt))
    assert (tmp_path / "graphml" / "actor_issue.graphml").exists()
    assert (tmp_path / "parquet" / "positions.parquet").exists()


def test_demo_on_the_sample_corpus(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    text = _run("demo", "--out", str(out))
    assert "Position matrix" in text and "Sticking points" in text
    report = out / "report.html"
    assert report.stat().st_size > 100_000 and (out / "parley.db").exists()
    assert f"report: {report}" in text
    again = _run("demo", "--out", str(out))  # idempotent: the second run adds nothing
    assert "0 new" in again
