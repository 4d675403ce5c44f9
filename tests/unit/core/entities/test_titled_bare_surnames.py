"""A KB person's surname alone right after a title that fits his office ("الوزير
بولات", "Minister Bolat", "Bakan Bolat") links him when he is the one bearer of the
surname who held that kind of office (on the article's day; ever, undated), whether
or not the article names his country (bare_holders.py). Invented copy in the styles
of wire, state and Gulf/Maghreb press and Turkish dailies; none from the real set."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import people, people_on
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

DAY = "2024-05-01"  # Bolat, Fidan, Güler, Bayraktar, Şimşek in office


def undated(detector: EntityDetector, linker: RoleLinker, text: str, lang: str) -> set[str]:
    folded = fold(text)
    return set(people(linker.link_undated(folded, lang, detector.detect(folded, lang))))


LINKED = [
    # Arabic: a bare minister's title, the article naming no Turkey
    ("ar", "وقال الوزير بولات إن حجم التبادل التجاري مع ليبيا سيرتفع.", "person:omer-bolat"),
    ("ar", "وأشار الوزير شيمشك إلى خفض التضخم خلال العام المقبل.", "person:mehmet-simsek"),
    ("ar", "وشارك الوزير بيرقدار في منتدى الطاقة بطرابلس.", "person:alparslan-bayraktar"),
    ("ar", "ونقل بيان عن الوزير بولات ترحيبه بالوفد الليبي.", "person:omer-bolat"),
    ("ar", "كما التقى الوزير شيمشك رجال أعمال من مصراتة.", "person:mehmet-simsek"),
    ("ar", "وقال الوزير الطرابلسي إن الخطة الأمنية جاهزة.", "person:imad-trabelsi"),
    ("ar", "وأكد السفير القليب أن العلاقات مع أنقرة متينة.", "person:mustafa-al-qulaib"),
    ("ar", "واستقبل السفير القليب وفدا من رجال الأعمال.", "person:mustafa-al-qulaib"),
    # a proclitic on the title: and, to, with
    ("ar", "وفي تصريح للوزير بولات، أشاد بالمعرض الليبي التركي.", "person:omer-bolat"),
    ("ar", "ورافق الوفد والوزير شيمشك في جولته بمصراتة.", "person:mehmet-simsek"),
    ("ar", "والتقى رئيس الغرفة بالسفير القليب في مقر السفارة.", "person:mustafa-al-qulaib"),
    # English: a title whose office the article's countries do not name
    ("en", "Minister Bolat met Libyan businessmen in Misrata.", "person:omer-bolat"),
    ("en", "Trade Minister Bolat said bilateral trade with Libya would grow.", "person:omer-bolat"),
    ("en", "Finance Minister Simsek told investors in Tripoli inflation would fall.",
     "person:mehmet-simsek"),
    ("en", "Energy Minister Bayraktar signed the memorandum in Tripoli.",
     "person:alparslan-bayraktar"),
    ("en", "Interior Minister Trabelsi announced new checkpoints.", "person:imad-trabelsi"),
    # Turkish
    ("tr", "Bakan Bolat, Libyalı iş insanlarıyla Misrata'da görüştü.", "person:omer-bolat"),
    ("tr", "Ticaret Bakanı Bolat, Trablus fuarını gezdi.", "person:omer-bolat"),
    ("tr", "Bakan Şimşek, Libya heyetini kabul etti.", "person:mehmet-simsek"),
    ("tr", "Hazine ve Maliye Bakanı Şimşek, yatırımcılarla bir araya geldi.",
     "person:mehmet-simsek"),
    ("en", "Speaking in Benghazi, Minister Simsek said reforms were on track.",
     "person:mehmet-simsek"),
    # a rank for an officer
    ("tr", "Orgeneral Güler, Trablus'ta incelemelerde bulundu.", "person:yasar-guler"),
    ("en", "Field Marshal Haftar received the Turkish delegation.", "person:khalifa-haftar"),
    ("ar", "واستقبل المشير حفتر الوفد التركي في الرجمة.", "person:khalifa-haftar"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "person"), LINKED)
def test_a_surname_after_a_fitting_title_links_on_the_day(
    detector, linker, lang, text, person
) -> None:
    assert person in people_on(detector, linker, text, lang, DAY)


@pytest.mark.parametrize(("lang", "text", "person"), LINKED)
def test_a_surname_after_a_fitting_title_links_undated(
    detector, linker, lang, text, person
) -> None:
    assert person in undated(detector, linker, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "day", "person"),
    [
        # two KB defence ministers called al-Barghathi: the day picks the one in office
        ("ar", "وقال وزير الدفاع البرغثي إن الجيش موحد.", "2016-06-01", "person:mahdi-al-barghathi"),
        ("ar", "وقال الوزير البرغثي إن الجيش موحد.", "2013-02-01", "person:mohammed-al-barghathi"),
        ("en", "Defence Minister Barghathi inspected the base.", "2016-06-01",
         "person:mahdi-al-barghathi"),
    ],
)  # fmt: skip
def test_a_shared_surname_goes_to_the_bearer_in_office_that_day(
    detector, linker, lang, text, day, person
) -> None:
    assert person in people_on(detector, linker, text, lang, day)


BARGHATHIS = {"person:mahdi-al-barghathi", "person:mohammed-al-barghathi"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقال الوزير البرغثي إن الجيش موحد."),
        ("ar", "وأكد وزير الدفاع البرغثي دعم المسار."),
    ],
)
def test_two_bearers_of_the_title_and_no_day_link_nothing(detector, linker, lang, text) -> None:
    assert not BARGHATHIS & undated(detector, linker, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "day", "person"),
    [
        # neither defence minister called al-Barghathi was in office in 2020
        ("ar", "وقال الوزير البرغثي إن الجيش موحد.", "2020-06-01", "person:mahdi-al-barghathi"),
        # a title that does not fit the office: Bolat was never an ambassador or mayor,
        # Fidan never an ambassador
        ("ar", "وقال السفير بولات إن السفارة تعمل.", DAY, "person:omer-bolat"),
        ("en", "Ambassador Bolat presented his credentials in Tripoli.", DAY, "person:omer-bolat"),
        ("en", "Mayor Bolat opened the new park in Kayseri.", DAY, "person:omer-bolat"),
        ("tr", "Büyükelçi Bolat, Trablus'ta güven mektubunu sundu.", DAY, "person:omer-bolat"),
        ("en", "Ambassador Fidan of Azerbaijan spoke at the forum.", DAY, "person:hakan-fidan"),
        # Bolat took office in June 2023: a minister Bolat in 2020 is someone else
        ("ar", "وقال الوزير بولات إن حجم التبادل سيرتفع.", "2020-05-01", "person:omer-bolat"),
        # another given name before the surname: not the KB's person
        ("ar", "وقال الوزير أحمد بولات إن المجلس سيجتمع.", DAY, "person:omer-bolat"),
        ("en", "Minister Ahmet Bolat of the regional council spoke.", DAY, "person:omer-bolat"),
        ("tr", "Bakan Yardımcısı Ahmet Bolat toplantıya katıldı.", DAY, "person:omer-bolat"),
        ("ar", "والتقى السفير عمر القليبي رجال الأعمال.", DAY, "person:mustafa-al-qulaib"),
        # a military rank does not fit a trade minister
        ("ar", "وقال اللواء بولات إن القوات جاهزة.", DAY, "person:omer-bolat"),
        ("en", "General Bolat said the troops were ready.", DAY, "person:omer-bolat"),
        ("tr", "Orgeneral Bolat, tatbikatı izledi.", DAY, "person:omer-bolat"),
    ],
)  # fmt: skip
def test_left_alone(detector, linker, lang, text, day, person) -> None:
    assert person not in people_on(detector, linker, text, lang, day)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a word after the title is no surname: no one found
        ("ar", "وقال الوزير السابق إن الحكومة فشلت في إدارة الملف."),
        ("ar", "وأكد السفير الجديد أن السفارة ستفتح أبوابها."),
        ("en", "The minister said the ambassador would return on Monday."),
        ("ar", "وقال الوزير المكلف إن الوزارة ستصدر بيانا."),
        ("tr", "Bakan, büyükelçinin pazartesi döneceğini söyledi."),
    ],
)
def test_no_person_from_a_title_and_a_word(detector, linker, lang, text) -> None:
    assert people_on(detector, linker, text, lang, DAY) == {}
    assert undated(detector, linker, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a rank before an officer's (or an army spokesman's) surname keeps him: the
        # rank's fits (office_titles.yaml) are wide on purpose
        ("ar", "وقال اللواء المسماري إن القوات جاهزة.", "person:ahmed-al-mismari"),
        ("tr", "Orgeneral Güler açıklama yaptı.", "person:yasar-guler"),
        ("en", "General Haftar said the offensive would go on.", "person:khalifa-haftar"),
    ],
)
def test_a_rank_keeps_an_officer(detector, linker, lang, text, person) -> None:
    assert person in people_on(detector, linker, text, lang, DAY)
