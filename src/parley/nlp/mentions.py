"""Find the pack's actors, people and news outlets named in a parsed document.

Names are matched as whole tokens, case-sensitively (so the pronoun "us" is not the U.S.), with
the longest match winning (so "Washington Post" is an outlet, not Washington). Whether a mention
*acts* (a holder) or is only named (a venue, a possessor) is decided later from the syntax.

Example::

    finder = MentionFinder(nlp, load_pack("ukraine"))
    [m.actor for m in finder.find(nlp("Lavrov met Rubio in Riyadh."))]   # ['RUS', 'USA']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from parley.packs.model import Pack, Person

__all__ = ["Mention", "MentionFinder", "MentionKind"]

MentionKind = Literal["alias", "metonym", "demonym", "public", "person", "outlet"]

_PRIORITY: dict[str, int] = {
    "outlet": 0,
    "person": 1,
    "alias": 2,
    "metonym": 3,
    "public": 4,
    "demonym": 5,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the document: token span ``[start, end)``, what it names."""

    start: int
    end: int
    kind: MentionKind
    actor: str | None
    person: Person | None
    text: str


def _variants(name: str) -> set[str]:
    name = name.strip()
    if name.lower().startswith("the ") and len(name) > 4:
        bare = name[4:]
        if bare[:1].islower():  # "the administration", "the alliance": only with the article
            return {name, "The " + bare}
        return {bare, bare[:1].upper() + bare[1:]}
    return {name, name[:1].upper() + name[1:]}


class MentionFinder:
    """Compiled name matchers of one pack (build once per process, reuse for every document)."""

    def __init__(self, nlp: Language, pack: Pack) -> None:
        self.pack = pack
        self._vocab = nlp.vocab
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[MentionKind, str | None, Person | None]] = {}
        self._tok = nlp.make_doc  # tokenise names exactly like the texts, without the pipeline
        for actor in pack.actors:
            self._add("alias", actor.id, None, [*actor.aliases, actor.name])
            self._add("metonym", actor.id, None, actor.metonyms)
            self._add("demonym", actor.id, None, actor.demonyms)
            self._add("public", actor.id, None, actor.public_demonyms)
            for n, person in enumerate(actor.people):
                self._add("person", actor.id, person, person.names, suffix=str(n))
        self._add("outlet", None, None, pack.lexicon.outlets)
        # every capitalised word of a name: kept when a title-case headline is sentence-cased
        self.name_words = frozenset(
            w
            for actor in pack.actors
            for name in [
                *actor.aliases,
                actor.name,
                *actor.metonyms,
                *actor.demonyms,
                *actor.public_demonyms,
                *(n for person in actor.people for n in person.names),
            ]
            for w in name.split()
            if w[:1].isupper()
        )
        # one-word names under a spelling that folds transliteration variants ("Sybiha",
        # "Sibiga", "Sybiga"); a key two people share is ambiguous and left out
        spelled: dict[str, tuple[str, Person] | None] = {}
        for actor in pack.actors:
            for person in actor.people:
                for name in person.names:
                    if " " in name:
                        continue  # only a surname the pack accepts alone ("Graham" is not)
                    key = _folded(name)
                    if len(key) >= _MIN_FOLDED:
                        prior = spelled.get(key, (actor.id, person))
                        same = prior is not None and prior[1] is person
                        spelled[key] = (actor.id, person) if same else None
        self._spelled = {k: v for k, v in spelled.items() if v is not None}

    def _add(
        self,
        kind: MentionKind,
        actor: str | None,
        person: Person | None,
        names: list[str],
        suffix: str = "",
    ) -> None:
        if not names:
            return
        key = f"{kind}|{actor or ''}|{suffix}"
        patterns = [self._tok(v) for name in names for v in sorted(_variants(name)) if v]
        self._matcher.add(key, patterns)
        self._keys[self._vocab.strings[key]] = (kind, actor, person)

    def find(self, doc: Doc) -> list[Mention]:
        """Every name in ``doc``, longest first, without overlaps, in text order."""
        spans = []
        for match_id, start, end in self._matcher(doc):
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non":
                continue  # "non-European countries" are not the Europeans
            kind, _, _ = self._keys[match_id]
            span = doc[start:end]
            span.label = match_id
            spans.append((span, _PRIORITY[kind]))
        # filter_spans keeps the longest span; among equal lengths, the first one given.
        spans.sort(key=lambda sp: (sp[1], sp[0].start))
        kept = filter_spans([s for s, _ in spans])
        out = []
        for span in kept:
            kind, actor, person = self._keys[span.label]
            out.append(Mention(span.start, span.end, kind, actor, person, span.text))
        out += self._surnames(doc, out)
        out.sort(key=lambda m: m.start)
        return out

    def _surnames(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """People named by surname alone: when the article names them in full (the body
        after a headline's "Graham says ...", or "Lindsey Graham ... Graham said"), or under
        another transliteration of a one-word name ("Sibiga" for Sybiha)."""
        covered = {i for m in found for i in range(m.start, m.end)}
        named: dict[str, tuple[str | None, Person]] = {}
        for m in found:
            if m.kind == "person" and m.person is not None and m.end - m.start >= 2:
                named.setdefault(doc[m.end - 1].text, (m.actor, m.person))
        out = []
        for tok in doc:
            if tok.i in covered or not tok.text[:1].isupper() or not tok.text.isalpha():
                continue
            hit = named.get(tok.text)
            if hit is not None:
                out.append(Mention(tok.i, tok.i + 1, "person", hit[0], hit[1], tok.text))
                continue
            spelled = self._spelled.get(_folded(tok.text))
            if spelled is not None:
                out.append(Mention(tok.i, tok.i + 1, "person", spelled[0], spelled[1], tok.text))
        return out


_MIN_FOLDED = 5
_FOLDS = (("kh", "h"), ("h", "g"), ("y", "i"), ("ii", "i"), ("j", "i"))


def _folded(surname: str) -> str:
    """One spelling for the common transliterations of a Slavic surname: Sybiha, Sibiga and
    Sybiga; Hnatov and Gnatov; Zelenskyy and Zelenskiy."""
    out = surname.lower()
    for a, b in _FOLDS:
        out = out.replace(a, b)
    return out
