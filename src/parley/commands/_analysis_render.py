"""Rich tables for the analysis commands (presentation only: every number comes from a result)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from parley.analysis import (
    Contradiction,
    DealEvaluation,
    IssueAlignment,
    PositionMatrix,
    SourcesReport,
    StanceShift,
    Timeline,
)

__all__ = [
    "alignment_table",
    "contradictions_table",
    "deal_tables",
    "matrix_table",
    "matrix_tables",
    "shifts_table",
    "sources_tables",
    "timeline_tables",
]

_STYLE = {"support": "green", "oppose": "red", "mixed": "yellow", "unknown": "dim"}
_MARK = {"support": "▲", "oppose": "▼", "mixed": "±", "unknown": "·"}


def _stance(stance: str, extra: str = "") -> Text:
    return Text(f"{_MARK.get(stance, '?')} {stance}{extra}", style=_STYLE.get(stance, ""))


def matrix_table(matrix: PositionMatrix, width: int = 200) -> Table:
    """Issues as rows, actors as columns (short ids keep it narrow); a cell shows the stance mark,
    its distinct-article count and '!' when a red line backs it. Actor columns that do not fit in
    ``width`` go to further tables: see ``matrix_tables``."""
    return matrix_tables(matrix, width)[0]


def matrix_tables(matrix: PositionMatrix, width: int = 80) -> list[Table]:
    """The matrix split into as many tables as needed to fit ``width`` columns of text."""
    first = max([len("issue"), *(len(i) for i in matrix.issues)]) + 3
    groups: list[list[str]] = [[]]
    used = first
    for actor in matrix.actors:
        need = max(len(actor), 4) + 3
        if groups[-1] and used + need > width:
            groups.append([])
            used = first
        groups[-1].append(actor)
        used += need
    tables = []
    for n, actors in enumerate(groups):
        title = "Position matrix (▲ support ▼ oppose ± mixed; n = articles; ! = red line)"
        table = Table(title=title if n == 0 else None, padding=(0, 1))
        table.add_column("issue", style="bold", no_wrap=True)
        for actor in actors:
            table.add_column(actor, justify="center", no_wrap=True)
        for issue in matrix.issues:
            row: list[Text | str] = [issue]
            for actor in actors:
                cell = matrix.cell(actor, issue)
                if cell.stance == "unknown":
                    row.append(Text("·", style="dim"))
                    continue
                red = "!" if cell.strongest_modality == "red_line" else ""
                mark = f"{_MARK[cell.stance]}{cell.articles}{red}"
                row.append(Text(mark, style=_STYLE[cell.stance]))
            table.add_row(*row)
        tables.append(table)
    return tables


def timeline_tables(tl: Timeline) -> list[Table]:
    points = Table(title=f"Statements per {tl.bucket}")
    points.add_column("period")
    if tl.group_by in ("actor", "actor_issue"):
        points.add_column("actor")
    if tl.group_by in ("issue", "actor_issue"):
        points.add_column("issue")
    for name in ("support", "oppose", "articles"):
        points.add_column(name, justify="right")
    for p in tl.points:
        keys = [str(p.period)]
        if tl.group_by in ("actor", "actor_issue"):
            keys.append(p.actor or "")
        if tl.group_by in ("issue", "actor_issue"):
            keys.append(p.issue or "")
        points.add_row(*keys, str(p.support), str(p.oppose), str(p.articles))
    events = Table(title="Events")
    for name in ("date", "kind", "label", "place", "participants", "outlet"):
        events.add_column(name)
    for e in tl.events:
        events.add_row(
            str(e.date or "?"),
            e.kind,
            e.label,
            e.place or "",
            ", ".join(e.participants),
            e.outlet or "",
        )
    return [points, events]


def shifts_table(shifts: list[StanceShift]) -> Table:
    table = Table(title="Stance shifts")
    for name in ("actor", "issue", "before", "after", "evidence (after)"):
        table.add_column(name)
    for s in shifts:
        quote = s.after.evidence[0].sentence if s.after.evidence else ""
        table.add_row(
            s.actor,
            s.issue,
            Text.assemble(_stance(s.before.stance), f"\n{s.before.period_start}"),
            Text.assemble(_stance(s.after.stance), f"\n{s.after.period_start}"),
            quote,
        )
    return table


def sources_tables(report: SourcesReport) -> list[Table]:
    table = Table(title="Outlets")
    for name in ("outlet", "articles", "positions", "anonymous", "quotes most", "framing"):
        table.add_column(name)
    for p in report.profiles:
        framing = ", ".join(f"{f.marker}={f.variant}×{f.occurrences}" for f in p.framing[:6])
        table.add_row(
            p.outlet,
            str(p.articles),
            str(p.positions),
            f"{p.anonymous_rate:.0%}",
            ", ".join(f"{c.key} ({c.count})" for c in p.actors[:4]),
            framing,
        )
    clusters = Table(title="Story clusters: what each outlet leaves out")
    for name in ("story", "dates", "outlets", "left out"):
        clusters.add_column(name)
    for c in report.clusters:
        omitted = "\n".join(
            f"{o.outlet}: " + ", ".join(f"{k.actor} {k.stance} {k.issue}" for k in o.missing)
            for o in c.omissions
        )
        clusters.add_row(c.label, f"{c.date_from} – {c.date_to}", ", ".join(c.outlets), omitted)
    return [table, clusters]


def contradictions_table(found: list[Contradiction]) -> Table:
    table = Table(
        title="Contradictions (same actor and issue, opposite stances, different outlets)"
    )
    for name in ("actor", "issue", "support reported by", "oppose reported by", "days apart"):
        table.add_column(name)
    for c in found:
        sides = []
        for side in (c.support, c.oppose):
            quote = side.evidence[0].sentence if side.evidence else ""
            sides.append(f"{side.outlet} ({side.date})\n{quote}")
        table.add_row(c.actor, c.issue, sides[0], sides[1], str(c.days_apart))
    return table


def alignment_table(items: list[IssueAlignment], title: str) -> Table:
    table = Table(title=title)
    for name in ("issue", "parties", "third parties", "evidence (articles)"):
        table.add_column(name)
    for a in items:
        parties = Text("\n").join(
            Text.assemble(f"{p.actor} ", _stance(p.stance, f" ({p.articles})")) for p in a.parties
        )
        third = Text("\n").join(
            Text.assemble(f"{p.actor} ", _stance(p.stance)) for p in a.third_parties
        )
        table.add_row(a.issue, parties, third, str(a.score))
    return table


def deal_tables(result: DealEvaluation) -> list[Table]:
    summary = Table(title=f"Acceptability of {result.proposal.name} ({result.proposal.date})")
    for name in ("party", "verdict", "match", "clash", "red-line clash", "contested", "unknown"):
        summary.add_column(name)
    for r in result.parties:
        style = {"unacceptable": "red", "acceptable": "green"}.get(r.verdict, "yellow")
        summary.add_row(
            r.party,
            Text(r.verdict, style=style),
            str(r.matches),
            str(r.clashes),
            str(r.red_line_clashes),
            str(r.contested),
            str(r.unknown),
        )
    detail = Table(title="Provisions")
    detail.add_column("provision")
    for r in result.parties:
        detail.add_column(r.party)
    for n, prov in enumerate(result.proposal.provisions):
        row: list[Text | str] = [f"{prov.id}. {prov.issue} {prov.stance}"]
        for r in result.parties:
            a = r.provisions[n]
            style = {"match": "green", "clash": "red", "contested": "yellow"}.get(a.verdict, "dim")
            row.append(Text(a.verdict + (" (red line)" if a.red_line_clash else ""), style=style))
        detail.add_row(*row)
    return [summary, detail]
