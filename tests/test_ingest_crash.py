"""Crash safety for real: an ingest subprocess is SIGKILLed mid-run; the store keeps only whole
batches of whole articles, and a rerun completes the job."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

import parley
from parley.ingest.text_cleaner import clean_crawled_text
from parley.settings import Settings
from parley.store import open_engine, session_scope
from parley.store.schema import Article, IngestRun

_VOCAB = (
    "envoy minister talks round ceasefire truce monitor mission border region troops guarantee "
    "treaty summit capital delegation proposal draft clause sanction export loan fund rebuild "
    "army drone satellite observer prisoner exchange corridor grain port energy strike pause "
    "winter spring meeting statement spokesperson parliament vote referendum neutrality alliance "
    "membership accession reform court tribunal asset reserve bank budget aid weapon shell tank "
    "river bridge city village front line map zone buffer demilitarised verification timetable"
)
N_DOCS = 500
BATCH = 10


def _corpus(root: Path) -> None:
    rng = random.Random(7)
    words = _VOCAB.split()
    for i in range(N_DOCS):
        paragraphs = [
            " ".join(rng.choice(words) for _ in range(40)).capitalize() + "." for _ in range(4)
        ]
        page = f"Test Wire\n\nStory number {i} about the negotiations\n\n" + "\n\n".join(paragraphs)
        (root / f"doc{i:05d}.txt").write_text(page + "\n\nLeave a Reply\n", encoding="utf-8")


def _count(db: str) -> int:
    engine = open_engine(db, migrate=False)
    try:
        with session_scope(engine) as session:
            return int(session.scalar(select(func.count()).select_from(Article)) or 0)
    finally:
        engine.dispose()


@pytest.mark.slow
def test_sigkill_mid_run_loses_at_most_the_batch_in_flight(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus)
    open_engine(db_url).dispose()  # schema first, so the poller can count from the start
    env = {**os.environ, "PARLEY_BATCH_SIZE": str(BATCH), "PARLEY_DB": db_url}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from parley.cli import main; main()", "ingest", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    try:
        while _count(db_url) < 3 * BATCH:
            assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr}"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    stored = _count(db_url)
    assert 3 * BATCH <= stored < N_DOCS, "the kill did not land mid-run"
    assert stored % BATCH == 0  # whole batches only
    engine = open_engine(db_url)
    with session_scope(engine) as session:
        for article in session.scalars(select(Article)):  # never a half-written article
            expected = clean_crawled_text(Path(article.source_path).read_text(encoding="utf-8"))
            assert article.text == expected.text
            assert article.title == expected.title
            assert article.minhash is not None
        (killed,) = session.scalars(select(IngestRun)).all()
        assert killed.finished_at is None
        assert killed.new == stored  # the run's counters commit with their batch

    report = parley.ingest([str(corpus)], settings=Settings(db=db_url, batch_size=100))
    assert (report.new, report.duplicates, report.errors) == (N_DOCS - stored, stored, [])
    assert _count(db_url) == N_DOCS
