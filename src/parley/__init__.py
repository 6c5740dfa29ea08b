"""parley: turn news coverage of a peace negotiation into an evidence-linked map of who wants what.

The Python API mirrors the CLI, and imports lazily so ``import parley`` stays cheap::

    import parley
    report = parley.ingest(["news/"], settings=parley.Settings(db="sqlite:///talks.db"))
    for result in parley.extract(["article.txt"]):
        print(result.positions)
"""

from __future__ import annotations

import importlib
from typing import Any

from parley._version import __version__

# public name -> (module, attribute or None for the module itself)
_LAZY: dict[str, tuple[str, str | None]] = {
    "Settings": ("parley.settings", "Settings"),
    "ingest": ("parley.ingest", None),  # the package is callable: parley.ingest([...])
    "extract": ("parley.nlp", "extract_paths"),
    "process": ("parley.nlp", "process"),
    "evaluate": ("parley.nlp", "evaluate"),
    "load_pack": ("parley.packs", "load_pack"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'parley' has no attribute {name!r}")
    module_name, attr = _LAZY[name]
    module = importlib.import_module(module_name)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value
