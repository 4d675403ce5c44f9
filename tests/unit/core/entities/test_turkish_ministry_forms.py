"""Turkish forms of the KB's Turkish and Libyan ministries derived from their aliases
(org_forms.turkish_ministry_forms): the country's name or adjective before the
ministry ("Türk Savunma Bakanlığı", "T.C. Ticaret Bakanlığı"), the field cut to its
first word ("Türkiye Enerji Bakanlığı", "Tarım Bakanlığı") or without "Milli"; never a
cut field alone that names any country's ministry ("Savunma Bakanlığı"), nor another
country's ministry. Sentences written for the test, none from the real set."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.org_forms import _cut_fields
from wirewatch.core.textfold import fold


def _orgs(detector: EntityDetector, text: str, lang: str = "tr") -> dict[str, list[str]]:
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), lang)
        if e.type.value == "ORG"
    }


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        # "Milli" dropped, the country's adjective or name before it
        ("Türk Savunma Bakanlığı, Libyalı subayların eğitiminin sürdüğünü bildirdi.",
         "org:tr-mod", "Türk Savunma Bakanlığı"),
        ("Türkiye Savunma Bakanlığı'nın açıklamasına göre tatbikat Trablus'ta yapıldı.",
         "org:tr-mod", "Türkiye Savunma Bakanlığı"),
        ("T.C. Milli Eğitim Bakanlığı Libyalı öğrencilere burs verdi.",
         "org:tr-ministry-national-education", "T.C. Milli Eğitim Bakanlığı"),
        # the field cut at "ve" to its first word
        ("Türkiye Enerji Bakanlığı Libya ile doğal gaz mutabakatı imzaladı.",
         "org:tr-energy", "Türkiye Enerji Bakanlığı"),
        ("Türk Tarım Bakanlığı Libya'ya hububat ihracatını açıkladı.",
         "org:tr-ministry-agriculture", "Türk Tarım Bakanlığı"),
        # alone too, where the KB holds the full name alone as Turkish text's own
        ("Enerji Bakanlığından yapılan açıklamada Libya sahalarına değinildi.",
         "org:tr-energy", "Enerji Bakanlığı"),
        ("Hazine Bakanlığı Libya ile ödeme protokolünü onayladı.",
         "org:tr-treasury", "Hazine Bakanlığı"),
        # the adjective before an alias already held: the span takes it in
        ("Türk Dışişleri Bakanlığı Libya'daki çatışmaları kınadı.",
         "org:tr-mfa", "Türk Dışişleri Bakanlığı"),
        # a Libyan ministry's cut field after "Libya"
        ("Libya Sanayi Bakanlığı Türk yatırımcılarla toplandı.",
         "org:ly-ministry-industry", "Libya Sanayi Bakanlığı"),
        ("Libya Konut Bakanlığı Türk müteahhitlerin projelerini inceledi.",
         "org:ly-ministry-housing", "Libya Konut Bakanlığı"),
    ],
)  # fmt: skip
def test_a_derived_form_names_its_ministry(
    detector: EntityDetector, text: str, entity_id: str, mention: str
) -> None:
    assert mention in _orgs(detector, text).get(entity_id, [])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a field with "Milli" dropped, alone: any country's defence ministry
        ("Savunma Bakanlığı yeni bir açıklama yaptı.", "org:tr-mod"),
        # another country's ministry keeps its own country
        ("Rusya Savunma Bakanlığı Libya'daki paralı askerleri yalanladı.", "org:tr-mod"),
        ("Libya Savunma Bakanlığı Türk heyetini ağırladı.", "org:tr-mod"),
        ("Libya Enerji Bakanlığı kurulmasına ilişkin tartışma sürüyor.", "org:tr-energy"),
    ],
)
def test_a_form_of_another_country_or_too_short_stays_off(
    detector: EntityDetector, text: str, absent: str
) -> None:
    assert absent not in _orgs(detector, text)


def test_the_turkish_forms_are_turkish_texts_only(detector: EntityDetector) -> None:
    text = "Analysts quoted the Türk Savunma Bakanlığı statement on Libya."
    assert "org:tr-mod" in _orgs(detector, text, "tr")
    assert "org:tr-mod" not in _orgs(detector, text, "en")


def test_cut_fields_keeps_dropped_word_forms_prefixed() -> None:
    heads, dropped = frozenset({"bakanlığı"}), frozenset({"milli"})
    assert _cut_fields("Milli Savunma Bakanlığı", heads, dropped) == [
        ("Milli Savunma Bakanlığı", False),
        ("Savunma Bakanlığı", False),
    ]
    assert _cut_fields("Enerji ve Tabii Kaynaklar Bakanlığı", heads, dropped) == [
        ("Enerji ve Tabii Kaynaklar Bakanlığı", False),
        ("Enerji Bakanlığı", True),
    ]
    # a name with no ministry head derives nothing
    assert _cut_fields("Kara Kuvvetleri Komutanlığı", heads, dropped) == []
