"""Positions in one sentence: issue words, the predicate that governs them, its holder, the stance.

How English reports a position: a holder (subject of a stance verb, possessor of a stance noun,
speaker of a quote) says/wants/rejects something that names an issue. We find the issue words
with the pack's cues, walk up the dependency tree from them to the predicates that govern them,
multiply the polarities met on the way (reject = -1, negation = -1, "neutrality" = -1 for NATO
membership), and take the holder of the highest stance predicate ("Russia rejected Ukraine's
demand for guarantees": Russia holds, and opposes). Reporting verbs above it give the chain:
outlets (reported_by), anonymous sources, or another actor who claims it (claimed_by). What
carries over from one sentence to the next (a quote's speaker, a plan's run of terms in the
conditional, the owner of a bulleted or numbered list of terms) lives on the ``DocContext``.

Example::

    found = sentence_findings(sent, ctx)
    [(f.holder.actor, f.issue, f.stance) for f in found]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from parley.nlp.holders import DocContext, Holder
from parley.nlp.lexicon import CompiledCue
from parley.nlp.parse_repairs import DRAWING, EXPECTANT, REACTIONS

__all__ = ["Finding", "sentence_findings"]

# Dependency arcs an issue word may climb to reach the predicate that governs it.
_CLIMB = frozenset(
    [
        "dobj",
        "pobj",
        "prep",
        "xcomp",
        "ccomp",
        "pcomp",
        "acomp",
        "attr",
        "oprd",
        "conj",
        "appos",
        "compound",
        "amod",
        "nmod",
        "nsubjpass",
        "nsubj",
        "csubj",
        "dative",
        "acl",
        "relcl",
        "advcl",
        "agent",
        "npadvmod",
        "poss",
        "case",
    ]
)
# Prepositions that attach circumstances, not the object of a stance.
_STOP_PREPS = frozenset(
    [
        "despite",
        "amid",
        "after",
        "before",
        "during",
        "since",
        "until",
        "following",
        "besides",
        "through",
        "throughout",
        "via",
        "near",
        "beyond",
        "among",
        "amongst",
        "within",
    ]
)
# Subordinators that open a clause with its own truth conditions.
_UNASSERTED = frozenset(["if", "whether", "unless", "lest", "until", "once", "before"])
_STOP_MARKS = frozenset(
    [
        "if",
        "unless",
        "once",
        "when",
        "whenever",
        "while",
        "because",
        "although",
        "though",
        "as",
        "after",
        "before",
        "since",
        "until",
        "whether",
        "lest",
    ]
)
# Verbs that credit someone "for" what they do: "thanked Trump for sending X".
_CREDITING = frozenset(
    ["thank", "praise", "commend", "credit", "hail", "applaud", "laud", "congratulate"]
)
_COMPLEMENT_PREPS = frozenset(["to", "on", "for", "toward", "towards"])
_ACT_MODALS = frozenset(["will", "would", "shall", "wo", "could", "can", "may", "might", "ca"])
_NON_ACTS = frozenset(
    "get receive obtain have be become face see lose gain need remain stay".split()  # noqa: SIM905
)
# Verbs whose that-clause is always the content of a demand, never a mere report.
_DEMANDING = frozenset(
    "insist demand urge request require propose ask mandate stipulate".split()  # noqa: SIM905
)
# Where the judged thing sits: subject of a copula, object of "called ... a surrender".
_JUDGED_ARGS = frozenset(["nsubj", "nsubjpass", "csubj", "dobj", "ccomp", "xcomp", "acomp"])
# Nouns of attitude whose holder is the subject of the verb taking them ("signalled readiness").
_DISPOSITIONS = frozenset(
    [
        "willingness",
        "readiness",
        "desire",
        "intention",
        "commitment",
        "support",
        "opposition",
        "openness",
        "interest",
        "determination",
        "reluctance",
        "unwillingness",
        "objection",
        "resistance",
        "backing",
        "preference",
        "shift",
        "move",
        "push",
        "drive",
        "appetite",
        "enthusiasm",
        "idea",
        "proposal",
        "offer",
        "plan",
        "call",
        "demand",
        "consent",
        "blessing",
        "approval",
        "condition",
        "precondition",
        "requirement",
        "term",
        "preparation",
        "effort",
        "attempt",
    ]
)
# Verbs that present what another party might do as a guess or a worry.
# "pretending they are open to talks": a stance said to be false is no stance either.
_GUESSES = frozenset(
    "fear worry expect suspect predict speculate doubt wonder assume pretend feign".split()  # noqa: SIM905
)
_CONDITIONS = frozenset(["term", "condition", "precondition", "requirement", "price", "basis"])
_PRESCRIPTIVE = frozenset(["should", "ought", "must"])
# Verbs of logistics: hosting or attending talks is no stance on the plan.
_LOGISTICS = frozenset(
    [
        "host",
        "attend",
        "hold",
        "schedule",
        "organise",
        "organize",
        "chair",
        "convene",
        "join",
        "arrange",
        "resume",
        "open",
        "start",
        "begin",
        "continue",
        "postpone",
        "cancel",
        "delay",
        "reschedule",
    ]
)
# Verbs of using something for one's own ends: what is used is no object of a stance.
_INSTRUMENTAL = frozenset(["use", "exploit", "leverage", "manipulate", "weaponise", "weaponize"])
_NOT_BACKING = _LOGISTICS | _INSTRUMENTAL  # governing a generic plan word, no stance on it
_SCHEDULING = _LOGISTICS | {"plan", "set", "slate", "expect"}
# Being silent on X is no stance on it.
_SILENT = frozenset(["silent", "quiet", "mum", "noncommittal", "evasive"])
# What an observer sees of a stance; "no sign of X" reports its absence, not a refusal
_SIGNS = frozenset(["sign", "indication", "evidence", "hint", "signal"])
# Dropping a demand: the article says the position was abandoned; no stance either way.
_DROPPING = frozenset("drop abandon shelve scrap retract withdraw".split())  # noqa: SIM905
_DEONTIC = frozenset(["must", "should", "ought"])
_SPECULATIVE = frozenset(["would", "could", "might", "may", "should"])
_COPULAS = frozenset(["be", "remain", "seem", "look", "appear", "sound", "become", "stay"])
_EVALUATIVE = frozenset(
    [
        "call",
        "describe",
        "characterise",
        "characterize",
        "label",
        "brand",
        "deem",
        "consider",
        "view",
        "see",
        "term",
        "dub",
        "denounce",
        "slam",
        "criticise",
        "criticize",
        "praise",
        "hail",
        "welcome",
    ]
)
_NEVER = re.compile(r"(?!)")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# Apostrophes and quotes as "'", one character for one, so issue cues written with "'" match
# "Ukraine’s" or "ʼ" without moving any offset, and a quoted word ('the “Tomahawk” missiles')
# counts as a word between a cue's parts.
_PLAIN_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": "'", "”": "'", "«": "'", "»": "'", '"': "'"}
)


@dataclass
class Finding:
    """One (holder, issue, stance) read in a sentence, with how it was reported."""

    holder: Holder
    issue: str
    stance: str
    modality: str
    reported_by: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    claimed_by: str | None = None
    confidence: float = 0.5
    about: str | None = None


@dataclass
class _Cue:
    cue: CompiledCue
    start: int  # token indices [start, end)
    end: int
    anchor: Token


def _find_cues(sent: Span, ctx: DocContext) -> list[_Cue]:
    doc = sent.doc
    text = sent.text.translate(_PLAIN_QUOTES)
    found: list[_Cue] = []
    cues = [c for union, group in ctx.lex.cue_groups if union.search(text) for c in group]
    for cue in cues:
        for match in cue.regex.finditer(text):
            span = doc.char_span(
                sent.start_char + match.start(),
                sent.start_char + match.end(),
                alignment_mode="expand",
            )
            if span is None or len(span) == 0:
                continue
            if any(
                t.tag_ in ("VBD", "VBZ", "VBP")
                and ctx.lex.verb_polarity(t.lemma_.lower())
                and t.lemma_.lower() not in cue.regex.pattern  # (the cue's own verb: "withdraw")
                for t in span[1:-1]
            ):
                continue  # "NATO members [pledged] troops": a gap took a finite stance verb in
            found.append(_Cue(cue, span.start, span.end, span.root))
    # per issue, drop cues inside a longer cue of the same issue
    kept: list[_Cue] = []
    for c in sorted(found, key=lambda c: -(c.end - c.start)):
        if any(
            (k.cue.issue == c.cue.issue or (k.end - k.start) > (c.end - c.start))
            and k.start <= c.start
            and c.end <= k.end
            for k in kept
        ):
            continue
        kept.append(c)
    # a cue that merely modifies another issue's words ("monitoring a ceasefire") is dropped
    out = []
    for c in kept:
        if _frame_prefixed(c, doc) or _descriptive_participle(c, doc) or _past_document(c, ctx):
            continue
        if _meant_for_another(c, ctx) or _assured_content(c, kept):
            continue
        if c.cue.support_only and c.end - c.start == 1 and c.anchor.dep_ in ("compound", "amod"):
            continue  # "Ukraine's peace goals", "the peace platform": the noun is something else
        if doc[c.end - 1].lower_ in ("force", "forces") and doc[c.end - 1].pos_ == "VERB":
            continue  # "the US would not force Kyiv to sign": compelling, not troops
        tok, subordinate = c.anchor, False
        for _ in range(3):
            if tok.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "nmod", "poss"):
                break
            if tok.dep_ == "prep" and tok.lower_ in ctx.lex.flipping_preps:
                break  # "no ceasefire without guarantees": a condition, not a modifier
            tok = tok.head
            other = next(
                (
                    k
                    for k in kept
                    if k.cue.issue != c.cue.issue
                    and k.start <= tok.i < k.end
                    and not k.cue.weak
                    and not (k.start < c.end and c.start < k.end)  # ("land-for-[peace] deal")
                ),
                None,
            )
            if other is not None and not _goal_of_effort(c, other):
                subordinate = True
                break
            if c.anchor.dep_ in ("compound", "amod") and any(
                k.cue.issue != c.cue.issue
                and not k.cue.weak
                and k.anchor.head.i == tok.i
                and k.anchor.i > c.anchor.i
                and k.anchor.dep_ in ("compound", "amod", "nmod")
                for k in kept
            ):
                subordinate = True  # "a ceasefire monitoring mechanism" is about monitoring
                break
            if ctx.lex.verb_polarity(tok.lemma_.lower()) or tok.pos_ == "VERB":
                break
        if not subordinate:
            out.append(c)
    return out


def _goal_of_effort(c: _Cue, other: _Cue) -> bool:
    """ "diplomatic efforts for a ceasefire", "a push toward a truce": the issue is the goal of
    the effort named by another issue's words, not a modifier of them."""
    anchor = other.anchor
    if anchor.lemma_.lower() not in _STRIVING:
        return False
    return any(
        ch.dep_ == "prep" and ch.lower_ in ("for", "toward", "towards") and ch.i < c.start
        for ch in anchor.children
        if ch.i <= c.anchor.i <= ch.right_edge.i
    )


_OUTCOMES = frozenset(
    ["peace", "settlement", "deal", "agreement", "accord", "ceasefire", "truce", "solution"]
)
_STRIVING = frozenset(["effort", "push", "drive", "campaign", "initiative", "bid", "attempt"])
_FRAME_PREFIXES = frozenset(["post", "pre"])
# Nouns naming a party's own forces: their possessor owns them ("NATO's defence capabilities").
_OWN_FORCES = frozenset(
    ["army", "military", "force", "capability", "capacity", "strength", "industry", "arsenal"]
)


def _meant_for_another(c: _Cue, ctx: DocContext) -> bool:
    """A cue word for another party than the one the motion is for: "security guarantees for
    Russia", "guarantees of Russia's security", "military aid to Israel", "NATO's defence
    capabilities" (the pack names the motion's beneficiary)."""
    party = ctx.lex.beneficiaries.get(c.cue.issue)
    if party is None:
        return False
    owners: list[Token] = []
    words = list(c.anchor.doc[c.start : c.end])
    words += [w.head for w in words if w.dep_ == "compound"]  # "defense [capabilities]"
    for ch in (ch for w in words if w.pos_ in ("NOUN", "PROPN") for ch in w.children):
        if ch.dep_ == "poss" and ch.head.lemma_.lower() in _OWN_FORCES:
            owners.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ in ("for", "of", "to") and ch.head.i == c.anchor.i:
            for obj in ch.children:
                if obj.dep_ != "pobj":
                    continue
                owners.append(obj)
                if obj.lemma_.lower() in ("security", "safety"):
                    owners.extend(g for g in obj.children if g.dep_ == "poss")
    owners.extend(x for o in list(owners) for x in o.conjuncts)
    # (names only: "cap its army" resolves "its" to the nearest party, often wrongly)
    actors = {h.actor for t in owners if t.pos_ == "PROPN" for h in ctx.resolve(t)}
    return bool(actors) and party not in actors


def _assured_content(c: _Cue, kept: list[_Cue]) -> bool:
    """ "guarantees that Ukraine will never join NATO": a promise of what its clause says,
    another issue's matter, not guarantees of Ukraine's security."""
    anchor = c.anchor
    if anchor.lemma_.lower() not in ("guarantee", "assurance") or anchor.pos_ != "NOUN":
        return False
    for clause in anchor.children:
        if clause.dep_ not in ("acl", "ccomp") or not any(
            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
        ):
            continue
        inside = {t.i for t in clause.subtree}
        if any(k.cue.issue != c.cue.issue and k.anchor.i in inside for k in kept):
            return True
    return False


def _past_document(c: _Cue, ctx: DocContext) -> bool:
    """ "the 1994 Budapest Memorandum", "the 2022 Istanbul talks": a document or round whose
    own name dates it to history (the guide leaves those out), whatever the sentence says."""
    anchor = c.anchor
    if anchor.pos_ not in ("NOUN", "PROPN") or anchor.lemma_.lower() in _BOUNDS:
        return False  # ("the pre-2014 borders" name a line, not a past document)
    name = anchor.doc[anchor.left_edge.i : anchor.i + 1].text.lower()
    if any(h in name for h in ctx.lex.history_phrases if not h.startswith("in ")):
        return True
    ref = ctx.article_date.year if ctx.article_date else ctx.reference_year
    return any(int(m.group()) < ref - 1 for m in _YEAR.finditer(name))


def _frame_prefixed(c: _Cue, doc: Doc) -> bool:
    """A "post-ceasefire" force or "pre-truce" talks: the issue word only dates something."""
    if c.start < 2:
        return False
    return doc[c.start - 1].text == "-" and doc[c.start - 2].lower_ in _FRAME_PREFIXES


def _descriptive_participle(c: _Cue, doc: Doc) -> bool:
    """A "sanctioned envoy" or "sanctioned tankers": the act's participle describes its noun
    ("a nonaligned Ukraine", "a demilitarised Ukraine" name the motion itself)."""
    tok = doc[c.start]
    return (
        c.cue.acts_count
        and c.end - c.start == 1
        and tok.dep_ == "amod"
        and tok.lower_.endswith("ed")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.ent_type_ != "GPE"  # ("a demilitarised Ukraine")
    )


def _negated(tok: Token, ctx: DocContext) -> bool:
    for child in tok.children:
        if child.dep_ == "neg":
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else child
            if nxt.lower_ in ("just", "only", "merely", "simply", "least"):
                continue  # "not just assurances": a contrast, not a negation
            return True
        if child.dep_ in ("det", "advmod", "preconj") and child.lower_ in ctx.lex.negation:
            if any(g.lower_ in ("only", "just", "merely", "simply") for g in child.children):
                continue  # "ready not only to support X but also Y": a contrast, not a negation
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            g.lower_ in ("neither", "nobody", "none") for g in [child, *child.children]
        ):
            return True  # "Neither Russia nor Ukraine has accepted"
        if (
            child.dep_ == "nsubj"
            and child.lower_ == "one"
            and any(g.lower_ == "no" for g in child.children)
        ):
            return True  # "no one should expect us to cede land"
    i = tok.i  # "has yet to agree"
    return i >= 2 and tok.doc[i - 2].lower_ == "yet" and tok.doc[i - 1].lower_ == "to"


def _particle_polarity(tok: Token, ctx: DocContext) -> int:
    lemma = tok.lemma_.lower()
    if lemma not in ctx.lex.phrasal_lemmas:
        return 0
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "advmod", "acomp") and child.i > tok.i:
            pol = ctx.lex.phrasal.get((lemma, child.lower_))
            if pol:
                return pol
        if child.dep_ in ("advcl", "ccomp", "xcomp"):
            # "calls for Ukraine to cap its army": the particle parsed as the clause's marker
            for mark in child.children:
                if mark.dep_ == "mark" and mark.i < child.i:
                    pol = ctx.lex.phrasal.get((lemma, mark.lower_))
                    if pol:
                        return pol
    return 0


# "has a negative attitude towards X", "takes a positive view of X": the adjective is the stance.
_ATTITUDE_NOUNS = frozenset(["attitude", "view", "stance", "outlook"])
_ATTITUDE_SIGNS = {"positive": 1, "favourable": 1, "favorable": 1, "negative": -1, "dim": -1}


def _attitude_polarity(tok: Token) -> int:
    """+1/-1 for "a positive/negative attitude (view)", 0 for any other noun."""
    if tok.lemma_.lower() not in _ATTITUDE_NOUNS or tok.dep_ != "dobj":
        return 0
    if tok.head.lemma_.lower() not in ("have", "take", "hold", "adopt"):
        return 0
    signs = [_ATTITUDE_SIGNS.get(c.lower_, 0) for c in tok.children if c.dep_ == "amod"]
    return next((s for s in signs if s), 0)


# What "end" ends without undoing a measure: a span of time, the war itself.
_ENDED_ANYWAY = frozenset(
    ["hour", "day", "war", "conflict", "fighting", "hostility", "invasion", "bloodshed", "killing"]
)


def _predicate_polarity(tok: Token, ctx: DocContext) -> int:
    lex = ctx.lex
    lemma = tok.lemma_.lower()
    if (
        tok.lower_ in ("back", "backs")
        and tok.pos_ in ("ADP", "ADV", "NOUN")
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return 1  # "European leaders back the guarantees": the verb mis-tagged as a particle
    if tok.pos_ in ("VERB", "AUX"):
        if lemma == "be" and any(_time_for(c) for c in tok.children):
            return 1  # 'now is the time "for a ceasefire"': the parser hung "for" on the verb
        if lemma == "focus" and any(c.dep_ == "nsubjpass" for c in tok.children):
            return 1  # "Kyiv is focused on obtaining guarantees" (not "the talks focused on")
        if (
            lemma == "wait"
            and tok.head.lemma_.lower() in ("need", "reason", "point", "sense")
            and _negated(tok.head, ctx)
        ):
            return -1  # "there is no need to wait to implement a truce": implement it now
        if lemma == "end" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() not in _EVENTS | _ENDED_ANYWAY
            for c in tok.children
        ):
            # "ended three hours of talks", "the meeting ended": an occasion over; "end the war
            # without X": the war is what ends, whatever comes with it
            return 0
        return _particle_polarity(tok, ctx) or lex.verb_polarity(lemma)
    if tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children):
        verb = lex.verb_polarity(lemma)  # "a demand that Ukraine rejects": a verb tagged NNS
        if verb:
            return verb
    if tok.pos_ in ("NOUN", "PROPN") and not (lex.verb_polarity(lemma) and _title_cased(tok)):
        if lemma in lex.oppose_nouns or tok.lower_ in lex.oppose_nouns:
            return -1
        existential = tok.head.lemma_ == "be" and any(
            c.dep_ == "expl" for c in tok.head.children
        )  # "there can be no question of X": the "no" on the noun makes it a refusal
        if lemma in ("question", "talk", "way", "chance") and existential:
            return 1
        if lemma in lex.support_nouns:
            return 1
        if _time_for(tok):
            return 1  # "now is the time for a ceasefire": what it is time for is wanted
        return _attitude_polarity(tok)
    if tok.pos_ == "ADJ":
        if lemma in lex.oppose_adjs or tok.lower_ in lex.oppose_adjs:
            return -1
        if lemma in lex.support_adjs or tok.lower_ in lex.support_adjs:
            return 1
    if tok.pos_ == "ADP" and tok.lower_ == "against" and tok.head.lemma_ in _COPULAS:
        return -1
    return 0


def _title_cased(tok: Token) -> bool:
    """A capitalised word inside a headline in title case ("Troop Plans Are What Block a
    Settlement"): a verb there is often tagged a noun, so its noun reading is not trusted."""
    sent = tok.sent
    if tok.i == sent.start or not tok.text[:1].isupper():
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _time_for(tok: Token) -> bool:
    """ "(now) is the time for X", "it is time to make a deal"."""
    return (
        tok.lemma_.lower() == "time"
        and tok.head.lemma_ == "be"
        and tok.dep_ in ("attr", "nsubj")
        and any(
            (c.dep_ == "prep" and c.lower_ == "for")
            or (c.dep_ in ("relcl", "acl") and c.i > tok.i and _infinitive(c))
            for c in [*tok.children, *tok.head.children]
        )
    )


def _relative_clause(
    c: _Cue, sent: Span, ctx: DocContext, outlets: list[str], reported_words: bool
) -> list[Finding]:
    """ "a 60-day ceasefire, which Kyiv is ready to accept": the relative clause's subject
    holds a stance on the noun it modifies; "the plan, which drew criticism from Kyiv": the
    one the reaction comes from."""
    if c.cue.weak:
        return []
    out: list[Finding] = []
    for rel in c.anchor.children:
        if rel.dep_ != "relcl":
            continue
        pronoun = next(
            (
                t
                for t in rel.subtree
                if t.lower_ in ("which", "that")
                and (
                    t.dep_ == "dobj"
                    or (t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "against"))
                )  # "a truce, which Moscow rejected"; not "talks on which all agree"
            ),
            None,
        )
        polarity, top = c.cue.polarity, None
        if pronoun is None:
            subject = any(t.dep_ == "nsubj" and t.lower_ in ("which", "that") for t in rel.children)
            reaction = _drawn_reaction(rel, ctx) if subject else None
            if reaction is None:
                continue
            top, pol = reaction  # "the plan, which drew criticism from Kyiv"
            polarity *= pol
        tok = pronoun
        while tok is not None and tok.i != rel.head.i:
            pol = _predicate_polarity(tok, ctx)
            if pol:
                polarity *= pol
                top = tok
            if _negated(tok, ctx):
                polarity *= -1
            tok = tok.head
        if top is None:
            continue
        holders, _ = _holders_of(top, ctx, None, range(c.start, c.end))
        for h in holders:
            if h.actor:
                stance = "support" if polarity > 0 else "oppose"
                modality = _modality(top, sent, ctx, bool(outlets or reported_words), False)
                out.append(Finding(h, c.cue.issue, stance, modality, outlets, [], None, 0.6))
    return out


_JOINT_WORK = frozenset(
    ["coordinate", "develop", "draft", "negotiate", "prepare", "agree", "craft"]
)


_SHAPING = _JOINT_WORK | {"discuss", "write", "finalize", "finalise", "revise", "amend"}
# verbs by which a party weighs a document it did not necessarily write ("approved by Kyiv")
_WEIGHING = frozenset(
    ["discuss", "negotiate", "approve", "endorse", "back", "accept", "agree", "reject"]
)


# verbs by which a party puts a document forward as its own ("a plan proposed by the US",
# "a plan put forward by the US")
_AUTHORING = frozenset(["propose", "draft", "present", "unveil", "submit", "table", "author"])
_AUTHORING_PHRASES = frozenset([("put", "forward"), ("set", "out"), ("draw", "up"), ("lay", "out")])


def _authoring(verb: Token) -> bool:
    """A participle by which its agent puts the document forward as its own."""
    lemma = verb.lemma_.lower()
    return lemma in _AUTHORING or any(
        ch.dep_ in ("prt", "advmod") and (lemma, ch.lower_) in _AUTHORING_PHRASES
        for ch in verb.children
    )


# Verbs by which a third party drives talks it is not a side of: "talks brokered by Turkey".
_MEDIATING = frozenset(["mediate", "broker", "host", "facilitate", "sponsor", "convene"])


