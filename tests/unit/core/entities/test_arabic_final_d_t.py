"""A name's final d/t in Arabic copy (issue #12, entar): Turkish writes t (Bolat,
Mehmet, Murat, Serhat), Arabic copy either (بولات/بولاد, محمد/محمت, مراد/مرات), and the
KB lists one. The variant pass reads a word's final د as ت, so a full name so written
links; a name ending in another consonant, or a lone short word, does not."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.variants import normal
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), "ar") if e.type.value == "PERSON"}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وأكد عمر بولاد أن حجم التبادل التجاري سيتضاعف.", "person:omer-bolat"),
        ("وترأس محمت موش وفد رجال الأعمال إلى مصراتة.", "person:mehmet-mus"),
        ("وزار مرات كوروم مدينة درنة بعد الفيضان.", "person:murat-kurum"),
        ("واستقبل المنفي السفير سرحاد أكسن في مقر المجلس.", "person:serhat-aksen"),
        ("وناقش محمت شيمشك مع المحافظ أسعار الصرف.", "person:mehmet-simsek"),
    ],
)
def test_final_d_or_t_links(detector: EntityDetector, text: str, entity_id: str) -> None:
    assert entity_id in _people(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # another final consonant
        ("وقال عمر بولان إن السوق مستقرة.", "person:omer-bolat"),
        # the given name alone, and another family name after it
        ("وأكد مراد علي أن الاجتماع انتهى.", "person:murat-kurum"),
    ],
)
def test_other_names_left(detector: EntityDetector, text: str, entity_id: str) -> None:
    assert entity_id not in _people(detector, text)


def test_only_the_final_letter() -> None:
    assert normal("بولاد") == normal("بولات")
    assert normal("محمد") == normal("محمت")
    # inside the word د stays د
    assert normal("دولت") != normal("تولت")
