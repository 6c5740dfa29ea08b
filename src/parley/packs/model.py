"""The domain pack as typed data: actors, issues, cue lexicons and framing markers.

A pack describes one peace process. Everything the extractor knows about the domain comes from
here, so a new negotiation needs new YAML files, not new code.

Example::

    >>> from parley.packs import load_pack
    >>> pack = load_pack("ukraine")
    >>> pack.actor("RUS").name
    'Russia'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "Actor",
    "Framing",
    "FramingMarker",
    "Issue",
    "IssueCue",
    "IssueExample",
    "Lexicon",
    "Pack",
    "PackInfo",
    "Person",
    "Phrasal",
]


def _check_regex(pattern: str, where: str = "") -> None:
    """Pack regexes fail at load time, with the pattern named, never at extraction time."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{where}invalid regular expression: {exc}") from None


class _Strict(BaseModel):
    """Unknown fields are errors: a typo in a pack file must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class Person(_Strict):
    """An official who speaks for an actor; outside ``start``..``end`` a former official."""

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list, description="Other spellings, surname alone.")
    role: str = Field(min_length=1, description="president, foreign minister, envoy, ...")
    start: dt.date | None = Field(None, description="First day in office (if it matters).")
    end: dt.date | None = Field(None, description="Last day in office (if it matters).")

    def in_office(self, on: dt.date | None) -> bool:
        """Whether the person held the role on ``on`` (unknown date: assume yes)."""
        if on is None:
            return True
        if self.start is not None and on < self.start:
            return False
        return not (self.end is not None and on > self.end)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Actor(_Strict):
    """A party to (or a broker of) the negotiation, with every way the news names it."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    name: str = Field(min_length=1)
    kind: Literal["state", "organisation", "bloc"]
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list, description="Adjectives: Russian, Ukrainian.")
    public_demonyms: list[str] = Field(
        default_factory=list, description="Plural nouns naming the population: Ukrainians."
    )
    metonyms: list[str] = Field(
        default_factory=list, description="Capitals and seats of power: Kremlin, White House."
    )
    people: list[Person] = Field(default_factory=list)
    member_of: list[str] = Field(
        default_factory=list,
        description="Blocs it belongs to: several members acting together are that bloc.",
    )
    documents: list[str] = Field(
        default_factory=list,
        description=(
            "Regexes for documents the news knows as this actor's by name alone ('the 28-point"
            " plan'), matched against a document noun phrase that names no owner."
        ),
    )

    @field_validator("documents")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            _check_regex(pattern, f"{pattern!r}: ")
        return value


