"""A short name right after "counterpart" and a nationality links that country's
bearer (``counterparts.py``): the weak surname the KB keeps from linking bare, the
common word, with an Arabic article glued by a hyphen; another nationality, no
nationality, or another word before the name leaves it alone."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.counterparts import Counterparts
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        (
            "Ankara hosted his Libyan counterpart Al-Baour for two days.",
            "en",
            "person:taher-al-baour",
        ),
        ("Talks with their Libyan counterpart, Baour, ran late.", "en", "person:taher-al-baour"),
        ("Bakan, Libyalı mevkidaşı el-Baur'u makamında kabul etti.", "tr", "person:taher-al-baour"),
        (
            "Genelkurmay Başkanı, Libyalı muadili Haddad ile telefonda konuştu.",
            "tr",
            "person:mohammed-al-haddad",
        ),
        (
            "The army chief phoned his Libyan counterpart Haddad on Monday.",
            "en",
            "person:mohammed-al-haddad",
        ),
        (
            "وهاتف رئيس الأركان التركي بنظيره الليبي الحداد مساء الأحد.",
            "ar",
            "person:mohammed-al-haddad",
        ),
    ],
)
def test_a_surname_after_counterpart_and_nationality_links_that_countrys_bearer(
    detector: EntityDetector, text: str, lang: str, present: str
) -> None:
    assert present in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # another nationality: not the Libyan bearer
        (
            "Ankara hosted his Egyptian counterpart Baour for two days.",
            "en",
            "person:taher-al-baour",
        ),
        (
            "وهاتف رئيس الأركان الليبي بنظيره التركي الحداد مساء الأحد.",
            "ar",
            "person:mohammed-al-haddad",
        ),
        # no nationality, or no "counterpart": the bare weak form stays unlinked
        ("Ankara hosted Baour for two days.", "en", "person:taher-al-baour"),
        ("The Libyan delegation met Haddad on Monday.", "en", "person:mohammed-al-haddad"),
        ("أعلنت الحكومة الليبية الحداد ثلاثة أيام.", "ar", "person:mohammed-al-haddad"),
    ],
)
def test_other_contexts_leave_the_surname_alone(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert absent not in ids_of(detector, text, lang)


def test_the_phrase_gives_its_country_and_nothing_else(detector: EntityDetector) -> None:
    counterparts: Counterparts = detector.counterparts

    def country(text: str, lang: str) -> str | None:
        folded = fold(text).folded
        return counterparts.country_before(folded, len(folded), lang)

    assert country("met his Turkish counterpart ", "en") == "TR"
    assert country("Türk mevkidaşı el-", "tr") == "TR"
    assert country("التقى بنظيرته التركية ", "ar") == "TR"
    assert country("met his counterpart ", "en") is None
    assert country("met the Turkish minister ", "en") is None
    assert country("his Libyan counterpart ", "tr") is None  # another language's words