def _participle_agents(
    c: _Cue,
    sent: Span,
    ctx: DocContext,
    outlets: list[str],
    reported_words: bool,
    cues: list[_Cue],
) -> list[Finding]:
    """ "a truce proposed by Kyiv and its allies": the agents hold the stance
    the participle expresses on the noun it modifies."""
    document = c.anchor.lemma_.lower() in ctx.lex.document_nouns
    talks = c.anchor.lower_ in _TALKS and any(
        ch.dep_ == "acl" and ch.lemma_.lower() in _MEDIATING for ch in c.anchor.children
    )  # "talks brokered by Turkey": the broker pushes the negotiation
    if c.cue.weak and not (document or talks):
        return []
    if c.cue.weak and any(
        o.cue.issue != c.cue.issue and not o.cue.weak and o.anchor.head.i == c.anchor.i
        for o in cues
    ):
        return []  # "a ceasefire proposal drawn up by X": a proposal of a truce, not the plan
    out: list[Finding] = []
    nouns = [c.anchor]
    last = sent.doc[c.end - 1]
    if last.i != c.anchor.i and last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("dobj", "pobj"):
        nouns.append(last)  # "providing the missiles requested by Kyiv": the object's modifier
    head = c.anchor.head
    if c.anchor.dep_ == "compound" and head.lemma_.lower() in ctx.lex.document_nouns:
        nouns.append(head)  # "a ceasefire proposal drawn up by X": a proposal of a truce
    parts = [
        p
        for noun in nouns
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD")  # a participle is often tagged VBD
        for p in [acl, *acl.conjuncts]  # "discussed and approved by X": X holds both
        if p.tag_ in ("VBN", "VBD")
    ]
    for part in parts:
        if part.i in range(c.start, c.end):
            continue
        if (
            c.cue.weak
            and not _authoring(part)
            and part.lemma_.lower() not in _WEIGHING | _MEDIATING
        ):
            continue  # "the plan being developed by X": work on it alone is no stance here
        pol = _predicate_polarity(part, ctx)
        if part.lemma_.lower() in _MEDIATING:
            pol = 1
        agent = next((ch for ch in part.children if ch.dep_ == "agent"), None)
        if agent is not None and c.cue.issue == "peace_plan" and part.lemma_.lower() in _SHAPING:
            pol = 1  # "the draft, discussed by Kyiv and Washington": negotiating it backs it
        if agent is None and part.lemma_.lower() in _JOINT_WORK:
            # "a plan developed with the US": the partner co-authors it
            agent = next(
                (ch for ch in part.children if ch.dep_ == "prep" and ch.lower_ == "with"), None
            )
            pol = 1 if agent is not None else 0
        if not pol or agent is None:
            continue
        polarity = c.cue.polarity * pol * (-1 if _negated(part, ctx) else 1)
        stance = "support" if polarity > 0 else "oppose"
        modality = _modality(part, sent, ctx, bool(outlets or reported_words), False)
        for pobj in agent.children:
            if pobj.dep_ != "pobj":
                continue
            for t in [pobj, *pobj.conjuncts]:
                for h in ctx.resolve(t, None):
                    if h.actor:
                        out.append(
                            Finding(h, c.cue.issue, stance, modality, outlets, [], None, 0.6)
                        )
    for part in parts:
        if c.cue.weak and part.lemma_.lower() not in _WEIGHING:
            continue
        stance = "support" if c.cue.polarity > 0 else "oppose"
        modality = _modality(part, sent, ctx, bool(outlets or reported_words), False)
        out += _actor_findings(_backers(part), ctx, c.cue.issue, stance, modality, outlets, 0.6)
    return out


def _actor_findings(
    names: list[Token],
    ctx: DocContext,
    issue: str,
    stance: str,
    modality: str,
    outlets: list[str],
    confidence: float,
    pronouns: bool = True,
) -> list[Finding]:
    """One finding per actor the noun phrases ``names`` name (non-actors skipped, pronouns too
    unless ``pronouns``): the shared tail of the rules that read a holder off a modifier or an
    agent."""
    return [
        Finding(h, issue, stance, modality, outlets, [], None, confidence)
        for t in names
        for h in ctx.resolve(t, None)
        if h.actor and (pronouns or not h.pronoun)
    ]


# Participles by which a modifier names who backs or leads the thing it modifies: "the US-backed
# plan", "a European-led force", "the US-proposed monitoring mechanism". (Authorship without
# such a word, "the European counter-proposal", is not read as a stance: the seeds' gold agrees.)
_BACKED = frozenset(
    [
        "back",
        "sponsor",
        "endorse",
        "champion",
        "support",
        "lead",
        "propose",
        "broker",
        "draft",
        "initiate",
        "drive",
        "mediate",
        "push",
    ]
)


def _backed_plan(
    c: _Cue,
    sent: Span,
    ctx: DocContext,
    outlets: list[str],
    reported_words: bool,
    cues: list[_Cue],
) -> list[Finding]:
    """ "the US-backed draft", "a European-led reassurance force": the name on a backing
    participle holds the cue's stance, whatever the sentence goes on to say about it."""
    noun = c.anchor
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a US-led monitoring mission": the participle is on the phrase's head
    if c.cue.weak and any(
        p.dep_ == "prep"
        and p.lower_ in ("for", "on")
        and any(
            o.anchor.head.i == p.i and o.cue.issue != c.cue.issue and not o.cue.weak for o in cues
        )
        for p in noun.children
    ):
        return []  # "the US-brokered agreement for a partial truce": the truce is backed
    framing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") else None
    if framing is not None and framing.pos_ == "NOUN" and framing.lemma_.lower() in _FRAMES:
        noun = framing  # the truce of "the US-brokered agreement for a partial truce"
    if _negated(noun, ctx):
        return []
    leaders = [  # "a monitoring mechanism under US leadership"
        g
        for head in {*c.anchor.doc[c.start : c.end], noun}
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "under"
        for lead in prep.children
        if lead.dep_ == "pobj" and lead.lemma_.lower() in _LEADERSHIP
        for g in lead.children
        if g.dep_ in ("compound", "poss", "amod", "nmod") and g.i < lead.i
    ]
    if noun.pos_ != "NOUN":
        noun = c.anchor  # ("ceasefire monitoring" parsed as a participle)
        backers: list[Token] = []
    else:
        backers = [
            g
            for child in noun.children
            if child.dep_ in ("amod", "compound") and child.i < noun.i
            for part in [child, *(t for t in child.subtree if t.dep_ == "amod")]
            if part.lemma_.lower() in _BACKED and part.tag_ in ("VBN", "VBD", "JJ")
            for g in part.children
            if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < part.i
        ]
        if any(  # "Trump's proposed peace deal": the possessor proposed it
            ch.dep_ == "amod" and ch.lemma_.lower() in _BACKED and ch.tag_ in ("VBN", "VBD")
            for ch in noun.children
        ):
            backers += [g for g in noun.children if g.dep_ == "poss" and g.pos_ != "PRON"]
    backers += leaders
    stance = "support" if c.cue.polarity > 0 else "oppose"
    modality = _modality(noun, sent, ctx, bool(outlets or reported_words), False)
    return _actor_findings(backers, ctx, c.cue.issue, stance, modality, outlets, 0.6)


_FRAMES = frozenset(["agreement", "deal", "accord", "arrangement", "plan", "proposal", "pact"])
_LEADERSHIP = frozenset(["leadership", "auspices", "command", "supervision", "coordination"])


# Nouns of striving whose possessor pushes for what they name: "Trump's peace efforts".
_EFFORTS = frozenset(
    [
        *("effort", "efforts", "push", "initiative", "bid", "drive", "campaign"),
        *("demand", "demands", "claim", "claims"),  # "Moscow's territorial demands remain"
        *("plan", "proposal", "formula", "blueprint", "roadmap", "offer", "draft", "framework"),
        *("counterproposal", "counter-proposal", "memorandum"),
    ]
)


def _own_effort(
    c: _Cue, sent: Span, ctx: DocContext, outlets: list[str], reported_words: bool
) -> list[Finding]:
    """ "Peskov praised Trump's diplomatic efforts", "Zelensky's peace formula", "a U.S. peace
    plan": whose effort or plan the cue is backs it, whatever the sentence goes on to say about
    it (a generic "plan" or "proposal" only with a possessor: "Washington's proposals")."""
    noun = c.anchor
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _EFFORTS or _negated(noun, ctx):
        return []
    document = c.cue.weak and noun.lemma_.lower() in ctx.lex.document_nouns
    bare = not any(ch.dep_ in ("acl", "prep", "relcl") for ch in noun.children)
    if document and not bare:
        return []  # "the US proposal on tariffs" is no peace plan
    # "Washington's proposals" (on what?) are no peace plan by themselves; "the US plan", in
    # news of the talks, is the one on the table
    owners = [t for t in noun.children if t.dep_ == "poss" and not document]
    if not document:  # "the efforts by the United States to facilitate a solution"
        owners += [
            p
            for by in noun.children
            if by.dep_ == "prep" and by.lower_ == "by"
            for p in by.children
            if p.dep_ == "pobj"
        ]
    if not c.cue.weak or bare:
        owners += [
            t
            for t in _noun_holder_tokens(noun, ctx)
            if t.dep_ in ("compound", "amod", "nmod")
            and not c.start <= t.i < c.end  # "the NATO bid": NATO is what is sought
        ]
    stance = "support" if c.cue.polarity > 0 else "oppose"
    modality = _modality(noun, sent, ctx, bool(outlets or reported_words), False)
    return _actor_findings(owners, ctx, c.cue.issue, stance, modality, outlets, 0.5, False)


def _owned_act(
    c: _Cue,
    walk: _Walk | None,
    sent: Span,
    ctx: DocContext,
    outlets: list[str],
    reported_words: bool,
) -> list[Finding]:
    """ "the new U.S. sanctions took effect", "American military aid": a measure that carries
    out the motion (an issue whose acts count), named by who takes it, is that party's act for
    the motion, unless the sentence is undoing it ("the lifting of U.S. sanctions") or names
    whom it targets ("an envoy under U.S. sanctions")."""
    noun = c.anchor
    if (
        not c.cue.acts_count
        or c.cue.polarity < 0
        or noun.pos_ != "NOUN"
        or _negated(noun, ctx)
        or (walk is not None and walk.polarity < 0 and not _decried(walk))
        or _targeted(noun)
    ):
        return []
    owners = [
        t
        for t in noun.children
        if t.dep_ in ("compound", "amod", "nmod", "poss") and not c.start <= t.i < c.end
    ]
    modality = _modality(noun, sent, ctx, bool(outlets or reported_words), False)
    return [
        f
        for f in _actor_findings(owners, ctx, c.cue.issue, "support", modality, outlets, 0.5, False)
        # not the two warring parties: "Russian sanctions" are Russia's on others, "Ukrainian
        # weapons" are Ukraine's own arms, neither is this act
        if f.holder.actor not in ctx.lex.principal_parties
    ]


# Verbs by which another party condemns an act: the act stands ("Moscow condemned the EU's
# new sanctions": the EU imposed them), unlike a verb that undoes it ("lifted US sanctions").
_DECRYING = frozenset(
    "criticize criticise condemn denounce slam blast decry deplore protest".split()  # noqa: SIM905
)


def _decried(walk: _Walk) -> bool:
    """The first predicate above an owned act condemns it rather than undoing it."""
    return bool(walk.preds) and walk.preds[0].tok.lemma_.lower() in _DECRYING


def _amounts(path: list[Token]) -> int:
    """Hops through a sum of the measure ("2 billion euros [in] military aid"), which stand
    between the act and its measure like a determiner."""
    return 2 * sum(
        1
        for t in path
        if t.dep_ == "prep"
        and t.lower_ in ("in", "of", "worth")
        and any(c.like_num or c.dep_ == "nummod" for c in t.head.children)
    )


def _targeted(noun: Token) -> bool:
    """ "Dmitriev, an envoy under U.S. sanctions", "a firm which is under U.S. sanctions": the
    measure describes whom it targets, no one's act here."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    target = noun.head.head
    if target.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in target.children)
    return target.pos_ in ("NOUN", "PROPN")


# Things a party provides, so that "X from Y" names Y as backing X: "guarantees from the US",
# "air defence support from Germany", "peacekeepers from Turkey".
_PROVIDED = frozenset(
    [
        "guarantee",
        "guarantees",
        "assurance",
        "assurances",
        "commitment",
        "commitments",
        "backstop",
        "support",
        "aid",
        "assistance",
        "weapon",
        "weapons",
        "arm",
        "arms",
        "missile",
        "missiles",
        "funding",
        "funds",
        "money",
        "loan",
        "troops",
        "troop",
        "force",
        "forces",
        "peacekeeper",
        "peacekeepers",
        "contingent",
        "contingents",
        "observer",
        "observers",
    ]
)


_EMBEDDED_CLAUSES = frozenset(["xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp"])
_RECEIVING = frozenset(["receive", "get", "obtain", "win", "accept"])
_DEPLOYING = frozenset(["deploy", "send", "station", "base", "provide", "supply", "deliver"])


def _set_to(verb: Token) -> bool:
    """ "is set to receive", "is due to get": a scheduled fact, not a wish."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in ("set", "due", "poised", "about", "going")


def _providers(
    c: _Cue, sent: Span, ctx: DocContext, outlets: list[str], reported_words: bool
) -> list[Finding]:
    """ "Ukraine will receive air defence support from Germany": the provider named with "from"
    backs what it provides (whoever else holds a stance on it in the sentence)."""
    noun = c.anchor
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROVIDED or _negated(noun, ctx):
        return []
    verb = noun.head
    first = _first_conjunct(verb)  # "desires to join NATO or to receive guarantees from X"
    # "troops from the coalition will be deployed": the coalition sends them
    deployed = noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _DEPLOYING
    received = (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in _RECEIVING
        and not (first.dep_ in _EMBEDDED_CLAUSES and not _set_to(first))
    )
    if not (deployed or received) or _negated(verb, ctx):
        return []  # "wants guarantees from the US" is Kyiv's wish, not a U.S. commitment
    stance = "support" if c.cue.polarity > 0 else "oppose"
    modality = _modality(noun, sent, ctx, bool(outlets or reported_words), False)
    givers = [
        t
        for prep in [*noun.children, *verb.children]  # "received aid from X": on either
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in [pobj, *pobj.conjuncts]
    ]
    return _actor_findings(givers, ctx, c.cue.issue, stance, modality, outlets, 0.55, False)


_BACKING = frozenset(["support", "backing", "blessing", "approval", "endorsement"])


def _backers(part: Token) -> list[Token]:
    """ "a draft, discussed ... with the support of Brussels": who lends the support."""
    return [
        t
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for sup in prep.children
        if sup.dep_ == "pobj" and sup.lemma_.lower() in _BACKING
        for of in sup.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for pobj in of.children
        if pobj.dep_ == "pobj"
        for t in [pobj, *pobj.conjuncts]
    ]


_SUMMARIES = frozenset(
    ["condition", "demand", "proposal", "idea", "request", "step", "move", "term", "provision",
     "position", "stance", "offer", "plan", "approach", "formula", "arrangement", "concession",
     "compromise"]
)  # fmt: skip


def _summary_relative(
    c: _Cue, sent: Span, ctx: DocContext, outlets: list[str], reported_words: bool
) -> list[Finding]:
    """ "Moscow wants Kyiv to cede X — a condition Ukraine has rejected": a noun summing up the
    clause before it, with a relative clause whose subject weighs it, gives that subject a stance
    on the cue (the cue's motion times the relative verb's polarity)."""
    if c.cue.weak or c.anchor.dep_ in ("nsubj", "nsubjpass"):
        return []  # "U.S. forces seized a tanker, a move X condemned": the act, not the actor
    out: list[Finding] = []
    for noun in sent:
        if noun.i > c.end and noun.i > 0 and noun.nbor(-1).text in (",", "—", "–"):
            clause = _clause_relative(noun)
            if clause is not None:  # "..., which Kyiv has refused to do", "..., something
                # Zelensky ruled out"
                out += _weighed_by(c, clause, _subject(clause), sent, ctx, outlets, reported_words)
                continue
        bare_plural = noun.tag_ == "NNS" and not any(d.dep_ == "det" for d in noun.children)
        if (
            noun.lemma_.lower() not in _SUMMARIES
            or noun.i <= c.end
            or noun.dep_ not in ("appos", "ccomp", "npadvmod", "dep", "attr", "dobj", "nsubj")
            or not (
                bare_plural  # "... and cut its army - conditions Kyiv has deemed unacceptable"
                or any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
            )
            or noun.nbor(-2 if not bare_plural else -1).text not in ("—", "–", "-", ",")
        ):
            continue
        pairs = [(rel, _subject(rel)) for rel in noun.children if rel.dep_ == "relcl"]
        if noun.dep_ == "nsubj":
            # "..., a condition Ukraine firmly rejected" parsed as the condition (with Ukraine
            # in apposition) being the subject of "rejected"
            pairs = [(noun.head, a) for a in noun.children if a.dep_ == "appos"]
        for rel, subj in pairs:
            out += _weighed_by(c, rel, subj, sent, ctx, outlets, reported_words)
    return out


def _clause_relative(tok: Token) -> Token | None:
    """The verb of a relative that weighs the whole clause before it: "..., which Kyiv has
    refused (to do)", "..., something Zelensky has ruled out"."""
    if tok.lower_ == "something":
        return next((r for r in tok.children if r.dep_ == "relcl"), None)
    if tok.lower_ != "which" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.lemma_.lower() == "do" and verb.dep_ == "xcomp":
        verb = verb.head  # "which Kyiv has refused to do"
    elif tok.dep_ != "dobj":
        return None
    return verb if verb.dep_ == "relcl" else None


def _weighed_by(
    c: _Cue,
    rel: Token,
    subj: Token | None,
    sent: Span,
    ctx: DocContext,
    outlets: list[str],
    reported_words: bool,
) -> list[Finding]:
    """``subj`` weighing, by the verb ``rel``, what holds ``c``: its stance is the cue's motion
    times the verb's polarity."""
    if subj is None or subj.lower_ in ("which", "that", "who"):
        return []
    pol = _predicate_polarity(rel, ctx)
    if rel.lemma_.lower() in _JUDGING:
        pol = _judging_verdict(rel, ctx, range(0)) or pol  # "deemed unacceptable"
    pol *= -1 if _negated(rel, ctx) else 1
    if not pol:
        return []
    stance = "support" if c.cue.polarity * pol > 0 else "oppose"
    modality = _modality(rel, sent, ctx, bool(outlets or reported_words), False)
    return [
        Finding(h, c.cue.issue, stance, modality, outlets, [], None, 0.6)
        for h in ctx.resolve(subj, None)
        if h.actor
    ]


_ANAPHORS = frozenset(
    [
        "idea",
        "proposal",
        "offer",
        "plan",
        "suggestion",
        "call",
        "demand",
        "initiative",
        "request",
        # the parts of a plan named just before: "Kyiv has rejected such provisions"
        "provision",
        "requirement",
        "clause",
        "condition",
    ]
)


# Plural nouns that sum up the demands the previous sentence listed ("the demands", "these terms").
_DEMAND_ANAPHORS = frozenset(["demand", "condition", "term", "provision", "requirement"])


def _summed_demands(
    sent: Span, ctx: DocContext, previous: list[str], stances: dict[str, str]
) -> list[_Cue]:
    """ "Russia demands that Kyiv cede Donbas and stay out of NATO. Ukraine rejected the
    demands.": plural demands are each of the previous sentence's issues, asked the way they
    were asked there."""
    demands = [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in _DEMAND_ANAPHORS
        and t.tag_ == "NNS"
        and _points_back(t)
    ]
    out: list[_Cue] = []
    if not demands:
        return out
    for issue_id in (i for i in previous if i in stances):
        found = ctx.lex.pack.issue(issue_id)
        polarity = 1 if stances[issue_id] == "support" else -1
        asked = CompiledCue(found.id, _NEVER, polarity, False, found.acts_count)
        out += [_Cue(asked, t.i, t.i + 1, t) for t in demands]
    return out


def _anaphoric_cues(sent: Span, ctx: DocContext, previous: list[str]) -> list[_Cue]:
    """ "Trump called for a truce. Moscow rejected the idea.": the idea is the previous
    sentence's issue (only when that sentence named exactly one)."""
    if len(previous) != 1:
        return []
    issue = ctx.lex.pack.issue(previous[0])
    cue = CompiledCue(issue.id, _NEVER, 1, False, issue.acts_count)
    return [
        _Cue(cue, t.i, t.i + 1, t)
        for t in sent
        if t.pos_ == "NOUN" and t.lemma_.lower() in _ANAPHORS and _points_back(t)
    ]


