"""Contacts told by a verb of telling or handing over, verb first in Arabic (issue #12,
session 18): "أطلع الدبيبة الرئيس أردوغان على المستجدات", "أبلغ فيدان نظيرته الليبية",
"سلم فيدان رسالة من أردوغان إلى المنفي", "نقل فيدان إلى الدبيبة تحيات أردوغان", and their
English and Turkish counterparts ("informed ... of", "passed on ... greetings", "mektubunu
... iletti"). The lexicon already took "briefed" and "handed ~ letter" as a meeting; the
same holds for these. Whose letter or greetings they were is no party, and a letter
received (تسلم، "received a letter from", aldı) is no contact with its sender.

The sentences are invented for the probe (newsroom styles), not taken from the real set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
MANGOUSH = "person:najla-mangoush"


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        (
            "ar",
            "أطلع الدبيبة الرئيس أردوغان على آخر المستجدات السياسية في ليبيا.",
            (ERDOGAN, DBEIBAH),
        ),
        (
            "ar",
            "وأطلع عبد الحميد الدبيبة وزير الخارجية التركي هاكان فيدان على خطة الحكومة.",
            (FIDAN, DBEIBAH),
        ),
        ("ar", "أطلع أردوغان الدبيبة خلال اللقاء على نتائج قمة الناتو.", (ERDOGAN, DBEIBAH)),
        (
            "ar",
            "أبلغ فيدان نظيرته الليبية نجلاء المنقوش دعم أنقرة للحل السياسي.",
            (FIDAN, MANGOUSH),
        ),
        ("ar", "أحاط محمد المنفي الرئيس أردوغان علما بنتائج الحوار السياسي.", (ERDOGAN, MENFI)),
        ("ar", "وضع الدبيبة الرئيس أردوغان في صورة التطورات الأخيرة بالعاصمة.", (ERDOGAN, DBEIBAH)),
        ("ar", "قدم الدبيبة للرئيس أردوغان شرحا عن الأوضاع في طرابلس.", (ERDOGAN, DBEIBAH)),
        (
            "ar",
            "سلم وزير الخارجية التركي هاكان فيدان رسالة من الرئيس أردوغان إلى رئيس المجلس"
            " الرئاسي محمد المنفي.",
            (FIDAN, MENFI),
        ),
        (
            "ar",
            "سلّم الدبيبة رسالة خطية إلى الرئيس أردوغان تتعلق بالتعاون الثنائي.",
            (ERDOGAN, DBEIBAH),
        ),
        ("ar", "نقل فيدان إلى الدبيبة تحيات الرئيس أردوغان.", (FIDAN, DBEIBAH)),
        (
            "ar",
            "ونقل هاكان فيدان تحيات الرئيس أردوغان وتمنياته إلى عبد الحميد الدبيبة.",
            (FIDAN, DBEIBAH),
        ),
        (
            "en",
            "Dbeibah informed Erdogan of the outcome of the talks in Geneva.",
            (ERDOGAN, DBEIBAH),
        ),
        ("en", "Hakan Fidan passed on Erdogan's greetings to Dbeibah.", (FIDAN, DBEIBAH)),
        ("en", "Fidan handed over a written message from Erdogan to Menfi.", (FIDAN, MENFI)),
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Erdoğan'ın mektubunu Menfi'ye iletti.",
            (FIDAN, MENFI),
        ),
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Cumhurbaşkanı Erdoğan'ın mesajını Dibeybe'ye teslim etti.",
            (FIDAN, DBEIBAH),
        ),
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Erdoğan'ın selamlarını Dibeybe'ye iletti.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_told_or_handed_over_in_person_is_a_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, met: tuple[str, str]
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert current == keys(met)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a letter received is no contact with its sender
        ("ar", "تسلم المنفي رسالة من الرئيس أردوغان تتعلق بالانتخابات."),
        ("en", "Menfi received a letter from Erdogan on the elections."),
        ("tr", "Menfi, Erdoğan'ın mektubunu aldı."),
        # told to someone else, the other side only named in what was said
        ("ar", "أطلع الدبيبة الصحفيين على نتائج زيارته إلى أنقرة ولقائه المرتقب مع أردوغان."),
        ("ar", "أبلغ مصدر مسؤول وكالة الأناضول أن فيدان سيزور طرابلس للقاء الدبيبة."),
        # "اطّلع على" (looked into), no one told
        ("ar", "اطلع الدبيبة على سير العمل في مشروع الطريق الساحلي."),
    ],
)
def test_a_letter_received_or_a_briefing_of_others_is_no_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert pair_key(ERDOGAN, MENFI) not in current
    assert pair_key(FIDAN, DBEIBAH) not in current
    assert pair_key(ERDOGAN, DBEIBAH) not in current
