"""The two sides of a meeting named by their side, by the capital that sent a
delegation, or by "our" (issue #12, sides). Paraphrases, not excerpts, in the three
languages, with the negatives each rule must leave alone.

1. A joint meeting's report names each side's head ("the Libyan side was headed by X,
   and the Turkish side by Y"): the heads are the principals, also when the other
   side's head was named in the sentence before.
2. A delegation named by the country or capital that sent it ("وفدا من أنقرة",
   "Ankara'dan gelen heyet") is that country's delegation: its listed members met.
3. Turkish copy's own officials ("Cumhurbaşkanımız", "Dışişleri Bakanımız") are the
   Turkish holders named before, as "Türk bakan" is.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, MANGOUSH = "person:abdul-hamid-dbeibah", "person:najla-mangoush"
HAFTAR, SARRAJ = "person:khalifa-haftar", "person:fayez-al-sarraj"
BOLAT, CAVUSOGLU = "person:omer-bolat", "person:mevlut-cavusoglu"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
ERDOGAN = "person:recep-tayyip-erdogan"


def pairs(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, day: str
) -> set[str]:
    return {e.pair_key for e in events_in(detector, entities, text, lang, on_day(day))}


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        (
            "en",
            "2022-10-03",
            "The joint committee held its first session in Tripoli. The Libyan side was "
            "headed by Foreign Minister Najla Mangoush, and the Turkish side by Foreign "
            "Minister Mevlut Cavusoglu.",
            {pair_key(MANGOUSH, CAVUSOGLU)},
        ),
        (
            "en",
            "2024-05-03",
            "Libyan Prime Minister Abdul Hamid Dbeibah opened the business forum in Tripoli "
            "on Friday. Trade Minister Omer Bolat led the Turkish side.",
            {pair_key(DBEIBAH, BOLAT)},
        ),
        (
            "ar",
            "2022-10-03",
            "انطلقت أعمال اللجنة المشتركة في طرابلس. وترأس الجانب الليبي وزيرة الخارجية "
            "نجلاء المنقوش، فيما ترأس الجانب التركي وزير الخارجية مولود جاووش أوغلو.",
            {pair_key(MANGOUSH, CAVUSOGLU)},
        ),
        (
            "ar",
            "2024-05-03",
            "افتتح رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة منتدى الأعمال في طرابلس "
            "اليوم. ومن الجانب التركي، ترأس الوفد وزير التجارة عمر بولاط.",
            {pair_key(DBEIBAH, BOLAT)},
        ),
        (
            "tr",
            "2022-10-03",
            "Karma komisyonun ilk oturumunda Libya tarafına Dışişleri Bakanı Necla el-Menguş, "
            "Türk tarafına ise Dışişleri Bakanı Mevlüt Çavuşoğlu başkanlık etti.",
            {pair_key(MANGOUSH, CAVUSOGLU)},
        ),
        (
            "tr",
            "2024-05-03",
            "Libya Başbakanı Dibeybe dün Trablus'ta iş forumunu açtı. Türk heyetine ise "
            "Ticaret Bakanı Ömer Bolat başkanlık etti.",
            {pair_key(DBEIBAH, BOLAT)},
        ),
    ],
)
def test_the_heads_of_the_two_sides_met(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    day: str,
    text: str,
    expected: set[str],
) -> None:
    assert pairs(detector, entities, text, lang, day) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A third country's side: no Turkish head.
        (
            "en",
            "The Libyan side was headed by Abdul Hamid Dbeibah, and the Italian side by "
            "Giorgia Meloni. Omer Bolat was in Ankara.",
        ),
        (
            "ar",
            "وترأس الجانب الليبي عبد الحميد الدبيبة، فيما ترأس الجانب الإيطالي جورجيا ميلوني.",
        ),
        ("tr", "Libya tarafına Dibeybe, İtalya tarafına ise Meloni başkanlık etti."),
        # A side's attendees are no heads: the head of one side alone met nobody.
        ("ar", "وترأس الجانب الليبي الدبيبة. وحضر عن الجانب التركي السفير."),
    ],
)
def test_no_pair_of_heads_without_both_sides(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang, "2024-05-03") == set()


def test_members_beside_a_sides_head_attended() -> None:
    """Only the head of the Libyan side is a principal; "participated in the
    delegation" names members who attended (the article's first sentence names
    the other side's head in the next one)."""
    detector, entities = ContactDetector.default(), EntityDetector.default()
    text = (
        "وترأس الجانب الليبي وزيرة الخارجية نجلاء المنقوش، وشارك في الوفد الليبي كل من "
        "رئيس الحكومة عبد الحميد الدبيبة. ومن الجانب التركي، ترأس الاجتماع وزير الخارجية "
        "مولود جاووش أوغلو."
    )
    assert pairs(detector, entities, text, "ar", "2022-10-03") == {pair_key(MANGOUSH, CAVUSOGLU)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، اليوم الاثنين، وفدا رفيع "
            "المستوى من أنقرة. وضم الوفد وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر.",
        ),
        (
            "tr",
            "Dibeybe, dün Ankara'dan gelen üst düzey heyeti kabul etti. Heyette Dışişleri "
            "Bakanı Hakan Fidan ve Savunma Bakanı Yaşar Güler de yer aldı.",
        ),
        (
            "en",
            "Dbeibah on Monday welcomed a large delegation that arrived from Ankara. The "
            "delegation included Foreign Minister Hakan Fidan and Defence Minister Yasar "
            "Guler.",
        ),
    ],
)
def test_a_delegation_named_by_the_capital_that_sent_it(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    expected = {pair_key(DBEIBAH, FIDAN), pair_key(DBEIBAH, GULER)}
    assert pairs(detector, entities, text, lang, "2024-05-03") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "من" after a verb, not after the delegation: a Libyan delegation asked Turkey.
        (
            "ar",
            "استقبل الدبيبة وفدا برلمانيا طالب من تركيا بدعم أكبر. وضم الوفد هاكان فيدان.",
        ),
        # Returning from Ankara is no delegation from it.
        ("tr", "Dibeybe, Ankara'dan dönen bakanlarını kabul etti. Hakan Fidan Ankara'daydı."),
        # A third country's delegation.
        ("tr", "Dibeybe, İtalya'dan gelen heyeti kabul etti. Hakan Fidan Ankara'daydı."),
        (
            "en",
            "Dbeibah welcomed a delegation that arrived from Italy. Hakan Fidan was in Ankara.",
        ),
    ],
)
def test_no_delegation_of_a_country_that_sent_none(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang, "2024-05-03") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Savunma Bakanı Yaşar Güler ve Dışişleri Bakanı Hakan Fidan dün Trablus'a gitti. "
            "Dışişleri Bakanımız, Başbakan Dibeybe ile görüştü.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "Cumhurbaşkanı Erdoğan, Libya'daki son gelişmeleri değerlendirdi. "
            "Cumhurbaşkanımız, akşam saatlerinde Hafter'i kabul etti.",
            {pair_key(ERDOGAN, HAFTAR)},
        ),
        (
            "Cumhurbaşkanı Erdoğan İstanbul'daydı. Serrac, Cumhurbaşkanımızla "
            "Dolmabahçe'de bir araya geldi.",
            {pair_key(ERDOGAN, SARRAJ)},
        ),
    ],
)
def test_our_officials_are_the_turkish_holders(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text, "tr", "2024-05-03") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Nobody of that role named before: no guess.
        "Bakanımız, Dibeybe ile görüştü. Dışişleri Bakanı Hakan Fidan açıklama yaptı.",
        # A Turkish official of another role only.
        "Savunma Bakanı Yaşar Güler Ankara'daydı. Cumhurbaşkanımız, Dibeybe ile görüştü.",
        # "Our" of a word that is no role.
        "Hakan Fidan konuştu. Vatandaşlarımız Dibeybe ile görüştü.",
    ],
)
def test_our_officials_unresolved_without_a_holder_named_before(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text, "tr", "2024-05-03") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "التقى الدبيبة وفدا تركيا في طرابلس اليوم. ووصل الوفد الذي يرأسه هاكان فيدان "
            "صباحا إلى المطار.",
        ),
        (
            "en",
            "Dbeibah met a Turkish delegation in Tripoli on Monday. The delegation, which was "
            "headed by Foreign Minister Hakan Fidan, arrived in the morning.",
        ),
    ],
)
def test_a_relative_clause_on_the_delegation_names_its_members(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang, "2024-05-03") == {pair_key(DBEIBAH, FIDAN)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The delegation met was Italy's: the Turk named elsewhere is none of its members.
        (
            "ar",
            "التقى الدبيبة وفدا إيطاليا في طرابلس اليوم. ووصل الوفد الذي يرأسه أنطونيو "
            "تاياني صباحا، فيما كان هاكان فيدان في أنقرة.",
        ),
        (
            "en",
            "Dbeibah met an Italian delegation in Tripoli on Monday. The delegation, which "
            "was headed by Antonio Tajani, arrived as Hakan Fidan stayed in Ankara.",
        ),
    ],
)
def test_no_member_of_a_third_countrys_delegation(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert pairs(detector, entities, text, lang, "2024-05-03") == set()


def test_the_delegation_accompanying_a_named_head_is_his(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    """X, "and the delegation accompanying him", visited Türkiye; "the delegation met" Y:
    the bare delegation of the second sentence is X's."""
    text = (
        "زار عبد الحميد الدبيبة، والوفد المرافق له، تركيا أمس. والتقى الوفد في أنقرة مع "
        "وزير الخارجية هاكان فيدان."
    )
    assert pairs(detector, entities, text, "ar", "2024-05-03") == {pair_key(DBEIBAH, FIDAN)}


@pytest.mark.parametrize(
    "text",
    [
        # The delegation went to a third country; the Turk was elsewhere.
        "زار عبد الحميد الدبيبة، والوفد المرافق له، إيطاليا أمس. والتقى الوفد في روما مع "
        "وزير الخارجية أنطونيو تاياني. وكان هاكان فيدان في أنقرة.",
        # A visiting delegation of no named country: nobody of the other side.
        "استقبل الدبيبة الوفد الزائر في طرابلس اليوم. وكان أردوغان قد دعا إلى الحوار.",
    ],
)
def test_no_accompanying_delegation_of_the_other_side(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text, "ar", "2024-05-03") == set()
