"""Result models of the analyses: what the CLI prints, the web API serialises and the report draws.

Every aggregate carries (or can fetch) the evidence it rests on: ``EvidenceItem`` names the
position id, the article, the outlet, the date and the character offsets of the sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from parley.analysis.filters import Filters
from parley.models import Modality, Stance

__all__ = [
    "MODALITY_ORDER",
    "Bucket",
    "CellStance",
    "ClusterArticle",
    "Contradiction",
    "ContradictionSide",
    "CountItem",
    "EventCount",
    "EvidenceItem",
    "FramingCount",
    "IssueAlignment",
    "MatrixCell",
    "NewPosition",
    "Omission",
    "PartyAssessment",
    "PartyStance",
    "PeriodStance",
    "PositionKey",
    "PositionMatrix",
    "ProvisionAssessment",
    "SourceProfile",
    "SourcesReport",
    "StanceShift",
    "StanceTally",
    "StoryCluster",
    "Timeline",
    "TimelineEvent",
    "TimelinePoint",
]

CellStance = Literal["support", "oppose", "mixed", "unknown"]
Bucket = Literal["day", "week", "month"]

#: Strongest first: a red line beats a firm statement beats ... a hypothetical.
MODALITY_ORDER: tuple[Modality, ...] = (
    "red_line",
    "firm",
    "conditional",
    "open_to",
    "floated",
    "reported",
    "hypothetical",
)


class EvidenceItem(BaseModel):
    """One stored position, as proof: the sentence, where it is, who published it and when."""

    position_id: int
    article_id: int
    actor: str
    issue: str
    stance: Stance
    modality: str
    holder: str
    sentence: str
    start: int
    end: int
    confidence: float
    date: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class StanceTally(BaseModel):
    """How much evidence one stance of one cell has."""

    positions: int = 0
    articles: int = 0
    strongest_modality: Modality | None = None
    latest_date: dt.date | None = None


class MatrixCell(BaseModel):
    """Actor × issue: the overall stance and the evidence behind it."""

    actor: str
    issue: str
    stance: CellStance = "unknown"
    support: StanceTally = Field(default_factory=StanceTally)
    oppose: StanceTally = Field(default_factory=StanceTally)
    positions: int = 0
    articles: int = Field(0, description="Distinct articles behind the cell (both stances).")
    outlets: int = Field(0, description="Distinct outlets behind the cell (both stances).")
    latest_date: dt.date | None = None
    strongest_modality: Modality | None = None
    evidence: list[EvidenceItem] = Field(default_factory=list, description="Top evidence, limited.")

    @property
    def key(self) -> str:
        """A stable id for links and anchors, e.g. ``RUS:territory``."""
        return f"{self.actor}:{self.issue}"


class PositionMatrix(BaseModel):
    """All non-empty cells; ``cell()`` answers ``unknown`` for the others."""

    filters: Filters
    actors: list[str]
    issues: list[str]
    cells: list[MatrixCell]

    def cell(self, actor: str, issue: str) -> MatrixCell:
        """The cell for (actor, issue), or an empty ``unknown`` cell."""
        for c in self.cells:
            if c.actor == actor and c.issue == issue:
                return c
        return MatrixCell(actor=actor, issue=issue)


class TimelinePoint(BaseModel):
    """Statements (positions) in one period, for one actor and/or issue (``None`` = all)."""

    period: dt.date
    actor: str | None = None
    issue: str | None = None
    support: int = 0
    oppose: int = 0
    articles: int = 0


class EventCount(BaseModel):
    period: dt.date
    kind: str
    count: int


class TimelineEvent(BaseModel):
    """One stored event with its evidence."""

    event_id: int
    article_id: int
    kind: str
    label: str
    date: dt.date | None = None
    place: str | None = None
    participants: list[str] = Field(default_factory=list)
    sentence: str
    start: int
    end: int
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class Timeline(BaseModel):
    """Statements and events over time, bucketed by day, week (Mondays) or month (1st)."""

    bucket: Bucket
    group_by: Literal["actor", "issue", "actor_issue", "none"]
    points: list[TimelinePoint]
    event_counts: list[EventCount]
    events: list[TimelineEvent] = Field(default_factory=list, description="Listed events, limited.")


class PeriodStance(BaseModel):
    """An actor's stance on an issue within one period."""

    period_start: dt.date
    period_end: dt.date
    stance: CellStance
    support_articles: int = 0
    oppose_articles: int = 0
    evidence: list[EvidenceItem] = Field(default_factory=list)


