"""Contact rules for the classes the real-text set still missed (issue #12, classes 3-5).

- a group of an institution's representatives, or a company whose flights are the
  topic, is no principal ("ممثلين عن حكومة الوفاق", "flights of Turkish Airlines");
- who was present at the talks ("görüşmede bulunduğu") only attended;
- an object pronoun stands for the other side's principal of the sentence before
  ("also met him", "والتقاه", "kendisiyle görüştü");
- "the meeting of X and Y" names its own pair: a third person named further on, in a
  clause about something else, met nobody;
- punctuation glued to a word next to a gap ("اليوم ,اتفاقيتين") does not hide a
  trigger.

Sentences paraphrase real copy; they run through the real entity detector and the
packaged lexicons, as the pipeline does.
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

AKAR, GNA = "person:hulusi-akar", "org:ly-gna"
ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
SADDAM, GULER = "person:saddam-haftar", "person:yasar-guler"
BEGEC, BASHAGHA = "person:guven-begec", "person:fathi-bashagha"
TURKISH_AIRLINES = "org:turkish-airlines"


def detect(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> list[ContactEvent]:
    return events_in(detector, entities, text, lang, on_day("2024-05-02"), article_id="groups")


def pairs_of(events: list[ContactEvent]) -> set[str]:
    return {e.pair_key for e in events if not e.historical}


def ids_of(events: list[ContactEvent]) -> set[str]:
    return {p.id for e in events for p in e.participants}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى وزير الدفاع التركي خلوصي آكار في طرابلس ممثلين عن حكومة الوفاق الوطني."),
        ("en", "Hulusi Akar met representatives of the Government of National Accord in Tripoli."),
        ("tr", "Hulusi Akar, Trablus'ta Ulusal Mutabakat Hükümeti temsilcileriyle görüştü."),
    ],
)
def test_representatives_of_an_institution_are_no_principal(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    found = ids_of(detect(detector, entities, text, lang))
    assert GNA not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "بحث الرئيس التركي رجب طيب أردوغان مع عبد الحميد الدبيبة استئناف رحلات "
            "الخطوط الجوية التركية إلى بنغازي.",
        ),
        (
            "en",
            "Recep Tayyip Erdogan discussed with Abdul Hamid Dbeibah the return of "
            "flights of Turkish Airlines to Benghazi.",
        ),
    ],
)
def test_a_company_whose_flights_are_the_topic_is_no_party(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    events = detect(detector, entities, text, lang)
    assert pair_key(ERDOGAN, DBEIBAH) in pairs_of(events)
    assert TURKISH_AIRLINES not in ids_of(events)


def test_who_was_present_at_the_talks_only_attended(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Türk heyeti Bingazi'de Saddam Hafter ile görüştü. Açıklamada Büyükelçi Güven "
        "Begeç'in de görüşmede bulunduğu belirtildi."
    )
    assert pair_key(BEGEC, SADDAM) not in pairs_of(detect(detector, entities, text, "tr"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Saddam Haftar arrived in Ankara on Thursday. Defence Minister Yaşar Güler "
            "also held talks with him.",
        ),
        ("ar", "وصل صدام حفتر إلى أنقرة الخميس. والتقاه وزير الدفاع التركي يشار غولر."),
        (
            "tr",
            "Saddam Hafter perşembe günü Ankara'ya geldi. Bakan Yaşar Güler kendisiyle görüştü.",
        ),
    ],
)
def test_an_object_pronoun_stands_for_the_principal_before(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pair_key(GULER, SADDAM) in pairs_of(detect(detector, entities, text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "ويأتي لقاء أردوغان والدبيبة بعد أسابيع من خلاف الدبيبة مع فتحي باشاغا حول الحكومة.",
        ),
        (
            "en",
            "The meeting between Erdogan and Dbeibah came weeks after Dbeibah's row with "
            "Fathi Bashagha over the government.",
        ),
    ],
)
def test_the_meeting_of_x_and_y_names_its_own_pair(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    found = pairs_of(detect(detector, entities, text, lang))
    assert pair_key(ERDOGAN, DBEIBAH) in found
    assert pair_key(ERDOGAN, BASHAGHA) not in found


def test_a_meeting_verb_with_three_names_keeps_every_pair(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # Only a noun trigger followed by "X and Y" narrows the pairs: a host receiving two
    # guests met both.
    text = "استقبل الرئيس التركي رجب طيب أردوغان عبد الحميد الدبيبة وفتحي باشاغا في أنقرة."
    found = pairs_of(detect(detector, entities, text, "ar"))
    assert {pair_key(ERDOGAN, DBEIBAH), pair_key(ERDOGAN, BASHAGHA)} <= found


def test_punctuation_glued_next_to_a_gap_hides_no_trigger(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "وقع رئيس الحكومة “عبدالحميد الدبيبة” اليوم الثلاثاء ,اتفاقيتين مع وزير الدفاع "
        "التركي “خلوصي آكار” في إسطنبول."
    )
    events = detect(detector, entities, text, "ar")
    assert pair_key(AKAR, DBEIBAH) in pairs_of(events)
    assert {e.kind for e in events} == {"agreement"}


def test_a_father_named_with_his_title_in_an_apposition_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Saddam Haftar, son of eastern Libyan strongman Khalifa Haftar, was hosted in Ankara "
        "by Defence Minister Yaşar Güler."
    )
    found = pairs_of(detect(detector, entities, text, "en"))
    assert pair_key(GULER, SADDAM) in found
    assert pair_key(GULER, "person:khalifa-haftar") not in found
