"""Events told across sentences (issue #12: the meeting verb in one sentence, a
participant named in the one before or after it).

Sentences paraphrase the wording of the real-text dev set; they run through the real
entity detector and the packaged lexicons (``refers_back`` cues, continuation.py).
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.continuation import missing_sides
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, ABDUL_JALIL = "person:recep-tayyip-erdogan", "person:mustafa-abdul-jalil"
CAVUSOGLU, MISHRI = "person:mevlut-cavusoglu", "person:khalid-al-mishri"
ZEIDAN, MAGARIAF = "person:ali-zeidan", "person:mohammed-magariaf"
CAGLAYAN = "person:zafer-caglayan"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
MENFI = "person:mohamed-menfi"


def detect(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, day: str
) -> list[ContactEvent]:
    return events_in(detector, entities, text, lang, on_day(day), article_id="continuation")


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        # a pronoun opens the sentence: the principal is the previous sentence's
        (
            "en",
            "2011-09-16",
            "Recep Tayyip Erdogan arrived in Tripoli from Tunisia. He was greeted by NTC "
            "chief Mustafa Abdel-Jalil.",
            {pair_key(ERDOGAN, ABDUL_JALIL)},
        ),
        # "the two": the other party was named before, by role and name apart
        (
            "en",
            "2021-06-11",
            "Turkey's foreign and defence ministers on Friday met separately with Khaled "
            "al-Mishri. Foreign Minister Mevlut Cavusoglu said the two discussed "
            "cooperation with Libya.",
            {pair_key(CAVUSOGLU, MISHRI)},
        ),
        # the article opens with the pronoun: its referent is named in the next sentence
        (
            "en",
            "2013-05-21",
            "He was speaking after a meeting with his Turkish counterpart Recep Tayyip "
            "Erdogan. In remarks in Ankara, Ali Zeidan said Libya would bolster cooperation.",
            {pair_key(ZEIDAN, ERDOGAN)},
        ),
        # "جاء ذلك ... عقب مباحثاته مع": his talks, he being the previous sentence's
        (
            "ar",
            "2023-07-12",
            "جدد وزير الخارجية التركي هاكان فيدان، الأربعاء، دعم بلاده لوحدة ليبيا. جاء ذلك "
            "في تصريح أدلى به بطرابلس عقب مباحثاته مع رئيس الحكومة عبد الحميد الدبيبة.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "tr",
            "2023-07-12",
            "Dışişleri Bakanı Hakan Fidan dün Trablus'a gitti. Ziyarette Dbeybe ile bir "
            "araya geldi.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_a_continuing_sentence_takes_its_principal_from_a_neighbour(
    detector, entities, lang, day, text, expected
) -> None:
    found = detect(detector, entities, text, lang, day)
    assert {e.pair_key for e in found} == expected
    assert not any(e.historical for e in found)


def test_a_continuation_of_a_recap_is_historical(detector, entities) -> None:
    text = "Only last week Zafer Caglayan visited Tripoli. He met Ali Zeidan and Mohamed Magariaf."
    found = detect(detector, entities, text, "en", "2013-02-17")
    assert {e.pair_key for e in found} == {pair_key(CAGLAYAN, ZEIDAN), pair_key(CAGLAYAN, MAGARIAF)}
    assert all(e.historical for e in found)


def test_a_continuation_repeats_no_pair(detector, entities) -> None:
    text = (
        "Cumhurbaşkanı Erdoğan, Libya Başkanlık Konseyi Başkanı Menfi'yi kabul etti. "
        "Görüşmede taraflar ikili ilişkileri ele aldı."
    )
    found = detect(detector, entities, text, "tr", "2023-07-12")
    assert [e.pair_key for e in found] == [pair_key(ERDOGAN, MENFI)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the Libyan side is there by role ("رئيس الأركان الليبي"), not the man before
        (
            "ar",
            "وشارك في المباحثات قائد القوات البرية الليبية الفيتوري غريبيل. والتقى رئيس "
            "الأركان الليبي خلال الزيارة وزير الدفاع التركي ياشار غولر.",
        ),
        # no cue that the second sentence goes on about the first
        ("en", "Recep Tayyip Erdogan arrived in Tripoli. Mustafa Abdel-Jalil met the press."),
    ],
)
def test_no_continuation(detector, entities, lang, text) -> None:
    assert detect(detector, entities, text, lang, "2021-06-11") == []


def test_missing_sides() -> None:
    pairs = [("TR", "LY")]
    assert missing_sides(pairs, {"TR"}) == {"LY"}
    assert missing_sides(pairs, {"LY"}) == {"TR"}
    assert missing_sides(pairs, {"TR", "LY"}) == set()
    assert missing_sides(pairs, set()) == set()


@pytest.mark.parametrize(("day_word", "historical"), [("on April 12", True), ("on Monday", False)])
def test_a_continuing_sentence_takes_the_date_it_continues(
    detector, entities, day_word, historical
) -> None:
    # "during the visit": the visit the sentence before dates, a recap's date included
    text = (
        f"Abdul Hamid Dbeibah arrived in Ankara {day_word} with a delegation of ministers. "
        "Recep Tayyip Erdogan and Dbeibah affirmed cooperation during the visit."
    )
    [event] = detect(detector, entities, text, "en", "2025-05-20")
    assert event.pair_key == pair_key(ERDOGAN, DBEIBAH)
    assert event.historical is historical
