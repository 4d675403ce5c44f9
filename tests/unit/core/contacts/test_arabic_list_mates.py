"""A person the KB does not know, listed after a countryman ("، و" + title + name),
is of his country (session 20, arcon: ``list_mates.py``). Arabic copy lists the
officials who received a visitor, or who came with him, in one run of titled names;
the members found by their name's shape alone had no country, and their contacts were
lost (dev ar-29804, ar-29018). The sentences paraphrase the class in several
newsroom styles; none is a dev excerpt's wording.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

MABROUK, OZTURK = "person:shape:فرج-المبروك", "person:shape:مراد-اوزتورك"


def partners_of(
    detector: ContactDetector, entities: EntityDetector, text: str, person: str
) -> set[str]:
    """Who ``person`` had a contact with in ``text``."""
    found: set[str] = set()
    for event in events_in(detector, entities, text, "ar", on_day("2024-05-10")):
        ids = [p.id for p in event.participants]
        if person in ids:
            found.update(i for i in ids if i != person)
    return found


@pytest.mark.parametrize(
    ("text", "person", "partner"),
    [
        # a reception committee (al-Wasat / LANA style), the unknown member between
        # two Libyans
        (
            "وكان في استقبال وزير الدفاع التركي يشار غولر بمطار معيتيقة، رئيس الأركان "
            "العامة محمد الحداد، وآمر الكلية العسكرية العميد فرج المبروك، وآمر القوات "
            "الجوية اللواء محمد منيسي.",
            MABROUK,
            "person:yasar-guler",
        ),
        # the visitor's side listed after him (a ministry's Facebook statement)
        (
            "واستقبل وزير الداخلية عماد الطرابلسي بمقر الوزارة السفير التركي كنعان يلماز، "
            "ومستشار السفارة للشؤون الأمنية مراد أوزتورك.",
            OZTURK,
            "person:imad-trabelsi",
        ),
        # a delegation's members (Anadolu Arabic style)
        (
            "وعقد وزير الخارجية التركي هاكان فيدان اجتماعا مع وفد ليبي ضم رئيس المجلس "
            "الأعلى للدولة محمد تكالة، ومستشاره السياسي فرج المبروك.",
            MABROUK,
            "person:hakan-fidan",
        ),
    ],
)
def test_an_unknown_list_member_is_his_neighbours_countryman(
    detector: ContactDetector, entities: EntityDetector, text: str, person: str, partner: str
) -> None:
    assert partner in partners_of(detector, entities, text, person)


@pytest.mark.parametrize(
    "text",
    [
        # listed between the two sides' officials: no side for him
        "واستقبل الرئيس التركي رجب طيب أردوغان رئيس المجلس الرئاسي محمد المنفي، بحضور "
        "السفير التركي كنعان يلماز، والعقيد فرج المبروك، ووزير الخارجية الليبي الطاهر الباعور.",
        # another country's adjective in his title
        "واستقبل وزير الداخلية عماد الطرابلسي السفير التركي كنعان يلماز، ومدير شركة "
        "المقاولات المصرية فرج المبروك.",
        # not listed: another sentence
        "واستقبل وزير الداخلية عماد الطرابلسي السفير التركي كنعان يلماز. وحضر اللقاء فرج المبروك.",
        # two subjects joined without a comma: the two sides, not a list
        "والتقى السفير التركي كنعان يلماز وفرج المبروك في طرابلس.",
    ],
)
def test_a_member_not_listed_with_one_country_stays_of_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert partners_of(detector, entities, text, MABROUK) == set()
