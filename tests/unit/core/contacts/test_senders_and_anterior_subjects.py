"""Who sent a visitor is no party; a contact told inside an "after" phrase is a recap.

Paraphrases, not the excerpts that showed the classes: "visited Libya at the behest
of President Erdogan" (whose behest, directive or order: the same family as "on
behalf of"), and "days after Saddam Haftar — the son of ... — met Fidan and Güler"
(the subject of the contact's own verb inside a topic phrase: its contact lies before
the sentence's news). The real entity detector and packaged lexicons run them.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
SADDAM, DBEIBAH = "person:saddam-haftar", "person:abdul-hamid-dbeibah"


def found(detector: ContactDetector, entities: EntityDetector, text: str) -> dict[str, bool]:
    """pair key -> historical, for the events of ``text`` (an English article)."""
    events = events_in(detector, entities, text, "en", on_day("2025-11-27"))
    return {e.pair_key: e.historical for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Fayez al-Sarraj received Hakan Fidan, who came to Tripoli at the "
        "behest of President Recep Tayyip Erdogan, on Wednesday.",
        "Fayez al-Sarraj hosted Hakan Fidan in Tripoli on Wednesday at Erdogan's behest, "
        "the presidency said.",
        "Acting on the directives of President Recep Tayyip Erdogan, Hakan Fidan met "
        "Fayez al-Sarraj in Tripoli on Wednesday.",
    ],
)
def test_who_sent_the_visitor_is_no_party(detector, entities, text) -> None:
    pairs = found(detector, entities, text)
    assert pair_key(FIDAN, SARRAJ) in pairs
    assert pair_key(ERDOGAN, SARRAJ) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The decision came just days after Saddam Haftar — the son of Khalifa Haftar, the "
        "commander of eastern forces — met in Ankara with Foreign Minister Hakan Fidan "
        "and Defence Minister Yasar Guler.",
        "The statement was issued a week after Saddam Haftar held talks with Hakan Fidan "
        "and Yasar Guler in Ankara.",
    ],
)
def test_a_contact_inside_an_after_phrase_is_a_recap(detector, entities, text) -> None:
    pairs = found(detector, entities, text)
    assert pairs.get(pair_key(SADDAM, FIDAN)) is True
    assert pairs.get(pair_key(SADDAM, GULER)) is True


@pytest.mark.parametrize(
    "text",
    [
        # the Libyan is what the call followed: a topic, as before
        "Erdogan spoke with Putin and Fidan by phone after Saddam Haftar left Moscow on "
        "Monday, the presidency said.",
        # a clause of its own before the contact: the subject of another verb
        "After Saddam Haftar arrived in Ankara, Erdogan met Fidan and Guler on Monday.",
    ],
)
def test_a_libyan_in_an_after_phrase_of_another_verb_stays_a_topic(
    detector, entities, text
) -> None:
    pairs = found(detector, entities, text)
    assert not any(SADDAM in key for key in pairs)


KABIR, AGHA = "person:sadiq-al-kabir", "person:ramzi-al-agha"


@pytest.mark.parametrize(
    "text",
    [
        "Ramzi al-Agha told Al Arabiya that the meeting between President Recep Tayyip "
        "Erdogan and governor Sadiq al-Kabir on Monday broke protocol.",
        "Ramzi al-Agha noted in a statement on Monday that Erdogan had received Sadiq "
        "al-Kabir without the prime minister.",
    ],
)
def test_a_source_opening_the_sentence_with_a_reporting_verb_is_no_party(
    detector, entities, text
) -> None:
    pairs = found(detector, entities, text)
    assert pair_key(ERDOGAN, KABIR) in pairs
    assert pair_key(ERDOGAN, AGHA) not in pairs


def test_a_reporting_verb_between_the_two_parties_keeps_their_contact(detector, entities) -> None:
    # the speaker is a party: no one of his country is named after the verb
    text = (
        "Erdogan told Dbeibah during their meeting in Ankara on Monday that Turkey stands by Libya."
    )
    assert pair_key(ERDOGAN, DBEIBAH) in found(detector, entities, text)