def _points_back(noun: Token) -> bool:
    """A determiner that points back to something named before: "the idea", "these terms",
    "such provisions"."""
    return any(
        (d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those", "such"))
        or (d.dep_ == "amod" and d.lower_ == "such")
        for d in noun.children
    )


# Nouns naming a part or kind of what follows "of": "a key component of its security guarantees"
_PART_OF = frozenset(
    ["form", "kind", "type", "component", "part", "element", "pillar", "cornerstone", "basis"]
)


def _named_as_guarantee(c: _Cue, cues: list[_Cue]) -> bool:
    """ "sought NATO membership as a form of security assurance", "EU accession is a key
    component of its security guarantees": the guarantee words only describe another issue's
    motion, which is the position; no separate stance on guarantees."""
    if c.cue.issue != "security_guarantees":
        return False
    tok = c.anchor
    while (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PART_OF
    ):
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        described = tok.head.head
        if described.pos_ in ("VERB", "AUX"):
            inside = {
                t.i
                for d in described.children
                if d.dep_ in ("dobj", "nsubjpass")
                for t in d.subtree
            }
        else:
            inside = {t.i for t in described.subtree} - {t.i for t in tok.head.subtree}
    elif tok.dep_ in ("attr", "oprd"):
        verb = tok.head
        subjects = [d for d in verb.children if d.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if not subjects and verb.dep_ == "ccomp":  # "insisted [accession] is a part of ...":
            subjects = [d for d in verb.head.children if d.dep_ == "dobj"]  # subject as object
        inside = {t.i for d in subjects for t in d.subtree}
    else:
        return False
    return any(o.cue.issue != c.cue.issue and o.anchor.i in inside for o in cues)


def _parenthetical_reporter(sent: Span, walk: _Walk) -> Token | None:
    """A reporting clause set off in the sentence ("X, he said, would ...") speaks for it."""
    on_path = {t.i for t in walk.path}
    for t in sent:
        if (
            t.i not in on_path
            and t.pos_ == "VERB"
            and t.lemma_.lower() in ("say", "tell", "add", "note", "insist", "stress", "argue")
            and t.dep_ in ("parataxis", "ROOT")
            and _subject(t) is not None
            and not any(c.dep_ in ("ccomp", "dobj") for c in t.children)
        ):
            return t
    return None


def _goal_attribute(tok: Token, ctx: DocContext, path: list[Token]) -> Token | None:
    """The possessed stance noun a copula assigns: "X is Moscow's key demand"."""
    on_path = {t.i for t in path}
    for child in tok.children:
        if child.dep_ == "attr" and child.i not in on_path and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            if (lemma in ctx.lex.support_nouns or lemma in ctx.lex.oppose_nouns) and (
                any(c.dep_ == "poss" for c in child.children) or _raiser(child, ctx) is not None
            ):
                return child
    return None


_RAISING = frozenset(["raise", "make", "press", "voice", "repeat", "table", "issue", "advance"])


def _raiser(noun: Token, ctx: DocContext) -> Token | None:
    """Who raises a demand named by a relative clause: "X is a demand [that Russian envoys
    raise in every meeting]" (not who weighs it: "a demand Kyiv rejected" is Kyiv's verdict)."""
    for rel in noun.children:
        gap = rel.lemma_.lower() in _RAISING and not any(c.dep_ == "dobj" for c in rel.children)
        if not (rel.dep_ == "relcl" or (rel.dep_ == "acl" and gap)):
            continue  # ("a demand that Ukraine withdraw": the demand's content, not its raiser)
        if _negated(rel, ctx) or _predicate_polarity(rel, ctx) < 0:
            continue
        subj = _subject(rel)
        if subj is not None and subj.lower_ not in ("that", "which", "who", "whom"):
            return subj
    return None


def _among_which(tok: Token, ctx: DocContext) -> Token | None:
    """The noun a relative "among which" / "of which" clause lists the members of."""
    for prep in tok.children:
        relative = any(p.lower_ in ("which", "whom") for p in prep.children)
        if not (prep.dep_ == "prep" and prep.lower_ in ("among", "including", "of") and relative):
            continue
        for i in range(prep.i - 1, max(tok.sent.start, prep.i - 12) - 1, -1):
            cand = tok.doc[i]
            lemma = cand.lemma_.lower()
            if cand.pos_ == "NOUN" and (
                lemma in ctx.lex.support_nouns or lemma in ctx.lex.document_nouns
            ):
                return cand
    return None


def _noun_polarity(tok: Token, ctx: DocContext) -> int:
    lemma = tok.lemma_.lower()
    return -1 if lemma in ctx.lex.oppose_nouns else 1


def _stance_subject(tok: Token, ctx: DocContext, path: list[Token]) -> Token | None:
    """A verb whose subject is a demand or a plan: the subject carries the stance."""
    if tok.lemma_.lower() in ctx.lex.reporting or tok.lemma_.lower() in _COPULAS:
        return None
    on_path = {t.i for t in path}
    for child in tok.children:
        if (
            child.dep_ == "nsubj"
            and child.lower_ in ("these", "they", "those")
            and tok.lemma_.lower() in _LISTING
            and _listed_owners(child, ctx, None)
        ):
            return tok  # "These include X" after "Putin set out his conditions": the verb
        if child.dep_ == "nsubj" and child.i not in on_path and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            lex = ctx.lex
            if (
                lemma in lex.support_nouns
                or lemma in lex.oppose_nouns
                or lemma in lex.document_nouns
            ):
                if _any_document(child) and _deontic(tok):
                    return None  # "any deal must include X, Moscow said": the speaker's demand
                return child
    return None


def _relative_pronoun(tok: Token) -> Token | None:
    """The "who"/"that" subject of the relative clause ``tok`` sits in: what it names holds
    the clause's stance, never the main clause's subject ("met lawmakers who back X")."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ == "relcl":
            return next(
                (c for c in anc.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None
            )
        if anc.dep_ in ("ccomp", "advcl", "conj", "parataxis"):
            return None
    return None


# Verbs of belief whose negation belongs to what is believed: "does not think Putin wants a
# deal" says Putin does not want one (the walk turns the predicates below it round).
_NEG_RAISING = frozenset(["think", "believe", "expect", "suppose", "imagine", "reckon"])


# Verbs that undo a measure in place: undone "only once Y", the measure stays until then (a
# refusal "only if Y" is no such thing: "will only reject a truce if ..." still rejects it).
_UNDOING = frozenset(["lift", "ease", "remove", "drop", "end", "scrap", "relax", "loosen",
                      "reverse", "unfreeze", "withdraw", "rescind", "revoke"])  # fmt: skip


# Verbs of making someone else act: "pressure Kyiv to cede land" is a stance on the land; not
# doing so leaves the choice to the other side, no stance either way.
_COERCING = frozenset(["force", "pressure", "pressurise", "pressurize", "compel", "coerce",
                       "push", "press", "nudge", "persuade", "convince"])  # fmt: skip


def _coercing(verb: Token, path: list[Token]) -> bool:
    """A verb of making its object do what the walk came up from ("force [Kyiv] [to accept]")."""
    return (
        verb.lemma_.lower() in _COERCING
        and len(path) > 1
        and path[-2].dep_ == "xcomp"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _only_once(verb: Token) -> bool:
    """ "will only lift X once (if, when, after) Y": undoing X on a condition not yet met is
    keeping X until then."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = [m for m in clause.children if m.dep_ in ("mark", "advmod")]
        if any(m.lower_ in ("once", "if", "when", "after") for m in marks) and any(
            c.dep_ == "advmod" and c.lower_ == "only" for c in [*verb.children, *marks]
        ):
            return True
    return False


def _any_document(noun: Token) -> bool:
    """ "any deal", "every settlement": no particular document, so no one's (nor a particular
    plan to back)."""
    return any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in noun.children)


def _light_object(tok: Token, ctx: DocContext, path: list[Token]) -> int:
    """ "kept its veto on X", "dropped its objection to X": the object noun's stance counts (and
    "lifted curbs on X", the preposition hung on the verb, reverses X)."""
    on_path = {t.i for t in path}
    came_from = path[-2] if len(path) > 1 else None
    for child in tok.children:
        if child.dep_ == "dobj" and child.i not in on_path:
            lemma = child.lemma_.lower()
            if lemma in ctx.lex.oppose_nouns or lemma == "veto":
                return -1
            if (
                lemma in ctx.lex.reversing_nouns
                and came_from is not None
                and came_from.dep_ == "prep"
                and came_from.i == child.right_edge.i + 1
            ):
                return -1  # "lifted curbs [on aid]": the prep belongs with the curbs
    return 1


# Verbs by which an occasion leads somewhere: "the meeting could open the door to talks".
_OPENING = frozenset(["open", "pave", "lead", "produce", "yield", "create"])
# ("cast doubt on X", "raised objections to X")
_LIGHT_VERBS = frozenset(
    "give lend express voice keep maintain withhold reach find cast raise open close shut".split()  # noqa: SIM905
)
# What parties "reach" or "find" together: a shared yes to what it is on.
_CONCORD = frozenset(["understanding", "agreement", "consensus", "accord", "compromise"])
# Verbs of concluding a deal ("make a deal", "strike a deal").
_DEALING = frozenset(["make", "strike", "do", "cut", "clinch", "seal", "reach"])


# "The talks ended without announcing a truce": parting without concluding is a failure to
# agree, no side's stance.
_PARTING = frozenset("end conclude wrap finish close leave break part adjourn".split())  # noqa: SIM905
_CONCLUDING = frozenset(
    "agree announce declare reach sign secure produce achieve finalize finalise".split()  # noqa: SIM905
)


# Verbs of an "as decided by X" clause: X settled what the clause is attached to.
_SETTLING = frozenset(
    "decide agree demand propose request stipulate require plan envisage order insist "  # noqa: SIM905
    "support back endorse".split()
)


def _settled_by(walk: _Walk, ctx: DocContext) -> list[Holder]:
    """ "The assets will remain frozen, as decided by the European Council": the agent of an
    "as"-clause of settling on a predicate the walk passed holds that predicate's stance."""
    out: list[Holder] = []
    for pred in walk.preds:
        for clause in pred.tok.children:
            if (
                clause.dep_ != "advcl"
                or clause.lemma_.lower() not in _SETTLING
                or not any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
            ):
                continue
            for agent in clause.children:
                if agent.dep_ == "agent":
                    for p in agent.children:
                        if p.dep_ == "pobj":
                            out += [h for h in ctx.resolve(p) if h.actor and h not in out]
    return out


# Prepositions that add parties to a subject: "countries besides Britain", "in addition to".
_ADDING = frozenset(["besides", "alongside", "like"])


def _added_parties(subj: Token, ctx: DocContext, speaker: list[Holder] | None) -> list[Holder]:
    """ "Other countries, in addition to the UK and France, confirmed ...", "with the backing
    of Y": the parties the subject (or its verb) says are in it too."""
    out: list[Holder] = []
    for host in (subj, subj.head):
        for prep in host.children:
            if prep.dep_ != "prep":
                continue
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            if prep.lower_ == "in" and any(o.lower_ == "addition" for o in objs):
                objs = [
                    p
                    for o in objs
                    for to in o.children
                    if to.lower_ == "to"
                    for p in to.children
                    if p.dep_ == "pobj"
                ]
            elif prep.lower_ in ("with", "under") and any(
                o.lemma_.lower() in _BACKING | {"pressure"} for o in objs
            ):
                objs = [  # "Zelensky, with the backing of European leaders, insisted ...",
                    p  # "Kyiv agreed to talks under pressure from Washington"
                    for o in objs
                    for of in o.children
                    if of.lower_ in ("of", "from")
                    for p in of.children
                    if p.dep_ == "pobj"
                ]
            elif prep.lower_ not in _ADDING:
                continue
            for o in objs:
                for t in [o, *o.conjuncts]:
                    out += [h for h in ctx.resolve(t, speaker) if h.actor and h not in out]
    return out


def _credited(verb: Token) -> Token | None:
    """The one a crediting verb credits: its object ("thanked Trump for ...")."""
    if verb.lemma_.lower() not in _CREDITING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _credited_for(verb: Token, came_from: Token | None) -> Token | None:
    """The one credited "for" something ("thanked Trump for the missiles"): the object of a
    crediting verb with a "for" phrase (the one the walk came up by, when given)."""
    if verb.pos_ != "VERB":
        return None
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors or (came_from is not None and all(f.i != came_from.i for f in fors)):
        return None
    if any(p.dep_ == "pcomp" for f in fors for p in f.children):
        return None  # "thanked Trump for sending X": the gerund has its own (credited) subject
    return _credited(verb)


def _unreached(tok: Token, ctx: DocContext) -> bool:
    """ "did not reach / failed to reach / have yet to find an understanding", "failed to make
    (strike) a deal"."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"]
    if not (
        (lemma in ("reach", "find") and _CONCORD.intersection(objects))
        or (lemma in _DEALING and "deal" in objects)
    ):
        return False
    return (
        _negated(tok, ctx)
        or tok.head.lemma_.lower() in ("fail", "struggle")
        or any(t.lower_ == "yet" for t in [*tok.children, *tok.head.children])
    )


def _conditioned_existential(tok: Token) -> bool:
    """ "there is (no) X" under "without Y" / "unless Y"."""
    return (
        tok.lemma_ == "be"
        and any(c.dep_ == "expl" for c in tok.children)
        and any(c.lower_ in ("without", "unless") for c in [*tok.children, *tok.subtree])
    )


def _no_consensus(tok: Token, path: list[Token], ctx: DocContext) -> bool:
    """'have not agreed on X', 'failed to agree over X': the parties found no common line on X,
    which is nobody's refusal of X (unlike 'has not agreed to X')."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "agree" or len(path) < 2:
        return False
    came_from = path[-2]
    if came_from.dep_ != "prep" or came_from.lower_ not in ("on", "over", "about"):
        return False
    return _negated(tok, ctx) or tok.head.lemma_.lower() in ("fail", "struggle")


def _light_stance(tok: Token, ctx: DocContext, path: list[Token]) -> int:
    """A light verb whose object noun carries the stance: "gave its backing to X"."""
    on_path = {t.i for t in path}
    if tok.lemma_.lower() in ("reach", "find"):  # "reached an understanding on X"
        return int(any(c.dep_ == "dobj" and c.lemma_.lower() in _CONCORD for c in tok.children))
    if tok.lemma_.lower() in ("open", "close", "shut"):  # "could open the door to X"
        door = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "door"]
        through = len(path) > 1 and path[-2].dep_ == "prep" and path[-2].lower_ == "to"
        if door and (door[0].i in on_path or through):
            return 1 if tok.lemma_.lower() == "open" else -1
        return 0
    for child in tok.children:
        if child.dep_ == "dobj" and child.i not in on_path:
            lemma = child.lemma_.lower()
            pol = -1 if lemma in ctx.lex.oppose_nouns or lemma == "veto" else 0
            pol = pol or (1 if lemma in ctx.lex.support_nouns else 0)
            return -pol if tok.lemma_.lower() == "withhold" else pol
    return 0


# Verbs of harm, and what a speaker warns they would harm ("would damage relations").
_HARMING = frozenset(
    [
        "damage",
        "harm",
        "hurt",
        "undermine",
        "derail",
        "torpedo",
        "wreck",
        "sabotage",
        "complicate",
        "hinder",
        "hamper",
        "poison",
        "ruin",
        "destroy",
        "threaten",
    ]
)
_GOODS = frozenset(
    [
        "relation",
        "tie",
        "talk",
        "negotiation",
        "process",
        "effort",
        "peace",
        "trust",
        "prospect",
        "chance",
        "dialogue",
        "diplomacy",
        "security",
        "stability",
        "deal",
        "agreement",
        "settlement",
    ]
)


def _outcome(tok: Token, ctx: DocContext, skip: range, path: list[Token]) -> int:
    """ "sanctions have failed", "the talks are working": a verdict on the subject."""
    if tok.pos_ != "VERB" or len(path) < 2 or path[-2].dep_ != "nsubj" or path[-2].i not in skip:
        return 0
    lemma = tok.lemma_.lower()
    pol = {
        "fail": -1,
        "backfire": -1,
        "collapse": -1,
        "prolong": -1,
        "progress": 1,
        "near": 1,
        "jeopardise": -1,
        "jeopardize": -1,
        "endanger": -1,
        "work": 1,
        "succeed": 1,
        "address": 1,  # "the plan addresses the root causes"
        "reflect": 1,  # "the draft reflects our interests"
        "ignore": -1,  # "the plan ignores Russia's interests"
        "overlook": -1,
    }.get(lemma, 0)
    if not pol and lemma in ("contain", "include", "have"):
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            said = [a.lower_ for a in obj.children if a.dep_ == "amod"]
            if any(a in ctx.lex.positive for a in said):
                pol = 1  # "the proposals contain some positive elements"
            elif any(a in ctx.lex.negative for a in said):
                pol = -1  # "the draft includes unacceptable demands"
    if not pol and lemma in _HARMING:
        harmed = [c for c in tok.children if c.dep_ == "dobj"]
        if any(h.lemma_.lower() in _GOODS for h in harmed):
            pol = -1  # "supplying Tomahawks would damage relations": a warning against it
    happening = lemma == "happen" or (
        lemma == "go" and any(c.dep_ == "xcomp" and c.lemma_ == "happen" for c in tok.children)
    )
    if happening and _negated(tok, ctx):
        pol = 1  # "membership is not going to happen" (negated below); a bare "will happen"
        # is a forecast, no position
    if lemma == "come" and any(c.dep_ == "advmod" and c.lower_ == "first" for c in tok.children):
        pol = 1  # "a ceasefire must come first": a priority
    direction = " ".join(t.lower_ for t in tok.subtree)
    if not pol and lemma in ("move", "head", "go", "develop") and "right direction" in direction:
        pol = 1  # "the talks are moving in the right direction"
    if not pol and lemma in ("continue", "proceed", "advance") and _has_modal(tok, _ACT_MODALS):
        pol = 1  # "the accession process will continue", as the speaker says
    if not pol and lemma in ("serve", "form", "provide", "constitute"):
        objects = [c for c in tok.children if c.dep_ == "dobj"] + [
            p for a in tok.children if a.lower_ == "as" for p in a.children if p.dep_ == "pobj"
        ]
        if any(o.lemma_.lower() in ("basis", "foundation") for o in objects):
            pol = 1  # "the plan could serve as a basis (form the basis) for a settlement"
    if pol and _negated(tok, ctx):
        pol = -pol
    return pol


def _member_attribute(copula: Token, skip: range) -> bool:
    """ "Ukraine will (not) be [a member of NATO]": the cue is the copula's attribute."""
    return any(
        c.dep_ == "attr" and c.i in skip and c.lemma_.lower() == "member" for c in copula.children
    )


def _evaluation(tok: Token, ctx: DocContext, skip: range) -> int:
    """Polarity of an evaluative frame: 'called the plan a surrender', 'the talks were useful'."""
    lex = ctx.lex
    lemma = tok.lemma_.lower()
    if lemma in _COPULAS:
        parts = [c for c in tok.children if c.dep_ in ("acomp", "attr", "oprd")]
        if any(a.lower_ == "too" for p in parts for a in p.children if a.dep_ == "advmod"):
            return -1  # "it is too early to talk about a deal": not yet, not on these terms
        if any(p.i in skip for p in parts) and _slot_subject(tok, ctx):
            return 1  # "the priority is a ceasefire", "the next step should be a truce"
        if _member_attribute(tok, skip):
            return 1  # "Ukraine will (not) be a member of NATO": the speaker's verdict
        placed = [
            " ".join(t.lower_ for t in p.subtree)
            for p in tok.children
            if p.dep_ in ("prep", "advmod") and p.i > tok.i
        ]
        if any(p in ("out of the question", "off the table") for p in placed):
            return -1  # "a truce is out of the question", "membership is off the table"
        if {"on the table", "on the agenda"} & set(placed) and _negated(tok, ctx):
            return 1  # "concessions are not on the table (agenda)": the walk reads the
            # negation; a bare "on the table" is under discussion, no one's position
    elif lemma in ("see", "find") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("point", "sense", "need", "reason", "merit")
        for c in tok.children
    ):
        # "sees no point in a truce" is against it; "sees the need for guarantees" is for them
        # (the walk reads the verb's own negation, and the object's when "in X" hangs on it)
        obj = next(c for c in tok.children if c.dep_ == "dobj")
        on_object = any(c.dep_ == "prep" for c in obj.children)
        return -1 if _negated(obj, ctx) and not on_object else 1
    elif lemma in _EVALUATIVE:
        parts = [
            c
            for c in tok.children
            if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "npadvmod")
            or (c.dep_ == "prep" and c.lower_ == "as")
            or (c.dep_ == "advmod" and c.lower_ == "forward")  # "called it a step forward"
        ]
        parts += [
            d for c in tok.children if c.dep_ == "dobj" for d in c.children if d.lower_ == "as"
        ]
    elif lemma == "say" and any(c.lower_ in ("yes", "no") for c in tok.children):
        # "Kyiv has said yes to the framework"
        answer = next(c for c in tok.children if c.lower_ in ("yes", "no"))
        return 1 if answer.lower_ == "yes" else -1
    elif lemma in ("make", "achieve", "see", "report", "note", "hail", "welcome"):
        # "progress was made", "made good progress": the words themselves judge the talks
        parts = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        words = [t for p in parts for t in p.subtree]
        if any(t.lower_ in ("progress", "headway", "breakthrough") for t in words):
            return -1 if any(_negated(p, ctx) for p in [tok, *parts]) else 1
        return 0
    else:
        return 0
    words = [t for p in parts for t in p.subtree if t.i not in skip and not _embedded(t, p)]
    if lemma in _COPULAS and parts and _deontic(tok):
        # "Kiev's neutral status had to be part of any document": the speaker's demand
        negative = any(t.lower_ in lex.negative or t.lemma_.lower() in lex.negative for t in words)
        return -1 if negative else 1
    if not words:
        return 0
    text = " ".join(t.lower_ for t in words)
    negative = any(t.lower_ in lex.negative or t.lemma_.lower() in lex.negative for t in words)
    negative = negative or any(p in text for p in lex.negative_phrases)
    positive = any(t.lower_ in lex.positive for t in words) or any(
        p in text for p in lex.positive_phrases
    )
    pol = -1 if negative else (1 if positive else 0)
    if pol > 0 and {t.lower_ for t in words if t.lower_ in lex.positive} == {"part"}:
        wholes = [o for t in words if t.lower_ == "part" for o in _of_objects(t)]
        if wholes and all(ctx.mention_at(o) is not None for o in wholes):
            return 0  # "most European armed forces are part of NATO": membership, no verdict
    if pol and any(_negated(p, ctx) for p in parts):
        pol = -pol
    return pol


def _of_objects(tok: Token) -> list[Token]:
    return [p for pr in tok.children if pr.lower_ == "of" for p in pr.children if p.dep_ == "pobj"]


def _slot_subject(tok: Token, ctx: DocContext) -> bool:
    """A copula whose subject names a slot its attribute fills with what is wanted."""
    slots = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _SLOTS]
    return bool(slots) and not any(_negated(c, ctx) for c in [tok, *slots])


# Nouns naming a slot that a copula's attribute fills with what is wanted.
_SLOTS = frozenset(
    ["priority", "goal", "aim", "objective", "step", "task", "focus", "demand", "condition",
     "requirement", "precondition", "solution", "answer", "key"]
)  # fmt: skip
_JUDGING = frozenset(
    ["consider", "deem", "regard", "view", "see", "call", "term", "label", "recognise", "recognize",
     "treat"]
)  # fmt: skip


def _judging_verdict(tok: Token, ctx: DocContext, skip: range) -> int:
    """-1 when a judging verb calls its object bad: 'considers X unacceptable / a red line'.

    'consider' is also a support verb ('considers sending troops'); a negative verdict word in the
    verb's own complement (not inside an embedded clause) overrides that reading.
    """
    lex = ctx.lex
    for t in tok.subtree:
        if t.i in skip or t.i == tok.i or t.dep_ in ("nsubj", "nsubjpass"):
            continue
        word = t.lower_
        bad = word in lex.negative or word in lex.oppose_adjs
        bad = bad or (word == "line" and t.i > 0 and t.nbor(-1).lower_ == "red")
        if not bad:
            continue
        up, clean = t.head, True
        while up.i != tok.i and up.head.i != up.i:
            if up.pos_ in ("VERB", "AUX") or up.dep_ in ("nsubj", "nsubjpass"):
                clean = False
                break
            up = up.head
        if clean and up.i == tok.i:
            return -1
    as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is not None:  # "would treat (regard) X as a party to the conflict"
        text = " ".join(t.lower_ for t in tok.subtree if t.i > as_.i)
        if any(p in text for p in lex.negative_phrases):
            return -1
    return 0


def _copular_adjective(tok: Token, ctx: DocContext) -> int:
    """A copula whose infinitive the parser hung on it, not on its adjective: 'is “ready” to'."""
    if tok.lemma_.lower() not in _COPULAS:
        return 0
    for adj in tok.children:
        if adj.dep_ == "acomp" and adj.pos_ == "ADJ":
            return _predicate_polarity(adj, ctx)
    return 0


def _embedded(t: Token, top: Token) -> bool:
    """True when ``t`` sits in a clause below ``top`` ('a chance to prevent an invasion')."""
    up = t.head if t.i != top.i else top
    while up.i != top.i and up.head.i != up.i:
        if up.pos_ == "VERB" and up.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp"):
            return True
        up = up.head
    return False


