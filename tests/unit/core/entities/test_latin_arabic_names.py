"""English copy names officials the KB lacks as "Given Al-Family" (fresh excerpts
en-18002, en-18004: "Ali Al-Saidi", "Hussein Al-Shara’ah"): found as persons of
unknown country, tested on other names, and on places, institutions and KB people of
the same shape, which it must leave alone."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.latin_arabic_names import LatinArabicNames
from wirewatch.core.textfold import fold


def _persons(detector: EntityDetector, text: str, lang: str = "en") -> dict[str, list[str]]:
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), lang)
        if e.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegation met Youssef El-Obeidi, head of the port authority.", "Youssef El-Obeidi"),
        ("According to spokesman Tarek Al-Hamrouni, talks went well.", "Tarek Al-Hamrouni"),
        ("Deputy mayor Mohamed Salem Al-Fitouri said", "Mohamed Salem Al-Fitouri"),
        ("a letter from Mohamed Ali Al-Ghadamsi to the ministry", "Mohamed Ali Al-Ghadamsi"),
        # given names beyond the first list: compound Abdel-/Abdul- names, Libyan forms
        ("In Tripoli, Abdulhadi Al-Warfalli told reporters", "Abdulhadi Al-Warfalli"),
        ("the committee head in Tripoli, Ramzi Al-Fakhri, said", "Ramzi Al-Fakhri"),
        ("Mayor Miftah Al-Zwawi opened the fair in Misrata", "Miftah Al-Zwawi"),
    ],
)
def test_a_name_of_the_shape_is_a_person(detector: EntityDetector, text: str, name: str) -> None:
    found = _persons(detector, text)
    shaped = [m for i, ms in found.items() if i.startswith("person:shape:") for m in ms]
    assert shaped == [name]


def test_country_is_unknown_and_found_by_pattern(detector: EntityDetector) -> None:
    (ent,) = [
        e
        for e in detector.detect(fold("They met Hatem Al-Zawi in Benghazi."), "en")
        if e.type == "PERSON"
    ]
    assert (ent.id, ent.country, ent.found_by) == ("person:shape:hatem-al-zawi", None, "pattern")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes were reported in Wadi Al-Hayat and Souq Al-Juma on Monday.",  # places
        "The Ras Al-Khaimah ruler spoke to Libya Al-Ahrar television.",
        "Prime Minister Fayez Al-Sarraj met the envoy.",  # a KB person keeps it
        "the ali al-saidi case",  # lower case: no name
        "Ali Al-",  # no family name
    ],
)
def test_no_shaped_person(detector: EntityDetector, text: str) -> None:
    assert not [i for i in _persons(detector, text) if i.startswith("person:shape:")]


@pytest.mark.parametrize("lang", ["ar", "tr", None])
def test_other_languages_are_left_alone(detector: EntityDetector, lang: str | None) -> None:
    text = "They met Hatem Al-Zawi in Benghazi."
    found = {e.id for e in detector.detect(fold(text), lang)}
    assert not [i for i in found if i.startswith("person:shape:")]


def test_given_names_are_data() -> None:
    names = LatinArabicNames(frozenset({"zaid"}), frozenset({"al"}))
    text = "Zaid Al-Harbi and Ali Al-Harbi, Zaid El-Harbi"
    found = list(names.find(fold(text).folded, text, lambda a, b: (a, b), lambda a, b: False))
    assert [name for _, _, name, _ in found] == ["Zaid Al-Harbi"]


@pytest.mark.parametrize(
    "text",
    [
        "zaid al-harbi met ali al-saidi",
        "the minister al-x and (ali al-saidi), then khaled el-mishri al-saidi",
        "al-harbi al-saidi al-x al-y",
        "a-b al- al-- x al-abc zaid  al-harbi zaid\nal-harbi",
        "mohamed al-saidi's deputy, ali al-saidi-x and al-saidi al-mishri",
        "ali al-" + "b" * 3 + " " + "word " * 20 + "omar el-mukhtar",
    ],
)
def test_matches_are_the_shapes_own(text: str) -> None:
    """The matches read from each anchor are those of the shape's regex over the
    whole text: each anchor's own words tried, the rest of the text never searched."""
    names = LatinArabicNames(frozenset({"ali"}), frozenset({"al", "el"}))
    expected = [m.span() + m.groups() for m in names._shape.finditer(text)]
    assert [m.span() + m.groups() for m in names._matches(text)] == expected


def test_matches_agree_on_the_bench_articles() -> None:
    from wirewatch.core.entities.latin_arabic_names import latin_arabic_names
    from wirewatch.testing.corpus import generate_articles

    rule = latin_arabic_names("en")
    assert rule is not None
    compared = 0
    for article in generate_articles(150, seed=2026):
        folded = fold(str(article.get("body") or "")).folded
        expected = [m.span() for m in rule._shape.finditer(folded)]
        assert [m.span() for m in rule._matches(folded)] == expected
        compared += len(expected)
    assert compared > 0
