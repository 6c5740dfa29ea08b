"""Fetching URLs with httpx: timeouts, a size cap, a redirect limit and a content-type check.

One shared client per run; the caller bounds concurrency (``Settings.http_concurrency``).

Example::

    with make_client(settings) as client:
        page = fetch_url(client, "https://example.org/news/1", settings)
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from parley.errors import InputError
from parley.ingest.decoding import check_size
from parley.ingest.sources import Format
from parley.settings import Settings

__all__ = ["CONTENT_TYPES", "Fetched", "fetch_url", "make_client"]

# Accepted media types and the format each one announces (None: look at the content).
CONTENT_TYPES: dict[str, Format | None] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "application/xml": None,
    "text/xml": None,
    "text/plain": None,
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


@dataclass(frozen=True)
class Fetched:
    """A fetched body with the final URL (after redirects) and what the server said it is."""

    url: str
    data: bytes
    media_type: str
    charset: str | None
    format: Format | None


def make_client(settings: Settings) -> httpx.Client:
    """An httpx client configured from settings (timeouts, redirects, user agent)."""
    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=True,
        max_redirects=settings.http_max_redirects,
        headers={"User-Agent": settings.user_agent, "Accept": ", ".join(CONTENT_TYPES)},
    )


def fetch_url(client: httpx.Client, url: str, settings: Settings) -> Fetched:
    """GET ``url``; raises InputError with a one-line reason on any failure."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(
                    url, f"HTTP {response.status_code} {response.reason_phrase}".strip()
                )
            header = response.headers.get("content-type", "")
            media_type = header.split(";")[0].strip().lower()
            if media_type not in CONTENT_TYPES:
                raise InputError(url, f"unsupported content type '{media_type or 'none'}'")
            length = response.headers.get("content-length")
            if length and length.isdigit():
                check_size(int(length), settings.max_bytes, url)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                check_size(len(body), settings.max_bytes, url)
            return Fetched(
                url=str(response.url),
                data=bytes(body),
                media_type=media_type,
                charset=response.charset_encoding,
                format=CONTENT_TYPES[media_type],
            )
    except httpx.TooManyRedirects:
        raise InputError(url, f"too many redirects (limit {settings.http_max_redirects})") from None
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {settings.http_timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise InputError(url, f"cannot connect ({exc})") from None
    except httpx.InvalidURL as exc:
        raise InputError(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"fetch failed ({exc.__class__.__name__}: {exc})") from None
