"""An organisation named inside another one's name ("the Ministry of Defence of the
GNU", "Foreign Affairs Committee of the House of Representatives") is linked too,
but only behind a word that makes it a reference, never because one name merely
contains another."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _linked(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    return {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "outer", "inner", "inner_mention"),
    [
        (
            "استقبل وكيل وزارة الدفاع بحكومة الوحدة الوطنية عبدالسلام الزوبي الوفد.",
            "ar",
            "org:ly-mod",
            "org:ly-gnu",
            "حكومة الوحدة الوطنية",
        ),
        (
            "The Foreign Affairs Committee of the House of Representatives issued a call.",
            "en",
            "org:ly-hor-foreign-affairs-committee",
            "org:ly-hor",
            "House of Representatives",
        ),
    ],
)
def test_the_inner_organisation_is_linked_too(
    detector, text: str, lang: str, outer: str, inner: str, inner_mention: str
) -> None:
    linked = _linked(detector, text, lang)
    assert outer in linked
    assert linked[inner] == [inner_mention]


def test_a_name_that_merely_contains_another_adds_nothing(detector) -> None:
    # "Rusya Dışişleri Bakanlığı" holds Turkey's local "Dışişleri Bakanlığı": not Turkey's
    linked = _linked(detector, "Rusya Dışişleri Bakanlığı bir açıklama yaptı.", "tr")
    assert "org:tr-mfa" not in linked
