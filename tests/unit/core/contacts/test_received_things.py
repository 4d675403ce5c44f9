"""A reception verb whose object is a thing sent, not a person (issue #12): "received a
letter from Erdogan" is no reception of Erdogan. The things are a noun family in the
English lexicon (``received_things``): letters, messages, invitations, condolences,
appeals ("a call for calm"), each after up to two modifiers ("a written message").
A person received stays a contact, however the sentence goes on."""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"


def detect(detector: ContactDetector, entities: EntityDetector, text: str) -> list[ContactEvent]:
    return events_in(detector, entities, text, "en", on_day("2024-05-06"), article_id="things")


@pytest.mark.parametrize(
    "text",
    [
        "Dbeibah received a letter from Erdogan on Monday.",
        "Prime Minister Dbeibah receives a written message from President Erdogan.",
        "Menfi received condolences from Erdogan over the victims of the floods.",
        "Dbeibah received a call for calm from Erdogan after the clashes in Tripoli.",
        "The Libyan premier Dbeibah has received an official invitation from Erdogan.",
        "Menfi welcomed the message of President Erdogan on the anniversary.",
        "Dbeibah received congratulations from Erdogan on Eid al-Fitr.",
        "Menfi, receiving an urgent appeal from Erdogan, called for restraint.",
    ],
)
def test_a_thing_received_is_no_contact(detector, entities, text) -> None:
    assert detect(detector, entities, text) == []


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        # the person received comes first: the letter he brought is his errand
        (
            "Dbeibah received Fidan, who handed him a letter from Erdogan.",
            pair_key(DBEIBAH, FIDAN),
            "reception",
        ),
        ("Dbeibah received Turkish Foreign Minister Hakan Fidan in Tripoli.", None, "reception"),
        # a call received is a phone call, not a thing
        ("Dbeibah received a phone call from Erdogan.", pair_key(DBEIBAH, ERDOGAN), "phone_call"),
        ("Menfi received a call from Erdogan on Sunday.", pair_key(MENFI, ERDOGAN), "phone_call"),
        # a letter of credentials is an envoy received, not a thing
        (
            "Menfi spoke after receiving the letter of credentials from Kenan Yılmaz, the new "
            "Turkish envoy to Libya.",
            pair_key(MENFI, "person:kenan-yilmaz"),
            "reception",
        ),
    ],
)
def test_a_person_or_a_call_received_stays_a_contact(detector, entities, text, pair, kind) -> None:
    found = detect(detector, entities, text)
    assert [str(e.kind) for e in found] == [kind]
    assert pair is None or found[0].pair_key == pair
