"""English contact constructions found missing by probing stage 1 with some 130
invented wire-copy sentences by class (issue #12, session 15): a date inside a clause
about a person ("who was elected in August") dating the meeting, and a contact inside
an "after" phrase dated by its own day ("after Fidan's talks with Dbeibah on Thursday")
taken for a recap.

The sentences are written for the probe, not taken from any excerpt of the real-text
set; each rule also has sentences it must leave alone.
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
TAKALA, BEGEC = "person:mohamed-takala", "person:guven-begec"
SALEH, KURTULMUS = "person:aguila-saleh", "person:numan-kurtulmus"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Mohamed Takala, who was elected head of the High Council of State in August, "
            "held a meeting with Turkish Ambassador Guven Begec in Tripoli on Sunday.",
            keys((TAKALA, BEGEC)),
        ),
        (
            "Aguila Saleh, whose parliament approved a rival government in 2022, sat down "
            "with Numan Kurtulmus in Ankara.",
            keys((SALEH, KURTULMUS)),
        ),
        (
            "Dbeibah, who took office in March 2021, received Fidan in Tripoli.",
            keys((DBEIBAH, FIDAN)),
        ),
    ],
)
def test_a_date_in_a_clause_about_a_person_does_not_date_the_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text) == (met, set())


@pytest.mark.parametrize(
    ("text", "old"),
    [
        # the date stands outside the person's clause: it dates the meeting
        (
            "Takala, who was re-elected last year, met Guven Begec in Tripoli in August 2023.",
            keys((TAKALA, BEGEC)),
        ),
        # "which" opens a clause about the talks themselves
        (
            "Erdogan's talks with Dbeibah, which were held in Istanbul in 2021, produced a "
            "maritime deal.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_a_date_outside_a_person_clause_still_dates_the_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, old: set[str]
) -> None:
    assert pairs(detector, entities, text) == (set(), old)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "After Fidan's talks with Dbeibah in Tripoli on Thursday, Ankara announced new "
            "flights to Benghazi.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "The announcement came after Kalin's meeting with Haftar in Benghazi on Monday.",
            keys((KALIN, HAFTAR)),
        ),
        (
            "Following Erdogan's phone call with Menfi on Wednesday, the two governments "
            "set up a joint committee.",
            keys((ERDOGAN, MENFI)),
        ),
    ],
)
def test_an_after_phrase_dated_by_its_own_day_is_the_weeks_news(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text) == (met, set())


@pytest.mark.parametrize(
    ("text", "old"),
    [
        # dated by a period long past: background, as before
        (
            "The visit comes after Kalin's meeting with Haftar in Benghazi last month.",
            keys((KALIN, HAFTAR)),
        ),
        # the day dates what came after it, across the comma
        (
            "After Fidan's talks with Dbeibah in Tripoli, Ankara announced new flights on "
            "Thursday.",
            keys((FIDAN, DBEIBAH)),
        ),
        # its own date, but an old one
        (
            "The deal was signed after Erdogan's talks with Dbeibah in Istanbul in 2021.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_an_after_phrase_without_a_current_day_of_its_own_stays_a_recap(
    detector: ContactDetector, entities: EntityDetector, text: str, old: set[str]
) -> None:
    assert pairs(detector, entities, text) == (set(), old)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Fidan told a news conference alongside Libyan Foreign Minister Taher al-Baour in "
            "Ankara on Tuesday that the two countries would cooperate.",
            keys((FIDAN, "person:taher-al-baour")),
        ),
        (
            "Erdogan spoke at a press conference alongside Dbeibah after their talks in "
            "Istanbul on Saturday.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_a_news_conference_alongside_the_counterpart_is_a_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        # a compatriot beside him, a third country's counterpart
        "Erdogan spoke at a news conference alongside Fidan in Ankara on Friday.",
        "Fidan said at a news conference alongside his Italian counterpart Antonio Tajani "
        "that Libya needed elections.",
    ],
)
def test_a_news_conference_alongside_no_counterpart_gives_nothing(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "Haftar is due to travel to Ankara to meet Kalin, sources said.",
        "Haftar is due to fly to Ankara on Monday for talks with Erdogan.",
        "The presidency said Erdogan and Dbeibah would chair the council's meeting in Ankara.",
        "Erdogan will co-chair the strategic council meeting with Dbeibah in Istanbul.",
        "Haftar declined an invitation to meet Erdogan in Ankara.",
        "Saleh turned down an invitation for talks with Kurtulmus.",
    ],
)
def test_trips_due_meetings_to_be_chaired_and_invitations_declined_are_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the plan is the person's own, told in a clause about him
        (
            "Dbeibah, who is due to travel to Rome on Sunday, met Erdogan in Istanbul on Friday.",
            keys((DBEIBAH, ERDOGAN)),
        ),
        (
            "Erdogan, who will chair the summit, met Menfi in Istanbul on Friday.",
            keys((ERDOGAN, MENFI)),
        ),
        (
            "Menfi, who declined an invitation to the Cairo summit, received Fidan in Tripoli "
            "on Thursday.",
            keys((MENFI, FIDAN)),
        ),
    ],
)
def test_a_plan_in_a_clause_about_a_person_leaves_the_meeting_after_it(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "The talks with Fidan came after Turkish backing gave Dbeibah the upper hand in "
            "his battle with Haftar.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Fidan's talks with Dbeibah on Thursday followed weeks of clashes with Haftar.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Kalin met Menfi on Monday amid the government's dispute with Haftar.",
            keys((KALIN, MENFI)),
        ),
    ],
)
def test_an_adversary_in_a_battle_or_dispute_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_the_adversary_met_in_person_stays_a_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "Kalin held talks with Haftar in Benghazi on Monday, years after the war."
    assert pairs(detector, entities, text)[0] == keys((KALIN, HAFTAR))


GULER, ALBAYRAK = "person:yasar-guler", "person:berat-albayrak"
CAVUSOGLU, SARRAJ = "person:mevlut-cavusoglu", "person:fayez-al-sarraj"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Cavusoglu was accompanied by Finance Minister Berat Albayrak and intelligence "
            "chief Hakan Fidan.\nThe Turkish officials discussed with Sarraj the latest "
            "developments.",
            keys((CAVUSOGLU, SARRAJ), (ALBAYRAK, SARRAJ), (FIDAN, SARRAJ)),
        ),
        (
            "Fidan was accompanied by Guler and Kalin. The ministers held talks with Dbeibah.",
            keys((FIDAN, DBEIBAH), (GULER, DBEIBAH), (KALIN, DBEIBAH)),
        ),
        (
            "Fidan, together with Defence Minister Yasar Guler, flew to Tripoli on Thursday. "
            "The two ministers met Menfi.",
            keys((FIDAN, MENFI), (GULER, MENFI)),
        ),
    ],
)
def test_those_who_accompany_join_the_group_a_later_sentence_names(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        # accompanied by nobody named: one person is no group
        "Fidan was accompanied by a large delegation. The officials met Dbeibah.",
        # a third country's minister ends the list
        "Fidan was accompanied by Italian Foreign Minister Antonio Tajani. The ministers "
        "met Dbeibah.",
    ],
)
def test_an_accompanied_person_alone_or_with_a_third_country_makes_no_group(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "The Turkish foreign minister met Libyan Prime Minister Abdul Hamid Dbeibah in "
            "Tripoli on Thursday, the ministry said. Fidan also met Menfi.",
            keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
        ),
        (
            "At a joint news conference with Dbeibah, the Turkish president said the deal "
            "served both countries. Erdogan said Turkey would send vaccines.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "The Libyan prime minister met Erdogan in Ankara on Monday. Dbeibah later "
            "visited Istanbul.",
            keys((DBEIBAH, ERDOGAN)),
        ),
    ],
)
def test_a_role_reference_before_any_name_stands_for_the_holder_named_after(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        # the holder named after has another role: nobody is resolved
        "The Turkish foreign minister met Dbeibah in Tripoli on Thursday. Erdogan later "
        "praised the talks.",
        # "the Turkish official" names any office: not resolved forward
        "A Turkish official met Dbeibah in Tripoli on Thursday. Fidan later praised the talks.",
    ],
)
def test_a_role_reference_is_not_resolved_forward_to_another_office(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Dbeibah and Erdogan, scheduled for Monday, were postponed.",
        "A meeting between Fidan and Takala planned for next week will focus on the "
        "electoral laws.",
    ],
)
def test_a_meeting_scheduled_or_planned_for_a_day_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Hakan Fidan arrived in Tripoli on Thursday. Dbeibah met the Turkish FM at his office.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Chief of General Staff Metin Gurak flew to Tripoli on Sunday. Menfi received the "
            "Turkish chief of staff at the Presidential Council.",
            keys(("person:metin-gurak", MENFI)),
        ),
        (
            "Trade Minister Omer Bolat led a delegation of businessmen to Tripoli. Dbeibah met "
            "the Turkish trade minister on Wednesday.",
            keys(("person:omer-bolat", DBEIBAH)),
        ),
    ],
)
def test_abbreviated_and_office_role_references_resolve(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_an_office_role_reference_needs_a_holder_of_that_office(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # Fidan holds no trade portfolio: "the Turkish trade minister" is nobody here
    text = (
        "Hakan Fidan arrived in Tripoli on Thursday. Dbeibah met the Turkish trade minister "
        "on Wednesday."
    )
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "old"),
    [
        (
            "At their previous meeting in Ankara, Erdogan and Dbeibah signed two deals.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "Since taking office, Dbeibah has met Erdogan more than ten times.",
            keys((DBEIBAH, ERDOGAN)),
        ),
        (
            "Erdogan and Dbeibah have held regular talks since the 2021 strategic council meeting.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_a_previous_meeting_counted_or_regular_contacts_are_the_record(
    detector: ContactDetector, entities: EntityDetector, text: str, old: set[str]
) -> None:
    assert pairs(detector, entities, text) == (set(), old)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the day's meeting, dated: the cue does not reach it
        (
            "Erdogan met Dbeibah in Istanbul on Saturday, their first talks since their "
            "last meeting in Ankara.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        # "times" with no count of contacts
        (
            "Erdogan received Dbeibah on Friday at a time when Libya faces more than two crises.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_record_cues_leave_the_days_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


MISHRI = "person:khalid-al-mishri"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Mishri welcomed the talks between Kalin and Haftar in Benghazi on Monday.",
            keys((KALIN, HAFTAR)),
        ),
        (
            "The House of Representatives condemned the meeting between Dbeibah and Erdogan "
            "in Istanbul on Saturday.",
            keys((DBEIBAH, ERDOGAN)),
        ),
        (
            "Saleh criticised the meeting between Dbeibah and Erdogan, calling it illegitimate.",
            keys((DBEIBAH, ERDOGAN)),
        ),
    ],
)
def test_a_meeting_commented_on_stands_without_its_commenter(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    "text",
    [
        # the commented meeting is a third country's: the commenter pairs with nobody
        "Erdogan welcomed the meeting between Dbeibah and Meloni in Rome.",
        "Fidan praised the talks between Dbeibah and Mishri in Tripoli.",
        # criticism of someone, no meeting commented on: still blocked
        "Haftar criticised Erdogan after Dbeibah's visit.",
    ],
)
def test_a_comment_on_others_meeting_pairs_no_commenter(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the partner of the talks that stand, however near the plan after him
        (
            "Menfi discussed with Turkish Ambassador Guven Begec the upcoming visit of Erdogan.",
            keys((MENFI, BEGEC)),
        ),
        # what the meeting prepared is no party of it
        (
            "Dbeibah and Guven Begec discussed preparations for Erdogan's visit to Tripoli.",
            keys((DBEIBAH, BEGEC)),
        ),
    ],
)
def test_a_meeting_about_a_visit_ahead_keeps_its_own_parties_only(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


def test_the_partner_of_a_cancelled_trigger_stays_out(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "talks with Erdogan" is the postponed visit's own: no trigger stands before him
    text = "Dbeibah postponed his visit to Ankara for talks with Erdogan."
    assert pairs(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Kalin was in Benghazi on Monday. During his visit he met Haftar.",
            keys((KALIN, HAFTAR)),
        ),
        (
            "Fidan arrived in Tripoli on Thursday. During the visit, he held talks with Menfi "
            "and Takala.",
            keys((FIDAN, MENFI), (FIDAN, TAKALA)),
        ),
    ],
)
def test_a_pronoun_after_a_visit_phrase_refers_back(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # no contact verb after the phrase
        ("Kalin was in Benghazi on Monday. During his visit he toured the port.", set()),
        # a third country's envoy met: the earlier pair only
        (
            "Erdogan met Dbeibah on Saturday. During his visit, he also met Putin's envoy.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_a_visit_phrase_pronoun_without_a_watched_partner_adds_nothing(
    detector: ContactDetector, entities: EntityDetector, text: str, met: set[str]
) -> None:
    assert pairs(detector, entities, text)[0] == met
