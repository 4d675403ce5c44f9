"""A weak alias the detector links after a title ("Minister Bolat") passes the
same fit and date test as a bare holder (BareHolders.drop_unfit_titled): dated,
the bearer must have held an office of the title's kind that day; undated, the
title must single him out among everyone so called, with the article or without
("Defence Minister Barghathi": Mahdi and Mohammed al-Barghathi both were)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

_BOLAT = "person:omer-bolat"
_MAHDI = "person:mahdi-al-barghathi"


def _ids(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, year: int | None
) -> set[str]:
    folded = fold(text)
    found = detector.detect(folded, lang)
    if year is None:
        found = linker.link_undated(folded, lang, found)
    else:
        found = linker.link(folded, lang, found, dt.datetime(year, 3, 10, tzinfo=dt.UTC))
    return {e.id for e in found}


@pytest.mark.parametrize(
    ("text", "lang", "year", "entity_id"),
    [
        # Ömer Bolat is trade minister from June 2023 only
        ("Minister Bolat told the forum in Istanbul that exports would grow.", "en", 2020, _BOLAT),
        ("Bakan Bolat, Misrata'daki fuarda iş insanlarına seslendi.", "tr", 2019, _BOLAT),
        # two al-Barghathis were defence minister: undated, neither is picked
        ("Defence Minister Barghathi inspected the troops in Sirte.", "en", None, _MAHDI),
    ],
)
def test_an_unfit_or_undecided_title_links_nobody(
    detector: EntityDetector,
    linker: RoleLinker,
    text: str,
    lang: str,
    year: int | None,
    entity_id: str,
) -> None:
    assert entity_id not in _ids(detector, linker, text, lang, year)


@pytest.mark.parametrize(
    ("text", "lang", "year", "entity_id"),
    [
        ("Minister Bolat told the forum in Istanbul that exports would grow.", "en", 2024, _BOLAT),
        ("Ticaret Bakanı Bolat, Misrata'daki fuarda konuştu.", "tr", 2024, _BOLAT),
        ("Bakan Bolat, Misrata'daki fuarda iş insanlarına seslendi.", "tr", None, _BOLAT),
        # a full name says who he is, whatever the year
        ("Ömer Bolat told the forum in Istanbul that exports would grow.", "en", 2020, _BOLAT),
        # a rank outlives the post: Güler, chief of staff to 2023, minister since
        ("Orgeneral Güler Misrata'da askerleri ziyaret etti.", "tr", 2025, "person:yasar-guler"),
        # the day picks Mahdi (2016-2017), not Mohammed (2012-2013)
        ("Defence Minister Barghathi inspected the troops in Sirte.", "en", 2017, _MAHDI),
    ],
)
def test_the_holder_that_day_still_links(
    detector: EntityDetector,
    linker: RoleLinker,
    text: str,
    lang: str,
    year: int | None,
    entity_id: str,
) -> None:
    assert entity_id in _ids(detector, linker, text, lang, year)
