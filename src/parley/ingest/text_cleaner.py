"""Cleaning crawled plain text: keep the article, drop the page furniture, read the metadata.

A crawler that saves a news page as text keeps, besides the article, what the page template
prints around it: the site name, the headline twice (page title and ``<h1>``), timestamp lines,
tag lists (one short lowercase keyword per line), image and CDN URLs, links to related stories,
the publisher's contact footer (repeated once per hidden widget), cookie banners, comment forms,
share widgets and "Back to top" buttons. The rules here recognise those by *shape* (short lines
without sentence punctuation, lines repeated in one page, URLs standing alone, lines made of
numbers) and by the fixed phrases templates use, never by one site's wording.

Metadata is read from the same furniture: the canonical URL is a URL standing alone in the page
head, the title is the first headline-shaped line (a short first line followed by a longer
headline is the site's name), the date comes from a timestamp line (else from a date in the URL),
the outlet from a site-name line, a name repeated in the page or a contact footer. Anything not
found stays ``None``.

Example::

    >>> page = "Daily Example\\n\\nTalks resume in Geneva after a pause\\n\\n"
    >>> page += "2026-01-29T10:00Z\\n\\n"
    >>> page += "Negotiators met again on Thursday, officials said.\\n\\nLeave a Reply"
    >>> doc = clean_crawled_text(page)
    >>> (doc.title, doc.outlet, str(doc.date))
    ('Talks resume in Geneva after a pause', 'Daily Example', '2026-01-29')
    >>> doc.text
    'Negotiators met again on Thursday, officials said.'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from parley.ingest.dates import DATE_RE, date_from_url, find_date

__all__ = ["CleanedText", "clean_crawled_text", "fix_glued_sentences", "split_paragraphs"]

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_URL_LINE = re.compile(
    r"^(?:(?:source|canonical(?: url)?|url|link|original(?: article)?)\s*:\s*)?"
    r"(https?://\S+)$",
    re.IGNORECASE,
)
_IMAGE_URL = re.compile(
    r"https?://\S+?\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:[?#]\S*)?(?=\s|$)"
    r"|https?://(?:cdn|img|image|images|static|media|assets)[\w.-]*\.\w+/\S*",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d[\d\s().-]{7,}\d)|(?:\(\d{3}\)\s?\d{3}-\d{4})")
_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_CAPTION_CREDIT = re.compile(
    r"\((?:photo|image|picture|file)?[:\s]*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*\s?/\s?"
    r"[A-Z][\w.&'’ -]*\)\s*$",
)
_MEDIA_PREFIX = re.compile(
    r"^(?:watch|video|listen|audio|photo|photos|image|gallery|read more|read also|also read|"
    r"see also|related|recommended|advertisement|sponsored)\s*[|:]",
    re.IGNORECASE,
)
_JUNK_TOKEN = re.compile(
    r"^(?:\d+(?:[.,:x×]\d+)*|true|false|null|none|[a-z]{2}[_-][A-Za-z]{2}|\W+)$", re.IGNORECASE
)
_SOCIAL = {
    "share",
    "shares",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "e-mail",
    "print",
    "reddit",
    "pinterest",
    "vk",
    "copy",
    "link",
    "tweet",
    "messenger",
    "threads",
    "bluesky",
    "mastodon",
    "this",
    "article",
    "on",
    "via",
    "sms",
    "comment",
    "comments",
    "save",
    "flipboard",
    "pocket",
    "tumblr",
    "viber",
    "ok",
}
_STAMP_LABEL = re.compile(
    r"^(?:by|posted|published|updated|last updated|modified|date|dated|written by)\b", re.IGNORECASE
)
_TIME_WORDS = {
    "published",
    "updated",
    "posted",
    "on",
    "at",
    "last",
    "modified",
    "date",
    "am",
    "pm",
    "a.m",
    "p.m",
    "utc",
    "gmt",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "msk",
    "pst",
    "pdt",
    "et",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "by",
    "and",
    "first",
    "created",
    "time",
    "read",
    "min",
    "mins",
    "minute",
    "minutes",
    "ago",
    "hours",
    "hour",
}
# Phrases page templates print around articles. Matched against whole short lines.
_BOILERPLATE = (
    "leave a reply",
    "leave a comment",
    "post a comment",
    "your email address will not be published",
    "required fields are marked",
    "comments are closed",
    "comments are disabled",
    "you must be logged in to post a comment",
    "back to top",
    "skip to content",
    "skip to main content",
    "related articles",
    "related posts",
    "related stories",
    "related news",
    "related content",
    "more stories",
    "more news",
    "you may also like",
    "you might also like",
    "recommended for you",
    "most read",
    "most popular",
    "trending now",
    "share this",
    "share on",
    "click to share",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "subscribe now",
    "follow us on",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "filed under",
    "posted in",
    "tags:",
    "tagged:",
    "keywords:",
    "topics:",
    "loading...",
    "advertisement",
    "continue reading",
    "read more",
    "view comments",
    "join the conversation",
    "save my name, email, and website",
    "notify me of",
    "this site uses akismet",
    "copyright ©",
    "©",
    "post comment",
    "submit comment",
    "our standards",
    "reading time",
    "reporting by",
    "(reporting by",
    "editing by",
    "writing by",
    "sign in",
    "log in to",
    "like loading",
    "categories:",
    "category:",
    "subscribe to",
    "sign up to",
    "sign up for",
    "support independent",
    "support our journalism",
    "support our work",
    "donate",
    "make a donation",
    "consider supporting",
    "disclaimer:",
)
_BOILERPLATE_START = re.compile("|".join(re.escape(p) for p in _BOILERPLATE))
_BOILERPLATE_ANY = re.compile("|".join(re.escape(p) for p in _BOILERPLATE if " " in p))
# Lines starting with these are furniture whatever their length (copyright and licence notices).
_LONG_BOILERPLATE = (
    "the views expressed",
    "the opinions expressed",
    "the views and opinions expressed",
    "views expressed in this",
    "disclaimer:",
    "copyright",
    "©",
    "(c) 20",
    "all rights reserved",
    "(reporting by",
    "this material may not be",
)
_FEED_FOOTER = re.compile(r"^The post .{1,300} appeared first on .{1,200}$")
_PROMO = re.compile(
    r"(?i:in your inbox|(?:sign up|subscribe) (?:for|to) (?:our|the) newsletter"
    r"|download (?:our|the) app)[.!]?(?:\s*Subscribe(?: now)?)?[.!]?$"
    r"|\bSubscribe(?: now)?!?$"
    r"|^(?i:\d+\s*min(?:ute)?s?\s*read)$",
)
_SECTION_LABELS = {
    "news",
    "world",
    "politics",
    "analysis",
    "opinion",
    "europe",
    "business",
    "breaking",
    "exclusive",
    "live",
    "update",
    "updated",
    "explainer",
    "commentary",
    "editorial",
    "home",
    "latest",
    "top stories",
    "menu",
    "search",
    "video",
    "photos",
    "sport",
    "sports",
    "economy",
    "asia",
    "americas",
    "africa",
    "middle east",
    "uk",
    "us",
    "russia",
    "ukraine",
    "defence",
    "defense",
    "security",
    "diplomacy",
    "feature",
    "features",
    "interview",
    "column",
    "blog",
}
# After one of these (once the article has started), the rest of the page is not the article.
_END_MARKERS = (
    "related articles",
    "related posts",
    "related stories",
    "related news",
    "leave a reply",
    "leave a comment",
    "comments are closed",
    "you may also like",
    "you might also like",
    "recommended for you",
    "more stories",
    "most read",
)
# A comments section heading ("2 thoughts on ...", "14 Comments", "Discussion"): the page's
# article is over.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+|one|two|three) (?:thoughts?|comments?|responses?|replies|reactions?)\b(?: on\b.*)?$"
    r"|^(?:comments|discussion|join the discussion|reader comments)\s*(?:\(\d+\))?$",
    re.IGNORECASE,
)
# Whole lines that are widget labels (compared without surrounding punctuation).
_EXACT_FURNITURE = {
    "like this",
    "share this",
    "reply",
    "print",
    "email",
    "menu",
    "search",
    "close",
    "loading",
    "like",
    "comment",
    "comments",
    "share",
    "tweet",
    "more",
    "next",
    "previous",
}
_COOKIE_HINTS = (
    "accept",
    "consent",
    "opt-out",
    "opt out",
    "experience",
    "agree",
    "policy",
    "we use",
    "uses cookies",
    "settings",
    "preferences",
)


@dataclass(frozen=True)
class CleanedText:
    """The article text (paragraphs separated by blank lines) and metadata found in the page."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None


