"""Language identification with py3langid (a bundled model: no download at run time).

Example::

    >>> detect_language("The delegations met in Geneva and agreed to meet again next week.")
    'en'
"""

from __future__ import annotations

import py3langid

__all__ = ["detect_language"]

_SAMPLE_CHARS = 1200  # a few sentences: plenty for a confident guess, and cheap


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text without letters."""
    sample = text[:_SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)
