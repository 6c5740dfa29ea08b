"""Score extractions against a gold file, as ``../shared/eval/GUIDE.md`` defines it.

A document's predicted triples are the set of its positions' (actor, issue, stance); only the
guide's actor and issue ids count. Scores are micro precision, recall and F1 over every gold
document's triples, with a breakdown per issue and per actor, and every error listed with the
sentences that caused it (false positive) or the closest thing the extractor did find (false
negative), so a drop in F1 can be read, not just seen.

Documents are matched by file name; a feed entry is ``<file>#<index>``.

Example::

    from parley.nlp import evaluate, extract_paths
    report = evaluate("seeds.gold.jsonl", extract_paths(["seeds/"], pack=load_pack("ukraine")))
    print(report.f1)
"""

from __future__ import annotations

import json
import logging
import re
import sys
import types
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from parley.errors import InputError
from parley.models import Extraction
from parley.packs.model import Pack
from parley.settings import Settings

__all__ = [
    "GUIDE_ACTORS",
    "GUIDE_ISSUES",
    "EvalError",
    "EvalReport",
    "GoldDoc",
    "Scores",
    "doc_key",
    "evaluate",
    "evaluate_paths",
    "load_gold",
    "load_predictions",
]

log = logging.getLogger(__name__)

GUIDE_ACTORS: frozenset[str] = frozenset(
    [
        "UKR",
        "RUS",
        "USA",
        "EUROPE",
        "NATO",
        "GBR",
        "FRA",
        "DEU",
        "ITA",
        "POL",
        "CAN",
        "TUR",
        "CHN",
        "HUN",
        "FIN",
        "UN",
    ]
)
GUIDE_ISSUES: frozenset[str] = frozenset(
    [
        "territory",
        "security_guarantees",
        "nato_membership",
        "foreign_troops",
        "ceasefire",
        "monitoring",
        "sanctions",
        "armed_forces",
        "eu_accession",
        "reconstruction",
        "peace_plan",
    ]
)

Triple = tuple[str, str, str]


class GoldDoc(BaseModel):
    """One line of a ``*.gold.jsonl`` file."""

    doc: str
    positions: list[tuple[str, str, Literal["support", "oppose"]]] = Field(default_factory=list)


class Scores(BaseModel):
    """Counts and micro scores for one slice (all, one issue, one actor)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class EvalError(BaseModel):
    """A false positive (predicted, not in gold) or false negative (in gold, not predicted)."""

    doc: str
    kind: Literal["fp", "fn"]
    actor: str
    issue: str
    stance: str
    sentences: list[str] = Field(
        default_factory=list,
        description="FP: the sentences the triple was read from. FN: the best candidate, if any.",
    )
    note: str = ""


class EvalReport(BaseModel):
    """The result of :func:`evaluate`; ``precision``/``recall``/``f1`` are micro over all docs."""

    gold_path: str
    docs: int
    docs_missing: list[str] = Field(
        default_factory=list,
        description="Gold documents with no extraction (all their triples are FN).",
    )
    docs_ignored: list[str] = Field(
        default_factory=list, description="Extracted documents not in the gold file (not scored)."
    )
    total: Scores
    per_issue: dict[str, Scores]
    per_actor: dict[str, Scores]
    per_doc: dict[str, Scores]
    errors: list[EvalError]

    @property
    def precision(self) -> float:
        return self.total.precision

    @property
    def recall(self) -> float:
        return self.total.recall

    @property
    def f1(self) -> float:
        return self.total.f1

    def to_json(self) -> dict[str, object]:
        """A plain-JSON form with the derived scores spelled out."""
        return {
            "gold": self.gold_path,
            "docs": self.docs,
            "docs_missing": self.docs_missing,
            "docs_ignored": self.docs_ignored,
            **self.total.as_dict(),
            "per_issue": {k: v.as_dict() for k, v in sorted(self.per_issue.items())},
            "per_actor": {k: v.as_dict() for k, v in sorted(self.per_actor.items())},
            "per_doc": {k: v.as_dict() for k, v in sorted(self.per_doc.items())},
            "errors": [e.model_dump() for e in self.errors],
        }


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """Read a gold JSONL file into ``{doc key: GoldDoc}``; a bad line raises :class:`InputError`."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror or exc})") from None
    gold: dict[str, GoldDoc] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = GoldDoc.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise InputError(f"{path}:{number}", f"not a gold record ({first})") from None
        key = doc_key(record.doc)
        if key in gold:
            gold[key].positions.extend(record.positions)
        else:
            gold[key] = record
    return gold


