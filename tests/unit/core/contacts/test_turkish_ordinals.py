"""A Turkish ordinal ("13. Zirvesi", "22. Dönem", "2. tur") is no sentence end: the
meeting around it stays one sentence. A sentence that ends in a number keeps its stop
in English ("rose to 13. The", "on August 25. Kalın met") and Arabic."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.unit.core.contacts.sentences import events_in
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.sentences import split_sentences

FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye-Libya 22. Dönem Karma Ekonomik Komisyon toplantısı Trablus'ta yapıldı.",
        "İslam İşbirliği Teşkilatı (İİT) 15. Zirvesi Banjul'da başladı.",
        "Seçimin 2. turu pazar günü yapılacak.",
    ],
)
def test_a_turkish_ordinal_does_not_split(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The death toll rose to 13. The army said the fighting was over.", 2),
        ("Kalın last visited Benghazi on August 25. He met Haftar there.", 2),
        ("Apollo 13. The end.", 2),
        ("وارتفع عدد القتلى إلى 13. وقال الجيش إن القتال انتهى.", 2),
    ],
)
def test_a_number_ending_a_sentence_keeps_its_stop(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_the_meeting_across_an_ordinal_is_found(detector, entities) -> None:
    text = (
        "Dışişleri Bakanı Hakan Fidan, Türkiye-Libya 22. Dönem Karma Ekonomik Komisyon "
        "toplantısı kapsamında Libya Başbakanı Abdulhamid Dibeybe ile görüştü."
    )
    events = events_in(detector, entities, text, "tr", datetime(2026, 1, 24, tzinfo=UTC))
    assert pair_key(FIDAN, DBEIBAH) in {e.pair_key for e in events}


def test_an_ordinal_joins_no_two_reports(detector, entities) -> None:
    # the meeting is a third country's; the Libyan is named in another sentence
    text = (
        "Hakan Fidan, NATO'nun 75. yıl zirvesinde Yunan mevkidaşıyla görüştü. "
        "Abdulhamid Dibeybe ise aynı gün Trablus'ta kabine toplantısı yaptı."
    )
    events = events_in(detector, entities, text, "tr", datetime(2024, 7, 10, tzinfo=UTC))
    assert pair_key(FIDAN, DBEIBAH) not in {e.pair_key for e in events}
