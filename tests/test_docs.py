"""The docs are part of the product: the README's commands and every --help stay true."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from parley.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    demo, tests = commands
    assert demo.endswith("parley demo")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def _command_paths() -> list[list[str]]:
    group = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd: object, prefix: list[str]) -> None:
        subcommands = getattr(cmd, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, [*prefix, name])
        else:
            paths.append(prefix)

    walk(group, [])
    return paths


def test_every_command_help_says_what_it_does_with_an_example() -> None:
    runner = CliRunner()
    paths = _command_paths()
    assert paths, "no commands registered"
    for path in paths:
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (path, result.output)
        assert "Example" in result.output, f"parley {' '.join(path)} --help has no example"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python API example runs as written, on files from the sample corpus."""
    sample = ROOT / "src" / "parley" / "data" / "sample"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.+?)\n```", text, flags=re.S)
    news = tmp_path / "news"
    news.mkdir()
    txt = sorted(sample.glob("*.txt"))
    for path in txt[:2]:
        shutil.copy(path, news / path.name)
    shutil.copy(txt[0], tmp_path / "article.txt")
    shutil.copy(next(sample.glob("*.xml")), tmp_path / "feed.xml")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "talks.db").exists()
