"""``parley extract``: the contract shape of --format jsonl, offsets, bad inputs, --pack."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app

ISTHMUS = Path(__file__).resolve().parent / "packs" / "isthmus"

ARTICLE = """Kremlin rejects European troop plan

Moscow, March 3 - Russia has rejected any deployment of European troops in Ukraine, Foreign
Minister Sergei Lavrov said on Monday.

Lavrov said Moscow still demands that Kyiv withdraw its forces from the Donetsk region.
"""


def _run(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(app, ["extract", *args])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def test_jsonl_contract_shape_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, [record], _ = _run(str(path), "--format", "jsonl", "--with-text")
    assert code == 0
    assert record["path"] == str(path)
    assert set(record["article"]) == {"title", "date", "outlet", "url"}  # type: ignore[arg-type]
    assert {"positions", "commentary", "events"} <= set(record)
    text = record["text"]
    assert isinstance(text, str)
    positions = record["positions"]
    assert isinstance(positions, list) and positions
    triples = {(p["actor"], p["issue"], p["stance"]) for p in positions}
    assert ("RUS", "foreign_troops", "oppose") in triples
    assert ("RUS", "territory", "support") in triples
    for p in positions:
        assert {"actor", "issue", "stance", "modality", "holder", "sentence", "start", "end",
                "reported_by", "confidence"} <= set(p)  # fmt: skip
        assert text[p["start"] : p["end"]] == p["sentence"]
        assert 0.0 <= p["confidence"] <= 1.0


def test_text_only_with_flag(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    _, [record], _ = _run(str(path))
    assert "text" not in record


def test_bad_input_reports_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, records, stderr = _run(str(tmp_path / "missing.txt"), str(good))
    assert code == 1
    assert f"error: {tmp_path / 'missing.txt'}:" in stderr
    assert [r["path"] for r in records] == [str(good)]


def test_empty_and_non_english(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le Kremlin a rejeté le plan de paix européen et exige le retrait des troupes "
        "ukrainiennes de la région de Donetsk, a déclaré le ministre des Affaires étrangères.",
        encoding="utf-8",
    )
    code, records, _ = _run(str(empty), str(french))
    assert code == 0
    for record in records:
        assert record["positions"] == []
        assert record["warnings"]


def test_other_pack_and_jobs(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(
            f"Report {n}\n\nHarrowgate has rejected any toll-sharing arrangement.\n",
            encoding="utf-8",
        )
    paths = [str(tmp_path / f"{n}.txt") for n in range(3)]
    code, records, _ = _run(*paths, "--pack", str(ISTHMUS), "--jobs", "2")
    assert code == 0
    assert [r["path"] for r in records] == paths
    for record in records:
        assert {(p["actor"], p["issue"], p["stance"]) for p in record["positions"]} == {  # type: ignore[union-attr]
            ("NOR", "canal_tolls", "oppose")
        }


def test_unknown_pack_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--pack", "atlantis"])
    assert result.exit_code == 1
    assert "error: atlantis: no such pack" in result.stderr
