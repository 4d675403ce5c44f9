"""Arabic verb and noun families of a contact the lexicon lacked (issue #12, "verb/noun
family missing"): "phoned" as a verb (هاتف), a phone conversation (محادثة هاتفية), was a
guest of (حل ضيفا على), exchanged views (تبادل وجهات النظر / الآراء), a working session
(جلسة عمل), a bilateral summit (قمة ثنائية). Each still needs both sides named.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN, GULER = (
    "person:abdul-hamid-dbeibah",
    "person:recep-tayyip-erdogan",
    "person:yasar-guler",
)


def kinds(detector: ContactDetector, entities: EntityDetector, text: str) -> dict[str, str]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="family")
    return {e.pair_key: e.kind for e in events}


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "وهاتف الرئيس التركي رجب طيب أردوغان رئيس الحكومة عبد الحميد الدبيبة مساء الأحد.",
            (DBEIBAH, ERDOGAN),
            "phone_call",
        ),
        (
            "وأجرى الدبيبة محادثة هاتفية مع الرئيس التركي رجب طيب أردوغان.",
            (DBEIBAH, ERDOGAN),
            "phone_call",
        ),
        (
            "وحل الدبيبة ضيفا على الرئيس التركي رجب طيب أردوغان في أنقرة.",
            (DBEIBAH, ERDOGAN),
            "visit",
        ),
        (
            "وتبادل الدبيبة وجهات النظر مع الرئيس التركي رجب طيب أردوغان حول الأوضاع في المنطقة.",
            (DBEIBAH, ERDOGAN),
            "talks",
        ),
        (
            "وعقد الدبيبة جلسة عمل مع وزير الدفاع التركي يشار غولر في طرابلس.",
            (DBEIBAH, GULER),
            "meeting",
        ),
        ("وعقد أردوغان والدبيبة قمة ثنائية في أنقرة.", (DBEIBAH, ERDOGAN), "meeting"),
    ],
)
def test_another_family_of_contact_words_reports_the_contact(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    pair: tuple[str, str],
    kind: str,
) -> None:
    assert kinds(detector, entities, text).get(pair_key(*pair)) == kind


def test_one_side_alone_is_no_contact(detector: ContactDetector, entities: EntityDetector) -> None:
    assert kinds(detector, entities, "وهاتف الرئيس التركي رجب طيب أردوغان نظيره الروسي.") == {}
