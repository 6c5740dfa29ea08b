"""Crawled "text" files whose body is still markup: a WordPress REST post (the JSON a crawler
gets from ``/wp-json/wp/v2/posts/...``, article HTML under ``content.rendered``) or raw HTML
fragments (``<p>...</p>`` lines). Both are turned into plain paragraphs before the crawled-text
cleaner runs, so their tags, attributes and JSON fields never reach the parser as words.

A post cut off mid-string (crawls truncate) still yields what it holds: the ``rendered``
strings are salvaged one by one when the object as a whole is not valid JSON.

Example::

    >>> post = '{"title": {"rendered": "Talks resume"}, '
    >>> post += '"content": {"rendered": "<p>Envoys met.</p><p>More soon.</p>"}}'
    >>> unwrap_markup(post)
    'Talks resume\\n\\nEnvoys met.\\n\\nMore soon.'
"""

from __future__ import annotations

import json
import re
from typing import Any

from parley.ingest.html_reader import html_to_text

__all__ = ["unwrap_markup", "wordpress_post"]

_TAG = re.compile(
    r"<\\?/?(?:p|div|span|h[1-6]|strong|em|b|i|a|br|li|ul|ol|blockquote|figure|figcaption|img"
    r"|section|article|table|tr|td)\b[^>]*>",
    re.IGNORECASE,
)
_RENDERED = re.compile(r'"(title|content)"\s*:\s*\{\s*"rendered"\s*:\s*"((?:[^"\\]|\\.)*)')
_DATE = re.compile(r'"date"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _decoded(body: str) -> str:
    """A JSON string body, possibly cut short inside an escape sequence."""
    for cut in range(7):
        try:
            value = json.loads('"' + body[: len(body) - cut] + '"')
        except json.JSONDecodeError:
            continue
        return value if isinstance(value, str) else ""
    return ""


def wordpress_post(record: Any) -> tuple[str | None, str, str | None] | None:
    """(title, content HTML, date) of a WordPress REST post object, else None."""
    if not isinstance(record, dict):
        return None
    content = record.get("content")
    if not isinstance(content, dict) or not isinstance(content.get("rendered"), str):
        return None
    title = record.get("title")
    title_text = title.get("rendered") if isinstance(title, dict) else title
    date = record.get("date")
    return (
        " ".join(_blocks(title_text)) or None if isinstance(title_text, str) else None,
        content["rendered"],
        date[:10] if isinstance(date, str) else None,
    )


def _blocks(html: str) -> list[str]:
    return [line for line in html_to_text(html).split("\n") if line.strip()]


def _post_paragraphs(line: str) -> list[str] | None:
    """The paragraphs of a line holding a WordPress post (complete or truncated), else None."""
    if not line.lstrip().startswith("{") or '"rendered"' not in line:
        return None
    try:
        post = wordpress_post(json.loads(line))
    except json.JSONDecodeError:
        post = None
    if post is None:  # truncated: salvage the rendered strings
        fields = {name: _decoded(body) for name, body in _RENDERED.findall(line)}
        if "content" not in fields:
            return None
        dated = _DATE.search(line)
        headline = " ".join(_blocks(fields.get("title", ""))) or None
        post = (headline, fields["content"], dated.group(1) if dated else None)
    title, html, date = post
    return [p for p in (title, date) if p] + _blocks(html)


def unwrap_markup(raw: str) -> str:
    """``raw`` with WordPress post objects and HTML fragment lines replaced by their text,
    one paragraph per block element."""
    if "<" not in raw and '"rendered"' not in raw:
        return raw
    out: list[str] = []
    changed = False
    for line in raw.split("\n"):
        paragraphs = _post_paragraphs(line)
        if paragraphs is None and _TAG.search(line):
            paragraphs = _blocks("<div>" + line.replace("<\\/", "</") + "</div>")
        if paragraphs is None:
            out.append(line)
        else:
            changed = True
            out += ["", "\n\n".join(paragraphs), ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") if changed else raw
