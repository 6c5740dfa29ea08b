"""``parley process``: extraction over stored articles, idempotent and incremental."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from parley.models import analysed_text
from parley.nlp.processing import process
from parley.settings import Settings
from parley.store.db import open_engine, session_scope
from parley.store.schema import Article, CommentaryRow, EventRow, PositionRow, Processing

# Texts written for these tests.
TEXT_A = (
    "Russian and American envoys met in Geneva on Monday to discuss the plan. "
    "The Kremlin rejected any ceasefire before a full settlement, spokesman Dmitry Peskov said. "
    "Ukraine will never give up its territory, President Volodymyr Zelensky said on Tuesday."
)
TEXT_B = (
    "European leaders said they would keep sanctions on Russia in place. "
    "Moscow demanded that Ukraine withdraw from the Donbas region."
)
TEXT_C = "Der Kreml lehnte einen Waffenstillstand ab, sagte ein Sprecher am Montag."


def _add_articles(url: str, folder: Path) -> dict[str, int]:
    """Store three articles through the real ingest stage; return their ids by key."""
    import parley

    records = [
        ("a", TEXT_A, "2025-11-26"),
        ("b", TEXT_B, "2025-12-02"),
        ("c", TEXT_C, "2025-12-03"),
    ]
    path = folder / "wire.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "text": text,
                    "title": f"story {key}",
                    "date": day,
                    "url": f"https://wire.example/{key}",
                    "outlet": "Test Wire",
                }
            )
            for key, text, day in records
        ),
        encoding="utf-8",
    )
    report = parley.ingest([str(path)], settings=Settings(db=url))
    assert not report.errors, report.errors
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            by_url = {a.url: a.id for a in s.scalars(select(Article))}
        return {key: by_url[f"https://wire.example/{key}"] for key, _, _ in records}
    finally:
        engine.dispose()


def _counts(url: str) -> dict[str, int]:
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            return {
                name: int(s.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in (
                    ("positions", PositionRow),
                    ("commentary", CommentaryRow),
                    ("events", EventRow),
                    ("processing", Processing),
                )
            }
    finally:
        engine.dispose()


def test_process_is_incremental_and_idempotent(db_url: str, tmp_path: Path) -> None:
    ids = _add_articles(db_url, tmp_path)
    settings = Settings(db=db_url, batch_size=1)

    first = process(settings)
    assert (first.articles, first.processed, first.skipped_non_english) == (3, 2, 1)
    assert any("not English" in w for w in first.warnings)
    assert first.positions > 0
    counts = _counts(db_url)
    assert counts["processing"] == 2
    assert counts["positions"] == first.positions
    assert counts["events"] == first.events >= 1

    engine = open_engine(db_url)
    try:
        with Session(engine) as s:
            rows = s.scalars(select(PositionRow)).all()
            articles = {a.id: a for a in s.scalars(select(Article))}
            for row in rows:
                article = articles[row.article_id]
                text = analysed_text(article.title, article.text)  # the headline is read too
                assert text[row.start : row.end] == row.sentence
                assert (row.date, row.outlet_id) == (article.date, article.outlet_id)
                assert row.pack == "ukraine"
                assert row.pipeline_version == first.pipeline_version
            assert ids["c"] not in {r.article_id for r in rows}
            triples = {(r.actor, r.issue, r.stance) for r in rows}
            assert ("RUS", "ceasefire", "oppose") in triples
            event = s.scalars(select(EventRow).where(EventRow.place == "Geneva")).one()
            assert event.date == dt.date(2025, 11, 24)  # the Monday before the article's Wednesday
            assert event.date_precision == "day"
            assert event.outlet_id == articles[ids["a"]].outlet_id
            b_ids_before = sorted(r.id for r in rows if r.article_id == ids["b"])
    finally:
        engine.dispose()

    again = process(settings)
    assert (again.processed, again.unchanged, again.positions) == (0, 2, 0)
    assert _counts(db_url) == counts

    # A changed text re-runs that article only; its old rows are replaced, not added to.
    engine = open_engine(db_url)
    try:
        with session_scope(engine) as s:
            s.execute(
                update(Article)
                .where(Article.id == ids["a"])
                .values(text="The Kremlin rejected any ceasefire, Peskov said on Friday.")
            )
    finally:
        engine.dispose()
    changed = process(settings)
    assert (changed.processed, changed.unchanged) == (1, 1)
    engine = open_engine(db_url)
    try:
        with Session(engine) as s:
            rows_a = s.scalars(select(PositionRow).where(PositionRow.article_id == ids["a"])).all()
            assert rows_a and all(r.sentence.startswith("The Kremlin") for r in rows_a)
            assert not s.scalars(select(EventRow).where(EventRow.article_id == ids["a"])).all()
            b_ids_after = sorted(
                r.id
                for r in s.scalars(select(PositionRow).where(PositionRow.article_id == ids["b"]))
            )
            assert b_ids_after == b_ids_before  # untouched
    finally:
        engine.dispose()

    # A new pack version re-runs what it covers; --force re-runs everything.
    engine = open_engine(db_url)
    try:
        with session_scope(engine) as s:
            s.execute(
                update(Processing).where(Processing.article_id == ids["b"]).values(pack_version="0")
            )
    finally:
        engine.dispose()
    assert process(settings).processed == 1
    forced = process(settings, force=True)
    assert forced.processed == 2
    assert _counts(db_url)["processing"] == 2


def test_process_empty_database(db_url: str) -> None:
    report = process(Settings(db=db_url))
    assert (report.articles, report.processed) == (0, 0)


def _triples(url: str) -> list[tuple[int, str, str, str, int, int]]:
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            return sorted(
                (r.article_id, r.actor, r.issue, r.stance, r.start, r.end)
                for r in s.scalars(select(PositionRow))
            )
    finally:
        engine.dispose()


def test_process_with_two_workers_matches_one(tmp_path: Path) -> None:
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    _add_articles(one, tmp_path)
    _add_articles(two, tmp_path)
    first = process(Settings(db=one, jobs=1))
    second = process(Settings(db=two, jobs=2, batch_size=2))
    assert (first.processed, second.processed) == (2, 2)
    assert _triples(one) == _triples(two)
    assert _triples(two)


def test_packs_are_processed_and_stored_separately(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'packs.db'}"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "isthmus.txt").write_text(
        "Norland rejected any toll-sharing arrangement for the canal, President Ilsa Varn said.\n\n"
        "Moscow rejected any ceasefire before a full settlement, the Kremlin said on Monday.\n",
        encoding="utf-8",
    )
    import parley

    assert not parley.ingest([str(docs)], settings=Settings(db=url)).errors
    isthmus = str(Path(__file__).parent / "packs" / "isthmus")
    first = process(Settings(db=url))
    other = process(Settings(db=url, pack=isthmus))
    assert (first.pack, other.pack) == ("ukraine", "isthmus")
    assert (first.processed, other.processed) == (1, 1)
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            rows = s.scalars(select(PositionRow)).all()
            by_pack = {
                p: {(r.actor, r.issue, r.stance) for r in rows if r.pack == p}
                for p in ("ukraine", "isthmus")
            }
            done = {r.pack for r in s.scalars(select(Processing))}
    finally:
        engine.dispose()
    assert ("RUS", "ceasefire", "oppose") in by_pack["ukraine"]
    assert ("NOR", "canal_tolls", "oppose") in by_pack["isthmus"]
    assert done == {"ukraine", "isthmus"}
    # re-processing one pack leaves the other's rows alone
    assert process(Settings(db=url), force=True).processed == 1
    engine = open_engine(url)
    try:
        with Session(engine) as s:
            packs = {r.pack for r in s.scalars(select(PositionRow))}
    finally:
        engine.dispose()
    assert packs == {"ukraine", "isthmus"}