class StanceShift(BaseModel):
    """The stance changed between two consecutive periods that both have evidence."""

    actor: str
    issue: str
    before: PeriodStance
    after: PeriodStance


class CountItem(BaseModel):
    key: str
    count: int


class FramingCount(BaseModel):
    """How often one variant of a framing marker (e.g. 'Kiev' vs 'Kyiv') appears in an outlet."""

    marker: str
    variant: str
    occurrences: int
    articles: int


class PositionKey(BaseModel):
    actor: str
    issue: str
    stance: Stance


class SourceProfile(BaseModel):
    """What one outlet reports, whom it quotes, how it sources and frames."""

    outlet: str
    articles: int
    positions: int
    anonymous_positions: int
    anonymous_rate: float
    actors: list[CountItem] = Field(description="Positions per actor: whom the outlet reports.")
    holders: list[CountItem] = Field(description="Most frequent holder phrases (who is quoted).")
    cells: list[CountItem] = Field(description="Positions per 'ACTOR:issue:stance'.")
    framing: list[FramingCount] = Field(default_factory=list)


class ClusterArticle(BaseModel):
    article_id: int
    outlet: str | None
    title: str | None
    date: dt.date | None
    url: str | None = None


class Omission(BaseModel):
    """Positions other outlets in the cluster report but this outlet does not."""

    outlet: str
    missing: list[PositionKey]


class StoryCluster(BaseModel):
    """Articles of different outlets about the same story."""

    cluster_id: int
    label: str
    date_from: dt.date | None
    date_to: dt.date | None
    articles: list[ClusterArticle]
    outlets: list[str]
    reported: list[PositionKey] = Field(description="Union of positions reported in the cluster.")
    omissions: list[Omission]


class SourcesReport(BaseModel):
    profiles: list[SourceProfile]
    clusters: list[StoryCluster]


class ContradictionSide(BaseModel):
    outlet: str
    stance: Stance
    date: dt.date | None
    positions: int
    evidence: list[EvidenceItem] = Field(default_factory=list)


class Contradiction(BaseModel):
    """Two outlets report opposite stances of one actor on one issue within a time window."""

    actor: str
    issue: str
    days_apart: int
    support: ContradictionSide
    oppose: ContradictionSide


class PartyStance(BaseModel):
    actor: str
    stance: CellStance
    articles: int = 0
    strongest_modality: Modality | None = None


class IssueAlignment(BaseModel):
    """A sticking point (principal parties opposed) or common ground (all on the same side)."""

    issue: str
    kind: Literal["sticking_point", "common_ground"]
    stance: Stance | None = Field(None, description="The shared stance, for common ground.")
    parties: list[PartyStance]
    third_parties: list[PartyStance] = Field(default_factory=list)
    score: int = Field(description="Evidence: the fewest distinct articles among the parties.")
    evidence: list[EvidenceItem] = Field(default_factory=list)


class ProvisionAssessment(BaseModel):
    provision_id: str
    issue: str
    provision_stance: Stance
    party_stance: CellStance
    verdict: Literal["match", "clash", "contested", "unknown"]
    red_line_clash: bool = False
    evidence: list[EvidenceItem] = Field(default_factory=list)


class PartyAssessment(BaseModel):
    """How one party's stated positions line up with a proposal."""

    party: str
    matches: int
    clashes: int
    red_line_clashes: int
    contested: int
    unknown: int
    score: float = Field(description="(matches - clashes) / (matches + clashes), 0 when none.")
    verdict: Literal[
        "unacceptable",
        "leaning_unacceptable",
        "contested",
        "leaning_acceptable",
        "acceptable",
        "unknown",
    ]
    provisions: list[ProvisionAssessment]


class NewPosition(BaseModel):
    """A (actor, issue, stance) first reported inside the digest window."""

    actor: str
    issue: str
    stance: Stance
    first_date: dt.date | None
    articles: int
    evidence: list[EvidenceItem] = Field(default_factory=list)
