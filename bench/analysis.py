"""Time the analyses on a generated store: 100,000 articles and 1,000,000 positions by default.

Run: ``python bench/analysis.py [--scale 0.1] [--no-postgres] [--repeat 3]``

Builds the store with fast bulk inserts (executemany on SQLite, COPY on PostgreSQL), then times
the matrix (with and without evidence), the timeline, contradictions and sticking points, each
against a baseline measured in the same run (``SELECT count(*) FROM positions``). The target is
each under 1 s on SQLite at full size. PostgreSQL runs too when server binaries are installed
(a throw-away server is started in a temporary directory, as in tests/conftest.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from parley.analysis import (
    Filters,
    contradictions,
    position_matrix,
    stance_shifts,
    sticking_points,
    timeline,
)
from parley.store import open_engine
from parley.store.tempserver import temporary_postgres

ACTORS = ["UKR", "RUS", "USA", "EUROPE", "NATO", "GBR", "FRA", "DEU", "ITA", "POL", "CAN", "TUR"]
ACTORS += ["CHN", "HUN", "FIN", "UN"]
ISSUES = [
    "territory",
    "security_guarantees",
    "nato_membership",
    "foreign_troops",
    "ceasefire",
    "monitoring",
    "sanctions",
    "armed_forces",
    "eu_accession",
    "reconstruction",
    "peace_plan",
]
MODALITIES = ["red_line", "firm", "firm", "firm", "conditional", "open_to", "floated", "reported"]
OUTLETS = 50
DAYS = 365
START = dt.date(2025, 1, 1)
POSITION_COLUMNS = (
    'article_id, pack, actor, issue, stance, modality, holder, sentence, start, "end", '
    "reported_by, sources, claimed_by, confidence, date, outlet_id, pipeline_version"
)


def _articles(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for i in range(1, n + 1):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        body = f"Generated article {i} about the talks."
        yield (
            i,
            None,
            f"{i:064x}",
            f"Article {i}",
            day,
            rng.randrange(1, OUTLETS + 1),
            "en",
            True,
            body,
            body,
            "text",
            f"gen/{i}.txt",
            now,
            now,
        )


def _positions(
    articles: list[tuple[Any, ...]], per_article: int, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    for art in articles:
        article_id, day, outlet = art[0], art[4], art[5]
        for k in range(per_article):
            actor = ACTORS[min(int(rng.expovariate(0.35)), len(ACTORS) - 1)]
            issue = rng.choice(ISSUES)
            stance = "support" if rng.random() < 0.6 else "oppose"
            anonymous = rng.random() < 0.2
            yield (
                article_id,
                "ukraine",
                actor,
                issue,
                stance,
                rng.choice(MODALITIES),
                actor,
                f"{actor} states a position on {issue}.",
                k * 40,
                k * 40 + 39,
                "[]",
                '["an official"]' if anonymous else "[]",
                None,
                round(rng.random(), 3),
                day,
                outlet,
                "bench",
            )


ARTICLE_COLUMNS = (
    "id, url, content_hash, title, date, outlet_id, language, is_english, text, raw, raw_format, "
    "source_path, created_at, updated_at"
)


def build_sqlite(engine: Engine, n_articles: int, per_article: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    arts = list(_articles(n_articles, rng))
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO outlets (id, name, domain) VALUES (?, ?, ?)",
            [(i, f"Outlet {i:02d}", f"outlet{i}.example") for i in range(1, OUTLETS + 1)],
        )
        marks = ", ".join("?" * 14)
        cur.executemany(f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({marks})", arts)
        marks = ", ".join("?" * 17)
        cur.executemany(
            f"INSERT INTO positions ({POSITION_COLUMNS}) VALUES ({marks})",
            _positions(arts, per_article, rng),
        )
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def build_postgres(engine: Engine, n_articles: int, per_article: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    arts = list(_articles(n_articles, rng))
    raw = engine.raw_connection()
    try:
        cur: Any = raw.cursor()
        with cur.copy("COPY outlets (id, name, domain) FROM STDIN") as copy:
            for i in range(1, OUTLETS + 1):
                copy.write_row((i, f"Outlet {i:02d}", f"outlet{i}.example"))
        with cur.copy(f"COPY articles ({ARTICLE_COLUMNS}) FROM STDIN") as copy:
            for row in arts:
                copy.write_row(row)
        with cur.copy(f"COPY positions ({POSITION_COLUMNS}) FROM STDIN") as copy:
            for row in _positions(arts, per_article, rng):
                copy.write_row(row)
        cur.execute("SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))")
        cur.execute("SELECT setval('outlets_id_seq', (SELECT max(id) FROM outlets))")
        raw.commit()
        driver: Any = raw.driver_connection
        driver.autocommit = True
        driver.execute("VACUUM ANALYZE")
    finally:
        raw.close()


def timed(fn: Callable[[], Any], repeat: int) -> float:
    """Median wall time of ``repeat`` runs (after one warm-up run)."""
    fn()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def run_suite(name: str, engine: Engine, repeat: int) -> dict[str, float]:
    f = Filters()
    recent = Filters(since=START + dt.timedelta(days=DAYS - 30))

    def baseline() -> Any:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM positions")).scalar()

    def scan() -> Any:
        with engine.connect() as conn:
            return conn.execute(text("SELECT sum(confidence) FROM positions")).scalar()

    cases: dict[str, Callable[[], Any]] = {
        "baseline count(*)": baseline,
        "full scan sum(confidence)": scan,
        "matrix (no evidence)": lambda: position_matrix(engine, f, evidence_limit=0),
        "matrix (3 evidence/cell)": lambda: position_matrix(engine, f, evidence_limit=3),
        "matrix (last 30 days)": lambda: position_matrix(engine, recent, evidence_limit=0),
        "timeline (week × actor)": lambda: timeline(engine, f, bucket="week", event_limit=0),
        "timeline (month × actor × issue)": lambda: timeline(
            engine, f, bucket="month", group_by="actor_issue", event_limit=0
        ),
        "contradictions (7 days, last 30 days)": lambda: contradictions(
            engine, recent, window_days=7, limit=20, evidence_limit=1
        ),
        "sticking points": lambda: sticking_points(
            engine, f, parties=["UKR", "RUS"], third_parties=["USA", "EUROPE"]
        ),
        "stance shifts (month)": lambda: stance_shifts(engine, f, evidence_limit=0),
    }
    results: dict[str, float] = {}
    base = 0.0
    for label, fn in cases.items():
        seconds = timed(fn, repeat)
        results[label] = seconds
        if label.startswith("baseline"):
            base = seconds
        ratio = seconds / base if base else float("nan")
        flag = "" if label.startswith("baseline") or seconds < 1 else "  (over 1 s)"
        print(
            f"{name:10s} {label:40s} {seconds * 1000:9.1f} ms  ratio_vs_count: {ratio:6.1f}{flag}"
        )
    return results


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throw-away PostgreSQL server on loopback (None when binaries are missing)."""
    with temporary_postgres(fsync=False) as base:
        yield None if base is None else base + "/postgres"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="Fraction of 100k articles / 1M positions."
    )
    parser.add_argument("--per-article", type=int, default=10, help="Positions per article.")
    parser.add_argument("--repeat", type=int, default=3, help="Timed runs per case (median).")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only.")
    parser.add_argument("--json", type=Path, help="Also write the numbers to this JSON file.")
    args = parser.parse_args()
    n_articles = max(10, int(100_000 * args.scale))
    print(f"store: {n_articles} articles, {n_articles * args.per_article} positions")
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        engine = open_engine(f"sqlite:///{tmp}/bench.db")
        t0 = time.perf_counter()
        build_sqlite(engine, n_articles, args.per_article)
        print(f"sqlite     build {time.perf_counter() - t0:.1f} s")
        out["sqlite"] = run_suite("sqlite", engine, args.repeat)
        engine.dispose()
    if not args.no_postgres:
        with postgres_server() as url:
            if url is None:
                print("postgres   skipped: server binaries not installed")
            else:
                engine = open_engine(url)
                t0 = time.perf_counter()
                build_postgres(engine, n_articles, args.per_article)
                print(f"postgres   build {time.perf_counter() - t0:.1f} s")
                out["postgres"] = run_suite("postgres", engine, args.repeat)
                engine.dispose()
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    worst = max(v for k, v in out["sqlite"].items() if not k.startswith("baseline"))
    print(f"sqlite_worst_seconds: {worst:.3f}")


if __name__ == "__main__":
    main()
