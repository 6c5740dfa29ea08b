"""The analyses on a stored corpus with known positions (tests/analysis_corpus.py), on SQLite and
PostgreSQL: exact matrix, timeline, shifts, contradictions, sticking points, sources, deals and
the changes digest."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from analysis_corpus import build_corpus
from parley.analysis import (
    Filters,
    changes_digest,
    common_ground,
    contradictions,
    evaluate_deal,
    evidence,
    framing_counts,
    load_proposal,
    position_matrix,
    source_profiles,
    stance_shifts,
    sticking_points,
    timeline,
)
from parley.errors import InputError
from parley.packs import resolve_pack_dir
from parley.store import open_engine
from parley.store.schema import Article

D = dt.date


@pytest.fixture
def engine(db_url: str) -> Engine:
    eng = open_engine(db_url)
    build_corpus(eng)
    return eng


def _summary(engine: Engine, filters: Filters) -> dict[tuple[str, str], tuple[object, ...]]:
    m = position_matrix(engine, filters)
    return {
        (c.actor, c.issue): (
            c.stance,
            c.support.articles,
            c.oppose.articles,
            c.articles,
            c.outlets,
            c.latest_date,
            c.strongest_modality,
        )
        for c in m.cells
    }


def test_matrix_exact(engine: Engine) -> None:
    assert _summary(engine, Filters()) == {
        ("RUS", "ceasefire"): ("mixed", 1, 1, 2, 1, D(2025, 11, 17), "firm"),
        ("RUS", "security_guarantees"): ("oppose", 0, 1, 1, 1, D(2025, 10, 6), "reported"),
        ("RUS", "territory"): ("support", 2, 0, 2, 2, D(2025, 11, 3), "red_line"),
        ("RUS", "nato_membership"): ("oppose", 0, 1, 1, 1, D(2025, 11, 3), "red_line"),
        ("UKR", "ceasefire"): ("support", 1, 0, 1, 1, D(2025, 11, 17), "firm"),
        ("UKR", "security_guarantees"): ("support", 1, 0, 1, 1, D(2025, 11, 10), "firm"),
        ("UKR", "territory"): ("oppose", 0, 1, 1, 1, D(2025, 11, 3), "red_line"),
        ("UKR", "nato_membership"): ("support", 1, 0, 1, 1, D(2025, 11, 3), "firm"),
        ("USA", "foreign_troops"): ("mixed", 1, 1, 2, 2, D(2025, 11, 12), "firm"),
        ("EUROPE", "security_guarantees"): ("support", 1, 0, 1, 1, D(2025, 11, 12), "firm"),
    }
    m = position_matrix(engine, Filters())
    assert m.actors == ["RUS", "UKR", "USA", "EUROPE"]
    assert m.cell("CHN", "territory").stance == "unknown"


def test_matrix_filters(engine: Engine) -> None:
    low = _summary(engine, Filters(min_confidence=0.5))
    assert low[("RUS", "territory")][1:5] == (1, 0, 1, 1)
    november = _summary(engine, Filters(since=D(2025, 11, 1)))
    assert november[("RUS", "ceasefire")][0] == "support"
    assert ("RUS", "security_guarantees") not in november
    alpha = _summary(engine, Filters(outlets=["Alpha News"], actors=["USA", "UKR"]))
    assert set(alpha) == {
        ("UKR", "territory"),
        ("UKR", "nato_membership"),
        ("USA", "foreign_troops"),
    }
    assert alpha[("USA", "foreign_troops")][0] == "oppose"
    assert _summary(engine, Filters(issues=["territory"], until=D(2025, 11, 2))) == {}
    assert _summary(engine, Filters(pack="other")) == {}


def test_evidence_is_strongest_first_and_points_into_the_text(engine: Engine) -> None:
    cell = position_matrix(engine, Filters(), evidence_limit=5).cell("RUS", "territory")
    assert [e.modality for e in cell.evidence] == ["red_line", "firm"]
    assert [e.outlet for e in cell.evidence] == ["Alpha News", "Beta Post"]
    with engine.connect() as conn:
        for item in cell.evidence:
            text = conn.execute(select(Article.text).where(Article.id == item.article_id)).scalar()
            assert text[item.start : item.end] == item.sentence
    page = evidence(engine, Filters(), actor="RUS", issue="territory", limit=1, offset=1)
    assert [e.position_id for e in page] == [cell.evidence[1].position_id]
    assert (
        position_matrix(engine, Filters(), evidence_limit=0).cell("RUS", "territory").evidence == []
    )


def test_timeline_buckets(engine: Engine) -> None:
    month = timeline(engine, Filters(), bucket="month", group_by="none")
    assert [(p.period, p.support, p.oppose, p.articles) for p in month.points] == [
        (D(2025, 10, 1), 0, 2, 1),
        (D(2025, 11, 1), 8, 3, 6),
    ]
    week = timeline(engine, Filters(actors=["USA"]), bucket="week")
    assert [(p.period, p.actor, p.support, p.oppose) for p in week.points] == [
        (D(2025, 11, 10), "USA", 1, 1)
    ]
    assert [(c.period, c.kind, c.count) for c in week.event_counts] == [
        (D(2025, 11, 3), "talks", 2),
        (D(2025, 11, 17), "call", 2),
    ]
    day = timeline(engine, Filters(since=D(2025, 11, 17)), bucket="day", group_by="actor_issue")
    assert [(p.period, p.actor, p.issue, p.support) for p in day.points] == [
        (D(2025, 11, 17), "RUS", "ceasefire", 1),
        (D(2025, 11, 17), "UKR", "ceasefire", 1),
    ]
    assert [e.label for e in day.events] == ["Phone call", "Presidents' call"]
    assert day.events[0].outlet == "Beta Post"


def test_stance_shifts(engine: Engine) -> None:
    for bucket in ("month", "week"):
        shifts = stance_shifts(engine, Filters(), bucket=bucket)  # type: ignore[arg-type]
        assert [(s.actor, s.issue, s.before.stance, s.after.stance) for s in shifts] == [
            ("RUS", "ceasefire", "oppose", "support")
        ]
    shift = stance_shifts(engine, Filters(), bucket="month")[0]
    assert (shift.before.period_start, shift.before.period_end) == (D(2025, 10, 1), D(2025, 10, 31))
    assert shift.before.evidence[0].sentence.startswith("The Kremlin rejected any ceasefire")
    assert shift.after.evidence[0].sentence.startswith("Russia is ready to agree to a ceasefire")
    assert stance_shifts(engine, Filters(since=D(2025, 11, 1))) == []


def test_contradictions(engine: Engine) -> None:
    found = contradictions(engine, Filters(), window_days=7)
    assert len(found) == 1
    c = found[0]
    assert (c.actor, c.issue, c.days_apart) == ("USA", "foreign_troops", 2)
    assert (c.support.outlet, c.support.date) == ("Gamma Wire", D(2025, 11, 10))
    assert (c.oppose.outlet, c.oppose.date) == ("Alpha News", D(2025, 11, 12))
    assert c.support.evidence[0].sentence.startswith("Two U.S. officials floated")
    assert c.oppose.evidence[0].sentence.startswith("The U.S. president ruled out")
    assert contradictions(engine, Filters(), window_days=1) == []


def test_sticking_points_and_common_ground(engine: Engine) -> None:
    points = sticking_points(engine, Filters())  # parties from the ukraine pack: UKR, RUS
    assert [p.issue for p in points] == ["territory", "nato_membership", "security_guarantees"]
    territory = points[0]
    assert [(p.actor, p.stance, p.articles) for p in territory.parties] == [
        ("UKR", "oppose", 1),
        ("RUS", "support", 2),
    ]
    assert [(t.actor, t.stance) for t in territory.third_parties] == [
        ("USA", "unknown"),
        ("EUROPE", "unknown"),
    ]
    assert {e.stance for e in territory.evidence if e.actor == "RUS"} == {"support"}
    assert common_ground(engine, Filters()) == []
    november = common_ground(engine, Filters(since=D(2025, 11, 1)))
    assert [(c.issue, c.stance) for c in november] == [("ceasefire", "support")]
    custom = sticking_points(engine, Filters(), parties=["USA", "EUROPE"], third_parties=[])
    assert custom == []
    with pytest.raises(InputError):
        sticking_points(engine, Filters(), parties=["UKR"], third_parties=[])


PROPOSAL = """\
name: Test plan
date: 2025-11-20
proposed_by: USA
summary: A plan written for the tests.
provisions:
  - {id: "1", issue: territory, stance: support, text: Ukraine cedes the eastern region.}
  - {id: "2", issue: nato_membership, stance: oppose, text: Ukraine stays out of the alliance.}
  - {id: "3", issue: ceasefire, stance: support, text: Fighting stops along the line.}
  - {id: "4", issue: foreign_troops, stance: support, text: A foreign force deploys.}
  - {id: "5", issue: security_guarantees, stance: oppose, text: No guarantees are given.}
