"""The pack's lexicon and issue cues compiled into fast lookup structures (once per pack).

Example::

    cues = CompiledPack(load_pack("ukraine"))
    cues.verb_polarity("reject")   # -1
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.packs.model import Pack

__all__ = ["CompiledCue", "CompiledPack"]


@dataclass(frozen=True, slots=True)
class CompiledCue:
    issue: str
    regex: re.Pattern[str]
    polarity: int
    weak: bool
    acts_count: bool = False
    states: bool = False
    support_only: bool = False


_GROUP = 8  # cues per prefilter union


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(i.lower() for i in items if " " not in i)


def _phrases(items: list[str], *, tokens: bool = True) -> tuple[str, ...]:
    """Items of several words; with ``tokens``, as their tokens joined by spaces ("one-sided":
    "one - sided", the way the tokenizer splits a hyphenated word), for matching token text."""
    if not tokens:
        return tuple(i.lower() for i in items if " " in i)
    return tuple(i.lower().replace("-", " - ") for i in items if " " in i or "-" in i)


class CompiledPack:
    """Sets and regexes derived from a pack, shared by every document of a run."""

    def __init__(self, pack: Pack) -> None:
        lex = pack.lexicon
        self.pack = pack
        self.support_verbs = _words(lex.support_verbs)
        self.oppose_verbs = _words(lex.oppose_verbs) | _words(lex.refusal_verbs)
        self.phrasal = {
            (p.lemma.lower(), p.particle.lower()): p.polarity for p in lex.phrasal_verbs
        }
        self.phrasal_lemmas = frozenset(lemma for lemma, _ in self.phrasal)
        self.support_nouns = _words(lex.support_nouns)
        self.oppose_nouns = _words(lex.oppose_nouns)
        self.support_adjs = _words(lex.support_adjectives)
        self.oppose_adjs = _words(lex.oppose_adjectives)
        self.negation = _words(lex.negation)
        self.flipping_preps = _words(lex.flipping_prepositions)
        self.reversing_nouns = _words(lex.reversing_nouns)
        self.reporting = _words(lex.reporting_verbs)
        self.positive = _words(lex.positive_evaluations)
        self.negative = _words(lex.negative_evaluations)
        self.positive_phrases = _phrases(lex.positive_evaluations)
        self.negative_phrases = _phrases(lex.negative_evaluations)
        self.red_line_words = _words(lex.red_line_cues)
        self.red_line_phrases = _phrases(lex.red_line_cues)
        self.conditional_words = _words(lex.conditional_markers)
        self.conditional_phrases = _phrases(lex.conditional_markers)
        self.open_to = _words(lex.open_to_cues)
        self.open_to_phrases = _phrases(lex.open_to_cues)
        self.floated = _words(lex.floated_cues)
        self.reported_words = _words(lex.reported_cues)
        self.reported_phrases = _phrases(lex.reported_cues, tokens=False)  # on raw text
        self.hypothetical = _words(lex.hypothetical_cues)
        self.commentator_nouns = _words(lex.commentator_nouns)
        self.commentator_orgs = tuple(o.lower() for o in lex.commentator_organisations)
        self.public_nouns = _words(lex.public_nouns)
        self.former = _words(lex.former_cues)
        self.official_nouns = _words(lex.official_nouns)
        self.partner_nouns = _words(lex.partner_nouns)
        self.document_nouns = _words(lex.document_nouns)
        self.source_nouns = _words(lex.source_nouns)
        self.outlet_nouns = _words(lex.outlet_nouns)
        self.history_phrases = tuple(h.lower() for h in lex.history_cues)
        self.dropped_phrases = tuple(d.lower() for d in lex.dropped_cues)
        self.motion_actors = {i.id: i.motion_actor for i in pack.issues if i.motion_actor}
        self.beneficiaries = {i.id: i.beneficiary for i in pack.issues if i.beneficiary}
        self.mention_issues = frozenset(i.id for i in pack.issues if i.mention_counts)
        self.never_held = frozenset(
            (n.actor, i.id, n.stance) for i in pack.issues for n in i.never_held
        )
        self.principal_parties = frozenset(pack.info.principal_parties)
        self.blocs = {a.id: tuple(a.member_of) for a in pack.actors if a.member_of}
        self.theatre = pack.info.theatre
        self.known_documents = [
            (re.compile(pattern, re.IGNORECASE), a.id)
            for a in pack.actors
            for pattern in a.documents
        ]
        self.cues = [
            CompiledCue(
                issue.id,
                re.compile(cue.pattern, re.IGNORECASE),
                cue.polarity,
                cue.weak,
                issue.acts_count,
                cue.states,
                cue.support_only,
            )
            for issue in pack.issues
            for cue in issue.cues
        ]
        # One union per few cues: a sentence is searched once per group, and only the groups
        # that match are searched cue by cue (most sentences name no issue at all).
        self.cue_groups: list[tuple[re.Pattern[str], list[CompiledCue]]] = []
        for start in range(0, len(self.cues), _GROUP):
            group = self.cues[start : start + _GROUP]
            union = "|".join(f"(?:{c.regex.pattern})" for c in group)
            self.cue_groups.append((re.compile(union, re.IGNORECASE), group))

    def verb_polarity(self, lemma: str) -> int:
        """+1 for a support verb, -1 for an oppose/refusal verb, 0 otherwise."""
        if lemma in self.oppose_verbs:
            return -1
        if lemma in self.support_verbs:
            return 1
        return 0
