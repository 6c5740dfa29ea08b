"""HTML pages: main text and metadata with trafilatura, the publication date with htmldate
(through trafilatura's metadata, or called directly when that finds none).

trafilatura drops navigation, comments and other page furniture; when it finds no main text
(short pages, unusual markup) the visible block text goes through our crawled-text cleaner
instead. A page with no readable text at all is an input error.

Example::

    >>> page = "<html><head><title>Talks resume</title></head><body><article>"
    >>> page += "<p>Negotiators met again in Geneva on Thursday, officials said.</p>"
    >>> page += "</article></body></html>"
    >>> read_html(page, "page.html").text
    'Negotiators met again in Geneva on Thursday, officials said.'
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import lxml.html  # type: ignore[import-untyped]
from htmldate import find_date as htmldate_find_date
from lxml import etree
from trafilatura import bare_extraction

from parley.errors import InputError
from parley.ingest.dates import parse_date_value
from parley.ingest.text_cleaner import CleanedText, clean_crawled_text, fix_glued_sentences
from parley.models import ArticleMeta, CleanDocument

__all__ = ["html_to_text", "read_html"]

log = logging.getLogger(__name__)

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "aside",
    "nav",
    "ul",
    "ol",
    "table",
    "main",
}
_SHORT_EXTRACT = 1500  # characters; below this trafilatura's result is checked against the page
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button"}


def html_to_text(html: str) -> str:
    """Visible text of an HTML document or fragment, one block element per line."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def inline(text: str | None) -> None:
        if text:  # line breaks inside HTML text are plain spaces
            parts.append(re.sub(r"\s+", " ", text))

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS:
            inline(el.tail)
            return
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if tag:
            inline(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        inline(el.tail)

    walk(root)
    text = "".join(parts)
    return "\n".join(re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))


def _find_date(html: str, url: str | None) -> dt.date | None:
    try:
        found = htmldate_find_date(
            html, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception as exc:  # htmldate raises assorted errors on odd markup
        log.debug("htmldate failed: %s", exc)
        return None
    return parse_date_value(found) if found else None


def read_html(html: str, source: str, *, url: str | None = None) -> CleanDocument:
    """One article from an HTML page; ``url`` is where it was fetched from (if it was)."""
    if not re.search(r"<[a-zA-Z!]", html):
        raise InputError(source, "malformed HTML (no markup found)")
    try:
        doc = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura surfaces parser errors of many kinds
        log.debug("trafilatura failed on %s: %s", source, exc)
        doc = None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = str(data.get("text") or "").strip()
    title = str(data.get("title") or "").strip() or None
    fallback: CleanedText | None = None
    if len(text) < _SHORT_EXTRACT:  # little or nothing found: compare with the visible blocks
        fallback = clean_crawled_text(html_to_text(html), title=title)
        if len(text) < len(fallback.text) // 4:
            text = fallback.text
            title = title or fallback.title
    if fallback is None or text != fallback.text:
        text = clean_crawled_text(text, title=title or "").text or text
    text = fix_glued_sentences(text)
    if not text.strip():
        raise InputError(source, "malformed HTML (no readable text found)")
    page_url = str(data.get("url") or "").strip() or url
    meta = ArticleMeta(
        title=title,
        date=parse_date_value(data.get("date")) or _find_date(html, page_url),
        outlet=str(data.get("sitename") or "").strip() or (fallback.outlet if fallback else None),
        url=page_url if page_url and page_url.startswith(("http://", "https://")) else None,
    )
    return CleanDocument(meta=meta, text=text, raw=html, raw_format="html", source_path=source)
