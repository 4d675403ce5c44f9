"""A ministry named with its government by any of that government's names
(org_forms.of_government): copy writes "وزارة الداخلية بحكومة الدبيبة", "في حكومة
الوحدة الوطنية", "التابعة للحكومة المكلفة من مجلس النواب", where the KB lists the
ministry with one name of its government only. Before, the eastern government's
ministries so named were linked to the Tripoli ministry of the same field."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import org_mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.org_forms import of_government
from wirewatch.core.textfold import fold_char_string

_orgs = partial(org_mentions_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # another name of the same government (its prime minister's, a short form)
        ("وأوقفت وزارة الداخلية بحكومة الدبيبة ثلاثة مطلوبين في الزاوية.", "org:ly-moi"),
        ("وقالت وزارة الداخلية بحكومة الوحدة إن الطريق الساحلي آمن.", "org:ly-moi"),
        # in / belonging to, with ال fused after ل
        ("وأكدت وزارة الدفاع في حكومة الوحدة الوطنية انتهاء العملية.", "org:ly-mod"),
        ("ونفذت وزارة الداخلية التابعة لحكومة الوحدة الوطنية خطة للمنافذ.", "org:ly-moi"),
        # the eastern government's ministries, by any of the GNS's names
        ("واستدعت وزارة الخارجية بحكومة حماد القائم بالأعمال.", "org:ly-mfa-east"),
        (
            "وقالت وزارة الداخلية في الحكومة الليبية المكلفة من مجلس النواب إن المعبر مغلق.",
            "org:ly-ministry-interior-gns",
        ),
        (
            "وحذرت وزارة الخارجية التابعة للحكومة المكلفة من مجلس النواب من السفر.",
            "org:ly-mfa-east",
        ),
        ("وأعلنت وزارة الداخلية بحكومة الاستقرار غلق المنفذ.", "org:ly-ministry-interior-gns"),
        # a field of two words
        ("وكشفت وزارة النفط والغاز في حكومة الوحدة الوطنية عن حقل جديد.", "org:ly-ministry-oil"),
    ],
)
def test_a_ministry_is_found_with_another_name_of_its_government(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _orgs(detector, text)


def test_the_eastern_ministry_is_not_taken_for_the_tripoli_one(
    detector: EntityDetector,
) -> None:
    orgs = _orgs(detector, "وقالت وزارة الخارجية بحكومة أسامة حماد إنها ترفض التصريحات.")
    assert "org:ly-mfa-east" in orgs
    assert "org:ly-mfa" not in orgs


@pytest.mark.parametrize(
    "text",
    [
        # a ministry and a government in one sentence, not linked to each other
        "وقالت وزارة الداخلية إن حكومة الدبيبة لم ترد.",
        # a government word that names no government the KB holds
        "وقالت وزارة الداخلية بحكومة تصريف الأعمال إن الوضع هادئ.",
    ],
)
def test_no_eastern_ministry_without_its_government(detector: EntityDetector, text: str) -> None:
    orgs = _orgs(detector, text)
    assert "org:ly-ministry-interior-gns" not in orgs
    assert "org:ly-mfa-east" not in orgs


def _f(text: str) -> str:
    return " ".join(fold_char_string(text).split())


def test_forms_of_one_alias() -> None:
    governments = {
        _f(a): frozenset({_f("حكومة الوحدة الوطنية"), _f("الحكومة الليبية في طرابلس")})
        for a in ("حكومة الوحدة الوطنية", "الحكومة الليبية في طرابلس")
    }
    forms = of_government(_f("وزارة الصحة بحكومة الوحدة الوطنية"), governments)
    assert set(forms) == {
        _f(f)
        for f in (
            "وزارة الصحة في حكومة الوحدة الوطنية",
            "وزارة الصحة التابعة لحكومة الوحدة الوطنية",
            "وزارة الصحة بالحكومة الليبية في طرابلس",
            "وزارة الصحة في الحكومة الليبية في طرابلس",
            "وزارة الصحة التابعة للحكومة الليبية في طرابلس",
        )
    }
    # an alias that names no government, or no ministry, gives nothing
    assert of_government(_f("وزارة الصحة بحكومة تصريف الأعمال"), governments) == []
    assert of_government(_f("هيئة الصحة بحكومة الوحدة الوطنية"), governments) == []
