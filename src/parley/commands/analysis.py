"""CLI commands of the analysis stage: the negotiation map in the terminal, reports and exports.

Each command parses its flags into ``Filters``, calls one library function from
``parley.analysis`` / ``parley.report``, and prints a rich table (or ``--json``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import Engine

from parley.analysis import Filters
from parley.commands._common import (
    DB_OPTION,
    JSON_OPTION,
    PACK_OPTION,
    console,
    echo_json,
    err_console,
    fail_on_error,
)
from parley.errors import InputError
from parley.settings import load_settings

__all__ = ["register"]

_EMPTY = (
    "no positions match these filters (a new database? run 'parley ingest' and "
    "'parley process' first, or 'parley demo')"
)

SINCE: Any = typer.Option(
    None, "--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First day included."
)
UNTIL: Any = typer.Option(
    None, "--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Last day included."
)
OUTLET: Any = typer.Option(None, "--outlet", help="Keep only this outlet (repeatable).")
ACTOR: Any = typer.Option(None, "--actor", help="Keep only this actor id (repeatable).")
ISSUE: Any = typer.Option(None, "--issue", help="Keep only this issue id (repeatable).")
MIN_CONF: Any = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0, help="Drop positions below this confidence."
)
PARTY: Any = typer.Option(
    None, "--party", help="Principal party actor id (repeatable; default: the pack's)."
)
THIRD: Any = typer.Option(
    None, "--third-party", help="Third party actor id (repeatable; default: the pack's)."
)


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _setup(
    db: str | None,
    pack: str | None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    outlet: list[str] | None = None,
    actor: list[str] | None = None,
    issue: list[str] | None = None,
    min_confidence: float | None = None,
) -> tuple[Engine, Filters]:
    """Open the database and build the filters (a ParleyError on bad input)."""
    from pydantic import ValidationError

    from parley.ingest.pipeline import open_database

    settings = load_settings(db=db, pack=pack)
    try:
        filters = Filters(
            since=_date(since),
            until=_date(until),
            outlets=outlet or [],
            actors=actor or [],
            issues=issue or [],
            min_confidence=settings.min_confidence if min_confidence is None else min_confidence,
            pack=pack,
        )
    except ValidationError as exc:
        raise InputError("filters", str(exc.errors()[0]["msg"])) from None
    return open_database(settings.db), filters


def matrix_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    evidence: int = typer.Option(3, "--evidence", min=0, help="Evidence items per cell (JSON)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Actor × issue matrix: support / oppose / mixed, with the number of articles behind each cell.

    Example: parley matrix --since 2025-11-01 --actor RUS --actor UKR --min-confidence 0.5
    """
    from parley.analysis import position_matrix
    from parley.commands._analysis_render import matrix_tables

    with fail_on_error():
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        result = position_matrix(engine, filters, evidence_limit=evidence if as_json else 0)
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        if not result.cells:
            err_console.print(_EMPTY)
            return
        for table in matrix_tables(result, console.width):
            console.print(table)


