"""``parley demo``: the whole pipeline on the bundled sample corpus, in one call.

Ingest ``parley/data/sample`` → extract positions (``parley.nlp.process``) → matrix and sticking
points → the HTML report. By default everything lands in one folder (``parley-report/``): the
SQLite database ``parley.db`` and ``report.html``; re-running reuses the database (ingest and
processing are idempotent).

Example::

    result = run_demo("parley-report")
    print(result.report)  # parley-report/report.html
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from parley.analysis import (
    Filters,
    IssueAlignment,
    PositionMatrix,
    issue_alignments,
    position_matrix,
)
from parley.settings import Settings

__all__ = ["SAMPLE_DIR", "DemoResult", "run_demo", "sample_inputs"]

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "sample"


class DemoResult(BaseModel):
    db: str
    ingest_summary: str
    ingest_errors: list[str]
    processed: int
    positions_written: int
    matrix: PositionMatrix
    alignments: list[IssueAlignment]
    report: Path


def sample_inputs() -> list[str]:
    """The sample corpus files (articles, the HTML page and the feed; not the README)."""
    return [
        str(p)
        for p in sorted(SAMPLE_DIR.iterdir())
        if p.is_file() and p.suffix in {".txt", ".html", ".xml"}
    ]


def run_demo(out_dir: str | Path = "parley-report", db: str | None = None) -> DemoResult:
    """Run the demo into ``out_dir``; ``db`` defaults to ``sqlite:///<out_dir>/parley.db``."""
    from parley.ingest.pipeline import ingest, open_database
    from parley.nlp import process
    from parley.report.html import write_html

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    url = db or f"sqlite:///{(out / 'parley.db').resolve()}"
    settings = Settings(db=url)
    ingested = ingest(sample_inputs(), settings)
    processed = process(settings)
    engine = open_database(url)
    filters = Filters()
    matrix = position_matrix(engine, filters, evidence_limit=0)
    alignments = issue_alignments(engine, filters, evidence_limit=1)
    report = write_html(engine, out / "report.html", filters)
    engine.dispose()
    return DemoResult(
        db=url,
        ingest_summary=ingested.summary(),
        ingest_errors=list(ingested.errors),
        processed=processed.processed,
        positions_written=processed.positions,
        matrix=matrix,
        alignments=alignments,
        report=report,
    )
