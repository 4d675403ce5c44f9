"""A contact with someone else, where the Libyan (or the Turk) is only what it followed
or spoke of (issue #12): "Erdoğan, Hafter'in Moskova'dan ayrılmasının ardından Putin ile
telefonda görüştü" is no Erdoğan–Haftar contact. The real entity detector and packaged
lexicons run the sentences, as stage 1 does.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, HAFTAR = "person:recep-tayyip-erdogan", "person:khalifa-haftar"
SARRAJ = "person:fayez-al-sarraj"


pairs = pairs_on("2020-01-14")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Hafter'in Moskova'dan ayrılmasının ardından Rusya Devlet"
            " Başkanı Putin ile telefonda görüştü.",
        ),
        ("tr", "Erdoğan, Hafter'in Moskova ziyaretinin ardından Putin ile bir araya geldi."),
        ("tr", "Erdoğan, Putin ile telefonda Hafter'i görüştü."),
        (
            "en",
            "President Erdogan spoke by phone with Russian President Putin after Haftar left"
            " Moscow.",
        ),
        ("en", "Erdogan met Putin following Haftar's departure from Moscow."),
        ("en", "Putin met Erdogan following Haftar's departure from Moscow."),
        ("en", "Erdogan discussed Haftar with Putin in a phone call."),
        (
            "ar",
            "أجرى الرئيس التركي أردوغان اتصالا هاتفيا مع الرئيس الروسي بوتين عقب مغادرة حفتر"
            " موسكو.",
        ),
        ("ar", "بحث أردوغان مع بوتين في اتصال هاتفي بشأن حفتر."),
    ],
)
def test_a_topic_of_a_third_party_contact_is_no_party(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pair_key(ERDOGAN, HAFTAR) not in pairs(detector, entities, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the Libyan is a partner too
        ("en", "Erdogan spoke with Putin and Sarraj in Istanbul."),
        ("ar", "بحث أردوغان مع بوتين والسراج الوضع في ليبيا."),
        # the third country's person is the topic, the Libyan the partner
        ("en", "Erdogan met Sarraj after Putin left Ankara."),
        ("ar", "التقى أردوغان السراج عقب مغادرة بوتين أنقرة."),
        # two contacts: the third party's, then the Libyan's
        ("en", "Sarraj met Erdogan in Ankara after talks with Putin."),
        ("tr", "Erdoğan, Putin ile görüştükten sonra Serrac'ı kabul etti."),
        # no third-country partner: the topic cue alone decides nothing
        ("tr", "Erdoğan, Serrac'ın Ankara'ya gelişinin ardından onunla görüştü."),
    ],
)
def test_a_libyan_partner_or_a_contact_of_its_own_stays(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pair_key(ERDOGAN, SARRAJ) in pairs(detector, entities, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Hafter'in Moskova'dan ayrılmasının ardından Erdoğan, Serrac ile görüştü."),
        ("en", "Erdogan met Sarraj after Haftar left Moscow."),
        # the object follows the subject with no cue: persons of both sides are named
        ("ar", "استقبل أردوغان السراج عقب مغادرة حفتر موسكو."),
    ],
)
def test_a_topic_is_no_party_beside_a_libyan_partner_either(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    found = pairs(detector, entities, text, lang)
    assert pair_key(ERDOGAN, SARRAJ) in found
    assert pair_key(ERDOGAN, HAFTAR) not in found
