"""A person dead at an event's date is no party to it; recaps and undated text stay."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.pipeline import Pipeline
from wirewatch.settings import Settings

from .sentences import events_in, on_day

MET = "Turkish President Recep Tayyip Erdoğan met Muammar Gaddafi in Tripoli."


@pytest.fixture(scope="module")
def knowing_the_dead(entities: EntityDetector) -> ContactDetector:
    deceased = {e.id: e.died for e in entities.entities if e.died is not None}
    assert deceased["person:muammar-gaddafi"] == "2011-10-20"
    return ContactDetector.default(deceased=deceased)


def _pairs(detector: ContactDetector, entities: EntityDetector, text: str, day: str) -> set:
    return {
        (frozenset(p.name for p in e.participants), e.historical)
        for e in events_in(detector, entities, text, "en", on_day(day))
    }


def test_no_current_contact_with_someone_dead_at_the_article_date(
    knowing_the_dead: ContactDetector, detector: ContactDetector, entities: EntityDetector
) -> None:
    pair = frozenset({"Recep Tayyip Erdoğan", "Muammar Gaddafi"})
    # Without death dates the sentence is a current contact: the rule is what removes it.
    assert (pair, False) in _pairs(detector, entities, MET, "2025-03-01")
    assert _pairs(knowing_the_dead, entities, MET, "2025-03-01") == set()


def test_a_contact_while_alive_stays(
    knowing_the_dead: ContactDetector, entities: EntityDetector
) -> None:
    pair = frozenset({"Recep Tayyip Erdoğan", "Muammar Gaddafi"})
    assert (pair, False) in _pairs(knowing_the_dead, entities, MET, "2010-11-29")


def test_an_undated_article_rules_nobody_out(
    knowing_the_dead: ContactDetector, entities: EntityDetector
) -> None:
    # Only the arrival time: the article had no date of its own.
    events = events_in(knowing_the_dead, entities, MET, "en", on_day("2026-12-06"), dated=False)
    assert {p.name for e in events for p in e.participants} >= {"Muammar Gaddafi"}


def test_an_undated_article_rules_out_the_long_dead(
    knowing_the_dead: ContactDetector, entities: EntityDetector
) -> None:
    # Omar Mukhtar died in 1931: an undated page naming him beside a Turkish visitor
    # honours a legacy; no one met him.
    for text, lang in (
        ("خلال زيارته إلى بنغازي، التقى وزير الخارجية التركي هاكان فيدان عمر المختار.", "ar"),
        ("Turkish Foreign Minister Hakan Fidan met Omar Mukhtar in Benghazi.", "en"),
    ):
        arrived = on_day("2026-12-06")
        assert events_in(knowing_the_dead, entities, text, lang, arrived, dated=False) == []
    # ... while someone dead for less than fifty years still counts (Gaddafi, 2011).
    events = events_in(knowing_the_dead, entities, MET, "en", on_day("2026-12-06"), dated=False)
    assert any("Muammar Gaddafi" in {p.name for p in e.participants} for e in events)


def test_without_death_dates_the_long_dead_sentence_is_a_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "خلال زيارته إلى بنغازي، التقى وزير الخارجية التركي هاكان فيدان عمر المختار."
    events = events_in(detector, entities, text, "ar", on_day("2026-12-06"), dated=False)
    assert {p.name for e in events for p in e.participants} == {"Hakan Fidan", "Omar Mukhtar"}


def test_death_dates_are_partial_dates() -> None:
    base = {"id": "person:x-y", "type": "PERSON", "name": "X Y", "aliases": {"en": ["X Y"]}}
    assert KBEntity.model_validate({**base, "died": "1938"}).died == "1938"
    with pytest.raises(ValueError):
        KBEntity.model_validate({**base, "died": "10 Nov 1938"})


def test_the_pipeline_gives_its_detector_the_kbs_death_dates() -> None:
    deceased = Pipeline(Settings()).contacts.deceased
    assert deceased["person:mustafa-kemal-ataturk"] == "1938-11-10"
