"""Proposals posted to the web app (pasted or uploaded YAML/JSON text), parsed safely.

YAML anchors and aliases are refused (an alias bomb would otherwise expand during
validation), the text size is bounded, and errors name the field like ``load_proposal`` does.

Example::

    >>> p = parse_proposal('''
    ... name: Test plan
    ... date: 2025-11-20
    ... proposed_by: USA
    ... summary: A test.
    ... provisions: [{id: "1", issue: ceasefire, stance: support, text: Stop firing.}]
    ... ''')
    >>> p.provisions[0].issue
    'ceasefire'
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from parley.analysis.deals import Proposal, bundled_proposals, load_proposal
from parley.errors import InputError, NotFoundError

__all__ = [
    "MAX_PROPOSAL_CHARS",
    "ExampleProposal",
    "example_proposal",
    "example_proposals",
    "parse_proposal",
]

MAX_PROPOSAL_CHARS = 200_000


class ExampleProposal(BaseModel):
    """A proposal shipped with parley, addressable by ``id`` (its file stem)."""

    id: str
    name: str
    proposed_by: str
    date: str
    provisions: int


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def parse_proposal(text: str, source: str = "proposal") -> Proposal:
    """A validated :class:`Proposal` from YAML or JSON text; :class:`InputError` otherwise."""
    if len(text) > MAX_PROPOSAL_CHARS:
        raise InputError(source, f"longer than {MAX_PROPOSAL_CHARS} characters")
    if not text.strip():
        raise InputError(source, "empty: paste or upload a proposal (YAML or JSON)")
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise InputError(source, "YAML aliases are not accepted")
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(source, f"invalid YAML/JSON: {exc}") from None
    except RecursionError:
        raise InputError(source, "nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(source, "expected a mapping with name, date, provisions, ...")
    try:
        json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(source, "contains invalid Unicode (lone surrogate escapes)") from None
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        msg = str(first["msg"]).removeprefix("Value error, ")
        raise InputError(source, f"field {_where(tuple(first['loc']))}: {msg}{more}") from None


def _examples() -> dict[str, Path]:
    return {p.stem: p for p in bundled_proposals()}


def example_proposals() -> list[ExampleProposal]:
    """The bundled example proposals."""
    out = []
    for key, path in _examples().items():
        p = load_proposal(path)
        out.append(
            ExampleProposal(
                id=key,
                name=p.name,
                proposed_by=p.proposed_by,
                date=p.date.isoformat(),
                provisions=len(p.provisions),
            )
        )
    return out


def example_proposal(example_id: str) -> Proposal:
    """One bundled proposal by id; :class:`NotFoundError` for an unknown id."""
    path = _examples().get(example_id)
    if path is None:
        raise NotFoundError(f"example proposal {example_id}: not found")
    return load_proposal(path)
