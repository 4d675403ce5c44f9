"""Turkish people the KB lacks, found by their name's shape (issue #12, turknames):
in English and Turkish copy a listed Turkish given name and one or two capitalised
words; in Arabic script Turkish given names and family-name shapes. Tested on made-up
names in phrasings unlike the real excerpts, and on institutions, places, operations,
KB people and middle names of the same shape, which the passes must leave alone."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.turkish_names import turkish_shaped_names
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str, lang: str) -> dict[str, str | None]:
    """Every person found, by name: a title pattern may find a titled name first."""
    return {e.name: e.country for e in detector.detect(fold(text), lang) if e.type == "PERSON"}


def _shaped(detector: EntityDetector, text: str, lang: str) -> dict[str, str | None]:
    return {
        e.name: e.country
        for e in detector.detect(fold(text), lang)
        if e.id.startswith("person:shape:")
    }


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Talks were chaired by Serkan Dumlupınar in Izmir.", "Serkan Dumlupınar"),
        ("en", "said Gülsüm Karaosmanoğlu, who runs the exporters' union", "Gülsüm Karaosmanoğlu"),
        ("tr", "Heyete Yakup Sarıbaş'ın başkanlık ettiği öğrenildi.", "Yakup Sarıbaş"),
        ("tr", "Toplantıya Ayşe Nur Tekinalp de katıldı.", "Ayşe Nur Tekinalp"),
        ("tr", "Şirket adına Huseyin Kocabiyik konuştu.", "Huseyin Kocabiyik"),
        ("tr", "Firmanın sahibi Tolga Erdem Uysal’a göre ihracat arttı.", "Tolga Erdem Uysal"),
    ],
)
def test_a_turkish_name_of_the_shape_is_a_person(
    detector: EntityDetector, lang: str, text: str, name: str
) -> None:
    assert list(_shaped(detector, text, lang)) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # institutions and places named after people
        ("tr", "Öğrenciler Mehmet Akif Ersoy Üniversitesi'nde toplandı."),
        ("tr", "Konvoy Kemal Sunal Caddesi üzerinden geçti."),
        ("en", "The flight landed at Sabiha Gökçen Airport late at night."),
        ("en", "He prayed at the Ahmet Hamdi Mosque."),
        # a given name alone, two given names, a lower-case word, a day after it
        ("tr", "Mehmet'in dediğine göre görüşme sürdü."),
        ("tr", "Toplantıda Mehmet Ali ile görüştüler."),
        ("en", "Kerem said nothing, and Hakan left."),
        ("tr", "Kadir bey geldi, Emre Pazartesi gidecek."),
        # given and middle names of a known person: not a second person
        ("en", "He called Fayez Mustafa Sarraj on the phone."),
        # a KB person of the same shape
        ("en", "Foreign Minister Mevlüt Çavuşoğlu arrived."),
    ],
)
def test_institutions_places_and_partial_names_are_left_alone(
    detector: EntityDetector, lang: str, text: str
) -> None:
    assert _shaped(detector, text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", "the Turkish Deputy Trade Minister Sedat Korkmazer said", "Sedat Korkmazer", "TR"),
        ("en", "Turkey's ambassador to Libya, Kerem Ulusoy, said", "Kerem Ulusoy", "TR"),
        ("en", "Libya's deputy minister Dr. Kamil Seref spoke", "Kamil Seref", "LY"),
        ("en", "the Turkish trade adviser Ercan Dilsiz said", "Ercan Dilsiz", "TR"),
        ("tr", "Türk Ticaret Bakan Yardımcısı Kürşat Kaynak ile", "Kürşat Kaynak", "TR"),
        # the institution or the city of the title gives the country
        ("en", "Misrata Municipal Council head Nedim Kaya said", "Nedim Kaya", "LY"),
        ("en", "Misrata's deputy mayor Nedim Kaya said", "Nedim Kaya", "LY"),
        # no title, or a verb between title and name: no country
        ("en", "The Libyan minister met Orhan Gencer in Ankara.", "Orhan Gencer", None),
        ("tr", "Türk heyeti Yusuf Dalkıran tarafından yönetildi.", "Yusuf Dalkıran", None),
        ("en", "a delegation led by Selim Ayvazoğlu", "Selim Ayvazoğlu", None),
    ],
)
def test_the_title_right_before_gives_the_country(
    detector: EntityDetector, lang: str, text: str, name: str, country: str | None
) -> None:
    assert _people(detector, text, lang) == {name: country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("turkiye'nin bingazi baskonsolosu kursat kaynak", None),
        ("turkiye'nin trablus buyukelcisi kursat kaynak", None),
        ("turk ticaret bakan yardimcisi kursat kaynak", "TR"),
    ],
)
def test_an_envoys_title_gives_no_country(text: str, country: str | None) -> None:
    """An envoy stands among his own delegation's greeters in visit coverage: his title
    gives the name no country, so he makes no contact event (a minister's does)."""
    rule = turkish_shaped_names("tr")
    assert rule is not None
    marks = [(0, text.index(" "), "TR")]
    assert rule.country_before(text, text.index("kursat"), marks) == country


def test_only_english_and_turkish_copy_is_read() -> None:
    assert turkish_shaped_names("ar") is None
    assert turkish_shaped_names("en") is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال خليل أوزجان إن الوفد وصل", "خليل أوزجان"),
        ("وصرح أردال طوبراق بأن المعرض ناجح", "أردال طوبراق"),
        # "-oğlu" written apart is part of the family name (session 14: the real
        # set's gold names "مجاهد دورموش أوغلو" whole)
        ("التقى الوفد فولكان قره أوغلو", "فولكان قره أوغلو"),
        ("أعلن ليفنت بايرقدار أوغلو عن المشروع", "ليفنت بايرقدار أوغلو"),
        # a second given name before the given name: "Özgür Volkan ..."
        ("وحضر أوزكر فولكان طاشدمير الحفل", "أوزكر فولكان طاشدمير"),
    ],
)
def test_turkish_names_in_arabic_script(detector: EntityDetector, text: str, name: str) -> None:
    assert list(_shaped(detector, text, "ar")) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # verbal nouns of a family name's shape not ending so stay verbal nouns
        "وأكد خليل إقرار الاتفاق",
        "وطالب خليل استمرار الدعم",
    ],
)
def test_verbal_nouns_are_no_turkish_family_names(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text, "ar") == {}
