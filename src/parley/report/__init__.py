"""Reports and exports: the self-contained HTML report, the Markdown brief with plots, and data
exports (CSV, JSONL, Parquet, GraphML) for other tools.

Example::

    from parley.store import open_engine
    from parley.report import write_report
    write_report(open_engine("sqlite:///parley.db"), "report.html")
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from parley.analysis import Filters

__all__ = ["write_report"]


def write_report(
    engine: Engine,
    out: str | Path,
    filters: Filters | None = None,
    *,
    fmt: Literal["html", "md"] = "html",
    per_cell: int = 25,
    proposals: list[str] | None = None,
    image_format: Literal["png", "svg"] = "png",
) -> list[Path]:
    """Write the HTML report (one file) or the Markdown brief (plus its PNG or SVG plots beside it).

    Returns the files written, the report first.
    """
    if fmt == "html":
        from parley.report.html import write_html

        return [write_html(engine, out, filters, per_cell=per_cell, proposals=proposals)]
    from parley.report.markdown import write_markdown

    return write_markdown(
        engine, out, filters, per_cell=per_cell, proposals=proposals, image_format=image_format
    )
