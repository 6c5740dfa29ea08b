"""Bytes to text: size cap, binary detection and encoding detection.

Crawled inputs arrive in any encoding (UTF-8, cp1252, latin-1, UTF-16 with a BOM, ...). We try
strict UTF-8 first (most common, and a wrong guess there is impossible), then let
charset-normalizer pick the most plausible encoding. Binary data is rejected before decoding, so a
PDF or image never turns into a page of mojibake.

Example::

    >>> decode_bytes("caf\\u00e9".encode("cp1252"), "x.txt")
    'café'
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from parley.errors import InputError

__all__ = ["check_size", "decode_bytes", "looks_binary"]

# File signatures of common binary formats that can hide under a text extension.
_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"Rar!",
    b"7z\xbc\xaf",
    b"SQLite format 3",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"RIFF",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def check_size(size: int, max_bytes: int, source: str) -> None:
    """Raise InputError when ``size`` exceeds the cap."""
    if size > max_bytes:
        raise InputError(source, f"too large ({size} bytes; the limit is {max_bytes})")


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: a known binary signature, NUL bytes or many controls."""
    if _bom_encoding(data):
        return False
    head = data[:8192]
    if head.startswith(_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    return controls > max(2, len(head) // 50)


def _try_western(data: bytes) -> str | None:
    """cp1252 (a superset of latin-1 in practice) when the result reads like Western text.

    Statistical detectors guess poorly on short Western texts (cp1250 vs cp1252), while
    mis-decoded Cyrillic or Greek shows up as a text made mostly of accented letters.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    accented = sum(1 for c in letters if ord(c) > 0x7F)
    return text if accented / len(letters) < 0.4 else None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise InputError (empty, binary, undecodable).

    ``declared`` is an encoding named by the transport (an HTTP charset); it is tried after
    a byte-order mark and strict UTF-8.
    """
    if not data.strip():
        raise InputError(source, "empty input")
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    bom = _bom_encoding(data)
    candidates = [bom] if bom else []
    candidates.append("utf-8")
    if declared:
        candidates.append(declared)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return text.lstrip("\ufeff")
    western = _try_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "undecodable bytes (no text encoding fits)")
    text = str(best)
    if not text.strip():
        raise InputError(source, "empty input")
    return text.lstrip("\ufeff")
