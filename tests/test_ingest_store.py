"""Ingest into the store, on SQLite and on PostgreSQL: dedup, updates, idempotence, run records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import parley
from parley.ingest import IngestReport, read_documents
from parley.models import CleanDocument
from parley.settings import Settings
from parley.store import open_engine, session_scope
from parley.store.schema import Article, Duplicate, IngestRun, Outlet

_BODY = [
    "Negotiators from both delegations met in Geneva on Monday for a fourth round of talks.",
    "The foreign minister said his government would not accept any plan that froze the front.",
    "Officials on the other side said they were ready to discuss a ceasefire if guarantees held.",
    "Mediators described the mood as businesslike and said a further meeting was likely soon.",
    "A spokesperson added that prisoner exchanges would continue regardless of the outcome.",
    "Several European governments said they would send observers to monitor any truce line.",
]


def _page(title: str, body: list[str], *, url: str | None = None, site: str = "Lake Times") -> str:
    head = [site, title] + ([url] if url else []) + ["2026-02-01T10:00Z"]
    return "\n\n".join([*head, *body, "Leave a Reply", "Back to top"]) + "\n"


def _count(db: str, model: type) -> int:
    engine = open_engine(db)
    with session_scope(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_ingest_twice_adds_nothing(db_url: str, seeds_dir: Path) -> None:
    settings = Settings(db=db_url, batch_size=2)
    first = parley.ingest([str(seeds_dir)], settings=settings)
    assert isinstance(first, IngestReport)
    assert (first.new, first.duplicates, first.updated, first.errors) == (5, 0, 0, [])
    second = parley.ingest([str(seeds_dir)], settings=settings)
    assert (second.new, second.duplicates, second.updated) == (0, 5, 0)
    assert _count(db_url, Article) == 5
    assert _count(db_url, Duplicate) == 0  # the same files again are not "copies"
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        runs = session.scalars(select(IngestRun).order_by(IngestRun.id)).all()
        assert [(r.new, r.duplicates, r.errors) for r in runs] == [(5, 0, 0), (0, 5, 0)]
        assert all(r.finished_at is not None for r in runs)
        article = session.scalars(select(Article).where(Article.date.is_not(None))).first()
        assert article is not None and article.language == "en" and article.is_english
        assert article.raw.startswith("https://")  # the raw input is kept
        assert article.minhash is not None
        outlets = set(session.scalars(select(Outlet.name)))
        assert "Sputnik International" in outlets


def test_same_url_and_same_text_are_one_article(db_url: str, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(
        _page("Talks resume in Geneva after a pause", _BODY, url="https://lake.example/t/1")
    )
    same_url = tmp_path / "b.txt"  # same URL (with tracking junk), same text, other furniture
    same_url.write_text(
        _page(
            "Talks resume in Geneva after a pause",
            _BODY,
            url="https://lake.example/t/1?utm_source=x",
        )
    )
    same_text = tmp_path / "c.json"
    same_text.write_text(json.dumps({"text": "\n\n".join(_BODY), "title": "Other headline"}))
    report = parley.ingest([str(a), str(same_url), str(same_text)], settings=Settings(db=db_url))
    assert (report.new, report.duplicates, report.updated) == (1, 2, 0)
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        # one link per (article, text): the identical third copy is counted, not linked again
        kinds = sorted(d.kind for d in session.scalars(select(Duplicate)))
        assert kinds == ["url"]
        assert session.scalar(select(Article.url)) == "https://lake.example/t/1"


def test_near_duplicate_is_linked_not_stored_even_in_a_later_run(
    db_url: str, tmp_path: Path
) -> None:
    original = tmp_path / "original.txt"
    original.write_text(_page("Talks resume in Geneva after a pause", _BODY, site="Wire Desk"))
    repost = tmp_path / "repost.txt"  # the same story re-posted by another site, lightly edited
    edited = [*_BODY[:-1], _BODY[-1].replace("Several", "Some"), "Reporting by our wire partner."]
    repost.write_text(_page("Geneva talks resume", edited, site="Valley Post"))
    different = tmp_path / "other.txt"
    different.write_text(
        _page(
            "Parliament debates the budget",
            [
                "Lawmakers spent the day arguing over spending on roads, schools and hospitals.",
                "The finance committee is due to publish its own estimates on Friday morning.",
            ],
        )
    )
    settings = Settings(db=db_url)
    assert parley.ingest([str(original)], settings=settings).new == 1
    # a new run: the LSH index is rebuilt from the signatures in the store
    report = parley.ingest([str(repost), str(different)], settings=settings)
    assert (report.new, report.duplicates) == (1, 1)
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        (dup,) = session.scalars(select(Duplicate)).all()
        first = session.scalars(select(Article).order_by(Article.id)).first()
        assert first is not None
        assert (dup.kind, dup.article_id, dup.outlet) == ("near", first.id, "Valley Post")
        assert 0.8 <= dup.similarity < 1.0
    again = parley.ingest([str(original), str(repost), str(different)], settings=settings)
    assert (again.new, again.duplicates, again.updated) == (0, 3, 0)
    assert _count(db_url, Duplicate) == 1


def test_same_url_with_changed_text_updates_the_article(db_url: str, tmp_path: Path) -> None:
    v1 = tmp_path / "v1.txt"
    v1.write_text(_page("Talks resume in Geneva", _BODY[:3], url="https://lake.example/t/9"))
    v2 = tmp_path / "v2.txt"
    changed = [
        *_BODY[:3],
        "Late on Monday the talks were suspended until further notice, aides said.",
    ]
    v2.write_text(_page("Talks suspended in Geneva", changed, url="https://lake.example/t/9"))
    settings = Settings(db=db_url)
    assert parley.ingest([str(v1)], settings=settings).new == 1
    report = parley.ingest([str(v2)], settings=settings)
    assert (report.new, report.updated, report.duplicates) == (0, 1, 0)
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        (article,) = session.scalars(select(Article)).all()
        assert article.title == "Talks suspended in Geneva"
        assert "suspended until further notice" in article.text
        assert article.updated_at >= article.created_at
        (version,) = session.scalars(select(Duplicate)).all()
        assert version.kind == "version" and version.title == "Talks resume in Geneva"
    # both versions again: nothing flips back and forth
    again = parley.ingest([str(v1), str(v2)], settings=settings)
    assert (again.new, again.updated, again.duplicates) == (0, 0, 2)


def test_non_english_is_kept_and_flagged(db_url: str, tmp_path: Path) -> None:
    page = tmp_path / "de.txt"
    page.write_text(
        "Gespräche in Genf fortgesetzt\n\n"
        "Die Delegationen haben sich am Montag in Genf zu einer weiteren Verhandlungsrunde "
        "getroffen, teilten die Vermittler mit.\n\n"
        "Eine Einigung über einen Waffenstillstand gibt es bisher nicht, hieß es aus Kreisen "
        "der Unterhändler.\n",
        encoding="utf-8",
    )
    report = parley.ingest([str(page)], settings=Settings(db=db_url))
    assert report.new == 1
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        article = session.scalars(select(Article)).one()
        assert (article.language, article.is_english) == ("de", False)


def test_read_documents_stores_nothing(tmp_path: Path, seeds_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    docs = list(read_documents([str(seeds_dir), str(tmp_path / "missing.txt")], Settings(db=db)))
    assert len(docs) == 6
    assert isinstance(docs[-1], parley.errors.InputError)
    assert all(d.meta.language == "en" for d in docs[:-1] if not isinstance(d, Exception))
    assert not (tmp_path / "x.db").exists()


def test_errors_are_recorded_with_the_run(db_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(_page("Talks resume in Geneva after a pause", _BODY))
    report = parley.ingest([str(good), str(tmp_path / "nope.txt")], settings=Settings(db=db_url))
    assert report.errors == [f"error: {tmp_path / 'nope.txt'}: no such file or directory"]
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        run = session.get(IngestRun, report.run_id)
        assert run is not None
        assert (run.new, run.errors, run.error_log) == (1, 1, report.errors)


def test_nul_characters_and_lone_surrogates_do_not_break_the_store(
    db_url: str, tmp_path: Path
) -> None:
    record = {
        "text": "Envoys met in Geneva\u0000 on Monday and agreed to meet again \ud800 next week.",
        "title": "Odd\u0000 characters",
        "url": "https://lake.example/" + "x" * 3000,  # longer than any URL column: not an identity
    }
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = parley.ingest([str(path)], settings=Settings(db=db_url))
    assert (report.new, report.errors) == (1, [])
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        article = session.scalars(select(Article)).one()
        assert "\x00" not in article.text and article.title == "Odd characters"
        assert article.url is None


def test_a_conflicting_concurrent_writer_makes_the_batch_retry(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from parley.ingest import store_writer
    from parley.ingest.dedup import content_hash

    page = tmp_path / "a.txt"
    page.write_text(_page("Talks resume in Geneva after a pause", _BODY))
    (doc,) = list(read_documents([str(page)], Settings(db=db_url)))
    assert isinstance(doc, CleanDocument)
    other = open_engine(db_url)
    original = store_writer.StoreWriter._nearest
    calls: list[int] = []

    def racing_nearest(
        self: store_writer.StoreWriter, session: Any, index: Any, signature: Any
    ) -> Any:
        if not calls:  # another process stores the same article between our SELECT and INSERT
            with session_scope(other) as s:
                s.add(
                    Article(
                        content_hash=content_hash(doc.text),
                        text=doc.text,
                        raw="x",
                        raw_format="text",
                        source_path="elsewhere",
                    )
                )
        calls.append(1)
        return original(self, session, index, signature)

    monkeypatch.setattr(store_writer.StoreWriter, "_nearest", racing_nearest)
    caplog.set_level("INFO", logger="parley.ingest.store_writer")
    report = parley.ingest([str(page)], settings=Settings(db=db_url))
    assert "retrying the batch" in caplog.text
    assert (report.new, report.duplicates, report.errors) == (0, 1, [])
    assert _count(db_url, Article) == 1


def test_copies_and_versions_inside_one_batch(db_url: str, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(
        _page("Talks resume in Geneva after a pause", _BODY, url="https://lake.example/t/5")
    )
    copy = tmp_path / "b.txt"  # the first version re-posted elsewhere, other furniture
    copy.write_text(_page("Geneva talks resume", [*_BODY, "Reporting by our partners."]))
    changed = [
        *_BODY[:4],
        "Late on Monday the talks were suspended until further notice, aides said.",
    ]
    v2 = tmp_path / "c.txt"
    v2.write_text(_page("Talks suspended in Geneva", changed, url="https://lake.example/t/5"))
    settings = Settings(db=db_url, batch_size=10)
    report = parley.ingest([str(a), str(copy), str(v2)], settings=settings)
    assert (report.new, report.duplicates, report.updated) == (1, 1, 1)
    assert len(report.article_ids) == 1
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        # the copy of the first version is linked once (as a text copy); no separate version row
        assert sorted(d.kind for d in session.scalars(select(Duplicate))) == ["text"]
    again = parley.ingest([str(a), str(copy), str(v2)], settings=settings)
    assert (again.new, again.duplicates, again.updated) == (0, 3, 0)


def test_near_duplicate_of_an_article_from_the_same_batch(db_url: str, tmp_path: Path) -> None:
    original = tmp_path / "a.txt"
    original.write_text(_page("Talks resume in Geneva after a pause", _BODY, site="Wire Desk"))
    repost = tmp_path / "b.txt"
    edited = [*_BODY[:-1], _BODY[-1].replace("Several", "Some"), "Our partner agency contributed."]
    repost.write_text(_page("Geneva talks resume", edited, site="Valley Post"))
    report = parley.ingest(
        [str(original), str(repost)], settings=Settings(db=db_url, batch_size=10)
    )
    assert (report.new, report.duplicates) == (1, 1)
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        (dup,) = session.scalars(select(Duplicate)).all()
        assert (dup.kind, dup.article_id) == ("near", report.article_ids[0])


def test_a_short_teaser_of_a_stored_page_does_not_replace_it(db_url: str, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        _page("Talks resume in Geneva after a pause", _BODY, url="https://lake.example/t/7")
    )
    teaser = tmp_path / "teaser.json"
    teaser.write_text(json.dumps({"text": _BODY[0], "url": "https://lake.example/t/7"}))
    settings = Settings(db=db_url)
    first = parley.ingest([str(page), str(teaser)], settings=settings)
    assert (first.new, first.duplicates, first.updated) == (1, 1, 0)
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        assert session.scalars(select(Article)).one().text.count("\n\n") == len(_BODY) - 1
        assert session.scalars(select(Duplicate.kind)).all() == ["url"]
