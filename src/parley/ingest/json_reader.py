"""JSON and JSON Lines records: article text or HTML plus metadata fields.

Each record is an object with the text in ``Settings.text_field`` or HTML in
``Settings.html_field`` and optional ``title``, ``date``, ``url`` (or ``link``) and ``outlet``
fields (a field's value wins over what the cleaner finds in the text); a WordPress REST post
(``content.rendered`` HTML, ``title.rendered``) is read as such. A ``.json`` file holds one
record, a list of records, or an object with a list under ``articles``/``items``/``records``. A
bad JSON Lines line is an error named ``<file>:<line>``; the other lines still count.

Example::

    >>> line = '{"text": "Envoys met in Geneva on Monday, officials said.", "outlet": "Wire"}'
    >>> [d.meta.outlet for d in read_json_lines(line, "a.jsonl", "text", "html")]
    ['Wire']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import escape
from typing import Any

from parley.errors import InputError
from parley.ingest.dates import parse_date_value
from parley.ingest.html_reader import read_html
from parley.ingest.markup import wordpress_post
from parley.ingest.text_cleaner import clean_crawled_text
from parley.models import ArticleMeta, CleanDocument

__all__ = ["read_json", "read_json_lines", "record_to_document"]

_LIST_KEYS = ("articles", "items", "records", "documents", "data")


def _str_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return value.strip() or None if isinstance(value, str) else None


def record_to_document(
    record: Any, source: str, raw: str, text_field: str, html_field: str
) -> CleanDocument:
    """One record as a document; raises InputError when it holds no text."""
    if not isinstance(record, dict):
        raise InputError(source, "record is not a JSON object")
    title = _str_field(record, "title")
    text_value = record.get(text_field)
    html_value = record.get(html_field)
    post = wordpress_post(record)  # a WordPress REST post: HTML under content.rendered
    if post is not None and not (isinstance(text_value, str) and text_value.strip()):
        title, content, _ = post
        html_value = f"<html><head><title>{escape(title or '')}</title></head>"
        html_value += f"<body><article>{content}</article></body></html>"
    if isinstance(text_value, str) and text_value.strip():
        cleaned = clean_crawled_text(text_value, title=title or "")
        found = ArticleMeta(
            title=cleaned.title, date=cleaned.date, outlet=cleaned.outlet, url=cleaned.url
        )
        text = cleaned.text
    elif isinstance(html_value, str) and html_value.strip():
        page = read_html(html_value, source, url=_str_field(record, "url"))
        found, text = page.meta, page.text
    else:
        raise InputError(source, f"no text in field '{text_field}' or '{html_field}'")
    if not text.strip():
        raise InputError(source, "record has no article text after cleaning")
    meta = ArticleMeta(
        title=title or found.title,
        date=parse_date_value(record.get("date")) or found.date,
        outlet=_str_field(record, "outlet") or found.outlet,
        url=_str_field(record, "url") or _str_field(record, "link") or found.url,
    )
    return CleanDocument(meta=meta, text=text, raw=raw, raw_format="json", source_path=source)


def read_json_lines(
    text: str, source: str, text_field: str, html_field: str
) -> Iterator[CleanDocument | InputError]:
    """Documents of a JSON Lines file; a bad line yields an InputError named ``source:line``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        try:
            yield record_to_document(record, name, line, text_field, html_field)
        except InputError as exc:
            yield exc


def read_json(
    text: str, source: str, text_field: str, html_field: str
) -> Iterator[CleanDocument | InputError]:
    """Documents of a ``.json`` file (one record or a list); invalid JSON raises InputError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON ({exc.msg}, line {exc.lineno})") from None
    if isinstance(data, dict):
        listed = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        records = listed if listed is not None else [data]
    elif isinstance(data, list):
        records = data
    else:
        raise InputError(source, "JSON is neither an object nor a list of objects")
    if not records:
        raise InputError(source, "no records")
    single = len(records) == 1
    for number, record in enumerate(records, start=1):
        name = source if single else f"{source}#{number}"
        raw = json.dumps(record, ensure_ascii=False)
        try:
            yield record_to_document(record, name, raw, text_field, html_field)
        except InputError as exc:
            yield exc
