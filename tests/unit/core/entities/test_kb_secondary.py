"""Lower-rank and economic actors of Turkey–Libya coverage (central-bank governors, the
banking regulator, contractors, mayors, parliament and council members): named in
full they link in every language; the surnames that are Turkish or Arabic words
(Uysal "compliant", بيت المال "the treasury") do not link alone."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("بحث محافظ البنك المركزي التركي مراد أويصال الملفات المالية.", "ar", "person:murat-uysal"),
        ("Merkez Bankası Başkanı Şahap Kavcıoğlu açıklama yaptı.", "tr", "person:sahap-kavcioglu"),
        ("التقى شهاب كافجي أوغلو وفدا ليبيا في أنقرة.", "ar", "person:sahap-kavcioglu"),
        ("Governor Fatih Karahan kept rates on hold.", "en", "person:fatih-karahan"),
        ("Erdem Başçı faiz kararını açıkladı.", "tr", "person:erdem-basci"),
        ("BDDK yeni düzenlemeyi duyurdu.", "tr", "org:tr-bddk"),
        ("وفد من اتحاد المقاولين الأتراك يزور طرابلس.", "ar", "org:tr-contractors-association"),
        (
            "Kayseri Büyükşehir Belediyesi Misrata ile kardeş şehir oldu.",
            "tr",
            "org:tr-kayseri-municipality",
        ),
        ("Memduh Büyükkılıç Misrata'yı ziyaret etti.", "tr", "person:memduh-buyukkilic"),
        ("MP Ziad Daghim told reporters the visit went well.", "en", "person:ziad-daghim"),
        (
            "قال عضو المجلس الأعلى للدولة أبو القاسم قزيط إن الحوار مستمر.",
            "ar",
            "person:abulqasim-gzeit",
        ),
        (
            "استقبل عميد بلدية مصراتة محمود السقوطري الوفد التركي.",
            "ar",
            "person:mahmoud-al-saqoutri",
        ),
        (
            "استقبل عميد بلدية طرابلس عبد الرؤوف بيت المال السفير.",
            "ar",
            "person:abdulrauf-beitelmal",
        ),
        ("وزار إبراهيم بن رجب أنقرة مع الوفد العسكري.", "ar", "person:ibrahim-bin-rajab"),
        (
            "HoR spokesman Abdullah Belhaq said the session was postponed.",
            "en",
            "person:abdullah-bliheg",
        ),
        (
            "Consul Serkan Karmanlioglu met officials in Benghazi.",
            "en",
            "person:serkan-kirmanlioglu",
        ),
    ],
)
def test_a_secondary_actor_named_in_full_links(
    detector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("Uysal bir tavırla toplantıya katıldı.", "tr", "person:murat-uysal"),
        ("وتم تحويل الأموال إلى بيت المال.", "ar", "person:abdulrauf-beitelmal"),
    ],
)
def test_a_surname_that_is_a_word_does_not_link_alone(
    detector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id not in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("استقبل الرئيس أردوغان رئيس غامبيا أداما بارو في أنقرة.", "ar", "person:adama-barrow"),
        (
            "Erdoğan, Nijer'in lideri Abdurrahmane Tiani ile görüştü.",
            "tr",
            "person:abdourahamane-tchiani",
        ),
        ("Somali Cumhurbaşkanı Hasan Şeyh Mahmud Ankara'da.", "tr", "person:hassan-sheikh-mohamud"),
        (
            "Mauritanian President Mohamed Ould Ghazouani arrived.",
            "en",
            "person:mohamed-ould-ghazouani",
        ),
        ("Ankara Valisi Vasip Şahin törene katıldı.", "tr", "person:vasip-sahin"),
    ],
)
def test_an_african_leader_or_a_governor_named_in_full_links(
    detector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وحضر قائد القوات البحرية عبد الحكيم أبو حالية الاجتماع.", "person:abdulhakim-abuhalia"),
        ("وقال صلاح الدين عبد الله النمروش إن التدريب مستمر.", "person:salah-al-namroush"),
        ("وحضر السفير التركي عثمان كوراي أرطاش المراسم.", "person:osman-koray-ertas"),
    ],
)
def test_arabic_spellings_with_a_long_vowel_or_the_fathers_name_link(
    detector, text: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        (
            "Sağlık Bakanı Fahrettin Koca Libyalı yaralıları ziyaret etti.",
            "tr",
            "person:fahrettin-koca",
        ),
        ("وقع وزير العدل التركي يلماز تونتش مذكرة تفاهم.", "ar", "person:yilmaz-tunc"),
        ("Education Minister Yusuf Tekin met his Libyan counterpart.", "en", "person:yusuf-tekin"),
    ],
)
def test_a_cabinet_minister_named_in_full_links(
    detector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, lang)


def test_a_ministers_surname_that_is_a_word_does_not_link_alone(detector) -> None:
    # Koca is "husband", Bak "look": no bare surname in the KB
    ids = ids_of(detector, "Koca bir kalabalık toplandı, bak dedi.", "tr")
    assert not ids & {"person:fahrettin-koca", "person:osman-askin-bak"}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("استقبل رئيس الأركان السفير التركي لدى ليبيا بيقتش في طرابلس.", "person:guven-begec"),
        ("وذكر بيان لرئاسة الوزراء الليبية أن الاجتماع ناقش التعاون.", "org:ly-pm-office"),
    ],
)
def test_an_ambassadors_arabic_surname_and_the_libyan_pm_office_link(
    detector, text: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, "ar")
