"""The ``parley`` command line: a thin face over the library.

Each command parses its flags, calls one library function, prints the result, and maps
``ParleyError`` to a one-line ``error: ...`` message. Commands live in ``parley.commands.*``
modules, one per pipeline stage, each exposing ``register(app)``.
"""

from __future__ import annotations

import logging

import typer

from parley.commands import analysis, extraction, ingestion, web

__all__ = ["app", "main"]

app = typer.Typer(
    name="parley",
    help="Map who wants what in a peace negotiation, from news coverage, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    """parley: an evidence-linked map of positions in a peace negotiation.

    Example: parley demo
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


for _module in (ingestion, extraction, analysis, web):
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
