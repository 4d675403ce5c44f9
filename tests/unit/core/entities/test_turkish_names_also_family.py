"""Given names that are as often family names (``also_family`` in turkish_names.yaml:
Yılmaz, Şahin ...) end a shaped Turkish name as its family name: "Ahmet Yılmaz" was
dropped whole as two given names, "Fatma Meriç Yılmaz" cut before Yılmaz. Made-up
people in sentences written for the test; KB people and a second given name before a
family name are left as they were."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> dict[str, list[str]]:
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), "tr")
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trablus Ticaret Müşaviri Ahmet Yılmaz Libyalı iş insanlarıyla görüştü.",
         "Ahmet Yılmaz"),
        ("Vali Hasan Hüseyin Yılmaz Libyalı öğrencileri makamında ağırladı.",
         "Hasan Hüseyin Yılmaz"),
        ("Kızılay Genel Müdürü Zehra Nur Şahin Bingazi'deki depoyu gezdi.", "Zehra Nur Şahin"),
        ("Konsolos Yardımcısı Murat Erdem'in Misrata'daki temasları sürüyor.", "Murat Erdem"),
    ],
)  # fmt: skip
def test_the_family_name_ends_the_shaped_name(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert [name] in _people(detector, text).values()


@pytest.mark.parametrize(
    ("text", "entity_id", "mention"),
    [
        # KB people keep their entries
        ("Cevdet Yılmaz Trablus'ta Dibeybe ile görüştü.", "person:cevdet-yilmaz", "Cevdet Yılmaz"),
        ("Adalet Bakanı Yılmaz Tunç Libyalı mevkidaşını kabul etti.", "person:yilmaz-tunc",
         "Yılmaz Tunç"),
        # a second given name before a family name stays inside the name
        ("Firmanın sahibi Tolga Erdem Uysal'a göre ihracat arttı.",
         "person:shape:tolga-erdem-uysal", "Tolga Erdem Uysal"),
    ],
)  # fmt: skip
def test_kb_people_and_longer_names_stay(
    detector: EntityDetector, text: str, entity_id: str, mention: str
) -> None:
    assert mention in _people(detector, text).get(entity_id, [])


def test_two_given_names_alone_are_no_person(detector: EntityDetector) -> None:
    # "Mehmet Ali" and "Ali Rıza": given names only, no family name
    assert not any(
        i.startswith("person:shape:")
        for i in _people(detector, "Toplantıda Mehmet Ali de Libya'yı anlattı.")
    )
