"""The crawled-text cleaner: the seed acceptance cases, and the same rules on pages we wrote."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from parley.ingest.dates import date_from_url, find_date
from parley.ingest.text_cleaner import clean_crawled_text, fix_glued_sentences


def _seed(seeds_dir: Path, prefix: str) -> str:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _lines(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip()]


def _quoted_spans(raw: str) -> list[str]:
    """Every “...” quotation of the page, read from the seed itself."""
    return [m.group(0) for m in re.finditer(r"“[^“”]{3,}”", raw)]


def test_seed_000_headline_date_url_outlet(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "000")
    lines = _lines(raw)
    doc = clean_crawled_text(raw)
    assert doc.url == lines[0]
    assert doc.title == lines[1]  # the headline, printed twice in the page head
    assert doc.date == dt.date(2026, 1, 29)
    assert doc.outlet == "Sputnik International"
    assert doc.title not in doc.text


def test_seed_000_footer_and_widget_lines_are_gone_quotes_stay(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "000")
    doc = clean_crawled_text(raw)
    for line in _lines(raw):
        if "@" in line:  # the publisher's contact footer
            assert line not in doc.text
            assert "feedback@" not in doc.text
    assert not re.search(r"^\d+ \d+ true$", doc.text, re.MULTILINE)
    assert "1920" not in doc.text
    assert "https://" not in doc.text  # related links and CDN images
    assert "en_EN" not in doc.text
    quotes = _quoted_spans(raw)
    assert len(quotes) >= 8
    for quote in quotes:
        assert quote in doc.text
    # the tag list (one lowercase keyword per line) is gone
    assert not any(p in ("russia", "ukraine", "troops") for p in doc.text.split("\n\n"))


def test_seed_001_blog_name_is_the_site_not_the_title(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "001")
    lines = _lines(raw)
    doc = clean_crawled_text(raw)
    assert doc.outlet == lines[0]
    assert doc.title == lines[1]
    assert doc.url is None and doc.date is None  # not in the page: never invented
    assert "Comments are closed" not in doc.text
    assert "cookies" not in doc.text
    for quote in _quoted_spans(raw):
        assert quote in doc.text


def test_seed_003_comment_form_and_navigation_are_gone(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "003")
    lines = _lines(raw)
    doc = clean_crawled_text(raw)
    assert doc.outlet == lines[0]
    assert doc.title == lines[1]
    for fragment in ("Related Articles", "Leave a Reply", "will not be published", "Back to top"):
        assert fragment not in doc.text
    assert doc.text.splitlines()[-1] == lines[-5]  # the article's last paragraph ends the text
    for quote in _quoted_spans(raw):
        assert quote in doc.text


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_seeds_without_furniture_keep_every_paragraph(seeds_dir: Path, prefix: str) -> None:
    raw = _seed(seeds_dir, prefix)
    lines = _lines(raw)
    doc = clean_crawled_text(raw)
    assert doc.title == lines[0]
    assert doc.outlet is None and doc.url is None
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == lines[1:]


def test_glued_sentences_are_split_but_abbreviations_stay() -> None:
    assert fix_glued_sentences("talks ended.Officials left") == "talks ended. Officials left"
    assert fix_glued_sentences("the U.S. envoy and example.com") == "the U.S. envoy and example.com"
    assert fix_glued_sentences("said “yes.”Then") == "said “yes.” Then"


_PAGE = """\
The Harbour Courier

News | World | Europe | Opinion

Envoys agree to resume talks on a ceasefire next week

By Mara Lind

Published: March 3, 2026 at 9:15 AM

Updated: March 4, 2026

https://images.example-cdn.net/photos/2026/talks-1200x800.jpg

Envoys from both sides agreed on Tuesday to meet again next week, the mediators said.

"We are not there yet, but the door is open," one of the mediators told reporters after the session.

Share this article

Facebook Twitter WhatsApp Email

diplomacy

ceasefire

mediation

geneva

ceasefire talks, mediators, envoys, geneva round

We use cookies to personalise content. By clicking Accept you agree to our cookie policy. Accept

Related Articles

Mediators plan another round in the spring

Leave a Reply

Your email address will not be published. Required fields are marked *

The Harbour Courier | 12 Quay Road | +44 20 7946 0000 | desk@harbourcourier.example

