"""Turkish copy names an institution's official by a title right after its name
("THY Satış Başkanı X", "TİKA Libya Koordinatörü X", a place between): the role
pattern finds the person the KB lacks there, of the institution's country
(``EntityDetector._official_of``). A name cut short of a known name is no person."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> dict[str, str | None]:
    return {
        e.mentions[0].text: e.country
        for e in detector.detect(fold(text), "tr")
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Törene THY Satış Başkanı Mahmut Yayla ve bazı yetkililer katıldı.", "Mahmut Yayla", "TR"),
        ("DEİK Başkanı Kemal Duranoğlu, toplantıda konuştu.", "Kemal Duranoğlu", "TR"),
        (
            "Programa TİKA Libya Koordinatörü Gıyaseddin Karatepe de katıldı.",
            "Gıyaseddin Karatepe",
            "TR",
        ),
        (  # on behalf of the institution: "X'i temsilen Y"
            "Konuğu Türkiye'nin Trablus Büyükelçiliğini temsilen Selin Aksoy karşıladı.",
            "Selin Aksoy",
            "TR",
        ),
        (
            "Libya Ulusal Petrol Kurumu Genel Müdürü Halid Zeytuni açıklama yaptı.",
            "Halid Zeytuni",
            "LY",
        ),
    ],
)
def test_an_official_after_an_institution_title_is_found(
    detector: EntityDetector, text: str, name: str, country: str
) -> None:
    assert _people(detector, text).get(name) == country


def test_a_name_cut_short_of_a_known_one_is_no_person(detector: EntityDetector) -> None:
    people = _people(
        detector, "Libya Yüksek Devlet Konseyi Başkanı Muhammed Miftah Tekale ile görüştü."
    )
    assert "Muhammed Miftah" not in people


def test_outside_turkish_the_institution_heads_no_pattern(detector: EntityDetector) -> None:
    # A name the KB lacks (Nail Olpak, DEİK's real head, is now a KB entry). The
    # Turkish name shape (turkish_names.py) may still find him as a person.
    found = {
        e.mentions[0].text
        for e in detector.detect(fold("DEİK Başkanı Kemal Duranoğlu"), "en")
        if not e.id.startswith("person:shape:")
    }
    assert "Kemal Duranoğlu" not in found
