"""Bare names derived from the KB's Arabic aliases without their nationality adjective
(org_forms.bare_forms): "ديوان المحاسبة الليبي" -> ديوان المحاسبة, linked like the
hand-written bare names of institutions.yaml only when the article's cues give the
country; Libya's military branches and staffs (two rival commands) are left out."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.org_forms import bare_forms
from wirewatch.core.textfold import fold, fold_char_string


def _orgs(detector: EntityDetector, text: str) -> dict[str, list[str]]:
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), "ar")
        if e.type.value == "ORG"
    }


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        # the qualified name earlier in the article decides (cue 2)
        (
            "نشر ديوان المحاسبة الليبي تقريره السنوي. وقال ديوان المحاسبة إن المخالفات زادت.",
            "org:ly-audit-bureau",
            "ديوان المحاسبة",
        ),
        # a place right after it (cue 1)
        (
            "وأنقذ خفر السواحل قرب زوارة عشرات المهاجرين.",
            "org:ly-coast-guard",
            "خفر السواحل",
        ),
        # a city right after it, a proclitic on the name
        (
            "وأعلن ممثل لهيئة الرقابة الإدارية في مصراتة أن التحقيق مستمر.",
            "org:ly-administrative-control-authority",
            "هيئة الرقابة الإدارية",
        ),
        # a body two countries' entries share, the article naming one of them
        (
            "وأعلنت الخطوط الجوية التركية زيادة رحلاتها. وقالت الخطوط الجوية إن الطلب ارتفع.",
            "org:turkish-airlines",
            "الخطوط الجوية",
        ),
    ],
)
def test_a_derived_bare_name_links_where_the_article_gives_the_country(
    detector: EntityDetector, text: str, entity_id: str, mention: str | None
) -> None:
    orgs = _orgs(detector, text)
    assert entity_id in orgs
    if mention is not None:
        assert mention in orgs[entity_id]


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # no cue: the airline of which country?
        ("وأعلنت الخطوط الجوية استئناف رحلاتها إلى المدن الأوروبية.", "org:turkish-airlines"),
        ("وأعلنت الخطوط الجوية استئناف رحلاتها إلى المدن الأوروبية.", "org:ly-libyan-airlines"),
        # another country's party of the same name
        ("وفاز حزب العدالة والتنمية المغربي بالانتخابات في الرباط.", "org:akp"),
        # a Libyan military branch: either command's
        ("وقال آمر في القوات البرية الليبية إن القوات البرية تقدمت نحو سرت.", "org:ly-land-forces"),
    ],
)
def test_a_derived_bare_name_without_its_country_is_left_alone(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    orgs = _orgs(detector, text)
    # the land forces' qualified name may link; its bare repetition may not
    assert orgs.get(entity_id, []) in ([], ["القوات البرية الليبية"])


def test_bare_forms_leave_out_listed_forms_and_other_nouns_adjectives(
    detector: EntityDetector,
) -> None:
    forms = {form for item in bare_forms(detector.entities, detector.lex) for form in item.forms}
    assert fold_char_string("الخطوط الجوية") in forms
    # the adjective qualifies the government, not the ministry
    assert fold_char_string("وزارة الاستثمار بالحكومة") not in forms
    # the hand-written list keeps its own entries
    assert fold_char_string("وزارة الدفاع") not in forms
    assert fold_char_string("ديوان المحاسبة") not in forms  # hand-listed since entar
    # not_bare
    assert fold_char_string("القوات البرية") not in forms


def test_a_hand_listed_and_a_derived_name_on_one_span_give_one_mention(
    detector: EntityDetector,
) -> None:
    # "وزارة الدفاع" (institutions.yaml) and "وزارة الدفاع الوطني" (derived) both
    # match: the longer is the mention, once
    text = (
        "أعلنت وزارة الدفاع الوطني التركية وصول سفينة. "
        "وقال المدير العام بوزارة الدفاع الوطني إن المهمة تدريبية."
    )
    assert _orgs(detector, text)["org:tr-mod"] == [
        "وزارة الدفاع الوطني التركية",
        "وزارة الدفاع الوطني",
    ]
