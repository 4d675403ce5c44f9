"""(accen5, issue #12) English institution families the real set missed, as
paraphrases unlike the excerpts: the ministries copy names bare once the country is
said ("Turkey's Health Ministry", "Libya's Economy Ministry"), the short forms of three
Libyan bodies ("Libya's High Council", "the Tobruk parliament", "Libya's unity
government"), the High Council's head named through the short form, and the eastern
army's commander and deputy named by role. Each with what must stay unlinked."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.unit.core.entities.dated import people_on
from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

_ids = partial(ids_of, lang="en")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Turkey's Health Ministry flew a field hospital to Benghazi.", "org:tr-health"),
        ("Doctors from the Health Ministry of Libya treated the wounded.", "org:ly-ministry-health"),
        ("Türkiye's Trade Ministry announced a new export scheme for Libya.", "org:tr-trade"),
        ("Libya's Economy Ministry will host the fair, its spokesman said.", "org:ly-ministry-economy"),
        ("Turkey's Energy Ministry said drilling would start in the spring.", "org:tr-energy"),
        ("Libya's Oil Ministry denied the report.", "org:ly-ministry-oil"),
        # the head's title with its country, the ministry bare later
        ("Libyan Finance Minister Khaled al-Mabrouk arrived; the Finance Ministry said the "
         "talks covered debts.", "org:ly-ministry-finance"),
        ("The Libyan justice minister spoke after the Justice Ministry announced the deal.",
         "org:ly-ministry-justice"),
    ],
)  # fmt: skip
def test_a_bare_ministry_takes_the_country_the_article_gives(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # no country said: no guess
        "The Health Ministry said twenty people had died.",
        # a country whose ministry the lexicon does not list
        "Italy's Trade Ministry said exports had grown.",
        # what the ministry speaks of is not whose it is
        "The Health Ministry said aid for Libya was ready.",
    ],
)
def test_a_bare_ministry_without_one_country_stays_unlinked(
    detector: EntityDetector, text: str
) -> None:
    ids = _ids(detector, text)
    assert not ids & {"org:tr-health", "org:ly-ministry-health", "org:tr-trade", "org:tr-energy"}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Libya's High Council rejected the election law.", "org:ly-hcs"),
        ("Members of the Tobruk parliament arrived in Ankara.", "org:ly-hor"),
        ("The eastern-based parliament refused to vote.", "org:ly-hor"),
        ("Libya’s unity government signed the deal.", "org:ly-gnu"),
    ],
)
def test_short_forms_of_libyan_bodies(detector: EntityDetector, text: str, entity_id: str) -> None:
    assert entity_id in _ids(detector, text)


def test_another_high_council_is_not_libyas(detector: EntityDetector) -> None:
    assert "org:ly-hcs" not in _ids(detector, "Morocco's High Council of Judicial Power met.")


def _people(detector, linker, text: str, day: str) -> dict[str, list[str]]:
    return people_on(detector, linker, text, "en", day)


@pytest.mark.parametrize(
    ("text", "day", "holder", "surface"),
    [
        ("Ankara welcomed the head of Libya's High Council.", "2023-11-01",
         "person:mohamed-takala", "head of Libya's High Council"),
        # the same phrase under the chairman before him
        ("Ankara welcomed the chairman of Libya's High Council.", "2020-11-01",
         "person:khalid-al-mishri", "chairman of Libya's High Council"),
        ("Talks in Benghazi were held with the commander of the LAAF.", "2025-08-26",
         "person:khalifa-haftar", "commander of the LAAF"),
        ("Ankara rolled out the red carpet for the LNA's deputy commander.", "2025-11-20",
         "person:saddam-haftar", "LNA's deputy commander"),
    ],
)  # fmt: skip
def test_a_role_names_the_holder_on_the_articles_day(
    detector, linker, text, day, holder, surface
) -> None:
    assert _people(detector, linker, text, day) == {holder: [surface]}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # before the office existed: nobody held it
        ("Ankara rolled out the red carpet for the LNA's deputy commander.", "2024-01-10"),
        # someone else than the holder
        ("The former commander of the LAAF's navy spoke in Benghazi.", "2025-08-26"),
    ],
)
def test_a_role_nobody_held_then_stays_unlinked(detector, linker, text, day) -> None:
    folded = fold(text)
    found = linker.link(folded, "en", detector.detect(folded, "en"), datetime.fromisoformat(day))
    assert not [e.id for e in found if e.found_by == "role"]