class IssueCue(_Strict):
    """A regex naming the issue; ``polarity`` -1 means it names the motion's opposite."""

    pattern: str = Field(min_length=1)
    polarity: Literal[1, -1] = 1
    weak: bool = Field(
        False, description="Generic words ('the plan') that count only under a stance predicate."
    )
    states: bool = Field(
        False,
        description=(
            "The phrase states the stance by itself ('opened the way for talks'): its speaker,"
            " or else the main clause's subject, holds it with no stance verb."
        ),
    )
    support_only: bool = Field(
        False,
        description=(
            "The word states only a yes ('wants peace'); turned against ('blocking peace') it"
            " is one side's charge against the other, not a stance, and is not read."
        ),
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        _check_regex(value)
        return value


class IssueExample(_Strict):
    """A sentence written for the pack, with the position it states (used by tests)."""

    text: str
    actor: str
    stance: Literal["support", "oppose"]


class NeverHeld(_Strict):
    """A stance one party never takes on a motion ("RUS", "support" on sanctions)."""

    actor: str
    stance: Literal["support", "oppose"]


class Issue(_Strict):
    """One motion of the negotiation: support means being for it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    motion: str = Field(min_length=1)
    cues: list[IssueCue] = Field(min_length=1)
    acts_count: bool = Field(
        False, description="Doing it is taking a stance: supplying weapons, imposing sanctions."
    )
    mention_counts: bool = Field(
        False,
        description="A speaker or actor who talks of it with no stance word is for it "
        "(security guarantees: a party discussing them is discussing giving or getting them).",
    )
    motion_actor: str | None = Field(
        None,
        description="The party whose act the motion describes (territory: Ukraine cedes land); "
        "the other principal party doing the same act itself takes the opposite stance.",
    )
    beneficiary: str | None = Field(
        None,
        description="The party the motion's thing is for (security guarantees, armed forces: "
        "Ukraine); a cue word owned by or meant for another actor (\"NATO's defence "
        'capabilities", "guarantees for Russia") is not the motion.',
    )
    never_held: list[NeverHeld] = Field(
        default_factory=list,
        description="Stances a party never takes on this motion (Russia backing sanctions on "
        "itself): a sentence read that way was misread, and the finding is dropped.",
    )
    examples: list[IssueExample] = Field(default_factory=list)


class Phrasal(_Strict):
    """A verb whose stance depends on a particle or preposition: 'rule out', 'call for'."""

    lemma: str
    particle: str
    polarity: Literal[1, -1]


class Lexicon(_Strict):
    """Cue words, as lower-case lemmas unless said otherwise."""

    support_verbs: list[str]
    oppose_verbs: list[str]
    refusal_verbs: list[str] = Field(default_factory=list)
    phrasal_verbs: list[Phrasal] = Field(default_factory=list)
    support_nouns: list[str] = Field(default_factory=list)
    oppose_nouns: list[str] = Field(default_factory=list)
    support_adjectives: list[str] = Field(default_factory=list)
    oppose_adjectives: list[str] = Field(default_factory=list)
    negation: list[str] = Field(description="Tokens that flip a predicate: not, never, no.")
    flipping_prepositions: list[str] = Field(default_factory=list)
    reversing_nouns: list[str] = Field(
        default_factory=list,
        description="'the suspension of aid', 'a ban on troops': X of/on them is X stopped.",
    )
    reporting_verbs: list[str]
    positive_evaluations: list[str] = Field(default_factory=list)
    negative_evaluations: list[str] = Field(default_factory=list)
    red_line_cues: list[str] = Field(default_factory=list)
    conditional_markers: list[str] = Field(default_factory=list)
    open_to_cues: list[str] = Field(default_factory=list)
    floated_cues: list[str] = Field(default_factory=list)
    reported_cues: list[str] = Field(default_factory=list)
    hypothetical_cues: list[str] = Field(default_factory=list)
    commentator_nouns: list[str] = Field(default_factory=list)
    commentator_organisations: list[str] = Field(default_factory=list)
    public_nouns: list[str] = Field(default_factory=list)
    former_cues: list[str] = Field(default_factory=list)
    official_nouns: list[str] = Field(
        default_factory=list, description="Role nouns that speak for the actor modifying them."
    )
    document_nouns: list[str] = Field(
        default_factory=list, description="'the European text', 'Russia's plan' speak for X."
    )
    partner_nouns: list[str] = Field(
        default_factory=list, description="'allies', 'partners': X's allies are not X."
    )
    source_nouns: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list, description="Names of news outlets/agencies.")
    outlet_nouns: list[str] = Field(default_factory=list, description="'the agency', 'the paper'.")
    history_cues: list[str] = Field(default_factory=list)
    dropped_cues: list[str] = Field(default_factory=list)


class FramingMarker(_Strict):
    """Word choices that signal a frame: each variant maps to the regexes that find it."""

    id: str
    label: str
    variants: dict[str, list[str]] = Field(min_length=1)

    @field_validator("variants")
    @classmethod
    def _compiles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, patterns in value.items():
            for pattern in patterns:
                _check_regex(pattern, f"variant {name!r}: ")
        return value


class Framing(_Strict):
    markers: list[FramingMarker] = Field(default_factory=list)


class PackInfo(_Strict):
    """``pack.yaml``: name, version, and which actors are the parties."""

    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    principal_parties: list[str] = Field(min_length=1)
    third_parties: list[str] = Field(default_factory=list)
    theatre: str | None = Field(
        None,
        description=(
            "The country the conflict is about: 'the Ukraine peace plan' is a plan for it, not"
            " its plan."
        ),
    )
    lexicon_from: str | None = Field(
        None, description="Bundled pack (or folder) whose lexicon.yaml to use when this has none."
    )


class Pack(_Strict):
    """A loaded, validated domain pack."""

    info: PackInfo
    actors: list[Actor] = Field(min_length=1)
    issues: list[Issue] = Field(min_length=1)
    lexicon: Lexicon
    framing: Framing = Field(default_factory=Framing)
    path: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Pack:
        ids = [a.id for a in self.actors]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate actor ids: {sorted(dup)}")
        issue_ids = [i.id for i in self.issues]
        dup = {i for i in issue_ids if issue_ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate issue ids: {sorted(dup)}")
        seen: dict[str, str] = {}
        for actor in self.actors:
            for person in actor.people:
                if person.name in seen:
                    raise ValueError(
                        f"actors.{actor.id}.people: {person.name!r} is already listed under "
                        f"{seen[person.name]}"
                    )
                seen[person.name] = actor.id
            for bloc in actor.member_of:
                if bloc not in ids:
                    raise ValueError(f"actors.{actor.id}.member_of: unknown actor id {bloc!r}")
        for field in ("principal_parties", "third_parties"):
            for actor_id in getattr(self.info, field):
                if actor_id not in ids:
                    raise ValueError(f"info.{field}: unknown actor id {actor_id!r}")
        if self.info.theatre is not None and self.info.theatre not in ids:
            raise ValueError(f"info.theatre: unknown actor id {self.info.theatre!r}")
        for issue in self.issues:
            for name in ("motion_actor", "beneficiary"):
                party = getattr(issue, name)
                if party is not None and party not in ids:
                    raise ValueError(f"issues.{issue.id}.{name}: unknown actor id {party!r}")
            for n, never in enumerate(issue.never_held):
                if never.actor not in ids:
                    raise ValueError(
                        f"issues.{issue.id}.never_held[{n}].actor: unknown actor id {never.actor!r}"
                    )
            for n, example in enumerate(issue.examples):
                if example.actor not in ids:
                    raise ValueError(
                        f"issues.{issue.id}.examples[{n}].actor: unknown actor id {example.actor!r}"
                    )
        return self

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def version(self) -> str:
        return self.info.version

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (``KeyError`` if the pack has none)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def issue(self, issue_id: str) -> Issue:
        """The issue with this id (``KeyError`` if the pack has none)."""
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(issue_id)

    @property
    def actor_ids(self) -> list[str]:
        return [a.id for a in self.actors]

    @property
    def issue_ids(self) -> list[str]:
        return [i.id for i in self.issues]
