"""Sticking points and common ground between the principal parties of a negotiation.

A sticking point is an issue where two principal parties hold opposite stances (support vs
oppose); common ground is an issue where every principal party holds the same stance. Third
parties' stances are shown beside them. Both are ranked by evidence: the fewest distinct articles
behind any one party's stance (a claim is only as strong as its weakest side).

Example::

    >>> from parley.store import open_engine
    >>> sticking_points(open_engine("sqlite:///:memory:"), Filters(), parties=["UKR", "RUS"])
    []
"""

from __future__ import annotations

from sqlalchemy import Engine

from parley.analysis.filters import Filters
from parley.analysis.matrix import position_matrix
from parley.analysis.results import IssueAlignment, MatrixCell, PartyStance, PositionMatrix
from parley.errors import InputError
from parley.packs import load_pack

__all__ = ["common_ground", "issue_alignments", "pack_parties", "sticking_points"]


def pack_parties(pack: str | None) -> tuple[list[str], list[str]]:
    """(principal parties, third parties) declared by the pack (default pack: ukraine)."""
    info = load_pack(pack or "ukraine").info
    return list(info.principal_parties), list(info.third_parties)


def _party(cell: MatrixCell) -> PartyStance:
    tally = {"support": cell.support, "oppose": cell.oppose}.get(cell.stance)
    return PartyStance(
        actor=cell.actor,
        stance=cell.stance,
        articles=tally.articles if tally is not None else cell.articles,
        strongest_modality=tally.strongest_modality if tally is not None else None,
    )


def issue_alignments(
    engine: Engine,
    filters: Filters | None = None,
    *,
    parties: list[str] | None = None,
    third_parties: list[str] | None = None,
    evidence_limit: int = 3,
    matrix: PositionMatrix | None = None,
) -> list[IssueAlignment]:
    """Sticking points and common ground together, best-evidenced first within each kind.

    ``parties``/``third_parties`` default to the pack's (``filters.pack``, else ``ukraine``).
    A ready ``matrix`` computed with the same filters may be passed to avoid recomputing it.
    """
    filters = filters or Filters()
    if parties is None or third_parties is None:
        default_parties, default_third = pack_parties(filters.pack)
        parties = default_parties if parties is None else parties
        third_parties = default_third if third_parties is None else third_parties
    if len(parties) < 2:
        raise InputError("parties", "sticking points need at least two principal parties")
    if matrix is None:
        wanted = filters.narrowed(actors=list(dict.fromkeys([*parties, *third_parties])))
        matrix = position_matrix(engine, wanted, evidence_limit=evidence_limit)
    issues = sorted({c.issue for c in matrix.cells if c.actor in parties})
    found: list[IssueAlignment] = []
    for issue in issues:
        cells = [matrix.cell(p, issue) for p in parties]
        stances = {c.stance for c in cells}
        kind: str | None = None
        shared = None
        if {"support", "oppose"} <= stances:
            kind = "sticking_point"
        elif len(stances) == 1 and stances & {"support", "oppose"}:
            kind, shared = "common_ground", next(iter(stances))
        if kind is None:
            continue
        party_stances = [_party(c) for c in cells]
        relevant = [p for p in party_stances if p.stance in ("support", "oppose")]
        found.append(
            IssueAlignment(
                issue=issue,
                kind=kind,
                stance=shared,
                parties=party_stances,
                third_parties=[_party(matrix.cell(t, issue)) for t in third_parties],
                score=min(p.articles for p in relevant),
                evidence=[e for c in cells for e in c.evidence if e.stance == c.stance],
            )
        )
    found.sort(
        key=lambda a: (
            a.kind != "sticking_point",
            -a.score,
            -sum(p.articles for p in a.parties),
            a.issue,
        )
    )
    return found


def sticking_points(
    engine: Engine,
    filters: Filters | None = None,
    *,
    parties: list[str] | None = None,
    third_parties: list[str] | None = None,
    evidence_limit: int = 3,
) -> list[IssueAlignment]:
    """Issues where principal parties hold opposite stances, best-evidenced first.

    Example::

        for sp in sticking_points(engine, Filters(pack="ukraine")):
            print(sp.issue, [(p.actor, p.stance) for p in sp.parties], sp.score)
    """
    return [
        a
        for a in issue_alignments(
            engine,
            filters,
            parties=parties,
            third_parties=third_parties,
            evidence_limit=evidence_limit,
        )
        if a.kind == "sticking_point"
    ]


def common_ground(
    engine: Engine,
    filters: Filters | None = None,
    *,
    parties: list[str] | None = None,
    third_parties: list[str] | None = None,
    evidence_limit: int = 3,
) -> list[IssueAlignment]:
    """Issues where every principal party holds the same stance, best-evidenced first.

    Example::

        for cg in common_ground(engine, parties=["UKR", "RUS", "USA"]):
            print(cg.issue, cg.stance, cg.score)
    """
    return [
        a
        for a in issue_alignments(
            engine,
            filters,
            parties=parties,
            third_parties=third_parties,
            evidence_limit=evidence_limit,
        )
        if a.kind == "common_ground"
    ]
