"""Who a noun phrase names: an actor (government, official), a commentator, a source, an outlet.

English news names a position's holder in a handful of ways: a country or capital acting
("Moscow is demanding"), an official by name or role ("Lavrov", "Kremlin officials", "the
envoy"), a pronoun, or a group that merely *relates* to an actor ("Kyiv's allies" are not Kyiv).
Commentators (analysts, experts, former officials, public opinion) are recognised so that their
views never become a government's position.

Example::

    ctx = DocContext(doc, finder.find(doc), compiled, dt.date(2026, 1, 5))
    [h.actor for h in ctx.resolve(doc[0])]   # "Moscow rejected ..." -> ['RUS']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from parley.nlp.lexicon import CompiledPack
from parley.nlp.mentions import Mention

__all__ = ["DocContext", "Holder"]

_QUANTIFIERS = frozenset(
    [
        "number",
        "some",
        "many",
        "most",
        "majority",
        "group",
        "one",
        "several",
        "all",
        "none",
        "each",
        "both",
        "few",
        "half",
        "part",
        "handful",
        "couple",
        "dozen",
        "dozens",
        "any",
        "rest",
    ]
)
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "his", "her"])
_THING_PRONOUNS = frozenset(["it", "its", "they", "their", "them"])
_FIRST_PERSON = frozenset(["we", "our", "us", "i", "my", "me", "ourselves"])
_PERSON_ROLES = frozenset(
    [
        "president",
        "minister",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "premier",
        "secretary",
        "ambassador",
        "adviser",
        "advisor",
        "aide",
        "leader",
        "chief",
        "head",
        "negotiator",
        "diplomat",
        "official",
        "senator",
        "commander",
        "representative",
        "counterpart",
        "officer",
    ]
)
_RELATIVE = frozenset(["who", "which", "that", "whom", "whose"])


@dataclass(frozen=True, slots=True)
class Holder:
    """What a noun phrase names. Exactly one of actor / commentator / source / outlet is set."""

    text: str
    actor: str | None = None
    commentator: str | None = None  # holder_kind of models.Commentary
    source: str | None = None  # anonymous source: "a senior official"
    outlet: str | None = None
    person: bool = False
    pronoun: bool = False
    anonymous: bool = False
    nation: str | None = None  # the actor whose public a "public" commentator is


_AGREEING = frozenset(["agree", "accept", "draft", "propose", "back", "endorse", "sign"])
_PAIR_NOUNS = frozenset(
    ["side", "party", "delegation", "leader", "president", "country", "government", "team"]
)


def _paired(tok: Token) -> bool:
    """ "both sides", "the two leaders", "the two delegations"."""
    return tok.lemma_.lower() in _PAIR_NOUNS and any(
        (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
        or (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        for c in tok.children
    )


def _np_text(tok: Token, limit: int = 8) -> str:
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "det", "nummod", "poss", "case", "nmod"):
            left = child if child.i < left.i else left
            break
    span = tok.doc[min(left.left_edge.i, left.i) : tok.i + 1]
    if len(span) > limit:
        span = tok.doc[max(tok.i - limit + 1, 0) : tok.i + 1]
    return span.text.strip(" ,\"“”'’‘")


# Verbs whose subject authors the document they govern ("Washington drafted a plan").
_AUTHORING = frozenset(
    "draft propose present unveil submit table author prepare offer coordinate develop write "  # noqa: SIM905
    "craft design formulate".split()
)
# The same with a particle: "the plan set out / put forward / drawn up by Washington".
_AUTHORING_PHRASES = frozenset(
    [("set", "out"), ("lay", "out"), ("put", "forward"), ("draw", "up"), ("come", "up")]
)


def _authors(verb: Token) -> bool:
    """Whether ``verb`` is one by which its subject (or agent) writes a document."""
    lemma = verb.lemma_.lower()
    return lemma in _AUTHORING or any(
        (lemma, c.lower_) in _AUTHORING_PHRASES
        for c in verb.children
        if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1
    )


# Verbs that say what a document provides: "it requires / envisages / includes X".
_PROVIDING = frozenset(
    [
        "require",
        "envisage",
        "envision",
        "include",
        "stipulate",
        "foresee",
        "contain",
        "provide",
        "propose",
        "oblige",
        "call",
        "mandate",
    ]
)


# Words by which a news report marks unnamed people as its sources.
_SOURCING = frozenset(["briefed", "familiar", "close", "knowledgeable", "involved", "aware"])


def _sourcing(tok: Token) -> bool:
    """ "people briefed on the plan", "people familiar with", "people with knowledge of"."""
    for child in tok.children:
        if child.dep_ in ("acl", "amod", "relcl") and child.lower_ in _SOURCING:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(p.lemma_.lower() == "knowledge" for p in child.children)
        ):
            return True
    return False


# Participles on a holder naming others who act with it: "X, backed by Y, ...".
_ACCOMPANYING = frozenset(["support", "back", "join", "accompany", "assist", "flank"])


def _anaphoric_sources(tok: Token) -> bool:
    """A bare definite "the people" speaking: the unnamed sources of the story, not the public
    ("the Ukrainian people", "most people" are the public)."""
    children = list(tok.children)
    return (
        tok.lower_ in ("people", "persons")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in children if c.dep_ == "det"] == ["the"]
        and len(children) == 1
    )


def _companions(child: Token) -> list[Token]:
    """Who a holder's modifier names as acting with it: "along with Y", "together with Y",
    "supported by Y", "joined by Y" (each a child of the holder's head)."""
    out: list[Token] = []
    if (
        child.dep_ == "prep"
        and child.lower_ == "with"
        and child.i > 0
        and child.nbor(-1).lower_ in ("along", "together")
    ):
        out += [p for p in child.children if p.dep_ == "pobj"]
    if child.dep_ in ("advmod", "prep") and child.lower_ in ("along", "together"):
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                out += [p for p in prep.children if p.dep_ == "pobj"]
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ACCOMPANYING:
        for agent in child.children:
            if agent.dep_ == "agent":
                out += [p for p in agent.children if p.dep_ == "pobj"]
    return [t for p in out for t in [p, *p.conjuncts]]


# Members of a bloc named acting together that make the bloc act (the guide: "European
# governments acting together" are EUROPE).
BLOC_QUORUM = 3


def _quoted(tok: Token) -> bool:
    """Inside a direct quote of its sentence: there a speaker says "I", so "he" is another."""
    before = tok.doc[tok.sent.start : tok.i].text
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class DocContext:
    """Per-document state: mentions by token, people introduced as commentators, outlets seen."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        lex: CompiledPack,
        article_date: dt.date | None,
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.article_date = article_date
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", doc.text)]
        self.reference_year = max(years) if years else dt.date.today().year
        self.registry: dict[str, str] = {}  # surname -> commentator kind, for unknown people
        self.quote_speaker: list[Holder] = []  # who speaks the quote still open
        self.colon_speaker: list[Holder] = []  # "Sybiha added:" speaks the next sentence
        self.last_issues: list[str] = []  # issues named in the previous sentence
        self.last_stances: dict[str, str] = {}  # issue -> stance first read in it
        # a run of sentences describing one plan's terms: its authors, for the sentence being
        # read (``terms_owners``) and for the next one (``run_owners``)
        self.terms_owners: list[Holder] = []
        self.run_owners: list[Holder] = []
        # whose terms a bulleted list sets out ("Key points of the European proposal:")
        self.list_owners: list[Holder] = []
        self.in_quote = False
        self._build_registry()

    # --- unknown people: introduced as analysts, experts, former officials -------------------
    def _build_registry(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or any(i in self.by_token for i in range(ent.start, ent.end)):
                continue
            kind = self._introduced_as(ent)
            if kind:
                for tok in ent:
                    if tok.is_title and len(tok.text) > 2:
                        self.registry.setdefault(tok.text, kind)

    def _introduced_as(self, ent: Span) -> str | None:
        root = ent.root
        near: list[Token] = [*root.children, root.head]
        near += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        if root.head.dep_ == "appos":
            near += list(root.head.head.subtree)
        near += [t for t in ent.sent if t.dep_ == "appos" and t.head == root for t in t.subtree]
        return self._kind_of_words(near)

    def _kind_of_words(self, tokens: list[Token]) -> str | None:
        lower = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
        if lower & self.lex.former:
            return "former_official"
        if lower & {"journalist", "reporter", "correspondent", "columnist", "editor"}:
            return "journalist"
        if lower & {"analyst", "analysts"}:
            return "analyst"
        if lower & self.lex.commentator_nouns:
            return "expert"
        text = " ".join(t.lower_ for t in tokens)
        if any(org in text for org in self.lex.commentator_orgs):
            return "expert"
        return None

    # --- resolution -------------------------------------------------------------------------
    def mention_at(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def resolve(
        self,
        tok: Token,
        speaker: list[Holder] | None = None,
        depth: int = 0,
        until: int | None = None,
    ) -> list[Holder]:
        """Holders named by the noun phrase headed by ``tok`` (empty when it names none);
        conjuncts after token ``until`` are left out (they lie outside a clause on ``tok``)."""
        if depth > 4:
            return []
        found = self._resolve_one(tok, speaker, depth)
        for child in tok.children:
            if child.dep_ != "appos":
                continue
            if not found:  # "a third contributor, retired general X, said"
                found = self._resolve_one(child, speaker, depth + 1)
            elif tok.lower_ in _FIRST_PERSON:  # "we, the Europeans, are ready": both
                found += [h for h in self._resolve_one(child, speaker, depth + 1) if h.actor]
            if child.conjuncts:  # a list parsed as apposition: "Europe, the US, the UK and allies"
                found += [h for h in self.resolve(child, speaker, depth + 1) if h.actor]
            break
        for conj in tok.conjuncts:
            if conj.i > tok.i and (until is None or conj.i <= until):
                found += self._resolve_one(conj, speaker, depth)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("including", "like", "notably"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += self.resolve(pobj, speaker, depth + 1)
            for partner in _companions(child):
                # "the US, supported by European nations, ...", "Britain, along with France"
                found += [h for h in self.resolve(partner, speaker, depth + 1) if h.actor]
        out: list[Holder] = []
        for h in found:
            if h not in out:
                out.append(h)
        return out

    def _resolve_one(self, tok: Token, speaker: list[Holder] | None, depth: int) -> list[Holder]:
        lex = self.lex
        m = self.mention_at(tok)
        if m is not None:
            found = self._from_mention(m, tok)
            for mod in tok.children:  # "US and European leaders": the other modifier too
                if mod.dep_ in ("compound", "amod", "nmod") and mod.i < m.start:
                    for t in [mod, *mod.conjuncts]:
                        other = self.mention_at(t)
                        if other is not None and other is not m and other.kind != "outlet":
                            found += [h for h in self._from_mention(other, t) if h not in found]
            return found
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "PRON" or lower in _RELATIVE:
            return self._pronoun(tok, speaker)
        if tok.pos_ == "PROPN" and tok.text in self.registry:  # introduced as an analyst
            return [Holder(_np_text(tok), commentator=self.registry[tok.text], person=True)]
        words = [tok, *[c for c in tok.children if c.dep_ in ("compound", "amod", "appos")]]
        if lemma in lex.commentator_nouns or lower in lex.commentator_nouns:
            kind = self._kind_of_words(words) or "expert"
            return [Holder(_np_text(tok), commentator=kind)]
        if lemma in lex.source_nouns and lemma not in lex.official_nouns and self._national(tok):
            # "a Ukrainian source", "sources in Moscow": an unnamed voice of that government
            return [replace(h, anonymous=True) for h in self._official(tok, speaker) if h.actor]
        if lemma in lex.source_nouns and (_sourcing(tok) or _anaphoric_sources(tok)):
            # "two people briefed on the talks", "people familiar with the matter", and "...,
            # the people said" after them: sources
            return [Holder(_np_text(tok), source=_np_text(tok), anonymous=True)]
        if lemma in lex.public_nouns and lemma not in lex.official_nouns:
            # "most Ukrainians", "public opinion", "polls" - unless it quantifies officials
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    inner = [p for p in child.children if p.dep_ == "pobj"]
                    if inner and inner[0].lemma_.lower() in lex.official_nouns:
                        return self.resolve(inner[0], speaker, depth + 1)
            nations = [
                m.actor
                for c in tok.children
                if c.dep_ in ("amod", "compound", "poss")
                and (m := self.mention_at(c)) is not None
                and m.actor
            ]  # "Ukrainian society", "Ukraine's people"
            return [Holder(_np_text(tok), commentator="public", nation=next(iter(nations), None))]
        if tok.ent_type_ == "ORG":
            text = " ".join(t.lower_ for t in tok.subtree)
            if any(org in text for org in lex.commentator_orgs):
                return [Holder(_np_text(tok), commentator="expert")]
        if lemma in lex.official_nouns and lemma not in lex.partner_nouns:
            return self._official(tok, speaker)
        if lemma in lex.document_nouns:
            # "the European text would freeze ...": a document speaks for its authors
            owners = self._document_owners(tok, speaker)
            if owners or depth > 0:
                return owners
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                return self._document_antecedent(tok)  # "the draft" = the U.S. plan above
            return []
        if lemma in _QUANTIFIERS or lower in _QUANTIFIERS:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.resolve(pobj, speaker, depth + 1)
        return []

    def _from_mention(self, m: Mention, tok: Token) -> list[Holder]:
        text = _np_text(tok) if tok.i == m.end - 1 else m.text
        if m.kind == "outlet":
            return [Holder(m.text, outlet=m.text)]
        former = any(c.lower_ in self.lex.former for c in tok.subtree if c.i < tok.i)
        if m.kind == "person":
            assert m.person is not None
            if former or not m.person.in_office(self.article_date):
                return [Holder(text, commentator="former_official", person=True)]
            return [Holder(text, actor=m.actor, person=True)]
        if m.kind == "public":
            has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            if not has_the:
                return [Holder(text, commentator="public", nation=m.actor)]
        if former:
            return [Holder(text, commentator="former_official")]
        return [Holder(text, actor=m.actor)]

    def _official(self, tok: Token, speaker: list[Holder] | None) -> list[Holder]:
        """'Kremlin officials', 'the Russian side', 'Ukraine's foreign minister', 'the envoy'."""
        lex = self.lex
        mods = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos", "flat")
        ]
        if any(c.lower_ in lex.former for c in tok.subtree if c.i < tok.i):
            return [Holder(_np_text(tok), commentator="former_official")]
        person = tok.tag_ == "NN" and tok.lemma_.lower() in _PERSON_ROLES
        document = tok.lemma_.lower() in lex.document_nouns
        anonymous = any(
            c.lower_ in ("anonymous", "unnamed", "senior", "one", "a", "an", "some", "several")
            for c in tok.children
        )
        found: list[Holder] = []
        for mod in mods:
            if mod.dep_ == "poss" and mod.pos_ == "PRON":  # "his country", "its negotiators"
                for h in self._pronoun(mod, speaker):
                    if h.actor and h not in found:
                        found.append(replace(h, text=_np_text(tok), person=False))
                continue
            for t in mod.subtree:
                m = self.mention_at(t)
                if m is not None and document and self.names_conflict(m, t):
                    continue  # "the Ukraine peace plan" is a plan for Ukraine
                if m is not None and m.kind != "outlet" and t.i == m.end - 1:
                    for h in self._from_mention(m, t):
                        h = replace(h, text=_np_text(tok), anonymous=anonymous, person=person)
                        if h not in found:
                            found.append(h)
        if found:
            return found
        preps = ("of", "from", "by") if document else ("of", "from", "by", "in", "for", "at")
        for child in tok.children:  # "a plan for Ukraine" is about Ukraine, not Ukraine's
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    m = self.mention_at(pobj)
                    if m is not None and m.kind in ("alias", "metonym"):
                        group = [Holder(_np_text(tok), actor=m.actor, anonymous=anonymous)]
                        for conj in pobj.conjuncts:  # "the leaders of France, Germany and Italy"
                            other = self.mention_at(conj)
                            if other is not None and other.kind in ("alias", "metonym"):
                                group.append(replace(group[0], actor=other.actor))
                        return self._as_group(group)
                    if child.lower_ == "of" and m is None:
                        inner = self.resolve(pobj, speaker, 3)
                        if inner and all(h.actor for h in inner):
                            return inner
        if not mods:
            for conj in tok.conjuncts:  # "the presidents and prime ministers of A, B and C"
                if conj.i > tok.i and conj.lemma_.lower() in lex.official_nouns:
                    shared = [h for h in self._official(conj, speaker) if h.actor]
                    if shared:
                        return shared
        pair = self._pair_before(tok)
        if pair:
            return pair
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            named = self._last_person_with_role(tok) if tok.tag_ == "NN" else None
            if named is not None:
                return [named]
            if speaker is not None or not mods:
                earlier = self._same_noun_before(tok)  # "European leaders ... the leaders said"
                if earlier:
                    return earlier
        if tok.lemma_.lower() in lex.source_nouns:
            return [Holder(_np_text(tok), source=_np_text(tok), anonymous=True)]
        return []

    def _national(self, tok: Token) -> bool:
        """A noun modified by an actor's name or demonym ("a Ukrainian source")."""
        return any(
            c.dep_ in ("amod", "compound", "nmod") and self.mention_at(c) is not None
            for c in tok.children
        )

    def names_conflict(self, m: Mention, tok: Token) -> bool:
        """The conflict's country (or its two parties, hyphenated) as a bare noun modifier: the
        subject of a document, not its owner ("the Ukraine peace plan", "the Russia-Ukraine
        plan"; but "the Ukrainian plan", "Ukraine's plan", "the US-Ukraine plan" are owned)."""
        if tok.dep_ != "compound" or m.kind != "alias":
            return False
        if m.actor == self.lex.theatre:
            return True
        # "the Russia-Ukraine peace plan": the two parties joined by a hyphen name the conflict
        doc, parties = tok.doc, self.lex.principal_parties
        if m.actor not in parties:
            return False
        for hyphen, other_i in ((tok.i - 1, tok.i - 2), (tok.i + 1, tok.i + 2)):
            if 0 <= other_i < len(doc) and doc[hyphen].text == "-":
                other = self.mention_at(doc[other_i])
                if other is not None and other.actor in parties and other.actor != m.actor:
                    return True
        return False

    def _same_noun_before(self, tok: Token) -> list[Holder]:
        """A definite "the leaders" names the group last named with the same noun and an actor."""
        lemma = tok.lemma_.lower()
        start = max(0, tok.sent.start - 150)
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep") for c in t.children
            ):
                continue  # another bare anaphor: keep looking for the full name
            m = self.mention_at(t)
            found = self._from_mention(m, t) if m is not None else self._official(t, None)
            actors = [replace(h, text=_np_text(tok), pronoun=True) for h in found if h.actor]
            return actors
        return []

    def _agreed_by(self, document: Token) -> list[Holder]:
        """Who agreed to, drafted or backs the document a relative clause describes: "Russia
        and the US agreed to a plan that would force Ukraine to cede land" (its terms are
        theirs, not only its named author's)."""
        if document.lemma_.lower() not in self.lex.document_nouns:
            return []
        verb = document.head
        if document.dep_ == "pobj" and verb.lower_ == "to":
            verb = verb.head
        elif document.dep_ != "dobj":
            return []
        if verb.lemma_.lower() not in _AGREEING:
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return []
        return [h for h in self.resolve(subject) if h.actor]

    def _pair_before(self, tok: Token) -> list[Holder]:
        """ "both sides", "the two leaders", "both delegations": the last two parties named
        in this sentence or the two before it."""
        if not _paired(tok) or tok.tag_ != "NNS":
            return []
        start = tok.sent.start
        for _ in range(2):  # back to the start of the sentence two before
            start = self.doc[start - 1].sent.start if start > 0 else start
        actors: list[str] = []
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start < start or m.actor is None:
                continue
            if m.kind not in ("alias", "metonym", "person", "demonym"):
                continue
            if m.actor not in actors:
                actors.append(m.actor)
        if len(actors) < 2:
            return []
        parties = [a for a in actors if a in self.lex.principal_parties]
        if tok.lemma_.lower() in ("side", "party", "delegation") and len(parties) == 2:
            actors = parties  # "both sides" of talks the warring parties are named in: theirs
        return [Holder(_np_text(tok), actor=a, pronoun=True) for a in reversed(actors[:2])]

    def _last_person_with_role(self, tok: Token) -> Holder | None:
        lemma = tok.lemma_.lower()
        for m in reversed(self.mentions):
            if m.start >= tok.i or tok.i - m.start > 400:
                continue
            if (
                m.kind == "person"
                and m.person is not None
                and lemma in m.person.role.lower().split()
            ):
                return Holder(_np_text(tok), actor=m.actor, person=True, pronoun=True)
        return None

    def _pronoun(self, tok: Token, speaker: list[Holder] | None) -> list[Holder]:
        lower = tok.lower_
        if lower in _RELATIVE:
            head = tok.head
            if head.dep_ != "relcl" or head.head.i == tok.i:
                return []
            antecedent: Token | None = head.head
            if lower in ("that", "which") and self._names_person(head.head):
                antecedent = _thing_before_person(head.head)
            if antecedent is None:
                return []
            found = self.resolve(antecedent, until=head.right_edge.i)  # not a later "and Y"
            return found + [h for h in self._agreed_by(antecedent) if h not in found]
        if lower in _FIRST_PERSON:
            return [replace(h, pronoun=True) for h in (speaker or [])]
        if lower in _PERSON_PRONOUNS and _quoted(tok):
            return self._antecedent(tok, person=True)  # '"he is preparing to reject it," X said'
        if speaker and (lower in _PERSON_PRONOUNS) == any(h.person for h in speaker):
            return [replace(h, pronoun=True) for h in speaker]
        if lower in _PERSON_PRONOUNS:
            return self._antecedent(tok, person=True)
        if lower in _THING_PRONOUNS:
            if speaker and all(h.person for h in speaker) and lower in ("it", "its"):
                # "Wadephul stressed that Russia started the war, it refuses ...": a person
                # is no "it"; a state named as a subject before it in the sentence is
                named = self._subject_state_before(tok)
                if named:
                    return named
            if speaker:
                return [replace(h, pronoun=True) for h in speaker]
            return self._antecedent(tok, person=False)
        return []

    def _subject_state_before(self, tok: Token) -> list[Holder]:
        """The nearest state or organisation named as a subject earlier in ``tok``'s sentence."""
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            t = self.doc[i]
            m = self.mention_at(t)
            if (
                m is not None
                and m.kind in ("alias", "metonym")
                and i == m.end - 1
                and any(  # "the Coalition of the Willing": its head word is the subject
                    self.doc[j].dep_ in ("nsubj", "nsubjpass") for j in range(m.start, m.end)
                )
            ):
                return [replace(h, pronoun=True) for h in self._from_mention(m, t) if h.actor]
        return []

    def _names_person(self, tok: Token) -> bool:
        m = self.mention_at(tok)
        return (m is not None and m.kind == "person") or tok.ent_type_ == "PERSON"

    def _subject_like(self, t: Token) -> bool:
        """Heads or modifiers of a subject: the usual antecedents of a subject pronoun."""
        self_partner_nouns = self.lex.partner_nouns
        cur = t
        if t.dep_ == "ROOT" or (
            t.dep_ == "poss"
            and t.head.dep_ in ("nsubj", "nsubjpass")
            and t.head.lemma_.lower() not in self_partner_nouns
        ):
            return True  # a heading ("And Ukraine?"), or "Kyiv's red line is ... It refused"
        for _ in range(4):
            if cur.dep_ in ("nsubj", "nsubjpass"):
                return True
            if cur.dep_ in ("compound", "amod", "appos", "conj", "flat", "nmod"):
                cur = cur.head
                continue
            if cur.dep_ == "pobj" and cur.head.lower_ in ("including", "of"):
                cur = cur.head.head
                continue
            return False
        return False

    def _antecedent(self, tok: Token, person: bool) -> list[Holder]:
        """The nearest earlier fitting mention within the sentence or the few before it."""
        sent_start = tok.sent.start
        window_start = sent_start
        prev = sent_start - 1
        for _ in range(5 if person else 2):
            if prev < 0:
                break
            window_start = self.doc[prev].sent.start
            prev = window_start - 1
        if not person:
            return self._group_antecedent(tok, window_start)
        for i in range(tok.i - 1, window_start - 1, -1):
            t = self.doc[i]
            if not self._subject_like(t):
                continue  # "Kyiv's allies", "talks in Berlin": not the antecedent of a subject
            if self._postposed_source(t):
                continue  # "Lavrov objected, an official told NBC. He ...": Lavrov
            m = self.mention_at(t)
            if m is not None and m.kind != "outlet" and i == m.end - 1:
                is_person = m.kind == "person"
                if is_person == person and m.kind != "demonym":
                    return [replace(h, pronoun=True) for h in self._from_mention(m, t)]
            if (
                person
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in _PERSON_ROLES
                and t.dep_ in ("nsubj", "nsubjpass")
            ):
                # "The Russian president said ... He called this the minimum"
                found = [h for h in self._official(t, None) if h.actor]
                if found:
                    return [replace(h, pronoun=True, person=True) for h in found]
            if person and t.ent_type_ == "PERSON" and t.text in self.registry:
                return [
                    Holder(t.text, commentator=self.registry[t.text], person=True, pronoun=True)
                ]
            if person and t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "nsubjpass"):
                return []  # an unknown person: not an actor we know
        return []

    def _postposed_source(self, t: Token) -> bool:
        """An unnamed source reporting the clause before it ("X objected, a senior official
        told NBC"): the news, not its teller, is what a following "he" continues."""
        verb = t.head
        return (
            t.dep_ == "nsubj"
            and t.lemma_.lower() in self.lex.source_nouns
            and any(d.lower_ in ("a", "an") for d in t.children if d.dep_ == "det")
            and verb.lemma_.lower() in self.lex.reporting
            and any(c.dep_ == "ccomp" and c.i < t.i for c in verb.children)
        )

    def _group_antecedent(self, tok: Token, window_start: int) -> list[Holder]:
        """ "it"/"they": the nearest earlier main-clause subject of fitting number. If that
        subject names no actor ("the leaders said ... They also agreed"), nothing: never skip
        over it to an actor further away."""
        plural = tok.lower_ in ("they", "their", "them")
        provides = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _PROVIDING
        for i in range(tok.i - 1, window_start - 1, -1):
            t = self.doc[i]
            if (
                provides
                and not plural
                and t.dep_ == "dobj"
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in self.lex.document_nouns
                and t.head.dep_ == "ROOT"
            ):
                # "Moscow received the U.S. draft. It also requires Y": the draft, not Moscow
                owners = self._document_owners(t)
                if not owners and _authors(t.head):
                    owners = self._subject_authors(t.head)
                if owners:
                    return [replace(h, text=tok.text, pronoun=True) for h in owners]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
                continue
            if provides and not plural and t.lemma_.lower() in self.lex.document_nouns:
                # "the U.S. plan envisaged X. It also required Y": the plan, so its author
                owners = self._document_owners(t) or self._document_antecedent(t)
                if owners:
                    return [replace(h, text=tok.text, pronoun=True) for h in owners]
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            if not main and t.sent.start == tok.sent.start and t.head.i > tok.i:
                continue
            if not main and t.sent.start != tok.sent.start:
                continue
            is_plural = t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts)
            found = self.resolve(t)
            if not plural and (t.ent_type_ == "PERSON" or (found and all(h.person for h in found))):
                continue  # a person is no "it": "The plan asks X. Zelensky refused. It also ..."
            actors = [replace(h, pronoun=True) for h in found if h.actor and not h.person]
            if actors and (plural == is_plural or self._bloc(found)):
                return actors
            if actors and plural != is_plural:
                continue
            if main and plural and not actors and t.sent.start != tok.sent.start:
                voice = self._according_voice(t.sent)
                if voice:  # "According to the leaders, an approach ... They also declared"
                    return [replace(h, text=tok.text, pronoun=True) for h in voice]
            if t.pos_ in ("NOUN", "PROPN") and plural == is_plural:
                # "Kyiv's red line is territory. It has refused ...": the possessor acts
                partner = t.lemma_.lower() in self.lex.partner_nouns
                for poss in t.children:
                    m = self.mention_at(poss) if poss.dep_ == "poss" else None
                    if m is not None and m.kind in ("alias", "metonym") and not (plural or partner):
                        return [replace(h, pronoun=True) for h in self._from_mention(m, poss)]
                return []
        return []

    def _according_voice(self, sent: Span) -> list[Holder]:
        """The actors an "According to X," at the head of ``sent`` names (a group)."""
        first = sent[0]
        if first.lower_ != "according":
            return []
        return [
            h
            for to in first.children
            if to.lower_ == "to"
            for p in to.children
            if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")
            for h in self.resolve(p)
            if h.actor and not h.person
        ]

    def _document_antecedent(self, tok: Token) -> list[Holder]:
        """ "the draft promises ...": the nearest earlier document named with its owner."""
        for i in range(tok.i - 1, -1, -1):  # the plan an article is about is named once
            t = self.doc[i]
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.document_nouns:
                owners = self._document_owners(t)
                verb: Token | None = t.head
                if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_ == "work":
                    verb = t.head.head  # "Europe is working with Kyiv on a proposal"
                elif t.dep_ != "dobj" or not _authors(t.head):
                    verb = None
                if not owners and verb is not None:
                    # "Washington drafted a plan. The plan would ...": its author speaks
                    owners = self._subject_authors(verb)
                    owners += [  # "... with Ukraine": its co-author
                        h
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children
                        if p.dep_ == "pobj"
                        for h in self.resolve(p, None, 1)
                        if h.actor and not h.pronoun and h.actor not in {o.actor for o in owners}
                    ]
                if owners:
                    return [replace(h, text=_np_text(tok), pronoun=True) for h in owners]
        return []

    def _subject_authors(self, verb: Token) -> list[Holder]:
        """The actors named as subject of a verb that authors a document ("Washington drafted
        a plan")."""
        return [
            h
            for c in verb.children
            if c.dep_ == "nsubj"
            for h in self.resolve(c, None, 1)
            if h.actor and not h.pronoun
        ]

    def _as_group(self, holders: list[Holder]) -> list[Holder]:
        """One group named by its members ("the leaders of France, Germany and Poland"): each
        member and, with a bloc's quorum of members, the bloc acting together (the guide's
        "European governments acting together"), as for a coordinated subject."""
        out = list(dict.fromkeys(holders))
        for bloc in self.quorum_blocs(holders):
            out = [replace(holders[0], actor=bloc), *out]
        return out

    def quorum_blocs(self, holders: list[Holder]) -> dict[str, list[Holder]]:
        """The blocs (pack ``member_of``) with at least ``BLOC_QUORUM`` distinct members among
        ``holders``, each with one holder per member."""
        counts: dict[str, list[Holder]] = {}
        for h in holders:
            for bloc in self.lex.blocs.get(h.actor or "", ()):
                members = counts.setdefault(bloc, [])
                if all(o.actor != h.actor for o in members):
                    members.append(h)
        return {bloc: ms for bloc, ms in counts.items() if len(ms) >= BLOC_QUORUM}

    def _document_owners(self, tok: Token, speaker: list[Holder] | None = None) -> list[Holder]:
        """Who a document speaks for: named on it ("the U.S. plan", "Trump's draft", "the
        proposal, backed by Washington") or else known by its name alone ("the 28-point plan")."""
        lex = self.lex
        owners = [
            replace(h, anonymous=False)
            for h in self._official(tok, speaker)
            if h.actor and not h.pronoun
        ]
        for acl in tok.children:  # "the proposal, backed by Washington, ..."
            lemma = acl.lemma_.lower()
            if acl.dep_ == "acl" and (lemma in lex.support_verbs or _authors(acl)):
                for agent in acl.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            owners += [h for h in self.resolve(pobj, speaker) if h.actor]
        if owners or not lex.known_documents or any(c.dep_ == "poss" for c in tok.children):
            return owners  # "his own 20-point plan": its owner, not the name's usual one
        phrase = tok.doc[tok.left_edge.i : tok.i + 1].text
        return [
            Holder(_np_text(tok), actor=actor)
            for regex, actor in lex.known_documents
            if regex.search(phrase)
        ]

    def _bloc(self, holders: list[Holder]) -> bool:
        kinds = set()
        for h in holders:
            for actor in self.lex.pack.actors:
                if actor.id == h.actor:
                    kinds.add(actor.kind)
        return bool(kinds & {"bloc", "organisation"})


def _thing_before_person(person: Token) -> Token | None:
    """What a "which"/"that" after a person's name stands for (those never mean a person):
    the thing the name hangs on ("talks with Witkoff, which ...", "a proposal from Putin,
    conveyed by Trump, that ..."), or None."""
    cur = person
    while cur.dep_ in ("compound", "flat", "appos", "conj") and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "pobj":
        return None
    host = cur.head.head
    if host.pos_ in ("NOUN", "PROPN") and host.ent_type_ != "PERSON":
        return host
    if host.pos_ == "VERB" and host.dep_ == "acl":
        return host.head  # "a proposal conveyed by Trump, that ..."
    if host.pos_ == "VERB" and host.dep_ == "advcl":  # the same, the participle misattached
        return next((c for c in host.head.children if c.dep_ == "dobj"), None)
    return None
