"""CI quality gate: the real pipeline must not score below the F1 floors pinned in
``tests/quality_floor.json`` (seeds, the team's dev set, the sample corpus)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOOR_FILE = ROOT / "tests" / "quality_floor.json"
FLOORS: dict[str, dict[str, Any]] = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))["sets"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_not_below_floor(name: str) -> None:
    from parley.nlp.evaluate import evaluate_paths
    from parley.settings import Settings

    spec = FLOORS[name]
    gold, docs = ROOT / spec["gold"], ROOT / spec["docs"]
    if spec["gold"].startswith("../") and not gold.exists():
        pytest.skip(f"{gold} is outside the repository and not present")
    assert gold.is_file(), f"{name}: gold file {gold} is missing"
    assert docs.is_dir(), f"{name}: document folder {docs} is missing"
    report = evaluate_paths(gold, [str(docs)], settings=Settings(pack="ukraine", jobs=1))
    assert not report.docs_missing, f"{name}: gold documents not extracted: {report.docs_missing}"
    errors = "\n".join(
        f"  {e.kind.upper()} {e.doc} {e.actor} {e.issue} {e.stance}: "
        f"{' | '.join(e.sentences)[:160]}"
        for e in report.errors
    )
    assert report.f1 >= spec["min_f1"], (
        f"{name}: F1 {report.f1:.3f} is below the floor {spec['min_f1']:.3f} "
        f"(P {report.precision:.3f}, R {report.recall:.3f})\n{errors}"
    )
