"""Later references by role alone to offices beyond the ministers, president and
ambassador ("رئيس الأركان التركي"، "وزير التجارة التركي"، "نائب الرئيس التركي"، "رئيس
القوات البرية التركي"، "الضيف التركي"): each is the person of that country holding the
office, named last before it (issue #12, role-only references)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day, pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, GURAK = "person:abdul-hamid-dbeibah", "person:metin-gurak"
BOLAT, CEVDET = "person:omer-bolat", "person:cevdet-yilmaz"
SADDAM, SELCUK = "person:saddam-haftar", "person:selcuk-bayraktaroglu"
BAYRAKTAR = "person:alparslan-bayraktar"


pairs = pairs_on("2024-05-10", lang="ar")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وحط رئيس الأركان التركي متين غوراك في مطار معيتيقة. وبحث رئيس الأركان التركي "
            "مع رئيس الحكومة عبد الحميد الدبيبة برامج التدريب.",
            (GURAK, DBEIBAH),
        ),
        (
            "ووصل وزير التجارة التركي عمر بولات على رأس وفد من رجال الأعمال. واستقبل الدبيبة "
            "وزير التجارة التركي بمقر الحكومة.",
            (BOLAT, DBEIBAH),
        ),
        (
            "وشارك نائب الرئيس التركي جودت يلماز في افتتاح المعرض. والتقى نائب الرئيس "
            "التركي رئيس الحكومة عبد الحميد الدبيبة على هامشه.",
            (CEVDET, DBEIBAH),
        ),
        (
            "ووصل وزير الطاقة التركي ألب أرسلان بيرقدار إلى طرابلس. وأقام الدبيبة مأدبة "
            "عشاء على شرف الضيف التركي بعد لقائه به.",
            (BAYRAKTAR, DBEIBAH),
        ),
    ],
)
def test_a_reference_by_office_is_its_holder_named_before(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)


def test_no_holder_of_that_office_named_before_resolves_to_no_one(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # Bolat is the trade minister, not the chief of staff: nobody is the reference.
    text = (
        "ووصل وزير التجارة التركي عمر بولات إلى طرابلس. والتقى رئيس الأركان التركي رئيس "
        "الحكومة عبد الحميد الدبيبة."
    )
    assert pair_key(BOLAT, DBEIBAH) not in pairs(detector, entities, text)


def test_a_land_forces_commander_named_by_office_on_an_undated_page(
    entities: EntityDetector,
) -> None:
    # Bayraktaroğlu commanded the land forces before heading the general staff (2025):
    # on an undated page his past office resolves the reference (past_roles).
    past = {e.id: [t.role for t in e.terms] for e in entities.entities if e.terms}
    detector = ContactDetector.default(past_roles=past)
    text = (
        "ووصل قائد القوات البرية التركية سلجوق بيرقدار أوغلو إلى بنغازي. وبحث قائد "
        "القوات البرية التركي مع صدام حفتر التعاون العسكري."
    )
    events = events_in(detector, entities, text, "ar", on_day("2026-01-01"), dated=False)
    assert pair_key(SELCUK, SADDAM) in {e.pair_key for e in events}
