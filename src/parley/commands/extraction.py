"""CLI commands of the extraction stage: ``parley extract``."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.table import Table

from parley.commands._common import PACK_OPTION, console, fail_on_error
from parley.errors import InputError

__all__ = ["extract_command", "register"]


def extract_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...", help="Files, directories, globs, URLs or '-' (read like ingest)."
    ),
    output_format: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl (one JSON object per input) or table."
    ),
    with_text: bool = typer.Option(
        False,
        "--with-text",
        help="Include the text that start/end index into (headline, blank line, cleaned text).",
    ),
    pack: str | None = PACK_OPTION,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (use both cores)."),
) -> None:
    """Extract positions, commentary and events from articles; needs no database.

    Prints one JSON object per input: {"path", "article": {title, date, outlet, url},
    "positions": [{actor, issue, stance, modality, holder, sentence, start, end, reported_by,
    sources, claimed_by, confidence}], "commentary", "events", "warnings"}. start/end are
    character offsets of the evidence sentence in the headline and cleaned text (see --with-text).
    A bad input prints 'error: <input>: <reason>' on stderr; the run goes on and exits 1.

    Example: parley extract news/*.txt --format jsonl --jobs 2 > positions.jsonl
    """
    from parley.nlp.extract import extract_paths, extraction_record

    if output_format not in ("jsonl", "table"):
        raise typer.BadParameter("use jsonl or table", param_hint="--format")
    failed: list[str] = []

    def on_error(error: InputError) -> None:
        failed.append(str(error))
        print(f"error: {error}", file=sys.stderr, flush=True)

    with fail_on_error():
        results = extract_paths(
            paths, pack=pack or "ukraine", jobs=jobs, on_error=on_error, with_text=with_text
        )
        for result in results:
            record = extraction_record(result, with_text=with_text)
            if output_format == "jsonl":
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                _print_table(record)
    if failed:
        raise typer.Exit(1)


def _print_table(record: dict[str, Any]) -> None:
    table = Table(title=str(record["path"]), show_lines=False)
    for column in ("actor", "issue", "stance", "modality", "holder", "conf.", "evidence"):
        table.add_column(column, overflow="fold")
    for p in record["positions"]:
        table.add_row(
            p["actor"],
            p["issue"],
            p["stance"],
            p["modality"],
            p["holder"],
            f"{p['confidence']:.2f}",
            p["sentence"][:120],
        )
    console.print(table)
    for warning in record["warnings"]:
        console.print(f"[yellow]warning:[/] {warning}")


def register(app: typer.Typer) -> None:
    """Attach this stage's commands to the main app."""
    app.command("extract")(extract_command)
    from parley.commands.evaluation import register_evaluation

    register_evaluation(app)  # parley eval, parley process
