"""The headline present with a plural subject, as a verb family (issue #12, class 5).

"Erdogan, Dbeibah discuss ties", "Kalin, Haftar meet in Benghazi", "Haftar, Fidan hold
talks": the plural present of the meeting, talks and discussion verbs. Their modal,
wish and purpose frames ("could meet", "wants to discuss", "met officials to discuss
trade with Turkey") and "meet" of an obligation ("must meet its commitments") are no
contact. The real entity detector and packaged lexicons run the sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
HAFTAR, FIDAN, MENFI = "person:khalifa-haftar", "person:hakan-fidan", "person:mohamed-menfi"

PAD = " Both sides also reviewed the situation in the region and recent developments."


def pairs(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text + PAD, "en", on_day("2025-06-02"))
    return {e.pair_key for e in events}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan, Dbeibah discuss energy cooperation in Istanbul", (ERDOGAN, DBEIBAH)),
        ("Menfi and Erdogan discuss the election roadmap at Dolmabahce Palace", (ERDOGAN, MENFI)),
        ("Fidan, Haftar meet in Benghazi for the first time", (FIDAN, HAFTAR)),
        ("Haftar and Fidan hold talks in Benghazi on Sunday.", (FIDAN, HAFTAR)),
        ("Erdogan and Dbeibah are holding talks in Ankara today.", (ERDOGAN, DBEIBAH)),
    ],
)
def test_the_plural_present_reports_a_contact(detector, entities, text, pair) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan and Dbeibah could meet in Ankara, officials said.",
        "Erdogan wants to discuss the maritime deal with Dbeibah.",
        "Erdogan and Dbeibah plan to hold talks in Ankara.",
        "Fidan and Haftar might meet in Benghazi if the talks progress.",
        "Dbeibah said Turkey must meet its commitments, Erdogan said.",
        "Erdogan will discuss the file with Dbeibah in Ankara next week.",
    ],
)
def test_modal_wish_and_obligation_frames_are_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


GULER = "person:yasar-guler"


@pytest.mark.parametrize(
    "second",
    [
        "The minister then held talks with Khalifa Haftar at his headquarters.",
        "The defence minister subsequently visited Khalifa Haftar at Rajma.",
        "The minister also conferred with Khalifa Haftar on security.",
    ],
)
def test_a_role_then_any_contact_verb_refers_to_the_principal_named_before(
    detector, entities, second
) -> None:
    text = "Turkish Defence Minister Yasar Guler arrived in Benghazi on Sunday. " + second
    assert pair_key(GULER, HAFTAR) in pairs(detector, entities, text)


def test_a_title_before_another_name_is_no_role_reference(detector, entities) -> None:
    text = (
        "Turkish Defence Minister Yasar Guler arrived in Benghazi on Sunday. "
        "The president of the Presidential Council Mohamed Menfi visited Tunis."
    )
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erdogan and Dbeibah co-chaired the strategic cooperation council in Ankara.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (
            "The council, co-chaired by Erdogan and Dbeibah, met in Ankara.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        ("Erdogan and Dbeibah will co-chair the council in Ankara next month.", set()),
    ],
)
def test_two_principals_chairing_one_body_met(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "A file picture shows Erdogan meeting Dbeibah in Istanbul.",
        "Erdogan meets Dbeibah in Istanbul (File)",
        "Archive footage shows Erdogan meeting Dbeibah.",
    ],
)
def test_a_file_picture_caption_is_a_recap(detector, entities, caption) -> None:
    events = events_in(detector, entities, caption + PAD, "en", on_day("2025-06-02"))
    assert {e.pair_key: e.historical for e in events} == {pair_key(ERDOGAN, DBEIBAH): True}
