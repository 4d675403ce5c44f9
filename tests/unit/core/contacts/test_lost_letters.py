"""A page saved in a wrong encoding shows Turkish letters as "?" ("Çavu?o?lu",
"Ya?ar", "Erdo?an"). Cutting the sentence there left the named minister in one piece
and the trigger and the Libyan side in another, so the contact was lost (issue #12:
a fresh English excerpt). Paraphrases, not the excerpt's wording."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

CAVUSOGLU, MISHRI = "person:mevlut-cavusoglu", "person:khalid-al-mishri"
GULER, FIDAN, DBEIBAH = "person:yasar-guler", "person:hakan-fidan", "person:abdul-hamid-dbeibah"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Mevlüt Çavu?o?lu and Defence Minister Ya?ar Güler held talks "
            "with Khalid al-Mishri, who heads Libya's High Council of State.",
            {pair_key(CAVUSOGLU, MISHRI), pair_key(GULER, MISHRI)},
        ),
        (
            "Mevlüt Çavu?o?lu wrote on Twitter that he received Khalid al-Mishri in Ankara.",
            {pair_key(CAVUSOGLU, MISHRI)},
        ),
        (
            "Ya?ar Güler and Hakan Fidan sat down with Libyan premier Abdul Hamid Dbeibah "
            "in Tripoli on Tuesday.",
            {pair_key(GULER, DBEIBAH), pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_a_lost_letter_does_not_cut_the_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
