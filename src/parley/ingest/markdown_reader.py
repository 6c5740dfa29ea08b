"""Markdown articles: front matter and the first ``#`` heading give metadata, markup is removed.

Example::

    >>> md = "---\\ntitle: Talks resume\\ndate: 2026-01-29\\n---\\nEnvoys met in **Geneva** today."
    >>> doc = read_markdown(md, "a.md")
    >>> (doc.meta.title, str(doc.meta.date), doc.text)
    ('Talks resume', '2026-01-29', 'Envoys met in Geneva today.')
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from parley.errors import InputError
from parley.ingest.dates import parse_date_value
from parley.ingest.text_cleaner import clean_crawled_text
from parley.models import ArticleMeta, CleanDocument

__all__ = ["markdown_to_text", "read_markdown"]

_FRONT = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.DOTALL)
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def markdown_to_text(md: str) -> str:
    """Plain text of Markdown: links keep their words, images and markup go."""
    text = re.sub(r"```.*?```", "", md, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", r"\1", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*_]\s*){3,}$", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    return re.sub(r"`([^`]*)`", r"\1", text)


def read_markdown(md: str, source: str) -> CleanDocument:
    """One article from a Markdown file."""
    front: dict[str, Any] = {}
    body = md
    m = _FRONT.match(md)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise InputError(source, f"malformed front matter ({exc.__class__.__name__})") from None
        front = loaded if isinstance(loaded, dict) else {}
        body = md[m.end() :]
    title = str(front.get("title") or "").strip() or None
    h1 = _H1.search(body)
    if title is None and h1:
        title = h1.group(1).strip()
    if h1 and h1.group(1).strip() == title:
        body = body[: h1.start()] + body[h1.end() :]
    cleaned = clean_crawled_text(markdown_to_text(body), title=title or "")
    if not cleaned.text.strip():
        raise InputError(source, "no article text in Markdown")
    outlet = front.get("outlet") or front.get("site") or front.get("publisher")
    url = front.get("url") or front.get("canonical_url")
    meta = ArticleMeta(
        title=title or cleaned.title,
        date=parse_date_value(front.get("date")) or cleaned.date,
        outlet=str(outlet).strip() if outlet else cleaned.outlet,
        url=str(url).strip() if url else cleaned.url,
    )
    return CleanDocument(
        meta=meta, text=cleaned.text, raw=md, raw_format="markdown", source_path=source
    )
