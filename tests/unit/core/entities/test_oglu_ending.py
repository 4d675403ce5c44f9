"""The -oğlu ending Arabic copy writes apart from a Turkish surname (حسن دوغان أوغلو,
كارا أوغلو) links no one by itself: it ends many surnames, so a bare أوغلو / oğlu
is neither a weak alias nor a derived short form (stoplists.yaml), even after a
Turkish politician whose surname ends with it was named in full."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector

_OGLU = ("أوغلو", "اوغلو", "oğlu", "Oğlu")


def _linked_by_ending(linked: dict[str, list[str]]) -> list[str]:
    return [e for e, surfaces in linked.items() if any(s in _OGLU for s in surfaces)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an unknown person's name with the ending apart, no Turkish minister named
        ("صرّح رجل الأعمال سليم قره أوغلو بأن الشحنة وصلت إلى مصراتة.", "ar"),
        # after Çavuşoğlu's full name: the ending of someone else's surname
        ("زار مولود جاويش أوغلو طرابلس، ثم التقى الوفد بالمهندس يوسف طاش أوغلو.", "ar"),
        # the lone word after a verb, the minister named earlier in full
        ("استقبل أحمد داود أوغلو الوفد الليبي. وأضاف أوغلو أن التعاون سيستمر.", "ar"),
        ("Mevlüt Çavuşoğlu Trablus'taydı. Ardından Oğlu açıklama yaptı.", "tr"),
    ],
)
def test_the_ending_alone_links_nobody(detector: EntityDetector, text: str, lang: str) -> None:
    assert _linked_by_ending(mentions_of(detector, text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "entity_id", "surface"),
    [
        (
            "وصرح جاويش أوغلو للصحفيين في أنقرة بأن الحل سياسي.",
            "ar",
            "person:mevlut-cavusoglu",
            "جاويش أوغلو",
        ),
        (
            "قال مولود جاويش أوغلو إن بلاده تدعم الحكومة.",
            "ar",
            "person:mevlut-cavusoglu",
            "مولود جاويش أوغلو",
        ),
        ("Çavuşoğlu Libyalı mevkidaşıyla görüştü.", "tr", "person:mevlut-cavusoglu", "Çavuşoğlu"),
        ("أكد أحمد داود أوغلو دعم بلاده.", "ar", "person:ahmet-davutoglu", "أحمد داود أوغلو"),
    ],
)
def test_the_whole_surname_still_links(
    detector: EntityDetector, text: str, lang: str, entity_id: str, surface: str
) -> None:
    assert surface in mentions_of(detector, text, lang).get(entity_id, [])
