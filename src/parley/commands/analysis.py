"""CLI commands of the analysis stage."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Attach this stage's commands to the main app."""
