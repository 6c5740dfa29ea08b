"""Deal evaluation: a proposal's provisions against each party's stated positions.

A proposal file (YAML) names the deal and lists provisions, each taking a stance on one issue.
For every party, each provision *matches* the party's stance on that issue, *clashes* with it,
is *contested* (the party's stance is mixed) or *unknown* (no evidence); a clash with a stance the
party stated as a red line is flagged. The overall verdict per party forms the acceptability table.

Example::

    >>> p = Proposal(name="x", date="2025-11-20", proposed_by="USA", summary="s",
    ...              provisions=[Provision(id="1", issue="territory", stance="support", text="t")])
    >>> p.provisions[0].issue
    'territory'
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import Engine

from parley.analysis.alignment import pack_parties
from parley.analysis.filters import Filters
from parley.analysis.matrix import position_matrix
from parley.analysis.results import MatrixCell, PartyAssessment, ProvisionAssessment
from parley.errors import InputError
from parley.models import Stance

__all__ = [
    "DealEvaluation",
    "Proposal",
    "Provision",
    "bundled_proposals",
    "evaluate_deal",
    "load_proposal",
]

PROPOSALS_DIR = Path(__file__).resolve().parents[1] / "data" / "proposals"


class Provision(BaseModel):
    """One clause of a proposal: the stance it takes on one issue, in the team's own words."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    issue: str = Field(min_length=1)
    stance: Stance
    text: str = Field(min_length=1)


class Proposal(BaseModel):
    """A peace proposal as a list of provisions (the fixed proposal YAML format)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    date: dt.date
    proposed_by: str = Field(min_length=1, description="Actor id of the proposer.")
    summary: str
    provisions: list[Provision] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Proposal:
        ids = [p.id for p in self.provisions]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate provision ids: {dup}")
        return self


class DealEvaluation(BaseModel):
    """The acceptability table: one row per party, with per-provision detail and evidence."""

    proposal: Proposal
    filters: Filters
    parties: list[PartyAssessment]


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_proposal(path: str | Path) -> Proposal:
    """Read and validate a proposal YAML file; errors name the file and the field.

    Example::

        proposal = load_proposal("src/parley/data/proposals/us_28_point_plan.yaml")
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "expected a mapping with name, date, provisions, ...")
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        msg = str(first["msg"]).removeprefix("Value error, ")
        raise InputError(str(path), f"field {_where(tuple(first['loc']))}: {msg}{more}") from None


def bundled_proposals() -> list[Path]:
    """The example proposal files shipped with parley."""
    return sorted(PROPOSALS_DIR.glob("*.yaml")) if PROPOSALS_DIR.is_dir() else []


def _assess(provision: Provision, cell: MatrixCell) -> ProvisionAssessment:
    opposite = "oppose" if provision.stance == "support" else "support"
    against = cell.oppose if provision.stance == "support" else cell.support
    if cell.stance == "unknown":
        verdict = "unknown"
    elif cell.stance == "mixed":
        verdict = "contested"
    elif cell.stance == provision.stance:
        verdict = "match"
    else:
        verdict = "clash"
    # A red line against the provision counts unless the party's evidence mostly backs it.
    red_line = verdict in ("clash", "contested") and against.strongest_modality == "red_line"
    wanted = {"match": provision.stance, "clash": opposite}.get(verdict)
    shown = [e for e in cell.evidence if wanted is None or e.stance == wanted]
    return ProvisionAssessment(
        provision_id=provision.id,
        issue=provision.issue,
        provision_stance=provision.stance,
        party_stance=cell.stance,
        verdict=verdict,
        red_line_clash=red_line,
        evidence=shown,
    )


def _overall(rows: list[ProvisionAssessment], party: str) -> PartyAssessment:
    matches = sum(r.verdict == "match" for r in rows)
    clashes = sum(r.verdict == "clash" for r in rows)
    red = sum(r.red_line_clash for r in rows)
    contested = sum(r.verdict == "contested" for r in rows)
    unknown = sum(r.verdict == "unknown" for r in rows)
    score = (matches - clashes) / (matches + clashes) if matches + clashes else 0.0
    if red:
        verdict = "unacceptable"
    elif matches + clashes == 0:
        verdict = "contested" if contested else "unknown"
    elif clashes == 0:
        verdict = "acceptable"
    elif matches > clashes:
        verdict = "leaning_acceptable"
    elif matches < clashes:
        verdict = "leaning_unacceptable"
    else:
        verdict = "contested"
    return PartyAssessment(
        party=party,
        matches=matches,
        clashes=clashes,
        red_line_clashes=red,
        contested=contested,
        unknown=unknown,
        score=round(score, 3),
        verdict=verdict,
        provisions=rows,
    )


def evaluate_deal(
    engine: Engine,
    proposal: Proposal | str | Path,
    filters: Filters | None = None,
    *,
    parties: list[str] | None = None,
    evidence_limit: int = 3,
) -> DealEvaluation:
    """Evaluate ``proposal`` (a model or a YAML path) for each party.

    ``parties`` defaults to the pack's principal and third parties. A red-line clash means the
    party stated the opposite of the provision as a red line and its stance clashes with the
    provision or is mixed (a minority red line under a clear match does not count).

    Example::

        table = evaluate_deal(engine, "plan.yaml", Filters(until=dt.date(2025, 11, 30)))
        for row in table.parties:
            print(row.party, row.verdict, row.matches, row.clashes, row.red_line_clashes)
    """
    filters = filters or Filters()
    if not isinstance(proposal, Proposal):
        proposal = load_proposal(proposal)
    if parties is None:
        principal, third = pack_parties(filters.pack)
        parties = [*principal, *third]
    issues = sorted({p.issue for p in proposal.provisions})
    matrix = position_matrix(
        engine,
        filters.narrowed(actors=parties, issues=issues),
        evidence_limit=evidence_limit,
    )
    rows = [
        _overall(
            [_assess(prov, matrix.cell(party, prov.issue)) for prov in proposal.provisions], party
        )
        for party in parties
    ]
    return DealEvaluation(proposal=proposal, filters=filters, parties=rows)
