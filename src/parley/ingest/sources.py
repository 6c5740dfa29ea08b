"""Turning command-line inputs into sources: files, directories (recursively), globs, ``-``
(stdin) and URLs, and guessing each source's format.

Example::

    >>> [s.name for s in expand_inputs(["https://example.org/a"]) if isinstance(s, Source)]
    ['https://example.org/a']
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from parley.errors import InputError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Format",
    "Source",
    "expand_inputs",
    "format_for_path",
    "is_url",
    "sniff_format",
    "url_list",
]

Format = Literal["text", "html", "markdown", "json", "jsonl", "feed", "urls"]

DOCUMENT_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".urls": "urls",
}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
# Files a directory walk skips: project documentation shipped beside articles.
_PROJECT_FILE = re.compile(r"^(?:readme|license|licence|changelog|contributing)(?:\.\w+)?$", re.I)
_FEED_START = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One input to read: a file, a URL or stdin. ``name`` is what messages and records show."""

    name: str
    kind: Literal["file", "url", "stdin"]
    path: Path | None = None


def is_url(value: str) -> bool:
    """True for an http(s) URL."""
    return bool(_URL.match(value.strip()))


def format_for_path(path: Path) -> Format | None:
    """The format a file extension announces, or None when it announces none."""
    return DOCUMENT_SUFFIXES.get(path.suffix.lower())


def url_list(text: str) -> list[str] | None:
    """The URLs of a URL-list text (one URL a line; blank and ``#`` lines ignored), else None."""
    lines = [
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
    ]
    if lines and all(is_url(ln) for ln in lines):
        return lines
    return None


def sniff_format(text: str) -> Format:
    """Guess the format of text that came without a telling extension (stdin, odd names)."""
    head = text[:4000].lstrip("\ufeff \t\r\n")
    if _FEED_START.search(head[:1000]) and head.startswith("<"):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            return "jsonl" if head.startswith("{") else "json"
        return "json"
    if url_list(text[:100_000]):
        return "urls"
    return "text"


def _expand_dir(root: Path) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            if (
                not filename.startswith(".")
                and not _PROJECT_FILE.match(filename)
                and format_for_path(path)
            ):
                yield Source(str(path), "file", path)


def expand_inputs(inputs: Sequence[str]) -> Iterator[Source | InputError]:
    """Sources named by ``inputs``, in order; an input naming nothing yields an InputError.

    Directories are walked recursively (hidden entries, files of unknown type and README/LICENSE
    files skipped);
    a glob is expanded (``**`` recurses); each source appears once even if named twice.
    """
    seen: set[str] = set()

    def once(source: Source) -> Iterator[Source]:
        key = str(source.path.resolve()) if source.path else source.name
        if key not in seen:
            seen.add(key)
            yield source

    for raw in inputs:
        item = raw.strip()
        if item == "-":
            yield from once(Source("stdin", "stdin"))
        elif is_url(item):
            yield from once(Source(item, "url"))
        elif Path(item).is_dir():
            for source in _expand_dir(Path(item)):
                yield from once(source)
        elif Path(item).is_file():
            yield from once(Source(item, "file", Path(item)))
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield InputError(item, "no file matches this pattern")
            for match in matches:
                path = Path(match)
                if path.is_dir():
                    for source in _expand_dir(path):
                        yield from once(source)
                elif path.is_file():
                    yield from once(Source(match, "file", path))
        elif Path(item).exists():
            yield InputError(item, "not a regular file")
        else:
            yield InputError(item, "no such file or directory")
