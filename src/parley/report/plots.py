"""Static plots for the Markdown brief (matplotlib, Agg backend: no display needed).

Example::

    paths = render_plots(data, Path("brief"), fmt="png")
    paths["matrix"]  # Path('brief/matrix.png')
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Literal

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap

from parley.report.data import ReportData

__all__ = ["render_plots"]

_CMAP = LinearSegmentedColormap.from_list("stance", ["#cf222e", "#f2cc60", "#1a7f37"])


def _matrix(data: ReportData, path: Path) -> None:
    m = data.matrix
    grid = []
    for actor in m.actors:
        row = []
        for issue in m.issues:
            c = m.cell(actor, issue)
            total = c.support.articles + c.oppose.articles
            row.append(
                float("nan") if total == 0 else (c.support.articles - c.oppose.articles) / total
            )
        grid.append(row)
    fig, ax = plt.subplots(
        figsize=(max(6, 0.8 * len(m.issues) + 2), max(3, 0.45 * len(m.actors) + 1.5))
    )
    image = ax.imshow(grid or [[float("nan")]], cmap=_CMAP, vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(m.issues)), m.issues, rotation=45, ha="right")
    ax.set_yticks(range(len(m.actors)), m.actors)
    for y, actor in enumerate(m.actors):
        for x, issue in enumerate(m.issues):
            c = m.cell(actor, issue)
            if c.stance != "unknown":
                red = "!" if c.strongest_modality == "red_line" else ""
                ax.text(x, y, f"{c.articles}{red}", ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, label="oppose ← → support")
    ax.set_title("Position matrix (articles per cell; ! = red line)")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _timeline(data: ReportData, path: Path) -> None:
    per_actor: dict[str, dict[str, int]] = defaultdict(dict)
    for p in data.timeline.points:
        per_actor[p.actor or "all"][p.period.isoformat()] = p.support + p.oppose
    periods = sorted({k for series in per_actor.values() for k in series})
    fig, ax = plt.subplots(figsize=(max(6, 0.35 * len(periods) + 3), 4))
    bottom = [0] * len(periods)
    for actor, series in sorted(per_actor.items(), key=lambda kv: -sum(kv[1].values())):
        heights = [series.get(k, 0) for k in periods]
        ax.bar(range(len(periods)), heights, bottom=bottom, label=actor)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_xticks(range(len(periods)), periods, rotation=60, ha="right", fontsize=7)
    ax.set_ylabel("statements")
    ax.set_title(f"Statements per {data.timeline.bucket}")
    if per_actor:
        ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _outlets(data: ReportData, path: Path) -> None:
    profiles = data.sources.profiles
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(profiles) + 2), 4))
    names = [p.outlet for p in profiles]
    ax.bar(range(len(names)), [p.positions for p in profiles], label="positions", color="#0969da")
    anonymous = [p.anonymous_positions for p in profiles]
    ax.bar(range(len(names)), anonymous, label="from anonymous sources", color="#bf8700")
    ax.set_xticks(range(len(names)), names, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("positions reported")
    ax.set_title("Outlets compared")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def render_plots(
    data: ReportData, out_dir: Path, *, fmt: Literal["png", "svg"] = "png"
) -> dict[str, Path]:
    """Write the matrix, timeline and outlets plots into ``out_dir``; returns name -> path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: out_dir / f"{name}.{fmt}" for name in ("matrix", "timeline", "outlets")}
    _matrix(data, paths["matrix"])
    _timeline(data, paths["timeline"])
    _outlets(data, paths["outlets"])
    return paths
