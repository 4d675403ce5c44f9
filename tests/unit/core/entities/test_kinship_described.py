"""A relative named in an apposition to describe the man just named ("Saddam Haftar,
a son of Khalifa Haftar", "صدام حفتر نجل المشير خليفة حفتر") is not the bearer a later
bare surname means: the man described is (s21 leftovers: every such probe went to the
relative named last). A relative named as a subject in his own right, or the only
bearer named, keeps the bare surname."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector

KHALIFA, SADDAM = "person:khalifa-haftar", "person:saddam-haftar"
BELQASEM = "person:belqasem-haftar"
ABDULHAMID, IBRAHIM = "person:abdul-hamid-dbeibah", "person:ibrahim-dbeibah"


@pytest.mark.parametrize(
    ("text", "lang", "described", "bare"),
    [
        (
            "Saddam Haftar, the son of Khalifa Haftar, flew to Ankara this week. "
            "Haftar then held talks at the defence ministry.",
            "en",
            SADDAM,
            "Haftar",
        ),
        (
            "Belgacem Haftar, a son of Khalifa Haftar, heads the development fund. "
            "Haftar signed three contracts on Sunday.",
            "en",
            BELQASEM,
            "Haftar",
        ),
        (
            "Ibrahim Dbeibah, a nephew of Abdul Hamid Dbeibah, was seen in Istanbul. "
            "Dbeibah spoke to investors there.",
            "en",
            IBRAHIM,
            "Dbeibah",
        ),
        (
            "زار صدام حفتر نجل المشير خليفة حفتر العاصمة التركية. وأكد حفتر أهمية التعاون.",
            "ar",
            SADDAM,
            "حفتر",
        ),
        (
            "وصل إبراهيم الدبيبة ابن شقيق عبد الحميد الدبيبة إلى إسطنبول. وقال الدبيبة إن الزيارة ناجحة.",
            "ar",
            IBRAHIM,
            "الدبيبة",
        ),
    ],
)
def test_a_bare_surname_means_the_man_described_not_the_relative(
    detector: EntityDetector, text: str, lang: str, described: str, bare: str
) -> None:
    found = mentions_of(detector, text, lang)
    assert bare in found[described]


@pytest.mark.parametrize(
    ("text", "lang", "bearer", "bare"),
    [
        # the father is a subject of his own, named last: he keeps it
        (
            "Saddam Haftar arrived first. Khalifa Haftar came an hour later. "
            "Haftar then met the minister.",
            "en",
            KHALIFA,
            "Haftar",
        ),
        # the son named last as an object, no description: the son, as before
        (
            "Khalifa Haftar received Saddam Haftar in Benghazi. Haftar later flew to Ankara.",
            "en",
            SADDAM,
            "Haftar",
        ),
        # only the father is named (as a description of nobody in the KB): still his
        (
            "A son of Khalifa Haftar arrived in Ankara. Haftar met the minister.",
            "en",
            KHALIFA,
            "Haftar",
        ),
        # Turkish names the relative first: the man described is named last already
        (
            "Halife Hafter'in oğlu Saddam Hafter Ankara'ya geldi. Hafter bakanla görüştü.",
            "tr",
            SADDAM,
            "Hafter",
        ),
        (
            "استقبل خليفة حفتر عبد الحميد الدبيبة. وقال حفتر إن اللقاء كان مثمرا.",
            "ar",
            KHALIFA,
            "حفتر",
        ),
    ],
)
def test_a_relative_named_in_his_own_right_keeps_the_bare_surname(
    detector: EntityDetector, text: str, lang: str, bearer: str, bare: str
) -> None:
    found = mentions_of(detector, text, lang)
    assert bare in found[bearer]
