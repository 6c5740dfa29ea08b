"""URL inputs against a web server the test starts on loopback: pages, feeds, URL lists, redirects,
wrong content types, oversized bodies and HTTP errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from parley.cli import app
from parley.errors import InputError
from parley.ingest import read_documents
from parley.models import CleanDocument
from parley.settings import Settings
from parley.store import open_engine, session_scope
from parley.store.schema import Article

_PAGE = """<!doctype html><html><head>
<title>Envoys set a date for the next round | Quay Post</title>
<meta property="og:site_name" content="Quay Post">
<meta property="article:published_time" content="2026-02-14T09:00:00Z">
<link rel="canonical" href="https://quaypost.example/world/envoys-set-date"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys set a date for the next round</h1>
<p>Envoys from both governments agreed on Saturday to meet again in Istanbul on March 2, the
mediators said after a day of talks that both sides described as difficult.</p>
<p>The foreign minister said his country was ready to discuss a monitored ceasefire but would not
withdraw its troops from the regions it holds before a final agreement was signed.</p>
<p>Officials of the other delegation said security guarantees had to come first and that any
ceasefire without them would only give the army time to regroup.</p></article>
<footer>Copyright 2026 Quay Post. All rights reserved.</footer></body></html>"""

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Quay Post - Talks</title><link>https://quaypost.example</link>
<item><title>Observers arrive at the contact line</title>
<link>https://quaypost.example/talks/observers-arrive</link>
<pubDate>Tue, 17 Feb 2026 08:00:00 GMT</pubDate>
<description><![CDATA[<p>The first team of international observers arrived at the contact line on
Monday, the monitoring mission said in a statement.</p><p>The post Observers arrive appeared first
on Quay Post.</p>]]></description></item>
<item><title>Prisoner exchange completed</title>
<link>https://quaypost.example/talks/prisoner-exchange</link>
<pubDate>Wed, 18 Feb 2026 10:30:00 GMT</pubDate>
<description>Both sides released one hundred prisoners each on Wednesday under the deal agreed last
week, the mediators said.</description></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, ctype: str, body: bytes, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, "text/html; charset=utf-8", _PAGE.encode())
        elif path == "/feed.xml":
            self._send(200, "application/rss+xml", _FEED.encode())
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/article.html" if n == 0 else f"/hop/{n - 1}"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/photo.jpg":
            self._send(200, "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        elif path == "/big.html":
            self._send(
                200, "text/html", b"<html><body><p>" + b"word " * 20000 + b"</p></body></html>"
            )
        elif path == "/big-unannounced.html":
            body = b"<html><body><p>" + b"word " * 20000 + b"</p></body></html>"
            self._send(200, "text/html", body, length=False)
        else:
            self._send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _read(inputs: list[str], **settings: object) -> list[CleanDocument | InputError]:
    return list(read_documents(inputs, Settings(http_timeout=5, **settings)))  # type: ignore[arg-type]


def test_html_page_by_url(server: str) -> None:
    (doc,) = _read([f"{server}/article.html"])
    assert isinstance(doc, CleanDocument)
    assert doc.meta.title == "Envoys set a date for the next round"
    assert doc.meta.outlet == "Quay Post"
    assert str(doc.meta.date) == "2026-02-14"
    assert doc.meta.url == "https://quaypost.example/world/envoys-set-date"
    assert doc.text.startswith("Envoys from both governments agreed on Saturday")
    assert "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.raw_format == "html" and doc.source_path == f"{server}/article.html"


def test_feed_by_url_gives_one_document_per_entry(server: str) -> None:
    docs = _read([f"{server}/feed.xml"])
    assert [d.meta.title for d in docs if isinstance(d, CleanDocument)] == [
        "Observers arrive at the contact line",
        "Prisoner exchange completed",
    ]
    first = docs[0]
    assert isinstance(first, CleanDocument)
    assert first.meta.url == "https://quaypost.example/talks/observers-arrive"
    assert str(first.meta.date) == "2026-02-17"
    assert first.meta.outlet == "Quay Post - Talks"
    assert "appeared first" not in first.text
    assert first.source_path == f"{server}/feed.xml#0"


def test_redirects_within_the_limit_are_followed(server: str) -> None:
    (doc,) = _read([f"{server}/hop/2"], http_max_redirects=3)
    assert isinstance(doc, CleanDocument)
    assert doc.meta.title == "Envoys set a date for the next round"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/hop/6", "too many redirects (limit 3)"),
        ("/photo.jpg", "unsupported content type 'image/jpeg'"),
        ("/big.html", "too large"),
        ("/big-unannounced.html", "too large"),
        ("/missing.html", "HTTP 404"),
    ],
)
def test_bad_urls_are_errors(server: str, path: str, reason: str) -> None:
    (error,) = _read([f"{server}{path}"], http_max_redirects=3, max_bytes=50_000)
    assert isinstance(error, InputError)
    assert error.source == f"{server}{path}"
    assert reason in error.reason


def test_url_list_file_through_the_cli(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# today's reading\n{server}/article.html\n\n{server}/feed.xml\n{server}/photo.jpg\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'web.db'}"
    result = CliRunner().invoke(
        app, ["ingest", str(listing), "--db", db], env={"PARLEY_HTTP_CONCURRENCY": "2"}
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {server}/photo.jpg: unsupported content type 'image/jpeg'"
    ]
    assert "ingested 3 new, 0 duplicates, 0 updated, 1 errors" in result.stdout
    engine = open_engine(db)
    with session_scope(engine) as session:
        paths = list(session.scalars(select(Article.source_path).order_by(Article.id)))
    assert paths == [f"{server}/article.html", f"{server}/feed.xml#0", f"{server}/feed.xml#1"]
