"""Latency and throughput of the web app under concurrent load on a generated store.

Run: ``python bench/web.py [--scale 0.1] [--concurrency 8] [--requests 400] [--postgres]``

Builds a SQLite store of 100,000 articles and 1,000,000 positions by default (the generator of
``bench/analysis.py``), serves it with uvicorn in a subprocess (one worker, as ``parley serve``
does), and drives it from an async httpx client on loopback: for each endpoint, warm-up requests
then ``--requests`` requests with ``--concurrency`` in flight. Prints p50/p95/p99 latency and
requests/s per endpoint, and each p95 as a ratio to the trivial ``/api/v1/health`` endpoint
measured in the same run. Target: p95 < 150 ms for the overview page, the matrix endpoint and
the positions endpoint at full size.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import build_postgres, build_sqlite, postgres_server
from parley.store import open_engine
from parley.store.tempserver import free_port

ENDPOINTS = [
    ("health (baseline)", "/api/v1/health"),
    ("overview page /", "/"),
    ("matrix /api/v1/matrix", "/api/v1/matrix"),
    ("positions /api/v1/positions", "/api/v1/positions"),
    ("positions filtered", "/api/v1/positions?actor=RUS&issue=territory&min_confidence=0.5"),
    ("articles search ?q=", "/api/v1/articles?q=talks"),
]
TARGETS = {"/", "/api/v1/matrix", "/api/v1/positions"}
SERVER = """
import sys, uvicorn
from parley.settings import Settings
from parley.web import create_app
uvicorn.run(create_app(Settings(db=sys.argv[1])), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning", access_log=False)
"""


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


async def _load(
    client: httpx.AsyncClient, path: str, total: int, concurrency: int
) -> tuple[list[float], float]:
    latencies: list[float] = []
    queue = iter(range(total))

    async def worker() -> None:
        for _ in queue:
            t0 = time.perf_counter()
            r = await client.get(path)
            latencies.append(time.perf_counter() - t0)
            if r.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {r.status_code}")

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - t0


async def _run(base: str, total: int, concurrency: int, warmup: int) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    results: dict[str, Any] = {}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for name, path in ENDPOINTS:
            t0 = time.perf_counter()
            first = await client.get(path)
            cold = time.perf_counter() - t0
            if first.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {first.status_code}: {first.text[:200]}")
            await _load(client, path, warmup, concurrency)
            lat, wall = await _load(client, path, total, concurrency)
            results[name] = {
                "path": path,
                "first_ms": cold * 1000,
                "p50_ms": _percentile(lat, 50) * 1000,
                "p95_ms": _percentile(lat, 95) * 1000,
                "p99_ms": _percentile(lat, 99) * 1000,
                "mean_ms": statistics.fmean(lat) * 1000,
                "rps": total / wall,
                "bytes": len(first.content),
            }
    return results


def _wait(base: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited early")
        try:
            if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def _serve_and_measure(url: str, args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port)])
    try:
        _wait(base, proc)
        return asyncio.run(_run(base, args.requests, args.concurrency, args.warmup))
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _print(
    backend: str, n_articles: int, args: argparse.Namespace, results: dict[str, Any]
) -> list[str]:
    base_p95 = results["health (baseline)"]["p95_ms"]
    print(
        f"\n{backend}, {n_articles:,} articles; {args.requests} requests per endpoint,"
        f" {args.concurrency} in flight (uvicorn, 1 worker, loopback)\n"
    )
    cols = ("first", "p50", "p95", "p99", "req/s")
    header = f"{'endpoint':30} " + " ".join(f"{c:>8}" for c in cols) + f" {'p95/base':>9}"
    print(header)
    print("-" * len(header))
    failed = []
    for name, r in results.items():
        ratio = r["p95_ms"] / base_p95 if base_p95 else float("nan")
        mark = ""
        if r["path"] in TARGETS:
            ok = r["p95_ms"] < 150
            mark = "  ok (<150 ms)" if ok else "  OVER TARGET"
            if not ok:
                failed.append(f"{backend} {name}")
        print(
            f"{name:30} {r['first_ms']:7.1f}ms {r['p50_ms']:6.1f}ms {r['p95_ms']:6.1f}ms"
            f" {r['p99_ms']:6.1f}ms {r['rps']:8.0f} {ratio:8.1f}x{mark}"
        )
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="Fraction of 100,000 articles.")
    parser.add_argument("--per-article", type=int, default=10, help="Positions per article.")
    parser.add_argument("--requests", type=int, default=400, help="Timed requests per endpoint.")
    parser.add_argument("--concurrency", type=int, default=8, help="Requests in flight.")
    parser.add_argument("--warmup", type=int, default=40, help="Untimed requests first.")
    parser.add_argument("--db", help="Reuse this SQLite file (built if missing).")
    parser.add_argument(
        "--postgres", action="store_true", help="Also measure PostgreSQL (throw-away server)."
    )
    parser.add_argument("--json", type=Path, help="Also write the numbers to this JSON file.")
    args = parser.parse_args()

    n_articles = max(10, int(100_000 * args.scale))
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="parley-bench-web-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        if not path.exists():
            t0 = time.perf_counter()
            engine = open_engine(url)
            build_sqlite(engine, n_articles, args.per_article)
            engine.dispose()
            print(
                f"built {n_articles:,} articles, {n_articles * args.per_article:,} positions"
                f" in {time.perf_counter() - t0:.1f} s"
            )
        out["sqlite"] = _serve_and_measure(url, args)
    if args.postgres:
        with postgres_server() as pg_url:
            if pg_url is None:
                print("postgres skipped: server binaries not installed")
            else:
                engine = open_engine(pg_url)
                build_postgres(engine, n_articles, args.per_article)
                engine.dispose()
                out["postgres"] = _serve_and_measure(pg_url, args)

    failed: list[str] = []
    for backend, results in out.items():
        failed += _print(
            "SQLite" if backend == "sqlite" else "PostgreSQL", n_articles, args, results
        )
    print("\n'first' is the first request after start (cold cache: the analysis runs).")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    if failed:
        print(f"p95 target missed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
