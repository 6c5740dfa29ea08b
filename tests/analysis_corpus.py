"""A small stored corpus with known positions, written for the analysis tests (our own sentences).

Positions are inserted directly through the schema, so the expected matrix, shifts,
contradictions, sticking points and deal verdicts below follow from this data alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import Engine

from parley.store import session_scope
from parley.store.schema import Article, EventRow, Outlet, PositionRow

__all__ = ["ARTICLES", "build_corpus"]


@dataclass
class P:
    sentence: int
    actor: str
    issue: str
    stance: str
    modality: str = "firm"
    holder: str = ""
    confidence: float = 0.9
    sources: list[str] = field(default_factory=list)


@dataclass
class E:
    sentence: int
    kind: str
    date: dt.date
    label: str
    place: str | None = None
    participants: list[str] = field(default_factory=list)


@dataclass
class A:
    key: str
    outlet: str
    date: dt.date
    title: str
    sentences: list[str]
    positions: list[P] = field(default_factory=list)
    events: list[E] = field(default_factory=list)


D = dt.date
ARTICLES: list[A] = [
    A(
        "a1",
        "Alpha News",
        D(2025, 11, 3),
        "Envoys meet in Geneva as Moscow presses land claim",
        [
            "Negotiators from Kyiv and Washington met in Geneva on Monday.",
            "The Kremlin insisted that Kyiv hand over the rest of the Donbas region.",
            "Kyiv will never give up its land, the Ukrainian president said.",
            "He added that joining NATO remains the country's goal.",
            "The Kievan delegation left without a deal.",
        ],
        [
            P(1, "RUS", "territory", "support", "red_line", "The Kremlin"),
            P(2, "UKR", "territory", "oppose", "red_line", "the Ukrainian president"),
            P(3, "UKR", "nato_membership", "support", "firm", "He"),
        ],
        [E(0, "talks", D(2025, 11, 3), "Geneva talks", "Geneva", ["UKR", "USA"])],
    ),
    A(
        "a2",
        "Beta Post",
        D(2025, 11, 3),
        "Geneva round opens; Kremlin repeats demand for Donbas",
        [
            "Delegations from Kiev and Washington gathered in Geneva on Monday for a new round.",
            "Moscow wants Ukraine to cede the Donbas, a Kremlin aide told reporters.",
            "Russia will never accept Ukraine in NATO, the foreign minister said.",
        ],
        [
            P(1, "RUS", "territory", "support", "firm", "Moscow", 0.3),
            P(2, "RUS", "nato_membership", "oppose", "red_line", "the foreign minister"),
        ],
        [E(0, "talks", D(2025, 11, 3), "Geneva round", "Geneva", ["UKR", "USA"])],
    ),
    A(
        "a3",
        "Gamma Wire",
        D(2025, 11, 10),
        "Washington weighs a small troop presence",
        [
            "Two U.S. officials floated the idea of American troops helping a future mission.",
            "Ukraine wants binding security guarantees from its partners.",
        ],
        [
            P(
                0,
                "USA",
                "foreign_troops",
                "support",
                "floated",
                "Two U.S. officials",
                0.7,
                ["two U.S. officials"],
            ),
            P(1, "UKR", "security_guarantees", "support", "firm", "Ukraine"),
        ],
    ),
    A(
        "a4",
        "Alpha News",
        D(2025, 11, 12),
        "President rules out boots on the ground",
        [
            "The U.S. president ruled out sending American soldiers to Ukraine.",
            "European leaders pledged guarantees for Kyiv's security.",
        ],
        [
            P(0, "USA", "foreign_troops", "oppose", "firm", "The U.S. president"),
            P(1, "EUROPE", "security_guarantees", "support", "firm", "European leaders"),
        ],
    ),
    A(
        "a5",
        "Beta Post",
        D(2025, 10, 6),
        "Moscow dismisses truce talk",
        [
            "The Kremlin rejected any ceasefire before a full settlement.",
            "Moscow also refused to discuss guarantees for Ukraine, an official said.",
        ],
        [
            P(0, "RUS", "ceasefire", "oppose", "firm", "The Kremlin"),
            P(
                1,
                "RUS",
                "security_guarantees",
                "oppose",
                "reported",
                "Moscow",
                0.8,
                ["an official"],
            ),
        ],
    ),
    A(
        "a6",
        "Beta Post",
        D(2025, 11, 17),
        "Leaders speak by phone about a pause in fighting",
        [
            "The two presidents spoke by phone on Monday.",
            "Russia is ready to agree to a ceasefire if Ukraine withdraws first, Moscow said.",
        ],
        [P(1, "RUS", "ceasefire", "support", "conditional", "Moscow")],
        [E(0, "call", D(2025, 11, 17), "Phone call", None, ["RUS", "USA"])],
    ),
    A(
        "a7",
        "Gamma Wire",
        D(2025, 11, 17),
        "Kyiv backs a truce after presidents' call",
        [
            "After a phone call between the presidents on Monday, talk turned to a truce.",
            "Kyiv backs an immediate truce along the front line.",
        ],
        [P(1, "UKR", "ceasefire", "support", "firm", "Kyiv")],
        [E(0, "call", D(2025, 11, 17), "Presidents' call", None, ["RUS", "USA"])],
    ),
]


def build_corpus(engine: Engine, pack: str = "ukraine") -> dict[str, int]:
    """Insert the corpus; returns article key -> article id."""
    ids: dict[str, int] = {}
    with session_scope(engine) as s:
        outlets: dict[str, Outlet] = {}
        for spec in ARTICLES:
            if spec.outlet not in outlets:
                outlets[spec.outlet] = Outlet(name=spec.outlet)
                s.add(outlets[spec.outlet])
        s.flush()
        for spec in ARTICLES:
            text = " ".join(spec.sentences)
            starts = []
            pos = 0
            for sent in spec.sentences:
                starts.append(pos)
                pos += len(sent) + 1
            outlet = outlets[spec.outlet]
            art = Article(
                url=f"https://example.org/{spec.key}",
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                title=spec.title,
                date=spec.date,
                outlet_id=outlet.id,
                language="en",
                text=text,
                raw=text,
                raw_format="text",
                source_path=f"{spec.key}.txt",
            )
            s.add(art)
            s.flush()
            ids[spec.key] = art.id
            for p in spec.positions:
                sent = spec.sentences[p.sentence]
                s.add(
                    PositionRow(
                        article_id=art.id,
                        pack=pack,
                        actor=p.actor,
                        issue=p.issue,
                        stance=p.stance,
                        modality=p.modality,
                        holder=p.holder or p.actor,
                        sentence=sent,
                        start=starts[p.sentence],
                        end=starts[p.sentence] + len(sent),
                        reported_by=[],
                        sources=p.sources,
                        claimed_by=None,
                        confidence=p.confidence,
                        date=spec.date,
                        outlet_id=outlet.id,
                        pipeline_version="test",
                    )
                )
            for e in spec.events:
                sent = spec.sentences[e.sentence]
                s.add(
                    EventRow(
                        article_id=art.id,
                        pack=pack,
                        kind=e.kind,
                        label=e.label,
                        date=e.date,
                        place=e.place,
                        participants=e.participants,
                        sentence=sent,
                        start=starts[e.sentence],
                        end=starts[e.sentence] + len(sent),
                        outlet_id=outlet.id,
                    )
                )
    return ids
