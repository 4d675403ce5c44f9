"""The bare call verb with the person rung for its object ("Erdogan called Dbeibah",
"calls", "rang"): a phone call only with a person named right after it, not "called on",
"called for", "called X a ...", "called X's ...", "a militia called ...", "whom he
called ..." (issue #12). Paraphrases, not the excerpts that showed them; each with what
must be left alone."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
MANGOUSH = "person:najla-mangoush"


def calls(detector, entities, text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(p.id for p in e.participants), e.kind)
        for e in events_in(detector, entities, text, "en", on_day("2024-05-03"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Recep Tayyip Erdogan called Abdul Hamid Dbeibah on Tuesday to "
            "discuss the situation in Tripoli.",
            frozenset({ERDOGAN, DBEIBAH}),
        ),
        # a title between the verb and the name
        (
            "Erdogan called Libyan Prime Minister Abdul Hamid Dbeibah after the clashes.",
            frozenset({ERDOGAN, DBEIBAH}),
        ),
        # the headline present
        ("Erdogan calls Menfi, discusses Libya's election timetable.", frozenset({ERDOGAN, MENFI})),
        (
            "Foreign Minister Hakan Fidan rang his Libyan counterpart Najla Mangoush on Monday.",
            frozenset({FIDAN, MANGOUSH}),
        ),
        # the Libyan side rings
        (
            "Mohamed al-Menfi called Erdogan on Saturday to congratulate him on the vote.",
            frozenset({ERDOGAN, MENFI}),
        ),
    ],
)
def test_a_person_right_after_the_verb_is_the_one_rung(detector, entities, text, expected) -> None:
    assert calls(detector, entities, text) == {(expected, "phone_call")}


@pytest.mark.parametrize(
    "text",
    [
        # a description of the person, not a call
        "Erdogan called Dbeibah a brother and called on the parties to talk.",
        "Erdogan called Haftar's offensive a coup against the legitimate government.",
        "Erdogan called Dbeibah “the son of Tripoli” in a speech to his party.",
        # the object is no person
        "A militia called the Tripoli Revolutionaries Brigade clashed with forces loyal to "
        "Dbeibah, Erdogan said.",
        # the verb has no object after it
        "Haftar, whom Erdogan called a putschist, rejected the ceasefire.",
        # an appeal
        "Erdogan called for calm in Tripoli and called on Haftar to withdraw.",
    ],
)
def test_called_without_a_person_rung_makes_no_call(detector, entities, text) -> None:
    assert calls(detector, entities, text) == set()


def test_another_trigger_of_the_sentence_still_names_its_event(detector, entities) -> None:
    text = "Hakan Fidan met Abdul Hamid Dbeibah in Tripoli, whom he called “a brother”."
    assert calls(detector, entities, text) == {(frozenset({FIDAN, DBEIBAH}), "meeting")}
