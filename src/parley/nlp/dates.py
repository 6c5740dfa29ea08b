"""Resolve the dates news reports use ("on Wednesday", "in August", "Jan. 6") to calendar dates.

News articles rarely write full dates: they count from the day of publication. Every function
here takes that day as its anchor and returns the date together with its precision (a day, a
week, a month or a year), so that "in August" is never mistaken for "August 1".

Rules (anchor = the article's date):

- weekday ("on Wednesday") -> the most recent such day on or before the anchor;
  "last Wednesday" -> strictly before; "next Wednesday" -> strictly after.
- month without day ("in August") -> the 1st of the latest such month not after the anchor
  (precision ``month``); "next August" -> the first one after.
- month and day without year ("January 6", "Jan. 6", "6 January") -> the year that puts the date
  nearest to the anchor (a December article's "January 6" is the coming January).
- relative words: today, yesterday, tomorrow, last/this/next week|month|year, "earlier this
  month", "N days/weeks ago".
- explicit dates: ISO ``2026-01-06``, "January 6, 2026", "6 January 2026", "August 2025",
  "in 2024".

Without an anchor only explicit dates (those that carry a year) are resolved.

Example::

    >>> import datetime as dt
    >>> resolve_date("on Wednesday", dt.date(2026, 1, 29)).date
    datetime.date(2026, 1, 28)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["DatePrecision", "ResolvedDate", "find_dates", "resolve_date"]

DatePrecision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date expression found in a text: where it is, what it says, and how precise it is."""

    date: dt.date
    precision: DatePrecision
    text: str
    start: int
    end: int


_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9

_WEEKDAYS: dict[str, int] = {calendar.day_name[i].lower(): i for i in range(7)}
for _i in range(7):
    _WEEKDAYS[calendar.day_abbr[_i].lower()] = _i
_WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
    "few": 3,
}

