"""A contact whose partner is a third country's person ("مع نظيره الروسي لافروف", "with
the US ambassador") makes no Turkey-Libya pair of the persons named after that partner:
they are what was said (issue #12, class "third-country contact"). Persons joined to
the partner by "and", or with a verb of their own right before them, stay parties. A
person followed by "بنظيره" and a third country's adjective met that country: no party.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN, FIDAN = (
    "person:abdul-hamid-dbeibah",
    "person:recep-tayyip-erdogan",
    "person:hakan-fidan",
)


pairs = pairs_on("2024-05-10", article_id="third")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "وأجرى وزير الخارجية التركي هاكان فيدان اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف "
            "بحث خلاله تطورات الأوضاع في ليبيا بعد تصريحات حفتر.",
        ),
        (
            "ar",
            "وخلال لقائه مع السفير الأمريكي ريتشارد نورلاند، أشاد الدبيبة بدور الرئيس التركي "
            "رجب طيب أردوغان في دعم الاستقرار.",
        ),
    ],
)
def test_who_is_named_after_a_third_countrys_partner_is_no_party(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وبحث الدبيبة مع وزير الخارجية الإيطالي أنطونيو تاياني ونظيره التركي هاكان فيدان "
            "ملف الهجرة.",
            (DBEIBAH, FIDAN),
        ),
        ("والتقى أردوغان مع بوتين، ثم التقى الدبيبة في اليوم نفسه.", (DBEIBAH, ERDOGAN)),
        (
            "بحث أردوغان مع الدبيبة بحضور السفير الأمريكي ريتشارد نورلاند ملف الانتخابات.",
            (DBEIBAH, ERDOGAN),
        ),
    ],
)
def test_a_party_joined_to_the_partner_or_with_its_own_verb_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "واستقبل أردوغان رئيس الوزراء المصري، بعد يومين من لقاء الدبيبة بنظيره الإيطالي في روما.",
        "والتقى الدبيبة في روما رئيسة الوزراء الإيطالية جورجا ميلوني، بعد يوم من لقاء فيدان "
        "بنظيره المصري.",
    ],
)
def test_a_person_who_met_a_third_countrys_counterpart_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text, "ar") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the counterpart is of the other watched side
        (
            "وبحث وزير الخارجية التركي هاكان فيدان مع نظيرته الليبية نجلاء المنقوش العلاقات.",
            (FIDAN, "person:najla-mangoush"),
        ),
        # "and his Qatari counterpart": a second principal beside the Turkish one
        (
            "وبحث الدبيبة مع وزير الدفاع التركي يشار غولر ونظيره القطري خالد العطية التعاون.",
            (DBEIBAH, "person:yasar-guler"),
        ),
        # the counterpart met by a pronoun's referent, not by a named party
        ("واستقبل أردوغان الدبيبة في أنقرة، بعد لقائه بنظيره الروسي.", (DBEIBAH, ERDOGAN)),
    ],
)
def test_a_watched_or_coordinated_counterpart_leaves_the_pair(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text, "ar")


SARRAJ, HAFTAR = "person:fayez-al-sarraj", "person:khalifa-haftar"


@pytest.mark.parametrize(
    "text",
    [
        # verb last: the Libyan after the partner's own verb is what was talked about
        "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile görüşmesinde Hafter'in "
        "durumunu ele aldı.",
        "Cumhurbaşkanı Erdoğan, Trump ile telefonda görüştüğünü ve Hafter'i konuştuklarını "
        "söyledi.",
        "Dışişleri Bakanı Fidan, Lavrov ile yaptığı telefon görüşmesinde Dibeybe hükümetinin "
        "tutumunu konuştu.",
    ],
)
def test_verb_last_who_follows_a_third_partners_verb_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text, "tr") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the object of a reception right after the Libyan, or "ile" after them
        ("Erdoğan, Putin ile görüştükten sonra Serrac'ı kabul etti.", (ERDOGAN, SARRAJ)),
        ("Erdoğan, Putin ile görüştükten sonra Serrac ile de bir araya geldi.", (ERDOGAN, SARRAJ)),
        # no verb of the partner's between: nothing to go by, the contact stands
        ("Erdoğan, Putin ve Hafter ile görüştü.", (ERDOGAN, HAFTAR)),
    ],
)
def test_verb_last_a_libyan_with_a_verb_or_cue_of_their_own_stays_a_party(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text, "tr")
