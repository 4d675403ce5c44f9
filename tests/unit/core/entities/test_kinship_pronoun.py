"""A child named by given name alone after a pronoun of kinship, the parent named in
full just before ("Khalifa Haftar appointed his son, Saddam", dev en-30602): the child
of that family; nobody when the family has no such child in the KB, or when no parent
of that family was named before."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "lang", "child", "given"),
    [
        (
            "The commander of eastern Libyan forces, Khalifa Haftar, officially appointed "
            "his son, Saddam, as his deputy on Monday.",
            "en",
            "person:saddam-haftar",
            "Saddam",
        ),
        (
            "Khalifa Haftar named his son Khaled chief of staff on Sunday.",
            "en",
            "person:khaled-haftar",
            "Khaled",
        ),
        (
            "أصدر المشير خليفة حفتر قرارا بتعيين نجله صدام نائبا للقائد العام.",
            "ar",
            "person:saddam-haftar",
            "صدام",
        ),
        (
            "Halife Hafter, oğlu Saddam'ı yardımcısı olarak atadı.",
            "tr",
            "person:saddam-haftar",
            "Saddam",
        ),
    ],
)
def test_the_child_of_the_parent_named_before(
    detector: EntityDetector, text: str, lang: str, child: str, given: str
) -> None:
    found = mentions_of(detector, text, lang)
    assert given in found[child]
    assert "person:khalifa-haftar" in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no Haftar named before: "his son" is Erdoğan's
        ("Erdogan welcomed his son, Saddam, in Ankara.", "en"),
        # no kinship word before the given name
        ("Khalifa Haftar met the Turkish envoy; Saddam was not there.", "en"),
    ],
)
def test_no_child_without_the_family(detector: EntityDetector, text: str, lang: str) -> None:
    found = mentions_of(detector, text, lang)
    assert "person:saddam-haftar" not in found


def test_another_given_name_is_nobody(detector: EntityDetector) -> None:
    found = mentions_of(
        detector, "Khalifa Haftar met Turkish officials with his son, Mohamed, in Benghazi.", "en"
    )
    assert not any(k.endswith("-haftar") and k != "person:khalifa-haftar" for k in found)
