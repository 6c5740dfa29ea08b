"""``parley eval`` and ``parley process`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()

# Written for this test.
ARTICLE = (
    "Moscow rejected any ceasefire before a full settlement, the Kremlin spokesman said.\n\n"
    "Ukraine will never give up its territory, President Zelensky said on Tuesday.\n"
)


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "mini.gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc": "one.txt",
                "positions": [
                    ["RUS", "ceasefire", "oppose"],
                    ["UKR", "territory", "oppose"],
                    ["USA", "sanctions", "support"],
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return gold, docs


def test_eval_json_report(tmp_path: Path) -> None:
    gold, docs = _corpus(tmp_path)
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(docs), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["docs"] == 1
    assert report["tp"] >= 2
    assert report["fn"] >= 1  # nothing in the text supports the USA triple
    missed = [e for e in report["errors"] if e["kind"] == "fn"]
    assert any(e["actor"] == "USA" and e["issue"] == "sanctions" for e in missed)
    assert set(report["per_issue"]) >= {"ceasefire", "territory", "sanctions"}
    assert 0.0 <= report["f1"] <= 1.0


def test_eval_table_lists_errors(tmp_path: Path) -> None:
    gold, docs = _corpus(tmp_path)
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(docs)])
    assert result.exit_code == 0, result.output
    assert "F1" in result.stdout
    assert "per issue" in result.stdout
    assert "FN one.txt  USA sanctions support" in result.stdout


def test_eval_bad_gold_is_one_line_error(tmp_path: Path) -> None:
    _, docs = _corpus(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(bad), str(docs)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "bad.jsonl:1" in result.stderr


def test_process_command(tmp_path: Path) -> None:
    _, docs = _corpus(tmp_path)
    db = f"sqlite:///{tmp_path / 'p.db'}"
    assert runner.invoke(app, ["ingest", str(docs), "--db", db]).exit_code == 0
    first = runner.invoke(app, ["process", "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert (report["processed"], report["articles"]) == (1, 1)
    assert report["positions"] >= 2
    again = runner.invoke(app, ["process", "--db", db])
    assert again.exit_code == 0
    assert "0 processed, 1 unchanged" in again.stdout


def test_eval_saved_predictions(tmp_path: Path) -> None:
    gold, _ = _corpus(tmp_path)
    record = {
        "path": "somewhere/one.txt",
        "article": {"title": None, "date": "2025-12-02", "outlet": None, "url": None},
        "positions": [
            {
                "actor": "RUS",
                "issue": "ceasefire",
                "stance": "oppose",
                "modality": "firm",
                "holder": "Moscow",
                "sentence": "Moscow rejected any ceasefire.",
                "start": 0,
                "end": 30,
                "reported_by": [],
                "confidence": 0.9,
            }
        ],
        "commentary": [],
        "events": [],
        "warnings": [],
    }
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(
        app, ["eval", "--gold", str(gold), "--predictions", str(predictions), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["tp"], report["fp"], report["fn"]) == (1, 0, 2)
    predictions.write_text("{not json\n", encoding="utf-8")
    bad = runner.invoke(app, ["eval", "--gold", str(gold), "--predictions", str(predictions)])
    assert bad.exit_code == 1 and "pred.jsonl:1" in bad.stderr
