"""Analyses of stored positions and events: one function per question an analyst asks.

Every function takes an SQLAlchemy ``Engine`` (``parley.store.open_engine(url)``) and a
``Filters`` and returns pydantic models (``parley.analysis.results``); every aggregate carries or
can fetch its evidence (position ids, sentences, article, outlet, date, offsets).

Example::

    >>> from parley.store import open_engine
    >>> from parley.analysis import Filters, position_matrix
    >>> position_matrix(open_engine("sqlite:///:memory:"), Filters()).cells
    []
"""

from __future__ import annotations

from parley.analysis.alignment import common_ground, issue_alignments, pack_parties, sticking_points
from parley.analysis.changes import ChangesDigest, changes_digest
from parley.analysis.contradictions import contradictions
from parley.analysis.deals import (
    DealEvaluation,
    Proposal,
    Provision,
    bundled_proposals,
    evaluate_deal,
    load_proposal,
)
from parley.analysis.evidence import evidence, evidence_by_cell, evidence_by_ids
from parley.analysis.filters import Filters
from parley.analysis.matrix import cell_stance, position_matrix
from parley.analysis.results import (
    MODALITY_ORDER,
    Bucket,
    CellStance,
    ClusterArticle,
    Contradiction,
    ContradictionSide,
    CountItem,
    EventCount,
    EvidenceItem,
    FramingCount,
    IssueAlignment,
    MatrixCell,
    NewPosition,
    Omission,
    PartyAssessment,
    PartyStance,
    PeriodStance,
    PositionKey,
    PositionMatrix,
    ProvisionAssessment,
    SourceProfile,
    SourcesReport,
    StanceShift,
    StanceTally,
    StoryCluster,
    Timeline,
    TimelineEvent,
    TimelinePoint,
)
from parley.analysis.shifts import stance_shifts
from parley.analysis.sources import framing_counts, source_profiles, story_clusters
from parley.analysis.timeline import list_events, timeline

__all__ = [
    "MODALITY_ORDER",
    "Bucket",
    "CellStance",
    "ChangesDigest",
    "ClusterArticle",
    "Contradiction",
    "ContradictionSide",
    "CountItem",
    "DealEvaluation",
    "EventCount",
    "EvidenceItem",
    "Filters",
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
    "Proposal",
    "Provision",
    "ProvisionAssessment",
    "SourceProfile",
    "SourcesReport",
    "StanceShift",
    "StanceTally",
    "StoryCluster",
    "Timeline",
    "TimelineEvent",
    "TimelinePoint",
    "bundled_proposals",
    "cell_stance",
    "changes_digest",
    "common_ground",
    "contradictions",
    "evaluate_deal",
    "evidence",
    "evidence_by_cell",
    "evidence_by_ids",
    "framing_counts",
    "issue_alignments",
    "list_events",
    "load_proposal",
    "pack_parties",
    "position_matrix",
    "source_profiles",
    "stance_shifts",
    "sticking_points",
    "story_clusters",
    "timeline",
]