_MONTH_NAMES = sorted(
    {
        *(calendar.month_name[i] for i in range(1, 13)),
        *(calendar.month_abbr[i] for i in range(1, 13)),
        "Sept",
    },
    key=len,
    reverse=True,
)
# Month names are capitalised in running text; "may" and "march" in lower case are words.
_MONTH = r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\.?"
_MONTH2 = r"(?P<month2>" + "|".join(_MONTH_NAMES) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = r"(?P<year2>(?:19|20)\d\d)"
# Abbreviations only with their full stop: "Sun" and "Wed" alone are words and newspapers.
_WEEKDAY = (
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)\.)"
)
_NUM = (
    r"(?P<num>\d{1,2}|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)

# "Monday, January 5": the weekday belongs to the date that follows it.
_WD_PREFIX = r"(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?=\b|T)"),
    ),
    # "January 6, 2026", "Jan. 6 2026", "January 6th"
    (
        "month_day",
        re.compile(_WD_PREFIX + r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r"\b)?"),
    ),
    # "6 January 2026", "6th of January"
    (
        "day_month",
        re.compile(
            _WD_PREFIX
            + r"\b"
            + _DAY2
            + r"(?:\s+of)?\s+"
            + _MONTH2
            + r"\b(?:,?\s+"
            + _YEAR2
            + r"\b)?"
        ),
    ),
    # "August 2025", "in August", "next August", "last August", "early August"
    (
        "month",
        re.compile(
            r"(?:\b(?P<rel>next|last|this|coming)\s+)?\b"
            + _MONTH
            + r"(?:\s*,?\s+"
            + _YEAR
            + r")?\b",
        ),
    ),
    ("weekday", re.compile(r"(?:\b(?P<rel>next|last|this|coming|past)\s+)?\b" + _WEEKDAY)),
    (
        "ago",
        re.compile(
            r"(?i)\b"
            + _NUM
            + r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later|from now)\b"
        ),
    ),
    (
        "rel_unit",
        re.compile(
            r"(?i)\b(?P<rel>last|past|previous|this|next|coming|earlier this|later this|"
            r"early this|late last|early last|end of this|end of last)"
            r"\s+(?P<unit>week|month|year)\b"
            r"(?P<end>'s|end)?"
        ),
    ),
    # "the weekend of January 10" is dated by the date after it
    (
        "weekend",
        re.compile(r"(?i)\b(?P<rel>the|this|last|past|next|coming)\s+weekend\b(?!\s+of\b)"),
    ),
    # "USA Today" and "Russia Today" are outlets, not dates.
    (
        "word",
        re.compile(r"(?i)(?<!USA )(?<!Russia )\b(?P<word>today|yesterday|tomorrow|tonight)\b"),
    ),
    (
        "year",
        re.compile(
            r"(?i)\b(?:in|since|of|by|during|until|early|late|mid-?)\s+(?P<year>(?:19|20)\d\d)\b"
        ),
    ),
]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + (d.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    if not candidates:
        return None
    # News reports more than it forecasts: a future date counts as twice as far away, so
    # "January 6" in mid-December is the coming one but "July 1" in late January is last July.
    return min(candidates, key=lambda d: (d - anchor).days * 2 if d > anchor else (anchor - d).days)


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def _resolve_match(
    kind: str, m: re.Match[str], anchor: dt.date | None
) -> tuple[dt.date, DatePrecision] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
        return (d, "day") if d else None
    if kind in ("month_day", "day_month"):
        month = _month_number(g.get("month") or g.get("month2") or "")
        day = int(g.get("day") or g.get("day2") or 0)
        year = g.get("year") or g.get("year2")
        if month is None or not 1 <= day <= 31:
            return None
        if year:
            d = _safe_date(int(year), month, day)
        elif anchor is not None:
            d = _nearest_year(month, day, anchor)
        else:
            return None
        return (d, "day") if d else None
    if kind == "month":
        month = _month_number(g["month"])
        if month is None:
            return None
        if g.get("year"):
            return _month_start(int(g["year"]), month), "month"
        if anchor is None:
            return None
        rel = (g.get("rel") or "").lower()
        latest = _month_start(anchor.year if month <= anchor.month else anchor.year - 1, month)
        if rel in ("next", "coming"):
            following = _month_start(
                anchor.year if month > anchor.month else anchor.year + 1, month
            )
            return following, "month"
        if rel == "last" and month == anchor.month:
            return _month_start(anchor.year - 1, month), "month"
        return latest, "month"
    if anchor is None:
        return None
    if kind == "weekday":
        weekday = _WEEKDAYS.get(g["weekday"].lower().rstrip("."))
        if weekday is None:
            return None
        rel = (g.get("rel") or "").lower()
        back = (anchor.weekday() - weekday) % 7
        if rel in ("next", "coming"):
            ahead = (weekday - anchor.weekday()) % 7 or 7
            return anchor + dt.timedelta(days=ahead), "day"
        if rel in ("last", "past"):
            return anchor - dt.timedelta(days=back or 7), "day"
        return anchor - dt.timedelta(days=back), "day"
    if kind == "weekend":
        rel = g["rel"].lower()
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        if rel in ("next", "coming"):
            saturday += dt.timedelta(weeks=1)
        elif rel in ("last", "past") and anchor.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return saturday, "week"
    if kind == "word":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
        return anchor + dt.timedelta(days=offset[g["word"].lower()]), "day"
    if kind == "ago":
        n = _NUMBERS.get(g["num"].lower()) if not g["num"].isdigit() else int(g["num"])
        if n is None:
            return None
        sign = 1 if g["dir"].lower() in ("later", "from now") else -1
        unit = g["unit"].lower()
        if unit == "day":
            return anchor + dt.timedelta(days=sign * n), "day"
        if unit == "week":
            d = anchor + dt.timedelta(weeks=sign * n)
            return d - dt.timedelta(days=d.weekday()), "week"
        if unit == "month":
            return _add_months(anchor, sign * n), "month"
        return dt.date(anchor.year + sign * n, 1, 1), "year"
    if kind == "rel_unit":
        rel = g["rel"].lower()
        step = (
            -1
            if rel.endswith("last") or rel in ("past", "previous")
            else 1
            if rel in ("next", "coming")
            else 0
        )
        unit = g["unit"].lower()
        if unit == "week":
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return monday + dt.timedelta(weeks=step), "week"
        if unit == "month":
            return _add_months(anchor, step), "month"
        return dt.date(anchor.year + step, 1, 1), "year"
    return None


def _resolve_year(m: re.Match[str]) -> tuple[dt.date, DatePrecision]:
    return dt.date(int(m.group("year")), 1, 1), "year"


def find_dates(text: str, anchor: dt.date | None) -> list[ResolvedDate]:
    """Every date expression in ``text``, resolved against ``anchor``, in reading order.

    Longer, more precise expressions win over the pieces inside them ("January 6, 2026" is one
    date, not a day plus a year).

    Example::

        >>> import datetime as dt
        >>> found = find_dates("talks on Monday and in March", dt.date(2026, 5, 7))
        >>> [d.date.isoformat() for d in found]
        ['2026-05-04', '2026-03-01']
    """
    found: list[ResolvedDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "month" and not _plausible_month(text, m):
                continue
            resolved = _resolve_year(m) if kind == "year" else _resolve_match(kind, m, anchor)
            if resolved is None:
                if kind in ("iso", "month_day", "day_month"):
                    taken.append((start, end))  # "February 30" is no date, nor is its month
                continue
            if kind == "year":  # keep only the year itself, not the preposition before it
                start = m.start("year")
            taken.append((start, end))
            found.append(ResolvedDate(resolved[0], resolved[1], text[start:end], start, end))
    found.sort(key=lambda r: r.start)
    return found


_MONTH_CONTEXT = re.compile(
    r"(?i)(?:\b(?:in|since|by|during|until|of|early|late|mid|next|last|this|from|before|after|through|till|to|coming)\s*-?\s*)$"
)


def _plausible_month(text: str, m: re.Match[str]) -> bool:
    """A bare month name needs a year after it or a preposition before it ("in May"): "May" and
    "March" are also a verb and a noun, and abbreviations are often parts of other words."""
    name = m.group("month")
    if m.group("year") or m.group("rel"):
        return True
    if name.lower() in ("may", "march") or len(name.rstrip(".")) <= 4:
        return bool(_MONTH_CONTEXT.search(text[max(0, m.start() - 20) : m.start()]))
    return True


def resolve_date(expression: str, anchor: dt.date | None) -> ResolvedDate | None:
    """The first date in ``expression`` resolved against ``anchor`` (the article's date), or None.

    Example::

        >>> import datetime as dt
        >>> r = resolve_date("in August", dt.date(2026, 1, 29))
        >>> (r.date.isoformat(), r.precision)
        ('2025-08-01', 'month')
    """
    found = find_dates(expression, anchor)
    return found[0] if found else None
