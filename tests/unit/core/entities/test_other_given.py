"""A one-word person alias right after a given name that is not that person's names
someone else (``other_given``): not linked to the best-known bearer; the person's own
given and middle names, titles and sentence starts keep the link."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (  # the Turkish consul in Benghazi, not the foreign minister
            "Türkiye'nin Bingazi Başkonsolosu Ali Davutoğlu havalimanında heyeti karşıladı.",
            "tr",
            "person:ahmet-davutoglu",
        ),
        (  # suffixed, another given name
            "Libya heyetini Mehmet Davutoğlu'nun evinde ağırladılar.",
            "tr",
            "person:ahmet-davutoglu",
        ),
        (
            "The consul Ali Davutoglu met reporters in Benghazi.",
            "en",
            "person:ahmet-davutoglu",
        ),
        # Arabic script: no capitals, the given name alone tells (Binali Yıldırım's
        # one-word Arabic alias after another man's given name)
        ("أفاد مدير المدرسة أحمد يلدريم بأن الدراسة ستستأنف.", "ar", "person:binali-yildirim"),
        ("حضر الاجتماع السفير ومحمد يلدريم من الجالية.", "ar", "person:binali-yildirim"),
        # (issue #12, varrank) a family surname (the KB's ``surnames``), with the
        # family's article between: an analyst, a columnist, a reporter of the name
        (
            "Writing for the Atlantic Council, Hafed al-Ghwell argued the accord was fragile.",
            "en",
            "person:khalifa-al-ghawil",
        ),
        ("Hafed Al Ghwell, a Libyan economist, told the BBC.", "en", "person:khalifa-al-ghawil"),
        ("Köşe yazarı Mehmet Akar, tezkereyi yazısında eleştirdi.", "tr", "person:hulusi-akar"),
        ("The photographer Ahmet Akar covered the ceremony.", "en", "person:hulusi-akar"),
        ("وكتب حافظ الغويل مقالا عن الاتفاقية البحرية.", "ar", "person:salama-al-ghwail"),
        ("وكتب حافظ الغويل مقالا عن الاتفاقية البحرية.", "ar", "person:khalifa-al-ghawil"),
        # a given name ending in "al" holds no article: Jamal, Kemal, Bilal
        ("Their spokesman Jamal Menfi denied the report.", "en", "person:mohamed-menfi"),
        ("Sözcü Kemal Hafter iddiaları reddetti.", "tr", "person:khalifa-haftar"),
        # Arabic given names that are also words (عمر "age", صالح "fit", سعيد
        # "happy") are given names right after a descriptor or a title
        ("ونشر الكاتب عمر الدبيبة مقالا ينتقد فيه الحكومة.", "ar", "person:abdul-hamid-dbeibah"),
        ("ويرى المحلل الأمني صالح المسماري أن الهدنة هشة.", "ar", "person:ahmed-al-mismari"),
        ("ونقل المراسل سعيد حفتر صورا من بنغازي.", "ar", "person:khalifa-haftar"),
        # Ahmed and Hamid share their consonants, but not their first letter: Ahmed
        # is no middle name of Abdul Hamid Dbeibah's
        (
            "A cousin, Ahmed Dbeibah, runs the family's construction firm.",
            "en",
            "person:abdul-hamid-dbeibah",
        ),
    ],
)
def test_another_given_name_takes_the_surname(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert absent not in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("Dışişleri Bakanı Davutoğlu, Abdülcelil ile görüştü.", "tr", "person:ahmet-davutoglu"),
        ("Davutoğlu, Bingazi'ye gitti.", "tr", "person:ahmet-davutoglu"),
        ("Ahmet Davutoğlu Bingazi'de temaslarda bulundu.", "tr", "person:ahmet-davutoglu"),
        # a middle name the person owns, or a father's name inserted after the given name
        ("Libya Başbakanı Hamid Dabaiba, Fidan ile görüştü.", "tr", "person:abdul-hamid-dbeibah"),
        ("Halife Belkasım Hafter, Ankara'ya geldi.", "tr", "person:khalifa-haftar"),
        ("Turkish President Tayyip Erdogan spoke.", "en", "person:recep-tayyip-erdogan"),
        # the person's given name in another transliteration
        ("Erdogan spoke to Mohammad Menfi by phone.", "en", "person:mohamed-menfi"),
        # Arabic: the person's own given names, a father's name after them, and words
        # that spell a given name (أمام "in front of" as إمام, أمر "ordered")
        ("قال يلدريم إن أنقرة تتابع الوضع.", "ar", "person:binali-yildirim"),
        ("وصف بن علي يلدريم الزيارة بالمهمة.", "ar", "person:binali-yildirim"),
        # the family surname with the bearer's own given name, or alone after a title
        ("Khalifa al-Ghwell's government refused to leave.", "en", "person:khalifa-al-ghawil"),
        ("Bakan Akar, Trablus'ta askerleri ziyaret etti.", "tr", "person:hulusi-akar"),
        ("Hulusi Akar Trablus'ta askerleri ziyaret etti.", "tr", "person:hulusi-akar"),
        ("استقبل خليفة الغويل الوفد التركي.", "ar", "person:khalifa-al-ghawil"),
        # such a word after a descriptor but no name before the surname, or the
        # bearer's own given name after a title, keeps the link
        ("ورأى المحلل أن الدبيبة يسعى إلى البقاء.", "ar", "person:abdul-hamid-dbeibah"),
        ("وأكد المستشار عقيلة صالح رفضه للاتفاق.", "ar", "person:aguila-saleh"),
        ("وصرح المشير خليفة حفتر بأن قواته مستعدة.", "ar", "person:khalifa-haftar"),
        ("Premier Abdul Hamid Dbeibah flew to Istanbul.", "en", "person:abdul-hamid-dbeibah"),
        ("Ibrahim Dbeibah was sanctioned by the US Treasury.", "en", "person:ibrahim-dbeibah"),
        ("أشاد محمد عبد الحميد الدبيبة بالتعاون.", "ar", "person:abdul-hamid-dbeibah"),
        ("أشاد عبد الحميد محمد الدبيبة بالتعاون.", "ar", "person:abdul-hamid-dbeibah"),
        ("تحدث الصحفيون أمام أردوغان في القصر.", "ar", "person:recep-tayyip-erdogan"),
        ("أمر أردوغان بفتح المعبر.", "ar", "person:recep-tayyip-erdogan"),
        ("وأكد المتحدث بأن أردوغان سيسافر غدا.", "ar", "person:recep-tayyip-erdogan"),
    ],
)
def test_own_names_titles_and_sentence_starts_keep_the_link(
    detector: EntityDetector, text: str, lang: str, present: str
) -> None:
    assert present in ids_of(detector, text, lang)


def test_the_other_arabic_bearer_is_taken_as_an_unknown_person(
    detector: EntityDetector,
) -> None:
    """The Turkish consul in Benghazi is another Yıldırım: no KB link, and the Arabic
    name-shape pass keeps him as a person of his own."""
    text = "التقى القنصل التركي في بنغازي، محمد يلدريم، عميد بلدية المدينة."
    people = [e for e in detector.detect(fold(text), "ar") if e.type.value == "PERSON"]
    assert "person:binali-yildirim" not in {e.id for e in people}
    assert any(m.text == "محمد يلدريم" for e in people for m in e.mentions)
