"""A meeting of others held by a relative clause ("Dibeybe hükümetinin Hafter ile yaptığı
görüşmeler", "اللقاء الذي جمع المنفي وحفتر") is what the sentence's subject commented
on: the commenter is no party (issue #12, class "a meeting of others as the object of
a comment"). The sentences paraphrase the class; none is the wording of an excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN, MENFI = (
    "person:abdul-hamid-dbeibah",
    "person:recep-tayyip-erdogan",
    "person:mohamed-menfi",
)


pairs = pairs_on("2024-05-10", article_id="others")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan, Dibeybe hükümetinin Hafter ile yaptığı "
            "görüşmeleri değerlendirdi.",
        ),
        ("tr", "Erdoğan, Hafter'in Moskova'da Putin ile yaptığı görüşmeyi eleştirdi."),
        (
            "tr",
            "Bakan Güler, Menfi'nin Kahire'de Hafter ile bir araya gelmesini memnuniyetle "
            "karşıladı.",
        ),
        ("ar", "ورحب وزير الخارجية التركي هاكان فيدان باللقاء الذي جمع المنفي وحفتر في القاهرة."),
        (
            "ar",
            "قال الرئيس التركي رجب طيب أردوغان إن اللقاء الذي جمع الأطراف الليبية في باريس "
            "كان مفيدا لحفتر.",
        ),
        ("ar", "وأشاد أردوغان بالاجتماع الذي عقد بين الدبيبة وحفتر برعاية أممية."),
        ("ar", "ورحب وزير الخارجية التركي هاكان فيدان بالاجتماع بين المنفي وحفتر."),
    ],
)
def test_who_comments_on_a_meeting_of_others_is_no_party(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # the genitive subject is the host; without one the sentence's subject is
        (
            "tr",
            "Cumhurbaşkanı Erdoğan'ın Menfi ile yaptığı görüşmede ikili ilişkiler ele alındı.",
            (ERDOGAN, MENFI),
        ),
        (
            "tr",
            "Erdoğan, Dibeybe ile yaptığı görüşmede iki ülke ilişkilerini ele aldı.",
            (ERDOGAN, DBEIBAH),
        ),
        # "جمعه": the meeting that brought *him* together with Dbeibah
        ("ar", "وقال أردوغان إن اللقاء الذي جمعه بالدبيبة كان مثمرا.", (ERDOGAN, DBEIBAH)),
        # a contact verb of the sentence's own outside the clause
        ("ar", "واستقبل أردوغان الدبيبة في أنقرة، في اللقاء الذي جمع الوفدين.", (ERDOGAN, DBEIBAH)),
    ],
)
def test_a_party_to_the_meeting_stays_one(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    pair: tuple[str, str],
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text, lang)
