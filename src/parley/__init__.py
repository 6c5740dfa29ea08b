"""parley: turn news coverage of a peace negotiation into an evidence-linked map of who wants what.

The Python API mirrors the CLI: ``parley.ingest(...)``, ``parley.extract(...)``,
``parley.process(...)``. Imports are lazy so ``import parley`` stays cheap.
"""

from __future__ import annotations

from parley._version import __version__

__all__ = ["__version__"]
