"""The possessor of what two parties discussed is no party (issue #12, session 18,
``discussed.py``): "Fidan met Dbeibah to discuss Haftar's proposal", "بحث فيدان مع
الدبيبة مبادرة حفتر", "Erdoğan, Menfi ile Hafter'in önerisini görüştü". Before, the
normal trigger path paired the third person with the other side. One rule, each
language's mark of possession: English "'s" and "of/by/from" after a discussion word;
Arabic the second term of a construct after a discussion verb; Turkish a genitive before
one. A person joined to a partner, the verb's subject or partner, a possessor of a
contact noun of his own ("Haftar's visit"), and a sentence whose contact would lose a
side stay as they were.

The sentences are invented for the probe (wire, state-media and daily styles), not taken
from the real set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, SADDAM = "person:khalifa-haftar", "person:saddam-haftar"
SALEH, KALIN = "person:aguila-saleh", "person:ibrahim-kalin"
GULER, TAKALA = "person:yasar-guler", "person:mohamed-takala"
SARRAJ = "person:fayez-al-sarraj"


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan met Libyan Prime Minister Abdul Hamid Dbeibah"
            " in Tripoli on Monday to discuss Khalifa Haftar's proposal for a unified"
            " government.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "en",
            "Erdogan and Dbeibah discussed the initiative of Aguila Saleh during their meeting"
            " in Istanbul.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "en",
            "Erdogan received Dbeibah on Saturday and the two discussed a letter from Aguila"
            " Saleh on elections.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "en",
            "Menfi and Fidan exchanged views on the proposal put forward by Aguila Saleh.",
            keys((FIDAN, MENFI)),
        ),
        (
            "en",
            "Kalin met Saddam Haftar in Benghazi and discussed Dbeibah's plan for a new cabinet.",
            keys((KALIN, SADDAM)),
        ),
        (
            "en",
            "In the call, Erdogan and Menfi discussed Takala's initiative for national"
            " reconciliation.",
            keys((ERDOGAN, MENFI)),
        ),
        (
            "en",
            "Guler hosted Saddam Haftar in Ankara to discuss Dbeibah's security arrangements.",
            keys((GULER, SADDAM)),
        ),
        ("en", "Putin and Erdogan discussed Haftar's offensive on Tripoli in a phone call.", set()),
        (
            "ar",
            "بحث وزير الخارجية التركي هاكان فيدان مع رئيس حكومة الوحدة الوطنية عبد الحميد"
            " الدبيبة مبادرة خليفة حفتر.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "ar",
            "ناقش الرئيس أردوغان والدبيبة رسالة عقيلة صالح بشأن الانتخابات.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "ar",
            "التقى فيدان الدبيبة في طرابلس وبحث معه مقترح حفتر لتوحيد المؤسسة العسكرية.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "ar",
            "تناول اللقاء بين أردوغان والدبيبة تصريحات خليفة حفتر الأخيرة.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "ar",
            "بحث الدبيبة مع وزير الدفاع التركي يشار غولر تحركات قوات حفتر في الجنوب.",
            keys((GULER, DBEIBAH)),
        ),
        ("ar", "ناقش أردوغان وبوتين هجوم حفتر على طرابلس.", set()),
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Libya Başbakanı Dibeybe ile Hafter'in önerisini"
            " görüştü.",
            keys((FIDAN, DBEIBAH)),
        ),
        ("tr", "Erdoğan ve Dibeybe, Akile Salih'in girişimini ele aldı.", keys((ERDOGAN, DBEIBAH))),
        (
            "tr",
            "Erdoğan ile Dibeybe, Menfi'nin ulusal uzlaşı planını masaya yatırdı.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "tr",
            "Hakan Fidan, Menfi ile bir araya gelerek Hafter'in mektubunu değerlendirdi.",
            keys((FIDAN, MENFI)),
        ),
        ("tr", "Erdoğan, Putin ile Hafter'in saldırısını telefonda görüştü.", set()),
    ],
)
def test_the_possessor_of_what_was_discussed_is_no_party(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, met: set[str]
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert current == met


@pytest.mark.parametrize(
    ("lang", "text", "met"),
    [
        # a partner joined by "and", or the verb's own partner
        (
            "en",
            "Erdogan met Dbeibah and Haftar to discuss the proposal.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, HAFTAR)),
        ),
        ("en", "Fidan discussed the ceasefire with Haftar in Benghazi.", keys((FIDAN, HAFTAR))),
        (
            "en",
            "Erdogan discussed Libya with Dbeibah and later met Menfi.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, MENFI)),
        ),
        (
            "ar",
            "بحث أردوغان مع الدبيبة وحفتر الأوضاع في ليبيا.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, HAFTAR)),
        ),
        ("ar", "بحث فيدان مع حفتر في بنغازي وقف إطلاق النار.", keys((FIDAN, HAFTAR))),
        # the first person after a verb that no one precedes is its subject
        ("ar", "ناقش فيدان مع الدبيبة مقترح المنفي بشأن المصالحة.", keys((FIDAN, DBEIBAH))),
        (
            "tr",
            "Erdoğan, Dibeybe ve Hafter ile ayrı ayrı görüştü.",
            keys((ERDOGAN, DBEIBAH), (ERDOGAN, HAFTAR)),
        ),
        ("tr", "Hakan Fidan, Bingazi'de Hafter ile ateşkesi görüştü.", keys((FIDAN, HAFTAR))),
        # the genitive is the subject of a contact noun with its own partner
        (
            "tr",
            "Cumhurbaşkanı Erdoğan'ın Dibeybe ile görüşmesinde Menfi'nin planı değerlendirildi.",
            keys((ERDOGAN, DBEIBAH)),
        ),
        # no two sides without him: the possessor stays as the rules had him
        ("en", "Erdogan discussed Dbeibah's proposal in a phone call.", set()),
    ],
)
def test_partners_subjects_and_own_contacts_stay(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, met: set[str]
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert current == met
