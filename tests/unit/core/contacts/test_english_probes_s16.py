"""English contact mechanisms found by probing stage 1 with some 230 invented wire-copy
sentences by class (issue #12, session 16), each rule general rather than a phrase:

* a criticism, accusation, rejection or refusal told after a contact and both its
  parties is what was said beside it, and one inside a clause about a person ("who
  rejected ...") is his, not a refusal of the contact: before, any such word anywhere in
  the sentence ruled the contact out;
* a subject pronoun after any opening phrase of place, time or occasion ("In Tripoli,
  he met ...") continues the principal named before;
* a semicolon that separates the items of a list ("met A, head of X; B, his deputy;
  and C") does not end the sentence; one before a clause with a verb of contact does.

The sentences are written for the probe, not taken from any excerpt of the real-text
set; each rule also has sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from tests.unit.core.contacts.sentences import keys
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
GULER, SADDAM = "person:yasar-guler", "person:saddam-haftar"
TAKALA, LAFI = "person:mohamed-takala", "person:abdullah-al-lafi"
SARRAJ, HADDAD = "person:fayez-al-sarraj", "person:mohammed-al-haddad"
YERLIKAYA, TRABELSI = "person:ali-yerlikaya", "person:imad-trabelsi"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Recep Tayyip Erdogan met Abdul Hamid Dbeibah on Saturday and criticised Israel's "
            "attacks on Gaza.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "Hakan Fidan met Mohamed Menfi in Tripoli and condemned the attack on a migrant "
            "centre.",
            keys((FIDAN, MENFI)),
        ),
        (
            "Recep Tayyip Erdogan met Abdul Hamid Dbeibah, who refused to step down last year.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "Recep Tayyip Erdogan, who rejected the Cairo declaration, received Fayez al-Sarraj "
            "in Istanbul.",
            keys((ERDOGAN, SARRAJ)),
        ),
        (
            "Ibrahim Kalin met Khalifa Haftar in Benghazi, although Ankara had long refused to "
            "deal with him.",
            keys((KALIN, HAFTAR)),
        ),
        # who is named after the cue is what was said: no party
        (
            "Recep Tayyip Erdogan met Mohamed Menfi and accused Khalifa Haftar of undermining "
            "the truce.",
            keys((ERDOGAN, MENFI)),
        ),
    ],
)
def test_a_criticism_beside_the_contact_leaves_it_standing(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text) == (met, set())


@pytest.mark.parametrize(
    "text",
    [
        "Khalifa Haftar refused to meet Hakan Fidan.",
        # the clause runs into the trigger: the refusal is of this meeting
        "Khalifa Haftar, who refused to meet Hakan Fidan, received a Russian delegation.",
        # the contact is the object of the condemnation
        "Hakan Fidan met Abdul Hamid Dbeibah, and Khalifa Haftar condemned the visit.",
        "Hakan Fidan met Khalifa Haftar in Benghazi, but Ankara rejected it as a fabrication.",
        # a denial is no such content
        "Hakan Fidan met Abdul Hamid Dbeibah on Thursday, but the ministry later denied it.",
    ],
)
def test_a_refusal_or_denial_of_the_contact_still_rules_it_out(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    current, _ = pairs(detector, entities, text)
    assert pair_key(FIDAN, HAFTAR) not in current
    assert pair_key(FIDAN, DBEIBAH) not in current


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Hakan Fidan flew to Libya on Thursday. In Tripoli, he held talks with Abdul Hamid "
            "Dbeibah.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Mohamed Menfi travelled to Turkey on Friday. At the presidential complex, he was "
            "received by Recep Tayyip Erdogan.",
            keys((ERDOGAN, MENFI)),
        ),
        # one sentence between, itself continuing with the pronoun
        (
            "Turkish Interior Minister Ali Yerlikaya paid a rare visit to Libya on Tuesday. He "
            "held talks on border security. During the trip, he met Imad Trabelsi.",
            keys((YERLIKAYA, TRABELSI)),
        ),
        (
            "Yasar Guler landed at Mitiga airport on Sunday. As part of his engagements, he met "
            "Chief of Staff Mohammed al-Haddad.",
            keys((GULER, HADDAD)),
        ),
    ],
)
def test_a_pronoun_after_an_opening_phrase_continues_the_principal_before(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # no contact verb: nothing to continue
        (
            "Abdul Hamid Dbeibah arrived in Ankara on Monday. In a statement, he praised Recep "
            "Tayyip Erdogan's support.",
            set(),
        ),
        # the pronoun's partner is a third country's: another meeting
        (
            "Hakan Fidan met Abdul Hamid Dbeibah on Thursday. In Cairo, he met Egyptian "
            "President Abdel Fattah al-Sisi.",
            keys((FIDAN, DBEIBAH)),
        ),
        # a plan stays a plan
        (
            "Hakan Fidan arrived in Tripoli on Thursday. On Friday, he is scheduled to meet "
            "Abdul Hamid Dbeibah.",
            set(),
        ),
    ],
)
def test_an_opening_phrase_before_a_pronoun_leaves_these_alone(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Hakan Fidan met Mohamed Menfi, head of the Presidential Council; Abdullah al-Lafi, "
            "his deputy; and Mohamed Takala, head of the High Council of State.",
            keys((FIDAN, MENFI), (FIDAN, LAFI), (FIDAN, TAKALA)),
        ),
        (
            "In Ankara, Yasar Guler received Saddam Haftar, commander of the land forces; and "
            "Mohammed al-Haddad, chief of staff in Tripoli.",
            keys((GULER, SADDAM), (GULER, HADDAD)),
        ),
        # a clause with its own verb after the semicolon is a sentence of its own
        (
            "Recep Tayyip Erdogan met Abdul Hamid Dbeibah in Istanbul; in Moscow, Khalifa "
            "Haftar met Vladimir Putin.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "Ibrahim Kalin held talks with Khalifa Haftar; Hakan Fidan spoke with Mohamed Menfi "
            "by phone.",
            keys((KALIN, HAFTAR), (FIDAN, MENFI)),
        ),
    ],
)
def test_a_semicolon_list_goes_on_a_clause_does_not(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


SALEH, MISHRI = "person:aguila-saleh", "person:khalid-al-mishri"


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan described the talks between Mohamed Menfi and Aguila Saleh as constructive.",
        "The meeting between Abdul Hamid Dbeibah and Khalifa Haftar was a step forward, Recep "
        "Tayyip Erdogan said on Tuesday.",
        # a pronoun for the first party: the person named last before the noun
        "Recep Tayyip Erdogan said Khalifa Haftar ran away from Moscow after talks between him "
        "and Fayez al-Sarraj failed.",
        # the parties' meeting told, its source closing the sentence
        "Abdul Hamid Dbeibah and Aguila Saleh met in Cairo on Monday, Turkish Foreign Minister "
        "Hakan Fidan told reporters.",
    ],
)
def test_who_comments_on_or_tells_of_a_meeting_of_two_others_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the phrase names the contact's own parties
        (
            "Talks between Recep Tayyip Erdogan and Abdul Hamid Dbeibah lasted two hours, the "
            "Turkish presidency said.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "Hakan Fidan attended the meeting between Recep Tayyip Erdogan and Mohamed Menfi.",
            keys((ERDOGAN, MENFI)),
        ),
        (
            "Recep Tayyip Erdogan said the talks between him and Abdul Hamid Dbeibah were "
            "fruitful.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        # one source, one party told: the source may be the other party
        (
            "Abdul Hamid Dbeibah received the Turkish delegation, Hakan Fidan said.",
            keys((FIDAN, DBEIBAH)),
        ),
    ],
)
def test_the_parties_a_phrase_or_a_report_states_keep_their_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert current == met


def test_a_contact_verb_outside_the_phrase_keeps_its_own_parties(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    current, _ = pairs(
        detector,
        entities,
        "Hakan Fidan met Khalid al-Mishri and welcomed the talks between Mohamed Menfi and "
        "Aguila Saleh.",
    )
    assert pair_key(FIDAN, MISHRI) in current


BAOUR = "person:taher-al-baour"


def test_a_pronoun_goes_on_with_the_subject_not_with_who_accompanied_him(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Abdul Hamid Dbeibah arrived in Istanbul on Saturday. He was accompanied by Foreign "
        "Minister Taher al-Baour. Recep Tayyip Erdogan received him at Vahdettin Mansion."
    )
    current, _ = pairs(detector, entities, text)
    assert current == keys((ERDOGAN, DBEIBAH))


def test_a_person_named_as_subject_between_is_the_one_a_pronoun_goes_on_with(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Recep Tayyip Erdogan spoke in Ankara on Friday. Taher al-Baour arrived in Istanbul on "
        "Saturday. Hakan Fidan received him at the foreign ministry."
    )
    current, _ = pairs(detector, entities, text)
    assert current == keys((FIDAN, BAOUR))
