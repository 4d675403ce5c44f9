"""Arabic forms of the KB's ministries derived from their aliases (org_forms.py): the
field with the nationality adjective (العدل التركية), the construct with the country
(وزارة طاقة تركيا, خارجية تركيا) or the government (داخلية الوحدة الوطنية); never
a feminine field that names the country's trade or health, nor a minister's title."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import org_mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.org_forms import derived
from wirewatch.core.textfold import fold_char_string

_orgs = partial(org_mentions_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        # the field with the adjective, وزارة dropped (masculine fields: the adjective
        # agrees with the ministry only)
        ("وأصدرت العدل التركية تعميما جديدا على المحاكم.", "org:tr-justice", "العدل التركية"),
        ("ونفت الدفاع الليبية أي تحرك للقوات قرب سرت.", "org:ly-mod", "الدفاع الليبية"),
        ("وكشفت الخارجية الروسية عن اتصالات مع الأطراف.", "org:ru-mfa", "الخارجية الروسية"),
        # multi-word fields
        (
            "وأعلنت النقل والبنية التحتية التركية فتح خط جديد.",
            "org:tr-transport",
            "النقل والبنية التحتية التركية",
        ),
        # construct with the country, with the head for any one-word field
        ("ووقعت وزارة طاقة تركيا اتفاقا مع الجانب الليبي.", "org:tr-energy", "وزارة طاقة تركيا"),
        ("وقالت وزارة صحة ليبيا إن الحالات تراجعت.", "org:ly-ministry-health", "وزارة صحة ليبيا"),
        # and without it for the fields that name the ministry alone
        ("واستدعت خارجية تركيا القائم بالأعمال.", "org:tr-mfa", "خارجية تركيا"),
        # construct with the government
        (
            "وأكدت داخلية الوحدة الوطنية ضبط المتهمين.",
            "org:ly-moi",
            "داخلية الوحدة الوطنية",
        ),
        (
            "وقالت وزارة عدل حكومة الوحدة الوطنية إن السجناء نقلوا.",
            "org:ly-ministry-justice",
            "وزارة عدل حكومة الوحدة الوطنية",
        ),
        # a proclitic glued on, as for any alias
        ("ونقلت الصحيفة عن بيان للخارجية اليونانية قوله إنه قلق.", "org:gr-mfa", None),
    ],
)
def test_a_ministry_is_found_by_its_derived_form(
    detector: EntityDetector, text: str, entity_id: str, mention: str | None
) -> None:
    orgs = _orgs(detector, text)
    assert entity_id in orgs
    if mention is not None:
        assert orgs[entity_id] == [mention]


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # a feminine field reads as the country's own trade, energy, finances
        ("ونمت التجارة التركية مع ليبيا بنسبة كبيرة.", "org:tr-trade"),
        ("وتعتمد الطاقة التركية على الغاز المستورد.", "org:tr-energy"),
        # and a one-word field in construct without the head as its economy, health
        ("وتحسن اقتصاد تركيا في الربع الأخير.", "org:tr-economy-ministry"),
        ("وتدهورت صحة ليبيا العامة بسبب الحرب.", "org:ly-ministry-health"),
        # after a minister's title the form is the title's: the minister is meant
        ("والتقى أردوغان وزيرة خارجية ليبيا في أنقرة.", "org:ly-mfa"),
        ("وصرح وزير داخلية الوحدة الوطنية بأن الأمن مستتب.", "org:ly-moi"),
    ],
)
def test_what_reads_otherwise_is_left_alone(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in _orgs(detector, text)


def test_derived_forms_of_one_alias() -> None:
    key = fold_char_string("وزارة الخارجية المالطية")
    nationality = {fold_char_string("مالطية"): "MT"}
    names = {"MT": [fold_char_string("مالطا")]}
    bare = frozenset({fold_char_string("الخارجية")})
    forms = {" ".join(f.split()) for f in derived(key, nationality, names, bare)}
    assert forms == {
        fold_char_string("الخارجية المالطية"),
        fold_char_string("وزارة خارجية مالطا"),
        fold_char_string("خارجية مالطا"),
    }
    # no nationality at the end, no government: nothing derived
    assert (
        derived(fold_char_string("وزارة الخارجية والتعاون الدولي"), nationality, names, bare) == []
    )
    assert derived(fold_char_string("المصرف المركزي الليبي"), nationality, names, bare) == []


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        ("وأعلنت حكومة فتحي باشاغا عن خطة لدخول العاصمة.", "org:ly-gns", "حكومة فتحي باشاغا"),
        ("وانتقد النواب أداء حكومة باشاغا في الجنوب.", "org:ly-gns", "حكومة باشاغا"),
        ("ووقعت حكومة فايز السراج مذكرتي تفاهم مع أنقرة.", "org:ly-gna", "حكومة فايز السراج"),
        ("ورحب السفير بحكومة عبدالحميد الدبيبة الجديدة.", "org:ly-gnu", None),
    ],
)
def test_a_government_is_found_by_its_prime_ministers_name(
    detector: EntityDetector, text: str, entity_id: str, mention: str | None
) -> None:
    orgs = _orgs(detector, text)
    assert entity_id in orgs
    if mention is not None:
        assert orgs[entity_id] == [mention]


def test_a_government_of_a_leader_who_headed_none_of_the_kbs_is_left_alone(
    detector: EntityDetector,
) -> None:
    # no KB government is named by Erdoğan's office: nothing but the person is found
    orgs = _orgs(detector, "وانتقدت المعارضة حكومة أردوغان بسبب التضخم.")
    assert not any(i in orgs for i in ("org:ly-gnu", "org:ly-gna", "org:ly-gns"))
    assert not any(i.startswith("org:tr-") for i in orgs)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("ونقلت الأنباء القطرية عن الوزير قوله إن الزيارة ناجحة.", "org:qna"),
        ("وذكرت الأنباء السعودية أن الاجتماع عقد في الرياض.", "org:spa"),
    ],
)
def test_a_news_agency_is_found_without_its_head(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _orgs(detector, text)


def test_news_without_a_nationality_names_no_agency(detector: EntityDetector) -> None:
    orgs = _orgs(detector, "وتضاربت الأنباء الواردة من الجنوب حول الاشتباكات.")
    assert not orgs


def test_other_heads_drop_only_before_their_fields() -> None:
    nationality = {fold_char_string("مالطية"): "MT"}
    heads = {fold_char_string("وكالة"): frozenset({fold_char_string("الأنباء")})}
    agency = fold_char_string("وكالة الأنباء المالطية")
    assert derived(agency, nationality, {}, frozenset(), heads) == [
        fold_char_string("الأنباء المالطية")
    ]
    # another field after the same head: nothing
    other = fold_char_string("وكالة الفضاء المالطية")
    assert derived(other, nationality, {}, frozenset(), heads) == []
