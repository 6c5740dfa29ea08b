"""Bad inputs through the CLI: one error line each, the run goes on, exit status 1, nothing from the
bad input stored, and what was stored before stays intact."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from parley.cli import app
from parley.ingest import read_documents
from parley.models import CleanDocument
from parley.settings import Settings
from parley.store import open_engine, session_scope
from parley.store.schema import Article

_GOOD = (
    "Harbour Gazette\n\nDelegations agree to a second round of talks in Vienna\n\n"
    "The delegations agreed on Friday to hold a second round of talks in Vienna next month.\n\n"
    "Both sides said the first round had been useful but that major differences remained.\n"
)
_LATER = (
    "Harbour Gazette\n\nObservers to monitor the truce line from next week\n\n"
    "A team of observers will begin monitoring the truce line next week, the mediators said.\n\n"
    "The team will report to both governments and publish a summary every fortnight.\n"
)


def _cli(args: list[str], **env: str) -> Result:
    return CliRunner().invoke(app, args, env={"COLUMNS": "200", **env})


def _articles(db: str) -> list[tuple[str, str]]:
    engine = open_engine(db)
    with session_scope(engine) as session:
        return [
            (a.source_path, a.text) for a in session.scalars(select(Article).order_by(Article.id))
        ]


@pytest.fixture
def stored(db_url: str, tmp_path: Path) -> tuple[str, Path, list[tuple[str, str]]]:
    """A database (SQLite, then PostgreSQL) holding one article already, and a good file to
    ingest next to the bad one."""
    db = db_url
    first = tmp_path / "first.txt"
    first.write_text(_GOOD, encoding="utf-8")
    result = _cli(["ingest", str(first), "--db", db])
    assert result.exit_code == 0, result.output
    later = tmp_path / "later.txt"
    later.write_text(_LATER, encoding="utf-8")
    return db, later, _articles(db)


def _assert_one_error(
    result: Result, bad: str, stored: tuple[str, Path, list[tuple[str, str]]], reason: str
) -> None:
    db, later, before = stored
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: {bad}: ")
    assert reason in errors[0]
    assert "ingested 1 new, 0 duplicates, 0 updated, 1 errors" in result.stdout
    after = _articles(db)
    assert after[: len(before)] == before  # earlier data intact
    assert [path for path, _ in after[len(before) :]] == [str(later)]  # only the good input


def _bad_file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("blob.txt", bytes(range(256)) * 4, "binary"),
        ("empty.txt", b"", "empty input"),
        ("blank.md", b"  \n\n \t\n", "empty input"),
        ("page.html", b"<html><head><title>x</title><body><script>var a=1;</script><div>", "HTML"),
        ("nomarkup.html", b"%%%% ;;;; 1234 ::::", "malformed HTML"),
        (
            "feed.xml",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
            b"<title>Talks</title><description>Envoys met in Geneva and agreed to meet again."
            b"</description></item><item><title>Second",
            "malformed feed",
        ),
        (
            "nofeed.rss",
            b'<rss version="2.0"><channel><title>Wire</title></channel></rss>',
            "no entries",
        ),
        ("records.json", b'[{"text": "unterminated', "invalid JSON"),
        ("record.json", b'{"body": "Envoys met in Geneva and agreed to meet again."}', "no text"),
        ("furniture.txt", b"Home\n\nNews\n\nLeave a Reply\n\nBack to top\n", "no article text"),
    ],
)
def test_bad_file_is_one_error_and_the_run_goes_on(
    tmp_path: Path,
    stored: tuple[str, Path, list[tuple[str, str]]],
    name: str,
    data: bytes,
    reason: str,
) -> None:
    bad = _bad_file(tmp_path, name, data)
    db, later, _ = stored
    result = _cli(["ingest", bad, str(later), "--db", db])
    _assert_one_error(result, bad, stored, reason)


def test_file_over_the_size_cap(
    tmp_path: Path, stored: tuple[str, Path, list[tuple[str, str]]]
) -> None:
    bad = _bad_file(tmp_path, "huge.txt", (_GOOD * 100).encode())
    db, later, _ = stored
    result = _cli(["ingest", bad, str(later), "--db", db], PARLEY_MAX_BYTES="2000")
    _assert_one_error(result, bad, stored, "too large")


def test_missing_file_and_empty_glob(
    tmp_path: Path, stored: tuple[str, Path, list[tuple[str, str]]]
) -> None:
    db, later, _ = stored
    missing = str(tmp_path / "nope.txt")
    result = _cli(["ingest", missing, str(later), "--db", db])
    _assert_one_error(result, missing, stored, "no such file")


def test_unreachable_url(stored: tuple[str, Path, list[tuple[str, str]]]) -> None:
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.html"
    db, later, _ = stored
    result = _cli(["ingest", url, str(later), "--db", db], PARLEY_HTTP_TIMEOUT="3")
    _assert_one_error(result, url, stored, "cannot connect")


def test_bad_json_line_names_file_and_line_good_lines_ingest(
    tmp_path: Path, stored: tuple[str, Path, list[tuple[str, str]]]
) -> None:
    db, _, before = stored
    lines = [
        json.dumps({"text": _LATER, "url": "https://gazette.example/observers"}),
        '{"text": "broken',
        json.dumps(
            {
                "html": "<html><body><article><p>The mediators said a third round could take place "
                "in Geneva before the end of the year.</p></article></body></html>",
                "title": "A third round before the year ends",
                "date": "2026-02-03",
                "outlet": "Harbour Gazette",
            }
        ),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _cli(["ingest", str(path), "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {path}:2: invalid JSON (Unterminated string starting at, column 10)"
    ]
    assert "ingested 2 new, 0 duplicates, 0 updated, 1 errors" in result.stdout
    after = _articles(db)
    assert after[:1] == before
    assert [p for p, _ in after[1:]] == [f"{path}:1", f"{path}:3"]


def test_odd_encodings_decode_correctly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'enc.db'}"
    text = (
        "Gazette du Port\n\nLes négociateurs se retrouvent à Genève\n\n"
        "Les délégations se sont retrouvées lundi à Genève pour une nouvelle série de pourparlers, "
        "a déclaré le médiateur.\n\n“Nous avançons,” a-t-il ajouté — sans donner de détails.\n"
    )
    paths = []
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        paths.append(str(path))
    latin = tmp_path / "latin1.txt"  # latin-1 has no curly quotes or dashes
    latin.write_bytes(text.replace("“", '"').replace("”", '"').replace("—", "-").encode("latin-1"))
    result = _cli(["ingest", *paths, str(latin), "--db", db])
    assert result.exit_code == 0, result.output
    # all four decode to the same words: one article, three copies
    assert "ingested 1 new, 3 duplicates" in result.stdout
    docs = list(read_documents([*paths, str(latin)], Settings(db=db)))
    texts = [d.text for d in docs if isinstance(d, CleanDocument)]
    assert len(texts) == 4
    for decoded in texts[:3]:
        assert "Les délégations se sont retrouvées lundi à Genève" in decoded
        assert "“Nous avançons,” a-t-il ajouté — sans" in decoded
    assert '"Nous avançons," a-t-il ajouté - sans' in texts[3]


def test_stdin_is_read_with_a_dash(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'stdin.db'}"
    result = CliRunner().invoke(app, ["ingest", "-", "--db", db], input=_GOOD)
    assert result.exit_code == 0, result.output
    assert _articles(db)[0][0] == "stdin"


def test_articles_and_show_commands(
    tmp_path: Path, stored: tuple[str, Path, list[tuple[str, str]]]
) -> None:
    db, _, _ = stored
    listed = _cli(["articles", "--json", "--db", db])
    assert listed.exit_code == 0
    (row,) = json.loads(listed.stdout)
    assert {"id", "title", "date", "outlet", "url", "language", "source_path"} <= set(row)
    assert row["title"] == "Delegations agree to a second round of talks in Vienna"
    assert row["outlet"] == "Harbour Gazette"
    shown = _cli(["show", str(row["id"]), "--json", "--db", db])
    assert json.loads(shown.stdout)["text"].startswith("The delegations agreed on Friday")
    table = _cli(["articles", "--db", db])
    assert "Harbour Gazette" in table.stdout
    missing = _cli(["show", "999", "--db", db])
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "error: article 999: not found"
