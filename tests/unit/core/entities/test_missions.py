"""Diplomatic missions named by their head, the city a few words away or left out
(issue #12, arorg): the head alone is the mission, the city stays a place, and a head
no one mission fits (another city, a third country, a bare consulate) stays unlinked."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "lang", "mission", "head", "city"),
    [
        (
            "تجمع محتجون أمام القنصلية التركية في مدينة مصراتة صباح اليوم.",
            "ar",
            "org:tr-consulate-misrata",
            "القنصلية التركية",
            "loc:misrata",
        ),
        (
            "استأنفت السفارة التركية في العاصمة الليبية طرابلس إصدار التأشيرات.",
            "ar",
            "org:tr-embassy-libya",
            "السفارة التركية",
            "loc:tripoli",
        ),
        (
            "Ankara said its Turkish Consulate General in the coastal city of Misrata "
            "would handle visas.",
            "en",
            "org:tr-consulate-misrata",
            "Turkish Consulate General",
            "loc:misrata",
        ),
        (
            "A Libyan Consulate General in the city of Istanbul official attended the fair.",
            "en",
            "org:ly-consulate-istanbul",
            "Libyan Consulate General",
            "loc:istanbul",
        ),
    ],
)
def test_a_head_with_its_city_apart_is_that_mission(
    detector, text: str, lang: str, mission: str, head: str, city: str
) -> None:
    linked = mentions_of(detector, text, lang)
    assert linked[mission] == [head]
    assert city in linked  # the city stays a place of its own


def test_a_bare_embassy_in_an_article_about_its_host_is_the_one_embassy(detector) -> None:
    text = "وقال بيان صادر عن السفارة التركية إن الرحلات الجوية إلى مطار معيتيقة في طرابلس ستعود."
    linked = mentions_of(detector, text, "ar")
    assert linked["org:tr-embassy-libya"] == ["السفارة التركية"]
    assert not any(key.startswith("org:generic:") for key in linked)


def test_a_bare_libyan_embassy_in_an_article_about_turkey(detector) -> None:
    text = "The Libyan Embassy said students in Ankara and Istanbul would get their grants."
    linked = mentions_of(detector, text, "en")
    assert linked["org:ly-embassy-ankara"] == ["Libyan Embassy"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another host city: Türkiye's embassy in Cairo is no mission of ours
        ("The Turkish Embassy in Cairo issued a travel warning for Libya.", "en"),
        ("أصدرت السفارة التركية في القاهرة تحذيرا للمسافرين إلى ليبيا.", "ar"),
        # a third country's place in the article: which Turkish embassy is not said
        ("The Turkish Embassy said the talks with Libya and Egypt in Rome went well.", "en"),
        # two consulates share the head: a bare one names neither
        ("The Turkish Consulate said Libyan students could apply from Monday.", "en"),
        # the city of no mission with that head: Türkiye has no consulate in Tripoli
        ("استأنفت القنصلية التركية في العاصمة الليبية طرابلس عملها.", "ar"),
        # no article about the host: the head is Turkey's, not a mission's
        ("قالت السفارة التركية إن مواطنيها بخير.", "ar"),
    ],
)
def test_a_head_no_one_mission_fits_stays_unlinked(detector, text: str, lang: str) -> None:
    linked = mentions_of(detector, text, lang)
    missions = {
        "org:tr-embassy-libya",
        "org:tr-consulate-benghazi",
        "org:tr-consulate-misrata",
        "org:ly-embassy-ankara",
    }
    assert missions.isdisjoint(linked)


def test_a_head_inside_a_full_name_keeps_the_full_name(detector) -> None:
    # سفارة تركيا لدى ليبيا is a KB name: the pass adds no second mention inside it
    text = "زار الوزير سفارة تركيا لدى ليبيا أمس."
    linked = mentions_of(detector, text, "ar")
    assert linked["org:tr-embassy-libya"] == ["سفارة تركيا لدى ليبيا"]
