"""Arabic contacts denied with لم and the jussive, or left undone (دون أن), background lines of whole articles ("Erdogan has
never met Haftar"). Each cue holds its contact word, so a meeting told beside it stands.
The real entity detector and packaged lexicons run the sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
HAFTAR, FIDAN, MENFI = "person:khalifa-haftar", "person:hakan-fidan", "person:mohamed-menfi"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"


def current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2025-06-02"))
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وأكدت المصادر أنه لم يسبق أن اجتمع فيدان بالمنفي على انفراد.", (FIDAN, MENFI)),
        ("واختتم غولر زيارته إلى ليبيا دون أن يلتقي الفريق أول محمد الحداد.", (GULER, HADDAD)),
        ("وانتهت الزيارة دون لقاء بين الدبيبة والرئيس رجب طيب أردوغان.", (ERDOGAN, DBEIBAH)),
        ("وقالت الرئاسة إن أردوغان لم يستقبل حفتر خلال وجوده في إسطنبول.", (ERDOGAN, HAFTAR)),
    ],
)
def test_a_denied_or_sought_contact_is_no_event(detector, entities, text, pair) -> None:
    assert pair_key(*pair) not in current(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the negation is of something else told beside the meeting
        ("التقى الرئيس رجب طيب أردوغان الدبيبة في أنقرة، لكنه لم يزر إسطنبول.", (ERDOGAN, DBEIBAH)),
        ("اجتمع فيدان بالمنفي في طرابلس دون أن يدلي بتصريحات للصحفيين.", (FIDAN, MENFI)),
        # "unprecedented": held
        (
            "وفي خطوة لم يسبق لها مثيل، استقبل أردوغان المشير خليفة حفتر في أنقرة.",
            (ERDOGAN, HAFTAR),
        ),
        # a plain reception, for the same detector state
        ("واستقبل وزير الدفاع التركي يشار غولر اليوم محمد الحداد في أنقرة.", (GULER, HADDAD)),
    ],
)
def test_a_meeting_beside_a_negation_stands(detector, entities, text, pair) -> None:
    assert pair_key(*pair) in current(detector, entities, text)
