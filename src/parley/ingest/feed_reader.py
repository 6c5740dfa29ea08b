"""RSS and Atom feeds (files or URLs) with feedparser: each entry becomes one document.

An entry's text is its full content when the feed carries it, else its summary; its link, date
and title are the document's metadata, and the feed's title is the outlet. A feed that does not
parse (truncated, not well-formed XML) or has no entries is an input error, and none of it is
stored; an entry without text is an error of its own (named ``<feed>#<entry index>``, counted
from 0) and the other entries still count.

Example::

    >>> xml = '<rss version="2.0"><channel><title>Wire</title><item><title>Talks</title>'
    >>> xml += '<link>https://wire.example/a</link><description>Envoys met in Geneva today.'
    >>> xml += '</description></item></channel></rss>'
    >>> [d.meta.url for d in read_feed(xml, "wire.xml") if not isinstance(d, Exception)]
    ['https://wire.example/a']
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from parley.errors import InputError
from parley.ingest.dates import parse_date_value
from parley.ingest.html_reader import html_to_text
from parley.ingest.text_cleaner import clean_crawled_text
from parley.models import ArticleMeta, CleanDocument

__all__ = ["looks_like_feed", "read_feed"]

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def looks_like_feed(text: str) -> bool:
    """True when the start of ``text`` is an RSS, Atom or RDF document."""
    return bool(_FEED_ROOT.search(text[:2000]))


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    for key in ("published", "updated", "date"):
        found = parse_date_value(entry.get(key))
        if found:
            return found
    return None


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [str(c.get("value") or "") for c in contents if c.get("value")]
    if values:
        return max(values, key=len)
    return str(entry.get("summary") or entry.get("description") or "")


def _is_fatal(problem: object) -> bool:
    """A broken feed (truncated, not well-formed) is rejected whole, so none of it is stored;
    HTML entities undefined in XML (``&nbsp;``) and charset mislabels are tolerated."""
    name = problem.__class__.__name__
    if name in ("CharacterEncodingOverride", "NonXMLContentType"):
        return False
    return "undefined entity" not in str(problem)


def read_feed(text: str, source: str) -> Iterator[CleanDocument | InputError]:
    """Documents (or per-entry errors) of one feed; raises InputError for an unusable feed."""
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.entries)
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    if problem is not None and _is_fatal(problem):
        reason = str(problem).splitlines()[0] or problem.__class__.__name__
        raise InputError(source, f"malformed feed ({reason})")
    if not entries:
        raise InputError(source, "feed has no entries")
    outlet = str(parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(entries):
        name = f"{source}#{number}"
        html = _entry_html(entry)
        title = str(entry.get("title") or "").strip() or None
        body = html_to_text(html) if "<" in html else html
        cleaned = clean_crawled_text(body, title=title or "")
        if not cleaned.text.strip():
            yield InputError(name, "feed entry has no text")
            continue
        link = str(entry.get("link") or "").strip() or None
        raw = json.dumps(
            {"title": title, "link": link, "published": entry.get("published"), "content": html},
            ensure_ascii=False,
        )
        meta = ArticleMeta(title=title, date=_entry_date(entry), outlet=outlet, url=link)
        yield CleanDocument(
            meta=meta, text=cleaned.text, raw=raw, raw_format="feed", source_path=name
        )
