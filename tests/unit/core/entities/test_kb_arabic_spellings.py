"""Arabic spellings real copy uses that the KB now holds (issue #12, accar2): the
Maghreb press's name of the GNA, Egyptian تليفزيون, a ي for the second و of
Çavuşoğlu, the Muslim Brotherhood at large (not its Libyan branch), a Zliten mayor
and Turkish renderings of a Kayseri mayor's name; and what must stay unlinked."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("غادر رئيس حكومة التوافق الوطني الليبية الجزائر مساء الإثنين.", "org:ly-gna"),
        ("ونقلت هيئة الإذاعة والتليفزيون التركية عن مصادر قولها.", "org:trt"),
        ("في مؤتمر صحفي مع نظيرها التركي مولود تشاويش أوغلو في طرابلس.", "person:mevlut-cavusoglu"),
        ("وقال إن الإخوان المسلمين سهلوا التدخل.", "org:muslim-brotherhood"),
        ("عقد عميد بلدية زليتن مفتاح الطاهر حمادي اجتماعا بديوان البلدية.", "person:miftah-hamadi"),
        ("زار رئيس البلدية ممدوح بيوكقيليج رئيس بلدية مصراتة.", "person:memduh-buyukkilic"),
        ("زار رئيس بلدية قيصري رئيس بلدية مصراتة محمود سغوتي.", "person:mahmoud-al-saqoutri"),
    ],
)
def test_spellings_link(detector: EntityDetector, text: str, entity: str) -> None:
    assert entity in _ids(detector, text)


def test_the_libyan_branch_keeps_its_own_aliases(detector: EntityDetector) -> None:
    found = _ids(detector, "وقالت جماعة الإخوان المسلمين في ليبيا إنها ترفض ذلك.")
    assert "org:ly-muslim-brotherhood" in found
    assert "org:muslim-brotherhood" not in found


@pytest.mark.parametrize(
    "text",
    [
        "وقال حمادي إن المشروع سيكتمل.",  # a bare given name: no mayor
        "وصل التوافق الوطني إلى طريق مسدود.",  # consensus, no government
    ],
)
def test_bare_words_stay_unlinked(detector: EntityDetector, text: str) -> None:
    found = _ids(detector, text)
    assert "person:miftah-hamadi" not in found
    assert "org:ly-gna" not in found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # (accarent) the Rada force's pre-2018 name, and a ا spelling of Boumtari's name
        ("واحتجزت قوة الردع الخاصة قائد الكتيبة في مطار معيتيقة.", "org:ly-rada"),
        ("وتمركزت قوات الردع في محيط القاعدة.", "org:ly-rada"),
        ("وقال وزير المالية فرج امطاري إن الميزانية ستصرف.", "person:faraj-boumtari"),
    ],
)
def test_spellings_link_s12(detector: EntityDetector, text: str, entity: str) -> None:
    assert entity in _ids(detector, text)


def test_a_bare_deterrent_is_no_force(detector: EntityDetector) -> None:
    # الردع alone is "deterrence", not the Tripoli force
    assert "org:ly-rada" not in _ids(detector, "وقال إن سياسة الردع نجحت في منع الهجوم.")
