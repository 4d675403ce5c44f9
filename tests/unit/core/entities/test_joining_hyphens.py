"""A hyphen between two letters matches a space and a space a hyphen (textfold
``join_hyphens``, applied to the matcher's keys and to the text it scans): names
written "Turkish-Libyan", "Türkiye-Libya", "التركية-الليبية" meet aliases listed with
spaces, and hyphenated aliases meet copy that spells them with spaces. Offsets do not
move, so mentions are reported exactly as written."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold, join_hyphens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turkish-libyan", "turkish libyan"),
        ("turk-libya", "turk libya"),
        ("التركيه-الليبيه", "التركيه الليبيه"),
        ("2019-2020", "2019-2020"),  # digits: a range, left alone
        ("f-16", "f-16"),
        ("a - b", "a - b"),  # a spaced dash joins nothing
        ("-led", "-led"),
    ],
)
def test_join_hyphens_only_between_letters(text: str, expected: str) -> None:
    assert join_hyphens(text) == expected
    assert len(join_hyphens(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "lang", "entity", "mention"),
    [
        # written hyphenated, listed with spaces
        (
            "وعقدت اللجنة الاقتصادية المشتركة التركية-الليبية اجتماعها أمس.",
            "ar",
            "org:tr-ly-joint-economic-commission",
            "اللجنة الاقتصادية المشتركة التركية-الليبية",
        ),
        (
            "Members of the Libyan-Turkish Parliamentary-Friendship Group spoke.",
            "en",
            None,
            None,
        ),
        # listed hyphenated, written with spaces
        (
            "The Turkish Libyan Business Council hosted the forum.",
            "en",
            "org:turkish-libyan-business-council",
            "Turkish Libyan Business Council",
        ),
        (
            "Speakers at the Türkiye Libya Joint Economic Commission said so.",
            "en",
            "org:tr-ly-joint-economic-commission",
            "Türkiye Libya Joint Economic Commission",
        ),
        # hyphenated aliases still match as written
        (
            "The Turkish-Libyan Business Council hosted the forum.",
            "en",
            "org:turkish-libyan-business-council",
            "Turkish-Libyan Business Council",
        ),
        (
            "Abdul-Hamid Dbeibah arrived later.",
            "en",
            "person:abdul-hamid-dbeibah",
            "Abdul-Hamid Dbeibah",
        ),
    ],
)
def test_hyphen_and_space_meet(
    detector: EntityDetector, text: str, lang: str, entity: str | None, mention: str | None
) -> None:
    found = mentions_of(detector, text, lang)
    if entity is None:  # no such group in the KB: no KB name invented from the hyphen
        # (the name's shape may still be found as one the KB lacks: named_orgs.py)
        assert not any(k.startswith("org:") and not k.startswith("org:pattern:") for k in found), (
            found
        )
        return
    assert found.get(entity) == [mention], found
    start = text.index(mention or "")
    ent = next(e for e in detector.detect(fold(text), lang) if e.id == entity)
    assert (ent.mentions[0].start, ent.mentions[0].end) == (start, start + len(mention or ""))


def test_offsets_survive_deleted_marks_and_hyphens(detector: EntityDetector) -> None:
    # diacritics deleted before the hyphen: the display span is still exact
    text = "وقالت اللجنةُ الاقتصاديةُ المشتركةُ التركيةُ-الليبيةُ إنها اجتمعت."
    ent = next(e for e in detector.detect(fold(text), "ar") if e.id.startswith("org:tr-ly"))
    mention = ent.mentions[0]
    assert text[mention.start : mention.end] == mention.text
    assert mention.text.startswith("اللجنةُ") and mention.text.endswith(
        "الليبية"
    )  # a closing mark stays outside, as ever


def test_hyphenated_adjectives_still_name_both_countries(detector: EntityDetector) -> None:
    found = mentions_of(
        detector, "The Turkish-Libyan talks ended; Türk-Libya görüşmesi bitti.", "en"
    )
    assert {"gpe:TR", "gpe:LY"} <= set(found)


def test_hyphen_does_not_join_a_name_to_a_word(detector: EntityDetector) -> None:
    # "Haftar-style" is no Haftar alias plus anything: the surname alone links as before,
    # and a space-written alias does not swallow a hyphenated compound's other half
    found = mentions_of(detector, "A Haftar-style offensive was feared.", "en")
    assert found.get("person:khalifa-haftar", ["Haftar"]) == ["Haftar"]
