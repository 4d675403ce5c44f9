"""A meeting reported in a verb form the lexicon did not list yet still counts
(issue #12: Turkish tells a meeting as görüştüğü, görüşmüş, görüşüyor, bir araya
geldiği; Arabic headlines in the present, يبحث, يلتقيان; English "spoke with"), and the
negative forms of the same verbs report none.

Sentences paraphrase real copy; they run through the real entity detector and the
packaged lexicons, as the pipeline does.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day, pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


pairs = pairs_on("2024-02-08", article_id="forms")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Dışişleri Bakanı Hakan Fidan'ın Trablus'ta Dibeybe ile görüştüğü bildirildi."),
        ("tr", "Dışişleri Bakanı Hakan Fidan, Trablus'ta Libya Başbakanı Dibeybe ile görüşüyor."),
        ("tr", "Hakan Fidan, Trablus'ta Libya Başbakanı Dibeybe ile görüşmüş."),
        ("tr", "Hakan Fidan'ın Libya Başbakanı Dibeybe ile bir araya geldiği öğrenildi."),
        ("ar", "الدبيبة يبحث مع وزير الخارجية التركي هاكان فيدان العلاقات الثنائية في طرابلس."),
        ("ar", "الدبيبة وفيدان يلتقيان في طرابلس وسط تحسن العلاقات."),
        ("en", "Turkish Foreign Minister Hakan Fidan spoke with Abdul Hamid Dbeibah in Tripoli."),
    ],
)
def test_another_form_of_a_meeting_verb_reports_the_meeting(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pair_key(FIDAN, DBEIBAH) in pairs(detector, entities, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan'ın Trablus'ta Libya Başbakanı Dibeybe ile görüşmediği bildirildi.",
        "Hakan Fidan, Trablus'ta Libya Başbakanı Dibeybe ile görüşmemiş.",
    ],
)
def test_the_negative_forms_report_no_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text, "tr") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hakan Fidan met Abdul Hamid Dbeibah in Tripoli earlier this month."),
        ("ar", "والتقى هاكان فيدان عبد الحميد الدبيبة في طرابلس في وقت سابق من هذا الشهر."),
        ("tr", "Hakan Fidan, önceki ziyaretinde Trablus'ta Dibeybe ile görüştü."),
    ],
)
def test_an_earlier_stretch_named_by_its_wording_is_a_recap(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    events = events_in(
        detector, entities, text, lang, on_day("2024-02-28"), article_id="forms", dated=False
    )
    assert [e.historical for e in events if e.pair_key == pair_key(FIDAN, DBEIBAH)] == [True]
