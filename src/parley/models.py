"""Typed records that cross module boundaries (ingest -> store -> nlp -> analysis -> faces).

Every extracted fact carries its evidence: the article it came from, the character offsets into
the article's cleaned text, and the sentence itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "ArticleMeta",
    "CleanDocument",
    "Commentary",
    "Event",
    "Evidence",
    "Extraction",
    "Modality",
    "Position",
    "Stance",
    "analysed_text",
]

Stance = Literal["support", "oppose"]
Modality = Literal[
    "red_line",  # non-negotiable: "will never", "red line", "under no circumstances"
    "firm",  # plain statement or demand
    "conditional",  # "if there is a ceasefire", "provided that"
    "open_to",  # "could consider", "open to", "ready to discuss"
    "floated",  # "floated", "proposed the idea", "suggested"
    "reported",  # attributed to reports / anonymous sources / unconfirmed
    "hypothetical",  # "would", scenarios
]


class ArticleMeta(BaseModel):
    """Metadata found in an input. A value that is not in the input stays ``None``."""

    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def analysed_text(title: str | None, text: str) -> str:
    """The text positions are read from, and that their offsets index: the headline, a blank
    line, then the cleaned text. Ingest keeps the title apart from the text, but a headline
    states the story's main position; the text alone when it has no title or already begins
    with it.

    >>> analysed_text("Kyiv rejects the plan", "The plan was rejected on Monday.")
    'Kyiv rejects the plan\n\nThe plan was rejected on Monday.'
    """
    headline = (title or "").strip()
    if not headline or text.lstrip().startswith(headline):
        return text
    return f"{headline}\n\n{text}"


class CleanDocument(BaseModel):
    """One input after reading and cleaning, before it is stored."""

    meta: ArticleMeta
    text: str
    raw: str = Field(description="The input as read (decoded), kept so it can be re-processed.")
    raw_format: Literal["text", "html", "markdown", "json", "feed"] = "text"
    source_path: str = Field(description="File path, URL or 'stdin' the document came from.")


class Evidence(BaseModel):
    """Where a fact was read: character offsets into the analysed text (``analysed_text``:
    the headline, a blank line, the cleaned text), and the sentence."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Position(Evidence):
    """An actor's stated stance on one issue, with how firmly and through whom it was reported."""

    actor: str
    issue: str
    stance: Stance
    modality: Modality = "firm"
    holder: str = Field(
        description="The words in the text that name the holder, e.g. 'Moscow', 'Lavrov'."
    )
    reported_by: list[str] = Field(
        default_factory=list, description="Outlets/agencies in the chain."
    )
    sources: list[str] = Field(
        default_factory=list, description="Who the report cites, e.g. 'an anonymous official'."
    )
    claimed_by: str | None = Field(None, description="Actor id who claims this about the holder.")
    confidence: float = Field(0.5, ge=0, le=1)


class Commentary(Evidence):
    """A view of a non-actor (analyst, expert, former official, public opinion) on an issue."""

    holder: str
    holder_kind: Literal["analyst", "expert", "former_official", "journalist", "public", "other"]
    issue: str
    stance: Stance
    about: str | None = Field(None, description="Actor id the commentary is about, if any.")
    confidence: float = Field(0.5, ge=0, le=1)


class Event(Evidence):
    """A meeting, summit, call, round of talks or proposal, with resolved date, place and who."""

    kind: Literal["meeting", "summit", "call", "talks", "proposal", "visit", "statement"]
    date: dt.date | None = None
    date_precision: Literal["day", "week", "month", "year"] | None = Field(
        None, description="How precise ``date`` is: 'in August' is the month of August 1."
    )
    place: str | None = None
    participants: list[str] = Field(default_factory=list, description="Actor ids.")
    label: str = ""


class Extraction(BaseModel):
    """What the extractor returns for one document."""

    path: str
    article: ArticleMeta
    positions: list[Position] = Field(default_factory=list)
    commentary: list[Commentary] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(
        None, description="The text offsets index: headline, blank line, cleaned text."
    )
