"""Arabic video calls (اتصال مرئي, مكالمة فيديو, اتصال عبر تقنية الفيديو) are calls, and a
handshake (صافح, تصافحا) is a meeting; a speech given by video with another party
only attending is no contact."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
DBEIBAH, BOLAT = "person:abdul-hamid-dbeibah", "person:omer-bolat"


def found(detector: ContactDetector, entities: EntityDetector, text: str) -> set[tuple[str, str]]:
    events = events_in(detector, entities, text, "ar", on_day("2021-05-02"), article_id="v")
    return {(pair_key(*(p.id for p in e.participants)), e.kind) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أجرى رئيس المجلس الرئاسي محمد المنفي اتصالا مرئيا مع الرئيس التركي رجب طيب أردوغان.",
            {(pair_key(ERDOGAN, MENFI), "phone_call")},
        ),
        (
            "وبحث عبد الحميد الدبيبة في مكالمة فيديو مع وزير التجارة التركي عمر بولات "
            "ملفات الاستثمار.",
            {(pair_key(DBEIBAH, BOLAT), "phone_call")},
        ),
        (
            "صافح الرئيس التركي رجب طيب أردوغان رئيس المجلس الرئاسي محمد المنفي على هامش القمة.",
            {(pair_key(ERDOGAN, MENFI), "meeting")},
        ),
    ],
)
def test_contacts(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(detector, entities, text) == expected


def test_a_speech_by_video_is_no_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "ألقى الرئيس التركي رجب طيب أردوغان كلمة عبر الفيديو، وحضر رئيس المجلس الرئاسي "
        "محمد المنفي القمة."
    )
    assert found(detector, entities, text) == set()
