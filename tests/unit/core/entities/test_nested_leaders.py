"""A body Arabic copy names by its leader (حكومة الدبيبة, قيادة حفتر, حكومة أسامة حماد)
names the leader too: the person is linked inside the organisation's mention, as the
real set labels it (issue #12, accarent; dev ar-26024, ar-161). Paraphrases unlike
those excerpts, and the bodies merely named after a person, which add no one."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector

_linked = partial(mentions_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "body", "leader", "mention"),
    [
        (
            "ورفضت حكومة الدبيبة البيان الصادر عن البرلمان.",
            "org:ly-gnu",
            "person:abdul-hamid-dbeibah",
            "الدبيبة",
        ),
        (
            "وأصدرت حكومة أسامة حماد قرارا بإغلاق المعبر.",
            "org:ly-gns",
            "person:osama-hammad",
            "أسامة حماد",
        ),
        (
            "ونفت قيادة حفتر أن تكون القوات قد انسحبت من سرت.",
            "org:ly-lna",
            "person:khalifa-haftar",
            "حفتر",
        ),
        (
            "ووقعت حكومة السراج مذكرتي تفاهم مع أنقرة.",
            "org:ly-gna",
            "person:fayez-al-sarraj",
            "السراج",
        ),
    ],
)
def test_a_body_named_by_its_leader_names_the_leader(
    detector: EntityDetector, text: str, body: str, leader: str, mention: str
) -> None:
    linked = _linked(detector, text)
    assert body in linked
    assert linked.get(leader) == [mention]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a body named after a person who does not lead it: no leader head word
        ("وعقد المؤتمر في مجمع البيرق الصناعي بإسطنبول.", "person:berat-albayrak"),
        ("ناقش مجلس الأمة التركي الكبير مذكرة التمديد.", "person:sadiq-al-kabir"),
    ],
)
def test_a_body_merely_named_after_a_person_adds_no_one(
    detector: EntityDetector, text: str, person: str
) -> None:
    assert person not in _linked(detector, text)
