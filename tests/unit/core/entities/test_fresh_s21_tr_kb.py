"""KB entries the fresh Turkish excerpts of session 21 found missing (freshtr,
``kb/fresh_s21_tr.yaml`` and aliases extended in place): Syria's intelligence chief,
Damascus and two capitals' airports, the Arab League head's "Ebu Gayt" spellings, and
Hayat Tahrir al-Sham's "eş-Şam" (so its last word is no Damascus).

The sentences are invented paraphrases, unlike any excerpt of the real-text set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Suriye Genel İstihbarat Başkanı Hüseyin es-Selame Ankara'ya geldi.", "tr",
         "person:hussein-al-salameh"),
        ("Heyeti Hüseyin El Seleme karşıladı.", "tr", "person:hussein-al-salameh"),
        ("Syria's intelligence chief Hussein al-Salameh travelled to Ankara.", "en",
         "person:hussein-al-salameh"),
        ("Arap Birliği Genel Sekreteri Ahmed Ebu Gayt açıklama yaptı.", "tr",
         "person:ahmed-aboul-gheit"),
        ("Bakan, Şam'da yeni yönetimle görüştü.", "tr", "loc:damascus"),
        ("وصل الوزير إلى دمشق صباح اليوم.", "ar", "loc:damascus"),
        ("Uçak Kahire Havalimanı'na indi.", "tr", "loc:cairo-airport"),
        ("Heyet Şam Uluslararası Havalimanı'nda karşılandı.", "tr", "loc:damascus-airport"),
    ],
)  # fmt: skip
def test_the_new_names_are_found(detector, text: str, lang: str, wanted: str) -> None:
    assert wanted in ids_of(detector, text, lang=lang)


def test_hts_in_turkish_is_no_damascus(detector) -> None:
    found = ids_of(detector, "Heyet Tahrir eş-Şam lideri açıklama yaptı.", lang="tr")
    assert "org:hts" in found
    assert "loc:damascus" not in found
