"""The self-contained HTML report: one file, inline CSS and JavaScript (plotly.js embedded), every
matrix cell and every number linking to an anchor that lists its evidence sentences.

Example::

    from parley.store import open_engine
    write_html(open_engine("sqlite:///parley.db"), "report.html")
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from sqlalchemy import Engine

from parley.analysis import Filters
from parley.report.charts import charts_js, plotly_js
from parley.report.data import ReportData, anchor, gather

__all__ = ["render_html", "write_html"]

_TEMPLATES = Path(__file__).with_name("templates")
_MARK = {"support": "▲", "oppose": "▼", "mixed": "±", "unknown": "·"}


def _filters_text(filters: Filters) -> str:
    parts = []
    for name, value in filters.model_dump(exclude_defaults=True).items():
        parts.append(f"{name}={', '.join(map(str, value)) if isinstance(value, list) else value}")
    return "; ".join(parts)


def render_html(data: ReportData, *, per_cell: int = 25) -> str:
    """The report page for ``data`` (all text escaped; charts as inline scripts)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("report.html.j2")
    return template.render(
        data=data,
        anchor=anchor,
        mark=_MARK,
        per_cell=per_cell,
        filters_text=_filters_text(data.filters),
        plotly_js=plotly_js(),
        charts_js=charts_js(data),
    )


def write_html(
    engine: Engine,
    out: str | Path,
    filters: Filters | None = None,
    *,
    per_cell: int = 25,
    proposals: list[str] | None = None,
) -> Path:
    """Gather the analyses and write the HTML report to ``out``; returns the path."""
    data = gather(engine, filters, evidence_per_cell=per_cell, proposals=proposals)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(data, per_cell=per_cell), encoding="utf-8")
    return path
