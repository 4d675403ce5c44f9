"""A person news copy quotes without an office, introduced by a descriptor (issue
#12, entcls): "المحلل السياسي X", "الخبير العسكري X", "الكاتب الصحفي X", "الناشطة
الحقوقية X". Right after the descriptor and its adjectives a name may start whatever
its given name; probes written before reading any excerpt (18 names of this shape:
12 found before the rule, all 18 after). The cases it must leave alone: a descriptor
that is the verb's subject with its object after it, a clause or a preposition after
it, and no country for the person found (an analyst is no party to a contact)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

_shaped = partial(shaped_surfaces, lang="ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name no list holds, right after the descriptor and its field
        ("وقال الخبير العسكري رمزي الرميح إن الهدنة هشة.", "رمزي الرميح"),
        ("وأكدت الناشطة الحقوقية ريم البركي أن الانتهاكات مستمرة.", "ريم البركي"),
        ("ويرى الكاتب الصحفي ميلاد الحراثي أن الحكومة فقدت شرعيتها.", "ميلاد الحراثي"),
        # a nationality between descriptor and name
        ("وقال الباحث الليبي رضوان الفيتوري إن تركيا رسخت وجودها.", "رضوان الفيتوري"),
        ("ويرى المحلل الاقتصادي الليبي مروان الشريف أن الإنفاق تضاعف.", "مروان الشريف"),
        # the descriptor with a proclitic, a second descriptor as an adjective
        ("وفي تصريح للمدون نزار المقصبي، قال إن الكهرباء انقطعت.", "نزار المقصبي"),
        ("وقال المحامي عصام التاجوري إن القرار باطل.", "عصام التاجوري"),
        # a given name that is also a word (فرج "relief"), as after a title
        ("وأكد المحلل العسكري فرج دردور أن القوات لن تغادر.", "فرج دردور"),
        ("وقال الكاتب الصحفي السنوسي بسيكري إن الحكومة تواجه أزمة ثقة.", "السنوسي بسيكري"),
    ],
)
def test_a_name_after_a_descriptor_is_found(detector: EntityDetector, text: str, name: str) -> None:
    assert _shaped(detector, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the descriptor is the subject; its object follows (a noun in ة, the article)
        "واعتبر الباحث السياسي خطوة البرلمان غير قانونية.",
        "وأكد المحلل السياسي صحة الأنباء المتداولة.",
        "وأضاف المحلل الاقتصادي الدولار ارتفع في السوق الموازية.",
        "وانتقد المحامي الليبي قرار المحكمة العليا.",
        # a clause or a preposition after the descriptor
        "وقال المحلل السياسي إن الحكومة ضعيفة.",
        "وقال الكاتب الصحفي في مقال نشره أمس إن الوضع خطير.",
        "وقال الناشط المدني عبر صفحته إن الاحتجاجات مستمرة.",
        "وأشار المحلل السياسي التركي إلى تراجع نفوذ أنقرة.",
        # a rank or honorific between with no name after it
        "وقال الخبير العسكري اللواء المتقاعد إن المسيرات حسمت المعركة.",
        # a plural is no descriptor of one person
        "ويرى محللون سياسيون أن الاتفاق هش.",
        # the same words as adjectives of the noun before (dev ar-052, ar-29107 gave
        # two false persons before this guard)
        "وبحسب المكتب الإعلامي لرئيس الحكومة فقد أعرب الوزير عن ثنائه.",
        "جاء ذلك في مؤتمر صحفي مشترك عقده الوزير مع نظيره.",
        "وأفاد المركز الإعلامي لعملية البنيان المرصوص بأن القوات تقدمت.",
    ],
)
def test_no_name_where_the_descriptor_has_none(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []


def test_a_descriptor_gives_no_country(detector: EntityDetector) -> None:
    """A title's nationality gives an official a country; a descriptor's does not: the
    analyst is quoted, never a party to a contact."""
    text = "وقال المحلل السياسي الليبي رضوان الفيتوري إن أنقرة باقية."
    people = [e for e in detector.detect(fold(text), "ar") if e.id.startswith("person:shape:")]
    assert [(e.name, e.country) for e in people] == [("رضوان الفيتوري", None)]


def test_a_title_still_gives_its_country(detector: EntityDetector) -> None:
    text = "وقال السفير التركي الجديد أحمد قره داغ إن السفارة ستفتح."
    people = [e for e in detector.detect(fold(text), "ar") if e.id.startswith("person:shape:")]
    assert [e.country for e in people] == ["TR"]


_shaped_en = partial(shaped_surfaces, lang="en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # English: the descriptors copy quotes people by vouch for a capitalised name
        # as a title does, its first name listed or not
        ("Military expert Faraj Najm said the drones changed the battlefield.", "Faraj Najm"),
        ("Libyan military expert Ramzi Rumeih said the truce was fragile.", "Ramzi Rumeih"),
        ("Blogger Nizar Maqsabi posted photos of the damage.", "Nizar Maqsabi"),
        ("Lawyer Issam Tajouri said the ruling was void.", "Issam Tajouri"),
        ("Libyan commentator Marwan Sherif argued the budget had doubled.", "Marwan Sherif"),
    ],
)
def test_an_english_name_after_a_descriptor_is_found(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert _shaped_en(detector, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Security expert Crisis Group analysts disagreed.",
        "An expert Panel of the UN Security Council said arms flowed.",
        "Legal expert opinion was divided.",
        "The expert said the deal was fragile.",
        "The report's editor General Manager declined to comment.",
    ],
)
def test_no_english_name_where_the_descriptor_has_none(detector: EntityDetector, text: str) -> None:
    assert _shaped_en(detector, text) == []