Back to top
"""


def test_generic_page_furniture_is_dropped_and_metadata_read() -> None:
    doc = clean_crawled_text(_PAGE)
    assert doc.title == "Envoys agree to resume talks on a ceasefire next week"
    assert doc.outlet == "The Harbour Courier"
    assert doc.date == dt.date(2026, 3, 3)  # published, not updated
    assert doc.url is None  # an image URL is not the page's URL
    assert doc.text.split("\n\n") == [
        "Envoys from both sides agreed on Tuesday to meet again next week, the mediators said.",
        '"We are not there yet, but the door is open," one of the mediators told reporters after '
        "the session.",
    ]


def test_short_first_headline_is_not_mistaken_for_a_site_name() -> None:
    page = "Talks stall again\n\nNegotiators left Geneva without a date for a next round."
    doc = clean_crawled_text(page)
    assert doc.title == "Talks stall again"
    assert doc.outlet is None


def test_wrapped_lines_of_one_paragraph_are_joined() -> None:
    page = (
        "Headline about the negotiations in Geneva\n\n"
        "The delegations met for six hours on Monday and agreed to\n"
        "continue the talks on Thursday, the mediators said.\n"
    )
    doc = clean_crawled_text(page)
    assert doc.text == (
        "The delegations met for six hours on Monday and agreed to continue the talks on "
        "Thursday, the mediators said."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-29T14:15+0000", dt.date(2026, 1, 29)),
        ("Posted on Monday, November 24, 2025 3:15 AM EST", dt.date(2025, 11, 24)),
        ("19 August 2025, 10:25", dt.date(2025, 8, 19)),
        ("Sept. 5th, 2025", dt.date(2025, 9, 5)),
        ("31/12/2025", dt.date(2025, 12, 31)),
        ("01/02/2025", None),  # day-month order unknown: not guessed
        ("no date here", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


def test_date_from_url() -> None:
    assert date_from_url("https://x.example/20260129/story-1.html") == dt.date(2026, 1, 29)
    assert date_from_url("https://x.example/politics/2025/08/19/story/") == dt.date(2025, 8, 19)
    assert date_from_url("https://x.example/story-12345678") is None


def test_body_sentences_that_resemble_furniture_are_kept() -> None:
    body = [
        "Talks resumed on March 3, 2026.",
        "By March 10, 2026, both sides had agreed.",
        "The statement appeared in the ministry's newsletter.",
        "The advertisement was withdrawn after protests.",
    ]
    page = "Ministers meet again in the capital after a long pause\n\n" + "\n\n".join(body)
    assert clean_crawled_text(page).text.split("\n\n") == body


def test_bylines_with_dates_are_metadata() -> None:
    page = (
        "Ministers meet again in the capital after a long pause\n\n"
        "By Jane Roe | 3 March 2026\n\nPosted by Wire Desk on 4 March 2026 at 9:10 a.m.\n\n"
        "The ministers met for two hours and agreed to continue the talks next month.\n"
    )
    doc = clean_crawled_text(page)
    assert doc.date == dt.date(2026, 3, 3)
    assert (
        doc.text == "The ministers met for two hours and agreed to continue the talks next month."
    )


_BLOG = """\
Peace Watch Blog

Menu

Skip to content

Observers describe a quiet first night of the truce

Posted on February 12, 2026 by admin

Categories: Diplomacy, Europe

The first night of the truce passed without major incidents, the monitoring team said.

Advertisement

READ MORE: Why the monitoring mission took months to agree

Local officials said shelling had stopped shortly after midnight in both villages.

Photo: AP/Jane Doe

A soldier walks past a damaged building near the front line. (Jane Doe/AP)

Sign up for our daily newsletter

"We hope this holds, but nobody here is celebrating yet," a village head told the team.

Tags: truce, monitoring, contact line, observers

Share this:

Twitter

Facebook

Like this:

Like Loading...

Previous Post

Next Post

2 thoughts on “Observers describe a quiet first night of the truce”

Reader One says: February 12, 2026 at 10:15 am

Let's hope it lasts.

Reply

Leave a Reply Cancel reply
"""


def test_blog_page_with_inline_ads_captions_and_comments() -> None:
    doc = clean_crawled_text(_BLOG)
    assert doc.title == "Observers describe a quiet first night of the truce"
    assert doc.outlet == "Peace Watch Blog"
    assert doc.date == dt.date(2026, 2, 12)
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The first night of the truce passed")
    assert paragraphs[1].startswith("Local officials said shelling had stopped")
    assert paragraphs[2].startswith('"We hope this holds')
