"""English spellings of Libyan names written alone, as real copy does (issue #12).

"Bashaga", "Mechri", "Al-Dabaiba" and "Al-Kib" stand alone in English copy as often as
the spellings the KB first held: a surname written alone links only when the KB
holds it as written (a variant of a one-token name needs other support)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("text", "entity", "surface"),
    [
        (
            "Bashaga said in Misrata that the vote must go ahead.",
            "person:fathi-bashagha",
            "Bashaga",
        ),
        ("Mechri told reporters in Tripoli he would stand.", "person:khalid-al-mishri", "Mechri"),
        (
            "The housing minister travelled with Abdul Hamid Al-Dabaiba to Ankara.",
            "person:abdul-hamid-dbeibah",
            "Abdul Hamid Al-Dabaiba",
        ),
        (
            "In Istanbul, Al-Kib was told to disband the militias.",
            "person:abdurrahim-el-keib",
            "Al-Kib",
        ),
        ("Agila Saleh arrived in Ankara on Monday.", "person:aguila-saleh", "Agila Saleh"),
        # the Egyptian-style g for j of Libyan copy
        ("Governor Nagi Issa received the minister in Tripoli.", "person:naji-issa", "Nagi Issa"),
        (
            "the head of Turkey's National Intelligence Agency (MIT) visited Tripoli",
            "org:mit",
            "National Intelligence Agency",
        ),
        ("TRIPOLI, March 29 (NNN-XINHUA) - flights resumed", "org:nnn-nam-news-network", "NNN"),
    ],
)
def test_a_spelling_real_copy_uses_links(
    detector: EntityDetector, text: str, entity: str, surface: str
) -> None:
    found = {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), "en")}
    assert surface in found.get(entity, [])


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the role apposed to the family surname names the bearer
        (
            "A Turkish delegation visited Haftar, the deputy commander of the army, in Benghazi.",
            "person:saddam-haftar",
        ),
        ("Kalin met Haftar, the deputy commander, in Benghazi.", "person:saddam-haftar"),
        # a role several bearers hold leaves the usual resolution: the most prominent
        (
            "Turkish officials met Haftar, the commander of the army, in Benghazi.",
            "person:khalifa-haftar",
        ),
    ],
)
def test_a_role_apposed_to_a_family_surname_picks_its_bearer(
    detector: EntityDetector, text: str, entity: str
) -> None:
    found = {e.id for e in detector.detect(fold(text), "en")}
    assert entity in found
