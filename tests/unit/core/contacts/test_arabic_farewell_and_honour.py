"""The end of a visit as long Arabic articles tell it: who saw the visitor off ("وكان
في وداع ...") and the host's meal in his honour ("مأدبة ... على شرف ...") are a
contact, as "في استقبال" and "ودع" are; with no two parties named, nothing."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

from .sentences import events_in, on_day

DAY = on_day("2024-06-03")


def _current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[frozenset]:
    return {
        frozenset(p.name for p in e.participants)
        for e in events_in(detector, entities, text, "ar", DAY)
        if not e.historical
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وكان في وداع وزير الخارجية التركي هاكان فيدان بمطار معيتيقة رئيس حكومة الوحدة"
            " الوطنية عبد الحميد الدبيبة.",
            {"Hakan Fidan", "Abdul Hamid Dbeibah"},
        ),
        (
            "وكان في وداع رئيس مجلس النواب عقيلة صالح لدى مغادرته أنقرة رئيس البرلمان التركي"
            " نعمان قورتولموش.",
            {"Aguila Saleh", "Numan Kurtulmuş"},
        ),
        (
            "وأقام رئيس المجلس الرئاسي محمد المنفي مأدبة عشاء على شرف وزير الدفاع التركي يشار"
            " غولر.",
            {"Mohamed al-Menfi", "Yaşar Güler"},
        ),
        (
            "وأقام الرئيس التركي رجب طيب أردوغان مأدبة إفطار على شرف القائد العام خليفة حفتر.",
            {"Recep Tayyip Erdoğan", "Khalifa Haftar"},
        ),
    ],
)
def test_a_farewell_and_a_meal_in_honour_are_contacts(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: set[str]
) -> None:
    assert frozenset(pair) in _current(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        # one party only, or a celebration
        "وأقيم حفل على شرف الفرق الفائزة في طرابلس بحضور السفير التركي.",
        "وأقام السفير التركي غوفن بيجيتش حفل استقبال على شرف العيد الوطني.",
        # both of one country: no Turkey–Libya pair
        "وكان في وداع الرئيس التركي رجب طيب أردوغان بالمطار وزير الخارجية هاكان فيدان.",
    ],
)
def test_no_pair_no_contact(detector: ContactDetector, entities: EntityDetector, text: str) -> None:
    assert _current(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # (session 20) the guest as the pronoun of "in his honour", named as the subject
        (
            "وشارك رئيس المجلس الرئاسي محمد المنفي في مأدبة عشاء أقامها الرئيس التركي رجب"
            " طيب أردوغان على شرفه.",
            {"Mohamed al-Menfi", "Recep Tayyip Erdoğan"},
        ),
        (
            "وحضرت وزيرة الخارجية نجلاء المنقوش حفل استقبال أقامه وزير الخارجية التركي"
            " مولود تشاووش أوغلو على شرفها في أنقرة.",
            {"Najla Mangoush", "Mevlüt Çavuşoğlu"},
        ),
    ],
)
def test_a_meal_in_the_subjects_honour_is_a_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: set[str]
) -> None:
    assert pair in _current(detector, entities, text)


def test_a_meal_in_the_hosts_own_honour_names_no_guest(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "وأقام الرئيس التركي رجب طيب أردوغان مأدبة عشاء على شرفه في القصر الرئاسي."
    assert _current(detector, entities, text) == set()