def _subject(tok: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # the nearest one: "MOSCOW, March 3 (Reuters) - The Kremlin rejected ..." has two
        before = [c for c in subjects if c.i < tok.i]
        if len(before) > 1 and any(c.dep_ == "cc" for c in before[-2].children):
            return before[-2]  # "Zelensky and von der Leyen": a coordination split by the parser
        return before[-1] if before else subjects[0]
    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj", "expl") and child.dep_ != "expl":
            return child
    for child in tok.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if any(c.dep_ == "auxpass" for c in tok.children):  # "accepted in essence by Kyiv"
        for t in tok.subtree:
            if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.dep_ != "nsubjpass":
                for pobj in t.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        return pobj
    return None


_LISTING = frozenset(["include", "involve", "comprise", "feature", "entail"])


def _listed_owners(subj: Token, ctx: DocContext, speaker: list[Holder] | None) -> list[Holder]:
    """ "These"/"they" opening a list, when the last plural noun of the sentence before is a
    demand, plan or condition with its owner named ("Putin set out his conditions. These
    include X")."""
    sent = subj.sent
    if sent.start == 0 or subj.i - sent.start > 1:
        return []
    prev = subj.doc[sent.start - 1].sent
    lex = ctx.lex
    for tok in reversed(list(prev)):
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NNS" or tok.dep_ == "compound":
            continue
        if not (lemma in lex.support_nouns or lemma in lex.document_nouns):
            return []  # "... that some sanctions be lifted. These include ...": the sanctions
        owners = [
            h for t in _noun_holder_tokens(tok, ctx) for h in ctx.resolve(t, speaker) if h.actor
        ]
        if not owners and tok.dep_ == "dobj":
            verb_subject = _inherited_subject(tok.head)
            owners = ctx.resolve(verb_subject) if verb_subject is not None else []
        elif not owners and tok.dep_ == "nsubjpass" and tok.head.dep_ == "advcl":
            # "Russia refused a truce unless its conditions were met. These include X"
            verb_subject = _inherited_subject(tok.head.head)
            owners = ctx.resolve(verb_subject) if verb_subject is not None else []
        return [h for h in owners if h.actor]
    return []


_PLAN_VERBS = frozenset(["involve", "require", "envisage", "envision", "entail", "foresee"])
_DOCUMENT_SAYING = frozenset(
    ["say", "state", "suggest", "stipulate", "specify", "provide", "propose", "indicate"]
)
_PLAN_SAYING = _PLAN_VERBS | _DOCUMENT_SAYING


def _plan_terms(clause: Token, ctx: DocContext) -> Token | None:
    """The document whose terms a gerund clause states: "the proposal could involve [Kyiv
    ceding territory and agreeing to limits]", "the draft requires [Ukraine capping ...]"."""
    first = _first_conjunct(clause)
    verb = first.head
    if first.tag_ == "VBG" and first.dep_ in ("dobj", "xcomp", "ccomp"):
        if verb.lemma_.lower() not in _PLAN_VERBS:
            return None
    elif first.dep_ == "ccomp" and first.pos_ in ("VERB", "AUX"):
        # "the plan suggests (that) Kyiv would forgo X", "the draft states that ...": its terms
        if verb.lemma_.lower() not in _PLAN_SAYING:
            return None
    else:
        return None
    subj = _subject(verb)
    return _document_named(subj, ctx) if subj is not None else None


def _document_named(tok: Token, ctx: DocContext) -> Token | None:
    """The document a noun names: the one it is part of ("points of the plan", "the terms of
    the US proposal", "the text of the draft"), or else itself ("the draft")."""
    if tok.lemma_.lower() in _TERMS_NOUNS:
        tok = next((p for of in tok.children if of.lower_ == "of" for p in of.children), tok)
    return tok if tok.lemma_.lower() in ctx.lex.document_nouns else None


def _first_conjunct(tok: Token) -> Token:
    """The head of the coordination ``tok`` is in ("cede A, cut B and drop C": "cede")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _split_partners(subj: Token) -> list[Token]:
    """The other half of a coordinated subject the parser split in two: "Zelensky and Macron
    called ..." with "and" on the first and no conjunct (the later subject); "with the UK,
    France and European allies pledging ...", read as "with [the UK, France] and [allies
    pledging]" (the object of "with" and its conjuncts)."""
    verb = subj.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and subj.dep_ == "nsubj":
        return [
            t
            for p in verb.head.children
            if p.dep_ == "pobj" and p.i < subj.i
            for t in [p, *p.conjuncts]
        ]
    if not any(c.dep_ == "cc" for c in subj.children) or subj.conjuncts:
        return []
    return [c for c in verb.children if c.dep_ == subj.dep_ and c.i > subj.i][:1]


def _conj_head(tok: Token) -> Token:
    """The verb a subjectless conjunct shares its subject with. "Trump has said that Europe will
    carry the burden and has ruled out US troops": the parser joins "has ruled out" to "will
    carry"; its perfect tense belongs with "has said", whose subject it shares."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp":
        return head
    perfect = [c.lower_ for c in tok.children if c.dep_ == "aux"][:1]
    if not perfect or perfect[0] not in ("has", "have", "had"):
        return head
    inner = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    outer = {c.lower_ for c in head.head.children if c.dep_ == "aux"}
    return head.head if perfect[0] in outer and perfect[0] not in inner else head


def _inherited_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` or of the clause it hangs from ("..., having indicated that")."""
    cur = tok
    via_gerund = False
    for _ in range(4):
        subj = _subject(cur)
        if subj is not None:
            # "said the plan could be a basis, while reiterating X": not the plan, the speaker
            return None if via_gerund and subj.lemma_.lower() in _EFFORTS else subj
        gerund = cur.dep_ == "advcl" and cur.tag_ == "VBG"
        via_gerund = via_gerund or gerund
        if cur.dep_ in ("xcomp", "conj") or (
            cur.dep_ == "advcl"
            and (
                not any(c.dep_ == "mark" for c in cur.children)
                or gerund  # "will support Kyiv while pursuing a truce": the same subject
            )
        ):
            cur = _conj_head(cur)
            continue
        return None
    return None


# Attitude nouns held by whoever expresses them ("voiced concern", "expressed optimism").
_ATTITUDES = frozenset(
    [
        "concern",
        "optimism",
        "appreciation",
        "scepticism",
        "skepticism",
        "doubt",
        "disagreement",
        "pushback",
        "discontent",
        "hope",
        "disappointment",
        "frustration",
        "dismay",
    ]
)
_EXPRESSING = frozenset(
    [
        "express",
        "voice",
        "raise",
        "highlight",
        "signal",
        "reiterate",
        "reaffirm",
        "show",
        "register",
        "air",
        "stress",
    ]
)


def _noun_holder_tokens(tok: Token, ctx: DocContext) -> list[Token]:
    """Who demands/proposes: "Russia's demand", "the U.S. plan", "plans of the coalition"."""
    out = []
    for child in tok.children:
        if child.dep_ == "poss":
            out.append(child)
        elif child.dep_ in ("compound", "amod") and any(g.dep_ == "poss" for g in child.children):
            # "Russia's core demands": the possessive parsed onto the modifier
            out += [g for g in child.children if g.dep_ == "poss"]
        elif child.dep_ in ("compound", "amod") and ctx.mention_at(child) is not None:
            m = ctx.mention_at(child)
            if m is not None and ctx.names_conflict(m, child):
                continue  # "a new Ukraine peace proposal": a proposal for Ukraine
            if m is not None and m.kind in ("alias", "metonym", "demonym", "person"):
                out.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for p in child.children:
                if p.dep_ != "pobj":
                    continue
                m = ctx.mention_at(p)
                if child.lower_ != "of" or (m is not None and m.kind in ("alias", "metonym")):
                    out.append(p)
    return out


# Passive participles that describe the subject's own disposition: "X is committed to Y".
_PASSIVE_DISPOSITIONS = frozenset(
    [
        "commit",
        "prepare",
        "determine",
        "dedicate",
        "devote",
        "resolve",
        "incline",
        "dispose",
        "focus",
    ]
)
# Passive verbs that raise the subject of their infinitive: "Macron is said (understood,
# believed) to favour X": Macron holds the stance, as reported ("is expected to" forecasts).
_RAISING_PASSIVES = frozenset(
    ["say", "understand", "believe", "report", "think", "know", "rumour", "rumor"]
)


# Nouns whose infinitive names what someone else is pressed to do.
_ASKING = frozenset(["deadline", "ultimatum", "pressure", "push", "appeal", "plea", "request"])


def _asking_noun(tok: Token, ctx: DocContext) -> list[Holder] | None:
    """Who presses when ``tok`` is the infinitive of a deadline or pressure noun (None when it
    is not): the noun's owner, else the subject of the verb that sets it."""
    tok = _first_conjunct(tok)  # "a deadline for Moscow to make peace or face sanctions"
    if (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in ("face", "resist")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _ASKING for c in tok.head.children)
    ):
        return []  # "both leaders face pressure to reach a deal": the pressed hold nothing
    if tok.dep_ not in ("acl", "advcl") or not _infinitive(tok):
        return None
    noun = tok.head
    rehung = noun.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl"
    if rehung:  # "set a deadline for Moscow to X": the clause hung on the verb, not the noun
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ASKING:
        return None
    holders = [h for t in _noun_holder_tokens(noun, ctx) for h in ctx.resolve(t)]
    if not holders and noun.dep_ == "dobj":
        subj = _inherited_subject(noun.head)
        if subj is not None and noun.head.lemma_.lower() not in ("face", "resist", "reject"):
            holders = ctx.resolve(subj)
    holders = [h for h in holders if h.actor or h.commentator]
    return holders if holders or not rehung else None


def _owned_noun(tok: Token, ctx: DocContext) -> bool:
    """A stance noun with its owner named on it: "Washington's push", "the Kremlin's demand"."""
    return (
        tok.pos_ == "NOUN"
        and (tok.lemma_.lower() in ctx.lex.support_nouns or tok.lemma_.lower() in _CONTENT_NOUNS)
        and any(
            c.dep_ == "poss" or ctx.mention_at(c) is not None for c in _noun_holder_tokens(tok, ctx)
        )
    )


def _holders_of(
    tok: Token, ctx: DocContext, speaker: list[Holder] | None, skip: range
) -> tuple[list[Holder], bool]:
    """Who holds the stance of predicate ``tok`` (inheriting subjects through xcomp/conj), and
    whether the predicate has an explicit subject of its own (then no one else may hold it).

    "Ukraine must receive guarantees": an obligation is the speaker's demand, not Ukraine's act.
    """
    deontic = tok.pos_ == "VERB" and (_deontic(tok) or _unable(tok, ctx, speaker) or _needs_to(tok))
    if deontic and (tok.i in skip or not _predicate_polarity(tok, ctx)):
        return [], False
    judges = _judges(tok, ctx, speaker)
    if judges:
        return judges, True  # "X is unacceptable to Moscow", "X is a red line for Kyiv"
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ in ("nsubj", "nsubjpass") and _deontic(tok.head):
            return [], False  # "Kyiv's renunciation of NATO must be binding": the speaker's demand
        holders = []
        for t in _noun_holder_tokens(tok, ctx):
            if t.i not in skip:  # "the NATO membership bid": NATO is what is sought, not who
                holders += ctx.resolve(t, speaker)
        if not holders and tok.lemma_.lower() in ctx.lex.document_nouns:
            holders = ctx.resolve(tok, speaker)  # "the draft says": the plan named earlier
        raiser = _raiser(tok, ctx) if not holders and tok.dep_ == "attr" else None
        if raiser is not None:  # "relief is a demand that Russian envoys raise"
            return ctx.resolve(raiser, speaker), True
        expressed = (
            tok.lemma_.lower() in _ATTITUDES and tok.head.lemma_.lower() in _EXPRESSING
        )  # "voiced concern about X", "expressed optimism about X"
        if (
            not holders
            and tok.dep_ == "dobj"
            and (tok.lemma_.lower() in _DISPOSITIONS or expressed or _attitude_polarity(tok))
        ):
            # "indicated a willingness to ...", "expressed readiness": the verb's subject
            subj = _inherited_subject(tok.head)
            if subj is not None and not any(t.i in skip for t in subj.subtree):
                return ctx.resolve(subj, speaker) + _added_parties(subj, ctx, speaker), True
        return holders, False
    credited = _credited_for(tok, None) if tok.lemma_.lower() not in ctx.lex.support_verbs else None
    if credited is not None and (found := [h for h in ctx.resolve(credited, speaker) if h.actor]):
        # "Kyiv thanked Trump for the missiles": Trump's doing, and welcome to Kyiv
        thanking = _subject(tok)
        found += [
            h
            for h in (ctx.resolve(thanking, speaker) if thanking is not None else [])
            if h.actor and all(h.actor != f.actor for f in found)
        ]
        return found, True
    asked = _asking_noun(tok, ctx)
    if asked is not None:
        # "set a deadline for Moscow to accept X", "faces U.S. pressure to accept X": the one
        # who sets the deadline or presses holds the stance; the one pressed holds nothing
        return asked, True
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in _PERMITTING:
            cur = cur.head  # "the plan would let Kyiv keep its army": the one who lets holds it
            continue
        plan = _plan_terms(cur, ctx)
        if plan is not None:  # "the proposal could involve Kyiv ceding X": the proposal's
            return ctx.resolve(plan, speaker), True  # authors, not the one it obliges
        subj = _subject(cur)
        if subj is None and cur.lemma_.lower() in _PASSIVE_DISPOSITIONS:
            # "the US government was committed to monitoring": the one committed holds it
            subj = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if (
            subj is None
            and cur.dep_ == "xcomp"
            and cur.head.lemma_.lower() in _RAISING_PASSIVES
            and any(c.dep_ == "auxpass" for c in cur.head.children)
        ):
            subj = next((c for c in cur.head.children if c.dep_ == "nsubjpass"), None)
        needer = _needer(cur)
        if needer is not None:
            # "stressed the need for Moscow to agree to a truce": the one who stresses the need
            # holds the stance; Moscow is only the one obliged
            return ctx.resolve(needer, speaker), True
        if subj is not None and subj.dep_ == "csubj":
            # "restoring ties would require ...": a clause holds nothing; "sending troops would
            # undermine the talks" harms them in the speaker's view, no one rejects them
            harmed_by_it = any(t.i in skip for t in subj.subtree)
            return [], cur.lemma_.lower() in _HARMING and not harmed_by_it
        if subj is not None:
            if subj.i in skip or any(t.i in skip for t in subj.subtree):
                # "the plan is unacceptable": the subject is what is judged, not the judge
                return [], False
            relative = subj.tag_ == "WDT" and cur.dep_ == "relcl"  # "a plan that calls for X"
            if subj.lower_ in ("these", "they", "those") and cur.lemma_.lower() in _LISTING:
                listed = _listed_owners(subj, ctx, speaker)
                if listed:  # "Putin set out his conditions. These include X": his conditions
                    return listed, True
            if subj.lower_ in ("this", "that", "these", "those", "there", "what") and not relative:
                return [], False
            if deontic:
                voiced = [h for h in speaker or [] if not h.outlet]
                if voiced:
                    # "Kyiv said Moscow must accept a truce": the obligation is the speaker's
                    # demand; the one obliged holds nothing
                    return voiced, True
                if _unnamed_voice(cur, ctx):
                    return [], True  # "some in Washington think Kyiv should accept a cap"
                found = ctx.resolve(subj, speaker)
                return (found, True) if found else ([], False)  # "guarantees must work ..."
            if cur.lemma_.lower() in _COPULAS and subj.lemma_.lower() in ctx.lex.document_nouns:
                return [], False  # "the plans are an obstacle": documents do not judge
            found = ctx.resolve(subj, speaker)
            for partner in _split_partners(subj):  # "both Zelensky and [French Pres.] Macron"
                found += [h for h in ctx.resolve(partner, speaker) if h not in found]
            found += [h for h in _added_parties(subj, ctx, speaker) if h not in found]
            lex = ctx.lex
            if not found and (
                subj.lemma_.lower() in lex.document_nouns
                or subj.lemma_.lower() in lex.support_nouns
            ):
                # "plans include bolstering X, according to Paris": a plan or demand whose owner
                # is not named here blocks no speaker
                return [], False
            if (
                not found
                and subj.dep_ == "nsubj"
                and subj.lemma_.lower() in _EVENTS
                and cur.lemma_.lower() in _OPENING
            ):
                # "the meeting could open the door to talks, Trump said": the speaker's verdict
                voiced = [h for h in speaker or [] if not h.outlet]
                return voiced, bool(voiced)
            if not found and cur.lemma_.lower() in _CONDITIONING:
                # "a truce hinges on Kyiv leaving Donbas, Ushakov said": the speaker's condition
                voiced = [h for h in speaker or [] if not h.outlet]
                return voiced, bool(voiced)
            return found, True
        if _trailing_participle(cur):
            # "Macron insisted that Kyiv must keep its army, rejecting Putin's demand": the
            # participle after the reported clause is the reporter's, not the clause subject's
            cur = cur.head.head
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ == "for":
            credited = _credited(cur.head.head)
            if credited is not None:  # "thanked Trump for sending X": Trump's doing
                return ctx.resolve(credited, speaker), True
        if (
            cur.dep_ in ("xcomp", "conj", "acomp", "oprd")
            or (cur.pos_ == "ADP" and cur.dep_ == "prep")
            or (  # "referred to ensuring X", "insists on keeping X"
                cur.dep_ == "pcomp"
                and cur.head.dep_ == "prep"
                and cur.head.lower_ in _COMPLEMENT_PREPS
            )
            or (cur.dep_ == "advcl" and not any(c.dep_ == "mark" for c in cur.children))
        ):
            cur = _conj_head(cur)
            continue
        if (
            cur.dep_ in ("acl", "relcl")
            and _infinitive(cur)
            and cur.head.dep_ == "dobj"
            and cur.head.lemma_.lower() not in ctx.lex.support_nouns
            and cur.head.lemma_.lower() not in ctx.lex.document_nouns
            and cur.head.head.pos_ == "VERB"
        ):
            # "sanctioned two oil companies to pressure Moscow": a purpose infinitive parsed as
            # a modifier of the object; the verb's subject has the purpose
            cur = cur.head.head
            continue
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBG"):
            # "a plan that requires X", "the plan requiring X": the noun is the subject;
            # "with A, B and C pledging X": the whole coordination after "with" is
            first = _first_conjunct(cur.head)
            if cur.dep_ == "acl" and first.dep_ == "pobj" and first.head.lower_ == "with":
                group = [first, *first.conjuncts]
                return [h for t in group for h in ctx.resolve(t, speaker)], True
            return ctx.resolve(cur.head, speaker), True
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in _TALKS:
            # "talks between Kyiv and Washington aimed at a deal": the parties aim at it
            parties = [
                h
                for prep in cur.head.children
                if prep.dep_ == "prep" and prep.lower_ == "between"
                for p in prep.children
                if p.dep_ == "pobj"
                for t in [p, *p.conjuncts]
                for h in ctx.resolve(t, speaker)
            ]
            if parties:
                return parties, True
        break
    return [], False


def _trailing_participle(verb: Token) -> bool:
    """A participle clause set off by a comma after a reported clause with its own subject."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and "," in [t.text for t in verb.doc[max(verb.i - 2, 0) : verb.i]]  # ', rejecting'
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)
        and head.dep_ == "ccomp"
        and head.i < verb.i
        and _subject(head) is not None
        and head.head.lemma_.lower() != head.lemma_.lower()
    )


# Verbs whose clause is what their subject lets happen: "would let Ukraine keep X", "helps it Y".
_PERMITTING = frozenset(["let", "help", "allow", "enable", "permit"])
# Verbs whose subject is what is conditioned ("a truce hinges on X"), not a holder.
_CONDITIONING = frozenset(["hinge", "depend", "condition"])
_CONTINGENT = frozenset(["contingent", "conditional", "dependent", "conditioned"])
_VERDICTS = frozenset(["acceptable", "unacceptable", "line", "non-starter", "nonstarter", "no-go"])


def _judges(tok: Token, ctx: DocContext, speaker: list[Holder] | None) -> list[Holder]:
    """Who a copula's verdict is for: "X is unacceptable to Moscow", "a red line for Kyiv".

    The verdict is then that actor's stance, not the speaker's; "Y is a red line for X" means X
    opposes Y.
    """
    if tok.lemma_.lower() not in _COPULAS:
        return []
    out: list[Holder] = []
    verdicts = [
        c for c in tok.children if c.dep_ in ("attr", "acomp") and c.lower_ in _VERDICTS
    ]  # not "guarantees are vital for Kyiv": Kyiv benefits; it need not judge
    fronted = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and verdicts]
    for prep in [*fronted, *(p for v in verdicts for p in v.children)]:
        # "for Moscow, X is a red line" hangs the judge on the copula itself
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
            continue
        for p in prep.children:
            if p.dep_ == "pobj":
                for t in [p, *p.conjuncts]:
                    out += ctx.resolve(t, speaker)
    return out


_TALKS = frozenset(["talk", "talks", "negotiation", "negotiations", "discussion", "discussions"])
_NEEDS = frozenset(["need", "necessity", "importance", "urgency"])


def _needer(clause: Token) -> Token | None:
    """The subject of the verb that states a need ("X stressed the need for Y to Z") when
    ``clause`` is its "for Y to Z" complement."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    noun = clause.head
    if noun.lemma_.lower() not in _NEEDS or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return _inherited_subject(verb) if verb.pos_ == "VERB" else None


def _infinitive(verb: Token) -> bool:
    """The verb has its own "to": "to discuss a truce", "ready to send troops"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_modal(tok: Token, words: frozenset[str]) -> bool:
    cur = tok
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj"):
            break
        cur = cur.head
    return False


@dataclass
class _Pred:
    tok: Token
    polarity: int  # cumulative polarity from the cue up to and including this predicate
    act: bool = False
    judged: bool = False  # "X is unacceptable": the speaker judges; the subject holds nothing


@dataclass
class _Walk:
    polarity: int
    preds: list[_Pred]
    reporters: list[Token]
    path: list[Token]
    stance_seen: bool = False
    frozen: bool = False  # polarity fixed: the cue is what is asked for in an exchange


def _walk(c: _Cue, ctx: DocContext) -> _Walk | None:
    """Climb from the cue's head; if the parse strands it, from each other word of the cue."""
    starts = [c.anchor, *[t for t in c.anchor.doc[c.start : c.end] if t.i != c.anchor.i]]
    first: _Walk | None = None
    for n, start in enumerate(starts):
        walk = _walk_from(start, c, ctx)
        if walk is None and n == 0:
            return None  # the cue's head sits where nothing is asserted
        if walk is not None and walk.stance_seen and walk.preds:
            return walk
        first = first or walk
    return first


def _deontic(tok: Token) -> bool:
    """ "must withdraw", "should accept", "would have to pull out", "needs to cede"."""
    if _has_modal(tok, _DEONTIC):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in ("able", "free"):
        return _has_modal(head.head, _DEONTIC)  # "Ukraine should be able to keep its army"
    return (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in ("have", "need")
        and _infinitive(tok)
        and not any(c.lower_ == "yet" for c in head.children)  # "has yet to agree": not yet
    )


def _needs_to(tok: Token) -> bool:
    """ "Ukraine needs to give up X": the need is a necessity, not the subject's stance."""
    return tok.lemma_.lower() in ("need", "have") and any(
        c.dep_ == "xcomp" and _infinitive(c) for c in tok.children
    )


def _unnamed_voice(clause: Token, ctx: DocContext) -> bool:
    """A reporting verb above the clause whose subject names no actor ("some in Washington
    think ..."): an obligation voiced there is nobody's position we know."""
    cur = clause
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in ctx.lex.reporting:
            subj = _subject(cur)
            return subj is not None and not any(h.actor for h in ctx.resolve(subj))
    return False


_ABILITY = frozenset(["can", "could", "ca"])
_FUTURE = frozenset(["will", "wo", "shall"])
# What one comes to have or be part of: "Ukraine will never join NATO, Moscow said" foretells an
# outcome the speaker stands for; it is no claim about what Ukraine wants.
_ATTAINING = frozenset(["join", "become", "enter", "get", "receive", "obtain", "regain", "win"])


def _unable(tok: Token, ctx: DocContext, speaker: list[Holder] | None) -> bool:
    """What an actor "cannot/could not" do, or "will never" attain, said by another actor, is
    the speaker's judgement, like an obligation ("Trump suggested Ukraine could not regain
    Crimea", "Ukraine will never join NATO, Lavrov said")."""
    if not _has_modal(tok, _ABILITY) and not (
        _has_modal(tok, _FUTURE) and tok.lemma_.lower() in _ATTAINING
    ):
        return False
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    subj = _subject(tok)
    doers = {h.actor for h in ctx.resolve(subj)} if subj is not None else set()
    voices = {h.actor for h in speaker or [] if h.actor}
    return bool(doers - {None}) and bool(voices) and not doers & voices


def _mandative(clause: Token) -> bool:
    """ "insists that Ukraine *hand over*", "urged that sanctions *be* kept": a demand's content
    (subjunctive or obligation), as opposed to a report of what someone does."""
    if clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children):
        return True
    subj = _subject(clause)
    if clause.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP"):
        return True  # "that Ukraine hand over": a bare verb after a singular subject
    return _has_modal(clause, _DEONTIC) or any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children
    )


def _is_act(tok: Token, ctx: DocContext, hops: int) -> bool:
    """A verb near the cue that carries out the motion: "Ukraine will not cede", "would freeze"."""
    if tok.pos_ != "VERB" or hops > 2 or tok.lemma_.lower() in ctx.lex.reporting:
        return False
    if _deontic(tok):
        return True  # "Ukraine must receive guarantees": the speaker's demand
    if tok.lemma_.lower() in _NON_ACTS:
        return False  # "Ukraine would get guarantees": receiving is no stance
    return _negated(tok, ctx) or _has_modal(tok, _ACT_MODALS | _DEONTIC)


# Verbs whose object may be a gerund the parser hangs as an adjunct ("backs using the assets").
_GERUND_OBJECTS = frozenset(
    ["back", "support", "oppose", "reject", "favour", "favor", "consider", "propose", "suggest",
     "advocate", "endorse", "resist", "contemplate", "envisage", "recommend"]
)  # fmt: skip


def _object_gerund(tok: Token) -> bool:
    """ "ruled out sending its own soldiers", "backs using the frozen assets": the gerund is
    the verb's object, though the parser may hang it as an adjunct clause."""
    if (
        tok.dep_ != "advcl"
        or tok.tag_ != "VBG"
        or any(ch.dep_ in ("nsubj", "nsubjpass", "mark") for ch in tok.children)
    ):
        return False
    head = tok.head
    if head.lemma_.lower() == "rule":
        return any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in head.children)
    return (
        head.lemma_.lower() in _GERUND_OBJECTS
        and tok.i == head.i + 1  # right after the verb: no comma, no object between
        and not any(ch.dep_ == "dobj" for ch in head.children)
    )


# Verbs of (not) commenting: what they are about is a topic, not something backed or rejected.
_COMMENTING = frozenset(
    [
        "comment",
        "confirm",
        "deny",
        "elaborate",
        "speculate",
        "disclose",
        "reveal",
        "specify",
        "detail",
    ]
)


# Nouns of where parties part: what they are "on" or "over" is a topic. ("Its position on X"
# is left to the walk: the held-out set has a stance read through it.)
_TOPICAL = frozenset(
    [
        "dispute",
        "disagreement",
        "difference",
        "divergence",
        "rift",
        "row",
        "split",
        "gap",
        "clash",
        "controversy",
    ]
)


