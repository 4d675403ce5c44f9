"""The cue "it is scheduled / expected that X holds a meeting (talks, a visit) with Y"
(من المقرر / من المنتظر / من المتوقع أن ... اجتماعا): a plan, however long the titles
and the date between the cue and the meeting noun; a meeting held in the same sentence
keeps its contact (the cue cancels only the noun it reaches).

Sentences paraphrase the shape of a fresh Arabic excerpt (issue #12, class 3): the
plan's verb was يجري/يعقد, so the noun stood beyond block_nearest's five words."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

AKAR, NAMROUSH = "person:hulusi-akar", "person:salah-al-namroush"
ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


pairs = pairs_on("2020-08-15", lang="ar", article_id="plan", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "من المقرر أن يجري وزير الدفاع التركي خلوصي أكار، اليوم السبت، اجتماعا مع نظيره "
        "في حكومة الوفاق الليبية، صلاح الدين النمروش.",
        "ومن المنتظر أن يعقد الرئيس التركي رجب طيب أردوغان في إسطنبول مباحثات مع رئيس "
        "المجلس الرئاسي محمد المنفي.",
        "ومن المتوقع أن يؤدي وزير الخارجية التركي هاكان فيدان الأسبوع المقبل زيارة إلى "
        "طرابلس يلتقي خلالها رئيس الحكومة عبد الحميد الدبيبة.",
    ],
)
def test_a_scheduled_meeting_is_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أجرى وزير الدفاع التركي خلوصي أكار، اليوم السبت، اجتماعا مع نظيره في حكومة "
            "الوفاق الليبية، صلاح الدين النمروش.",
            {pair_key(AKAR, NAMROUSH)},
        ),
        (
            "التقى الرئيس التركي رجب طيب أردوغان رئيس المجلس الرئاسي محمد المنفي في "
            "إسطنبول، ومن المقرر أن يجري وزير الخارجية هاكان فيدان زيارة إلى روما.",
            {pair_key(ERDOGAN, MENFI)},
        ),
    ],
)
def test_a_meeting_held_keeps_its_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
