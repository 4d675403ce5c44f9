"""Two Arabic near-contacts of issue #12, each a paraphrase of its class:

* a meeting hoped for or looked forward to ("أعرب X عن أمله في لقاء Y"، "يتطلع إلى
  زيارة") is none, while the meeting at which a hope was voiced stays;
* greetings conveyed from someone ("نقل السفير تحيات الرئيس أردوغان إلى صالح") make the
  sender no party to the meeting at which they were passed on.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, SALEH = "person:recep-tayyip-erdogan", "person:aguila-saleh"
DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
FIDAN, YILMAZ = "person:hakan-fidan", "person:kenan-yilmaz"


pairs = pairs_on("2024-05-10", lang="ar")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وأعرب رئيس المجلس الرئاسي محمد المنفي عن أمله في لقاء الرئيس التركي رجب طيب "
            "أردوغان قريبا.",
            (MENFI, ERDOGAN),
        ),
        (
            "وقال رئيس الحكومة عبد الحميد الدبيبة إنه يتطلع إلى زيارة أنقرة ولقاء وزير "
            "الخارجية التركي هاكان فيدان.",
            (DBEIBAH, FIDAN),
        ),
    ],
)
def test_a_meeting_hoped_for_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) not in pairs(detector, entities, text)


def test_the_meeting_a_hope_was_voiced_at_stays(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "وأعرب الرئيس التركي رجب طيب أردوغان خلال لقائه رئيس الحكومة عبد الحميد الدبيبة "
        "عن أمله في تعزيز التعاون الاقتصادي."
    )
    assert pair_key(ERDOGAN, DBEIBAH) in pairs(detector, entities, text)


def test_the_sender_of_greetings_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "ونقل السفير التركي كنعان يلماز تحيات الرئيس رجب طيب أردوغان إلى رئيس مجلس "
        "النواب عقيلة صالح خلال لقائهما في بنغازي."
    )
    found = pairs(detector, entities, text)
    assert pair_key(YILMAZ, SALEH) in found
    assert pair_key(ERDOGAN, SALEH) not in found


def test_one_who_greets_in_person_is_a_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "وحيا الرئيس التركي رجب طيب أردوغان خلال لقائه رئيس المجلس الرئاسي محمد المنفي."
    assert pair_key(ERDOGAN, MENFI) in pairs(detector, entities, text)
