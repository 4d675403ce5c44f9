"""A principal referred back to by role as a possessive or as a passive's subject ("The
minister's talks with ...", "The premier was received by ..."), and an institution
whose abbreviation in parentheses stands between it and a relative clause before its
verb ("the Government of National Unity (GNU), which ..., received ...") (issue #12).
Paraphrases, not the excerpts that showed them; each with what must be left alone."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import participant_sets_on

GULER, DBEIBAH = "person:yasar-guler", "person:abdul-hamid-dbeibah"
ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"
FIDAN, BOLAT, GNU = "person:hakan-fidan", "person:omer-bolat", "org:ly-gnu"


pairs = participant_sets_on("2024-05-03", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish Defence Minister Yasar Guler flew to Tripoli on Saturday. The "
            "minister's talks with Prime Minister Abdul Hamid Dbeibah focused on training.",
            {frozenset({GULER, DBEIBAH})},
        ),
        (
            "Libyan Prime Minister Abdul Hamid Dbeibah arrived in Ankara on Friday. The "
            "premier’s meeting with President Recep Tayyip Erdogan lasted two hours.",
            {frozenset({ERDOGAN, DBEIBAH})},
        ),
        (
            "Foreign Minister Hakan Fidan landed at Mitiga airport on Monday. The foreign "
            "minister was greeted by Prime Minister Abdul Hamid Dbeibah.",
            {frozenset({FIDAN, DBEIBAH})},
        ),
    ],
)
def test_a_possessive_or_passive_role_takes_the_principal_named_before(
    detector, entities, text, expected
) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no contact in the referring sentence: the possessive adds nobody
        "Libyan Prime Minister Abdul Hamid Dbeibah opened a school in Tripoli. The "
        "premier's remarks came during a ceremony with pupils.",
        # no principal of the missing side named before: nobody to refer to
        "Turkish companies returned to Libya this year. The minister's meeting with "
        "Prime Minister Abdul Hamid Dbeibah covered unfinished projects.",
    ],
)
def test_a_role_with_nobody_to_refer_to_makes_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


def test_both_sides_named_in_the_sentence_are_its_only_pair(detector, entities) -> None:
    text = (
        "Turkish Defence Minister Yasar Guler flew to Tripoli on Saturday. The president's "
        "office said Erdogan met Fayez al-Sarraj there."
    )
    assert pairs(detector, entities, text) == {frozenset({ERDOGAN, SARRAJ})}


@pytest.mark.parametrize(
    "text",
    [
        "The Government of National Unity (GNU), which has governed western Libya from the "
        "capital since 2021, received Turkish Trade Minister Omer Bolat on Thursday.",
        "The Government of National Unity (GNU), which its eastern rivals say has lost "
        "its mandate, hosted Turkish Trade Minister Omer Bolat on Thursday.",
    ],
)
def test_an_abbreviated_institution_stays_the_subject_across_a_relative_clause(
    detector, entities, text
) -> None:
    assert pairs(detector, entities, text) == {frozenset({GNU, BOLAT})}


def test_an_abbreviated_institution_before_a_plain_aside_is_no_subject(detector, entities) -> None:
    # no relative pronoun opens the aside: its length counts, and the institution is
    # too far from the verb to be its subject
    text = (
        "The Government of National Unity (GNU), the internationally recognised "
        "administration based in the western capital, received Turkish Trade Minister "
        "Omer Bolat in Tripoli on Thursday."
    )
    assert frozenset({GNU, BOLAT}) not in pairs(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish Trade Minister Omer Bolat landed in Tripoli on Thursday. Talks with "
            "Prime Minister Abdul Hamid Dbeibah centred on unpaid contracts.",
            {frozenset({BOLAT, DBEIBAH})},
        ),
        (
            "Libyan Prime Minister Abdul Hamid Dbeibah flew to Ankara on Friday. Upon "
            "arrival, he was welcomed by Defence Minister Yasar Guler.",
            {frozenset({GULER, DBEIBAH})},
        ),
    ],
)
def test_a_subjectless_contact_noun_or_an_arrival_pronoun_refers_back(
    detector, entities, text, expected
) -> None:
    assert pairs(detector, entities, text) == expected


def test_talks_with_a_third_country_stay_no_contact(detector, entities) -> None:
    text = (
        "Turkish Trade Minister Omer Bolat landed in Cairo on Thursday. Talks with "
        "Egyptian officials centred on unpaid contracts."
    )
    assert pairs(detector, entities, text) == set()
