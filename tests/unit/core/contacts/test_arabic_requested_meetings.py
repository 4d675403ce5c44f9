"""A meeting asked for is no meeting held, however long the asker's title between the
verb and the meeting ("طلب رئيس المجلس الرئاسي محمد المنفي لقاء ..."); a request made
during a meeting held ("وطلب X خلال لقائه مع Y ...", "... عقب لقاء جمعه بـY") is the
meeting's content, not a request for it (``block_except``; issue #12, requests)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

MENFI, ERDOGAN = "person:mohamed-menfi", "person:recep-tayyip-erdogan"
HAFTAR, FIDAN = "person:khalifa-haftar", "person:hakan-fidan"


pairs = pairs_on("2024-05-10", lang="ar")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "طلب رئيس المجلس الرئاسي محمد المنفي لقاء الرئيس التركي رجب طيب أردوغان.",
            (MENFI, ERDOGAN),
        ),
        (
            "وطلب قائد الجيش الوطني خليفة حفتر عبر وسطاء عقد لقاء مع وزير الخارجية التركي "
            "هاكان فيدان.",
            (HAFTAR, FIDAN),
        ),
    ],
)
def test_a_meeting_asked_for_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) not in pairs(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        "وطلب محمد المنفي خلال لقائه مع الرئيس التركي رجب طيب أردوغان في أنقرة دعم الانتخابات.",
        "وطلب محمد المنفي في اجتماعه مع الرئيس التركي رجب طيب أردوغان دعم الانتخابات.",
        "طلب محمد المنفي من تركيا الدعم، وذلك عقب لقاء جمعه بالرئيس التركي رجب طيب أردوغان.",
    ],
)
def test_a_request_made_in_a_meeting_held_keeps_the_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pair_key(MENFI, ERDOGAN) in pairs(detector, entities, text)
