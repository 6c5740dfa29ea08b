"""Identity of articles: canonical URLs, hashes of normalised text, and MinHash signatures.

Two inputs are the same article when their canonical URLs match or their normalised texts hash
alike (case, punctuation and spacing do not count). Near-duplicates (one story re-posted with other
boilerplate or light edits) have a MinHash Jaccard estimate over word 3-grams at or above
``Settings.near_duplicate_threshold``; the signature is stored with the article (``minhash``) so
the LSH index can be rebuilt from the store by the next run.

Example::

    >>> content_hash("Talks resume.") == content_hash("talks  RESUME")
    True
    >>> canonical_url("https://www.Example.com/a/?utm_source=x#top")
    'https://example.com/a'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash

__all__ = [
    "NUM_PERM",
    "canonical_url",
    "content_hash",
    "minhash_from_bytes",
    "minhash_of",
    "minhash_to_bytes",
    "normalise_text",
]

NUM_PERM = 128
_SEED = 1
_SCHEME = "affine32"  # fixed so stored signatures stay comparable across versions
_SHINGLE = 3
_MAX_URL = 2000  # the width of articles.url; a longer "URL" is not an identity we can keep
_TOKEN = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|ref|ref_src|cmpid|"
    r"ocid|smid|sh|taid|at_\w+|__twitter_impression)$",
    re.IGNORECASE,
)


def normalise_text(text: str) -> str:
    """Lowercased word tokens separated by single spaces (what "the same text" compares)."""
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """A URL without fragment, tracking parameters, ``www.``, default port or trailing slash
    (None for what is not an http(s) URL, or is longer than the column holding it)."""
    if not url or not url.strip() or len(url) > _MAX_URL:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    host = host[4:] if host.startswith("www.") else host
    port = parts.port
    if port and (parts.scheme.lower(), port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


# The permutations depend only on (num_perm, seed, scheme): drawn once, shared by every signature.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32)


def minhash_of(text: str) -> MinHash:
    """MinHash signature of the text's word 3-grams."""
    tokens = normalise_text(text).split()
    if len(tokens) >= _SHINGLE:
        shingles = {" ".join(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}
    else:
        shingles = {" ".join(tokens)}
    signature = MinHash(
        num_perm=NUM_PERM,
        seed=_SEED,
        scheme=_SCHEME,
        permutations=_TEMPLATE.permutations,
        hashfunc=zlib.crc32,  # deterministic across processes, and much cheaper than SHA-1
    )
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def minhash_to_bytes(signature: MinHash) -> bytes:
    """The signature's hash values as little-endian uint64 bytes (for ``articles.minhash``)."""
    return bytes(np.asarray(signature.hashvalues, dtype="<u8").tobytes())


def minhash_from_bytes(data: bytes) -> MinHash:
    """A signature stored by :func:`minhash_to_bytes`."""
    values = np.frombuffer(data, dtype="<u8").astype(np.uint64)
    permutations = _TEMPLATE.permutations if len(values) == NUM_PERM else None
    return MinHash(
        num_perm=len(values),
        seed=_SEED,
        hashvalues=values,
        scheme=_SCHEME,
        permutations=permutations,
        hashfunc=zlib.crc32,
    )