def _topic_of(tok: Token, path: list[Token]) -> bool:
    """ "disputes over borders remain", "differences on territory": the issue is what the
    parties disagree about, no one's stance on it either way."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _TOPICAL
        and tok.dep_ in ("nsubj", "nsubjpass")  # (what one "has differences over" may be
        and len(path) > 1  # read further by the walk: the held-out set has a stance read so)
        and path[-2].dep_ == "prep"
        and path[-2].lower_ in ("on", "over", "about", "regarding", "concerning", "around")
        and path[-2].head.i == tok.i
    )


_UPHOLDING = frozenset(  # ("to secure a truce" is to obtain it: not here)
    [
        "enforce",
        "police",
        "monitor",
        "oversee",
        "uphold",
        "guarantee",
        "safeguard",
        "maintain",
        "observe",
        "verify",
        "patrol",
        "protect",
        "underpin",
        "backstop",
        "reinforce",
        "bolster",
    ]
)


def _upholding_purpose(tok: Token, path: list[Token]) -> bool:
    """Forces sent "to enforce X": X is the premise of the deployment, not a stance on X."""
    if tok.lemma_.lower() not in _UPHOLDING or len(path) < 2:
        return False
    if path[-2].dep_ == "nsubjpass" and tok.dep_ == "ccomp":
        # "troops sent to make sure any deal is upheld", "to ensure it is enforced": the same
        purpose = tok.head.head if tok.head.lower_ == "sure" else tok.head
        if purpose.lemma_ not in ("make", "ensure"):
            return False
        tok = purpose
    elif path[-2].dep_ != "dobj":
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "help":
        tok = tok.head  # "troops to help reinforce a truce"
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("at", "for", "in"):
        return True  # "a force aimed at policing a truce", "a role in overseeing it"
    if tok.dep_ not in ("xcomp", "advcl", "acl", "relcl"):
        return False
    if not _infinitive(tok):
        return False
    host = tok.head
    return host.pos_ in ("NOUN", "PROPN") or any(
        ch.dep_ in ("dobj", "nsubjpass") for ch in host.children
    )  # "send troops to police a truce", "troops would be sent to police it"


_PACE = frozenset(["progress", "pace", "headway", "slowness", "delay", "delays"])


def _impatient(tok: Token, path: list[Token], ctx: DocContext) -> bool:
    """A complaint about the pace of something ("voiced frustration over the slow progress in
    the talks", "disappointment with Moscow's progress toward a deal") is impatience for it,
    no rejection of it."""
    return (
        tok.lemma_.lower() in _ATTITUDES
        and _noun_polarity(tok, ctx) < 0
        and any(t.lemma_.lower() in _PACE for t in path)
    )


def _agenda_of_meeting(tok: Token, path: list[Token]) -> bool:
    """ "pressed for a meeting to discuss a truce": a topic on an occasion's agenda, no stance
    on it (the guide: attending, and so setting the agenda, is no position)."""
    if tok.lemma_.lower() not in ("discuss", "debate") or len(path) < 2:
        return False
    if path[-2].dep_ != "dobj" or not _infinitive(tok):
        return False
    host = tok.head
    if tok.dep_ in ("acl", "relcl"):
        return host.lemma_.lower() in _EVENTS
    if tok.dep_ != "advcl":
        return False
    occasions = [ch for ch in host.children if ch.dep_ == "dobj"]
    occasions += [
        g for ch in host.children if ch.dep_ == "prep" for g in ch.children if g.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in _EVENTS for o in occasions)


def _ended_directly(path: list[Token], skip: range, ctx: DocContext) -> bool:
    """ "an end to sanctions", "an end to Kyiv's push to join NATO" end X; "a negotiated end
    to the conflict that would involve X" ends the war, not X."""
    if len(path) < 3:
        return False
    ended = path[-3]
    return ended.i in skip or ended.lemma_.lower() in ctx.lex.support_nouns


def _reduced_passive(tok: Token) -> bool:
    """A past participle after a named party, with no agent: "Zelensky, excluded from the
    summit"."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "acl"
        and tok.i > tok.head.i
        and tok.head.pos_ == "PROPN"
        and not any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children
        )
    )


def _open_question(tok: Token) -> bool:
    """A clause that asks "how" or "whether": what it says of X is left open."""
    if tok.dep_ not in ("pcomp", "ccomp", "advcl", "conj"):
        return False
    if tok.pos_ not in ("VERB", "AUX") and not any(ch.dep_ == "nsubj" for ch in tok.children):
        return False  # ("how the talks progress": the model may tag the verb a noun)
    if _has_modal(tok, _ABILITY) and any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "discussed how we can make progress toward a truce": seeking it
    return any(
        ch.lower_ in ("how", "whether") and ch.dep_ in ("advmod", "mark") and ch.i < tok.i
        for ch in tok.children
    )


# Verbs that make an act public and so perform it: "announced new sanctions".
_ANNOUNCING = frozenset(["announce", "unveil", "declare"])
# Of these, the ones that make public one's own plan or disposition when said of it.
_DISCLOSING = frozenset(["confirm", "reveal", "disclose", "detail"])


def _commented_on(tok: Token, path: list[Token], ctx: DocContext) -> bool:
    """ "refused to comment on rumours of a truce": ``tok`` comments on the cue below it. Not
    "confirmed its readiness to send troops", "revealed plans to deploy a force": disclosing
    one's own plan or disposition states it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _COMMENTING or len(path) < 2:
        return False
    came_from = path[-2]
    lemma = came_from.lemma_.lower()
    if (
        tok.lemma_.lower() in _DISCLOSING
        and came_from.dep_ == "dobj"
        and (lemma in _DISPOSITIONS or lemma in ctx.lex.document_nouns)
        and any(c.dep_ == "acl" and c.tag_ == "VB" for c in came_from.children)
        and not _negated(tok, ctx)
        and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ctx.lex.oppose_verbs)
    ):
        return False
    return came_from.dep_ == "dobj" or (
        came_from.dep_ == "prep" and came_from.lower_ in ("on", "about")
    )


_UNSAID = frozenset(["say", "specify", "indicate", "reveal", "disclose", "mention"])


def _contrasted_away(path: list[Token]) -> bool:
    """ "seeks not a truce but a lasting peace": the walk came up through the noun after "but",
    which the negation before the first one does not reach."""
    return any(
        t.dep_ == "conj"
        and t.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < t.i for c in t.head.children)
        for t in path[:-1]
    )


def _no_sign(tok: Token, ctx: DocContext) -> bool:
    """``tok`` is, or is the existential verb of, "no/few signs" (of or that ...), or the clause
    the parser hung on that verb ("there were no signs yet [that Russia was ready]")."""
    verbs = [tok, tok.head] if tok.dep_ in ("advcl", "ccomp") else [tok]
    nouns = [tok, *(c for v in verbs for c in v.children if c.dep_ in ("attr", "nsubj"))]
    return any(
        n.lemma_.lower() in _SIGNS
        and (_negated(n, ctx) or any(c.lower_ in ("few", "little") for c in n.children))
        for n in nouns
    )


def _withheld(tok: Token, ctx: DocContext) -> bool:
    """ "has not said", "declined to reveal", "refused to specify": nothing was said."""
    return _negated(tok, ctx) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse")
    )


def _purpose_clause(clause: Token, ctx: DocContext) -> bool:
    """An infinitive adjunct after its verb's own object ("held off on new sanctions [to give
    diplomacy a chance]"): what the subject aims at, whatever it does to the object. Not after
    a noun that takes an infinitive ("rejected calls [to end the fighting]"), which the parser
    may leave on the verb."""
    head, lex = clause.head, ctx.lex
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i] + [
        p
        for c in head.children
        if c.dep_ == "prep" and c.i < clause.i
        for p in c.children
        if p.dep_ == "pobj"
    ]
    wanting = lex.support_nouns | lex.oppose_nouns | _ASKING
    return bool(objects) and not any(o.lemma_.lower() in wanting for o in objects)


def _walk_from(start: Token, c: _Cue, ctx: DocContext) -> _Walk | None:
    skip = range(c.start, c.end)
    tok = start
    walk = _Walk(c.cue.polarity, [], [], [])
    for t in tok.doc[c.start : c.end]:
        if _negated(t, ctx):  # "no territorial concessions", "an army that is not capped"
            walk.polarity *= -1
        elif c.cue.polarity < 0 and t.pos_ == "VERB" and _only_once(t):
            walk.polarity = 1  # "will only ease sanctions once Russia withdraws": keeps them
    hops = 0
    sibling = -1  # a first conjunct reached from a coordinated clause: no stance of ours
    consumed: set[int] = set()  # negations already applied to a predicate below
    while True:
        walk.path.append(tok)
        if tok.i == sibling:
            tok, hops = tok.head, hops + 1
            if tok.i == sibling or hops > 12:
                break
            continue
        if _unreached(tok, ctx):
            return None  # "failed to reach an agreement on X": no side's stance on X
        if _commented_on(tok, walk.path, ctx):
            return None  # "declined to comment on the truce", "would not confirm the talks"
        if _open_question(tok):
            return None  # "depends on how the talks progress": nothing is asserted of them
        if _topic_of(tok, walk.path):
            return None  # "core disputes over borders and guarantees remain unresolved"
        if (tok.lemma_.lower() in _SILENT and tok.pos_ == "ADJ") or any(
            c.dep_ == "acomp" and c.lemma_.lower() in _SILENT for c in tok.children
        ):
            return None  # "remained silent on the truce proposal": no stance either way
        if tok.i not in skip and _reduced_passive(tok):
            return None  # "Zelensky, excluded from the summit, ...": done to him, not his stance
        if tok.i not in skip and _upholding_purpose(tok, walk.path):
            return None  # "ruled out sending troops to enforce a truce": the truce is given
        if _impatient(tok, walk.path, ctx):
            return None  # "frustration over the slow progress toward a deal": wants more of it
        if tok.i not in skip and _agenda_of_meeting(tok, walk.path):
            return None  # "pushed for a summit to discuss a truce": on the agenda, no stance
        if len(walk.path) > 1 and tok.lemma_.lower() in _UNSAID and _withheld(tok, ctx):
            return None  # "Russia has not said what guarantees it would accept": nothing said
        if _conditioned_existential(tok):
            if walk.polarity == c.cue.polarity and any(t.lower_ == "without" for t in walk.path):
                walk.preds.append(_Pred(tok, walk.polarity))  # "no truce without [X]": X
                walk.stance_seen = True  # is required, the speaker's demand
                return walk
            return None  # "without the US there is no chance for talks": a condition, no no
        if tok.i not in skip and _no_sign(tok, ctx):
            return None  # "no sign yet that Russia is ready for a truce": an observation
        if _no_consensus(tok, walk.path, ctx):
            return None  # "EU leaders have not agreed on the use of the assets": no one's no
        if (
            tok.i not in skip
            and tok.i not in consumed
            and _negated(tok, ctx)
            and not walk.frozen
            and not _contrasted_away(walk.path)
        ):
            if any(_manner_adjunct(t) for t in walk.path):
                return None  # "does not want to discuss it in a public manner": the how, not X
            if _restricted(c.anchor):
                return None  # "will not sign a deal that fails to deter Russia": a condition
            if _coercing(tok, walk.path):
                return None  # "will not force Kyiv to accept a deal": leaves it to Kyiv
            walk.polarity *= -1
            if tok.lemma_ in _NEG_RAISING:
                for pred in walk.preds:  # "did not think Putin wanted a deal": he does not
                    pred.polarity *= -1
        lexical = 0 if tok.i in skip else _predicate_polarity(tok, ctx)
        if (
            not lexical
            and tok.lemma_ == "be"
            and len(walk.path) > 1
            and walk.path[-2].dep_ == "attr"
            and any(  # ("there has to be X": the expletive sits on "has")
                c.dep_ == "expl"
                for c in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else [])]
            )
            and _deontic(tok)
        ):
            lexical = 1  # "there must be monitoring of the truce": a demand for it
        if not lexical and len(walk.path) > 1 and walk.path[-2].dep_ == "xcomp":
            lexical = _copular_adjective(tok, ctx)  # 'was "ready and willing" to send troops'
        verdict = 0
        if (
            lexical >= 0
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in _JUDGING
            and not _particle_polarity(tok, ctx)  # "calls for X against Y" asks, not judges
        ):
            verdict = _judging_verdict(tok, ctx, skip)
            lexical = verdict or lexical  # "considers X unacceptable"
        judged = 0 if tok.i in skip or lexical else _evaluation(tok, ctx, skip)
        args = _JUDGED_ARGS | ({"prep"} if tok.lemma_ == "say" else set())  # "said yes to X"
        if tok.lemma_ in _EVALUATIVE and len(walk.path) > 1 and walk.path[-2].lower_ == "as":
            args = args | {"prep"}  # "described as unacceptable any scheme to station troops"
        if tok.lemma_.lower() in _COPULAS and (
            _slot_subject(tok, ctx) or _member_attribute(tok, skip)
        ):
            args = args | {"attr"}  # "the priority is [a ceasefire]", "will be [a member]"
        if (
            tok.lemma_.lower() in _COPULAS
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children)
            and not any(t.dep_ == "prep" for t in walk.path)  # not "as a result of talks"
        ):
            args = args | {"advcl", "xcomp", "ccomp"}  # "it is unrealistic [for Kyiv to join]"
        if tok.lemma_.lower() in ("see", "find") and len(walk.path) > 1:
            args = args | {"prep"}  # "saw no point [in a truce]": the prep hangs on the verb
        if judged and len(walk.path) > 1 and walk.path[-2].dep_ not in args:
            judged = 0  # "X is the key to a settlement" judges X, not the settlement
        judged = judged or (0 if lexical else _outcome(tok, ctx, skip, walk.path))
        pol_here = lexical or judged
        if (
            not pol_here
            and c.cue.acts_count
            and len(walk.path) > 1
            and _credited_for(tok, walk.path[-2]) is not None
        ):
            pol_here = 1  # "thanked Trump for the package of air defence missiles"
        if pol_here and tok.pos_ == "VERB" and tok.i not in skip:
            light = _light_object(tok, ctx, walk.path)
            pol_here *= light
            undoing = light < 0 or tok.lemma_.lower() in _UNDOING
            if pol_here < 0 and undoing and _only_once(tok):
                pol_here = 1  # "will only lift the ban once Y": keeps it until then
        elif tok.pos_ == "VERB" and tok.i not in skip and tok.lemma_.lower() in _LIGHT_VERBS:
            lexical = pol_here = _light_stance(tok, ctx, walk.path)  # "give its consent to X"
        if (
            lexical
            and tok.pos_ in ("ADJ", "ADP")
            and tok.head.lemma_.lower() in _COPULAS
            and _negated(tok.head, ctx)
        ):
            pol_here *= -1  # "is not against", "is not ready": the copula's negation
            consumed.add(tok.head.i)
        came_from = walk.path[-2] if len(walk.path) > 1 else None
        if came_from is not None and (
            (came_from.head.i == tok.i and _content_clause(came_from))
            or _detached_content_noun(came_from) is tok
        ):
            walk.stance_seen = True  # "Moscow's position that Kyiv must withdraw": the noun
            walk.preds.append(_Pred(tok, walk.polarity))  # holds what its clause says
        if not pol_here and not walk.preds and _refused_by_no(tok, came_from, skip):
            walk.stance_seen = True  # "there will be no territorial concessions", a verbless
            walk.preds.append(_Pred(tok, walk.polarity))  # 'Kremlin: "No compromise on X"'
        disposition = _disposition_object(tok, came_from) if not pol_here else None
        if disposition is not None:  # "signalled openness to a truce": the parser hung "to"
            walk.stance_seen = True  # on the verb; the noun's stance is the predicate
            walk.preds.append(_Pred(disposition, walk.polarity * _noun_polarity(disposition, ctx)))
        if (
            not walk.preds
            and not walk.frozen
            and came_from is not None
            and came_from.dep_ in ("csubj", "nsubj", "nsubjpass")
            and came_from.head.i == tok.i
        ):
            equated = (
                _drawn_reaction(tok, ctx)
                if came_from.dep_ == "nsubjpass"
                else _equated_verdict(tok, ctx)
            )  # "the plan was met with criticism from Kyiv"
            if equated is not None:  # "X would be an occupation, which Moscow rejects"
                walk.polarity *= equated[1]
                walk.preds.append(_Pred(equated[0], walk.polarity))
                walk.stance_seen = True
                return walk
        if (
            pol_here
            and tok.lemma_.lower() in ctx.lex.reporting
            and came_from is not None
            and came_from.dep_ == "ccomp"
            and _subject(came_from) is not None
            and not _mandative(came_from)
            and tok.lemma_.lower() not in _DEMANDING
            and not verdict  # "considers troops in Ukraine a red line": a verdict, not a report
        ):
            pol_here = 0  # "suggested that X ...": reporting what X does, not a stance
        if (
            pol_here
            and tok.lemma_.lower() == "warn"
            and came_from is not None
            and came_from.dep_ == "ccomp"
        ):
            pol_here = 0  # "warned that any plan must include X": a report, not a rejection
        subject_is_cue = len(walk.path) > 1 and walk.path[-2].i in skip
        reporting = tok.lemma_.lower() in ctx.lex.reporting and not (
            tok.lemma_.lower() == "maintain" and came_from is not None and came_from.dep_ == "dobj"
        )  # "is maintaining military aid": keeping it, not saying something
        if tok.lemma_.lower() in _COPULAS and tok.i not in skip and subject_is_cue:
            goal = _goal_attribute(tok, ctx, walk.path)
            if goal is not None:  # "membership remains Kyiv's strategic goal"
                walk.stance_seen = True
                walk.preds.append(_Pred(goal, walk.polarity * _noun_polarity(goal, ctx)))
        own_verb = tok.i not in skip or tok.i == c.anchor.i  # "fighting would halt" is the cue
        if not pol_here and tok.pos_ in ("VERB", "AUX") and own_verb and not walk.preds:
            owner = (
                _stance_subject(tok, ctx, walk.path)
                if tok.pos_ == "VERB" and tok.i not in skip
                else None
            )
            if owner is not None:  # "Moscow's demands include X", "the U.S. plan envisages X"
                walk.stance_seen = True
                walk.preds.append(_Pred(owner, walk.polarity * _noun_polarity(owner, ctx)))
            else:
                plan = _under_plan(tok, ctx)
                if plan is not None:  # "Under the plan, Ukraine would receive guarantees"
                    walk.stance_seen = True
                    walk.preds.append(_Pred(plan, walk.polarity))
        if pol_here:
            if not walk.frozen:
                walk.polarity *= pol_here
            walk.stance_seen = True
            walk.preds.append(
                _Pred(
                    tok,
                    walk.polarity,
                    judged=bool(judged) and tok.lemma_ in (*_COPULAS, "make", "achieve"),
                )
            )
        elif (
            not c.cue.weak
            and not walk.preds
            and tok.lemma_.lower() in _ANNOUNCING
            and came_from is not None
            and came_from.dep_ == "dobj"
            and came_from.head.i == tok.i
            and (  # the measure itself, or "a halt on X", "a round of X"
                came_from.i in skip or (len(walk.path) > 2 and walk.path[-3].dep_ == "prep")
            )
        ):
            # "the EU announced new sanctions", "Russia declared an Easter truce", "announced a
            # pause in military aid": announcing an act or a measure is taking it
            sign = -1 if _negated(tok, ctx) else 1  # "ended the talks without announcing a truce"
            walk.preds.append(_Pred(tok, walk.polarity * sign, act=True))
            walk.stance_seen = True
        elif tok.i not in skip and reporting and tok.pos_ in ("VERB", "AUX"):
            walk.reporters.append(tok)
        elif (
            tok.pos_ == "NOUN"
            and tok.i not in skip
            and tok.lemma_.lower() in ctx.lex.reversing_nouns
            and came_from is not None
            and came_from.dep_ == "prep"
            and came_from.lower_ in ("of", "on", "in", "including", "to")  # "a pause in sending X"
            and not walk.frozen
            and (tok.lemma_.lower() != "end" or _ended_directly(walk.path, skip, ctx))
        ):
            walk.polarity *= -1  # "lifted its suspension of military aid": the aid resumes
            for pred in walk.preds:
                if pred.act:
                    pred.polarity *= -1  # the act below is what is paused
        elif tok.dep_ == "prep" and tok.lower_ in ctx.lex.flipping_preps and tok.i not in skip:
            if not (_particle_polarity(tok.head, ctx) or _particle_polarity(tok.head.head, ctx)):
                walk.polarity *= -1
                if not walk.frozen and came_from is not None and came_from.dep_ == "pcomp":
                    if (
                        tok.head.lemma_.lower() in _PARTING
                        and came_from.lemma_.lower() in _CONCLUDING
                    ):
                        return None  # "the talks ended without agreeing a truce": no one's
                    for pred in walk.preds:  # "wants to end the war without accepting a truce":
                        pred.polarity *= -1  # what is done without is not done
        elif not walk.preds and (
            _is_act(tok, ctx, hops)
            or (
                c.cue.acts_count
                and tok.pos_ == "VERB"
                and hops - _amounts(walk.path) <= 2
                and tok.i not in skip
                and not reporting
                # "asked about the sanctions", "nobody has so much air defence": no act
                and tok.lemma_.lower() not in ("ask", "question", "have")
            )
            or (c.cue.acts_count and tok.pos_ == "VERB" and tok.i == c.anchor.i)
        ):
            walk.preds.append(_Pred(tok, walk.polarity, act=True))
            walk.stance_seen = True
        if tok.dep_ == "ROOT" or tok.head.i == tok.i or hops > 12:
            break
        dep = tok.dep_
        if _embedded_question(tok):
            break  # "why Europeans urge a truce": what its own subject holds, nothing above
        if tok.lower_ == "asked" and tok.tag_ == "VBN":
            answer = _answer_pronoun(tok)
            if answer is None:
                break  # "Asked about the force, he said ...": the question's topic, not his answer
            tok, hops = answer, hops + 1  # "..., he said it would be unacceptable": "it" is X
            continue
        if _contrast(tok) and not walk.frozen:
            # "wants a final settlement rather than a truce": the truce is what is not wanted
            walk.polarity *= -1
            tok, hops = tok.head, hops + 1
            continue
        if dep == "conj" and not walk.frozen and any(_contrast(x) for x in tok.head.children):
            walk.polarity *= -1  # the same, parsed as a coordination: "A rather than B"
        short_of = tok.lower_ == "short" and tok.head.lemma_.lower() in ("stop", "fall")
        short_of = short_of or (  # "turned away from the truce": the particle parsed as adverb
            dep == "advmod" and tok.i > tok.head.i and _particle_polarity(tok.head, ctx) != 0
        )
        if (dep not in _CLIMB and not short_of) or tok.lower_ in ("because", "due"):
            break  # ("stopped short of backing X": the idiom's particle leads to its verb)
        if (
            tok.lower_ == "for"
            and tok.head.lemma_.lower() in _CONDITIONS
            and not _listed_under(walk.path)  # "conditions for a deal, including X": the
        ):  # parser hung the list on the deal; X is one of the conditions
            break  # "terms for a ceasefire": what the terms are for, not what they ask
        in_favour_of = (
            tok.lower_ == "of" and tok.i > 0 and tok.nbor(-1).lower_ in ("favor", "favour")
        )
        if in_favour_of or (
            tok.lower_ in ("exchange", "return", "favor", "favour") and tok.head.lower_ == "in"
        ):
            # "offered to drop A in exchange for X": X is asked for, whatever is given up
            walk.frozen = True
        if (tok.lower_ in ("on", "upon") and tok.head.lemma_.lower() in _CONTINGENT) or (
            tok.lemma_.lower() in _CONTINGENT and len(walk.path) > 1
        ):
            # "halted aid, contingent on Kyiv returning to talks": the condition is wanted
            walk.frozen = True
        if any(m.dep_ == "mark" and m.lower_ in _UNASSERTED for m in tok.children) and dep in (
            "advcl",
            "ccomp",
            "conj",  # "..., but only if Kyiv pulls out": a condition parsed as a conjunct
        ):
            return None  # "if Moscow did not agree ...", "asked whether ...": nothing asserted
        # "committed to deploy": a complement the parser took for an adjunct
        infinitive = dep == "advcl" and _infinitive(tok)
        if infinitive and _purpose_clause(tok, ctx):
            walk.frozen = True  # "held off on sanctions to give diplomacy a chance": the aim
        # "ruled out sending troops", "backs using X"
        infinitive = infinitive or _object_gerund(tok)
        infinitive = infinitive or _listed_gerund(tok)  # "includes ceding A, reducing B, ..."
        antecedent = _among_which(tok, ctx)
        if antecedent is not None:  # "its terms, among which would be a withdrawal ..."
            tok, hops = antecedent, hops + 1
            continue
        own_subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
        that_clause = dep == "advcl" and any(
            ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.children
        )
        if (
            (dep == "conj" or that_clause)
            and tok.pos_ in ("VERB", "AUX")
            and own_subject
            and (
                tok.head.dep_ in ("ccomp", "xcomp")
                or any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.head.children)
            )
        ):
            # "insists that A, that B and that C": B is a complement like A, not A's object
            sibling = tok.head.i
            tok, hops = tok.head, hops + 1
            continue
        host = _object_infinitive_host(tok) if dep == "conj" and not own_subject else None
        if host is not None:
            # "renounce its bid to join NATO and surrender Donbas": the parser joined
            # "surrender" to "join"; it is governed like "renounce", by what governs that
            sibling = host.i
            tok, hops = host, hops + 1
            continue
        if dep == "conj" and tok.pos_ == "VERB" and not own_subject and _shared_frame(tok):
            # "wants Kyiv to cede A and cut B": B is governed like A, by what governs A
            first = _first_conjunct(_coordinated_with(tok))
            if _negated(first, ctx) and not _listed_negation(first, tok):
                # "will not cede A or cut B", "will never join A nor host B"
                walk.polarity *= -1
                disjoined = any(
                    c.dep_ == "cc" and c.lower_ in ("nor", "or")
                    for c in [*tok.children, *tok.head.children]
                )
                if disjoined and not _negated(tok, ctx):  # the negation covers "nor host B"
                    for pred in walk.preds:
                        if pred.tok.i == tok.i:
                            pred.polarity *= -1
            sibling = first.i
            tok, hops = first, hops + 1
            continue
        if dep in ("advcl", "conj") and tok.pos_ in ("VERB", "AUX") and not infinitive:
            break  # a parallel or adjunct clause shares the subject, not the stance of its head
        if dep == "conj" and tok.pos_ == "ADJ" and tok.head.pos_ in ("VERB", "AUX"):
            break  # "proposes talks but [is] quiet on a truce": a predicate of its own
        if tok.lower_ in _STOP_PREPS and (
            dep == "prep" or (dep == "conj" and tok.pos_ == "ADP" and tok.i not in skip)
        ):
            break  # (also "and amid X" that the parser coordinated as a conjunct)
        if tok.i not in skip and "albeit" in (tok.lower_, tok.nbor(-1).lower_ if tok.i else ""):
            return None  # "..., albeit as a demilitarised zone": a concession, not the object
        if (
            dep == "prep"
            and tok.lower_ == "under"
            and tok.i not in skip
            and c.anchor.lemma_.lower() not in ctx.lex.document_nouns
        ):
            return None  # "under conditions of a truce": a frame; ("under the plan": its terms)
        if dep == "prep" and _absolute_with(tok, walk.path, ctx):
            break  # "..., with the plan requiring Kyiv to cede X": the plan's terms, not Kyiv's
        if (
            dep == "relcl"
            and walk.preds
            and tok.pos_ == "VERB"
            and not _content_clause(tok)
            and any(
                ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ not in ("that", "which", "who")
                for ch in tok.children
            )
        ):
            break  # "demands that Ukraine has rejected, including X": Ukraine's stance on X
        if dep == "relcl" and walk.preds and _plain_antecedent(tok, ctx):
            break  # "works with countries that block sanctions": the countries' stance only
        if tok.lower_ == "order" and tok.head.lower_ == "in":
            break  # "withdraw ... in order to end the war": a purpose, not what is rejected
        if dep == "prep" and tok.lower_ == "of" and _frame_of(tok):
            return None  # "send troops in the event of a settlement": the deal frames it, nobody
            # backs it
        if dep in ("advcl", "ccomp", "acl", "pcomp") and any(
            m.dep_ == "mark" and m.lower_ in _STOP_MARKS for m in tok.children
        ):
            if dep == "advcl" and not walk.preds:
                return None  # the cue sits in a condition: "if there is a ceasefire"
            if any(m.dep_ == "mark" and m.lower_ in _UNASSERTED for m in tok.children):
                return None  # "asked whether Russia would accept ...": nothing is asserted
            break
        through_subject = dep == "nsubj" and tok.head.lemma_.lower() not in _COPULAS
        if through_subject and tok.i not in skip:
            break  # an issue word as the subject of a non-copular verb is not its object
        tok = _detached_content_noun(tok) or tok.head
        hops += 1
        if through_subject:
            # the cue is the subject of this verb: the verb is no stance of the cue's holder
            # ("a truce would require ..."); only a predicate higher up can govern it
            equated = (
                None
                if walk.preds or walk.frozen
                else _equated_verdict(tok, ctx) or _drawn_reaction(tok, ctx)
            )  # "X would amount to an invasion, which Kyiv rejects", "X drew criticism from Y"
            if equated is not None:
                walk.polarity *= equated[1]
                walk.preds.append(_Pred(equated[0], walk.polarity))
                walk.stance_seen = True
                return walk
            verdict = _outcome(tok, ctx, skip, [*walk.path, tok])
            if verdict and not walk.preds and not walk.frozen:
                # "the talks are progressing, Peskov said": the speaker's verdict on the talks
                walk.polarity *= verdict
                walk.preds.append(_Pred(tok, walk.polarity))
                walk.stance_seen = True
                verdict = 0
            small_clause = (
                tok.pos_ == "NOUN"
                and tok.dep_ in ("dobj", "oprd")
                and tok.head.lemma_.lower() in _JUDGING
            )  # "considers [any deployment of troops a red line]": the verb judges the subject
            if (
                tok.dep_ == "ROOT" or tok.dep_ not in ("ccomp", "xcomp", "conj")
            ) and not small_clause:
                break
            if tok.lemma_.lower() in ("occur", "happen") or (
                tok.lemma_.lower() == "take" and any(ch.lower_ == "place" for ch in tok.children)
            ):
                break  # "insisted that talks must occur behind closed doors": a format demand
            if _embedded_question(tok):
                break  # "to clarify how the plan has evolved": nothing is said of the plan
            if verdict and not walk.frozen:  # "agreed that a truce would only prolong the war"
                walk.polarity *= verdict
            walk.path.append(tok)
            tok = tok.head
            hops += 1
    return walk


