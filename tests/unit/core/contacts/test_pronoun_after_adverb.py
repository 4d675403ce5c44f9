"""A pronoun subject after a sentence adverb of place or sequence ("There he met ...",
"Later, she received ...") is the principal named in the sentence before, as a pronoun
opening the sentence is (issue #12, English contact recall). Paraphrases."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
ERDOGAN = "person:recep-tayyip-erdogan"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ibrahim Kalin flew into Benghazi on Sunday. There he met Khalifa Haftar.",
            {pair_key(KALIN, HAFTAR)},
        ),
        (
            "Hakan Fidan landed in Tripoli on Monday morning. Later, he held talks with "
            "Abdul Hamid Dbeibah at the government headquarters.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "Abdul Hamid Dbeibah arrived in Istanbul on Friday. Afterwards he sat down "
            "with Recep Tayyip Erdogan.",
            {pair_key(DBEIBAH, ERDOGAN)},
        ),
    ],
)
def test_the_pronoun_after_an_adverb_is_the_principal_before(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan arrived in Tripoli on Monday. Later, he spoke to reporters about Libya.",
        "Hakan Fidan arrived in Tripoli on Monday. There he met Egyptian officials.",
    ],
)
def test_no_partner_of_the_other_side_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()
