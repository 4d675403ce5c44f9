"""A visit to an organisation whose person the article says the visitor met: the body
stood for whom he met, as a state does ("visited the Presidential Council ... met
Menfi"), so only the person pair stays (issue #12). Paraphrases, not the excerpt that
showed it; with what must be left alone."""

from __future__ import annotations

from tests.unit.core.contacts.sentences import participant_sets_on

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
YILMAZ = "person:kenan-yilmaz"


pairs = participant_sets_on("2024-05-03", "en")


def test_the_body_visited_gives_way_to_the_person_met(detector, entities) -> None:
    text = (
        "Foreign Minister Hakan Fidan visited the Presidential Council in Tripoli on "
        "Monday. Fidan held talks with Mohamed al-Menfi on the elections."
    )
    assert pairs(detector, entities, text) == {frozenset({FIDAN, MENFI})}


def test_a_body_visited_with_nobody_of_it_met_stays(detector, entities) -> None:
    text = "Foreign Minister Hakan Fidan visited the Presidential Council in Tripoli on Monday."
    found = pairs(detector, entities, text)
    assert len(found) == 1
    (pair,) = found
    assert FIDAN in pair and MENFI not in pair


def test_a_body_met_not_visited_stays_beside_its_person(detector, entities) -> None:
    text = (
        "Ambassador Kenan Yilmaz met the Presidential Council on Monday. Yilmaz also held "
        "talks with Mohamed al-Menfi."
    )
    found = pairs(detector, entities, text)
    assert frozenset({YILMAZ, MENFI}) in found
    assert len(found) == 2
