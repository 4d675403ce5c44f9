"""A headline's plan: "<subject> to <verb>", no auxiliary (headlines.py, session 18).

Whole articles open with a headline, and English headlines announce a trip or a
meeting still ahead by a bare infinitive: "Libya's Menfi to visit Turkey for talks
with Erdogan". Such a sentence is no contact, whichever trigger follows. A verb before
"to" (a purpose: "flew to Istanbul to hold talks"), a prepositional opener naming no
one ("According to the ministry, ..."), a capitalised destination after "to" ("Turkish
delegation to Tripoli meets Dbeibah") leave the sentence to the other rules; so does
the present headline ("Erdogan hosts Menfi"). The real entity detector and packaged
lexicons run the sentences; the probes were written for the class, not taken from
the audit's pages."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.headlines import headline_plan
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
HAFTAR, FIDAN, MENFI = "person:khalifa-haftar", "person:hakan-fidan", "person:mohamed-menfi"
KALIN, SADDAM = "person:ibrahim-kalin", "person:saddam-haftar"
AKAR, MISHRI = "person:hulusi-akar", "person:khalid-al-mishri"
SALEH, KURTULMUS = "person:aguila-saleh", "person:numan-kurtulmus"


def pairs(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "en", on_day("2025-06-04"))
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan to host Dbeibah at the Presidential Complex next week",
        "Libya's Menfi to visit Ankara for talks with Erdogan",
        "Turkish spy chief Kalin to meet Saddam Haftar in Benghazi",
        "Dbeibah To Visit Istanbul, Hold Talks With Erdogan",
        "Haftar to travel to Ankara for talks with Erdogan, sources say",
        "Libyan premier Dbeibah to meet Erdogan on Thursday",
        "Fidan to hold talks with Menfi and Dbeibah during Tripoli stop",
        "Libya's Mishri to visit Ankara, meet Akar",
        "Erdogan, Dbeibah to co-chair strategic cooperation council",
        "Speaker Saleh to visit Turkey to meet Kurtulmus and Erdogan",
        "Turkey's foreign and defence ministers to meet Dbeibah in Tripoli",
        "Libyan PM Dbeibah to pay official visit to Turkey, meet Erdogan",
    ],
)
def test_a_headlines_plan_is_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the present headline
        ("Erdogan hosts Libya's Menfi for talks on elections", (ERDOGAN, MENFI)),
        ("Kalin Meets Saddam Haftar In Benghazi", (KALIN, SADDAM)),
        # a purpose after a verb of travel: the trip was made
        ("Fidan flew to Tripoli on Sunday to meet Dbeibah.", (FIDAN, DBEIBAH)),
        (
            "Khalid al-Mishri arrived in Ankara on Tuesday to hold talks with Hulusi Akar.",
            (AKAR, MISHRI),
        ),
        ("Kalin went to Benghazi to meet Haftar, officials said.", (KALIN, HAFTAR)),
        # an opener with "to" naming no one
        (
            "According to the Turkish presidency, Erdogan received Dbeibah in Istanbul.",
            (ERDOGAN, DBEIBAH),
        ),
        ("Prior to the summit, Fidan met Menfi in Tripoli.", (FIDAN, MENFI)),
        # a capitalised destination after "to"
        ("Turkish delegation to Tripoli led by Fidan meets Dbeibah", (FIDAN, DBEIBAH)),
    ],
)
def test_presents_purposes_and_openers_stay_contacts(detector, entities, text, pair) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)


def test_the_lead_after_a_plan_headline_still_counts(detector, entities) -> None:
    """A plan headline cancels only itself: the lead below it tells a meeting held."""
    text = (
        "Libya's Dbeibah to meet Erdogan again in June\n\n"
        "Turkish President Recep Tayyip Erdogan received Libyan Prime Minister Abdul "
        "Hamid Dbeibah in Istanbul on Tuesday, the presidency said."
    )
    assert pairs(detector, entities, text) == {pair_key(ERDOGAN, DBEIBAH)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dbeibah to meet Erdogan", True),
        ("Libyan premier Dbeibah to meet Erdogan", True),
        # no one named before "to"
        ("According to sources Erdogan is to meet Dbeibah", False),
        # a verb before "to"
        ("Dbeibah flew to Ankara to meet Erdogan", False),
        # a joiner ends the subject
        ("Dbeibah and to meet Erdogan", False),
    ],
)
def test_the_shape_alone(sentence: str, expected: bool) -> None:
    """``headline_plan`` on display spans: the trigger is "meet", the mentions are the
    capitalised names of the sentence."""
    trigger = sentence.index("meet")
    names = [
        (sentence.index(w), sentence.index(w) + len(w))
        for w in ("Dbeibah", "Erdogan")
        if w in sentence
    ]
    roles = frozenset({"premier"})
    found = headline_plan(
        sentence, 0, [(trigger, trigger + 4)], names, "to", roles, frozenset({"and"})
    )
    assert found is expected


@pytest.mark.parametrize(
    "text",
    [
        # a headline's question and its "expected in" without the auxiliary
        "Will Erdogan meet Haftar in Ankara?",
        "Could Kalin Host Saddam Haftar In Ankara This Month?",
        "Turkey's Fidan expected in Tripoli for talks with Dbeibah",
        "Menfi will this week visit Ankara, where Erdogan will receive him",
    ],
)
def test_headline_questions_and_expectations_are_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Dbeibah met Erdogan, who said Turkey will continue to host Libyan students.",
            (ERDOGAN, DBEIBAH),
        ),
        (
            "Erdogan received Dbeibah on Monday; the Libyan leader will meet Bolat on Tuesday.",
            (ERDOGAN, DBEIBAH),
        ),
        ("Menfi in Ankara for talks with Erdogan", (ERDOGAN, MENFI)),
    ],
)
def test_a_contact_held_beside_a_future_stays(detector, entities, text, pair) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)