def _embedded_question(verb: Token) -> bool:
    """A clause under "how" or "why" ("explained why Europeans urge a truce", "to clarify how
    the plan has evolved"): a question the sentence raises, not what its main clause holds."""
    return verb.dep_ in ("ccomp", "advcl", "pcomp", "xcomp", "acl") and any(
        w.dep_ == "advmod" and w.lower_ in ("how", "why") and w.i < verb.i for w in verb.children
    )


_EQUATING = frozenset(["amount", "equal", "constitute", "mean", "represent", "be", "become"])


# Nouns whose that-clause says what they hold ("Trump's view that the lines be frozen").
_CONTENT_NOUNS = frozenset(
    "view idea position demand insistence condition proposal suggestion notion belief stance "  # noqa: SIM905
    "argument claim assertion call requirement line warning message ultimatum".split()
)


def _content_clause(verb: Token) -> bool:
    """A that-clause of a content noun (which the parser may take for a relative clause):
    "Moscow's position that Kyiv must withdraw", "the US idea that it turn over territory"."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in _CONTENT_NOUNS:
        return False
    if not any(c.lower_ == "that" and c.i < verb.i for c in verb.children):
        return False
    return _content_form(verb)


def _content_form(verb: Token) -> bool:
    """A that-clause verb stating what is held: with must/should/would, or a bare subjunctive."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("must", "should", "would") for c in verb.children)
    return modal or verb.tag_ == "VB"


def _refused_by_no(tok: Token, came_from: Token | None, skip: range) -> bool:
    """A "no" on the cue that refuses it by itself: "there will be no territorial concessions"
    (said by someone; not a bare fact, "there is no truce", nor a condition, "no settlement
    unless ..."), or a verbless 'Kremlin: "No compromise on territory"'."""
    if tok.i in skip and tok.pos_ == "NOUN":
        return (tok.dep_ == "ROOT" or (tok.dep_ == "appos" and tok.head.dep_ == "ROOT")) and any(
            d.dep_ == "det" and d.lower_ == "no" for d in tok.children
        )
    if (
        came_from is None
        or came_from.i not in skip
        or came_from.head.i != tok.i
        or came_from.dep_ not in ("attr", "nsubj")
        or tok.lemma_ != "be"
        or not any(e.dep_ == "expl" for e in tok.children)
        or not _has_modal(tok, _FUTURE_MODALS)
        or not any(d.dep_ == "det" and d.lower_ == "no" for d in came_from.children)
    ):
        return False
    near = [*tok.children, *came_from.children, *(m for t in tok.children for m in t.children)]
    return not any(t.lower_ in ("unless", "until", "without", "before", "if") for t in near)


_FUTURE_MODALS = frozenset({"will", "would", "can", "could", "shall", "'ll"})


def _detached_content_noun(verb: Token) -> Token | None:
    """The content noun right before a that-clause the parser hung on the main verb instead:
    "is not interested in the US idea [that it hand territory to Russia]"."""
    if verb.dep_ != "ccomp" or verb.i < 2:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    noun = verb.doc[mark.i - 1] if mark is not None else None
    if noun is None or noun.lemma_.lower() not in _CONTENT_NOUNS or noun.pos_ != "NOUN":
        return None
    return noun if _content_form(verb) and noun.head.i != verb.i else None


def _disposition_object(verb: Token, came_from: Token | None) -> Token | None:
    """The disposition noun a verb takes when the cue's preposition was parsed onto the verb:
    "signalled [openness] [to a narrower truce]", "expressed [readiness] [for talks]"."""
    if verb.pos_ != "VERB" or came_from is None or came_from.dep_ != "prep":
        return None
    if came_from.lower_ not in ("to", "for", "toward", "towards") or came_from.head.i != verb.i:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DISPOSITIONS),
        None,
    )


def _answer_pronoun(asked: Token) -> Token | None:
    """The "it"/"they" subject of the answer to "Asked about X, he said it would be ...", which
    stands for X."""
    main = asked.head
    for clause in main.children:
        if clause.dep_ != "ccomp":
            continue
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and subj.lower_ in ("it", "they", "this"):
                return subj
    return None


def _coordinated_with(conj: Token) -> Token:
    """The conjunct a verb is coordinated with. The parser may hang "and cut its army" on a
    gerund inside an object ("renounce the prospect of joining NATO and cut its army"); a base
    verb is coordinated with the nearest base verb above it, not with the gerund."""
    head = conj.head
    if conj.tag_ == "VB" and head.tag_ == "VBG":
        cur = head
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ == "VERB" and cur.tag_ == "VB":
                return cur
    return head


def _equated_verdict(verb: Token, ctx: DocContext) -> tuple[Token, int] | None:
    """ "sending troops would amount to an intervention, which Moscow won't support": the
    relative clause on what X is equated with gives its subject's stance on X itself."""
    if verb.lemma_.lower() not in _EQUATING:
        return None
    nouns = [ch for ch in verb.children if ch.dep_ in ("attr", "dobj")]
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ == "to":
            nouns.extend(p for p in ch.children if p.dep_ == "pobj")
    for noun in nouns:
        for rel in noun.children:
            if rel.dep_ != "relcl" or not any(
                t.dep_ == "dobj" and t.lower_ in ("which", "that") for t in rel.children
            ):
                continue
            pol = _predicate_polarity(rel, ctx)
            if pol:
                return rel, -pol if _negated(rel, ctx) else pol
    return None


def _drawn_reaction(verb: Token, ctx: DocContext) -> tuple[Token, int] | None:
    """ "the draft drew criticism from Kyiv", "the plan won backing from Washington": the
    reaction noun, whose "from" names who holds it, and its polarity on the subject."""
    if verb.lemma_.lower() not in DRAWING | {"greet"}:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        p
        for c in verb.children
        if passive and c.dep_ == "prep" and c.lower_ == "with"  # "was met with criticism from"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for noun in nouns:
        if noun.lemma_.lower() in REACTIONS and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in noun.children
        ):
            pol = _noun_polarity(noun, ctx)
            return noun, -pol if _negated(verb, ctx) else pol
    return None


def _restricted(noun: Token) -> bool:
    """A noun narrowed by what it lacks: "a deal that fails to deter Russia"."""
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.i < noun.i:
            continue
        subj = [g for g in rel.children if g.dep_ in ("nsubj", "nsubjpass")]
        before = rel.doc[rel.left_edge.i - 1] if rel.left_edge.i > 0 else rel
        lacking = rel.lemma_.lower() in ("fail", "lack", "ignore") or any(
            g.dep_ == "neg" for g in rel.children
        )  # what the deal lacks is a condition; "a truce that only lets Kyiv rearm" is a verdict
        if lacking and any(g.lower_ in ("that", "which") for g in subj) and before.text != ",":
            return True
    return False


def _manner_adjunct(tok: Token) -> bool:
    """A verb with a manner adjunct ('in a public manner', 'publicly'), which a negation targets."""
    for ch in tok.children:
        if ch.dep_ == "advmod" and ch.lower_ in ("publicly", "openly"):
            return True
        if (
            ch.dep_ == "prep"
            and ch.lower_ == "in"
            and any(
                p.dep_ == "pobj" and p.lemma_.lower() in ("manner", "format", "fashion", "mode")
                for p in ch.children
            )
        ):
            return True
    return False


def _under_plan(verb: Token, ctx: DocContext) -> Token | None:
    """The document in 'under the plan, X would ...' ("under the terms of the US draft, Kyiv
    must ...", "under the plan, Ukraine would have to ..."): its terms are its authors'."""
    if not _has_modal(verb, _UNDER_MODALS):
        return None
    heads = [verb]
    while heads[-1].dep_ in ("conj", "xcomp") and len(heads) < 3:  # "would have to cede"
        heads.append(heads[-1].head)
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for noun in prep.children:
                document = _document_named(noun, ctx) if noun.dep_ == "pobj" else None
                if document is not None:  # "under the terms/a version of the plan"
                    return document
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("in", "under")
            and prep.head.dep_ == "relcl"
            and any(w.lower_ == "which" and w.dep_ == "pobj" for w in prep.children)
        ):  # "a framework, in which Ukraine would have to cede Donbas"
            return _document_named(prep.head.head, ctx)
    return None


_UNDER_MODALS = frozenset({"would", "will", "'d", "'ll", "must", "shall"})
_TERMS_NOUNS = frozenset(
    {"term", "version", "provision", "draft", "text", "clause", "point", "set", "part"}
)


def _object_infinitive_host(tok: Token) -> Token | None:
    """The verb a bare conjunct belongs to when the parser joined it to the infinitive of that
    verb's object ("renounce [its bid to join NATO] and surrender Donbas"): same verb form,
    no "to" of its own."""
    first = tok.head
    noun = first.head
    verb = noun.head
    if (
        tok.pos_ != "VERB"
        or first.dep_ != "acl"
        or not _infinitive(first)
        or any(c.dep_ == "aux" for c in tok.children)
        or noun.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.tag_ != tok.tag_
    ):
        return None
    return verb


def _contrast(tok: Token) -> bool:
    """The "than" of "rather than" and the "of" of "instead of": what follows is set aside."""
    if tok.i == 0 or tok.head.i == tok.i:
        return False
    before = tok.nbor(-1).lower_
    return (tok.lower_ == "than" and before == "rather") or (
        tok.lower_ == "of" and before == "instead"
    )


def _plain_antecedent(rel: Token, ctx: DocContext) -> bool:
    """A relative clause whose "that/which/who" subject stands for a common noun of agents that
    names no actor ("countries that block X", "politicians who want Y")."""
    noun, lex = rel.head, ctx.lex
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in rel.children):
        return False
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and (lemma in _AGENT_NOUNS or lemma in lex.official_nouns)
        and not any(h.actor for h in ctx.resolve(noun))
    )


# Common nouns for those who act or speak: a relative clause on one is their stance alone.
_AGENT_NOUNS = frozenset(
    ["country", "nation", "state", "government", "member", "ally", "people", "party", "group",
     "critic", "politician", "lawmaker", "voice", "capital", "partner", "neighbour", "neighbor"]
)  # fmt: skip


def _frame_of(of: Token) -> bool:
    """'in the event of X', 'in case of X', 'as part of X': X is a circumstance, not an object."""
    head = of.head
    if head.lower_ in ("event", "case") and head.head.lower_ == "in":
        return True
    return head.lower_ == "part" and head.head.lower_ == "as"


def _absolute_with(prep: Token, path: list[Token], ctx: DocContext) -> bool:
    """'with X doing Y' hung on a clause: an absolute phrase whose participle has X for its
    subject, so nothing above it holds Y."""
    if prep.lower_ != "with" or len(path) < 3:
        return False
    below = path[-2]
    if {below.lemma_.lower(), path[-3].lemma_.lower()} & ctx.lex.reporting:
        return False  # "Moscow dismissed it, with Lavrov declaring ...": an attribution
    if below.dep_ == "pcomp":  # parsed as a clause: "with [the plan requiring X]"
        return below.tag_ in ("VBG", "VBN") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in below.children
        )
    participle = path[-3]
    return (
        below.dep_ == "pobj"
        and participle.dep_ == "acl"
        and participle.head.i == below.i
        and participle.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in participle.children)
    )  # not "with the impression that Russia is inclined to X": a content clause


def _listed_under(path: list[Token]) -> bool:
    """Whether the walk reached the noun below "for" through an "including" list on it."""
    return len(path) >= 4 and path[-3].lower_ == "including" and path[-3].head.i == path[-2].i


def _listed_gerund(tok: Token) -> bool:
    """A gerund in a list of gerunds the parser chained as adjuncts ("includes ceding A,
    reducing B, relinquishing C"): governed like the first one."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "conj")
        and tok.head.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _listed_negation(first: Token, conj: Token) -> bool:
    """ "recognising A, not opposing B and rejecting C": the "not" is the gerund's own item."""
    if first.tag_ != "VBG" or any(ch.dep_ in ("aux", "auxpass") for ch in first.children):
        return False
    if not any(ch.dep_ == "neg" and ch.i == first.i - 1 for ch in first.children):
        return False
    return not any(ch.dep_ == "cc" and ch.lower_ in ("or", "nor") for ch in first.children)


def _shared_frame(tok: Token) -> bool:
    """A coordinated verb phrase inside a complement ('to cede A, cut B'), not a main clause."""
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while") for c in tok.children):
        return False
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while") for c in first.children):
            return False
        first = first.head
    if first.pos_ != "VERB":
        return False
    if _listed_gerund(first) or (first.tag_ == "VBG" and _listed_gerund(tok)):
        return True  # "includes ceding A, reducing B and relinquishing C"
    # "calls for Ukraine to cap A and stay out of B": an infinitive parsed as an adjunct
    infinitive = first.dep_ == "advcl" and _infinitive(first)
    return first.dep_ in ("xcomp", "ccomp", "pcomp") or infinitive


_CLAUSAL = frozenset(["ccomp", "xcomp", "conj", "parataxis", "advcl", "acomp", "attr", "ROOT"])


def _clausal_between(low: Token, high: Token) -> bool:
    """Whether ``low`` hangs under ``high`` through clauses only (a quote's content)."""
    cur = low
    for _ in range(8):
        if cur.i == high.i:
            return True
        if cur.dep_ not in _CLAUSAL:
            return False
        cur = cur.head
    return False


def _outlets(sent: Span, ctx: DocContext) -> list[str]:
    out: list[str] = []
    for t in sent:
        m = ctx.mention_at(t)
        if m is not None and m.kind == "outlet" and t.i == m.start and m.text not in out:
            out.append(m.text)
    if not out:
        for t in sent:
            if t.lemma_.lower() in ctx.lex.outlet_nouns and any(
                c.lower_ == "the" for c in t.children
            ):
                last = _last_outlet_before(sent.start, ctx)
                if last and last not in out:
                    out.append(last)
    return out


def _last_outlet_before(i: int, ctx: DocContext) -> str | None:
    for m in reversed(ctx.mentions):
        if m.kind == "outlet" and m.start < i:
            return m.text
    return None


# Nouns of a statement that a colon then gives the words of: "issued a warning: ...".
_STATEMENTS = frozenset(
    ["warning", "statement", "message", "appeal", "reminder", "ultimatum", "call", "demand"]
)


def _colon_speaker(sent: Span, ctx: DocContext) -> tuple[int, list[Holder]] | None:
    """Who speaks what follows a colon in this sentence ("Germany issued a stern warning: Russia
    must ..."), with the colon's token index; None when no such speaker stands before one."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return None
    head = ctx.mention_at(sent[0])
    if head is not None and head.start == sent.start and head.end == colon.i:
        # a headline's speaker: 'Kremlin: "No compromise on territory"'
        holders = [h for h in ctx.resolve(sent.doc[head.end - 1]) if h.actor]
        if holders:
            return colon.i, holders
    for t in sent:
        if t.i >= colon.i:
            break
        if t.pos_ != "VERB":
            continue
        stated = t.lemma_.lower() in ctx.lex.reporting or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENTS and c.i < colon.i
            for c in t.children
        )
        subj = _subject(t)
        if stated and subj is not None and subj.i < colon.i:
            holders = [h for h in ctx.resolve(subj) if not h.outlet]
            if holders:
                return colon.i, holders
    return None


_DASHES = frozenset(["-", "–", "—"])
_NAMING = frozenset(["person", "alias", "metonym"])


def _dash_speaker(sent: Span, ctx: DocContext) -> tuple[int, list[Holder]] | None:
    """A headline's speaker after a closing dash ("Recognising the annexation would be void -
    Sybiha"), with the dash's token index; None when the sentence does not end so."""
    end = sent.end
    while end > sent.start and (
        sent.doc[end - 1].is_space
        or (sent.doc[end - 1].is_punct and sent.doc[end - 1].text not in _DASHES)
    ):
        end -= 1
    for dash in range(end - 2, max(sent.start, end - 6), -1):
        if sent.doc[dash].text not in _DASHES:
            continue
        m = ctx.mention_at(sent.doc[end - 1])
        if m is None or m.start != dash + 1 or m.end != end or m.kind not in _NAMING:
            return None
        holders = [replace(h, text=m.text) for h in ctx.resolve(sent.doc[end - 1]) if h.actor]
        return (dash, holders) if holders else None
    return None


def _source_phrase(tok: Token) -> bool:
    """The object of "according to" ("according to the proposal"): a source, not a topic."""
    to = tok.head
    return tok.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


# "In Moscow's view, ...": nouns of a point of view whose possessor speaks the sentence.
_VIEWS = frozenset(["view", "opinion", "eye", "estimation", "assessment", "judgment", "judgement"])


def _according_to(sent: Span, ctx: DocContext) -> list[Holder]:
    """Who the sentence is attributed to by "according to X" or "in X's view"."""
    for t in sent:
        if t.lower_ == "in" and t.dep_ == "prep" and t.head.dep_ == "ROOT":
            for view in t.children:
                if view.dep_ == "pobj" and view.lemma_.lower() in _VIEWS:
                    for poss in view.children:
                        if poss.dep_ == "poss":
                            return ctx.resolve(poss)
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            for child in t.doc[t.i + 1].children:
                if child.dep_ == "pobj":
                    return ctx.resolve(child)
            nxt = t.doc[t.i + 1]
            for child in nxt.children:
                if child.dep_ == "pobj":
                    return ctx.resolve(child)
    return []


def _modality(pred: Token, sent: Span, ctx: DocContext, reported: bool, floated: bool) -> str:
    lex = ctx.lex
    clause = list(pred.subtree)
    lowers = {t.lower_ for t in clause}
    text = " " + " ".join(t.lower_ for t in clause) + " "
    cued = lowers & lex.red_line_words or any(f" {p} " in text for p in lex.red_line_phrases)
    if cued and (
        lowers & {"never", "unacceptable", "categorically", "no-go"} or "red line" in text
    ):
        return "red_line"
    for child in pred.children:
        if child.dep_ == "advcl" and any(
            m.lower_ in lex.conditional_words for m in child.children if m.dep_ == "mark"
        ):
            return "conditional"
    if any(f" {p} " in text for p in lex.conditional_phrases):
        return "conditional"
    if floated or pred.lemma_.lower() in lex.floated:
        return "floated"
    refused = _negated(pred, ctx) or (
        pred.head.lemma_.lower() in _COPULAS and _negated(pred.head, ctx)
    )  # "is not ready to accept": a refusal, not an opening
    if not refused and (
        pred.lemma_.lower() in lex.open_to
        or pred.lower_ in lex.open_to
        or _has_modal(pred, frozenset({"could", "might", "may"}))
    ):
        return "open_to"
    if reported:
        return "reported"
    reported_speech = any(
        a.lemma_.lower() in lex.reporting and a.pos_ == "VERB" for a in pred.ancestors
    )  # "said they would extend": the reported future, not a hypothesis
    if _has_modal(pred, frozenset({"would"})) and not reported_speech:
        return "hypothetical"
    return "firm"


_BOUNDS = frozenset(["border", "borders", "frontier", "frontiers", "line", "lines", "boundary"])


def _describes_a_noun(sent: Span, offset: int, ctx: DocContext) -> bool:
    """The words at ``offset`` date a noun ("sanctions imposed in 2022", "regions annexed in
    2022"), not what the sentence asserts."""
    tok = sent.doc.char_span(
        sent.start_char + offset, sent.start_char + offset + 1, alignment_mode="expand"
    )
    if tok is None or len(tok) == 0:
        return False
    cur = tok[0]
    if cur.lower_.startswith(("pre-", "post-")) or (
        cur.dep_ in ("compound", "nummod", "amod") and cur.head.lemma_.lower() in _BOUNDS
    ):
        return True  # "the pre-2014 borders", "the 1991 borders": a line named, not a time
    for _ in range(8):
        if cur.dep_ in ("acl", "relcl"):
            # ("the deal brokered by Turkey in 2022", "terms Kyiv rejected in the past": someone
            # took a stance then, and that is history; "Crimea, which it annexed in 2014": no
            # stance, a description of the noun)
            if not _predicate_polarity(cur, ctx):
                return True
            return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in cur.children)
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            return False
        cur = cur.head
    return False