"""


def test_deal_evaluation(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PROPOSAL, encoding="utf-8")
    result = evaluate_deal(engine, path, Filters())
    table = {
        r.party: (r.matches, r.clashes, r.red_line_clashes, r.contested, r.unknown, r.verdict)
        for r in result.parties
    }
    assert table == {
        "UKR": (1, 3, 1, 0, 1, "unacceptable"),
        "RUS": (3, 0, 0, 1, 1, "acceptable"),
        "USA": (0, 0, 0, 1, 4, "contested"),
        "EUROPE": (0, 1, 0, 0, 4, "leaning_unacceptable"),
    }
    ukr = result.parties[0]
    territory = ukr.provisions[0]
    assert (territory.verdict, territory.red_line_clash) == ("clash", True)
    assert territory.evidence[0].modality == "red_line"
    assert ukr.score == pytest.approx(-0.5)
    assert [p.verdict for p in ukr.provisions] == ["clash", "clash", "match", "unknown", "clash"]


def test_proposal_errors_name_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        PROPOSAL.replace("stance: oppose, text: Ukraine stays", "stance: maybe, text: x")
    )
    with pytest.raises(InputError) as err:
        load_proposal(bad)
    assert str(bad) in str(err.value) and "provisions[1].stance" in str(err.value)
    missing = tmp_path / "missing.yaml"
    missing.write_text("name: x\ndate: 2025-01-01\n")
    with pytest.raises(InputError, match=r"field (proposed_by|summary|provisions)"):
        load_proposal(missing)
    with pytest.raises(InputError, match="cannot read"):
        load_proposal(tmp_path / "nope.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n")
    with pytest.raises(InputError, match="invalid YAML"):
        load_proposal(broken)


def test_changes_digest(engine: Engine) -> None:
    digest = changes_digest(engine, D(2025, 11, 10), D(2025, 11, 30))
    assert [(n.first_date, n.actor, n.issue, n.stance) for n in digest.new_positions] == [
        (D(2025, 11, 10), "UKR", "security_guarantees", "support"),
        (D(2025, 11, 10), "USA", "foreign_troops", "support"),
        (D(2025, 11, 12), "EUROPE", "security_guarantees", "support"),
        (D(2025, 11, 12), "USA", "foreign_troops", "oppose"),
        (D(2025, 11, 17), "RUS", "ceasefire", "support"),
        (D(2025, 11, 17), "UKR", "ceasefire", "support"),
    ]
    assert [(s.actor, s.issue, s.before.stance, s.after.stance) for s in digest.shifts] == [
        ("RUS", "ceasefire", "oppose", "support")
    ]
    assert digest.shifts[0].before.period_start == D(2025, 10, 6)
    assert [e.kind for e in digest.new_events] == ["call", "call"]
    assert [(c.actor, c.issue) for c in digest.contradictions] == [("USA", "foreign_troops")]
    md = digest.to_markdown()
    assert md.startswith("# Changes 2025-11-10 – 2025-11-30")
    assert "**RUS** on **ceasefire**: oppose" in md
    assert "Kyiv backs an immediate truce" in md
    empty = changes_digest(engine, D(2026, 1, 1), D(2026, 1, 31)).to_markdown()
    assert empty.count("_None._") == 4


def test_source_profiles_and_clusters(engine: Engine) -> None:
    report = source_profiles(engine, Filters(), framing=False)
    rows = [(p.outlet, p.articles, p.positions, p.anonymous_positions) for p in report.profiles]
    assert rows == [("Beta Post", 3, 5, 1), ("Alpha News", 2, 5, 0), ("Gamma Wire", 2, 3, 1)]
    gamma = report.profiles[2]
    assert gamma.anonymous_rate == pytest.approx(1 / 3, abs=1e-3)
    assert [(c.key, c.count) for c in gamma.actors] == [("UKR", 2), ("USA", 1)]
    assert ("Two U.S. officials", 1) in [(h.key, h.count) for h in gamma.holders]
    assert [[a.article_id for a in c.articles] for c in report.clusters] == [[1, 2], [6, 7]]
    first = report.clusters[0]
    assert first.outlets == ["Alpha News", "Beta Post"]
    omitted = {o.outlet: [(k.actor, k.issue, k.stance) for k in o.missing] for o in first.omissions}
    assert omitted == {
        "Alpha News": [("RUS", "nato_membership", "oppose")],
        "Beta Post": [("UKR", "nato_membership", "support"), ("UKR", "territory", "oppose")],
    }
    second = {o.outlet: [k.actor for k in o.missing] for o in report.clusters[1].omissions}
    assert second == {"Beta Post": ["UKR"], "Gamma Wire": ["RUS"]}


def test_framing_markers_from_the_pack(engine: Engine, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(resolve_pack_dir("ukraine"), pack)
    (pack / "framing.yaml").write_text(
        "markers:\n"
        "  - id: capital\n"
        "    label: Capital spelling\n"
        "    variants:\n"
        "      kyiv: ['\\bKyiv\\b']\n"
        "      kiev: ['\\bKiev\\b']\n",
        encoding="utf-8",
    )
    counts = framing_counts(engine, Filters(pack=str(pack)))
    flat = {
        outlet: [(f.variant, f.occurrences, f.articles) for f in items]
        for outlet, items in counts.items()
    }
    assert flat == {
        "Alpha News": [("kyiv", 4, 2)],
        "Beta Post": [("kiev", 1, 1)],
        "Gamma Wire": [("kyiv", 1, 1)],
    }
    profiles = source_profiles(engine, Filters(pack=str(pack)), clusters=False).profiles
    assert {p.outlet: len(p.framing) for p in profiles} == {
        "Alpha News": 1,
        "Beta Post": 1,
        "Gamma Wire": 1,
    }


def test_red_line_counts_only_against_a_clash_or_mixed_stance() -> None:
    from parley.analysis.deals import Provision, _assess
    from parley.analysis.results import MatrixCell, StanceTally

    provision = Provision(id="1", issue="territory", stance="support", text="cede land")
    mostly_for = MatrixCell(
        actor="X",
        issue="territory",
        stance="support",
        support=StanceTally(positions=4, articles=4, strongest_modality="firm"),
        oppose=StanceTally(positions=1, articles=1, strongest_modality="red_line"),
    )
    assert (
        _assess(provision, mostly_for).verdict,
        _assess(provision, mostly_for).red_line_clash,
    ) == (
        "match",
        False,
    )
    mixed = mostly_for.model_copy(update={"stance": "mixed"})
    assert _assess(provision, mixed).red_line_clash is True
    against = mostly_for.model_copy(update={"stance": "oppose"})
    assert (_assess(provision, against).verdict, _assess(provision, against).red_line_clash) == (
        "clash",
        True,
    )


def test_story_clusters_by_similar_text_without_events(engine: Engine) -> None:
    from parley.analysis import story_clusters
    from parley.store import session_scope
    from parley.store.schema import Outlet

    with session_scope(engine) as s:
        ids = {o.name: o.id for o in s.query(Outlet).all()}
        for n, (outlet, title) in enumerate(
            [
                ("Alpha News", "Helsinki ministers discuss reindeer sanctions waiver"),
                ("Gamma Wire", "Reindeer sanctions waiver discussed by Helsinki ministers"),
            ]
        ):
            s.add(
                Article(
                    url=f"https://example.org/sim{n}",
                    content_hash=f"sim{n}",
                    title=title,
                    date=D(2025, 12, 1 + n),
                    outlet_id=ids[outlet],
                    text=f"{title}. Officials met behind closed doors.",
                    raw=title,
                    raw_format="text",
                    source_path=f"sim{n}.txt",
                )
            )
    found = story_clusters(engine, Filters(since=D(2025, 12, 1)))
    assert [[a.outlet for a in c.articles] for c in found] == [["Alpha News", "Gamma Wire"]]
    assert story_clusters(engine, Filters(since=D(2025, 12, 1)), window_days=0) == []
