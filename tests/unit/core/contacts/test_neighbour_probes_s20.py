"""Contact classes found on fresh real text from neighbouring stories (session 20):

* a list of people met, its items separated by semicolons, goes on past an item that
  names nobody the KB holds ("B, an IMF director;"): before, the item after such a
  middle item was cut from the verb and its party lost;
* third-country meetings about Libya or Turkey stay without a Turkey–Libya contact.

The sentences are written for the probe, not taken from any excerpt of the real-text
set; each rule also has sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from tests.unit.core.contacts.sentences import keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
TAKALA, GULER = "person:mohamed-takala", "person:yasar-guler"
SIMSEK, DBEIBAH = "person:mehmet-simsek", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Hakan Fidan met Mohamed Menfi, head of the Presidential Council; Pierre Lambert, "
            "a French envoy; and Mohamed Takala, head of the High Council of State.",
            keys((FIDAN, MENFI), (FIDAN, TAKALA)),
        ),
        (
            "Mohamed Takala held talks with Jan Novak, an EU official; Carlos Ruiz, of the "
            "World Bank; and Yasar Guler, Turkey's defence minister.",
            keys((TAKALA, GULER)),
        ),
        (
            "Abdul Hamid Dbeibah had separate meetings with Anna Berg, a Swedish banker; Tom "
            "Hale, the bank's deputy head; Lina Costa, its economist; and Mehmet Simsek, the "
            "Turkish finance minister.",
            keys((DBEIBAH, SIMSEK)),
        ),
    ],
)
def test_a_semicolon_list_goes_on_past_an_item_of_no_known_party(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


@pytest.mark.parametrize(
    "text",
    [
        # a middle clause with a verb of its own still ends the list
        "Hakan Fidan met Pierre Lambert, a French envoy; Carlos Ruiz, of the World Bank; "
        "Mohamed Menfi, for his part, visited Rome.",
        # a clause after the list that names nobody is no item of the list
        "Mohamed Takala met Jan Novak, an EU official; Carlos Ruiz, of the World Bank; the "
        "talks ended late. Yasar Guler spoke in Ankara.",
    ],
)
def test_a_semicolon_list_leaves_these_alone(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == (set(), set())


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian President Abdel Fattah al-Sisi received Khalifa Haftar in Cairo on Sunday "
        "and discussed Turkey's role in Libya.",
        "Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Ankara, and the "
        "two leaders discussed the situation in Libya.",
        "Hakan Fidan held a phone call with his Egyptian counterpart Badr Abdelatty about "
        "Libya and Sudan.",
        "Russian Deputy Defence Minister Yunus-Bek Yevkurov met Khalifa Haftar in Benghazi, "
        "days after a Turkish delegation left Tripoli.",
        "Abdul Hamid Dbeibah received the Italian Prime Minister Giorgia Meloni in Tripoli; "
        "Turkey welcomed the visit.",
    ],
)
def test_third_country_meetings_about_libya_or_turkey_are_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == (set(), set())
