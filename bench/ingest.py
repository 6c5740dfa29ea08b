"""Ingest throughput (articles/s, MB/s) for crawled text and HTML into SQLite and PostgreSQL.

Run: ``python bench/ingest.py [--docs 2000] [--repeat 3] [--no-postgres]``

The corpus is generated at run time into a temporary folder, never stored in the repository:
paragraphs of the seed articles (``../shared/seeds``) and of the bundled sample corpus are mixed
into ``--docs`` distinct articles per format, each wrapped in one of several page templates
(agency page with tags and a contact footer, blog with a comment form and cookie banner, news site
with menus and share widgets); 5% are re-posts of an earlier article under other furniture, so the
dedup paths run too. The same articles are written once as crawled ``.txt`` and once as ``.html``.

For each format the baseline is the bare read + clean (``read_documents``: decode, extract,
clean, detect language, no store), measured in the same run; the store runs are full
``parley.ingest`` calls into a fresh database. ``ratio`` is ingest throughput over the baseline's.
With ``--repeat N`` each measurement is the fastest of N runs (the machine may be busy).
PostgreSQL runs on a throw-away server started on loopback (skipped with a message when the
server binaries are missing).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path

import parley
from parley.ingest import IngestReport, read_documents
from parley.ingest.text_cleaner import clean_crawled_text
from parley.settings import Settings
from parley.store.tempserver import temporary_postgres

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLE = ROOT / "src" / "parley" / "data" / "sample"

_SITES = ["Harbour Gazette", "Northern Wire", "Quay Post", "Valley Courier", "Ridge Report"]
_WIDGETS = ["1920 1080 true", "1920 1440 true"]
_BLOG_TAIL = [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "This website uses cookies to improve your experience. Accept Read More",
    "Back to top",
]
_SHARE = ["Share this article", "Facebook Twitter WhatsApp Email"]
_TAGS = ["ceasefire", "talks", "security", "sanctions", "europe", "diplomacy", "troops", "aid"]


def _paragraph_pool() -> list[str]:
    pool: list[str] = []
    paths = sorted(SEEDS.glob("*.txt")) + sorted(SAMPLE.glob("*.txt"))
    for path in paths:
        cleaned = clean_crawled_text(path.read_text(encoding="utf-8"))
        pool += [p for p in cleaned.text.split("\n\n") if len(p.split()) >= 12]
    if len(pool) < 50:
        raise SystemExit(f"too few paragraphs to build a corpus from {SEEDS} and {SAMPLE}")
    return pool


def _agency_txt(title: str, body: list[str], site: str, i: int, rng: random.Random) -> str:
    url = f"https://{site.lower().replace(' ', '')}.example/2026{i % 12 + 1:02d}15/story-{i}.html"
    stamp = f"2026-{i % 12 + 1:02d}-15T{i % 24:02d}:10+0000"
    tags = rng.sample(_TAGS, 4)
    footer = f"{site} desk@{site.lower().replace(' ', '')}.example +44 20 7946 {i % 10000:04d}"
    head = [url, title, title, site, stamp, stamp, *tags]
    tail = [*tags[:2], footer, footer, *_WIDGETS, site, ", ".join(tags)]
    return "\n\n".join([*head, *body, *tail])


def _blog_txt(title: str, body: list[str], site: str, i: int, rng: random.Random) -> str:
    more = f"More on story {rng.randint(1, 999)}"
    return "\n\n".join([site, title, *body, "Related Articles", more, *_BLOG_TAIL])


def _news_txt(title: str, body: list[str], site: str, i: int, rng: random.Random) -> str:
    date = f"{i % 28 + 1} March 2026, 10:{i % 60:02d}"
    head = [site, "Home | World | Europe | Opinion", "World", title, "By Staff Writer", date]
    tail = [f"© 2026 {site}. All rights reserved.", "Terms of Use | Privacy Policy | Contact"]
    return "\n\n".join([*head, "Reading time: 4 min", *body, *_SHARE, *tail])


def _html(title: str, body: list[str], site: str, i: int, rng: random.Random) -> str:
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in body)
    nav = "".join(f'<a href="/{t}">{t.title()}</a> ' for t in rng.sample(_TAGS, 5))
    return (
        f"<!doctype html><html><head><title>{escape(title)} | {site}</title>"
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="2026-03-{i % 28 + 1:02d}T10:00:00Z">'
        f'<link rel="canonical" href="https://{site.lower().replace(" ", "")}.example/a/{i}">'
        f"</head><body><header><nav>{nav}</nav></header><main><article>"
        f"<h1>{escape(title)}</h1><p class=byline>By Staff Writer</p>{paragraphs}</article>"
        f"<aside><h2>Related</h2><ul><li><a href=/x>Another story</a></li></ul></aside></main>"
        f"<footer><p>© 2026 {site}. All rights reserved.</p><p>Cookie settings</p></footer>"
        "</body></html>"
    )


def build_corpus(root: Path, n_docs: int, seed: int = 11) -> tuple[Path, Path, int]:
    """Write ``n_docs`` text and ``n_docs`` HTML articles; return the two folders and the bytes."""
    rng = random.Random(seed)
    pool = _paragraph_pool()
    text_dir, html_dir = root / "text", root / "html"
    text_dir.mkdir(parents=True)
    html_dir.mkdir()
    templates = [_agency_txt, _blog_txt, _news_txt]
    stories: list[tuple[str, list[str]]] = []
    for i in range(n_docs):
        if stories and rng.random() < 0.05:
            title, body = rng.choice(stories)  # a re-post under other furniture
        else:
            body = rng.sample(pool, rng.randint(5, 10))
            body[0] = f"Dispatch {i}: {body[0]}"
            title = f"Story {i}: " + " ".join(body[1].split()[:8]).rstrip(",.;:")
            stories.append((title, body))
        site = rng.choice(_SITES)
        text = templates[i % 3](title, body, site, i, rng)
        (text_dir / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        (html_dir / f"{i:05d}.html").write_text(_html(title, body, site, i, rng), encoding="utf-8")
    size = sum(p.stat().st_size for p in text_dir.iterdir())
    return text_dir, html_dir, size


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throw-away PostgreSQL server on loopback (None when binaries are missing)."""
    with temporary_postgres(fsync=True) as base:
        yield None if base is None else base + "/postgres"


