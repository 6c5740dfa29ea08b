"""CLI commands ``parley eval`` (score against a gold file) and ``parley process`` (extract from
stored articles). Registered by :mod:`parley.commands.extraction`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from parley.commands._common import (
    DB_OPTION,
    JSON_OPTION,
    PACK_OPTION,
    console,
    echo_json,
    fail_on_error,
)

__all__ = ["eval_command", "process_command", "register_evaluation"]

JOBS_OPTION: Any = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default 1).")


def _scores_table(title: str, rows: dict[str, Any], first: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for name in ("tp", "fp", "fn", "precision", "recall", "f1"):
        table.add_column(name, justify="right")
    for key, s in sorted(rows.items()):
        table.add_row(
            key,
            str(s.tp),
            str(s.fp),
            str(s.fn),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
        )
    return table


def eval_command(
    paths: list[str] = typer.Argument(
        None, metavar="PATH...", help="Documents to extract (files, folders, globs, URLs)."
    ),
    gold: Path = typer.Option(..., "--gold", help="Gold file (*.gold.jsonl, see the eval guide)."),
    predictions: Path | None = typer.Option(
        None,
        "--predictions",
        help="Score saved 'parley extract --format jsonl' output instead of extracting PATHs.",
    ),
    pack: str | None = PACK_OPTION,
    jobs: int | None = JOBS_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Score extraction against a gold file: micro P/R/F1 over (actor, issue, stance) triples.

    Example: parley eval --gold seeds.gold.jsonl seeds/ --json
    """
    from parley.nlp.evaluate import evaluate, evaluate_paths, load_predictions
    from parley.settings import load_settings

    if not paths and predictions is None:
        raise typer.BadParameter(
            "give documents to extract or --predictions FILE", param_hint="PATH"
        )
    with fail_on_error():
        if predictions is not None:
            report = evaluate(gold, load_predictions(predictions))
        else:
            settings = load_settings(pack=pack, jobs=jobs)
            report = evaluate_paths(gold, paths, settings=settings)
    if as_json:
        echo_json(report.to_json())
        return
    t = report.total
    console.print(
        f"[bold]{report.docs} documents[/bold]  precision {t.precision:.3f}  "
        f"recall {t.recall:.3f}  [bold]F1 {t.f1:.3f}[/bold]  (tp {t.tp}, fp {t.fp}, fn {t.fn})"
    )
    if report.docs_missing:
        console.print(f"[yellow]not extracted:[/yellow] {', '.join(report.docs_missing)}")
    console.print(_scores_table("per issue", report.per_issue, "issue"))
    console.print(_scores_table("per actor", report.per_actor, "actor"))
    console.print(_scores_table("per document", report.per_doc, "document"))
    if report.errors:
        console.print("[bold]errors[/bold] (FP: predicted, not in gold; FN: in gold, missed)")
    for e in report.errors:
        colour = "red" if e.kind == "fp" else "yellow"
        note = f"  ({e.note})" if e.note else ""
        console.print(
            f"[{colour}]{e.kind.upper()}[/{colour}] {e.doc}  {e.actor} {e.issue} {e.stance}{note}",
            highlight=False,
        )
        for sentence in e.sentences:
            console.print(f"    {sentence}", highlight=False, markup=False)


def process_command(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    jobs: int | None = JOBS_OPTION,
    force: bool = typer.Option(False, "--force", help="Re-process every article, changed or not."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Extract positions, commentary and events from stored articles that are new or changed.

    Example: parley process --db sqlite:///talks.db --jobs 2
    """
    from parley.nlp.processing import process
    from parley.settings import load_settings

    with fail_on_error():
        report = process(load_settings(db=db, pack=pack, jobs=jobs), force=force)
    if as_json:
        echo_json(report.model_dump())
        return
    console.print(
        f"pack {report.pack} {report.pack_version}, pipeline {report.pipeline_version}: "
        f"{report.processed} processed, {report.unchanged} unchanged, "
        f"{report.skipped_non_english} not English, of {report.articles} articles; "
        f"stored {report.positions} positions, {report.commentary} commentary, "
        f"{report.events} events in {report.seconds:.1f}s"
    )


def register_evaluation(app: typer.Typer) -> None:
    """Attach ``eval`` and ``process`` to the main app."""
    app.command("eval")(eval_command)
    app.command("process")(process_command)
