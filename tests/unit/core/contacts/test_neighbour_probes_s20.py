"""Contact classes found on fresh real text from neighbouring stories (session 20):

* a list of people met, its items separated by semicolons, goes on past an item that
  names nobody the KB holds ("B, an IMF director;"): before, the item after such a
  middle item was cut from the verb and its party lost;
* a Turkish or Libyan person listed after two or more third-country people of the
  same verb ("met Blinken, Lavrov and Menfi") is a co-party, not what the talks were
  about: before, only the item right after the third-country partner was;
* a continuing sentence ("He met ...") whose third-country people are listed with a
  watched person borrows its subject as one naming a watched person alone does;
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


BLINKEN_LAVROV = "Antony Blinken, Sergey Lavrov"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (f"Hakan Fidan met {BLINKEN_LAVROV} and Mohamed Menfi in Rome.", keys((FIDAN, MENFI))),
        (
            "Abdul Hamid Dbeibah held talks with Antony Blinken, the US secretary of state; "
            "Sergey Lavrov, Russia's foreign minister; and Mehmet Simsek, Turkey's finance "
            "minister.",
            keys((DBEIBAH, SIMSEK)),
        ),
        # a continuing sentence: its subject is the person named before
        (
            "Hakan Fidan arrived in Rome for the conference. He met Antony Blinken and "
            "Mohamed Menfi on its sidelines.",
            keys((FIDAN, MENFI)),
        ),
        (
            "Mohamed Takala flew to Ankara on Monday. He met Sergey Lavrov, Antony Blinken "
            "and Yasar Guler there.",
            keys((TAKALA, GULER)),
        ),
    ],
)
def test_a_watched_person_listed_after_third_country_people_is_a_party(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the watched person is what the call was about
        ("Hakan Fidan held a call with Sergey Lavrov on Libya after Mohamed Menfi's remarks.",
         "en"),
        # a source closing the sentence is no item of a list
        ("Hakan Fidan arrived in Rome. He met Mohamed Menfi, Antony Blinken said.", "en"),
        # a subject and a third-country partner: another meeting
        ("Hakan Fidan Roma'ya geldi. Daha sonra Menfi, Lavrov ile görüştü.", "tr"),
    ],
)  # fmt: skip
def test_third_country_lists_leave_these_alone(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    current, _ = pairs(detector, entities, text, lang)
    assert current == set()


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
