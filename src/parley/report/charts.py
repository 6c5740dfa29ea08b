"""Plotly figures of the report (matrix heatmap, timeline, outlets), as safe inline JavaScript.

Figures are serialised to JSON with ``<`` escaped, so text from articles (outlet names) can never
close the surrounding ``<script>``.
"""

from __future__ import annotations

import json
from collections import defaultdict

import plotly.graph_objects as go
import plotly.io as pio

from parley.report.data import ReportData, anchor

__all__ = ["charts_js", "matrix_figure", "outlets_figure", "plotly_js", "timeline_figure"]


def plotly_js() -> str:
    """The plotly.js library bundled with the plotly package (no network)."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def _score(support: int, oppose: int) -> float | None:
    total = support + oppose
    return None if total == 0 else (support - oppose) / total


def matrix_figure(data: ReportData) -> go.Figure:
    """Heatmap: green = support, red = oppose, yellow middle = mixed; hover gives the counts."""
    m = data.matrix
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    links: list[list[str]] = []
    for actor in m.actors:
        zrow: list[float | None] = []
        trow: list[str] = []
        lrow: list[str] = []
        for issue in m.issues:
            c = m.cell(actor, issue)
            zrow.append(_score(c.support.articles, c.oppose.articles))
            trow.append(
                f"{actor} · {issue}: {c.stance}<br>{c.support.articles} for, "
                f"{c.oppose.articles} against, {c.outlets} outlets<br>"
                f"strongest: {c.strongest_modality or '-'}; latest: {c.latest_date or '-'}"
            )
            a = anchor(actor, issue)
            lrow.append(a if a in data.cell_evidence else "")
        z.append(zrow)
        text.append(trow)
        links.append(lrow)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=m.issues,
            y=m.actors,
            zmin=-1,
            zmax=1,
            colorscale=[[0, "#cf222e"], [0.5, "#f2cc60"], [1, "#1a7f37"]],
            text=text,
            customdata=links,
            hoverinfo="text",
            xgap=2,
            ygap=2,
            colorbar={"title": "oppose ← → support", "tickvals": [-1, 0, 1]},
        )
    )
    fig.update_layout(
        margin={"l": 80, "r": 20, "t": 20, "b": 120},
        height=max(320, 34 * len(m.actors) + 160),
        yaxis={"autorange": "reversed"},
    )
    return fig


def timeline_figure(data: ReportData) -> go.Figure:
    """Stacked bars: statements per period and actor; events as markers on top."""
    per_actor: dict[str, dict[str, int]] = defaultdict(dict)
    for p in data.timeline.points:
        per_actor[p.actor or "all"][p.period.isoformat()] = p.support + p.oppose
    fig = go.Figure()
    for actor, series in sorted(per_actor.items(), key=lambda kv: -sum(kv[1].values())):
        periods = sorted(series)
        fig.add_bar(name=actor, x=periods, y=[series[k] for k in periods])
    events: dict[str, int] = defaultdict(int)
    for e in data.timeline.event_counts:
        events[e.period.isoformat()] += e.count
    if events:
        xs = sorted(events)
        fig.add_scatter(
            name="events",
            x=xs,
            y=[events[x] for x in xs],
            mode="markers",
            marker={"symbol": "diamond", "size": 10, "color": "#24292f"},
        )
    fig.update_layout(
        barmode="stack",
        margin={"l": 50, "r": 20, "t": 20, "b": 60},
        height=380,
        yaxis={"title": "statements"},
    )
    return fig


def outlets_figure(data: ReportData, top_actors: int = 6) -> go.Figure:
    """Grouped bars: positions each outlet reports, per actor (the most reported actors)."""
    totals: dict[str, int] = defaultdict(int)
    for p in data.sources.profiles:
        for c in p.actors:
            totals[c.key] += c.count
    actors = sorted(totals, key=lambda a: (-totals[a], a))[:top_actors]
    outlets = [p.outlet for p in data.sources.profiles]
    fig = go.Figure()
    for actor in actors:
        counts = []
        for p in data.sources.profiles:
            counts.append(next((c.count for c in p.actors if c.key == actor), 0))
        fig.add_bar(name=actor, x=outlets, y=counts)
    fig.update_layout(
        barmode="group",
        margin={"l": 50, "r": 20, "t": 20, "b": 120},
        height=400,
        yaxis={"title": "positions reported"},
    )
    return fig


def _json(fig: go.Figure) -> str:
    return str(pio.to_json(fig, validate=False)).replace("<", "\\u003c").replace(">", "\\u003e")


def charts_js(data: ReportData) -> str:
    """JavaScript drawing the three charts; a click on a heatmap cell jumps to its evidence."""
    parts = []
    for div, fig in (
        ("matrix-heatmap", matrix_figure(data)),
        ("timeline-chart", timeline_figure(data)),
        ("outlets-chart", outlets_figure(data)),
    ):
        parts.append(
            f"(function(){{var f={_json(fig)};"
            f"Plotly.newPlot({json.dumps(div)},f.data,f.layout,"
            "{displaylogo:false,responsive:true,modeBarButtonsToRemove:['toImage']});})();"
        )
    parts.append(
        "document.getElementById('matrix-heatmap').on('plotly_click',function(e){"
        "var a=e.points&&e.points[0]&&e.points[0].customdata;if(a){location.hash=a;}});"
    )
    return "\n".join(parts)
