"""parley.ingest: raw news in (files, directories, globs, stdin, URLs, feeds), clean deduplicated
articles stored.

The package itself is callable: ``parley.ingest(inputs, settings=...)`` runs
:func:`parley.ingest.pipeline.ingest` and returns an :class:`IngestReport`.
``read_documents`` reads and cleans without storing (the NLP stage builds on it).

Example::

    import parley
    from parley.ingest import read_documents
    from parley.settings import Settings

    report = parley.ingest(["news/"], settings=Settings(db="sqlite:///talks.db"))
    docs = [d for d in read_documents(["news/"], Settings()) if not isinstance(d, Exception)]
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

from parley.ingest.pipeline import IngestReport, ingest
from parley.ingest.reader import read_documents
from parley.settings import Settings

__all__ = ["IngestReport", "ingest", "read_documents"]


class _CallableModule(types.ModuleType):
    """Module type whose instances can be called: ``parley.ingest([...])``."""

    def __call__(
        self,
        inputs: Sequence[str],
        settings: Settings | None = None,
        *,
        on_item: Callable[[str, str], None] | None = None,
        **overrides: Any,
    ) -> IngestReport:
        if overrides:
            settings = (settings or Settings()).model_copy(update=overrides)
        return ingest(inputs, settings, on_item=on_item)


sys.modules[__name__].__class__ = _CallableModule
