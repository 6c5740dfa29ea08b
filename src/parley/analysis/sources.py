"""Source profiles: per outlet, which positions it reports, whom it quotes, how often it leans on
anonymous sources and which framing words (from the pack) it uses; and story clusters — articles
of different outlets about the same story — with what each outlet leaves out.

Counts per outlet are GROUP BY queries; framing markers are counted by scanning article texts
(streamed), and clustering compares only articles a few days apart.

Example::

    >>> from parley.store import open_engine
    >>> source_profiles(open_engine("sqlite:///:memory:"), Filters(), clusters=False).profiles
    []
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Engine, String, case, cast, func, or_, select

from parley.analysis._sql import to_date
from parley.analysis.filters import Filters, filter_events, filter_positions
from parley.analysis.results import (
    ClusterArticle,
    CountItem,
    FramingCount,
    Omission,
    PositionKey,
    SourceProfile,
    SourcesReport,
    StoryCluster,
)
from parley.packs import FramingMarker, load_pack
from parley.store.schema import Article, EventRow, Outlet, PositionRow

__all__ = [
    "ANONYMOUS_CUES",
    "ANONYMOUS_HOLDERS",
    "framing_counts",
    "source_profiles",
    "story_clusters",
]

_P = PositionRow.__table__.c
_A = Article.__table__.c
_O = Outlet.__table__.c
_E = EventRow.__table__.c

#: Substrings of a position's JSON ``sources`` list that mark an unnamed source
#: ("an official", "two people familiar with the talks", "sources close to ...").
ANONYMOUS_CUES: tuple[str, ...] = (
    '"a ',
    '"an ',
    '"one ',
    '"two ',
    '"three ',
    '"several ',
    '"some ',
    '"people ',
    '"officials',
    "anonym",
    "unnamed",
    "familiar with",
    "source",
    "insider",
)

#: Patterns (SQL LIKE, lower case) of a holder phrase that names nobody: "a senior official",
#: "two diplomats", "U.S. officials", "sources close to the Kremlin".
ANONYMOUS_HOLDERS: tuple[str, ...] = (
    "a %",
    "an %",
    "one %",
    "two %",
    "three %",
    "several %",
    "some %",
    "%officials%",
    "%diplomats%",
    "%sources%",
    "%people familiar%",
    "%anonym%",
    "%unnamed%",
    "%insider%",
)

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_UNKNOWN_OUTLET = "(unknown outlet)"


def _article_filter(stmt: Any, filters: Filters) -> Any:
    if filters.since is not None:
        stmt = stmt.where(_A.date >= filters.since)
    if filters.until is not None:
        stmt = stmt.where(_A.date <= filters.until)
    if filters.outlets:
        stmt = stmt.where(_A.outlet_id.in_(select(_O.id).where(_O.name.in_(filters.outlets))))
    return stmt


def _is_anonymous() -> Any:
    """1 when the position rests on an unnamed source (in ``sources`` or as the holder)."""
    text = func.lower(cast(_P.sources, String))
    holder = func.lower(_P.holder)
    return case(
        (
            or_(
                *(text.like(f"%{cue}%") for cue in ANONYMOUS_CUES),
                *(holder.like(pattern) for pattern in ANONYMOUS_HOLDERS),
            ),
            1,
        ),
        else_=0,
    )


def source_profiles(
    engine: Engine,
    filters: Filters | None = None,
    *,
    top: int = 10,
    framing: bool = True,
    clusters: bool = True,
    window_days: int = 2,
    similarity: float = 0.5,
) -> SourcesReport:
    """One profile per outlet (most positions first) and, unless ``clusters=False``, the story
    clusters with omissions. Framing markers come from the pack (``filters.pack``, else ukraine).

    Example::

        report = source_profiles(engine, Filters(since=dt.date(2025, 11, 1)))
        for p in report.profiles:
            print(p.outlet, p.positions, f"{p.anonymous_rate:.0%}", p.actors[:3])
    """
    filters = filters or Filters()
    with engine.connect() as conn:
        names: dict[Any, str] = dict(conn.execute(select(_O.id, _O.name)).all())
        names[None] = _UNKNOWN_OUTLET
        articles = dict(
            conn.execute(
                _article_filter(select(_A.outlet_id, func.count()), filters).group_by(_A.outlet_id)
            ).all()
        )
        totals = {
            o: (int(n), int(a or 0))
            for o, n, a in conn.execute(
                filter_positions(
                    select(_P.outlet_id, func.count(), func.sum(_is_anonymous())), filters
                ).group_by(_P.outlet_id)
            )
        }
        by_actor = _grouped(conn, filters, _P.actor)
        by_holder = _grouped(conn, filters, _P.holder)
        by_cell = _grouped(conn, filters, _P.actor, _P.issue, _P.stance)

    counted = framing_counts(engine, filters) if framing else {}
    profiles = []
    for outlet_id in sorted(set(articles) | set(totals), key=lambda o: names.get(o, str(o))):
        n, anonymous = totals.get(outlet_id, (0, 0))
        profiles.append(
            SourceProfile(
                outlet=names.get(outlet_id, str(outlet_id)),
                articles=int(articles.get(outlet_id, 0)),
                positions=n,
                anonymous_positions=anonymous,
                anonymous_rate=round(anonymous / n, 4) if n else 0.0,
                actors=by_actor.get(outlet_id, [])[:top],
                holders=by_holder.get(outlet_id, [])[:top],
                cells=by_cell.get(outlet_id, []),
                framing=counted.get(names.get(outlet_id, ""), []),
            )
        )
    profiles.sort(key=lambda p: (-p.positions, -p.articles, p.outlet))
    found = (
        story_clusters(engine, filters, window_days=window_days, similarity=similarity)
        if clusters
        else []
    )
    return SourcesReport(profiles=profiles, clusters=found)


def _grouped(conn: Any, filters: Filters, *keys: Any) -> dict[Any, list[CountItem]]:
    stmt = filter_positions(select(_P.outlet_id, *keys, func.count()), filters).group_by(
        _P.outlet_id, *keys
    )
    out: dict[Any, list[CountItem]] = defaultdict(list)
    for row in conn.execute(stmt):
        out[row[0]].append(CountItem(key=":".join(str(k) for k in row[1:-1]), count=int(row[-1])))
    for items in out.values():
        items.sort(key=lambda c: (-c.count, c.key))
    return out


def _compile(marker: FramingMarker) -> dict[str, re.Pattern[str]]:
    return {
        variant: re.compile("|".join(f"(?:{p})" for p in patterns))
        for variant, patterns in marker.variants.items()
    }


def framing_counts(
    engine: Engine, filters: Filters | None = None, *, batch: int = 500
) -> dict[str, list[FramingCount]]:
    """Occurrences of each framing-marker variant of the pack, per outlet name, in article texts.

    Example::

        framing_counts(engine)["Outlet A"]  # [FramingCount(marker='kyiv_spelling', variant=...)]
    """
    filters = filters or Filters()
    markers = load_pack(filters.pack or "ukraine").framing.markers
    if not markers:
        return {}
    compiled = [(m.id, _compile(m)) for m in markers]
    occurrences: dict[tuple[str, str, str], int] = defaultdict(int)
    in_articles: dict[tuple[str, str, str], int] = defaultdict(int)
    stmt = _article_filter(
        select(func.coalesce(_O.name, _UNKNOWN_OUTLET), _A.text)
        .select_from(Article.__table__)
        .outerjoin(Outlet.__table__, _O.id == _A.outlet_id),
        filters,
    ).order_by(_A.id)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(stmt)
        for outlet, text in result:
            for marker_id, variants in compiled:
                for variant, pattern in variants.items():
                    hits = len(pattern.findall(text or ""))
                    if hits:
                        occurrences[(outlet, marker_id, variant)] += hits
                        in_articles[(outlet, marker_id, variant)] += 1
    out: dict[str, list[FramingCount]] = defaultdict(list)
    for (outlet, marker_id, variant), n in sorted(occurrences.items()):
        out[outlet].append(
            FramingCount(
                marker=marker_id,
                variant=variant,
                occurrences=n,
                articles=in_articles[(outlet, marker_id, variant)],
            )
        )
    return dict(out)


class _Doc:
    __slots__ = ("article_id", "date", "events", "outlet", "text", "title", "url", "words")

    def __init__(self, row: Any) -> None:
        self.article_id: int = row[0]
        self.outlet: str | None = row[1]
        self.title: str | None = row[2]
        self.date: dt.date | None = to_date(row[3])
        self.url: str | None = row[4]
        self.text: str = f"{row[2] or ''}. {(row[5] or '')[:600]}"
        self.words = set(_WORD.findall(self.text.lower()))
        self.events: list[tuple[dt.date, str, frozenset[str]]] = []


def _same_event(a: _Doc, b: _Doc) -> bool:
    """Both report an event of the same kind on the same day with overlapping participants
    (or participants unknown on one side)."""
    for day, kind, who in a.events:
        for other_day, other_kind, other_who in b.events:
            if (
                day == other_day
                and kind == other_kind
                and (not who or not other_who or who & other_who)
            ):
                return True
    return False


def _similar(a: _Doc, b: _Doc, threshold: float) -> bool:
    if _same_event(a, b):
        return True
    union = a.words | b.words
    jaccard = len(a.words & b.words) / len(union) if union else 0.0
    title = fuzz.token_set_ratio(a.title or "", b.title or "") / 100 if a.title and b.title else 0
    return max(jaccard * 2, title) >= threshold


def _candidate_pairs(docs: list[_Doc]) -> tuple[list[tuple[_Doc, _Doc]], list[list[_Doc]]]:
    """Pairs worth comparing: they share an event (day, kind) or a rare word of title and lead
    (one used by few documents), so the cost grows with matches, not with the square of the
    number of articles. Very large event buckets are returned as groups to join outright when
    their articles name the same participants."""
    by_key: dict[object, list[int]] = defaultdict(list)
    exact: dict[object, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for day, kind, who in d.events:
            by_key[("event", day, kind)].append(i)
            exact[(day, kind, who)].append(i)
        for word in d.words:
            by_key[word].append(i)
    rare = max(5, len(docs) // 50)
    pairs: set[tuple[int, int]] = set()
    groups: list[list[_Doc]] = []
    for key, members in by_key.items():
        limit = 50 if isinstance(key, tuple) else rare
        if len(members) < 2:
            continue
        if len(members) > limit:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j) if i < j else (j, i))
    for members in exact.values():
        if len(members) > 50 and len({docs[i].outlet for i in members}) > 1:
            groups.append([docs[i] for i in members])
    return [(docs[i], docs[j]) for i, j in sorted(pairs)], groups


def story_clusters(
    engine: Engine,
    filters: Filters | None = None,
    *,
    window_days: int = 2,
    similarity: float = 0.5,
    max_articles: int = 5000,
) -> list[StoryCluster]:
    """Group articles of different outlets about the same story, and list what each outlet of a
    cluster leaves out that another reports.

    Two articles from different outlets at most ``window_days`` apart belong to the same story
    when they report an event of the same kind on the same date, or their title and lead are
    similar (``max(2 × word Jaccard, title token-set ratio) >= similarity``); shared events
    need overlapping participants when both sides name them. The newest
    ``max_articles`` dated articles are considered.

    Example::

        for c in story_clusters(engine, Filters(since=dt.date(2025, 11, 20))):
            print(c.label, c.outlets, [(o.outlet, len(o.missing)) for o in c.omissions])
    """
    filters = filters or Filters()
    stmt = (
        _article_filter(
            select(_A.id, _O.name, _A.title, _A.date, _A.url, _A.text)
            .select_from(Article.__table__)
            .outerjoin(Outlet.__table__, _O.id == _A.outlet_id),
            filters,
        )
        .where(_A.date.is_not(None), _A.outlet_id.is_not(None))
        .order_by(_A.date.desc(), _A.id.desc())
        .limit(max_articles)
    )
    with engine.connect() as conn:
        docs = sorted((_Doc(r) for r in conn.execute(stmt)), key=lambda d: (d.date, d.article_id))
        by_id = {d.article_id: d for d in docs}
        if not docs:
            return []
        ev_stmt = filter_events(
            select(_E.article_id, _E.date, _E.kind, _E.participants), filters
        ).where(_E.date.is_not(None))
        for article_id, day, kind, who in conn.execute(ev_stmt):
            when = to_date(day)
            if article_id in by_id and when is not None:
                by_id[article_id].events.append((when, kind, frozenset(who or [])))

    parent = {d.article_id: d.article_id for d in docs}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs, joined = _candidate_pairs(docs)
    for same_event in joined:
        for d in same_event[1:]:
            parent[root(d.article_id)] = root(same_event[0].article_id)
    for a, b in pairs:
        assert a.date is not None and b.date is not None
        if abs((b.date - a.date).days) > window_days or a.outlet == b.outlet:
            continue
        if root(a.article_id) != root(b.article_id) and _similar(a, b, similarity):
            parent[root(b.article_id)] = root(a.article_id)

    groups: dict[int, list[_Doc]] = defaultdict(list)
    for d in docs:
        groups[root(d.article_id)].append(d)
    multi = [g for g in groups.values() if len({d.outlet for d in g}) > 1]
    if not multi:
        return []
    clustered = [d.article_id for g in multi for d in g]
    reported: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
    with engine.connect() as conn:
        for start in range(0, len(clustered), 500):
            chunk = clustered[start : start + 500]
            pos_stmt = filter_positions(
                select(_P.article_id, _P.actor, _P.issue, _P.stance).distinct(), filters
            ).where(_P.article_id.in_(chunk))
            for article_id, actor, issue, stance in conn.execute(pos_stmt):
                reported[article_id].add((actor, issue, stance))

    clusters: list[StoryCluster] = []
    for group in sorted(multi, key=lambda g: (min(d.date for d in g), g[0].article_id)):  # type: ignore[type-var]
        per_outlet: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for d in group:
            per_outlet[d.outlet or _UNKNOWN_OUTLET] |= reported.get(d.article_id, set())
        union = set().union(*per_outlet.values())
        dates = [d.date for d in group if d.date is not None]
        clusters.append(
            StoryCluster(
                cluster_id=len(clusters) + 1,
                label=next((d.title for d in group if d.title), f"article {group[0].article_id}"),
                date_from=min(dates),
                date_to=max(dates),
                articles=[
                    ClusterArticle(
                        article_id=d.article_id,
                        outlet=d.outlet,
                        title=d.title,
                        date=d.date,
                        url=d.url,
                    )
                    for d in group
                ],
                outlets=sorted(per_outlet),
                reported=[_key(t) for t in sorted(union)],
                omissions=[
                    Omission(outlet=o, missing=[_key(t) for t in sorted(union - have)])
                    for o, have in sorted(per_outlet.items())
                    if union - have
                ],
            )
        )
    return clusters


def _key(t: tuple[str, str, str]) -> PositionKey:
    return PositionKey(actor=t[0], issue=t[1], stance=t[2])
