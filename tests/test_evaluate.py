"""Scoring against gold files: micro P/R/F1, breakdowns, error listing, doc matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.models import Commentary, Extraction, Position
from parley.nlp.evaluate import doc_key, evaluate, load_gold


def _pos(actor: str, issue: str, stance: str, sentence: str = "A sentence.") -> Position:
    return Position(
        actor=actor,
        issue=issue,
        stance=stance,  # type: ignore[arg-type]
        holder=actor,
        sentence=sentence,
        start=0,
        end=len(sentence),
    )


def _gold(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "g.gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_micro_scores_and_breakdowns(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {
                "doc": "a.txt",
                "positions": [["RUS", "territory", "support"], ["UKR", "territory", "oppose"]],
            },
            {"doc": "b.txt", "positions": [["USA", "ceasefire", "support"]]},
        ],
    )
    extractions = [
        Extraction(
            path="/x/a.txt",
            article={},
            positions=[
                _pos("RUS", "territory", "support", "Moscow wants the land."),
                _pos(
                    "RUS", "territory", "support", "The Kremlin repeated it."
                ),  # same triple twice
                _pos(
                    "UKR", "territory", "support", "Kyiv will give up land."
                ),  # wrong stance: FP + FN
            ],
        ),
        Extraction(path="b.txt", article={}, positions=[_pos("USA", "ceasefire", "support")]),
    ]
    report = evaluate(gold, extractions)
    assert (report.total.tp, report.total.fp, report.total.fn) == (2, 1, 1)
    assert report.precision == pytest.approx(2 / 3)
    assert report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.per_issue["territory"].tp == 1
    assert report.per_issue["territory"].fp == 1
    assert report.per_issue["ceasefire"].f1 == 1.0
    assert report.per_actor["UKR"].fn == 1
    assert report.per_doc["a.txt"].tp == 1
    fp = next(e for e in report.errors if e.kind == "fp")
    assert (fp.doc, fp.actor, fp.stance, fp.sentences) == (
        "a.txt",
        "UKR",
        "support",
        ["Kyiv will give up land."],
    )
    fn = next(e for e in report.errors if e.kind == "fn")
    assert (fn.actor, fn.stance) == ("UKR", "oppose")
    assert fn.sentences == ["Kyiv will give up land."]
    assert "stance support" in fn.note
    data = report.to_json()
    assert data["f1"] == pytest.approx(0.6667, abs=1e-4)
    json.dumps(data)  # plain JSON


def test_only_guide_ids_count(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {
                "doc": "a.txt",
                "positions": [["RUS", "ceasefire", "oppose"], ["XYZ", "ceasefire", "oppose"]],
            }
        ],
    )
    extraction = Extraction(
        path="a.txt",
        article={},
        positions=[
            _pos("RUS", "ceasefire", "oppose"),
            _pos("BLR", "ceasefire", "oppose"),  # an actor the guide does not know: ignored
            _pos(
                "RUS", "prisoner_exchange", "support"
            ),  # an issue the guide does not know: ignored
        ],
    )
    report = evaluate(gold, [extraction])
    assert (report.total.tp, report.total.fp, report.total.fn) == (1, 0, 0)


def test_missing_and_extra_documents(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {"doc": "a.txt", "positions": [["RUS", "ceasefire", "oppose"]]},
            {"doc": "b.txt", "positions": []},
        ],
    )
    report = evaluate(
        gold, [Extraction(path="c.txt", article={}, positions=[_pos("RUS", "ceasefire", "oppose")])]
    )
    assert report.docs == 2
    assert report.docs_missing == ["a.txt", "b.txt"]
    assert report.docs_ignored == ["c.txt"]
    assert (report.total.tp, report.total.fp, report.total.fn) == (0, 0, 1)
    assert report.errors[0].note == "document not extracted"
    assert report.f1 == 0.0


def test_feed_entries_are_keyed_by_index(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path, [{"doc": "feed.xml#1", "positions": [["UKR", "eu_accession", "support"]]}]
    )
    extractions = [
        Extraction(
            path="dir/feed.xml#0", article={}, positions=[_pos("UKR", "sanctions", "support")]
        ),
        Extraction(
            path="dir/feed.xml#1", article={}, positions=[_pos("UKR", "eu_accession", "support")]
        ),
    ]
    report = evaluate(gold, extractions)
    assert report.f1 == 1.0
    assert doc_key("a/b/feed.xml#12") == "feed.xml#12"
    assert doc_key("a/b/c.txt") == "c.txt"


def test_fn_candidate_from_commentary(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path, [{"doc": "a.txt", "positions": [["EUROPE", "reconstruction", "support"]]}]
    )
    comment = Commentary(
        holder="an economist",
        holder_kind="analyst",
        issue="reconstruction",
        stance="support",
        sentence="An economist said rebuilding needs money.",
        start=0,
        end=41,
    )
    report = evaluate(gold, [Extraction(path="a.txt", article={}, commentary=[comment])])
    (fn,) = report.errors
    assert fn.sentences == ["An economist said rebuilding needs money."]
    assert "commentary" in fn.note


def test_bad_gold_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"doc": "a.txt", "positions": []}\n{"doc": 1, "positions": [["RUS"]]}\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        load_gold(path)
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


def test_seeds_gold_loads(seeds_dir: Path) -> None:
    gold = load_gold(seeds_dir.parent / "eval" / "seeds.gold.jsonl")
    assert len(gold) == 5
    assert sum(len(g.positions) for g in gold.values()) == 50


def test_fn_candidate_from_the_text(tmp_path: Path) -> None:
    from parley.packs import load_pack

    gold = _gold(tmp_path, [{"doc": "a.txt", "positions": [["RUS", "ceasefire", "oppose"]]}])
    text = (
        "Talks went on all night. A truce was discussed by the delegations.\n"
        "The Kremlin said a ceasefire now would only help Kyiv rearm. Nothing else was agreed."
    )
    extraction = Extraction(path="a.txt", article={}, text=text)
    report = evaluate(gold, [extraction], pack=load_pack("ukraine"))
    (fn,) = report.errors
    assert fn.sentences == ["The Kremlin said a ceasefire now would only help Kyiv rearm."]
    assert "closest sentence" in fn.note
    without_pack = evaluate(gold, [extraction])
    assert without_pack.errors[0].sentences == []


def test_public_entry_points_are_callable(tmp_path: Path) -> None:
    import parley
    import parley.nlp
    import parley.nlp.evaluate as module

    gold = _gold(tmp_path, [{"doc": "a.txt", "positions": [["RUS", "ceasefire", "oppose"]]}])
    extraction = Extraction(
        path="a.txt", article={}, positions=[_pos("RUS", "ceasefire", "oppose")]
    )
    for entry in (parley.evaluate, parley.nlp.evaluate, module):
        assert entry(gold, [extraction]).f1 == 1.0
