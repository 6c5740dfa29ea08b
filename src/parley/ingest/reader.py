"""Reading inputs into cleaned documents without storing them (shared by ingest and the NLP stage).

Sources are read in the order given; URLs (named directly or listed in a URL-list file) are
fetched ahead in a small thread pool (``Settings.http_concurrency``) and still come out in order.
A bad input never stops the run: it comes out as an ``InputError`` in the stream.

Example::

    from parley.ingest import read_documents
    from parley.settings import Settings

    for item in read_documents(["news/", "https://example.org/feed.xml"], Settings()):
        if isinstance(item, Exception):
            print(f"error: {item}")
        else:
            print(item.meta.title, len(item.text))
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import httpx

from parley.errors import InputError
from parley.ingest.decoding import check_size, decode_bytes
from parley.ingest.feed_reader import looks_like_feed, read_feed
from parley.ingest.fetch import fetch_url, make_client
from parley.ingest.html_reader import read_html
from parley.ingest.json_reader import read_json, read_json_lines
from parley.ingest.language import detect_language
from parley.ingest.markdown_reader import read_markdown
from parley.ingest.markup import unwrap_markup
from parley.ingest.sources import (
    Format,
    Source,
    expand_inputs,
    format_for_path,
    sniff_format,
    url_list,
)
from parley.ingest.text_cleaner import clean_crawled_text
from parley.models import ArticleMeta, CleanDocument
from parley.settings import Settings

__all__ = ["documents_from_text", "read_documents"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Loaded:
    """A source's decoded text, ready to be parsed."""

    name: str
    text: str
    format: Format
    url: str | None = None


def _scrub(value: str) -> str:
    """Text every database accepts: no NUL characters, no lone surrogates (JSON can carry both)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", errors="replace").decode("utf-8")
    return value


def _scrubbed(doc: CleanDocument) -> CleanDocument:
    meta = doc.meta.model_copy(
        update={
            key: _scrub(value)
            for key in ("title", "outlet", "url")
            if isinstance(value := getattr(doc.meta, key), str)
        }
    )
    return doc.model_copy(update={"meta": meta, "text": _scrub(doc.text), "raw": _scrub(doc.raw)})


def _read_file(source: Source, settings: Settings) -> _Loaded:
    assert source.path is not None
    try:
        size = source.path.stat().st_size
        check_size(size, settings.max_bytes, source.name)
        data = source.path.read_bytes()
    except OSError as exc:
        raise InputError(source.name, f"cannot read ({exc.strerror or exc})") from None
    text = decode_bytes(data, source.name)
    fmt = format_for_path(source.path)
    if fmt == "text" and url_list(text):
        fmt = "urls"
    elif fmt is None or (fmt == "feed" and not looks_like_feed(text)):
        fmt = sniff_format(text)
    return _Loaded(source.name, text, fmt)


def _read_stdin(settings: Settings) -> _Loaded:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    check_size(len(data), settings.max_bytes, "stdin")
    text = decode_bytes(data, "stdin")
    return _Loaded("stdin", text, sniff_format(text))


def _fetch(client: httpx.Client, url: str, settings: Settings) -> _Loaded | InputError:
    try:
        fetched = fetch_url(client, url, settings)
        text = decode_bytes(fetched.data, url, declared=fetched.charset)
    except InputError as exc:
        return exc
    fmt = fetched.format or sniff_format(text)
    if fmt == "urls":
        fmt = "text"  # a fetched page is never followed as a URL list
    if fetched.media_type in ("application/xml", "text/xml") and fmt not in ("feed", "html"):
        return InputError(url, "XML that is neither a feed nor a web page")
    return _Loaded(url, text, fmt, url=fetched.url)


def documents_from_text(
    loaded_text: str, name: str, fmt: Format, settings: Settings, url: str | None = None
) -> Iterator[CleanDocument | InputError]:
    """Parse decoded text of a known format into documents (errors are yielded, not raised)."""
    try:
        if fmt == "html":
            yield read_html(loaded_text, name, url=url)
        elif fmt == "feed":
            yield from read_feed(loaded_text, name)
        elif fmt == "json":
            yield from read_json(loaded_text, name, settings.text_field, settings.html_field)
        elif fmt == "jsonl":
            yield from read_json_lines(loaded_text, name, settings.text_field, settings.html_field)
        elif fmt == "markdown":
            yield read_markdown(loaded_text, name)
        else:
            cleaned = clean_crawled_text(unwrap_markup(loaded_text))
            if not cleaned.text.strip():
                raise InputError(name, "no article text left after removing boilerplate")
            meta = ArticleMeta(
                title=cleaned.title,
                date=cleaned.date,
                outlet=cleaned.outlet,
                url=cleaned.url or url,
            )
            yield CleanDocument(
                meta=meta, text=cleaned.text, raw=loaded_text, raw_format="text", source_path=name
            )
    except InputError as exc:
        yield exc


def _units(inputs: Sequence[str], settings: Settings) -> Iterator[_Loaded | InputError | str]:
    """Loaded files, errors, and URLs still to fetch (as plain strings), in input order."""
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield item
        elif item.kind == "url":
            yield item.name
        else:
            try:
                loaded = (
                    _read_stdin(settings) if item.kind == "stdin" else _read_file(item, settings)
                )
            except InputError as exc:
                yield exc
                continue
            if loaded.format == "urls":
                yield from url_list(loaded.text) or []
            else:
                yield loaded


def read_documents(
    inputs: Sequence[str], settings: Settings
) -> Iterator[CleanDocument | InputError]:
    """Cleaned documents with metadata and detected language, or the error of a bad input.

    Nothing is stored. Example: ``list(read_documents(["article.txt"], Settings()))``.
    """
    window = max(2, settings.http_concurrency * 2)
    pending: deque[_Loaded | InputError | Future[_Loaded | InputError]] = deque()
    units = _units(inputs, settings)
    with (
        make_client(settings) as client,
        ThreadPoolExecutor(
            max_workers=settings.http_concurrency, thread_name_prefix="fetch"
        ) as pool,
    ):
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                unit = next(units, None)
                if unit is None:
                    exhausted = True
                elif isinstance(unit, str):
                    pending.append(pool.submit(_fetch, client, unit, settings))
                else:
                    pending.append(unit)
            if not pending:
                return
            head = pending.popleft()
            ready = head.result() if isinstance(head, Future) else head
            if isinstance(ready, InputError):
                log.info("input error: %s", ready)
                yield ready
                continue
            for doc in documents_from_text(
                ready.text, ready.name, ready.format, settings, ready.url
            ):
                if isinstance(doc, CleanDocument):
                    doc = _scrubbed(doc)
                    doc.meta.language = detect_language(doc.text)
                yield doc
