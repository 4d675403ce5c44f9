"""Who only attended a contact is no principal of it, whatever the tense, person or
voice of the attendance cue, in Arabic, English and Turkish; the principals stay,
including one written right after "with" (issue #12, class 4: ``attendee_*`` cues
of the contact lexicons, ``lexicon.attendee_spans``).

The sentences paraphrase the classes seen in real coverage, in wordings unlike any
excerpt of the real-text set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold

ERDOGAN, FIDAN = "person:recep-tayyip-erdogan", "person:hakan-fidan"
KALIN, GULER, BOLAT = "person:ibrahim-kalin", "person:yasar-guler", "person:omer-bolat"
DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
#: A spelling of each person's surname in the three languages' sentences below.
SURNAMES = {
    ERDOGAN: ("Erdogan", "Erdoğan", "أردوغان"),
    FIDAN: ("Fidan", "فيدان"),
    KALIN: ("Kalin", "Kalın", "كالن"),
    GULER: ("Guler", "Güler", "غولر"),
    BOLAT: ("Bolat",),
    DBEIBAH: ("Dbeibah", "Dibeybe", "الدبيبة", "بالدبيبة"),
    MENFI: ("Menfi", "المنفي"),
}


def pairs(detector: ContactDetector, entities: EntityDetector, text: str, lang: str) -> set[str]:
    """The contact pairs of ``text``; every person it names must be found first, so
    that an attendee left out of the pairs was left out by the attendance rules."""
    named = {e.id for e in entities.detect(fold(text), lang)}
    for person in (ERDOGAN, FIDAN, KALIN, GULER, BOLAT, DBEIBAH, MENFI):
        if any(spelling in text for spelling in SURNAMES[person]):
            assert person in named, f"{person} not found in {text!r}"
    events = events_in(detector, entities, text, lang, on_day("2024-03-10"), article_id="att")
    return {pair_key(*(p.id for p in e.participants)) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "along with" after the contact is told: the minister came along
            "Erdogan received Dbeibah at the presidential complex in Ankara on Tuesday, "
            "along with Foreign Minister Hakan Fidan.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (
            "Dbeibah held talks with Erdogan in Istanbul alongside Defence Minister Yasar "
            "Guler and intelligence chief Ibrahim Kalin.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # the article dropped
            "Erdogan hosted Menfi in Istanbul in presence of Foreign Minister Hakan Fidan.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # the cue opens the sentence
            "With the participation of intelligence chief Ibrahim Kalin, Foreign Minister "
            "Hakan Fidan held talks with Dbeibah in Ankara.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (  # attendance told after the names
            "Erdogan met Menfi in Istanbul on Friday, and Defence Minister Yasar Guler was "
            "in attendance.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # negative: "along with" before the verb joins a co-principal
            "Foreign Minister Hakan Fidan, along with Defence Minister Yasar Guler, met "
            "Dbeibah in Tripoli on Monday.",
            {pair_key(FIDAN, DBEIBAH), pair_key(GULER, DBEIBAH)},
        ),
        (  # negative: the principal right after "with" stays
            "Foreign Minister Hakan Fidan met with Dbeibah in Tripoli, in the presence of "
            "intelligence chief Ibrahim Kalin.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_english_attendees(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of possessors across its commas
            "Cumhurbaşkanı Erdoğan, Dışişleri Bakanı Hakan Fidan'ın, MİT Başkanı İbrahim "
            "Kalın'ın ve Milli Savunma Bakanı Yaşar Güler'in katılımıyla Dibeybe'yi kabul etti.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # "ile birlikte" opens the list: what comes before it is a principal
            "Ticaret Bakanı Ömer Bolat, Libya Başbakanı Dibeybe ile birlikte Dışişleri "
            "Bakanı Hakan Fidan'ın, MİT Başkanı İbrahim Kalın'ın katılımıyla Ankara'da bir toplantı yaptı.",
            {pair_key(BOLAT, DBEIBAH)},
        ),
        (  # participle
            "Dışişleri Bakanı Hakan Fidan'ın da katıldığı görüşmede Cumhurbaşkanı Erdoğan, Menfi ile bir "
            "araya geldi.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # plural past
            "Cumhurbaşkanı Erdoğan, Menfi ile Ankara'da görüştü, görüşmede Dışişleri Bakanı "
            "Hakan Fidan ve MİT Başkanı İbrahim Kalın da bulundular.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # negative: no cue, both Turks are principals
            "Dışişleri Bakanı Hakan Fidan ve MİT Başkanı İbrahim Kalın, Trablus'ta Dibeybe ile görüştü.",
            {pair_key(FIDAN, DBEIBAH), pair_key(KALIN, DBEIBAH)},
        ),
    ],
)
def test_turkish_attendees(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text, "tr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استقبل الرئيس التركي رجب طيب أردوغان رئيس حكومة الوحدة الوطنية عبد الحميد "
            "الدبيبة في أنقرة، في حضور وزير الخارجية هاكان فيدان.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (
            "التقى وزير الخارجية التركي هاكان فيدان بالدبيبة في طرابلس، كما حضر رئيس جهاز "
            "الاستخبارات إبراهيم كالن.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (  # a side's attendees
            "التقى الرئيس أردوغان رئيس المجلس الرئاسي محمد المنفي في إسطنبول، بينما حضر عن "
            "الجانب التركي وزير الدفاع يشار غولر.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (
            "اجتمع الرئيس أردوغان مع الدبيبة بمرافقة وزير الخارجية هاكان فيدان.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # negative: both Libyans after "مع" are principals
            "اجتمع وزير الخارجية التركي هاكان فيدان مع الدبيبة ورئيس المجلس الرئاسي محمد المنفي.",
            {pair_key(FIDAN, DBEIBAH), pair_key(FIDAN, MENFI)},
        ),
    ],
)
def test_arabic_attendees(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text, "ar") == expected
