"""CLI commands of the ingestion stage: ``parley ingest``, ``parley articles``, ``parley show``."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from parley.commands._common import (
    DB_OPTION,
    JSON_OPTION,
    console,
    echo_json,
    fail_on_error,
)
from parley.settings import load_settings

__all__ = ["register"]


def ingest_command(
    inputs: list[str] = typer.Argument(
        ..., metavar="INPUT...", help="Files, directories, globs, URLs, URL-list files, or '-'."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Read news inputs, clean them, drop duplicates and store the articles.

    Takes crawled .txt, .html, .md, .json/.jsonl, RSS/Atom feeds, URLs and files listing URLs.

    A bad input prints 'error: <input>: <reason>' and the run goes on (exit status 1).

    Example: parley ingest news/ https://example.org/feed.xml --db sqlite:///talks.db
    """
    from parley.ingest.pipeline import ingest

    settings = load_settings(db=db)
    with fail_on_error():
        if console.is_terminal:
            with Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                console=console,
                transient=True,
            ) as progress:
                task = progress.add_task("", total=None)

                def advance(source: str, _outcome: str) -> None:
                    progress.update(task, advance=1, description=source[-60:])

                report = ingest(inputs, settings, on_item=advance)
        else:
            report = ingest(inputs, settings)
    for line in report.errors:
        print(line, file=sys.stderr)
    print(report.summary())
    if report.errors:
        raise typer.Exit(1)


def articles_command(db: str | None = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """List the stored articles (id, title, date, outlet, URL, language, source).

    Example: parley articles --json --db sqlite:///talks.db
    """
    from parley.ingest.listing import list_stored_articles
    from parley.ingest.pipeline import open_database

    with fail_on_error():
        engine = open_database(load_settings(db=db).db)
        rows = list_stored_articles(engine)
    if as_json:
        echo_json([r.model_dump(mode="json") for r in rows])
        return
    table = Table(title=f"{len(rows)} articles")
    for column in ("id", "date", "outlet", "title", "lang"):
        table.add_column(column, overflow="fold")
    for r in rows:
        lang = (r.language or "?") + ("" if r.is_english else " (not English)")
        table.add_row(str(r.id), str(r.date or ""), r.outlet or "", r.title or "", lang)
    console.print(table)


def show_command(
    article_id: int = typer.Argument(..., metavar="ID", help="Article id (see parley articles)."),
    db: str | None = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one stored article: its metadata and cleaned text.

    Example: parley show 3 --json --db sqlite:///talks.db
    """
    from parley.ingest.listing import get_stored_article
    from parley.ingest.pipeline import open_database

    with fail_on_error():
        engine = open_database(load_settings(db=db).db)
        article = get_stored_article(engine, article_id)
    if as_json:
        echo_json(article.model_dump(mode="json"))
        return
    fields: dict[str, Any] = article.model_dump(exclude={"text"})
    for key, value in fields.items():
        console.print(f"[bold]{key}[/bold]: {value if value is not None else ''}", highlight=False)
    console.print()
    console.print(article.text, highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Attach this stage's commands to the main app."""
    app.command("ingest")(ingest_command)
    app.command("articles")(articles_command)
    app.command("show")(show_command)
