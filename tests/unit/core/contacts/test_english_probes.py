"""English contact constructions found missing by probing stage 1 with invented wire
copy (issue #12, session 14): a delegation listed in one sentence and met as "the
delegation" in the next, a list of attendees before "were also present", the plan told
in the past ("was to hold talks"), a trip headline's talks ahead, an invitation taken
up, a reminder of an earlier visit, a meeting asked for, and a few verbs of meeting.

The sentences are paraphrases written for the probe, not the wording of any excerpt of
the real-text set; each rule also has sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from tests.unit.core.contacts.sentences import keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
GULER, KALIN = "person:yasar-guler", "person:ibrahim-kalin"
HAFTAR, SALEH = "person:khalifa-haftar", "person:aguila-saleh"
TAKALA = "person:mohamed-takala"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # a list with titles, "and" inside one of them
        (
            "Foreign Minister Hakan Fidan, Defence Minister Yasar Guler and intelligence chief "
            "Ibrahim Kalin flew to Tripoli on Saturday for official talks.\n\n"
            "The delegation met Prime Minister Abdul Hamid Dbeibah.",
            keys((FIDAN, DBEIBAH), (GULER, DBEIBAH), (KALIN, DBEIBAH)),
        ),
        (
            "Fidan, Guler and Kalin arrived in Tripoli on Saturday. "
            "The Turkish delegation held talks with Dbeibah and Menfi.",
            keys(*((t, ly) for t in (FIDAN, GULER, KALIN) for ly in (DBEIBAH, MENFI))),
        ),
        (
            "The trip, which had not been announced, included Hakan Fidan and Yasar Guler, "
            "the ministry said.\nThe officials met with Dbeibah and other senior figures.",
            keys((FIDAN, DBEIBAH), (GULER, DBEIBAH)),
        ),
        (
            "Fidan and Guler landed in Benghazi on Sunday. The two ministers met Khalifa "
            "Haftar later that day.",
            keys((FIDAN, HAFTAR), (GULER, HAFTAR)),
        ),
    ],
)
def test_a_group_noun_stands_for_the_persons_listed_before(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        # one person named alone sent the delegation: he is none of it
        "Erdogan sent a delegation to Tripoli on Saturday. The delegation met Dbeibah.",
        # a relative clause after the first name is no list
        "Fidan, who had spoken with Guler, left Ankara on Saturday. The delegation met Dbeibah.",
        # the group did something else
        "Fidan and Guler visited Libya on Monday. The delegation inspected Turkish troops "
        "at the Mitiga base.",
    ],
)
def test_a_group_noun_without_a_listed_group_or_contact_gives_nothing(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


def test_a_list_before_were_also_present_only_attended(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Erdogan and Menfi held a closed-door meeting in New York on Wednesday.\n"
        "Foreign Minister Hakan Fidan, Defence Minister Yasar Guler and intelligence chief "
        "Ibrahim Kalin were also present during the meeting."
    )
    assert pairs(detector, entities, text)[0] == keys((ERDOGAN, MENFI))


def test_a_principal_before_the_comma_of_a_met_clause_stays_a_principal(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # a trigger before the cue: the span runs back to the comma only, as before
    text = "Erdogan met Dbeibah in Istanbul, and Fidan was also present."
    assert pairs(detector, entities, text)[0] == keys((ERDOGAN, DBEIBAH))


@pytest.mark.parametrize(
    "text",
    [
        "Menfi was to hold talks with Erdogan in Istanbul on Tuesday.",
        "Dbeibah was to meet Erdogan later in the day, officials said.",
        "Fidan and Dbeibah were to discuss energy projects at the meeting.",
        "Dbeibah heads to Ankara for talks with Erdogan.",
        "Fidan travels to Tripoli for talks with Dbeibah and Menfi.",
        "Menfi accepted an invitation from Erdogan to visit Ankara.",
        "Dbeibah received an invitation from Erdogan to attend the summit.",
        "Haftar asked to meet Erdogan, Cavusoglu said.",
        "Haftar sought a meeting with Fidan through Egyptian mediators.",
    ],
)
def test_plans_told_in_the_past_trips_ahead_invitations_and_requests_are_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # "was to" with another verb is no plan of the meeting
        (
            "Dbeibah, who was to leave for Rome later, met Erdogan in Istanbul on Friday.",
            keys((DBEIBAH, ERDOGAN)),
        ),
        # the trip's headline that also tells the meeting
        ("Dbeibah heads to Ankara, meets Erdogan", keys((DBEIBAH, ERDOGAN))),
        # a visit made at someone's invitation, and a meeting there
        (
            "Aguila Saleh visited Ankara at the invitation of parliament and met Erdogan on Tuesday.",
            keys((SALEH, ERDOGAN)),
        ),
        ("Fidan travelled to Tripoli for talks with Dbeibah on Monday.", keys((FIDAN, DBEIBAH))),
    ],
)
def test_near_forms_of_those_leave_the_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_a_reminder_of_a_visit_is_historical(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "The ambassador reminded that Aguila Saleh visited Ankara at the beginning of this "
        "month and was hosted by President Recep Tayyip Erdogan."
    )
    assert pairs(detector, entities, text) == (set(), keys((SALEH, ERDOGAN)))


def test_what_a_minister_recalled_in_a_meeting_leaves_it_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "During his meeting with Dbeibah in Tripoli on Monday, Fidan recalled that Turkey "
        "had backed the elections."
    )
    assert pairs(detector, entities, text) == (keys((FIDAN, DBEIBAH)), set())


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Fidan huddled with Dbeibah in Tripoli for more than two hours.", keys((FIDAN, DBEIBAH))),
        (
            "Erdogan gathered with Dbeibah and Menfi at Vahdettin Mansion.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, MENFI)),
        ),
        (
            "Menfi informed Fidan of the council's reconciliation plans during talks in Tripoli.",
            keys((MENFI, FIDAN)),
        ),
    ],
)
def test_more_verbs_and_frames_of_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_a_persons_role_spoken_of_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "Fidan and his Italian counterpart discussed the situation in Libya, including Haftar's role."
    assert pairs(detector, entities, text)[0] == set()
    # without the possessive, Haftar is whom Fidan met
    assert pairs(detector, entities, "Fidan met Haftar in Benghazi to discuss his role.")[
        0
    ] == keys((FIDAN, HAFTAR))


@pytest.mark.parametrize(
    "text",
    [
        "Fidan said he would visit Benghazi to meet Haftar when conditions allow.",
        "Dbeibah is hoping to meet Erdogan during the forum.",
        "Turkey proposed a meeting between Erdogan and Haftar, Reuters reported.",
        "Ahead of Fidan's visit to Tripoli, Dbeibah reshuffled his cabinet.",
        "Ahead of talks with Erdogan, Dbeibah met business leaders in Istanbul.",
        "Erdogan and Putin discussed Haftar's offensive by phone.",
    ],
)
def test_wishes_proposals_visits_ahead_and_a_sides_deeds_give_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # a meeting held before the event ahead stays
        ("Fidan met Dbeibah in Tripoli ahead of the Berlin conference.", keys((FIDAN, DBEIBAH))),
        # the visit ahead is cancelled, the meeting told with it is not
        (
            "Fidan met Dbeibah on Monday ahead of Erdogan's visit to Tripoli.",
            keys((FIDAN, DBEIBAH)),
        ),
        # "would" with another verb than a meeting's
        ("Dbeibah met Erdogan in Ankara and said ties would grow.", keys((DBEIBAH, ERDOGAN))),
    ],
)
def test_meetings_next_to_those_cues_stay(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_a_count_of_meetings_over_a_term_is_historical(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    sarraj = "person:fayez-al-sarraj"
    text = "During his tenure, Sarraj met Erdogan more than a dozen times."
    assert pairs(detector, entities, text) == (set(), keys((sarraj, ERDOGAN)))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Fidan, Guler and Kalin visited Tripoli on Monday. Dbeibah welcomed the "
            "delegation at the government headquarters.",
            keys((FIDAN, DBEIBAH), (GULER, DBEIBAH), (KALIN, DBEIBAH)),
        ),
        (
            "Fidan and Guler arrived in Tripoli on Monday. Menfi received the Turkish "
            "delegation at the council's headquarters.",
            keys((FIDAN, MENFI), (GULER, MENFI)),
        ),
        # one person alone sent it: nobody is borrowed
        (
            "Erdogan sent a delegation to Tripoli on Monday. Dbeibah welcomed the "
            "delegation at the government headquarters.",
            set(),
        ),
    ],
)
def test_a_listed_group_received_as_the_delegation(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_a_lone_earlier_person_still_continues_a_sentence_naming_a_delegation(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "the delegation" elsewhere than as a group noun or a reception's object leaves the
    # continuation to one person as before
    text = (
        "Fidan arrived in Tripoli on Monday at the head of a delegation. During the "
        "meeting, Dbeibah told the delegation that elections were a priority."
    )
    assert pairs(detector, entities, text)[0] == keys((FIDAN, DBEIBAH))


@pytest.mark.parametrize(
    "text",
    [
        "Dbeibah will be received by Erdogan on Friday.",
        "Dbeibah is to be received by Erdogan on Friday.",
        "Erdogan has yet to meet Haftar, Fidan said.",
        "There are no plans for Erdogan to meet Haftar, the presidency said.",
        "A possible meeting between Erdogan and Haftar is being discussed, sources said.",
        "Erdogan reaffirmed support for Dbeibah's government during talks with Italian Prime "
        "Minister Giorgia Meloni.",
    ],
)
def test_receptions_ahead_meetings_not_held_or_possible_and_a_leaders_government_are_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Fidan met Dbeibah in Tripoli and discussed a possible visit by Erdogan.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Fidan met Dbeibah in Tripoli on Monday; there are no plans for further talks.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Dbeibah was received by Erdogan on Friday and will be hosted by Fidan on Saturday.",
            keys((DBEIBAH, ERDOGAN)),
        ),
        (
            "Erdogan, who has yet to visit Benghazi, received Menfi in Ankara on Monday.",
            keys((ERDOGAN, MENFI)),
        ),
        (
            "Erdogan received Dbeibah, the head of Libya's government, in Istanbul.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_the_meeting_told_beside_them_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan has met Dbeibah several times since 2021.",
        "Erdogan and Dbeibah have met several times in recent years.",
        "Erdogan has hosted Dbeibah on several occasions.",
        "Sarraj made frequent trips to Ankara to meet Erdogan during the war.",
        "Sarraj used to meet Erdogan regularly.",
    ],
)
def test_repeated_or_habitual_contacts_are_the_record_not_the_news(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    current, historical = pairs(detector, entities, text)
    assert current == set()
    assert len(historical) == 1


def test_a_dated_meeting_beside_the_record_stays_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Erdogan received Dbeibah in Istanbul on Saturday, their latest meeting after "
        "several in recent years."
    )
    assert pairs(detector, entities, text)[0] == keys((ERDOGAN, DBEIBAH))
