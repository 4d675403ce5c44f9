"""Contact pairs in the forms the fresh real excerpts of issue #12 showed (en/ar/tr-13001…),
as short paraphrases: the meeting said with a passive noun ("talks were held between"),
the Turkish reception and meeting as nouns (Erdoğan'ın Dibeybe'yi kabulü,
Yılmaz'la görüşmesindeki), and a principal named in one sentence and by role alone in the
next ("The minister met ..."); with the near misses that must stay no contact."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import on_day, pair_timing, pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
AKAR, BASHAGHA = "person:hulusi-akar", "person:fathi-bashagha"
FIDAN, MISHRI = "person:hakan-fidan", "person:khalid-al-mishri"
YILMAZ, MENFI = "person:kenan-yilmaz", "person:mohamed-menfi"
SARRAJ = "person:fayez-al-sarraj"
SADDAM, GULER = "person:saddam-haftar", "person:yasar-guler"


pairs = pairs_on("2024-05-03")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Talks were held between Turkish Defence Minister Hulusi Akar and Libyan Interior "
            "Minister Fathi Bashagha in Ankara on Monday.",
            (AKAR, BASHAGHA),
        ),
        (
            "en",
            "Talks took place in Ankara between Hulusi Akar and Fathi Bashagha on Monday.",
            (AKAR, BASHAGHA),
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan'ın Dibeybe'yi kabulü basına kapalı gerçekleşti.",
            (ERDOGAN, DBEIBAH),
        ),
        (
            "tr",
            "Menfi'nin, Türkiye'nin Trablus Büyükelçisi Kenan Yılmaz'la görüşmesindeki saygılı "
            "tavrı dikkat çekti.",
            (YILMAZ, MENFI),
        ),
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Monday. The minister met "
            "Libyan Prime Minister Abdul Hamid Dbeibah.",
            (FIDAN, DBEIBAH),
        ),
        (
            "en",
            "Libyan Prime Minister Abdul Hamid Dbeibah arrived in Ankara on Monday. The premier "
            "met Turkish Foreign Minister Hakan Fidan.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_noun_passive_and_role_forms_name_the_pair(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    expected: tuple[str, str],
) -> None:
    assert pairs(detector, entities, text, lang) == {pair_key(*expected)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the acceptance of an offer or of a motion is no reception
        ("tr", "Cumhurbaşkanı Erdoğan, Dibeybe'nin ateşkes teklifinin kabulünü istedi."),
        ("tr", "Serrac, Libya tezkeresinin kabulü için Cumhurbaşkanı Erdoğan'a teşekkür etti."),
        # a title before a name is no reference to the Turk of the sentence before
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Monday. The president of "
            "the High Council of State Khalid al-Mishri met Abdul Hamid Dbeibah.",
        ),
        # a plan by role is still a plan
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan spoke in Ankara. The minister will meet Libyan "
            "Prime Minister Abdul Hamid Dbeibah next week.",
        ),
        # the role's own meeting with a third country
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Monday. The minister met "
            "his Egyptian counterpart.",
        ),
    ],
)
def test_near_misses_stay_no_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang) == set()


def test_a_motion_passed_leaves_the_call_after_it(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Cumhurbaşkanı Erdoğan, Libya tezkeresinin kabulünün ardından Fayiz es-Serrac ile "
        "telefonda görüştü."
    )
    assert pairs(detector, entities, text, "tr") == {pair_key(ERDOGAN, SARRAJ)}


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        (
            "The meeting in Benghazi comes after Saddam Haftar's recent visit to Türkiye where "
            "he held talks with Defense Minister Yaşar Güler.",
            True,
        ),
        # a dated contact goes by its date
        (
            "Saddam Haftar met Turkish Defence Minister Yasar Guler in Ankara on Friday, during "
            "his recent visit to Turkey.",
            False,
        ),
    ],
)
def test_a_recent_visit_is_before_the_news(
    detector: ContactDetector, entities: EntityDetector, text: str, historical: bool
) -> None:
    timing = pair_timing(detector, entities, text, "en", on_day("2024-05-03"), (SADDAM, GULER))
    assert [h for _, h in timing] == [historical]
