"""KB breadth from fresh real excerpts: names real copy used that the KB lacked
(a Turkish spelling of a Libyan minister, a Tripoli armed-group leader, an outlet
credited in a dateline, a company), and the forms deliberately left out."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of


@pytest.mark.parametrize(
    ("lang", "text", "entity_id"),
    [
        ("tr", "Bakan Yerlikaya'yı, Libya İçişleri Bakanlığı binasında mevkidaşı Trablusi "
               "karşıladı.", "person:imad-trabelsi"),
        ("en", "Khaled Al-Mishri went to Ankara with Bashir Khalaf Allah known as “al Baqara”.",
         "person:bashir-khalaf-allah"),
        ("tr", "ANKARA (İGFA) - TBMM Başkanı Kurtulmuş başsağlığı diledi.", "org:igfa"),
        ("tr", "ABD'li Chevron ile İstanbul'da anlaşma imzalamayı planlıyorlar.", "org:chevron"),
    ],
)  # fmt: skip
def test_names_from_real_copy_link(detector, lang, text, entity_id) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "entity_id"),
    [
        ("en", "Sergeants wear a chevron on the sleeve.", "org:chevron"),
        ("en", "The IGFA certified the record catch.", "org:igfa"),
        ("en", "The verse of al-Baqara was recited.", "person:bashir-khalaf-allah"),
    ],
)
def test_common_words_stay_unlinked(detector, lang, text, entity_id) -> None:
    assert entity_id not in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "linked"),
    [
        # a weak alias right after a title links (real copy, NTV, January 2026)
        ("tr", "Enerji ve Tabi Kaynaklar Bakanı Bayraktar, başkent Trablus'taydı.", True),
        ("en", "Energy Minister Bayraktar arrived in Tripoli.", True),
        # bare, it stays the drone's name
        ("tr", "Bayraktar TB2 insansız hava araçları Libya'da kullanıldı.", False),
        ("en", "Turkish drones, including the Bayraktar, were deployed.", False),
    ],
)
def test_a_weak_surname_after_a_title_links(detector, lang, text, linked) -> None:
    assert ("person:alparslan-bayraktar" in ids_of(detector, text, lang)) is linked
