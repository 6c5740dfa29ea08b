"""CLI commands of the web stage: ``parley serve``."""

from __future__ import annotations

import typer

from parley.commands._common import DB_OPTION, PACK_OPTION, fail_on_error

__all__ = ["register"]


def serve(
    db: str | None = DB_OPTION,
    pack: str | None = PACK_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    ingest_token: str | None = typer.Option(
        None,
        "--ingest-token",
        envvar="PARLEY_INGEST_TOKEN",
        help="Enable POST /api/v1/ingest, guarded by this token (read-only without it).",
    ),
) -> None:
    """Serve the dashboard and the JSON API (read-only unless --ingest-token is given).

    Example: parley serve --db sqlite:///talks.db --port 8000
    """
    import uvicorn

    from parley.settings import load_settings
    from parley.web import create_app

    with fail_on_error():
        app = create_app(load_settings(db=db, pack=pack), ingest_token=ingest_token)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def register(app: typer.Typer) -> None:
    """Attach this stage's commands to the main app."""
    app.command("serve")(serve)
