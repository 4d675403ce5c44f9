"""Arabic bodies the KB lacks, named by their kind's noun (indefinite, in construct)
and a proper name after it (session 21, arheads; named_orgs._headed_ar): a known town
within three words (مكتب أوقاف غريان: of the town's country), or indefinite words a
definite nationality qualifies (مجموعة ألتون التركية: a proper noun, definite by
itself; the nationality gives the country and stays out of the name). Common nouns,
descriptions, clauses, countries, KB bodies and names that go on past the town are
left alone. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import org_mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _pattern_orgs(detector: EntityDetector, text: str) -> dict[str, list[str]]:
    return {
        k: v
        for k, v in org_mentions_of(detector, text, "ar").items()
        if k.startswith("org:pattern:")
    }


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("وشارك في الاجتماع مندوب عن مكتب أوقاف غريان.", "مكتب أوقاف غريان", "LY"),
        ("ورحب رئيس لجنة حكماء سبها بالمبادرة.", "لجنة حكماء سبها", "LY"),
        # a clitic (and two) on the noun is no part of the name
        ("ولمكتب أوقاف صبراتة دور في ذلك.", "مكتب أوقاف صبراتة", "LY"),
        ("وقال مكتب أوقاف صبراتة إن الصلاة أقيمت.", "مكتب أوقاف صبراتة", "LY"),
        # a name folding like a definite word (ألتون -> التون), or starting like a verb
        ("وأعلنت مجموعة ألتون التركية توقيع عقد جديد.", "مجموعة ألتون التركية", "TR"),
        ("ووقعت مجموعة يلدز التركية اتفاقا مع الجانب الليبي.", "مجموعة يلدز التركية", "TR"),
    ],
)
def test_a_body_named_by_its_noun_and_a_proper_name(
    detector: EntityDetector, text: str, mention: str, country: str
) -> None:
    found = [e for e in detector.detect(fold(text), "ar") if e.id.startswith("org:pattern:")]
    assert [[m.text for m in e.mentions] for e in found] == [[mention]]
    assert found[0].country == country


def test_the_nationality_is_the_country_not_the_name(detector: EntityDetector) -> None:
    text = "وأعلنت مجموعة ألتون التركية توقيع عقد جديد."
    (org,) = [e for e in detector.detect(fold(text), "ar") if e.id.startswith("org:pattern:")]
    assert org.name == "مجموعة ألتون"


def test_two_bodies_joined_by_wa(detector: EntityDetector) -> None:
    text = "وحضر ممثلو مكتب أوقاف غريان ومكتب أوقاف ترهونة."
    assert sorted(m for ms in _pattern_orgs(detector, text).values() for m in ms) == [
        "مكتب أوقاف ترهونة",
        "مكتب أوقاف غريان",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # common nouns and adjectives: an indefinite nationality agrees with them
        "وقالت شركة خاصة تركية إنها ستبني المصنع.",
        "وأكدت لجنة فنية ليبية جاهزية الموقع.",
        # a definite genitive or adjective: a description, not a name
        "واجتمع مدير مكتب الرئيس في طرابلس.",
        "وقالت شركة ألتون الخاصة إنها مستعدة.",
        # the existing generic actor and the KB's bodies
        "وعقد مجلس الوزراء اجتماعه في طرابلس.",
        # a clause: a verb before the town
        "لجنة تزور مصراتة لبحث الأوضاع.",
        "شركة زارت سرت الأسبوع الماضي.",
        # the town after a preposition is the seat
        "وتعمل شركة بولاية بورصا منذ سنوات.",
        "وافتتحت شركة في مصراتة فرعا جديدا.",
        # a country: a national body's short form, which the KB names
        "وقال محافظ مصرف ليبيا إن الاحتياطي مستقر.",
        # the name goes on past the town: no part of it is the name
        "وتفقد الوزير مركز زوارة الصحي أمس.",
        "وزار الوفد مركز مصراتة للعلاج الطبيعي.",
        # an administration of a region is its authorities (إدارة is no head here)
        "وتحسنت العلاقات بين تركيا وإدارة غريان مؤخرا.",
        # punctuation before any place
        "وقالت لجنة، في بيان، إن طرابلس آمنة.",
    ],
)
def test_no_body_from_common_nouns_clauses_or_seats(detector: EntityDetector, text: str) -> None:
    assert _pattern_orgs(detector, text) == {}


def test_a_kb_body_keeps_its_link(detector: EntityDetector) -> None:
    found = org_mentions_of(detector, "ووقعت شركة تركية عقدا مع بلدية زوارة.", "ar")
    assert "org:ly-zuwara-municipality" in found
    assert not any(k.startswith("org:pattern:") for k in found)
