"""A whole article's headline in the present of a plan (planned_headlines.py).

"المنفي يبحث مع أردوغان ..." over a body that says Menfi *will* meet Erdogan: the
headline's present is the plan, and the body names the pair only in planned
sentences; the headline's event is dropped. A body that reports the meeting, names the
pair outside a plan, or names one of them only, leaves the headline's event as it was.
The real entity detector and packaged lexicons run the texts."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.planned_headlines import is_headline
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"


def current(detector: ContactDetector, entities: EntityDetector, text: str, lang: str) -> set:
    events = events_in(detector, entities, text, lang, on_day("2025-06-02"))
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "أردوغان والمنفي يبحثان ملف الانتخابات في إسطنبول\n"
            "أعلنت الرئاسة التركية أن الرئيس رجب طيب أردوغان سيستقبل رئيس المجلس الرئاسي"
            " الليبي محمد المنفي يوم الخميس في قصر دولمة بهجة.",
            "ar",
            (ERDOGAN, MENFI),
        ),
        (
            "غولر يلتقي الحداد لبحث برامج التدريب\n"
            "ومن المقرر أن يجتمع وزير الدفاع التركي يشار غولر برئيس الأركان الليبي"
            " محمد الحداد في أنقرة الأسبوع المقبل.\n"
            "وقالت الوزارة إن الجانبين سيوقعان بروتوكولا للتدريب.",
            "ar",
            (GULER, HADDAD),
        ),
        (
            "Fidan and Dbeibah discuss reconstruction\n"
            "Turkish Foreign Minister Hakan Fidan is scheduled to meet Libyan Prime Minister"
            " Abdul Hamid Dbeibah in Tripoli on Thursday, his ministry said.",
            "en",
            (FIDAN, DBEIBAH),
        ),
        (
            "Hakan Fidan, Dibeybe ile görüşüyor\n"
            "Dışişleri Bakanı Hakan Fidan'ın Libya Başbakanı Abdulhamid Dibeybe ile"
            " önümüzdeki hafta Trablus'ta görüşmesi bekleniyor.",
            "tr",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_a_headline_the_body_tells_as_a_plan_is_no_contact(
    detector, entities, text, lang, pair
) -> None:
    assert pair_key(*pair) not in current(detector, entities, text, lang)
    # the headline alone still reads as a contact: the body's plan is what cancels it
    assert pair_key(*pair) in current(detector, entities, text.split("\n")[0], lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # the body reports the meeting (and a further one planned)
        (
            "المنفي يستقبل فيدان في طرابلس\n"
            "استقبل رئيس المجلس الرئاسي محمد المنفي وزير الخارجية التركي هاكان فيدان صباح اليوم.\n"
            "ومن المقرر أن يلتقي فيدان المنفي مرة أخرى قبل مغادرته.",
            "ar",
            (FIDAN, MENFI),
        ),
        # the body names both outside a plan, with no trigger of its own
        (
            "أردوغان يستقبل الدبيبة\n"
            "وأكد الرئيس رجب طيب أردوغان لعبد الحميد الدبيبة دعم بلاده لحكومته.",
            "ar",
            (ERDOGAN, DBEIBAH),
        ),
        # the body names one of them only
        (
            "Erdogan receives Dbeibah at the presidential complex\n"
            "Erdogan will address parliament on Wednesday, his office said.",
            "en",
            (ERDOGAN, DBEIBAH),
        ),
    ],
)
def test_a_headline_the_body_does_not_plan_keeps_its_contact(
    detector, entities, text, lang, pair
) -> None:
    assert pair_key(*pair) in current(detector, entities, text, lang)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("فيدان يلتقي المنفي\nنص الخبر.", (0, 18), True),
        ("Fidan meets Menfi", (0, 17), True),
        ("التقى فيدان المنفي.\nنص الخبر.", (0, 19), False),  # a sentence, not a headline
        ("Fidan met Menfi, and then", (0, 15), False),  # the line goes on
    ],
)
def test_a_headline_is_a_line_of_its_own_without_a_stop(text, span, expected) -> None:
    assert is_headline(text, span) is expected
