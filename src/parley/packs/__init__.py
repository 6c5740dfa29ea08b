"""Domain packs: actors, issues and cue lexicons of one peace process, as validated YAML data.

Example::

    >>> from parley.packs import load_pack
    >>> pack = load_pack("ukraine")
    >>> sorted(pack.issue_ids)[:2]
    ['armed_forces', 'ceasefire']
"""

from __future__ import annotations

from parley.packs.loader import available_packs, load_pack, resolve_pack_dir
from parley.packs.model import (
    Actor,
    Framing,
    FramingMarker,
    Issue,
    IssueCue,
    IssueExample,
    Lexicon,
    Pack,
    PackInfo,
    Person,
    Phrasal,
)

__all__ = [
    "Actor",
    "Framing",
    "FramingMarker",
    "Issue",
    "IssueCue",
    "IssueExample",
    "Lexicon",
    "Pack",
    "PackInfo",
    "Person",
    "Phrasal",
    "available_packs",
    "load_pack",
    "resolve_pack_dir",
]
