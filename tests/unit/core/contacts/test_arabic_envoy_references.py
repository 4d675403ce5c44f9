"""A Turkish envoy named once with his title and then by office alone ("المبعوث التركي",
"المبعوث الخاص للجمهورية التركية") is that envoy: the Libyan who received him met him
(issue #12, class "role only"). Without an envoy named before, the office names nobody.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ISLER, MISHRI = "person:emrullah-isler", "person:khalid-al-mishri"
ARRIVAL = "وصل المبعوث الخاص للرئيس التركي أمر الله إيشلر إلى طرابلس أمس. "


pairs = pairs_on("2019-06-10", lang="ar", article_id="envoy")


@pytest.mark.parametrize(
    "second",
    [
        "واستقبل رئيس المجلس الأعلى للدولة خالد المشري المبعوث الخاص للجمهورية التركية في مكتبه.",
        "والتقى خالد المشري المبعوث التركي في مقر المجلس.",
    ],
)
def test_the_envoy_named_by_office_is_the_envoy_named_before(
    detector: ContactDetector, entities: EntityDetector, second: str
) -> None:
    assert pair_key(ISLER, MISHRI) in pairs(detector, entities, ARRIVAL + second)


def test_no_envoy_named_before_names_nobody(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "والتقى خالد المشري المبعوث التركي في مقر المجلس."
    assert pairs(detector, entities, text) == set()
