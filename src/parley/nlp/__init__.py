"""parley.nlp: sentences, actors, issues, attribution, stance, modality, events; evaluation.

Example::

    from parley.nlp import extract_paths
    for result in extract_paths(["article.txt"]):
        print([(p.actor, p.issue, p.stance) for p in result.positions])
"""

from __future__ import annotations

from typing import Any

__all__ = ["PIPELINE_VERSION", "extract_paths"]

# Bump when extraction behaviour changes: stored positions record it and are re-derived.
PIPELINE_VERSION = "3.2"


def __getattr__(name: str) -> Any:
    # lazy: importing parley.nlp must not load spaCy
    if name == "extract_paths":
        from parley.nlp.extract import extract_paths

        return extract_paths
    if name == "evaluate":
        from parley.nlp.evaluate import evaluate

        return evaluate
    if name == "process":
        from parley.nlp.processing import process

        return process
    raise AttributeError(f"module 'parley.nlp' has no attribute {name!r}")
