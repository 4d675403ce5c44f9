"""Who a sentence names without being a party to its contact (issue #12, class 4).

Short paraphrases of real dev-set wording: a dateline's outlet or a name in
parentheses is an aside; the dead or overthrown named as the topic ("the fall of
Gaddafi", "سقوط القذافي", "Kaddafi'nin devrilmesi") or as whose envoy or forces
someone is, is no principal. The real entity detector and packaged lexicons run
the sentences, as stage 1 does.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.participants import in_parentheses

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
DAVUTOGLU, GADDAFI = "person:ahmet-davutoglu", "person:muammar-gaddafi"
JIBRIL = "person:mahmoud-jibril"


pairs = pairs_on("2021-04-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ar-035: "أنقرة (زمان التركية)ــ زار رئيس حكومة الوحدة الوطنية ..."
        (
            "ar",
            "أنقرة (زمان التركية)ــ زار رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ضريح أتاتورك.",
        ),
        ("en", "ANKARA (AA) - Visiting Dbeibah laid a wreath at Anitkabir."),
        ("tr", "ANKARA (AA) - Ziyaret eden Dibeybe, Anıtkabir'e çelenk bıraktı."),
    ],
)
def test_a_datelines_outlet_is_no_party(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == set()


def test_a_name_in_parentheses_is_an_aside(detector, entities) -> None:
    # en-044: 'My visit to Benghazi wasn't a message to the (Gadhafi) government'
    text = (
        "Davutoglu said his visit to Benghazi was not a message to the (Gadhafi) "
        "government in Tripoli."
    )
    assert pairs(detector, entities, text, "en") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Turkish Foreign Minister Ahmet Davutoglu met Mahmoud Jibril in Doha and "
            "discussed Libya after the fall of Muammar Gaddafi.",
        ),
        (
            "en",
            "Turkish Foreign Minister Ahmet Davutoglu met Mahmoud Jibril in Doha to discuss "
            "Muammar Gaddafi's ouster.",
        ),
        # ar-094: "بحث مع جبريل ... مقترحات حملها مبعوث القذافي"
        (
            "ar",
            "بحث وزير الخارجية التركي أحمد داود أوغلو مع محمود جبريل مقترحات حملها مبعوث القذافي.",
        ),
        (
            "ar",
            "التقى وزير الخارجية التركي أحمد داود أوغلو محمود جبريل وبحثا مرحلة ما بعد "
            "سقوط معمر القذافي.",
        ),
        (
            "tr",
            "Dışişleri Bakanı Ahmet Davutoğlu, Mahmud Cibril ile görüştü ve Muammer "
            "Kaddafi'nin devrilmesi sonrasını ele aldı.",
        ),
    ],
)
def test_the_topic_of_talks_is_no_party(detector, entities, lang, text) -> None:
    found = pairs(detector, entities, text, lang)
    assert pair_key(DAVUTOGLU, GADDAFI) not in found
    assert found == {pair_key(DAVUTOGLU, JIBRIL)}


def test_in_parentheses_needs_both_brackets_in_the_sentence() -> None:
    text = "A (B) C (D"
    assert in_parentheses(text, 3, 4, (0, len(text)))
    assert not in_parentheses(text, 6, 7, (0, len(text)))  # after ")": outside
    assert not in_parentheses(text, 9, 10, (0, len(text)))  # never closed
    assert not in_parentheses(text, 3, 4, (3, len(text)))  # "(" before the sentence
