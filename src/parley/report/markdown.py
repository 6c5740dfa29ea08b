"""The Markdown brief: the same content as the HTML report, with PNG (or SVG) plots beside it and
every matrix cell linking to an evidence anchor further down.

Example::

    from parley.store import open_engine
    write_markdown(open_engine("sqlite:///parley.db"), "brief/report.md")
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from parley.analysis import Filters
from parley.report.data import ReportData, anchor, gather
from parley.report.plots import render_plots

__all__ = ["render_markdown", "write_markdown"]

_MARK = {"support": "▲", "oppose": "▼", "mixed": "±", "unknown": "·"}


def _esc(text: str) -> str:
    """Markdown-safe inline text: no table breaks, no raw HTML, no accidental emphasis."""
    out = " ".join(text.split())
    for ch in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        out = out.replace(ch, "\\" + ch)
    return out


def _link(data: ReportData, actor: str, issue: str, text: str) -> str:
    a = anchor(actor, issue)
    return f"[{text}](#{a})" if a in data.cell_evidence else text


def render_markdown(data: ReportData, plots: dict[str, str]) -> str:
    """The brief as Markdown; ``plots`` maps matrix/timeline/outlets to relative image paths."""
    m = data.matrix
    lines = [
        "# Negotiation map",
        "",
        f"{data.positions} positions from {data.articles} articles"
        + (f", {data.date_from} – {data.date_to}" if data.date_from else "")
        + f". Generated {data.generated} by parley.",
        "",
        "## Position matrix",
        "",
        f"![Position matrix]({plots['matrix']})",
        "",
        "▲ support, ▼ oppose, ± mixed; the number is distinct articles; ! marks a red line. "
        "Each cell links to its evidence.",
        "",
        "| actor | " + " | ".join(_esc(i) for i in m.issues) + " |",
        "|---|" + "---|" * len(m.issues),
    ]
    for actor in m.actors:
        cells = []
        for issue in m.issues:
            mc = m.cell(actor, issue)
            if mc.stance == "unknown":
                cells.append("·")
                continue
            red = "!" if mc.strongest_modality == "red_line" else ""
            cells.append(_link(data, actor, issue, f"{_MARK[mc.stance]}{mc.articles}{red}"))
        lines.append(f"| {_esc(actor)} | " + " | ".join(cells) + " |")
    lines += ["", "## Timeline", "", f"![Timeline]({plots['timeline']})", ""]
    for e in data.timeline.events[:40]:
        where = f" ({_esc(e.place)})" if e.place else ""
        lines.append(
            f"- {e.date or '?'} · {_esc(e.label or e.kind)}{where} — "
            f"{_esc(', '.join(e.participants))} — {_esc(e.outlet or '?')}"
        )
    lines += ["", "## Outlets compared", "", f"![Outlets]({plots['outlets']})", ""]
    lines += [
        "| outlet | articles | positions | anonymous | reports most | framing |",
        "|---|---|---|---|---|---|",
    ]
    for p in data.sources.profiles:
        actors = ", ".join(f"{c.key} ({c.count})" for c in p.actors[:4])
        framing = "; ".join(f"{f.marker}: {f.variant} ×{f.occurrences}" for f in p.framing)
        lines.append(
            f"| {_esc(p.outlet)} | {p.articles} | {p.positions} | {p.anonymous_rate:.0%} | "
            f"{_esc(actors)} | {_esc(framing)} |"
        )
    for cluster in data.sources.clusters:
        lines += [
            "",
            f"**{_esc(cluster.label)}** ({cluster.date_from} – {cluster.date_to}): "
            + _esc(", ".join(cluster.outlets)),
        ]
        for o in cluster.omissions:
            missing = ", ".join(
                _link(data, k.actor, k.issue, f"{k.actor} {k.stance} {_esc(k.issue)}")
                for k in o.missing
            )
            lines.append(f"- {_esc(o.outlet)} leaves out: {missing}")
    for kind, title in (("sticking_point", "Sticking points"), ("common_ground", "Common ground")):
        lines += ["", f"## {title}", ""]
        rows = [a for a in data.alignments if a.kind == kind]
        if not rows:
            lines.append("_None found._")
            continue
        lines += ["| issue | parties | third parties | evidence (articles) |", "|---|---|---|---|"]
        for al in rows:
            parties = "; ".join(
                _link(data, p.actor, al.issue, f"{p.actor} {_MARK[p.stance]} {p.stance}")
                for p in al.parties
            )
            third = "; ".join(
                _link(data, p.actor, al.issue, f"{p.actor} {_MARK[p.stance]} {p.stance}")
                for p in al.third_parties
            )
            lines.append(f"| {_esc(al.issue)} | {parties} | {third} | {al.score} |")
    lines += ["", "## Contradictions between outlets", ""]
    if not data.contradictions:
        lines.append("_None found._")
    for con in data.contradictions:
        lines.append(
            f"- {_link(data, con.actor, con.issue, f'{con.actor} · {_esc(con.issue)}')}: "
            f"{_esc(con.support.outlet)} ({con.support.date}) reports support; "
            f"{_esc(con.oppose.outlet)} ({con.oppose.date}) reports opposition"
        )
        for side in (con.support, con.oppose):
            for item in side.evidence[:1]:
                lines.append(f"  > {side.stance}: {_esc(item.sentence)}")
    lines += ["", "## Stance shifts", ""]
    if not data.shifts:
        lines.append("_None found._")
    for s in data.shifts:
        lines.append(
            f"- {_link(data, s.actor, s.issue, f'{s.actor} · {_esc(s.issue)}')}: "
            f"{s.before.stance} ({s.before.period_start}) → "
            f"{s.after.stance} ({s.after.period_start})"
        )
    lines += ["", "## Deal evaluation", ""]
    for d in data.deals:
        lines += [
            f"### {_esc(d.proposal.name)} ({d.proposal.date}, "
            f"proposed by {d.proposal.proposed_by})",
            "",
            _esc(d.proposal.summary),
            "",
            "| party | verdict | match | clash | red-line clash | contested | unknown |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in d.parties:
            lines.append(
                f"| {r.party} | {r.verdict.replace('_', ' ')} | {r.matches} | {r.clashes} | "
                f"{r.red_line_clashes} | {r.contested} | {r.unknown} |"
            )
        lines.append("")
    lines += ["## Evidence", ""]
    for c in m.cells:
        a = anchor(c.actor, c.issue)
        items = data.cell_evidence.get(a)
        if not items:
            continue
        lines += [
            f'<a id="{a}"></a>',
            "",
            f"### {c.actor} · {_esc(c.issue)}: {c.stance}",
            "",
            f"{c.support.articles} articles for, {c.oppose.articles} against; {c.outlets} outlets; "
            f"latest {c.latest_date or 'undated'}.",
            "",
        ]
        for item in items:
            lines.append(f"> {_esc(item.sentence)}")
            lines.append(">")
            lines.append(
                f"> — {item.stance}, {item.modality.replace('_', ' ')}; {_esc(item.holder)}; "
                f"{_esc(item.outlet or 'unknown outlet')}, {item.date or 'undated'}; "
                f"“{_esc(item.title or 'untitled')}” {_esc(item.url or '')}"
            )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(
    engine: Engine,
    out: str | Path,
    filters: Filters | None = None,
    *,
    per_cell: int = 25,
    proposals: list[str] | None = None,
    image_format: Literal["png", "svg"] = "png",
) -> list[Path]:
    """Write the brief to ``out`` and its plots beside it; returns [brief, *plots]."""
    path = Path(out)
    data = gather(engine, filters, evidence_per_cell=per_cell, proposals=proposals)
    plots = render_plots(data, path.parent, fmt=image_format)
    rel = {name: p.name for name, p in plots.items()}
    path.write_text(render_markdown(data, rel), encoding="utf-8")
    return [path, *plots.values()]
