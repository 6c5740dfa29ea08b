"""Title-case headlines, put in sentence case before parsing.

The small English model reads "Zelensky Says Ukraine Will Never Cede The Donbas" as a string of
names: no verb, no stance. Parsing the line as "Zelensky says Ukraine will never cede the
Donbas" (names kept, every other capital lowered) gives the parse a sentence would get. Only the
case of first letters changes, so every character offset stays valid for the original text.

Example::

    names = frozenset({"Kremlin", "European"})
    sentence_case("Kremlin Rejects European Ceasefire Proposal", names)
    # 'Kremlin rejects European ceasefire proposal'
"""

from __future__ import annotations

import re

__all__ = ["sentence_case"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a capitalised word after a lower-case word: a name wherever it stands
_MID_SENTENCE = re.compile(r"\b[a-z][a-z'’-]*[,;]? +([A-Z][A-Za-z'’-]*)")


def _title_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!")) or len(line) > 200:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.8 * len(words)


def sentence_case(text: str, names: frozenset[str]) -> str:
    """``text`` with its title-case lines in sentence case: each capitalised word lowered
    unless it starts the line, is an acronym, is one of ``names`` (the pack's name words) or is
    capitalised in the middle of a sentence elsewhere in the text (a name the pack lacks)."""
    lines = text.split("\n")
    titles = [_title_case(line) for line in lines]
    if not any(titles):
        return text
    keep = names | {m.group(1) for m in _MID_SENTENCE.finditer(text)}
    out = []
    for line, title in zip(lines, titles, strict=True):
        if not title:
            out.append(line)
            continue
        chars = list(line)
        for n, m in enumerate(_WORD.finditer(line)):
            word = m.group()
            if n == 0 or word in keep or word.isupper() or not word[0].isupper():
                continue
            chars[m.start()] = word[0].lower()
        out.append("".join(chars))
    return "\n".join(out)
