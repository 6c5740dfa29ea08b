"""Date resolution against the article's date: pure functions, many cases."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.nlp.dates import find_dates, resolve_date

THU = dt.date(2026, 1, 29)  # a Thursday
MON = dt.date(2025, 12, 15)  # a Monday
SUN = dt.date(2025, 8, 17)  # a Sunday


@pytest.mark.parametrize(
    ("text", "anchor", "expected", "precision"),
    [
        # weekdays: most recent on or before the anchor
        ("the leaders met on Wednesday", THU, dt.date(2026, 1, 28), "day"),
        ("the leaders met on Thursday", THU, dt.date(2026, 1, 29), "day"),
        ("the leaders met on Friday", THU, dt.date(2026, 1, 23), "day"),
        ("talks resumed Monday", MON, dt.date(2025, 12, 15), "day"),
        ("a call on Sunday", MON, dt.date(2025, 12, 14), "day"),
        ("Saturday's summit", SUN, dt.date(2025, 8, 16), "day"),
        ("they spoke last Thursday", THU, dt.date(2026, 1, 22), "day"),
        ("they spoke last Monday", THU, dt.date(2026, 1, 26), "day"),
        ("they meet next Monday", THU, dt.date(2026, 2, 2), "day"),
        ("they meet next Thursday", THU, dt.date(2026, 2, 5), "day"),
        ("a round on Tues. in Geneva", THU, dt.date(2026, 1, 27), "day"),
        # months without a day: 1st of the latest such month not after the anchor
        ("a summit in August", THU, dt.date(2025, 8, 1), "month"),
        ("a summit in January", THU, dt.date(2026, 1, 1), "month"),
        ("a summit in December", THU, dt.date(2025, 12, 1), "month"),
        ("a summit in August", SUN, dt.date(2025, 8, 1), "month"),
        ("a summit in September", SUN, dt.date(2024, 9, 1), "month"),
        ("talks planned for next March", THU, dt.date(2026, 3, 1), "month"),
        ("talks planned for next January", THU, dt.date(2027, 1, 1), "month"),
        ("since early May", THU, dt.date(2025, 5, 1), "month"),
        ("the plan of November 2025", THU, dt.date(2025, 11, 1), "month"),
        ("the plan of Sept. 2024", THU, dt.date(2024, 9, 1), "month"),
        # month and day: nearest sensible year
        ("a summit scheduled for January 6", MON, dt.date(2026, 1, 6), "day"),
        ("a summit on Jan. 6", MON, dt.date(2026, 1, 6), "day"),
        ("the Dec. 20 meeting", THU, dt.date(2025, 12, 20), "day"),
        ("on December 20", THU, dt.date(2025, 12, 20), "day"),
        ("on 6 January", MON, dt.date(2026, 1, 6), "day"),
        ("on the 6th of January", MON, dt.date(2026, 1, 6), "day"),
        ("on August 15th", SUN, dt.date(2025, 8, 15), "day"),
        ("on February 3", THU, dt.date(2026, 2, 3), "day"),
        ("on July 1", THU, dt.date(2025, 7, 1), "day"),
        ("on Feb. 29", dt.date(2024, 3, 10), dt.date(2024, 2, 29), "day"),
        # explicit dates
        ("on January 6, 2026", None, dt.date(2026, 1, 6), "day"),
        ("on 6 January 2026", None, dt.date(2026, 1, 6), "day"),
        ("published 2026-01-29T14:15+0000", None, dt.date(2026, 1, 29), "day"),
        ("dated 2025-11-30.", THU, dt.date(2025, 11, 30), "day"),
        ("August 2025", None, dt.date(2025, 8, 1), "month"),
        ("the talks in 2022", THU, dt.date(2022, 1, 1), "year"),
        ("since 2014", None, dt.date(2014, 1, 1), "year"),
        # relative words
        ("said yesterday", THU, dt.date(2026, 1, 28), "day"),
        ("said today", THU, dt.date(2026, 1, 29), "day"),
        ("will meet tomorrow", THU, dt.date(2026, 1, 30), "day"),
        ("met last week", THU, dt.date(2026, 1, 19), "week"),
        ("meets this week", THU, dt.date(2026, 1, 26), "week"),
        ("meets next week", THU, dt.date(2026, 2, 2), "week"),
        ("met last month", THU, dt.date(2025, 12, 1), "month"),
        ("met earlier this month", THU, dt.date(2026, 1, 1), "month"),
        ("meets next month", THU, dt.date(2026, 2, 1), "month"),
        ("met last year", THU, dt.date(2025, 1, 1), "year"),
        ("met three days ago", THU, dt.date(2026, 1, 26), "day"),
        ("met two weeks ago", THU, dt.date(2026, 1, 12), "week"),
        ("met a month ago", THU, dt.date(2025, 12, 1), "month"),
        ("met 10 days earlier", THU, dt.date(2026, 1, 19), "day"),
        ("talks over the weekend", THU, dt.date(2026, 1, 24), "week"),
        ("talks over the weekend", SUN, dt.date(2025, 8, 16), "week"),
        ("talks last weekend", SUN, dt.date(2025, 8, 9), "week"),
        ("talks next weekend", THU, dt.date(2026, 1, 31), "week"),
    ],
)
def test_resolve_date(text: str, anchor: dt.date | None, expected: dt.date, precision: str) -> None:
    found = resolve_date(text, anchor)
    assert found is not None, text
    assert (found.date, found.precision) == (expected, precision)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "it may be too late",
        "they march on the capital",
        "USA Today reported the plan",
        "the Sun reported the plan",
        "the 28-point plan",
        "a force of 30,000 troops",
        "Article 5 guarantees",
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text, THU) == []


@pytest.mark.parametrize(
    "text", ["on Wednesday", "in August", "January 6", "last week", "yesterday"]
)
def test_relative_dates_need_an_anchor(text: str) -> None:
    assert resolve_date(text, None) is None


def test_longest_expression_wins_and_order_is_kept() -> None:
    found = find_dates("On Monday, Jan. 5, 2026, after talks in December and last week", THU)
    assert [f.text for f in found] == ["Monday, Jan. 5, 2026", "December", "last week"]
    assert [f.precision for f in found] == ["day", "month", "week"]


def test_weekday_before_a_date_is_part_of_it() -> None:
    (found,) = find_dates("talks on Monday, January 5", THU)
    assert (found.date, found.text) == (dt.date(2026, 1, 5), "Monday, January 5")
    (found,) = find_dates("the weekend of January 10", THU)
    assert found.date == dt.date(2026, 1, 10)


def test_invalid_calendar_dates_are_skipped() -> None:
    assert find_dates("on February 30", THU) == []
    assert find_dates("on 2026-02-30", THU) == []
