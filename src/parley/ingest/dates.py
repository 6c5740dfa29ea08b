"""Finding publication dates in short metadata strings (timestamp lines, URL paths, fields).

Only unambiguous forms are read: ISO dates, dates with a month name, and date paths in URLs
(``/2026/01/29/``, ``/20260129/``). Numeric ``01/02/2026`` is ambiguous across locales and is read
only when one part cannot be a month.

Example::

    >>> find_date("Published: January 29, 2026 2:15 PM")
    datetime.date(2026, 1, 29)
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE_RE", "date_from_url", "find_date", "parse_date_value"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\d])"
_MDY = _MONTH.format(n="m1") + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
_DMY = (
    r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH.format(n="m2") + r",?\s+(?P<y2>(?:19|20)\d\d)"
)
_NUM = r"(?P<na>[0-3]?\d)[/.](?P<nb>[0-3]?\d)[/.](?P<ny>(?:19|20)\d\d)"
DATE_RE = re.compile(rf"\b(?:{_ISO}|{_MDY}|{_DMY}|{_NUM})", re.IGNORECASE)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?=[/_-]|\.html?|$)"
)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> dt.date | None:
    """The first unambiguous calendar date in ``text``, or None."""
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iy"]:
            found = _make(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["m1"]:
            found = _make(int(g["y1"]), _MONTHS[g["m1"][:3].lower()], int(g["d1"]))
        elif g["m2"]:
            found = _make(int(g["y2"]), _MONTHS[g["m2"][:3].lower()], int(g["d2"]))
        else:
            a, b = int(g["na"]), int(g["nb"])
            if a > 12 >= b:
                found = _make(int(g["ny"]), b, a)
            elif b > 12 >= a:
                found = _make(int(g["ny"]), a, b)
            else:
                found = None  # 01/02/2026: day-month order unknown
        if found:
            return found
    return None


def date_from_url(url: str) -> dt.date | None:
    """A date written into a URL path, e.g. ``/20260129/`` or ``/2026/01/29/``."""
    for m in _URL_DATE.finditer(url):
        found = _make(int(m["y"]), int(m["m"]), int(m["d"]))
        if found:
            return found
    return None


def parse_date_value(value: object) -> dt.date | None:
    """A date from a metadata field (JSON, feed, front matter): date, ISO string or free text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        return find_date(value)
    return None
