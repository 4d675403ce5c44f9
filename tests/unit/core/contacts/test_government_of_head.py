"""A government named after its head ("حكومة الرئيس رجب طيب أردوغان", "حكومة الدبيبة",
"Erdoğan hükümeti") is the government, not the person: an agreement between two such
governments is a state-level statement, no contact (issue #12). A minister's own title
("وزير الخارجية بحكومة ... سيالة") keeps him a party. Paraphrases, not excerpt wording.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

pairs = pairs_on("2022-10-05", article_id="gov")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "ووقعت حكومة الوفاق برئاسة فايز السراج مذكرة تفاهم مع حكومة الرئيس رجب طيب أردوغان.",
        ),
        ("ar", "وأبرمت حكومة الدبيبة اتفاقية للتنقيب عن النفط مع حكومة أردوغان."),
        ("tr", "Dibeybe hükümeti, Erdoğan hükümeti ile anlaşma imzaladı."),
        ("tr", "Erdoğan yönetimi, Dibeybe hükümetiyle enerji alanında mutabakat imzaladı."),
    ],
)
def test_governments_named_after_their_heads_make_no_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "ar",
            "واستقبل رئيس الحكومة عبد الحميد الدبيبة وزير الخارجية التركي هاكان فيدان.",
            ("person:abdul-hamid-dbeibah", "person:hakan-fidan"),
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Ulusal Birlik Hükümeti Başbakanı Dibeybe'yi kabul etti.",
            ("person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"),
        ),
    ],
)
def test_a_head_named_with_a_title_stays_a_party(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    pair: tuple[str, str],
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text, lang)
