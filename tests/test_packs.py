"""Domain packs: the bundled ukraine pack, validation errors that name file and field, and a
second (fictional) pack that needs no code change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from parley.errors import PackError
from parley.packs import available_packs, load_pack

HERE = Path(__file__).resolve().parent
ISTHMUS = HERE / "packs" / "isthmus"

GUIDE_ACTORS = {
    "UKR", "RUS", "USA", "EUROPE", "NATO", "GBR", "FRA", "DEU", "ITA", "POL", "CAN", "TUR",
    "CHN", "HUN", "FIN", "UN",
}  # fmt: skip
GUIDE_ISSUES = {
    "territory", "security_guarantees", "nato_membership", "foreign_troops", "ceasefire",
    "monitoring", "sanctions", "armed_forces", "eu_accession", "reconstruction", "peace_plan",
}  # fmt: skip


def test_ukraine_pack_has_the_guide_ids() -> None:
    pack = load_pack("ukraine")
    assert set(pack.actor_ids) >= GUIDE_ACTORS
    assert set(pack.issue_ids) >= GUIDE_ISSUES
    assert pack.info.principal_parties == ["UKR", "RUS"]
    assert pack.info.third_parties == ["USA", "EUROPE"]
    assert pack.name == "ukraine" and pack.version
    assert "ukraine" in available_packs()


def test_ukraine_pack_people_and_metonyms() -> None:
    pack = load_pack("ukraine")
    assert "Kremlin" in pack.actor("RUS").metonyms
    assert "White House" in pack.actor("USA").metonyms
    rubio = next(p for p in pack.actor("USA").people if p.name == "Marco Rubio")
    blinken = next(p for p in pack.actor("USA").people if p.name == "Antony Blinken")
    import datetime as dt

    assert rubio.in_office(dt.date(2025, 6, 1)) and not rubio.in_office(dt.date(2024, 6, 1))
    assert blinken.in_office(dt.date(2024, 6, 1)) and not blinken.in_office(dt.date(2025, 6, 1))
    assert rubio.in_office(None)


def test_every_issue_has_a_motion_and_cues() -> None:
    for issue in load_pack("ukraine").issues:
        assert issue.motion and issue.cues


def test_framing_markers_compile_and_cover_the_known_frames() -> None:
    pack = load_pack("ukraine")
    ids = {m.id for m in pack.framing.markers}
    assert {"capital_spelling", "region_spelling", "war_name", "coalition_scare_quotes"} <= ids
    quotes = next(m for m in pack.framing.markers if m.id == "coalition_scare_quotes")
    text = "the so-called «coalition of the willing» drafted a plan"
    assert any(re.search(p, text) for p in quotes.variants["scare_quoted"])


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(Path(load_pack("ukraine").path), dest)
    return dest


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_bad_actor_kind_names_file_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "actors.yaml", lambda d: d["actors"][1].update(kind="empire"))
    with pytest.raises(PackError, match=r"actors\.yaml: field actors\[1\]\.kind"):
        load_pack(folder)


def test_bad_regex_names_file_and_field(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "issues.yaml", lambda d: d["issues"][0]["cues"][0].update(pattern="(unclosed"))
    with pytest.raises(PackError, match=r"issues\.yaml: field issues\[0\]\.cues\[0\]\.pattern"):
        load_pack(folder)


def test_unknown_field_is_an_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "lexicon.yaml", lambda d: d.update(suport_verbs=["want"]))
    with pytest.raises(PackError, match=r"lexicon\.yaml: field suport_verbs"):
        load_pack(folder)


def test_unknown_principal_party(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "pack.yaml", lambda d: d.update(principal_parties=["UKR", "XXX"]))
    with pytest.raises(PackError, match="principal_parties: unknown actor id 'XXX'"):
        load_pack(folder)


def test_unknown_motion_actor_and_bloc(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "issues.yaml", lambda d: d["issues"][0].update(motion_actor="XXX"))
    with pytest.raises(PackError, match="motion_actor: unknown actor id 'XXX'"):
        load_pack(folder)
    folder = _copy(tmp_path / "second")
    _edit(folder / "actors.yaml", lambda d: d["actors"][1].update(member_of=["YYY"]))
    with pytest.raises(PackError, match="member_of: unknown actor id 'YYY'"):
        load_pack(folder)


def test_never_held_names_a_known_actor(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    never = [{"actor": "ZZZ", "stance": "support"}]
    _edit(folder / "issues.yaml", lambda d: d["issues"][0].update(never_held=never))
    with pytest.raises(PackError, match=r"never_held\[0\]\.actor: unknown actor id 'ZZZ'"):
        load_pack(folder)


def test_bad_theatre_and_document_regex(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "pack.yaml", lambda d: d.update(theatre="XXX"))
    with pytest.raises(PackError, match="theatre: unknown actor id 'XXX'"):
        load_pack(folder)
    folder = _copy(tmp_path / "second")
    _edit(folder / "actors.yaml", lambda d: d["actors"][1].update(documents=["(28-point"]))
    with pytest.raises(PackError, match=r"documents.*'\(28-point': invalid regular expression"):
        load_pack(folder)


def test_a_person_listed_twice_is_an_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)

    def twice(d: dict[str, list[dict[str, list[dict[str, str]]]]]) -> None:
        d["actors"][1]["people"].append(dict(d["actors"][0]["people"][0]))

    _edit(folder / "actors.yaml", twice)
    with pytest.raises(PackError, match="is already listed under"):
        load_pack(folder)


def test_missing_file_and_invalid_yaml(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "issues.yaml").unlink()
    with pytest.raises(PackError, match=r"issues\.yaml: missing pack file"):
        load_pack(folder)
    folder2 = _copy(tmp_path / "b")
    (folder2 / "actors.yaml").write_text("actors: [unclosed", encoding="utf-8")
    with pytest.raises(PackError, match=r"actors\.yaml: invalid YAML"):
        load_pack(folder2)


def test_unknown_pack_name() -> None:
    with pytest.raises(PackError, match="no such pack"):
        load_pack("atlantis")


def test_second_pack_loads_without_code_changes() -> None:
    pack = load_pack(ISTHMUS)
    assert pack.name == "isthmus"
    assert pack.info.principal_parties == ["NOR", "SUD"]
    assert {i.id for i in pack.issues} == {"canal_tolls", "demilitarised_zone"}
    assert pack.lexicon.support_verbs  # borrowed from the ukraine pack via lexicon_from
