"""The Jinja2 environment of the pages: autoescaping always on, helpers for highlighting.

Article text is untrusted; it is only ever passed to templates as plain strings (escaped on
output), never marked safe.

Example::

    >>> segments("abcdef", [(1, 3, {"n": 1})])[1].text
    'bc'
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

__all__ = ["Segment", "http_url", "segments", "templates"]

TEMPLATES = Path(__file__).with_name("templates")


@dataclass
class Segment:
    """A run of text; ``marks`` are the extracted spans that cover it (empty = plain text)."""

    text: str
    marks: list[dict[str, Any]] = field(default_factory=list)


def segments(text: str, spans: list[tuple[int, int, dict[str, Any]]]) -> list[Segment]:
    """Cut ``text`` at every span boundary so overlapping spans become flat, markable runs."""
    n = len(text)
    clean = [(max(0, s), min(n, e), m) for s, e, m in spans if 0 <= s < e and s < n]
    cuts = sorted({0, n, *(s for s, _, _ in clean), *(e for _, e, _ in clean)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        if a == b:
            continue
        covering = [m for s, e, m in clean if s <= a and b <= e]
        out.append(Segment(text=text[a:b], marks=covering))
    return out


def http_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else ``None``: stored URLs come from untrusted input,
    and a ``javascript:`` or ``data:`` URL must never become a link."""
    if not value:
        return None
    scheme = urlsplit(value.strip()).scheme.lower()
    return value if scheme in ("http", "https") else None


def _query(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "", [])}, doseq=True)


_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["query"] = _query
_env.filters["http_url"] = http_url
templates = Jinja2Templates(env=_env)
