"""Data exports for other tools: articles, positions and events as CSV, JSONL or Parquet, and the
actor–issue graph (networkx) as GraphML or as an edge table.

Rows are streamed in batches, so exports of large stores do not load everything into memory.

Example::

    from parley.store import open_engine
    export(open_engine("sqlite:///parley.db"), "out/", fmt="parquet")
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import networkx as nx
from sqlalchemy import Engine, select

from parley.analysis import Filters, position_matrix
from parley.analysis.filters import filter_events, filter_positions
from parley.errors import InputError
from parley.store.schema import Article, EventRow, Outlet, PositionRow

__all__ = ["ExportFormat", "actor_issue_graph", "export"]

ExportFormat = Literal["csv", "jsonl", "parquet", "graphml"]
_P = PositionRow.__table__.c
_A = Article.__table__.c
_E = EventRow.__table__.c
_O = Outlet.__table__.c


def actor_issue_graph(engine: Engine, filters: Filters | None = None) -> nx.Graph:
    """Bipartite graph: actors and issues as nodes, one edge per non-empty matrix cell with its
    stance, counts and strongest modality (GraphML needs scalar attributes, so no lists).

    Example::

        g = actor_issue_graph(engine)
        g.edges["actor:RUS", "issue:territory"]["stance"]  # 'support'
    """
    m = position_matrix(engine, filters, evidence_limit=0)
    g = nx.Graph()
    for actor in m.actors:
        g.add_node(f"actor:{actor}", kind="actor", label=actor)
    for issue in m.issues:
        g.add_node(f"issue:{issue}", kind="issue", label=issue)
    for c in m.cells:
        g.add_edge(
            f"actor:{c.actor}",
            f"issue:{c.issue}",
            stance=c.stance,
            weight=c.articles,
            support_articles=c.support.articles,
            oppose_articles=c.oppose.articles,
            positions=c.positions,
            outlets=c.outlets,
            strongest_modality=c.strongest_modality or "",
            latest_date=c.latest_date.isoformat() if c.latest_date else "",
        )
    return g


def _article_stmt(filters: Filters) -> Any:
    stmt = select(
        _A.id, _A.url, _A.title, _A.date, _O.name.label("outlet"), _A.language, _A.text
    ).select_from(Article.__table__.outerjoin(Outlet.__table__, _O.id == _A.outlet_id))
    if filters.since is not None:
        stmt = stmt.where(_A.date >= filters.since)
    if filters.until is not None:
        stmt = stmt.where(_A.date <= filters.until)
    if filters.outlets:
        stmt = stmt.where(_O.name.in_(filters.outlets))
    return stmt.order_by(_A.id)


def _position_stmt(filters: Filters) -> Any:
    cols = [c for c in PositionRow.__table__.c if c.name not in ("reported_by", "sources")]
    return filter_positions(
        select(*cols, _P.reported_by, _P.sources, _O.name.label("outlet")).select_from(
            PositionRow.__table__.outerjoin(Outlet.__table__, _O.id == _P.outlet_id)
        ),
        filters,
    ).order_by(_P.id)


def _event_stmt(filters: Filters) -> Any:
    return filter_events(
        select(*EventRow.__table__.c, _O.name.label("outlet")).select_from(
            EventRow.__table__.outerjoin(Outlet.__table__, _O.id == _E.outlet_id)
        ),
        filters,
    ).order_by(_E.id)


def _stream(engine: Engine, stmt: Any, batch: int = 1000) -> Iterator[dict[str, Any]]:
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(stmt)
        for row in result.mappings():
            yield {k: _scalar(v) for k, v in row.items()}


def _scalar(value: Any) -> Any:
    """Lists (JSON columns) become JSON text so every format holds the same flat columns."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def _arrow_schema(stmt: Any) -> Any:
    """Parquet column types from the SQL column types (JSON lists and datetimes become text)."""
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, Float, Integer

    fields = []
    for col in stmt.selected_columns:
        kind = col.type
        if isinstance(kind, Boolean):
            arrow = pa.bool_()
        elif isinstance(kind, Integer):
            arrow = pa.int64()
        elif isinstance(kind, Float):
            arrow = pa.float64()
        elif isinstance(kind, Date):
            arrow = pa.date32()
        else:
            arrow = pa.string()
        fields.append(pa.field(col.name, arrow))
    return pa.schema(fields)


def _write_csv(rows: Iterator[dict[str, Any]], path: Path, schema: Any = None) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer: csv.DictWriter[str] | None = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            n += 1
    return n


def _write_jsonl(rows: Iterator[dict[str, Any]], path: Path, schema: Any = None) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def _write_parquet(
    rows: Iterator[dict[str, Any]], path: Path, schema: Any = None, batch: int = 5000
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    chunk: list[dict[str, Any]] = []
    n = 0

    def flush() -> None:
        nonlocal writer, schema
        table = pa.Table.from_pylist(chunk, schema=schema)
        if writer is None:
            schema = table.schema
            writer = pq.ParquetWriter(str(path), schema)
        writer.write_table(table)
        chunk.clear()

    for row in rows:
        chunk.append(row)
        n += 1
        if len(chunk) >= batch:
            flush()
    if chunk:
        flush()
    if writer is None:
        empty = schema.empty_table() if schema is not None else pa.table({})
        pq.write_table(empty, str(path))
    else:
        writer.close()
    return n


def export(
    engine: Engine,
    out_dir: str | Path,
    *,
    fmt: ExportFormat = "csv",
    filters: Filters | None = None,
) -> dict[str, Path]:
    """Write ``articles``, ``positions``, ``events`` and ``actor_issue_edges`` in ``fmt`` into
    ``out_dir`` (``graphml``: the actor–issue graph as ``actor_issue.graphml`` only).
    Returns table name -> file written.

    Example::

        files = export(engine, "exports", fmt="jsonl", filters=Filters(since=dt.date(2025, 11, 1)))
    """
    filters = filters or Filters()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    graph = actor_issue_graph(engine, filters)
    if fmt == "graphml":
        path = out / "actor_issue.graphml"
        nx.write_graphml(graph, path)
        return {"actor_issue": path}
    writers = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}
    if fmt not in writers:
        raise InputError("--format", f"expected csv, jsonl, parquet or graphml, got {fmt!r}")
    write = writers[fmt]
    edges = (
        {"actor": g.removeprefix("actor:"), "issue": h.removeprefix("issue:"), **attrs}
        for g, h, attrs in graph.edges(data=True)
    )
    written: dict[str, Path] = {}
    for name, stmt in (
        ("articles", _article_stmt(filters)),
        ("positions", _position_stmt(filters)),
        ("events", _event_stmt(filters)),
    ):
        path = out / f"{name}.{fmt}"
        write(_stream(engine, stmt), path, _arrow_schema(stmt) if fmt == "parquet" else None)
        written[name] = path
    path = out / f"actor_issue_edges.{fmt}"
    write(edges, path, None)
    written["actor_issue_edges"] = path
    return written
