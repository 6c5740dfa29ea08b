"""Find, read and validate a domain pack folder.

A pack folder holds ``pack.yaml``, ``actors.yaml``, ``issues.yaml``, ``lexicon.yaml`` and
optionally ``framing.yaml``. Every problem becomes a ``PackError`` that names the file and field.

Example::

    >>> from parley.packs import load_pack
    >>> load_pack("ukraine").info.principal_parties
    ['UKR', 'RUS']
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from parley.errors import PackError
from parley.packs.model import Framing, Lexicon, Pack, PackInfo

__all__ = ["BUNDLED_DIR", "available_packs", "load_pack", "resolve_pack_dir"]

BUNDLED_DIR = Path(__file__).resolve().parent

_FILES = {
    "info": "pack.yaml",
    "actors": "actors.yaml",
    "issues": "issues.yaml",
    "lexicon": "lexicon.yaml",
    "framing": "framing.yaml",
}


def available_packs() -> list[str]:
    """Names of the packs bundled with parley."""
    return sorted(p.name for p in BUNDLED_DIR.iterdir() if (p / "pack.yaml").is_file())


def resolve_pack_dir(name_or_path: str | Path) -> Path:
    """A bundled pack name ('ukraine') or a folder path -> the pack folder."""
    candidate = Path(name_or_path)
    if str(name_or_path) and "/" not in str(name_or_path) and not candidate.is_dir():
        bundled = BUNDLED_DIR / str(name_or_path)
        if (bundled / "pack.yaml").is_file():
            return bundled
    if candidate.is_dir():
        return candidate.resolve()
    known = ", ".join(available_packs())
    raise PackError(f"{name_or_path}: no such pack (bundled packs: {known}; or give a folder)")


def _read_yaml(path: Path, required: bool) -> Any:
    if not path.is_file():
        if required:
            raise PackError(f"{path}: missing pack file")
        return None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise PackError(f"{path}: invalid YAML: {exc}") from None


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _validation_message(
    path: Path, exc: ValidationError, prefix: tuple[int | str, ...] = ()
) -> str:
    first = exc.errors()[0]
    loc = tuple(x for x in (*prefix, *first["loc"]) if x not in ("__root__",))
    more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
    return f"{path}: field {_where(loc)}: {first['msg']}{more}"


def _listed(data: Any, key: str, path: Path) -> list[Any]:
    if isinstance(data, dict) and key in data:
        data = data[key]
    if not isinstance(data, list):
        raise PackError(f"{path}: field {key}: expected a list")
    return data


@functools.lru_cache(maxsize=16)
def _load_dir(folder: Path) -> Pack:
    raw: dict[str, Any] = {}
    info_path = folder / _FILES["info"]
    raw["info"] = _read_yaml(info_path, required=True)
    try:
        info = PackInfo.model_validate(raw["info"] or {})
    except ValidationError as exc:
        raise PackError(_validation_message(info_path, exc)) from None
    lexicon_path = folder / _FILES["lexicon"]
    if not lexicon_path.is_file() and info.lexicon_from:
        lexicon_path = resolve_pack_dir(info.lexicon_from) / _FILES["lexicon"]
    for key in ("actors", "issues", "framing"):
        raw[key] = _read_yaml(folder / _FILES[key], required=key != "framing")
    raw["lexicon"] = _read_yaml(lexicon_path, required=True)
    try:
        lexicon = Lexicon.model_validate(raw["lexicon"] or {})
    except ValidationError as exc:
        raise PackError(_validation_message(lexicon_path, exc)) from None
    framing_path = folder / _FILES["framing"]
    try:
        framing = Framing.model_validate(raw["framing"] or {})
    except ValidationError as exc:
        raise PackError(_validation_message(framing_path, exc)) from None
    from parley.packs.model import Actor, Issue

    actors_path = folder / _FILES["actors"]
    actors = []
    for n, item in enumerate(_listed(raw["actors"], "actors", actors_path)):
        try:
            actors.append(Actor.model_validate(item))
        except ValidationError as exc:
            raise PackError(_validation_message(actors_path, exc, ("actors", n))) from None
    issues_path = folder / _FILES["issues"]
    issues = []
    for n, item in enumerate(_listed(raw["issues"], "issues", issues_path)):
        try:
            issues.append(Issue.model_validate(item))
        except ValidationError as exc:
            raise PackError(_validation_message(issues_path, exc, ("issues", n))) from None
    try:
        return Pack(
            info=info,
            actors=actors,
            issues=issues,
            lexicon=lexicon,
            framing=framing,
            path=str(folder),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise PackError(f"{folder}: {first['msg'].removeprefix('Value error, ')}") from None


def load_pack(name_or_path: str | Path | None = None) -> Pack:
    """Load and validate a pack by bundled name or folder path (default ``ukraine``).

    Example: ``load_pack("ukraine").actor("UKR").metonyms`` -> ``['Kyiv', 'Kiev']``.
    Raises ``PackError`` naming the file and field when the pack is missing or invalid.
    """
    return _load_dir(resolve_pack_dir(name_or_path or "ukraine"))
