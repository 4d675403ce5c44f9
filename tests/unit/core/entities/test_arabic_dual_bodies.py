"""Two bodies named by one Arabic dual noun ("مجلسي النواب والدولة", "المجلسين الرئاسي
والأعلى للدولة"): each part, read with the head in the singular, names a KB body
(:mod:`wirewatch.core.entities.duals`, issue #12, entmech)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import org_mentions_of

HOR, HCS, PC = "org:ly-hor", "org:ly-hcs", "org:ly-presidential-council"
GNU, GNS = "org:ly-gnu", "org:ly-gns"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("دعت تركيا مجلسي النواب والدولة إلى التوافق على قاعدة دستورية.", {HOR, HCS}),
        ("رحب مجلسا النواب والدولة بالمبادرة التركية.", {HOR, HCS}),
        ("وأكد مجلسا الدولة والنواب التزامهما بخارطة الطريق", {HOR, HCS}),
        # a proclitic on the dual noun
        ("ودعا البيان لمجلسي النواب والدولة بالإسراع في التوافق", {HOR, HCS}),
        # the definite dual and adjectival parts, the second of two words
        ("وحضر الاجتماع ممثلون عن المجلسين الرئاسي والأعلى للدولة", {PC, HCS}),
        ("وأشاد بدور المجلسين الأعلى للدولة والنواب في الحوار", {HOR, HCS}),
        ("والتقى رئيسي مجلسي النواب والأعلى للدولة في أنقرة", {HOR, HCS}),
        # governments
        ("واتفق ممثلو حكومتي الوحدة الوطنية والاستقرار الوطني على التهدئة", {GNU, GNS}),
    ],
)
def test_each_part_of_a_dual_names_its_body(detector, text: str, bodies: set[str]) -> None:
    assert bodies <= set(org_mentions_of(detector, text, "ar"))


def test_the_second_body_is_named_on_its_own_part(detector) -> None:
    found = org_mentions_of(detector, "رحب مجلسا النواب والدولة بالمبادرة.", "ar")
    assert found[HCS] == ["الدولة"]


@pytest.mark.parametrize(
    "text",
    [
        # parts that name no KB body
        "وصادق مجلسا الإدارة والأمناء على الميزانية",
        # a dual with no parts
        "واجتمع المجلسان في طرابلس أمس",
        # one part only names a body: two bodies are not read from one
        "وقال إن مجلسي الشيوخ والنواب الأمريكيين صوتا على القرار",
        # "my council", no coordination
        "وقال أحد أعضاء مجلسي إن الأمر مؤجل",
    ],
)
def test_a_dual_without_two_named_parts_names_no_council(detector, text: str) -> None:
    assert not {HOR, HCS, PC} & set(org_mentions_of(detector, text, "ar"))
