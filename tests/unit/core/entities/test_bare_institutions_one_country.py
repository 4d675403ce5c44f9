"""Cue 5 of the bare institution names (issue #12, accarent): an article whose
country-bearing entities all name one country means that country's institution when
it writes one bare (المصرف المركزي, وزارة الصحة) and an organisation of that country
is among them; one other country named anywhere, or the country named only as
a place, leaves the bare name to the other cues. Paraphrases unlike the dev excerpts that
showed it (ar-9010, ar-9011, ar-18008)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        (
            "أقرت حكومة الوحدة الوطنية الميزانية، وطالبت المصرف المركزي بتسييل المرتبات.",
            "org:ly-cbl",
        ),
        (
            "وأعلنت حكومة الوحدة الوطنية وصول شحنة أدوية، وقالت وزارة الصحة إنها ستوزع غدا.",
            "org:ly-ministry-health",
        ),
        (
            "وقالت حكومة الدبيبة إن وزارة الاقتصاد والتجارة ضبطت سلعا فاسدة.",
            "org:ly-ministry-economy",
        ),
    ],
)
def test_a_one_country_article_ties_the_bare_name_to_it(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # two countries named: which central bank is not said
        "وزار وفد تركي طرابلس، وقال المصرف المركزي إن التحويلات مستمرة.",
        # no country at all: nothing to tie it to
        "وقالت وزارة الصحة إن الحالات تراجعت هذا الأسبوع.",
        # one country, but only as a place: where it happens, not whose ministry
        "وقالت وزارة الصحة إن الحالات في طرابلس تراجعت.",
    ],
)
def test_without_one_country_the_bare_name_stays_unlinked(
    detector: EntityDetector, text: str
) -> None:
    found = _ids(detector, text)
    assert not found & {"org:ly-cbl", "org:cbrt", "org:ly-ministry-health", "org:tr-health"}