def timeline_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    bucket: str = typer.Option("week", "--bucket", help="day, week or month."),
    group_by: str = typer.Option("actor", "--group-by", help="actor, issue, actor_issue or none."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Statements (positions) and events over time, per day, week or month.

    Example: parley timeline --bucket month --group-by issue --since 2025-08-01
    """
    from parley.analysis import timeline
    from parley.commands._analysis_render import timeline_tables

    with fail_on_error():
        if bucket not in ("day", "week", "month"):
            raise InputError("--bucket", f"expected day, week or month, got {bucket!r}")
        if group_by not in ("actor", "issue", "actor_issue", "none"):
            raise InputError(
                "--group-by", f"expected actor, issue, actor_issue or none: {group_by!r}"
            )
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        result = timeline(engine, filters, bucket=bucket, group_by=group_by)  # type: ignore[arg-type]
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        for table in timeline_tables(result):
            console.print(table)


def shifts_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    bucket: str = typer.Option("month", "--bucket", help="Period length: day, week or month."),
    include_mixed: bool = typer.Option(
        False, "--include-mixed", help="Also moves into/out of mixed."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Actors whose stance on an issue changed from one period to the next, with evidence.

    Example: parley shifts --bucket week --actor USA
    """
    from parley.analysis import stance_shifts
    from parley.commands._analysis_render import shifts_table

    with fail_on_error():
        if bucket not in ("day", "week", "month"):
            raise InputError("--bucket", f"expected day, week or month, got {bucket!r}")
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        result = stance_shifts(
            engine,
            filters,
            bucket=bucket,  # type: ignore[arg-type]
            include_mixed=include_mixed,
        )
    if as_json:
        echo_json([s.model_dump(mode="json") for s in result])
    else:
        console.print(shifts_table(result))


def sources_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    window: int = typer.Option(2, "--window", min=0, help="Days apart for the same story."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Per outlet: positions reported, whom it quotes, anonymous sources, framing words; and story
    clusters with what each outlet leaves out.

    Example: parley sources --since 2025-11-01
    """
    from parley.analysis import source_profiles
    from parley.commands._analysis_render import sources_tables

    with fail_on_error():
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        result = source_profiles(engine, filters, window_days=window)
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        for table in sources_tables(result):
            console.print(table)


def contradictions_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    window: int = typer.Option(7, "--window", min=0, help="Maximum days between the reports."),
    limit: int = typer.Option(50, "--limit", min=1, help="Most contradictions shown."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Same actor and issue, opposite stances reported by different outlets, side by side.

    Example: parley contradictions --issue foreign_troops --window 3
    """
    from parley.analysis import contradictions
    from parley.commands._analysis_render import contradictions_table

    with fail_on_error():
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        result = contradictions(engine, filters, window_days=window, limit=limit)
    if as_json:
        echo_json([c.model_dump(mode="json") for c in result])
    else:
        console.print(contradictions_table(result))


def sticking_points_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    party: list[str] | None = PARTY,
    third_party: list[str] | None = THIRD,
    as_json: bool = JSON_OPTION,
) -> None:
    """Issues where the principal parties hold opposite stances, and their common ground.

    Example: parley sticking-points --party UKR --party RUS --third-party USA
    """
    from parley.analysis import issue_alignments
    from parley.commands._analysis_render import alignment_table

    with fail_on_error():
        engine, filters = _setup(db, pack, since, until, outlet, None, issue, min_confidence)
        result = issue_alignments(
            engine, filters, parties=party or None, third_parties=third_party or None
        )
    if as_json:
        echo_json([a.model_dump(mode="json") for a in result])
        return
    sticking = [a for a in result if a.kind == "sticking_point"]
    common = [a for a in result if a.kind == "common_ground"]
    console.print(alignment_table(sticking, "Sticking points"))
    console.print(alignment_table(common, "Common ground"))


def changes_command(
    since: dt.datetime = typer.Option(
        ..., "--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First day of the window."
    ),
    until: dt.datetime | None = UNTIL,
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    as_json: bool = JSON_OPTION,
) -> None:
    """What is new between two dates: positions, shifts, events, contradictions (Markdown).

    Example: parley changes --since 2025-11-20 --until 2025-11-30 > digest.md
    """
    from parley.analysis import changes_digest

    with fail_on_error():
        engine, filters = _setup(db, pack, None, None, outlet, actor, issue, min_confidence)
        result = changes_digest(engine, since.date(), _date(until), filters)
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        print(result.to_markdown(), end="")


def deal_evaluate_command(
    file: Path = typer.Argument(..., help="Proposal YAML (name, date, proposed_by, provisions)."),
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    min_confidence: float | None = MIN_CONF,
    party: list[str] | None = typer.Option(
        None, "--party", help="Party to evaluate for (repeatable; default: the pack's parties)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Match a proposal's provisions against each party's stated positions and red lines.

    Example: parley deal evaluate src/parley/data/proposals/us_28_point_plan.yaml --party UKR
    """
    from parley.analysis import evaluate_deal, load_proposal
    from parley.commands._analysis_render import deal_tables

    with fail_on_error():
        proposal = load_proposal(file)
        engine, filters = _setup(db, pack, since, until, outlet, None, None, min_confidence)
        result = evaluate_deal(engine, proposal, filters, parties=party or None)
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        for table in deal_tables(result):
            console.print(table)


def report_command(
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="File to write."),
    fmt: str = typer.Option("html", "--format", help="html (one self-contained file) or md."),
    images: str = typer.Option(
        "png", "--images", help="Plot format beside the md brief: png or svg."
    ),
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
    proposal: list[Path] | None = typer.Option(
        None, "--proposal", help="Proposal YAML to evaluate (repeatable; default: bundled ones)."
    ),
) -> None:
    """Write the report: matrix heatmap, timeline, outlets, sticking points, deals, and every
    cell linked to its evidence. HTML opens offline; --format md writes a brief with PNG plots.

    Example: parley report --out report.html --since 2025-11-01
    """
    from parley.report import write_report

    with fail_on_error():
        if fmt not in ("html", "md"):
            raise InputError("--format", f"expected html or md, got {fmt!r}")
        if images not in ("png", "svg"):
            raise InputError("--images", f"expected png or svg, got {images!r}")
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        files = write_report(
            engine,
            out,
            filters,
            fmt=fmt,  # type: ignore[arg-type]
            proposals=[str(p) for p in proposal] if proposal else None,
            image_format=images,  # type: ignore[arg-type]
        )
    for path in files:
        print(f"wrote {path}")


def export_command(
    fmt: str = typer.Option(..., "--format", help="csv, jsonl, parquet or graphml."),
    out: Path = typer.Option(Path("export"), "--out", "-o", help="Folder to write into."),
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    since: dt.datetime | None = SINCE,
    until: dt.datetime | None = UNTIL,
    outlet: list[str] | None = OUTLET,
    actor: list[str] | None = ACTOR,
    issue: list[str] | None = ISSUE,
    min_confidence: float | None = MIN_CONF,
) -> None:
    """Export articles, positions, events and the actor–issue graph for other tools
    (graphml writes only the graph, for network tools such as Gephi).

    Example: parley export --format parquet --out exports/
    """
    from parley.report.export import export

    with fail_on_error():
        if fmt not in ("csv", "jsonl", "parquet", "graphml"):
            raise InputError("--format", f"expected csv, jsonl, parquet or graphml, got {fmt!r}")
        engine, filters = _setup(db, pack, since, until, outlet, actor, issue, min_confidence)
        files = export(engine, out, fmt=fmt, filters=filters)  # type: ignore[arg-type]
    for path in files.values():
        print(f"wrote {path}")


def demo_command(
    db: str | None = typer.Option(
        None, "--db", help="Database URL (default: sqlite:///<out>/parley.db)."
    ),
    out: Path = typer.Option(Path("parley-report"), "--out", "-o", help="Folder for the report."),
) -> None:
    """Ingest the bundled sample corpus, extract positions, print the matrix and the sticking
    points, and write <out>/report.html (the SQLite database goes beside it unless --db is given).

    Example: parley demo --out parley-report
    """
    from parley.commands._analysis_render import alignment_table, matrix_tables
    from parley.report.demo import run_demo

    with fail_on_error():
        result = run_demo(out, db)
    print(result.ingest_summary)
    print(f"extracted {result.positions_written} positions from {result.processed} articles")
    for table in matrix_tables(result.matrix, console.width):
        console.print(table)
    sticking = [a for a in result.alignments if a.kind == "sticking_point"]
    common = [a for a in result.alignments if a.kind == "common_ground"]
    console.print(alignment_table(sticking, "Sticking points"))
    console.print(alignment_table(common, "Common ground"))
    print(f"database: {result.db}")
    print(f"report: {result.report}")


def register(app: typer.Typer) -> None:
    """Attach this stage's commands to the main app."""
    app.command("matrix")(matrix_command)
    app.command("timeline")(timeline_command)
    app.command("shifts")(shifts_command)
    app.command("sources")(sources_command)
    app.command("contradictions")(contradictions_command)
    app.command("sticking-points")(sticking_points_command)
    app.command("changes")(changes_command)
    deal = typer.Typer(
        help="Evaluate peace proposals against the stated positions.", no_args_is_help=True
    )
    deal.command("evaluate")(deal_evaluate_command)
    app.add_typer(deal, name="deal")
    app.command("report")(report_command)
    app.command("export")(export_command)
    app.command("demo")(demo_command)
