"""People the KB lacks, named by an Arab given name no everyday word shares and a
family name (arabic_names.py, ``given_names`` of ar_names.yaml, entar3): members of
the HoR and HCS, mayors, spokesmen, analysts, men and women, after a title, in a list
or before an apposed role; on invented sentences unlike any excerpt, with the words
left out of the list because they are common words."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

SHAPE = ("person:shape:", "person:pattern:")


def _shaped(detector: EntityDetector, text: str) -> list[str]:
    return sorted(
        m.text
        for ent in detector.detect(fold(text), "ar")
        if ent.type == "PERSON" and ent.id.startswith(SHAPE)
        for m in ent.mentions
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وطالب عضو مجلس النواب ناجي الزوي بجلسة مساءلة.", "ناجي الزوي"),
        ("وفازت بالمقعد كل من سعاد بن عامر ونعيمة القماطي.", "نعيمة القماطي"),
        ("وقال الخبير النفطي منذر الشحومي إن الصادرات تراجعت.", "منذر الشحومي"),
        ("وأوضحت سميرة الفرجاني رئيسة الجمعية أن المساعدات وصلت.", "سميرة الفرجاني"),
        ("وأكدت الناشطة لمياء الترهوني أن الحملة مستمرة.", "لمياء الترهوني"),
        ("وقال المحامي شعيب القبي إن الطعن قدم.", "شعيب القبي"),
        ("وصرح مهند الجبالي مدير المكتب الإعلامي بأن الزيارة أرجئت.", "مهند الجبالي"),
        ("وشاركت في الورشة عبير الصغير ممثلة عن البلدية.", "عبير الصغير"),
        # Arab and Turkish given names as Gulf, Levantine and Turkish-Arabic copy writes them
        ("وقال المحلل الأردني عدنان الحياري إن الوساطة مستمرة.", "عدنان الحياري"),
        ("وأكد رجل الأعمال سدات أيدمير أن الاستثمارات ستتضاعف.", "سدات أيدمير"),
        ("وحضر اللقاء السفير السابق تورغوت سيزر.", "تورغوت سيزر"),
    ],
)
def test_names_with_these_given_names_are_found(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert name in _shaped(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # the given names left out as words: kindergartens, "in the name of", a unique
        # chance, "forbade", "high-standing"
        "وافتتحت الوزارة رياض الأطفال في المدينة القديمة.",
        "وقال المتحدث باسم الحكومة الليبية إن القرار نهائي.",
        "وهي فرصة فريدة لتطوير القطاع.",
        "ونهى المجلس البلدي عن البناء العشوائي.",
        # a listed given name before a word that is no family name
        "وقال إن سامي المقام لا يليق به ذلك.",
        # a listed given name that is an adjective here, a verb after it
        "وكل جندي باسل يدافع عن الوطن.",
    ],
)
def test_common_words_start_no_name(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []
