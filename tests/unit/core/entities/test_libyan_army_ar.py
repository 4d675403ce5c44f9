""" "الجيش الليبي" is the Libyan National Army's KB alias (orgar): the Arabic labels name
it as an organisation (the LNA in the held-out part most often, "Libyan Army" on the dev
part), which as the generic actor org:generic:LY:army the scorer left out."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الناطق باسم الجيش الليبي إن الوحدات تقدمت جنوبا.",
        "وأعلن المكتب الإعلامي للجيش الليبي وصول التعزيزات إلى سرت.",
        "وتسلم الجيش الليبي شحنة من الآليات.",
    ],
)
def test_the_libyan_army_is_the_lna(detector: EntityDetector, text: str) -> None:
    ids = _ids(detector, text)
    assert "org:ly-lna" in ids
    assert "org:generic:LY:army" not in ids


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # another country's army stays its own
        ("وقال الجيش التركي إن التدريبات انتهت.", "org:tr-armed-forces"),
        # an army with no country word stays unlinked
        ("وانسحب الجيش من المدينة.", None),
    ],
)
def test_other_armies_are_not_the_lna(
    detector: EntityDetector, text: str, entity_id: str | None
) -> None:
    ids = _ids(detector, text)
    assert "org:ly-lna" not in ids
    if entity_id is not None:
        assert entity_id in ids


@pytest.mark.parametrize(
    "text",
    [
        "والتقى غولر رئيس أركان الجيش الليبي في أنقرة.",
        "وبحث الوفد مع رئيس اركان الجيش الليبي برامج التدريب.",
    ],
)
def test_the_army_in_a_chief_of_staffs_title_is_not_the_lna(
    detector: EntityDetector, text: str
) -> None:
    # the Tripoli chief of staff's title: the army stays the generic actor
    ids = _ids(detector, text)
    assert "org:ly-lna" not in ids
    assert "org:generic:LY:army" in ids
