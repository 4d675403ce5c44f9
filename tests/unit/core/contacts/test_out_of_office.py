"""A dated article's contact with someone out of every office he held for over a year
is a recap (background paragraphs of long articles: the 2019 memoranda with Sarraj),
not a current event; his tenure, the first year after it, undated pages and the
office holders of the day stay as they were."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.pipeline import Pipeline
from wirewatch.settings import Settings

from .sentences import events_in, on_day

SARRAJ, ERDOGAN = "Fayez al-Sarraj", "Recep Tayyip Erdoğan"
CAVUSOGLU = "Mevlüt Çavuşoğlu"


@pytest.fixture(scope="module")
def knowing_tenures() -> ContactDetector:
    return Pipeline(Settings()).contacts


def _timing(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, day: str
) -> set[tuple[frozenset[str], bool]]:
    return {
        (frozenset(p.name for p in e.participants), e.historical)
        for e in events_in(detector, entities, text, lang, on_day(day))
    }


# Background sentences as long articles write them: no date, no pluperfect.
RECAPS = [
    ("واستقبل أردوغان السراج في قصر دولمة بهتشة.", "ar", SARRAJ),
    ("وعقد السراج وأردوغان جلسة مباحثات مغلقة في إسطنبول.", "ar", SARRAJ),
    ("Sarraj held talks with Erdoğan in Istanbul on the maritime accord.", "en", SARRAJ),
    ("Serrac, Erdoğan ile İstanbul'da bir araya geldi.", "tr", SARRAJ),
    (
        "وبحث وزير الخارجية مولود تشاووش أوغلو مع الدبيبة ملف الهيدروكربونات في طرابلس.",
        "ar",
        CAVUSOGLU,
    ),
    ("Dışişleri Bakanı Mevlüt Çavuşoğlu, Dibeybe ile Trablus'ta görüştü.", "tr", CAVUSOGLU),
]


@pytest.mark.parametrize(("text", "lang", "retired"), RECAPS)
def test_a_party_long_out_of_office_makes_the_contact_a_recap(
    knowing_tenures: ContactDetector,
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    retired: str,
) -> None:
    # Without the KB's tenures the sentence is a current contact: the rule is the change.
    before = _timing(detector, entities, text, lang, "2025-05-12")
    assert any(retired in names and not past for names, past in before)
    after = _timing(knowing_tenures, entities, text, lang, "2025-05-12")
    assert after and all(past for names, past in after if retired in names)


@pytest.mark.parametrize(("text", "lang", "retired"), RECAPS[:4])
def test_during_the_tenure_the_contact_is_current(
    knowing_tenures: ContactDetector, entities: EntityDetector, text: str, lang: str, retired: str
) -> None:
    found = _timing(knowing_tenures, entities, text, lang, "2020-06-04")
    assert any(retired in names and not past for names, past in found)


def test_the_first_year_out_of_office_stays_current(
    knowing_tenures: ContactDetector, entities: EntityDetector
) -> None:
    # Çavuşoğlu left the foreign ministry on 2023-06-04: five months on, a visit he makes
    # is still reported as it happens.
    text = "Mevlüt Çavuşoğlu met Dbeibah in Tripoli."
    found = _timing(knowing_tenures, entities, text, "en", "2023-11-02")
    assert any(CAVUSOGLU in names and not past for names, past in found)


def test_office_holders_of_the_day_are_left_alone(
    knowing_tenures: ContactDetector, entities: EntityDetector
) -> None:
    for text, lang in (
        ("استقبل أردوغان الدبيبة في إسطنبول وبحثا ملفات الطاقة.", "ar"),
        ("Turkish Foreign Minister Hakan Fidan met Dbeibah in Tripoli.", "en"),
        # Akar left the ministry in 2023 but chairs parliament's defence committee.
        ("TBMM Milli Savunma Komisyonu Başkanı Hulusi Akar, Dibeybe ile görüştü.", "tr"),
    ):
        found = _timing(knowing_tenures, entities, text, lang, "2025-05-12")
        assert found and not any(past for _, past in found), text


def test_an_undated_page_may_be_from_the_tenure(
    knowing_tenures: ContactDetector, entities: EntityDetector
) -> None:
    text = "Sarraj held talks with Erdoğan in Istanbul on the maritime accord."
    events = events_in(knowing_tenures, entities, text, "en", on_day("2026-12-06"), dated=False)
    assert any(SARRAJ in {p.name for p in e.participants} and not e.historical for e in events)


def test_the_pipeline_gives_its_detector_the_ends_of_tenures(
    knowing_tenures: ContactDetector,
) -> None:
    ended = knowing_tenures.out_of_office
    assert ended["person:fayez-al-sarraj"] == "2021-03-15"
    # In office (a term without an end): not listed.
    assert "person:recep-tayyip-erdogan" not in ended
    assert "person:hulusi-akar" not in ended
