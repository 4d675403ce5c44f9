"""Contacts told across clauses and sentences (issue #12, session 19, branch crossent).

The sentences are invented for the probe (wire, state-media, Gulf and Turkish daily
styles), not taken from the real set; each class keeps cases its rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, GULER = "person:khalifa-haftar", "person:yasar-guler"


# -- Arabic relative clause recap: "X، الذي كان قد التقى Y الشهر الماضي" ----------------
# The relative pronoun opens a recap phrase as "who" does in English: a clause holding a
# contact word and a past marker tells an earlier contact; the sentence's own contact,
# outside it, keeps its own (current) date instead of taking the clause's.


@pytest.mark.parametrize(
    ("text", "current", "historical"),
    [
        (
            "التقى فيدان في طرابلس اليوم الأحد الدبيبة، الذي كان قد اجتمع بأردوغان في إسطنبول"
            " الشهر الماضي.",
            keys((FIDAN, DBEIBAH)),
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "التقى الدبيبة اليوم الإثنين بوزير الدفاع التركي يشار غولر، الذي زار بنغازي الشهر"
            " الماضي والتقى خليفة حفتر.",
            keys((DBEIBAH, GULER)),
            keys((GULER, HAFTAR)),
        ),
        (
            "استقبل الرئيس رجب طيب أردوغان في أنقرة اليوم رئيس حكومة الوحدة الوطنية عبد الحميد"
            " الدبيبة، الذي كان قد التقى الرئيس التركي في مارس الماضي.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
    ],
)
def test_arabic_relative_recap_leaves_the_main_contact_current(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, "ar")
    assert found_current == current
    assert historical <= found_historical


@pytest.mark.parametrize(
    ("text", "current", "historical"),
    [
        # the clause is the sentence's only contact: a recap, as before
        (
            "قال فيدان، الذي التقى حفتر في بنغازي العام الماضي، إن بلاده تدعم الحوار.",
            set(),
            keys((FIDAN, HAFTAR)),
        ),
        # a clause with no past marker is no recap: the sentence is the day's
        (
            "التقى فيدان اليوم الدبيبة، الذي وصل إلى أنقرة أمس في زيارة رسمية.",
            keys((FIDAN, DBEIBAH)),
            set(),
        ),
    ],
)
def test_arabic_relative_clauses_the_recap_rule_leaves_alone(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, "ar")
    assert found_current == current
    assert found_historical == historical
