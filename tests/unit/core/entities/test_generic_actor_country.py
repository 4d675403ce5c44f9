"""The nationality adjective (or country name) inside a generic national actor still
names its country: "وفد مصري" is an Egyptian delegation *and* a mention of Egypt.
Contacts keep the delegation as the actor: the nested country mention stands for no
state there (``participants._outside``)."""

from __future__ import annotations

import pytest

from schemas import Entity, EntityType, Mention
from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.contacts.participants import _generic_spans, _outside
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "lang", "actor", "gpe", "adjective"),
    [
        ("حط وفد جزائري في مطار معيتيقة صباح الخميس.", "ar", "org:generic:DZ:", "gpe:DZ", "جزائري"),
        ("وناقش الجانب الإيطالي الملف مع الحكومة.", "ar", "org:generic:IT:", "gpe:IT", "الإيطالي"),
        (
            "A Tunisian delegation landed at Mitiga on Thursday.",
            "en",
            "org:generic:TN:",
            "gpe:TN",
            "Tunisian",
        ),
        (
            "The Egyptian side raised the border file.",
            "en",
            "org:generic:EG:",
            "gpe:EG",
            "Egyptian",
        ),
        (
            "Cezayirli heyet perşembe günü Mitiga'ya indi.",
            "tr",
            "org:generic:DZ:",
            "gpe:DZ",
            "Cezayirli",
        ),
    ],
)
def test_generic_actor_keeps_its_country(
    detector: EntityDetector, text: str, lang: str, actor: str, gpe: str, adjective: str
) -> None:
    found = mentions_of(detector, text, lang)
    assert any(k.startswith(actor) for k in found), found
    assert found.get(gpe) == [adjective], found


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # adjectives of no generic actor: nothing new, and a common word stays a word
        ("The delegation arrived in Tripoli on Thursday.", "en", "gpe:"),
        ("وصل الوفد إلى طرابلس الخميس.", "ar", "gpe:"),
        ("Turkey delegates the file to its envoy.", "en", "org:generic:"),
    ],
)
def test_no_country_without_one_named(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert not any(k.startswith(absent) for k in mentions_of(detector, text, lang))


def _entity(eid: str, kind: EntityType, spans: list[tuple[int, int]]) -> Entity:
    return Entity(
        id=eid,
        type=kind,
        name=eid,
        country="EG",
        mentions=[Mention(text="x" * (b - a), start=a, end=b) for a, b in spans],
    )


def test_contacts_drop_only_the_nested_country_mentions() -> None:
    delegation = _entity("org:generic:EG:delegation", EntityType.ORG, [(3, 20)])
    egypt = _entity("gpe:EG", EntityType.GPE, [(3, 10), (40, 45)])
    spans = _generic_spans([delegation, egypt])
    assert spans == [(3, 20)]
    kept = _outside(egypt, spans)
    assert [(m.start, m.end) for m in kept.mentions] == [(40, 45)]
    alone = _entity("gpe:EG", EntityType.GPE, [(40, 45)])
    assert _outside(alone, spans) is alone  # nothing nested: the same object
