"""A national body named with its country's adjective for "national"
(org_forms.with_country_adjective): Egyptian, Gulf and wire copy writes "المؤسسة
الليبية للنفط" for the KB's "المؤسسة الوطنية للنفط"; never where "national" is no
adjective of the head (حكومة الوحدة الوطنية) or the alias already has the country's."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import org_mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.org_forms import with_country_adjective
from wirewatch.core.textfold import fold_char_string

_orgs = partial(org_mentions_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وأكدت المؤسسة الليبية للنفط استئناف الضخ من حقل الفيل.", "org:ly-noc"),
        ("ونقلت رويترز عن المؤسسة الليبية للنفط أن الصادرات ارتفعت.", "org:ly-noc"),
        (
            "وأعلنت المفوضية الليبية العليا للانتخابات نشر سجل الناخبين.",
            "org:ly-hnec",
        ),
        ("ووثق المركز الليبي لمكافحة الأمراض حالات جديدة في سبها.", "org:ly-ncdc"),
    ],
)
def test_a_national_body_is_found_with_its_country_adjective(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _orgs(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # another country's adjective is another country's body
        "وقالت المؤسسة التونسية للنفط إنها وقعت عقدا جديدا.",
        # the adjective of a nationality's people, no body
        "وقال المجلس إن الليبيين للنفط حق فيه.",
    ],
)
def test_no_libyan_body_under_another_adjective(detector: EntityDetector, text: str) -> None:
    assert "org:ly-noc" not in _orgs(detector, text)


def _f(text: str) -> str:
    return " ".join(fold_char_string(text).split())


def test_forms_of_one_alias() -> None:
    libyan = [_f(a) for a in ("ليبي", "ليبية", "ليبيين", "ليبيون")]
    assert with_country_adjective(_f("المؤسسة الوطنية للنفط"), libyan) == [
        _f("المؤسسة الليبية للنفط")
    ]
    assert with_country_adjective(_f("المجلس الوطني الانتقالي"), libyan) == [
        _f("المجلس الليبي الانتقالي")
    ]
    # "national" not the head's adjective; the country's adjective already there
    assert with_country_adjective(_f("حكومة الوحدة الوطنية"), libyan) == []
    assert with_country_adjective(_f("الجيش الوطني الليبي"), libyan) == []
    # an indefinite head (no article) is a description, not the name
    assert with_country_adjective(_f("مؤسسة وطنية للنفط"), libyan) == []