def load_predictions(path: str | Path) -> list[Extraction]:
    """Read saved ``parley extract --format jsonl`` output (one extraction per line).

    Example: ``evaluate("dev.gold.jsonl", load_predictions("dev.pred.jsonl"))``.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read predictions ({exc.strerror or exc})") from None
    out: list[Extraction] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(Extraction.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise InputError(f"{path}:{number}", f"not an extraction record ({first})") from None
    return out


def doc_key(path: str) -> str:
    """The name documents are matched by: the file name, with a feed entry's ``#index`` kept.

    Example::

        >>> doc_key("/data/seeds/000_abc.txt"), doc_key("news/feed.xml#3")
        ('000_abc.txt', 'feed.xml#3')
    """
    base, sep, index = path.partition("#")
    name = Path(base).name if base else base
    return f"{name}{sep}{index}"


def _predicted(
    extraction: Extraction, actors: frozenset[str], issues: frozenset[str]
) -> dict[Triple, list[str]]:
    triples: dict[Triple, list[str]] = {}
    for p in extraction.positions:
        if p.actor in actors and p.issue in issues:
            sentences = triples.setdefault((p.actor, p.issue, p.stance), [])
            if p.sentence not in sentences:
                sentences.append(p.sentence)
    return triples


def _best_candidate(triple: Triple, extraction: Extraction | None) -> tuple[list[str], str]:
    """For a missed triple, what the extractor found closest to it, best first."""
    if extraction is None:
        return [], "document not extracted"
    actor, issue, stance = triple
    flipped = [p for p in extraction.positions if p.actor == actor and p.issue == issue]
    if flipped:
        return [flipped[0].sentence], f"extracted with stance {flipped[0].stance}"
    other_actor = [p for p in extraction.positions if p.issue == issue and p.stance == stance]
    if other_actor:
        holders = sorted({p.actor for p in other_actor})
        return [other_actor[0].sentence], f"issue found with holder {', '.join(holders)}"
    commentary = [c for c in extraction.commentary if c.issue == issue]
    if commentary:
        return [commentary[0].sentence], f"read as commentary by {commentary[0].holder}"
    same_actor = [p for p in extraction.positions if p.actor == actor]
    if same_actor:
        found = sorted({p.issue for p in same_actor})
        return [], f"actor found on other issues: {', '.join(found)}"
    return [], "nothing close extracted"


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+|\n\s*")


def _text_candidate(text: str, actor: str, issue: str, pack: Pack) -> str | None:
    """The sentence of ``text`` that names both the issue and the actor, or failing that the
    first that names the issue: where a reader would look for the missed position."""
    try:
        cues = [re.compile(c.pattern, re.IGNORECASE) for c in pack.issue(issue).cues if not c.weak]
        who = pack.actor(actor)
    except KeyError:
        return None
    names = [who.name, *who.aliases, *who.metonyms, *who.demonyms]
    names += [n for person in who.people for n in person.names]
    name_re = re.compile(
        r"\b(?:"
        + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
        + r")\b"
    )
    best: tuple[int, str] | None = None
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if not sentence or not any(c.search(sentence) for c in cues):
            continue
        score = 2 if name_re.search(sentence) else 1
        if best is None or score > best[0]:
            best = (score, sentence)
            if score == 2:
                break
    return best[1] if best else None


def evaluate(
    gold_path: str | Path,
    extractions: Iterable[Extraction],
    *,
    actors: Iterable[str] = GUIDE_ACTORS,
    issues: Iterable[str] = GUIDE_ISSUES,
    pack: Pack | None = None,
) -> EvalReport:
    """Score ``extractions`` against the gold file at ``gold_path`` (see the module docstring).

    With ``pack`` and extractions that carry their text, a missed triple with nothing close in
    the extraction shows the text's sentence that names the issue (and the actor, if one does).

    Example::

        >>> from parley.models import Extraction, Position
        >>> import json, tempfile
        >>> gold = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
        >>> line = {"doc": "a.txt", "positions": [["RUS", "ceasefire", "oppose"]]}
        >>> _ = gold.write(json.dumps(line))
        >>> gold.close()
        >>> pos = Position(actor="RUS", issue="ceasefire", stance="oppose", holder="Moscow",
        ...                sentence="Moscow rejected a truce.", start=0, end=24)
        >>> evaluate(gold.name, [Extraction(path="x/a.txt", article={}, positions=[pos])]).f1
        1.0
    """
    actor_ids, issue_ids = frozenset(actors), frozenset(issues)
    gold = load_gold(gold_path)
    by_key: dict[str, Extraction] = {}
    ignored: list[str] = []
    for extraction in extractions:
        key = doc_key(extraction.path)
        if key not in gold:
            ignored.append(key)
            continue
        if key in by_key:  # the same file given twice: merge
            by_key[key].positions.extend(extraction.positions)
            by_key[key].commentary.extend(extraction.commentary)
        else:
            by_key[key] = extraction.model_copy(deep=True)

    total = Scores()
    per_issue: dict[str, Scores] = defaultdict(Scores)
    per_actor: dict[str, Scores] = defaultdict(Scores)
    per_doc: dict[str, Scores] = {}
    errors: list[EvalError] = []
    missing: list[str] = []
    for key, record in gold.items():
        gold_set: set[Triple] = {
            (a, i, s) for a, i, s in record.positions if a in actor_ids and i in issue_ids
        }
        found = by_key.get(key)
        if found is None:
            missing.append(key)
            log.warning("gold document %s has no extraction; its triples count as missed", key)
        predicted = _predicted(found, actor_ids, issue_ids) if found else {}
        doc_scores = per_doc.setdefault(key, Scores())
        for triple in sorted(gold_set | set(predicted)):
            actor, issue, stance = triple
            slices = (total, per_issue[issue], per_actor[actor], doc_scores)
            if triple in gold_set and triple in predicted:
                for s in slices:
                    s.tp += 1
            elif triple in predicted:
                for s in slices:
                    s.fp += 1
                errors.append(
                    EvalError(
                        doc=key,
                        kind="fp",
                        actor=actor,
                        issue=issue,
                        stance=stance,
                        sentences=predicted[triple],
                    )
                )
            else:
                for s in slices:
                    s.fn += 1
                sentences, note = _best_candidate(triple, found)
                if not sentences and pack is not None and found is not None and found.text:
                    candidate = _text_candidate(found.text, actor, issue, pack)
                    if candidate:
                        sentences = [candidate]
                        note += "; closest sentence in the text"
                errors.append(
                    EvalError(
                        doc=key,
                        kind="fn",
                        actor=actor,
                        issue=issue,
                        stance=stance,
                        sentences=sentences,
                        note=note,
                    )
                )
    if ignored:
        log.info(
            "%d extracted documents are not in the gold file: %s",
            len(ignored),
            ", ".join(ignored[:5]),
        )
    return EvalReport(
        gold_path=str(gold_path),
        docs=len(gold),
        docs_missing=missing,
        docs_ignored=ignored,
        total=total,
        per_issue=dict(per_issue),
        per_actor=dict(per_actor),
        per_doc=per_doc,
        errors=errors,
    )


def evaluate_paths(
    gold_path: str | Path, paths: Iterable[str], *, settings: Settings | None = None
) -> EvalReport:
    """Extract ``paths`` with the settings' pack and jobs, then score them against the gold file.

    Example::

        report = evaluate_paths("seeds.gold.jsonl", ["seeds/"])
    """
    from parley.nlp.extract import extract_paths
    from parley.packs import load_pack

    settings = settings or Settings()
    load_gold(gold_path)  # a bad gold file fails before the slow part
    pack = load_pack(settings.pack)
    extractions = extract_paths(
        list(paths), pack=pack, jobs=settings.jobs, settings=settings, with_text=True
    )
    return evaluate(gold_path, extractions, pack=pack)


class _CallableModule(types.ModuleType):
    """``parley.nlp.evaluate`` is both this module and the function: once the submodule is
    imported, the package attribute is the module, so the module forwards calls to it."""

    def __call__(self, *args: Any, **kwargs: Any) -> EvalReport:
        return evaluate(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
