"""Domain errors. Faces (CLI, web) map them to one clear line; library code raises them."""

from __future__ import annotations

__all__ = ["InputError", "NotFoundError", "PackError", "ParleyError"]


class ParleyError(Exception):
    """Base class of every error parley reports to a user."""


class InputError(ParleyError):
    """One input could not be read or parsed. ``source`` names it (path or URL)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PackError(ParleyError):
    """A domain pack is missing or invalid; the message names the file and the field."""


class NotFoundError(ParleyError):
    """A requested record (article, actor, issue) does not exist."""
