"""Flag declarations and error mapping shared by every command module."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from parley.errors import ParleyError

__all__ = [
    "DB_OPTION",
    "JSON_OPTION",
    "PACK_OPTION",
    "console",
    "echo_json",
    "err_console",
    "fail_on_error",
]

DB_OPTION: Any = typer.Option(
    None, "--db", envvar="PARLEY_DB", help="Database URL (default sqlite:///parley.db)."
)
PACK_OPTION: Any = typer.Option(
    None, "--pack", help="Domain pack name or folder (default ukraine)."
)
JSON_OPTION: Any = typer.Option(False, "--json", help="Print JSON instead of a table.")

console = Console()
err_console = Console(stderr=True)


@contextmanager
def fail_on_error() -> Iterator[None]:
    """Turn a ParleyError into ``error: <message>`` on stderr and exit status 1."""
    try:
        yield
    except ParleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(1) from None


def echo_json(data: Any, default: Callable[[Any], Any] | None = None) -> None:
    """Print JSON to stdout (dates as ISO strings)."""
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=default or str) + "\n")