def _row(label: str, n: int, size: int, seconds: float, base: float | None, extra: str) -> None:
    rate = n / seconds
    ratio = f"{rate / base:6.2f}" if base else "  1.00"
    mb_s = size / seconds / 1e6
    print(f"{label:<22} {n:>6} {seconds:>8.2f} {rate:>10.1f} {mb_s:>8.2f} {ratio}  {extra}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000, help="articles per format (>= 2000)")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL runs")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per measurement; the fastest counts"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parley-bench-ingest-"))
    try:
        text_dir, html_dir, text_bytes = build_corpus(work / "corpus", args.docs)
        html_bytes = sum(p.stat().st_size for p in html_dir.iterdir())
        print(
            f"corpus: {args.docs} text articles ({text_bytes / 1e6:.1f} MB), "
            f"{args.docs} HTML pages ({html_bytes / 1e6:.1f} MB)"
        )
        print(f"{'run':<22} {'docs':>6} {'seconds':>8} {'articles/s':>10} {'MB/s':>8} ratio")
        with postgres_server() if not args.no_postgres else _none() as pg:
            if pg is None and not args.no_postgres:
                print("postgres: skipped (initdb/pg_ctl not installed)")
            for kind, folder, size in (
                ("text", text_dir, text_bytes),
                ("html", html_dir, html_bytes),
            ):
                base_s, docs = _measure_read(folder, args.repeat)
                base_rate = docs / base_s
                _row(f"{kind} read+clean", docs, size, base_s, None, "(baseline, no store)")
                targets = [("sqlite", f"sqlite:///{work / f'{kind}.db'}")]
                if pg:
                    targets.append(("postgres", pg))
                for name, url in targets:
                    seconds, r = _measure_ingest(folder, url, args.repeat)
                    extra = f"({r.new} new, {r.duplicates} dup, {len(r.errors)} err)"
                    _row(f"{kind} ingest {name}", docs, size, seconds, base_rate, extra)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure_read(folder: Path, repeat: int) -> tuple[float, int]:
    """Fastest bare read + clean of ``folder`` (no store), and the number of documents."""
    best, docs = float("inf"), 0
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        docs = sum(1 for _ in read_documents([str(folder)], Settings()))
        best = min(best, time.perf_counter() - start)
    return best, docs


def _measure_ingest(folder: Path, url: str, repeat: int) -> tuple[float, IngestReport]:
    """Fastest full ingest of ``folder`` into an emptied database at ``url``."""
    best = float("inf")
    report: IngestReport | None = None
    for _ in range(max(1, repeat)):
        if url.startswith("sqlite"):
            _reset_sqlite(url)
        else:
            _reset_pg(url)
        start = time.perf_counter()
        report = parley.ingest([str(folder)], settings=Settings(db=url, batch_size=100))
        best = min(best, time.perf_counter() - start)
    assert report is not None
    return best, report


def _reset_sqlite(url: str) -> None:
    path = Path(url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def _none() -> Iterator[None]:
    yield None


def _reset_pg(url: str) -> None:
    """Empty the bench database between runs (drop every table, Alembic recreates them)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


if __name__ == "__main__":
    main()
