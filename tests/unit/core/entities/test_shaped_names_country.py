"""A person the KB lacks, named by shape ("Given Al-Family"), takes the country of the
institution his title names right before him (issue #12): "the head of the Benghazi
Chamber of Commerce, Mumen Al-Saidi" is Libyan, so he can be a contact's party. No
title, or more than a comma between institution and name, leaves him countryless (a
list item is no apposition)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _shaped(detector: EntityDetector, text: str) -> dict[str, str | None]:
    return {
        e.name: e.country
        for e in detector.detect(fold(text), "en")
        if e.id.startswith("person:shape:")
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "They met the head of the Benghazi Chamber of Commerce, Mumen Al-Saidi, on Monday.",
            "Mumen Al-Saidi",
            "LY",
        ),
        (
            "The chairman of the National Oil Corporation, Yousef Al-Hamdani, spoke to the press.",
            "Yousef Al-Hamdani",
            "LY",
        ),
        (
            "A member of the Turkish Grand National Assembly, Ahmed Al-Kurdi, attended.",
            "Ahmed Al-Kurdi",
            "TR",
        ),
    ],
)
def test_an_official_takes_the_country_of_the_institution_his_title_names(
    detector: EntityDetector, text: str, name: str, country: str
) -> None:
    assert _shaped(detector, text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list: the institution and the person are two items
        ("Karanfil met the National Oil Corporation, Mumen Al-Saidi and others.", "Mumen Al-Saidi"),
        # no comma: the name is no apposition of the title
        ("The head of the Benghazi Chamber of Commerce met Mumen Al-Saidi.", "Mumen Al-Saidi"),
        # nothing before the name
        ("Mumen Al-Saidi spoke to the press.", "Mumen Al-Saidi"),
    ],
)
def test_no_title_apposition_leaves_the_country_unknown(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert _shaped(detector, text).get(name, "absent") is None


def test_the_official_is_a_party_to_the_meeting(detector: EntityDetector) -> None:
    text = (
        "Murtaza Karanfil visited Benghazi where he met the head of the Benghazi Chamber of "
        "Commerce, Mumen Al-Saidi."
    )
    contacts = ContactDetector.default()
    found = events_in(contacts, detector, text, "en", on_day("2024-05-06"), article_id="shaped")
    assert any("person:shape:mumen-al-saidi" in e.pair_key for e in found)
