"""Background sentences of long English articles (issue #12, session 19): the later
paragraphs of a whole article recap years of contacts without a date of their own, and
each such sentence read as the day's news is a false alert. Three wordings make an
undated contact historical (``historical`` cues in ``lexicons/contacts/en.yaml``):

* a party named by the office he held *then* ("then-Prime Minister", "X, then Turkey's
  foreign minister", "who was then", "at the time Libya's ...") or as someone's
  predecessor: the contact is as old as the office;
* a contact counted or told once per trip ("at least once", "three times", "on each
  visit"): the record, not the day's meeting;
* a stretch counted from an older event ("A year later", "in the months that
  followed", "shortly after he took office") and the war's time ("at the height of the
  war", "back then").

The sentences are written for the probe, not taken from any article or excerpt; each
mechanism has sentences it must leave alone (the adverb "then", a dated contact, "at
the time of writing", a contact "for the third time").
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from tests.unit.core.contacts.sentences import keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
GULER, SADDAM = "person:yasar-guler", "person:saddam-haftar"
SARRAJ, HADDAD = "person:fayez-al-sarraj", "person:mohammed-al-haddad"
AKAR, BASHAGHA = "person:hulusi-akar", "person:fathi-bashagha"
CAVUSOGLU, MANGOUSH = "person:mevlut-cavusoglu", "person:najla-mangoush"
DAVUTOGLU, JALIL = "person:ahmet-davutoglu", "person:mustafa-abdul-jalil"
BOLAT, BELQASEM = "person:omer-bolat", "person:belqasem-haftar"
MISHRI, SIALA = "person:khalid-al-mishri", "person:mohamed-siala"
SALEH, TAKALA = "person:aguila-saleh", "person:mohamed-takala"

BACKGROUND = [
    # the office held then
    (
        "Erdogan hosted then-GNA chief Fayez al-Sarraj in Istanbul to sign the accord.",
        (ERDOGAN, SARRAJ),
    ),
    (
        "Then-Defence Minister Hulusi Akar held talks with Fathi Bashagha in Ankara.",
        (AKAR, BASHAGHA),
    ),
    (
        "Cavusoglu, then Turkey's foreign minister, met Najla Mangoush in Tripoli.",
        (CAVUSOGLU, MANGOUSH),
    ),
    ("Akar met then-Libyan army chief of staff Mohammed al-Haddad in Tripoli.", (AKAR, HADDAD)),
    (
        "Ahmet Davutoglu, then foreign minister, visited Benghazi and met Mustafa Abdul Jalil.",
        (DAVUTOGLU, JALIL),
    ),
    (
        "Erdogan received the then head of the High Council of State, Khaled al-Mishri.",
        (ERDOGAN, MISHRI),
    ),
    (
        "Sarraj, then the head of the GNA, held talks with Erdogan at the Dolmabahce Palace.",
        (ERDOGAN, SARRAJ),
    ),
    (
        "Bashagha, who was then interior minister, was received by Erdogan in Ankara.",
        (ERDOGAN, BASHAGHA),
    ),
    ("His predecessor Hulusi Akar held talks with Dbeibah in Tripoli.", (AKAR, DBEIBAH)),
    ("Her predecessor Mohamed Siala held talks with Cavusoglu in Ankara.", (CAVUSOGLU, SIALA)),
    ("At the time, Cavusoglu received Aguila Saleh in Ankara.", (CAVUSOGLU, SALEH)),
    ("Akar, at the time Turkey's defence minister, met Bashagha in Tripoli.", (AKAR, BASHAGHA)),
    (
        "Mangoush, Libya's foreign minister at the time, held talks with Cavusoglu in Ankara.",
        (CAVUSOGLU, MANGOUSH),
    ),
    # counted, or once per trip
    (
        "Belgassem Haftar has met Turkish Trade Minister Omer Bolat at least once.",
        (BOLAT, BELQASEM),
    ),
    (
        "Dbeibah has visited Ankara twice since taking office, meeting Erdogan on each trip.",
        (ERDOGAN, DBEIBAH),
    ),
    ("Kalin has travelled to Tripoli four times and met Dbeibah on each visit.", (KALIN, DBEIBAH)),
    ("Menfi has been received by Erdogan on at least two occasions.", (ERDOGAN, MENFI)),
    ("Saddam Haftar has held talks with Yasar Guler at least twice.", (GULER, SADDAM)),
    (
        "Erdogan and Sarraj met three times in Istanbul as the offensive dragged on.",
        (ERDOGAN, SARRAJ),
    ),
    # a stretch counted from an older event; the war's time
    (
        "Erdogan hosted Dbeibah in Istanbul shortly after he took office.",
        (ERDOGAN, DBEIBAH),
    ),
    ("Menfi visited Ankara after taking office and met Erdogan.", (ERDOGAN, MENFI)),
    ("Erdogan received Dbeibah soon after his election in Geneva.", (ERDOGAN, DBEIBAH)),
    ("A year later, Cavusoglu met Mangoush in Tripoli.", (CAVUSOGLU, MANGOUSH)),
    ("Months later, Saddam Haftar travelled to Ankara and met Yasar Guler.", (GULER, SADDAM)),
    ("In the months that followed, Akar visited Tripoli and met Sarraj.", (AKAR, SARRAJ)),
    ("At the height of the war, Akar flew to Tripoli and met Sarraj.", (AKAR, SARRAJ)),
    ("During the war, Fidan held talks with Bashagha in Tripoli.", (FIDAN, BASHAGHA)),
    ("Back then, Erdogan received Sarraj almost every month.", (ERDOGAN, SARRAJ)),
]


@pytest.mark.parametrize(("text", "pair"), BACKGROUND)
def test_an_undated_background_contact_is_historical(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    current, historical = pairs(detector, entities, text)
    assert keys(pair) <= historical
    assert not keys(pair) & current


LEFT_ALONE = [
    # the adverb "then", a sequence of the day's meetings
    ("Kalin met Dbeibah and then held talks with Menfi.", keys((KALIN, DBEIBAH), (KALIN, MENFI))),
    (
        "Fidan met Haftar in Benghazi on Monday, then flew to Tripoli to meet Dbeibah.",
        keys((FIDAN, HAFTAR), (FIDAN, DBEIBAH)),
    ),
    ("Fidan later met Dbeibah in Tripoli.", keys((FIDAN, DBEIBAH))),
    # a current date rules a "then" recap of the sentence's other contact out
    (
        "Erdogan received Dbeibah on Tuesday, a year after hosting then-Prime Minister Fathi "
        "Bashagha.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    # the time of writing; a contact counted as the day's
    ("At the time of writing, Fidan was still meeting Dbeibah in Tripoli.", keys((FIDAN, DBEIBAH))),
    ("Fidan met Menfi for the third time this year in Tripoli.", keys((FIDAN, MENFI))),
    ("Fidan met Menfi for the first time since taking office.", keys((FIDAN, MENFI))),
    (
        "Dbeibah, who has visited Turkey several times, met Erdogan on Tuesday.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    # a successor, a former office holder today
    (
        "Former Prime Minister Fathi Bashagha met Hakan Fidan in Ankara on Thursday.",
        keys((FIDAN, BASHAGHA)),
    ),
    ("Guler also met Takala, who thanked him for Ankara's support.", keys((GULER, TAKALA))),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_ALONE)
def test_the_days_contacts_stay_current(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert expected <= current


# A year a clause after it tells of (``year_clause`` in ``lexicons/contacts/dates.yaml``):
# "back to 2011, when ..." dates the clause's contact, whatever word stands before the
# year ("since", "to", "by"), where only "in 2011" did before.
YEAR_CLAUSES = [
    (
        "The ties go back to 2011, when Erdogan met Mustafa Abdul Jalil in Tripoli.",
        (ERDOGAN, JALIL),
    ),
    (
        "It was the first such visit since 2012, when Ahmet Davutoglu met Mustafa Abdul Jalil.",
        (DAVUTOGLU, JALIL),
    ),
    ("Relations had improved by 2020, when Akar met Sarraj in Tripoli.", (AKAR, SARRAJ)),
]


@pytest.mark.parametrize(("text", "pair"), YEAR_CLAUSES)
def test_a_year_dates_the_clause_after_it(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    current, historical = pairs(detector, entities, text)
    assert keys(pair) <= historical
    assert not keys(pair) & current


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fidan met Dbeibah on Monday, their first meeting since 2021, when Dbeibah took "
            "office.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Fidan met Dbeibah, and the two discussed the elections due in 2026, when a new "
            "parliament is to sit.",
            keys((FIDAN, DBEIBAH)),
        ),
    ],
)
def test_a_clause_year_leaves_the_days_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert expected <= current
