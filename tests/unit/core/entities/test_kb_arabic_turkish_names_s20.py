"""Arabic spellings of Turkish officials' names the KB lacked (session 20, arcon):
the Egyptian press's ج for Erdoğan's غ (أردوجان) and a dropped و (أردغان), Kalın's
surname with كاف (كالن), Kurtulmuş's with كاف, and "Mevlüt Oğlu", the short form
of Çavuşoğlu's name some Libyan copy writes. Forms close to an Arabic word or common
Turkish surnames (كالين beside colloquial قالين "they said"; شيمشك, borne by many
Turks) link only after the full name; bare بيرقدار, borne by three KB officials,
is left alone."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "وقال الرئيس التركي أردوجان في مؤتمر صحفي إن بلاده تدعم طرابلس.",
            "person:recep-tayyip-erdogan",
        ),
        ("واستقبل إردوجان رئيس المجلس الرئاسي في قصر دولمة باهتشة.", "person:recep-tayyip-erdogan"),
        ("وبحث أردغان مع الدبيبة ملف الطاقة.", "person:recep-tayyip-erdogan"),
        ("والتقى رئيس الاستخبارات التركية كالن بالفريق صدام حفتر.", "person:ibrahim-kalin"),
        ("وتلقى كورتولموش اتصالا من رئيس مجلس النواب الليبي.", "person:numan-kurtulmus"),
        (
            "ووقع وزير الخارجية التركي مولود أوغلو مذكرة التفاهم مع سيالة.",
            "person:mevlut-cavusoglu",
        ),
    ],
)
def test_the_spelling_links_its_bearer(detector: EntityDetector, text: str, entity: str) -> None:
    assert entity in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a weak form alone: nothing names the man in full
        ("وقال كالين إن الأمر انتهى.", "person:ibrahim-kalin"),
        ("وأضاف شيمشك أن الموازنة ستعدل.", "person:mehmet-simsek"),
        # Oğlu after another given name is someone else
        ("وقال النائب محمود أوغلو إن اللجنة ستجتمع.", "person:mevlut-cavusoglu"),
    ],
)
def test_a_weak_or_other_form_stays_unlinked(
    detector: EntityDetector, text: str, entity: str
) -> None:
    assert entity not in _ids(detector, text)


def test_a_weak_form_links_after_the_full_name(detector: EntityDetector) -> None:
    text = "وقال وزير المالية التركي محمد شيمشك إن التضخم سينخفض. وأضاف شيمشك أن الموازنة ستعدل."
    assert "person:mehmet-simsek" in _ids(detector, text)
