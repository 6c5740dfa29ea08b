"""Settings declared once: name, default, help.

Precedence: defaults < config file (``parley.toml`` in the working directory, or the file named by
``PARLEY_CONFIG``) < environment (``PARLEY_*``) < explicit keyword arguments (the CLI's flags).

Example::

    >>> from parley.settings import Settings
    >>> Settings(db="sqlite:///:memory:").db
    'sqlite:///:memory:'
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

__all__ = ["Settings", "load_settings"]


class _TomlSource(PydanticBaseSettingsSource):
    """Reads the ``[parley]`` table (or the top level) of a TOML config file."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # pragma: no cover - __call__ does the work

    def __call__(self) -> dict[str, Any]:
        path = Path(os.environ.get("PARLEY_CONFIG", "parley.toml"))
        if not path.is_file():
            return {}
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        table = data.get("parley", data)
        return {k.replace("-", "_"): v for k, v in table.items() if isinstance(k, str)}


class Settings(BaseSettings):
    """Every tunable of parley, shared by the CLI, the Python API and the web app."""

    model_config = SettingsConfigDict(env_prefix="PARLEY_", extra="ignore")

    db: str = Field(
        "sqlite:///parley.db", description="Database URL (SQLite file or postgresql+psycopg://...)."
    )
    pack: str = Field(
        "ukraine", description="Domain pack: a bundled pack name or a path to a pack folder."
    )
    jobs: int = Field(1, ge=1, description="Worker processes for extraction.")
    batch_size: int = Field(
        50, ge=1, description="Articles committed per transaction during ingest/process."
    )
    max_bytes: int = Field(
        10_000_000, ge=1, description="Inputs larger than this many bytes are rejected."
    )
    http_timeout: float = Field(15.0, gt=0, description="Seconds before a URL fetch times out.")
    http_concurrency: int = Field(
        4, ge=1, description="Parallel URL fetches (polite: per run, not per host)."
    )
    http_max_redirects: int = Field(5, ge=0, description="Redirects followed per URL.")
    user_agent: str = Field(
        "parley/0.1 (+news analysis)", description="User-Agent sent with fetches."
    )
    text_field: str = Field("text", description="JSON/JSONL field holding plain article text.")
    html_field: str = Field("html", description="JSON/JSONL field holding article HTML.")
    near_duplicate_threshold: float = Field(
        0.8,
        gt=0,
        le=1,
        description="MinHash Jaccard similarity above which articles are near-duplicates.",
    )
    min_confidence: float = Field(
        0.0, ge=0, le=1, description="Default minimum confidence for analyses."
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))


def load_settings(**overrides: Any) -> Settings:
    """Build settings, ignoring overrides that are ``None`` (flags the user did not pass)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
