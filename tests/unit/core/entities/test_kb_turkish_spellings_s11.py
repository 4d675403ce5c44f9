"""Turkish spellings of Libyan officials and Turkish business figures that Turkish
coverage uses (issue #12, KB breadth): vowel and article variants of one name
(eş-Şehubi / Şahubi / Elshahubi), a kunya alone (Ebu Heyse), a second given name
(Mehmet Erdal Eren), a place spelling inside an institution (Misurata Belediyesi)."""

from __future__ import annotations

import pytest

from wirewatch.core.textfold import fold


def _found(detector, text: str) -> dict[str, list[str]]:
    return {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), "tr")}


@pytest.mark.parametrize(
    ("text", "entity_id", "surface"),
    [
        ("Ulaştırma Bakanlığında Muhammed Şahubi gazetecilere konuştu.",
         "person:mohamed-al-shahoubi", "Muhammed Şahubi"),
        ("Törene Muhammed Elshahubi de katıldı.", "person:mohamed-al-shahoubi",
         "Muhammed Elshahubi"),
        ("Libyalı bakan Ahmed Ebu Heyse fabrikaları gezdi.", "person:ahmed-abu-hisa",
         "Ahmed Ebu Heyse"),
        ("Petrol Bakanı Muhammed Ahmed Oun, sahaları inceledi.", "person:mohamed-aoun",
         "Muhammed Ahmed Oun"),
        ("TMB Başkanı Mehmet Erdal Eren açıklama yaptı.", "person:erdal-eren",
         "Mehmet Erdal Eren"),
        ("Misurata Belediyesi yeni bir protokol imzaladı.", "org:ly-misrata-municipality",
         "Misurata Belediyesi"),
        ("Misurata Serbest Bölgesi’nin yöneticileri İstanbul'a geldi.",
         "org:ly-misrata-free-zone", "Misurata Serbest Bölgesi"),
        ("Müteahhitler adına Mithat Yenigün konuştu.", "person:mithat-yenigun",
         "Mithat Yenigün"),
        ("Sözcü Abdulmalik el-Medeni saldırıyı doğruladı.", "person:abdulmalik-al-madani",
         "Abdulmalik el-Medeni"),
    ],
)  # fmt: skip
def test_turkish_spelling_links(detector, text, entity_id, surface) -> None:
    assert _found(detector, text).get(entity_id) == [surface]


def test_a_common_phrase_is_no_surname(detector) -> None:
    # "yeni gün" / "yenigün" in lower case is no mention of the contractor
    assert "person:mithat-yenigun" not in _found(detector, "Libya için yenigün başlıyor.")