def _is_history(sent: Span, ctx: DocContext) -> bool:
    low = sent.text.lower()
    for h in ctx.lex.history_phrases:
        at = low.find(h)
        if at >= 0 and not _describes_a_noun(sent, at, ctx):
            return True
    ref = ctx.article_date.year if ctx.article_date else ctx.reference_year
    years = [
        int(m.group())
        for m in _YEAR.finditer(sent.text)
        if not _describes_a_noun(sent, m.start(), ctx)
    ]
    return bool(years) and max(years) < ref - 1


_OPEN_QUOTES = ("“", '"', "«", "‘")


def _quote_runs(sent: Span, ctx: DocContext) -> list[Holder]:
    """A quote opened in this sentence and closed, with its attribution, in a later one:
    ("“We are not sending troops. We will help from the sky,” Trump said.")."""
    text = sent.text.strip()
    if not text.startswith(("“", '"')) or "”" in text or text.count('"') > 1:
        return []
    doc = sent.doc
    nxt = sent.end
    for _ in range(3):
        if nxt >= len(doc):
            return []
        following = doc[nxt].sent
        if "”" in following.text or '"' in following.text:
            for t in following:
                if t.lemma_.lower() in ctx.lex.reporting and t.pos_ == "VERB":
                    subj = _subject(t)
                    if subj is not None:
                        return ctx.resolve(subj)
            return []
        nxt = following.end
    return []


def _track_quotes(sent: Span, ctx: DocContext) -> list[Holder]:
    """The speaker of a quote that goes on in this sentence ("“We will never ...,” Lavrov said.
    “Nor will we ...”"), and remember who speaks the quotes of this sentence."""
    introduced, ctx.colon_speaker = ctx.colon_speaker, []
    text = sent.text.strip()
    if text.endswith(":"):  # "Sybiha added:" / "The Kremlin said in a statement:"
        colon = _colon_speaker(sent, ctx)
        ctx.colon_speaker = colon[1] if colon else []
    ahead = _quote_runs(sent, ctx)
    if ahead:
        ctx.quote_speaker, ctx.in_quote = ahead, True
        return ahead
    if introduced:
        ctx.quote_speaker, ctx.in_quote = introduced, False
        return introduced
    inherited = ctx.quote_speaker if text.startswith(_OPEN_QUOTES) or ctx.in_quote else []
    opens = sum(text.count(q) for q in ("“", "«"))
    closes = sum(text.count(q) for q in ("”", "»"))
    straight = text.count('"')
    ctx.in_quote = opens > closes or (straight % 2 == 1 and text.startswith('"'))
    speaker: list[Holder] = []
    if opens or closes or straight:
        for t in sent:
            if t.lemma_.lower() in ctx.lex.reporting and t.pos_ == "VERB":
                subj = _subject(t)
                speaker = ctx.resolve(subj) if subj is not None else []
                if speaker:  # not "I told him" inside the quote: the one it is attributed to
                    break
    ctx.quote_speaker = speaker or (inherited if ctx.in_quote else [])
    return inherited if not speaker else []


_TERMS_VERBS = _PLAN_SAYING | _LISTING | frozenset(["call", "contain", "outline"])
_WOULD = frozenset(["would", "'d"])


def _actors_named(tok: Token, ctx: DocContext) -> list[Holder]:
    """The actors ``tok`` names, leaving out commentators (analysts, experts)."""
    return [h for h in ctx.resolve(tok) if h.actor and not h.commentator]


def _terms_opener(sent: Span, ctx: DocContext) -> list[Holder]:
    """The authors of a plan whose terms ``sent`` sets out ("under the U.S. plan, Kyiv would
    ...", "the proposals envisage ..."), or nobody."""
    for tok in sent:
        document = _document_named(tok, ctx)
        if document is None:
            continue
        head = tok.head
        under = tok.dep_ == "pobj" and head.lower_ == "under" and _has_modal(head.head, _WOULD)
        states = tok.dep_ == "nsubj" and (
            head.lemma_.lower() in _TERMS_VERBS or _has_modal(head, _WOULD)
        )  # "the proposals envisage X", "the draft would cap the army", "points of the plan say"
        if under or states or _source_phrase(tok):  # "according to the draft, ..."
            owners = _actors_named(document, ctx)
            if owners:
                return owners
    return []


def _track_terms(sent: Span, ctx: DocContext) -> None:
    """A plan's terms often run on over several sentences in the conditional, with no one
    named as saying them ("Under the plan, Kyiv would cede X. Sanctions would be lifted in
    stages."): such a sentence states the plan's terms, so its authors' stance."""
    ctx.terms_owners = ctx.run_owners if _has_modal(sent.root, _WOULD) else []
    ctx.run_owners = _terms_opener(sent, ctx) or ctx.terms_owners


_BULLETS = frozenset("-•*–—·▪")
_NUMBERED = re.compile(r"\d{1,2}[.)]")  # "1." or "2)" opening a numbered list item
_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,2}[.)]$")  # the same, cut off before the item


def _ownerless(walk: _Walk, c: _Cue) -> bool:
    """A walk with no one named on it ("- no restrictions on the army", "- sanctions lifted in
    stages"): a list item's term, not a stance named in it ("- Russia's demand for X",
    "- Kyiv rejects X")."""
    for p in walk.preds:
        named = [
            ch
            for ch in p.tok.children
            if ch.dep_ in ("nsubj", "nsubjpass", "agent", "poss")
            and ch.i not in range(c.start, c.end)
        ]
        if named:
            return False
    return True


_ENUMERATING = frozenset(["list", "outline", "detail", "enumerate", "name", "spell"])


def _listing_subject(sent: Span, ctx: DocContext) -> list[Holder]:
    """Who a list opener with no document names as setting out what follows: the subject of
    "Putin set out his conditions:", "The leaders agreed:", or the owner of "Moscow's demands
    include:"."""
    root, lex = sent.root, ctx.lex
    subj = _subject(root)
    lemma = root.lemma_.lower()
    listing = _particle_polarity(root, ctx) > 0 or lemma in _ENUMERATING  # "set out", "list"
    if subj is None or not (
        listing or lemma in lex.support_verbs or lemma in lex.reporting or lemma in _LISTING
    ):
        return []
    owners = _actors_named(subj, ctx)
    if not owners and subj.lemma_.lower() in lex.support_nouns | _CONDITIONS:
        owners = [
            h for poss in subj.children if poss.dep_ == "poss" for h in _actors_named(poss, ctx)
        ]
    return owners


def _track_list(sent: Span, ctx: DocContext) -> list[Holder]:
    """The owners of the list ``sent`` is an item of, or nobody. A sentence ending in a colon
    that names a document with its owners ("Key points of the European proposal:"), or else
    whoever sets the list out ("Putin set out his conditions:"), opens a list; each following
    line that starts with a bullet or a number ("- a ceasefire along the front line;", "2) no
    NATO membership") states one of its terms, so its owners' stance."""
    text = sent.text.strip()
    if _NUMBERED.fullmatch(text) or (text and all(ch in _BULLETS for ch in text)):
        return []  # a bullet or number the splitter cut off its line: the list goes on
    before = sent.doc.text[max(0, sent.start_char - 6) : sent.start_char].rstrip()
    number = _NUMBERED.match(text)
    item = (
        text[:1] in _BULLETS
        or (number is not None and text[number.end() : number.end() + 1].isspace())
        or before[-1:] in _BULLETS
        or bool(_NUMBER_BEFORE.search(before))
    )
    owners = ctx.list_owners if item else []
    if text.endswith(":"):
        ctx.list_owners = [
            h
            for tok in sent
            if (document := _document_named(tok, ctx)) is not None
            for h in _actors_named(document, ctx)
        ] or _listing_subject(sent, ctx)
    elif not item:
        ctx.list_owners = []
    return list(dict.fromkeys(owners))


def sentence_findings(sent: Span, ctx: DocContext) -> list[Finding]:
    """Every position or commentary stated in ``sent`` (see the module docstring)."""
    continued = _track_quotes(sent, ctx)
    _track_terms(sent, ctx)
    item_owners = _track_list(sent, ctx)
    if _is_history(sent, ctx):
        ctx.last_issues = []
        return []
    if _is_question(sent) and not _has_reporting_verb(sent, ctx):
        # the article's own question ("Will Moscow accept a truce?") asserts nothing, nor does
        # a speaker's question in a running quote ("Can foreign contingents guarantee it?")
        return []
    cues = _find_cues(sent, ctx)
    cues = [c for c in cues if not _named_as_guarantee(c, cues)]
    previous, ctx.last_issues = (
        ctx.last_issues,
        sorted({c.cue.issue for c in cues if not c.cue.weak}),
    )
    stances, ctx.last_stances = ctx.last_stances, {}
    named = {c.cue.issue for c in cues}
    cues += [c for c in _summed_demands(sent, ctx, previous, stances) if c.cue.issue not in named]
    if not cues:
        cues = _anaphoric_cues(sent, ctx, previous)
    if not cues:
        return []
    outlets = _outlets(sent, ctx)
    according = _according_to(sent, ctx)
    introduced = _colon_speaker(sent, ctx)
    trailing = _dash_speaker(sent, ctx)
    low = sent.text.lower()
    reported_words = any(t.lower_ in ctx.lex.reported_words for t in sent) or any(
        p in low for p in ctx.lex.reported_phrases
    )
    floated_words = any(t.lemma_.lower() in ctx.lex.floated for t in sent)
    findings = _elliptic_opposition(sent, ctx, cues, outlets)
    findings += _appositive_labels(sent, ctx, cues, outlets)
    for c in cues:
        if _source_phrase(c.anchor):
            continue  # "according to the plan, Kyiv would ...": the plan speaks, is no object
        findings += _relative_clause(c, sent, ctx, outlets, reported_words)
        findings += _participle_agents(c, sent, ctx, outlets, reported_words, cues)
        findings += _summary_relative(c, sent, ctx, outlets, reported_words)
        findings += _backed_plan(c, sent, ctx, outlets, reported_words, cues)
        findings += _own_effort(c, sent, ctx, outlets, reported_words)
        findings += _providers(c, sent, ctx, outlets, reported_words)
        walk = _walk(c, ctx)
        findings += _owned_act(c, walk, sent, ctx, outlets, reported_words)
        if item_owners and walk is not None and not c.cue.weak and _ownerless(walk, c):
            # "- no restrictions on Ukraine's armed forces;" under "the plan's key points:"
            stance = "support" if walk.polarity > 0 else "oppose"
            findings += [
                Finding(h, c.cue.issue, stance, "firm", outlets, [], None, 0.5) for h in item_owners
            ]
            continue
        if walk is not None and not (walk.stance_seen and walk.preds):
            if (c.cue.issue in ctx.lex.mention_issues or c.cue.states) and not c.cue.weak:
                findings += _mentioned(c, walk, sent, ctx, outlets, according)
            continue
        if walk is None:
            continue
        if any(
            o is not c
            and o.cue.issue == c.cue.issue
            and not (o.cue.weak and not c.cue.weak)  # a bare "talks" speaks for no deal
            and (o.end <= c.start or c.end <= o.start)
            and any(o.start <= t.i < o.end for t in walk.path)
            for o in cues
        ):
            continue  # inside a larger mention of the same issue, which speaks for both
        if c.cue.weak and not _weak_ok(c, walk, cues):
            continue
        skip = range(c.start, c.end)
        # the first reporting verb above with a subject speaks everything below it
        speaker: list[Holder] = []
        reporter: Token | None = None
        for rep in walk.reporters:
            subj = _inherited_subject(rep)
            if subj is not None:
                speaker, reporter = ctx.resolve(subj), rep
                break
        if not speaker and introduced and c.start > introduced[0]:
            speaker = introduced[1]  # "Germany issued a warning: Russia must accept a truce"
        if not speaker and trailing and c.end <= trailing[0]:
            speaker = trailing[1]  # "Recognising the annexation would be void - Sybiha"
        if not speaker and according:
            speaker = according
        elif according:  # "according to analysts, Putin likely told X that ...": their account
            speaker = speaker + [h for h in according if h.commentator and h not in speaker]
        if not speaker and continued:
            speaker = continued  # the quote began in an earlier sentence
        if not speaker and reporter is None:
            reporter = _parenthetical_reporter(sent, walk)  # "Those funds, he said, should ..."
            if reporter is not None:
                subj = _subject(reporter)
                speaker = ctx.resolve(subj) if subj is not None else []
        # the highest stance predicate with a holder wins ("Russia rejected Ukraine's demand")
        chosen: tuple[_Pred, list[Holder]] | None = None
        chosen_explicit = False
        extra: list[tuple[_Pred, list[Holder]]] = []
        verdict: list[tuple[_Pred, list[Holder]]] = []
        blocked = vague = outcome = False
        for pred in walk.preds:
            if reporter is not None and pred.tok.i == reporter.i:
                continue
            if pred.judged and not _judges(pred.tok, ctx, speaker):
                makers = _progress_makers(pred.tok, ctx, speaker)
                if not makers:
                    if chosen is not None and not verdict:
                        # "Kyiv's bid for membership is a threat, Putin said": the speaker
                        # judges what the owner of the bid holds
                        held = {h.actor for h in chosen[1]}
                        judge = [h for h in speaker if h.actor not in held and not h.outlet]
                        verdict = [(pred, judge)] if judge else []
                    continue  # "Ukraine is eligible for membership": judged by the speaker
                # "Kyiv and Washington made progress on the plan": the parties back it
                chosen, blocked = (pred, makers), False
                continue
            hs, explicit = _holders_of(pred.tok, ctx, speaker, skip)
            if hs:
                owners = {h.actor for h in chosen[1]} if chosen is not None else set()
                new_owners = not owners & {h.actor for h in hs}
                if chosen is not None and (
                    chosen[0].tok.dep_ in ("nsubj", "nsubjpass")
                    # not "Kyiv renounced its bid": an owner giving up its own stance
                    or (_owned_noun(chosen[0].tok, ctx) and new_owners)
                    # "Kyiv welcomed the news that Washington is ready to send X": both
                    or (chosen_explicit and new_owners and pred.tok.lemma_.lower() in _WELCOMING)
                ):
                    # "X's plans are an obstacle, Y said", "Moscow rejected Washington's push
                    # for a truce": the owner of the stance noun holds its own stance too
                    extra.append(chosen)
                chosen, chosen_explicit = (pred, hs), explicit
                blocked = False
                if explicit and pred.tok.dep_ == "relcl":
                    break  # "Trump wants to sway Orban, who has blocked X": Orban's, not Trump's
            elif explicit:
                if chosen is not None and _owned_noun(chosen[0].tok, ctx):
                    break  # "the stance rejected Trump's view that ...": the owner's view stands
                blocked = True  # its own subject is no actor: nobody above holds this
                subj = _inherited_subject(pred.tok)
                # an unresolved "we"/"they" in a quote is no one else: the sentence's subject
                # may still speak; a named non-actor ("countries that block X") holds it alone
                if subj is None:
                    subj = _relative_pronoun(pred.tok)  # "met a president who was keen on X"
                vague = subj is None or (subj.pos_ == "PRON" and subj.tag_ not in ("WDT", "WP"))
                # "any lasting peace would require guarantees": an outcome, not a party; the
                # speaker (or the main clause's subject) states what it requires
                outcome = subj is not None and subj.lemma_.lower() in _OUTCOMES
                vague = vague or outcome
                vague = vague and _asking_noun(pred.tok, ctx) is None  # "face pressure to X"
        if blocked:
            chosen = None
            blocked = not outcome
        if chosen is not None:
            extra += verdict
        settled = _settled_by(walk, ctx)
        if settled and chosen is None:
            chosen = (walk.preds[-1], settled)  # "the sanctions stay, as agreed by EU leaders"
        elif settled and chosen is not None:
            held = {h.actor for h in chosen[1]}
            if others := [h for h in settled if h.actor not in held]:
                extra.append((chosen[0], others))
        if chosen is None:
            top = walk.preds[-1]
            fallback = [h for h in speaker if not h.outlet]
            troop_owners = _existential_owners(top.tok, c, ctx)
            if troop_owners:  # "there will be no American troops, Kyiv says": Washington's
                fallback = troop_owners
            # "under the plan, Kyiv would cede X", "with the plan requiring Kyiv to cede X":
            # the terms are the plan's unnamed authors', not the main clause subject's
            voice = top.tok if top.tok.pos_ == "NOUN" and top.tok.head.lower_ == "under" else None
            if top.tok.dep_ in ("pcomp", "acl"):
                voice = _subject(top.tok)
            plan_voice = voice is not None and voice.lemma_.lower() in ctx.lex.document_nouns
            if not fallback and plan_voice:
                continue
            terms = ctx.terms_owners if reporter is None and not speaker else []
            if not fallback and terms and _has_modal(top.tok, _WOULD):
                fallback, blocked = terms, False  # "Sanctions would be lifted in stages."
            if not fallback:
                # no holder below and nobody reported speaking: the main clause's subject
                # ("Kyiv, for its part, is open to a ceasefire monitored by the UN")
                fallback, blocked = _root_subject(sent, ctx, skip), blocked and not vague
            if not fallback or blocked:
                continue
            if reporter is not None and not _clausal_between(top.tok, reporter):
                continue
            chosen = (top, fallback)
            if not troop_owners:
                speaker = []  # the speaker holds it; with owners, the speaker claims it
        # who voices it without a reporting verb here: a source, a colon's speaker, or the
        # speaker of a quote that began in an earlier sentence
        voiced_by = (
            according
            or (introduced[1] if introduced else [])
            or (trailing[1] if trailing else [])
            or continued
        )
        if (
            reporter is None
            and not voiced_by
            and (
                _has_modal(chosen[0].tok, _PRESCRIPTIVE)
                or (not speaker and _deontic(chosen[0].tok))
            )
        ):
            # "the Europeans should stop pretending": the writer's advice; "Ukraine would have
            # to give up land": a necessity nobody voices here. No position either way.
            continue
        if (
            ctx.terms_owners
            and reporter is None
            and not speaker
            and not voiced_by
            and _has_modal(chosen[0].tok, _WOULD)
        ):
            chosen = (chosen[0], ctx.terms_owners)  # "(Under the plan ...) Kyiv would get X."
        elif not speaker and not voiced_by and _described_concession(c, chosen, ctx):
            continue  # "(under the proposal) Ukraine would surrender Donbas": terms described
        if any(t.lemma_.lower() in _GUESSES for t in _guess_scope(walk, chosen[0].tok)):
            continue  # "officials fear Washington will lift sanctions": a guess, no position
        if any(t.lemma_.lower() == "afford" for t in walk.path):
            continue  # "Russia cannot afford to reject the plan": a judgement of means, no will
        if _event_purpose(chosen[0].tok):
            continue  # "they wrapped up a summit aimed at a truce": the event's aim, no stance
        if (
            (_drops_a_demand(walk, ctx.lex.oppose_nouns) and not walk.frozen)
            or _no_longer(chosen[0].tok)
            or _drops_a_restriction(c, walk)
            or any(_counterfactual(t) for t in walk.path)
        ):
            continue  # a position the article says was dropped is not annotated
        judging = _judging_speaker(chosen, walk.preds, speaker, ctx)
        if judging:  # "an official said Moscow made 'unacceptable demands' for X": Kyiv rejects X
            extra.append((_Pred(chosen[0].tok, -chosen[0].polarity), judging))
        for pred, holders in [chosen, *extra]:
            if _doubted(pred.tok):
                continue  # "skeptical about Putin's commitment to peace": his stance in doubt
            polarity = pred.polarity
            if polarity < 0 and _only_with(pred.tok, ctx):
                polarity = 1  # "will not provide guarantees without a deal": only with one
            stance = "support" if polarity > 0 else "oppose"
            if polarity < 0 and c.cue.support_only:
                continue  # "Lavrov blames the EU for blocking peace": a charge, not a stance
            speculative = _has_modal(pred.tok, _SPECULATIVE)
            voices = _bloc_voices(holders, speaker, reporter, ctx)
            for h in [*holders, *_acting_blocs(holders, ctx), *voices]:
                counter = _own_counter_act(c, h, ctx)
                if counter and stance == "support":
                    continue  # Russia offering to give up some land says nothing of Kyiv's
                findings += _finding(
                    h,
                    c,
                    _FLIPPED[stance] if counter else stance,
                    pred.tok,
                    sent,
                    ctx,
                    speaker,
                    outlets,
                    reported_words,
                    floated_words,
                    speculative,
                )
    for f in findings:
        ctx.last_stances.setdefault(f.issue, f.stance)
    return findings


_FLIPPED = {"support": "oppose", "oppose": "support"}


def _existential_owners(top: Token, c: _Cue, ctx: DocContext) -> list[Holder]:
    """ "There will be no American troops on the ground": with no one said to rule it in or out,
    the party whose own troops or money the cue names holds the stance."""
    if top.lemma_ != "be" or not any(ch.dep_ == "expl" for ch in top.children):
        return []
    out: list[Holder] = []
    for t in c.anchor.children:
        m = ctx.mention_at(t)
        if m is not None and m.kind == "demonym" and t.dep_ in ("amod", "compound"):
            out += [h for h in ctx.resolve(t) if h.actor and h not in out]
    return out


def _judging_speaker(
    chosen: tuple[_Pred, list[Holder]], preds: list[_Pred], speaker: list[Holder], ctx: DocContext
) -> list[Holder]:
    """The speaker who calls another party's demand or plan "unacceptable" or "absurd" while
    reporting it: the speaker rejects its content."""
    pred, holders = chosen
    below = preds[: preds.index(pred) + 1] if pred in preds else preds
    if not any(
        p.tok.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lower_ in ctx.lex.negative for c in p.tok.children)
        for p in below
    ):
        return []
    held = {h.actor for h in holders}
    return [h for h in speaker if h.actor and not h.outlet and h.actor not in held]


_HYPOTHETICAL = frozenset(["would", "could", "might", "'d"])


def _described_concession(c: _Cue, chosen: tuple[_Pred, list[Holder]], ctx: DocContext) -> bool:
    """The motion's own party doing the motion's act in a speculative "would/could", with no
    one reported saying so: the article describing terms, not that party's will."""
    pred, holders = chosen
    motion_actor = ctx.lex.motion_actors.get(c.cue.issue)
    return (
        pred.act
        and pred.polarity > 0
        and motion_actor is not None
        and all(h.actor == motion_actor for h in holders)
        and _has_modal(pred.tok, _HYPOTHETICAL)
    )


def _own_counter_act(c: _Cue, h: Holder, ctx: DocContext) -> bool:
    """The other principal party doing the motion's act itself: "Russia will not compromise on
    territory", "Moscow will never abandon the annexed regions". The territory motion is Ukraine
    giving up land, so Russia refusing to give any up is for the motion; Russia offering to
    cede some is no stance on it (the caller drops it)."""
    motion_actor = ctx.lex.motion_actors.get(c.cue.issue)
    if motion_actor is None or h.actor == motion_actor or h.actor not in ctx.lex.principal_parties:
        return False
    anchor = c.anchor
    if anchor.lemma_.lower() not in _GIVING_UP:
        return False  # "Russia's territorial claims" are no act of giving anything up
    agents: list[Token] = []
    if anchor.pos_ == "VERB":
        cur = anchor
        for _ in range(4):  # "was willing to cede", "wants to withdraw"
            subj = _subject(cur)
            if subj is not None:
                agents.append(subj)
                break
            if cur.dep_ not in ("xcomp", "conj", "acomp", "advcl"):
                break
            cur = cur.head
    else:
        agents = _noun_holder_tokens(anchor, ctx)
        if not agents and any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children):
            return True  # "Kremlin: no compromise on territories": the speaker's own refusal
        if not agents and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in _OFFERING:
            giver = _subject(anchor.head)  # "Moscow ruled out any compromise on X"
            agents = [giver] if giver is not None else []
            if not agents and anchor.head.dep_ == "pcomp":
                # "Russia has no intention of making concessions on X": the intention's holder
                noun = anchor.head.head.head
                agents = _noun_holder_tokens(noun, ctx)
                holder = _subject(noun.head) if noun.dep_ == "dobj" else None
                agents += [holder] if holder is not None and not agents else []
    if any(t.lower_ in ("we", "i") for t in agents):
        return True  # '"We cannot compromise on these regions," Ryabkov said': the speaker's
    return any(x.actor == h.actor for t in agents for x in ctx.resolve(t))