def _norm_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", line).strip()


def fix_glued_sentences(text: str) -> str:
    """Put back the space a crawler lost between sentences ("said.Then" -> "said. Then").

    Only a sentence end after two lowercase letters (or after a closing quote) followed by a
    capitalised word counts, so "U.S.", domains and decimals stay intact.
    """
    text = re.sub(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|[“\"‘][A-Z])", " ", text)
    return re.sub(r"(?<=[.!?][”\"’])(?=[A-Z“‘][a-z])", " ", text)


def split_paragraphs(raw: str) -> list[str]:
    """Lines of the page, one paragraph each; hard-wrapped lines of one paragraph are re-joined."""
    out: list[str] = []
    previous_blank = True
    for raw_line in raw.splitlines():
        line = _norm_line(raw_line)
        if not line:
            previous_blank = True
            continue
        if (
            out
            and not previous_blank
            and line[0].islower()
            and not _TERMINAL.search(out[-1])
            and len(_words(out[-1])) >= 6
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous_blank = False
    return out


@lru_cache(maxsize=8192)
def _words(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line))


@lru_cache(maxsize=4096)
def _key(line: str) -> str:
    return " ".join(w.casefold() for w in _words(line))


@lru_cache(maxsize=4096)
def _is_sentence(line: str) -> bool:
    """Body text: a real sentence, or a long line of prose."""
    n = len(_words(line))
    return (n >= 8 and bool(_SENTENCE_END.search(line))) or n >= 25


@lru_cache(maxsize=4096)
def _is_timestamp(line: str) -> bool:
    """A line that is a date/time (optionally with 'Published', 'Updated', a weekday, a byline)."""
    if len(_words(line)) > 14 or not DATE_RE.search(line):
        return False
    rest = DATE_RE.sub(" ", line)
    rest = re.sub(r"T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?", " ", rest)
    leftover = [w for w in _words(rest) if w.casefold().rstrip(".") not in _TIME_WORDS]
    if not leftover:
        return True
    # "By Jane Doe | 3 March 2026", "Posted by Wire Desk on ...": a byline with its date
    if not _STAMP_LABEL.match(line) or len(leftover) > 4:
        return False
    return not (line.endswith(".") and not line.lower().endswith(("a.m.", "p.m.")))


@lru_cache(maxsize=4096)
def _is_byline(line: str) -> bool:
    """'By Jane Roe', 'By Jane Roe and John Doe, Reuters': a byline, not a sentence."""
    words = _words(line)
    return (
        line.lower().startswith("by ")
        and len(words) <= 8
        and not _SENTENCE_END.search(line)
        and all(
            w[:1].isupper() or w.lower() in ("and", "in", "de", "van", "von") for w in words[1:]
        )
    )


def _is_url_line(line: str) -> bool:
    return bool(_URL_LINE.match(line))


@lru_cache(maxsize=4096)
def _is_junk_tokens(line: str) -> bool:
    """Lines made of numbers, booleans and locale codes: widget attributes (e.g. image sizes)."""
    tokens = line.split()
    return bool(tokens) and all(_JUNK_TOKEN.match(t) for t in tokens)


@lru_cache(maxsize=4096)
def _is_contact(line: str) -> bool:
    if not (_EMAIL.search(line) or _PHONE.search(line)):
        return False
    return len(_words(line)) <= 30 and not _is_sentence(line)


@lru_cache(maxsize=4096)
def _is_menu(line: str) -> bool:
    """A navigation menu or breadcrumb: three or more short items split by | • · or >."""
    items = [i.strip() for i in re.split(r"\s[|•·>»]\s|\s/\s", line) if i.strip()]
    return len(items) >= 3 and all(len(_words(i)) <= 4 and not _is_sentence(i) for i in items)


@lru_cache(maxsize=4096)
def _is_boilerplate(line: str) -> bool:
    low = line.casefold().strip(" .:!|-–—>»")
    if low in _EXACT_FURNITURE:
        return True
    n = len(_words(line))
    if n <= 60 and low.startswith(_LONG_BOILERPLATE):
        return True
    if (n <= 25 and _PROMO.search(line.strip())) or _FEED_FOOTER.match(line):
        return True
    if _is_menu(line):
        return True
    if n <= 14 and (_BOILERPLATE_START.match(low) or (n <= 8 and _BOILERPLATE_ANY.search(low))):
        return True
    if "cookie" in low and n <= 60 and any(h in low for h in _COOKIE_HINTS):
        return True
    if _MEDIA_PREFIX.match(line) and n <= 20:
        return True
    words = [w.casefold() for w in _words(line)]
    return bool(words) and n <= 12 and all(w in _SOCIAL for w in words) and "share" in words


@lru_cache(maxsize=4096)
def _is_keyword_line(line: str) -> bool:
    """A comma-separated list of short lowercase phrases (SEO keywords, tags)."""
    if _SENTENCE_END.search(line):
        return False
    items = [i.strip() for i in re.split(r"[,;|]", line) if i.strip()]
    if len(items) < 3 or any(len(_words(i)) > 6 for i in items):
        return False
    lower = sum(1 for i in items if i == i.lower())
    return lower >= len(items) * 0.6


def _is_short_fragment(line: str, max_words: int = 4) -> bool:
    """Short and without sentence punctuation: a tag, a menu item, a label."""
    return len(_words(line)) <= max_words and not _TERMINAL.search(line)


@lru_cache(maxsize=4096)
def _is_caption(line: str) -> bool:
    return bool(_CAPTION_CREDIT.search(line)) or bool(
        re.match(r"^(?:photo|image|picture|file photo|pictured)\s*[:|]", line, re.IGNORECASE)
    )


@lru_cache(maxsize=4096)
def _is_headline(line: str) -> bool:
    """Headline-shaped: a capitalised line of 2-30 words not ending like a plain sentence."""
    n = len(_words(line))
    if not 2 <= n <= 30 or _is_url_line(line) or _is_timestamp(line):
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    first = line.lstrip("“\"‘'«(")[:1]
    return first.isupper() or first.isdigit()


@lru_cache(maxsize=4096)
def _is_site_name(line: str) -> bool:
    return (
        1 <= len(_words(line)) <= 5
        and line.casefold() not in _SECTION_LABELS
        and len(line) <= 50
        and not _TERMINAL.search(line.rstrip("!"))
        and not _is_timestamp(line)
        and not _is_url_line(line)
        and line[:1].isupper()
    )


def _domain(url: str) -> str | None:
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _head_end(lines: list[str]) -> int:
    """Index of the first body line (prose, not a question headline or furniture)."""
    for i, line in enumerate(lines):
        if not _is_sentence(line) or _is_contact(line) or _is_boilerplate(line):
            continue
        if line.rstrip('”"’)').endswith(("?", "!")) and len(_words(line)) < 16:
            continue  # a question or exclamation headline
        return i
    return len(lines)


def _find_url(head: list[str]) -> str | None:
    for line in head:
        m = _URL_LINE.match(line)
        if m and not _IMAGE_URL.match(m.group(1)):
            return m.group(1).rstrip(".,;)")
    return None


def _find_date(lines: list[str], url: str | None) -> dt.date | None:
    stamps = [line for line in lines if _is_timestamp(line)]
    published = [s for s in stamps if not re.search(r"updated|modified", s, re.IGNORECASE)]
    for line in published + stamps:
        found = find_date(line)
        if found:
            return found
    return date_from_url(url) if url else None


def _find_outlet(lines: list[str], head: list[str], counts: Counter[str]) -> str | None:
    """Site name, strongest evidence first: a short capitalised line repeated in the page; the
    name in the publisher's contact footer; a short line above the headline; a name line just
    below it."""
    for line in lines:
        if _is_site_name(line) and counts[_key(line)] >= 2 and not _is_headline_repeat(line, head):
            return line
    for line in lines:
        m = _EMAIL.search(line)
        if m and _is_contact(line):
            name = re.split(r"\s[|•·]\s", line[: m.start()])[0].strip(" -–—|:,")
            if name and _is_site_name(name):
                return name
    candidates = [
        line
        for line in head
        if not _is_url_line(line) and not _is_timestamp(line) and not _is_menu(line)
    ]
    title_at = next((i for i, c in enumerate(candidates) if _is_title_candidate(c)), None)
    if title_at is None:  # only short lines: "Site Name" above "Short headline"
        shaped = [i for i, c in enumerate(candidates) if _is_headline(c) and not _is_boilerplate(c)]
        if len(shaped) < 2 or not _is_site_name(candidates[shaped[0]]):
            return None
        title_at = shaped[1]
    before = [c for c in candidates[:title_at] if _is_site_name(c)]
    if before:
        return before[0]
    for line in candidates[title_at + 1 :]:
        if _is_site_name(line) and len(_words(line)) >= 2 and not line.lower().startswith("by "):
            return line
    return None


def _is_title_candidate(line: str) -> bool:
    return _is_headline(line) and len(_words(line)) >= 4 and not _is_boilerplate(line)


def _is_headline_repeat(line: str, head: list[str]) -> bool:
    """A headline printed twice (page title + h1) is not a site name even when short."""
    return len(_words(line)) > 3 and sum(1 for h in head if _key(h) == _key(line)) >= 2


def _find_title(head: list[str], outlet: str | None) -> str | None:
    """The first headline-shaped head line that is not the site name; a line of four words or
    more wins over a shorter one (a section label or site name above the headline)."""
    outlet_key = _key(outlet) if outlet else None
    usable = [
        line
        for line in head
        if _key(line) != outlet_key
        and _is_headline(line)
        and not _is_boilerplate(line)
        and not _is_contact(line)
        and not _is_keyword_line(line)
        and not (len(_words(line)) < 3 and line == line.lower())
    ]
    if not usable:
        return None
    long_enough = [line for line in usable if len(_words(line)) >= 4]
    return _strip_site_suffix((long_enough or usable)[0], outlet)


def _strip_site_suffix(title: str, outlet: str | None) -> str:
    """'Headline | Site' -> 'Headline' when the other part is the site name or a short label."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", title) if p.strip()]
    if len(parts) > 1:
        return max(parts, key=lambda p: len(_words(p)))
    if outlet:
        for sep in (" - ", " – ", " — "):
            head, _, tail = title.rpartition(sep)
            if head and _key(tail) == _key(outlet):
                return head.strip()
    return title


def clean_crawled_text(raw: str, *, title: str | None = None) -> CleanedText:
    """Split a crawled page into article text and metadata (see the module docstring).

    ``title`` is a headline already known from elsewhere (front matter, a JSON field); it is
    then removed from the text instead of being searched for.
    """
    lines = split_paragraphs(raw)
    counts = Counter(_key(line) for line in lines)
    head = lines[: _head_end(lines)]
    url = _find_url(head)
    date = _find_date(lines, url)
    outlet = _find_outlet(lines, head, counts)
    found_title = title or _find_title(head, outlet)
    if outlet is None and url:
        outlet = _domain(url)

    drop_keys = {k for k in (_key(found_title or ""), _key(outlet or "")) if k}
    kept: list[str] = []
    seen: set[str] = set()
    body_started = False
    after_media_label = False
    for i, line in enumerate(lines):
        key = _key(line)
        low = line.casefold().strip(" .:!")
        if body_started and (
            any(low.startswith(m) for m in _END_MARKERS) or _COMMENTS_HEADING.match(line)
        ):
            break
        if after_media_label and _is_headline(line):
            after_media_label = False
            continue  # the title of an embedded video/audio widget
        after_media_label = bool(_MEDIA_PREFIX.match(line))
        if key in drop_keys and i < len(head) + 3:
            continue
        if (
            not key
            or _is_url_line(line)
            or _is_timestamp(line)
            or _is_junk_tokens(line)
            or _is_contact(line)
            or _is_boilerplate(line)
            or _is_keyword_line(line)
            or _is_caption(line)
        ):
            continue
        line = _IMAGE_URL.sub("", line).strip()
        if not _words(line):
            continue
        if counts[key] >= 2 and not _is_sentence(line):
            continue  # repeated short lines are template furniture
        if key in seen:
            continue  # a paragraph printed twice is kept once
        if _is_short_fragment(line, 4) and not line.endswith("?"):
            continue
        if _is_byline(line):
            continue  # byline
        seen.add(key)
        kept.append(fix_glued_sentences(line))
        body_started = body_started or _is_sentence(line)
    return CleanedText(text="\n\n".join(kept), title=found_title, date=date, outlet=outlet, url=url)
