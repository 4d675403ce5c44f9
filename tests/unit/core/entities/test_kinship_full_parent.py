"""A son named by his given name after his parent named in full and a kinship
phrase ("Halife Hafter'in oğlu Belkasım'ı", "Khalifa Haftar's son Saddam"): the son,
as after the bare family name ("Hafter'in oğlu Belkasım"); no son without one."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "lang", "son"),
    [
        ("Fidan, Halife Hafter'in oğlu Belkasım'ı Ankara'da kabul etti.", "tr", "belqasem"),
        ("Halife Hafter'in oğlu Saddam, Ankara'ya geldi.", "tr", "saddam"),
        ("Khalifa Haftar's son Saddam met Turkish officials.", "en", "saddam"),
    ],
)
def test_the_son_after_a_parent_named_in_full(
    detector: EntityDetector, text: str, lang: str, son: str
) -> None:
    assert f"person:{son}-haftar" in ids_of(detector, text, lang)


def test_no_son_without_a_kinship_phrase(detector: EntityDetector) -> None:
    assert "person:saddam-haftar" not in ids_of(
        detector, "Halife Hafter'in açıklaması Saddam Hüseyin dönemini hatırlattı.", "tr"
    )