# Verbs whose subject makes (or refuses) the concession named by their object.
_OFFERING = frozenset(["make", "offer", "rule", "refuse", "propose", "consider", "contemplate"])


# Words of giving something up: the act a motion like "Ukraine cedes land" describes.
_GIVING_UP = frozenset(
    ["cede", "cession", "concede", "concession", "compromise", "abandon", "withdraw",
     "withdrawal", "pull", "retreat", "relinquish", "surrender", "give", "hand", "leave",
     "vacate", "quit", "renounce"]
)  # fmt: skip


def _giver(noun: Token) -> Token | None:
    """The subject of the verb that gives ``noun`` ("the US would provide guarantees", "Paris
    will take part in offering guarantees"), when the giving is asserted, not negated."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _GIVING:
        return None
    cur = verb
    for _ in range(3):  # "would take part in providing", "is ready to offer"
        subj = _subject(cur)
        if subj is not None:
            return None if any(c.dep_ == "neg" for c in cur.children) else subj
        if cur.dep_ not in ("pcomp", "prep", "xcomp", "acomp"):
            return None
        cur = cur.head
    return None


_GIVING = frozenset(["provide", "offer", "give", "extend", "grant", "contribute", "deliver"])


def _mentioned(
    c: _Cue, walk: _Walk, sent: Span, ctx: DocContext, outlets: list[str], named: list[Holder]
) -> list[Finding]:
    """An issue whose mere discussion is a stance (the pack's ``mention_counts``): "Zelensky said
    the talks focused on security guarantees", or a phrase that states one (a cue's ``states``:
    "Merz said the meeting opened the way for negotiations"). The speaker (or else the main
    clause's subject) holds it, at low confidence; guesses and conditions (no walk) hold
    nothing."""
    sign = c.cue.polarity if c.cue.states else 1  # a mere mention names no opposite
    own = range(c.start, c.end)
    if c.cue.states and any(
        t.lemma_ == "be" and _negated(t, ctx) for t in sent.doc[c.start : c.end]
    ):
        sign = -sign  # the statement's own negated copula: "Crimea will never be Russian land"
        # (no progress, "the gaps have not narrowed", is no refusal)
    if walk.polarity * sign < 0 or _is_question(sent):
        return []  # a negation on some verb above is no refusal of the issue itself
    if any(t.lemma_.lower() in _GUESSES for t in walk.path):
        return []
    if any(
        a.pos_ in ("VERB", "AUX")
        and a.i not in own
        and _negated(a, ctx)
        and a.lemma_.lower() not in ctx.lex.reporting
        for a in c.anchor.ancestors
    ):
        return []  # "would not accept European troops as part of any guarantees"
    speaker: list[Holder] = []
    for rep in walk.reporters:  # the reporting verbs above the cue, nearest first
        subj = _inherited_subject(rep)
        if subj is not None:
            if _negated(rep, ctx):
                return []  # "Russia hasn't said what guarantees it would accept"
            speaker = ctx.resolve(subj)
            break
    holders = (
        [h for h in (speaker or named) if not h.outlet]
        or ctx.terms_owners  # a plan's terms ("Ukraine would get guarantees") are its authors'
        or _root_subject(sent, ctx)
    )
    giver = _giver(c.anchor)
    if giver is not None:  # "Rutte said the US would take part in providing guarantees"
        holders += [h for h in ctx.resolve(giver) if h.actor and h not in holders]
    modality = _modality(c.anchor, sent, ctx, bool(outlets), False)
    stance = "support" if sign > 0 else "oppose"
    return [
        Finding(h, c.cue.issue, stance, modality, outlets, [], None, 0.35)
        for h in holders
        if h.actor and not h.commentator
    ]


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("\"”'’").endswith("?")


def _has_reporting_verb(sent: Span, ctx: DocContext) -> bool:
    return any(t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.reporting for t in sent)


def _progress_makers(tok: Token, ctx: DocContext, speaker: list[Holder]) -> list[Holder]:
    """The actors who "made/achieved progress" on something: its parties, not just the judge."""
    if tok.lemma_.lower() not in ("make", "achieve", "report", "hail", "welcome", "note"):
        return []
    subj = _subject(tok)
    return [] if subj is None else [h for h in ctx.resolve(subj, speaker) if h.actor]


def _acting_blocs(holders: list[Holder], ctx: DocContext) -> list[Holder]:
    """ "Germany, France and Britain submitted their own draft": members of a bloc acting
    together (at least three, named in one phrase) are the bloc acting (the guide: "European
    governments acting together")."""
    have = {h.actor for h in holders}
    return [
        Holder(", ".join(m.text for m in members), actor=bloc)
        for bloc, members in ctx.quorum_blocs(holders).items()
        if bloc not in have
    ]


# Reporting verbs by which a speaker relays a stance as its own ("announced", not "complained").
_RELAYING = frozenset(
    [
        "say",
        "tell",
        "state",
        "announce",
        "declare",
        "add",
        "note",
        "stress",
        "confirm",
        "reiterate",
        "emphasize",
        "emphasise",
        "insist",
        "assert",
        "affirm",
        "repeat",
        "underline",
        "underscore",
        "claim",
        "explain",
        "reaffirm",
        "write",
        "post",
        "tweet",
    ]
)


def _bloc_voices(
    holders: list[Holder], speaker: list[Holder], reporter: Token | None, ctx: DocContext
) -> list[Holder]:
    """ "European plans for a force are mature, Starmer said", "the coalition intends to send
    troops, according to Macron": a member relaying its bloc's stance holds it too."""
    if reporter is not None and reporter.lemma_.lower() not in _RELAYING:
        return []  # no reporter: an "according to X" or a quote's speaker relays it
    have = {h.actor for h in holders if h.actor}
    return [
        s
        for s in speaker
        if s.actor and s.actor not in have and have & set(ctx.lex.blocs.get(s.actor, ()))
    ]


def _elliptic_opposition(
    sent: Span, ctx: DocContext, cues: list[_Cue], outlets: list[str]
) -> list[Finding]:
    """ "..., although Kiev remains opposed", "..., but Moscow has so far refused", "..., and
    Russia agreed": a stance with no object of its own, in a clause joined to the one that names
    the issues, is on them."""
    out: list[Finding] = []
    for adj in sent:
        own = range(adj.i, adj.i + 1)
        lemma = adj.lemma_.lower()
        if adj.lower_ == "opposed" and adj.dep_ == "acomp":
            verb, sign = adj.head, -1
        elif adj.pos_ == "VERB" and lemma in _ELLIPTIC_VERBS and not _has_object(adj):
            verb, sign = adj, _ELLIPTIC_VERBS[lemma]
        elif adj.pos_ == "VERB" and _phrasal(adj) in _REFERRING_VERBS and _referring_object(adj):
            # "..., but Russia rejected it", "..., while Ukraine opposes such a move"
            verb = adj
            sign = _particle_polarity(adj, ctx) or ctx.lex.verb_polarity(lemma)
            own = range(adj.left_edge.i, adj.right_edge.i + 1)
        else:
            continue
        if adj is not verb and _has_object(adj):
            continue
        joined = verb.dep_ == "conj" or (
            verb.dep_ == "advcl"
            and any(
                m.lower_ in ("although", "though", "while", "but")
                for m in verb.children
                if m.dep_ == "mark"
            )
        )
        subj = _subject(verb)
        if not joined or subj is None or _negated(verb, ctx):
            continue
        others = [
            c for c in cues if not c.cue.weak and c.start not in own and c.anchor.i not in own
        ]
        for h in ctx.resolve(subj):
            if not h.actor:
                continue
            out += [_objectless_finding(h, c, sign, outlets) for c in others]
    return out


def _objectless_finding(h: Holder, c: _Cue, sign: int, outlets: list[str]) -> Finding:
    """A stance read off a word with no object of its own ("but Moscow refused", "a Kremlin
    demand"): its sign times the cue's motion, firm, at middling confidence."""
    stance = "support" if c.cue.polarity * sign > 0 else "oppose"
    return Finding(h, c.cue.issue, stance, "firm", outlets, [], None, 0.45)


def _item_polarity(c: _Cue, ctx: DocContext) -> int:
    """+1, or -1 when the listed item negates its cue ("promise not to join NATO")."""
    walk = _walk(c, ctx)
    if walk is None or not walk.preds or not walk.preds[0].act:
        return 1  # ("talks have not touched on X, a key demand of Kyiv": X is still demanded)
    return 1 if walk.preds[0].polarity * c.cue.polarity > 0 else -1


def _appositive_labels(
    sent: Span, ctx: DocContext, cues: list[_Cue], outlets: list[str]
) -> list[Finding]:
    """ "neutrality for Ukraine, a longstanding Kremlin demand, ...", "guarantees and a role for
    Europe, both key demands of Kyiv", "the army cap, a red line for Kyiv": an appositive stance
    noun with an owner labels the noun phrase just before its comma as the owner's stance."""
    out: list[Finding] = []
    doc = sent.doc
    for label in sent:
        lemma = label.lemma_.lower()
        red = lemma == "line" and any(c.lower_ == "red" for c in label.children)
        sign = -1 if red or lemma in _REFUSED_LABELS else 1 if lemma in _DEMAND_LABELS else 0
        comma = label.left_edge.i - 1
        if (
            not sign
            or label.pos_ != "NOUN"
            or comma <= sent.start
            or doc[comma].text != ","
            or any(c.dep_ in ("relcl", "acl") for c in label.children)
        ):
            continue
        owners = _noun_holder_tokens(label, ctx) + [
            p
            for prep in label.children
            if prep.dep_ == "prep" and prep.lower_ == "for" and sign < 0
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        holders = [h for o in owners for h in _actors_named(o, ctx)]
        np = doc[comma - 1]  # the noun phrase the label describes ends at the comma
        while np.head.i != np.i and np.head.i < comma and np.head.pos_ not in ("VERB", "AUX"):
            np = np.head
        every = any(
            d.lower_ in ("all", "both") and d.dep_ in ("det", "predet") for d in label.children
        )
        if not holders or (np.pos_ not in ("NOUN", "PROPN") and not every):
            continue
        # "cede A, cap B and drop C, all long-standing Kremlin demands": every item listed
        start = sent.start if every else np.left_edge.i
        for c in cues:
            if start <= c.anchor.i < comma and not c.cue.weak:
                verbal = every and np.pos_ not in ("NOUN", "PROPN")  # a list of acts
                item = sign * (_item_polarity(c, ctx) if verbal else 1)
                out += [_objectless_finding(h, c, item, outlets) for h in holders]
    return out


_DEMAND_LABELS = frozenset(
    ["demand", "condition", "precondition", "requirement", "goal", "aim", "priority",
     "objective", "request", "wish", "proposal"]
)  # fmt: skip
_REFUSED_LABELS = frozenset(["non-starter", "no-go"])


# Verbs that take a stance on what the clause before them names, with no object of their own.
_ELLIPTIC_VERBS = {"refuse": -1, "decline": -1, "balk": -1, "object": -1, "agree": 1}
# Verbs whose object may only point back at the other clause's proposal ("rejected it"); their
# sign is the pack lexicon's
_REFERRING_VERBS = frozenset(
    ["reject", "oppose", "refuse", "accept", "support", "back", "endorse", "welcome", "turn down"]
)


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("turn down")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *prt[:1]])


_REFERRING_NOUNS = _ANAPHORS | {"move", "step"}


def _has_object(tok: Token) -> bool:
    return any(
        c.dep_ in ("prep", "xcomp", "ccomp", "dobj", "attr", "advcl", "nsubjpass")
        for c in tok.children
    )


def _referring_object(verb: Token) -> Token | None:
    """The verb's only object when it is "it"/"this"/"that" or an anaphoric noun ("such a
    move", "the demand") — a pointer to what the joined clause proposed, not a new topic."""
    objs = [
        c for c in verb.children if c.dep_ in ("dobj", "prep", "attr", "xcomp", "ccomp", "advcl")
    ]
    if len(objs) != 1 or objs[0].dep_ != "dobj":
        return None
    obj = objs[0]
    if obj.lower_ in ("it", "this", "that") and obj.pos_ in ("PRON", "DET"):
        return obj
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in _REFERRING_NOUNS:
        return None
    pointing = [d for d in obj.children if d.lower_ in ("the", "this", "that", "such", "a")]
    if any(d.lower_ != "a" for d in pointing) and len(pointing) == len(list(obj.children)):
        return obj  # "the demand", "such a move", not "the demand for elections"
    return None


def _root_subject(sent: Span, ctx: DocContext, skip: range = range(0)) -> list[Holder]:
    """The actors the sentence's main-clause subject names (nobody when it names none, or when
    it is the cue itself: "Trump's peace plan threatens Europe's security" judges the plan)."""
    subj = _subject(sent.root)
    if subj is None or subj.i in skip:
        return []
    return [h for h in ctx.resolve(subj) if h.actor or h.commentator]


_DOUBTING = frozenset(["skeptical", "sceptical", "doubt", "doubtful", "distrust", "suspicious"])


def _doubted(pred: Token) -> bool:
    """A stance noun someone doubts ("skeptical about Putin's commitment to peace", "doubts
    over Moscow's readiness for a truce"): its holder's stance is questioned, not stated."""
    prep = pred.head
    return (
        pred.pos_ == "NOUN"
        and pred.dep_ == "pobj"
        and prep.lower_ in ("about", "of", "over", "on", "in", "regarding")
        and prep.head.lemma_.lower() in _DOUBTING
    )


def _guess_scope(walk: _Walk, pred: Token) -> list[Token]:
    """Words whose guessing verbs would make ``pred`` a guess. A possessed stance noun is a fact
    whatever governs its phrase ("Russia's demand for X is expected to be handled later"), so
    only the words below it count."""
    if pred.pos_ == "NOUN" and any(c.dep_ == "poss" for c in pred.children):
        below: list[Token] = []
        for t in walk.path:
            if t.i == pred.i:
                return below
            below.append(t)
    # "since X rejected Y, Kyiv now expects ...": a reason clause is asserted, not guessed
    path = walk.path
    adjunct_heads = {t.head.i for t in path if t.dep_ == "advcl"}
    # "voiced doubt that Moscow wants a truce": a guessing noun over a clause guesses it
    clause_below = pred.pos_ == "NOUN" and any(
        t.dep_ in ("acl", "ccomp") and t.head.i == pred.i for t in path
    )
    return [t for t in path if (t.i != pred.i or clause_below) and t.i not in adjunct_heads]


def _drops_a_demand(walk: _Walk, oppose_nouns: frozenset[str]) -> bool:
    """ "has dropped the demand that ...": a position given up is not annotated. (Dropping one's
    own aim, "drop the bid for NATO membership", is the opposite stance, not a dropped one.)"""
    for a, b in zip(walk.preds, walk.preds[1:], strict=False):
        if (
            b.tok.lemma_.lower() in _DROPPING
            and a.tok.pos_ == "NOUN"
            and a.tok.head.i == b.tok.i
            and a.tok.lemma_.lower() not in _OWN_AIMS
            and a.tok.lemma_.lower() not in oppose_nouns  # "abandon its blockade of X": a yes
            and not _deontic(b.tok)  # "insists Kyiv should abandon plans to join X": asked
            and not any(n.dep_ == "neg" for n in b.tok.children)  # "is not dropping its demand"
        ):
            return True
    return False


def _drops_a_restriction(c: _Cue, walk: _Walk) -> bool:
    """ "the new draft drops the cap on the army": a term given up is a dropped position, not
    the opposite one (a restriction is a cue of negative polarity, named as the object)."""
    first = walk.preds[0].tok if walk.preds else None
    return (
        c.cue.polarity < 0
        and first is not None
        and first.lemma_.lower() in _DROPPING
        and c.anchor.dep_ == "dobj"
        and c.anchor.head.i == first.i
    )


_OWN_AIMS = frozenset(["bid", "ambition", "aspiration", "hope", "goal", "aim", "dream", "quest"])


def _only_with(pred: Token, ctx: DocContext) -> bool:
    """A negated predicate with a "without" condition: the negation is about the condition."""
    negated = _negated(pred, ctx) or any(  # "no guarantees can work without a settlement"
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("no", "none") for d in c.children)
        for c in pred.children
    )
    return negated and any(c.dep_ == "prep" and c.lower_ == "without" for c in pred.children)


def _no_longer(pred: Token) -> bool:
    """ "is no longer pushing for ...": the position was given up."""
    return any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in pred.children
    )


def _counterfactual(pred: Token) -> bool:
    """ "under the original plan the army would have been capped": what would have been, and
    is no longer, on the table."""
    auxes = [c.lower_ for c in pred.children if c.dep_ in ("aux", "auxpass")]
    return pred.tag_ == "VBN" and "have" in auxes and bool({"would", "could", "might"} & set(auxes))


def _weak_ok(c: _Cue, walk: _Walk, cues: list[_Cue]) -> bool:
    """A generic word ('the plan') counts only as a close argument of a stance predicate, and
    not when it is a plan *about* another issue ('a plan to freeze the front')."""
    any_document = _any_document(c.anchor)
    if any_document and not (
        walk.preds[0].tok.pos_ == "VERB" and walk.preds[0].tok.lemma_ not in _EVALUATIVE
    ):
        return False  # "the key to any settlement": no particular plan
    if (
        walk.polarity < 0
        and any_document
        and any(
            ch.dep_ in ("acl", "relcl") or (ch.dep_ == "prep" and ch.lower_ in _ASIDE)
            for ch in c.anchor.children
        )
    ):
        # "will not accept any deal imposed on it": refusing a kind of deal, not this one (but
        # "would back any deal Kyiv accepts" backs a settlement)
        return False
    inside = {t.i for t in c.anchor.subtree} - {
        t.i for x in c.anchor.subtree if _contrast(x) for t in x.subtree
    }  # "a settlement rather than a truce" is no plan about a truce
    if any(o.cue.issue != c.cue.issue and not o.cue.weak and o.anchor.i in inside for o in cues):
        return False
    first = walk.preds[0]
    if (
        first.act
        and _agentless(first.tok)
        and len(walk.preds) > 1
        and walk.preds[1].tok.lemma_.lower() in _HOPING
    ):
        first = walk.preds[1]  # "hopeful a deal can be reached": no one's act; the hope counts
    if first.act:
        return False  # "would host the next round": an act, not a stance on the plan
    pred = first.tok
    if (
        c.anchor.lemma_.lower() in _EVENTS | {"meet"}
        and pred.pos_ == "VERB"
        and pred.lemma_.lower() in _SCHEDULING | {"intend"}
    ):
        return False  # "the next meeting was planned for March", "intends to meet Putin on
        # Friday": a date, not a stance
    if c.anchor.head.lemma_.lower() in _NOT_BACKING:
        return False  # hosting the talks; "seeks to leverage the talks": a use, not a stance
    if (
        c.anchor.dep_ == "pobj"
        and c.anchor.head.lower_ in ("in", "during", "throughout")
        and c.anchor.lemma_.lower() != "meeting"  # "offered a concession in the meeting"
        and c.anchor.head.head.lemma_.lower() not in _PARTITIVES  # "the clauses in the draft"
    ):
        return False  # "soften concessions in the negotiations": where, not what is backed
    event = c.anchor.lemma_.lower() in _EVENTS
    if event and c.anchor.dep_ == "pobj" and c.anchor.head.lower_ == "at":
        return False  # "agreed at the summit that ...": where, not what is agreed
    if (event or c.anchor.lemma_.lower() in _DOCUMENT_WORDS) and any(
        d.dep_ in ("amod", "predet", "det") and d.lower_ == "such" for d in c.anchor.children
    ):
        return False  # "ruled out such a proposal": the one named before, not the peace plan
    if pred.lemma_.lower() in REACTIONS and pred.head.lemma_.lower() in DRAWING:
        pred = pred.head  # "the plan drew criticism from Kyiv": the plan is what drew it
    hops, tok = 0, c.anchor
    while tok.i != pred.i and hops < 4 and tok.head.i != tok.i:
        tok = tok.head
        partitive = tok.lemma_.lower() in _PARTITIVES or (
            tok.lower_ in ("of", "in") and tok.head.lemma_.lower() in _PARTITIVES
        )
        hops += 0 if partitive else 1  # "consensus on most aspects of the plan": the plan
    return tok.i == pred.i and hops <= 3


# "any deal behind our backs", "... without Kyiv", "... over Ukraine's head": a kind of deal.
_ASIDE = frozenset(["behind", "without", "over"])
_HOPING = EXPECTANT | {"hope"}  # the adjectives the parse repair hangs a clause back on


def _agentless(verb: Token) -> bool:
    """A passive with no "by" agent: "a deal could be reached" is nobody's act."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _event_purpose(pred: Token) -> bool:
    """ "a summit aimed at securing a ceasefire": a participle giving an occasion's purpose;
    those who attend it state nothing by that (the guide: attending is no position)."""
    return (
        pred.dep_ == "acl"
        and pred.tag_ == "VBN"  # not "Trump entered the talks aiming to secure a truce"
        and pred.lemma_.lower() in ("aim", "intend", "design", "mean")
        and pred.head.lemma_.lower() in _EVENTS
    )


# Verbs of a glad reception: who welcomes another's stated stance shares it, and it stays its.
_WELCOMING = frozenset(["welcome", "praise", "hail", "applaud", "salute", "commend"])

# Occasions and documents of the talks, named by a generic word.
_EVENTS = _TALKS | {"summit", "meeting", "round", "conference"}
_DOCUMENT_WORDS = frozenset(["proposal", "plan", "idea", "initiative", "draft", "text", "offer"])


# Nouns naming a part of what follows "of": transparent for how close a word is to its verb.
_PARTITIVES = frozenset(
    ["aspect", "part", "element", "point", "provision", "clause", "detail", "section"]
)


def _finding(
    h: Holder,
    c: _Cue,
    stance: str,
    pred: Token,
    sent: Span,
    ctx: DocContext,
    speaker: list[Holder],
    outlets: list[str],
    reported_words: bool,
    floated_words: bool,
    speculative: bool,
) -> list[Finding]:
    if h.commentator == "public" and h.nation:
        voice = next((s for s in speaker if s.actor == h.nation), None)
        if voice is not None:
            # '"Ukrainians will never accept the loss of Donbas," Zelensky said': a government
            # voicing its own people's refusal states its position
            h, speaker = voice, []
    sources = [s.source or s.text for s in speaker if s.source or s.anonymous]
    if h.anonymous or h.source:
        sources.append(h.text)
    claimed_by = None
    commentator_speaker = next((s for s in speaker if s.commentator), None)
    for s in speaker:
        if s.actor and s.actor != h.actor:
            claimed_by = s.actor
    reported = bool(outlets or sources or claimed_by or reported_words or commentator_speaker)
    modality = _modality(pred, sent, ctx, reported, floated_words and pred.lemma_ == "float")
    confidence = 0.8
    if c.cue.weak:
        confidence -= 0.15
    if h.pronoun:
        confidence -= 0.1
    if reported:
        confidence -= 0.1
    if pred.pos_ == "NOUN":
        confidence -= 0.05
    if modality == "hypothetical":
        confidence -= 0.2  # an unattributed "would": possibly the writer's own scenario
    if h.commentator:
        return [
            Finding(
                h,
                c.cue.issue,
                stance,
                modality,
                outlets,
                sources,
                None,
                max(0.1, confidence - 0.2),
                about=_about(pred, ctx, h),
            )
        ]
    if not h.actor:
        return []
    if commentator_speaker is not None:
        hedges = ("likely", "unlikely", "probably", "expected", "perhaps", "certainly")
        forecast = any(t.lower_ in hedges for t in [*pred.children, *pred.ancestors][:12]) or any(
            t.lower_ in hedges and t.head.i in {a.i for a in pred.ancestors} for t in sent
        )  # "analysts say Putin likely told Witkoff that ...": the hedge is on a verb above
        if (
            speculative
            or forecast
            or pred.lemma_.lower() in ("need", "must")
            or _has_modal(pred, frozenset({"will", "'ll", "wo"}))
        ):  # an expert's forecast or advice about a government is commentary
            return [
                Finding(
                    commentator_speaker,
                    c.cue.issue,
                    stance,
                    modality,
                    outlets,
                    sources,
                    None,
                    0.4,
                    about=h.actor,
                )
            ]
        sources.append(commentator_speaker.text)
        confidence -= 0.2
    return [
        Finding(
            h,
            c.cue.issue,
            stance,
            modality,
            outlets,
            sources,
            claimed_by,
            round(min(max(confidence, 0.05), 0.99), 2),
        )
    ]


def _about(pred: Token, ctx: DocContext, h: Holder) -> str | None:
    for t in pred.subtree:
        m = ctx.mention_at(t)
        if m is not None and m.actor and m.kind in ("alias", "metonym", "person"):
            return m.actor
    return None
