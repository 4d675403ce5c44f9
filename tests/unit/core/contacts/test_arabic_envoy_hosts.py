"""The host of an envoy accredited to a state is of that state (session 20, arcon:
``envoy_hosts.py``). Libyan ministries and municipalities report audiences as "استقبل
<title> <name> السفير التركي لدى ليبيا <name>"; a host the KB does not know had no
country, and the contact was lost (dev ar-29602). The sentences paraphrase the class in
several newsroom styles; none is a dev excerpt's wording.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

YILMAZ = "person:kenan-yilmaz"
SHAKSHUKI, MABROUK = "person:shape:هشام-الشكشوكي", "person:shape:فرج-المبروك"


def partners_of(
    detector: ContactDetector, entities: EntityDetector, text: str, person: str
) -> set[str]:
    found: set[str] = set()
    for event in events_in(detector, entities, text, "ar", on_day("2024-05-10")):
        ids = [p.id for p in event.participants]
        if person in ids:
            found.update(i for i in ids if i != person)
    return found


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a ministry's statement: verb, host, then the envoy "in Libya"
        (
            "استقبل وزير الحكم المحلي فرج المبروك بمقر الوزارة في طرابلس، السفير التركي في ليبيا "
            "كنعان يلماز، لبحث برامج التعاون.",
            MABROUK,
        ),
        # talks "with Turkey's ambassador to Libya"
        (
            "وبحث وكيل وزارة الاقتصاد هشام الشكشوكي مع سفير تركيا لدى ليبيا كنعان يلماز "
            "سبل تعزيز التبادل التجاري.",
            SHAKSHUKI,
        ),
        # a municipality's page, the title quoted
        (
            "التقى عميد بلدية زوارة “فرج المبروك” اليوم الاثنين بالسفير التركي لدى ليبيا "
            "كنعان يلماز بديوان البلدية.",
            MABROUK,
        ),
    ],
)
def test_the_unknown_host_of_an_envoy_to_libya_is_libyan(
    detector: ContactDetector, entities: EntityDetector, text: str, host: str
) -> None:
    assert YILMAZ in partners_of(detector, entities, text, host)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # named after the envoy: his guest or companion, no host
        (
            "واستقبل السفير التركي لدى ليبيا كنعان يلماز بمقر السفارة رجل الأعمال هشام الشكشوكي.",
            SHAKSHUKI,
        ),
        # two unknown persons before the envoy: which is the host is not told
        (
            "والتقى هشام الشكشوكي ومحمد الفرجاني بالسفير التركي لدى ليبيا كنعان يلماز.",
            SHAKSHUKI,
        ),
        # an envoy accredited to no state named: nothing tells the host's country
        (
            "واستقبل وزير الحكم المحلي فرج المبروك السفير التركي كنعان يلماز بمكتبه.",
            MABROUK,
        ),
    ],
)
def test_a_person_the_rule_cannot_place_stays_of_none(
    detector: ContactDetector, entities: EntityDetector, text: str, person: str
) -> None:
    assert partners_of(detector, entities, text, person) == set()
