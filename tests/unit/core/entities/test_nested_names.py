"""An organisation named inside another one's name ("the Ministry of Defence of the
GNU", "Foreign Affairs Committee of the House of Representatives") is linked too,
but only behind a word that makes it a reference, never because one name merely
contains another."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of


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
    linked = mentions_of(detector, text, lang)
    assert outer in linked
    assert linked[inner] == [inner_mention]


def test_a_name_that_merely_contains_another_adds_nothing(detector) -> None:
    # "Rusya Dışişleri Bakanlığı" holds Turkey's local "Dışişleri Bakanlığı": not Turkey's
    linked = mentions_of(detector, "Rusya Dışişleri Bakanlığı bir açıklama yaptı.", "tr")
    assert "org:tr-mfa" not in linked


@pytest.mark.parametrize(
    ("text", "lang", "outer", "seat", "seat_mention"),
    [
        (
            "أعلن وفد تجاري أن القنصلية العامة التركية ببنغازي ستستأنف منح التأشيرات.",
            "ar",
            "org:tr-consulate-benghazi",
            "loc:benghazi",
            "بنغازي",
        ),
        (
            "Demonstrators gathered outside the Libyan Embassy in Cairo on Friday night.",
            "en",
            "org:ly-embassy-cairo",
            "loc:cairo",
            "Cairo",
        ),
        (
            "وقّع المجلس العسكري بمصراتة اتفاقا مع وحدات أخرى.",
            "ar",
            "org:ly-misrata-military-council",
            "loc:misrata",
            "مصراتة",
        ),
    ],
)
def test_the_city_that_ends_a_name_is_a_place_too(
    detector, text: str, lang: str, outer: str, seat: str, seat_mention: str
) -> None:
    # issue #12 (arorg): the labels stop the body at its head and count the city apart
    linked = mentions_of(detector, text, lang)
    assert outer in linked
    assert linked[seat] == [seat_mention]


def test_a_city_that_starts_the_name_adds_no_place(detector) -> None:
    # "Bingazi Başkonsolosluğu": the city is the name's first word, not where it sits
    linked = mentions_of(detector, "Türkiye'nin Bingazi Başkonsolosluğu yeniden açılıyor.", "tr")
    assert "org:tr-consulate-benghazi" in linked
    assert "loc:benghazi" not in linked


def test_a_city_after_of_is_part_of_the_name(detector) -> None:
    # "University of Tripoli" is the university's name, not a body sitting in Tripoli
    linked = mentions_of(detector, "Students of the University of Tripoli held a vigil.", "en")
    assert "org:ly-university-of-tripoli" in linked
    assert "loc:tripoli" not in linked
