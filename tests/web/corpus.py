"""A small stored corpus for the web tests, written by us, inserted straight through the schema.

Known content: two outlets, five articles (one of them hostile: markup in its title and text),
positions whose matrix is

    RUS territory       support (2 articles, red line in one)
    UKR territory       oppose  (1 article, red line)
    UKR ceasefire       support (1 article)
    RUS ceasefire       oppose  (1 article)   -> sticking point with UKR support
    EUROPE sanctions    support (1 article: the hostile one)

plus one event and one recorded duplicate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import Engine

from parley.models import analysed_text
from parley.store import session_scope
from parley.store.schema import Article, CommentaryRow, Duplicate, EventRow, Outlet, PositionRow

__all__ = ["HOSTILE_TEXT", "HOSTILE_TITLE", "build_web_corpus"]

HOSTILE_TITLE = (
    "<script>window.__xss = 'title'</script> Sanctions <img src=x onerror=\"window.__xss='img'\">"
)
HOSTILE_TEXT = (
    "Brussels said on Friday that the sanctions stay. "
    "<script>window.__xss = 'body'; console.log('XSS-RAN')</script> "
    "European ministers backed new sanctions <img src=x onerror=\"window.__xss='img-body'\"> today."
)


@dataclass
class _P:
    sentence: int
    actor: str
    issue: str
    stance: str
    modality: str = "firm"
    confidence: float = 0.9


@dataclass
class _A:
    outlet: str
    date: dt.date
    title: str
    sentences: list[str]
    positions: list[_P] = field(default_factory=list)


_ARTICLES = [
    _A(
        "North Ledger",
        dt.date(2025, 11, 3),
        "Talks open in Vienna",
        [
            "Delegates gathered in Vienna on Monday.",
            "Moscow demanded the whole eastern region as a condition.",
            "Kyiv will never cede an inch of its land, the president said.",
        ],
        [
            _P(1, "RUS", "territory", "support", "red_line"),
            _P(2, "UKR", "territory", "oppose", "red_line"),
        ],
    ),
    _A(
        "South Courier",
        dt.date(2025, 11, 4),
        "Second day in Vienna",
        [
            "The Russian side again claimed the eastern region.",
            "Kyiv backs a truce along the current line.",
        ],
        [_P(0, "RUS", "territory", "support"), _P(1, "UKR", "ceasefire", "support")],
    ),
    _A(
        "South Courier",
        dt.date(2025, 11, 6),
        "Kremlin cool on a pause",
        ["The Kremlin rejected a pause in the fighting before a settlement."],
        [_P(0, "RUS", "ceasefire", "oppose")],
    ),
    _A(
        "North Ledger",
        dt.date(2025, 11, 7),
        "Quiet day",
        ["Nothing of note happened at the talks."],
    ),
]


def _insert(s: object, outlet: Outlet, a: _A, text: str, starts: list[int]) -> Article:
    art = Article(
        url=f"https://example.org/{hashlib.sha1(text.encode()).hexdigest()[:8]}",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=a.title,
        date=a.date,
        outlet_id=outlet.id,
        language="en",
        text=text,
        raw=text,
        raw_format="text",
        source_path="web-test",
    )
    s.add(art)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    for p in a.positions:
        sentence = a.sentences[p.sentence]
        s.add(  # type: ignore[attr-defined]
            PositionRow(
                article_id=art.id,
                pack="ukraine",
                actor=p.actor,
                issue=p.issue,
                stance=p.stance,
                modality=p.modality,
                holder=p.actor,
                sentence=sentence,
                start=starts[p.sentence],
                end=starts[p.sentence] + len(sentence),
                reported_by=[],
                sources=[],
                claimed_by=None,
                confidence=p.confidence,
                date=a.date,
                outlet_id=outlet.id,
                pipeline_version="test",
            )
        )
    return art


def _headline_length(a: _A) -> int:
    """Where the text begins in the analysed text (after the headline and a blank line)."""
    text = " ".join(a.sentences)
    return len(analysed_text(a.title, text)) - len(text)


def build_web_corpus(engine: Engine) -> dict[str, int]:
    """Insert the corpus; returns names -> ids (articles a0..a3, hostile, position ids)."""
    ids: dict[str, int] = {}
    with session_scope(engine) as s:
        outlets = {name: Outlet(name=name) for name in ("North Ledger", "South Courier")}
        s.add_all(outlets.values())
        s.flush()
        for n, a in enumerate(_ARTICLES):
            text = " ".join(a.sentences)
            # offsets index the text as analysed: the headline, a blank line, then the text
            starts, pos = [], len(analysed_text(a.title, text)) - len(text)
            for sent in a.sentences:
                starts.append(pos)
                pos += len(sent) + 1
            ids[f"a{n}"] = _insert(s, outlets[a.outlet], a, text, starts).id
        hostile = _A(
            "North Ledger",
            dt.date(2025, 11, 7),
            HOSTILE_TITLE,
            [HOSTILE_TEXT],
        )
        art = _insert(s, outlets["North Ledger"], hostile, HOSTILE_TEXT, [0])
        ids["hostile"] = art.id
        analysed = analysed_text(HOSTILE_TITLE, HOSTILE_TEXT)
        start = analysed.index("European ministers")
        end = len(analysed)
        row = PositionRow(
            article_id=art.id,
            pack="ukraine",
            actor="EUROPE",
            issue="sanctions",
            stance="support",
            modality="firm",
            holder="European ministers",
            sentence=analysed[start:end],
            start=start,
            end=end,
            reported_by=[],
            sources=[],
            claimed_by=None,
            confidence=0.9,
            date=hostile.date,
            outlet_id=outlets["North Ledger"].id,
            pipeline_version="test",
        )
        s.add(row)
        s.flush()
        ids["hostile_position"] = row.id
        s.add(
            EventRow(
                article_id=ids["a0"],
                pack="ukraine",
                kind="talks",
                label="Vienna talks",
                date=dt.date(2025, 11, 3),
                place="Vienna",
                participants=["RUS", "UKR"],
                sentence=_ARTICLES[0].sentences[0],
                start=_headline_length(_ARTICLES[0]),
                end=_headline_length(_ARTICLES[0]) + len(_ARTICLES[0].sentences[0]),
                outlet_id=outlets["North Ledger"].id,
            )
        )
        pause = _ARTICLES[2].sentences[0]
        s.add(
            CommentaryRow(
                article_id=ids["a2"],
                pack="ukraine",
                holder="a defence analyst",
                holder_kind="analyst",
                issue="ceasefire",
                stance="support",
                about="RUS",
                sentence=pause,
                start=_headline_length(_ARTICLES[2]),
                end=_headline_length(_ARTICLES[2]) + len(pause),
                confidence=0.6,
                date=_ARTICLES[2].date,
                outlet_id=outlets["South Courier"].id,
            )
        )
        s.add(
            Duplicate(
                article_id=ids["a0"],
                kind="near",
                similarity=0.93,
                content_hash="f" * 64,
                url="https://example.net/vienna-copy",
                title="Talks open in Vienna (syndicated)",
                outlet="West Gazette",
                date=dt.date(2025, 11, 3),
                source_path="web-test",
            )
        )
    return ids
